// A Markdown file whose résumé is one fenced block of plain text ("```text" … "```"): people keep a
// text résumé so on GitHub, where the fence keeps its columns and rules. Its content is a text
// résumé, and is read as one.
import { fenceCloses, fenceOf } from '../text/markup-mask';
import { blankOutside } from './front-matter';

// The info string of a block of plain text: none, or a name for text.
const PLAIN_INFO = /^(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext|none)?[ \t]*\r?$/i;
const FRONT_OPEN = /^---[ \t]*\r?$/;
const FRONT_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;
const BLANK = /^[ \t]*\r?$/;
/** Fewer lines than this are a snippet, not a résumé. */
const MIN_LINES = 8;

/**
 * The text with everything but the one fenced block's content blanked (line breaks kept, so every
 * offset stands), when the file holds nothing else but front matter and blank lines; else undefined.
 */
export function fencedTextBody(text: string): string | undefined {
  if (!text.includes('```') && !text.includes('~~~')) return undefined;
  const lines = text.split('\n');
  let k = 0;
  if (lines.length && FRONT_OPEN.test(lines[0])) {
    k = 1;
    while (k < lines.length && !FRONT_CLOSE.test(lines[k])) k++;
    k++;
  }
  while (k < lines.length && BLANK.test(lines[k])) k++;
  if (k >= lines.length || !PLAIN_INFO.test(lines[k])) return undefined;
  const fence = fenceOf(lines[k]);
  if (!fence) return undefined;
  const open = k;
  let close = open + 1;
  while (close < lines.length && !fenceCloses(lines[close], fence)) close++;
  if (close - open - 1 < MIN_LINES) return undefined;
  for (let j = close + 1; j < lines.length; j++) if (!BLANK.test(lines[j])) return undefined;
  // (The content runs from the line after the opening fence to the start of the closing one.)
  let from = 0;
  for (let j = 0; j <= open; j++) from += lines[j].length + 1;
  let to = from;
  for (let j = open + 1; j < close; j++) to += lines[j].length + 1;
  return blankOutside(text, from, Math.min(to, text.length));
}
