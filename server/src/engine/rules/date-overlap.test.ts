import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { Finding } from '../rule';
import { resumeOf, type RoleSpec, type SectionSpec } from '../../../../test/util/model-builder';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'date-overlap';

function overlaps(spec: RoleSpec[] | SectionSpec[], options: Record<string, unknown> = {}) {
  const { text, resume } = resumeOf(spec);
  const found = runRules(resume, text, { rules: { [ID]: { options } }, words: [] }, today).filter((f) => f.ruleId === ID);
  return { found, at: (f: Finding) => text.slice(f.span.start, f.span.end) };
}

const valid: { name: string; spec: RoleSpec[] | SectionSpec[] }[] = [
  { name: 'one role after another', spec: [{ org: 'Acme', dates: ['2019-06', 'present'] }, { org: 'Initech', dates: ['2017-01', '2019-05'] }] },
  { name: 'a one-month handover', spec: [{ org: 'Acme', dates: ['2019-02', 'present'] }, { org: 'Initech', dates: ['2018-01', '2019-03'] }] },
  {
    name: 'a promotion at the same organisation',
    spec: [{ title: 'Senior Engineer', org: 'Acme', dates: ['2020-01', 'present'] }, { title: 'Engineer', org: 'Acme', dates: ['2017-01', '2020-06'] }],
  },
  { name: 'a part-time role', spec: [{ title: 'Part-time Tutor', org: 'Kumon', dates: ['2020-01', 'present'] }, { org: 'Acme', dates: ['2018-01', 'present'] }] },
  { name: 'a freelance role', spec: [{ title: 'Developer', org: 'Freelance', dates: ['2020-01', '2022-01'] }, { org: 'Acme', dates: ['2018-01', 'present'] }] },
  { name: 'year-only dates sharing a year (2015 – 2017, 2017 – 2019)', spec: [{ org: 'Acme', dates: ['2017', '2019'] }, { org: 'Initech', dates: ['2015', '2017'] }] },
  {
    name: 'study beside a job',
    spec: [
      { title: 'Experience', kind: 'experience', roles: [{ org: 'Acme', dates: ['2018-01', 'present'] }] },
      { title: 'Education', kind: 'education', roles: [{ title: 'MSc', org: 'Uni', dates: ['2019-09', '2021-06'] }] },
    ],
  },
  {
    name: 'volunteering beside a job',
    spec: [
      { title: 'Experience', kind: 'experience', roles: [{ org: 'Acme', dates: ['2018-01', 'present'] }] },
      { title: 'Volunteering', kind: 'volunteer', roles: [{ title: 'Coach', org: 'Club', dates: ['2019-09', '2021-06'] }] },
    ],
  },
  { name: 'an intern role during another', spec: [{ title: 'Intern', org: 'Acme', dates: ['2019-06', '2019-09'] }, { org: 'Shop', dates: ['2018-01', '2020-01'] }] },
];

for (const c of valid)
  test(`date-overlap is quiet: ${c.name}`, () => {
    assert.deepEqual(overlaps(c.spec).found.map((f) => f.message), []);
  });

test('date-overlap reports two full-time roles overlapping by 13 months, on the later one', () => {
  const { found, at } = overlaps([
    { title: 'Engineer', org: 'Acme', dates: ['2019-01', '2021-06'] },
    { title: 'Developer', org: 'Initech', dates: ['2018-03', '2020-02'] },
  ]);
  assert.equal(found.length, 1);
  assert.equal(
    found[0].message,
    'Overlaps by 1 yr 1 mo with Developer at Initech (Mar 2018 – Feb 2020). Two full-time jobs at once make recruiters doubt the dates; correct them, or mark one role part-time or freelance.',
  );
  assert.equal(at(found[0]), '2019-01 – 2021-06');
  assert.equal(found[0].severity, 'info');
});

test('date-overlap counts a current role up to today', () => {
  const { found, at } = overlaps([{ org: 'Initech', dates: ['2020-01', 'present'] }, { org: 'Acme', dates: ['2026-06', 'present'] }]);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Overlaps by 5 mos with Engineer at Initech \(Jan 2020 – Present\)\./);
  assert.equal(at(found[0]), '2026-06 – present');
});

test('date-overlap: maxOverlapMonths 0 reports a one-month handover', () => {
  const { found } = overlaps([{ org: 'Acme', dates: ['2019-02', 'present'] }, { org: 'Initech', dates: ['2018-01', '2019-03'] }], { maxOverlapMonths: 0 });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Overlaps by 1 mo with/);
});

test('date-overlap reports each overlapping pair once', () => {
  const { found } = overlaps([
    { org: 'A', dates: ['2020-01', '2022-01'] },
    { org: 'B', dates: ['2019-01', '2021-01'] },
    { org: 'C', dates: ['2018-01', '2020-06'] },
  ]);
  assert.equal(found.length, 3);
});

test('date-overlap reads year-only dates narrowly but still sees a certain overlap', () => {
  const { found } = overlaps([{ org: 'Acme', dates: ['2016', '2019'] }, { org: 'Initech', dates: ['2015', '2018'] }]);
  // Narrowest reading: Acme Dec 2016 – Jan 2019, Initech Dec 2015 – Jan 2018: 13 months for sure.
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Overlaps by 1 yr 1 mo with Engineer at Initech \(2015 – 2018\)/);
});
