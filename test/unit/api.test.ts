// The public Node API (resume-studio/api): createLinter gives a linter that owns its caches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter } from '../../server/src/api';
import { Linter } from '../../server/src/engine/linter';
import { lint as engineLint } from '../../server/src/engine/index';
import { pieceCacheFor } from '../../server/src/engine/cache/piece-cache';
import { EngineState, withState } from '../../server/src/engine/cache/state';

const today = { year: 2026, month: 12, day: 2 };
const md = '# Ana Ruiz\nana@example.com\n\n## Experience\n### Engineer, Acme (2019 – 2021)\n- Helped build the billing service\n- Responsible for the on-call rota\n';

test('createLinter lints like the engine, and parse gives the model', async () => {
  const linter = createLinter({ today, spelling: false });
  await linter.ready;
  const r = linter.lint(md, 'resume.md');
  assert.ok(r);
  const direct = engineLint(md, 'resume.md', { today });
  assert.deepEqual(r.findings.filter((f) => f.ruleId !== 'spelling').map((f) => [f.ruleId, f.span]), direct!.findings.filter((f) => f.ruleId !== 'spelling').map((f) => [f.ruleId, f.span]));
  assert.equal(linter.parse(md, 'resume.md')?.contact.name?.value, 'Ana Ruiz');
  assert.equal(linter.lint('name: x\n', 'config.yaml'), undefined, 'other YAML is not a résumé');
});

test('createLinter applies rules and words as .resume-studio.json writes them, and names a bad setting', () => {
  const off = createLinter({ today, spelling: false, rules: { 'weak-verb': 'off' } });
  assert.ok(!off.lint(md, 'resume.md')!.findings.some((f) => f.ruleId === 'weak-verb'));
  assert.throws(() => createLinter({ rules: { 'no-such-rule': 'off' } }), /no-such-rule/);
  assert.throws(() => createLinter({ rules: { 'weak-verb': 'loud' as never } }), /weak-verb/);
});

test('each linter owns its caches: a second lint is warm, another linter starts cold', () => {
  const a = new Linter({ today, dictionary: false });
  const b = new Linter({ today, dictionary: false });
  const day = `${today.year}-${today.month}-${today.day}`;
  const misses = (l: Linter) => l.run(() => pieceCacheFor('weak-verb', day).misses);
  a.lint(md, 'resume.md');
  const afterFirst = misses(a);
  assert.ok(afterFirst > 0, 'the first lint reads every bullet');
  a.lint(md, 'resume.md');
  assert.equal(misses(a), afterFirst, 'an unchanged résumé is answered from the linter\'s cache');
  assert.equal(misses(b), 0, 'another linter has read nothing yet');
  b.lint(md, 'resume.md');
  assert.equal(misses(b), afterFirst, 'and reads every bullet itself');
});

test('nothing is cached at module level: a fresh state holds no stores after other linters ran', () => {
  new Linter({ today, dictionary: false }).lint(md, 'resume.md');
  const fresh = new EngineState();
  withState(fresh, () => undefined);
  assert.equal(fresh.stores.filter((s) => s !== undefined).length, 0);
});

test('dictionary false turns spelling off even when another linter loaded the dictionary', async () => {
  const typo = md.replace('billing service', 'billing servcie and the managment dashboard');
  const on = createLinter({ today });
  await on.ready;
  assert.ok(on.lint(typo, 'resume.md')!.findings.some((f) => f.data?.kind === 'misspelling'), 'the dictionary is loaded and finds the typo');
  const off = new Linter({ today, dictionary: false });
  assert.ok(!off.lint(typo, 'resume.md')!.findings.some((f) => f.data?.kind === 'misspelling'), 'no process-wide fallback');
  assert.ok(!createLinter({ today, spelling: false }).lint(typo, 'resume.md')!.findings.some((f) => f.data?.kind === 'misspelling'));
});
