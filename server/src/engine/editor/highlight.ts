// What a résumé's highlighting marks, pure (no LSP types): section headings, roles (title and
// organisation), dates and measurable results, as spans into the document. The server sends them
// as semantic tokens, so a résumé keeps its own language and grammar (Markdown, plain text, YAML,
// JSON) and gains this on top, in every format, YAML and JSON values included (SPEC §6).
import { bulletOffset, type Resume, type Span } from '../model';
import { metricSpans } from '../text/metrics';

export type HighlightKind = 'section' | 'role' | 'date' | 'metric';

/** In the order the server's semantic token legend lists them. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['section', 'role', 'date', 'metric'];

export interface Highlight {
  kind: HighlightKind;
  span: Span;
}

const PROSE = new Set(['markdown', 'text']);

/** The highlights of a résumé, sorted, none overlapping another, none empty. */
export function highlights(resume: Resume, text: string): Highlight[] {
  const out: Highlight[] = [];
  const add = (kind: HighlightKind, span: Span | undefined) => {
    if (span && span.end > span.start && span.start >= 0 && span.end <= text.length) out.push({ kind, span });
  };
  for (const section of resume.sections) {
    add('section', trimmed(text, section.headingSpan));
    for (const entry of section.entries) {
      add('role', entry.title?.span);
      add('role', entry.organisation?.span);
      const d = entry.dates;
      if (d) {
        // In prose the range is one run of text ("Mar 2021 – Present"); in YAML/JSON its ends are separate values.
        if (PROSE.has(resume.format) && !/[\r\n]/.test(text.slice(d.span.start, d.span.end))) add('date', d.span);
        else {
          add('date', d.start?.span);
          add('date', d.end?.span);
        }
      }
      for (const bullet of entry.bullets) {
        for (const m of metricSpans(bullet.text)) add('metric', { start: bulletOffset(bullet, m.start), end: bulletOffset(bullet, m.end) });
      }
    }
  }
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Highlight[] = [];
  let end = -1;
  for (const h of out) {
    if (h.span.start < end) continue; // overlaps one kept before it (e.g. a date inside a role's title)
    kept.push(h);
    end = h.span.end;
  }
  return kept;
}

/** A span without the whitespace at its ends (a heading's line break). */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
