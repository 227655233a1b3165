// Re-linting after an edit replays each rule's reports for unchanged pieces (piece-cache.ts). That is
// only sound if a warm lint always equals a fresh one: these tests edit whole résumés in every
// format the way a writer does (move, copy, retype, re-date, re-quote) and compare the findings of
// the warm lint with those of a lint after every cache is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { corpusDir, fixturesDir, repoRoot } from '../util/paths';
import { useDictionary } from '../util/dictionary';
import { lint, type Finding } from '../../server/src/engine/index';
import { clearPieceCaches, pieceCacheFor } from '../../server/src/engine/cache/piece-cache';
import { defaultConfig, type ResolvedConfig } from '../../server/src/engine/config';

useDictionary();
const TODAY = { year: 2026, month: 11, day: 22 };
const lintDir = join(fixturesDir, 'lint');
const resumes = [
  ...readdirSync(lintDir)
    .filter((f) => !f.endsWith('.expect') && !f.endsWith('.findings.txt'))
    .map((f) => ({ name: f, text: readFileSync(join(lintDir, f), 'utf8') })),
  ...readdirSync(join(repoRoot, 'samples')).map((f) => ({ name: f, text: readFileSync(join(repoRoot, 'samples', f), 'utf8') })),
  // The public résumés beside the checkout, when present: real quoting, markup and layouts.
  ...(existsSync(corpusDir)
    ? readdirSync(corpusDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => readdirSync(join(corpusDir, d.name)).map((f) => ({ name: f, text: readFileSync(join(corpusDir, d.name, f), 'utf8') })))
    : []),
];

function findingsOf(text: string, name: string, config: ResolvedConfig = defaultConfig, today = TODAY): Finding[] {
  return lint(text, name, { config, today })?.findings ?? [];
}

/** The findings of a lint that can reuse whatever earlier lints left, and of one that cannot. */
function warmAndFresh(text: string, name: string, config?: ResolvedConfig, today = TODAY): { warm: Finding[]; fresh: Finding[] } {
  const warm = findingsOf(text, name, config, today);
  clearPieceCaches();
  const fresh = findingsOf(text, name, config, today);
  return { warm, fresh };
}

