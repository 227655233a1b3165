// Roles kept in a Markdown page's YAML front matter: a site generator's page whose theme prints
// `roles:`, `experience:` or `education:` lists from the front matter ("- role: Content Creator",
// "date: { start: 2024-01-01 }", "description: |"), with little or nothing after the closing "---".
// Those lists are read with the YAML reader of résumés of their own shape (jsonresume.ts), on the
// page with everything but the front matter blanked, so every span is the page's own.
import type { Field, Section } from '../model';
import { looseKeyKind, ROLE_KINDS } from './yaml-entries';
import { classifyHeading } from './section-names';
// (The YAML reader is loaded only for a page whose front matter holds roles: see yaml-lazy.ts.)
import { yamlReader } from './yaml-lazy';
import { blankKeepingLines } from '../text/top-line';

/** A top-level key whose value is a block below it ("roles:"), or the page's title. */
const BLOCK_KEY = /^([A-Za-z_][\w-]{0,39})[ \t]*:[ \t]*(?:#.*)?$/;
// A Hugo Blox (Wowchemy) landing page's block of roles or degrees: "  - block: experience".
const BLOCK_ITEM = /^[ \t]*-[ \t]*block[ \t]*:[ \t]*["']?([\w-]{1,40})/;
const LISTED_SECTION = /^[ \t]+-[ \t]*title[ \t]*:[ \t]*["']?([^"'\n#]{1,60})/;
const PAGE_TITLE = /^title[ \t]*:[ \t]*(["']?)([^"'\n#]{1,60})\1[ \t]*$/;

/**
 * The sections of roles or degrees in the front matter running from `start` to `end` (the offsets
 * of its first and past its last line), and the profile it gives beside them ("cv:" / "  profile:
 * >- As the daughter of educators …"); no sections when it holds none (a page's layout and tags).
 */
export function frontMatterSections(src: string, start: number, end: number): { sections: Section[]; summary?: Field } {
  const block = src.slice(start, end);
  let roles = false;
  for (const line of block.split('\n')) {
    const m = BLOCK_KEY.exec(line);
    if (m && ROLE_KINDS.has(looseKeyKind(m[1]))) roles = true;
    const b = m ? null : BLOCK_ITEM.exec(line);
    if (b && ROLE_KINDS.has(looseKeyKind(b[1]))) roles = true;
    // ("cv:" / "  sections:" / "    - title: Education": a list of sections under the page's CV.)
    const listed = m || b ? null : LISTED_SECTION.exec(line);
    if (listed && ROLE_KINDS.has(looseKeyKind(listed[1].trim()))) roles = true;
  }
  if (!roles) return { sections: [] };
  const pageTitle = pageTitleOf(src, start, end);
  const masked = blankOutside(src, start, end);
  const read = yamlReader().readOwnShapeSections(masked);
  const sections = read.sections.filter((s) => ROLE_KINDS.has(s.kind) && s.entries.some((e) => e.title || e.organisation || e.dates));
  // ("title: Experience" over one list of roles: the page's title is the section's heading.)
  if (pageTitle && sections.length === 1 && classifyHeading(pageTitle.text).kind === sections[0].kind) {
    sections[0] = { ...sections[0], title: pageTitle.text, headingSpan: { start: pageTitle.start, end: pageTitle.end } };
  }
  return { sections, summary: sections.length ? read.summary : undefined };
}

const EMOJI_LEAD = /^[\p{So}\p{Sk}\u200d\ufe0f\s]+/u;

/**
 * The page's title in the front matter running from `start` to `end` where it names a section
 * ("title: 💼 Work History" over a page that holds only that section), with its span; else undefined.
 */
export function frontMatterSectionTitle(src: string, start: number, end: number): { text: string; kind: Section['kind']; start: number; end: number } | undefined {
  const title = pageTitleOf(src, start, end);
  const c = title ? classifyHeading(title.text.replace(EMOJI_LEAD, '')) : undefined;
  return title && c?.exact && c.kind ? { ...title, kind: c.kind } : undefined;
}

/** The page's `title:` in the front matter running from `start` to `end` (its last, as YAML reads a key set twice), with its span. */
function pageTitleOf(src: string, start: number, end: number): { text: string; start: number; end: number } | undefined {
  let title: { text: string; start: number; end: number } | undefined;
  let at = start;
  for (const line of src.slice(start, end).split('\n')) {
    const t = PAGE_TITLE.exec(line);
    if (t) {
      const value = t[2].trimEnd();
      const from = at + line.indexOf(value, line.indexOf(':') + 1);
      title = { text: value, start: from, end: from + value.length };
    }
    at += line.length + 1;
  }
  return title;
}

/** `src` with every character outside [start, end) but line breaks made a space (offsets kept). */
export function blankOutside(src: string, start: number, end: number): string {
  return blankKeepingLines(src.slice(0, start)) + src.slice(start, end) + blankKeepingLines(src.slice(end));
}
