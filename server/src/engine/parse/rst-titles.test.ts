import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rstTitles } from './rst';
import { splitLines } from './source-lines';

test('rst titles: each adornment style is the next level down the first time it appears', () => {
  const text = '========\n Jo Roe\n========\n\n------\nAwards\n------\n\nBook\n====\n\nNotes\n~~~~~\n\n-----------\nMore awards\n-----------\n';
  const r = rstTitles(splitLines(text));
  assert.ok(r);
  assert.deepEqual([...r.levels], [[1, 1], [5, 2], [8, 3], [11, 4], [15, 2]]);
  assert.deepEqual([...r.adornments].sort((a, b) => a - b), [0, 2, 4, 6, 9, 12, 14, 16]);
});

test('rst titles: a directive alone marks the document as reStructuredText', () => {
  assert.ok(rstTitles(splitLines('.. raw:: html\n\nSkills\n~~~~~~\n\nGo\n')));
  assert.equal(rstTitles(splitLines('.. not a directive\n')), undefined);
});

test('rst titles: a Markdown document of Setext headings and rules is left to Markdown', () => {
  assert.equal(rstTitles(splitLines('Jane Doe\n========\n\n----\n\nExperience\n----------\n\n~~~~\ncode\n~~~~\n')), undefined);
});
