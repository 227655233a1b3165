// Runs one rule through the engine (runRules) on a résumé built with resumeOf, and re-lints after
// applying a fix: the fixed text is rebuilt from the spec (so the model stays exact) and checked
// to equal the edited text, so a fix that touches anything outside its bullet fails loudly.
import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../server/src/engine/rule';
import { runRules, type Today } from '../../server/src/engine/lint';
import { mergeConfig } from '../../server/src/engine/config';
import { applyEdits } from './apply-edits';
import { resumeOf, type RoleSpec, type SectionSpec } from './model-builder';

export const TODAY: Today = { year: 2025, month: 6, day: 15 };

export type Spec = RoleSpec[] | SectionSpec[];

export interface RuleRun {
  text: string;
  findings: Finding[];
  /** text.slice(span) of each finding. */
  spans: string[];
}

export function runRule(ruleId: string, spec: Spec, options?: Record<string, unknown>, today: Today = TODAY): RuleRun {
  const { text, resume } = resumeOf(spec);
  const config = mergeConfig({ rules: options ? { [ruleId]: options } : {} });
  const findings = runRules(resume, text, config, today).filter((f) => f.ruleId === ruleId);
  return { text, findings, spans: findings.map((f) => text.slice(f.span.start, f.span.end)) };
}

/** Applies `fix` to the spec's bullets (each edit must fall inside one bullet) and returns the new spec. */
export function applyFixToSpec(spec: Spec, fix: Fix): Spec {
  const { text, resume } = resumeOf(spec);
  const copy: Spec = JSON.parse(JSON.stringify(spec));
  const sections: SectionSpec[] = copy.length && 'roles' in copy[0] ? (copy as SectionSpec[]) : [{ title: 'Experience', kind: 'experience', roles: copy as RoleSpec[] }];
  // Later edits first, so earlier offsets inside the same bullet stay valid.
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  for (const e of edits) {
    let done = false;
    resume.sections.forEach((s, si) =>
      s.entries.forEach((en, ei) =>
        {
          en.bullets.forEach((b, bi) => {
            if (done || e.span.start < b.span.start || e.span.end > b.span.end) return;
            const bullets = sections[si].roles[ei].bullets!;
            const t = bullets[bi];
            bullets[bi] = t.slice(0, e.span.start - b.span.start) + e.newText + t.slice(e.span.end - b.span.start);
            done = true;
          });
          const d = en.description;
          if (done || !d || e.span.start < d.span.start || e.span.end > d.span.end) return;
          const role = sections[si].roles[ei];
          role.description = role.description!.slice(0, e.span.start - d.span.start) + e.newText + role.description!.slice(e.span.end - d.span.start);
          done = true;
        },
      ),
    );
    assert.ok(done, `edit ${JSON.stringify(e)} is not inside one bullet or description`);
  }
  assert.equal(resumeOf(copy).text, applyEdits(text, fix.edits), 'rebuilt text differs from the edited text');
  return copy;
}

/**
 * Applies every fix of every finding, one at a time, and checks that the finding it fixes is gone
 * and that no new finding of the same rule appeared. Returns the fixed bullets texts (first fix).
 */
export function assertFixesWork(ruleId: string, spec: Spec, options?: Record<string, unknown>, today: Today = TODAY): string[][] {
  const before = runRule(ruleId, spec, options, today);
  const results: string[][] = [];
  for (const f of before.findings) {
    const out: string[] = [];
    for (const fix of f.fixes ?? []) {
      const fixed = applyFixToSpec(spec, fix);
      const after = runRule(ruleId, fixed, options, today);
      // The fixed finding is gone, nothing new appeared: fewer findings, and each one left was on a
      // text that was already reported before (so the replacement itself is not flagged).
      assert.ok(after.findings.length < before.findings.length, `fix "${fix.title}" did not remove its finding (${before.findings.length} → ${after.findings.length}): ${after.findings.map((x) => x.message).join(' | ')}`);
      for (const s of after.spans) assert.ok(before.spans.includes(s), `fix "${fix.title}" introduced a new ${ruleId} finding on ${JSON.stringify(s)}`);
      const sections = fixed.length && 'roles' in fixed[0] ? (fixed as SectionSpec[]) : [{ roles: fixed as RoleSpec[] }];
      out.push(sections.flatMap((s) => s.roles.flatMap((r) => r.bullets ?? [])).join('\n'));
    }
    results.push(out);
  }
  return results;
}
