import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRule, TODAY } from '../../../../test/util/rule-harness';
import { resumeOf, type RoleSpec, type SectionSpec } from '../../../../test/util/model-builder';
import { runRules } from '../lint';
import { hasMetric } from '../text/metrics';
import { lint } from '../index';

const RULE = 'missing-metric';
/** One role of bullets; minShare off so only per-bullet / per-role findings show. */
const role = (...bullets: string[]): RoleSpec[] => [{ dates: ['2019-01', '2021-06'], bullets }];
const perBulletOnly = { minShare: 0, perRole: false };

// Bullets that carry a measurable result: no finding.
const withMetric: string[] = [
  'Grew monthly revenue 20% in two quarters',
  'Saved $4 million a year in cloud costs',
  'Cut hosting spend by €120K after the move',
  'Scaled the ingest pipeline 10x during the launch',
  'Served 5K requests per second at peak load',
  'Reached 2M monthly active users within a year',
  'Onboarded 1K+ customers onto the new billing plan',
  'Closed a 1.2B funding round with the finance team',
  'Led a team of 5 engineers through the rewrite',
  'Managed a team of five engineers across two sites',
  'Cut build time from 3 days to 4 hours',
  'Shipped the redesign early by 2 weeks',
  'Reduced p95 latency to 300ms on the search path',
  'Doubled trial conversions with a new onboarding flow',
  'Supported 12 enterprise customers through renewals',
  'Hired 2,000 seasonal staff across the warehouses',
  'Over two million unique visitors a year',
  'Grew the community to millions of readers',
  'Supported 10-20 enterprise customers each quarter',
  'Cleared a six-month backlog of property tax refund claims',
  'Consistently ranked Top 10 in efficiency and accuracy',
  // A spelled count of what it counts past "and" between its modifiers, and a bound spelled out.
  'Co-lead three weekly harm-reduction and DBT groups for adults',
  'Maintain a caseload of up to four individual psychotherapy, providing CBT',
  // A size spelled out before what it sizes.
  'Led a ten-member team of student writers in publishing the paper',
  'Ran a forty-bed ward on night shifts for the trust',
  'Improved the performance of my ten-man police unit by instructing them on patrolling',
  // A template's slot left in, wholly in brackets, is no bullet of the person's (the placeholder rule reports it).
  '[First key responsibility or achievement in this role.]',
];
for (const b of withMetric) test(`${RULE} valid: ${b}`, () => assert.deepEqual(runRule(RULE, role(b), perBulletOnly).findings, []));

// Digits that are not results (versions, names, years): reported as missing a metric.
const noMetric: string[] = [
  'Migrated the public API to HTTP/2 and IPv6',
  'Moved object storage to S3 and compute to EC2',
  'Upgraded the whole codebase to Python 3',
  'Built Web3 wallet integrations on K8s clusters',
  'Prototyped 5G network slicing for 3D rendering',
  'Ported the desktop client to Windows 10',
  'Joined the platform team in 2019 as its first hire',
  'Rebuilt the reporting stack in 2021, 2022',
  'Improved the deployment process for the mobile apps',
  'Ran the 24/7 on-call rotation for payments',
  'Led the COVID-19 response planning for the clinic',
  'Sold to Fortune 500 clients across EMEA',
  'Upgraded the frontend to Angular 12 from AngularJS',
  'Taught grades 2–5 students in reading and science',
  'Coached Years 7-9 pupils for the debating league',
  'Wrote the two-year plan for the parks department',
  'Completed a four-year degree programme in accounting',
  'Worked with two of the senior partners on audits',
];
for (const b of noMetric)
  test(`${RULE} invalid: ${b}`, () => {
    const r = runRule(RULE, role(b), perBulletOnly);
    assert.equal(r.findings.length, 1);
    assert.equal(r.spans[0], b);
    assert.equal(r.findings[0].severity, 'info');
    assert.match(r.findings[0].message, /^No measurable result in this bullet; add the number that shows the outcome/);
  });

