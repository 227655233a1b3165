// Dates as résumés write them: "Sept. 2019", "03/2019", "2019-03-15", "Summer 2018", "1 Sep 2016",
// and ranges between them ("Mar. 2023 – Present", "2016-2020", "??? — Present", "Expected May 2026").
// Every date keeps its precision, how it was written (for date-format) and its exact span.
import type { DateRange, DateStyle, ResumeDate, Season } from '../model';
import monthsData from '../data/months.json';
import { LookbehindScan } from '../text/lookbehind-scan';

// One style object per way of writing a month, shared by every date written so (read-only, frozen):
// a date is copied several times on its way to the model (the line's and the header's readings,
// their kept copies), and a style object per copy was a share of what a lint of thousands of roles
// kept and the GC copied.
const DATE_STYLES = new Map<DateStyle['month'], DateStyle>();
for (const m of ['short', 'short-dot', 'long', 'numeric', 'iso', 'none'] as const) DATE_STYLES.set(m, Object.freeze({ month: m }));

/** The shared (frozen) style of a date whose month is written `month`. */
export function dateStyle(month: DateStyle['month']): DateStyle {
  return DATE_STYLES.get(month) ?? { month };
}

interface MonthInfo {
  month: number;
  form: 'short' | 'long';
}

const MONTHS: Record<string, MonthInfo> = monthsData.months as Record<string, MonthInfo>;
/** Month names of other languages, read only before a year (months.json's otherLanguages, and its rangeOnlyOtherLanguages at one end of a range). */
const OTHER_MONTHS: Record<string, MonthInfo> = { ...(monthsData.otherLanguages as Record<string, MonthInfo>), ...(monthsData.rangeOnlyOtherLanguages as Record<string, MonthInfo>) };
const SEASONS: Record<string, Season> = monthsData.seasons as Record<string, Season>;
const CURRENT_WORDS = new Set(monthsData.current);

/** The months' names and abbreviations as a regular expression's alternatives (lower case). */
// (With the slips résumés make in the long names, "Febuary", "Feburary", "Janurary", "Decemeber":
// the date is still the writer's; the spelling is another matter.)
export const MONTH = 'jan(?:uary|urary)?|feb(?:ruary|uary|urary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember|emeber)?|dec(?:ember|emeber)?';
// Longest first, so "setiembre" is not read as a shorter name; the names hold no characters a pattern reads.
// ("set 2024 – jul 2025", "jan 2022 – out 2024": an abbreviation that is an English word too, only
// right before its year and a dash, or right after a dash.)
const RANGE_ONLY_MONTH = Object.keys(monthsData.rangeOnlyOtherLanguages).join('|');
const OTHER_MONTH =
  Object.keys(monthsData.otherLanguages).sort((a, b) => b.length - a.length).join('|') +
  `|(?<=[–—-]\\s{0,3})(?:${RANGE_ONLY_MONTH})|(?:${RANGE_ONLY_MONTH})(?=\\.?\\s+\\d{4}\\s*[–—-])`;
const ORD = '(?:st|nd|rd|th)?';
// The seasons' names, English and the other languages' (months.json), longest first.
const SEASON = Object.keys(monthsData.seasons).sort((a, b) => b.length - a.length).join('|');
const NOT_LATIN_AFTER = '(?![A-Za-z\\u00C0-\\u024F0-9])';

// One date-ish atom. The lookbehind keeps "B2019", "$2019", "v1.2019", "Resume_2026.pdf" out. Alternatives are tried
// left to right at each position, so a longer reading ("2019-03-15") wins over a shorter one.
// No nested quantifiers over the same characters: matching stays linear in the line length.
// (A dot leader's run of dots before a date is no "v1.": "Dallas, TX]........June 2013 -> June 2014".)
const ATOM_SOURCE =
  '(?<![A-Za-z\\u00C0-\\u024F0-9$€£#_])(?<!(?:^|[^.])\\.)(?:' +
  // 1 Sep 2016, 1st September, 2016
  `(\\d{1,2})${ORD}\\s+(${MONTH})(\\.)?(?![A-Za-z\\u00C0-\\u024F]),?\\s+(\\d{4})(?![0-9])` +
  // Sep 1, 2016 / Sept. 2019 / Jan '19 / Sept- 2019 / Jan (no year: only as the start of "Jan – Mar 2019")
  `|(${MONTH})(\\.)?(?![A-Za-z\\u00C0-\\u024F])(?:\\s+(\\d{1,2})${ORD}(?![0-9A-Za-z\\u00C0-\\u024F]))?(?:(?:\\s*,?\\s*|[/-] ?)(\\d{4}|['’‘]\\d{2})(?![0-9]))?` +
  // Summer 2018
  `|(${SEASON})\\s+(\\d{4})(?![0-9])` +
  // 2019-03, 2019-03-15, 2019/03, 2017-12-24T15:53:00, 2019.10 (as Chinese and Korean résumés
  // write a month; not a version's "2019.10.1")
  `|(\\d{4})(?:[-/]|\\s/\\s|\\.(?=\\d{1,2}(?![0-9.])))(\\d{1,2})(?:[-/](\\d{1,2}))?(?:T[\\d:.]+Z?)?(?![0-9])` +
  // 03/2019, 3/2019, 03.2019, 03/15/2019 (a dot only after two digits: "1.2019" is a version),
  // 03-02-2023 (dashes only in a whole day's date: "03-2019" stays apart)
  `|(\\d{2}(?=\\.)|\\d{1,2}(?=/)|\\d{1,2}(?=-\\d{1,2}-\\d{4}(?![0-9])))[/.-](?:(\\d{1,2})[/.-])?(\\d{4})(?![0-9])` +
  // 2018 Jun 10, 2018 Apr 20-22, 2019 March, 2016 Summer: the year first, then its month's name (as
  // moderncv's date column and East Asian and Nordic résumés write them)
  // (Not a month its own year follows: "President at 2013 Jun. 2010 – Jun. 2017".)
  `|(\\d{4})\\s+(?:(${MONTH})(\\.)?(?![A-Za-z\\u00C0-\\u024F])(?!\\.?\\s*,?\\s*\\d{4})(?:\\s+(\\d{1,2})(?:[-–]\\d{1,2})?(?![0-9]))?|(${SEASON})(?![A-Za-z\\u00C0-\\u024F]))` +
  // 2019, 2012年, 2012年3月
  `|(\\d{4})(?:(年)(?:(\\d{1,2})月)?|(?![A-Za-z\\u00C0-\\u024F0-9%+]))` +
  // Present, now, 至今
  // (Indian and Nigerian English "Aug 2021 to Till Date", "2019 to date", "March 2020 – Date",
  // "till now" are ongoing too.)
  // ("2013 – Pres.", "March 2013 – Pres" as a theme cuts it: the word cut short, only after a dash,
  // where it cannot be a president.)
  // (And, after a dash only, the word for it in the languages whose months are read: "2018 - heden",
  // "2019 – presente", "2020 – heute", "2021 – aujourd'hui", "Fev 2026 - Maintenant", "2021/actuellement",
  // "Июль 2012 — настоящее время", "2019 – obecnie", a degree's "Jan/2020 - cursando" (still studying);
  // after a French "à" too: "Septembre 2018 à Ce jour"; Italian "Gen 2020 - ad ora"; Japanese "現在".)
  `|(present|current(?:ly)?|now|today|ongoing|till\\s+(?:date|now)|until\\s+now|(?<=\\bto\\s{1,3}|[–—/-]\\s{0,3}|(?<![A-Za-z\\u00C0-\\u024F])à\\s{1,3})(?:date|pres\\.?|curr\\.|heden|nu|heute|jetzt|aktuell|derzeit|présent|aujourd['’]hui|maintenant|[àa]\\s+ce\\s+jour|ce\\s+jour|actuellement|ahora|hoy|hoje|en\\s+cours|actualidad|actualmente|presente|actual|atual|atualmente|oggi|ad\\s+oggi|a\\s+oggi|ad\\s+ora|attualmente|in\\s+corso|momenteel|cursando|em\\s+andamento|em\\s+curso|en\\s+curso|(?:по\\s+)?настоящее\\s+время|наст\\.\\s*время|н\\.\\s?в\\.|сейчас|obecnie|teraz))${NOT_LATIN_AFTER}|(至今|今|现在|現在|現職)` +
  // ??? (start unknown)
  `|(\\?{2,})` +
  // Novembro/2020, enero de 2019, Mars 2019, März 2021: another language's month, before its year only
  `|(${OTHER_MONTH})(\\.)?(?![A-Za-z\\u00C0-\\u024F])(?:\\s+de\\s+|\\s*,?\\s*|[/-])(\\d{4})(?![0-9])` +
  ')';

