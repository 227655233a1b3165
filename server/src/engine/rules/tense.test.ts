import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork, runRule } from '../../../../test/util/rule-harness';
import { resumeOf, type RoleSpec } from '../../../../test/util/model-builder';
import { runRules } from '../lint';
import { lint } from '../index';
import { TODAY } from '../../../../test/util/rule-harness';
import { OPENS_PAST, OPENS_VERB, openingKindOf } from './tense';

const RULE = 'tense';
// TODAY in the harness is 2025-06-15.
const past = (...bullets: string[]): RoleSpec[] => [{ dates: ['2018-03', '2021-06'], bullets }];
const current = (...bullets: string[]): RoleSpec[] => [{ dates: ['2022-01', 'present'], bullets }];
// A current role whose other bullet opens in the present: the tense the writer keeps for it.
const NOW = 'Manage a team of 6 engineers';

const valid: [string, RoleSpec[], Record<string, unknown>?][] = [
  ['past role, past tense', past('Led the migration of 40 services to Kubernetes', 'Built the billing API')],
  ['a bullet in another language opens with no English verb ("Analyse du coût des sinistres")', past('Analyse du coût des sinistres : déploiement d’un workflow de scoring des garages en tenant compte du case-mix', 'Built the billing API')],
  ['current role, present tense', current('Lead a team of 6 engineers', 'Manages the release train')],
  ['Read / Set / Cut / Put are both tenses (past role)', past('Read every design doc before review', 'Set the hiring bar for 3 teams', 'Cut cloud spend 30%', 'Put alerting on all services')],
  ['Read / Set / Cut are both tenses (current role)', current('Read every design doc before review', 'Set the hiring bar for 3 teams', 'Cut cloud spend 30%')],
  ['"Lead" as a noun: Lead engineer', past('Lead engineer for the payments team of 8')],
  ['a line of capitalised words is a name, no verb: Mars Hill Bible School', past('Mars Hill Bible School', 'Taught 3 classes of 30 students')],
  ['a label in Title Case before its colon, however long: Risk and Contract Assessment: Reviewed …', past('Risk and Contract Assessment: Reviewed 300 agreements, cutting exposure 5%')],
  ['a role\'s name: Support engineer for 40 accounts', past('Support engineer for 40 enterprise accounts')],
  ['a role\'s people as a noun phrase: Support staff rota', past('Support staff rota rebuilt for 3 wards')],
  ['a noun list is no series of verbs: Design system, component library and docs site', past('Design system, component library and docs site for 12 teams')],
  ['a list of nouns whose plural is a modifier: Sell sheet, brochure and sales kit', past('Sell sheet, brochure and sales kits templates for 4 regions')],
  ['"Design" as a noun: Design system', past('Design system work adopted by 12 product teams')],
  ['a list of nouns with an Oxford comma: Sales, support, and training', past('Sales, support, and training for 40 clients')],
  ['a request or a pointer opens no duty: Please provide…, See the blog', past('Please provide details of your responsibilities here', 'See the blog for 40 posts on dance')],
  ['what the post was made of opens no duty: Includes…, Involves…, Requires…', past('Includes working with external program evaluators and 12 stakeholders', 'Involves travel to 4 regional sites', 'Requires a security clearance')],
  ['"Delegate for X" is a person, a noun phrase', past('Delegate for 2nd line Technology Risk Officers in the challenge process')],

  ['a noun joined to an activity\'s noun that takes "of": Design and development of', past('Design and development of new functionalities for 3 user applications', 'Built the billing API')],
  ['… in a role whose other bullets open with verbs', past('Evaluated suppliers for 4 wind farms', 'Design and development of new functionalities for 3 user applications', 'Measured signals from 12 sensors')],

  ['a noun\'s plural and a second noun ("Service calls and support tickets")', past('Service calls and support tickets for 40 clients')],
  ['"Found" is both find (past) and found (present)', current('Found and fixed 30 memory leaks'), {}],
  ['role without dates: quiet', [{ bullets: ['Lead the migration of 40 services'] }]],
  ['unknown first word', past('Kubernetes migration for 40 services')],
  ['a label and its value is no sentence ("Pay Plan: GS")', past('Pay Plan: GS', 'Hours per week: 40')],
  ['"top" before a number is a rank, not a verb', past('Top 5% of reps nationally in 2019', 'Managed print services, SMB segment. Consistently top 3 of 12 reps.')],
  ['everyday verb used as a noun: Type system', past('Type system for the query language, adopted by 4 teams')],
  ['everyday verb used as a noun: Order management', past('Order management service handling 2K orders a day')],
  ['gerund used as a noun: Engineering lead', past('Engineering lead for the payments team of 8')],
  ['gerund without an object: Marketing campaigns', past('Marketing campaigns for 3 product launches')],
  ['gerund in the current role is fine', current('Leading a team of 6 engineers')],
  ['a weak opener in the current role is weak-verb\'s business', current('Help build the checkout API', 'Work on the payments platform')],
  ['a noun phrase and its verb: Process improvement projects saved', past('Process improvement projects saved $2M a year')],
  ['a noun phrase and its verb: Support ticket volumes dropped', past('Support ticket volumes dropped 30% after the new help center')],
  ['a noun and a participle: Research conducted by', past('Research conducted by the team was cited 40 times')],
  ['current role hint can be turned off', current('Led a team of 6 engineers'), { currentRole: false }],
  // A finished achievement with its measured result stays in the past in a current role.
  ['a measured achievement in the current role may stay in the past', current('Reduced unplanned downtime on line 3 by 18 %', 'Raised attainment from 61% to 78%', 'Saved $4.8M a year on the term loan')],
  ['role ending in the future counts as current', [{ dates: ['2023-01', '2026-01'], bullets: ['Lead a team of 6 engineers'] }]],
];