test(`${RULE}: short bullets and tool lists are not checked`, () => {
  assert.deepEqual(runRule(RULE, role('Led hiring', 'Tech stack: Go, Postgres, Kafka, Terraform', 'React, Apollo, Styled Components and GraphQL'), perBulletOnly).findings, []);
  // A sentence that names tools is still a bullet.
  assert.equal(runRule(RULE, role('Caching by Fastly and Cloudflare for the storefront'), perBulletOnly).findings.length, 1);
  // A long list of tools with a word or two in lower case among them is still a list; a duty that
  // opens on its verb and lists what it covered is not.
  assert.deepEqual(runRule(RULE, role('Google Ads API, Devise, Honey Badger, Stripe, AASM state machines, Simple Form, Simple Scheduler, VCR', '_Ruby, Rails, HTML, JavaScript, CSS, React, jQuery, IBM Watson Visual Recognition API_'), perBulletOnly).findings, []);
  assert.equal(runRule(RULE, role('Led Sales, Marketing, Finance, HR, Legal, Ops and IT teams'), perBulletOnly).findings.length, 1);
});

test(`${RULE}: a line of areas in lower case is not checked; a sentence or a list of duties done is`, () => {
  assert.deepEqual(runRule(RULE, role('vendor relations, menu costing and planning, food safety.', 'payroll, month-end close, audits'), perBulletOnly).findings, []);
  assert.equal(runRule(RULE, role('negotiated vendor contracts, menu costing, food safety.', 'build, test and release pipelines, mobile apps'), perBulletOnly).findings.length, 2);
});

test(`${RULE}: an honour named without a verb is not checked; work done for one is`, () => {
  assert.deepEqual(runRule(RULE, role('Okafor Prize for investigative reporting, with the newsroom staff', 'Harlow and Reyes Memorial scholarships', 'Member of the Sigma Tau Delta honor society'), perBulletOnly).findings, []);
  assert.equal(runRule(RULE, role('Led the Harlow Scholarships drive for the alumni office'), perBulletOnly).findings.length, 1);
});

test(`${RULE}: a list of clients after its label, and a dated note on the employer, are not checked`, () => {
  assert.deepEqual(runRule(RULE, role('Clients/brands include: Acme Foods, the Dunmore Trust, Orbis Bank and Pellworth', 'As of June 2015, Brightline merged with Halvard to form Halvard Digital'), perBulletOnly).findings, []);
  assert.equal(runRule(RULE, role('Merged the Brightline and Halvard design teams as of June 2015'), perBulletOnly).findings.length, 1);
});

test(`${RULE}: a "Key Result:" claims a result and owes its number; a label of grades ("Results: Distinction") owes none`, () => {
  assert.equal(runRule(RULE, role('**Key Result:** Contributed to achieving significant cost reductions and efficiency improvements'), perBulletOnly).findings.length, 1);
  assert.deepEqual(runRule(RULE, role('Key Result: Cut procurement costs 20% in 2 quarters', 'Results: Distinction in the final examinations'), perBulletOnly).findings, []);
});

test(`${RULE}: education entries are not checked by default, and can be`, () => {
  const spec: SectionSpec[] = [{ title: 'Education', kind: 'education', roles: [{ dates: ['2010', '2014'], bullets: ['Wrote a thesis on distributed consensus protocols'] }] }];
  assert.deepEqual(runRule(RULE, spec, perBulletOnly).findings, []);
  assert.equal(runRule(RULE, spec, { ...perBulletOnly, entryKinds: ['education'] }).findings.length, 1);
});

