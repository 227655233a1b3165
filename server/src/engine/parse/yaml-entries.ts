// Pieces every YAML dialect reader shares: bullets from a highlights list or a Markdown list in a
// summary, entries and sections with their spans, and section kinds from free-form titles.
import type { Pair, YAMLMap } from 'yaml';
import type { Bullet, Contact, DateRange, Entry, EntryKind, Section, SectionKind } from '../model';
import { nodeSpan, pairSpan, seqItems, str, trimSpan, type ReadContext } from './yaml-read';
import { joinLocated, offsetOf, scalarText, sliceLocated, toField, trimLocated, WHOLE_MARKDOWN_LINK, type Located } from './yaml-scalar';
import { classifyHeading } from './section-names';
import { ORG_WORDS, SCHOOL_WORD } from './header-fields';
import { isPlace } from './places';
import { scoped } from '../cache/state';
import { detach } from '../cache/memo';

/** Bullets from a list of strings (highlights); non-strings and empty items are skipped. */
export function bulletsFromList(ctx: ReadContext, node: unknown): Bullet[] {
  const out: Bullet[] = [];
  for (const item of seqItems(ctx, node)) {
    const loc = scalarText(ctx.src, item);
    if (!loc) continue;
    out.push(...splitFoldedSubBullets(ctx.src, trimLocated(loc)));
  }
  return out.filter((b) => b.text !== '');
}

/**
 * RenderCV writes "nested bullets" as continuation lines starting with "- " inside a plain scalar,
 * which YAML folds into one string ("...impact - ICML 2022 ... - NeurIPS ..."). Each such line is
 * a bullet of its own on the printed page, so it becomes one here.
 */
export function splitFoldedSubBullets(src: string, loc: Located): Bullet[] {
  if (!loc.offsets) return [loc];
  const cuts: number[] = [];
  const t = loc.text;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i] !== '-' || t[i - 1] !== ' ' || t[i + 1] !== ' ') continue;
    // The dash must open its source line (only indentation before it).
    let p = offsetOf(loc, i) - 1;
    while (p >= 0 && (src[p] === ' ' || src[p] === '\t')) p--;
    if (p >= 0 && src[p] === '\n') cuts.push(i);
  }
  if (cuts.length === 0) return [loc];
  const out: Bullet[] = [];
  let from = 0;
  for (const cut of cuts) {
    out.push(trimLocated(sliceLocated(loc, from, cut)));
    from = cut + 2;
  }
  out.push(trimLocated(sliceLocated(loc, from, t.length)));
  return out.filter((b) => b.text !== '');
}

const LIST_ITEM = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+/;
// A short line ending on a colon: a label over a list ("Psychiatric Inpatient Unit (8A):").
const LABEL_LINE = /^[ \t]*\S[^\n]{0,80}:[ \t]*$/;

/**
 * A summary written as a Markdown list (YAMLResume's `|` blocks) -> one bullet per item, nested
 * items included; continuation lines join their item. Undefined when the text is not a list.
 */
export function bulletsFromMarkdownList(loc: Located, intro?: { text?: Located }): Bullet[] | undefined {
  const t = loc.text;
  let lines: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === '\n') {
      lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const first = lines.find((l) => t.slice(l.start, l.end).trim() !== '');
  if (!first) return undefined;
  if (!LIST_ITEM.test(t.slice(first.start, first.end))) {
    // "Overhauled the front-end of a 9-year-old app …" / "" / "- **Led migration to React** …": with
    // `intro`, a paragraph, a blank line and then a list are the role's description and its bullets.
    // (Or a label ending on a colon right above the list: "Rapid Access to Flexible Treatment (RAFT):",
    // as a folded scalar, ">-", gives its paragraphs with no blank line between.)
    const at = intro
      ? lines.findIndex((l, k) => {
          if (k === 0 || !LIST_ITEM.test(t.slice(l.start, l.end))) return false;
          const above = t.slice(lines[k - 1].start, lines[k - 1].end).trim();
          return above === '' || above.endsWith(':');
        })
      : -1;
    if (at < 0) return undefined;
    intro!.text = trimLocated(sliceLocated(loc, 0, lines[at - 1].start));
    lines = lines.slice(at);
  }
  const items: { start: number; end: number }[][] = [];
  for (const line of lines) {
    const text = t.slice(line.start, line.end);
    if (text.trim() === '') continue;
    const m = LIST_ITEM.exec(text);
    if (m) items.push([{ start: line.start + m[0].length, end: line.end }]);
    // ("Adult Outpatient Psychiatry Service:" between two lists: a label over the items after it,
    // no part of the item before it.)
    else if (LABEL_LINE.test(text)) continue;
    else if (items.length > 0) items[items.length - 1].push({ start: line.start, end: line.end });
  }
  const out: Bullet[] = [];
  for (const parts of items) {
    const pieces = parts.map((p) => trimLocated(sliceLocated(loc, p.start, p.end))).filter((p) => p.text !== '');
    if (pieces.length === 0) continue;
    out.push(pieces.length === 1 ? pieces[0] : joinWithSpaces(pieces));
  }
  return out;
}

