// Strips inline markup (emphasis, links, code ticks, HTML tags, escapes, {#id} attributes) from a
// piece of a line while remembering where each kept character came from, so values read clean
// ("June 2015", "$4 million") and their spans still point into the document.
// Used for header lines and headings of both Markdown and text (Markdown leaks into text copies).
import { detach, Memo } from '../cache/memo';
import { TEMPLATE_TAG } from '../text/template-tags';
import { CODE_AFTER_COMMA_END, isApState } from './places';

export interface Cleaned {
  /** The text as a reader sees it. */
  text: string;
  /** Document offset of text[0] when nothing was removed (then text[i] sits at base + i). */
  base: number;
  /**
   * Where runs of `text` came from, when markup was removed: flat triples [textIndex, srcStart,
   * srcEnd], source offsets relative to `base` (so one array serves the same line wherever it
   * sits; arrays are shared, never modified). A run whose source is as long as the run maps
   * character for character; a shorter or longer one (an escape, an entity, a line break read as
   * a space) is one character.
   */
  runs?: number[];
  /** Per-parse memo slots for readings of this piece (its date range, its word shape, its kept facts), filled on demand. */
  memo?: { range?: unknown; shape?: unknown; head?: Cleaned; facts?: TextFacts };
}

/**
 * Readings that depend on a cleaned text alone (its word shape, its date range with spans
 * relative to the text), filled on demand and kept across parses: one memo entry per text serves
 * them all, as each lookup in a large memo costs about as much as a cheap reading.
 */
export interface TextFacts {
  /** The text, detached from the document (see memo.ts): readings are computed from this copy. */
  text: string;
  shape: unknown;
  range: unknown;
}

const factsMemo = new Memo<TextFacts>();
const newFacts = (text: string): TextFacts => ({ text, shape: undefined, range: undefined });

/** A cleaned piece kept across parses with its line (where it depends on the line's text alone); it is its own facts entry. */
export interface KeptClean extends TextFacts {
  runs: number[] | undefined;
}

/**
 * `c` in a form to keep. `line` is the piece's line, detached (see memo.ts), and `at` where the
 * piece starts in it: a piece with no markup removed is a slice of that copy, not a new one.
 */
export function keepClean(c: Cleaned, line: string, at: number): KeptClean {
  const text = c.runs ? detach(c.text) : line.slice(at, at + c.text.length);
  return { text, shape: undefined, range: undefined, runs: c.runs };
}

/** The kept piece as a Cleaned at `base`: no cleaning, and its facts with no memo lookup. */
export function fromKept(k: KeptClean, base: number): Cleaned {
  return { text: k.text, base, runs: k.runs, memo: { facts: k } };
}

export function factsOf(c: Cleaned): TextFacts {
  const memo = (c.memo ??= {});
  return (memo.facts ??= factsMemo.use(c.text, newFacts));
}

