// Reads a role's header lines ("Acme Corp", "Senior Engineer | Austin, TX | Jan 2019 – Present",
// "*Head Code Ninja*, [Area 52](url) (2013-09 — Present)") into title, organisation, location
// and dates. Shared by the Markdown and plain-text parsers. Only header lines carry dates: a year
// inside a bullet is never a role's date range.
import type { DateRange, EntryKind, Field, ResumeDate, Span } from '../model';
import { findDateRange } from './dates';
import { type Cleaned, factsOf, spanOf, trimRange } from './inline-clean';
import places from '../data/places.json';
import { detach, Memo } from '../memo';

const REGION_CODES = new Set(places.regionCodes);
const PLACE_NAMES = new Set([...places.regionNames, ...places.countries]);
const REMOTE = new Set(places.remote);

// Words that make a piece a job title or a degree (whole words, any case).
const TITLE_WORDS =
  /(?<![A-Za-z\u00C0-\u024F])(engineer(?:ing)?|developer|programmer|manager|director|lead|head|chief|officer|president|vp|svp|evp|ceo|cto|cfo|coo|cio|ciso|founder|co-?founder|owner|partner|intern|internship|analyst|scientist|researcher|research assistant|designer|architect|consultant|specialist|administrator|admin|coordinator|associate|assistant|advis[oe]r|technician|teacher|tutor|instructor|lecturer|professor|fellow|postdoc|student|editor|writer|author|member|contributor|creator|co-?creator|maintainer|volunteer|ninja|principal|staff|senior|sr|junior|jr|trainee|apprentice|supervisor|executive|representative|accountant|nurse|physician|attorney|lawyer|paralegal|clerk|secretary|chair(?:man|woman|person)?|treasurer|mentor|coach|tester|sre|devops|strategist|planner|recruiter|sizar|warden|nco|sergeant|lieutenant|captain|officer|freelancer?|self-employed|contractor|product owner|scrum master|evangelist|advocate|operator|mechanic|electrician|chef|cook|barista|cashier|server|driver)(?![A-Za-z\u00C0-\u024F])/i;
