// Words people keep for the Code Spell Checker are accepted by the spelling rule too: the
// cSpell.words setting, and `words` / `ignoreWords` of the nearest cspell.json or .cspell.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspellWords } from '../../server/src/engine/config';
import { findCspellFile, loadCspellWords } from '../../server/src/config-file';
import { defaultSettings, withCspellWords } from '../../server/src/lsp/settings';
import { repoRoot } from '../util/paths';

test('cspellWords: words and ignoreWords, comments and trailing commas allowed, junk ignored', () => {
  const text = '// team words\n{ "version": "0.2", "words": ["Zephyrix", "flinkql", 3, ""], "ignoreWords": ["Qontrak",], "flagWords": ["hte"] }';
  assert.deepEqual(cspellWords(text), ['Zephyrix', 'flinkql', 'Qontrak']);
  assert.deepEqual(cspellWords('{ "words": "Zephyrix" }'), []);
  assert.deepEqual(cspellWords('not json at all'), []);
});

test('findCspellFile: the nearest cspell file in the folder or above, not above the workspace', () => {
  const files = new Set(['/w/cspell.json', '/w/cv/.cspell.json', '/other/cSpell.json']);
  const exists = (p: string) => files.has(p);
  assert.equal(findCspellFile('/w/cv/resume.md', '/w', exists), '/w/cv/.cspell.json');
  assert.equal(findCspellFile('/w/docs/resume.md', '/w', exists), '/w/cspell.json');
  assert.equal(findCspellFile('/x/resume.md', '/x', exists), undefined);
  assert.deepEqual(loadCspellWords('/missing/cspell.json', () => { throw new Error('ENOENT'); }), []);
});

test('withCspellWords: the cSpell.words setting adds to the accepted words', () => {
  assert.deepEqual(withCspellWords({ ...defaultSettings, words: ['Acme'] }, ['Zephyrix', 4, null]).words, ['Acme', 'Zephyrix']);
  assert.equal(withCspellWords(defaultSettings, undefined), defaultSettings);
});

test('CLI: a word in the cspell.json beside the résumé is not reported', () => {
  const cli = join(repoRoot, 'dist', 'cli.js');
  assert.ok(existsSync(cli), `${cli} is missing: run "node scripts/build.mjs" first`);
  const dir = mkdtempSync(join(tmpdir(), 'rs-cspell-'));
  try {
    mkdirSync(join(dir, 'cv'));
    // "Managment" would be reported as a typo of "management" without the list.
    writeFileSync(join(dir, 'cv', 'resume.md'), '# Ada Byron\n\n## Experience\n\n### Engineer, Acme\n2019-01 – 2021-06\n\n- Built the managment console for 40 analysts\n');
    const run = () => spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--today', '2026-11-22', 'cv/resume.md'], { cwd: dir, encoding: 'utf8' });
    const spelling = () => (JSON.parse(run().stdout) as { messages: { ruleId: string; message: string }[] }[])[0].messages.filter((m) => m.ruleId === 'spelling');
    assert.equal(spelling().length, 1, 'reported without a word list');
    writeFileSync(join(dir, '.cspell.json'), '{ "words": ["managment"] }');
    assert.deepEqual(spelling(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
