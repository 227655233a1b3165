import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, fixUntilStable, preferredFix } from './fixes';
import type { Finding } from '../rule';

const edit = (start: number, end: number, newText: string) => ({ span: { start, end }, newText });
const finding = (ruleId: string, ...fixes: { edits: ReturnType<typeof edit>[]; preferred?: boolean }[]): Finding => ({
  ruleId,
  severity: 'warning',
  message: 'm',
  span: fixes[0]?.edits[0]?.span ?? { start: 0, end: 0 },
  fixes: fixes.map((f, i) => ({ title: `fix ${i}`, ...f })),
});

test('applyEdits: any order, insertions at one point stay in the given order', () => {
  assert.equal(applyEdits('abcdef', [edit(4, 6, 'XY'), edit(0, 1, 'A')]), 'AbcdXY');
  assert.equal(applyEdits('abc', [edit(1, 1, '1'), edit(1, 1, '2')]), 'a1bc', 'the second insertion at the same point conflicts and is dropped');
  assert.equal(applyEdits('abc', [edit(0, 3, 'x'), edit(1, 2, 'y')]), 'x', 'overlap dropped');
  assert.equal(applyEdits('abc', [edit(2, 9, 'x'), edit(-1, 0, 'y')]), 'abc', 'out of range dropped');
  assert.equal(applyEdits('abc', [edit(0, 1, 'x'), edit(1, 2, 'y')]), 'xyc', 'touching edits both apply');
  assert.equal(applyEdits('abc', []), 'abc');
});

test('preferredFix: the preferred one, else the first', () => {
  assert.equal(preferredFix(finding('r', { edits: [edit(0, 1, 'a')] }, { edits: [edit(0, 1, 'b')], preferred: true }))?.title, 'fix 1');
  assert.equal(preferredFix(finding('r', { edits: [edit(0, 1, 'a')] }, { edits: [edit(0, 1, 'b')] }))?.title, 'fix 0');
  assert.equal(preferredFix({ ruleId: 'r', severity: 'hint', message: 'm', span: { start: 0, end: 0 } }), undefined);
});

test('fixAll: one rule or all, overlapping fixes skipped, edits returned in document order', () => {
  const text = 'Lead X. Manage Y. Worked on Z.';
  const findings = [
    finding('tense', { edits: [edit(0, 4, 'Led')], preferred: true }),
    finding('tense', { edits: [edit(8, 14, 'Managed')] }),
    finding('weak-verb', { edits: [edit(18, 27, 'Built')] }),
    finding('repeated-verb', { edits: [edit(0, 4, 'Ran')] }),
  ];
  const t = fixAll(text, findings, 'tense');
  assert.deepEqual([t.text, t.fixed], ['Led X. Managed Y. Worked on Z.', 2]);
  const all = fixAll(text, findings);
  assert.deepEqual([all.text, all.fixed], ['Led X. Managed Y. Built Z.', 3]);
  assert.deepEqual(all.edits.map((e) => e.span.start), [0, 8, 18]);
  // A multi-edit fix is all or nothing.
  const multi = fixAll('abcdef', [finding('a', { edits: [edit(0, 1, 'A')] }), finding('b', { edits: [edit(2, 3, 'C'), edit(0, 2, 'Z')] })]);
  assert.deepEqual([multi.text, multi.fixed], ['Abcdef', 1]);
});

test('fixUntilStable (the CLI\'s --fix): preferred fixes only, re-linted until nothing more is fixed', () => {
  // A toy linter: "Lead" wants "Led" (preferred); "teh" has two guesses, none preferred; "Led Led" wants one "Led" (only visible after the first fix).
  const lintText = (t: string): Finding[] => {
    const out: Finding[] = [];
    const lead = t.indexOf('Lead');
    if (lead >= 0) out.push(finding('tense', { edits: [edit(lead, lead + 4, 'Led')], preferred: true }));
    const teh = t.indexOf('teh');
    if (teh >= 0) out.push(finding('spelling', { edits: [edit(teh, teh + 3, 'the')] }, { edits: [edit(teh, teh + 3, 'tech')] }));
    const twice = t.indexOf('Led Led');
    if (twice >= 0) out.push(finding('repeated-verb', { edits: [edit(twice, twice + 4, '')], preferred: true }));
    return out;
  };
  assert.deepEqual(fixUntilStable('Lead Led teh team', lintText), { text: 'Led teh team', fixed: 2 });
  assert.deepEqual(fixUntilStable('teh team', lintText), { text: 'teh team', fixed: 0 }, 'a guess is never applied');
  assert.deepEqual(fixUntilStable('anything', () => undefined), { text: 'anything', fixed: 0 }, 'not a résumé: unchanged');
  // A fix that keeps coming back stops after a bounded number of passes.
  let passes = 0;
  const endless = (t: string): Finding[] => (passes++, [finding('x', { edits: [edit(0, 0, 'a')], preferred: true })].filter(() => t.length < 1000));
  const r = fixUntilStable('', endless);
  assert.ok(passes <= 10 && r.fixed === passes, `${passes} passes`);
});