const DEGREE_WORDS =
  /(?<![A-Za-z\u00C0-\u024F])(b\.?\s?sc?\.?|b\.?\s?a\.?|b\.?\s?eng\.?|b\.?\s?tech|m\.?\s?sc?\.?|m\.?\s?a\.?|m\.?\s?eng\.?|m\.?\s?tech|mba|m\.?\s?phil|ph\.?\s?d\.?|d\.?\s?phil|ed\.?d|j\.?d|m\.?d|bachelor'?s?|master'?s?|doctor(?:ate)?|diploma|degree|associate'?s|a\.?a\.?s?\.?|hnd|gcse|a-levels?|baccalaureate|abitur|certificate|minor|major)(?![A-Za-z\u00C0-\u024F])/i;
const ORG_WORDS =
  /(?<![A-Za-z\u00C0-\u024F])(inc|llc|llp|ltd|limited|corp|corporation|company|gmbh|ag|s\.?a|plc|pty|bv|university|universität|université|universidad|college|school|institute|institution|academy|polytechnic|labs?|laboratory|laboratories|group|technologies|bank|capital|partners|foundation|society|association|agency|hospital|clinic|council|department|ministry|government|army|navy|air force|reserves|network|consulting|consultancy|industries|holdings|ventures|center|centre|firm|club|church|museum|library|press|magazine|organi[sz]ation|committee|federation|union|mint|trust|fund|enterprises|ngo|nonprofit|non-profit)(?![A-Za-z\u00C0-\u024F])/i;
// Words that hint at an organisation but also sit in job titles ("Software Engineer", "Co-creator").
const WEAK_ORG_WORDS =
  /(?<![A-Za-z\u00C0-\u024F])(co|tech|technology|systems|solutions|software|studios?|media|services|news|games|digital|analytics|health|energy|motors|airlines|dynamics|international|global|worldwide|startup|office|team)(?![A-Za-z\u00C0-\u024F])/i;

const SPLIT = /\s*(?:\||•|·|▪|◦|\u0000+|\t+|\s{2,}|\s+[-–—]+\s+|[–—]|,|;|\(|\)|\s+@\s+|:\s)\s*/giu;
const MAX_HEADER_LINE = 400;

export interface HeaderResult {
  title?: Field;
  organisation?: Field;
  location?: Field;
  dates?: DateRange;
  /** "Austin, TX March 2014 – Jun 2016 Built ...": the "Built ..." part, a bullet. */
  runOn?: Span;
  /** The organisation sits alone on its line (a company line over several roles). */
  orgOnOwnLine: boolean;
  /** How many pieces (title/org/location candidates) the header had. */
  pieces: number;
}

interface Piece {
  line: number;
  i: number;
  j: number;
  text: string;
  span: Span;
  italic: boolean;
  bold: boolean;
  link: boolean;
  /** Pieces on its line. */
  lineCount: number;
  /** A town split off the end of an organisation ("Texas A&M University | College Station"). */
  town?: boolean;
  titleScore?: number;
  orgScore?: number;
  used?: boolean;
}

/**
 * A fresh copy of a date with its span replaced, written out key by key in the order the date
 * reader creates them (an object spread here was a large share of a re-parse).
 */
function copyDate(x: ResumeDate, span: Span, str: (s: string) => string): ResumeDate {
  const out = { year: x.year } as ResumeDate;
  if (x.month !== undefined) out.month = x.month;
  if (x.day !== undefined) out.day = x.day;
  if (x.season !== undefined) out.season = x.season;
  out.precision = x.precision;
  out.style = { month: x.style.month };
  out.text = str(x.text);
  out.span = span;
  return out;
}

const same = (s: string) => s;

/**
 * A fresh copy of a range with every span passed through `move` and every string through `str`
 * (keys in the order remapping always gave).
 */
function copyRange(r: DateRange, move: (s: Span) => Span, str: (s: string) => string = same): DateRange {
  const out = {} as DateRange;
  if (r.start) out.start = copyDate(r.start, move(r.start.span), str);
  if (r.end) out.end = copyDate(r.end, move(r.end.span), str);
  out.current = r.current;
  out.span = move(r.span);
  out.text = str(r.text);
  if (r.currentText !== undefined) out.currentText = str(r.currentText);
  if (r.separator !== undefined) out.separator = str(r.separator);
  if (r.expected !== undefined) out.expected = r.expected;
  return out;
}

/** Moves every span of a range found in cleaned text back to document offsets. */
function remapRange(r: DateRange, c: Cleaned): DateRange {
  return copyRange(r, (s) => spanOf(c, s.start, s.end));
}

/** The first date range in a cleaned line, its spans in document offsets, and where it sits in the line. */
type FoundRange = { range: DateRange; i: number; j: number };

export function findRangeInCleaned(c: Cleaned): FoundRange | undefined {
  const memo = (c.memo ??= {});
  if (memo.range === undefined) {
    // Kept across parses with the text, spans relative to it.
    const facts = factsOf(c);
    if (facts.range === undefined) {
      const text = facts.text.length > MAX_HEADER_LINE ? facts.text.slice(0, MAX_HEADER_LINE) : facts.text;
      facts.range = findDateRange(text, 0) ?? null;
    }
    const r = facts.range as DateRange | null;
    memo.range = r ? { range: remapRange(r, c), i: r.span.start, j: r.span.end } : null;
  }
  return (memo.range as FoundRange | null) ?? undefined;
}

// "3 years 1 month", "2 yrs", "7 mos": a length of time next to the dates (LinkedIn writes them), not a field.
const DURATION = /^(?:less than (?:a|one) (?:year|month)|\d+\+?\s*(?:years?|yrs?|months?|mos?)(?:,?\s*\d+\s*(?:months?|mos?))?)$/i;
// "(part-time)", "Contract": how the job was held, not a title, employer or place ("Remote" is a place).
const EMPLOYMENT_TYPE = /^(?:part[- ]time|full[- ]time|contract(?:or)?|freelance|temporary|temp|seasonal|permanent|casual|per diem|internship|co-op)$/i;
// Words that name a part of an organisation or a speciality, never a town ("Cardiac Step-Down Unit").
const NOT_TOWN = /\b(?:unit|ward|division|floor|wing|team|desk|program|programme|medical|surgical|clinical|services?)\b/i;
const DANGLING_END = /^\s*[-–—]+\s*\p{Ll}+(?=\s*[)\]]?\s*$)/u;
// After the dates: white space, maybe a bullet glyph, then a capitalised word and two more words.
const RUN_ON = /^(\s+(?:[•◦▪‣●·*–-]\s+)?)\p{Lu}[\p{L}'’-]*(?:\s+\S+){2,}/u;

/** Where a sentence run into a header line after its dates starts (it has lower-case words). */
function runOnAfter(text: string, dateEnd: number): number | undefined {
  const tail = text.slice(dateEnd);
  const m = RUN_ON.exec(tail);
  if (!m || (tail.match(/\s\p{Ll}/gu)?.length ?? 0) < 2) return undefined;
  return dateEnd + m[1].length;
}

/** For a cleaned header line: the index where "Built ..." starts in "Austin, TX March 2014 – Jun 2016 Built ...". */
export function runOnStart(c: Cleaned): number | undefined {
  const found = findRangeInCleaned(c);
  return found ? runOnAfter(c.text.length > MAX_HEADER_LINE ? c.text.slice(0, MAX_HEADER_LINE) : c.text, found.j) : undefined;
}

function isCapitalised(w: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(w);
}

function isPlace(text: string): boolean {
  const t = text.toLowerCase();
  return REGION_CODES.has(text) || PLACE_NAMES.has(t) || REMOTE.has(t);
}

/** A town name before ", CA": a few capitalised words and nothing that names a job or an organisation. */
// First words of two-word towns ("San Francisco", "College Station").
const TOWN_PREFIXES = new Set(['san', 'santa', 'los', 'las', 'new', 'st.', 'st', 'saint', 'salt', 'fort', 'palo', 'mountain', 'menlo', 'redwood', 'el', 'long', 'grand', 'ann', 'des', 'baton', 'sioux', 'cedar', 'little', 'kansas', 'oklahoma', 'jersey', 'rio', 'são', 'hong', 'tel', 'kuala', 'buenos', 'mexico', 'cape', 'east', 'west', 'north', 'south', 'port', 'lake', 'round', 'boca', 'coral', 'silver', 'cherry', 'chapel', 'ann', 'bay', 'beverly', 'culver', 'foster', 'half', 'jersey', 'morgan', 'newport', 'oak', 'overland', 'park', 'pleasant', 'rancho', 'research', 'rocky', 'royal', 'virginia', 'walnut', 'winston', 'yorba']);

/**
 * The town at the end of "Southwestern University Georgetown" or "Acme Corp San Jose": the words
 * after the last organisation word, else the last word (two with a known first word).
 */
function townAtEnd(text: string): string | undefined {
  const words = text.split(' ');
  if (words.length < 2) return undefined;
  // Towns whose first word is also an organisation word.
  const lastTwo = words.slice(-2).join(' ').toLowerCase();
  if (words.length >= 3 && (lastTwo === 'college station' || lastTwo === 'college park' || lastTwo === 'university park')) return words.slice(-2).join(' ');
  let from = -1;
  for (let k = words.length - 2; k >= 0; k--) {
    if (ORG_WORDS.test(words[k])) {
      from = k + 1;
      break;
    }
  }
  if (from < 0) from = words.length >= 3 && TOWN_PREFIXES.has(words[words.length - 2].toLowerCase()) ? words.length - 2 : words.length - 1;
  const town = words.slice(from);
  if (!town.length || town.length > 3 || !town.every(isCapitalised) || from === 0) return undefined;
  return town.join(' ');
}

export function isTownLike(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 3 && words.every(isCapitalised) && !TITLE_WORDS.test(text) && !ORG_WORDS.test(text) && !WEAK_ORG_WORDS.test(text) && !NOT_TOWN.test(text) && !/\d/.test(text);
}

function field(p: Piece): Field {
  return { value: p.text, span: p.span };
}

function joinPieces(a: Piece, b: Piece, lines: Cleaned[]): Piece {
  const c = lines[a.line];
  const text = c.text.slice(a.i, b.j);
  return { ...a, j: b.j, text, span: { start: a.span.start, end: b.span.end } };
}

const shiftSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
const shiftField = (f: Field, d: number, str: (s: string) => string): Field => ({ value: str(f.value), span: shiftSpan(f.span, d) });

/** A fresh copy of a range with every span moved by d. */
const shiftRange = (r: DateRange, d: number, str: (s: string) => string): DateRange => copyRange(r, (s) => shiftSpan(s, d), str);

/** A fresh copy of a header reading with every span moved by d (callers adjust the copy they get). */
function shiftHeader(r: HeaderResult, d: number, str: (s: string) => string = same): HeaderResult {
  const out: HeaderResult = { orgOnOwnLine: r.orgOnOwnLine, pieces: r.pieces };
  if (r.dates) out.dates = shiftRange(r.dates, d, str);
  if (r.runOn) out.runOn = shiftSpan(r.runOn, d);
  if (r.title) out.title = shiftField(r.title, d, str);
  if (r.organisation) out.organisation = shiftField(r.organisation, d, str);
  if (r.location) out.location = shiftField(r.location, d, str);
  return out;
}

/**
 * Everything readHeader reads, as a string: the kind, and per line its offset from the first
 * line, its cleaned text and mapping (relative to the line), and the source under it from two
 * characters before (the markup test looks there).
 */
function headerKey(src: string, lines: Cleaned[], kind: EntryKind): string {
  const base0 = lines[0].base;
  let key = kind;
  for (const c of lines) {
    const runs = c.runs;
    let srcEnd = c.base + c.text.length;
    let map = '';
    if (runs) {
      srcEnd = c.base + (runs.length ? runs[runs.length - 1] : 0);
      map = runs.join(',');
    }
    const from = Math.max(0, c.base - 2);
    // Lengths first, so the variable parts (source, text) cannot run into each other.
    key += `|${c.base - base0},${c.base - from},${srcEnd - from},${runs ? c.text.length : -1},${map};${src.slice(from, srcEnd)}${runs ? c.text : ''}`;
  }
  return key;
}

// Header readings with spans relative to the first line's base.
const headerMemo = new Memo<HeaderResult>();

/** Title, organisation, location and dates of a role's header lines. */
export function readHeader(src: string, lines: Cleaned[], kind: EntryKind): HeaderResult {
  if (!lines.length) return { orgOnOwnLine: false, pieces: 0 };
  const base0 = lines[0].base;
  const key = headerKey(src, lines, kind);
  const kept = headerMemo.get(key);
  if (kept) return shiftHeader(kept, base0);
  const result = readHeaderFresh(src, lines, kind);
  // The kept copy's strings are detached: they are slices of this document.
  headerMemo.set(key, shiftHeader(result, -base0, detach));
  return result;
}

function readHeaderFresh(src: string, lines: Cleaned[], kind: EntryKind): HeaderResult {
  const result: HeaderResult = { orgOnOwnLine: false, pieces: 0 };
  let dateLine = -1;
  let di = 0;
  let dj = 0;
  for (let l = 0; l < lines.length && dateLine < 0; l++) {
    const found = findRangeInCleaned(lines[l]);
    if (found) {
      result.dates = found.range;
      dateLine = l;
      di = found.i;
      dj = found.j;
    }
  }
  const pieces: Piece[] = [];
  for (let l = 0; l < lines.length; l++) {
    const c = lines[l];
    let text = c.text.length > MAX_HEADER_LINE ? c.text.slice(0, MAX_HEADER_LINE) : c.text;
    if (l === dateLine) {
      const at = runOnAfter(text, dj);
      if (at !== undefined) {
        result.runOn = spanOf(c, at, c.text.trimEnd().length);
        text = text.slice(0, dj);
      }
      // "1667 - death", "2019 - ongoing work": a word where the end date would be is not a piece.
      const dangling = DANGLING_END.exec(text.slice(dj));
      if (dangling) text = text.slice(0, dj) + ' '.repeat(dangling[0].length) + text.slice(dj + dangling[0].length);
      text = text.slice(0, di) + '\u0000'.repeat(dj - di) + text.slice(dj);
    }
    const linePieces: Piece[] = [];
    let from = 0;
    SPLIT.lastIndex = 0;
    const cut = (a: number, b: number): void => {
      const [i, j] = trimRange(text, a, b);
      if (j <= i) return;
      const t = text.slice(i, j);
      if (!/[\p{L}]/u.test(t) || DURATION.test(t) || EMPLOYMENT_TYPE.test(t)) return;
      // "Engineer at Acme" is two pieces; "University of Texas at Austin" is one.
      const at = / at /.exec(t);
      if (at && TITLE_WORDS.test(t.slice(0, at.index)) && !ORG_WORDS.test(t.slice(0, at.index))) {
        cut(i, i + at.index);
        cut(i + at.index + at[0].length, j);
        return;
      }
      const span = spanOf(c, i, j);
      // Markup right before the piece in the source says bold (**), italic (*) or link ([).
      const b1 = src.charCodeAt(span.start - 1);
      const b2 = src.charCodeAt(span.start - 2);
      const mark1 = b1 === 42 || b1 === 95;
      const bold = mark1 && b2 === b1;
      linePieces.push({
        line: l,
        i,
        j,
        text: t,
        span,
        bold,
        italic: mark1 && !bold,
        link: b1 === 91,
        lineCount: 0,
        // Every field set up front: one object shape for all pieces keeps property access fast.
        used: false,
        town: false,
        titleScore: 0,
        orgScore: 0,
      });
    };
    for (let m = SPLIT.exec(text); m; m = SPLIT.exec(text)) {
      if (m[0].length === 0) {
        SPLIT.lastIndex++;
        continue;
      }
      cut(from, m.index);
      from = m.index + m[0].length;
    }
    cut(from, text.length);
    // "Southwestern University Georgetown", "TX": the town at the end of the organisation is its own piece.
    for (let k = 1; k < linePieces.length; k++) {
      const p = linePieces[k];
      const prev = linePieces[k - 1];
      if (!REGION_CODES.has(p.text) && !PLACE_NAMES.has(p.text.toLowerCase())) continue;
      if (isTownLike(prev.text)) continue;
      const town = townAtEnd(prev.text);
      if (!town) continue;
      const cut = prev.j - town.length;
      const orgPart = trimRange(text, prev.i, cut);
      if (orgPart[1] <= orgPart[0]) continue;
      const orgPiece: Piece = { ...prev, j: orgPart[1], text: text.slice(orgPart[0], orgPart[1]), span: spanOf(c, orgPart[0], orgPart[1]) };
      const townPiece: Piece = { ...prev, i: cut, text: town, span: spanOf(c, cut, prev.j), italic: false, bold: false, link: false, town: true };
      linePieces.splice(k - 1, 1, orgPiece, townPiece);
      k++;
    }
    // "Menlo Park", "CA" -> one location piece.
    for (let k = 1; k < linePieces.length; k++) {
      const p = linePieces[k];
      const prev = linePieces[k - 1];
      if ((REGION_CODES.has(p.text) || PLACE_NAMES.has(p.text.toLowerCase())) && (prev.town || isTownLike(prev.text)) && !isPlace(prev.text)) {
        linePieces.splice(k - 1, 2, { ...joinPieces(prev, p, lines), italic: prev.italic, bold: prev.bold, link: false });
        k--;
      }
    }
    for (const p of linePieces) p.lineCount = linePieces.length;
    pieces.push(...linePieces);
  }
  result.pieces = pieces.length;
  if (!pieces.length) return result;

  const isLocation = (p: Piece) =>
    isPlace(p.text) || (p.text.includes(',') && /^[\p{Lu}][\p{L} .'-]*(?:,\s*[\p{Lu}][\p{L} .'-]*)+$/u.test(p.text) && isPlace(p.text.split(',').pop()!.trim()));
  // Markup hints: in a role, a bold or linked piece is usually the employer; in a project or an
  // award it is the thing's name.
  const employer = kind === 'work' || kind === 'volunteer' || kind === 'education';
  const markup = (p: Piece) => (p.link ? 1 : 0) + (p.bold ? 1 : 0);
  // Each piece is scored once (the word lists are long regexes).
  for (const p of pieces) {
    const degree = DEGREE_WORDS.test(p.text);
    const title =
      (kind === 'education' && degree ? 3 : 0) + (TITLE_WORDS.test(p.text) ? 2 : 0) + (p.italic ? 1 : 0) + (kind !== 'education' && degree ? 1 : 0) + (employer ? 0 : markup(p));
    const org = (ORG_WORDS.test(p.text) ? 2 : WEAK_ORG_WORDS.test(p.text) ? 1 : 0) + (employer ? markup(p) : 0);
    p.titleScore = title;
    p.orgScore = org;
  }
  const titleScore = (p: Piece) => p.titleScore ?? 0;
  const orgScore = (p: Piece) => p.orgScore ?? 0;

  const loc = pieces.find((p) => isLocation(p));
  if (loc) {
    loc.used = true;
    result.location = field(loc);
  }
  const best = (score: (p: Piece) => number, beats: (p: Piece) => number): Piece | undefined => {
    let top: Piece | undefined;
    let topScore = 0;
    for (const p of pieces) {
      if (p.used) continue;
      const s = score(p);
      // A piece only counts as X when it reads more like X than like the other.
      if (s > topScore && s > beats(p)) {
        top = p;
        topScore = s;
      }
    }
    return top;
  };
  let title = best(titleScore, orgScore);
  if (title) title.used = true;
  let org = best(orgScore, titleScore);
  if (org) org.used = true;
  const rest = pieces.filter((p) => !p.used);
  for (const p of rest) {
    if (p.used) continue;
    if (!title && !org) {
      // Two unknowns. On one line résumés write "Title, Org" ("Title at Org"); a header split over
      // lines usually puts the organisation first, as company-over-title PDF templates do.
      const other = rest.find((q) => q !== p && !q.used);
      if (other && other.line !== p.line && kind !== 'education') {
        org = p;
        p.used = true;
        continue;
      }
      if (kind === 'education' && other) {
        org = p;
        p.used = true;
        continue;
      }
      title = p;
      p.used = true;
      continue;
    }
    // "Gitlytics | Python, Flask, React": after a project's name, a list is its stack, not an employer or place.
    if (kind === 'project' && title && p.lineCount > 2) break;
    if (!title) {
      // "Trinity College, Cambridge": a town right after the organisation is where it is.
      if (org && p.line === org.line && p.i > org.j && isTownLike(p.text) && !result.location && p.text.split(/\s+/).length <= 2 && rest.filter((q) => !q.used).length === 1) {
        result.location = field(p);
        p.used = true;
        continue;
      }
      title = p;
      p.used = true;
      continue;
    }
    if (!org) {
      org = p;
      p.used = true;
      continue;
    }
    // "PhD, Computer Science": a leftover right after the title belongs to it.
    if (p.line === title.line && p.i > title.j && !/[|•·\t]/.test(lines[p.line].text.slice(title.j, p.i)) && p.i - title.j <= 3 && kind === 'education') {
      title = { ...joinPieces(title, p, lines) };
      p.used = true;
      continue;
    }
    if (!result.location && isTownLike(p.text)) {
      result.location = field(p);
      p.used = true;
    }
  }
  // A project's name comes first ("Trailmap: an offline map app"), unless a role word says otherwise.
  const readFirst = (a: Piece, b: Piece) => a.line < b.line || (a.line === b.line && a.i < b.i);
  if (kind === 'project' && title && org && readFirst(org, title) && !TITLE_WORDS.test(title.text)) {
    const t = title;
    title = org;
    org = t;
  }
  // A project, a publication or an award has a name, not an employer.
  if (!title && org && pieces.length === 1 && kind !== 'work' && kind !== 'education' && kind !== 'volunteer') {
    title = org;
    org = undefined;
  }
  if (title) result.title = field(title);
  if (org) {
    result.organisation = field(org);
    result.orgOnOwnLine = org.lineCount === 1 && org.line !== dateLine;
  }
  return result;
}
