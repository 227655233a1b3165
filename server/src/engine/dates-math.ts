// Month arithmetic on parsed résumé dates: which months a role covers, gaps and overlaps between
// roles, durations ("2 yrs 3 mos") and comparisons that respect a date's precision.
// Reading and writing date text is the parser's job (parse/dates.ts); this module does arithmetic on
// the model. Unlike parse/dates.ts's compareDates, comparisons here respect precision: "2019" and
// "Mar 2019" are equal, so a rule never reports what only an imprecise date suggests.
//
// Months are counted as one integer, year * 12 + (month - 1), so differences are month counts.
import type { DateRange, ResumeDate } from './model';
import { durationText, LONG_NAMES } from './parse/dates';

export interface TodayLike {
  year: number;
  month: number;
  day: number;
}

/** A month as one integer: year * 12 + (month - 1). */
export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function todayIndex(today: TodayLike): MonthIndex {
  return monthIndex(today.year, today.month);
}

// Seasons as school terms use them; winter spans the year boundary, so it reads as Dec (year-1)
// at the earliest and Feb at the latest.
const SEASON_MONTHS: Record<string, [first: number, last: number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  winter: [0, 2],
};

/** The earliest month a date can mean ("2017" -> Jan 2017). */
export function earliestMonth(d: ResumeDate): MonthIndex {
  if (d.month && (d.precision === 'month' || d.precision === 'day')) return monthIndex(d.year, d.month);
  if (d.precision === 'season' && d.season) return monthIndex(d.year, SEASON_MONTHS[d.season][0]);
  return monthIndex(d.year, 1);
}

/** The latest month a date can mean ("2017" -> Dec 2017). */
export function latestMonth(d: ResumeDate): MonthIndex {
  if (d.month && (d.precision === 'month' || d.precision === 'day')) return monthIndex(d.year, d.month);
  if (d.precision === 'season' && d.season) return monthIndex(d.year, SEASON_MONTHS[d.season][1]);
  return monthIndex(d.year, 12);
}

/** True when the date names one month (or one day), not a whole year or season. */
export function isMonthPrecise(d: ResumeDate): boolean {
  return (d.precision === 'month' || d.precision === 'day') && !!d.month;
}

/** Months a range covers, both ends inclusive. */
export interface Period {
  from: MonthIndex;
  to: MonthIndex;
}

/**
 * The months a range covers. `reading` decides how imprecise dates are read: 'widest' takes the
 * widest period the text allows ("2015 – 2017" = Jan 2015 – Dec 2017, so gaps found are certain),
 * 'narrowest' the narrowest (Dec 2015 – Jan 2017, so overlaps found are certain).
 * Current ranges run to today. Undefined for a single date or a range with no start, which
 * cover no known period.
 */
export function periodOf(range: DateRange, today: TodayLike, reading: 'widest' | 'narrowest' = 'widest'): Period | undefined {
  if (!range.start) return undefined;
  const now = todayIndex(today);
  const from = reading === 'widest' ? earliestMonth(range.start) : latestMonth(range.start);
  let to: MonthIndex;
  if (range.end) to = reading === 'widest' ? latestMonth(range.end) : earliestMonth(range.end);
  else if (range.current) to = now;
  else return undefined;
  // A year-only current role that started this year must not run past today.
  if (range.current && from > now) return undefined;
  if (to < from) return undefined;
  return { from, to };
}

/** Merges periods that overlap or touch; returns them sorted. */
export function mergePeriods(periods: Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Period[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to + 1) last.to = Math.max(last.to, p.to);
    else out.push({ ...p });
  }
  return out;
}

/**
 * Compares two dates at the precision both share: "2019" and "Mar 2019" are equal, "Feb 2019"
 * is before "Mar 2019". Negative when a is before b.
 */
export function compareDates(a: ResumeDate, b: ResumeDate): number {
  if (a.year !== b.year) return a.year - b.year;
  const monthly = (d: ResumeDate) => isMonthPrecise(d);
  if (monthly(a) && monthly(b)) {
    if (a.month !== b.month) return a.month! - b.month!;
    if (a.precision === 'day' && b.precision === 'day' && a.day && b.day) return a.day - b.day;
    return 0;
  }
  // A season against a month or another season: compare only when the spans do not overlap.
  const [a0, a1] = [earliestMonth(a), latestMonth(a)];
  const [b0, b1] = [earliestMonth(b), latestMonth(b)];
  if (a.precision === 'year' || b.precision === 'year') return 0;
  if (a1 < b0) return -1;
  if (b1 < a0) return 1;
  return 0;
}

/** True when the date is certainly after today (a year-only date only when its year is later). */
export function isAfterToday(d: ResumeDate, today: TodayLike): boolean {
  if (d.year !== today.year) return d.year > today.year;
  if (d.precision === 'year') return false;
  if (d.precision === 'season') return earliestMonth(d) > todayIndex(today);
  if (!d.month) return false;
  if (d.month !== today.month) return d.month > today.month;
  return d.precision === 'day' && !!d.day && d.day > today.day;
}

/** Length of a range in months, both ends counted (Jan – Mar = 3), as LinkedIn shows it. */
export function durationMonths(range: DateRange, today: TodayLike): number | undefined {
  const p = periodOf(range, today);
  return p ? p.to - p.from + 1 : undefined;
}

/** "2 yrs 3 mos", "1 yr", "5 mos", "1 mo": the parser's duration wording, so hover and messages agree. */
export const formatDuration: (months: number) => string = durationText;

// English month names for messages and for rewriting dates in a chosen style. Output text, so it
// follows one house style (three-letter abbreviations; "Sept" is read by the parser, not written).
export const MONTH_LONG = LONG_NAMES;
export const MONTH_SHORT = MONTH_LONG.map((m) => m.slice(0, 3));

/** "May 2018" for a month index. */
export function formatMonthIndex(i: MonthIndex): string {
  return `${MONTH_SHORT[((i % 12) + 12) % 12]} ${Math.floor(i / 12)}`;
}

/** A date as a message shows it, at its own precision: "May 2018", "2017", "Fall 2019". */
export function describeDate(d: ResumeDate): string {
  if (isMonthPrecise(d)) return `${MONTH_SHORT[d.month! - 1]} ${d.year}`;
  if (d.precision === 'season' && d.season) return `${d.season[0].toUpperCase()}${d.season.slice(1)} ${d.year}`;
  return String(d.year);
}

/** A range as a message shows it: "Mar 2019 – Present", "2015 – 2017", "2009". */
export function describeRange(r: DateRange): string {
  if (!r.start) return r.current ? 'ongoing' : r.end ? `until ${describeDate(r.end)}` : r.text.trim();
  const start = describeDate(r.start);
  if (r.current) return `${start} – Present`;
  if (r.end) return `${start} – ${describeDate(r.end)}`;
  return start;
}
