import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { words, firstWord, wordCount } from './words';

test('words keeps inner joiners and skips markup', () => {
  assert.deepEqual(words('**Led** a team of 5 on HTTP/2, Node.js & C++ e-commerce.').map((w) => w.text),
    ['Led', 'a', 'team', 'of', '5', 'on', 'HTTP/2', 'Node.js', 'C++', 'e-commerce']);
  const w = words('  **Led** it')[0];
  assert.deepEqual([w.start, w.end], [4, 7]);
});

test('firstWord finds the opening word after markup, undefined on empty', () => {
  assert.equal(firstWord('- _Helped_ build')?.text, 'Helped');
  assert.equal(firstWord('  ... '), undefined);
});

// The pattern words() implements by hand, as the reference for the property test.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-./+#&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*[+#]*/gu;
const byRegex = (t: string) => [...t.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

test('words and wordCount read what the word pattern matches, on joiners, marks, astral letters and lone surrogates', () => {
  assert.equal(wordCount('**Led** a team of 5 on HTTP/2, Node.js & C++ e-commerce.'), 10);
  assert.equal(wordCount(''), 0);
  assert.deepEqual(words('co- end. C# é\u0301t\u00e9 \u{1D400}b').map((w) => w.text), ['co', 'end', 'C#', 'é\u0301t\u00e9', '\u{1D400}b']);
  const pieces = ['a', 'Z', '9', ' ', '-', '.', '/', '+', '#', '&', "'", '’', ',', 'é', '\u0301', '\u{1D400}', '\uD800', '\uDC00', '国', '\n', '*', '٣'];
  fc.assert(
    fc.property(fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 60 })), (t) => {
      const want = byRegex(t);
      assert.deepEqual(words(t), want);
      assert.equal(wordCount(t), want.length);
      assert.deepEqual(firstWord(t), want[0]);
    }),
    { numRuns: 1000 },
  );
});