/** Continuation lines read as one sentence; the joining space maps to the next line's start. */
function joinWithSpaces(pieces: Located[]): Bullet {
  let text = '';
  const offsets: number[] = [];
  pieces.forEach((p, k) => {
    if (k > 0) {
      text += ' ';
      offsets.push(offsetOf(p, 0) - 1);
    }
    text += p.text;
    for (let i = 0; i < p.text.length; i++) offsets.push(offsetOf(p, i));
  });
  const last = pieces[pieces.length - 1];
  offsets.push(offsetOf(last, last.text.length));
  return { text, span: { start: pieces[0].span.start, end: last.span.end }, offsets };
}

/** An entry from a YAML map: span = the map, header = everything before the bullets key. */
export function makeEntry(
  ctx: ReadContext,
  map: YAMLMap,
  kind: EntryKind,
  parts: { title?: Located; organisation?: Located; location?: Located; dates?: DateRange; bullets: Bullet[]; bulletsPair?: Pair; description?: Located },
): Entry {
  const span = trimSpan(ctx.src, nodeSpan(map));
  let headerEnd = span.end;
  if (parts.bulletsPair && parts.bullets.length > 0) {
    const at = nodeSpan(parts.bulletsPair.key, span.end).start;
    if (at > span.start) headerEnd = trimSpan(ctx.src, { start: span.start, end: at }).end;
  }
  const entry: Entry = { kind, bullets: parts.bullets, span, headerSpan: { start: span.start, end: headerEnd } };
  if (parts.title) entry.title = toField(parts.title);
  if (parts.organisation) entry.organisation = toField(parts.organisation);
  // ("location: University of California, Los Angeles" with no employer's key: a school's or a
  // body's name filed as where, no place, names where the work was done.)
  if (parts.location && !parts.organisation && (SCHOOL_WORD.test(parts.location.text) || ORG_WORDS.test(parts.location.text)) && !isPlace(parts.location.text)) entry.organisation = toField(parts.location);
  else if (parts.location) entry.location = toField(parts.location);
  if (parts.dates) entry.dates = parts.dates;
  if (parts.description && parts.description.text) entry.description = parts.description;
  return entry;
}

export function makeSection(ctx: ReadContext, pair: Pair, title: string, kind: SectionKind, entries: Entry[]): Section {
  return { title, kind, span: trimSpan(ctx.src, pairSpan(pair)), headingSpan: nodeSpan(pair.key), entries };
}

// Section titles are free-form in RenderCV ("Welcome to RenderCV", "selected_honors"); the first
// pattern that matches the normalised title decides. Order matters: "volunteer experience" is
// volunteering, "research experience" is experience.
const TITLE_KINDS: [RegExp, SectionKind][] = [
  [/\bvolunteer|\bcommunity\b|\bservice\b/, 'volunteer'],
  [/\bpublication|\bpapers?\b|\bbooks?\b|\barticles?\b|\bpatents?\b|\bworks\b/, 'publications'],
  // ("Continuing Education and Organizational Involvement": courses and bodies since, no degrees; as classifyHeading reads it.)
  [/\bcertif|\blicen[cs]es?\b|\bcredentials?\b|\bcontinuing education\b|\bprofessional development\b/, 'certifications'],
  [/\beducation\b|\bacademic background\b|\bstudies\b|\bschooling\b|\bdegrees?\b/, 'education'],
  [/\bexperience\b|\bemployment\b|\bwork\b|\bcareer\b|\bpositions?\b|\binternships?\b|\bjobs?\b|\bappointments?\b|\broles\b/, 'experience'],
  [/\bprojects?\b|\bopen source\b|\bportfolio\b/, 'projects'],
  [/\bawards?\b|\bhono(u)?rs?\b|\bachievements?\b|\bprizes?\b|\bgrants?\b|\bscholarships?\b|\bfellowships?\b/, 'awards'],
  [/\bskills?\b|\btechnolog|\btools?\b|\bcompetenc|\bexpertise\b|\bstack\b/, 'skills'],
  [/\blanguages?\b/, 'languages'],
  [/\binterests?\b|\bhobbies\b/, 'interests'],
  [/\breferences?\b|\breferees?\b/, 'references'],
  [/\bsummary\b|\bprofile\b|\babout\b|\bobjective\b|\bintroduction\b/, 'summary'],
  [/\bcontact\b/, 'contact'],
];