for (const [name, spec, options] of valid)
  test(`${RULE} valid: ${name}`, () => assert.deepEqual(runRule(RULE, spec, options).findings.map((f) => f.message), []));

interface Bad {
  name: string;
  spec: RoleSpec[];
  span: string;
  severity: string;
  fixed: string;
}

const invalid: Bad[] = [
  { name: 'past role, "Lead" + object', spec: past('Lead the migration of 40 services'), span: 'Lead', severity: 'warning', fixed: 'Led the migration of 40 services' },
  { name: 'past role, a noun-or-verb before its object and a second verb ("Load trailers and scan in boxes")', spec: past('Load trailers and scan in boxes for 3 docks'), span: 'Load', severity: 'warning', fixed: 'Loaded trailers and scan in boxes for 3 docks' },
  { name: 'past role, a noun-or-verb joined to a verb in the past ("Load and unloaded trailers")', spec: past('Load and unloaded trailers for outgoing freight'), span: 'Load', severity: 'warning', fixed: 'Loaded and unloaded trailers for outgoing freight' },
  { name: 'past role, "Manage"', spec: past('Manage a team of 6 engineers'), span: 'Manage', severity: 'warning', fixed: 'Managed a team of 6 engineers' },
  // The verb after "co-" carries the tense; the fix keeps the prefix.
  { name: 'past role, "Co-lead"', spec: past('Co-lead weekly support groups for 12 adults'), span: 'lead', severity: 'warning', fixed: 'Co-led weekly support groups for 12 adults' },
  { name: 'past role, third person "Manages"', spec: past('Manages the release process for mobile'), span: 'Manages', severity: 'warning', fixed: 'Managed the release process for mobile' },
  { name: 'past role, irregular "Build"', spec: past('Build the billing API for 40 teams'), span: 'Build', severity: 'warning', fixed: 'Built the billing API for 40 teams' },
  { name: 'past role, irregular "Own"', spec: past('Own the on-call rotation for payments'), span: 'Own', severity: 'warning', fixed: 'Owned the on-call rotation for payments' },
  { name: 'past role, "Run"', spec: past('Run the weekly incident review'), span: 'Run', severity: 'warning', fixed: 'Ran the weekly incident review' },
  { name: 'current role, "Led" is a hint', spec: current('Led the migration of 40 services', NOW), span: 'Led', severity: 'hint', fixed: 'Lead the migration of 40 services' + '\n' + NOW },
  { name: 'current role, "Built"', spec: current('Built the billing API for 40 teams', NOW), span: 'Built', severity: 'hint', fixed: 'Build the billing API for 40 teams' + '\n' + NOW },
  { name: 'current role, "Wrote"', spec: current('Wrote the style guide for 30 engineers', NOW), span: 'Wrote', severity: 'hint', fixed: 'Write the style guide for 30 engineers' + '\n' + NOW },
  { name: 'past role, gerund "Managing" + object', spec: past('Managing a team of 6 engineers', 'Built the billing API'), span: 'Managing', severity: 'warning', fixed: 'Managed a team of 6 engineers\nBuilt the billing API' },
  { name: 'past role, gerund "Running" (doubled consonant, irregular past)', spec: past('Running the weekly incident review', 'Built the billing API'), span: 'Running', severity: 'warning', fixed: 'Ran the weekly incident review\nBuilt the billing API' },
  { name: 'everyday verb with an object: Prepare the', spec: past('Prepare the monthly board report for 3 directors'), span: 'Prepare', severity: 'warning', fixed: 'Prepared the monthly board report for 3 directors' },
  { name: 'markup before the verb', spec: past('**Lead** the migration of 40 services'), span: 'Lead', severity: 'warning', fixed: '**Led** the migration of 40 services' },
  { name: 'noun-too verb, its plural object three words on: Answer drug information questions', spec: past('Answer drug information questions from nurses'), span: 'Answer', severity: 'warning', fixed: 'Answered drug information questions from nurses' },
  { name: 'a verb of the trades the lexicon lacks: Tarp and strap loads', spec: past('Tarp and strap loads of steel coils on 40 runs'), span: 'Tarp', severity: 'warning', fixed: 'Tarped and strapped loads of steel coils on 40 runs' },
  { name: 'a verb of sales the lexicon lacks, before its object: Prospect small businesses', spec: past('Prospect small businesses by phone, booking 15 meetings a week'), span: 'Prospect', severity: 'warning', fixed: 'Prospected small businesses by phone, booking 15 meetings a week' },
  { name: 'noun-too verb before a plural without an s: Support children', spec: past('Support children with additional needs alongside the inclusion worker'), span: 'Support', severity: 'warning', fixed: 'Supported children with additional needs alongside the inclusion worker' },
  { name: 'noun-too verb, its plural object two words on: Support project managers', spec: past('Support project managers on 12 school builds'), span: 'Support', severity: 'warning', fixed: 'Supported project managers on 12 school builds' },
  { name: 'noun-too verb, a role\'s word modifying its plural object: Answer member calls', spec: past('Answer member calls about eligibility and claims'), span: 'Answer', severity: 'warning', fixed: 'Answered member calls about eligibility and claims' },
  { name: 'a verb in a series of plain verbs: Pull wire, terminate and label feeders', spec: past('Pull wire, terminate and label feeders for 3 buildings'), span: 'Pull', severity: 'warning', fixed: 'Pulled wire, terminated and labeled feeders for 3 buildings' },
  { name: 'noun-too verb, a plural object after a list of its modifiers: Sell home, auto and flood policies', spec: past('Sell home, auto, umbrella and flood policies to walk-in leads'), span: 'Sell', severity: 'warning', fixed: 'Sold home, auto, umbrella and flood policies to walk-in leads' },
  { name: 'a trade\'s verb: Triage patients', spec: past('Triage patients arriving by ambulance'), span: 'Triage', severity: 'warning', fixed: 'Triaged patients arriving by ambulance' },
  { name: 'a trade\'s verb: Precept new graduate nurses', spec: past('Precept new graduate nurses on the unit'), span: 'Precept', severity: 'warning', fixed: 'Precepted new graduate nurses on the unit' },
  { name: 'verb before a participle used as an adjective: Manage ventilated patients', spec: past('Manage ventilated patients and prone positioning'), span: 'Manage', severity: 'warning', fixed: 'Managed ventilated patients and prone positioning' },
];

