// Dates in YAML/JSON résumés: ISO-like values (YYYY, YYYY-MM, YYYY-MM-DD, datetimes) are read
// here; anything else ("Sep 1, 2016", "Fall 2023") goes to the shared prose date reader. A value
// that is no date at all becomes a 'date-unreadable' problem on that value; the entry is kept.
import type { YAMLMap } from 'yaml';
import type { DateRange, ResumeDate, Span } from '../model';
import { dateStyle, findDateRange, LONG_NAMES, parseDate } from './dates';
import { offsetOf, scalarText, type Located } from './yaml-scalar';
import { get, pairOf, str, type ReadContext } from './yaml-read';

// (YAML's timestamps may set the zone apart: "2014-09-01 00:00:00 +0430".)
const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?)?)?)?$/;
const PRESENT = /^(present|current|now|ongoing|today|till date|to date)$/i;
const MONTH_HYPHEN = /^\p{L}{3,}\.?-\s?\d/u;
const HYPHENS_G = /-/g;
/** RenderCV's `date` is free text and may hold a link; such a link with no date in it is no error. */
const MD_LINK = /^\[([^\]]*)\]\([^)]*\)$/;

export type DateValue = { date: ResumeDate } | { current: true; text: string } | undefined;

/** Reads one date value; undefined (with a problem pushed, unless `quiet`) when it is not a date. */
export function readDate(ctx: ReadContext, loc: Located, quiet = false): DateValue {
  const text = loc.text;
  if (PRESENT.test(text)) return { current: true, text };
  const iso = ISO.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    const month = iso[2] === undefined ? undefined : Number(iso[2]);
    const day = iso[3] === undefined ? undefined : Number(iso[3]);
    const validYear = year >= 1000 && year <= 2999;
    const validMonth = month === undefined || (month >= 1 && month <= 12);
    // ("2021-06-31": a day the month lacks still names the month, read to the month; past 31 it is no day.)
    const pastMonthEnd = day !== undefined && month !== undefined && day > daysIn(year, month) && day <= 31;
    const validDay = day === undefined || (month !== undefined && day >= 1 && (day <= daysIn(year, month) || pastMonthEnd));
    if (validYear && validMonth && validDay) {
      const date: ResumeDate = {
        year,
        precision: day !== undefined && !pastMonthEnd ? 'day' : month !== undefined ? 'month' : 'year',
        // A bare year has no month to style; the model's 'none' says so (date-format skips it).
        style: dateStyle(month === undefined ? 'none' : 'iso'),
        text,
        span: { ...loc.span },
      };
      if (month !== undefined) date.month = month;
      if (day !== undefined && !pastMonthEnd) date.day = day;
      if (pastMonthEnd && !quiet) noSuchDay(ctx, loc, year, month!);
      return { date };
    }
  } else {
    const prose = proseDate(loc);
    if (prose) return { date: prose };
  }
  if (!quiet) unreadable(ctx, loc);
  return undefined;
}

function unreadable(ctx: ReadContext, loc: Located): void {
  ctx.problems.push({
    code: 'date-unreadable',
    severity: 'warning',
    span: { ...loc.span },
    message:
      `"${loc.text}" is not a date Résumé Studio can read, so gaps and order cannot be checked for this entry. ` +
      'Write it as YYYY-MM (2021-03), YYYY-MM-DD, YYYY, a month and year ("Mar 2021"), or "present" for an ongoing role.',
  });
}


/** "2021-06-31": read as the month, and said, since the day printed is wrong. */
function noSuchDay(ctx: ReadContext, loc: Located, year: number, month: number): void {
  const last = daysIn(year, month);
  const mm = String(month).padStart(2, '0');
  ctx.problems.push({
    code: 'date-no-such-day',
    severity: 'warning',
    span: { ...loc.span },
    message: `"${loc.text}" is no day: ${LONG_NAMES[month - 1]} ${year} has ${last} days. It is read as ${LONG_NAMES[month - 1]} ${year}; write ${year}-${mm}-${last} or ${year}-${mm}.`,
  });
}

const BRACKET_NOTE = /^\([^()]{1,40}\)$/;

/** A value that is exactly one date range ("Summer 2016 – Summer 2017") or one date, moved onto the document; undefined when it is neither. */
export function rangeOf(loc: Located): DateRange | undefined {
  const r = wholeRange(loc);
  if (r) return r;
  const d = proseDate(loc);
  return d ? { start: d, current: false, span: { ...loc.span }, text: loc.text } : undefined;
}