export function sectionKindOf(title: string, hasEntries = true): SectionKind {
  const t = title
    .toLowerCase()
    .replace(/[_\-]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ');
  for (const [re, kind] of TITLE_KINDS) if (re.test(t)) return kind;
  // Otherwise the names a heading of a Markdown or text résumé is known by ("teaching",
  // "invited_talks", "Where I've Worked", "Software"); a kind of roles only where the section
  // has entries ("Professional Affiliations" as a list of bullets is no volunteer work).
  const kind = classifyHeading(title.replace(/_+/g, ' ')).kind ?? 'other';
  return hasEntries || !ROLE_KINDS.has(kind) ? kind : 'other';
}

/** The kinds of sections whose entries are roles or degrees. */
export const ROLE_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['experience', 'education', 'volunteer', 'projects']);

const LIST_WORD_END = /\s+(?:list|items|entries|section|data)$/i;
// Kinds by key, kept per linter (cache/state.ts): the same few keys are asked about on every lint.
const keyKinds = scoped(() => new Map<string, SectionKind>());

/**
 * The kind a key of a résumé of its own shape names ("clinicalWork", "research_and_teaching",
 * "educationList"), by its words: camelCase and snake_case parted, a closing "List" dropped.
 */
export function looseKeyKind(key: string): SectionKind {
  const kinds = keyKinds();
  let kind = kinds.get(key);
  if (kind === undefined) {
    const words = key
      .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .trim()
      .replace(LIST_WORD_END, '');
    kind = words ? sectionKindOf(words) : 'other';
    if (kinds.size < 500) kinds.set(detach(key), kind);
  }
  return kind;
}

/** "welcome_to_RenderCV!" -> "Welcome to RenderCV!" (how RenderCV prints snake_case keys). */
export function displayTitle(key: string): string {
  const spaced = key.includes('_') && !key.includes(' ') ? key.split('_').filter((w) => w !== '').join(' ') : key.trim();
  return spaced ? spaced[0].toUpperCase() + spaced.slice(1) : key;
}

/** Name, email and phone: the same keys in the contact map of every dialect (basics, content, cv). */
export function readNameEmailPhone(ctx: ReadContext, map: YAMLMap | undefined, c: Contact): void {
  const name = str(ctx, map, 'name');
  if (name) c.name = toField(name);
  else {
    // (A site's data file: "firstName" and "lastName" apart.)
    const first = str(ctx, map, 'firstName', 'first_name', 'firstname');
    const last = str(ctx, map, 'lastName', 'last_name', 'lastname');
    if (first && last) c.name = toField(joinLocated([first, last], ' '));
  }
  const email = str(ctx, map, 'email', 'e-mail', 'e_mail');
  if (email) c.email = toField(email);
  const phone = str(ctx, map, 'phone', 'phoneNumber', 'phone_number');
  if (phone) c.phone = toField(phone);
}

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

/** A text's paragraphs (parted by blank lines), each with its own place. */
export function paragraphsOf(said: Located): Located[] {
  const out: Located[] = [];
  let from = 0;
  for (const m of said.text.matchAll(PARAGRAPH_BREAK)) {
    const part = sliceLocated(said, from, m.index!);
    if (!linkOnly(part.text)) out.push(trimLocated(part));
    from = m.index! + m[0].length;
  }
  if (from === 0) return [said];
  const last = sliceLocated(said, from, said.text.length);
  if (!linkOnly(last.text)) out.push(trimLocated(last));
  return out;
}

/**
 * A role's, a degree's or a project's own words, with no highlights, as the items the page prints
 * under it: one a paragraph, marked so (prose, not a claim that owes a number; see missing-metric).
 */
export function paragraphItems(said: Located): Bullet[] {
  return paragraphsOf(trimLocated(said)).map((b) => ({ ...b, paragraph: true }));
}

const HTML_LINK_ALONE = /^<a\b[^<>]*>[^<>]*<\/a>$/i;

/** Whether a paragraph is blank or a link alone (`<a href="…">Guides By Vibes</a>`): no bullet of work done. */
function linkOnly(text: string): boolean {
  const t = text.trim();
  return !t || HTML_LINK_ALONE.test(t) || WHOLE_MARKDOWN_LINK.test(t);
}
