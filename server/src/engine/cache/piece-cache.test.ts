import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearPieceCaches, pieceCacheFor, pieceRecord } from './piece-cache';
import type { Report } from '../rule';

const found = (at: number): Report => ({ message: 'm', span: { start: at, end: at + 2 }, fixes: [{ title: 't', edits: [{ span: { start: at, end: at + 2 }, newText: 'x' }] }] });

test('a kept report is replayed at the piece\'s new place, fixes included', () => {
  clearPieceCaches();
  const cache = pieceCacheFor('some-rule', 'day');
  const record = pieceRecord('bullet', 'Led a team of 5');
  const out: Report[] = [];
  cache.run(record, '', 100, (r) => out.push(r), (report) => report(found(104)));
  cache.run(record, '', 300, (r) => out.push(r), () => assert.fail('an unchanged piece is not read again'));
  assert.deepEqual(out[1].span, { start: 304, end: 306 });
  assert.deepEqual(out[1].fixes![0].edits[0].span, { start: 304, end: 306 });
});

test('other settings are never answered from the cache, and a piece keeps only its 4 latest contexts', () => {
  clearPieceCaches();
  const record = pieceRecord('bullet', 'Managed the rollout');
  let reads = 0;
  const read = () => reads++;
  pieceCacheFor('r', 'A').run(record, 'past', 0, () => {}, read);
  pieceCacheFor('r', 'B').run(record, 'past', 0, () => {}, read);
  assert.equal(reads, 2, 'a change of options or day reads the piece again');
  const c = pieceCacheFor('r', 'B');
  for (let i = 0; i < 10; i++) c.run(record, `dates ${i}`, 0, () => {}, read);
  reads = 0;
  c.run(record, 'dates 9', 0, () => {}, read);
  assert.equal(reads, 0, 'the latest context is kept');
  c.run(record, 'dates 0', 0, () => {}, read);
  assert.equal(reads, 1, 'old contexts are let go');
});
