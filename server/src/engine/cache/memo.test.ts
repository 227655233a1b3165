import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detach, GenerationalMap, nextParse, TextMemo } from './memo';

const parses = (n: number) => {
  for (let i = 0; i < n; i++) nextParse();
};

test('GenerationalMap keeps what parses keep reading and drops what none has read for two sweeps', () => {
  const m = new GenerationalMap<string, number>();
  m.set('used', 1);
  m.set('typed once', 2);
  for (let i = 0; i < 100; i++) {
    nextParse();
    assert.equal(m.get('used'), 1);
  }
  assert.equal(m.get('typed once'), undefined, 'an entry nobody asked for in 100 parses is gone');
  assert.equal(m.size, 1);
});

test('GenerationalMap never holds more than its limit, even when every entry is in use', () => {
  const m = new GenerationalMap<number, number>(50);
  for (let i = 0; i < 500; i++) m.set(i, i);
  assert.ok(m.size <= 50);
  parses(1);
  for (let i = 0; i < 40; i++) m.set(1000 + i, i);
  assert.ok(m.size <= 50);
});

test('TextMemo computes once per text and hands compute a copy of the key', () => {
  let calls = 0;
  const doc = 'x'.repeat(50) + 'Led a team of 5 engineers' + 'y'.repeat(50);
  const seen: string[] = [];
  const memo = new TextMemo((t: string) => {
    calls++;
    seen.push(t);
    return t.length;
  });
  const slice = doc.slice(50, 75);
  assert.equal(memo.get(slice), 25);
  assert.equal(memo.get(doc.slice(50, 75)), 25);
  assert.equal(calls, 1);
  assert.equal(seen[0], slice);
  assert.equal(detach(slice), slice);
});
