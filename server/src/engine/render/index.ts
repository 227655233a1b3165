// Résumé model -> HTML, for the preview, the HTML/PDF export and the CLI's `render`. Pure: no
// vscode, no DOM. Every piece of résumé text is escaped; inline Markdown goes through markdown-it
// with raw HTML off and only http(s)/mailto links; no raw HTML from the résumé reaches the output.
// Block elements carry data-line (0-based source line) for scroll sync and double-click-to-source.
import type { DateRange, Entry, Field, Resume, ResumeDate, Section } from '../model';
import { LineIndex } from '../lines';
import { emailHref, escapeHtml, profileHref } from './escape';
import { renderBlock, renderInline } from './inline';
import { paperId, themeCss, themeId, PAPERS, THEMES, type Paper } from './themes';
import { buildTimeline, renderTimeline, type Month } from './timeline';
import { standaloneHtml } from './document';

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
  const r = new Renderer(resume, text, lineOf, markup);

  const name = resume.contact.name?.value.trim();
  const title = name ? `${name} — Résumé` : 'Résumé';
  const parts: string[] = [];
  if (opts.timeline ?? !opts.standalone) parts.push(renderTimeline(buildTimeline(resume, { today: opts.today }), lineOf));
  parts.push(`<article class="rs-resume rs-theme-${theme} rs-paper-${paper}" data-paper="${paper}" data-page-px="${PAPERS[paper].heightPx}" data-margin-px="${PAPERS[paper].marginPx}">`);
  parts.push(r.header());
  parts.push(r.sections());
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
  constructor(
    private readonly resume: Resume,
    private readonly text: string,
    private readonly lineOf: (offset: number) => number,
    private readonly markup: boolean,
  ) {}

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
    if (c.name?.value.trim()) out.push(`<h1 class="rs-name"${this.line(c.name.span.start)}>${escapeHtml(c.name.value.trim())}</h1>`);
    const items: string[] = [];
    if (c.email?.value.trim()) items.push(link(c.email.value.trim(), emailHref(c.email.value), 'rs-email'));
    if (c.phone?.value.trim()) items.push(`<span class="rs-phone">${escapeHtml(c.phone.value.trim())}</span>`);
    if (c.location?.value.trim()) items.push(`<span class="rs-location">${escapeHtml(c.location.value.trim())}</span>`);
    for (const l of c.links) if (l.value.trim()) items.push(link(l.value.trim(), profileHref(l.value), 'rs-profile'));
    if (items.length) out.push(`<p class="rs-contact">${items.join('<span class="rs-sep" aria-hidden="true">·</span>')}</p>`);
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
      out.push(`<section class="rs-section rs-kind-summary"${this.line(summary.span.start)}><p class="rs-summary">${this.inline(summary.value)}</p></section>`);
    for (const s of sections) out.push(this.section(s, skillsSections));
    const placed = skills.some((f) => sections.some((s) => s.kind === 'skills' && f.span.start >= s.span.start && f.span.end <= s.span.end));
    if (skills.length && skillsSections.length === 0 && !placed)
      out.push(`<section class="rs-section rs-kind-skills"${this.line(skills[0].span.start)}><h2 class="rs-section-title">Skills</h2>${this.skillList(skills)}</section>`);
    return out.join('\n');
  }

  private section(s: Section, skillsSections: Section[]): string {
    const out: string[] = [`<section class="rs-section rs-kind-${s.kind}"${this.line(s.span.start)}>`];
    if (s.title.trim()) out.push(`<h2 class="rs-section-title"${this.line(s.headingSpan.start)}>${escapeHtml(s.title.trim())}</h2>`);
    const summary = this.resume.summary;
    if (s.kind === 'summary' && summary?.value.trim()) {
      out.push(`<p class="rs-summary"${this.line(summary.span.start)}>${this.inline(summary.value)}</p>`);
    } else if (s.kind === 'skills' && s.entries.length === 0) {
      // Skills parsed as fields: those inside this section, or all of them in the first skills section (YAML).
      const inside = this.resume.skills.filter((f) => f.span.start >= s.span.start && f.span.end <= s.span.end);
      const mine = inside.length ? inside : skillsSections[0] === s ? this.resume.skills : [];
      if (mine.length) out.push(this.skillList(mine));
      else out.push(this.raw(s));
    } else if (s.kind === 'skills' && s.entries.every((e) => !e.dates && !e.organisation)) {
      for (const e of s.entries) out.push(this.skillGroup(e));
    } else if (s.entries.length) {
      for (const e of s.entries) out.push(this.entry(e));
    } else {
      out.push(this.raw(s));
    }
    out.push('</section>');
    return out.join('');
  }

  private entry(e: Entry): string {
    // YAML dialects (RenderCV above all) write Markdown in every field; prose parsers strip it.
    const field = (f: Field | undefined) => (this.yaml ? this.inline(f!.value.trim()) : escapeHtml(f!.value.trim()));
    const titleHtml = e.title?.value.trim() ? `<span class="rs-entry-title">${field(e.title)}</span>` : '';
    const orgHtml = e.organisation?.value.trim() ? `<span class="rs-entry-org">${field(e.organisation)}</span>` : '';
    // On paper a degree reads institution first; a role reads title first.
    const what = e.kind === 'education' ? [orgHtml.replace('rs-entry-org', 'rs-entry-title rs-entry-org'), titleHtml.replace('rs-entry-title', 'rs-entry-degree')] : [titleHtml, orgHtml];
    const dateText = e.dates ? this.dateText(e.dates) : '';
    const dates = dateText ? `<span class="rs-entry-dates"${this.line(e.dates!.span.start)}>${escapeHtml(dateText)}</span>` : '';
    const out: string[] = [`<div class="rs-entry rs-entry-${e.kind}"${this.line(e.span.start)}>`];
    out.push(`<div class="rs-entry-head"${this.line(e.headerSpan.start)}><span class="rs-entry-what">${what.filter(Boolean).join('<span class="rs-entry-sep">, </span>')}</span>${dates}</div>`);
    if (e.location?.value.trim()) out.push(`<div class="rs-entry-location">${field(e.location)}</div>`);
    const bullets = e.bullets.filter((b) => b.text.trim());
    if (bullets.length) {
      out.push('<ul class="rs-bullets">');
      for (const b of bullets) out.push(`<li${this.line(b.span.start)}>${this.inline(b.text.trim())}</li>`);
      out.push('</ul>');
    }
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

  /** A skills group (JSON Resume's name + keywords): "Platform: Kubernetes, Terraform". */
  private skillGroup(e: Entry): string {
    const name = e.title?.value.trim() ?? '';
    const keywords = this.resume.skills.filter(
      (f) => f.span.start >= e.span.start && f.span.end <= e.span.end && !(e.title && f.span.start === e.title.span.start) && f.value.trim() && f.value.trim() !== name,
    );
    const bullets = e.bullets.filter((b) => b.text.trim());
    const items = [...keywords.map((f) => this.inline(f.value.trim())), ...bullets.map((b) => this.inline(b.text.trim()))];
    const label = name ? `<span class="rs-skill-group">${escapeHtml(name)}</span>${items.length ? ': ' : ''}` : '';
    return `<p class="rs-skill-line"${this.line(e.span.start)}>${label}${items.join(', ')}</p>`;
  }

  private skillList(fields: Field[]): string {
    const items = fields.filter((f) => f.value.trim()).map((f) => `<li${this.line(f.span.start)}>${this.inline(f.value.trim())}</li>`);
    return `<ul class="rs-skills">${items.join('')}</ul>`;
  }

  /** A section the parser found no entries in: its source text, so nothing the author wrote goes missing. */
  private raw(s: Section): string {
    if (this.resume.format !== 'markdown' && this.resume.format !== 'text') return '';
    const start = Math.max(s.headingSpan.end, s.span.start);
    const body = this.text.slice(start, s.span.end);
    if (!body.trim()) return '';
    const bodyLine = this.lineOf(start);
    if (this.markup) {
      // Drop HTML comments (author's notes, inline directives): they never print. Raw HTML is
      // already off in markdown-it, so anything else shows as text.
      // Comments are blanked, not removed, so line numbers stay true.
      const html = renderBlock(body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' ')), bodyLine);
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
    return renderInline(s, this.markup);
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS = { spring: 'Spring', summer: 'Summer', fall: 'Fall', winter: 'Winter' } as const;

function printDate(d: ResumeDate): string {
  if ((d.precision === 'month' || d.precision === 'day') && d.month && d.month >= 1 && d.month <= 12) return `${MONTHS[d.month - 1]} ${d.year}`;
  if (d.precision === 'season' && d.season) return `${SEASONS[d.season]} ${d.year}`;
  return String(d.year);
}

function link(text: string, href: string | undefined, cls: string): string {
  // Profiles read better without the scheme and a trailing slash; the link keeps the full URL.
  const shown = href && cls === 'rs-profile' ? text.replace(/^https?:\/\//i, '').replace(/\/$/, '') : text;
  return href ? `<a class="${cls}" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(shown)}</a>` : `<span class="${cls}">${escapeHtml(text)}</span>`;
}
