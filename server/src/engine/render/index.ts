// Résumé model -> HTML, for the preview, the HTML/PDF export and the CLI's `render`. Pure: no
// vscode, no DOM. Every piece of résumé text is escaped; inline Markdown goes through markdown-it
// with raw HTML off and only http(s)/mailto links; no raw HTML from the résumé reaches the output.
// Block elements carry data-line (0-based source line) for scroll sync and double-click-to-source.
// Nothing is lost: words of the source that no field shows are printed where they stand, as plain
// text (leftovers.ts), so a line the parser could not place still reaches the page.
import type { Bullet, DateRange, Entry, Field, Resume, ResumeDate, Section, Span } from '../model';
import { LineIndex } from '../editor/lines';
import { emailHref, escapeHtml, profileHref } from './escape';
import { renderBlock, renderInline } from './inline';
import { paperId, themeCss, themeId, PAPERS, THEMES, type Paper } from './themes';
import { buildTimeline, renderTimeline, type Month } from './timeline';
import { blankComments } from '../text/top-line';
import { WHOLE_MARKDOWN_LINK } from '../parse/yaml-scalar';
import { standaloneHtml } from './document';
import { Coverage, isProse, place, plain, runText, SourceWords, wholeScalar, type Placement, type Run, type Slot } from './leftovers';

export { THEMES, PAPERS, type Paper } from './themes';
export { standaloneHtml, withoutTimeline, type RenderedParts, type DocumentOptions } from './document';
export { buildTimeline, type Timeline, type TimelineBar, type TimelineMark } from './timeline';
export { escapeHtml, isSafeHref } from './escape';

export interface RenderOptions {
  /** 'classic' (default) or 'modern'; an unknown id falls back to classic. */
  theme?: string;
  paper?: Paper;
  /** Also return `html`, a complete document with the CSS embedded (export, CLI). */
  standalone?: boolean;
  /** Put the career timeline above the résumé. Default: on for the preview, off for standalone. */
  timeline?: boolean;
  /** Allow https: images in the standalone document's CSP. */
  allowRemoteImages?: boolean;
  /** "Today" for the timeline's current roles (tests). */
  today?: Month;
}

export interface RenderOutput {
  title: string;
  /** Body content: the timeline (when on) and the résumé article. */
  body: string;
  css: string;
  /** The standalone document, when `standalone` was asked for. */
  html?: string;
}

export function renderResume(resume: Resume, text: string, opts: RenderOptions = {}): RenderOutput {
  const theme = themeId(opts.theme);
  const paper = paperId(opts.paper);
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.positionAt(offset).line;
  const markup = resume.format !== 'text';
  const r = new Renderer(resume, text, lines, markup);
  // First pass: what the model puts on the page; then where every other word goes; then the page.
  r.header();
  r.sections();
  r.placeLeftovers();

  const name = resume.contact.name?.value.trim();
  const title = name ? `${name} — Résumé` : 'Résumé';
  const parts: string[] = [];
  if (opts.timeline ?? !opts.standalone) parts.push(renderTimeline(buildTimeline(resume, { today: opts.today }), lineOf));
  parts.push(`<article class="rs-resume rs-theme-${theme} rs-paper-${paper}" data-paper="${paper}" data-page-px="${PAPERS[paper].heightPx}" data-margin-px="${PAPERS[paper].marginPx}">`);
  parts.push(r.header());
  parts.push(r.sections());
  parts.push(r.rest());
  parts.push('</article>');
  const body = parts.join('\n');
  const css = themeCss(theme, paper);
  const out: RenderOutput = { title, body, css };
  if (opts.standalone) out.html = standaloneHtml({ title, body, css }, { allowRemoteImages: opts.allowRemoteImages });
  return out;
}

/** The theme ids the preview and CLI offer. */
export function listThemes(): readonly string[] {
  return THEMES;
}

class Renderer {
  private readonly lineOf: (offset: number) => number;
  private readonly src: SourceWords;
  private readonly cov: Coverage;
  /** Ids of what was shown and of slots, in call order: the same in both passes. */
  private nextId = 0;
  private readonly attachable = new Set<number>();
  /** Fields shown as written in the source instead of their value (see shown). */
  private readonly asWritten = new Map<number, string>();
  private readonly slots: Slot[] = [];
  /** Set after the first pass: the second one prints the leftovers. */
  private placement?: Placement;
  /** The résumé's skills' indexes, by start (made on first use: skillsWithin). */
  private skillsByStart?: number[];

