// Bounded output (issue 13): at most FINDINGS_PER_RULE findings of one rule in one document, the
// rest summed up in one finding where the first left-out one was. A 1 MB file of misspellings or
// thousands of overlapping roles must not send tens of thousands of diagnostics to the editor or
// hundreds of megabytes of JSON out of the CLI; the summary says how many there are and what to do.
import type { Finding, Fix, Severity } from './rule';

// (High enough that a real résumé never meets it: the longest real ones run to 150 bullets with no
// figure, each a finding the writer expects to see; low enough to bound a hostile file's output.)
export const FINDINGS_PER_RULE = 250;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** `findings` (in document order) with each rule's beyond the first `cap` replaced by one summary. */
export function capPerRule(findings: Finding[], cap = FINDINGS_PER_RULE): Finding[] {
  const counts = new Map<string, number>();
  let over = false;
  for (let ix = 0; ix < findings.length; ix++) {
    const f = findings[ix];
    const n = (counts.get(f.ruleId) ?? 0) + 1;
    counts.set(f.ruleId, n);
    if (n > cap) over = true;
  }
  if (!over) return findings;
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  const summaries = new Map<string, Finding>();
  for (let ix = 0; ix < findings.length; ix++) {
    const f = findings[ix];
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

/** Characters of fix text a document's findings may carry again after each fix's first copy. */
export const REPEATED_FIX_TEXT = 64 * 1024;

const fixSize = (x: Fix) => x.edits.reduce((n, e) => n + e.newText.length, 0);

/**
 * `findings` with a fix shared by several findings left off the later ones once the text those
 * copies repeat passes `budget`. One fix object can stand for many findings ("Sort the section
 * newest first" rides on every entry out of order), and every finding carries its copy out of
 * the CLI's JSON: 100 such findings on a 200 KB section made 22 MB. The first copy of each fix is
 * always kept, so the quick fix and "fix all" still reach it; on a résumé of normal size nothing
 * is left off.
 */
export function capRepeatedFixes(findings: Finding[], budget = REPEATED_FIX_TEXT): Finding[] {
  const seen = new Set<Fix>();
  let repeated = 0;
  let out: Finding[] | undefined;
  findings.forEach((f, k) => {
    if (!f.fixes?.length) return;
    let kept: Fix[] | undefined;
    f.fixes.forEach((x, i) => {
      if (!seen.has(x)) {
        seen.add(x);
      } else {
        const size = fixSize(x);
        if (repeated + size <= budget) repeated += size;
        else {
          kept ??= f.fixes!.slice(0, i);
          return;
        }
      }
      kept?.push(x);
    });
    if (!kept) return;
    out ??= findings.slice();
    const copy: Finding = { ...f };
    if (kept.length) copy.fixes = kept;
    else delete copy.fixes;
    out[k] = copy;
  });
  return out ?? findings;
}
