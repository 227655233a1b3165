// Words of a posting or a résumé as the job match compares them: the engine's word splitter
// (words.ts), then hyphenated words split into their parts ("event-driven" = "event driven",
// "on-call" = "on call") and a light stem of each part, so inflections meet: "dashboards",
// "dashboard"; "managing", "managed", "manage"; "KPIs", "KPI".
//
// The stem only undoes inflection (plural -s/-es/-ies, -ed, -ing, a final -e and a doubled final
// consonant), never derivation: a Porter stemmer would also make "communication" = "community",
// "university" = "universe" and "general" = "generate", which would count a posting's term as
// covered by a different word. The stem is a key, not a word: it only has to be the same for the
// forms of one word ("plan", "planned", "planning" -> "plan").
import { wordEnd, wordStart } from '../text/words';

export interface Tokens {
  /** The token as written (a part of a hyphenated word, or the whole word). */
  raw: string[];
  /** Stem keys (lower case). */
  key: string[];
  start: number[];
  end: number[];
  /** True when the token starts a sentence, a line or a list item (its capital says nothing). */
  initial: boolean[];
  /** True when punctuation that ends a phrase (, ; : . ( ) or a line break) comes right before it. */
  breakBefore: boolean[];
  /** The first such punctuation's character code (0 when none). */
  breakChar: number[];
}

const VOWEL = /[aeiouy]/;

/** The light stem of a lower-case word of letters (see the file comment). */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && n > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ss') || s.endsWith('us') || s.endsWith('is') || s.endsWith('ous')) return undouble(s);
  else if (s.endsWith('ing') && n > 5 && VOWEL.test(s.slice(0, -3))) s = s.slice(0, -3);
  else if (s.endsWith('ied') && n > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('eed')) s = s.slice(0, -1);
  else if (s.endsWith('ed') && n > 4 && VOWEL.test(s.slice(0, -2))) s = s.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return undouble(s);
}

function undouble(s: string): string {
  const n = s.length;
  if (n > 3 && s.charCodeAt(n - 1) === s.charCodeAt(n - 2) && !VOWEL.test(s[n - 1])) return s.slice(0, -1);
  return s;
}

/** The key of one written token: acronym plurals lose their s ("KPIs"), possessives their 's. */
export function keyOf(raw: string): string {
  let w = raw;
  const last = w.charCodeAt(w.length - 1);
  if (w.length > 2 && (last === 115 /* s */) && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 0x2019)) w = w.slice(0, -2);
  else if (w.length >= 3 && last === 115 && /^[A-Z0-9]+s$/.test(w) && /[A-Z]/.test(w)) w = w.slice(0, -1);
  w = w.toLowerCase().replace(/\u2019/g, "'");
  if (/^[a-z]+$/.test(w)) return stem(w);
  return w;
}

/** True for characters that close a phrase before the next word. */
function isBreak(c: number): boolean {
  // , ; : . ( ) [ ] ! ? • · | newline, and dashes used as separators
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 40 || c === 41 || c === 91 || c === 93 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x2022 || c === 0xb7 || c === 124 || c === 0x2013 || c === 0x2014;
}

/** True when `text[from, to)` (the gap before a word) ends a sentence or line, or holds a list marker. */
function initialAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // newline . ! ? : ; • * # >
    if (c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2022 || c === 42 || c === 35 || c === 62) return true;
  }
  return false;
}

/**
 * Tokens of `text[from, to)`. `split(raw)` says whether a word with a slash is to be read as its
 * parts ("Python/Go") rather than as one name ("CI/CD", "TCP/IP").
 */
export function tokenize(text: string, split: (lowerWord: string) => boolean, from = 0, to = text.length, key: (raw: string) => string = keyOf): Tokens {
  const t: Tokens = { raw: [], key: [], start: [], end: [], initial: [], breakBefore: [], breakChar: [] };
  let prevEnd = from;
  let first = true;
  for (let s = wordStart(text, from); s >= 0 && s < to; ) {
    const e = Math.min(wordEnd(text, s), to);
    let initial = first || initialAfter(text, prevEnd, s);
    let brk = first ? 10 : 0;
    if (!brk) for (let i = prevEnd; i < s; i++) if (isBreak(text.charCodeAt(i))) { brk = text.charCodeAt(i); break; }
    const word = text.slice(s, e);
    const hasHyphen = word.includes('-');
    const hasSlash = word.includes('/');
    const splitSlash = hasSlash && split(word.toLowerCase());
    if (hasHyphen || splitSlash) {
      // Parts of "event-driven", "Python/Go": each its own token.
      let ps = s;
      for (let i = s; i <= e; i++) {
        const c = i < e ? text.charCodeAt(i) : -1;
        if (c === -1 || c === 45 || (c === 47 && splitSlash)) {
          if (i > ps) push(t, text.slice(ps, i), ps, i, initial, brk, key);
          initial = false;
          brk = c === 47 ? 47 : 0;
          ps = i + 1;
        }
      }
    } else push(t, word, s, e, initial, brk, key);
    prevEnd = e;
    first = false;
    s = wordStart(text, e);
  }
  return t;
}

function push(t: Tokens, raw: string, start: number, end: number, initial: boolean, brk: number, key: (raw: string) => string): void {
  // A trailing possessive or joiner left on a part ("Bachelor's") is handled by keyOf.
  t.raw.push(raw);
  t.key.push(key(raw));
  t.start.push(start);
  t.end.push(end);
  t.initial.push(initial);
  t.breakBefore.push(brk !== 0);
  t.breakChar.push(brk);
}
