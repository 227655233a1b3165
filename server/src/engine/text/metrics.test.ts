import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasWholeWord, MULTIPLIER_WORDS, SPELLED_WORDS } from './metrics';

// The word tests metrics.ts used to ask with a regular expression each: hasWholeWord must answer the same.
const SPELLED_ANY = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
const MULTIPLIER_WORD = /\b(?:doubled|doubling|tripled|tripling|quadrupled|halved|halving|twofold|threefold|fourfold|tenfold)\b/i;

test('hasWholeWord answers as /\\b(?:…)\\b/i does (property)', () => {
  const pieces = ['two', 'Two', 'TWO', 'twos', 'ten', 'tens', 'dozen', 'Dozens', 'thousand', 'hundreds', 'doubled', 'Tenfold', 'halving', 'x', '2', '_', '-', ' ', '.', 'é', 'ſ', 'K', 'eleven', 'forty', 'fourty', 'million', 'billions', 'threefold', '\n', "'", 'tw', 'o'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')), (t) => {
      assert.equal(hasWholeWord(t, SPELLED_WORDS, 3, 9), SPELLED_ANY.test(t), t);
      assert.equal(hasWholeWord(t, MULTIPLIER_WORDS, 6, 10), MULTIPLIER_WORD.test(t), t);
    }),
    { numRuns: 3000 },
  );
});