test(`${RULE}: a role with no metric bullet is reported on its title`, () => {
  const r = runRule(RULE, [{ title: 'Platform Engineer', dates: ['2019-01', '2021-06'], bullets: ['Improved the deployment process for mobile', 'Rewrote the billing service in Go'] }], { minShare: 0, perBullet: false });
  assert.equal(r.findings.length, 1);
  assert.equal(r.spans[0], 'Platform Engineer');
  assert.equal(r.findings[0].message, 'None of the 2 bullets in "Platform Engineer" shows a measurable result; give at least one a number (users, %, $, time saved or team size) so a recruiter sees what changed.');
});

test(`${RULE}: a role with one metric bullet is fine`, () => {
  const r = runRule(RULE, role('Improved the deployment process for mobile', 'Cut release time from 2 days to 3 hours'), { minShare: 0, perBullet: false });
  assert.deepEqual(r.findings, []);
});

test(`${RULE}: the document share is reported once with the numbers`, () => {
  const spec: RoleSpec[] = [
    { dates: ['2021-01', 'present'], bullets: ['Grew revenue 20% in a year', 'Rewrote the billing service in Go', 'Improved the mobile deployment process', 'Mentored the junior engineers on the team'] },
    { dates: ['2018-01', '2020-12'], bullets: ['Served 5K requests per second', 'Migrated the monolith to Python 3', 'Built the internal admin dashboard', 'Owned the on-call rotation for payments', 'Designed the partner onboarding flow'] },
  ];
  const r = runRule(RULE, spec, { perBullet: false, perRole: false });
  assert.equal(r.findings.length, 1);
  assert.equal(r.spans[0], '## Experience');
  assert.equal(r.findings[0].message, '2 of 9 bullets have a measurable result (22%); aim for at least 40%: add numbers (users, %, $, time saved or team size) to your strongest bullets.');
  // At the target: quiet.
  assert.deepEqual(runRule(RULE, spec, { perBullet: false, perRole: false, minShare: 0.2 }).findings, []);
  // Too few bullets to judge: quiet.
  assert.deepEqual(runRule(RULE, spec, { perBullet: false, perRole: false, minBullets: 10 }).findings, []);
});

test('hasMetric ignores digits in code and links', () => {
  assert.equal(hasMetric('Wrote the `retry(3)` helper for the [v2 API](https://x.io/v2/100)'), false);
  assert.equal(hasMetric('Answered 100+ phone inquiries per day'), true);
});

// Telephone numbers are names; ranks are results; word counts as a reader counts them.
const metricTable: [string, boolean][] = [
  ['Answered calls on our 1-888 line for the support team', false],
  ['Staffed the 1-800-FLOWERS order desk over the holidays', false],
  ['Set up the (555) 123-4567 hotline for the clinic staff', false],
  ['Ran the +1 415 555 0100 help line for enterprise clients', false],
  ['Routed escalations via 415-555-0100 for the night shift', false],
  ['Won the 2nd prize in the final evaluation', true],
  ['Placed 3rd out of 40 teams at the national hackathon', true],
  ['Ranked 5th nationally in the ACM programming contest', true],
  ['Finished 1st in class for the capstone project', true],
  ['Presented at the 5th annual DevOps summit in Berlin', false],
  ['Grew the 1-800 line volume by 30% with better routing', true],
  // A time that changed, and "zero" of something bad (probe résumés, labelled blind).
  ['Cut average handle time from 9:40 to 7:55 without hurting CSAT', true],
  ['Worked 9:00 to 5:00 shifts at the front desk', false],
  ['Balanced the cash drawer with zero variances in 2018', true],
  ['Delivered the project with zero lost-time injuries', true],
  ['Designed a zero-trust network for the branch offices', false],
  ['Introduced zero-based budgeting across the division', false],
  // A standard named by its body's initials and number is no result, whatever noun follows.
  ['Checked the lateral system against AS 1170.4 earthquake actions', false],
  ['Wired 40 switchboards to BS 7671 for the housing trust', true],
  // Numbers that name forms, plans and places, not quantities; shares and modified counts are results.
  ['Handled 1099 preparation and vendor W-9 collection', false],
  ['Processed W-2 forms and 401(k) enrollments for staff', false],
  ['Ran 360 feedback reviews for every people manager', false],
  ['Own the customer 360 tables used by the marketing team', false],
  ['Hauled flatbed freight across the lower 48 and Canada', false],
  ['Responded to 911 calls and assessed patients on scene', false],
  ['Answered 911 calls for a county of 200,000 residents', true],
  ['Managed 360 employees across four distribution sites', true],
  ['Prepared 1,040 individual returns during the season', true],
  ['Helped write two CHI late-breaking-work papers', true],
  ['Built a repost process that now supplies about a third of our content', true],
  ['Cut the review backlog in half within one quarter', true],
  ['Cut weekly food waste by roughly a third after introducing a prep list', true],
  ['Reduced call-backs by half over the winter season', true],
  ['Met the produce truck by a quarter past the hour on delivery days', false],
  ['Worked with two of us on the quarterly close', false],
];
for (const [text, expected] of metricTable) test(`hasMetric ${expected ? 'counts' : 'ignores'}: ${text}`, () => assert.equal(hasMetric(text), expected));

