import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, preferredFix } from './fixes';
import type { Finding } from './rule';

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
