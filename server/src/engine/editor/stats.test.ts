import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeStats, countWords } from './stats';
import { hasMetric } from '../text/metrics';
import { resumeOf } from '../../../../test/util/model-builder';

test('counts bullets, bullets with a metric and the words a reader sees', () => {
  const { resume } = resumeOf([
    { title: 'Engineer', org: 'Acme', dates: ['2019-03', 'present'], bullets: ['Cut build time by 40% for 12 teams', 'Maintained the deployment tooling'] },
    { title: 'Intern', org: 'Globex', dates: ['2018-01', '2018-06'], bullets: ['Wrote tests for HTTP/2 support'] },
  ]);
  const s = computeStats(resume, (b) => hasMetric(b.text));
  assert.equal(s.bullets, 3);
  assert.equal(s.bulletsWithMetric, 1, 'HTTP/2 is a protocol, not a result');
  // Jane Doe (2) + Experience (1) + Engineer Acme Intern Globex (4) + bullets (8 + 4 + 5).
  assert.equal(countWords(resume), 24);
  assert.equal(s.words, 24);
  assert.equal(s.pages, 1);
});

test('an empty résumé has no bullets and one page', () => {
  const { resume } = resumeOf([]);
  assert.deepEqual(computeStats(resume, () => true), { words: 3, bullets: 0, bulletsWithMetric: 0, pages: 1 });
});
