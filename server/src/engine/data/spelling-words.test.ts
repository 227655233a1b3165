import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RESUME_SLIPS, resumeSlip } from './spelling-words';

test('resumeSlip is RESUME_SLIPS read in lower case', () => {
  for (const [k, v] of RESUME_SLIPS) {
    assert.equal(resumeSlip(k), v);
    assert.equal(resumeSlip(k.toUpperCase()), v);
    assert.equal(resumeSlip(k[0].toUpperCase() + k.slice(1)), v);
  }
  for (const w of ['calendar', 'manager', 'Mange', 'c', '', 'Ćalender', 'costumerss', 'xcalender']) assert.equal(resumeSlip(w), RESUME_SLIPS.get(w.toLowerCase()));
});
