import { test } from 'node:test';
import assert from 'node:assert/strict';
import { words, firstWord } from './words';

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
