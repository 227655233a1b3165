// The spelling rule over the real-world résumés in ../shared/corpus: every word it flags must be
// one of the real misspellings or casing errors found there by hand (precision), and the known
// ones must be found (so a parser or rule change that hides prose is noticed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type ResolvedConfig } from '../index';
import { rules } from './index';
import { corpusDir } from '../../../../test/util/paths';
import { useDictionary } from '../../../../test/util/dictionary';

/** Reviewed by hand: each is a real casing error in the file named. */
const REAL: Record<string, string[]> = {
  'mikepqr__resume.md__resume.md': ['Javascript'],
  'mszep__pandoc_resume__resume.md': ['html', 'pdf'],
  'there4__markdown-resume__zhsample.md': ['Github'],
  'jsonresume__resume-schema__sample.resume.json': ['Javascript'],
  'yamlresume__yamlresume__thomasdavis.yml': ['Javascript', 'Typescript', 'Devops', 'Dynamodb', 'Github', 'Youtube', 'javascript'],
  'rendercv__rendercv__John_Doe_Sb2novTheme_CV.yaml': ['XCode'],
};
/** Must be found: the parsers put these words in bullets or skills today. */
const MUST = [
  ['mikepqr__resume.md__resume.md', 'Javascript'],
  ['there4__markdown-resume__zhsample.md', 'Github'],
];

const onlySpelling: ResolvedConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, { severity: r.id === 'spelling' ? undefined : ('off' as const) }])), words: [] };

test('spelling over the corpus flags only real errors', { skip: !existsSync(corpusDir) && 'no ../shared/corpus here' }, () => {
  useDictionary();
  const found = new Set<string>();
  for (const dir of readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const f of readdirSync(join(corpusDir, dir.name))) {
      const text = readFileSync(join(corpusDir, dir.name, f), 'utf8');
      const result = lint(text, f, { config: onlySpelling });
      for (const x of result?.findings ?? []) {
        const word = text.slice(x.span.start, x.span.end);
        assert.equal(x.data?.word, word);
        assert.ok((REAL[f] ?? []).includes(word), `${f}: "${word}" flagged — ${x.message}`);
        found.add(`${f} ${word}`);
      }
    }
  for (const [f, w] of MUST) assert.ok(found.has(`${f} ${w}`), `${f}: "${w}" not flagged`);
});
