import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork, runRule, TODAY } from '../../../../test/util/rule-harness';
import type { RoleSpec } from '../../../../test/util/model-builder';
import { runRules } from '../lint';
import type { Resume } from '../model';
import { lint } from '../index';

const RULE = 'weak-verb';
const past = (...bullets: string[]): RoleSpec[] => [{ dates: ['2019-01', '2021-06'], bullets }];
const current = (...bullets: string[]): RoleSpec[] => [{ dates: ['2022-01', 'present'], bullets }];

const valid: [string, RoleSpec[], Record<string, unknown>?][] = [
  ['strong verb with a metric', past('Led a team of 5 engineers to rebuild the billing service')],
  ['strong verb, current role', current('Build the data platform used by 40 analysts')],
  ['duty phrase mid-bullet is not an opening', past('Shipped the API in 6 weeks and was responsible for on-call')],
  ['a licence\'s name in Title Case ("Working With Children Check")', past('Working With Children Check (NSW), valid to 2028')],
  ['a word one letter from a weak form is no slip of it ("Assistant", "Handler", "Supporter")', past('Assistant to the CFO for 3 board meetings a year', 'Handler of 40 K9 searches', 'Supporter of 3 local food banks')],
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
  { name: 'a weak phrase mistyped: Responsable for + gerund', spec: past('Responsable for managing the night audit of 3 hotels'), span: 'Responsable for managing', fixed: 'Managed the night audit of 3 hotels' },
  { name: 'a weak phrase mistyped: Particpated in', spec: past('Particpated in the rollout of Workday to 400 managers'), span: 'Particpated in', fixed: 'Contributed to the rollout of Workday to 400 managers', alternatives: ['Contributed to', 'Co-led', 'Drove'] },
  { name: 'Worked on', spec: past('Worked on the payments platform for 12 markets'), span: 'Worked on', fixed: 'Built the payments platform for 12 markets', alternatives: ['Built', 'Developed', 'Delivered'] },
  { name: 'Assisted with + gerund (doubled consonant stem)', spec: past('Assisted with planning the move of 40 services'), span: 'Assisted with planning', fixed: 'Planned the move of 40 services' },
  { name: 'Participated in', spec: past('Participated in code reviews for 12 engineers'), span: 'Participated in', fixed: 'Contributed to code reviews for 12 engineers' },
  { name: 'Tasked with + gerund', spec: past('Tasked with reducing cloud spend by 20%'), span: 'Tasked with reducing', fixed: 'Reduced cloud spend by 20%' },
  { name: 'Duties included', spec: past('Duties included data entry and filing for 3 offices'), span: 'Duties included', fixed: 'Owned data entry and filing for 3 offices' },
  { name: 'Duties includes (the verb\'s number slipped)', spec: past('Duties includes stock checks for 3 stores'), span: 'Duties includes', fixed: 'Owned stock checks for 3 stores' },
  { name: 'Areas of responsibility include', spec: past('Areas of responsibility include payroll for 40 staff'), span: 'Areas of responsibility include', fixed: 'Owned payroll for 40 staff' },
  { name: 'Duties consisted of + gerund', spec: past('Duties consisted of booking 30 stations a week'), span: 'Duties consisted of booking', fixed: 'Booked 30 stations a week' },
  { name: 'Responsible to + verb (as other first languages put it)', spec: past('Responsible to maintain the 40 files of the office'), span: 'Responsible to maintain', fixed: 'Maintained the 40 files of the office' },
  { name: 'Accountable for (a duty, as "Responsible for")', spec: past('Accountable for daily outgoing payments of $250M'), span: 'Accountable for', fixed: 'Owned daily outgoing payments of $250M' },
  { name: 'Primary responsibility was to + verb (the duty named, the verb what was done)', spec: past('Primary responsibility was to scale purification of 40 batches'), span: 'Primary responsibility was to scale', fixed: 'Scaled purification of 40 batches' },
  { name: 'Partook in (partake is irregular)', spec: past('Partook in 12 weekly safety walks'), span: 'Partook in', fixed: 'Contributed to 12 weekly safety walks' },
  { name: 'Duties involved + gerund', spec: past('Duties involved supervising all 40 volunteers'), span: 'Duties involved supervising', fixed: 'Supervised all 40 volunteers' },
  { name: 'In charge of + gerund (irregular past)', spec: past('In charge of running the on-call rotation for 8 teams'), span: 'In charge of running', fixed: 'Ran the on-call rotation for 8 teams' },
  { name: 'Handled, current role', spec: current('Handle 50 support tickets a day'), span: 'Handle', fixed: 'Manage 50 support tickets a day' },
  { name: 'Helped + object: no safe rewrite, ideas only', spec: past('Helped customers migrate to the new plan'), span: 'Helped', alternatives: ['Enabled', 'Guided', 'Coached'] },
  { name: 'after an HTML tag the bullet opens with (<li>, <b>…</b>)', spec: past('<li>Helped customers migrate to the new plan</li>'), span: 'Helped', alternatives: ['Enabled', 'Guided', 'Coached'] },
  { name: 'after a leading adverb, lower case', spec: past('Actively participated in code reviews for 12 engineers'), span: 'participated in', fixed: 'Actively contributed to code reviews for 12 engineers' },
  { name: 'after a leading "I", lower case', spec: past('I was responsible for the opening checks of 2 shops'), span: 'was responsible for', fixed: 'I owned the opening checks of 2 shops' },
  { name: 'after a leading "We", lower case', spec: past('We were responsible for the schedule checks of 3 projects'), span: 'were responsible for', fixed: 'We owned the schedule checks of 3 projects' },
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

// --- real-sentence forms: adverbs inside the phrase, -ing and noun forms, later sentences, wrapped lines.

const realValid: [string, RoleSpec[]][] = [
  ['"Working knowledge of" is not "worked on"', past('Working knowledge of Kubernetes across 3 clusters')],
  ['a weak phrase mid-sentence is not an opening', past('Built the API and worked closely with 3 design teams')],
  ['"Involvement" without in/with', past('Involvement metrics rose 20% after the redesign')],
  ['"Supporting" is not reported', past('Supporting 3 product teams through the cloud migration')],
  ['an abbreviation is not a sentence end', past('Shipped SDKs for e.g. Worked Examples, a partner app')],
];
for (const [name, spec] of realValid) test(`${RULE} valid: ${name}`, () => assert.deepEqual(runRule(RULE, spec).findings.map((f) => f.message), []));

const realInvalid: Bad[] = [
  { name: 'adverb inside: Worked closely with (adverb kept)', spec: past('Worked closely with product managers on 4 launches'), span: 'Worked closely with', fixed: 'Partnered closely with product managers on 4 launches' },
  { name: 'adverb inside: Worked extensively on + gerund', spec: past('Worked extensively on migrating 40 services'), span: 'Worked extensively on migrating', fixed: 'Migrated 40 services' },
  { name: 'leading adverb: Heavily involved in', spec: past('Heavily involved in the redesign of 3 apps'), span: 'involved in', fixed: 'Heavily contributed to the redesign of 3 apps' },
  { name: 'two leading adverbs: Also actively participated in', spec: past('Also actively participated in code reviews for 12 engineers'), span: 'participated in' },
  { name: 'gerund: Assisting with + gerund', spec: past('Assisting with planning the move of 40 services'), span: 'Assisting with planning', fixed: 'Planned the move of 40 services' },
  { name: 'gerund: Helping to build', spec: past('Helping to build the checkout API for 40 teams'), span: 'Helping to build', fixed: 'Built the checkout API for 40 teams' },
  { name: 'gerund: Working on', spec: current('Working on the payments platform for 12 markets'), span: 'Working on', fixed: 'Build the payments platform for 12 markets' },
  { name: 'noun: Involvement in', spec: past('Involvement in the redesign of 3 apps'), span: 'Involvement in', fixed: 'Contributed to the redesign of 3 apps' },
  { name: 'noun: Participation in + gerund', spec: past('Participation in organising 4 hackathons'), span: 'Participation in organising', fixed: 'Organised 4 hackathons' },
  { name: 'noun: responsibility for', spec: past('responsibility for related shipping documents for 40 orders a day'), span: 'responsibility for', fixed: 'owned related shipping documents for 40 orders a day' },
  { name: 'infinitive: be responsible for', spec: past('be responsible for day-to-day performance of 6 employees'), span: 'be responsible for' },
  { name: 'noun: Responsibilities included + gerund', spec: past('Responsibilities included managing 3 vendors'), span: 'Responsibilities included managing', fixed: 'Managed 3 vendors' },
  { name: 'preposition variant: Participated on', spec: past('Participated on 3 hacking competitions'), span: 'Participated on', fixed: 'Contributed to 3 hacking competitions' },
  { name: 'Took part in', spec: past('Took part in the 2019 re-platforming of 40 services'), span: 'Took part in', fixed: 'Contributed to the 2019 re-platforming of 40 services' },
  { name: 'a later sentence of the bullet', spec: past('TensorFlow: an open source library for ML. Worked on APIs for 3 accelerators'), span: 'Worked on', fixed: 'TensorFlow: an open source library for ML. Built APIs for 3 accelerators' },
  { name: 'a later sentence after "Also"', spec: past('Improved discovery for 2M learners. Also worked on search quality'), span: 'worked on', fixed: 'Improved discovery for 2M learners. Also built search quality' },
  { name: 'a phrase wrapped onto the next line', spec: past('Worked closely\nwith product managers on 4 launches'), span: 'Worked closely\nwith' },
  { name: 'a weak folded verb is not offered: Responsible for helping', spec: past('Responsible for helping customers migrate to the new plan'), span: 'Responsible for helping', alternatives: ['Enabled', 'Guided', 'Coached'] },
];

for (const c of realInvalid)
  test(`${RULE} invalid: ${c.name}`, () => {
    const r = runRule(RULE, c.spec);
    assert.equal(r.findings.length, 1, r.findings.map((f) => f.message).join('\n'));
    assert.equal(r.spans[0], c.span);
    if (c.alternatives) assert.deepEqual(r.findings[0].data?.alternatives, c.alternatives);
    if (c.fixed === undefined) return;
    const [afterFixes] = assertFixesWork(RULE, c.spec);
    assert.equal(afterFixes[0], c.fixed);
  });

test(`${RULE}: no fix or suggestion ever opens with a phrase this rule reports`, () => {
  // Every listed phrase, in both tenses, followed by a gerund, a base verb, an object and nothing.
  const { weakPhrases } = require('../data/weak-phrases') as typeof import('../data/weak-phrases');
  const { opensWeak } = require('../text/weak-openers') as typeof import('../text/weak-openers');
  for (const p of weakPhrases) {
    const opening = p.words.map((w) => (w.startsWith('~') ? w.slice(1) : w)).join(' ');
    const cap = opening.charAt(0).toUpperCase() + opening.slice(1);
    for (const rest of ['helping customers with 3 launches', 'help build the API for 40 teams', 'working on the API for 40 teams', 'the billing API of 3 apps', ''])
      for (const spec of [past(`${cap} ${rest}`.trim()), current(`${cap} ${rest}`.trim())])
        for (const f of runRule(RULE, spec).findings) {
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(!opensWeak(e.newText), `${cap} ${rest}: fix offers "${e.newText}"`);
          for (const a of (f.data?.alternatives as string[]) ?? []) assert.ok(!opensWeak(a), `${cap} ${rest}: suggests "${a}"`);
        }
  }
});

test(`${RULE}: a role description's sentences are read, with exact spans`, () => {
  const spec: RoleSpec[] = [{ dates: ['2019-01', '2021-06'], description: 'Ephox builds editors. Worked on a major product. Heavily involved in UI design.', bullets: [] }];
  const r = runRule(RULE, spec);
  assert.deepEqual(r.spans, ['Worked on', 'involved in']);
});

test(`${RULE}: JSON Resume work[].summary is read (quoted text, exact span)`, () => {
  const text = '{\n  "basics": {"name": "Ada Byron"},\n  "work": [{"name": "Dropbox", "position": "Engineer", "startDate": "2015-06-01", "endDate": "2020-01-01",\n  "summary": "Storage team. Worked on \\"Magic Pocket\\", the exabyte store."}]}';
  const r = lint(text, 'x.resume.json', { today: TODAY })!;
  const f = r.findings.filter((x) => x.ruleId === RULE);
  assert.deepEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ['Worked on']);
});

