import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LookbehindScan } from './lookbehind-scan';
import { PERSONAL_PATTERNS } from '../data/personal-info';

/** Every match of a global pattern as [index, text, groups]. */
function viaRegExp(re: RegExp, text: string): [number, string, (string | undefined)[]][] {
  const out: [number, string, (string | undefined)[]][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0], [...m].slice(1)]);
  return out;
}
function viaScan(re: RegExp, text: string): [number, string, (string | undefined)[]][] {
  const s = new LookbehindScan(re);
  const out: [number, string, (string | undefined)[]][] = [];
  s.lastIndex = 0;
  for (let m = s.exec(text); m; m = s.exec(text)) out.push([m.index, m[0], [...m].slice(1)]);
  return out;
}

const PATTERNS: RegExp[] = [
  ...PERSONAL_PATTERNS.map((p) => p.pattern),
  /(?<![\p{L}\p{N}-])(?:(team[\s\-‐]*player)|(go[\s\-‐]*getter))(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}'’\-])(?:many|multiple|a\s+lot\s+of)(?![\p{L}\p{N}'’\-])/giu,
  /(?<![a-z])ab/g,
  /(?<![a-z])ab|cd/g,
  /(?<![a-z])(?:ab|c[|)]d)|e\|f/g,
  /\bno-lookbehind\b/g,
];

test('a word inside another word is not matched, one after a space or at the start is', () => {
  const re = /(?<![\p{L}\p{N}])(?:married|age)/giu;
  assert.deepEqual(viaScan(re, 'Married; unmarried, page, age 5, 3age'), [[0, 'Married', []], [26, 'age', []]]);
});

test('the character before a match is read as a whole code point (astral letters)', () => {
  // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP: "𝐀married" is one word.
  const re = /(?<![\p{L}\p{N}])married/gu;
  assert.deepEqual(viaScan(re, '\u{1D400}married married'), viaRegExp(re, '\u{1D400}married married'));
  assert.equal(viaScan(re, '\u{1D400}married married').length, 1);
});

test('a lookbehind that governs only the first alternative is left in the pattern', () => {
  assert.deepEqual(viaScan(/(?<![a-z])ab|cd/g, 'xab xcd'), [[5, 'cd', []]]);
});

test('a pattern that is not global is refused with a message saying so', () => {
  assert.throws(() => new LookbehindScan(/(?<!x)a/), /needs a global pattern/);
});

test('matches equal the RegExp with its lookbehind, on random text (property)', () => {
  const fragments = ['married', 'Married', 'unmarried', 'age: 34', 'aged 30', 'dob', 'DOB', 'born 1990', 'ssn', 'team player', 'team-player',
    'go getter', 'many', 'a lot of', "o'many", '-many', 'ab', 'cab', 'no-lookbehind', '123-45-6789', 'x123-45-6789', 'xcd', 'cd', 'c|d', 'c)d', 'e|f', ' ', '\n', '-', "'", '’',
    'é', 'ß', '\u0301', '\u{1D400}', '\uD800', '国籍: x', 'nationality: X', '7', ':'];
  const text = fc.oneof(
    fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((a) => a.join('')),
    fc.string({ unit: 'binary', maxLength: 80 }),
  );
  fc.assert(
    fc.property(text, fc.constantFrom(...PATTERNS), (t, re) => {
      assert.deepEqual(viaScan(re, t), viaRegExp(re, t));
    }),
    { numRuns: 400 },
  );
});

test('all() lists the same matches as exec, and the same again on a second call', () => {
  const re = /(?<![\p{L}\p{N}])(?:married|age)/giu;
  const scan = new LookbehindScan(re);
  const text = 'Married; unmarried, page, age 5';
  const first = scan.all(text).map((m) => [m.index, m[0]]);
  assert.deepEqual(first, viaRegExp(re, text).map(([i, s]) => [i, s]));
  assert.deepEqual(scan.all(text).map((m) => [m.index, m[0]]), first);
  assert.deepEqual(scan.all('nothing here'), []);
});
