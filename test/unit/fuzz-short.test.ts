// The short version of `npm run fuzz` (test/fuzz/): a few thousand generated and mutated
// documents through the engine with the same checks (no exception, ranges inside the text,
// identical findings on a second lint and after an edit). The server half runs in
// test/protocol/fuzz.test.ts; the long run is `npm run fuzz`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzEngine } from '../fuzz/fuzz';
import { repoRoot } from '../util/paths';

test('fuzz (short): 3,000 generated and mutated documents break no invariant', { timeout: 300_000 }, () => {
  const r = fuzzEngine(repoRoot, 3000, 20261202);
  assert.equal(r.inputs, 3000);
  assert.ok(r.generated > 500 && r.mutated > 1500, `${r.generated} generated, ${r.mutated} mutated`);
  assert.deepEqual(r.failures, []);
});