/** A value that is exactly one date range ("Summer 2016 – Summer 2017"), moved onto the document. */
function wholeRange(loc: Located): DateRange | undefined {
  let r: DateRange | undefined;
  try {
    r = findDateRange(loc.text, 0);
  } catch {
    return undefined;
  }
  if (!r || (!r.start && !r.end)) return undefined;
  // Only the dates themselves and a separator: "sometime in 2012" is prose, not a range.
  const first = (r.start ?? r.end)!.span.start;
  const last = r.current ? loc.text.length : (r.end ?? r.start)!.span.end;
  // (A note in brackets after them may say how long: "August 2019 - August 2020 (1 year)".)
  const after = loc.text.slice(last).trim();
  if (!Number.isFinite(first) || !Number.isFinite(last) || first !== 0 || (after !== '' && !BRACKET_NOTE.test(after))) return undefined;
  const move = (s: Span): Span => ({ start: offsetOf(loc, s.start), end: s.end > s.start ? offsetOf(loc, s.end - 1) + 1 : offsetOf(loc, s.start) });
  const out: DateRange = { ...r, span: { ...loc.span }, text: loc.text };
  if (r.start) out.start = { ...r.start, span: move(r.start.span) };
  if (r.end) out.end = { ...r.end, span: move(r.end.span) };
  return out;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Natural-language dates through the shared reader; its spans are moved onto the document. */
function proseDate(loc: Located): ResumeDate | undefined {
  let d: ResumeDate | undefined;
  try {
    d = parseDate(loc.text, 0);
    // "September-2016", "March-24-2014": hyphens for spaces in a written date (one for one, so
    // every offset stands).
    if (!d && MONTH_HYPHEN.test(loc.text)) {
      d = parseDate(loc.text.replace(HYPHENS_G, ' '), 0);
      if (d) d = { ...d, text: loc.text.slice(d.span.start, d.span.end) };
    }
  } catch {
    return undefined;
  }
  if (!d) return undefined;
  const start = offsetOf(loc, d.span.start);
  const end = d.span.end > d.span.start ? offsetOf(loc, d.span.end - 1) + 1 : start;
  return { ...d, span: { start, end } };
}

export interface RangeKeys {
  start: string[];
  end: string[];
  /** A single date (award date, RenderCV `date`), used when neither start nor end is given. */
  single?: string[];
  /** JSON Resume: a missing endDate means ongoing (work, volunteer, projects). */
  missingEndIsCurrent: boolean;
  /** `endDate:` / `endDate: ""` means ongoing (JSON Resume and YAMLResume). */
  emptyEndIsCurrent: boolean;
}

/** The date range of an entry map; undefined when it has no dates at all. */
export function readRange(ctx: ReadContext, map: YAMLMap, keys: RangeKeys): DateRange | undefined {
  const startLoc = str(ctx, map, ...keys.start);
  const endLoc = str(ctx, map, ...keys.end);
  if (!startLoc && !endLoc) {
    const single = keys.single ? str(ctx, map, ...keys.single) : undefined;
    if (!single) return undefined;
    const v = readDate(ctx, single, true);
    if (!v) {
      // RenderCV's free-text `date` may hold a whole range ("Sept 2020 – May 2021").
      const r = wholeRange(single);
      if (r) return r;
      if (!MD_LINK.test(single.text)) unreadable(ctx, single);
      return undefined;
    }
    if ('current' in v) return { current: true, currentText: v.text, span: single.span, text: single.text };
    return { start: v.date, current: false, span: single.span, text: single.text };
  }
  const range: DateRange = { current: false, span: { start: 0, end: 0 }, text: '' };
  if (startLoc) {
    const v = readDate(ctx, startLoc);
    if (v && 'date' in v) range.start = v.date;
  }
  if (endLoc) {
    const v = readDate(ctx, endLoc);
    if (v && 'date' in v) range.end = v.date;
    else if (v) {
      range.current = true;
      range.currentText = v.text;
    }
  } else if (startLoc) {
    const endPair = pairOf(map, ...keys.end);
    const empty = endPair !== undefined && isEmptyValue(ctx, map, keys.end);
    range.current = empty ? keys.emptyEndIsCurrent : keys.missingEndIsCurrent;
  }
  const spans: Span[] = [startLoc?.span, endLoc?.span].filter((s): s is Span => !!s);
  range.span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  range.text = startLoc && endLoc ? `${startLoc.text} – ${endLoc.text}` : (startLoc ?? endLoc)!.text;
  if (!range.start && !range.end && !range.current) return undefined;
  return range;
}

/** `endDate:` (null), `endDate: ""` or whitespace: present but says nothing. */
function isEmptyValue(ctx: ReadContext, map: YAMLMap, keys: string[]): boolean {
  const v = get(ctx, map, ...keys);
  if (v === undefined) return true;
  const loc = scalarText(ctx.src, v);
  return loc !== undefined && loc.text.trim() === '';
}

const MONTH_NUMBER = /^(?:0?[1-9]|1[0-2])$/;
/**
 * "year_start: 2020" beside "month_start: 7" (a site's data file keeps the month as a number of its
 * own): the date to the month, written as such a page prints it ("07/2020"), so gaps are measured to
 * the month.
 */
export function monthsBeside(ctx: ReadContext, map: YAMLMap, range: DateRange): void {
  const sides = [
    [range.start, ['month_start', 'start_month', 'monthStart', 'startMonth']],
    [range.end, ['month_end', 'end_month', 'monthEnd', 'endMonth']],
  ] as const;
  let changed = false;
  for (const [date, keys] of sides) {
    if (!date || date.precision !== 'year') continue;
    const m = str(ctx, map, ...keys)?.text.trim();
    if (!m || !MONTH_NUMBER.test(m)) continue;
    date.month = Number(m);
    date.precision = 'month';
    date.style = dateStyle('numeric');
    date.text = `${m.padStart(2, '0')}/${date.year}`;
    changed = true;
  }
  if (changed && range.start) range.text = range.end ? `${range.start.text} – ${range.end.text}` : range.current && range.currentText ? `${range.start.text} – ${range.currentText}` : range.start.text;
}
