// Bounded output (issue 13): at most FINDINGS_PER_RULE findings of one rule in one document, the
// rest summed up in one finding where the first left-out one was. A 1 MB file of misspellings or
// thousands of overlapping roles must not send tens of thousands of diagnostics to the editor or
// hundreds of megabytes of JSON out of the CLI; the summary says how many there are and what to do.
import type { Finding, Severity } from './rule';

export const FINDINGS_PER_RULE = 100;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** `findings` (in document order) with each rule's beyond the first `cap` replaced by one summary. */
export function capPerRule(findings: Finding[], cap = FINDINGS_PER_RULE): Finding[] {
  const counts = new Map<string, number>();
  let over = false;
  for (const f of findings) {
    const n = (counts.get(f.ruleId) ?? 0) + 1;
    counts.set(f.ruleId, n);
    if (n > cap) over = true;
  }
  if (!over) return findings;
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  const summaries = new Map<string, Finding>();
  for (const f of findings) {
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    if (n <= cap) {
      out.push(f);
      continue;
    }
    const s = summaries.get(f.ruleId);
    if (s) {
      // The summary is as severe as the worst finding it stands for, so --quiet and exit codes still see it.
      if (RANK[f.severity] > RANK[s.severity]) s.severity = f.severity;
      continue;
    }
    const more = counts.get(f.ruleId)! - cap;
    const summary: Finding = {
      ruleId: f.ruleId,
      severity: f.severity,
      message:
        `${more} more "${f.ruleId}" ${more === 1 ? 'finding' : 'findings'} from here on are not listed: each check lists at most ${cap} per document. ` +
        `Fix the ones listed and the rest will show, or turn "${f.ruleId}" off for this file if it does not apply.`,
      span: { start: f.span.start, end: f.span.end },
      data: { more },
    };
    summaries.set(f.ruleId, summary);
    out.push(summary);
  }
  return out;
}
