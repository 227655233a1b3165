import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { Resume } from '../model';
import { resumeOf, type RoleSpec, type SectionSpec } from '../../../../test/util/model-builder';
import { applyEdits } from '../../../../test/util/apply-edits';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'chronological-order';

function lintBuilt(text: string, resume: Resume) {
  return runRules(resume, text, { rules: {}, words: [] }, today).filter((f) => f.ruleId === ID);
}
function order(spec: RoleSpec[] | SectionSpec[], tweak?: (r: Resume) => void) {
  const { text, resume } = resumeOf(spec);
  tweak?.(resume);
  return { text, resume, found: lintBuilt(text, resume) };
}

const valid: { name: string; spec: RoleSpec[] | SectionSpec[] }[] = [
  { name: 'newest first', spec: [{ dates: ['2019-01', '2021-06'] }, { dates: ['2016-01', '2018-12'] }] },
  { name: 'the current role first', spec: [{ dates: ['2021-07', 'present'] }, { dates: ['2019-01', '2021-06'] }] },
  { name: 'two current roles, the later start second', spec: [{ org: 'Acme', dates: ['2018-01', 'present'] }, { org: 'Side', dates: ['2022-01', 'present'] }] },
  { name: 'concurrent roles ending together', spec: [{ org: 'Acme', dates: ['2018-01', '2020-06'] }, { org: 'Side', dates: ['2019-01', '2020-06'] }] },
  { name: 'a year-only end beside a month of that year', spec: [{ dates: ['2019-01', '2020-05'] }, { dates: ['2017', '2020'] }] },
  {
    name: 'an undated entry in between is skipped',
    spec: [{ dates: ['2021-01', 'present'] }, { title: 'Open source' }, { dates: ['2018-01', '2020-12'] }],
  },
  {
    name: 'each section ordered on its own',
    spec: [
      { title: 'Experience', kind: 'experience', roles: [{ dates: ['2019-01', 'present'] }, { dates: ['2016-01', '2018-12'] }] },
      { title: 'Education', kind: 'education', roles: [{ title: 'MSc', dates: ['2014-09', '2015-12'] }, { title: 'BSc', dates: ['2011-09', '2014-06'] }] },
    ],
  },
  { name: 'a single entry', spec: [{ dates: ['2016-01', '2018-12'] }] },
];

for (const c of valid)
  test(`chronological-order is quiet: ${c.name}`, () => {
    assert.deepEqual(order(c.spec).found.map((f) => f.message), []);
  });

test('chronological-order: an older role above a newer one, with a sort fix that clears it', () => {
  const spec: RoleSpec[] = [
    { title: 'Developer', org: 'Initech', dates: ['2016-01', '2018-12'], bullets: ['Built the billing service'] },
    { title: 'Engineer', org: 'Acme', dates: ['2019-01', '2021-06'], bullets: ['Cut latency 40%'] },
  ];
  const { text, found } = order(spec);
  assert.equal(found.length, 1);
  assert.equal(
    found[0].message,
    'Listed below Developer at Initech (Jan 2016 – Dec 2018) but more recent (Jan 2019 – Jun 2021). Recruiters read top-down and expect the newest entry first; move it up.',
  );
  assert.equal(text.slice(found[0].span.start, found[0].span.end), '2019-01 – 2021-06');
  assert.equal(found[0].severity, 'warning');
  const fix = found[0].fixes![0];
  assert.equal(fix.title, 'Sort the Experience entries newest first');
  const fixed = applyEdits(text, fix.edits);
  const expected = resumeOf([spec[1], spec[0]]);
  assert.equal(fixed, expected.text);
  assert.deepEqual(lintBuilt(expected.text, expected.resume), []);
});

test('chronological-order: an ended role above the current one', () => {
  const { found, text } = order([{ dates: ['2019-01', '2021-06'] }, { dates: ['2021-07', 'present'] }]);
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), '2021-07 – present');
  assert.match(found[0].message, /but more recent \(Jul 2021 – Present\)/);
});