  constructor(
    private readonly resume: Resume,
    private readonly text: string,
    lines: LineIndex,
    private readonly markup: boolean,
  ) {
    this.lineOf = (offset: number) => lines.positionAt(offset).line;
    this.src = new SourceWords(text, resume.format, lines);
    this.cov = new Coverage(this.src, resume.format !== 'text');
  }

  placeLeftovers(): void {
    this.placement = place(this.src, this.cov, this.attachable, this.slots);
    this.nextId = 0;
  }

  // --- What is shown (first pass) and what goes beside it (second pass) ---

  /**
   * A field shown as its value (`html` renders it); `attach`: text on its line that no field shows
   * may go beside it. A prose field whose value is not what its span says (the parser joined or
   * changed words) shows the span as written instead, so the page never says what the author did not.
   */
  private shown(f: Field, html: (value: string) => string, attach = true): string {
    const id = this.nextId++;
    const value = f.value.trim();
    if (!this.placement) {
      const prose = isProse(this.resume.format);
      if (!this.cov.text(value, f.span, id) && prose && f.span.end > f.span.start) {
        this.cov.range(f.span, id);
        this.asWritten.set(id, plain(this.src.units[0].masked.slice(f.span.start, f.span.end)));
      }
      if (attach && prose) this.attachable.add(id);
      return '';
    }
    const out = html(this.asWritten.get(id) ?? this.linkedName(f, value));
    const pre = this.placement.prefix.get(id);
    const post = this.placement.suffix.get(id);
    if (!pre && !post) return out;
    const extra = (parts: string[]) => `<span class="rs-extra">${escapeHtml(parts.join(' '))}</span>`;
    return (pre ? extra(pre) : '') + out + (post ? extra(post) : '');
  }

  /**
   * RenderCV and JSON values may be a Markdown link ("[NeuralPrune](https://…)"): the model keeps the
   * name, the page keeps the link, rendered from the source as written.
   */
  private linkedName(f: Field, value: string): string {
    if (isProse(this.resume.format) || f.span.end - f.span.start <= value.length) return value;
    const raw = this.text.slice(f.span.start, f.span.end).trim();
    const m = WHOLE_MARKDOWN_LINK.exec(raw);
    return m && m[1].trim() === value ? raw : value;
  }

  /** Whether a field shown earlier in this pass carries text before it (then no separator is added). */
  private hasPrefix(id: number): boolean {
    return !!this.placement?.prefix.get(id);
  }

  private shownRange(span: Span): void {
    const id = this.nextId++;
    if (!this.placement) this.cov.range(span, id);
  }

  private shownBullet(b: Bullet): void {
    const id = this.nextId++;
    if (!this.placement) this.cov.bullet(b, id);
  }

  private shownDates(d: DateRange, shown: string): void {
    const id = this.nextId++;
    if (this.placement) return;
    // YAML/JSON dates print in the reader's form ("Apr 2021"): the machine dates they came from are shown.
    if (!isProse(this.resume.format)) for (const p of [d.start, d.end]) if (p) this.cov.range(p.span, id);
    this.cov.text(shown, d.span, id);
  }

  /**
   * Where leftovers inside [from, to) print, when no deeper slot holds them: 0 header and between
   * sections, 1 inside a section, 2 inside an entry.
   */
  private slot(depth: number, from: number, to: number): string {
    const id = this.nextId++;
    if (!this.placement) {
      if (to > from) this.slots.push({ id, depth, from, to });
      return '';
    }
    return this.leftovers(this.placement.slots.get(id) ?? []);
  }

  /** What no slot held (the parser's spans left a hole): at the end, so nothing is lost. */
  rest(): string {
    const runs = this.placement?.rest ?? [];
    return runs.length ? `<section class="rs-section rs-extra-rest">${this.leftovers(runs)}</section>` : '';
  }