// Characters that start markup, and the ligatures a PDF's text keeps ("Certiﬁcations", "Oﬃcer":
// pdftotext copies them as one character); a piece without any is its own clean text (the common case).
const MARKUP = /[\\*_`~<\[\]{&\r\n\t\u00a0\ufb00-\ufb06\u00b4\u00a8\u02c6\u02dc\u02c7]/;
// "Exp´eriences", "J¨ulich": LaTeX's old font encoding sets an accent as a glyph of its own, which PDF
// text gives as a spacing accent before its letter. Read as the accented letter it prints.
const SPACING_ACCENTS: Record<string, string> = { '\u00b4': '\u0301', '\u00a8': '\u0308', '\u02c6': '\u0302', '\u02dc': '\u0303', '\u02c7': '\u030c' };
const ACCENT_LETTER = /[A-Za-zıȷ]/;
const SPACING_ACCENT_G = /([\u00b4\u00a8\u02c6\u02dc\u02c7])([A-Za-zıȷ])/g;
const HAS_SPACING_ACCENT = /[\u00b4\u00a8\u02c6\u02dc\u02c7][A-Za-zıȷ]/;
/** The letter `l` with the spacing accent `a` set on it ("´", "e" -> "é"; a dotless "ı" takes it as "i"). */
const accented = (a: string, l: string): string => ((l === 'ı' ? 'i' : l === 'ȷ' ? 'j' : l) + SPACING_ACCENTS[a]).normalize('NFC');
/** "Exp´eriences" -> "Expériences" (see SPACING_ACCENTS). */
export const composeAccents = (s: string): string => (HAS_SPACING_ACCENT.test(s) ? s.replace(SPACING_ACCENT_G, (_, a: string, l: string) => accented(a, l)) : s);
export const LIGATURES: Readonly<Record<string, string>> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };
const LIGATURE = /[\ufb00-\ufb06]/g;
const HAS_LIGATURE = /[\ufb00-\ufb06]/;

/** The text with each ligature written as its letters ("Certiﬁcations" -> "Certifications"). */
export const unligature = (s: string): string => (HAS_LIGATURE.test(s) ? s.replace(LIGATURE, (c) => LIGATURES[c]) : s);

// An HTML tag: a name in one case ("<br>", "<BR>") and attributes written as HTML writes them. Not
// words in angle brackets ("Researcher for <Detecting video’s torrents using image similarity
// algorithms>", a project's title so marked in a PDF's text), which are read.
const TAG_Y = /<\/?(?:[a-z][a-z0-9-]{0,40}|[A-Z][A-Z0-9-]{0,40})(?:\s+[A-Za-z_:@][\w:.@-]{0,60}(?:\s*=\s*(?:"[^"<>]{0,2000}"|'[^'<>]{0,2000}'|[^\s"'=<>`]{1,2000}))?){0,60}\s*\/?>/y;
const AUTOLINK_Y = /<((?:[a-z][a-z0-9+.-]{0,30}:|www\.)[^\s<>]{0,2000}|[^\s<>@]{1,200}@[^\s<>@]{1,200})>/iy;
const LINK_DEST_Y = /\]\(([^()\s]{0,2000}(?:\([^()\s]{0,2000}\))?[^()\s]{0,2000})(?:\s+"[^"]{0,500}")?\)/y;
// "[Master of Science]({{ site.baseurl }}{% link _portfolio/ms.md %})": a destination a site
// generator builds from template tags, spaces inside them. (Each alternative starts with its own
// character, so there is one way to read a destination: no backtracking.)
const TAG_LINK_DEST_Y = /\]\((?:\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}|[^(){}\s]){1,2000}\)/y;
// (A reference's label, "[text][1]", "[text][docs]": short, no space at its edges, no year nor comma.
// "[ Seattle, WA ] [ Feb 2020 – Present ]" is a line's fields in brackets, read as text.)
const REF_Y = /\]\s?\[(?:[^\]\s,](?:[^\],]{0,58}[^\]\s,])?)?\]/y;
const YEAR_IN_LABEL = /(?<!\d)(?:19|20)\d\d(?!\d)/;
// A site generator's template tag (see text/template-tags.ts).
const TEMPLATE_TAG_Y = new RegExp(TEMPLATE_TAG.source, 'y');
// {#id}, {.class} and kramdown's {:target="_blank"} attribute lists.
const ATTR_Y = /\{[#.:][^{}]{0,200}\}/y;
// (The named ones résumés written in HTML use, and numeric ones: "Bengaluru &middot; Apr 2025 &ndash; Present".)
const ENTITY_Y = /&(amp|nbsp|lt|gt|quot|apos|ndash|mdash|middot|bull|hellip|lsquo|rsquo|ldquo|rdquo|copy|reg|trade|eacute|egrave|aacute|agrave|iacute|oacute|uacute|ntilde|ccedil|auml|ouml|uuml|szlig|#\d{1,6}|#x[\da-fA-F]{1,5});/y;
const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', middot: '·', bull: '•', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß' };

/** The character an HTML entity's name stands for ("middot", "#39", "#x2013"); undefined for one this reader does not know or out of range. */
export function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name] ?? ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}
const LATEX_LETTER = /[a-z]/;
// The commands of LaTeX that a pandoc résumé writes between its fields, with their arguments.
const LATEX_Y = /\\(hfill|hfil|hspace\*?|quad|qquad|textbullet|textbar|textendash|textemdash|begin|end|vspace\*?|newline|linebreak|noindent|centering|smallskip|medskip|bigskip|par)(?![a-zA-Z])(?:\{[^{}\n]{0,40}\})?[ \t]?/y;
const LATEX_PRINTS: Record<string, string> = { hfill: '\t', hfil: '\t', 'hspace': '\t', 'hspace*': '\t', quad: '\t', qquad: '\t', textbullet: '•', textbar: '|', textendash: '–', textemdash: '—' };
const ASCII_PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const BR_TAG = /^<br\b/i;

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter, a digit or a closing bracket or quote: what ends a field's words. */
function isAlnumOrClose(c: string | undefined): boolean {
  return isAlnum(c) || c === ')' || c === ']' || c === '"' || c === '”' || c === '.';
}

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