for (const c of invalid)
  test(`${RULE} invalid: ${c.name}`, () => {
    const r = runRule(RULE, c.spec);
    assert.equal(r.findings.length, 1, r.findings.map((f) => f.message).join('\n'));
    assert.equal(r.spans[0], c.span);
    assert.equal(r.findings[0].severity, c.severity);
    const [fixed] = assertFixesWork(RULE, c.spec);
    assert.equal(fixed[0], c.fixed);
  });

test(`${RULE}: messages name the dates and the right form`, () => {
  assert.equal(runRule(RULE, past('Lead the migration of 40 services')).findings[0].message, '"Lead" is present tense, but this role has ended (2018-03 – 2021-06); describe finished work in the past tense: "Led".');
  assert.equal(
    runRule(RULE, current('Led the migration of 40 services', NOW)).findings[0].message,
    '"Led" is past tense, but this is your current role (2022-01 – present); use the present tense for ongoing work: "Lead" (finished projects may stay in the past).',
  );
});

test(`${RULE}: configured severity applies to past roles; current roles stay hints`, () => {
  const spec: RoleSpec[] = [...current('Led the migration of 40 services', NOW), ...past('Lead the hiring of 5 engineers')];
  const r = runRule(RULE, spec, { severity: 'error' });
  assert.deepEqual(r.findings.map((f) => f.severity), ['hint', 'error']);
});