  /** Leftover runs as plain text, one paragraph per source line (a wrapped Markdown paragraph, one YAML object, as one). */
  private leftovers(runs: Run[]): string {
    if (!runs.length) return '';
    const w = this.src.words;
    const out: string[] = [];
    let group: Run[] = [];
    const flush = () => {
      if (!group.length) return;
      const first = w[group[0].first];
      const u = this.src.units[first.unit];
      let html: string;
      if (isProse(this.resume.format)) html = escapeHtml(group.map((r, i) => (i && this.hyphenBreak(group[i - 1], r) ? '' : ' ') + runText(this.src, r)).join('').trim());
      else {
        html = group.map((r) => this.yamlLeftover(r)).join(u.inList ? ', ' : ' · ');
      }
      out.push(`<p class="rs-extra"${this.line(first.start)}>${html}</p>`);
      group = [];
    };
    for (const r of runs) {
      if (group.length && !this.continues(group[group.length - 1], r)) flush();
      group.push(r);
    }
    flush();
    return out.join('');
  }

  /** Whether run `b` goes on a word that `a` broke at a line's end with a soft hyphen (text pasted from a PDF). */
  private hyphenBreak(a: Run, b: Run): boolean {
    const w = this.src.words;
    return /^\u00ad[ \t]*(?:\r\n?|\n)[ \t]*$/.test(this.text.slice(w[a.last].end, w[b.first].start));
  }

