import { test } from 'node:test';
import assert from 'node:assert/strict';
import places from '../data/places.json';
import world from '../data/world-places.json';
import { isPlace } from './places';

test('no place name in the lists has a digit (isPlace answers "no" for any text with one, before reading them)', () => {
  const all = [...places.regionCodes, ...places.regionNames, ...places.countries, ...places.remote, ...world.countries, ...world.cities];
  assert.deepEqual(all.filter((p) => /\d/.test(p)), []);
  assert.equal(isPlace('Austin, TX'), true);
  assert.equal(isPlace('Remote / New York, NY'), true);
  assert.equal(isPlace('Org 34, TX'), false);
  assert.equal(isPlace('Austin, TX 78701'), false);
});

test('a town and its US state code with no comma is a place ("Spokane WA"); a code that is also a word needs a known city', () => {
  for (const p of ['Spokane WA', 'Cheney WA', 'Providence RI', 'Spokane Valley WA', 'Portland OR', 'Dallas TX']) assert.equal(isPlace(p), true, p);
  for (const p of ['Contact ME', 'Acme CO', 'Volvo AB', 'Senior Engineer NY', 'Sign IN']) assert.equal(isPlace(p), false, p);
});