test(`${RULE}: short lines are counted in a reader's words, and a verb-led line still owes a number`, () => {
  // Two words as a reader counts them: "Sub-sub-achievement i;".
  assert.deepEqual(runRule(RULE, role('Sub-sub-achievement i;', 'Job title year--year'), perBulletOnly).findings, []);
  // Three words but it claims a result: "Improved dock-to-stock time".
  assert.equal(runRule(RULE, role('Improved dock-to-stock time'), perBulletOnly).findings.length, 1);
});

test(`${RULE}: description paragraphs are not bullets that owe a number`, () => {
  const { text, resume } = resumeOf(role('Improved the deployment process for mobile apps'));
  resume.sections[0].entries[0].bullets[0].paragraph = true;
  assert.deepEqual(runRules(resume, text, undefined, TODAY).filter((f) => f.ruleId === RULE && (f.data as { scope?: string }).scope === 'bullet'), []);
});

test(`${RULE}: an honour received is its own result, and a Europass 'Business or sector:' line is a fact of the job`, () => {
  const quiet = ["Recieved the Department's Medal of Merit for the Harbor Point response", 'Named Employee of the Quarter by the hotel group', 'Business or sector: Accommodation and food service activities'];
  assert.deepEqual(runRule(RULE, role(...quiet), perBulletOnly).findings, []);
  // Received work is still work: it owes a number.
  assert.equal(runRule(RULE, role('Received and checked incoming freight for the grocery accounts'), perBulletOnly).findings.length, 1);
});

test('numbers that name a model, a year, a school range or a plan\'s length are no result; counts beside them still are', () => {
  for (const t of [
    'Troubleshooting of Siemens S7-1500 PLCs, PROFINET networks and safety circuits',
    'Support emergency management with damage maps during the 2020 wildfires and the 2024 ice storm',
    'Oversee assessment, tracking and reporting to parents for Years 1–6',
    'Taught grades 9–12 chemistry and physics',
    'Partner with the CEO on pricing, capital allocation and the 5-year plan',
  ])
    assert.equal(hasMetric(t), false, t);
  for (const t of ['Served 10-20 users a day', 'Cut the cycle from 3–5 days', 'Hired 2000 employees in two years', 'Saved 3 hours a week on a 5-year plan review', 'Trained 40 staff on the A320 fleet'])
    assert.equal(hasMetric(t), true, t);
});

test("a year cut to two digits after an apostrophe, or a number's possessive, is no result; a count beside them still is", () => {
  for (const t of [
    "Published findings in Proceedings of the ACM Web Conference 2024 (WWW'24).",
    'Taught the distributed systems course (Fall ’23, Spring ’24)',
    'Set the course for Acme Enterprise’s 8.0’s platform evolution from Python 2.7 to Python 3.7',
  ])
    assert.equal(hasMetric(t), false, t);
  for (const t of ["Presented to 300 attendees at PyCon '23", "Cut the 8.0 release's build time by 40%"]) assert.equal(hasMetric(t), true, t);
});

