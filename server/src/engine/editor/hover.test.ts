import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from './hover';
import type { Finding } from '../rule';
import { resumeOf } from '../../../../test/util/model-builder';

const TODAY = { year: 2026, month: 11, day: 22 };

const { text, resume } = resumeOf([
  { title: 'Staff Engineer', org: 'Acme', dates: ['2024-09', 'present'], bullets: ['Helped build the billing platform'] },
  { title: 'Engineer', org: 'Globex', dates: ['2019-03', '2021-05'], bullets: ['Built the data pipeline'] },
  { title: 'Intern', org: 'Initech', dates: ['2015', '2017'], bullets: [] },
]);

test('on a date range: its duration, both ends counted', () => {
  const at = text.indexOf('2019-03') + 3;
  const h = hoverAt(resume, [], at, TODAY)!;
  assert.match(h.contents, /^\*\*2 yrs 3 mos\*\* \(2019-03 – 2021-05\)/);
  assert.equal(text.slice(h.span.start, h.span.end), '2019-03 – 2021-05');
});

test('a current role counts to today; year-only dates are approximate', () => {
  const current = hoverAt(resume, [], text.indexOf('2024-09'), TODAY)!;
  assert.match(current.contents, /\*\*2 yrs 3 mos so far\*\*/);
  const years = hoverAt(resume, [], text.indexOf('2015 –'), TODAY)!;
  assert.match(years.contents, /\*\*about 3 yrs\*\*/);
});

test('on a finding: the rule description, why, stronger alternatives and the doc link', () => {
  const start = text.indexOf('Helped build');
  const weak: Finding = {
    ruleId: 'weak-verb',
    severity: 'warning',
    message: '"Helped build" hides what you did',
    span: { start, end: start + 'Helped build'.length },
    data: { alternatives: ['Build', 'Co-build'] },
  };
  const h = hoverAt(resume, [weak], start + 3, TODAY)!;
  assert.match(h.contents, /\(`weak-verb`\)/);
  assert.match(h.contents, /Stronger alternatives: \*\*Build\*\*, \*\*Co-build\*\*/);
  assert.match(h.contents, /\[Read more about weak-verb\]\(https:\/\/github\.com\/resume-studio\/resume-studio\/blob\/main\/docs\/rules\/weak-verb\.md\)/);
  assert.deepEqual(h.span, weak.span);
  // Away from the finding and any date: nothing to say.
  assert.equal(hoverAt(resume, [weak], text.indexOf('data pipeline'), TODAY), undefined);
});

test('a finding of an unknown rule (a parse problem) still explains itself', () => {
  const f: Finding = { ruleId: 'yaml-syntax', severity: 'error', message: 'YAML syntax error here', span: { start: 0, end: 4 } };
  assert.match(hoverAt(resume, [f], 1, TODAY)!.contents, /YAML syntax error here/);
});
