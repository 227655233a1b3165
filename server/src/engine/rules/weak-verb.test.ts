import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork, runRule, TODAY } from '../../../../test/util/rule-harness';
import type { RoleSpec } from '../../../../test/util/model-builder';
import { runRules } from '../lint';
import type { Resume } from '../model';

const RULE = 'weak-verb';
const past = (...bullets: string[]): RoleSpec[] => [{ dates: ['2019-01', '2021-06'], bullets }];
const current = (...bullets: string[]): RoleSpec[] => [{ dates: ['2022-01', 'present'], bullets }];

const valid: [string, RoleSpec[], Record<string, unknown>?][] = [
  ['strong verb with a metric', past('Led a team of 5 engineers to rebuild the billing service')],
  ['strong verb, current role', current('Build the data platform used by 40 analysts')],
  ['duty phrase mid-bullet is not an opening', past('Shipped the API in 6 weeks and was responsible for on-call')],
  ['"Helpful" is not "help"', past('Helpful tooling for 30 support agents, written in Go')],
  ['"Workday" is not "work"', past('Workday integration for HR, used by 2K employees')],
  ['"Handbook" is not "handle"', past('Handbook for new hires, adopted by 4 teams')],
  ['"Assistant" is not "assist"', past('Assistant to the CFO for budgeting across 3 regions')],
  ['"Supported" is not reported', past('Supported 3 product teams through the cloud migration')],
  ['ignore option', past('Handled escalations for 30 enterprise accounts'), { ignore: ['handled'] }],
  ['no bullets', [{ dates: ['2019-01', '2021-06'], bullets: [] }]],
];

for (const [name, spec, options] of valid)
  test(`${RULE} valid: ${name}`, () => assert.deepEqual(runRule(RULE, spec, options).findings, []));

interface Bad {
  name: string;
  spec: RoleSpec[];
  span: string;
  /** The bullet after the preferred fix; undefined = no fix offered. */
  fixed?: string;
  alternatives?: string[];
}

const invalid: Bad[] = [
  { name: 'Responsible for + gerund, past role', spec: past('Responsible for managing a team of 5 engineers'), span: 'Responsible for managing', fixed: 'Managed a team of 5 engineers' },
  { name: 'Responsible for + gerund, current role (present tense)', spec: current('Responsible for managing a team of 5 engineers'), span: 'Responsible for managing', fixed: 'Manage a team of 5 engineers' },
  { name: 'Was responsible for + noun', spec: past('Was responsible for the billing service of 3 apps'), span: 'Was responsible for', fixed: 'Owned the billing service of 3 apps', alternatives: ['Owned', 'Managed', 'Led', 'Ran'] },
  { name: 'Helped build → Built / Co-built', spec: past('Helped build the checkout API used by 40 teams'), span: 'Helped build', fixed: 'Built the checkout API used by 40 teams', alternatives: ['Built', 'Co-built'] },
  { name: 'Helped to design', spec: past('Helped to design the onboarding flow for 2M users'), span: 'Helped to design', fixed: 'Designed the onboarding flow for 2M users' },
  { name: 'Worked on', spec: past('Worked on the payments platform for 12 markets'), span: 'Worked on', fixed: 'Built the payments platform for 12 markets', alternatives: ['Built', 'Developed', 'Delivered'] },
  { name: 'Assisted with + gerund (doubled consonant stem)', spec: past('Assisted with planning the move of 40 services'), span: 'Assisted with planning', fixed: 'Planned the move of 40 services' },
  { name: 'Participated in', spec: past('Participated in code reviews for 12 engineers'), span: 'Participated in', fixed: 'Contributed to code reviews for 12 engineers' },
  { name: 'Tasked with + gerund', spec: past('Tasked with reducing cloud spend by 20%'), span: 'Tasked with reducing', fixed: 'Reduced cloud spend by 20%' },
  { name: 'Duties included', spec: past('Duties included data entry and filing for 3 offices'), span: 'Duties included', fixed: 'Owned data entry and filing for 3 offices' },
  { name: 'In charge of + gerund (irregular past)', spec: past('In charge of running the on-call rotation for 8 teams'), span: 'In charge of running', fixed: 'Ran the on-call rotation for 8 teams' },
  { name: 'Handled, current role', spec: current('Handle 50 support tickets a day'), span: 'Handle', fixed: 'Manage 50 support tickets a day' },
  { name: 'Helped + object: no safe rewrite, ideas only', spec: past('Helped customers migrate to the new plan'), span: 'Helped', alternatives: ['Enabled', 'Guided', 'Coached'] },
  { name: 'after a leading adverb, lower case', spec: past('Actively participated in code reviews for 12 engineers'), span: 'participated in', fixed: 'Actively contributed to code reviews for 12 engineers' },
  { name: 'common verb after a duty phrase is folded', spec: past('Responsible for ensuring uptime of 40 services'), span: 'Responsible for ensuring', fixed: 'Ensured uptime of 40 services' },
  { name: 'unknown -ing verb after a duty phrase: no ungrammatical fix', spec: past('Responsible for wrangling the data of 40 teams'), span: 'Responsible for' },
  { name: 'markup closes the phrase: no fix', spec: past('**Responsible for** the API gateway'), span: 'Responsible for' },
];

