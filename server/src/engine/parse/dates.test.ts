import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDates, durationText, findDateRange, findUnreadableDate, formatDate, isCurrentWord, monthIndex, monthsBetween, parseDate } from './dates';

/** The fields that matter of a parsed date, for compact tables. */
function brief(text: string, offset = 0) {
  const d = parseDate(text, offset);
  return d && { year: d.year, month: d.month, day: d.day, season: d.season, precision: d.precision, style: d.style.month, span: [d.span.start, d.span.end] };
}

test('parseDate reads one date written any common way, with precision and month style', () => {
  const cases: [string, Partial<NonNullable<ReturnType<typeof brief>>>][] = [
    ['Sept. 2019', { year: 2019, month: 9, precision: 'month', style: 'short-dot' }],
    ['Sep 2019', { year: 2019, month: 9, precision: 'month', style: 'short' }],
    ['Sept 2019', { year: 2019, month: 9, precision: 'month', style: 'short' }],
    ['September 2019', { year: 2019, month: 9, precision: 'month', style: 'long' }],
    ['03/2019', { year: 2019, month: 3, precision: 'month', style: 'numeric' }],
    ['3/2019', { year: 2019, month: 3, precision: 'month', style: 'numeric' }],
    ['2019-03', { year: 2019, month: 3, precision: 'month', style: 'iso' }],
    ['2019-03-15', { year: 2019, month: 3, day: 15, precision: 'day', style: 'iso' }],
    ['2019', { year: 2019, precision: 'year', style: 'none' }],
    ['Summer 2018', { year: 2018, season: 'summer', precision: 'season', style: 'none' }],
    ['Autumn 2018', { year: 2018, season: 'fall', precision: 'season' }],
    ['Sep 1, 2016', { year: 2016, month: 9, day: 1, precision: 'day', style: 'short' }],
    ['1 Sep 2016', { year: 2016, month: 9, day: 1, precision: 'day', style: 'short' }],
    ['March 3rd, 2020', { year: 2020, month: 3, day: 3, precision: 'day', style: 'long' }],
    ["Jan '19", { year: 2019, month: 1, precision: 'month' }],
    ['2017-12-24T15:53:00', { year: 2017, month: 12, day: 24, precision: 'day' }],
    ['1859-01-01', { year: 1859, month: 1, day: 1 }],
    ['2012年', { year: 2012, precision: 'year' }],
  ];
  for (const [text, want] of cases) {
    const got = brief(text);
    assert.ok(got, `${text} should parse`);
    for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k as keyof typeof got], v, `${text}: ${k}`);
  }
});

test('parseDate spans are document offsets of the date itself (surrounding spaces excluded)', () => {
  const d = parseDate('  Sept. 2019 ', 100)!;
  assert.deepEqual(d.span, { start: 102, end: 112 });
  assert.equal(d.text, 'Sept. 2019');
});

test('parseDate refuses what is not one valid date', () => {
  for (const bad of ['', '   ', '13/2020', '00/2019', '2019-13', '2019-02-32', 'Febtember 2020', 'Present', 'soon', 'Jan', '2019 - 2020', '99999', '0999', 'Sep 2019 and more', 'x'.repeat(300)])
    assert.equal(parseDate(bad, 0), undefined, JSON.stringify(bad));
  // Not a string at all (defensive: callers pass YAML scalars).
  assert.equal(parseDate(undefined as unknown as string, 0), undefined);
});

test('findDateRange finds ranges with every separator, with and without spaces', () => {
  for (const [line, sep] of [
    ['Jan 2019 - Dec 2020', '-'],
    ['Jan 2019 – Dec 2020', '–'],
    ['Jan 2019 — Dec 2020', '—'],
    ['Jan 2019 -- Dec 2020', '--'],
    ['Jan 2019 to Dec 2020', 'to'],
    ['Jan 2019 until Dec 2020', 'until'],
    ['Jan 2019–Dec 2020', '–'],
    ['Jan 2019-Dec 2020', '-'],
  ]) {
    const r = findDateRange(line, 0);
    assert.ok(r, line);
    assert.equal(r.separator, sep, line);
    assert.equal(r.start?.month, 1);
    assert.equal(r.end?.year, 2020);
    assert.equal(r.text, line);
    assert.equal(r.current, false);
  }
});

test('findDateRange: spans are exact document offsets inside a header line', () => {
  const line = 'Senior Engineer, Acme (Mar. 2023 – Present)';
  const r = findDateRange(line, 1000)!;
  assert.equal(line.slice(r.span.start - 1000, r.span.end - 1000), 'Mar. 2023 – Present');
  assert.equal(line.slice(r.start!.span.start - 1000, r.start!.span.end - 1000), 'Mar. 2023');
  assert.equal(r.current, true);
  assert.equal(r.currentText, 'Present');
  assert.equal(r.start!.style.month, 'short-dot');
});

test('findDateRange: ongoing words in any case, and an unknown start', () => {
  for (const word of ['Present', 'present', 'PRESENT', 'Current', 'Now', 'now', 'Today']) {
    const r = findDateRange(`2019 - ${word}`, 0)!;
    assert.equal(r.current, true, word);
    assert.equal(r.currentText, word);
    assert.equal(r.end, undefined);
  }
  const unknown = findDateRange('Blog, creator (??? — Present)', 0)!;
  assert.equal(unknown.start, undefined);
  assert.equal(unknown.current, true);
  assert.equal(unknown.text, '??? — Present');
});