// Scanned without its leading lookbehind, checked by hand at each match (lookbehind-scan.ts): with
// it, V8 tried the lookbehind at every position of every line with a digit.
const ATOM_G = new LookbehindScan(new RegExp(ATOM_SOURCE, 'gi'));
const HAS_DIGIT = /[0-9?]/;
const ATOM_Y = new RegExp(ATOM_SOURCE, 'yi');

// The separator between two dates, at the position right after the first.
// A soft hyphen (U+00AD) is a dash in some PDFs' text ("Sep. 2023 \u00ad Mar. 2024").
// So is the replacement character a file saved in the wrong encoding left for its en dash ("2008 \uFFFD 2012").
// ("July 2015 --- Present": LaTeX's and Markdown's three hyphens for an em dash.)
// ("2019 à 2021", "2015 a 2019", "2015 bis 2019", "2015 até 2019", "2015 tot 2019", "dal 2015 al 2019":
// the word for "to" in the languages whose months are read, between two dates only.)
const SEP_Y = /(?:\s*(---?|->|=>|[-‐-―−~→－\u00ad>»›\uFFFD/])\s*|\s+((?:up\s+)?(?:to|until|till)|through|thru|and|à|au|a|al|bis|até|tot)\s+|\s*(至|到)\s*)/iy;
// Two dates with only spaces between: a range whose dash the PDF's text lost ("Sep. 2023 Mar. 2024").
const GAP_Y = /[ \t]+/y;
// A month and two digits, read as the month and a year cut short ("Sep 15").
const MONTH_TWO_DIGITS = /^\p{L}+\.?\s+(\d{2})$/u;
// The second day and the year of "April 14-25, 2014".
const DAY_YEAR_Y = /(\d{1,2}),?\s+(\d{4})(?![0-9])/y;
// Words before a date that belong to the range ("Expected May 2026", "Graduated 2009", "Since 2019").
// ("Summers 2014 – 2016": a seasonal job's range names the season it came back each year.)
// ("Depuis octobre 2019", "Desde 2021", "Seit 2018", "Sinds 2020", "Dal 2019": "since" in the
// languages whose months the reader knows.)
// ("early 2003 – late 2003", "mid-2015": a part of the year written with it.)
// (And in the other languages whose months are read: "fin 2023 – début 2026", "Anfang 2019 – Ende
// 2020", "finales de 2018", "início de 2020".)
// (The part of the year in those languages, and with the English words: one list for the three
// patterns below.)
const OTHER_PART_OF_YEAR = 'fin|d[ée]but|courant|anfang|ende|mitte|(?:principios|inicios|finales|fines|mediados|in[íi]cio|final|fim|meados)\\s+de';
const PART_OF_YEAR = `early|mid-?|late|${OTHER_PART_OF_YEAR}`;
const PREFIX = new RegExp(`(?:^|[^\\p{L}])(expected|exp\\.|anticipated|graduat(?:ed|ing)|grad\\.|since|depuis|desde|seit|sinds|dal|from|class of|summers|winters|${PART_OF_YEAR})\\s*:?\\s*$`, 'iu');
// The PREFIX words that say which part of the year, no plan or start ("late", "fin", "Anfang").
const PART_OF_YEAR_WORD = new RegExp(`^(?:${PART_OF_YEAR})$`, 'i');
/** The date with the words before it (`lead`, from `at`) as part of its text and span. */
function withLead(d: ResumeDate, lead: string, at: number): ResumeDate {
  return { ...d, text: lead + d.text, span: { start: at, end: d.span.end } };
}
const PART_OF_YEAR_Y = new RegExp(`(?:early|mid|late|end of|beginning of|start of|${OTHER_PART_OF_YEAR})(?:\\s+|-)(?=\\d)`, 'iy');
// ("From July 2023" with no end: a start, still going, as "since" is.)
const SINCE = /^(?:since|from|depuis|desde|seit|sinds|dal)$/;
const OPENS_AT = /(?:^|[(\[|])\s*$/;
const EXPECTED_Y = /(?:expected|exp\.|anticipated)\s*:?\s*/iy;
// "(expected)" after a range ("2010-2014 (expected)").
const SUFFIX_Y = /\s*(\(\s*)?(expected|anticipated|exp\.)(\s*\))?/iy;
// A product named by its year: Microsoft's and Autodesk's ("Windows 2000", "Windows Server 2012",
// "SQL Server 2019", "Office 2016", "Visual Studio 2022", "Exchange 2010", "AutoCAD 2018").
// (One space between: a column's gap before a year is a layout's date, "Back Office      2016".)
const VERSIONED_BEFORE = /\b(?:Windows|Server|Office|Studio|Exchange|SharePoint|Dynamics|Excel|Outlook|Visio|AutoCAD|Revit|Inventor|SolidWorks|Navisworks|Civil 3D) $/;
// What stands before a citation's page range: a volume and its colon ("13: 2217–2224"), "pp.".
const PAGES_BEFORE = /(?:\d\s*(?:\(\d+\))?\s*:|\bpp?\.)\s*$/;
// The word just before a year ("Febtember 2020"): is it a misspelt month?
const WORD_AT_END = /(\p{L}{3,12})\.?\s+$/u;

// Capture group numbers in ATOM_SOURCE, in order.
const G = { d1: 1, m1: 2, dot1: 3, y1: 4, m2: 5, dot2: 6, d2: 7, y2: 8, season: 9, y3: 10, iy: 11, im: 12, id: 13, nm: 14, nd: 15, ny: 16, fy: 17, fm: 18, fdot: 19, fd: 20, fs: 21, y: 22, cjk: 23, cm: 24, cur: 25, cur2: 26, unk: 27, om: 28, odot: 29, oy: 30 } as const;

type Atom =
  | { kind: 'date'; date: ResumeDate }
  | { kind: 'partial'; month: number; monthStyle: DateStyle['month']; day?: number; text: string; start: number; end: number }
  | { kind: 'current'; text: string; start: number; end: number }
  | { kind: 'unknown'; start: number; end: number }
  | { kind: 'invalid'; start: number; end: number };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validYear(y: number): boolean {
  return y >= 1000 && y <= 2999;
}

function monthOf(word: string, dot: string | undefined): { month: number; style: DateStyle['month'] } | undefined {
  const info = MONTHS[word.toLowerCase()];
  if (!info) return undefined;
  return { month: info.month, style: dot ? 'short-dot' : info.form };
}

function twoDigitYear(s: string): number {
  const n = Number(s.slice(1));
  return n < 70 ? 2000 + n : 1900 + n;
}

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const ORDINAL_END = /\d(?:st|nd|rd|th)$/i;

/** Turns one ATOM match into a date (or why it is not one). `offset` is added to every span. */
function toAtom(m: RegExpExecArray, offset: number): Atom {
  // Numbered groups (named ones cost an object per match): see G.
  const g = m as unknown as (string | undefined)[];
  const start = offset + m.index;
  const end = start + m[0].length;
  const text = m[0];
  const span = { start, end };
  const m1 = g[G.m1];
  const m2 = g[G.m2];
  const y2 = g[G.y2];
  const season = g[G.season];
  if (m1 !== undefined) {
    const mo = monthOf(m1, g[G.dot1])!;
    return dateAtom({ year: Number(g[G.y1]), month: mo.month, day: Number(g[G.d1]), precision: 'day', style: dateStyle(mo.style), text, span }, start, end);
  }
  if (m2 !== undefined) {
    const mo = monthOf(m2, g[G.dot2]);
    if (!mo) return { kind: 'invalid', start, end };
    const d2 = g[G.d2];
    if (y2 === undefined && d2 !== undefined && d2.length === 2 && !ORDINAL_END.test(text)) {
      // "Sep 15 – NOW", "Oct 11 – Oct 12": a two-digit year, as some templates print them.
      return dateAtom({ year: twoDigitYear("'" + d2), month: mo.month, precision: 'month', style: dateStyle(mo.style), text, span }, start, end);
    }
    if (y2 === undefined) {
      // "Jan" alone: only a date when a dated end follows ("Jan – Mar 2019"); "June 2" keeps its
      // day for an end that has one ("June 2 to July 11, 2014").
      const word = m2 + (g[G.dot2] ?? '');
      if (d2 !== undefined) return { kind: 'partial', month: mo.month, monthStyle: mo.style, day: Number(d2), text: text.trimEnd(), start, end: start + text.trimEnd().length };
      return { kind: 'partial', month: mo.month, monthStyle: mo.style, text: word, start, end: start + word.length };
    }
    const year = y2.length === 4 ? Number(y2) : twoDigitYear(y2);
    if (g[G.d2] !== undefined)
      return dateAtom({ year, month: mo.month, day: Number(g[G.d2]), precision: 'day', style: dateStyle(mo.style), text, span }, start, end);
    return dateAtom({ year, month: mo.month, precision: 'month', style: dateStyle(mo.style), text, span }, start, end);
  }
  if (season !== undefined)
    return dateAtom({ year: Number(g[G.y3]), season: SEASONS[season.toLowerCase()], precision: 'season', style: dateStyle('none'), text, span }, start, end);
  if (g[G.iy] !== undefined) {
    const year = Number(g[G.iy]);
    if (g[G.id] !== undefined)
      return dateAtom({ year, month: Number(g[G.im]), day: Number(g[G.id]), precision: 'day', style: dateStyle('iso'), text, span }, start, end);
    return dateAtom({ year, month: Number(g[G.im]), precision: 'month', style: dateStyle('iso'), text, span }, start, end);
  }
  if (g[G.ny] !== undefined) {
    const year = Number(g[G.ny]);
    // US order for three numbers (03/15/2019), as US résumés write them; day first where the first
    // number cannot be a month ("31/08/2019", as the UK, Europe and India write them).
    if (g[G.nd] !== undefined) {
      const a = Number(g[G.nm]);
      const b = Number(g[G.nd]);
      const dayFirst = a > 12 && b <= 12;
      return dateAtom({ year, month: dayFirst ? b : a, day: dayFirst ? a : b, precision: 'day', style: dateStyle('numeric'), text, span }, start, end);
    }
    return dateAtom({ year, month: Number(g[G.nm]), precision: 'month', style: dateStyle('numeric'), text, span }, start, end);
  }
  if (g[G.fy] !== undefined) {
    const year = Number(g[G.fy]);
    const fs = g[G.fs];
    if (fs !== undefined) return dateAtom({ year, season: SEASONS[fs.toLowerCase()], precision: 'season', style: dateStyle('none'), text, span }, start, end);
    const mo = monthOf(g[G.fm]!, g[G.fdot]);
    if (!mo) return { kind: 'invalid', start, end };
    if (g[G.fd] !== undefined) return dateAtom({ year, month: mo.month, day: Number(g[G.fd]), precision: 'day', style: dateStyle(mo.style), text, span }, start, end);
    return dateAtom({ year, month: mo.month, precision: 'month', style: dateStyle(mo.style), text, span }, start, end);
  }
  if (g[G.y] !== undefined) {
    const year = Number(g[G.y]);
    if (g[G.cm] !== undefined) return dateAtom({ year, month: Number(g[G.cm]), precision: 'month', style: dateStyle('numeric'), text, span }, start, end);
    return dateAtom({ year, precision: 'year', style: dateStyle('none'), text, span }, start, end);
  }
  if (g[G.cur] !== undefined || g[G.cur2] !== undefined) return { kind: 'current', text, start, end };
  if (g[G.unk] !== undefined) return { kind: 'unknown', start, end };
  const om = g[G.om];
  if (om !== undefined) {
    const info = OTHER_MONTHS[om.toLowerCase()];
    if (info) return dateAtom({ year: Number(g[G.oy]), month: info.month, precision: 'month', style: dateStyle(g[G.odot] ? 'short-dot' : info.form), text, span }, start, end);
  }
  return { kind: 'invalid', start, end };
}

/**
 * The atom of a date toAtom read: 'invalid' when it is no real day. (A function of the module,
 * not a closure per match, and no 'invalid' atom made ahead: the ATOM scan runs over every
 * header and dated line.)
 */
function dateAtom(d: ResumeDate, start: number, end: number): Atom {
  if (!validYear(d.year) || (d.month !== undefined && (d.month < 1 || d.month > 12)) || (d.day !== undefined && d.day < 1)) return { kind: 'invalid', start, end };
  if (d.day !== undefined && d.day > daysIn(d.year, d.month ?? 1)) {
    // "31 Jun 2016", "29 Feb 2015": a day the month lacks (30 or 31 typed for its last) still names
    // the month; read to the month. A day past 31 is no day.
    if (d.day > 31 || d.month === undefined) return { kind: 'invalid', start, end };
    const { day: _day, ...month } = d;
    return { kind: 'date', date: { ...month, precision: 'month' } };
  }
  return { kind: 'date', date: d };
}

const APOSTROPHES = "'’‘";
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Reads `text` as exactly one date (surrounding spaces allowed); undefined when it is not one. */
export function parseDate(text: string, offset: number): ResumeDate | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  // The same white space as String.prototype.trim.
  const i = text.length - text.trimStart().length;
  const j = text.trimEnd().length;
  if (i >= j) return undefined;
  // ("startDate": "'16": a date field's year cut to two digits after an apostrophe. Alone in a
  // line of prose "'16" may be a quote; as a whole date value it can only be a year.)
  if (j - i === 3 && APOSTROPHES.includes(text[i]) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2))) {
    return { year: twoDigitYear(text.slice(i, j)), precision: 'year', style: dateStyle('none'), text: text.slice(i, j), span: { start: offset + i, end: offset + j } };
  }
  ATOM_Y.lastIndex = i;
  const m = ATOM_Y.exec(text);
  if (!m || m.index + m[0].length !== j) return undefined;
  const a = toAtom(m, offset);
  return a.kind === 'date' ? a.date : undefined;
}

