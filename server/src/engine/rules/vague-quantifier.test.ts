import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintRule, type ProseDoc } from '../../../../test/util/prose-doc';

const RULE = 'vague-quantifier';
const bullets = (...b: string[]): ProseDoc => ({ roles: [{ dates: ['2019-01', '2021-06'], bullets: b }] });

const valid: [string, ProseDoc][] = [
  ['counted', bullets('Worked with 4 teams to cut deploy time from 40 to 8 minutes')],
  ['count in parentheses', bullets('Coordinated multiple (4) teams through the ERP cutover')],
  ['count after the noun', bullets('Supported several teams (3) during the on-call rotation')],
  ['magnitude with its number', bullets('Significantly reduced p95 latency, by 40%, by caching sessions')],
  ['number before the adverb', bullets('Cut cloud spend by $120K a year, substantially more than planned')],
  ['multiple regression is a method', bullets('Fitted multiple regression models on 2M loan records')],
  ['statistically significant', bullets('Ran A/B tests until results were statistically significant at p < 0.05')],
  ['as many as', bullets('Scaled the queue to handle as many as 50K jobs per minute')],
  ['spelled-out count', bullets('Led several – three – squads through the rewrite')],
  ['many-to-many is one word', bullets('Modelled the many-to-many schema for 14 product lines')],
  ['summary is not checked', { summary: 'Engineer with many years in payments.' }],
];

for (const [name, doc] of valid) test(`${RULE} valid: ${name}`, () => assert.deepEqual(lintRule(RULE, doc).findings, []));

const invalid: [string, ProseDoc, string[], RegExp][] = [
  ['multiple teams', bullets('Worked with multiple teams to ship the new checkout'), ['multiple'], /Write the count/],
  ['significantly reduced', bullets('Significantly reduced deploy time for the platform team'), ['Significantly'], /Say by how much/],
  ['a year is not a metric', bullets('Substantially improved test coverage in 2021'), ['Substantially'], /Say by how much/],
  ['various and many', bullets('Built various internal tools used by many agents'), ['various', 'many'], /Write the count/],
  ['phrase: a lot of', bullets('Answered a lot of support tickets every week'), ['a lot of'], /Write the count/],
  ['numerous', bullets('Fixed numerous production bugs in the billing service'), ['numerous'], /Write the count/],
  ['a wide range of', bullets('Delivered a wide range of features for enterprise clients'), ['a wide range of'], /Write the count/],
  ['number in another clause does not count', bullets('Hired 5 engineers; dramatically improved morale'), ['dramatically'], /Say by how much/],
  ['S3 is a name, not a number', bullets('Moved several S3 buckets behind CloudFront'), ['several'], /Write the count/],
];

for (const [name, doc, said, msg] of invalid)
  test(`${RULE} invalid: ${name}`, () => {
    const r = lintRule(RULE, doc);
    assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.end)), said);
    for (const f of r.findings) {
      assert.equal(f.severity, 'info');
      assert.match(f.message, msg);
    }
  });