const DIGIT_OR_STAR = /[\d*]/;
const HAS_SPACE = /\s/;

/** Cleans src[start, end). */
export function cleanInline(src: string, start: number, end: number): Cleaned {
  const raw = src.slice(start, end);
  if (!MARKUP.test(raw)) return { text: raw, base: start };
  let text = '';
  // The last character pushed (reading text[text.length - 1] would flatten the string each time).
  let lastCh = '';
  const runs: number[] = [];
  const push = (ch: string, s: number, e: number) => {
    s -= start;
    e -= start;
    const n = runs.length;
    // Extend the last run when this character follows it one for one.
    if (e === s + 1 && n && runs[n - 1] === s && runs[n - 1] - runs[n - 2] === text.length - runs[n - 3]) runs[n - 1] = e;
    else runs.push(text.length, s, e);
    text += ch;
    lastCh = ch;
  };
  const last = () => lastCh;
  let noClose = false;
  // Steps over src[a, b), which prints nothing: the words on either side stay one space apart
  // ("Engineer <!-- x --> at Acme" reads "Engineer at Acme", not a field gap of two spaces).
  const skipUnseen = (a: number, b: number): number => {
    if (!text.length || lastCh === ' ') {
      while (b < end && (src[b] === ' ' || src[b] === '\t')) b++;
    } else if (b < end && src[b] !== ' ' && src[b] !== '\t') push(' ', a, a);
    return b;
  };
  let i = start;
  while (i < end) {
    const c = src[i];
    if (c === '\\' && i + 1 < end && ASCII_PUNCT.includes(src[i + 1])) {
      push(src[i + 1], i, i + 2);
      i += 2;
      continue;
    }
    // "**Shoreline Re** \hfill Stamford, CT", "Hartford, CT \textbullet{} (860) 555-0147": LaTeX a
    // pandoc Markdown file keeps for its PDF. Space pushed to the margin parts two fields, a bullet
    // command is a bullet, and layout commands ("\begin{center}", "\vspace{4pt}") print nothing.
    if (c === '\\' && i + 1 < end && LATEX_LETTER.test(src[i + 1])) {
      LATEX_Y.lastIndex = i;
      const m = LATEX_Y.exec(src);
      if (m && i + m[0].length <= end) {
        const what = LATEX_PRINTS[m[1]] ?? '';
        if (what) push(what, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    // "Northbridge Logistics Ltd, Trafford Park, Manchester\": a backslash ending a line is a hard
    // line break (pandoc writes one for every Word line break), no character of the text.
    if (c === '\\' && (i + 1 === end || src[i + 1] === '\n' || src[i + 1] === '\r')) {
      i++;
      continue;
    }
    if (c === '*') {
      // "+49 176 *** *** **": a run of stars with spaces on both sides after a number marks
      // digits left out, no emphasis (emphasis touches a word on one side).
      let k = i;
      while (k < end && src[k] === '*') k++;
      if (k - i >= 2 && (k === end || src[k] === ' ') && src[i - 1] === ' ' && i - 2 >= start && DIGIT_OR_STAR.test(src[i - 2])) {
        for (; i < k; i++) push('*', i, i + 1);
        continue;
      }
      // "**Acharya Nagarjuna University***Guntur, India*": one emphasis closing where the next opens,
      // no space between (RenderCV's Markdown sets the place against the margin so): two fields.
      if (k - i >= 3 && i > start && k < end && isAlnumOrClose(src[i - 1]) && isAlnum(src[k])) {
        push('\t', i, k);
        i = k;
        continue;
      }
      i = k;
      continue;
    }
    if (c === '`' || c === '~') {
      i++;
      continue;
    }
    if (c === '_') {
      // snake_case keeps its underscore; emphasis underscores sit at word edges.
      if (isAlnum(src[i - 1]) && isAlnum(src[i + 1])) push(c, i, i + 1);
      i++;
      continue;
    }
    // "Engineer <!-- left out: team lead -->": a comment inside a line, which no reader sees.
    // (Once no comment closes after an opener, none closes after a later one either, so none is
    // looked for again: a line of unclosed "<!--" costs its length, not its length per opener. The
    // close is looked for in this piece only, not on to the document's end.)
    if (c === '<' && src[i + 1] === '!' && src[i + 2] === '-' && src[i + 3] === '-' && !noClose) {
      const e = raw.indexOf('-->', i + 4 - start);
      if (e >= 0) {
        i = skipUnseen(i, start + e + 3);
        continue;
      }
      noClose = true;
    }
    // "{{< icon "location-dot" >}} Remote", "{% include base_path %}", "{{ site.email }}": a site
    // generator's template tag (Hugo, Jekyll, Zola) is replaced when the page is built; its words
    // are the generator's, not the résumé's.
    if (c === '{' && (src[i + 1] === '{' || src[i + 1] === '%')) {
      TEMPLATE_TAG_Y.lastIndex = i;
      const tm = TEMPLATE_TAG_Y.exec(src);
      if (tm && i + tm[0].length <= end) {
        i = skipUnseen(i, i + tm[0].length);
        continue;
      }
    }
    if (c === '<') {
      AUTOLINK_Y.lastIndex = i;
      const am = AUTOLINK_Y.exec(src);
      if (am && am.index + am[0].length <= end) {
        for (let k = 0; k < am[1].length; k++) push(am[1][k], i + 1 + k, i + 2 + k);
        i += am[0].length;
        continue;
      }
      TAG_Y.lastIndex = i;
      const tm = TAG_Y.exec(src);
      if (tm && tm.index + tm[0].length <= end) {
        // A tag between words still separates them; a line break ("Web Designer<br/>Self-employed,
        // Pittsburgh") parts two fields, as a page's margin space does (see LATEX_PRINTS).
        if (BR_TAG.test(tm[0])) {
          if (text.length) push('\t', i, i + tm[0].length);
        } else if (text.length && last() !== ' ') push(' ', i, i);
        i += tm[0].length;
        continue;
      }
    }
    if (c === '[') {
      i++;
      continue;
    }
    if (c === ']') {
      // Only try a destination where one can start (a regex at every "]" would rescan the line).
      const next = src[i + 1];
      LINK_DEST_Y.lastIndex = i;
      let lm = next === '(' ? LINK_DEST_Y.exec(src) : null;
      if (!lm && next === '(' && src[i + 2] === '{') {
        TAG_LINK_DEST_Y.lastIndex = i;
        lm = TAG_LINK_DEST_Y.exec(src);
      }
      if (lm && lm.index + lm[0].length <= end) {
        i += lm[0].length;
        continue;
      }
      REF_Y.lastIndex = i;
      const rm = next === '[' || (next === ' ' && src[i + 2] === '[') ? REF_Y.exec(src) : null;
      if (rm && rm.index + rm[0].length <= end && !YEAR_IN_LABEL.test(rm[0])) {
        i += rm[0].length;
        continue;
      }
      i++;
      continue;
    }
    if (c === '{') {
      ATTR_Y.lastIndex = i;
      const xm = ATTR_Y.exec(src);
      if (xm && xm.index + xm[0].length <= end) {
        i += xm[0].length;
        continue;
      }
    }
    if (c === '&') {
      ENTITY_Y.lastIndex = i;
      const em = ENTITY_Y.exec(src);
      if (em && em.index + em[0].length <= end) {
        push(decodeEntity(em[1]) ?? ' ', i, i + em[0].length);
        i += em[0].length;
        continue;
      }
    }
    if (c === '\n' || c === '\r') {
      // A line break inside a multi-line block reads as one space.
      const s0 = i;
      while (i < end && HAS_SPACE.test(src[i])) i++;
      if (text.length && last() !== ' ') push(' ', s0, s0 + 1);
      continue;
    }
    if (c === '\u00a0' || c === '\t') {
      push(c === '\t' ? '\t' : ' ', i, i + 1);
      i++;
      continue;
    }
    if (SPACING_ACCENTS[c] && i + 1 < end && ACCENT_LETTER.test(src[i + 1])) {
      runs.push(text.length, i - start, i + 2 - start);
      lastCh = accented(c, src[i + 1]);
      text += lastCh;
      i += 2;
      continue;
    }
    const lig = LIGATURES[c];
    if (lig) {
      // The letters read as letters, in a run of their own over the one character.
      runs.push(text.length, i - start, i + 1 - start);
      text += lig;
      lastCh = lig[lig.length - 1];
      i++;
      continue;
    }
    push(c, i, i + 1);
    i++;
  }
  return { text, base: start, runs };
}

/** Builds a Cleaned from pieces of others (each character mapped where it came from), relative to `base`. */
class CleanedBuilder {
  text = '';
  readonly runs: number[] = [];
  constructor(readonly base: number) {}
  /** Appends c.text[i, k) as it maps (character for character where c's run does). */
  copy(c: Cleaned, i: number, k: number): void {
    const t = c.text;
    while (i < k) {
      const s = spanOf(c, i, i + 1);
      let m = i + 1;
      // Extend while the source follows one for one.
      for (; m < k; m++) {
        const sm = spanOf(c, m, m + 1);
        if (sm.start !== s.start + (m - i) || sm.end !== sm.start + 1) break;
      }
      const one = s.end - s.start === 1;
      this.runs.push(this.text.length, s.start - this.base, one ? s.start - this.base + (m - i) : s.end - this.base);
      this.text += t.slice(i, one ? m : i + 1);
      i = one ? m : i + 1;
    }
  }
  /** Appends `s`, all of it read as coming from source [start, end). */
  add(s: string, start: number, end: number): void {
    this.runs.push(this.text.length, start - this.base, end - this.base);
    this.text += s;
  }
  done(): Cleaned {
    return { text: this.text, base: this.base, runs: this.runs };
  }
}

/**
 * Cleaned pieces of the document read as one line, `sep` between them (mapped to the source between
 * each two pieces): an HTML table row's cells, each on a line of its own, as one header line.
 */
export function joinCleaned(parts: readonly Cleaned[], sep: string): Cleaned {
  const b = new CleanedBuilder(parts[0]?.base ?? 0);
  parts.forEach((c, k) => {
    if (k > 0) {
      const at = spanOf(parts[k - 1], parts[k - 1].text.length - 1, parts[k - 1].text.length).end;
      b.add(sep, at, Math.max(at, spanOf(c, 0, 1).start));
    }
    b.copy(c, 0, c.text.length);
  });
  return b.done();
}

/**
 * `c` with each run of two or more spaces read as one space (mapped to the whole run), where it
 * holds a run of three or more: a table row whose other cells were blanked ("| Air Force | … | <a
 * paragraph, blanked> | 2019 to 2021 |") is as long as its fields, not as the paragraph.
 */
export function collapseSpaces(c: Cleaned): Cleaned {
  const t = c.text;
  if (!t.includes('   ')) return c;
  const b = new CleanedBuilder(c.base);
  let i = 0;
  while (i < t.length) {
    if (t[i] === ' ' && t[i + 1] === ' ') {
      let k = i;
      while (k < t.length && t[k] === ' ') k++;
      const s = spanOf(c, i, k);
      b.add(' ', s.start, s.end);
      i = k;
      continue;
    }
    let k = i + 1;
    while (k < t.length && !(t[k] === ' ' && t[k + 1] === ' ')) k++;
    b.copy(c, i, k);
    i = k;
  }
  return b.done();
}

/** The document span of text[i, j) of a cleaned string (empty spans sit where i points). */
export function spanOf(c: Cleaned, i: number, j: number): { start: number; end: number } {
  const n = c.text.length;
  if (!c.runs) {
    const a = c.base + Math.max(0, Math.min(i, n));
    return { start: a, end: Math.max(a, c.base + Math.max(0, Math.min(j, n))) };
  }
  if (n === 0 || c.runs.length === 0) return { start: c.base, end: c.base };
  const a = Math.max(0, Math.min(i, n - 1));
  const start = c.base + srcAt(c.runs, n, a, false);
  if (j <= i) return { start, end: start };
  const end = c.base + srcAt(c.runs, n, Math.max(0, Math.min(j - 1, n - 1)), true);
  return { start, end: Math.max(start, end) };
}

/** Source offset (from base) of text index k (its start, or just after it when `after`). */
function srcAt(runs: number[], n: number, k: number, after: boolean): number {
  // Binary search for the run holding k.
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 3] <= k) lo = mid;
    else hi = mid - 1;
  }
  const t = runs[lo * 3];
  const s = runs[lo * 3 + 1];
  const e = runs[lo * 3 + 2];
  const len = (lo + 1) * 3 < runs.length ? runs[(lo + 1) * 3] - t : n - t;
  if (e - s === len) return s + (k - t) + (after ? 1 : 0);
  return after ? e : s;
}

