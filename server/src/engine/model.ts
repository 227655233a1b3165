// The one résumé model every parser produces and every rule, the renderer, the server and the
// CLI read. Plain data only (snapshot-able, no functions, no vscode/LSP types).
//
// Positions are UTF-16 offsets into the document text (what JavaScript strings and LSP use), as
// half-open spans [start, end). Converting to line/column is the caller's job (see lines.ts).

export interface Span {
  start: number;
  end: number;
}

/** A piece of text from the document with where it came from. */
export interface Field {
  /** The value as the reader should see it (markup, quotes and escapes removed). */
  value: string;
  span: Span;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'year';
export type Season = 'spring' | 'summer' | 'fall' | 'winter';

export interface ResumeDate {
  year: number;
  /** 1–12 when precision is 'month' or 'day'. */
  month?: number;
  /** 1–31 when precision is 'day'. */
  day?: number;
  season?: Season;
  precision: DatePrecision;
  /** How the date was written, e.g. "Sept." + " 2019", "03/2019", "2019-03" (for date-format). */
  style: DateStyle;
  text: string;
  span: Span;
}

/**
 * How a date was written, so `date-format` can find the dominant style and rewrite the others.
 * month: 'short' = Feb, 'short-dot' = Feb., 'long' = February, 'numeric' = 02/2019 or 2019-02,
 * 'none' = no month (year or season only).
 */
export interface DateStyle {
  month: 'short' | 'short-dot' | 'long' | 'numeric' | 'iso' | 'none';
}

export interface DateRange {
  start?: ResumeDate;
  /** Absent when the range is a single date (e.g. "Graduated 2009") or ongoing. */
  end?: ResumeDate;
  /** True for "Present", "Current", "Now", "Today", an empty/missing JSON Resume endDate... */
  current: boolean;
  /** The word used for "ongoing" as written ("Present", "present", "Current"), for date-format. */
  currentText?: string;
  /** Span of the whole range text, e.g. "Mar. 2023 – Present". */
  span: Span;
  text: string;
  /** The separator as written ("-", "–", "—", "to", "until", "--"), for date-format. */
  separator?: string;
  /** "Expected May 2026": the end is in the future on purpose. */
  expected?: boolean;
}

export type EntryKind = 'work' | 'education' | 'volunteer' | 'project' | 'other';

export type SectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'volunteer'
  | 'projects'
  | 'skills'
  | 'contact'
  | 'awards'
  | 'publications'
  | 'certifications'
  | 'languages'
  | 'interests'
  | 'references'
  | 'other';

export interface Bullet {
  /**
   * The bullet's text without its marker. For Markdown and text it is exactly
   * `source.slice(span.start, span.end)` (continuation lines included), so offset i in `text`
   * is offset span.start + i in the document. For YAML/JSON, where quoting and folding change
   * the text, and for text read composed (accents a PDF copy set apart put on their letters,
   * small-capital dates joined: parse/composed.ts), `offsets` maps each index of `text` to its
   * document offset (same length as text + 1); when absent the mapping is span.start + i.
   */
  text: string;
  span: Span;
  offsets?: number[];
  /** A description paragraph under the entry rather than a bulleted line (Markdown prose). */
  paragraph?: boolean;
}

export interface Entry {
  kind: EntryKind;
  title?: Field;
  organisation?: Field;
  location?: Field;
  dates?: DateRange;
  bullets: Bullet[];
  /** The whole entry, header through last bullet. */
  span: Span;
  /** The header lines (title/org/dates) before the first bullet. */
  headerSpan: Span;
  /**
   * The role's description paragraph where the format keeps it apart from the bullets (JSON Resume
   * and YAMLResume `summary`, RenderCV `summary`): prose the writing rules read, not a bullet (the
   * timeline, bullet counts and missing-metric leave it alone). Shaped like a Bullet: `offsets`
   * maps each index of `text` to the document when quoting or folding changed it.
   */
  description?: Bullet;
}

export interface Section {
  title: string;
  kind: SectionKind;
  span: Span;
  /** The heading itself (or the YAML key). */
  headingSpan: Span;
  entries: Entry[];
}

export interface Contact {
  name?: Field;
  email?: Field;
  phone?: Field;
  location?: Field;
  /** Profile links: LinkedIn, GitHub, personal site. */
  links: Field[];
}

export type ResumeFormat = 'markdown' | 'text' | 'jsonresume' | 'rendercv' | 'yamlresume';

/** A problem reading the document itself (YAML syntax error, unknown shape). */
export interface ParseProblem {
  message: string;
  span: Span;
  severity: 'error' | 'warning' | 'info';
  /** 'resume-studio/schema' problems come from YAML/JSON structure. */
  code: string;
}

export interface Resume {
  format: ResumeFormat;
  contact: Contact;
  summary?: Field;
  skills: Field[];
  sections: Section[];
  problems: ParseProblem[];
}

/** All entries of all sections, in document order. */
export function allEntries(resume: Resume): Entry[] {
  const out: Entry[] = [];
  // Indexed loops, not push(...entries) (a spread of thousands of roles onto the stack) nor for-of
  // (run once per lint, mostly before the JIT has compiled it: an iterator result per step).
  for (let i = 0; i < resume.sections.length; i++) for (let k = 0, es = resume.sections[i].entries; k < es.length; k++) out.push(es[k]);
  return out;
}

/** All bullets with their entry, in document order. */
export function allBullets(resume: Resume): { bullet: Bullet; entry: Entry; section: Section }[] {
  const out: { bullet: Bullet; entry: Entry; section: Section }[] = [];
  // (Indexed loops: see allEntries.)
  for (let i = 0; i < resume.sections.length; i++) {
    const section = resume.sections[i];
    for (let k = 0; k < section.entries.length; k++) {
      const entry = section.entries[k];
      for (let b = 0; b < entry.bullets.length; b++) out.push({ bullet: entry.bullets[b], entry, section });
    }
  }
  return out;
}

/** Document offset of index `i` in a bullet's text. */
export function bulletOffset(bullet: Bullet, i: number): number {
  if (bullet.offsets) return bullet.offsets[Math.max(0, Math.min(i, bullet.offsets.length - 1))];
  return bullet.span.start + i;
}