  /** Whether run `b` reads on from run `a` in one paragraph. */
  private continues(a: Run, b: Run): boolean {
    const w = this.src.words;
    const x = w[a.last];
    const y = w[b.first];
    if (!isProse(this.resume.format)) return this.src.units[x.unit].parent === this.src.units[y.unit].parent;
    if (this.hyphenBreak(a, b)) return true;
    if (this.resume.format !== 'markdown' || y.line !== x.line + 1) return false;
    // A soft-wrapped Markdown line, not a new list item, heading, quote or table row.
    const lineStart = this.text.lastIndexOf('\n', y.start - 1) + 1;
    return !/^\s*(?:[-*+>#|:]|\d+[.)])/.test(this.text.slice(lineStart, y.start));
  }

  /** A YAML/JSON leftover: a whole value renders as its field would (inline Markdown, dates as read); part of one as text. */
  private yamlLeftover(r: Run): string {
    const u = this.src.units[this.src.words[r.first].unit];
    if (!wholeScalar(this.src, r) || u.value === undefined) return escapeHtml(runText(this.src, r));
    const v = u.value.trim();
    const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(v);
    if (iso && /date$/i.test(u.key ?? '') && +iso[2] >= 1 && +iso[2] <= 12) return `${MONTHS[+iso[2] - 1]} ${iso[1]}`;
    return this.inline(v);
  }

  private get yaml(): boolean {
    return this.resume.format !== 'markdown' && this.resume.format !== 'text';
  }

  private line(offset: number): string {
    return ` data-line="${this.lineOf(offset)}"`;
  }

  header(): string {
    const c = this.resume.contact;
    const first = [c.name, c.email, c.phone, c.location, ...c.links].filter((f): f is Field => !!f).sort((a, b) => a.span.start - b.span.start)[0];
    const out: string[] = [`<header class="rs-header"${first ? this.line(first.span.start) : ''}>`];
    if (c.name?.value.trim()) out.push(`<h1 class="rs-name"${this.line(c.name.span.start)}>${this.shown(c.name, escapeHtml)}</h1>`);
    // In the order written, so a label or note beside one reads where the author put it.
    const contact: [Field, (v: string) => string][] = [];
    if (c.email?.value.trim()) contact.push([c.email, (v) => link(v, emailHref(v), 'rs-email')]);
    if (c.phone?.value.trim()) contact.push([c.phone, (v) => `<span class="rs-phone">${escapeHtml(v)}</span>`]);
    if (c.location?.value.trim()) contact.push([c.location, (v) => `<span class="rs-location">${escapeHtml(v)}</span>`]);
    for (const l of c.links) if (l.value.trim()) contact.push([l, (v) => link(v, profileHref(v), 'rs-profile')]);
    const items = contact.sort((a, b) => a[0].span.start - b[0].span.start).map(([f, html]) => this.shown(f, html));
    if (items.length) out.push(`<p class="rs-contact">${items.join('<span class="rs-sep" aria-hidden="true">·</span>')}</p>`);
    // Text before the first section that no contact field shows (a tagline, a label, a front-matter title).
    // (A loop, not Math.min(...starts): a hundred thousand sections are too many arguments for a call.)
    let firstSection = Infinity;
    for (const s of this.resume.sections) if (s.span.start < firstSection) firstSection = s.span.start;
    out.push(this.slot(0, 0, firstSection));
    out.push('</header>');
    return out.join('');
  }

  sections(): string {
    const out: string[] = [];
    const { summary, skills } = this.resume;
    const sections = this.resume.sections;
    const hasSummarySection = sections.some((s) => s.kind === 'summary');
    const skillsSections = sections.filter((s) => s.kind === 'skills' && s.entries.length === 0);
    if (summary?.value.trim() && !hasSummarySection)
      out.push(`<section class="rs-section rs-kind-summary"${this.line(summary.span.start)}><p class="rs-summary">${this.shown(summary, (v) => this.inline(v), false)}</p></section>`);
    // Between sections: from a section's start to the next one's in the document.
    const starts = [...new Set(sections.map((s) => s.span.start))].sort((a, b) => a - b);
    for (const s of sections) {
      out.push(this.section(s, skillsSections));
      // The first start after this one, by halving (a scan per section was quadratic in sections).
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] > s.span.start) hi = mid;
        else lo = mid + 1;
      }
      out.push(this.slot(0, s.span.start, lo < starts.length ? starts[lo] : Infinity));
    }
    const placed = sections.some((s) => s.kind === 'skills' && this.skillsWithin(s.span.start, s.span.end).length > 0);
    if (skills.length && skillsSections.length === 0 && !placed)
      out.push(`<section class="rs-section rs-kind-skills"${this.line(skills[0].span.start)}><h2 class="rs-section-title">Skills</h2>${this.skillList(skills)}</section>`);
    return out.join('\n');
  }

  private section(s: Section, skillsSections: Section[]): string {
    const out: string[] = [`<section class="rs-section rs-kind-${s.kind}"${this.line(s.span.start)}>`];
    const title = s.title.trim();
    if (title) out.push(`<h2 class="rs-section-title"${this.line(s.headingSpan.start)}>${this.shown({ value: title, span: s.headingSpan }, escapeHtml)}</h2>`);
    const summary = this.resume.summary;
    const entries = (fn: (e: Entry) => string) => {
      // Leftovers between the heading and the first entry, and after each entry up to the next.
      out.push(this.slot(1, s.span.start, s.entries[0].span.start));
      s.entries.forEach((e, i) => {
        out.push(fn(e));
        out.push(this.slot(1, e.span.start, Math.min(s.entries[i + 1]?.span.start ?? s.span.end, s.span.end)));
      });
    };
    if (s.kind === 'summary' && summary?.value.trim()) {
      out.push(`<p class="rs-summary"${this.line(summary.span.start)}>${this.shown(summary, (v) => this.inline(v), false)}</p>`);
      out.push(this.slot(1, s.span.start, s.span.end));
    } else if (s.kind === 'skills' && s.entries.length === 0) {
      // Skills parsed as fields: those inside this section, or all of them in the first skills section (YAML).
      const inside = this.skillsWithin(s.span.start, s.span.end);
      const mine = inside.length ? inside : skillsSections[0] === s ? this.resume.skills : [];
      if (mine.length) out.push(this.skillList(mine));
      else out.push(this.raw(s));
      out.push(this.slot(1, s.span.start, s.span.end));
    } else if (s.kind === 'skills' && s.entries.every((e) => !e.dates && !e.organisation)) {
      entries((e) => this.skillGroup(e));
    } else if (s.entries.length) {
      entries((e) => this.entry(e));
    } else {
      out.push(this.raw(s));
      out.push(this.slot(1, s.span.start, s.span.end));
    }
    out.push('</section>');
    return out.join('');
  }

  private entry(e: Entry): string {
    // YAML dialects (RenderCV above all) write Markdown in every field; prose parsers strip it.
    const field = (v: string) => (this.yaml ? this.inline(v) : escapeHtml(softHyphens(v)));
    const title = e.title?.value.trim() ? e.title : undefined;
    const org = e.organisation?.value.trim() ? e.organisation : undefined;
    const loc = e.location?.value.trim() ? e.location : undefined;
    const degree = e.kind === 'education';
    const parts: { f: Field; cls: string }[] = [];
    if (title) parts.push({ f: title, cls: degree ? 'rs-entry-degree' : 'rs-entry-title' });
    if (org) parts.push({ f: org, cls: degree ? 'rs-entry-title rs-entry-org' : 'rs-entry-org' });
    // A prose résumé's head reads in the author's order, with a place written on the same line
    // beside it, so text between them reads as written. YAML/JSON hold no order: on paper a degree
    // reads institution first, a role title first.
    const headLines = new Set(parts.map((p) => this.lineOf(p.f.span.start)));
    const locInHead = !!loc && !this.yaml && headLines.has(this.lineOf(loc.span.start));
    if (locInHead) parts.push({ f: loc!, cls: 'rs-entry-place' });
    if (this.yaml) {
      if (degree) parts.reverse();
    } else parts.sort((a, b) => a.f.span.start - b.f.span.start);
    const what = parts
      .map((p, i) => {
        const id = this.nextId;
        const html = this.shown(p.f, (v) => `<span class="${p.cls}">${field(v)}</span>`);
        // A connector or label the author wrote before it ("at Acme") stands for the comma.
        return (i === 0 ? '' : this.hasPrefix(id) ? ' ' : '<span class="rs-entry-sep">, </span>') + html;
      })
      .join('');
    const dateText = e.dates ? this.dateText(e.dates) : '';
    if (dateText) this.shownDates(e.dates!, dateText);
    const dates = dateText ? `<span class="rs-entry-dates"${this.line(e.dates!.span.start)}>${escapeHtml(dateText)}</span>` : '';
    const out: string[] = [`<div class="rs-entry rs-entry-${e.kind}"${this.line(e.span.start)}>`];
    out.push(`<div class="rs-entry-head"${this.line(e.headerSpan.start)}><span class="rs-entry-what">${what}</span>${dates}</div>`);
    if (loc && !locInHead) out.push(`<div class="rs-entry-location">${this.shown(loc, field)}</div>`);
    // Leftovers of the head (a GPA line, a team name), then after each bullet up to the next.
    const all = e.bullets;
    out.push(this.slot(2, e.span.start, all[0]?.span.start ?? e.span.end));
    let list = false;
    all.forEach((b, i) => {
      if (b.text.trim()) {
        this.shownBullet(b);
        if (!list) out.push('<ul class="rs-bullets">');
        list = true;
        out.push(`<li${this.line(b.span.start)}>${this.inline(b.text.trim())}</li>`);
      }
      const extra = this.slot(2, b.span.start, Math.min(all[i + 1]?.span.start ?? e.span.end, e.span.end));
      if (extra && list) out.push('</ul>');
      if (extra) list = false;
      out.push(extra);
    });
    if (list) out.push('</ul>');
    out.push('</div>');
    return out.join('');
  }

  /**
   * Prose résumés show dates as the author wrote them; YAML/JSON hold machine dates (2021-04, an
   * absent endDate), so those are printed the way a reader expects ("Apr 2021 – Present").
   */
  private dateText(d: DateRange): string {
    if (this.resume.format === 'markdown' || this.resume.format === 'text') return d.text.trim();
    if (!d.start) return d.text.trim();
    const start = printDate(d.start);
    if (d.current) return `${start} – Present`;
    if (!d.end) return start;
    const end = printDate(d.end);
    return end === start ? start : `${start} – ${end}`;
  }

  /**
   * The skills inside [start, end], in the résumé's order: what filtering all of them gives, found
   * from an index by start (filtering per section or group was quadratic on thousands of them).
   */
  private skillsWithin(start: number, end: number): Field[] {
    const skills = this.resume.skills;
    const by = (this.skillsByStart ??= skills.map((_, i) => i).sort((a, b) => skills[a].span.start - skills[b].span.start || a - b));
    let lo = 0;
    let hi = by.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (skills[by[mid]].span.start >= start) hi = mid;
      else lo = mid + 1;
    }
    const found: number[] = [];
    for (let k = lo; k < by.length && skills[by[k]].span.start <= end; k++) if (skills[by[k]].span.end <= end) found.push(by[k]);
    return found.sort((a, b) => a - b).map((i) => skills[i]);
  }

  /** A skills group (JSON Resume's name + keywords): "Platform: Kubernetes, Terraform". */
  private skillGroup(e: Entry): string {
    const name = e.title?.value.trim() ?? '';
    const keywords = this.skillsWithin(e.span.start, e.span.end).filter(
      (f) => f.span.start >= e.span.start && f.span.end <= e.span.end && !(e.title && f.span.start === e.title.span.start) && f.value.trim() && f.value.trim() !== name,
    );
    const bullets = e.bullets.filter((b) => b.text.trim());
    const label = name ? `<span class="rs-skill-group">${this.shown(e.title!, escapeHtml)}</span>` : '';
    const items = [...keywords.map((f) => this.shown(f, (v) => this.inline(v))), ...bullets.map((b) => (this.shownBullet(b), this.inline(b.text.trim())))];
    const line = `<p class="rs-skill-line"${this.line(e.span.start)}>${label}${label && items.length ? ': ' : ''}${items.join(', ')}</p>`;
    return line + this.slot(2, e.span.start, e.span.end);
  }

  private skillList(fields: Field[]): string {
    const items = fields.filter((f) => f.value.trim()).map((f) => `<li${this.line(f.span.start)}>${this.shown(f, (v) => this.inline(v))}</li>`);
    return `<ul class="rs-skills">${items.join('')}</ul>`;
  }

  /** A section the parser found no entries in: its source text, so nothing the author wrote goes missing. */
  private raw(s: Section): string {
    if (this.resume.format !== 'markdown' && this.resume.format !== 'text') return '';
    const start = Math.max(s.headingSpan.end, s.span.start);
    const body = this.text.slice(start, s.span.end);
    if (!body.trim()) return '';
    this.shownRange({ start, end: s.span.end });
    const bodyLine = this.lineOf(start);
    if (this.markup) {
      // Drop HTML comments (author's notes, inline directives): they never print. Raw HTML is
      // already off in markdown-it, so anything else shows as text.
      // Comments are blanked, not removed, so line numbers stay true.
      // (The first pass only records what is shown: no HTML is made for it.)
      const html = this.placement ? renderBlock(blankComments(body), bodyLine) : '';
      return `<div class="rs-raw"${this.line(start)}>${html}</div>`;
    }
    const paras = body
      .split(/\r?\n/)
      .map((l, i) => ({ l: l.trim(), i }))
      .filter((p) => p.l)
      .map((p) => `<p data-line="${bodyLine + p.i}">${escapeHtml(p.l)}</p>`);
    return `<div class="rs-raw">${paras.join('')}</div>`;
  }

  private inline(s: string): string {
    // The first pass only records what is shown; its HTML is thrown away, so none is made.
    if (!this.placement) return '';
    return renderInline(softHyphens(s), this.markup);
  }
}

