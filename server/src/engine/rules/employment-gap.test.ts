import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { ResolvedConfig } from '../config';
import type { Finding } from '../rule';
import { resumeOf, type RoleSpec, type SectionSpec } from '../../../../test/util/model-builder';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'employment-gap';

function gaps(spec: RoleSpec[] | SectionSpec[], options: Record<string, unknown> = {}, severity?: 'hint' | 'warning') {
  const { text, resume } = resumeOf(spec);
  const config: ResolvedConfig = { rules: { [ID]: { options, ...(severity ? { severity } : {}) } }, words: [] };
  const found = runRules(resume, text, config, today).filter((f) => f.ruleId === ID);
  return { text, resume, found, at: (f: Finding) => text.slice(f.span.start, f.span.end) };
}

const valid: { name: string; spec: RoleSpec[] | SectionSpec[]; options?: Record<string, unknown> }[] = [
  { name: 'back-to-back roles', spec: [{ dates: ['2019-06', 'present'] }, { dates: ['2018-01', '2019-06'] }] },
  { name: 'a 2-month move between jobs', spec: [{ dates: ['2018-07', 'present'] }, { dates: ['2018-01', '2018-05'] }] },
  { name: 'year-only dates that may touch (2015 – 2017, 2018 – 2020)', spec: [{ dates: ['2018', '2020'] }, { dates: ['2015', '2017'] }] },
  {
    name: 'a short role inside a long one (periods merge)',
    spec: [{ dates: ['2020-02', 'present'] }, { dates: ['2016-01', '2017-01'] }, { dates: ['2015-01', '2019-12'] }],
  },
  {
    name: 'study covers the time between jobs',
    spec: [
      { title: 'Experience', kind: 'experience', roles: [{ dates: ['2018-07', 'present'] }, { dates: ['2012-01', '2016-06'] }] },
      { title: 'Education', kind: 'education', roles: [{ title: 'MSc', org: 'Uni', dates: ['2016-06', '2018-06'] }] },
    ],
  },
  { name: 'a current role covers up to today', spec: [{ dates: ['2024-01', 'present'] }, { dates: ['2019-01', 'present'] }] },
  { name: 'a role starting in the future is not a gap', spec: [{ dates: ['2027-03', '2028-01'] }, { dates: ['2019-01', '2026-08'] }] },
  { name: 'a gap more than 10 years ago', spec: [{ dates: ['2008-01', 'present'] }, { dates: ['2005-01', '2006-01'] }] },
  // Precision review (docs/precision-review.md): RenderCV's example CV, BSc to June 2018 and PhD from September.
  {
    name: 'a summer between a degree and the next step',
    spec: [
      { title: 'Education', kind: 'education', roles: [{ title: 'PhD', org: 'Princeton', dates: ['2018-09', '2023-05'] }, { title: 'BSc', org: 'Boğaziçi', dates: ['2014-09', '2018-06'] }] },
      { title: 'Experience', kind: 'experience', roles: [{ dates: ['2023-09', 'present'] }] },
    ],
  },
  { name: 'a gap under a raised minMonths', spec: [{ dates: ['2018-09', 'present'] }, { dates: ['2018-01', '2018-05'] }], options: { minMonths: 6 } },
];

for (const c of valid)
  test(`employment-gap is quiet: ${c.name}`, () => {
    assert.deepEqual(gaps(c.spec, c.options).found.map((f) => f.message), []);
  });

test('employment-gap reports a 7-month gap on the entry after it, as a warning', () => {
  const { found, at } = gaps([{ title: 'Engineer', dates: ['2018-12', '2020-01'] }, { title: 'Developer', dates: ['2016-02', '2018-05'] }]);
  assert.equal(found.length, 1);
  assert.equal(
    found[0].message,
    '7-month gap: May 2018 – Dec 2018. Recruiters notice unexplained gaps; add what you did (study, caregiving, freelance) or a one-line note.',
  );
  assert.equal(at(found[0]), '2018-12 – 2020-01');
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].data?.months, 7);
});

