// Words of a piece of résumé text with their offsets, skipping Markdown markup and punctuation,
// so rules can say exactly which word they mean.

export interface Word {
  /** The word as written (inner apostrophes, hyphens, dots, slashes and digits kept: "e-commerce", "HTTP/2", "Node.js"). */
  text: string;
  /** Offsets into the string that was tokenised. */
  start: number;
  end: number;
}

// A word starts with a letter or digit and continues through letters, digits, marks and the
// joiners that live inside words; a trailing joiner ("end." "co-") is not part of it. As a regex:
//   /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-./+#&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*[+#]*/gu
// Read by hand below (ASCII from a table, other characters through \p classes): every rule
// tokenises bullets on every keystroke, and the regex with its match objects cost several times more.
const LN_CP = /^[\p{L}\p{N}]$/u;
const M_CP = /^\p{M}$/u;
/** 1: letter or digit (may start a word), 2: combining mark (may continue one), 0: neither. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

function kindOf(cp: number): number {
  if (cp < 128) return ASCII_KIND[cp];
  const s = String.fromCodePoint(cp);
  return LN_CP.test(s) ? 1 : M_CP.test(s) ? 2 : 0;
}

const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * /^\p{L}+$/u.test(s): ASCII is read by character code (its letters are A-Z and a-z), other text
 * by the pattern. The verb rules ask it of every bullet's opening words, where the pattern's call
 * cost more than the answer.
 */
export function lettersOnly(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return LETTERS_ONLY.test(s);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/** The joiners inside a word: ' ’ - . / + # & */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 47 || c === 43 || c === 35 || c === 38;
}

/** Where the next word starts at or after `from` (a letter or digit), or -1. `from` must not split a surrogate pair. */
export function wordStart(text: string, from: number): number {
  const len = text.length;
  let i = from;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_KIND[c] === 1) return i;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (kindOf(cp) === 1) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the word that starts at `start` (see wordStart) ends. */
export function wordEnd(text: string, start: number): number {
  const len = text.length;
  const first = text.codePointAt(start)!;
  let i = start + (first > 0xffff ? 2 : 1);
  for (;;) {
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_KIND[c] === 0) break;
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (kindOf(cp) === 0) break;
      i += cp > 0xffff ? 2 : 1;
    }
    // A joiner continues the word only when a letter or digit follows it ("e-commerce", not "co-").
    if (i + 1 < len && isJoiner(text.charCodeAt(i))) {
      const cp = text.codePointAt(i + 1)!;
      if (kindOf(cp) === 1) {
        i += 1 + (cp > 0xffff ? 2 : 1);
        continue;
      }
    }
    break;
  }
  while (i < len && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) i++;
  return i;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (let s = wordStart(text, 0); s >= 0; ) {
    const e = wordEnd(text, s);
    out.push({ text: text.slice(s, e), start: s, end: e });
    s = wordStart(text, e);
  }
  return out;
}

/** The first word of a text, or undefined. Cheaper than words() for opening-verb rules. */
export function firstWord(text: string): Word | undefined {
  const s = wordStart(text, 0);
  if (s < 0) return undefined;
  const e = wordEnd(text, s);
  return { text: text.slice(s, e), start: s, end: e };
}

/** The number of words in a text: the same as words(text).length, without allocating. */
export function wordCount(text: string): number {
  let n = 0;
  for (let s = wordStart(text, 0); s >= 0; s = wordStart(text, wordEnd(text, s))) n++;
  return n;
}

const MARKS_G = /[\u0300-\u036f]/g;
/** The text with its letters' accents taken off ("Experiência" -> "Experiencia"). */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(MARKS_G, '');
}
