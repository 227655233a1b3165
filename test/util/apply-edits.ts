// Applies a fix's edits to a text, so rule tests can re-lint the result and check the fix worked.
import type { Edit } from '../../server/src/engine/rule';

/** Applies non-overlapping edits (in any order); throws on overlap, which is a bug in the fix. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].span.start < sorted[i - 1].span.end) throw new Error(`Overlapping edits at ${sorted[i].span.start}`);
  let out = text;
  // Back to front, so earlier offsets stay valid.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i];
    if (e.span.start < 0 || e.span.end > text.length || e.span.start > e.span.end) throw new Error(`Edit span out of range: ${e.span.start}-${e.span.end}`);
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}
