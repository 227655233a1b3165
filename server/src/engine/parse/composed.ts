/**
 * Text with its accents composed, for a reader whose patterns know "é" and not "e" + U+0301.
 * pdftotext gives a LaTeX PDF's accented letters decomposed ("Expe\u0301riences",
 * "De\u0301veloppeur"), pdf.js as a spacing accent before the letter ("Exp´eriences"): no heading,
 * title or name pattern matches such a word. The reader reads the composed text and its positions
 * are mapped back to the document's afterwards. (Small capitals split apart are joined the same way.)
 */
import type { Bullet, Resume } from '../model';
import { LookbehindScan } from '../text/lookbehind-scan';

const DECOMPOSED = /\p{L}[\u0300-\u036f]/u;
const MARK = /[\u0300-\u036f]/;

/**
 * The text a reader reads, and for each of its offsets (and its end) the document's offset:
 * accents composed, and small capitals joined; undefined when neither changes anything.
 */
export function composedText(raw: string): { text: string; map: number[] } | undefined {
  let out: { text: string; map: number[] } | undefined;
  for (const stage of STAGES) {
    const next = stage(out?.text ?? raw);
    if (!next) continue;
    const before = out;
    out = { text: next.text, map: before ? next.map.map((i) => before.map[i]) : next.map };
  }
  return out;
}

// A spacing accent as pdf.js copies a LaTeX PDF's accented letter ("Exp´eriences", "J¨ulich",
// "fran¸cais"), and the combining mark it stands for.
const SPACING_ACCENTS: Record<string, string> = { '´': '\u0301', '`': '\u0300', 'ˆ': '\u0302', '¨': '\u0308', '˜': '\u0303', '¸': '\u0327', 'ˇ': '\u030c' };
const SPACING_IN_WORD = /\p{L}[´`ˆ¨˜¸ˇ]\p{L}/u;
const SPACING_ACCENT = /[´`ˆ¨˜¸ˇ]/;
const LETTER = /\p{L}/u;

/**
 * The text with a spacing accent between two letters of a word ("Comp´etences") set on the letter
 * after it as the one letter it stands for ("Compétences"), where such a letter exists; an
 * apostrophe typed as an accent ("don´t") is left alone, for "t" takes no acute.
 */
function composedSpacingAccents(raw: string): { text: string; map: number[] } | undefined {
  // (No spacing accent at all, as in most texts, is told by the plain class: see composedAccents.)
  if (!SPACING_ACCENT.test(raw) || !SPACING_IN_WORD.test(raw)) return undefined;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const mark = SPACING_ACCENTS[raw[i]];
    if (mark && i > 0 && i + 1 < raw.length && LETTER.test(raw[i - 1]) && LETTER.test(raw[i + 1])) {
      const letter = (raw[i + 1] + mark).normalize('NFC');
      if (letter.length === 1) {
        text += letter;
        map.push(i);
        i++;
        continue;
      }
    }
    text += raw[i];
    map.push(i);
  }
  map.push(raw.length);
  return text.length === raw.length ? undefined : { text, map };
}

// "E DUCATION", "A UG . 2013 – P RESENT": pdftotext sets a small-capitals word's first letter
// (a full capital, another size) apart from the rest, and the rest apart from a full stop.
const SPLIT_G = /(?<![\p{L}])\p{Lu}( )(?=\p{Lu}{2,}(?![\p{L}]))|(?<=\p{Lu}{2})( )(?=\.)/gu;
// (The split as text.ts's headings read it.)
export const SMALL_CAPS_SPLIT = /(?<![\p{L}])\p{Lu} \p{Lu}{2,}(?![\p{L}])/u;
/**
 * SMALL_CAPS_SPLIT.test over a whole text, with the lookbehind checked by hand (LookbehindScan):
 * V8 tries a leading lookbehind at every position, ~0.2 ms on a 5 KB text.
 */
