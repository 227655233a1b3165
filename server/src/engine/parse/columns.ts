// Text drawn as a page (`pdftotext -layout`, a terminal print, text pasted from a two-column PDF):
// two columns run side by side on each line, so reading it line by line interleaves a sidebar
// with the main column. This finds each run of lines that share a blank vertical gutter and
// reads it column by column (left, then right), as a person reads the page.
//
// Lines keep their document offsets: a split line becomes two pieces of the same line, so every
// span the parser makes still points into the document. Right-aligned dates and places ("Acme
// Corp      Jan 2019 – Present") share a gutter too, but are one row of one column: a region
// whose right (or left) parts are only dates and places is left as it is.
import type { SourceLine } from './source-lines';
import { findDateRange, isCurrentWord } from './dates';
import { isPlace } from './places';
import { capsNameKind, isExactSectionName } from './section-names';

/** Columns of white space wide enough to be a gutter between two columns of text. */
const MIN_GAP = 3;
/** A region must have at least this many lines with text on both sides of its gutter. */
const MIN_TWO_SIDED = 3;
/** This many lines in a row with text on one side of a gutter only end its region. */
const GAP_LINES = 3;
/** Lines longer than this are not page text. */
const MAX_LINE = 400;

type Interval = [number, number];

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 0xa0;
}

/** Gaps of at least MIN_GAP spaces with text on both sides. */
export function innerGaps(t: string): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  const n = t.length;
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  while (i < n) {
    while (i < n && !isSpace(t.charCodeAt(i))) i++;
    const s = i;
    while (i < n && isSpace(t.charCodeAt(i))) i++;
    if (i < n && i - s >= MIN_GAP) out.push([s, i]);
  }
  return out;
}

/** Whether columns [a, b) of the line hold no text (past its end counts as blank). */
function blankIn(t: string, a: number, b: number): boolean {
  const e = Math.min(b, t.length);
  for (let c = a; c < e; c++) if (!isSpace(t.charCodeAt(c))) return false;
  return true;
}

const hasText = (t: string, a: number, b: number) => !blankIn(t, a, b);

// A part that only says when or where: a date range, a duration, a place ("Seoul, S.Korea").
export const DURATION = /^\(?\d+\+?\s*(?:years?|yrs?|months?|mos?)\b[\w\s,]*\)?$/i;

export function isMetadata(s: string): boolean {
  const t = s.trim();
  if (!t) return false;
  if (t.length <= 45 && (DURATION.test(t) || isPlace(t))) return true;
  // "Present" over "Jan 2021" (YAAC's dates, the end above the start): the end of a range alone.
  if (t.length <= 12 && isCurrentWord(t)) return true;
  const r = findDateRange(t, 0);
  if (!r) return false;
  // The date is most of the part.
  return r.span.end - r.span.start >= 0.6 * t.replace(/\s+/g, ' ').length;
}

interface Region {
  from: number;
  to: number;
  gutter: Interval;
}

/** Share of values within `tol` of the most common one. */
function aligned(values: number[], tol: number): number {
  if (!values.length) return 0;
  let best = 0;
  for (const v of values) {
    let k = 0;
    for (const w of values) if (Math.abs(v - w) <= tol) k++;
    best = Math.max(best, k);
  }
  return best / values.length;
}

interface SideShape {
  /** Its parts line up as a column: left-aligned, right-aligned or centred. */
  coherent: boolean;
  /** Its parts end together but start anywhere. */
  rightAligned: boolean;
  /** Share of its parts that have text on the other side too (a row, not a column). */
  paired: number;
}

