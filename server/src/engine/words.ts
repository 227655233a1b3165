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