test('findDateRange: the corpus shapes (2013-09 — Present, 2016-2020, 1654-1660, June 1661 - now, 2012年至今)', () => {
  const iso = findDateRange('Head Code Ninja, Area 52 (2013-09 — Present)', 0)!;
  assert.deepEqual([iso.start?.year, iso.start?.month, iso.start?.precision, iso.current], [2013, 9, 'month', true]);
  const years = findDateRange('University of Washington, 2016 - 2020, Seattle', 0)!;
  assert.deepEqual([years.start?.year, years.end?.year, years.start?.precision], [2016, 2020, 'year']);
  const tight = findDateRange('1654-1660', 0)!;
  assert.deepEqual([tight.start?.year, tight.end?.year, tight.separator], [1654, 1660, '-']);
  const now = findDateRange('June 1661 - now', 0)!;
  assert.deepEqual([now.start?.month, now.current, now.currentText], [6, true, 'now']);
  const zh = findDateRange('2012年至今', 0)!;
  assert.deepEqual([zh.start?.year, zh.current], [2012, true]);
  const zh2 = findDateRange('2006年至2010年', 0)!;
  assert.deepEqual([zh2.start?.year, zh2.end?.year], [2006, 2010]);
});

test('findDateRange: single dates, Graduated, Expected, Since and (expected)', () => {
  const grad = findDateRange('B.S. Computer Science, Graduated 2009', 0)!;
  assert.equal(grad.start?.year, 2009);
  assert.equal(grad.end, undefined);
  assert.equal(grad.text, 'Graduated 2009');
  const exp = findDateRange('MSc, Expected May 2026', 0)!;
  assert.equal(exp.expected, true);
  assert.equal(exp.start?.month, 5);
  assert.equal(exp.text, 'Expected May 2026');
  const expEnd = findDateRange('Sep 2024 – Expected May 2026', 0)!;
  assert.deepEqual([expEnd.start?.year, expEnd.end?.year, expEnd.expected], [2024, 2026, true]);
  const suffix = findDateRange('2010-2014 (expected)', 0)!;
  assert.deepEqual([suffix.start?.year, suffix.end?.year, suffix.expected, suffix.text], [2010, 2014, true, '2010-2014 (expected)']);
  const since = findDateRange('Member since 2008', 0)!;
  assert.deepEqual([since.start?.year, since.current], [2008, true]);
  // "Since" in the other languages whose months are read: a start, still going.
  for (const [text, year, month] of [['Depuis octobre 2019', 2019, 10], ['Desde marzo 2021', 2021, 3], ['Seit 2018', 2018, undefined], ['Sinds 2020', 2020, undefined], ['Dal 2017', 2017, undefined]] as const) {
    const r = findDateRange(text, 0)!;
    assert.deepEqual([r.start?.year, r.start?.month, r.end, r.current, r.text], [year, month, undefined, true, text], text);
  }
});

test('findDateRange: a part of the year written with it ("early 2003 – late 2003", "mid-2015 – end of 2017") is the range', () => {
  for (const [text, sy, ey] of [['Tutor, UNSW (early 2003 – late 2003)', 2003, 2003], ['mid 2015 - late 2016', 2015, 2016], ['mid-2015 – end of 2017', 2015, 2017]] as const) {
    const r = findDateRange(text, 0)!;
    assert.deepEqual([r.start?.year, r.end?.year], [sy, ey], text);
  }
  // "From July 2023" opening its line: a start, still going; "acting EC-05 from 2019" inside a title is no start.
  const from = findDateRange('From July 2023 Associate professor at the University of Bristol', 0)!;
  assert.deepEqual([from.start?.year, from.start?.month, from.end, from.current], [2023, 7, undefined, true]);
  const inside = findDateRange('Policy Analyst (EC-04, acting EC-05 from 2019)', 0)!;
  assert.equal(inside.current, false);
  const open = findDateRange('Early 2019 – Present', 0)!;
  assert.deepEqual([open.start?.year, open.current, open.text], [2019, true, 'Early 2019 – Present']);
});

test('findDateRange: a product named by its year ("Windows 2000 Professional", "SQL Server 2019", "Office 2016") is no date; a range after such a word still is', () => {
  for (const t of ['Installing and Configuring Windows 2000 Professional', 'Migrated SQL Server 2019 clusters', 'Rolled out Office 2016 to 40 staff', 'Windows Server 2012 R2']) assert.equal(findDateRange(t, 0), undefined, t);
  assert.equal(findDateRange('Capstone Project 2019', 0)?.start?.year, 2019);
  assert.equal(findDateRange('Back Office        2016', 0)?.start?.year, 2016);
});

test('findDateRange: two years parted by a slash ("2013/2014", a school year as European CVs write it) are a span; a month and its year, or years far apart, are not', () => {
  const r = findDateRange('2013/2014 : Stage de fin d\'études', 0)!;
  assert.deepEqual([r.start?.year, r.end?.year, r.text], [2013, 2014, '2013/2014']);
  assert.deepEqual([findDateRange('03/2019 - 05/2020', 0)?.start?.month, findDateRange('03/2019 - 05/2020', 0)?.end?.year], [3, 2020]);
  assert.equal(findDateRange('2019/2035', 0)?.end, undefined);
  // "Currently" in the other languages whose months are read, after a dash or that slash.
  for (const t of ['2021/actuellement', '2019 – actualmente', '2020 - derzeit', '2018 – attualmente']) assert.equal(findDateRange(t, 0)?.current, true, t);
});

test('findDateRange: a month without its year takes the end year ("Jan – Mar 2019")', () => {
  const r = findDateRange('Jan – Mar 2019', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.end?.month, r.start?.text], [2019, 1, 3, 'Jan']);
  const across = findDateRange('Nov – Feb 2020', 0)!;
  assert.equal(across.start?.year, 2019);
});

