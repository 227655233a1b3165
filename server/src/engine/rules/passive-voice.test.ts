import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintRule, type ProseDoc } from '../../../../test/util/prose-doc';

const RULE = 'passive-voice';
const bullets = (...b: string[]): ProseDoc => ({ roles: [{ dates: ['2019-01', '2021-06'], bullets: b }] });

const valid: [string, ProseDoc, Record<string, unknown>?][] = [
  ['active voice', bullets('Rewrote the billing service in Go, cutting p95 latency 60%')],
  ['promotion is good news', bullets('Was promoted to staff engineer after 18 months')],
  ['selected', bullets('Was selected from 300 applicants for the platform fellowship')],
  ['adjective: excited', bullets('Was excited to mentor 4 interns through their first launch')],
  ['adjective: based in', bullets('Was based in Berlin, leading a team of 6 across 3 time zones')],
  ['not a participle', bullets('Was a hundred percent remote for 2 years')],
  ['summary is not a bullet', { summary: 'The platform I lead was built for 2M users.' }],
  ['sentence break between', bullets('Customer churn was high. Reduced it 30% with a win-back flow')],
  ['allow option', bullets('Was mentored by the CTO on system design for 6 months'), { allow: ['mentored'] }],
  ['was responsible is an adjective (weak-verb covers it)', bullets('Was responsible for 3 payment integrations')],
];

for (const [name, doc, options] of valid)
  test(`${RULE} valid: ${name}`, () => assert.deepEqual(lintRule(RULE, doc, options).findings, []));

const invalid: [string, ProseDoc, string[], string][] = [
  ['regular participle', bullets('The billing service was rewritten in Go, cutting latency 60%'), ['was rewritten'], 'Rewrote'],
  ['were + -ed', bullets('Onboarding docs were created for 30 new hires'), ['were created'], 'Created'],
  ['adverb in between', bullets('The API was quickly adopted by 12 partner teams'), ['was quickly adopted'], 'Adopted'],
  ['being chain', bullets('A new CI system was being developed for 40 engineers'), ['was being developed'], 'Developed'],
  ['has been built', bullets('The test harness has been built to run 5K cases nightly'), ['been built'], 'Built'],
  ['irregular: led', bullets('The migration was led end to end across 3 regions'), ['was led'], 'Led'],
  ['irregular: taken over', bullets('Ownership of the pager was taken over from the SRE team'), ['was taken'], 'Took'],
  ['capitalised Was', bullets('Was tested with 200 beta users before launch'), ['Was tested'], 'Tested'],
  ['two in one bullet', bullets('Costs were reduced and the cluster was migrated to ARM'), ['were reduced', 'was migrated'], 'Reduced'],
];

for (const [name, doc, said, verb] of invalid)
  test(`${RULE} invalid: ${name}`, () => {
    const r = lintRule(RULE, doc);
    assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.end)), said);
    assert.equal(r.findings[0].severity, 'hint');
    assert.match(r.findings[0].message, new RegExp(`Passive "${said[0]}" hides who did the work.*"${verb} …"`));
  });
