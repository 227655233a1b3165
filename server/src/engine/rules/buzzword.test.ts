import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintRule, type ProseDoc } from '../../../../test/util/prose-doc';

const RULE = 'buzzword';
const bullets = (...b: string[]): ProseDoc => ({ roles: [{ dates: ['2019-01', '2021-06'], bullets: b }] });

const valid: [string, ProseDoc, Record<string, unknown>?][] = [
  ['plain result', bullets('Cut checkout latency 40% by caching cart totals in Redis')],
  ['dynamic programming is technical', bullets('Rewrote route planning with dynamic programming, cutting run time from 9 s to 0.4 s')],
  ['works out of the box', bullets('Packaged the SDK so it works out of the box with 3 build systems')],
  ['motivated as a verb', bullets('Motivated a team of 6 to clear a 400-ticket backlog in 5 weeks')],
  ['Ninja build system', bullets('Moved the C++ build from Make to Ninja build files, halving CI time')],
  ['team players named in a link target', bullets('Wrote [the guide](https://example.org/team-player) for 30 new hires')],
  ['allow option', { summary: 'Passionate backend engineer with 6 years in payments.' }, { allow: ['passionate'] }],
  ['detail in a noun phrase', bullets('Documented every detail of the 14-step release process for auditors')],
  ['track record without the cliché adjective', bullets('Kept a record of 200 incidents to find the 3 root causes behind 70%')],
];

for (const [name, doc, options] of valid)
  test(`${RULE} valid: ${name}`, () => assert.deepEqual(lintRule(RULE, doc, options).findings, []));

const invalid: [string, ProseDoc, string[]][] = [
  ['team player in summary', { summary: 'Results-driven team player with 6 years in fintech.' }, ['Results-driven', 'team player']],
  ['spaced variant', { summary: 'A results driven engineer.' }, ['results driven']],
  ['synergy in a bullet', bullets('Created synergies between sales and support, lifting renewals 12%'), ['synergies']],
  ['go-getter', { summary: 'Go-getter and self-starter who ships.' }, ['Go-getter', 'self-starter']],
  ['think outside the box', bullets('Thought leadership: think outside of the box on every release plan'), ['Thought leadership', 'think outside of the box']],
  ['detail-oriented', { summary: 'Detail-oriented analyst; hard worker.' }, ['Detail-oriented', 'hard worker']],
  ['hardworking as one word', { summary: 'Hardworking and passionate about data.' }, ['Hardworking', 'passionate about']],
  ['excellent communication skills as a skill', { skills: ['Python, SQL', 'Excellent communication skills'] }, ['Excellent communication skills']],
  ['dynamic individual', { summary: 'A dynamic individual seeking growth.' }, ['dynamic individual']],
  ['rockstar', bullets('Hired as the JavaScript rockstar for a 4-person startup'), ['rockstar']],
  // Precision review (docs/precision-review.md): the nurse's summary claimed calm without showing it.
  ['calm under pressure', { summary: 'Registered nurse, calm under pressure; thrives under pressure.' }, ['calm under pressure', 'thrives under pressure']],
];

for (const [name, doc, said] of invalid)
  test(`${RULE} invalid: ${name}`, () => {
    const r = lintRule(RULE, doc);
    assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.end)), said);
    for (const f of r.findings) {
      assert.equal(f.severity, 'info');
      assert.match(f.message, /is a cliché/);
      assert.match(f.message, /Instead, \w+/);
      assert.equal(f.fixes, undefined);
    }
  });
