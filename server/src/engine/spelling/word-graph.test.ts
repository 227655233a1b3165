import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildWordGraph } from './word-graph-build';
import { WordGraph } from './word-graph';
import { editDistance } from './spelling';

const WORDS = ['Node.js', 'GitHub', 'github', 'manage', 'managed', 'management', 'manager', 'receive', 'react', 'React', 'iOS', 'café'];
const graph = new WordGraph(buildWordGraph(WORDS.map((word, i) => ({ word, data: i }))));

test('word graph: membership is exact, and every word keeps its own data byte', () => {
  for (const [i, w] of WORDS.entries()) assert.equal(graph.data(graph.indexOf(w)), i, w);
  for (const w of ['manag', 'managements', 'Github', 'GITHUB', 'ios', 'cafe', '', 'x']) assert.equal(graph.has(w), false, w);
  assert.equal(graph.wordCount, WORDS.length);
});

test('word graph: casings finds every listed form of a word, whatever case it is written in', () => {
  assert.deepEqual(graph.casings('GITHUB').map((c) => c.form).sort(), ['GitHub', 'github']);
  assert.deepEqual(graph.casings('ios').map((c) => c.form), ['iOS']);
  assert.deepEqual(graph.casings('reacts'), []);
});

test('word graph: near finds words within the distance, swaps counting as one edit', () => {
  const near = (w: string, d: number) => {
    const out: string[] = [];
    graph.near(w, d, (form, _i, dist) => out.push(`${form}:${dist}`));
    return out.sort();
  };
  assert.deepEqual(near('recieve', 1), ['receive:1']);
  assert.deepEqual(near('managment', 1), ['management:1']);
  assert.deepEqual(near('manger', 1), ['manager:1']);
  assert.deepEqual(near('manger', 2), ['manage:2', 'managed:2', 'manager:1']);
  assert.deepEqual(near('managment', 0), []);
  const one: string[] = [];
  graph.nearOne('MANAGER', (form, i, d) => one.push(`${form}:${d}:${graph.data(i)}`));
  assert.deepEqual(one.sort(), ['manage:1:3', 'managed:1:4', 'manager:0:6']);
});

test('word graph: agrees with a plain set and with editDistance on random words (two edits keeping the first or second letter first)', () => {
  const word = fc.stringMatching(/^[a-e]{1,7}$/);
  fc.assert(
    fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (words, probe) => {
      const g = new WordGraph(buildWordGraph(words.map((w) => ({ word: w, data: w.length }))));
      for (const w of words) assert.equal(g.data(g.indexOf(w)), w.length);
      assert.equal(g.has(probe), words.includes(probe));
      const found = new Map<string, number>();
      g.near(probe, 2, (form, _i, d) => found.set(form, d));
      const one = new Map<string, number>();
      g.nearOne(probe, (form, _i, d) => one.set(form, Math.min(d, one.get(form) ?? 9)));
      const first = new Map<string, number>();
      g.nearOne(probe, (form, _i, d) => first.set(form, Math.min(d, first.get(form) ?? 9)), true);
      for (const w of words) {
        const d1 = editDistance(probe, w);
        assert.equal(one.get(w), d1 <= 1 ? d1 : undefined, `nearOne ${probe} ~ ${w}`);
        assert.equal(first.get(w), d1 <= 1 && w[0] === probe[0] ? d1 : undefined, `nearOne same first letter ${probe} ~ ${w}`);
      }
      for (const w of words) {
        // Two edits only for words that start with the probe's first or second letter.
        const d = editDistance(probe, w);
        const reach = d <= 1 || (d === 2 && (w[0] === probe[0] || w[0] === probe[1]));
        assert.equal(found.get(w), reach ? d : undefined, `${probe} ~ ${w}`);
      }
    }),
    { numRuns: 300 },
  );
});

test("word graph: nearOneAsNear reports from nearOne's words what near(word, 1) reports, in its order", () => {
  // Mixed case, so several casings of a word and follow()'s one-casing walk are both exercised.
  const word = fc.stringMatching(/^[a-dA-C]{1,6}$/);
  fc.assert(
    fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 50 }), word, (words, probe) => {
      const g = new WordGraph(buildWordGraph(words.map((w) => ({ word: w, data: 0 }))));
      const near: string[] = [];
      g.near(probe, 1, (form, i, d) => near.push(`${form}:${i}:${d}`));
      const hits: { form: string; index: number; distance: number }[] = [];
      g.nearOne(probe, (form, index, distance) => hits.push({ form, index, distance }));
      const from: string[] = [];
      g.nearOneAsNear(probe, hits.reverse(), (form, i, d) => from.push(`${form}:${i}:${d}`));
      assert.deepEqual(from, near, probe);
    }),
    { numRuns: 500 },
  );
});
