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

test('wordCount counts what words() finds, on joiners, marks, astral letters and lone surrogates', () => {
  assert.equal(wordCount('**Led** a team of 5 on HTTP/2, Node.js & C++ e-commerce.'), 10);
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount('co- end. C# é\u0301t\u00e9 \u{1D400}b'), 5);
  const pieces = ['a', 'Z', '9', ' ', '-', '.', '/', '+', '#', '&', "'", '’', ',', 'é', '\u0301', '\u{1D400}', '\uD800', '\uDC00', '国', '\n', '*'];
  fc.assert(
    fc.property(fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 60 })), (t) => {
      assert.equal(wordCount(t), words(t).length);
    }),
    { numRuns: 500 },
  );
});
