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