test('findDateRange: a range beats an earlier single year; otherwise the last single date wins, unless one opens the line', () => {
  const r = findDateRange('OPENSTART 2013 Conference (2012)', 0)!;
  assert.equal(r.start?.year, 2012);
  // A date column: the year that opens the line is the entry's, the one after it is in a name.
  const col = findDateRange('   2016     Problem Writer, 2016 CODEGATE World Final', 0)!;
  assert.deepEqual([col.start?.year, col.span.start], [2016, 3]);
  const range = findDateRange('Python 2020 Summit, Jan 2019 - Mar 2019', 0)!;
  assert.equal(range.start?.month, 1);
});

test('findDateRange: "Exp." where the copy lost the dash is a range with a planned end', () => {
  const r = findDateRange('Researcher Mar. 2016 Exp. Jun. 2017', 0)!;
  assert.deepEqual([r.start?.text, r.end?.text, r.expected], ['Mar. 2016', 'Jun. 2017', true]);
});

test('findDateRange ignores numbers that are not dates', () => {
  for (const line of ['Reduced cost by 40%', 'Served 2000+ users', 'HTTP/2 and IPv6', 'GPA 3.8/4.0', 'Version 1.2019', '$2019 budget', 'B2019 model', 'Worked on S3', '', 'Present value analyst'])
    assert.equal(findDateRange(line, 0), undefined, line);
});

test('findDateRange does not turn an unreadable date into a year', () => {
  assert.equal(findDateRange('Febtember 2020', 0), undefined);
  assert.equal(findDateRange('13/2020', 0), undefined);
  // The readable end of a range is still found.
  assert.equal(findDateRange('13/2020 – Mar 2021', 0)?.start?.month, 3);
});

test('findUnreadableDate points at misspelt months and impossible month numbers', () => {
  assert.deepEqual(findUnreadableDate('Intern (Febtember 2020 – Present)', 10), { text: 'Febtember 2020', start: 18, end: 32 });
  assert.equal(findUnreadableDate('Engineer, Janaury 2019', 0)?.text, 'Janaury 2019');
  assert.equal(findUnreadableDate('Engineer, Decemebr 2019', 0)?.text, 'Decemebr 2019');
  assert.deepEqual(findUnreadableDate('Intern, 13/2020 - 05/2021', 0), { text: '13/2020', start: 8, end: 15 });
  assert.equal(findUnreadableDate('Intern, Feb 2020 - 05/2021', 0), undefined);
  for (const fine of ['Marketing 2020 Summit', 'Mayor 2019', 'Junior 2018', 'Summer 2018', 'Since 2019', 'Class of 2009', 'March 2020'])
    assert.equal(findUnreadableDate(fine, 0), undefined, fine);
});

test('findDateRange never throws on hostile lines and reads a long line only up to its cap', () => {
  const hostile = ['-'.repeat(5000), '2019 '.repeat(2000), '– – – – 2019 – – –', '\u0000\uffff2019', '😀 2019 😀', '٢٠١٩', 'Jan Jan Jan Jan 2019'.repeat(100)];
  for (const line of hostile) findDateRange(line, 0);
  // Headers are short: a huge line is only scanned up to a cap, so a date past it is not read (the
  // growth of the time itself is adversarial-shapes.test's to judge, by ratios, not by a clock here).
  assert.equal(findDateRange('word '.repeat(100000) + 'Jan 2019 - Present', 0), undefined);
  assert.equal(findDateRange('word '.repeat(300) + 'Jan 2019 - Present', 0)?.start?.text, 'Jan 2019');
});

test('month arithmetic and helpers', () => {
  const a = parseDate('Mar 2019', 0)!;
  const b = parseDate('May 2020', 0)!;
  assert.equal(monthsBetween(a, b), 14);
  assert.equal(monthIndex({ year: 2019 }, 'start'), 2019 * 12);
  assert.equal(monthIndex({ year: 2019 }, 'end'), 2019 * 12 + 11);
  assert.ok(compareDates(a, b) < 0 && compareDates(b, a) > 0 && compareDates(a, a) === 0);
  assert.equal(durationText(27), '2 yrs 3 mos');
  assert.equal(durationText(12), '1 yr');
  assert.equal(durationText(1), '1 mo');
  assert.equal(formatDate(a, 'long'), 'March 2019');
  assert.equal(formatDate(a, 'short-dot'), 'Mar. 2019');
  assert.equal(formatDate(parseDate('May 2019', 0)!, 'short-dot'), 'May 2019');
  assert.equal(formatDate(a, 'numeric'), '03/2019');
  assert.equal(formatDate(a, 'iso'), '2019-03');
  assert.equal(formatDate(parseDate('2019', 0)!, 'long'), '2019');
  assert.ok(isCurrentWord(' Present ') && isCurrentWord('now') && !isCurrentWord('2019'));
});

test("findDateRange reads years cut to two digits after an apostrophe as a whole range ('19–'21, '21 – now), never one alone", () => {
  const r = (s: string) => {
    const x = findDateRange(s, 10);
    return x && [x.text, x.start?.year, x.end?.year, x.current, x.span.start, x.span.end, x.start?.span.start, x.end?.span.end];
  };
  assert.deepEqual(r("Research Assistant '19–'21"), ["'19–'21", 2019, 2021, false, 29, 36, 29, 36]);
  assert.deepEqual(r("Graphic Designer  '21 – now"), ["'21 – now", 2021, undefined, true, 28, 37, 28, undefined]);
  assert.deepEqual(r("Junior Designer ('17–'19)")?.slice(0, 3), ["'17–'19", 2017, 2019]);
  assert.equal(r("It's '21 stuff"), undefined);
  assert.equal(r("'21–'19"), undefined);
  // A range written in full still wins where both are on the line.
  assert.deepEqual(r("Jan 2016 – May 2016, the '16 class")?.slice(0, 3), ['Jan 2016 – May 2016', 2016, 2016]);
});

