// `npm run accuracy:themes`: the reader on résumés it was never tuned on. The real JSON Resume files
// of ../shared/corpus/jsonresume, printed through JSON Resume HTML themes, chromium and the four text
// shapes of pdf-corpus (made by scripts/theme-corpus.mjs in out/theme-corpus/), read as pasted text
// and scored with the same matching as `npm run accuracy` (score.ts). The gold comes from the source
// JSON, never from the reader: a value is gold only where the theme printed it (found in the printed
// text), entries' dates are compared as year-month values, and bullets only where the theme prints
// the highlights as list items.
//   --verbose [substring]   list every disagreement (files whose path contains substring)
//   --gold [substring]      print the gold made for each printed résumé (to check it against the PDF)
//   --json FILE             write every file's disagreements, with the text around them, as JSON
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'parse5';
import YAML from 'yaml';
import { parse } from '../../server/src/engine/index';
import type { DateRange, Resume, ResumeDate } from '../../server/src/engine/model';
import type { GoldEntry, GoldSection, GoldStructure, GoldValue } from './gold';
import { PDF_SHAPES, sharedDir } from './gold';
import { addScore, emptyStructureScore, matchEntries, type Mismatch, norm, precision, recall, saidEntries, scoreStructure, STRUCTURE_FIELDS, type StructureScore } from './score';
import { repoRoot } from '../util/paths';

const cache = join(repoRoot, 'out', 'theme-corpus');
const argv = process.argv.slice(2);

interface Item {
  theme: string;
  id: string;
  source: string;
  base: string;
  /** Text outputs (HackMyResume's md and txt) instead of an HTML page printed to PDF. */
  outputs?: string[];
}

// --- what the theme printed ------------------------------------------------------------------