function sideShape(lines: SourceLine[], r: Region, side: 'left' | 'right'): SideShape {
  const [a, b] = r.gutter;
  const starts: number[] = [];
  const ends: number[] = [];
  const centres: number[] = [];
  const parts: string[] = [];
  let paired = 0;
  for (let k = r.from; k < r.to && starts.length < 200; k++) {
    const t = lines[k].text;
    const from = side === 'left' ? 0 : b;
    const to = side === 'left' ? Math.min(a, t.length) : t.length;
    let s = from;
    while (s < to && isSpace(t.charCodeAt(s))) s++;
    let e = to;
    while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
    if (e <= s) continue;
    starts.push(s);
    ends.push(e);
    centres.push((s + e) / 2);
    parts.push(t.slice(s, e));
    if (side === 'left' ? t.length > b && hasText(t, b, t.length) : hasText(t, 0, Math.min(a, t.length))) paired++;
  }
  const n = starts.length;
  // Left-aligned: most parts start at the column's edge or a little in (indented bullets).
  let edge = Infinity;
  for (const v of starts) edge = Math.min(edge, v);
  let near = 0;
  for (const v of starts) if (v <= edge + 6) near++;
  const left = n ? near / n : 0;
  const right = aligned(ends, 3);
  // A column with a hanging indent: roles' heads and dates at its edge, their bullets set in at one
  // second edge ("2019 – Present  Senior Paralegal" over "               – Manage discovery…").
  let hanging = false;
  if (n >= 2 * MIN_TWO_SIDED && left < 0.6) {
    const counts = new Map<number, number>();
    for (const v of starts) if (v > edge + 6) counts.set(v, (counts.get(v) ?? 0) + 1);
    let second = -1;
    let best = 0;
    for (const [v, c] of counts) if (c > best) [second, best] = [v, c];
    let near2 = 0;
    for (const v of starts) if (Math.abs(v - second) <= 2) near2++;
    // (Not "Python   5+ yrs   DevOps engineer…": a skill's years at the first edge are metadata
    // beside the skill, and the text at the second edge another column.)
    let meta = 0;
    parts.forEach((p, i) => {
      if (starts[i] <= edge + 6 && isMetadata(p)) meta++;
    });
    hanging = near >= 0.25 * n && near2 >= 0.25 * n && (near + near2) / n >= 0.85 && meta < 0.3 * near;
  }
  return {
    coherent: n > 0 && (Math.max(left, right, aligned(centres, 3)) >= 0.6 || hanging),
    rightAligned: n >= MIN_TWO_SIDED && right >= 0.7 && aligned(starts, 1) < 0.5,
    paired: n ? paired / n : 0,
  };
}

/** Whether line k has text on both sides of the gutter (`first`/`last`: its first and last character's column, -1 when blank). */
function twoSided(first: Int32Array, last: Int32Array, k: number, [ga, gb]: Interval): boolean {
  return first[k] >= 0 && first[k] < ga && last[k] >= gb;
}

/**
 * The region less its stretches (parted from the rest by GAP_LINES lines with text on one side
 * only) whose right side is only dates and places beside the left.
 */
function metadataRuns(lines: SourceLine[], r: Region, first: Int32Array, last: Int32Array): Region[] {
  const parts: Region[] = [];
  let from = r.from;
  let oneSided = 0;
  for (let k = r.from; k < r.to; k++) {
    if (twoSided(first, last, k, r.gutter)) oneSided = 0;
    else if (++oneSided === GAP_LINES) {
      parts.push({ from, to: k + 1, gutter: r.gutter });
      from = k + 1;
    }
  }
  if (from < r.to) parts.push({ from, to: r.to, gutter: r.gutter });
  if (parts.length < 2) return [r];
  const kept: Region[] = [];
  for (const p of parts) {
    if (onlyMetadataBeside(lines, p)) {
      // ("• Building Finance Teams" / "" / "PROFESSIONAL EXPERIENCE" / "" / "BRAXTON …   2016 – Present":
      // the one-sided lines that ended the columns above lead into the roles, and stay in place
      // before them, not in the columns' pieces.)
      // (Only blank lines, lines right of the gutter and section names: "Uppsala University" under
      // the last row is that row's, and stays in its column.)
      const prev = kept[kept.length - 1];
      if (prev && prev.to === p.from) {
        let to = prev.to;
        while (to > prev.from && !twoSided(first, last, to - 1, r.gutter) && (first[to - 1] < 0 || first[to - 1] >= r.gutter[0] || isExactSectionName(lines[to - 1].text.trim()))) to--;
        prev.to = to;
      }
      continue;
    }
    const prev = kept[kept.length - 1];
    if (prev && prev.to === p.from) prev.to = p.to;
    else kept.push({ ...p });
  }
  return kept;
}

