import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, oneEditApart } from './edit-distance';

test('oneEditApart: the one-pass test agrees with editDistance(a, b) === 1', () => {
  for (const [a, b, want] of [
    ['experience', 'experiance', true], // changed
    ['continous', 'continuous', true], // dropped
    ['programming', 'programing', true],
    ['form', 'from', true], // neighbours swapped
    ['word', 'word', false],
    ['word', 'words', true],
    ['word', 'sword', true],
    ['abcd', 'badc', false], // two swaps
    ['abc', 'a', false],
    ['', 'a', true],
  ] as const) {
    assert.equal(oneEditApart(a, b), want, `${a} / ${b}`);
    assert.equal(oneEditApart(b, a), want, `${b} / ${a}`);
  }
  // Random pairs from a small alphabet, where one edit apart is common.
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const word = () => Array.from({ length: 1 + rnd(6) }, () => 'abc'[rnd(3)]).join('');
  for (let k = 0; k < 5000; k++) {
    const a = word();
    const b = word();
    assert.equal(oneEditApart(a, b), editDistance(a, b) === 1, `${a} / ${b}`);
  }
});