test(`${RULE} valid: a single-date role (no end, not current) is quiet`, () => {
  const { text, resume } = resumeOf(past('Lead the migration of 40 services'));
  const d = resume.sections[0].entries[0].dates!;
  d.end = undefined;
  d.current = false;
  assert.deepEqual(runRules(resume, text, undefined, TODAY).filter((f) => f.ruleId === RULE), []);
  // The same bullet with both dates is reported, so the quiet result above is about the dates.
  const both = resumeOf(past('Lead the migration of 40 services'));
  assert.equal(runRules(both.resume, both.text, undefined, TODAY).filter((f) => f.ruleId === RULE).length, 1);
});

// Precision review (docs/precision-review.md): JSON Resume roles with no endDate said "your current role (2021-03)".
test(`${RULE}: YAML roles are described as a range with Present, not by their startDate alone`, () => {
  const text = 'basics:\n  name: Ada Byron\nwork:\n  - name: Nordlys\n    position: Site Manager\n    startDate: 2021-03\n    highlights:\n      - Raised the pick rate on the night shift\n      - Manage the weekly stock count with 6 staff\n';
  const r = lint(text, 'x.resume.yaml', { today: { year: 2026, month: 11, day: 22 } })!;
  const found = r.findings.filter((f) => f.ruleId === RULE);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /this is your current role \(Mar 2021 – Present\);/);
});

// --- any verb, not only the strong-verb list; nouns told from verbs by what follows; adverbs and "I".

const lexValid: [string, RoleSpec[]][] = [
  ['"Lead developer on X" is a noun phrase', past('Lead developer on the payments platform for 3 banks')],
  ['"Support for X" is a noun phrase', past('Support for software developers across 4 offices')],
  ['"Research on X" is a noun phrase', past('Research on machine learning for portfolio hedging')],
  ['"Host of X" is a noun phrase', past('Host of a monthly campus-wide meetup for CS students')],
  ['"Tool development" is a noun phrase', past('Tool development for infrastructure overview')],
  ['"Build pipeline for X" is a noun phrase', past('Build pipeline for 40 mobile apps, moved to Bazel')],
  ['"Test automation framework" is a noun phrase', past('Test automation framework adopted by 6 teams')],
  ['"Services include" opens with a subject', past('Services include aerial photography and mapping')],
  ['"Research integrated into" opens with a subject', past('Research integrated into Azure Cognitive Services')],
  ['"Express.js" is a name', past('Express.js gateway serving 40 services')],
  ['a project is not a role', [{ kind: 'project', dates: ['2016-09', '2016-12'], bullets: ['Facilitates student engagement through 3 features'] }]],
  ['past tense after "I"', past('I built the front end, packaged as an Electron app')],
  ['"I am" is not an account of work', past('I am proud of the 3 launches we shipped')],
  ['a capacity clause in the current role: As a content creator, I collaborate', current('As a content creator, I collaborate with 5 brands')],
  ['"Daily" is not an adverb before a verb', past('Daily review of 40 pull requests across 3 teams')],
  ['a current role narrated in a description', [{ dates: ['2022-01', 'present'], description: 'I started on the frontend and moved to the exchange core.', bullets: [] }]],
];
for (const [name, spec] of lexValid) test(`${RULE} valid: ${name}`, () => assert.deepEqual(runRule(RULE, spec).findings.map((f) => f.message), []));