test('findDateRange reads a year and the next cut to two digits as a range (2015–17, 2012-14, 1998–03), never a month or a fiscal year', () => {
  const r = (s: string) => {
    const x = findDateRange(s, 10);
    return x && [x.text, x.start?.year, x.end?.year, x.span.start, x.span.end, x.end?.span.start];
  };
  assert.deepEqual(r('Junior Data Analyst (2015–17)'), ['2015–17', 2015, 2017, 31, 38, 36]);
  assert.deepEqual(r('Analyst, Beta, 2012-14')?.slice(0, 3), ['2012-14', 2012, 2014]);
  assert.deepEqual(r('Clerk 1998–03')?.slice(0, 3), ['1998–03', 1998, 2003]);
  // "2010-12" is December 2010, a year and its month, as ISO writes it.
  assert.deepEqual(r('Analyst 2010-12')?.slice(0, 3), ['2010-12', 2010, undefined]);
  assert.equal(r('Star Performer award, FY 2023–24')?.[2], undefined);
  assert.equal(r('Star Performer award, FY2023-24')?.[2], undefined);
});

test('findDateRange: day-first numeric dates, where a number says so, read the same for both ends', () => {
  const r = findDateRange('01/10/2014 – 31/08/2019 · Hamburg', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.start?.day, r.end?.year, r.end?.month, r.end?.day], [2014, 10, 1, 2019, 8, 31]);
  const single = findDateRange('Graduated 31/08/2019', 0)!;
  assert.deepEqual([single.start?.month, single.start?.day], [8, 31]);
  // US order stays where nothing says otherwise, and where a number can only be a day in second place.
  const us = findDateRange('03/15/2019 - 04/01/2020', 0)!;
  assert.deepEqual([us.start?.month, us.start?.day, us.end?.month, us.end?.day], [3, 15, 4, 1]);
  // A whole day's date with dashes ("03-02-2023 to 10-05-2023") as with slashes; "03-2023" stays apart.
  const dashed = findDateRange('03-02-2023 to 10-05-2023', 0)!;
  assert.deepEqual([dashed.text, dashed.start?.month, dashed.start?.day, dashed.end?.month, dashed.end?.day], ['03-02-2023 to 10-05-2023', 3, 2, 10, 5]);
  assert.equal(findDateRange('Tel 555-12-2023', 0)?.text, '2023');
});

test('findDateRange: "up to" and "up until" join a range as "to" does ("2011 up to now", "2011 up to 2014")', () => {
  for (const s of ['2011 up to now', 'March 2015 up to present', 'Jan 2019 up until now']) {
    const r = findDateRange(s, 0)!;
    assert.equal(r.current, true, s);
    assert.equal(r.text, s);
  }
  const closed = findDateRange('2011 up to 2014', 0)!;
  assert.equal(closed.end?.year, 2014);
});

test('findDateRange: "Till Date", "to date", "till now" end a range that is still going', () => {
  for (const s of ['Aug 2021 to Till Date', 'Aug 2021 - till date', '2019 to date', 'Mar 2020 – till now', 'March 2020 – Date', 'Jan. 2019 - date']) {
    const r = findDateRange(s, 0)!;
    assert.equal(r.current, true, s);
    assert.equal(r.end, undefined, s);
  }
  // A date after the word "date" is no range: "Start date 2019"; nor is "Date of Birth" a date.
  assert.equal(findDateRange('Start date 2019', 0)?.current, false);
  assert.equal(findDateRange('Date of Birth: 12th June, 1994', 0)?.current ?? false, false);
});

test('findDateRange: a number after words outside the years of working lives is no year ("Carpenters Local 1319"); an old year that opens its line or makes a range still is', () => {
  assert.equal(findDateRange('Carpenters Local 1319 — Albuquerque, NM', 0), undefined);
  // (Nor is such a number and a month after it: a US federal pay grade.)
  assert.equal(findDateRange('Operations Research Analyst (GS-1515-11)', 0), undefined);
  assert.equal(findDateRange('Operations Research Analyst (GS-1515-11) May 2020 – January 2021', 0)?.start?.year, 2020);
  assert.equal(findDateRange('Suite 2150, Denver, CO', 0), undefined);
  assert.equal(findDateRange('Carpenters Local 1319 — 2004 – 2008', 0)?.start?.year, 2004);
  assert.equal(findDateRange('1600', 0)?.start?.year, 1600);
  assert.equal(findDateRange('1667 - death', 0)?.start?.year, 1667);
  assert.deepEqual([findDateRange('Grantham 1654-1660', 0)?.start?.year, findDateRange('Grantham 1654-1660', 0)?.end?.year], [1654, 1660]);
});

test('findDateRange: a citation\'s pages after its volume or "pp." are no years ("Movement Ecology 13: 2217–2224")', () => {
  assert.equal(findDateRange('Methods in Ecology and Evolution 13: 2217–2224.', 0), undefined);
  assert.equal(findDateRange('Journal of Avian Biology 52(3): 1850–1861', 0), undefined);
  assert.equal(findDateRange('Proceedings of the Royal Society, pp. 1654–1660', 0), undefined);
  // The same numbers as a range of years still read as one.
  assert.deepEqual([findDateRange('Lady-in-waiting, 1654–1660', 0)?.start?.year, findDateRange('Lady-in-waiting, 1654–1660', 0)?.end?.year], [1654, 1660]);
});

