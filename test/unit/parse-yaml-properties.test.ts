// Property tests for the YAML/JSON parser (SPEC §10): it never throws, on arbitrary text or on
// valid résumés with random edits; every span and bullet offset stays inside the document;
// the same input always gives the same model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixturesDir } from '../util/paths';
import { parseYamlResume, parseYamlResumeWith } from '../../server/src/engine/parse/yaml';
import { allBullets, type Resume } from '../../server/src/engine/model';
import { spansOf } from './parse-yaml-format';

type Dialect = 'jsonresume' | 'rendercv' | 'yamlresume';
const DIALECTS: Dialect[] = ['jsonresume', 'rendercv', 'yamlresume'];
const dir = join(fixturesDir, 'parse-yaml');
const seeds = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

function assertWellFormed(r: Resume, text: string): void {
  for (const s of spansOf(r)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `integer span ${s.start}-${s.end}`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} inside ${text.length}`);
  }
  for (const { bullet } of allBullets(r)) {
    if (!bullet.offsets) continue;
    assert.equal(bullet.offsets.length, bullet.text.length + 1);
    for (let i = 1; i < bullet.offsets.length; i++) assert.ok(bullet.offsets[i] >= bullet.offsets[i - 1]);
  }
}

function check(text: string, dialect: Dialect): void {
  const a = parseYamlResume(text, dialect);
  assertWellFormed(a, text);
  assert.deepEqual(parseYamlResume(text, dialect), a, 'same input, same model');
}

// Characters that matter to YAML and JSON, so random text hits the parser's edge cases often.
const yamlish = fc.string({
  unit: fc.constantFrom(...'abc xyz019-:"\'|>#[]{},&*!?%@`\\\n\t\r-'.split(''), 'present', 'startDate: ', 'cv:\n', '- ', '  ', '\u2014', '\ud83d\ude00', '\u00e9'),
  maxLength: 200,
});
const prefix = fc.constantFrom('', 'basics:\n  name: A\nwork:\n  - ', 'cv:\n  sections:\n    x:\n      - ', 'content:\n  work:\n    - ', '{"work": [');

test('never throws on arbitrary text, spans inside', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...DIALECTS), (text, d) => check(text, d)),
    { numRuns: 300 },
  );
});

test('never throws on YAML-like text under each dialect root', () => {
  fc.assert(
    fc.property(prefix, yamlish, fc.constantFrom(...DIALECTS), (p, body, d) => check(p + body, d)),
    { numRuns: 400 },
  );
});

test('never throws on valid résumés with random edits', () => {
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: yamlish });
  fc.assert(
    fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(...DIALECTS), (seed, edits, d) => {
      let text = seed;
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
      }
      check(text, d);
    }),
    { numRuns: 300 },
  );
});

// The JSON fast path must read exactly what `yaml` reads; mutated JSON explores the edges.
const jsonSeeds = seeds.filter((s) => s.trimStart().startsWith('{'));

function assertSamePaths(text: string, d: Dialect): void {
  const viaYaml = parseYamlResumeWith(text, d, false);
  if (viaYaml.problems.some((p) => p.code === 'yaml-syntax')) return; // broken JSON: yaml path only
  assert.deepEqual(parseYamlResumeWith(text, d, true), viaYaml);
}

test('JSON fast path gives the same model as yaml on every JSON fixture', () => {
  assert.ok(jsonSeeds.length >= 3);
  for (const text of jsonSeeds) {
    assert.equal(parseYamlResumeWith(text, 'jsonresume', false).problems.filter((p) => p.code === 'yaml-syntax').length > 0, /"Beta", "position": "Intern" "/.test(text));
    assertSamePaths(text, 'jsonresume');
  }
});

test('JSON fast path gives the same model as yaml on edited JSON', () => {
  const jsonish = fc.string({
    unit: fc.constantFrom(...'ab 09-:,"\\{}[]\n\t'.split(''), '\\u00e9', '\\n', '"startDate": "2020-01"', '"highlights": ["x"]', 'null', 'true', '1e3'),
    maxLength: 40,
  });
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(6), insert: jsonish });
  fc.assert(
    fc.property(fc.constantFrom(...jsonSeeds), fc.array(edit, { minLength: 1, maxLength: 3 }), (seed, edits) => {
      let text = seed;
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
      }
      assertSamePaths(text, 'jsonresume');
    }),
    { numRuns: 300 },
  );
});