/** A row or more, and every right-hand part a date, a duration or a place. */
function onlyMetadataBeside(lines: SourceLine[], r: Region): boolean {
  const b = r.gutter[1];
  let meta = 0;
  for (let k = r.from; k < r.to; k++) {
    const t = lines[k].text;
    if (t.length <= b || !hasText(t, b, t.length)) continue;
    if (!isMetadata(t.slice(b))) return false;
    meta++;
  }
  return meta >= 1;
}

/** How many lines of the region hold a word (two letters or digits together) on that side. */
function wordy(lines: SourceLine[], r: Region, side: 'left' | 'right'): number {
  const [a, b] = r.gutter;
  let n = 0;
  for (let k = r.from; k < r.to; k++) {
    const t = lines[k].text;
    if (/[\p{L}\p{N}]{2}/u.test(side === 'left' ? t.slice(0, a) : t.slice(b))) n++;
  }
  return n;
}

/** Judges a region: a real second column holds text of its own, not only right-aligned dates. */
function splitWorthy(lines: SourceLine[], r: Region): boolean {
  const [a, b] = r.gutter;
  let two = 0;
  let leftMeta = 0;
  let rightMeta = 0;
  let left = 0;
  let right = 0;
  let pairedLeftMeta = 0;
  let pairedRightMeta = 0;
  let pairedLeftLabel = 0;
  for (let k = r.from; k < r.to; k++) {
    const t = lines[k].text;
    const l = hasText(t, 0, a);
    const rt = t.length > b && hasText(t, b, t.length);
    if (l && rt) two++;
    if (l) {
      left++;
      if (isMetadata(t.slice(0, a))) {
        leftMeta++;
        if (rt) pairedLeftMeta++;
      } else if (rt && FORM_LABEL.test(t.slice(0, a).trim())) pairedLeftLabel++;
    }
    if (rt) {
      right++;
      if (isMetadata(t.slice(b))) {
        rightMeta++;
        if (l) pairedRightMeta++;
      }
    }
  }
  if (two < MIN_TWO_SIDED) return false;
  // "EXPERIENCE            Senior UX Designer · Brightpath Learning": where every left part beside
  // text is a section name in capitals, the left side is a gutter of headings, each beside its
  // section's first line, not a column to read first.
  // (A few names no list holds among them, "SUPERVISATION", a name's second line "ASSOCIATIONS",
  // are headings too: capitals alone, fewer than the known ones.)
  let headings = 0;
  let otherCaps = 0;
  for (let k = r.from; k < r.to && headings >= 0; k++) {
    const t = lines[k].text;
    if (!hasText(t, 0, a) || !(t.length > b && hasText(t, b, t.length))) continue;
    const left = t.slice(0, a).trim();
    // ("PROFESSIONAL" / "ASSOCIATIONS": a name over two lines, its second beside the body's second.)
    const below = k + 1 < r.to ? lines[k + 1].text.slice(0, a).trim() : '';
    if (capsNameKind(left)) headings++;
    else if (below && capsNameKind(`${left} ${below}`)) {
      headings++;
      k++;
    } else if (CAPS_NAME.test(left)) otherCaps++;
    else headings = -1;
  }
  if (headings >= 2 && otherCaps < headings) return false;
  // "*  Full P&L responsibility …": a side of bullet glyphs alone is no column.
  if (wordy(lines, r, 'left') < MIN_TWO_SIDED || wordy(lines, r, 'right') < MIN_TWO_SIDED) return false;
  // Each side must read as a column; a right-aligned side whose parts always sit on a line with
  // text on the other side is part of those rows: dates and places set against the margin, or
  // moderncv's labels before each entry.
  for (const side of ['left', 'right'] as const) {
    const sh = sideShape(lines, r, side);
    if (!sh.coherent || (sh.rightAligned && sh.paired >= 0.8)) return false;
  }
  // Dates and places on one side only: one column with its metadata set beside it.
  if (rightMeta >= 0.5 * right || leftMeta >= 0.5 * left) return false;
  // "2020-present  Account Executive, Salesforce" / "              Closed £1.2M …": where most lines
  // with text on both sides have only dates on one side, those dates head the rows beside them;
  // headings and wrapped lines on one side alone do not make it a second column.
  if (pairedLeftMeta >= 0.6 * two || pairedRightMeta >= 0.6 * two) return false;
  // "Address      Friedrichshofener Straße 27" … "04/2021 – today      Maintenance Technician": a CV
  // laid out as a form (German and Swiss CVs, Europass) labels its rows on the left, with dates or
  // the labels of personal details and skills; nearly every left part heads the row beside it.
  if (pairedLeftMeta + pairedLeftLabel >= 0.8 * two) return false;
  return true;
}

