// Splits a document into lines with their offsets (LF, CRLF and lone CR all end a line), once,
// so the parsers never re-scan the whole text per line.

export interface SourceLine {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  text: string;
  /** The content after a section name printed in a left gutter on the same line (text.ts). */
  gutterRest?: boolean;
  /** The section name a gutter printed before that first line. */
  gutterName?: boolean;
  /** The kind of that name when the gutter wrapped it over lines ("AWARDS &" / "SCHOLARSHIPS"): the line holds its first part only. */
  gutterKind?: import('../model').SectionKind;
  /** And the whole name, its parts joined ("AWARDS & SCHOLARSHIPS"). */
  gutterTitle?: string;
}

export function splitLines(src: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  const n = src.length;
  // Most files have no CR: native indexOf finds each LF far faster than a charCode loop.
  if (src.indexOf('\r') < 0) {
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', start)) {
      out.push({ start, end: i, text: src.slice(start, i) });
      start = i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = src.charCodeAt(i);
      if (c === 10 || c === 13) {
        out.push({ start, end: i, text: src.slice(start, i) });
        if (c === 13 && src.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
  }
  if (start < n || n === 0 || out.length === 0) out.push({ start, end: n, text: src.slice(start, n) });
  else out.push({ start: n, end: n, text: '' });
  return out;
}

/** Index of the first non-space character of `s` at or after `from` (s.length when none). */
export function skipSpaces(s: string, from = 0): number {
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // Space, tab, form feed (a page break in pdftotext output), no-break space, BOM.
    if (c !== 32 && c !== 9 && c !== 12 && c !== 0xa0 && c !== 0xfeff) break;
    i++;
  }
  return i;
}

/** Index just past the last non-space character of `s`. */
export function trimEndIndex(s: string): number {
  let j = s.length;
  while (j > 0) {
    const c = s.charCodeAt(j - 1);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 0xa0 && c !== 0xfeff) break;
    j--;
  }
  return j;
}