const lexInvalid: Bad[] = [
  { name: 'a verb outside the strong list: Oversee', spec: past('Oversee the nightly batch jobs for 12 stores'), span: 'Oversee', severity: 'warning', fixed: 'Oversaw the nightly batch jobs for 12 stores' },
  { name: '"Delegate" before its object is the verb', spec: past('Delegate tasks to 4 analysts'), span: 'Delegate', severity: 'warning', fixed: 'Delegated tasks to 4 analysts' },
  { name: 'a noun-or-verb opening a comma list of three verbs (Oxford comma): Order, receive, or stock', spec: past('Order, receive, or stock supplies for 3 stores'), span: 'Order', severity: 'warning', fixed: 'Ordered, receive, or stock supplies for 3 stores' },
  { name: 'a verb outside the strong list: Realize projects', spec: past('Realize projects in XPages for 5 clients'), span: 'Realize', severity: 'warning', fixed: 'Realized projects in XPages for 5 clients' },
  { name: '"Handle" with a bare object', spec: past('Handle customer complaints for 3 regions'), span: 'Handle', severity: 'warning', fixed: 'Handled customer complaints for 3 regions' },
  { name: '"Support the …" is a verb', spec: past('Support the sales team of 12 with weekly reports'), span: 'Support', severity: 'warning', fixed: 'Supported the sales team of 12 with weekly reports' },
  { name: '"Lead design for X" is a verb', spec: past('Lead design for the checkout used by 2M shoppers'), span: 'Lead', severity: 'warning', fixed: 'Led design for the checkout used by 2M shoppers' },
  { name: 'after an opening adverb: Frequently review', spec: past('Frequently review pull requests from 8 engineers'), span: 'review', severity: 'warning', fixed: 'Frequently reviewed pull requests from 8 engineers' },
  { name: 'after "Also"', spec: past('Also spend time on API specifications for 3 partners'), span: 'spend', severity: 'warning', fixed: 'Also spent time on API specifications for 3 partners' },
  { name: 'after "I": I write', spec: past('I write tutorials read by 25,000 developers'), span: 'write', severity: 'warning', fixed: 'I wrote tutorials read by 25,000 developers' },
  { name: 'after a capacity clause: As an assistant, I manage', spec: past('As an administrative assistant, I manage client inquiries for 3 partners'), span: 'manage', severity: 'warning', fixed: 'As an administrative assistant, I managed client inquiries for 3 partners' },
  { name: 'after a capacity clause in a later sentence: In this role, I ship', spec: past('Joined as the first hire. In this role, I ship 4 releases a year'), span: 'ship', severity: 'warning', fixed: 'Joined as the first hire. In this role, I shipped 4 releases a year' },
  { name: 'third person of an everyday verb: Oversees', spec: past('Oversees 3 warehouses and 40 staff'), span: 'Oversees', severity: 'warning', fixed: 'Oversaw 3 warehouses and 40 staff' },
  { name: '"Design and build" (a noun too, then "and" + a verb)', spec: past('Design and build the data platform for 40 analysts'), span: 'Design', severity: 'warning', fixed: 'Designed and built the data platform for 40 analysts' },
  { name: 'a later sentence of the bullet', spec: past('Joined as the first hire. Coordinate releases for 3 teams'), span: 'Coordinate', severity: 'warning', fixed: 'Joined as the first hire. Coordinated releases for 3 teams' },
  { name: '"Serve as" (a strong verb before a preposition)', spec: past('Serve as a super-user for the new IV pump system'), span: 'Serve', severity: 'warning', fixed: 'Served as a super-user for the new IV pump system' },
];

for (const c of lexInvalid)
  test(`${RULE} invalid: ${c.name}`, () => {
    const r = runRule(RULE, c.spec);
    assert.equal(r.findings.length, 1, r.findings.map((f) => f.message).join('\n'));
    assert.equal(r.spans[0], c.span);
    assert.equal(r.findings[0].severity, c.severity);
    const [fixed] = assertFixesWork(RULE, c.spec);
    assert.equal(fixed[0], c.fixed);
  });