test(`${RULE}: after a label in bold and after "I am", the weak phrase is still the opening`, () => {
  const r = runRule(RULE, past('**Duties:** I assisted in the planning of a 300-person conference.', 'I am also involved in giving advice to 20 keepers.', 'I am responsible for feeding 40 snakes.'));
  assert.deepEqual(r.spans, ['assisted in', 'am also involved in giving', 'am responsible for feeding']);
  // The rewrite keeps the sentence going after the pronoun, in the role's tense.
  const fix = r.findings[1].fixes?.[0]?.edits[0].newText;
  assert.equal(fix, 'gave');
});

test(`${RULE}: a word of how often between the weak verb and its preposition ("Work daily with")`, () => {
  const r = runRule(RULE, past('Work daily with 12 sales directors on the monthly report', 'Daily stand-ups with 8 engineers, cutting blockers by half'));
  assert.deepEqual(r.spans, ['Work daily with']);
});

test(`${RULE}: "Primary roles include", "Main duties included", "I participated as a volunteer" are duty and vague openers too`, () => {
  const r = runRule(RULE, past('Primary roles include running the lighting desk for 40 shows', 'Main duties included stocking 3 aisles', 'I participated as a student volunteer in a conference of 1500 people'));
  assert.deepEqual(r.spans.map((s) => s.split(' ').slice(0, 2).join(' ')), ['Primary roles', 'Main duties', 'participated as']);
});

