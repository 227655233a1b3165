import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateRange, ResumeDate } from './model';
import {
  compareDates,
  describeRange,
  durationMonths,
  formatDuration,
  formatMonthIndex,
  isAfterToday,
  mergePeriods,
  monthIndex,
  periodOf,
} from './dates-math';

const today = { year: 2026, month: 11, day: 22 };

function d(year: number, month?: number, day?: number): ResumeDate {
  return {
    year,
    month,
    day,
    precision: day ? 'day' : month ? 'month' : 'year',
    style: { month: month ? 'iso' : 'none' },
    text: [year, month, day].filter((x) => x !== undefined).join('-'),
    span: { start: 0, end: 0 },
  };
}
function season(year: number, s: 'spring' | 'summer' | 'fall' | 'winter'): ResumeDate {
  return { year, season: s, precision: 'season', style: { month: 'none' }, text: `${s} ${year}`, span: { start: 0, end: 0 } };
}
function range(start?: ResumeDate, end?: ResumeDate, current = false): DateRange {
  return { start, end, current, span: { start: 0, end: 0 }, text: '' };
}

test('periodOf reads year-only dates widest for gaps and narrowest for overlaps', () => {
  const r = range(d(2015), d(2017));
  assert.deepEqual(periodOf(r, today, 'widest'), { from: monthIndex(2015, 1), to: monthIndex(2017, 12) });
  assert.deepEqual(periodOf(r, today, 'narrowest'), { from: monthIndex(2015, 12), to: monthIndex(2017, 1) });
  // "2017 – 2017" has no certain month in common with anything.
  assert.equal(periodOf(range(d(2017), d(2017)), today, 'narrowest'), undefined);
});

test('periodOf: current roles run to today; single dates and missing starts cover nothing', () => {
  assert.deepEqual(periodOf(range(d(2020, 3), undefined, true), today), { from: monthIndex(2020, 3), to: monthIndex(2026, 11) });
  assert.equal(periodOf(range(d(2009)), today), undefined);
  assert.equal(periodOf(range(undefined, d(2020, 1)), today), undefined);
});

test('periodOf reads seasons as their months (winter spans the new year)', () => {
  assert.deepEqual(periodOf(range(season(2019, 'fall'), season(2020, 'spring')), today), { from: monthIndex(2019, 9), to: monthIndex(2020, 5) });
  assert.deepEqual(periodOf(range(season(2020, 'winter'), d(2020, 6)), today), { from: monthIndex(2019, 12), to: monthIndex(2020, 6) });
});

test('mergePeriods joins overlapping and touching periods', () => {
  assert.deepEqual(
    mergePeriods([
      { from: 10, to: 20 },
      { from: 0, to: 5 },
      { from: 6, to: 8 },
      { from: 15, to: 30 },
      { from: 40, to: 41 },
    ]),
    [
      { from: 0, to: 8 },
      { from: 10, to: 30 },
      { from: 40, to: 41 },
    ],
  );
});

test('compareDates compares at the precision both dates have', () => {
  assert.equal(compareDates(d(2019), d(2019, 3)), 0);
  assert.ok(compareDates(d(2019, 2), d(2019, 3)) < 0);
  assert.ok(compareDates(d(2020), d(2019, 12)) > 0);
  assert.equal(compareDates(d(2019, 3, 1), d(2019, 3)), 0);
  assert.ok(compareDates(d(2019, 3, 1), d(2019, 3, 15)) < 0);
  assert.ok(compareDates(season(2019, 'spring'), d(2019, 9)) < 0);
  assert.equal(compareDates(season(2019, 'fall'), d(2019, 10)), 0);
});

test('isAfterToday is only sure when the precision allows', () => {
  assert.equal(isAfterToday(d(2026), today), false);
  assert.equal(isAfterToday(d(2027), today), true);
  assert.equal(isAfterToday(d(2026, 11), today), false);
  assert.equal(isAfterToday(d(2026, 12), today), true);
  assert.equal(isAfterToday(d(2026, 11, 23), today), true);
  assert.equal(isAfterToday(d(2026, 11, 22), today), false);
});

test('durations count both end months, as LinkedIn does', () => {
  assert.equal(durationMonths(range(d(2020, 1), d(2020, 3)), today), 3);
  assert.equal(formatDuration(27), '2 yrs 3 mos');
  assert.equal(formatDuration(12), '1 yr');
  assert.equal(formatDuration(1), '1 mo');
});

test('months and ranges are described at their own precision', () => {
  assert.equal(formatMonthIndex(monthIndex(2018, 5)), 'May 2018');
  assert.equal(describeRange(range(d(2019, 3), undefined, true)), 'Mar 2019 – Present');
  assert.equal(describeRange(range(d(2015), d(2017))), '2015 – 2017');
  assert.equal(describeRange(range(d(2009))), '2009');
  assert.equal(describeRange(range(undefined, undefined, true)), 'ongoing');
});