test('findDateRange: "Summers 2014 – 2016" (a seasonal job) is the range, its season word and all', () => {
  const r = findDateRange('Summers 2014 – 2016', 0)!;
  assert.equal(r.text, 'Summers 2014 – 2016');
  assert.deepEqual([r.start?.year, r.end?.year], [2014, 2016]);
  assert.equal(findDateRange('Winters 2019–2021', 0)!.text, 'Winters 2019–2021');
});

test('dates: a year inside a file name joined by underscores is no date', () => {
  assert.equal(findDateRange('Resume\tWhitaker_Resume_2026.pdf', 0), undefined);
  assert.equal(findDateRange('Certified 2019_v2', 0)?.start?.year, 2019);
});

test('a two-digit year after an opening quote mark (‘20), as word processors turn the apostrophe, is a year', () => {
  const r = findDateRange('Associate Program Manager: JAN ‘20 - DEC ‘20', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.end?.year, r.end?.month], [2020, 1, 2020, 12]);
  const p = findDateRange('Upwork: Dec ‘17 - Present', 0)!;
  assert.deepEqual([p.start?.year, p.current], [2017, true]);
  assert.deepEqual([findDateRange('‘15 - ‘18', 0)?.start?.year, findDateRange('‘15 - ‘18', 0)?.end?.year], [2015, 2018]);
});

test('a year and a month after a dot ("2015.9 – 2019.7", "2019.10 – Present"), as Chinese and Korean résumés write them; not a version', () => {
  const r = findDateRange('2015.9 – 2019.7', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.end?.year, r.end?.month], [2015, 9, 2019, 7]);
  const c = findDateRange('Post-doc, 2019.10 – present', 0)!;
  assert.deepEqual([c.start?.year, c.start?.month, c.current], [2019, 10, true]);
  // ("2019.10.1" is a version: its month is not read; "1999.99" is a sum.)
  assert.equal(findDateRange('Upgraded to 2019.10.1', 0)?.start?.month, undefined);
  assert.equal(findDateRange('Raised 1999.99 dollars', 0), undefined);
});

test('a range whose dates are joined by an arrow or a chevron ("2017 > Present", "Jan 2019 » Mar 2020")', () => {
  const r = findDateRange('Self-Employed 2014 > 2017', 0)!;
  assert.deepEqual([r.start?.year, r.end?.year], [2014, 2017]);
  assert.equal(findDateRange('2017 > Present', 0)?.current, true);
  assert.deepEqual([findDateRange('Jan 2019 » Mar 2020', 0)?.end?.month, findDateRange('Jan 2019 › Mar 2020', 0)?.end?.month], [3, 3]);
});

test('a right-margin date column that says only "Current" or "Present" marks a role that goes on, its start not given', () => {
  const r = findDateRange('New York State Commission, Albany, NY                  Current', 0)!;
  assert.deepEqual([r.start, r.current, r.currentText, r.text], [undefined, true, 'Current', 'Current']);
  // (Not a word in running text, nor a line of it alone.)
  assert.equal(findDateRange('Current projects include the billing API', 0), undefined);
  assert.equal(findDateRange('Present', 0), undefined);
});

test('dates: a year with the last digit of its end ("1998-9", "1996-8") and a year opening a line with a dash set on it ("2013- Consultant") are ranges', () => {
  const r1 = findDateRange('1998-9 Senior Consultant, PenOp', 0)!;
  assert.deepEqual([r1.start?.year, r1.end?.year, r1.text], [1998, 1999, '1998-9']);
  assert.equal(findDateRange('2009-1 release notes', 0)?.end, undefined); // no end before its start
  const r2 = findDateRange('2013- Consultant, Tokamak Energy', 0)!;
  assert.deepEqual([r2.start?.year, r2.end, r2.current, r2.text.trim()], [2013, undefined, true, '2013-']);
  // A dash with spaces around it parts a year from what follows, as before.
  assert.equal(findDateRange('2013 - Consultant, Tokamak Energy', 0)?.current ?? false, false);
});

test('findDateRange: a start with its day but not its year takes the end\'s ("June 2 to July 11, 2014"); days of one month share it ("April 14-25, 2014"); "Sep 15 – Now" stays a year cut short', () => {
  const r = findDateRange('Toronto, ON – June 2 to July 11, 2014', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.start?.day, r.start?.text], [2014, 6, 2, 'June 2']);
  assert.deepEqual([r.end?.year, r.end?.month, r.end?.day], [2014, 7, 11]);
  const twelve = findDateRange('June 12 to July 11, 2014', 0)!;
  assert.deepEqual([twelve.start?.year, twelve.start?.month, twelve.start?.day], [2014, 6, 12]);
  const days = findDateRange('Ottawa, ON – April 14-25, 2014', 0)!;
  assert.deepEqual([days.start?.year, days.start?.month, days.start?.day, days.end?.year, days.end?.month, days.end?.day], [2014, 4, 14, 2014, 4, 25]);
  const short = findDateRange('Sep 15 – NOW', 0)!;
  assert.deepEqual([short.start?.year, short.start?.month, short.current], [2015, 9, true]);
});

test('findDateRange: "Pres." after a dash is "Present" cut short; elsewhere ("Vice Pres. of Sales") it is no date', () => {
  const r = findDateRange('2013 – Pres. Neuroscience', 0)!;
  assert.equal(r.start?.year, 2013);
  assert.equal(r.current, true);
  assert.equal(r.currentText, 'Pres.');
  assert.equal(findDateRange('Vice Pres. of Sales', 0), undefined);
  assert.equal(findDateRange('Vice Pres. of Sales, 2019', 0)?.current, false);
});