/** "2017 –" at the end of its line: a start whose dash has no end after it (read as ongoing, no "Present" written). */
export function openByDash(r: DateRange): r is DateRange & { start: ResumeDate } {
  return !!r.start && !r.end && r.current && r.currentText === undefined && r.separator !== undefined;
}

/** True for "Present", "current", "now"... (an ongoing end written as a word). */
export function isCurrentWord(text: string): boolean {
  return CURRENT_WORDS.has(text.trim().toLowerCase());
}


const DMY = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}$/;

/** A three-number date that can only be read day first ("31/08/2019"). */
export function dayFirstOnly(d: ResumeDate): boolean {
  const m = DMY.exec(d.text);
  return !!m && Number(m[1]) > 12;
}

/** A three-number date that can only be read month first ("03/15/2019"). */
export function monthFirstOnly(d: ResumeDate): boolean {
  const m = DMY.exec(d.text);
  return !!m && Number(m[2]) > 12;
}

/** The same three-number date read day first, where it can be ("01/10/2014" is 1 October). */
export function asDayFirst(d: ResumeDate): ResumeDate {
  const m = DMY.exec(d.text);
  if (!m) return d;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month > 12 || day > daysIn(d.year, month)) return d;
  return { ...d, month, day };
}

/** The atom that starts exactly at `pos`, if any. */
function atomAt(line: string, pos: number, offset: number): Atom | undefined {
  ATOM_Y.lastIndex = pos;
  const m = ATOM_Y.exec(line);
  return m ? toAtom(m, offset) : undefined;
}