for (const c of invalid)
  test(`${RULE} invalid: ${c.name}`, () => {
    const r = runRule(RULE, c.spec);
    assert.equal(r.findings.length, 1, r.findings.map((f) => f.message).join('\n'));
    assert.equal(r.spans[0], c.span);
    const f = r.findings[0];
    assert.match(f.message, new RegExp(`^"${c.span.replace(/[*]/g, '\\*')}" (describes a duty|hides what you did|is vague)`));
    assert.equal(f.severity, 'warning');
    if (c.alternatives) assert.deepEqual(f.data?.alternatives, c.alternatives);
    if (c.fixed === undefined) {
      assert.equal(f.fixes, undefined);
      return;
    }
    assert.ok(f.fixes && f.fixes[0].preferred && f.fixes.filter((x) => x.preferred).length === 1);
    const [afterFixes] = assertFixesWork(RULE, c.spec);
    assert.equal(afterFixes[0], c.fixed);
  });

test(`${RULE}: the message names the replacements`, () => {
  const [f] = runRule(RULE, past('Responsible for the billing service of 3 apps')).findings;
  assert.equal(f.message, '"Responsible for" describes a duty, not what you achieved; open with what you did, e.g. "Owned", "Managed", "Led", then the result.');
});

test(`${RULE}: a role without dates gets past-tense fixes`, () => {
  const r = runRule(RULE, [{ bullets: ['Worked on the payments platform for 12 markets'] }]);
  assert.equal(r.findings[0].fixes?.[0].edits[0].newText, 'Built');
});

test(`${RULE}: YAML bullets map text offsets through Bullet.offsets`, () => {
  // A quoted YAML scalar: the bullet text starts one character after the opening quote, and an
  // escaped quote (\") inside shifts the rest by one.
  const text = 'work:\n  - highlights:\n      - "Say \\"hi\\": Responsible for managing 5 people"\n      - "Responsible for managing 5 people"\n';
  const value = 'Responsible for managing 5 people';
  const start = text.lastIndexOf(value);
  const offsets = Array.from({ length: value.length + 1 }, (_, i) => start + i);
  const resume: Resume = {
    format: 'jsonresume',
    contact: { links: [] },
    skills: [],
    problems: [],
    sections: [{ title: 'work', kind: 'experience', span: { start: 0, end: text.length }, headingSpan: { start: 0, end: 4 }, entries: [{ kind: 'work', bullets: [{ text: value, span: { start: start - 1, end: start + value.length + 1 }, offsets }], span: { start: 6, end: text.length }, headerSpan: { start: 6, end: 8 } }] }],
  };
  const [f] = runRules(resume, text, undefined, TODAY).filter((x) => x.ruleId === RULE);
  assert.equal(text.slice(f.span.start, f.span.end), 'Responsible for managing');
  assert.equal(f.fixes?.[0].edits[0].newText, 'Managed');
});
