// Where findings about the whole document go (missing contact details, length): the first line a
// reader sees, skipping front matter and comments, so the squiggle lands on the name.
import type { ResumeFormat, Span } from '../model';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/;

/** `s` with every character but line breaks made a space: offsets and lines kept, nothing shown. */
export function blankKeepingLines(s: string): string {
  return s.replace(NOT_LINE_BREAK_G, ' ');
}
const NOT_LINE_BREAK_G = /[^\n]/g;

/**
 * `text` with each HTML comment blanked (line breaks kept), found with indexOf: the pattern
 * /<!--[\s\S]*?-->/g read from every "<!--" to the end of the text when none was closed
 * (issue 13: an unclosed "<!--" before thousands of others made this quadratic). An unclosed
 * comment is left as it is, as the pattern left it.
 */
export function blankComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  const out: string[] = [];
  let at = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    const end = close + 3;
    out.push(text.slice(at, open), blankKeepingLines(text.slice(open, end)));
    at = end;
    open = text.indexOf('<!--', end);
  }
  out.push(text.slice(at));
  return out.join('');
}

export function topLineSpan(text: string, format: ResumeFormat): Span {
  let masked: string;
  if (format === 'markdown' || format === 'text') masked = blankComments(text.replace(FRONT_MATTER, blankKeepingLines));
  // YAML comments and document markers ("---") are not what a reader sees first.
  else masked = text.replace(/^[ \t]*(?:#.*|---|\.\.\.)[ \t]*$/gm, blankKeepingLines);
  const m = /\S[^\n]*/.exec(masked) ?? /\S[^\n]*/.exec(text);
  if (!m) return { start: 0, end: 0 };
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}