/** A street's name after a number: capitalised words (a compass point first) ending on a street's word. */
// Three digits and a hyphen or dot right before a year: a phone number's groups ("744-1981").
const NUMBER_GROUP_BEFORE = /\d{3}[-.]$/;
export const STREET_AFTER = /^[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Square|Sq)\b/u;

// "New York State Commission, Albany, NY                  Current": a right-margin date column
// that says only that the role goes on (its start not given).
// ("Sedgwick County | Wichita, KS | Present": or a field of its own after a bar or a bullet.)
const MARGIN_CURRENT = /(?:[ ]{3,}|\t|[ \t][|•·][ \t]*)(present|current|ongoing)[ \t]*$/i;

function marginCurrent(line: string, offset: number): DateRange | undefined {
  const m = line.length <= 400 ? MARGIN_CURRENT.exec(line) : null;
  if (!m || !/\p{L}/u.test(line.slice(0, m.index))) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { current: true, currentText: m[1], span: { start: offset + start, end: offset + start + m[1].length }, text: m[1] };
}

/**
 * The first date range (or single date) in one line of header text, with its exact span.
 * Prefix words that belong to it ("Expected", "Graduated", "Since", "From") and a trailing
 * "(expected)" are inside the range's span; each date's own span is the date alone.
 */
export function findDateRange(line: string, offset: number): DateRange | undefined {
  if (typeof line !== 'string' || line.length === 0) return undefined;
  // Every date has a digit (or is "???" before a dated end): most lines can be skipped at once.
  if (!HAS_DIGIT.test(line)) return line.length > 20 && (line.includes('  ') || line.includes('\t') || line.includes('| ') || line.includes('• ') || line.includes('· ')) ? marginCurrent(line, offset) : undefined;
  // The first range wins; with no range, the last single date ("OPENSTART 2013 Conference (2012)"),
  // unless the line opens with one.
  let single: DateRange | undefined;
  let opening: DateRange | undefined;
  for (let from = 0; ; ) {
    const r = scanRange(line, offset, from);
    if (!r) return opening ?? (single && yearList(line, offset, single)) ?? marginCurrent(line, offset) ?? gluedYears(line, offset);
    if (r.end || r.current) return r;
    // "1540 High Meadows Way, Cedar Hill, TX": a house number before a street's name is no year.
    // "Tracie Payne SLP | 651-744-1981": the last group of a phone number is no year either.
    if (r.start?.precision === 'year' && (STREET_AFTER.test(line.slice(r.span.end - offset, r.span.end - offset + 80)) || NUMBER_GROUP_BEFORE.test(line.slice(Math.max(0, r.span.start - offset - 4), r.span.start - offset)))) {
      from = r.span.end - offset;
      continue;
    }
    // "   2016     Problem Writer, 2016 CODEGATE …": a date that opens the line is the date column.
    if (!single && r.span.start - offset === line.length - line.trimStart().length) opening = r;
    single = r;
    from = r.span.end - offset;
  }
}

