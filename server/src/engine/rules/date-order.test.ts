import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { Resume } from '../model';
import { resumeOf, type RoleSpec, type SectionSpec } from '../../../../test/util/model-builder';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'date-order';

function lintBuilt(text: string, resume: Resume) {
  const found = runRules(resume, text, { rules: {}, words: [] }, today).filter((f) => f.ruleId === ID);
  return found.map((f) => ({ message: f.message, at: text.slice(f.span.start, f.span.end), severity: f.severity }));
}
function order(spec: RoleSpec[] | SectionSpec[], tweak?: (r: Resume) => void) {
  const { text, resume } = resumeOf(spec);
  tweak?.(resume);
  return lintBuilt(text, resume);
}

const education = (dates: [string, string?]): SectionSpec[] => [{ title: 'Education', kind: 'education', roles: [{ title: 'BSc', org: 'Uni', dates }] }];

const valid: { name: string; spec: RoleSpec[] | SectionSpec[]; tweak?: (r: Resume) => void }[] = [
  { name: 'a past range in order', spec: [{ dates: ['2019-03', '2021-05'] }] },
  { name: 'a current role', spec: [{ dates: ['2019-03', 'present'] }] },
  { name: 'a one-month role', spec: [{ dates: ['2019-03', '2019-03'] }] },
  { name: 'a year against a month of that year (2019 – 2019-03)', spec: [{ dates: ['2019', '2019-03'] }] },
  { name: 'an accepted offer marked Incoming', spec: [{ title: 'Incoming Engineer', dates: ['2027-01', 'present'] }] },
  { name: 'an end date this month', spec: [{ dates: ['2024-01', '2026-11'] }] },
  { name: 'a year-only end this year', spec: [{ dates: ['2024', '2026'] }] },
  {
    name: 'a planned graduation marked expected',
    spec: education(['2023-09', '2027-06']),
    tweak: (r) => {
      r.sections[0].entries[0].dates!.expected = true;
    },
  },
  {
    name: 'a future graduation in JSON Resume (no way to write "Expected")',
    spec: education(['2023-09', '2027-06']),
    tweak: (r) => {
      r.format = 'jsonresume';
    },
  },
  { name: 'a year beside a word that starts like a month ("Marketing 2020")', spec: [{ title: 'Marketing 2020 Lead', org: 'Acme' }] },
  { name: 'a day/month/year date ("15/03/2020") in a header', spec: [{ title: 'Speaker 15/03/2020', org: 'Conf' }] },
];

for (const c of valid)
  test(`date-order is quiet: ${c.name}`, () => {
    assert.deepEqual(order(c.spec, c.tweak), []);
  });

test('date-order: end before start', () => {
  assert.deepEqual(order([{ dates: ['2020-06', '2019-03'] }]), [
    {
      message: 'Ends (Mar 2019) before it starts (Jun 2020). Recruiters and their tracking systems read this as a typo; swap the dates or correct the year.',
      at: '2020-06 – 2019-03',
      severity: 'error',
    },
  ]);
});

test('date-order: year-only end before a year-only start', () => {
  const found = order([{ dates: ['2020', '2018'] }]);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Ends \(2018\) before it starts \(2020\)\./);
});

test('date-order: a start in the future', () => {
  const found = order([{ dates: ['2027-02', 'present'] }]);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Starts in Feb 2027, which is after today\./);
  assert.equal(found[0].at, '2027-02');
});

test('date-order: a job that ends in the future without "Expected"', () => {
  const found = order([{ dates: ['2024-01', '2027-12'] }]);
  assert.deepEqual(found, [
    {
      message: 'Ends in Dec 2027, which is after today. Write "Present" for a role you still hold, or "Expected Dec 2027" for a planned end.',
      at: '2027-12',
      severity: 'error',
    },
  ]);
});

test('date-order: a degree ending in the future is info, asking for "Expected"', () => {
  const found = order(education(['2023-09', '2027-06']));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.match(found[0].message, /Write "Expected Jun 2027"/);
});

test('date-order: a misspelt month in a header with no dates', () => {
  const found = order([{ title: 'Engineer (Febtember 2020 – Present)', org: 'Acme' }]);
  assert.equal(found.length, 1);
  assert.equal(found[0].at, 'Febtember 2020');
  assert.match(found[0].message, /^"Febtember 2020" is not a date anyone can read/);
});

test('date-order: a month number that does not exist', () => {
  const found = order([{ title: 'Engineer 13/2020 – 05/2021', org: 'Acme' }]);
  assert.deepEqual(
    found.map((f) => f.at),
    ['13/2020'],
  );
});

test('date-order does not repeat a parser\'s date-unreadable problem', () => {
  const { text, resume } = resumeOf([{ title: 'Engineer (Febtember 2020 – Present)', org: 'Acme' }]);
  const start = text.indexOf('Febtember');
  resume.problems.push({ code: 'date-unreadable', severity: 'warning', message: 'x', span: { start, end: start + 9 } });
  assert.deepEqual(lintBuilt(text, resume), []);
});

/** Makes the first entry's range a single date (what "Expected Jun 2027" or "Graduated 2015" parse to). */
const singleDate = (expected: boolean) => (r: Resume) => {
  const d = r.sections[0].entries[0].dates!;
  d.end = undefined;
  d.current = false;
  d.currentText = undefined;
  if (expected) d.expected = true;
};

test('date-order: a single "Expected" date in the future is fine', () => {
  assert.deepEqual(order(education(['2027-06', 'present']), singleDate(true)), []);
});

test('date-order: a single future date is read as an end, not a start', () => {
  const study = order(education(['2027-06', 'present']), singleDate(false));
  assert.deepEqual(
    study.map((f) => [f.at, f.severity]),
    [['2027-06', 'info']],
  );
  assert.match(study[0].message, /^Ends in Jun 2027, which is after today\. Write "Expected Jun 2027"/);
  const talk = order([{ title: 'Speaker', org: 'Conf', dates: ['2027-06', 'present'] }], singleDate(false));
  assert.deepEqual(
    talk.map((f) => f.message),
    ['Dated Jun 2027, which is after today. Correct the date, or write "Expected Jun 2027" if it is planned.'],
  );
});