/**
 * Text pasted out of a PDF keeps the soft hyphens of its line-end hyphenation ("en\u00ad" then
 * "terprise" on the next line): the reader saw one word, so it prints as one — also where a field's
 * value joined the lines with a space ("multi\u00ad account", a summary read line by line). Another
 * soft hyphen before a space is dropped (a browser would glue the words around it).
 */
function softHyphens(s: string): string {
  return s.includes('\u00ad') ? s.replace(/\u00ad[ \t]*(?:\r\n?|\n)[ \t]*/g, '').replace(/(?<=\p{Ll})\u00ad[ \t]+(?=\p{Ll})/gu, '').replace(/\u00ad(?=\s)/g, '') : s;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS = { spring: 'Spring', summer: 'Summer', fall: 'Fall', winter: 'Winter' } as const;

const WRITTEN_DATE = /\p{L}/u;

function printDate(d: ResumeDate): string {
  // A date written in words ("January 2025", "Sept 2020") prints as written: the page keeps the author's words.
  if (WRITTEN_DATE.test(d.text)) return d.text.trim();
  if ((d.precision === 'month' || d.precision === 'day') && d.month && d.month >= 1 && d.month <= 12) return `${MONTHS[d.month - 1]} ${d.year}`;
  if (d.precision === 'season' && d.season) return `${SEASONS[d.season]} ${d.year}`;
  return String(d.year);
}

function link(text: string, href: string | undefined, cls: string): string {
  // Profiles read better without the scheme and a trailing slash; the link keeps the full URL.
  const shown = href && cls === 'rs-profile' ? text.replace(/^https?:\/\//i, '').replace(/\/$/, '') : text;
  return href ? `<a class="${cls}" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(shown)}</a>` : `<span class="${cls}">${escapeHtml(text)}</span>`;
}
