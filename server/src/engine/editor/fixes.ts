// Applying fixes to text: "fix all of one rule" and source.fixAll use fixAll; the CLI's --fix and
// tests use applyEdits. Pure: offsets in, text out, never throws on bad edits (they are dropped).
import type { Edit, Finding, Fix } from '../rule';

/**
 * Applies edits given in offsets of the original `text`. Edits are applied in order of position;
 * ties keep their given order (stable). An edit that overlaps one already accepted, or lies
 * outside the text, is dropped rather than corrupting the result.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const accepted = acceptNonOverlapping(text, edits.map((e) => [e]));
  return applySorted(text, accepted.flat());
}

export interface FixAllResult {
  /** The text with the fixes applied. */
  text: string;
  /** The edits applied, in original-document offsets, sorted: send these as one workspace edit. */
  edits: Edit[];
  /** How many findings were fixed. */
  fixed: number;
}

/** The fix "fix all" applies for a finding: its preferred one, else its first. */
export function preferredFix(finding: Finding): Fix | undefined {
  if (!finding.fixes?.length) return undefined;
  return finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
}

/**
 * Applies each finding's preferred fix (of `ruleId` only, when given). A fix whose edits overlap
 * an earlier accepted fix is skipped, so the result is always well-formed; running fixAll again
 * on a re-lint picks up what was skipped.
 */
export function fixAll(text: string, findings: readonly Finding[], ruleId?: string): FixAllResult {
  const groups: Edit[][] = [];
  for (const f of findings) {
    if (ruleId !== undefined && f.ruleId !== ruleId) continue;
    const fix = preferredFix(f);
    if (fix && fix.edits.length) groups.push(fix.edits);
  }
  const accepted = acceptNonOverlapping(text, groups);
  const edits = sortStable(accepted.flat());
  return { text: applySorted(text, edits), edits, fixed: accepted.length };
}

function inRange(text: string, e: Edit): boolean {
  return Number.isInteger(e.span.start) && Number.isInteger(e.span.end) && e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length;
}

/**
 * Two edits conflict when their spans overlap, or when both insert at the same point (their
 * order would be a guess). Touching spans ([0,3) and [3,5)) do not conflict.
 */
function conflicts(a: Edit, b: Edit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  if (a.span.start === a.span.end) return a.span.start > b.span.start && a.span.start < b.span.end;
  if (b.span.start === b.span.end) return b.span.start > a.span.start && b.span.start < a.span.end;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Keeps whole groups (one fix's edits) that conflict with nothing kept before them. */
function acceptNonOverlapping(text: string, groups: Edit[][]): Edit[][] {
  const kept: Edit[][] = [];
  const all: Edit[] = [];
  for (const g of groups) {
    if (!g.every((e) => inRange(text, e))) continue;
    let ok = true;
    for (let i = 0; ok && i < g.length; i++) {
      for (let j = i + 1; ok && j < g.length; j++) if (conflicts(g[i], g[j])) ok = false;
      for (const k of all) if (ok && conflicts(g[i], k)) ok = false;
    }
    if (!ok) continue;
    kept.push(g);
    all.push(...g);
  }
  return kept;
}

function sortStable(edits: Edit[]): Edit[] {
  return edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.span.start - b.e.span.start || a.e.span.end - b.e.span.end || a.i - b.i).map((x) => x.e);
}

function applySorted(text: string, edits: Edit[]): string {
  const sorted = sortStable(edits);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/** Passes at most for fixUntilStable: a fix can make another finding appear (and be fixed) on the next lint. */
const MAX_FIX_PASSES = 10;

/**
 * The CLI's --fix: applies each finding's preferred fix, only where the rule marks one preferred
 * (as eslint --fix applies a rule's own fix and leaves suggestions alone: a spelling guess is not
 * certain), then lints again, until nothing more is fixed. `lintText` is undefined for a text
 * that is no résumé. Returns the new text and how many findings were fixed.
 */
export function fixUntilStable(text: string, lintText: (text: string) => readonly Finding[] | undefined): { text: string; fixed: number } {
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const findings = lintText(text);
    if (!findings) break;
    const fixable: Finding[] = [];
    for (const f of findings) {
      const fix = preferredFix(f);
      if (fix?.preferred) fixable.push({ ...f, fixes: [fix] });
    }
    if (fixable.length === 0) break;
    const r = fixAll(text, fixable);
    if (r.fixed === 0 || r.text === text) break;
    text = r.text;
    fixed += r.fixed;
  }
  return { text, fixed };
}