test(`${RULE}: "Tasks included:", "Tasks include", "Main tasks include" name a list of duties as "Duties included" does`, () => {
  const r = runRule(RULE, past('Tasks included: sample collection at 12 stream sites', 'Tasks include: grading for 40 students', 'Main tasks include stocking 3 aisles'));
  assert.deepEqual(r.spans.map((s) => s.split(' ').slice(0, 2).join(' ')), ['Tasks included', 'Tasks include', 'Main tasks']);
});

test(`${RULE}: "My responsibilities include", "Main responsibility for" name duties as "Responsibilities included" does`, () => {
  const r = runRule(RULE, past('My responsibilities include leading 3 project teams', 'Main responsibility for developing the billing system of 40 restaurants', 'My duties included stocking 3 aisles'));
  assert.deepEqual(r.spans.map((s) => s.split(' ').slice(0, 2).join(' ')), ['My responsibilities', 'Main responsibility', 'My duties']);
});

test(`${RULE}: after a short introductory phrase and "I", the sentence's opening is read ("During this internship, I helped improve …")`, () => {
  const r = runRule(RULE, past('During this summer internship, I helped improve the static analysis tools for 4 languages', 'In 2019, we shipped 3 releases'));
  assert.deepEqual(r.spans, ['helped improve']);
});

test(`${RULE}: a list of duties run in after its label ("Duties: Data research for …") is reported at the label; the label alone over bullets is not`, () => {
  const r = runRule(RULE, past('Duties: Data research for the tool; outreach to 12 partners', 'Responsibilities: answering 40 calls a day'));
  assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.end)), ['Duties:', 'Responsibilities:']);
  assert.match(r.findings[0].message, /"Duties:" introduces a list of duties/);
  assert.deepEqual(runRule(RULE, past('Duties:', 'Answered 40 calls a day')).findings, []);
});
