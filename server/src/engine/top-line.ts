// Where findings about the whole document go (missing contact details, length): the first line a
// reader sees, skipping front matter and comments, so the squiggle lands on the name.
import type { ResumeFormat, Span } from './model';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/;

export function topLineSpan(text: string, format: ResumeFormat): Span {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  let masked: string;
  if (format === 'markdown' || format === 'text') masked = text.replace(FRONT_MATTER, blank).replace(/<!--[\s\S]*?-->/g, blank);
  // YAML comments and document markers ("---") are not what a reader sees first.
  else masked = text.replace(/^[ \t]*(?:#.*|---|\.\.\.)[ \t]*$/gm, blank);
  const m = /\S[^\n]*/.exec(masked) ?? /\S[^\n]*/.exec(text);
  if (!m) return { start: 0, end: 0 };
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}
