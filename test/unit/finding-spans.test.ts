// Every finding on a real résumé stands on text: a span of at least one character inside the
// document. An empty span draws no squiggle in the editor and no mark in the CLI's excerpt, so the
// finding is as good as lost (a headless section's empty heading span, a role of dates alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { Linter } from '../../server/src/engine/linter';
import { useDictionary } from '../util/dictionary';
import { repoRoot } from '../util/paths';
import { realSources } from '../util/real-files';

useDictionary();

test('every finding on every real résumé (../shared, fixtures, probes) spans text inside the document', () => {
  const bad: string[] = [];
  let files = 0;
  for (const s of realSources()) {
    const text = readFileSync(s.file, 'utf8');
    const r = new Linter({ today: { year: 2026, month: 12, day: 6 } }).lint(text, basename(s.file));
    if (!r) continue;
    files++;
    for (const f of r.findings) if (!(f.span.start >= 0 && f.span.end > f.span.start && f.span.end <= text.length)) bad.push(`${relative(repoRoot, s.file)}: ${f.ruleId} at ${f.span.start}-${f.span.end}: ${f.message.slice(0, 60)}`);
  }
  assert.ok(files >= 60, `read ${files} résumés`);
  assert.deepEqual(bad, []);
});