test('a sentence that says what the place is claims no result and owes no number; an achievement opening on "The" still does', () => {
  const r = runRule(RULE, role('The Communications Design Group (CDG) is a research group within SAP', 'In cosmology, there are many cases where it is useful to reconstruct functions', 'The team shipped the new checkout flow to every store'), perBulletOnly);
  assert.deepEqual(r.spans, ['The team shipped the new checkout flow to every store']);
});

test('a line that says what the employer is, or names a client with its web address, owes no number; "I was the …" still does', () => {
  const r = runRule(RULE, role('ABOUT: Huntress is a cyber-security platform that focuses on detecting hacks', 'TaskRabbit, a subsidiary of IKEA, is a two-sided gig work marketplace', 'Groovy Glasses Eyewear, http://groovyglasses.co.nz/', 'I was the unit\'s charge nurse on nights for the surgical ward'), perBulletOnly);
  assert.deepEqual(r.spans, ["I was the unit's charge nurse on nights for the surgical ward"]);
});

test('a line naming what was studied, a speciality or a language\'s level owes no number; a result labelled so still does', () => {
  const r = runRule(RULE, role('Modules: epidemiology, statistics for public health, health economics', 'MSc dissertation: From the patient perspective, which values matter most', 'Key medical specialties: cardiology, diabetes, endocrinology and oncology', 'English: Full professional proficiency in speech and writing', 'Key Contribution: delivered the new teaching material for the course'), perBulletOnly);
  assert.deepEqual(r.spans, ['Key Contribution: delivered the new teaching material for the course']);
});

test(`${RULE}: a thesis or an advisor named under a role, its label's colon lost in a PDF's copy, owes no number; "Thesis Work- …" describes work`, () => {
  const r = runRule(RULE, role('Thesis Kinetic study of relativistic jet and plasma interaction', 'Advisor Prof. Julien Fuchs and Prof. Andrea Ciardi at LULI', 'Thesis Work- Whole genome analysis of multiple primate genomes from raw reads'), perBulletOnly);
  assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.start + 11)), ['Thesis Work']);
});

test(`${RULE}: "Second Languages : French, Mandarin" is a label line; "Two-time recipient of the … Travel Award" an honour`, () => {
  const r = runRule(RULE, role('Second Languages : French, Mandarin, Pig Latin', 'Two-time recipient of UGPN Travel Award', 'Ran the front desk of a busy salon'), perBulletOnly);
  assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.start + 7)), ['Ran the']);
});

test(`${RULE}: "an upgrade from Word for DOS 5.1 to Windows 95" counts no windows: a word joining two phrases is no adjective of a counted noun`, () => {
  const r = runRule(RULE, role('Led the company upgrade from Microsoft Word for DOS 5.1 to Windows 95 and Office 95', 'Grew the list from 5 to 40 new customers'), perBulletOnly);
  assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.start + 8)), ['Led the ']);
});

test(`${RULE}: a line that records rather than claims owes no number: a reference with its year, a course by its code, a post set after its dates and a tab`, () => {
  const r = runRule(
    RULE,
    role(
      'Bryant, T., Raphael, D., and Rioux, M. (2019) Staying Alive: Critical Perspectives on Health',
      'MED6288 Policy and Decision-Making (Fall 2016, 2017, 2018)',
      'Aug 2018 – Apr 2021\t\tVoting Member, Senate Committee on Research, Memorial University',
      'Reviewed the admissions process for the graduate programme',
      'CS 2019 cohort mentoring for new teaching assistants',
    ),
    perBulletOnly,
  );
  assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.start + 8)), ['Reviewed', 'CS 2019 ']);
});