// Two years run together, the later second, neither touching other digits.
const GLUED_YEARS = /(?<![\d./-])((?:19|20)\d\d)((?:19|20)\d\d)(?![\d./-])/;

/**
 * "… Philadelphia PA 20022008": pdftotext's default copy joins a line that ends on a hyphen to the
 * next, so a range wrapped after its dash ("2002-" / "2008") comes out as eight digits. Two years
 * the second no earlier and at most 60 later are that range; undefined otherwise.
 */
function gluedYears(line: string, offset: number): DateRange | undefined {
  const m = line.length <= 400 ? GLUED_YEARS.exec(line) : null;
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (b < a || b - a > 60) return undefined;
  const at = offset + m.index;
  const start = parseDate(m[1], at);
  const end = parseDate(m[2], at + 4);
  if (!start || !end) return undefined;
  return { start, end, current: false, separator: '', span: { start: at, end: at + 8 }, text: m[0] };
}

/** Years listed before a year, each and its comma: "2015, 2016, " before "2017". */
const YEARS_BEFORE = /(?:(?<![\d.,])(?:19|20)\d\d,[ \t]*)+$/;

/**
 * "Harvest Gala 2015, 2016, 2017": a single year that ends a list of years is the list's
 * last, and the list is its text (none of it is the name's). The date stays the last year: the
 * list says when, not a span of time.
 */
function yearList(line: string, offset: number, r: DateRange): DateRange {
  if (r.start?.precision !== 'year' || r.span.start !== r.start.span.start) return r;
  const at = r.span.start - offset;
  const m = YEARS_BEFORE.exec(line.slice(Math.max(0, at - 60), at));
  if (!m) return r;
  const start = r.span.start - m[0].length;
  return { ...r, span: { start, end: r.span.end }, text: line.slice(start - offset, r.span.end - offset) };
}

// "01/23 - present", "05/21 – 12/21": month/two-digit-year pairs, read only as a whole range
// (alone, "05/21" may be a day and a month).
const SHORT_RANGE = /(?<![\d/.])(0?[1-9]|1[0-2])\/(\d{2})\s*(--|[-‐-―−~→–—])\s*(?:(0?[1-9]|1[0-2])\/(\d{2})(?![\d/])|(present|current|curr\.|now|today)(?![A-Za-z]))/gi;

function shortRange(line: string, offset: number, from: number): DateRange | undefined {
  SHORT_RANGE.lastIndex = from;
  const m = SHORT_RANGE.exec(line);
  if (!m) return undefined;
  const at = m.index;
  const date = (mo: string, yy: string, start: number): ResumeDate => {
    const text = `${mo}/${yy}`;
    return { year: twoDigitYear("'" + yy), month: Number(mo), precision: 'month', style: dateStyle('numeric'), text, span: { start: offset + start, end: offset + start + text.length } };
  };
  let start = date(m[1], m[2], at);
  const endAt = at + m[0].length - (m[6] ?? `${m[4]}/${m[5]}`).length;
  const range: DateRange = { start, current: !!m[6], span: { start: offset + at, end: offset + at + m[0].length }, text: m[0], separator: m[3] ?? ' ' };
  if (m[6]) range.currentText = m[6];
  else {
    const end = date(m[4], m[5], endAt);
    // ("9/68-6/72": a start the pivot put in the 2060s before an end in the 1970s is of the 1960s.)
    if (monthIndex(end) < monthIndex(start) && start.year >= 2000 && end.year < 2000) range.start = start = { ...start, year: start.year - 100 };
    if (monthIndex(end) < monthIndex(start)) return undefined;
    range.end = end;
  }
  return range;
}