const TRIM_CHARS = ' \t,;:|•·▪◦-–—()[]"“”\'‘’/\\*_#>';

const ABBREVIATION_DOT_END = /\b(?:inc|ltd|llc|llp|pllc|plc|pty|co|corp|jr|sr|st|dr|bros|[a-z])\.$/i;
// ("Arlington, Va.", "Phoenix, Ariz.": a US state as the AP style abbreviates it keeps its dot, a place's.)
const stateAbbreviationEnd = (t: string): boolean => {
  const m = CODE_AFTER_COMMA_END.exec(t);
  return !!m && isApState(`${m[1]}.`);
};

/** Indices of c.text[i, j) without surrounding separators, quotes and spaces; i === j when empty. */
export function trimRange(text: string, i: number, j: number, chars = TRIM_CHARS): [number, number] {
  while (i < j && chars.includes(text[i])) i++;
  while (j > i && chars.includes(text[j - 1])) j--;
  // "Inc." and "Jr." keep their dot; a sentence's trailing dot goes.
  while (j > i && text[j - 1] === '.' && !ABBREVIATION_DOT_END.test(text.slice(Math.max(i, j - 6), j)) && !stateAbbreviationEnd(text.slice(Math.max(i, j - 8), j))) j--;
  return [i, j];
}
