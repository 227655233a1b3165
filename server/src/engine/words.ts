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
// joiners that live inside words; a trailing joiner ("end." "co-") is not part of it.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-./+#&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*[+#]*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The first word of a text, or undefined. Cheaper than words() for opening-verb rules. */
export function firstWord(text: string): Word | undefined {
  WORD.lastIndex = 0;
  const m = WORD.exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

// words(text).length without building the words: resume-length counts every word of the document
// on each lint, and the regex with its match objects was a fifth of the 5 KB lint budget. Reads the
// same pattern as WORD by hand: ASCII from a table, other characters through \p classes.
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

/** The joiners inside a word: ' ’ - . / + # & */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 47 || c === 43 || c === 35 || c === 38;
}

/** The number of words in a text: the same as words(text).length, without allocating. */
export function wordCount(text: string): number {
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (kindOf(cp) !== 1) continue;
    n++;
    for (;;) {
      while (i < len) {
        const c = text.codePointAt(i)!;
        if (kindOf(c) === 0) break;
        i += c > 0xffff ? 2 : 1;
      }
      // A joiner continues the word only when a letter or digit follows it ("e-commerce", not "co-").
      if (i + 1 < len && isJoiner(text.charCodeAt(i))) {
        const c = text.codePointAt(i + 1)!;
        if (kindOf(c) === 1) {
          i += 1 + (c > 0xffff ? 2 : 1);
          continue;
        }
      }
      break;
    }
    while (i < len && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) i++;
  }
  return n;
}