// "'19–'21", "'21 – now", "('17–'19)": years cut to two digits after an apostrophe, read only as a
// whole range (alone, "'19" is as likely a quote).
const APOSTROPHE_RANGE = /(?<![\w'’‘])['’‘](\d{2})\s*(--|[-‐-―−~→–—]|to)\s*(?:['’‘](\d{2})(?![\d])|(present|current|curr\.|now|today)(?![A-Za-z]))/gi;

function apostropheRange(line: string, offset: number, from: number): DateRange | undefined {
  APOSTROPHE_RANGE.lastIndex = from;
  const m = APOSTROPHE_RANGE.exec(line);
  if (!m) return undefined;
  const at = m.index;
  const date = (yy: string, start: number): ResumeDate => {
    const text = m[0].slice(start - at, start - at + 3);
    return { year: twoDigitYear("'" + yy), precision: 'year', style: dateStyle('none'), text, span: { start: offset + start, end: offset + start + 3 } };
  };
  const start = date(m[1], at);
  const range: DateRange = { start, current: !!m[4], span: { start: offset + at, end: offset + at + m[0].length }, text: m[0], separator: m[2] };
  if (m[4]) range.currentText = m[4];
  else {
    const end = date(m[3], at + m[0].length - 3);
    if (end.year < start.year) return undefined;
    range.end = end;
  }
  return range;
}

// "2015–17", "(2012-14)", "1998–03": a year and the next one cut to its last two digits. With a
// plain hyphen and no spaces only when the two digits cannot be a month ("2010-12" is December);
// never a fiscal year ("FY2023-24", "FY 2023–24").
// ("1998-9", "1996-8": the last digit alone, in CVs of the last century, where it is more than the
// start year's.)
const SHORT_END_RANGE = /(?<![A-Za-z\d/.:-])(?<!\bFY\s?)((?:19|20)\d{2})(\s*[‐-―−–—]\s*|\s+-\s+|-)(\d{1,2})(?![\d%]|[./:]\d)/g;

function shortEndRange(line: string, offset: number, from: number): DateRange | undefined {
  SHORT_END_RANGE.lastIndex = from;
  for (let m = SHORT_END_RANGE.exec(line); m; m = SHORT_END_RANGE.exec(line)) {
    const y1 = Number(m[1]);
    const yy = Number(m[3]);
    const digits = m[3].length;
    let y2: number;
    if (digits === 1) {
      y2 = y1 - (y1 % 10) + yy;
      if (y2 <= y1) continue;
    } else {
      if (m[2] === '-' && yy <= 12) continue;
      y2 = y1 - (y1 % 100) + yy;
      if (y2 <= y1) y2 += 100;
      if (y2 - y1 > 15) continue;
    }
    const at = m.index;
    const start: ResumeDate = { year: y1, precision: 'year', style: dateStyle('none'), text: m[1], span: { start: offset + at, end: offset + at + 4 } };
    const endAt = at + m[0].length - digits;
    const end: ResumeDate = { year: y2, precision: 'year', style: dateStyle('none'), text: m[3], span: { start: offset + endAt, end: offset + endAt + digits } };
    return { start, end, current: false, span: { start: offset + at, end: offset + at + m[0].length }, text: m[0], separator: m[2].trim() || m[2] };
  }
  return undefined;
}

const YEAR_THEN_DASH = /\d{4}\s*[‐-―−–—-]/;

// "Lug 06 - Sett 08", "Ott 05 - Presente": another language's month and a two-digit year, read only
// as a whole range (alone, "Mar 12" or "Set 15" may be anything); "Sett 06 Sett 08", its dash an
// arrow the copy lost, too.
const ALL_OTHER_MONTHS = Object.keys(OTHER_MONTHS).sort((a, b) => b.length - a.length).join('|');
const OTHER_TWO_DIGIT_RANGE = new RegExp(
  `(?<![\\p{L}\\d])(${ALL_OTHER_MONTHS})\\.?\\s+(\\d{2})(?:\\s*([-–—])\\s*|\\s+(?=(?:${ALL_OTHER_MONTHS})\\.?\\s+\\d{2}(?![\\p{L}\\d])))(?:(${ALL_OTHER_MONTHS})\\.?\\s+(\\d{2})|(presente|present|oggi|ad\\s+oggi|ad\\s+ora|attualmente|actualidad|actualmente|atual|hoje|heute|heden|aujourd['’]hui|présent))(?![\\p{L}\\d])`,
  'iu',
);

const TWO_DIGITS_ALONE = /(?<!\d)\d{2}(?!\d)/;

function otherTwoDigitRange(line: string, offset: number, from: number): DateRange | undefined {
  const m = OTHER_TWO_DIGIT_RANGE.exec(from ? line.slice(from) : line);
  if (!m) return undefined;
  const at = from + m.index;
  const date = (mo: string, yy: string, start: number): ResumeDate | undefined => {
    const info = OTHER_MONTHS[mo.toLowerCase()];
    if (!info) return undefined;
    const text = line.slice(start, line.indexOf(yy, start + mo.length) + 2);
    return { year: twoDigitYear("'" + yy), month: info.month, precision: 'month', style: dateStyle(info.form), text, span: { start: offset + start, end: offset + start + text.length } };
  };
  const start = date(m[1], m[2], at);
  if (!start) return undefined;
  const range: DateRange = { start, current: !!m[6], span: { start: offset + at, end: offset + at + m[0].length }, text: m[0], separator: m[3] ?? ' ' };
  if (m[6]) range.currentText = m[6];
  else {
    const end = date(m[4], m[5], at + m[0].length - m[0].slice(m[0].lastIndexOf(m[4])).length);
    if (!end || monthIndex(end) < monthIndex(start)) return undefined;
    range.end = end;
  }
  return range;
}

function scanRange(line: string, offset: number, from: number): DateRange | undefined {
  const apostrophe = line.length <= 2000 && (line.includes("'") || line.includes('’') || line.includes('‘')) ? apostropheRange(line, offset, from) : undefined;
  let found = scanRangeSlashed(line, offset, from);
  // (Where the full scan found no range there: "2015–17" read as 2015, "2012-14" as nothing.)
  if ((!found || (!found.end && !found.current)) && line.length <= 2000 && YEAR_THEN_DASH.test(line)) {
    const cut = shortEndRange(line, offset, from);
    if (cut && (!found || cut.span.start <= found.span.start)) found = cut;
  }
  if (apostrophe && (!found || (!found.end && !found.current) || apostrophe.span.start < found.span.start)) return apostrophe;
  // (Only where two digits stand alone: most lines have none, and the months' pattern is long.)
  if ((!found || (!found.end && !found.current)) && line.length <= 2000 && TWO_DIGITS_ALONE.test(line)) {
    const other = otherTwoDigitRange(line, offset, from);
    if (other && (!found || other.span.start <= found.span.start)) return other;
  }
  return found;
}

function scanRangeSlashed(line: string, offset: number, from: number): DateRange | undefined {
  const short = line.length <= 2000 && line.includes('/') ? shortRange(line, offset, from) : undefined;
  const full = scanRangeFull(line, offset, from);
  if (short && (!full || (short.span.start <= full.span.start && !full.end && !full.current) || (short.span.start < full.span.start))) return short;
  return full;
}

const BLANK = /^\s*$/;
const OPEN_DASH_AFTER = /^[-–—]\s+\p{Lu}/u;
const CLOSERS_G = /[)\]|]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A year outside working lives ("Suite 1200", a citation's pages 2217–2224). */
const old = (d: ResumeDate) => d.year < 1900 || d.year > 2099;

function scanRangeFull(line: string, offset: number, from: number): DateRange | undefined {
  // Headers are short; a huge "line" is not a header and scanning it is wasted work.
  const scan = line.length > 2000 ? line.slice(0, 2000) : line;
  ATOM_G.lastIndex = from;
  for (let m = ATOM_G.exec(scan); m; m = ATOM_G.exec(scan)) {
    let a = toAtom(m, offset);
    const aEnd = m.index + m[0].length;
    if (m[0].length === 0) {
      ATOM_G.lastIndex++;
      continue;
    }
    if (a.kind === 'invalid' || a.kind === 'current') continue;
    if (a.kind === 'date' && a.date.precision === 'year') {
      const wm = WORD_AT_END.exec(scan.slice(Math.max(0, m.index - 16), m.index));
      if (wm && isMisspeltMonth(wm[1])) continue;
    }
    // What follows: a separator and a second atom?
    let b: Atom | undefined;
    let sep: string | undefined;
    let openEnded = false;
    // Where an open range that words follow ends: right after its dash.
    let dashEnd = -1;
    SEP_Y.lastIndex = aEnd;
    const sm = SEP_Y.exec(scan);
    let expectedEnd = false;
    // Where a part of the year written before the end starts ("late 2003"), or -1.
    let endPart = -1;
    if (sm) {
      // "Sep 2024 – Expected May 2026": the end is planned.
      let at = SEP_Y.lastIndex;
      EXPECTED_Y.lastIndex = at;
      const em = EXPECTED_Y.exec(scan);
      if (em) {
        at = EXPECTED_Y.lastIndex;
        expectedEnd = true;
      }
      // "early 2003 – late 2003": the end's part of its year is the end's.
      PART_OF_YEAR_Y.lastIndex = at;
      if (PART_OF_YEAR_Y.exec(scan)) {
        endPart = at;
        at = PART_OF_YEAR_Y.lastIndex;
      }
      b = atomAt(scan, at, offset);
      if (b && (b.kind === 'invalid' || b.kind === 'unknown')) b = undefined;
      // ("2013/2014", "2021/actuellement": a slash parts two years of a span, a school year as
      // European CVs write it; not a month and its year, nor two years far apart.)
      if (b && sm[1] === '/' && !(a.kind === 'date' && a.date.precision === 'year' && (b.kind === 'current' || (b.kind === 'date' && b.date.precision === 'year' && b.date.year >= a.date.year && b.date.year - a.date.year <= 10)))) b = undefined;
      if (b) sep = sm[1] ?? sm[2] ?? sm[3];
      // "2020-04 —" with nothing after the dash: an open range, still going.
      if (!b && a.kind === 'date' && BLANK.test(scan.slice(SEP_Y.lastIndex, SEP_Y.lastIndex + 40).replace(CLOSERS_G, '')) && SEP_Y.lastIndex >= scan.trimEnd().length) {
        openEnded = true;
      }
      // "2013- Consultant, Tokamak Energy": a year that opens the line with a dash set on it and
      // a space after (or a column's gap, "2023-        Assistant Professor"), then words: a range left
      // open (a date column of CVs written as paragraphs).
      if (!b && a.kind === 'date' && a.date.precision === 'year' && !scan.slice(0, m.index).trim() && OPEN_DASH_AFTER.test(scan.slice(aEnd, aEnd + 40))) {
        openEnded = true;
        dashEnd = aEnd + 1;
      }
    } else if (a.kind === 'date' && a.date.month !== undefined) {
      // Only month dates, and only a later month date or "Present": "May 2019 2020" is no range.
      GAP_Y.lastIndex = aEnd;
      if (GAP_Y.exec(scan)) {
        // "Mar. 2016 Exp. Jun. 2017" (the dash lost in the copy): the planned end.
        let at = GAP_Y.lastIndex;
        EXPECTED_Y.lastIndex = at;
        const em = EXPECTED_Y.exec(scan);
        if (em) at = EXPECTED_Y.lastIndex;
        const c = atomAt(scan, at, offset);
        if (c && (c.kind === 'current' || (c.kind === 'date' && c.date.month !== undefined && monthIndex(c.date) >= monthIndex(a.date)))) {
          b = c;
          if (em) expectedEnd = true;
        }
      }
    }
    let start: ResumeDate | undefined;
    let end: ResumeDate | undefined;
    let current = openEnded;
    let currentText: string | undefined;
    // "June 12 to July 11, 2014", "April 14-25, 2014": the two digits after the month are its day
    // (not a year cut short, "Sep 15 – Now") when the end is a day with its year.
    if (a.kind === 'date' && sm && MONTH_TWO_DIGITS.test(a.date.text)) {
      DAY_YEAR_Y.lastIndex = SEP_Y.lastIndex;
      if ((b?.kind === 'date' && b.date.precision === 'day' && b.date.text.includes(',')) || (!b && DAY_YEAR_Y.test(scan))) {
        const word = MONTH_TWO_DIGITS.exec(a.date.text)!;
        a = { kind: 'partial', month: a.date.month!, monthStyle: a.date.style.month, day: Number(word[1]), text: a.date.text, start: a.date.span.start, end: a.date.span.end };
      }
    }
    if (a.kind === 'partial') {
      // "April 14-25, 2014": days of one month, the year after the second.
      if (!b && sm && a.day !== undefined) {
        DAY_YEAR_Y.lastIndex = SEP_Y.lastIndex;
        const dm = DAY_YEAR_Y.exec(scan);
        const day = dm ? Number(dm[1]) : 0;
        const year = dm ? Number(dm[2]) : 0;
        if (dm && validYear(year) && day > a.day && day <= daysIn(year, a.month)) {
          const endAt = offset + SEP_Y.lastIndex;
          b = { kind: 'date', date: { year, month: a.month, day, precision: 'day', style: dateStyle(a.monthStyle), text: dm[0], span: { start: endAt, end: endAt + dm[0].length } } };
          sep = sm[1] ?? sm[2] ?? sm[3];
        }
      }
      if (!b || b.kind !== 'date' || b.date.precision === 'year' || b.date.precision === 'season') continue;
      const year = a.month <= (b.date.month ?? 12) ? b.date.year : b.date.year - 1;
      const withDay = a.day !== undefined && b.date.precision === 'day' && a.day <= daysIn(year, a.month);
      start = { year, month: a.month, precision: 'month', style: dateStyle(a.monthStyle), text: a.text, span: { start: a.start, end: a.end } };
      if (withDay) {
        start.day = a.day;
        start.precision = 'day';
      }
      end = b.date;
    } else if (a.kind === 'unknown') {
      if (!b) continue;
      if (b.kind === 'current') {
        current = true;
        currentText = b.text;
      } else if (b.kind === 'date') end = b.date;
      else continue;
    } else {
      // "Carpenters Local 1319 — Albuquerque", "Suite 1200": a number after words, outside the
      // years of working lives, is no year unless it makes a range with another such year
      // ("1654-1660"); a line that opens with one ("1600", "1667 - death") still dates an entry.
      // (Nor a year and month of such a number: "Operations Research Analyst (GS-1515-11)", a pay grade.)
      if ((a.date.precision === 'year' || a.date.precision === 'month') && old(a.date) && !(b?.kind === 'date' && old(b.date)) && LETTER_OR_DIGIT.test(scan.slice(0, m.index))) continue;
      // "Methods in Ecology and Evolution 13: 2217–2224", "pp. 1654–1660": a citation's pages.
      if (a.date.precision === 'year' && old(a.date) && PAGES_BEFORE.test(scan.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "Windows 2000 Professional", "SQL Server 2019", "Office 2016": a product's version, no date.
      if (a.date.precision === 'year' && !b && !openEnded && VERSIONED_BEFORE.test(scan.slice(Math.max(0, m.index - 16), m.index))) continue;
      start = a.date;
      if (b?.kind === 'current') {
        current = true;
        currentText = b.text;
      } else if (b?.kind === 'date') end = b.date;
      else b = undefined;
    }
    if (!b && !openEnded) sep = undefined;
    if (openEnded && sm) sep = sm[1] ?? sm[2] ?? sm[3];
    let spanStart = m.index;
    let spanEnd = b ? (b.kind === 'date' ? b.date.span.end : b.end) - offset : a.kind === 'partial' ? a.end - offset : dashEnd >= 0 ? dashEnd : openEnded ? scan.trimEnd().length : aEnd;
    let expected = expectedEnd && b?.kind === 'date';
    const before = scan.slice(Math.max(0, spanStart - 24), spanStart);
    const pm = PREFIX.exec(before);
    if (pm) {
      const word = pm[1].toLowerCase();
      spanStart -= before.length - (pm.index + pm[0].indexOf(pm[1]));
      // ("fin 2023", "early 2003": a part of the year is the date's as printed.)
      // (A year's only: a month's date keeps its own text, which the date-format rule rewrites.)
      if (start && start.precision === 'year' && PART_OF_YEAR_WORD.test(word)) start = withLead(start, scan.slice(spanStart, start.span.start - offset), offset + spanStart);
      if (word.startsWith('exp') || word === 'anticipated') expected = true;
      // ("acting EC-05 from 2019" inside a title is a note on the post: "From" counts only opening
      // its line or a bracket.)
      if (SINCE.test(word) && !end && (word !== 'from' || OPENS_AT.test(scan.slice(0, spanStart)))) current = true;
    }
    if (end && end.precision === 'year' && endPart >= 0 && end.span.start - offset > endPart) end = withLead(end, scan.slice(endPart, end.span.start - offset), offset + endPart);
    SUFFIX_Y.lastIndex = spanEnd;
    const xm = SUFFIX_Y.exec(scan);
    if (xm && (xm[1] === undefined) === (xm[3] === undefined)) {
      expected = true;
      spanEnd = SUFFIX_Y.lastIndex;
    }
    // "01/10/2014 – 31/08/2019": one date of the pair is day first, so both are.
    if (start && end && (dayFirstOnly(start) || dayFirstOnly(end))) {
      start = asDayFirst(start);
      end = asDayFirst(end);
    }
    const range: DateRange = {
      start,
      end,
      current,
      span: { start: offset + spanStart, end: offset + spanEnd },
      text: scan.slice(spanStart, spanEnd),
    };
    if (currentText !== undefined) range.currentText = currentText;
    if (sep !== undefined) range.separator = sep;
    if (expected) range.expected = true;
    return range;
  }
  return undefined;
}

// A word right before a year, to test as a misspelt month.
const WORD_BEFORE_YEAR = /(?<![\p{L}])(\p{L}{3,12})\.?\s+\d{4}(?!\p{N})/gu;
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Real words that sit within two letters of a month name.
const NOT_MONTHS = new Set(['mayor', 'junior', 'mars', 'marc', 'marco', 'maya', 'julia', 'julie', 'juli', 'june', 'augusta', 'mach', 'match', 'marcy', 'octet', 'noble', 'novel', 'apri', 'spring', 'summer', 'winter', 'autumn', 'fall', 'since', 'from', 'class', 'until', 'till', 'through', 'expected']);

const MONTH_INITIAL = /^[jfmasondJFMASOND]/;

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** "Febtember", "Janaury", "Decemebr": within two edits of a month name, and not a month or a known word. */
function isMisspeltMonth(word: string): boolean {
  if (word.length < 4 || word.length > 11 || !MONTH_INITIAL.test(word)) return false;
  const w = word.toLowerCase();
  if (MONTHS[w] || NOT_MONTHS.has(w)) return false;
  // Two edits only for a long month's name: two make "June" of "Jones" and "July" of "Jody".
  return FULL_MONTHS.some((m) => {
    const most = m.length <= 5 ? 1 : 2;
    return Math.abs(m.length - w.length) <= most && editDistance(w, m) <= most;
  });
}

// "13/2020", "00/2019", "2019-13": a month number that no month has.
const BAD_NUMERIC = /(?<![\p{N}/.-])(?:(\d{1,2})\/(\d{4})|(\d{4})-(\d{2}))(?![\p{N}/-])/gu;

/** The first date-like text in a line that is no date: a misspelt month ("Febtember 2020") or month 13 ("13/2020"). */
export function findUnreadableDate(line: string, offset: number): { text: string; start: number; end: number } | undefined {
  const s = line.length > 2000 ? line.slice(0, 2000) : line;
  let best: { text: string; start: number; end: number } | undefined;
  WORD_BEFORE_YEAR.lastIndex = 0;
  for (let m = WORD_BEFORE_YEAR.exec(s); m; m = WORD_BEFORE_YEAR.exec(s)) {
    if (!isMisspeltMonth(m[1])) continue;
    best = { text: m[0], start: offset + m.index, end: offset + m.index + m[0].length };
    break;
  }
  BAD_NUMERIC.lastIndex = 0;
  for (let m = BAD_NUMERIC.exec(s); m; m = BAD_NUMERIC.exec(s)) {
    const month = Number(m[1] ?? m[4]);
    if (month >= 1 && month <= 12) continue;
    // "2016-20" is no month either, but "2016-2020" never reaches here (four digits after the dash).
    if (!best || offset + m.index < best.start) best = { text: m[0], start: offset + m.index, end: offset + m.index + m[0].length };
    break;
  }
  return best;
}

const SEASON_MONTH: Record<Season, number> = { winter: 1, spring: 3, summer: 6, fall: 9 };

/**
 * A date as a month count (year * 12 + month - 1). A year-only date is January at the start of
 * a range and December at its end; a season is its first month.
 */
export function monthIndex(d: Pick<ResumeDate, 'year' | 'month' | 'season'>, edge: 'start' | 'end' = 'start'): number {
  const month = d.month ?? (d.season ? SEASON_MONTH[d.season] : edge === 'start' ? 1 : 12);
  return d.year * 12 + (month - 1);
}

/** Whole months from `a` to `b` (negative when b is earlier), each read as a range start. */
export function monthsBetween(a: Pick<ResumeDate, 'year' | 'month' | 'season'>, b: Pick<ResumeDate, 'year' | 'month' | 'season'>): number {
  return monthIndex(b) - monthIndex(a);
}

/** Orders two dates by time (earlier first) at the precision both have. */
export function compareDates(a: ResumeDate, b: ResumeDate): number {
  return monthIndex(a) - monthIndex(b) || (a.day ?? 1) - (b.day ?? 1);
}

/** Whether two ranges give the same span of time: the same start, end and "still going". */
export function sameRange(a: DateRange, b: DateRange): boolean {
  const same = (x?: ResumeDate, y?: ResumeDate) => (!x && !y) || (!!x && !!y && compareDates(x, y) === 0);
  return same(a.start, b.start) && same(a.end, b.end) && a.current === b.current;
}

/** "2 yrs 3 mos", "1 yr", "5 mos" for a month count (used by hover). */
export function durationText(months: number): string {
  const m = Math.max(0, Math.round(months));
  const y = Math.floor(m / 12);
  const r = m % 12;
  const parts: string[] = [];
  if (y) parts.push(`${y} yr${y === 1 ? '' : 's'}`);
  if (r || !y) parts.push(`${r} mo${r === 1 ? '' : 's'}`);
  return parts.join(' ');
}

const SHORT_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const LONG_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes a date in another month style (for the date-format fix); year/season dates stay as they are. */
export function formatDate(d: ResumeDate, style: DateStyle['month']): string {
  if (d.month === undefined || style === 'none') return d.text;
  const mm = String(d.month).padStart(2, '0');
  switch (style) {
    case 'short':
      return `${SHORT_NAMES[d.month - 1]} ${d.year}`;
    case 'short-dot':
      // "May" has no abbreviation to put a dot after.
      return `${SHORT_NAMES[d.month - 1]}${d.month === 5 ? '' : '.'} ${d.year}`;
    case 'long':
      return `${LONG_NAMES[d.month - 1]} ${d.year}`;
    case 'numeric':
      return `${mm}/${d.year}`;
    case 'iso':
      return `${d.year}-${mm}`;
  }
}
