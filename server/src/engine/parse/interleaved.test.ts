import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from './text';
import type { Resume } from '../model';

const section = (r: Resume, kind: string) => r.sections.find((s) => s.kind === kind);
const roles = (r: Resume) =>
  (section(r, 'experience')?.entries ?? []).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year ?? (e.dates?.current ? 'now' : undefined), e.bullets.length]);

// A two-column page copied as a stream (pdftotext's default order): the sidebar's heading comes
// straight after the main column's, and its items sit between the roles' lines.
const STREAM = [
  'Maya Lindqvist',
  'maya.lindqvist@example.com',
  '',
  'WORK EXPERIENCE',
  '',
  'SKILLS',
  '',
  'Operations Manager',
  '',
  'Budgeting',
  '',
  'Vendor Negotiation',
  '',
  'Northwind Bakeries',
  '03/2020 - Present',
  '',
  'Lean Manufacturing',
  '',
  'Cut packaging waste by 18% by moving two lines to shrink film.',
  'Hired and trained a night shift of 12 operators.',
  '',
  'Forecasting',
  '',
  'LANGUAGES',
  '',
  'Shift Supervisor',
  'Harbor Foods',
  '06/2016 - 02/2020',
  '',
  'Swedish',
  '',
  'Ran the packing floor for 40 staff across two shifts.',
  'Reduced overtime by 22% with a new rota.',
  '',
  'EDUCATION',
  '',
  'B.S. Industrial Engineering',
  'Lund University',
  '2012 - 2016',
  '',
].join('\n');

test('a sidebar read into the roles: each paragraph goes back under the section it belongs to', () => {
  const r = parseText(STREAM);
  assert.deepEqual(roles(r), [
    ['Operations Manager', 'Northwind Bakeries', 2020, 'now', 2],
    ['Shift Supervisor', 'Harbor Foods', 2016, 2020, 2],
  ]);
  // The sidebar's items are its own, not bullets or headers of the roles.
  const skills = r.skills.map((s) => s.value);
  for (const s of ['Budgeting', 'Vendor Negotiation', 'Lean Manufacturing', 'Forecasting']) assert.ok(skills.includes(s), `${s} in ${JSON.stringify(skills)}`);
  assert.equal(section(r, 'education')?.entries.length, 1);
  // Every block still points into the document: the order changed, the offsets did not.
  for (const e of section(r, 'experience')!.entries) for (const b of e.bullets) assert.equal(STREAM.slice(b.span.start, b.span.end), b.text);
});

test('a single column with its sidebar sections after the roles is left as it is', () => {
  // A contact heading over nothing, then the degree: not two columns, and the references' sentences
  // after the skills are no part of the degree.
  const text = [
    'Maya Lindqvist',
    '',
    'CONTACT',
    '',
    'EDUCATION',
    'Lund University',
    'B.S. Industrial Engineering',
    '2012 - 2016',
    '',
    'Statistics',
    '',
    'SKILLS',
    'Budgeting',
    'Forecasting',
    '',
    'LANGUAGES',
    'Swedish',
    '',
    'REFERENCES',
    'Maya ran the best packing floor I have seen in twenty years of work.',
    '— Jonas Berg, Plant Director',
    '',
  ].join('\n');
  const r = parseText(text);
  assert.equal(section(r, 'education')?.entries.length, 1);
  assert.deepEqual(r.sections.map((s) => s.kind), ['contact', 'education', 'skills', 'languages', 'references']);
  const education = section(r, 'education')!;
  assert.ok(education.entries[0].bullets.every((b) => !/packing floor|Jonas/.test(b.text)), JSON.stringify(education.entries[0].bullets.map((b) => b.text)));
});

test('a page\'s sidebar between the two halves of the main column, with no blank lines (pdf.js): the later roles go back to the roles', () => {
  const text = [
    'Maya Lindqvist',
    'Experience',
    'Northwind Bakeries · Malmö',
    'Operations Manager',
    'March 2020 – Present',
    '▸ Cut packaging waste by 18% by moving two lines to shrink film.',
    '▸ Hired and trained a night shift of 12 operators.',
    'Contact',
    'maya.lindqvist@example.com',
    'Areas of Expertise',
    'Lean manufacturing',
    'Health scoring & churn risk',
    'Shift planning & rotas',
    'Languages',
    'Swedish – native',
    'English – fluent',
    '',
    '▸ Ran the weekly safety walk with the plant engineer.',
    'Harbor Foods · Lund',
    'Shift Supervisor',
    'June 2016 – February 2020',
    '▸ Ran the packing floor for 40 staff across two shifts.',
    '▸ Reduced overtime by 22% with a new rota.',
    'Education',
    'B.S. Industrial Engineering',
    'Lund University',
    '2012 – 2016',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r), [
    ['Operations Manager', 'Northwind Bakeries', 2020, 'now', 3],
    ['Shift Supervisor', 'Harbor Foods', 2016, 2020, 2],
  ]);
  // The sidebar's short items stay its own, even "Health scoring & churn risk" (lower-case words, no sentence).
  for (const e of section(r, 'experience')!.entries) for (const b of e.bullets) assert.ok(!/churn|Lean|Swedish/.test(b.text), b.text);
  assert.equal(section(r, 'education')?.entries.length, 1);
});