/** The printed text as one normalised string, padded so " word " finds whole words. */
class Printed {
  readonly text: string;
  constructor(texts: string[]) {
    this.text = ` ${texts.map((t) => norm(t.replace(/[\ue000-\uf8ff]/g, ' '))).join(' | ')} `;
  }
  has(v: string | undefined | null): boolean {
    if (!v) return false;
    const n = norm(v);
    return n !== '' && this.text.includes(` ${n} `);
  }
  /** Offsets of every occurrence of v. */
  where(v: string): number[] {
    const n = ` ${norm(v)} `;
    const out: number[] = [];
    if (n.trim() === '') return out;
    for (let i = this.text.indexOf(n); i >= 0; i = this.text.indexOf(n, i + 1)) out.push(i);
    return out;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * How the theme printed a source date near the entry: "YYYY-MM" when its month is printed (any
 * style), "YYYY" when only the year is, null when neither is in the entry's part of the text.
 */
function printedDate(iso: string | undefined, windows: string[]): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return null;
  const [, y, mm] = m;
  if (mm) {
    const i = Number(mm) - 1;
    const month = new RegExp(
      `(?:\\b(?:${MONTHS[i]}|${MONTH_WORD[i]}|${i === 8 ? 'sept' : MONTHS[i]})(?: \\d{1,2})? ${y}\\b)|(?:\\b0?${i + 1} ${y}\\b)|(?:\\b${y} 0?${i + 1}\\b)|(?:\\b${y}${mm}(?:\\d\\d)?\\b)|(?:\\b${mm}${y}\\b)`,
    );
    if (windows.some((w) => month.test(w))) return `${y}-${mm}`;
  }
  return windows.some((w) => new RegExp(`\\b${y}\\b`).test(w)) ? y : null;
}

const SECTION_KINDS: Record<string, string | string[]> = {
  about: ['summary', 'contact', 'other'],
  'about me': ['summary', 'contact', 'other'],
  profile: ['summary', 'contact'],
  summary: 'summary',
  contact: 'contact',
  'contact information': 'contact',
  work: 'experience',
  'work experience': 'experience',
  experience: 'experience',
  employment: 'experience',
  'professional experience': 'experience',
  volunteer: 'volunteer',
  volunteering: 'volunteer',
  'volunteer experience': 'volunteer',
  'volunteer work': 'volunteer',
  education: 'education',
  projects: 'projects',
  skills: 'skills',
  awards: 'awards',
  publications: 'publications',
  languages: 'languages',
  interests: 'interests',
  references: 'references',
  certificates: 'certifications',
  certifications: 'certifications',
  'technical skills': 'skills',
  'open source projects': 'projects',
  // elegant's headings: one over the sections of a career, one over the projects.
  background: 'other',
  'projects experience': 'projects',
  links: 'contact',
  profiles: 'contact',
  // FRESH (HackMyResume) names.
  writing: 'publications',
  service: 'volunteer',
  recognition: 'awards',
  testimonials: 'references',
  info: 'contact',
};

interface HtmlFacts {
  /** Headings the HTML prints, in document order. */
  headings: string[];
  /** The normalised text of every list item. */
  items: string[];
  /** The normalised text of every text node: where a field the template printed sits on its own. */
  nodes: string[];
  /** Which nodes are web addresses (a site's name inside its URL is not the organisation printed). */
  urls: boolean[];
  /** Which nodes are section headings (a title "Volunteer" is not one). */
  heads: boolean[];
}

type Node = { nodeName: string; tagName?: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };

function textOf(n: Node): string {
  if (n.nodeName === '#text') return n.value ?? '';
  if (n.tagName === 'script' || n.tagName === 'style') return '';
  return (n.childNodes ?? []).map(textOf).join(' ');
}

function htmlFacts(html: string): HtmlFacts {
  const headings: string[] = [];
  const items: string[] = [];
  const nodes: string[] = [];
  const urls: boolean[] = [];
  const heads: boolean[] = [];
  const headingEls = new Set<Node>();
  const collect = (n: Node, inHeading: boolean) => {
    if (n.nodeName === '#text') {
      const t = norm(String(n.value).replace(/[\ue000-\uf8ff]/g, ' '));
      if (t) {
        nodes.push(` ${t} `);
        urls.push(URLISH.test(String(n.value)));
        heads.push(inHeading);
      }
    }
    if (n.tagName && ['head', 'script', 'style'].includes(n.tagName)) return;
    for (const c of n.childNodes ?? []) collect(c, inHeading || headingEls.has(n));
  };
  const walk = (n: Node) => {
    // Navigation menus and links hold no headings (elegant's menu repeats them).
    if (n.tagName && ['head', 'script', 'style', 'nav', 'a'].includes(n.tagName)) return;
    if (n.tagName) {
      // A count beside a heading ("Work Experience (3)") is not printed by every theme.
      const full = norm(textOf(n).replace(/[\ue000-\uf8ff]/g, ' '));
      const t = full.replace(/ \d+$/, '');
      if (n.tagName === 'li') items.push(full);
      // The outermost element whose whole text is a section name is that section's heading.
      // A heading is a heading element or a block styled as one, not a title that happens to be a
      // section word (even prints a role "Volunteer" in <strong>).
      const cls = n.attrs?.find((a) => a.name === 'class')?.value ?? '';
      if (t in SECTION_KINDS && (/^(h[1-6]|header)$/.test(n.tagName) || /title|head|section|name|cat/i.test(cls))) {
        headings.push(t);
        headingEls.add(n);
        return;
      }
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  const doc = parseHtml(html) as unknown as Node;
  walk(doc);
  collect(doc, false);
  return { headings, items, nodes, urls, heads };
}

const URLISH = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/** The same facts from a Markdown or plain-text résumé: each line is a template slot. */
function textFacts(text: string): HtmlFacts {
  const lines = text.split(/\r?\n/);
  const kept = lines.filter((l) => norm(l));
  const nodes = kept.map((l) => ` ${norm(l)} `);
  const urls = kept.map((l) => URLISH.test(l.replace(/^[-*+•#\s]+/, '')));
  const headingOf = (l: string) => norm(/^#{1,4}\s+(.*)$/.exec(l)?.[1] ?? /^(\S.*?)\s*-{5,}\s*$/.exec(l)?.[1] ?? '');
  const heads = kept.map((l) => headingOf(l) in SECTION_KINDS);
  const items = lines.flatMap((l) => /^\s*(?:[-*+•]|\d+\.)\s+(.*)$/.exec(l)?.slice(1) ?? []).map((l) => norm(l));
  const headings = lines.map(headingOf).filter((h) => h in SECTION_KINDS);
  return { headings, items, nodes, urls, heads };
}

// --- gold from the source JSON ---------------------------------------------------------------

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ENTRY_KINDS: [string, string][] = [
  ['work', 'experience'],
  ['volunteer', 'volunteer'],
  ['education', 'education'],
  ['projects', 'projects'],
];

const COUNTRY: Record<string, string> = { US: 'United States', AU: 'Australia', GB: 'United Kingdom', UK: 'United Kingdom', CA: 'Canada', DE: 'Germany' };

/** Drops Markdown link and emphasis syntax, so a summary is looked for as the theme prints it. */
const plain = (s: string) => String(s).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '');

function subsets<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << xs.length; mask++) out.push(xs.filter((_, i) => mask & (1 << i)));
  return out;
}

interface ThemeGold {
  gold: GoldStructure;
  /** Gold entries whose bullets are not scored (the theme prints no list items for them). */
  unscoredBullets: Set<number>;
  /** Gold entries in a section whose heading the theme does not print (scored as entries only). */
  headless: number;
}

function goldFor(item: Item, src: Json, printed: Printed, facts: HtmlFacts, linesOf: string[]): ThemeGold {
  // Printed as a field: in the PDF's text, and in the HTML in a text node of its own (a template
  // slot), not only inside prose ("Before starting Pied Piper, he…" does not print the employer).
  // A slot holding a highlight, summary or course is prose, whatever it mentions ("This resume is
  // built with JSON Resume" does not print the employer JSON Resume).
  const proseTexts = new Set<string>();
  const addProse = (v: unknown) => {
    if (typeof v === 'string' && norm(plain(v)).length >= 15) proseTexts.add(norm(plain(v)));
    else if (Array.isArray(v)) v.forEach(addProse);
  };
  for (const [key] of ENTRY_KINDS) for (const e of (src[key] ?? []) as Json[]) for (const k of ['highlights', 'summary', 'description', 'courses']) addProse(e[k]);
  const isProse = facts.nodes.map((t) => [...proseTexts].some((p) => t.includes(p) || (t.length > 30 && p.includes(t.trim()))));
  const slot = (t: string, i: number, n: string) => !isProse[i] && !facts.urls[i] && t.includes(` ${n} `) && t.length <= n.length * 2 + 30;
  const asField = (v: string) => {
    const n = norm(v);
    return n !== '' && printed.has(v) && facts.nodes.some((t, i) => slot(t, i, n));
  };
  // Section headings split the slots into sections: an entry's fields are in its own section.
  const headingAt = facts.heads;
  const got = (v: unknown) => (typeof v === 'string' && asField(plain(v)) ? plain(v) : null);
  const b: Json = src.basics ?? {};
  // Contact.
  const loc: Json = b.location ?? {};
  const country = loc.countryCode ? [loc.countryCode, COUNTRY[loc.countryCode]].filter(Boolean) : [undefined];
  const locReadings = new Set<string>();
  for (const cc of country)
    for (const order of [
      [loc.address, loc.city, loc.region, loc.postalCode, cc],
      [loc.address, loc.postalCode, loc.city, loc.region, cc],
      // (Some themes print the country before the postal code: "San Francisco, California, US, 94105".)
      [loc.address, loc.city, loc.region, cc, loc.postalCode],
    ]) {
      const parts = order.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
      for (const s of subsets(parts)) {
        if (loc.city ? !s.includes(loc.city) : !s.includes(loc.region)) continue;
        const v = s.join(', ');
        if (asField(v)) locReadings.add(v);
      }
    }
  const links: string[] = [];
  const site = b.url ?? b.website;
  for (const l of [site ? { url: site } : null, ...(b.profiles ?? [])]) {
    if (!l) continue;
    const forms = [l.url, String(l.url ?? '').replace(/^https?:\/\//, ''), String(l.url ?? '').replace(/^https?:\/\/(www\.)?/, ''), l.username].filter((x) => x && printed.has(x) && facts.nodes.some((t) => t.includes(` ${norm(x)} `) && t.length <= norm(x).length * 2 + 30));
    if (forms.length) links.push(forms[0]);
  }
  const contact = { name: got(b.name), email: got(b.email), phone: got(b.phone), location: locReadings.size ? [...locReadings] : null, links };

  // Sections: the headings the HTML has and the printed text shows on a line of their own.
  const lineSet = new Set(linesOf.map((l) => norm(l.replace(/[\ue000-\uf8ff]/g, ' ')).replace(/ /g, '')));
  const seen = new Set<string>();
  const sections: GoldSection[] = [];
  for (const h of facts.headings) {
    if (seen.has(h) || !lineSet.has(h.replace(/ /g, ''))) continue;
    seen.add(h);
    sections.push({ title: h, kind: SECTION_KINDS[h] });
  }

  // Entries.
  const unscoredBullets = new Set<number>();
  const entries: { kind: string; e: GoldEntry; scored: boolean }[] = [];
  const itemSet = new Set(facts.items);
  const asItem = (s: string) => {
    // By its first words: a theme's Markdown may drop or change the end ("by 30%." came out "by").
    const n = norm(plain(s)).split(' ').slice(0, 6).join(' ');
    return n !== '' && (itemSet.has(n) || facts.items.some((i) => i === n || i.startsWith(`${n} `)));
  };
  let themeHasItems = false;
  for (const [key] of ENTRY_KINDS) for (const e of src[key] ?? []) for (const h of [...(e.highlights ?? []), ...(e.courses ?? [])]) if (typeof h === 'string' && asItem(h)) themeHasItems = true;
  for (const [key, kind] of ENTRY_KINDS) {
    for (const e of (src[key] ?? []) as Json[]) {
      // The entry's own part of the HTML: the template slots near its summary and highlights (or,
      // when the theme prints neither, near its title), so an employer printed only elsewhere ("by
      // Confluent" under Awards) is not taken for this entry's.
      const nodeIdx = (v: unknown, strict: boolean): number[] => {
        const n = typeof v === 'string' ? norm(plain(v)) : '';
        const out: number[] = [];
        if (n) facts.nodes.forEach((t, i) => (strict ? slot(t, i, n) : t.includes(` ${n} `)) && out.push(i));
        return out;
      };
      const prose = [e.summary, e.description].filter((x) => typeof x === 'string').map((x: string) => plain(x).split(/\s+/).slice(0, 6).join(' '));
      const titleSlots = key === 'education' ? [e.studyType, e.area] : key === 'projects' ? [e.name] : [e.position];
      // A header comes before its entry's prose; a title may have its other fields on either side.
      let near = [...prose, ...(e.highlights ?? [])].flatMap((x) => nodeIdx(x, false)).map((a) => ({ a, lo: a - 15, hi: a + 3 }));
      if (!near.length) near = titleSlots.flatMap((x) => nodeIdx(x, true)).map((a) => ({ a, lo: a - 8, hi: a + 8 }));
      if (!near.length) near = [e.name, e.company, e.organization, e.institution].flatMap((x) => nodeIdx(x, true)).map((a) => ({ a, lo: a - 8, hi: a + 8 }));
      const sameSection = (i: number, a: number) => !headingAt.slice(Math.min(i, a) + 1, Math.max(i, a) + 1).some(Boolean);
      const local = (v: string) => nodeIdx(v, true).some((i) => near.some((w) => i >= w.lo && i <= w.hi && sameSection(i, w.a)));
      const here = (v: unknown) => (typeof v === 'string' && asField(plain(v)) && local(plain(v)) ? plain(v) : null);
      let title: GoldValue = null;
      let org: GoldValue = null;
      if (key === 'education') {
        const st = e.studyType;
        const area = e.area;
        // Degree and field may sit in two template slots ("Bachelor" "- Information Technology").
        const parts = [st, area].filter((x): x is string => !!here(x));
        const combos = parts.length === 2 ? [`${st} in ${area}`, `${st} of ${area}`, `${st} ${area}`, `${area} ${st}`].filter((x) => printed.has(x)) : [];
        const reads = [...combos, ...parts];
        title = reads.length ? [...new Set(reads)] : null;
        org = here(e.institution);
      } else if (key === 'projects') {
        title = here(e.name);
        org = here(e.entity) ? [null, here(e.entity)] : null;
      } else {
        title = here(e.position);
        org = here(e.name ?? e.company ?? e.organization);
      }
      const anchors = [title, org].flat().filter((x): x is string => !!x);
      if (!anchors.length) continue; // the theme does not print this entry
      // The entry's part of the text: around where its title and organisation are printed.
      const windows = anchors.flatMap((a) => printed.where(a).map((at) => printed.text.slice(Math.max(0, at - 300), at + 500)));
      let start: GoldValue = printedDate(e.startDate, windows);
      let end: GoldValue = printedDate(e.endDate, windows);
      if (!e.endDate && e.startDate) end = windows.some((w) => /\b(present|current|now|today|ongoing)\b/.test(w)) ? 'present' : null;
      // The same month twice is printed once ("Aug 2016"): a single date, which may be read either way.
      if (start !== null && start === end) start = [start, null];
      const str = (xs: unknown) => (Array.isArray(xs) ? xs.filter((h: unknown) => typeof h === 'string') : []) as string[];
      const highlights = str(e.highlights).filter(asItem).length;
      const courses = key === 'education' ? str(e.courses).filter(asItem).length : 0;
      const scored = str(e.highlights).length + (key === 'education' ? str(e.courses).length : 0) ? highlights + courses > 0 : themeHasItems;
      // A printed description paragraph counts as one item (test/gold/README.md), or as none; courses
      // printed as a list under the degree are its items, or a list of their own.
      const paras = [e.summary, e.description].filter((p) => typeof p === 'string' && printed.has(plain(p).split(/\s+/).slice(0, 6).join(' '))).length;
      const countSet = new Set<number>();
      for (let p = 0; p <= paras; p++) for (const c of new Set([0, courses])) countSet.add(highlights + p + c);
      const counts = [...countSet].sort((a, b) => a - b);
      entries.push({
        kind,
        scored,
        e: { title, organisation: org, location: here(e.location), start, end, bullets: counts.length === 1 ? counts[0] : counts },
      });
    }
  }
  // Entries under their section's heading; a section the theme prints without a heading keeps them
  // in a stand-in that is left out of the section figures.
  let headless = 0;
  const all: GoldSection[] = sections.map((s) => ({ ...s }));
  const flat: GoldEntry[] = [];
  for (const { kind, e } of entries) {
    let s = all.find((x) => [x.kind].flat().includes(kind));
    if (!s) {
      s = { title: `(${kind}, no heading)`, kind, entries: [] };
      all.push(s);
      headless++;
    }
    (s.entries ??= []).push(e);
  }
  // score.ts reads entries in section order: number them that way for unscoredBullets.
  for (const s of all) for (const e of s.entries ?? []) flat.push(e);
  flat.forEach((e) => {
    const ent = entries.find((x) => x.e === e);
    if (ent && !ent.scored) unscoredBullets.add(flat.indexOf(e));
  });
  return { gold: { id: `${item.theme}/${item.id}`, source: item.source, contact, sections: all }, unscoredBullets, headless };
}

// --- the engine's dates as year-month values ------------------------------------------------

const ym = (d: ResumeDate) => (d.month && (d.precision === 'month' || d.precision === 'day') ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year));

function withValueDates(r: Resume): Resume {
  const range = (d: DateRange): DateRange => ({ ...d, start: d.start && { ...d.start, text: ym(d.start) }, end: d.end && { ...d.end, text: ym(d.end) }, currentText: d.current ? 'present' : undefined });
  return { ...r, sections: r.sections.map((s) => ({ ...s, entries: s.entries.map((e) => ({ ...e, dates: e.dates && range(e.dates) })) })) };
}

// --- scoring ------------------------------------------------------------------------------------

const SECTION_FIELDS = new Set(['sections', 'section kind']);

function score(tg: ThemeGold, resume: Resume, mismatches: Mismatch[]): StructureScore {
  const { gold } = tg;
  const r = withValueDates(resume);
  // Entries and contact against every gold entry; sections against the printed headings only.
  const m1: Mismatch[] = [];
  const sc = scoreStructure(gold, r, m1);
  const headed = { ...gold, sections: gold.sections.filter((s) => !s.title.endsWith('no heading)')) };
  const m2: Mismatch[] = [];
  const ss = scoreStructure(headed, r, m2);
  for (const f of SECTION_FIELDS) sc[f as 'sections'] = ss[f as 'sections'];
  const isSection = (x: Mismatch) => x.what.startsWith('section');
  // Bullets the theme does not print as items are not scored: the same pairing as scoreStructure.
  if (tg.unscoredBullets.size) {
    const goldEntries = gold.sections.flatMap((s) => s.entries ?? []);
    const said = saidEntries(r, new Set());
    const pairs = new Map(matchEntries(goldEntries, said));
    for (const gi of tg.unscoredBullets) {
      sc.bullets.gold--;
      if (pairs.has(gi)) {
        sc.bullets.said--;
        if ([goldEntries[gi].bullets].flat().includes(said[pairs.get(gi)!].bullets)) sc.bullets.hit--;
      }
    }
    const label = (gi: number) => `entry "${[goldEntries[gi].title].flat()[0] ?? [goldEntries[gi].organisation].flat()[0]}" bullets`;
    const skip = new Set([...tg.unscoredBullets].map(label));
    mismatches.push(...m1.filter((x) => !isSection(x) && !skip.has(x.what)));
  } else mismatches.push(...m1.filter((x) => !isSection(x)));
  mismatches.push(...m2.filter(isSection));
  return sc;
}

interface FileResult {
  theme: string;
  shape: string;
  path: string;
  mismatches: Mismatch[];
}

function run() {
  const manifestPath = join(cache, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error('accuracy:themes: no out/theme-corpus/manifest.json; run node scripts/theme-corpus.mjs first.');
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { items: Item[]; failed: { theme: string; id?: string; error: string }[] };
  const byShape: Record<string, StructureScore> = {};
  const byTheme: Record<string, StructureScore> = {};
  const files: FileResult[] = [];
  for (const item of manifest.items) {
    const srcPath = join(sharedDir, 'corpus', item.source);
    const srcText = readFileSync(srcPath, 'utf8');
    const src = (item.source.endsWith('.json') ? JSON.parse(srcText) : YAML.parse(srcText)) as Json;
    const base = join(cache, item.base);
    const gi = argv.indexOf('--gold');
    const showGold = (tg: ThemeGold) => {
      if (gi >= 0 && (!argv[gi + 1] || argv[gi + 1].startsWith('--') || item.base.includes(argv[gi + 1]))) console.log(`gold ${item.base}: ${JSON.stringify({ ...tg.gold, unscoredBullets: [...tg.unscoredBullets] }, null, 1)}`);
    };
    const measureOne = (tg: ThemeGold, shape: string, path: string, text: string) => {
      const resume = parse(text, path) ?? ({ format: 'text', contact: { links: [] }, skills: [], sections: [], problems: [] } as Resume);
      const mismatches: Mismatch[] = [];
      const sc = score(tg, resume, mismatches);
      for (const into of [(byShape[shape] ??= emptyStructureScore()), (byShape.all ??= emptyStructureScore()), (byTheme[item.theme] ??= emptyStructureScore())]) addScore(into, sc);
      files.push({ theme: item.theme, shape, path, mismatches });
    };
    if (item.outputs) {
      // Markdown and plain text: what is printed is the file itself.
      for (const out of item.outputs) {
        const path = `${item.base}.${out}`;
        const text = readFileSync(join(cache, path), 'utf8');
        const tg = goldFor(item, src, new Printed([text]), textFacts(text), text.split(/\r?\n/));
        showGold(tg);
        measureOne(tg, out, path, text);
      }
      continue;
    }
    const texts = Object.fromEntries(PDF_SHAPES.map((s) => [s, readFileSync(`${base}.${s}.txt`, 'utf8')]));
    // What was printed: the reading-order shapes (pdftotext's and pdf.js's), where a value printed
    // on one line is not cut by another column.
    const printed = new Printed([texts.pdftotext, texts.pdfjs]);
    const facts = htmlFacts(readFileSync(`${base}.html`, 'utf8'));
    const tg = goldFor(item, src, printed, facts, [...texts.pdftotext.split(/\n/), ...texts.pdfjs.split(/\n/)]);
    showGold(tg);
    for (const shape of PDF_SHAPES) measureOne(tg, shape, `${item.base}.${shape}.txt`, texts[shape]);
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const table = (title: string, groups: Record<string, StructureScore>, order: string[]) => {
    console.log(`\n${title}\n`);
    const w = 13;
    console.log('field'.padEnd(18) + order.map((g) => g.padEnd(w)).join(''));
    for (const f of STRUCTURE_FIELDS) {
      const row = order.map((g) => {
        const t = groups[g]?.[f];
        return (t && (t.gold || t.said) ? `${pct(precision(t))}/${pct(recall(t))}` : '     —').padEnd(w);
      });
      console.log(f.padEnd(18) + row.join(''));
    }
  };
  const themes = Object.keys(byTheme).sort();
  const pdfs = manifest.items.filter((i) => !i.outputs).length;
  console.log(`Theme corpus: ${themes.length} theme families × ${new Set(manifest.items.map((i) => i.id)).size} real JSON Resume sources; ${pdfs} PDFs in 4 text shapes, ${manifest.items.length - pdfs} HackMyResume md + txt pairs; precision/recall per field`);
  if (manifest.failed.length) console.log(`not printed: ${manifest.failed.map((f) => `${f.theme}${f.id ? '/' + f.id : ''} (${f.error.slice(0, 60)})`).join('; ')}`);
  table('By text shape (md, txt: HackMyResume Markdown and plain text)', byShape, [...PDF_SHAPES, 'md', 'txt', 'all'].filter((g) => byShape[g]));
  table('By theme (all its texts pooled)', byTheme, themes);

  // What kinds of disagreement there are, and in which shapes: where to look first.
  const kinds = new Map<string, Record<string, number>>();
  for (const f of files)
    for (const x of f.mismatches) {
      const k = x.what.replace(/^entry ".*" /, 'entry ').replace(/^section ".*" kind/, 'section kind');
      const row = kinds.get(k) ?? {};
      row[f.shape] = (row[f.shape] ?? 0) + 1;
      row.all = (row.all ?? 0) + 1;
      kinds.set(k, row);
    }
  const shapes = [...PDF_SHAPES, 'md', 'txt', 'all'].filter((g) => byShape[g]);
  console.log('\nDisagreements by kind (count per text shape; --verbose lists them)\n');
  console.log('kind'.padEnd(48) + shapes.map((g) => g.padStart(10)).join(''));
  for (const [k, row] of [...kinds].sort((a, b) => b[1].all - a[1].all)) console.log(k.slice(0, 47).padEnd(48) + shapes.map((g) => String(row[g] ?? 0).padStart(10)).join(''));

  const vi = argv.indexOf('--verbose');
  if (vi >= 0) {
    const filter = argv[vi + 1] && !argv[vi + 1].startsWith('--') ? argv[vi + 1] : '';
    for (const f of files) {
      if ((filter && !f.path.includes(filter)) || !f.mismatches.length) continue;
      console.log(`\n## out/theme-corpus/${f.path}`);
      for (const x of f.mismatches) console.log(`  ${x.what}: gold ${JSON.stringify(x.gold)} · said ${JSON.stringify(x.said)}`);
    }
  }
  const ji = argv.indexOf('--json');
  if (ji >= 0 && argv[ji + 1]) writeFileSync(argv[ji + 1], JSON.stringify({ byShape, byTheme, files }, null, 1) + '\n');
}

run();
