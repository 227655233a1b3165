import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork, runRule } from '../../../../test/util/rule-harness';
import type { RoleSpec } from '../../../../test/util/model-builder';
import { fixAll } from '../editor/fixes';
import { resumeOf } from '../../../../test/util/model-builder';
import { runRules } from '../lint';
import { TODAY } from '../../../../test/util/rule-harness';

const RULE = 'repeated-verb';
const past = (...bullets: string[]): RoleSpec => ({ dates: ['2018-03', '2021-06'], bullets });
const current = (...bullets: string[]): RoleSpec => ({ dates: ['2022-01', 'present'], bullets });

const valid: [string, RoleSpec[], Record<string, unknown>?][] = [
  ['two per role is fine', [past('Led the billing rewrite', 'Led hiring for the platform team', 'Built the admin dashboard')]],
  ['varied verbs', [past('Led the rewrite', 'Built the dashboard', 'Cut costs 20%', 'Mentored 3 interns')]],
  ['three in different roles', [past('Led the rewrite', 'Built X'), past('Led hiring', 'Built Y'), past('Led on-call', 'Ran Z')]],
  ['four in the document is fine', [past('Led A', 'Led B'), past('Led C', 'Led D')]],
  ['not verbs: same first word', [past('Kubernetes migration for 40 services', 'Kubernetes upgrade to 1.27', 'Kubernetes cost report')]],
  ['weak openers are weak-verb\'s business', [past('Worked on A', 'Worked on B', 'Worked on C')]],
  ['option maxPerRole', [past('Led A', 'Led B', 'Led C')], { maxPerRole: 3 }],
  ['option maxPerDocument', [past('Built A', 'Built B'), past('Built C', 'Built D'), past('Built E')], { maxPerDocument: 5 }],
];

for (const [name, spec, options] of valid)
  test(`${RULE} valid: ${name}`, () => assert.deepEqual(runRule(RULE, spec, options).findings.map((f) => f.message), []));

test(`${RULE} invalid: three "Led" in one role → the third is reported with alternatives`, () => {
  const spec = [past('Led the billing rewrite', 'Led hiring for the platform team', 'Led the on-call rotation')];
  const r = runRule(RULE, spec);
  assert.equal(r.findings.length, 1);
  assert.equal(r.spans[0], 'Led');
  assert.equal(r.findings[0].span.start, r.text.indexOf('Led the on-call'));
  assert.match(r.findings[0].message, /^"Led" opens 3 bullets in this role; use it at most 2 times and vary the others, e.g. "\w+", "\w+", "\w+"\.$/);
  const fixed = assertFixesWork(RULE, spec);
  assert.ok(fixed[0].every((t) => t.split('\n')[2] !== 'Led the on-call rotation'));
});

test(`${RULE} invalid: "Managed" and "Manage" count as one verb`, () => {
  const spec = [current('Manage the release train', 'Managed the 2023 migration', 'Manages the hiring loop')];
  const r = runRule(RULE, spec);
  assert.deepEqual(r.spans, ['Manages']);
  // Alternatives keep the written form (third person here).
  assert.ok((r.findings[0].data?.alternatives as string[]).every((a) => /s$/.test(a)), String(r.findings[0].data?.alternatives));
  assertFixesWork(RULE, spec);
});

test(`${RULE} invalid: alternatives are in the tense of the word replaced and unused elsewhere`, () => {
  const spec = [past('Built the API', 'Built the CLI', 'Built the SDK', 'Designed the schema')];
  const r = runRule(RULE, spec);
  const alts = r.findings[0].data?.alternatives as string[];
  assert.equal(alts.length, 3);
  assert.ok(!alts.includes('Designed') && !alts.includes('Built'));
  assert.ok(alts.every((a) => /ed$|[^e]t$|ote$/.test(a)), alts.join());
  assertFixesWork(RULE, spec);
});

test(`${RULE} invalid: five "Built" across roles → the fifth is reported for the document`, () => {
  const spec = [past('Built A one', 'Built B two'), past('Built C three', 'Built D four'), past('Built E five')];
  const r = runRule(RULE, spec);
  assert.equal(r.findings.length, 1);
  assert.equal(r.text.slice(r.findings[0].span.start, r.findings[0].span.end + 7), 'Built E five');
  assert.match(r.findings[0].message, /^"Built" opens 5 bullets in this résumé; use it at most 4 times/);
  assertFixesWork(RULE, spec);
});

test(`${RULE} invalid: role and document limits together, and fix-all clears them in one go`, () => {
  const spec = [past('Led A1', 'Led A2', 'Led A3', 'Led A4'), past('Led B1', 'Led B2'), past('Led C1')];
  const { text, resume } = resumeOf(spec);
  const findings = runRules(resume, text, undefined, TODAY).filter((f) => f.ruleId === RULE);
  // Role: A3, A4 (3rd and 4th); document: 7 uses, 2 already reported, 5 left, so 1 more (C1).
  assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end + 3)), ['Led A3', 'Led A4', 'Led C1']);
  const out = fixAll(text, findings, RULE);
  assert.equal(out.fixed, 3);
  // Rebuild from the fixed bullets and re-lint: nothing left, and no verb used twice by the fixes.
  const lines = out.text.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  const rebuilt = resumeOf([past(...lines.slice(0, 4)), past(...lines.slice(4, 6)), past(lines[6])]);
  assert.equal(rebuilt.text, out.text);
  assert.deepEqual(runRules(rebuilt.resume, rebuilt.text, undefined, TODAY).filter((f) => f.ruleId === RULE), []);
});