test('chronological-order: one misplaced old role is reported once and the fix sorts all three', () => {
  const spec: RoleSpec[] = [{ org: 'Old', dates: ['2008-01', '2010-01'] }, { org: 'New', dates: ['2019-01', '2020-12'] }, { org: 'Mid', dates: ['2015-01', '2018-12'] }];
  const { text, found } = order(spec);
  assert.equal(found.length, 1);
  const fixed = applyEdits(text, found[0].fixes![0].edits);
  const expected = resumeOf([spec[1], spec[2], spec[0]]);
  assert.equal(fixed, expected.text);
  assert.deepEqual(lintBuilt(expected.text, expected.resume), []);
});

test('chronological-order: two inversions share one sort fix and one application clears both', () => {
  const spec: RoleSpec[] = [{ org: 'A', dates: ['2010-01', '2011-01'] }, { org: 'B', dates: ['2012-01', '2013-01'] }, { org: 'C', dates: ['2014-01', '2015-01'] }];
  const { text, found } = order(spec);
  assert.equal(found.length, 2);
  const fixed = applyEdits(text, found[0].fixes![0].edits);
  const expected = resumeOf([spec[2], spec[1], spec[0]]);
  assert.equal(fixed, expected.text);
  assert.deepEqual(lintBuilt(expected.text, expected.resume), []);
});

test('chronological-order: education out of order is reported too', () => {
  const { found } = order([
    { title: 'Education', kind: 'education', roles: [{ title: 'BSc', dates: ['2011-09', '2014-06'] }, { title: 'MSc', dates: ['2014-09', '2015-12'] }] },
  ]);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Listed below BSc at Acme/);
});

test('chronological-order: YAML résumés get no sort fix (their order is data)', () => {
  const { found } = order([{ dates: ['2016-01', '2018-12'] }, { dates: ['2019-01', '2021-06'] }], (r) => {
    r.format = 'jsonresume';
  });
  assert.equal(found.length, 1);
  assert.equal(found[0].fixes, undefined);
});

test('chronological-order: no sort fix when an entry has no dates to sort by', () => {
  const { found } = order([{ dates: ['2016-01', '2018-12'] }, { title: 'Side project' }, { dates: ['2019-01', '2021-06'] }]);
  assert.equal(found.length, 1);
  assert.equal(found[0].fixes, undefined);
});

test('chronological-order: a role held during a longer one may be listed first', () => {
  // Medfield College 2003–2005 inside 2000–2007: by end the longer one is newer, but they overlap.
  const { found } = order([{ org: 'Medfield', dates: ['2003-09', '2005-06'] }, { org: 'Acme', dates: ['2000-02', '2007-06'] }]);
  assert.deepEqual(found, []);
});

test('chronological-order: a one-month handover is not "held at the same time"', () => {
  const { found } = order([{ org: 'Old', dates: ['2016-01', '2019-02'] }, { org: 'New', dates: ['2019-01', '2021-06'] }]);
  assert.equal(found.length, 1);
});

test('chronological-order: publications are not checked unless sectionKinds says so', () => {
  const spec: SectionSpec[] = [{ title: 'Publications', kind: 'publications', roles: [{ title: 'Paper A', dates: ['2014-10', '2014-10'] }, { title: 'Paper B', dates: ['2021-12', '2021-12'] }] }];
  assert.deepEqual(order(spec).found, []);
  const { text, resume } = resumeOf(spec);
  const found = runRules(resume, text, { rules: { [ID]: { options: { sectionKinds: ['publications'] } } }, words: [] }, today).filter((f) => f.ruleId === ID);
  assert.equal(found.length, 1);
});

test('chronological-order: year-only roles that may overlap (2016 – 2018, then part-time 2017 – 2020) are not reported', () => {
  const { found } = order([{ org: 'Sage', dates: ['2016', '2018'] }, { title: 'Part-time Lecturer', org: 'City', dates: ['2017', '2020'] }]);
  assert.deepEqual(found, []);
});