test('findDateRange: a year that ends a list of years ("Charity Gala 2015, 2016, 2017") takes the list as its text; the date stays the last year', () => {
  const line = 'Charity Gala 2015, 2016, 2017';
  const r = findDateRange(line, 0)!;
  assert.equal(r.text, '2015, 2016, 2017');
  assert.equal(line.slice(r.span.start, r.span.end), '2015, 2016, 2017');
  assert.equal(r.start?.year, 2017);
  assert.equal(r.end, undefined);
  // A version or an amount before the year is no year of the list.
  assert.equal(findDateRange('Released v1.2015, 2017', 0)?.text, '2017');
});

test('findDateRange: a month joined to its year by a slash or a hyphen, and other languages\' month names before a year', () => {
  const read = (s: string) => {
    const r = findDateRange(s, 0);
    return r && [r.start?.year, r.start?.month, r.end?.year, r.end?.month];
  };
  assert.deepEqual(read('Engineer | Apr/2002 – Apr/2019'), [2002, 4, 2019, 4]);
  assert.deepEqual(read('Jan-2019 - Dec-2020'), [2019, 1, 2020, 12]);
  assert.deepEqual(read('Engenheiro de Projetos | Novembro/2020 – Março/2026'), [2020, 11, 2026, 3]);
  assert.deepEqual(read('enero de 2019 – diciembre de 2020'), [2019, 1, 2020, 12]);
  assert.deepEqual(read('Mars 2019 – Juin 2021'), [2019, 3, 2021, 6]);
  assert.deepEqual(read('Oktober 2019 – März 2021'), [2019, 10, 2021, 3]);
  // Only before a year: a name that is also a month ("Julio", "Avril") is no date of its own.
  assert.deepEqual(read('Julio Ramos, 2019'), [2019, undefined, undefined, undefined]);
  assert.equal(parseDate('Avril', 0), undefined);
});

test('a day the month lacks ("31 Jun 2016", 30 or 31 typed for its last day) still names the month: the range reads, to the month; a day past 31 is no day', () => {
  const r = findDateRange('1 Mar 2015 - 31 Jun 2016 Collaborator in teaching activities', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.start?.day, r.end?.year, r.end?.month, r.end?.day, r.end?.precision], [2015, 3, 1, 2016, 6, undefined, 'month']);
  assert.equal(parseDate('32 Jun 2016', 0), undefined);
});

test('dates: after a dash, the word for "present" in the languages whose months are read ("2018 - heden", "2019 – presente", "März 2020 – heute", "2021 – aujourd’hui") ends a range still going; alone it is no date', () => {
  for (const [line, word] of [['2018 - heden: docent Piano', 'heden'], ['Enero de 2019 – presente', 'presente'], ['März 2020 – heute', 'heute'], ['2021 – aujourd’hui', 'aujourd’hui'], ['2017 – in corso', 'in corso']]) {
    const r = findDateRange(line, 0);
    assert.equal(r?.current, true, line);
    assert.equal(r?.currentText, word, line);
  }
  assert.equal(findDateRange('Budget - actual spend', 0), undefined);
  assert.equal(findDateRange('Now hiring - heden', 0), undefined);
});

test('dates: "curr." after a range\'s dash is an ongoing end, as "pres." is', () => {
  // (friggeri-cv's "07/14—curr.": read as nothing, the range and the title before it ran together.)
  for (const t of ['07/14—curr. Operations Specialist', '07/2014—curr.', 'Jul 2014 – curr.']) {
    const r = findDateRange(t, 0);
    assert.equal(r?.current, true, t);
    assert.equal(r?.start?.month, 7, t);
  }
  // (Not a word that only begins so.)
  assert.equal(findDateRange('Jul 2014 – curry', 0)?.current, false);
});

test('dates: a year opening the line with a dash set on it, then a column\'s gap and words, is a range left open', () => {
  // (-layout keeps the date column's width: "2023-        Assistant Professor, …".)
  const r = findDateRange('2023-        Assistant Professor, Dept. of Earth Sciences', 0);
  assert.deepEqual([r?.start?.year, r?.end, r?.current, r?.text], [2023, undefined, true, '2023-']);
});

test('dates: two years run together ("20022008", pdftotext\'s join of "2002-" / "2008") are a range', () => {
  const r = findDateRange('University of Pennsylvania Van Pelt Library, Philadelphia PA 20022008', 0);
  assert.deepEqual([r?.start?.year, r?.end?.year], [2002, 2008]);
  // (Not a date written as eight digits, nor years the wrong way round.)
  assert.equal(findDateRange('Ref 20190315', 0), undefined);
  assert.equal(findDateRange('Ref 20081999', 0), undefined);
});

test('dates: the year first, then its month\'s name ("2018 Jun 10", "2018 Apr 20-22", "2019 March – 2020 June", "2016 Summer"), as moderncv\'s date column writes them', () => {
  const read = (t: string) => {
    const r = findDateRange(t, 0);
    return r && [r.text, r.start?.year, r.start?.month, r.start?.day, r.end?.year, r.end?.month];
  };
  assert.deepEqual(read('2018 Jun 10 Sound Engineer, Wedding'), ['2018 Jun 10', 2018, 6, 10, undefined, undefined]);
  assert.deepEqual(read('2018 Apr 20-22 Volunteer Sound Engineer'), ['2018 Apr 20-22', 2018, 4, 20, undefined, undefined]);
  assert.deepEqual(read('2019 March – 2020 June'), ['2019 March – 2020 June', 2019, 3, undefined, 2020, 6]);
  assert.equal(findDateRange('2016 Summer Remote Consultant', 0)?.start?.season, 'summer');
  // (A month its own year follows is that year's: "President at 2013 Jun. 2010 – Jun. 2017".)
  assert.deepEqual(read('Core Member & President at 2013 Jun. 2010 – Jun. 2017'), ['Jun. 2010 – Jun. 2017', 2010, 6, undefined, 2017, 6]);
});

