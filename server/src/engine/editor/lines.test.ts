import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from './lines';

test('LineIndex maps offsets to 0-based lines and columns across LF, CRLF and CR', () => {
  const idx = new LineIndex('ab\r\ncd\nef\rg');
  assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(8), { line: 2, character: 1 });
  assert.deepEqual(idx.positionAt(10), { line: 3, character: 0 });
  assert.equal(idx.lineEnd(0), 2);
  assert.equal(idx.offsetAt({ line: 1, character: 1 }), 5);
  assert.equal(idx.lineCount, 4);
});
