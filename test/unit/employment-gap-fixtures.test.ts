// employment-gap over every parser fixture (test/fixtures/parse, parse-yaml) and lint fixture
// (test/fixtures/lint): it must report exactly the gaps listed here, found by reading each
// résumé by hand with the rule's documented defaults (gap >= 3 months between covered periods of
// work, education and volunteering; year-only dates read as widely as they allow; gaps that ended
// more than 10 years before "today" left out). Each entry says why, so a reviewer can check it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../util/paths';
import { lint, LineIndex } from '../../server/src/engine/index';

const today = { year: 2026, month: 11, day: 22 };

/** file -> "line: months" of each gap, in document order. Files not listed must have none. */
const GAPS: Record<string, string[]> = {
  // TU Berlin 2014 – 2017 (read to Dec 2017), then the current job from Apr 2020.
  'parse/crlf.txt': ['8: 28'],
  'parse/crlf.md': ['7: 28'],
  // BFA 2011 – 2015, then Contoso from Jun 2019 (projects do not cover time by default).
  'parse/one-line-entries.txt': ['9: 42'],
  // Brightline ends Jun 2016, freelancing starts Summer 2018. (2009 – 2014 ended over 10 years ago.)
  'parse/pdf-run-together.txt': ['27: 24'],
  // Orbital ends Oct 2020, Lumen starts Mar 2023. ("Graduated 2009" is a single date, not a period.)
  'parse/pdf-separate-lines.txt': ['12: 29'],
  // Teaching ends Jun 2021, the certificate course starts Sep 2022 (caregiving, not written down).
  'lint/career-changer.resume.txt': ['36: 15'],
  // Brightdesk ends May 2022, Cloudmint starts Sep 2022.
  'lint/sales.resume.yaml': ['19: 4'],
  // The postdoc ends Jun 2022, the lectureship starts Sep 2022.
  'lint/academic_CV.yaml': ['18: 3'],
  // Target ends Aug 2021, Lowe's starts Feb 2022.
  'lint/retail-manager.resume.txt': ['10: 6'],
  // Checked and gap-free: bold-lines, front-matter, headings-per-role, messy, table-dates,
  // unmarked-bullets (its 2011 – 2012 gap ended over 10 years ago), and the lint fixtures
  // senior-engineer, new-grad, nurse, ops-manager (2-month gaps are under the threshold), and
  // every parse-yaml fixture (jsonresume.resume.*: the Tinderbox role has no endDate, so it is
  // current and covers every month since 2016).
};

const files = ['parse', 'parse-yaml', 'lint'].flatMap((d) =>
  readdirSync(join(fixturesDir, d))
    .filter((f) => /\.(md|txt|ya?ml|json)$/.test(f) && !/\.(model|findings|snap)\.txt$/.test(f) && !f.endsWith('.expect'))
    .map((f) => `${d}/${f}`),
);

test('employment-gap fixtures: every listed file exists', () => {
  for (const f of Object.keys(GAPS)) assert.ok(files.includes(f), `${f} is listed but not in test/fixtures`);
  assert.ok(files.length >= 27, `only ${files.length} fixtures found`);
});

for (const file of files) {
  test(`employment-gap reports exactly the real gaps in ${file}`, () => {
    const text = readFileSync(join(fixturesDir, file), 'utf8');
    const result = lint(text, file, { today });
    assert.ok(result, `${file} is not read as a résumé`);
    const index = new LineIndex(text);
    const actual = result.findings
      .filter((f) => f.ruleId === 'employment-gap')
      .map((f) => `${index.positionAt(f.span.start).line + 1}: ${f.data?.months}`);
    assert.deepEqual(actual, GAPS[file] ?? [], `${file}: employment-gap findings differ from the gaps read by hand`);
  });
}