test('missing-metric: a role with no header line (bullets straight under the heading) gets its finding on its first bullet, never on an empty place', () => {
  const text = ['# Jane Doe', 'jane@example.com', '', '## Experience', '', '- Managed the front office and the filing for the practice', '- Answered the phones for the practice every day', '- Ordered the supplies for the clinic each week'].join('\n');
  const r = lint(text, 'resume.md', { today: { year: 2026, month: 12, day: 6 } })!;
  const role = r.findings.filter((f) => f.ruleId === 'missing-metric' && f.data?.scope === 'role');
  assert.equal(role.length, 1);
  assert.equal(text.slice(role[0].span.start, role[0].span.end), 'Managed the front office and the filing for the practice');
});

test(`${RULE}: a line of capitalised names under an academic's role (its unit, its supervisor, an event) claims nothing; a duty in Title Case still owes a number`, () => {
  const spans = (...bullets: string[]) => runRule(RULE, role(...bullets), perBulletOnly).findings.map((f) => f.span);
  assert.deepEqual(spans('Department of Agricultural and Consumer Economics', 'Supervisor: Matthew G. Interis', 'iGEM Competition (Grand Jamboree) Global'), []);
  const duties = ['Managed Key Accounts For Large Clients', 'Scope and Manage Vendor Contracts For Clients', 'Commissioning TrueBeam Linear Accelerators'];
  const r = runRule(RULE, role(...duties), perBulletOnly);
  assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.end)), duties);
});

test(`${RULE}: lines under a role's section that name no role (no title, employer or dates) owe no number; a role's bullets do`, () => {
  const text = ['# Jo Roe', '', '## Experience', '', '- Mentoring junior nursing staff across the surgical ward', '- Open to relocation within the UK and abroad for the right post', '', '### Staff Nurse, St Mary\'s Hospital', 'Jan 2019 – Mar 2022', '', '- Cared for patients on a busy surgical ward every night shift', ''].join('\n');
  const spans = lint(text, 'resume.md')!.findings.filter((f) => f.ruleId === RULE && f.data?.scope === 'bullet').map((f) => text.slice(f.span.start, f.span.end));
  assert.deepEqual(spans, ['Cared for patients on a busy surgical ward every night shift']);
});

test(`${RULE}: a line naming who oversaw the work ("Supervisor: Prof. Jane Citizen", "References: Eng. Eduardo Tano") claims nothing`, () => {
  assert.deepEqual(runRule(RULE, role('Supervisors: Prof. Jane Citizen and Dr Ann Yone', 'References: Eng. Eduardo Tano (tano@example.com).'), perBulletOnly).findings, []);
  // (A duty that mentions a supervisor still owes its number.)
  assert.equal(runRule(RULE, role('Reported to the supervisor on weekly progress of the ward'), perBulletOnly).findings.length, 1);
});

test(`${RULE}: a text résumé's description paragraph (sentences wrapped over lines, no item of the role marked) owes no number; unmarked one-line items still do`, () => {
  const text = [
    'Brandon Phillips',
    'brandon@example.com',
    '',
    'Professional Experience',
    '',
    ' Software Engineer                      Rackspace Inc           2012-2013',
    ' -----------------------------------------------------------------------------',
    ' Implement a small and secure open source on-server agent for the Cloud',
    ' Monitoring product. Create infrastructure to ship this agent to customer Linux',
    ' and Windows machines.',
    '',
    ' Programmer                             Acme Labs               2009-2011',
    ' -----------------------------------------------------------------------------',
    ' Developed the nightly build system for the whole company',
    ' Maintained the release scripts for the product line',
    '',
  ].join('\n');
  const r = lint(text, 'resume.txt', { today: TODAY })!;
  const said = r.findings.filter((f) => f.ruleId === RULE && f.message.includes('in this bullet')).map((f) => text.slice(f.span.start, f.span.start + 20));
  assert.deepEqual(said, ['Developed the nightl', 'Maintained the relea']);
});