const SMALL_CAPS_SCAN = new LookbehindScan(new RegExp(SMALL_CAPS_SPLIT.source, 'gu'));
function hasSmallCapsSplit(text: string): boolean {
  SMALL_CAPS_SCAN.lastIndex = 0;
  const found = SMALL_CAPS_SCAN.exec(text) !== null;
  SMALL_CAPS_SCAN.lastIndex = 0;
  return found;
}
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
// A line's stretches between wide gaps (the columns of a -layout copy).
const CELL_G = /\S+(?: \S+)*/g;
const HEADING_TOKENS = /^[\p{Lu}&' ]+$/u;
const MIN_HEADINGS = 2;

/**
 * The text with dates set in small capitals joined ("A UG . 2013 – P RESENT" is "AUG. 2013 –
 * PRESENT"), when at least two lines are headings set that way ("P ROFESSIONAL E XPERIENCE",
 * "E DUCATION"): a date reader knows "AUG." and "PRESENT". Only in a stretch of a line (between
 * wide gaps) with a digit and no lower-case letter; headings and names are left as they are, for
 * the reader knows them split (a heading in small capitals must name a section it knows).
 */
function joinedSmallCaps(raw: string): { text: string; map: number[] } | undefined {
  if (!hasSmallCapsSplit(raw)) return undefined;
  let headings = 0;
  for (const line of raw.split('\n')) {
    const t = line.trim();
    if (t.length < 60 && SMALL_CAPS_SPLIT.test(t) && HEADING_TOKENS.test(t) && ++headings >= MIN_HEADINGS) break;
  }
  if (headings < MIN_HEADINGS) return undefined;
  let text = '';
  const map: number[] = [];
  let from = 0;
  for (let start = 0; start <= raw.length; ) {
    const nl = raw.indexOf('\n', start);
    const end = nl < 0 ? raw.length : nl;
    const line = raw.slice(start, end);
    CELL_G.lastIndex = 0;
    for (let c = CELL_G.exec(line); c; c = CELL_G.exec(line)) {
      const cell = c[0];
      if (LOWER.test(cell) || !DIGIT.test(cell)) continue;
      SPLIT_G.lastIndex = 0;
      let removed = 0;
      for (let m = SPLIT_G.exec(cell); m; m = SPLIT_G.exec(cell)) {
        const cut = start + c.index + m.index + (m[1] !== undefined ? 1 : 0);
        for (let i = from; i < cut; i++) map.push(i);
        text += raw.slice(from, cut);
        from = cut + 1;
        removed++;
      }
      if (!removed) continue;
      // (As many spaces after the stretch as it lost: a -layout copy's columns stay where they stand.)
      const cellEnd = start + c.index + cell.length;
      for (let i = from; i < cellEnd; i++) map.push(i);
      text += raw.slice(from, cellEnd) + ' '.repeat(removed);
      for (let k = 0; k < removed; k++) map.push(cellEnd);
      from = cellEnd;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (from === 0) return undefined;
  for (let i = from; i < raw.length; i++) map.push(i);
  text += raw.slice(from);
  map.push(raw.length);
  return { text, map };
}

/** The text with its accents composed, and the document's offset of each of its offsets; undefined when nothing composes. */
function composedAccents(raw: string): { text: string; map: number[] } | undefined {
  // (Most texts have no combining mark at all, which the plain class tells at once: the pattern's
  // letter class, tried at every position, took ~50 us on a 5 KB text.)
  if (!MARK.test(raw) || !DECOMPOSED.test(raw)) return undefined;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; ) {
    let j = i + 1;
    while (j < raw.length && MARK.test(raw[j])) j++;
    if (j === i + 1) {
      text += raw[i];
      map.push(i);
      i = j;
      continue;
    }
    const cluster = raw.slice(i, j).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) map.push(Math.min(i + k, j - 1));
    text += cluster;
    i = j;
  }
  map.push(raw.length);
  return text.length === raw.length ? undefined : { text, map };
}

/**
 * Maps every position of a model read from the composed text back to the document: each span,
 * and each bullet's offsets (a bullet whose text is no longer the document's slice gets them).
 */
export function mapPositions(resume: Resume, map: number[]): void {
  const at = (i: number) => map[Math.max(0, Math.min(i, map.length - 1))];
  const bullet = (b: Bullet) => {
    b.offsets = b.offsets ? b.offsets.map(at) : Array.from({ length: b.text.length + 1 }, (_, i) => at(b.span.start + i));
  };
  for (const s of resume.sections)
    for (const e of s.entries) {
      for (const b of e.bullets) bullet(b);
      if (e.description) bullet(e.description);
    }
  // (Each span once, wherever a field copied with its span shares it: "offsets" arrays hold no spans.)
  eachObject(resume, (o) => {
    if (isSpan(o)) {
      o.start = at(o.start);
      o.end = at(o.end);
    }
  }, 'offsets');
}

/** A span: exactly a start and an end offset. */
function isSpan(o: Record<string, unknown>): o is { start: number; end: number } {
  return typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2;
}

/**
 * Calls `visit` once for every object (not array) reachable from `root`, `root` included, each once
 * however many fields share it; properties named `skip` are not descended into.
 */
export function eachObject(root: object, visit: (o: Record<string, unknown>) => void, skip?: string): void {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const o = v as Record<string, unknown>;
    visit(o);
    for (const k in o) if (k !== skip) walk(o[k]);
  };
  walk(root);
}

// Each stage reads the text the one before it gave.
// A date column that stacks a role's start over its end, each on its own line ("2021" / "2024",
// "2017" / "present": moderncv's timeline, HTML templates' side column), copied as two lines
// before the role: read as the one range it draws ("2021 – 2024"). Only an end at or after the
// start, so a column of single years going back in time ("2020" / "2018") stays years.
const STACKED_DATES = /^([ \t]*)((?:19|20)\d{2})[ \t]*\r?\n[ \t]*((?:19|20)\d{2}|present|now|current|today)[ \t]*\r?$/imu;
const STACKED_DATES_G = new RegExp(STACKED_DATES.source, 'gimu');
const JOINED = ' – ';

function joinedStackedDates(raw: string): { text: string; map: number[] } | undefined {
  if (!STACKED_DATES.test(raw)) return undefined;
  let text = '';
  const map: number[] = [];
  let from = 0;
  STACKED_DATES_G.lastIndex = 0;
  for (let m = STACKED_DATES_G.exec(raw); m; m = STACKED_DATES_G.exec(raw)) {
    const end = m[3];
    if (/^\d/.test(end) && Number(end) < Number(m[2])) {
      // (The end may open the next pair: "2018" / "2016" / "2017".)
      STACKED_DATES_G.lastIndex = m.index + m[1].length + m[2].length;
      continue;
    }
    const cut = m.index + m[1].length + m[2].length;
    const next = m.index + m[0].lastIndexOf(end);
    for (let i = from; i < cut; i++) map.push(i);
    text += raw.slice(from, cut) + JOINED;
    // (The dash stands where the line broke.)
    for (let k = 0; k < JOINED.length; k++) map.push(cut);
    from = next;
  }
  if (from === 0) return undefined;
  for (let i = from; i < raw.length; i++) map.push(i);
  text += raw.slice(from);
  map.push(raw.length);
  return { text, map };
}

const STAGES = [composedSpacingAccents, composedAccents, joinedSmallCaps, joinedStackedDates];
