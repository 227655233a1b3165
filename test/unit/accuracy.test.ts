// Holds every accuracy figure `npm run accuracy` prints at the floor reached so far
// (test/gold/floors.json, raised with `npm run accuracy -- --update-floors`): a change that reads
// real résumés worse than before fails here, figure by figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldDir, sharedAvailable } from '../accuracy/gold';
import { figures, measure } from '../accuracy/measure';
import { measurePostings } from '../accuracy/postings';

const floorsPath = join(goldDir, 'floors.json');

test('accuracy on the real résumés of ../shared stays at or above its floors', { skip: !sharedAvailable() && 'no ../shared/corpus beside this checkout (CI has it)' }, () => {
  assert.ok(existsSync(floorsPath), `${floorsPath} is missing: run npm run accuracy -- --update-floors`);
  const floors: Record<string, number> = JSON.parse(readFileSync(floorsPath, 'utf8'));
  // Structure and rules first: measure() loads the dictionary the posting reader also consults.
  const structure = figures(measure());
  const postings = measurePostings();
  const now: Record<string, number> = { ...structure, 'postings.precision': postings.sets.all.precision, 'postings.recall': postings.sets.all.recall };
  const below: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    const v = now[name];
    if (v === undefined) below.push(`${name}: no longer measured (floor ${floor})`);
    else if (v + 1e-9 < floor) below.push(`${name}: ${v} < floor ${floor}`);
  }
  assert.deepEqual(below, [], `accuracy fell below its floor:\n  ${below.join('\n  ')}`);
});

test('findings scoring: a label names words on its line, not which occurrence; labelled twice, the first and second occurrence', async () => {
  const { scoreFindings } = await import('../accuracy/score');
  const text = 'Summary\nNurse at Level I trauma centres. I am skilled in ventilators.\n';
  const at = text.indexOf('I am');
  const finding = { ruleId: 'first-person', span: { start: at, end: at + 1 }, message: 'First-person "I"', severity: 'warning' };
  const once = scoreFindings({ id: 'x', source: 'x', rules: ['first-person'], labels: [{ rule: 'first-person', line: 2, text: 'I' }] }, text, [finding as never]);
  assert.deepEqual(once['first-person'], { tp: 1, fp: 0, fn: 0 });
  // Labelled twice on the line: each label is one occurrence, so one finding leaves one label missed.
  const twice = scoreFindings({ id: 'x', source: 'x', rules: ['first-person'], labels: [{ rule: 'first-person', line: 2, text: 'I' }, { rule: 'first-person', line: 2, text: 'I' }] }, text, [finding as never]);
  assert.deepEqual(twice['first-person'], { tp: 1, fp: 0, fn: 1 });
});
