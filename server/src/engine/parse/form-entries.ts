// A section copied out of an applicant-tracking form (a Workday profile, a NEOGOV / GovernmentJobs
// application): each field under its label, on the label's line after a tab ("Employer<TAB>Town of
// Windsor") or on the line under it ("Job Title" / "Critical Care Paramedic"). Read line by line as
// a résumé, the labels become titles and employers ("Dates Attended", "Monthly Salary"); read as a
// form, each label says what its value is. Only a section that is plainly a form is read so.
import type { Bullet, DateRange, Entry, EntryKind, Field, Span } from '../model';
import type { Block } from './structure';
import { findDateRange, isCurrentWord } from './dates';
import { isSpace } from './places';

type Slot = 'title' | 'org' | 'school' | 'loc' | 'from' | 'to' | 'dates' | 'degree' | 'field' | 'desc' | 'current' | 'detail';

const LABELS: [RegExp, Slot][] = [
  [/^(?:job title|position title|position|title|designation|job)$/i, 'title'],
  [/^(?:company|company name|employer|employer name|organi[sz]ation|organi[sz]ation name|agency)$/i, 'org'],
  [/^(?:school|school name|school or university|institution|institution name|college|university|college\/university)$/i, 'school'],
  [/^(?:location|city|city\/state|city, state|work location)$/i, 'loc'],
  [/^(?:from|start date|date started|from date)$/i, 'from'],
  [/^(?:to|end date|date ended|to date|graduation date|date of graduation|graduation)$/i, 'to'],
  [/^(?:dates|dates attended|dates of employment|employment dates|dates employed|period of employment|time|time period|period)$/i, 'dates'],
  [/^(?:degree|degree received|degree type|degree\/certificate|degree earned|qualification)$/i, 'degree'],
  [/^(?:major|major\/minor|field of study|area of study|course of study|major\(s\)|specialization|specialisation|concentration)$/i, 'field'],
  [/^(?:role description|job description|description|duties|job duties|responsibilities|duties and responsibilities|summary of duties|duties\/responsibilities)$/i, 'desc'],
  [/^(?:i currently work here|currently work here|current job|current employer|currently employed|current position)$/i, 'current'],
  [/^(?:phone|employer phone|telephone|supervisor|supervisor name|supervisor'?s name|supervisor title|hours worked per week|hours per week|monthly salary|salary|starting salary|ending salary|number of employees supervised|employees supervised|may we contact this employer|may we contact your supervisor|reason for leaving|did you graduate|graduated|gpa|units completed|type of units|state|zip|zip code|postal code|country|address|employment type|time type)$/i, 'detail'],
];
// Fields that say an entry is being described (not the details every form row has).
const ENTRY_SLOTS = new Set<Slot>(['title', 'org', 'school', 'from', 'dates', 'degree']);
// "Work Experience 1", "Education 2": the form's own numbering of its entries.
// (Or the number alone, or the name alone, where the number was read apart from it.)
const ENTRY_MARK = /^\s*(?:(?:work experience|experience|education|employment|job|position|school)(?:\s+\d{1,2})?|\d{1,2})\s*$/i;
const TAB_ROW = /^([^\t]{1,60}?)[ \t]*:?\t+[ \t]*(\S.*)$/;
// "Degree: Bachelor of Arts in English": a label and its value after a colon, where the label is a form's.
const COLON_ROW = /^\s*([^:\t]{1,40}?)\s*:[ \t]+(\S.*)$/;
/** TAB_ROW.exec(t) (or a known label's colon row), told without the pattern's lazy scan for the most lines, which have neither. */
const tabRow = (t: string): RegExpExecArray | null => {
  if (t.includes('\t')) return TAB_ROW.exec(t);
  if (!t.includes(':')) return null;
  const m = COLON_ROW.exec(t);
  return m && slotOf(m[1]) ? m : null;
};

// Any of the labels, in one test (most lines are none, and are refused by it alone).
const ANY_LABEL = new RegExp(`^(?:${LABELS.map(([re]) => re.source.slice(1, -1)).join('|')})$`, 'i');

function slotOf(label: string): Slot | undefined {
  if (label.length > 64) return undefined;
  const l = label.trim().replace(TRAILING_MARKS, '');
  if (!l || l.length > 60 || !ANY_LABEL.test(l)) return undefined;
  for (const [re, slot] of LABELS) if (re.test(l)) return slot;
  return undefined;
}
const TRAILING_MARKS = /[\s?:]+$/;

/** Whether any line of the blocks is a label alone or a row with a tab (a form may be there). */
function mayBeForm(src: string, blocks: Block[]): boolean {
  // (The next tab is looked for again only once a line has passed it: one scan of the text.)
  let tab = -1;
  return eachLine(src, blocks, (at, e) => {
    if (tab < at) {
      const i = src.indexOf('\t', at);
      tab = i < 0 ? Infinity : i;
    }
    const g = at + glyphLength(src.slice(at, Math.min(e, at + 16)));
    return tab < e || (e - g <= 64 && !!slotOf(src.slice(g, e))) || !!tabRow(src.slice(g, Math.min(e, g + 200)));
  });
}

/**
 * Visits each line of the blocks but headings (a block may hold several: a wrapped line, a run
 * the reader joined), with whether it is its block's first; true as soon as `visit` says so.
 */
function eachLine(src: string, blocks: Block[], visit: (start: number, end: number, first: boolean, b: Block) => boolean): boolean {
  for (let ix = 0; ix < blocks.length; ix++) {
    const b = blocks[ix];
    if (b.kind === 'heading') continue;
    for (let at = b.lineStart, first = true; at < b.lineEnd; first = false) {
      let e = src.indexOf('\n', at);
      if (e < 0 || e > b.lineEnd) e = b.lineEnd;
      if (visit(at, e, first, b)) return true;
      at = e + 1;
    }
  }
  return false;
}

/** Whether a line is a form's field label alone ("Degree", "Job Title", "Dates Attended"). */
export function isFormLabel(text: string): boolean {
  return slotOf(text) !== undefined;
}

interface Row {
  slot: Slot;
  /** The value's place in the document. */
  value: Span;
}

interface Draft {
  head?: Span;
  rows: Row[];
  bullets: Span[];
  start: number;
  end: number;
}

const GLYPH = /^\s*(?:[-•*+–·▪●]\s+)?/;
/** The length of a line's leading space and list glyph. */
const glyphLength = (t: string): number => GLYPH.exec(t)![0].length;
/** A line's text after its list glyph. */
const rowOf = (src: string, l: Line): string => {
  const t = src.slice(l.start, l.end);
  const g = glyphLength(t.length > 16 ? t.slice(0, 16) : t);
  return g ? t.slice(g) : t;
};
/** How far in the line of a row's value its text starts (its glyph and label before it, as far as the line's glyph). */
const rowGlyph = (src: string, r: Row): number => {
  const bol = src.lastIndexOf('\n', r.value.start - 1) + 1;
  return glyphLength(src.slice(bol, Math.min(r.value.start, bol + 16)));
};

/** How far into its physical line (glyph and spaces) the text at `at` starts. */
const lineIndent = (src: string, at: number): number => {
  const bol = src.lastIndexOf('\n', at - 1) + 1;
  const g = glyphLength(src.slice(bol, Math.min(src.length, bol + Math.max(16, at - bol + 16))));
  return Math.max(g, at - bol);
};

/** A physical line of the section: where it starts and ends, and whether a blank line came before it. */
interface Line {
  start: number;
  end: number;
  blankBefore: boolean;
}

/** The section's lines with text, one by one. */
function linesOf(src: string, blocks: Block[]): Line[] {
  const out: Line[] = [];
  eachLine(src, blocks, (start, end, first, b) => {
    if (src.slice(start, end).trim()) out.push({ start, end, blankBefore: first && b.blankBefore });
    return false;
  });
  return out;
}
const trimmed = (src: string, s: Span): Span => {
  let a = s.start;
  let e = s.end;
  while (a < e && isSpace(src.charCodeAt(a))) a++;
  while (e > a && isSpace(src.charCodeAt(e - 1))) e--;
  return { start: a, end: e };
};

/**
 * The entries of a section written as a form, or undefined when the section is not one (fewer
 * than two rows naming an entry's fields, or labelled rows under a third of its lines).
 */
export function formEntries(src: string, blocks: Block[], kind: EntryKind): Entry[] | undefined {
  // A cheap refusal first: a form has a tab after a label, or a label alone on its line.
  if (kind === 'other' || blocks.length < 3 || !mayBeForm(src, blocks)) return undefined;
  const ls = linesOf(src, blocks);
  let labelled = 0;
  let entryRows = 0;
  // A form's date rows hold dates (a template's placeholders, "City" / "year--year", none).
  let dated = false;
  for (let k = 0; k < ls.length; k++) {
    const t = rowOf(src, ls[k]);
    const m = tabRow(t);
    const slot = m ? slotOf(m[1]) : slotOf(t);
    if (!slot) continue;
    labelled++;
    if (ENTRY_SLOTS.has(slot)) entryRows++;
    if (!dated && (slot === 'from' || slot === 'to' || slot === 'dates')) {
      const value = m ? m[2] : ls[k + 1] ? rowOf(src, ls[k + 1]) : '';
      dated = !!findDateRange(value, 0);
    }
  }
  if (entryRows < 2 || !dated || labelled * 3 < ls.length) return undefined;

  const drafts: Draft[] = [];
  let cur: Draft | undefined;
  let inDesc = false;
  const open = (at: number): Draft => {
    cur = { rows: [], bullets: [], start: at, end: at };
    drafts.push(cur);
    inDesc = false;
    return cur;
  };
  const has = (d: Draft, slot: Slot) => d.rows.some((r) => r.slot === slot);
  for (let k = 0; k < ls.length; k++) {
    const line = ls[k];
    // ("* Employer: Panera Bread", "* Position: Cashier": a Markdown list of the form's rows.)
    const t = rowOf(src, line);
    if (ENTRY_MARK.test(t)) {
      if (!cur || cur.rows.length || cur.head || cur.bullets.length) open(line.start);
      continue;
    }
    const m = tabRow(t);
    let slot = m ? slotOf(m[1]) : undefined;
    let value: Span | undefined;
    if (m && slot) value = trimmed(src, { start: line.end - m[2].length, end: line.end });
    else if ((slot = slotOf(t))) {
      // A label alone: its value is the next line, unless that is a label too (an empty field).
      const next = ls[k + 1];
      const nt = next ? rowOf(src, next) : '';
      if (slot === 'desc') value = undefined;
      else if (next && !slotOf(nt) && !tabRow(nt) && !ENTRY_MARK.test(nt)) {
        value = trimmed(src, next);
        k++;
      } else continue;
    }
    if (slot) {
      // A second title, employer or school opens the next entry (forms repeat the same rows).
      const d = cur && !((slot === 'title' || slot === 'org' || slot === 'school') && has(cur, slot)) ? cur : open(line.start);
      inDesc = slot === 'desc';
      if (value) {
        if (slot === 'desc') d.bullets.push(value);
        else d.rows.push({ slot, value });
      }
      d.end = Math.max(d.end, (value ?? line).end);
      continue;
    }
    // A line under "Duties" or "Role Description": the description's, line by line (without its glyph).
    // (So is an item nested under the rows, "    * Greet customers entering establishments.")
    const glyph = glyphLength(src.slice(line.start, line.end));
    const body = trimmed(src, { start: line.start + glyph, end: line.end });
    // (Measured from the physical line's start: a Markdown item's block may begin after its marker.)
    const indent = lineIndent(src, line.start);
    const nested = indent > 0 && !!cur && cur.rows.length > 0 && indent > rowGlyph(src, cur.rows[cur.rows.length - 1]);
    if ((inDesc || nested) && cur && !(line.blankBefore && !glyph)) {
      cur.bullets.push(body);
      cur.end = Math.max(cur.end, body.end);
      continue;
    }
    // Any other line heads the next entry: the job or the school the rows below describe.
    const d = cur && !cur.rows.length && !cur.head && !cur.bullets.length ? cur : open(line.start);
    d.head = body;
    d.end = body.end;
  }

  const out: Entry[] = [];
  for (const d of drafts) {
    const field = (slot: Slot): Field | undefined => {
      const r = d.rows.find((x) => x.slot === slot);
      return r ? { value: src.slice(r.value.start, r.value.end), span: r.value } : undefined;
    };
    const headField = d.head ? { value: src.slice(d.head.start, d.head.end), span: d.head } : undefined;
    const entry: Entry = { kind, bullets: d.bullets.map((s): Bullet => ({ text: src.slice(s.start, s.end), span: s })), span: { start: d.start, end: d.end }, headerSpan: { start: d.start, end: d.head?.end ?? d.start } };
    const title = kind === 'education' ? field('degree') ?? field('title') : field('title') ?? field('degree');
    const org = field('org') ?? field('school');
    entry.title = title ?? (kind === 'education' ? undefined : headField);
    entry.organisation = org ?? (kind === 'education' || title ? headField : undefined);
    if (entry.title === entry.organisation) entry.organisation = undefined;
    const loc = field('loc');
    if (loc) entry.location = loc;
    const dates = datesOf(src, d.rows);
    if (dates) entry.dates = dates;
    if (!entry.title) delete entry.title;
    if (!entry.organisation) delete entry.organisation;
    if (entry.title || entry.organisation || entry.dates || entry.bullets.length) out.push(entry);
  }
  return out;
}

/** The entry's dates: a "Dates" row's range, or its "From" and "To" rows (and "I currently work here"). */
function datesOf(src: string, rows: Row[]): DateRange | undefined {
  const row = (slot: Slot) => rows.find((r) => r.slot === slot);
  const text = (r: Row) => src.slice(r.value.start, r.value.end);
  const whole = row('dates');
  if (whole) return findDateRange(text(whole), whole.value.start);
  const from = row('from');
  // ("Graduation Date: May 12th, 2017" alone: the one date the entry has, read as any lone date is.)
  if (!from) {
    const to = row('to');
    return to ? findDateRange(text(to), to.value.start) : undefined;
  }
  const start = findDateRange(text(from), from.value.start);
  if (!start?.start) return undefined;
  const to = row('to');
  const toText = to ? text(to).trim() : '';
  const current = (!!to && isCurrentWord(toText)) || /^yes\b/i.test(row('current') ? text(row('current')!) : '');
  const end = to && !current ? findDateRange(toText, to.value.start) : undefined;
  const last = end ?? (current && to ? { span: to.value } : start);
  const span = { start: start.span.start, end: last.span.end };
  const range: DateRange = {
    start: start.start,
    current,
    span,
    text: `${src.slice(start.span.start, start.span.end)} – ${end ? src.slice(end.span.start, end.span.end) : current ? (to ? toText : 'Present') : ''}`.replace(/ – $/, ''),
    separator: '–',
  };
  if (end?.start) range.end = end.start;
  if (current && to) range.currentText = toText;
  return range;
}