test(`${RULE}: a role description's sentences are read in an ended role`, () => {
  const spec: RoleSpec[] = [{ dates: ['2011-01', '2014-01'], description: 'Tutorials on Backbone.js. I write tutorials for beginners. Also spend time on docs.', bullets: [] }];
  const r = runRule(RULE, spec);
  assert.deepEqual(r.spans, ['write', 'spend']);
  assert.match(r.findings[0].message, /^"write" is present tense, but this role has ended \(2011-01 – 2014-01\); describe finished work in the past tense: "wrote"\.$/);
});

test(`${RULE}: YAML role summaries keep exact spans (folded, quoted text)`, () => {
  const text = 'basics:\n  name: Ada Byron\nwork:\n  - name: Ephox\n    position: Developer\n    startDate: 2011-01-01\n    endDate: 2012-06-01\n    summary: "Editors for the web.\n      Also spend time on \\"API\\" docs."\n';
  const r = lint(text, 'x.resume.yaml', { today: { year: 2026, month: 11, day: 22 } })!;
  const found = r.findings.filter((f) => f.ruleId === RULE);
  assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['spend']);
});

test(`${RULE}: a weak opener of an ended role is reported too, without a fix that would give a weak past ("Assisted")`, () => {
  const r = runRule(RULE, past('Assist patients at drop-off and pick-up windows', 'Helping the team close 40 tickets a week'));
  assert.deepEqual(r.spans, ['Assist', 'Helping']);
  assert.match(r.findings[0].message, /"Assist" is present tense, but this role has ended .*stronger verb than "Assisted" \(see the weak-verb suggestions\)/);
  assert.deepEqual(r.findings.map((f) => f.fixes ?? []), [[], []]);
});

// --- a role with one date: over once its year is, but only sure when its other bullets are past.

test(`${RULE}: a role with one past date ("Summer 2022") is an ended role when its other bullets are in the past tense`, () => {
  const text = '# Ana Ruiz\n\n## Experience\n\n### Service Technician, Lakeside Marine (Summer 2022)\n\n- Winterize and service inboard engines and boat trailers\n- Kept the parts room organized and ordered replacement parts\n';
  const r = lint(text, 'resume.md', { today: { year: 2026, month: 11, day: 22 } })!;
  assert.deepEqual(r.findings.filter((f) => f.ruleId === RULE).map((f) => text.slice(f.span.start, f.span.end)), ['Winterize']);
});

test(`${RULE}: a role with one date whose bullets are all present is left alone ("2016 / 09 - University" may open a range)`, () => {
  const text = '# Ana Ruiz\n\n## Experience\n\n### Fullstack Engineer, University of Bremen (2016)\n\n- Invent a realtime classroom tool in Meteor and React\n- Design the software architecture\n';
  const r = lint(text, 'resume.md', { today: { year: 2026, month: 11, day: 22 } })!;
  assert.deepEqual(r.findings.filter((f) => f.ruleId === RULE).map((f) => f.message), []);
});

test(`${RULE}: a role with one date in the current year may still be going on`, () => {
  const text = '# Ana Ruiz\n\n## Experience\n\n### Service Technician, Lakeside Marine (Summer 2026)\n\n- Winterize and service inboard engines and boat trailers\n- Kept the parts room organized and ordered replacement parts\n';
  const r = lint(text, 'resume.md', { today: { year: 2026, month: 11, day: 22 } })!;
  assert.deepEqual(r.findings.filter((f) => f.ruleId === RULE).map((f) => f.message), []);
});