test('interleaved: the last role\'s bullets under a sidebar heading that comes after its dates are the role\'s, once the columns are known to interleave', () => {
  const text = [
    'Rohan Desai',
    'rohan.desai@example.com',
    '',
    'PROFESSIONAL EXPERIENCE',
    'Jul 2021 – Present',
    '',
    'Senior Design Engineer',
    '',
    'SOFTWARE',
    '',
    '➢ Led the design of welded assemblies for 3 tractor cabins in Creo.',
    '',
    'PTC Creo',
    '',
    '➢ Cut the cabin frame from 46 to 31 parts, saving INR 1,150 per unit.',
    'Jun 2016 – Jul 2018',
    '',
    'Graduate Engineer Trainee',
    '',
    '➢ Designed 40 fixtures for CNC machining.',
    '',
    'LANGUAGES',
    '',
    '➢ Reduced setup time on VMC fixtures by 25% with quick-change locators.',
    '➢ Kept the maintenance records of 60 jigs.',
    '',
    'English, Hindi, Marathi',
    '',
    'EDUCATION',
    'B.E. Mechanical Engineering, Pune University, 2016',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r).map((x) => [x[0], x[4]]), [
    ['Senior Design Engineer', 2],
    ['Graduate Engineer Trainee', 3],
  ]);
  assert.equal(section(r, 'languages')?.entries.flatMap((e) => e.bullets).length ?? 0, 0);
  // A sidebar heading after the roles with items of its own stays a section of its own.
  const after = parseText(text.replace('➢ Reduced setup time on VMC fixtures by 25% with quick-change locators.\n➢ Kept the maintenance records of 60 jigs.\n', 'Marathi (native)\n'));
  assert.equal(roles(after)[1][4], 1);
});

test('interleaved: headings stacked in a row before all their content (an HTML grid copied by pdf.js) each take back their own blocks', () => {
  const text = [
    'Tomasz Nowak',
    'tomasz.nowak@example.com',
    'WORK HISTORY',
    'EDUCATION',
    'CERTIFICATIONS',
    'CORE SKILLS',
    '› Carrier Procurement › Dock Scheduling › LTL / FTL',
    '› Freight Claims › Inventory Control › Customer Updates',
    'Mar 2021 –',
    'Present',
    'Logistics Coordinator',
    'Midwest Freight Solutions, Joliet, IL',
    'Coordinated 60 outbound truckloads a day for 14 accounts.',
    '2016 –',
    '2019',
    'Shipping Clerk',
    'Kessler Auto Parts, Naperville, IL',
    'Checked 300 packing lists a week against purchase orders.',
    '2016 –',
    '2018',
    'A.A.S. Supply Chain Management',
    'Joliet Junior College, Joliet, IL',
    '2017 Certified Logistics Associate (CLA)',
    'Manufacturing Skill Standards Council',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r).map((x) => [x[0], x[1], x[4]]), [
    ['Logistics Coordinator', 'Midwest Freight Solutions', 1],
    ['Shipping Clerk', 'Kessler Auto Parts', 1],
  ]);
  assert.deepEqual(section(r, 'education')?.entries.map((e) => [e.title?.value, e.organisation?.value]), [['A.A.S. Supply Chain Management', 'Joliet Junior College']]);
  assert.equal(section(r, 'certifications')?.entries[0]?.title?.value, 'Certified Logistics Associate (CLA)');
  assert.equal(section(r, 'skills')?.entries.length ?? 0, 0);
  // Every block is still read, only in another order.
  assert.equal(r.sections.reduce((n, s) => n + s.entries.length, 0), 4);
});

test('interleaved: a place under its icon ("⚲ Rotterdam", "⚲ Zoeterwoude", a town no list knows) is a role\'s line, not the sidebar\'s', () => {
  const text = ['Sanne Berg', 'sanne@gmail.com', '', 'EXPERIENCE', '', 'OBJECTIVE', '', 'Supply Chain Analyst', '⌂ Coolblue', '', '◷ Feb 2022 – Present', '', '⚲ Rotterdam', '', '• Built the weekly inbound forecast for 2 distribution centres.', 'Graduate Intern', '⌂ Heineken Netherlands', '', '◷ Feb 2019 – Jul 2019', '', '⚲ Zoeterwoude', '', '• Wrote a thesis on promotion uplift forecasting for 120 SKUs.', '', 'Analyst who likes messy supply data and clear decisions.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(section(r, 'experience')?.entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Supply Chain Analyst', 'Coolblue', 'Rotterdam'],
    ['Graduate Intern', 'Heineken Netherlands', 'Zoeterwoude'],
  ]);
});
