// maskNonProse(text) of a whole document, computed line by line with a memo per line, for the
// rules that read the whole text (personal-info, resume-length). Masking 5 KB with NOT_PROSE costs
// ~90 µs; most lines have none of the characters it needs, and between keystrokes all but one
// line are the same, so each line is masked once and then read from the memo.
import { NOT_PROSE } from './prose';
import { TextMemo } from './text-memo';

// Every alternative of NOT_PROSE needs one of these characters (the same test prose.ts makes).
const MAYBE_NOT_PROSE = /[<`\]:.@$\\&]/;

function maskLine(line: string): string {
  if (!MAYBE_NOT_PROSE.test(line)) return line;
  NOT_PROSE.lastIndex = 0;
  const m = NOT_PROSE.test(line) ? line.replace(NOT_PROSE, (x) => ' '.repeat(x.length)) : line;
  NOT_PROSE.lastIndex = 0;
  return m;
}

const lineMemo = new TextMemo(maskLine);

/**
 * Whether masking the text line by line gives maskNonProse(text): only comments ("<!--"), display
 * math ("$$"), reference links ("][") and a link title in quotes ('](x "title")') can match across
 * a line break; every other alternative of NOT_PROSE excludes "\n", and its lookarounds read a
 * line break as they read the start or end of the text.
 */
export function maskIsLineLocal(text: string): boolean {
  return !text.includes('<!--') && !text.includes('$$') && !text.includes('][') && !(text.includes('](') && text.includes('"'));
}

let last: { text: string; lines: readonly string[] } | undefined;

/**
 * maskNonProse(text).split('\n'), or undefined when a masked stretch may cross a line break (see
 * maskIsLineLocal): callers then mask the whole text. Callers must not modify the array.
 */
export function maskedLines(text: string): readonly string[] | undefined {
  if (last?.text === text) return last.lines;
  if (!maskIsLineLocal(text)) return undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lineMemo.get(lines[i]);
  last = { text, lines };
  return lines;
}