test(`${RULE}: in a role whose bullets open with verbs, a word as often a noun opens with a verb too ("Work in", "Post daily payments")`, () => {
  const verbs = ['Performed EKGs and point-of-care testing', 'Scheduled appointments and verified insurance', 'Trained 4 new assistants'];
  const r = runRule(RULE, past('Work in a fast-paced urgent care seeing 60 patients a day', ...verbs, 'Post daily payments and balance the end-of-day report'));
  assert.deepEqual(r.spans, ['Work', 'Post']);
  const [fixed] = assertFixesWork(RULE, past('Work in a fast-paced urgent care seeing 60 patients a day', ...verbs));
  assert.equal(fixed[0].split('\n')[0], 'Worked in a fast-paced urgent care seeing 60 patients a day');
  // Alone, or among bullets that are not verbs, the same words could be nouns and stay unread.
  assert.deepEqual(runRule(RULE, past('Work in a fast-paced urgent care seeing 60 patients a day', 'Post daily payments and balance the report')).spans, []);
  // Nouns stay nouns among verbs: a role ("Lead developer on"), "of", a finite verb, an everyday noun before a preposition.
  for (const noun of ['Lead developer on the payments team', 'Work of the quarter: the new intake flow', 'Work was cited by 3 papers', 'Support for 40 enterprise accounts'])
    assert.deepEqual(runRule(RULE, past(noun, ...verbs)).spans, [], noun);
});

test(`${RULE}: openingKindOf reads a bullet's opening word (past only, mostly a verb, or neither)`, () => {
  const kind = (text: string) => openingKindOf({ text, span: { start: 0, end: text.length } });
  assert.equal(kind('Led a team of 6'), OPENS_PAST | OPENS_VERB);
  assert.equal(kind('Actively trained new staff'), OPENS_PAST | OPENS_VERB);
  assert.equal(kind('Develop the billing service'), OPENS_VERB);
  assert.equal(kind('Read the logs daily'), OPENS_VERB, 'the same in both tenses: a verb, but no past-only opening');
  assert.equal(kind('Lead engineer for payments'), 0, 'a noun too: no verb opening by the word alone');
  assert.equal(kind('Python and Go'), 0);
  assert.equal(kind('2019: shipped v2'), 0);
});

test(`${RULE}: an -ing form after a label or a sentence names a duty; only a bullet's opening one reads as ongoing`, () => {
  const r = runRule(RULE, past('Duties: Answering the phone, taking orders and cleaning.', 'Ran 12 turtle patrols. Communicating our research to 200 guests.', 'Managing a team of 5 keepers.'));
  assert.deepEqual(r.spans, ['Managing']);
});

test(`${RULE}: "Lead" before a role's word, after an adjective too, is the noun ("Lead user for NetSuite", "Lead functional resource for …")`, () => {
  const r = runRule(RULE, past('Lead user for NetSuite ERP across 3 sites', 'Lead functional resource for a global ERP rollout of 40 modules', 'Lead design for the 3 new stores'));
  assert.deepEqual(r.spans, ['Lead']);
  assert.equal(r.findings[0].span.start, r.text.indexOf('Lead design'));
});

test(`${RULE}: a word that is a noun too, then a word of how often and a preposition, is the verb ("Report monthly to the CFO")`, () => {
  const r = runRule(RULE, past('Report monthly to the CFO on 3 product lines', 'Monthly report to the CFO on 3 product lines'));
  assert.deepEqual(r.spans, ['Report']);
});

test(`${RULE}: a sentence under a label line that opens the bullet is read ("Client Engagement" / "Present technical overviews…")`, () => {
  const text = 'Jane Doe\njane@example.com\n\nEXPERIENCE\nApril 2022 - October 2023\nSenior Consultant, Contino, London\nClient Engagement\nPresent technical overviews to senior stakeholders across 4 accounts.\nCloud Datacenter - Storage\nDesign and build the landing zone for 30 teams.\nManaged Azure Kubernetes Service For\nClients in 3 regions.\n';
  const r = lint(text, 'resume.txt', { today: { year: 2026, month: 11, day: 22 } })!;
  const found = r.findings.filter((f) => f.ruleId === RULE);
  assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['Present', 'Design']);
});

test(`${RULE}: a bullet opening on a verb's -s form before a preposition ("Focuses on …") is present tense in an ended role; a title after a sentence is not`, () => {
  const r = runRule(RULE, past('Focuses on numerical modelling of 3 laboratory plasma systems', 'Led a course: *Research Exposed! Approaches to Inquiry*'));
  assert.deepEqual(r.spans, ['Focuses']);
});

test(`${RULE}: a verb seldom a noun before a role's word used as a modifier ("Perform user research") is present tense in an ended role; "Lead developer on …" stays a noun phrase`, () => {
  const r = runRule(RULE, past('Perform user research and usability testing for 3 apps', 'Lead developer on the payments team of 8'));
  assert.deepEqual(r.spans, ['Perform']);
});

