// The parsed model as JSON for people: `resume-studio parse --json` and the editor's "Show Parsed
// Model". Every span (a field's, a date's, a bullet's, a section heading's, an entry's) also says
// where it is as line:column, 1-based as editors show them, so a misread field is found in the
// source at a glance and can be reported with its place.
import type { Resume } from '../model';
import { LineIndex } from './lines';

export interface LocatedSpan {
  start: number;
  end: number;
  /** "line:column" of the first character, 1-based. */
  from: string;
  /** "line:column" just after the last character, 1-based. */
  to: string;
}

function isSpan(v: unknown): v is { start: number; end: number } {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2;
}

/** A copy of the model in which every span carries `from` and `to` as line:column. */
export function locatedModel(resume: Resume, text: string): unknown {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (!v || typeof v !== 'object') return v;
    if (isSpan(v)) return { start: v.start, end: v.end, from: at(v.start), to: at(v.end) } satisfies LocatedSpan;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === 'offsets' ? x : copy(x);
    return out;
  };
  return copy(resume);
}