test('employment-gap reports 3–5 month gaps as info', () => {
  const { found, at } = gaps([{ dates: ['2021-09', 'present'] }, { dates: ['2019-01', '2021-05'] }]);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^4-month gap: May 2021 – Sep 2021\./);
  assert.equal(found[0].severity, 'info');
  assert.equal(at(found[0]), '2021-09 – present');
});

test('employment-gap never raises a short gap above the configured severity', () => {
  const { found } = gaps([{ dates: ['2021-09', 'present'] }, { dates: ['2019-01', '2021-05'] }], {}, 'hint');
  assert.equal(found[0].severity, 'hint');
});

test('employment-gap reports a whole missing year with year-only dates as "at least"', () => {
  const { found, at } = gaps([{ dates: ['2019', '2021'] }, { dates: ['2015', '2017'] }]);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Gap of at least 13 months: 2017 – 2019\. /);
  assert.equal(at(found[0]), '2019 – 2021');
});

test('employment-gap finds gaps between study and work whatever the listing order', () => {
  const { found, at } = gaps([
    { title: 'Education', kind: 'education', roles: [{ title: 'BSc', org: 'Uni', dates: ['2014-09', '2018-06'] }] },
    { title: 'Experience', kind: 'experience', roles: [{ dates: ['2019-03', 'present'] }] },
  ]);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^9-month gap: Jun 2018 – Mar 2019\./);
  assert.equal(at(found[0]), '2019-03 – present');
});

test('employment-gap: coverKinds ["work"] stops study from covering time', () => {
  const spec: SectionSpec[] = [
    { title: 'Experience', kind: 'experience', roles: [{ dates: ['2018-07', 'present'] }, { dates: ['2012-01', '2016-06'] }] },
    { title: 'Education', kind: 'education', roles: [{ title: 'MSc', org: 'Uni', dates: ['2016-06', '2018-06'] }] },
  ];
  const { found } = gaps(spec, { coverKinds: ['work'] });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^25-month gap: Jun 2016 – Jul 2018\./);
});

test('employment-gap: ignoreOlderThanYears 0 reports old gaps too', () => {
  const { found } = gaps([{ dates: ['2008-01', 'present'] }, { dates: ['2005-01', '2006-01'] }], { ignoreOlderThanYears: 0 });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^24-month gap: Jan 2006 – Jan 2008\./);
});

test('employment-gap: a single-dated certificate inside the gap explains it', () => {
  const spec: SectionSpec[] = [
    { title: 'Experience', kind: 'experience', roles: [{ dates: ['2018-01', 'present'] }, { dates: ['2015-01', '2017-01'] }] },
    { title: 'Certifications', kind: 'education', roles: [{ title: 'AWS Architect', org: 'Amazon', dates: ['2017-06', 'present'] }] },
  ];
  const { text, resume } = resumeOf(spec);
  // The builder writes ranges; make the certificate a single date ("2017-06").
  const cert = resume.sections[1].entries[0].dates!;
  cert.current = false;
  cert.currentText = undefined;
  const found = runRules(resume, text, { rules: {}, words: [] }, today).filter((f) => f.ruleId === ID);
  assert.deepEqual(found, []);
  // Without it, the 12-month gap is reported.
  assert.equal(gaps(spec.slice(0, 1)).found.length, 1);
});

test('employment-gap reports each gap once, on the entry that ends it', () => {
  const { found, at } = gaps([{ dates: ['2022-01', 'present'] }, { dates: ['2019-01', '2021-01'] }, { dates: ['2016-01', '2018-01'] }]);
  assert.deepEqual(
    found.map((f) => [at(f), f.data?.months]),
    [
      ['2022-01 – present', 12],
      ['2019-01 – 2021-01', 12],
    ],
  );
});

test('employment-gap: a long gap after study is still reported, and a short one after work too', () => {
  const { found } = gaps([
    { title: 'Experience', kind: 'experience', roles: [{ dates: ['2023-02', 'present'] }, { dates: ['2019-07', '2022-10'] }] },
    { title: 'Education', kind: 'education', roles: [{ title: 'BSc', org: 'Uni', dates: ['2015-09', '2018-06'] }] },
  ]);
  assert.deepEqual(
    found.map((f) => f.data?.months),
    [4, 13],
  );
});