test('a month with its hyphen spaced off the year ("Sept- 2019 – Present") is that month', () => {
  const r = findDateRange('Sept- 2019 – Present', 0)!;
  assert.deepEqual([r.text, r.start?.year, r.start?.month, r.current], ['Sept- 2019 – Present', 2019, 9, true]);
});

test('a phone number\'s last group is no year ("Tracie Payne SLP | 651-744-1981"), a year after a month\'s digits still is', () => {
  assert.equal(findDateRange('Tracie Payne SLP & Deanna Morrow SLP | 651-744-1981', 0), undefined);
  assert.equal(findDateRange('Call 651.744.1981 evenings', 0), undefined);
  assert.equal(findDateRange('Bank Teller | 2009', 0)?.start?.year, 2009);
  assert.equal(findDateRange('Graduated 12-2019', 0)?.start?.year, 2019);
  assert.equal(findDateRange('Analyst | 2014-2016', 0)?.end?.year, 2016);
});

test('parseDate: a date value that is a year cut to two digits after an apostrophe ("\'16", JSON Resume\'s "startDate") is that year', () => {
  assert.equal(parseDate("'16", 0)?.year, 2016);
  assert.equal(parseDate(' ’98 ', 0)?.year, 1998);
  assert.deepEqual(parseDate("'16", 10)?.span, { start: 10, end: 13 });
  assert.equal(parseDate("'1", 0), undefined);
  assert.equal(parseDate("'16a", 0), undefined);
});

test('findDateRange: the abbreviations of Spanish, Portuguese and Italian months that are English words ("ago", "set", "out") are months at one end of a range only ("set 2024 – Presente", "jan 2022 – out 2024", "ago 2019 - dic 2020"); "We set 2024 goals" names a year', () => {
  const read = (t: string) => {
    const r = findDateRange(t, 0)!;
    return [r.start?.year, r.start?.month, r.current ? 'now' : r.end?.year, r.current ? undefined : r.end?.month];
  };
  assert.deepEqual(read('set 2024 – Presente | Austin, Texas'), [2024, 9, 'now', undefined]);
  assert.deepEqual(read('jan 2022 – out 2024 | São Paulo'), [2022, 1, 2024, 10]);
  assert.deepEqual(read('ago 2019 - dic 2020'), [2019, 8, 2020, 12]);
  const plain = findDateRange('We set 2024 goals for 3 teams', 0)!;
  assert.equal(plain.start?.month, undefined);
});

test('dates: an arrow between the dates ("June 2013 -> June 2014", "2007 => 2011") is a range, and a dot leader before it ("[Dallas, TX]........June 2013") no "v1."', () => {
  const line = 'Paladin Consulting [Dallas, TX]............................June 2013 -> June 2014';
  const r = findDateRange(line, 0)!;
  assert.equal(line.slice(r.span.start, r.span.end), 'June 2013 -> June 2014');
  assert.deepEqual([r.start?.year, r.start?.month, r.end?.year, r.end?.month], [2013, 6, 2014, 6]);
  const y = findDateRange('Rensselaer Polytechnic Institute........2007 => 2011', 0)!;
  assert.deepEqual([y.start?.year, y.end?.year], [2007, 2011]);
  // (A version's dot still keeps its year out: "v1.2019".)
  assert.equal(findDateRange('Released v1.2019 of the tool', 0), undefined);
});

test('the word for "to" in French, Spanish, Portuguese, German, Dutch and Italian joins two dates ("2019 à 2021", "Jan. 2010 bis Dez. 2014"), and nothing else', () => {
  const want: [string, number, number][] = [
    ['2019 à 2021 | Universpaie | Ifs', 2019, 2021],
    ['Empresa SA, 2015 a 2019', 2015, 2019],
    ['Firma GmbH, Jan. 2010 bis Dez. 2014', 2010, 2014],
    ['Bedrijf BV, 2012 tot 2016', 2012, 2016],
    ['Empresa, 2011 até 2013', 2011, 2013],
    ['dal 2015 al 2019', 2015, 2019],
  ];
  for (const [line, a, b] of want) {
    const r = findDateRange(line, 0);
    assert.deepEqual([r?.start?.year, r?.end?.year], [a, b], line);
  }
  // (A word between a date and anything but a date joins nothing: "2019 a company".)
  assert.equal(findDateRange('Joined in 2019 a company of 40', 0)?.end, undefined);
});

test('"March 2013 – Pres", the word cut short with no dot as a theme prints it, ends a range as ongoing; "Pres" elsewhere is no date', () => {
  const r = findDateRange('March 2013 – Pres', 0);
  assert.deepEqual([r?.start?.year, r?.current], [2013, true]);
  assert.equal(findDateRange('Pres of the Student Council', 0), undefined);
});

test('dates: after a French "à", "Ce jour" ends a range still going ("Septembre 2018 à Ce jour"); alone it is no date', () => {
  for (const line of ['Septembre 2018 à Ce jour', 'Septembre 2018 - ce jour']) {
    const r = findDateRange(line, 0);
    assert.equal(r?.current, true, line);
    assert.equal(r?.start?.text, 'Septembre 2018', line);
  }
  assert.equal(findDateRange('à ce jour', 0), undefined);
  assert.equal(findDateRange('Set a date for the launch', 0), undefined);
});