// A name in capitals of one to three words (a heading no list holds, or a part of one).
const CAPS_NAME = /^\p{Lu}[\p{Lu}&'’-]{2,}(?: [\p{Lu}&][\p{Lu}&'’-]*){0,2}$/u;

// The labels of a CV laid out as a form, at the left of its rows.
const FORM_LABEL = /^(?:address|phone|mobile|tel(?:ephone)?|e-?mail|web(?:site)?|date of birth|place of birth|born|nationality|citizenship|marital status|family status|gender|driving licen[cs]e|driver'?s licen[cs]e|languages?|software|it skills|computer skills|skills|interests|hobbies|since \d{4})$/i;

// "Qualification   Board / University   Year   Percentage": the column heads of a table of entries
// (an Indian CV's education, a table of roles): no entry's field.
const COLUMN_HEAD = /^(?:qualifications?|degrees?|courses?|examinations?|exams?|class|standard|programmes?|programs?|board|universit(?:y|ies)|institut(?:e|ion)s?|colleges?|schools?|(?:name of (?:the )?)?(?:institut(?:e|ion)|college|school|university|board|employer|organi[sz]ation|company)|years?|years? of (?:passing|completion|graduation)|passing year|duration|period|dates?|from|to|percentage|%|c?gpa|marks|grades?|results?|scores?|division|class obtained|speciali[sz]ation|stream|subjects?|location|city|designation|role|position|employer|organi[sz]ation|company)$/i;
const CELL_SEPARATOR = /\s\s|\t|\|/;
/** Whether a line is a table's column heads: three cells or more, each a known heading of a column. */
export function columnHeads(text: string): boolean {
  // (No separator, one cell: asked of every header line, most of them none.)
  if (!CELL_SEPARATOR.test(text)) return false;
  const cells = text.trim().split(/\s{2,}|\t|\s*\|\s*/).filter(Boolean);
  return cells.length >= 3 && cells.every((c) => c.split(/\s*[/&]\s*|\s+and\s+/i).every((part) => COLUMN_HEAD.test(part.replace(/[:.]$/, '').trim())));
}

/**
 * A gutter left of a split region's gutter, over most of the same lines, where the strip between
 * the two holds only dates and places (and the main column's headings): the region as split at that gutter, or undefined.
 */
function sidebarBeforeDates(
  lines: SourceLine[],
  cands: { c: number; from: number; to: number }[],
  r: Region,
  regionOf: (cand: { c: number; from: number; to: number }) => Region,
): Region | undefined {
  const span = r.to - r.from;
  let best: Region | undefined;
  for (const alt of cands) {
    if (alt.c >= r.gutter[0] - MIN_GAP) continue;
    const overlap = Math.min(alt.to, r.to) - Math.max(alt.from, r.from);
    if (overlap < 0.7 * span) continue;
    const cand = regionOf(alt);
    const [, mb] = cand.gutter;
    const [ra] = r.gutter;
    if (mb >= ra) continue;
    let meta = 0;
    let other = 0;
    // The dates head the rows to their right, at the main column's edge: they start together and
    // stand beside its text more often than beside the sidebar's. (Dates set against the right of
    // a main column with a sidebar after it end together and sit beside the main column's titles.)
    let atEdge = 0;
    let beforeRight = 0;
    let afterLeft = 0;
    let edge = Infinity;
    const starts: number[] = [];
    for (let k = Math.max(cand.from, r.from); k < Math.min(cand.to, r.to); k++) {
      const t = lines[k].text;
      if (!hasText(t, mb, ra)) continue;
      const part = t.slice(mb, Math.min(ra, t.length));
      // (The main column's headings start at its edge, in the strip.)
      if (isMetadata(part)) {
        meta++;
        let s0 = mb;
        while (s0 < ra && isSpace(t.charCodeAt(s0))) s0++;
        starts.push(s0);
        edge = Math.min(edge, s0);
        if (t.length > r.gutter[1] && hasText(t, r.gutter[1], t.length)) beforeRight++;
        if (hasText(t, 0, cand.gutter[0])) afterLeft++;
      } else if (!isExactSectionName(part.trim())) other++;
    }
    for (const s0 of starts) if (s0 <= edge + 1) atEdge++;
    if (meta < 2 || other > 0.2 * meta || atEdge < 0.8 * meta || beforeRight <= afterLeft) continue;
    if (!splitWorthy(lines, cand)) continue;
    if (!best || cand.gutter[0] < best.gutter[0]) best = cand;
  }
  return best;
}

/**
 * Whether a region's left side holds only section names, each alone on its line (two or more): a
 * margin of labels beside one column, not a second column.
 */
function labelMargin(lines: SourceLine[], r: Region): boolean {
  let names = 0;
  for (let m = r.from; m < r.to; m++) {
    const left = lines[m].text.slice(0, r.gutter[0]).trim();
    if (!left) continue;
    if (!isExactSectionName(left)) return false;
    names++;
  }
  return names >= 2;
}

/**
 * The lines in reading order: unchanged, except that each two-column region is given as its
 * left column's pieces followed by its right column's (a side with nothing on a line gives an
 * empty piece, so paragraph breaks inside a column survive).
 *
 * A gutter is a column that stays blank over a run of lines while text stands on both sides of
 * it on many of them. Every column's runs are counted at once (text before and after a column
 * is known from each line's first and last character), the best runs are taken first, and each
 * is widened to the blank columns around it.
 */
export function readingOrder(lines: SourceLine[]): SourceLine[] {
  // Most documents have no wide gaps at all: nothing to do.
  let any = false;
  for (let ix = 0; ix < lines.length; ix++) {
    const l = lines[ix];
    if (l.text.length <= MAX_LINE && l.text.length > 2 * MIN_GAP && /\S {3,}\S/.test(l.text)) {
      any = true;
      break;
    }
  }
  if (!any) return lines;

  const n = lines.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  let width = 0;
  // A table's column heads ("Qualification   Board / University   Year") and its rows to the next
  // blank line: their gaps part a row's cells, not two columns of the page.
  let table = false;
  for (let k = 0; k < n; k++) {
    const t = lines[k].text;
    if (!t.trim()) table = false;
    else if (/\S {2,}\S/.test(t) && columnHeads(t)) table = true;
    if (t.length > MAX_LINE || (table && t.trim())) {
      first[k] = -2; // a line no gutter can cross
      continue;
    }
    let a = 0;
    while (a < t.length && isSpace(t.charCodeAt(a))) a++;
    let b = t.length - 1;
    while (b >= 0 && isSpace(t.charCodeAt(b))) b--;
    first[k] = a < t.length ? a : -1;
    last[k] = b;
    if (t.length > width) width = t.length;
  }
  const free = (k: number, c: number) => {
    if (first[k] === -1) return true;
    if (first[k] === -2) return false;
    const t = lines[k].text;
    return (c >= t.length || isSpace(t.charCodeAt(c))) && (c + 1 >= t.length || isSpace(t.charCodeAt(c + 1)));
  };
  const pageBreak = (k: number) => lines[k].text.includes('\f');

  // Candidate runs: (column, first line, end line, lines with text on both sides).
  const cands: { c: number; from: number; to: number; two: number }[] = [];
  for (let c = 1; c < width - 1; c++) {
    let from = -1;
    let two = 0;
    const close = (to: number) => {
      if (from >= 0 && two >= MIN_TWO_SIDED) cands.push({ c, from, to, two });
      from = -1;
      two = 0;
    };
    for (let k = 0; k < n; k++) {
      if (!free(k, c) || (pageBreak(k) && from >= 0)) {
        close(k);
        if (!free(k, c)) continue;
      }
      if (from < 0) from = k;
      if (first[k] >= 0 && first[k] < c && last[k] > c + 1) two++;
    }
    close(n);
  }
  if (!cands.length) return lines;
  cands.sort((x, y) => y.two - x.two || x.from - y.from || x.c - y.c);

  // The region a candidate gutter makes: widened to the columns blank on every line of its run,
  // and ended below its last two-sided line where the left side no longer starts at its edge.
  const regionOf = (cand: { c: number; from: number; to: number }): Region => {
    let ga = cand.c;
    let gb = cand.c + 2;
    const allFree = (c: number) => {
      for (let k = cand.from; k < cand.to; k++) {
        const t = lines[k].text;
        if (c < t.length && !isSpace(t.charCodeAt(c))) return false;
      }
      return true;
    };
    while (ga > 0 && allFree(ga - 1)) ga--;
    while (gb < width && allFree(gb)) gb++;
    const gutter: Interval = [ga, gb];
    // Below the last line with text on both sides, a line on the left belongs to the left column
    // only when it starts at its edge: a centred heading under the region ("Summary") is page-wide.
    let lastTwo = cand.from;
    let edge = Infinity;
    for (let k = cand.from; k < cand.to; k++) {
      if (twoSided(first, last, k, gutter)) lastTwo = k;
      if (first[k] >= 0 && first[k] < ga) edge = Math.min(edge, first[k]);
    }
    let to = lastTwo + 1;
    while (to < cand.to && !(first[to] >= 0 && first[to] < ga && first[to] > edge + 4)) to++;
    return { from: cand.from, to, gutter };
  };

  const used = new Uint8Array(n);
  const regions: Region[] = [];
  let judged = 0;
  for (const cand of cands) {
    if (judged >= 64) break;
    let clash = false;
    for (let k = cand.from; k < cand.to && !clash; k++) if (used[k]) clash = true;
    if (clash) continue;
    let region = regionOf(cand);
    judged++;
    if (!splitWorthy(lines, region)) continue;
    // A sidebar beside a main column that sets its dates in a column of their own ("Hannah   2021 –
    // now   Senior Veterinarian"): the gutter after the dates has the most lines with text on both
    // sides, but the page's columns part at the gutter before them.
    const sidebar = sidebarBeforeDates(lines, cands, region, regionOf);
    if (sidebar) region = sidebar;
    // A gutter that stays blank across a stretch of lines with text on one side only (blank
    // lines, a heading) may run on into roles whose dates and places are set against the margin
    // (a three-column list of skills, then "Store Manager … March 2019 to Current"): such a
    // stretch's rows are one column with its metadata beside it, and stay as they are.
    for (const part of metadataRuns(lines, region, first, last)) {
      regions.push(part);
      for (let m = part.from; m < part.to; m++) used[m] = 1;
    }
  }
  if (!regions.length) return lines;
  regions.sort((x, y) => x.from - y.from);

  const out: SourceLine[] = [];
  let k = 0;
  for (const r of regions) {
    for (; k < r.from; k++) out.push(lines[k]);
    const [a, b] = r.gutter;
    if (labelMargin(lines, r)) {
      // Section names set in the left margin ("  Education    University of Oklahoma"): each opens
      // the text beside it, so the lines stay in place (the text reader parts each name from its line).
      for (let m = r.from; m < r.to; m++) out.push(lines[m]);
      k = r.to;
      continue;
    }
    for (let m = r.from; m < r.to; m++) {
      const l = lines[m];
      const e = Math.min(a, l.text.length);
      out.push({ start: l.start, end: l.start + e, text: l.text.slice(0, e) });
    }
    for (let m = r.from; m < r.to; m++) {
      const l = lines[m];
      const st = Math.min(b, l.text.length);
      out.push({ start: l.start + st, end: l.end, text: l.text.slice(st) });
    }
    k = r.to;
  }
  for (; k < lines.length; k++) out.push(lines[k]);
  return out;
}

// A grid table's border ("+------+-------------+", "+======+") as pandoc and box-drawing text
// writers print a word processor's table: its "+" marks where the cells part.
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** Whether `t` has a "|" (or, for a border, a "+") at every cell edge of the table. */
function onEdges(t: string, edges: number[], mark: string): boolean {
  for (const e of edges) if (t[e] !== mark) return false;
  return true;
}

/**
 * A grid table's rows read cell by cell: a Word résumé laid out as a table (dates in a narrow left
 * cell, the role, employer and bullets in a wide right one) prints each cell's text beside the
 * other's, line by line, with "|" between. Each row is given as its first cell's pieces, a break,
 * then the next cell's, so a cell's lines stay together; the borders and pipes are left out, and
 * every piece keeps its offsets in the document.
 */
export function gridTables(lines: SourceLine[]): SourceLine[] {
  let any = false;
  for (let ix = 0; ix < lines.length; ix++) {
    const l = lines[ix];
    if (l.text.length < MAX_LINE && GRID_BORDER.test(l.text)) {
      any = true;
      break;
    }
  }
  if (!any) return lines;
  const blank = (l: SourceLine): SourceLine => ({ start: l.end, end: l.end, text: '' });
  const out: SourceLine[] = [];
  let k = 0;
  while (k < lines.length) {
    const border = lines[k].text;
    if (border.length >= MAX_LINE || !GRID_BORDER.test(border)) {
      out.push(lines[k++]);
      continue;
    }
    const edges: number[] = [];
    for (let c = 0; c < border.length; c++) if (border[c] === '+') edges.push(c);
    out.push(blank(lines[k]));
    let row: SourceLine[] = [];
    const flush = () => {
      if (!row.length) return;
      for (let cell = 0; cell + 1 < edges.length; cell++) {
        const a = edges[cell] + 1;
        const b = edges[cell + 1];
        for (const l of row) out.push({ start: l.start + a, end: l.start + b, text: l.text.slice(a, b) });
        out.push(blank(row[row.length - 1]));
      }
      row = [];
    };
    let j = k + 1;
    for (; j < lines.length; j++) {
      const t = lines[j].text;
      if (t.length > edges[edges.length - 1] && GRID_BORDER.test(t) && onEdges(t, edges, '+')) {
        flush();
        out.push(blank(lines[j]));
      } else if (t.length > edges[edges.length - 1] && onEdges(t, edges, '|')) row.push(lines[j]);
      else break;
    }
    flush(); // a table cut off before its last border
    k = j;
  }
  return out;
}
