// The résumé's own pairing with a posting: a comment naming the posting's file.
//   Markdown / text:  <!-- resume-studio-job: postings/acme.md -->
//   YAML:             # resume-studio-job: postings/acme.md
import type { Span } from '../model';

export interface JobDirective {
  /** The path as written (relative paths are relative to the résumé's folder). */
  path: string;
  /** Where the path is written. */
  span: Span;
}

const RE = /(?:<!--[ \t]*resume-studio-job:[ \t]*([^\r\n]*?)[ \t]*-->|(?:^|[ \t])#[ \t]*resume-studio-job:[ \t]*([^\r\n]*?)[ \t]*$)/m;

export function findJobDirective(text: string): JobDirective | undefined {
  if (!text.includes('resume-studio-job:')) return undefined;
  const m = RE.exec(text);
  if (!m) return undefined;
  const raw = m[1] ?? m[2] ?? '';
  const path = raw.replace(/^["']|["']$/g, '').trim();
  if (!path) return undefined;
  const at = m.index + m[0].indexOf(raw);
  return { path, span: { start: at, end: at + raw.length } };
}