test('dates: the seasons of French, Spanish, Portuguese, German, Italian and Dutch CVs before a year are dates as "Summer 2011" is ("Été 2011", "Hiver 2012 - Été 2013", "Primavera 2020 – Otoño 2021"); "Real Estate 2019" is the year alone', () => {
  const r = findDateRange('Stagiaire Été 2011', 0);
  assert.equal(r?.start?.text, 'Été 2011');
  assert.equal(r?.start?.season, 'summer');
  const both = findDateRange('Hiver 2012 - Été 2013', 0);
  assert.deepEqual([both?.start?.season, both?.start?.year, both?.end?.season, both?.end?.year], ['winter', 2012, 'summer', 2013]);
  assert.equal(findDateRange('Primavera 2020 – Otoño 2021', 0)?.end?.season, 'fall');
  assert.equal(findDateRange('2016 Sommer', 0)?.start?.season, 'summer');
  assert.equal(findDateRange('Real Estate 2019', 0)?.start?.text, '2019');
});

test('dates: a part of the year before a year, in English and the other languages whose months are read ("fin 2023 – début 2026", "Anfang 2019 - Ende 2020", "early 2003 – late 2003"), is the date\'s as printed; a month\'s date keeps its own text', () => {
  const cases: [string, string, string][] = [
    ['fin 2023 – début 2026', 'fin 2023', 'début 2026'],
    ['Anfang 2019 - Ende 2020', 'Anfang 2019', 'Ende 2020'],
    ['finales de 2018 - principios de 2020', 'finales de 2018', 'principios de 2020'],
    ['early 2003 – late 2003', 'early 2003', 'late 2003'],
  ];
  for (const [line, start, end] of cases) {
    const r = findDateRange(line, 0);
    assert.deepEqual([r?.start?.text, r?.end?.text, r?.text], [start, end, line], line);
  }
  const may = findDateRange('early May 2003 – June 2004', 0);
  assert.equal(may?.start?.text, 'May 2003');
  assert.equal(findDateRange('Since 2019', 0)?.start?.text, '2019');
});

test('dates: Russian and Polish months and their words for "present" ("Июль 2012 — настоящее время", "Май 2004 – Январь 2010", "lipiec 2018 - obecnie") make ranges', () => {
  const now = findDateRange('Июль 2012 — настоящее время', 0);
  assert.deepEqual([now?.start?.year, now?.start?.month, now?.current], [2012, 7, true]);
  const r = findDateRange('Май 2004 – Январь 2010', 0);
  assert.deepEqual([r?.start?.month, r?.end?.year, r?.end?.month], [5, 2010, 1]);
  assert.equal(findDateRange('lipiec 2018 - obecnie', 0)?.current, true);
  assert.equal(findDateRange('сент 2015 — н.в.', 0)?.start?.month, 9);
  // ("Майкл", a name, is no May.)
  assert.equal(findDateRange('Майкл 2019', 0)?.start?.text, '2019');
});

test('dates: a degree still being studied, "Jan/2020 - cursando", "2019 - em andamento", is a range still going', () => {
  for (const line of ['Jan/2020 - cursando', '2019 - em andamento', '2021 – en curso']) assert.equal(findDateRange(line, 0)?.current, true, line);
  assert.equal(findDateRange('cursando 2020', 0)?.current, false);
});

test('dates: a month and a two-digit year of the 1960s before one of the 1970s ("9/68-6/72") is a range of those years, not 2068', () => {
  const r = findDateRange('M.I.T., Teaching Assistant, 9/68-6/72.', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.end?.year, r.end?.month], [1968, 9, 1972, 6]);
  // A range in this century stays there.
  const now = findDateRange('Analyst, 05/21 - 12/21', 0)!;
  assert.deepEqual([now.start?.year, now.end?.year], [2021, 2021]);
});

test('dates: Italian "ad ora" / "ad oggi" and Japanese "現在" end a range as ongoing; "Sett" is September', () => {
  for (const t of ['Gen 2020 - ad ora', 'Mar 2019 - ad oggi', '2021年4月 - 現在']) assert.equal(findDateRange(t, 0)?.current, true, t);
  const r = findDateRange('Sett 2008 - Lug 2010', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.end?.month], [2008, 9, 7]);
});

test('dates: another language\'s month and a two-digit year, as a whole range ("Lug 06 - Sett 08", "Ott 05 - Presente", "Sett 06 Sett 08" whose arrow the copy lost); alone, no date', () => {
  const r = findDateRange('Analista, Lug 06 - Sett 08, Roma', 0)!;
  assert.deepEqual([r.start?.year, r.start?.month, r.end?.year, r.end?.month], [2006, 7, 2008, 9]);
  assert.equal(findDateRange('Ott 05 - Presente', 0)?.current, true);
  const apart = findDateRange('Sett 06 Sett 08', 0)!;
  assert.deepEqual([apart.start?.year, apart.end?.year], [2006, 2008]);
  assert.equal(findDateRange('Set 15', 0), undefined);
});

test('dates: "Present" alone as a line\'s last field after a bar or a bullet ("Sedgwick County | Wichita, KS | Present") is a role still going, its start not given; not inside a sentence', () => {
  const r = findDateRange('Sedgwick County | Wichita, KS | Present', 0);
  assert.deepEqual([r?.current, r?.start, r?.currentText], [true, undefined, 'Present']);
  assert.equal(findDateRange('Texans for Safe and Drug-Free Youth • Present', 0)?.current, true);
  assert.equal(findDateRange('Prepared the slides I present to the board', 0), undefined);
});