/** Edits a writer makes, as functions of the text's lines. */
const EDITS: [string, (lines: string[]) => string[]][] = [
  ['a line inserted at the top', (ls) => ['', ...ls]],
  ['the first bullet-like line copied to the end', (ls) => [...ls, ls.find((l) => /^\s*([-*•]|- ")/.test(l)) ?? 'x']],
  ['the middle line removed', (ls) => ls.filter((_, i) => i !== Math.floor(ls.length / 2))],
  ['two halves swapped', (ls) => [...ls.slice(Math.floor(ls.length / 2)), ...ls.slice(0, Math.floor(ls.length / 2))]],
  ['a word retyped in every third line', (ls) => ls.map((l, i) => (i % 3 ? l : l.replace(/\b(Led|Built|Managed|Helped|the)\b/, (w) => w + 's')))],
  ['every year moved on by one', (ls) => ls.map((l) => l.replace(/\b(20[0-2]\d)\b/g, (y) => String(Number(y) + 1)))],
  ['indentation changed', (ls) => ls.map((l) => (/^\s+\S/.test(l) ? ' ' + l : l))],
  ['quotes added around YAML values', (ls) => ls.map((l) => l.replace(/^(\s*-\s+)([A-Z][^"'#:]*)$/, '$1"$2"'))],
];

test('a warm lint after each kind of edit equals a fresh lint, on every fixture, sample and corpus résumé', () => {
  for (const { name, text } of resumes) {
    clearPieceCaches();
    findingsOf(text, name);
    let lines = text.split('\n');
    for (const [what, edit] of EDITS) {
      lines = edit(lines);
      const edited = lines.join('\n');
      const { warm, fresh } = warmAndFresh(edited, name);
      assert.deepEqual(warm, fresh, `${name}, after ${what}`);
    }
  }
});

test('random edits: a warm lint equals a fresh one (fast-check)', () => {
  const sources = resumes.filter((r) => /\.(md|txt|yaml|yml|json)$/.test(r.name));
  const snippets = ['- Helped build the API\n', '- Led 4 engineers\n', '  and more\n', 'Present', '2021', '**', '"', '\n', 'I managed ', 'Jan 2020 – Mar 2022'];
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: sources.length - 1 }),
      fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.integer({ min: 0, max: 40 }), insert: fc.constantFrom(...snippets) }), { minLength: 1, maxLength: 4 }),
      (which, edits) => {
        const { name, text: original } = sources[which];
        let text = original;
        findingsOf(text, name);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
          const { warm, fresh } = warmAndFresh(text, name);
          assert.deepEqual(warm, fresh);
        }
      },
    ),
    { numRuns: 150 },
  );
});

test('changed options or another day are never answered from the cache', () => {
  const { name, text } = resumes.find((r) => r.name.endsWith('.md'))!;
  clearPieceCaches();
  const before = findingsOf(text, name);
  assert.ok(before.some((f) => f.ruleId === 'weak-verb'), 'the fixture has weak openers');
  const ignoring: ResolvedConfig = { ...defaultConfig, rules: { ...defaultConfig.rules, 'weak-verb': { options: { ignore: before.filter((f) => f.ruleId === 'weak-verb').map((f) => String(f.data?.phrase).toLowerCase()) } } } };
  const warm = findingsOf(text, name, ignoring);
  const weak = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'weak-verb').length;
  assert.ok(weak(warm) < weak(before), 'ignored phrases are not replayed from the last lint');
  clearPieceCaches();
  assert.deepEqual(findingsOf(text, name, ignoring), warm);
  // On a later day a role's end date may have passed: tense and its messages follow today.
  const later = { year: 2040, month: 1, day: 1 };
  const { warm: w2, fresh: f2 } = warmAndFresh(text, name, defaultConfig, later);
  assert.deepEqual(w2, f2);
});

test('re-linting an unchanged résumé replays every bullet rule instead of reading the bullets again', () => {
  const { name, text } = resumes.find((r) => r.name.endsWith('.md'))!;
  clearPieceCaches();
  findingsOf(text, name);
  const cache = pieceCacheFor('weak-verb', `${TODAY.year}-${TODAY.month}-${TODAY.day}`);
  const misses = cache.misses;
  assert.ok(misses > 0);
  findingsOf(text, name);
  assert.equal(cache.misses, misses, 'no bullet was checked again');
  assert.ok(cache.hits >= misses);
});

test('what the caches keep does not hold on to old versions of the document', async () => {
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // A long résumé (two-byte: it has "é"), typed into: each version differs in one bullet, and
  // every cache meets that bullet's new text. A kept slice of it would pin the whole version.
  const base = resumes.find((r) => r.name.endsWith('.md'))!.text.replace('Experience', 'Expérience');
  const big = Array.from({ length: 80 }, () => base).join('\n\n');
  const lines = big.split('\n');
  const at = lines.findIndex((l) => /^\s*[-*] /.test(l));
  const versions = 120;
  const versionBytes = big.length * 2;
  clearPieceCaches();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < versions; i++) {
    const ls = lines.slice();
    // No character that masking acts on, so the rules read slices of the document itself.
    ls[at] = `- Built the onboarding flow for enterprise accounts in release ${i} with the growth team`;
    findingsOf(ls.join('\n'), 'resume.md');
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  // Kept entries for each version's new bullet are expected (a few MB in all); one pinned copy per version is not.
  assert.ok(grown < (versions * versionBytes) / 2, `heap grew ${(grown / 1e6).toFixed(1)} MB over ${versions} versions of ${(versionBytes / 1e6).toFixed(1)} MB`);
});