test(`${RULE}: a word that is mostly a noun opens with its verb among bullets opening with verbs, -ing forms counted ("Aid in …")`, () => {
  const r = runRule(RULE, past('Aid in discharge planning for 30 patients', 'Providing intake services to 40 adults', 'Coordinating care with 6 clinics', 'Maintain a caseload of 10 clients', 'Conduct 5 assessments a week'));
  assert.deepEqual(r.spans, ['Aid', 'Maintain', 'Conduct']);
});

test(`${RULE}: a current role's past-tense openers get one hint, on the first of them (not one per bullet); an ended role's present-tense openers each get theirs`, () => {
  const r = runRule(RULE, current('Led the migration of 40 services', 'Built the billing API for 40 teams', 'Wrote the style guide for 30 engineers', NOW));
  assert.deepEqual(r.spans, ['Led']);
  assert.equal(r.findings[0].severity, 'hint');
  assert.deepEqual(runRule(RULE, past('Lead the hiring of 5 engineers', 'Build the billing API for 40 teams')).spans, ['Lead', 'Build']);
});

test(`${RULE}: a current role told all in the past ("Built …", "Hired …") is finished work, fairly so: no hint; one bullet in the present makes the past one a slip of tense`, () => {
  assert.deepEqual(runRule(RULE, current('Built the billing API for 40 teams', 'Hired 6 engineers in 2024')).spans, []);
  assert.deepEqual(runRule(RULE, current('Built the billing API for 40 teams', NOW)).spans, ['Built']);
});

test(`${RULE}: a word before a capitalised role's word is a job's title, no verb ("…; Project Engineer, Rio Tinto Expansion Projects"); before a lower-case one it is still read as a verb`, () => {
  assert.deepEqual(runRule(RULE, past('Electrical Engineer, Robe Valley Mine; Project Engineer, Rio Tinto Expansion Projects')).spans, []);
  assert.deepEqual(runRule(RULE, past('Managed the site; Project budgets for 3 sites to the board')).spans, ['Project']);
  assert.deepEqual(runRule(RULE, past('Lead developers on the payments team of 8')).spans, ['Lead']);
});

test(`${RULE}: a noun-or-verb opening, then an adjective and an activity or a plural, is the verb ("Lead technical vision & strategy"); an adjective and a role's word still name a post`, () => {
  const r = runRule(RULE, past('Lead technical vision & strategy for 3 product lines', 'Build financial models for 12 clients', 'Lead technical writer for 3 product lines'));
  assert.deepEqual(r.spans, ['Lead', 'Build']);
  assert.equal(r.findings[0].span.start, r.text.indexOf('Lead technical vision'));
});

test('tense: one list of bullets under a current title\'s line and an ended one below it ("Lead Product Designer | 2025-Present" / "Senior Experience Designer | July 2021-July 2025") is told of the role that goes on', () => {
  const text = 'Ana Roe\nana@example.com\n\nEXPERIENCE\n\nAmdocs Studios\nLead Product Designer | 2025-Present\nSenior Experience Designer | July 2021-July 2025\n\n- Translate ambiguous business needs into product direction for 12 teams.\n- Build code-aware prototypes with React for 5 clients.\n\nAmerican Airlines\nSenior Product Designer | December 2019-July 2021\n\n- Lead the design of 3 booking flows.\n';
  const r = lint(text, 'resume.txt', { today: { year: 2026, month: 11, day: 22 } })!;
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'tense').map((f) => text.slice(f.span.start, f.span.end)), ['Lead']);
});

test(`${RULE}: an ended role told all in -ing forms and nouns is a list of duties in one style; an -ing opener beside a verb of another form reads as ongoing`, () => {
  const duties = past('ensuring bill of materials are accurate and up to date', 'keeping the workplace in order and clean', 'daily reporting to the management');
  assert.deepEqual(runRule(RULE, duties).findings.map((f) => f.message), []);
  const mixed = runRule(RULE, past('Managing a team of 6 engineers', 'Developed automation tools for 3 deployments'));
  assert.deepEqual(mixed.findings.map((f) => f.message.split(' ')[0]), ['"Managing"']);
});
