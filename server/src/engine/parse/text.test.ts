import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from './text';
import { DEGREE_WORDS } from './header-fields';
import { cleanInline } from './inline-clean';
import { allEntries } from '../model';
import { repoRoot } from '../../../../test/util/paths';
import { lint } from '../index';
import { parse } from './index';
import type { Entry, Resume } from '../model';

function entries(r: Resume): Entry[] {
  return r.sections.flatMap((s) => s.entries);
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

test('text: headings in Title Case, ALL CAPS, padded with dashes or underlined map to their kind', () => {
  const text = [
    'Jane Doe',
    'jane@example.com',
    '',
    'Professional Experience',
    'Acme, Engineer, 2019 - 2020',
    '',
    'WORK HISTORY',
    'Beta, Engineer, 2017 - 2018',
    '',
    'Education ----------------------------------',
    'State University, BSc Physics, 2013 - 2017',
    '',
    'Volunteering',
    '============',
    'Food Bank, Driver, 2015 - 2016',
    '',
    'SIDE PROJECTS',
    'Widget, Maker, 2014',
    '',
    'Technical Skills:',
    'Go, Rust',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(
    r.sections.map((s) => [s.title, s.kind]),
    [
      ['Professional Experience', 'experience'],
      ['WORK HISTORY', 'experience'],
      ['Education', 'education'],
      ['Volunteering', 'volunteer'],
      ['SIDE PROJECTS', 'projects'],
      ['Technical Skills', 'skills'],
    ],
  );
  assert.deepEqual(
    entries(r).map((e) => e.kind),
    ['work', 'work', 'education', 'volunteer', 'project'],
  );
  // headingSpan is the heading line; the padded one includes its dashes.
  assert.equal(slice(text, r.sections[0].headingSpan), 'Professional Experience');
  assert.equal(slice(text, r.sections[2].headingSpan), 'Education ----------------------------------');
  assert.deepEqual(r.skills.map((s) => s.value), ['Go', 'Rust']);
});

test('text: an unknown ALL CAPS line is a heading only in the style of the known ones', () => {
  const padded = 'Jane\n\nEXPERIENCE ------\nAcme, Engineer, 2019 - 2020\n\nGOVERNANCE ------\nBoard, Member, 2018\n\nINTERESTS ------\nHIKING\nLong walks in the hills.\n';
  const r = parseText(padded);
  assert.deepEqual(r.sections.map((s) => s.title), ['EXPERIENCE', 'GOVERNANCE', 'INTERESTS']);
  // HIKING is not padded like the headings, so it is an entry of INTERESTS.
  assert.equal(r.sections[2].entries[0].title?.value, 'HIKING');
});

test('text: company, title, location and dates on separate lines in any order', () => {
  const text = 'Ann Lee\n\nEXPERIENCE\n\nMar. 2023 - Present\nGlobex Corporation\nAustin, TX\nSenior Software Engineer\n• Cut build times by 40%\n';
  const e = entries(parseText(text))[0];
  assert.equal(e.title?.value, 'Senior Software Engineer');
  assert.equal(e.organisation?.value, 'Globex Corporation');
  assert.equal(e.location?.value, 'Austin, TX');
  assert.equal(e.dates?.start?.month, 3);
  assert.equal(e.dates?.current, true);
  assert.equal(slice(text, e.headerSpan), 'Mar. 2023 - Present\nGlobex Corporation\nAustin, TX\nSenior Software Engineer');
  assert.equal(e.bullets.length, 1);
});

test('text: header lines separated by blank lines stay one header; the next dated title starts a new entry', () => {
  const text = 'EXPERIENCE\n\nAcme Corp\n\nMar 2020 - Present\n\nSenior Engineer\n\nAustin, TX\n\n• Shipped the v2 API\n\nBeta Inc\n\nEngineer\n\n2017 - 2020\n\n• Built the billing service\n';
  const es = entries(parseText(text));
  assert.deepEqual(
    es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length]),
    [
      ['Senior Engineer', 'Acme Corp', 'Austin, TX', 2020, 1],
      ['Engineer', 'Beta Inc', undefined, 2017, 1],
    ],
  );
  const noBullets = entries(parseText('EXPERIENCE\nAcme Corp, Engineer, 2019 - 2020\n\nBeta Inc, Analyst\n2017 - 2019\n'));
  assert.deepEqual(noBullets.map((e) => e.organisation?.value), ['Acme Corp', 'Beta Inc']);
});

test('text: several roles under one company line that is not repeated', () => {
  const text = [
    'EXPERIENCE',
    'Initech LLC',
    'Senior Engineer    Jan 2019 – Present',
    '• Led the payments team of 6',
    'Engineer    Mar 2016 – Dec 2018',
    '• Built the ledger service',
    '',
    'Umbrella Corp',
    'Analyst    2014 – 2016',
    '- Wrote reports',
  ].join('\n');
  const es = entries(parseText(text));
  assert.deepEqual(
    es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]),
    [
      ['Senior Engineer', 'Initech LLC', 2019],
      ['Engineer', 'Initech LLC', 2016],
      ['Analyst', 'Umbrella Corp', 2014],
    ],
  );
});

test('text: bullets with -, •, *, ◦, ▪ or none; the marker is not part of the text', () => {
  const text = 'EXPERIENCE\nAcme, Engineer, 2019 - 2020\n- Dash bullet here\n• Dot bullet here\n* Star bullet here\n◦ Circle bullet here\n▪ Square bullet here.\nShipped a bare bullet with no marker.\n';
  const e = entries(parseText(text))[0];
  assert.deepEqual(
    e.bullets.map((b) => b.text),
    ['Dash bullet here', 'Dot bullet here', 'Star bullet here', 'Circle bullet here', 'Square bullet here.', 'Shipped a bare bullet with no marker.'],
  );
  for (const b of e.bullets) assert.equal(b.text, slice(text, b.span));
});

test('text: wrapped lines (starting with a space or in lower case) belong to the bullet above', () => {
  const text = [
    'EXPERIENCE',
    'Acme, Engineer, 2019 - 2020',
    '• Cut p99 latency from 900 ms to 240 ms by moving pricing to a cache',
    '  shared by 14 services',
    '• Led the migration of',
    'Customer Billing to the new platform',
    'Responsible for the monitoring stack and',
    'the on-call rotation for 40 services',
  ].join('\n');
  const e = entries(parseText(text))[0];
  assert.equal(e.bullets.length, 3);
  assert.equal(e.bullets[0].text, 'Cut p99 latency from 900 ms to 240 ms by moving pricing to a cache\n  shared by 14 services');
  assert.equal(e.bullets[1].text, 'Led the migration of\nCustomer Billing to the new platform');
  assert.equal(e.bullets[2].text, 'Responsible for the monitoring stack and\nthe on-call rotation for 40 services');
  for (const b of e.bullets) assert.equal(b.text, slice(text, b.span));
});

test('text: location, dates and the first sentence run together on one line', () => {
  const text = 'EXPERIENCE\nBrightline Analytics\nAustin, TX March 2014 – Jun 2016 Built the first streaming pipeline for 40M events\n• Hired 3 engineers\n';
  const e = entries(parseText(text))[0];
  assert.equal(e.organisation?.value, 'Brightline Analytics');
  assert.equal(e.location?.value, 'Austin, TX');
  assert.equal(slice(text, e.dates!.span), 'March 2014 – Jun 2016');
  assert.equal(e.dates?.start?.style.month, 'long');
  assert.equal(e.dates?.end?.style.month, 'short');
  assert.deepEqual(
    e.bullets.map((b) => b.text),
    ['Built the first streaming pipeline for 40M events', 'Hired 3 engineers'],
  );
});

test('text: a run-together first bullet may keep its glyph, and its wrapped line joins it', () => {
  const text = 'EXPERIENCE\nScience Teacher\nLincoln Middle School Portland, OR Aug 2012 – Jun 2021 • Taught physical science to 150 students\nacross 6 sections\n• Mentored 7 student teachers\n';
  const e = entries(parseText(text))[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Science Teacher', 'Lincoln Middle School', 'Portland, OR']);
  assert.deepEqual(e.bullets.map((b) => b.text), ['Taught physical science to 150 students\nacross 6 sections', 'Mentored 7 student teachers']);
});

test('text: emphasis and escapes inside header text and bullets', () => {
  const text = 'EXPERIENCE\n**Senior Engineer**, Acme Inc (*June* 2015 – Present)\n- Managed a \\$4 million budget\n';
  const e = entries(parseText(text))[0];
  assert.equal(e.title?.value, 'Senior Engineer');
  assert.equal(e.dates?.start?.month, 6);
  assert.equal(e.dates?.start?.text, 'June 2015');
  // The span covers the date as written, markup inside it included.
  assert.equal(slice(text, e.dates!.start!.span), 'June* 2015');
  // Bullets keep their source text exactly (rules map offsets through it).
  assert.equal(e.bullets[0].text, 'Managed a \\$4 million budget');
});

test('text: the name is the first line; a contact line with | or • separators fills the contact', () => {
  const pipes = parseText('SARAH JOHNSON\nSoftware Developer | San Francisco, CA | sarah.j@email.com | (415) 555-0100 | linkedin.com/in/sarahj\n');
  assert.equal(pipes.contact.name?.value, 'SARAH JOHNSON');
  assert.equal(pipes.contact.email?.value, 'sarah.j@email.com');
  assert.equal(pipes.contact.phone?.value, '(415) 555-0100');
  assert.equal(pipes.contact.location?.value, 'San Francisco, CA');
  assert.deepEqual(pipes.contact.links.map((l) => l.value), ['linkedin.com/in/sarahj']);
  const text = 'Daniel Okafor\nLagos, Nigeria • daniel@example.com • +234 803 555 0199 • https://danielokafor.dev\n';
  const dots = parseText(text);
  assert.equal(dots.contact.location?.value, 'Lagos, Nigeria');
  assert.equal(slice(text, dots.contact.email!.span), 'daniel@example.com');
  assert.equal(dots.contact.phone?.value, '+234 803 555 0199');
  assert.deepEqual(dots.contact.links.map((l) => l.value), ['https://danielokafor.dev']);
});

test('text: a summary paragraph above the sections, or under a Summary heading', () => {
  const above = parseText('Jane Doe\njane@example.com\n\nBackend engineer with eight years of experience building payment\nsystems that handle millions of requests.\n\nEXPERIENCE\nAcme, Engineer, 2019 - 2020\n');
  assert.equal(above.summary?.value, 'Backend engineer with eight years of experience building payment systems that handle millions of requests.');
  const text = 'Jane Doe\n\nPROFILE\nData engineer who turns messy pipelines into reliable ones.\n\nEXPERIENCE\nAcme, Engineer, 2019 - 2020\n';
  const under = parseText(text);
  assert.equal(under.summary?.value, 'Data engineer who turns messy pipelines into reliable ones.');
  assert.equal(slice(text, under.summary!.span), 'Data engineer who turns messy pipelines into reliable ones.');
  assert.equal(under.sections[0].kind, 'summary');
  assert.equal(under.sections[0].entries.length, 0);
});

test('text: skills from a "Skills:" line and from a Skills section of "Label: a, b" lines', () => {
  const line = parseText('Jane\nSkills: Python, SQL; Docker\n');
  assert.deepEqual(line.skills.map((s) => s.value), ['Python', 'SQL', 'Docker']);
  const text = 'Jane\n\nSKILLS\nLanguages: Python, Java, Go\n- Cloud: AWS, GCP\n';
  const section = parseText(text);
  assert.deepEqual(section.skills.map((s) => s.value), ['Python', 'Java', 'Go', 'AWS', 'GCP']);
  for (const s of section.skills) assert.equal(slice(text, s.span), s.value);
});

test('text: one-line entries "Company, Title, Jan 2022 - Present, Menlo Park, CA" and "Title, Org (2013-09 — Present)"', () => {
  const text = 'EXPERIENCE\nMeta, Software Engineer, Jan 2022 - Present, Menlo Park, CA\n- Built a pipeline\n\nHead Code Ninja, Area 52 (2013-09 — Present)\n- Managed 5 people\n';
  const [a, b] = entries(parseText(text));
  assert.deepEqual([a.organisation?.value, a.title?.value, a.location?.value, a.dates?.current], ['Meta', 'Software Engineer', 'Menlo Park, CA', true]);
  assert.equal(slice(text, a.dates!.span), 'Jan 2022 - Present');
  assert.deepEqual([b.title?.value, b.organisation?.value, b.dates?.start?.precision, b.dates?.separator], ['Head Code Ninja', 'Area 52', 'month', '—']);
});

test('text: a year or number inside a bullet is not a role date; only header lines carry dates', () => {
  const text = 'EXPERIENCE\nAcme Corp\nSenior Engineer\n- Delivered savings in 2021, 2022 worth $300K\n- GPA 3.8/4.0 while working 20 hours a week\n';
  const es = entries(parseText(text));
  assert.equal(es.length, 1);
  assert.equal(es[0].dates, undefined);
  assert.equal(es[0].bullets.length, 2);
});

test('text: dates keep their precision and exact span', () => {
  const text = 'EXPERIENCE\nAcme, Engineer, Sep 1, 2016 – 03/2019\n';
  const d = entries(parseText(text))[0].dates!;
  assert.equal(d.start?.precision, 'day');
  assert.equal(d.end?.precision, 'month');
  assert.equal(slice(text, d.start!.span), 'Sep 1, 2016');
  assert.equal(slice(text, d.end!.span), '03/2019');
});

test('text: CRLF line ends read the same as LF, spans point into the CRLF text', () => {
  const lf = 'Jane Doe\njane@example.com\n\nEXPERIENCE\nAcme Inc\nEngineer\nJan 2019 - Present\n- Cut costs by 20%\n  across 3 teams\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = parseText(lf);
  const b = parseText(crlf);
  const ea = entries(a)[0];
  const eb = entries(b)[0];
  assert.deepEqual([eb.title?.value, eb.organisation?.value, eb.dates?.start?.year], [ea.title?.value, ea.organisation?.value, ea.dates?.start?.year]);
  assert.equal(eb.bullets[0].text, 'Cut costs by 20%\r\n  across 3 teams');
  assert.equal(slice(crlf, eb.bullets[0].span), eb.bullets[0].text);
  assert.equal(slice(crlf, b.sections[0].headingSpan), 'EXPERIENCE');
});

test('text: never throws on odd input', () => {
  for (const t of ['', '\n\n', '\r', '•', '- ', 'EXPERIENCE', 'EXPERIENCE\n13/2020 - Febtember 2020', '\u0000\u0001\ufffe', '😀'.repeat(50), 'خبرة\nEXPERIENCE\nشركة, مهندس, 2019 - 2020', 'a\u0301\u0301\u0301'])
    assert.doesNotThrow(() => parseText(t), JSON.stringify(t));
  assert.equal(parseText(undefined as unknown as string).format, 'text');
});

test('text: LinkedIn-style export: durations are not fields, a title line above its dates starts a role', () => {
  const text = [
    'Experience',
    'Nimbus',
    '5 years 2 months',
    'Site Reliability Lead',
    'January 2020 - Present (3 years 1 month)',
    'Seattle, Washington, United States',
    'Led the SRE team of 8 through a migration to Kubernetes.',
    'Senior Site Reliability Engineer',
    'January 2018 - December 2019 (2 years)',
    '\uf0b7 Built the incident review process',
    'Contoso',
    'Systems Engineer',
    'June 2012 - December 2017 (5 years 7 months)',
    'o Managed 300 Linux hosts',
  ].join('\n');
  const es = entries(parseText(text));
  assert.deepEqual(
    es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.map((b) => b.text)]),
    [
      ['Site Reliability Lead', 'Nimbus', 'Seattle, Washington, United States', 2020, ['Led the SRE team of 8 through a migration to Kubernetes.']],
      ['Senior Site Reliability Engineer', 'Nimbus', undefined, 2018, ['Built the incident review process']],
      ['Systems Engineer', 'Contoso', undefined, 2012, ['Managed 300 Linux hosts']],
    ],
  );
});

test('text: headings with emoji still name their kind', () => {
  const r = parseText('Jane\n\n💼 EXPERIENCE\nAcme, Engineer, 2019 - 2020\n\n🎓 Education\nState University, BSc, 2015 - 2019\n');
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
});

test('text: a "Résumé" or "Curriculum Vitae" title above the name is not the name', () => {
  assert.equal(parseText('CURRICULUM VITAE\nDr. Ada Byron\nada@example.org\n').contact.name?.value, 'Dr. Ada Byron');
  assert.equal(parseText('Résumé\n\nAda Byron\n').contact.name?.value, 'Ada Byron');
});

test('text: education details (GPA, coursework) are not header lines and do not start entries', () => {
  const text = 'EDUCATION\nUniversity of Michigan, Ann Arbor, MI\nB.S. in Computer Science, May 2018\nGPA: 3.8/4.0\nRelevant coursework: Algorithms, Operating Systems\n\nHigh School Diploma\nLincoln High School, 2014\n';
  const es = entries(parseText(text));
  assert.deepEqual(
    es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length]),
    [
      ['B.S. in Computer Science', 'University of Michigan', 'Ann Arbor, MI', 2018, 2],
      ['High School Diploma', 'Lincoln High School', undefined, 2014, 0],
    ],
  );
});

test('text: "(part-time)" after a title after bullets still starts the next role; it is no field', () => {
  const text = 'EXPERIENCE\nLincoln Middle School\nScience Teacher\nAug 2012 – Jun 2021\n• Taught 150 students a year\n\nTutor (part-time)\nSylvan Learning\nSept 2010 – Feb 2011\n• Tutored 12 students in algebra\n';
  const es = entries(parseText(text));
  assert.deepEqual(
    es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]),
    [
      ['Science Teacher', 'Lincoln Middle School', undefined, 1],
      ['Tutor', 'Sylvan Learning', undefined, 1],
    ],
  );
});

test('text: a description line above marked bullets is one of the role\'s items, as a reader counts them', () => {
  const text = 'EXPERIENCE\nHead Code Ninja, Area 52 (2013-09 — Present)\nDevelopment team manager for Quantum Diorama, a molecular modeling suite.\n- Managed a 5-person development team\n- Shipped 3 releases\n';
  const e = entries(parseText(text))[0];
  assert.deepEqual(e.bullets.map((b) => b.text), ['Development team manager for Quantum Diorama, a molecular modeling suite.', 'Managed a 5-person development team', 'Shipped 3 releases']);
  // Without markers, the same line is a bullet.
  const bare = entries(parseText('EXPERIENCE\nHead Code Ninja, Area 52 (2013-09 — Present)\nDevelopment team manager for Quantum Diorama, a molecular modeling suite.\n'))[0];
  assert.equal(bare.bullets.length, 1);
});

test('text: an employer before "New York, NY" is the employer, with or without a legal suffix; a borough before it stays the place', () => {
  const line = (org: string) => `WORK EXPERIENCE\n\nSenior Accountant    January 2019 - Present\n${org}\n* Closed the monthly books for 6 entities\n`;
  const read = (org: string) => entries(parseText(line(org))).map((e) => [e.organisation?.value, e.location?.value])[0];
  assert.deepEqual(read('Deloitte LLP, New York, NY'), ['Deloitte LLP', 'New York, NY']);
  assert.deepEqual(read('Deloitte, New York, NY'), ['Deloitte', 'New York, NY']);
  assert.deepEqual(read('Acme Corp, New York, NY'), ['Acme Corp', 'New York, NY']);
  assert.deepEqual(read('Brooklyn, New York, NY'), [undefined, 'Brooklyn, New York, NY']);
});

test('text: dates set in a left gutter head the rows beside them; they are no column of their own', () => {
  const text = [
    'Emma Wilson',
    'emma.wilson@outlook.co.uk  ·  +44 7700 900456  ·  Bristol',
    '',
    'Experience',
    '----------',
    '2020-present  Account Executive, Salesforce, London',
    '              Closed £1.2M in new business in FY23 (128% of quota).',
    '              Built a pipeline of 60 enterprise accounts.',
    '2016-2020     Sales Development Rep, Oracle, Manchester',
    '              Booked 220 qualified meetings.',
    '',
    'Education',
    '---------',
    '2013-2016     BSc Business Management, University of Bristol',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Account Executive', 'Salesforce', 'London', 2020, 2],
    ['Sales Development Rep', 'Oracle', 'Manchester', 2016, 1],
    ['BSc Business Management', 'University of Bristol', undefined, 2013, 0],
  ]);
});

test('text: a LinkedIn profile PDF — the name below the sidebar, with an apostrophe, and the place under the headline', () => {
  const text = [
    'Contact',
    'www.linkedin.com/in/karen-o',
    'karen.obrien@gmail.com',
    '',
    'Top Skills',
    'Supply Chain Management',
    'Logistics',
    '',
    "Karen O'Brien",
    'Operations Manager at Amazon',
    'Dallas, Texas, United States',
    '',
    'Experience',
    'Amazon',
    'Operations Manager',
    'March 2021 - Present (3 years 10 months)',
    'Dallas, Texas, United States',
    'Run a 900-person fulfilment centre shift; improved units per hour by 14%.',
  ].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, "Karen O'Brien");
  assert.equal(r.contact.location?.value, 'Dallas, Texas, United States');
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Operations Manager', 'Amazon', 'Dallas, Texas, United States']]);
  // Double-barrelled names are names too.
  assert.equal(parseText('Mary-Anne Smith-Jones\nmary@example.com\n\nExperience\nEngineer, Acme, 2019 - 2020\n').contact.name?.value, 'Mary-Anne Smith-Jones');
});

test('text: a LinkedIn profile PDF — the name with its credentials, wrapped, then a two-line headline and the place', () => {
  const text = [
    'Contact',
    'www.linkedin.com/in/olu-adeyemi-pharmd',
    'olu.adeyemi.rx@gmail.com',
    'Top Skills',
    'Medication Therapy Management',
    'Olu Adeyemi, PharmD, BCPS,',
    'CPh',
    'Clinical Pharmacist, Oncology at Lakeshore Medical Center |',
    'Antimicrobial Stewardship | Precepting',
    'Tampa, Florida, United States',
    'Experience',
    'Lakeshore Medical Center',
    'Clinical Pharmacist',
    'June 2019 - Present (7 years 6 months)',
    'Verify 300+ chemotherapy orders a week.',
  ].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Olu Adeyemi');
  assert.equal(r.contact.location?.value, 'Tampa, Florida, United States');
  // Words after a name that are no credentials leave the line alone: no name there.
  assert.equal(parseText(text.replace('Olu Adeyemi, PharmD, BCPS,', 'Olu Adeyemi, pharmacy lead,')).contact.name, undefined);
});

test('text: a section name after a glyph that also marks bullets is a heading, unless the lines around it are items marked alike', () => {
  const text = [
    'Priya Raman',
    'priya.raman@example.com',
    '◆ Sales Experience',
    'Account Manager Jan 2021 – Present',
    'Harbour Foods Pty Ltd, Sydney NSW',
    'Grew the territory from $1.2M to $1.8M in two years.',
    '◆ Achievements',
    "President's Club, Harbour Foods, 2023",
    '◆ Key Skills',
    '◆ Negotiation',
    '◆ Forecasting',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Sales Experience', 'experience'], ['Achievements', 'awards']]);
  assert.deepEqual(entries(r).filter((e) => e.kind === 'work').map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [['Account Manager', 'Harbour Foods Pty Ltd', 1]]);
  // "◆ Key Skills" over items marked "◆" is one of them, not a heading of its own.
  assert.ok(!r.sections.some((s) => s.title === 'Key Skills'));
  // An employer marked as a bullet and named like a kind of section ("Research") stays an
  // employer where no exact section name is set so.
  const employers = parseText('Sam Lee\nsam@example.com\n\nEXPERIENCE\n• Lucena Research\nData Scientist, Summer 2012\n◦ Built trading models in Python.\n• Coursera\nSoftware Engineer, 2014 – 2016\n◦ Wrote the notifications service.\n');
  assert.deepEqual(employers.sections.map((s) => s.title), ['EXPERIENCE']);
});

test('text: a display name on two lines, under a monogram or under a section the other column opened', () => {
  // The monogram in a photo's place, then the name one word a line, then the headline.
  const top = parseText('RM\nRuth\nMbeki\nDental Practice Manager\nruth.m@example.com\n\nEXPERIENCE\nPractice Manager, Smile Dental, 2019 - Present\n');
  assert.equal(top.contact.name?.value, 'Ruth Mbeki');
  // pdftotext's order: the main column's first heading and paragraph come before the sidebar's name.
  const text = [
    'Profile',
    'Dental practice manager with nine years in busy family practices.',
    '',
    'Ruth',
    'Mbeki',
    'Dental Practice Manager',
    '',
    'ruth.m@example.com',
    '',
    'Experience',
    'Practice Manager, Smile Dental, 2019 - Present',
  ].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Ruth Mbeki');
  assert.equal(text.slice(r.contact.name!.span.start, r.contact.name!.span.end), 'Ruth\nMbeki');
  // Two words a line each but no headline under them: skills, not a name.
  assert.equal(parseText(text.replace('Dental Practice Manager', 'Scheduling')).contact.name, undefined);
});

test('text: a sidebar\'s contact lines read into the profile are contact details, not the summary', () => {
  const text = 'Jo Rivers\n\nContact\n\nSummary\n\n☎(614) 555-0172\n\nOffice manager with ten years in practices, known for calm front desks.\n\n✉ jo@example.com\n⌂ Columbus, OH 43221\nin linkedin.com/in/jorivers\n\nExperience\nManager, Acme, 2019 - 2021\n';
  const r = parseText(text);
  assert.equal(r.contact.phone?.value, '(614) 555-0172');
  assert.equal(r.contact.location?.value, 'Columbus, OH 43221');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['linkedin.com/in/jorivers']);
  assert.equal(r.summary?.value, 'Office manager with ten years in practices, known for calm front desks.');
});

test('text: a postal address as one field of the contact line is the location', () => {
  const r = parseText('DAVID MÜLLER\nHauptstraße 12, 10115 Berlin | +49 30 1234567 | d.mueller@web.de\n\nEXPERIENCE\nSiemens AG\tMunich, Germany\nProject Engineer\t04/2018 – present\n');
  assert.equal(r.contact.location?.value, 'Hauptstraße 12, 10115 Berlin');
  assert.equal(r.contact.phone?.value, '+49 30 1234567');
  assert.equal(parseText('Ana Ruiz\nana@ruiz.es · 28013 Madrid · +34 600 123 456\n\nEXPERIENCE\nAnalyst, BBVA, 2019 - 2021\n').contact.location?.value, '28013 Madrid');
});

test('text: a British or Canadian postal address (town and postcode) is the location, on a contact line or alone', () => {
  const at = (line: string) => parseText(`Tom Hughes\n${line}\n07700 900123 | tom.hughes@btinternet.com\n\nEXPERIENCE\nAnalyst, Arup\nJan 2020 - Present\n`).contact.location?.value;
  assert.equal(at('42 Harbour Road, Leeds LS1 4AB'), '42 Harbour Road, Leeds LS1 4AB');
  assert.equal(at('42 Harbour Road, Leeds, LS1 4AB'), '42 Harbour Road, Leeds, LS1 4AB');
  assert.equal(at('Leeds, LS1 4AB'), 'Leeds, LS1 4AB');
  assert.equal(at('London SW1A 1AA'), 'London SW1A 1AA');
  assert.equal(at('18 King St W, Toronto, ON M5V 2T6'), '18 King St W, Toronto, ON M5V 2T6');
  assert.equal(at('Manchester M1 2AB | tom@hughes.dev'), 'Manchester M1 2AB');
  // With the district, and a street named as British streets are ("Row", "Close", "Crescent").
  assert.equal(at('12 Weavers Row, Headingley, Leeds LS6 2QT'), '12 Weavers Row, Headingley, Leeds LS6 2QT');
  // A region code is still one: "Austin, TX 78701".
  assert.equal(at('Austin, TX 78701'), 'Austin, TX 78701');
  // A road named with no number, and the postcode in a field of its own after the town.
  assert.equal(at('University Road, Bristol BS8 1SS, UK'), 'University Road, Bristol BS8 1SS, UK');
  assert.equal(at('3 Park Lane, Castle Camps, Cambridgeshire, CB21 4SS'), '3 Park Lane, Castle Camps, Cambridgeshire, CB21 4SS');
  assert.equal(at('417 Newport Rd, Hull MA, 02045'), '417 Newport Rd, Hull MA, 02045');
  // A house's number that is a range.
  assert.equal(at('Rosenweg 10-12, 69221 Dossenheim'), 'Rosenweg 10-12, 69221 Dossenheim');
  // A headline of capitalised words over a number is no address.
  assert.equal(at('Senior Data Analyst, 02045'), undefined);
});

test('text: given names over their surnames, one word to a line ("Jeisson Jarvey" / "Sánchez" / "Castellanos"), are one name; a trade or a town under a name is not part of it', () => {
  const name = (head: string) => parseText(`${head}\njeisson@example.com\n\nEXPERIENCE\nAnalyst, Arup\nJan 2020 - Present\n`).contact.name?.value;
  assert.equal(name('Jeisson Jarvey\nSánchez\nCastellanos\nMatemático'), 'Jeisson Jarvey Sánchez Castellanos');
  assert.equal(name('Jane Doe\nDesigner'), 'Jane Doe');
  assert.equal(name('Jane Doe\nLondon'), 'Jane Doe');
});

test('text: a name labelled in another language or on a form ("姓名：万圆", "Nombre: Ana Ruiz", "Surname:<TAB>Fortuin") is the name; a page\'s "Print" or "Email" button is no name', () => {
  const name = (first: string) => parseText(`${first}\nana@example.com\n\nEXPERIENCE\nAnalyst, Arup\nJan 2020 - Present\n`).contact.name?.value;
  assert.equal(name('姓名：万圆'), '万圆');
  assert.equal(name('Nombre: Ana Ruiz'), 'Ana Ruiz');
  assert.equal(name('Surname:\t\t\t\tFortuin'), 'Fortuin');
  assert.equal(name('Print'), undefined);
  assert.equal(name('Email'), undefined);
});

test('text: an e-mail address written so robots miss it ("jo(at)example(dot)com", "alexander at sprlng dot de") is the e-mail; a post "at" a place is not', () => {
  const at = (line: string) => parseText(`Jo Smith\n${line}\n\nEXPERIENCE\nAnalyst, Arup\nJan 2020 - Present\n`).contact.email?.value;
  assert.equal(at('jo(at)example(dot)com'), 'jo(at)example(dot)com');
  assert.equal(at('jo.smith{at}example.org'), 'jo.smith{at}example.org');
  assert.equal(at('alexander at sprlng dot de'), 'alexander at sprlng dot de');
  assert.equal(at('Engineer at Google dot com'), undefined);
  // ("515-720-3650 • tom.w.augspurger @ gmail.com": spaces set around the "@"; "@ acme" is a handle.)
  assert.equal(at('515-720-3650 • jo.smith @ example.com'), 'jo.smith @ example.com');
  assert.equal(at('Follow @ jsmith on social media'), undefined);
});

test('text: an address labelled in Portuguese, Italian or Dutch ("Endereço:", "Indirizzo:", "Adres:") is the location', () => {
  for (const label of ['Endereço', 'Indirizzo', 'Adres']) {
    const r = parseText(`Ana Lima\n${label}: Rua Humaitá 229, Humaitá - Rio de Janeiro\nana@example.com\n\nEXPERIENCE\nAnalyst, Arup\nJan 2020 - Present\n`);
    assert.equal(r.contact.location?.value, 'Rua Humaitá 229, Humaitá - Rio de Janeiro', label);
  }
});

test('text: a flat\'s and a house\'s number before the street ("407-3421 Rue Durocher, Montreal, Quebec, Canada, H2X 2C6") are the address, not the phone', () => {
  const r = parseText('Sam Sinha\n407-3421 Rue Durocher, Montreal, Quebec, Canada, H2X 2C6\n+1 579-421-5791 | sam@example.ca\n\nEXPERIENCE\nAnalyst, Arup\nJan 2020 - Present\n');
  assert.equal(r.contact.phone?.value, '+1 579-421-5791');
  assert.equal(r.contact.location?.value, '407-3421 Rue Durocher, Montreal, Quebec, Canada, H2X 2C6');
  // A local number before a street, with nothing else to tell it by, is still a phone where it has a country code.
  assert.equal(parseText('Sam Sinha\n+1 212 555 0199 Park Avenue, New York\nsam@example.com\n').contact.phone?.value, '+1 212 555 0199');
});

test('text: a name set large enough to wrap, one word per line, is the whole name', () => {
  const r = parseText('Richard\nHendriks\nProgrammer\n(912) 555-4321\nrichard.hendriks@mail.com\n\nWork\nPied Piper\nCEO/President\nDec 2013 - Dec 2014\n');
  assert.equal(r.contact.name?.value, 'Richard Hendriks');
  // A name on one line keeps the next line out of it.
  assert.equal(parseText('Richard Hendriks\nProgrammer\nrichard@mail.com\n').contact.name?.value, 'Richard Hendriks');
  // Blank lines between the two words (a page's rows kept): whole when a headline follows.
  assert.equal(parseText('Hannah\n\n\nWhitcombe\n\nVeterinarian, BVSc\nhannah@mail.com\n').contact.name?.value, 'Hannah Whitcombe');
  assert.equal(parseText('Hannah\n\nWhitcombe\n\nhannah@mail.com\n').contact.name?.value, 'Hannah');
});

test('text: a state university\'s campus after its comma is part of its name; another school\'s town is its place', () => {
  const es = entries(parseText('Education\nBachelor of Science, Computer Science\nUniversity of California, Berkeley\n2015 - 2019\n\nMaster of Science\nUniversity of Oxford, Oxford\n2019 - 2020\n'));
  assert.deepEqual(es.map((e) => [e.organisation?.value, e.location?.value]), [
    ['University of California, Berkeley', undefined],
    ['University of Oxford', 'Oxford'],
  ]);
});

test('text: a degree "at" its school is two fields, the school keeping its own "at"', () => {
  const es = entries(parseText('Education\nPh.D. Computer Science at University of Texas at Austin\n2011 - 2016\n\nBachelor Information Technology at University of Oklahoma\n2007 - 2011\n'));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Ph.D. Computer Science', 'University of Texas at Austin'],
    ['Bachelor Information Technology', 'University of Oklahoma'],
  ]);
});

test('text: a description in lower case after the organisation\'s name is not the organisation', () => {
  const es = entries(parseText('Work\nCEO/President\nPied Piper · Awesome compression company\nDec 2013 - Dec 2014\nBuilt things for 3 clients\n\nSoftware Developer\nHooli · Big tech conglomerate\nApr 2011 - Nov 2013\nBuilt more things\n'));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['CEO/President', 'Pied Piper'],
    ['Software Developer', 'Hooli'],
  ]);
  // A sentence-case job title stays the title.
  assert.equal(entries(parseText('Work\nSenior software engineer, Acme Corp\nJan 2019 - Dec 2020\nBuilt the billing service\n'))[0].title?.value, 'Senior software engineer');
});

test('text: profile handles with their network in brackets after them, or under a line naming the network', () => {
  const after = parseText('Lena Vasquez\nlena@vasquez.dev\nlvasquez (GitHub)\nlena-vasquez-eng (LinkedIn)\n\nExperience\nStaff Engineer, Confluent, 2020 - Present\n');
  assert.deepEqual(after.contact.links.map((l) => l.value), ['lvasquez', 'lena-vasquez-eng']);
  const under = parseText('Lena Vasquez\nlena@vasquez.dev\nGitHub\nlvasquez\nLinkedIn\nlena-vasquez-eng\n\nExperience\nStaff Engineer, Confluent, 2020 - Present\n');
  assert.deepEqual(under.contact.links.map((l) => l.value), ['lvasquez', 'lena-vasquez-eng']);
  // A word in brackets that names no network is no handle.
  assert.deepEqual(parseText('Lena Vasquez\nlena@vasquez.dev\nBerlin (Germany)\n\nExperience\nStaff Engineer, Confluent, 2020 - Present\n').contact.links, []);
});

test('text: a known city before a two-letter country code is the person\'s location', () => {
  assert.equal(parseText('Thomas Davis\nWeb Developer\nMelbourne, AU\n\nthomas@gmail.com\n\nExperience\nDeveloper, Listium, 2016 - 2018\n').contact.location?.value, 'Melbourne, AU');
  assert.equal(parseText('Thomas Davis, Web Developer\nthomas@gmail.com | 041102102 | Melbourne, AU\n\nExperience\nDeveloper, Listium, 2016 - 2018\n').contact.location?.value, 'Melbourne, AU');
});

test('text: a network over its handle under the summary is a profile; a capitalised word under a network name is not', () => {
  const r = parseText('Richard Hendriks\nrichard@mail.com\n\nAbout\nRichard builds compression software and has led two teams of five engineers.\nTwitter\nneutralthoughts\n\nSkills\nSoundCloud\nMaster\n');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['neutralthoughts']);
});

test('text: a degree after a dash is no campus of the school before it', () => {
  const es = entries(parseText('Education\nUniversity of Colorado Boulder — B.S. Applied Mathematics (2018)\n\nUniversity of Wisconsin - Madison, 2010 - 2014\n'));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['B.S. Applied Mathematics', 'University of Colorado Boulder'],
    [undefined, 'University of Wisconsin - Madison'],
  ]);
});

test('text: "University of South Florida, Tampa, FL" keeps its compass word in the school\'s name', () => {
  const es = entries(parseText('EDUCATION\nBachelor of Science in Nursing, University of South Florida, Tampa, FL — May 2016\n'));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Bachelor of Science in Nursing', 'University of South Florida', 'Tampa, FL']]);
});

test('text: a street before the town on an address line is part of the location', () => {
  const r = parseText('JAMES WILSON\nPhone: (555) 123-4567\nEmail: james.wilson@email.com\nAddress: 742 Evergreen Terrace, Springfield, IL 62704\n\nWORK EXPERIENCE\nProject Coordinator\nBechtel Corporation | Houston, TX | 06/2015 - 02/2019\n');
  assert.equal(r.contact.location?.value, '742 Evergreen Terrace, Springfield, IL 62704');
  // Words before the town that are no street stay out.
  assert.equal(parseText('Jane Doe\nEmail: jane@doe.dev | Home: Springfield, IL 62704\n\nEXPERIENCE\nEngineer, Acme, 2019 - 2020\n').contact.location?.value, 'Springfield, IL 62704');
});

test('text: a school within a university after its comma is one organisation with it', () => {
  const es = entries(parseText('EDUCATION\nBoston University, Questrom School of Business\tBoston, MA\nBachelor of Science in Business Administration\tMay 2022\n\nUniversity of Michigan, College of Engineering, Ann Arbor, MI\nMaster of Science in Robotics, 2020\n'));
  assert.deepEqual(es.map((e) => [e.organisation?.value, e.location?.value]), [
    ['Boston University, Questrom School of Business', 'Boston, MA'],
    ['University of Michigan, College of Engineering', 'Ann Arbor, MI'],
  ]);
});

test('text: a degree\'s detail line without a colon ("Minor in Spanish", "Magna Cum Laude | …", "GPA 3.6") is an item, not a header', () => {
  const text = ['EDUCATION', 'B.A., Political Science | University of the Sierra Foothills | Auburn, CA', 'May 2014', 'Minor in Spanish', '', 'Bachelor of Science in Nursing, Sierra Pacific University, Fresno      May 2022', '   Magna Cum Laude  |  Sigma Theta Tau International Honor Society', 'Associate of Science, Biology, Tulare Lake Community College           2019'].join('\n');
  const es = entries(parseText(text));
  assert.deepEqual(es.map((e) => [e.organisation?.value, e.bullets.length]), [
    ['University of the Sierra Foothills', 1],
    ['Sierra Pacific University', 1],
    ['Tulare Lake Community College', 0],
  ]);
});

test('text: a place right before bracketed dates keeps its town ("Atlanta, GA (Summer 2023)")', () => {
  const es = entries(parseText('EXPERIENCE\nCorporate Finance Intern, Magnolia Freight Systems — Atlanta, GA (Summer 2023)\n• Built the 13-week cash model\nSenior Mechanical Engineer — Halvorsen Pump & Valve Co., Milwaukee, WI (Mar 2020 – Present)\n• Cut costs 12%\n'));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Corporate Finance Intern', 'Magnolia Freight Systems', 'Atlanta, GA'],
    ['Senior Mechanical Engineer', 'Halvorsen Pump & Valve Co.', 'Milwaukee, WI'],
  ]);
});

test('text: a firm named for its partners keeps its commas ("Smith, Jones & Associates, LLP", "Dominguez & Tran, Attorneys at Law")', () => {
  const es = entries(parseText(['EXPERIENCE', 'Senior Litigation Paralegal | Whitfield, Oduya & Brandt, LLP | Sacramento, CA', '• Managed 40 cases', 'Litigation Paralegal | Pierce Lindqvist Law Group, APC | Roseville, CA', '• Managed 40 cases', 'Legal Assistant / Receptionist | Dominguez & Tran, Attorneys at Law | Elk Grove, CA', '• Managed 40 cases', 'Audit Senior | Smith, Jones & Associates, LLP | Chicago, IL | 2020–2022', '• Led 6 audits', 'Engineer, Brown, Smith and Jones    2017 – 2019', '• Built 5 things'].join('\n')));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Senior Litigation Paralegal', 'Whitfield, Oduya & Brandt, LLP'],
    ['Litigation Paralegal', 'Pierce Lindqvist Law Group, APC'],
    ['Legal Assistant / Receptionist', 'Dominguez & Tran, Attorneys at Law'],
    ['Audit Senior', 'Smith, Jones & Associates, LLP'],
    ['Engineer', 'Brown, Smith and Jones'],
  ]);
  // A surname before the year is no misspelt month ("Jones 2017" is not "June 2017").
  assert.equal(es[4].dates?.start?.year, 2017);
  assert.equal(es[4].dates?.end?.year, 2019);
});

test('text: in a section with no dates, lines of one shape are one entry each; a sentence under a dated header is its item', () => {
  const r = parseText(['Dana Ruiz', 'dana@example.org', '', 'CLINICAL ROTATIONS', 'Critical Care (Capstone, 144 hrs) – Alder Regional Medical Center', "Pediatrics – Sunmeadow Children's Hospital", 'Labor & Delivery – Harlan Memorial Birthing Center', '', 'MILITARY', 'Kentucky Army National Guard – Motor Transport Operator (88M), 2012 – 2018', 'Honorable discharge, rank SGT'].join('\n'));
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Critical Care (Capstone, 144 hrs)', 'Alder Regional Medical Center', 0],
    ['Pediatrics', "Sunmeadow Children's Hospital", 0],
    ['Labor & Delivery', 'Harlan Memorial Birthing Center', 0],
    ['Motor Transport Operator (88M)', 'Kentucky Army National Guard', 1],
  ]);
});

test('text: job titles of other trades are titles ("Long-Term Substitute, Biology", "RN Resident, …", "Key Holder / Sales Associate")', () => {
  const es = entries(parseText(['EXPERIENCE', 'Long-Term Substitute, Biology', 'Grandview Township Schools — Grandview, OH', 'Jan 2016 – May 2016', '• Taught 5 sections of biology', 'RN Resident, New Graduate Residency Program', 'Valley Sequoia Medical Center, Fresno, CA', '2022 – 2023', '• Completed 12-month residency', 'Journeyman Electrician', 'Riverpoint Electric & Controls', '2019 – 2021', '• Wired 40 homes'].join('\n')));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Long-Term Substitute, Biology', 'Grandview Township Schools'],
    ['RN Resident, New Graduate Residency Program', 'Valley Sequoia Medical Center'],
    ['Journeyman Electrician', 'Riverpoint Electric & Controls'],
  ]);
});

test('text: LinkedIn\'s export: a profile address wrapped after a hyphen is one link, and "Page 1 of 2" set mid-entry is page furniture', () => {
  const r = parseText(['Contact', '(972) 555-0166 (Mobile)', 'bcalloway.sales@gmail.com', '', 'www.linkedin.com/in/brent-calloway-', 'medsales (LinkedIn)', '', 'Brent Calloway', '', 'Experience', 'Trinity Bend Medical Supply', 'Outside Sales Representative', 'June 2015 - December 2019 (4 years 7 months)', 'Fort Worth, Texas', 'Grew book of business from $1.1M to $2.6M.', '', '                                                                   Page 1 of 2', '- Added 60+ new accounts in 4 years', '- President\'s Club 2019'].join('\n'));
  assert.deepEqual(r.contact.links.map((l) => l.value), ['www.linkedin.com/in/brent-calloway-medsales']);
  const es = entries(r);
  assert.deepEqual(es.map((e) => [e.title?.value, e.bullets.length]), [['Outside Sales Representative', 3]]);
});

test('text: a LinkedIn profile PDF whose headline wraps still gives the place under it', () => {
  const r = parseText(['Contact', 'bcalloway.sales@gmail.com', 'www.linkedin.com/in/brent-calloway', '', 'Honors-Awards', 'Rookie of the Year', '', 'Brent Calloway', "Senior Territory Manager | Orthopedic & Surgical Devices | 2x President's", 'Club', 'Frisco, Texas, United States', '', 'Summary', 'Eleven years carrying a bag in North Texas.'].join('\n'));
  assert.equal(r.contact.name?.value, 'Brent Calloway');
  assert.equal(r.contact.location?.value, 'Frisco, Texas, United States');
});

test('text: a social network that is also an employer\'s name takes a handle only after a colon or an "@"', () => {
  assert.deepEqual(parseText('Jay Westbrook\njay@example.com | Instagram: @chefjaywest\n\nEXPERIENCE\nSous Chef, Hotel Royale   2019 – Present\n').contact.links.map((l) => l.value), ['chefjaywest']);
  assert.deepEqual(parseText('Jay Westbrook\nFacebook Engineer | jay@example.com\n\nEXPERIENCE\nEngineer, Facebook   2019 – Present\n').contact.links, []);
});

test('text: an activities section of dated roles is volunteer work', () => {
  const r = parseText('ANA RUIZ\nana@fastmail.com\n\nACTIVITIES\nScience Olympiad Head Coach, 2019 - Present\nJunior Class Advisor, 2020 - 2022\n\nINTERESTS\nChess, trail running\n');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['ACTIVITIES', 'volunteer'], ['INTERESTS', 'interests']]);
  assert.deepEqual(r.sections[0].entries.map((e) => e.title?.value), ['Science Olympiad Head Coach', 'Junior Class Advisor']);
});

test('text: a USAJOBS role\'s particulars (supervisor, contact permission, salary) are no bullets owing a result, and its place keeps its ZIP code', () => {
  const text = [
    'PAT LEE',
    'pat@fastmail.com',
    '',
    'WORK EXPERIENCE',
    'Blue Mist National Forest, Forest Service',
    'Asheville, NC 28801 United States',
    '',
    '06/2016 - 03/2021',
    'Salary: $71,220.00 USD Per Year',
    'Hours per week: 40',
    'Financial Management Specialist',
    '- Tracked and reconciled obligations for the forest\'s $18M operating budget across 4 districts.',
    '- Prepared monthly status of funds reports for the Forest Supervisor and district rangers.',
    'Supervisor: Ms. Darlene Pike (828-555-0172)',
    'Okay to contact this Supervisor: Contact me first',
    '',
  ].join('\n');
  const es = entries(parseText(text));
  // The details between the dates and the title do not end the role's header: one role.
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [['Financial Management Specialist', 'Blue Mist National Forest, Forest Service', 2016]]);
  // Facts about the post, not items of the work: no bullets (the preview prints them where they stand).
  assert.deepEqual(es[0].bullets.map((b) => b.text.slice(0, 20)), ['Tracked and reconcil', 'Prepared monthly sta']);
  assert.equal(es[0].location?.value, 'Asheville, NC 28801 United States');
  const metric = lint(text, 'resume.txt', { today: { year: 2026, month: 12, day: 2 } })!.findings.filter((f) => f.ruleId === 'missing-metric').map((f) => text.slice(f.span.start, f.span.end));
  assert.ok(!metric.some((m) => /^(?:Supervisor|Okay|Salary|Hours)/.test(m)), JSON.stringify(metric));
});

test('text: entries written as forms ("Company : …", "Designation : …", "Duration : …"), numbered', () => {
  const text = [
    'SANDEEP RAO',
    'sandeep@inmail.co.in',
    '',
    'WORK EXPERIENCE',
    '',
    '1) Company     : Deccan Autotech Pvt. Ltd., Chakan, Pune',
    '   Designation : Senior Engineer - Production',
    '   Duration    : Aug 2021 to Till Date',
    '',
    '   Roles & Responsibilities:',
    '   * Improved OEE of crankshaft line from 68% to 79% through SMED and TPM activities.',
    '   * Reduced in-house rejection from 2.1% to 0.8% in one year.',
    '',
    '2) Company     : Shakti Gears & Forgings Ltd., Aurangabad',
    '   Designation : Production Engineer',
    '   Duration    : July 2018 to July 2021',
    '',
    '   * Implemented 5S in the gear shop and won the Best 5S Zone award in 2019.',
    '',
  ].join('\n');
  assert.deepEqual(
    entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.dates?.current || e.dates?.end?.year]),
    [
      ['Senior Engineer - Production', 'Deccan Autotech Pvt. Ltd.', 'Chakan, Pune', 2021, true],
      ['Production Engineer', 'Shakti Gears & Forgings Ltd.', 'Aurangabad', 2018, 2021],
    ],
  );
});

test('text: a degree keeps its field of study after a comma: "A.S., Hospitality Management", "Associate of Applied Science, Logistics & …"', () => {
  const r = parseText(
    'Dana Pruitt\ndana@example.com\n\nEDUCATION\nA.S., Hospitality Management 2016\nSouthern Maine Community College, South Portland, ME\n\nAssociate of Applied Science, Logistics & Supply Chain Management 2019\nKentuckiana Technical College, Louisville, KY\n',
  );
  assert.deepEqual(
    entries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.end?.year ?? e.dates?.start?.year]),
    [
      ['A.S., Hospitality Management', 'Southern Maine Community College', 2016],
      ['Associate of Applied Science, Logistics & Supply Chain Management', 'Kentuckiana Technical College', 2019],
    ],
  );
});

test('text: employer lines over roles: further role lines right under one employer are roles there, their field after a comma or dash part of the title', () => {
  const L = (a: string, b: string) => a.padEnd(60) + b;
  const text = [
    'Dana Pruitt', 'dana@example.com', '', 'PROFESSIONAL EXPERIENCE', '',
    L('SUNWEST HOME & GARDEN, INC.', 'Phoenix, AZ'),
    L('Store Manager', 'March 2019 to Current'),
    '*  Grew comp sales 7.4% in 2023, #3 of 62 stores in the region',
    L('Assistant Store Manager, Store #187 (Peoria)', 'June 2015 to February 2019'),
    '*  Led the 2017 remodel while the store stayed open',
    L('Department Manager - Garden Center', 'April 2012 to May 2015'),
    '*  Managed seasonal garden center with peak sales of $450K/month',
    L('Key Holder / Sales Associate', 'May 2010 to March 2012'),
    '',
    L('THE LINEN LOFT', 'Scottsdale, AZ'),
    L('Assistant Manager', 'August 2007 to April 2010'),
    '*  Opened a new store location: hired and trained a staff of 14',
  ].join('\n');
  assert.deepEqual(
    entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]),
    [
      ['Store Manager', 'SUNWEST HOME & GARDEN, INC.'],
      ['Assistant Store Manager, Store #187 (Peoria)', 'SUNWEST HOME & GARDEN, INC.'],
      ['Department Manager - Garden Center', 'SUNWEST HOME & GARDEN, INC.'],
      ['Key Holder / Sales Associate', 'SUNWEST HOME & GARDEN, INC.'],
      ['Assistant Manager', 'THE LINEN LOFT'],
    ],
  );
});

test('text: numbered items are one numbering, not a glyph each, so they make no other glyph a header mark ("– " bullets beside "1." matters)', () => {
  const text = [
    'Margaret Reyes', 'mreyes@example.com', 'BAR ADMISSIONS', '– State of Illinois, 2004', '– State of Wisconsin, 2014', '– U.S. Court of Appeals for the Seventh Circuit, 2009',
    '– U.S. District Court for the Northern District of Illinois (Trial Bar), 2004', '– U.S. District Court for the Eastern District of Wisconsin, 2014',
    'PROFESSIONAL EXPERIENCE', 'Partner January 2015 – Present', 'Harrington Blake LLP, Chicago, Illinois',
    '– Lead trial teams of 3 to 8 attorneys in commercial contract, business tort and product liability', 'disputes.',
    '– First-chaired 11 jury trials and 6 bench trials to verdict, plus more than 20 AAA and JAMS', 'arbitrations.',
    '– Manage a book of business of approximately $3.2 million in annual billings.',
    'REPRESENTATIVE MATTERS',
    '1. Midwest Cold Storage, Inc. v. Tranter Refrigeration Co. (N.D. Ill.) – Obtained a defense verdict', 'after a three-week jury trial in a $22 million breach of warranty action.',
    '2. In re Lakeshore Trucking Antitrust Litigation (N.D. Ill.) – Lead counsel for a regional carrier;', 'negotiated dismissal of all claims against the client before class certification.',
    '3. Prairie State Grain Cooperative v. Heartland Ag Equipment, LLC (Cook County Circuit Court) –', 'Won a $9.8 million jury verdict for a farm cooperative in a fraud case.',
  ].join('\n');
  const work = parseText(text).sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(work.entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [['Partner', 'Harrington Blake LLP', 3]]);
});

test('text: "ADDITIONAL EXPERIENCE" after "RELEVANT EXPERIENCE", set alike, is a section of its own; a sentence ending "in 2009." is no role header', () => {
  const text = [
    'Darnell Whitfield', 'dw@example.com', 'RELEVANT EXPERIENCE', 'Police Officer / Detective', 'Charlotte-Mecklenburg Police Department – Charlotte, NC', '2001 – 2011',
    'Patrol officer in the Freedom and Westover divisions, then detective in the Property Crimes Unit.',
    "Recieved the Department's Medal of Merit in 2009.",
    'ADDITIONAL EXPERIENCE', 'Loss Prevention Associate', 'Belk, Inc. – Charlotte, NC', '1999 – 2001',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.map((e) => [e.title?.value, e.dates?.start?.year])]), [
    ['RELEVANT EXPERIENCE', 'experience', [['Police Officer / Detective', 2001]]],
    ['ADDITIONAL EXPERIENCE', 'experience', [['Loss Prevention Associate', 1999]]],
  ]);
});

test('text: small capitals that pdftotext copies with each word\'s first letter apart ("P ROFESSIONAL E XPERIENCE") are section headings', () => {
  const text = [
    'Daniel Ferreira', 'df@example.edu', 'A CADEMIC A PPOINTMENTS', 'Assistant Professor of Economics, Lakeview University 2021 – present',
    'E DUCATION', 'Ph.D., Economics, Massachusetts Institute of Technology 2021', 'W ORKING PAPERS', '“Household Debt and Job Search,” with A. Chen',
  ].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => [s.title, s.kind]), [
    ['ACADEMIC APPOINTMENTS', 'experience'],
    ['EDUCATION', 'education'],
    ['WORKING PAPERS', 'publications'],
  ]);
});

test('text: in a résumé whose headings are in small capitals, names set the same way are read whole ("C OLUMBIA U NIVERSITY")', () => {
  const text = [
    'DANIEL J. F ERREIRA', 'New York, NY · dj.ferreira@fastmail.com', '',
    'P ROFESSIONAL E XPERIENCE', 'M OODY ’ S A NALYTICS', 'Quantitative Analyst, Credit Risk Modeling', 'New York, NY', 'Jan 2018 – Jun 2019',
    '• Built 3 credit-risk models in Python', '',
    'E DUCATION', 'C OLUMBIA U NIVERSITY', 'M.S. in Financial Engineering', 'Dec 2017',
  ].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'DANIEL J. FERREIRA');
  assert.deepEqual(allEntries(r).map((e) => e.organisation?.value), ['MOODY’S ANALYTICS', 'COLUMBIA UNIVERSITY']);
  // The spans stay on the text as written.
  assert.equal(text.slice(r.contact.name!.span.start, r.contact.name!.span.end), 'DANIEL J. F ERREIRA');
  // Without headings in small capitals, a capital alone before a word in capitals stays apart ("JOHN Q PUBLIC").
  assert.equal(parseText('JOHN Q PUBLIC\njqp@fastmail.com\n\nEXPERIENCE\nAnalyst, Acme\n2019 – 2021\n').contact.name?.value, 'JOHN Q PUBLIC');
});

test('text: an Indian CV: the name under "CURRICULUM VITAE", a labelled address, and a table of qualifications under its column heads', () => {
  const text = [
    'CURRICULUM VITAE',
    '',
    'PRIYA NAIR',
    'Mobile: +91 98555 04321',
    'E-mail: priya.nair.ee@inmail.co.in',
    'Address: Flat 12, Lotus Heights, Baner Road, Pune - 411045, Maharashtra',
    '',
    'CAREER OBJECTIVE',
    'To work as an electrical design engineer in a growing organisation and learn every day.',
    '',
    'EDUCATIONAL QUALIFICATION',
    '',
    'Qualification       Board / University                  Year    Percentage',
    'B.E. (Electrical)   Savitribai Phule Pune University    2019    74.2%',
    'H.S.C. (12th)       Maharashtra State Board             2015    82.0%',
    'S.S.C. (10th)       Maharashtra State Board             2013    89.6%',
    '',
    'ACADEMIC PROJECT',
    'Solar Tracker for Rooftop Panels',
  ].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'PRIYA NAIR');
  assert.equal(r.contact.location?.value, 'Flat 12, Lotus Heights, Baner Road, Pune - 411045, Maharashtra');
  assert.deepEqual(r.sections.map((s) => s.kind), ['summary', 'education', 'projects']);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['B.E. (Electrical)', 'Savitribai Phule Pune University', '2019'],
    ['H.S.C. (12th)', 'Maharashtra State Board', '2015'],
    ['S.S.C. (10th)', 'Maharashtra State Board', '2013'],
  ]);
});

test('text: a degree\'s abbreviation after a dash is part of its name, as LinkedIn\'s export writes it ("Bachelor of Business Administration - BBA, Marketing"): one title, not cut at the dash', () => {
  const text = ['Dana Cole', 'dana.cole@fastmail.com', '', 'Education', 'Texas State University', 'Bachelor of Business Administration - BBA, Marketing · (2010 - 2014)', 'Austin Community College', 'Associate of Arts - AA, General Studies · (2008 - 2010)'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => e.title?.value), ['Bachelor of Business Administration - BBA, Marketing', 'Associate of Arts - AA, General Studies']);
});

test('text: a company line that carries the whole span of the roles under it is their employer, not a role', () => {
  const text = [
    'Angela Whitfield', 'aw@example.com', 'EMPLOYMENT HISTORY',
    'Desert Sky Family Medicine, Tucson, AZ 04/2016 – Present',
    'Clinic Supervisor 06/2021 – Present', 'Supervise 14 medical assistants across 2 clinic sites.',
    'Medical Assistant 04/2016 – 05/2021', 'Performed EKGs, phlebotomy, point-of-care testing and wound care.',
    'Santa Cruz Urgent Care, Nogales, AZ 03/2014 – 03/2016', 'Medical Assistant', 'Assist providers with laceration repairs and splinting.',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year]), [
    ['Clinic Supervisor', 'Desert Sky Family Medicine', 'Tucson, AZ', 2021],
    ['Medical Assistant', 'Desert Sky Family Medicine', 'Tucson, AZ', 2016],
    ['Medical Assistant', 'Santa Cruz Urgent Care', 'Nogales, AZ', 2014],
  ]);
});

test('text (-layout): section names in a left gutter beside their sections are headings, not a column read before the content', () => {
  const G = (name: string, rest = '') => (rest ? name.padEnd(22) + rest : name);
  const I = (rest: string) => ' '.repeat(22) + rest;
  const text = [
    'Priya Raman', 'priya@example.com', '', '',
    G('ABOUT', 'Product designer with 9 years of experience turning messy workflows into calm software.'), '', '',
    G('EXPERIENCE', 'Senior UX Designer · Brightpath Learning'), I('JAN 2021 — PRESENT · SEATTLE, WA'),
    I('– Lead design for the teacher dashboard used by 38,000 teachers; redesign lifted'), I('  weekly active teachers by 27%.'),
    I('– Mentor 3 junior designers and run the weekly design critique.'), '',
    I('UX Designer · Cascade Mutual Insurance'), I('JUN 2018 — DEC 2020 · BELLEVUE, WA'),
    I('– Redesigned the online claims flow, cutting time to file a claim from 19 minutes to 8.'), '', '',
    G('SKILLS & TOOLS', 'Research'.padEnd(48) + 'Design'), I('Interviews, usability testing,'.padEnd(48) + 'Interaction design, prototyping'), '', '',
    G('E D U C AT I O N', 'B.F.A. Graphic Design · Oregon State University'), I('2011 — 2015 · CORVALLIS, OR'),
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.map((e) => [e.title?.value, e.organisation?.value])]), [
    ['ABOUT', 'summary', []],
    ['EXPERIENCE', 'experience', [['Senior UX Designer', 'Brightpath Learning'], ['UX Designer', 'Cascade Mutual Insurance']]],
    ['SKILLS & TOOLS', 'skills', []],
    ['EDUCATION', 'education', [['B.F.A. Graphic Design', 'Oregon State University']]],
  ]);
});

test('text (pdftotext of Jake\'s template): a role\'s title and dates, blank lines, then its employer and place over the bullets are one role', () => {
  const text = [
    'Aaron Castellanos', 'aaron@example.com', '', 'Experience', 'Associate Software Engineer', '', 'Jul. 2024 – Present', '',
    'Toyota Connected North America', 'Plano, TX',
    '• Build and maintain Kotlin microservices in the vehicle telematics ingestion pipeline, which handles 40M+ events', 'per day',
    '• Migrated three legacy cron jobs to AWS Step Functions, cutting nightly batch failures by 60%',
    '• Write integration tests with Testcontainers and take part in the on-call rotation for connected-services APIs', '',
    'Software Engineering Intern', '', 'May 2023 – Aug. 2023', '', 'Capital One', 'Plano, TX',
    '• Developed a Spring Boot service that reconciles card dispute records, reducing manual review time by 35%', '',
    'Undergraduate Research Assistant', '', 'Jan. 2022 – May 2024', '', 'Human Language Technology Research Institute, UT Dallas', 'Richardson, TX',
    '• Fine-tuned BERT-base models on 12K annotated sentences, improving entity-level F1 from 0.71 to 0.84',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Associate Software Engineer', 'Toyota Connected North America', 'Plano, TX', 2024, 3],
    ['Software Engineering Intern', 'Capital One', 'Plano, TX', 2023, 1],
    ['Undergraduate Research Assistant', 'Human Language Technology Research Institute, UT Dallas', 'Richardson, TX', 2022, 1],
  ]);
  // The whole probe (test/probes/pdf): there the employer's line reads as two fields, the second
  // ("UT Dallas") no job title, so part of the employer.
  const probe = parseText(readFileSync(join(repoRoot, 'test/probes/pdf/latex-jake-new-grad-swe.pdftotext.txt'), 'utf8'));
  const research = entries(probe).find((e) => e.title?.value === 'Undergraduate Research Assistant');
  assert.deepEqual([research?.organisation?.value, research?.dates?.start?.year, research?.bullets.length], ['Human Language Technology Research Institute', 2022, 3]);
});

test('text: an employer line that holds its place too ("Halvorsen Industrial Supply Co. Oak Brook, IL") still heads the roles listed under it', () => {
  const text = [
    'Kevin Marchetti', 'kevin@example.com', 'EXPERIENCE', 'Halvorsen Industrial Supply Co. Oak Brook, IL', 'Senior Accountant Apr 2021 – Present',
    '• Own month-end close for three operating entities ($140M combined revenue), cutting the close', 'from 9 to 5 business days.',
    'Staff Accountant Aug 2018 – Mar 2021', '• Reduced vendor payment errors by 35% by creating a three-way match checklist.',
    'Baird & Lindqvist LLP Chicago, IL', 'Audit Associate Sep 2016 – Jul 2018', '• Tested internal controls over revenue, inventory and payroll cycles.',
    'Audit Intern Summer 2015', '• Built an Excel tracker for 250 confirmation requests.',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Senior Accountant', 'Halvorsen Industrial Supply Co.', 'Oak Brook, IL'],
    ['Staff Accountant', 'Halvorsen Industrial Supply Co.', 'Oak Brook, IL'],
    ['Audit Associate', 'Baird & Lindqvist LLP', 'Chicago, IL'],
    ['Audit Intern', 'Baird & Lindqvist LLP', 'Chicago, IL'],
  ]);
});

test('text: a functional résumé\'s skill groups of sentences are entries whose bullets the writing rules read; skill lists stay skills', () => {
  const text = [
    'James Holloway', 'jh@example.com', 'SUMMARY OF QUALIFICATIONS', '• 18 years leading food manufacturing operations with up to 220 employees.',
    'PROFESSIONAL SKILLS & ACCOMPLISHMENTS', 'Leadership',
    '• Led a team of 8 supervisors and 220 hourly associates at a 180,000 sq ft snack food plant.',
    '• Responsible for hiring, coaching and performance reviews for all production supervisors.',
    'Operations', '• Worked with maintenance to build a preventive maintenance schedule in Fiix CMMS.',
    'WORK HISTORY', 'Operations Manager, Acme Foods, Dayton OH, 2016–2023',
    'TECHNICAL SKILLS', 'SAP S/4HANA, Power BI, Microsoft Excel',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.kind, s.entries.map((e) => [e.title?.value, e.bullets.length])]), [
    ['summary', []],
    ['skills', [['Leadership', 2], ['Operations', 1]]],
    ['experience', [['Operations Manager', 0]]],
    ['skills', []],
  ]);
  assert.ok(r.skills.some((s) => s.value === 'Power BI'));
  const weak = lint(text, 'resume.txt')!.findings.filter((f) => f.ruleId === 'weak-verb').map((f) => text.slice(f.span.start, f.span.end));
  assert.deepEqual(weak, ['Responsible for hiring', 'Worked with']);
});

test('text: neither a line that dates the document ("Updated January 2025") nor a monogram in a photo\'s place ("RH") is the name', () => {
  assert.equal(parseText('Updated January 2025\nJulia M. Ostrowski\nDepartment of Economics, Boston College\njulia@example.edu\n').contact.name?.value, 'Julia M. Ostrowski');
  assert.notEqual(parseText('RH\nCONTACT\n☎ (614) 555-0147\n✉ rh@example.com\nSKILLS\nManual therapy\n').contact.name?.value, 'RH');
});

test('text: a name with a nickname in quotes or brackets is the name (\'JAMES R. "JR" TALLEY\'), not the clearance line under it', () => {
  const r = parseText('JAMES R. "JR" TALLEY\nFayetteville, NC 28314 | 910-555-0153 | jr@example.com\nActive Secret Clearance | Transitioning NCO, available March 2027\n\nSUMMARY\nLogistics NCO with 12 years of experience.\n');
  assert.equal(r.contact.name?.value, 'JAMES R. "JR" TALLEY');
  assert.equal(parseText('Robert (Bob) Lee\nbob@example.com\n').contact.name?.value, 'Robert (Bob) Lee');
});

test('text: a bracket after the name closes it (pronouns, a company), and a name\'s own prefix is no run-in ("McCall")', () => {
  assert.equal(parseText('Sam Lee (they/them) | sam@example.com\n').contact.name?.value, 'Sam Lee');
  assert.equal(parseText('Jane Doe (she/her)\njane@example.com\n').contact.name?.value, 'Jane Doe');
  assert.equal(parseText('Becky McCall (Becky McCall Limited)\nbecky@example.com\n').contact.name?.value, 'Becky McCall');
  assert.equal(parseText('Robert (Bob) Lee\nbob@example.com\n').contact.name?.value, 'Robert (Bob) Lee');
  // A word over a whole name is no first name of it (a template's stray label: "START"); one word over one word still is.
  assert.equal(parseText('START\nCatarina Gamboa\nSoftware Engineering Ph.D. Student\n').contact.name?.value, 'Catarina Gamboa');
  assert.equal(parseText('Richard\nHendriks\nrichard@example.com\n').contact.name?.value, 'Richard Hendriks');
  // A phone number run into the name, the gap lost in a pdf.js copy.
  const runIn = parseText('Updated 5th December 2026\nPriya Natarajan727.555.0148 | priya@example.com\nSKILLS\n• Python\n').contact;
  assert.deepEqual([runIn.name?.value, runIn.phone?.value], ['Priya Natarajan', '727.555.0148']);
});

test('text: "Registered Nurse, …" under its employer is the role\'s title, not a line that opens with a past verb', () => {
  const text = [
    'Danielle Okafor', 'do@example.com', '', 'PROFESSIONAL EXPERIENCE', '',
    'The Ohio State University Wexner Medical Center, Columbus, OH', 'Registered Nurse, Medical Intensive Care Unit', 'August 2016 – February 2019',
    '• Cared for critically ill adults with sepsis, ARDS, DKA and multi-organ failure in a 36-bed MICU.',
    'Mount Carmel East Hospital, Columbus, OH', 'Licensed Practical Nurse, Medical-Surgical Unit', 'June 2015 – July 2016',
    '• Registered new admissions and updated care plans for 5–6 patients per shift.',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Registered Nurse, Medical Intensive Care Unit', 'The Ohio State University Wexner Medical Center', 1],
    ['Licensed Practical Nurse, Medical-Surgical Unit', 'Mount Carmel East Hospital', 1],
  ]);
});

test('text: a running head that prints the name and a page number once ("Danielle M. Okafor, RN – Page 2") is page furniture, not an entry', () => {
  const text = [
    'Danielle Okafor', 'do@example.com', '', 'PROFESSIONAL EXPERIENCE', '',
    'The Ohio State University Wexner Medical Center, Columbus, OH', 'Staff Nurse, Medical Intensive Care Unit', 'August 2016 – February 2019',
    '• Cared for critically ill adults with sepsis, ARDS, DKA and multi-organ failure in a 36-bed MICU.',
    '                                                       Danielle M. Okafor, RN – Page 2', '',
    'Mount Carmel East Hospital, Columbus, OH', 'Staff Nurse, Medical-Surgical Unit', 'June 2015 – July 2016',
    '• Delivered care to 5–6 patients per shift on a 32-bed medical-surgical unit.',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Staff Nurse, Medical Intensive Care Unit', 'The Ohio State University Wexner Medical Center', 1],
    ['Staff Nurse, Medical-Surgical Unit', 'Mount Carmel East Hospital', 1],
  ]);
});

test('text: school, degree, date twice over ("Chamberlain University…" / "Master of Science in Nursing – Nurse Educator Specialty Track" / "Expected December 2025" / "Capital University…" / "Bachelor of Science in Nursing, cum laude" / "May 2015") is two degrees, each with its school', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'EDUCATION', 'Chamberlain University, Chicago, IL (online)', 'Master of Science in Nursing – Nurse Educator Specialty Track',
    'Expected December 2025', 'Capital University, Columbus, OH', 'Bachelor of Science in Nursing, cum laude', 'May 2015',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.organisation?.value.split(',')[0], e.dates?.end?.year ?? e.dates?.start?.year]), [
    ['Chamberlain University', 2025],
    ['Capital University', 2015],
  ]);
});

test('text: "PROFESSIONAL REGISTRATIONS" lists licences; "SOFTWARE" lists the tools a person uses', () => {
  const r = parseText('Daniel Okafor, PE\ndo@example.com\n\nPROFESSIONAL REGISTRATIONS\nProfessional Engineer, North Carolina #045812\n\nSOFTWARE\nCivil 3D, MicroStation CONNECT, HEC-RAS\n');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['PROFESSIONAL REGISTRATIONS', 'certifications'], ['SOFTWARE', 'skills']]);
  assert.ok(r.skills.some((s) => s.value === 'HEC-RAS'));
});

test('text: "Scientist I, Translational Oncology" over "Northbridge Biosciences, Waltham, MA": the name alone on its line is the employer, the field after the comma part of the title', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'EXPERIENCE', '03/2019 – 02/2022 Scientist I, Translational Oncology', 'Northbridge Biosciences, Waltham, MA',
    '• Develop and qualify ELISA and MSD cytokine assays supporting Phase I dose-escalation studies',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Scientist I, Translational Oncology', 'Northbridge Biosciences', 'Waltham, MA'],
  ]);
});

test('text: "Junior Reporter, County Affairs" under "2014–2017 The Standard Nairobi, Kenya": a name alone on the dates\' line is the employer, even when the field after the title\'s comma holds an organisation\'s word; a bullet\'s wrapped end is no name', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'EXPERIENCE',
    '2014–2017 The Standard Nairobi, Kenya', 'Junior Reporter, County Affairs', '• Filed 12 stories a month, including weekend features',
    'ETH Zürich 2023 – present', 'Teaching Assistant, Organic Chemistry Laboratory Course II Zürich, Switzerland', '– Supervise 24 third-year students per semester in a weekly laboratory course.',
    // (Only a capitalised name: a sentence's wrapped end over the next role's dates stays out.)
    'Jan 2018 – Aug 2021', 'Speech-Language Pathologist, Chinook Regional Hospital, Lethbridge', '– Responsible for AAC device trials with the Alberta Aids to Daily', 'Living program.',
    'Sep 2016 – Dec 2017', 'Communicative Disorders Assistant, ErinoakKids Centre, Mississauga, ON', '– Delivered therapy programs to 40 preschool children.',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Junior Reporter, County Affairs', 'The Standard', 'Nairobi, Kenya'],
    ['Teaching Assistant, Organic Chemistry Laboratory Course II', 'ETH Zürich', 'Zürich, Switzerland'],
    ['Speech-Language Pathologist', 'Chinook Regional Hospital', 'Lethbridge'],
    ['Communicative Disorders Assistant', 'ErinoakKids Centre', 'Mississauga, ON'],
  ]);
});

test('text: Jake\'s template copied as a stream ("Allstate Northbrook, IL" over "Associate Data Scientist, Claims Analytics Jul. 2020 – May 2021"): the employer\'s line is the employer and its town', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'EXPERIENCE',
    'Allstate Northbrook, IL', 'Associate Data Scientist, Claims Analytics Jul. 2020 – May 2021', '• Built GLM claim severity models for 3 product lines',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Associate Data Scientist, Claims Analytics', 'Allstate', 'Northbrook, IL']]);
  // (A place alone on the line is no employer's name, though its town has two words.)
  const alone = ['Jo Smith', 'jo@example.com', '', 'EXPERIENCE', 'Menlo Park, CA', 'Software Engineer Jun. 2019 – Jun. 2020', '• Cut build times by 40%'].join('\n');
  assert.deepEqual(entries(parseText(alone)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Software Engineer', undefined, 'Menlo Park, CA']]);
});

test('text: "Grade 7 Policy Lead, Rail Reform Leeds", "Graduate Management Trainee (NGDP) Leeds": a known city after a title\'s qualifier or its note in brackets is the role\'s place', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'CAREER HISTORY',
    'Department for Transport Apr 2021 – current', 'Grade 7 Policy Lead, Rail Reform Leeds', '· Lead a team of 4 on the ticketing reform workstream',
    'Leeds City Council Aug 2015 – Aug 2016', 'Graduate Management Trainee (NGDP) Leeds', '· Completed 3 four-month placements in housing and finance',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Grade 7 Policy Lead, Rail Reform', 'Department for Transport', 'Leeds'],
    ['Graduate Management Trainee (NGDP)', 'Leeds City Council', 'Leeds'],
  ]);
});

test('text: "PERSONAL DETAILS" (date of birth, nationality) holds no roles and is no contact section unless it says how to reach the person', () => {
  const text = ['ROHAN DESHPANDE', 'rohan@example.com', '', 'EXPERIENCE', 'Design Engineer Aug 2018 – Jun 2021', 'Sahyadri Auto Components Pvt. Ltd., Pune', '➢ Created 200+ drawings a year', '', 'PERSONAL DETAILS', 'Date of Birth : 14/08/1994', 'Nationality : Indian', 'Notice Period : 30 days'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [['EXPERIENCE', 'experience', 1], ['PERSONAL DETAILS', 'other', 0]]);
  // (With a phone in it, the same section is contact details.)
  const reach = parseText(text + '\nPhone : +91 98220 45117');
  assert.deepEqual(reach.sections.map((s) => [s.title, s.kind, s.entries.length]), [['EXPERIENCE', 'experience', 1], ['PERSONAL DETAILS', 'contact', 0]]);
  assert.equal(reach.contact.phone?.value, '+91 98220 45117');
});

test('text: a degree\'s field of study run into its school\'s name ("Bachelor of Arts in Communication Moi University", "M.Sc. Supply Chain Management Erasmus University Rotterdam") parts at the field\'s last word', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'EDUCATION',
    '2008–2012 Bachelor of Arts in Communication Moi University, Eldoret', '2006–2007 Postgraduate Diploma in Journalism Aga Khan University, Nairobi',
    '2017–2019 M.Sc. Supply Chain Management Erasmus University Rotterdam', '2014–2016 Master Studies Digital Media',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Bachelor of Arts in Communication', 'Moi University', 'Eldoret'],
    ['Postgraduate Diploma in Journalism', 'Aga Khan University', 'Nairobi'],
    // (A city after a school's word is the school's name.)
    ['M.Sc. Supply Chain Management', 'Erasmus University Rotterdam', undefined],
    // (No school's name follows: "Digital Media" is the field's.)
    ['Master Studies Digital Media', undefined, undefined],
  ]);
});

test('text: with no blank line between entries (pdf.js, -raw), a title line whose comma sets off a field no organisation\'s word names, with no employer\'s line of its own, is a further role of the employer above', () => {
  const text = [
    'Jo Smith', 'jo@example.com', 'EXPERIENCE',
    'Ledgerly Inc. · Toronto, ON', 'Senior Customer Success Manager, Enterprise', 'January 2023 – Present', '▸ Own a book of 32 enterprise accounts.',
    'Customer Success Manager, Mid-Market', 'March 2020 – December 2022', '▸ Managed 85 mid-market accounts.',
    'Maplestone Software · Waterloo, ON', 'Onboarding Specialist', 'June 2017 – February 2020', '▸ Onboarded 40 customers a quarter.',
    'Support Lead, Stark Industries', 'June 2015 – May 2017', '▸ Ran a team of 6.',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Senior Customer Success Manager, Enterprise', 'Ledgerly Inc.'],
    ['Customer Success Manager, Mid-Market', 'Ledgerly Inc.'],
    ['Onboarding Specialist', 'Maplestone Software'],
    // (A name with an organisation's word after the comma is the employer.)
    ['Support Lead', 'Stark Industries'],
  ]);
});

test('text: projects whose bullets are marked: an unmarked "name – note" line right above them heads the next project, after a sentence\'s end, its link no part of the name, a bracket left open closed on the next line', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'EXPERIENCE', 'Data Engineer, Twiga Foods  2019 – 2023', '• Built 14 pipelines.', '', 'PROJECTS',
    'swahili-ner – named-entity recognition for Swahili news text github.com/wkamau/swahili-ner',
    '• Fine-tuned a multilingual transformer on 12,000 labelled sentences; F1 of 0.87 on the held-out set.',
    'mpesa-statement-parser – PDF statement parser (Python', 'package)', 'github.com/wkamau/mpesa-parser',
    '• Parses M-PESA statements into tidy tables; 1,400 monthly downloads on PyPI.',
  ].join('\n');
  const projects = parseText(text).sections.find((s) => s.kind === 'projects')!;
  assert.deepEqual(projects.entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['swahili-ner – named-entity recognition for Swahili news text', undefined, 1],
    ['mpesa-statement-parser – PDF statement parser (Python package)', undefined, 1],
  ]);
});

test('text: a name set after a sidebar is the person\'s when its words are in the e-mail address, a hyphenated surname against a dotted one ("Oliver Brennan-Achebe", "oliver.brennan.achebe@…")', () => {
  const r = parseText(['CONTACT', 'Bristol BS6', '07911 555302', 'oliver.brennan.achebe@gmail.com', 'KEY SKILLS', 'Lettings & renewals', 'HMO licensing', 'Oliver Brennan-Achebe', 'Senior Property Manager', 'PROFILE', 'Residential property manager with 10 years in Bristol lettings.'].join('\n'));
  assert.equal(r.contact.name?.value, 'Oliver Brennan-Achebe');
});

test('text: a count of something ("Over 3000 stars on Github", "300,000+ Youtube views") is a highlight that lost its bullet, never a header\'s name; a number in a name counts nothing ("Carpenters Local 1319")', () => {
  const text = [
    'Jo Smith', 'jo@example.com', '', 'PROJECTS', 'JSON Resume 2014-06-01 - Present', 'An open source initiative to create a JSON-based standard for resumes.', 'Over 3000 stars on Github', '',
    'Drone Hire 2015 - 2016', '300,000+ Youtube views', '', 'EXPERIENCE', 'Journeyman Carpenter, Carpenters Local 1319  2008 – 2012', '• Framed 40 houses',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['JSON Resume', undefined],
    ['Drone Hire', undefined],
    ['Journeyman Carpenter', 'Carpenters Local 1319'],
  ]);
});

test('text: Europass job titles in capitals ("HOTEL OPERATIONS MANAGER", "GUEST RELATIONS AGENT (SEASONAL)") under Work Experience are entries, not sections', () => {
  const text = ['Ines Ferreira', 'ines@example.com', '', 'WORK EXPERIENCE', '01/2019 – CURRENT', '', 'Lisbon, Portugal', '', 'HOTEL OPERATIONS MANAGER', 'Casa do Rio Boutique Hotel', '• Raised the review score from 8.1 to 9.4 in 2023.', '06/2010 – 09/2011', '', 'Albufeira, Portugal', '', 'GUEST RELATIONS AGENT (SEASONAL)', 'Praia Dourada Resort', 'Welcomed 40 guests a day in three languages.', '', 'EDUCATION AND TRAINING', '09/2006 – 07/2010', '', "BACHELOR'S DEGREE IN HOTEL MANAGEMENT", 'Escola Superior de Hotelaria do Estoril'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['WORK EXPERIENCE', 'EDUCATION AND TRAINING']);
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text]), [
    ['HOTEL OPERATIONS MANAGER', 'Casa do Rio Boutique Hotel', 'Lisbon, Portugal', '01/2019 – CURRENT'],
    // ("(SEASONAL)" says how the job was held, as "(part-time)" does: no part of the title.)
    ['GUEST RELATIONS AGENT', 'Praia Dourada Resort', 'Albufeira, Portugal', '06/2010 – 09/2011'],
    ["BACHELOR'S DEGREE IN HOTEL MANAGEMENT", 'Escola Superior de Hotelaria do Estoril', undefined, '09/2006 – 07/2010'],
  ]);
});

test('text: a degree and its field after a colon ("Bachelor of Science: Business Administration") is one title; a job word such as "Agent" makes a title', () => {
  const text = ['Jordan Washington', 'jw@example.com', '', 'Work History', '03/2021 - Current', '', 'Call Center Agent', 'Desert Sun Medical Billing', '• Answered 80 calls a day.', '', 'Education', '05/2015', '', 'Bachelor of Science: Business Administration', 'University of South Florida'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Call Center Agent', 'Desert Sun Medical Billing'],
    ['Bachelor of Science: Business Administration', 'University of South Florida'],
  ]);
});

test('text: a letter-spaced headline under the name ("D I G I T A L M A R K E T E R") is no summary; the PROFILE section\'s prose is', () => {
  const text = ['C H L O E M A RT I N E Z', 'D I G I T A L M A R K E T I N G S P E C I A L I S T', 'chloe@example.com', 'P R O F I L E', 'Results-driven digital marketer with 6+ years of experience. I love turning messy data into campaigns.', 'W O R K E X P E R I E N C E', '2022 - PRESENT', 'Digital Marketing Specialist', 'Bluebonnet Home Services | Austin, TX', '• Grew organic traffic 118% in 18 months.'].join('\n');
  assert.match(parseText(text).summary?.value ?? '', /^Results-driven digital marketer/);
});

test('text: the town after an employer\'s comma is a place where another entry writes its place so ("…, Bristol"), also a town no list knows ("Bath", "Mount Druitt")', () => {
  const cv = (second: string) => ['Gareth Price', 'gareth@example.com', '', 'CAREER HISTORY', 'Approved Electrician Mar 2019 – Present', 'Severn Electrical Services Ltd, Bristol', '• Ran a team of 3 on contracts up to £450k.', 'Electrician Jun 2015 – Feb 2019', second, '• Wired 200 new-build homes.', '', 'EDUCATION', 'Hartcliffe School, Mount Druitt 2006 – 2011', '9 GCSEs grades A*–C'].join('\n');
  const read = (t: string) => allEntries(parseText(t)).map((e) => [e.organisation?.value, e.location?.value]);
  assert.deepEqual(read(cv('Avon Electrical Contractors, Bath')), [
    ['Severn Electrical Services Ltd', 'Bristol'],
    ['Avon Electrical Contractors', 'Bath'],
    ['Hartcliffe School', 'Mount Druitt'],
  ]);
  // A company's suffix after the comma is its name; a university's campus is its name.
  assert.deepEqual(read(cv('Bain & Company, Inc.')).slice(1, 2), [['Bain & Company, Inc.', undefined]]);
  assert.deepEqual(read(cv('University of Texas, Austin')).slice(1, 2)[0][0], 'University of Texas, Austin');
});

test('text: "University of South Florida - Tampa, FL": a town and its state after the dash are the place; "University of Wisconsin - Madison" stays the school\'s name', () => {
  const text = ['Jo Smith', 'jo@example.com', '', 'Education', 'Bachelor of Science 05/2015', 'University of South Florida - Tampa, FL', '', 'Master of Science 2017', 'University of Wisconsin - Madison'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.organisation?.value, e.location?.value]), [
    ['University of South Florida', 'Tampa, FL'],
    ['University of Wisconsin - Madison', undefined],
  ]);
});

test('text: an apprenticeship is what was earned, its training body where ("4-Year Electrical Apprenticeship Program 2017" / "IEC Rocky Mountain – Denver, CO")', () => {
  const text = ['Cody Brannigan', 'cody@example.com', '', 'Education & Training', '4-Year Electrical Apprenticeship Program 2017', 'IEC Rocky Mountain – Denver, CO'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['4-Year Electrical Apprenticeship Program', 'IEC Rocky Mountain', 'Denver, CO']]);
});

test('text: "Kimley-Horn, Raleigh, NC — Project Manager, Transportation": the name before the place is the employer, the field after the title\'s comma qualifies the title', () => {
  const text = ['Dan Okafor', 'dan@example.com', '', 'PROFESSIONAL EXPERIENCE', 'Kimley-Horn, Raleigh, NC — Project Manager, Transportation', 'APRIL 2019 - PRESENT', '● Managed design budgets of $250K–$1.8M.', 'Maricopa County Superior Court, Phoenix, AZ — Legal Intern, Self-Service Center', 'SUMMER 2016', '● Assisted 40 litigants a week.'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Project Manager, Transportation', 'Kimley-Horn', 'Raleigh, NC'],
    ['Legal Intern, Self-Service Center', 'Maricopa County Superior Court', 'Phoenix, AZ'],
  ]);
});

test('text: the name line "Daniel Okafor, PE" is the name, and the person\'s place is the town under it', () => {
  const c = parseText(['Daniel Okafor, PE', 'Transportation & Stormwater Engineer', 'Raleigh, NC 27606', 'dokafor@example.com'].join('\n')).contact;
  assert.deepEqual([c.name?.value, c.location?.value], ['Daniel Okafor', 'Raleigh, NC 27606']);
});

test('text: "Shift Lead, Crossroads Snacks, Troy OH, 2005–2008": a town and a state\'s code that is also a word, as a whole piece, is the place', () => {
  const text = ['Pat Reyes', 'pat@example.com', '', 'WORK HISTORY', 'Shift Lead, Crossroads Snacks, Troy OH, 2005–2008', 'Operations Manager, Acme Foods CO, Dayton, OH, 2008–2020'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Shift Lead', 'Crossroads Snacks', 'Troy OH'],
    ['Operations Manager', 'Acme Foods CO', 'Dayton, OH'],
  ]);
});

test('text: degrees in capitals ("MASTER OF ARTS" … "BACHELOR OF SCIENCE") open an entry each, as in Title Case', () => {
  const text = ['John Doe', 'john@example.com', '', 'EDUCATION', 'MASTER OF ARTS', '', 'Major in Hacking and Computer Penetration,', 'University A, New York, USA.', '', 'BACHELOR OF SCIENCE', '', 'Major in Engineering, University B, Los Angeles, USA.'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['MASTER OF ARTS', 'University A'],
    ['BACHELOR OF SCIENCE', 'University B'],
  ]);
});

test('a headline whose last field is a place names where the person is ("Data Engineer · Singapore"); a headline of other fields names none', () => {
  const r = parseText('Tan Wei Jie\nData Engineer · Singapore\nweijie.tan@mailpost.sg · +65 9555 0173\n\nEXPERIENCE\nData Engineer, Grab (2021 – Present)\n');
  assert.equal(r.contact.location?.value, 'Singapore');
  const none = parseText('Tan Wei Jie\nData Engineer · Streaming · Lakehouse\nweijie.tan@mailpost.sg\n\nEXPERIENCE\nData Engineer, Grab (2021 – Present)\n');
  assert.equal(none.contact.location, undefined);
});

test('a name set in lower case by the template ("wanjiru kamau" over the headline) is the name; a lower-case headline is not', () => {
  const r = parseText('wanjiru kamau\ninvestigative journalist & data reporter\nw.kamau@proton.me\n\nEXPERIENCE\nSenior Reporter, Nation Media Group (2019 – Present)\n');
  assert.equal(r.contact.name?.value, 'wanjiru kamau');
  const headline = parseText('investigative journalist\nw.kamau@proton.me\n\nEXPERIENCE\nSenior Reporter, Nation Media Group (2019 – Present)\n');
  assert.equal(headline.contact.name, undefined);
});

test('text: trades\' job nouns make the title ("Buyer, Women\'s Accessories" over "Simons"), as "Engineer" does', () => {
  const r = parseText("Jane Doe\njane@mail.com\n\nEXPERIENCE\nBuyer, Women's Accessories\nSimons\n08/2016 - 04/2020 Quebec City, QC\nPlanned and bought handbags for 15 stores.\n\nSurveyor\nKellerman Associates\n2012 - 2016\nMapped 40 building sites a year.\n");
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ["Buyer, Women's Accessories", 'Simons'],
    ['Surveyor', 'Kellerman Associates'],
  ]);
});

test('text: headers whose last line is their dates ("Diploma" / "School" / "1985") part where the next one\'s lines begin', () => {
  const r = parseText('Jane Doe\njane@mail.com\n\nEDUCATION\nHigh School Diploma\nStart High School, Toledo, OH\n1985\nCDL Training Program\nOwens Community College, Perrysburg, OH\n2012\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['High School Diploma', 'Start High School', '1985'],
    ['CDL Training Program', 'Owens Community College', '2012'],
  ]);
});

test('text: headers that print school, degree, place and dates each on a line of its own part where the next school begins', () => {
  const r = parseText('Aisha Rahman\naisha@mail.com\n\nEducation\nUniversity of Manchester\nPostgraduate Certificate in Independent Prescribing\nManchester, UK\n2020\nKeele University\nPostgraduate Diploma in Clinical Pharmacy\nKeele, UK\n2016 – 2018\nUniversity of Bradford\nMPharm (Hons), First Class\nBradford, UK\n2010 – 2014\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text]), [
    ['Postgraduate Certificate in Independent Prescribing', 'University of Manchester', 'Manchester, UK', '2020'],
    ['Postgraduate Diploma in Clinical Pharmacy', 'Keele University', 'Keele, UK', '2016 – 2018'],
    ['MPharm (Hons), First Class', 'University of Bradford', 'Bradford, UK', '2010 – 2014'],
  ]);
});

test('text: British qualifications open an education entry whatever their note in brackets says ("GCSEs (5 at grade C and above, including English and Maths)"), and a degree line cut after "in" goes on to the next', () => {
  const r = parseText('Callum Ridley\ncallum@mail.com\n\nEducation\nNVQ Level 2 Diploma in Professional Cookery\nThe Manchester College\n2014 – 2016\nGCSEs (5 at grade C and above, including English and Maths)\nIrwell Park Academy, Salford\n2014\nBTEC Extended Diploma in\nHealth and Social Care\nLeeds City College\n2012 – 2014\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['NVQ Level 2 Diploma in Professional Cookery', 'The Manchester College', '2014 – 2016', 0],
    ['GCSEs (5 at grade C and above, including English and Maths)', 'Irwell Park Academy', '2014', 0],
    ['BTEC Extended Diploma in Health and Social Care', 'Leeds City College', '2012 – 2014', 0],
  ]);
});

test('text: the field after a degree\'s comma is the degree\'s, and the school is the line a name stands on alone ("M.S., Computer Science | 2018 – 2020" / "Stanford")', () => {
  const r = parseText('Jane Doe\njane@mail.com\n\nEducation\nM.S., Computer Science | 2018 – 2020\nStanford\nPh.D., Economics | 2014 – 2018\nHarvard\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['M.S., Computer Science', 'Stanford'],
    ['Ph.D., Economics', 'Harvard'],
  ]);
  // (A field wrapped before its last word goes on with it: "Certificate, Air Transport" / "Management".)
  const w = parseText('Jane Doe\njane@mail.com\n\nEducation\nUQAM\nCertificate, Air Transport\nManagement\n2018 – 2020 | Montréal, QC\n');
  assert.deepEqual(w.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Certificate, Air Transport Management', 'UQAM']]);
});

test('text: Irish and Indian addresses: a Dublin postal district and a county ("Dublin 8, Ireland", "Naas, Co. Kildare"), a house number before the street ("No. 14, 2nd Cross Street, Velachery, Chennai - 600042")', () => {
  const ie = parseText('Aoife Brennan\nDublin 8, Ireland | +353 87 555 0194 | aoife@postmail.ie\n\nEXPERIENCE\nInventory Planner\nShamrock Foods Group, Naas, Co. Kildare                    2019 - 2020\n- Cut stock-outs by 30%\n');
  assert.equal(ie.contact.location?.value, 'Dublin 8, Ireland');
  assert.deepEqual(allEntries(ie).map((e) => [e.organisation?.value, e.location?.value]), [['Shamrock Foods Group', 'Naas, Co. Kildare']]);
  const inn = parseText('Meenakshi Iyer\nmeenakshi@mailbox.co.in | +91 94455 01836\nNo. 14, 2nd Cross Street, Velachery, Chennai - 600042\n\nEXPERIENCE\nAccounts Executive, Coromandel Services 2019 - 2023\n- Cleared 400 invoices a month\n');
  assert.equal(inn.contact.location?.value, 'No. 14, 2nd Cross Street, Velachery, Chennai - 600042');
});

test('text: a school exam and its graded subjects after a colon are one title ("A Levels: Mathematics (A), Physics (A), Geography (B)", "GCSEs: English (9), Maths (8)")', () => {
  const r = parseText('Tom Hale\ntom@mail.com\n\nEducation\nA Levels: Mathematics (A), Physics (A), Geography (B)\t2008 – 2010\nRipondale Grammar School, Ripon\n\nGCSEs: English (9), Maths (8)\t2006 – 2008\nRipondale Grammar School, Ripon\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['A Levels: Mathematics (A), Physics (A), Geography (B)', 'Ripondale Grammar School'],
    ['GCSEs: English (9), Maths (8)', 'Ripondale Grammar School'],
  ]);
});

test('text: a place and then dates after the items of an entry with neither (pdftotext sets a right column\'s cells below the bullets) are that entry\'s', () => {
  const r = parseText('Aisha Rahman\naisha@mail.com\n\nEducation\nKeele University\nPostgraduate Diploma in Clinical Pharmacy\nKeele, UK\n2016 – 2018\n\nUniversity of Bradford\nMPharm (Hons), First Class\n• Final-year project on gentamicin dosing in neonates.\n\nBradford, UK\n2010 – 2014\n\nSkills\nAntimicrobial stewardship\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.location?.value, e.dates?.text, e.bullets.length]), [
    ['Postgraduate Diploma in Clinical Pharmacy', 'Keele, UK', '2016 – 2018', 0],
    ['MPharm (Hons), First Class', 'Bradford, UK', '2010 – 2014', 1],
  ]);
});

test('text: a wrapped item\'s last line that opens with a number and ends its sentence ("600-term glossary.") stays with the item, though the next entry\'s dates follow', () => {
  const r = parseText('Aoife Gallagher\naoife@mail.com\n\nPROFILE\nUX writer with seven years in product and editorial roles, the last four writing interface copy for fintech and travel apps\n\nEXPERIENCE\n09/2022 – present\nDublin\n\nSenior UX Writer\nRevolut\nRun fortnightly content critiques with designers.\nBuilt the content section of the design system: 14 component guidelines and a\n600-term glossary.\n\n03/2020 – 08/2022\nDublin\n\nUX Writer\nHostelworld Group\nRan A/B tests that raised checkout conversion by 3.1%.\n');
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['Senior UX Writer', 'Revolut', '09/2022 – present', 2],
    ['UX Writer', 'Hostelworld Group', '03/2020 – 08/2022', 1],
  ]);
});

test('text: a personal site under a national domain ("aoifewrites.ie", "jdoe.co.uk") is a link', () => {
  const r = parseText('Aoife Gallagher\naoife@protonmail.com · linkedin.com/in/aoifeg\naoifewrites.ie\n\nExperience\n');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['linkedin.com/in/aoifeg', 'aoifewrites.ie']);
});

test('text: a "Profiles" section of network names over handles ("Doximity" / "daniellereyes-pa") is the contact\'s links', () => {
  const r = parseText('Danielle Reyes\ndanielle@mail.com\nProfiles\nLinkedIn\ndanielle-reyes-pac\nDoximity\ndaniellereyes-pa\nExperience\nPhysician Assistant, CommuniCare Health Centers   2018 – 2021\n• Treated 30 patients a day\n');
  assert.equal(r.sections[0].kind, 'contact');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['danielle-reyes-pac', 'daniellereyes-pa']);
});

test('text: a contact line naming a neighbourhood before a known city ("Kukatpally, Hyderabad, Telangana") is the person\'s place; Irish cities are known', () => {
  const r = parseText('Sai Reddy\nLab Technician\n\nContact\n+91 98480 55217\nsai.reddy@mail.com\nKukatpally, Hyderabad, Telangana\n');
  assert.equal(r.contact.location?.value, 'Kukatpally, Hyderabad, Telangana');
  const ie = parseText('Aoife Gallagher\naoife@mail.com\n\nExperience\n06/2017 – 02/2020\nGalway\nContent Editor\nConnacht Tribune Digital\n• Grew subscribers from 8,000 to 21,000\n');
  assert.equal(ie.sections[0].entries[0].location?.value, 'Galway');
});

test('text: a phone number published with its last digits masked ("+49 176 *** *** **", "(555) XXX-XXXX") is the phone; stars that mark emphasis still go', () => {
  const r = parseText('Jan Kuster\nSoftware Developer\n\nBremen, Germany\ninfo@jankuester.com\n+49 176 *** *** **\n\nExperience\nIT Consultant - We4IT GmbH 2014 - 2016\n· Realized 12 projects in XPages\n');
  assert.equal(r.contact.phone?.value, '+49 176 *** *** **');
  const x = parseText('Ana Ruiz\nana@mail.com | +1 (555) XXX-XXXX | Austin, TX\n\nExperience\nNurse, Seton 2019 – Present\n- Cared for 8 patients a shift\n');
  assert.equal(x.contact.phone?.value, '+1 (555) XXX-XXXX');
  const clean = (t: string) => cleanInline(t, 0, t.length).text;
  assert.equal(clean('Cared for **8 patients** a *shift*'), 'Cared for 8 patients a shift');
  assert.equal(clean('* item'), ' item');
  assert.equal(clean('+49 176 *** *** **'), '+49 176 *** *** **');
});

test('cleanInline: an HTML comment is skipped only where it closes inside the piece; a line of unclosed "<!--" is read once, not once per opener', () => {
  assert.equal(cleanInline('Engineer <!-- x --> at Acme', 0, 27).text, 'Engineer at Acme');
  // (Its close lies past the piece's end: the opener is text.)
  assert.equal(cleanInline('Engineer <!-- x --> at Acme', 0, 16).text, 'Engineer <!-- x ');
  assert.equal(cleanInline('a <!-- b <!-- c --> d', 9, 21).text, 'd');
  // 50,000 openers and no close: 14.8 s CPU when each opener searched on to the end, ~0.07 s now.
  const long = '<!--'.repeat(50000);
  const t = process.cpuUsage();
  assert.equal(cleanInline(long, 0, long.length).text, long);
  const u = process.cpuUsage(t);
  assert.ok((u.user + u.system) / 1000 < 3000, `${(u.user + u.system) / 1000} ms`);
});

test('text: a contact line with icon glyphs copied as lone letters or control characters between its fields ("Ashgrove, Brisbane QLD 4060 Ħ 0412 736 509 Ɵ …") gives the place its own field', () => {
  const r = parseText('Emma Kowalczyk\nScience Teacher\n\u0099 Ashgrove, Brisbane QLD 4060 Ħ 0412 736 509 Ɵ emma.k@outlook.com.au\n\nExperience\nHead of Chemistry, Ashgrove State High School 2021 – Present\n• Led a team of 5 teachers\n');
  assert.equal(r.contact.location?.value, 'Ashgrove, Brisbane QLD 4060');
  assert.equal(r.contact.phone?.value, '0412 736 509');
});

test('text: a sidebar that wraps the person\'s place after its comma or dash ("Pimple Saudagar, Pune –" / "411027, Maharashtra") reads both lines as the place', () => {
  const r = parseText('Rohan Deshpande\nDesign Engineer\n\nContact\n+91 97654 32109\nrohan@mail.com\nPimple Saudagar, Pune –\n411027, Maharashtra\n\nExperience\nDesign Engineer, Sahyadri Auto 2018 – 2021\n• Created 3D models for 200 parts\n');
  assert.equal(r.contact.location?.value, 'Pimple Saudagar, Pune – 411027, Maharashtra');
  const b = parseText('Ananya Krishnan\nSocial Media Manager\n\nContact\n+91 98450 61327\nananyak@mail.com\nIndiranagar, Bengaluru,\nKarnataka\n\nExperience\nSocial Media Manager, Zestly Foods 2021 – Present\n• Grew followers by 40%\n');
  assert.equal(b.contact.location?.value, 'Indiranagar, Bengaluru, Karnataka');
  // (A line ending in a comma over a line no place completes stays apart.)
  const c = parseText('Ana Silva\n\nContact\nana@mail.com\nPorto,\nSenior Nurse\n\nExperience\nNurse, Hospital de Santo António 2019 – Present\n• Cared for 8 patients a shift\n');
  assert.notEqual(c.contact.location?.value, 'Porto, Senior Nurse');
});

test('text: a town right after a job title or a degree, with no comma ("Owner & Head Barber Leeds", "Senior Barber Leeds City Centre"), is the place', () => {
  const r = parseText('Kieran Doyle\nkieran@mail.com\n\nExperience\nDoyle Grooming Co. March 2019 – Present\nOwner & Head Barber Leeds\n• Grew the team to 3 barbers\nHeadrush Barbers June 2015 – February 2019\nSenior Barber Leeds City Centre\n• Averaged 20 clients a day\n\nEducation\nLeeds City College 2017\nNVQ Level 3 Diploma in Barbering Leeds\n');
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Owner & Head Barber', 'Doyle Grooming Co.', 'Leeds'],
    ['Senior Barber', 'Headrush Barbers', 'Leeds City Centre'],
    ['NVQ Level 3 Diploma in Barbering', 'Leeds City College', 'Leeds'],
  ]);
});

test('text: a bullet\'s wrapped last line that ends a sentence ("Therapeutics Committee.") is no heading', () => {
  const r = parseText('Aisha Rahman\naisha@mail.com\nSummary\nHospital pharmacist with nine years in acute trusts, most recently leading a stewardship service.\nExperience\nManchester University NHS Foundation Trust\nLead Pharmacist, Antimicrobial Stewardship\nApr 2022 – present\n• Chair the monthly antimicrobial stewardship committee and report to the Drugs and\nTherapeutics Committee.\n• Responsible for the teaching programme for foundation doctors on antimicrobial pre-\nscribing.\n• Cut antibiotic days by 18% in two years.\n');
  assert.deepEqual(r.sections.map((s) => s.kind), ['summary', 'experience']);
  assert.equal(r.sections[1].entries[0].bullets.length, 3);
});

test('text: a table of personal details flattened to text ("Name:" / value, "Address:" / value) gives the name and the place; "Professional Membership" is a list of its own', () => {
  const r = parseText('CURRICULUM VITAE\nPERSONAL DATA\nName:\nEngr. Chukwuemeka Okafor-Adeyemi\nAddress:\n14 Ademola Street, Wuse II, Abuja, FCT\nPhone:\n+234 803 555 0192\nEmail:\nemeka@mail.com\nWORK EXPERIENCE\nSite Engineer\tMarch 2020 – Date\nSahel Bridges & Roads Ltd, Abuja\n    • Supervised 23 km of dual carriageway\nPROFESSIONAL MEMBERSHIP\n    • Corporate Member, Nigerian Society of Engineers (NSE)\n');
  assert.equal(r.contact.name?.value, 'Engr. Chukwuemeka Okafor-Adeyemi');
  assert.equal(r.contact.location?.value, '14 Ademola Street, Wuse II, Abuja, FCT');
  assert.equal(r.contact.email?.value, 'emeka@mail.com');
  assert.deepEqual(r.sections.map((s) => s.kind), ['contact', 'experience', 'other']);
  assert.equal(r.sections[1].entries[0].dates?.current, true);
});

test('text: a header line wrapped after a joining word ("SRM Institute of Science and" / "Technology, Chennai 2020") is read as one line', () => {
  const r = parseText('Priya Nair\npriya@mail.com\n\nEducation\n\nB.Tech, Computer Science and Engineering – SRM Institute of Science and\nTechnology, Chennai 2020\n\nExperience\n\nData Analyst – Ola Mobility, Bengaluru    2021 – Present\n- Built 14 dashboards for the city operations team\n');
  const edu = r.sections.find((s) => s.kind === 'education')!.entries[0];
  assert.equal(edu.organisation?.value, 'SRM Institute of Science and Technology');
  assert.equal(edu.dates?.text, '2020');
});

test('text: a unit after the title\'s comma ("Museum Educator, School & Teacher Programs") qualifies the title — and stays in it — when another line names the employer; a college there is the employer', () => {
  const r = parseText('Rosa Delgado\nrosa@mail.com\n\nExperience\nMuseum Educator, School & Teacher Programs Aug 2020 – Present\nField Museum of Natural History Chicago, IL\n• Designed gallery programs for 9,000+ students a year\nPostdoctoral Researcher, Hartmann Group Zürich, Switzerland\nETH Zürich, Laboratory of Organic Chemistry Mar 2023 – present\n• Developed 48 new couplings\nScience Teacher, Downs Christian College, Toowoomba QLD Feb 2014 – Dec 2016\n• Taught 140 students a year\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Museum Educator, School & Teacher Programs', 'Field Museum of Natural History'],
    ['Postdoctoral Researcher, Hartmann Group', 'ETH Zürich, Laboratory of Organic Chemistry'],
    ['Science Teacher', 'Downs Christian College'],
  ]);
});

test('text: an icon standing alone between a header\'s fields ("⌂ Acme Logistics ◷ Feb 2020 – Jul 2021 ⚲ Rotterdam", emoji, icon-font glyphs) parts them; a sign inside a name stays', () => {
  const head = (line: string) => {
    const e = parseText(`Rosa Delgado\nrosa@mail.com\n\nExperience\nAnalyst\n${line}\n• Built a demand model for 40 stores\n`).sections[0].entries[0];
    return [e.organisation?.value, e.location?.value, e.dates?.text];
  };
  assert.deepEqual(head('⌂ Acme Logistics ◷ Feb 2020 – Jul 2021 ⚲ Rotterdam'), ['Acme Logistics', 'Rotterdam', 'Feb 2020 – Jul 2021']);
  assert.deepEqual(head('🏢 Acme Logistics 📅 Feb 2020 – Jul 2021 📍 Rotterdam'), ['Acme Logistics', 'Rotterdam', 'Feb 2020 – Jul 2021']);
  assert.deepEqual(head('\uf1ad Acme Logistics \uf073 Feb 2020 – Jul 2021 \uf3c5 Rotterdam'), ['Acme Logistics', 'Rotterdam', 'Feb 2020 – Jul 2021']);
  assert.deepEqual(head('Acme™ Logistics, Rotterdam   Feb 2020 – Jul 2021'), ['Acme™ Logistics', 'Rotterdam', 'Feb 2020 – Jul 2021']);
  // Each field has its icon: a country at the end of the employer's field is part of its name.
  assert.equal(head('⌂ Heineken Netherlands ◷ Feb 2019 – Jul 2019 ⚲ Rotterdam')[0], 'Heineken Netherlands');
});

test('text: a job title run into its employer\'s name with no separator, as pdf.js copies a table row ("Senior Veterinarian Plains Veterinary Group, Ashburton"), is parted after the title; a certification or a name with no organisation\'s word is not', () => {
  const first = (line: string) => {
    const e = parseText(`Hannah Whitcombe\nhannah@mail.co.nz\n\nExperience\n${line}\n• Ran the large-animal on-call roster for 6 vets\n`).sections[0].entries[0];
    return [e.title?.value, e.organisation?.value];
  };
  assert.deepEqual(first('2021 – now Senior Veterinarian Plains Veterinary Group, Ashburton'), ['Senior Veterinarian', 'Plains Veterinary Group']);
  assert.deepEqual(first('2016 – 2018 Associate Veterinarian Piako Veterinary Services, Morrinsville'), ['Associate Veterinarian', 'Piako Veterinary Services']);
  assert.deepEqual(first('2011 – 2015 Bachelor of Veterinary Science (BVSc) Massey University, Palmerston North'), ['Bachelor of Veterinary Science (BVSc)', 'Massey University']);
  const cert = first('2021 React Developer Certification React University');
  assert.notEqual(cert[1], 'Certification React University');
});

test('text: a degree or title that opens with "Honours" or "Grade" ("Honours B.Sc., Life Sciences", "Grade 7 Policy Lead") is the title, and "M.Ed." and "MPharm" are degrees; "Honours: First Class" is still a detail', () => {
  const r = parseText('Priya Nair\npriya@mail.com\n\nExperience\nDepartment for Transport\nGrade 7 Policy Lead, Rail Reform\nApr 2021 – current\n• Led the business case for 3 rail franchises\n\nEducation\nHonours B.Sc., Life Sciences\nMcMaster University | Hamilton, ON\n2013 – 2017\nHonours: First Class\n\nM.Ed., Curriculum and Instruction | Concordia University | December 2022\n\nMPharm (Hons), First Class\nUniversity of Bradford\n2010 – 2014\n');
  const titles = r.sections.flatMap((s) => s.entries.map((e) => e.title?.value));
  assert.deepEqual(titles, ['Grade 7 Policy Lead, Rail Reform', 'Honours B.Sc., Life Sciences', 'M.Ed., Curriculum and Instruction', 'MPharm (Hons), First Class']);
});

test('text: a note in brackets after the part of a header past its comma stays with it ("Nurse Manager, Medical-Surgical Unit (5 West)", "Bachelor of Arts, Elementary Education (K–6)")', () => {
  const r = parseText('Dana Reyes\ndana@mail.com\n\nExperience\nNurse Manager, Medical-Surgical Unit (5 West)\nRiverbend Health System, Columbus, OH\nMarch 2021 – Present\n• Led a team of 40 nurses\n\nEducation\nBachelor of Arts, Elementary Education (K–6)\nUniversity of North Carolina at Greensboro\nMay 2017\n\nM.S., Civil Engineering (Water Resources)\nNorth Carolina State University\nMay 2013\n');
  assert.deepEqual(r.sections.flatMap((s) => s.entries.map((e) => e.title?.value)), ['Nurse Manager, Medical-Surgical Unit (5 West)', 'Bachelor of Arts, Elementary Education (K–6)', 'M.S., Civil Engineering (Water Resources)']);
});

test('text: a country the employer\'s name ends on ("Northwind Logistics Canada") is the name\'s when another line gives the place; alone, it is the place', () => {
  const head = (lines: string) => {
    const e = parseText(`Priya Raghunathan\npriya@mail.com\n\nExperience\n${lines}\n● Led the HR workstream for a 220-person acquisition\n`).sections[0].entries[0];
    return [e.organisation?.value, e.location?.value];
  };
  assert.deepEqual(head('Northwind Logistics Canada\nSenior HR Business Partner\nJanuary 2024 - Present\nMississauga, Ontario, Canada'), ['Northwind Logistics Canada', 'Mississauga, Ontario, Canada']);
  assert.deepEqual(head('Senior HR Business Partner\nNorthwind Logistics Canada\nJanuary 2024 - Present'), ['Northwind Logistics', 'Canada']);
});

test('text: a title run into an employer or school whose name opens with initials or a code ("Senior Product Designer N26, Berlin", "B.A. Communication Design HAW Hamburg") is parted there; a line in capitals is not', () => {
  const heads = parseText('Selin Aydin\nselin@mail.com\n\nExperience\n2022 – Now Senior Product Designer N26, Berlin\n• Led the redesign of the savings flow for 4M users\n2016 Design Intern XING, Hamburg\n• Drew 40 onboarding screens\n\nEducation\n2013 – 2017 B.A. Communication Design HAW Hamburg\n2009 – 2013 BACHELOR OF SCIENCE\n').sections.flatMap((s) => s.entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]));
  assert.deepEqual(heads, [
    ['Senior Product Designer', 'N26', 'Berlin'],
    ['Design Intern', 'XING', 'Hamburg'],
    ['B.A. Communication Design', 'HAW Hamburg', undefined],
    ['BACHELOR OF SCIENCE', undefined, undefined],
  ]);
});

test('text (-layout): Title Case section names set right-aligned in a left margin, on the first line of each section, head their sections in order, whatever case the line beside them opens in', () => {
  const G = (name: string, rest = '') => (rest ? name.padStart(11) + '    ' + rest : name);
  const I = (rest: string) => ' '.repeat(15) + rest;
  const text = [
    'Richard Hendriks', 'richard@mail.com', '', '',
    G('Work', 'CEO/President'), I('Pied Piper · Awesome compression company'), I('Dec 2013 – Dec 2014'), I('Palo Alto, CA'), '',
    I('Optimized an algorithm that holds the current world record for Weisman Scores.'), '', '',
    G('Volunteer', 'CoderDojo'), I('Teacher'), I('Jan 2012 – Jan 2013'), '', I('Ran a free coding club for 40 children.'), '', '',
    G('Education', 'University of Oklahoma'), I('Bachelor in Information Technology'), I('Jun 2011 – Jan 2014'), '', '',
    G('Interests', 'wildlife'.padEnd(30) + 'chess'), I('ferrets, unicorns'), '',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'volunteer', 'education', 'interests']);
  assert.deepEqual(r.sections.slice(0, 3).map((s) => s.entries.map((e) => [e.title?.value, e.organisation?.value])), [[['CEO/President', 'Pied Piper']], [['Teacher', 'CoderDojo']], [['Bachelor in Information Technology', 'University of Oklahoma']]]);
});

test('text: how the work was done, in brackets after the place ("Seattle, WA (hybrid)", "Austin, TX (Remote)"), leaves the place as the location', () => {
  const loc = (line: string) => parseText(`Priya Raman\npriya@mail.com\n\nExperience\nSenior UX Designer · Brightpath Learning\n${line}\n– Led design for the teacher dashboard used by 38,000 teachers\n`).sections[0].entries[0].location?.value;
  assert.match(loc('JAN 2021 — PRESENT · SEATTLE, WA (HYBRID)') ?? '', /^SEATTLE, WA/);
  assert.match(loc('Jan 2021 – Present · Austin, TX (Remote)') ?? '', /^Austin, TX/);
});

test('text: a contact line that is a place after an icon ("⌂ Chapel Allerton, Leeds", "📍 Boise, ID") gives the location', () => {
  for (const [line, place] of [['⌂ Chapel Allerton, Leeds', 'Chapel Allerton, Leeds'], ['📍 Boise, ID', 'Boise, ID']]) {
    const r = parseText(`Kieran Doyle\nkieran@doylegrooming.co.uk\n☎ 07700 900 318\n${line}\n\nExperience\nSenior Barber, Doyle Grooming\n2019 – Present\n• Cut 40 clients a week\n`);
    assert.equal(r.contact.location?.value, place, line);
  }
});

test('text (pdftotext of Jake\'s template): a place alone after the last role\'s bullets, before the next section, is that role\'s when it has none', () => {
  const r = parseText(['Aaron Castellanos', 'aaron@example.com', '', 'Experience', 'IT Help Desk Technician', '', 'Sep. 2020 – Dec. 2021', '', 'Office of Information Technology, UT Dallas', '• Resolve 40 tickets a week through ServiceNow', '• Wrote PowerShell scripts for 200 workstations', '', 'Richardson, TX', '', 'Projects', 'ParkPal | React Native, Firebase', 'Jan. 2024 – May 2024', '• Led a four-person team'].join('\n'));
  const e = r.sections[0].entries;
  assert.equal(e.length, 1);
  assert.equal(e[0].location?.value, 'Richardson, TX');
  assert.equal(e[0].bullets.length, 2);
});

test('text: a later role under the employer takes the place set under the employer\'s name, a blank line between them (poppler\'s "Absa Bank" / "" / "Pretoria, Gauteng")', () => {
  const r = parseText(['Nomvula Dlamini', 'nomvula@mail.com', '', 'Experience', 'Absa Bank', '', 'Pretoria, Gauteng', '', 'Personal Banker', '', 'Jun 2014 – Dec 2017', '• Grew a book of 300 clients', '', 'Teller / Service Consultant', '', 'Feb 2012 – May 2014', '• Served 90 customers a day'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Personal Banker', 'Absa Bank', 'Pretoria, Gauteng'],
    ['Teller / Service Consultant', 'Absa Bank', 'Pretoria, Gauteng'],
  ]);
});

test('text (Indeed\'s export): a piece after the title\'s dash ("Class A CDL Driver - Regional") qualifies the title when the next line reads as an employer and its place; alone, it is still the employer', () => {
  const head = (lines: string) => {
    const e = parseText(`Dale Whitaker\ndale@mail.com\n\nWork Experience\n\n${lines}\n- Drove 2,400 miles a week with no preventable accidents\n`).sections[0].entries[0];
    return [e.title?.value, e.organisation?.value, e.location?.value];
  };
  assert.deepEqual(head('Class A CDL Driver - Regional\nPrairie Freight Lines - Joliet, IL\nMarch 2021 to Present'), ['Class A CDL Driver - Regional', 'Prairie Freight Lines', 'Joliet, IL']);
  assert.deepEqual(head('Class A CDL Driver - Prairie Freight Lines\nJoliet, IL\nMarch 2021 to Present'), ['Class A CDL Driver', 'Prairie Freight Lines', 'Joliet, IL']);
});

test('text: a Word résumé laid out as a table and printed as a grid table (pandoc) is read cell by cell, dates from the narrow cell, role from the wide one', () => {
  const text = [
    'Dana Okafor',
    'dana.okafor@example.com',
    '',
    'Experience',
    '',
    '+-------------+-------------------------------------------+',
    '| 2020 –      | Head Baker                                |',
    '| Present     |                                           |',
    '|             | Crumb & Co, Leeds                         |',
    '|             |                                           |',
    '|             | -   Run a 6-person early shift baking 900 |',
    '|             |     loaves a day                          |',
    '|             |                                           |',
    '|             | -   Cut flour waste 12% with a new proof  |',
    '|             |     schedule                              |',
    '+-------------+-------------------------------------------+',
    '| 2016 – 2020 | Baker                                     |',
    '|             |                                           |',
    '|             | Oven House, York                          |',
    '|             |                                           |',
    '|             | -   Trained 3 apprentices                 |',
    '+=============+===========================================+',
    '',
    'Skills',
    '',
    'Sourdough, lamination, HACCP',
  ].join('\n');
  const r = parseText(text);
  const roles = r.sections.find((s) => s.kind === 'experience')!.entries;
  assert.deepEqual(
    roles.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text ?? e.dates?.start, e.bullets.length]),
    [
      ['Head Baker', 'Crumb & Co', 'Leeds', '2020', 2],
      ['Baker', 'Oven House', 'York', '2016', 1],
    ],
  );
  // A bullet's lines come from one cell: no pipe, no text of the dates' cell, spans inside the document.
  const b = roles[0].bullets[0];
  assert.ok(!b.text.includes('|') && /^Run a 6-person early shift baking 900\s+loaves a day$/.test(b.text), b.text);
  assert.equal(slice(text, roles[0].title!.span), 'Head Baker');
  // No grid: lines with pipes stay as they are.
  assert.deepEqual(parseText('Ana Ruiz\n\nExperience\nEngineer | Acme | 2019 – 2021\n').sections[0].entries[0].organisation?.value, 'Acme');
});

test('text: short capitalised tokens joined by a slash or "&" ("DFM / DFA", "SEO & SEM") are a list\'s items, not a section nobody named', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', 'Engineer, Acme, 2019 - 2021', '- Cut costs 20%', '', 'SKILLS', '', 'SEO & SEM', '', 'DFM / DFA', '', 'Tolerance stack-up', '', 'EDUCATION', 'BSc Physics, Leeds University, 2015'].join('\n');
  const names = parseText(text).sections.map((s) => s.title);
  assert.deepEqual(names, ['EXPERIENCE', 'SKILLS', 'EDUCATION']);
  // A heading nobody has a name for still is one when it has longer words ("VOLUNTEER WORK & MEDIA").
  assert.ok(parseText(text.replace('SEO & SEM', 'COMMUNITY & MEDIA')).sections.some((s) => s.title === 'COMMUNITY & MEDIA'));
});

test('text: how a course or a job was held, in brackets after its place ("Chicago, IL (online)", "Leeds (hybrid)"), leaves the school or employer and its place parted', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'Master of Science in Nursing', 'Lakeshore University, Chicago, IL (online)', 'Expected December 2025', '', 'EXPERIENCE', 'Staff Nurse', 'Riverside Health, Leeds, UK (hybrid)', '2019 – 2023'].join('\n');
  const got = entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]);
  assert.deepEqual(got, [
    ['Master of Science in Nursing', 'Lakeshore University', 'Chicago, IL'],
    ['Staff Nurse', 'Riverside Health', 'Leeds, UK'],
  ]);
});

test('text: a school line copied with one space between its columns ("SSC Maharashtra State Board 2010 86.9%", "B.Tech Anna University CGPA 8.1/10") parts the degree, the board or school, and the score', () => {
  const text = ['Ravi Kumar', 'ravi@example.com', '', 'EDUCATION', 'B.Tech Anna University CGPA 8.1/10 2016', 'HSC (Science) Tamil Nadu State Board 2012 74.2%', 'SSC Tamil Nadu State Board 2010 86.9%', 'BSc Physics, University of Leeds GPA: 3.8/4.0 2019'].join('\n');
  const got = entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]);
  assert.deepEqual(got, [
    ['B.Tech', 'Anna University'],
    ['HSC (Science)', 'Tamil Nadu State Board'],
    ['SSC', 'Tamil Nadu State Board'],
    ['BSc Physics', 'University of Leeds'],
  ]);
  // A degree's field that ends on a word organisations use is no school ("BA English and New Media").
  assert.deepEqual(entries(parseText('Ana Ruiz\nana@example.com\n\nEDUCATION\nBA English and New Media 2019\n')).map((e) => e.title?.value), ['BA English and New Media']);
});

test('text: a dated line that ends in a place opens its own entry ("2011 High School Diploma, Hillcrest High School, Memphis, TN"), unless its date ends the range the line above left open ("2019 –   Title" / "2021   Employer, Town")', () => {
  const list = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', '2021 Supervisory Leadership Certificate, Delta Community College', '2011 High School Diploma, Hillcrest High School, Memphis, TN', '', 'SKILLS', 'Excel'].join('\n');
  assert.deepEqual(entries(parseText(list)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['Supervisory Leadership Certificate', 'Delta Community College', '2021'],
    ['High School Diploma', 'Hillcrest High School', '2011'],
  ]);
  const margin = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', '   2019 –        Inbound Logistics Specialist', '    2021         Lakeshore Distribution Co., Bolingbrook, IL', '                 Scheduled 40 inbound loads a day.', '   2016 –        Shipping Clerk', '    2019         Kessler Auto Parts, Naperville, IL', '                 Checked 300 packing lists a week.'].join('\n');
  assert.deepEqual(entries(parseText(margin)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year]), [
    ['Inbound Logistics Specialist', 'Lakeshore Distribution Co.', 2019, 2021],
    ['Shipping Clerk', 'Kessler Auto Parts', 2016, 2019],
  ]);
});

test('text: a degree\'s class on a line or piece of its own ("Second Class Honours, Upper Division", "First Class", "Magna Cum Laude") is no school and no place', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'Bachelor of Arts in Communication', 'Second Class Honours, Upper Division', '2008 – 2012', '', 'MPharm (Hons), First Class', '2012 – 2016', '', 'BA History, Magna Cum Laude', 'Yale University', '2016'].join('\n');
  const got = entries(parseText(text)).map((e) => [e.organisation?.value ?? null, e.location?.value ?? null]);
  assert.deepEqual(got, [
    [null, null],
    [null, null],
    ['Yale University', null],
  ]);
});

test('text: a job title run into an employer whose name opens with an organisation\'s word ("UX/UI Designer Studio Kranich, Hamburg", "Senior Analyst Bank of America") parts there', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', '2019 – 2023 UX/UI Designer Studio Kranich, Hamburg', '• Designed 3 apps', '2016 – 2019 Senior Analyst Bank of America, Charlotte, NC', '• Built 12 risk models', '2014 – 2016 Museum Educator, Leeds City Museum', '• Ran 200 school visits'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['UX/UI Designer', 'Studio Kranich'],
    ['Senior Analyst', 'Bank of America'],
    ['Museum Educator', 'Leeds City Museum'],
  ]);
});

test('text: roles under an employer\'s line whose name took in a country ("Northwind Logistics Canada", LinkedIn\'s company line) are that employer\'s', () => {
  const linkedin = ['Ana Ruiz', 'ana@example.com', 'Experience', 'Northwind Logistics Canada', 'Senior HR Business Partner', 'January 2024 - Present', 'Mississauga, Ontario', '● Led the HR side of 2 acquisitions', 'HR Business Partner', 'May 2022 - January 2024', 'Mississauga, Ontario', '● Ran 40 investigations', 'Maple Crest Foods', 'HR Generalist', 'August 2018 - April 2022', 'Brampton, Ontario'].join('\n');
  assert.deepEqual(entries(parseText(linkedin)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Senior HR Business Partner', 'Northwind Logistics Canada'],
    ['HR Business Partner', 'Northwind Logistics Canada'],
    ['HR Generalist', 'Maple Crest Foods'],
  ]);
});

test('text: an icon before a field says what it is: a pin a place ("⚲ Zoeterwoude", "📍 Ashburton"), a building an employer ("⌂ Heineken Netherlands") over the field after the title\'s comma', () => {
  const text = ['Sanne Berg', 'sanne@gmail.com', 'EXPERIENCE', 'Supply Chain Analyst', '⌂ Coolblue ◷ Feb 2022 – Present ⚲ Rotterdam', '• Built the weekly forecast for 2 centres.', 'Graduate Intern, Demand Planning', '⌂ Heineken Netherlands ◷ Feb 2019 – Jul 2019 ⚲ Zoeterwoude', '• Wrote a thesis on uplift forecasting for 120 SKUs.', 'Farm Hand', '🏢 Greenvale Dairy · 📍 Ashburton · 2016 – 2018', '• Milked 300 cows a day.'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Supply Chain Analyst', 'Coolblue', 'Rotterdam'],
    ['Graduate Intern, Demand Planning', 'Heineken Netherlands', 'Zoeterwoude'],
    ['Farm Hand', 'Greenvale Dairy', 'Ashburton'],
  ]);
});

test('text: a name holding a job\'s word in the plural ("West Riding First Aid Volunteers") is the organisation, not the title', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'VOLUNTEERING', 'Event First Aider', 'West Riding First Aid Volunteers, Leeds', '2016 – 2019', 'First aid cover at 40 football matches.'].join('\n');
  assert.deepEqual(parseText(text).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Event First Aider', 'West Riding First Aid Volunteers', 'Leeds']]);
});

test('text: a degree\'s name wrapped onto the next line ("M.Sc. Supply Chain" / "Management", "Diploma in" / "Health and Social Care") is one name, the school the line after', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'M.Sc. Supply Chain', 'Management', 'Erasmus University Rotterdam', '2018 – 2019', 'BTEC Extended Diploma in', 'Health and Social Care', 'Leeds City College', '2013 – 2015'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['M.Sc. Supply Chain Management', 'Erasmus University Rotterdam'],
    ['BTEC Extended Diploma in Health and Social Care', 'Leeds City College'],
  ]);
});

test('text: a town alone on the line after one that ends on a comma ("… at Flatirons Tax & Bookkeeping," / "Boulder") is where, though a word list holds the name; not after a title\'s comma or in a list', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EMPLOYMENT HISTORY', 'Accounting Clerk (part-time) at Flatirons Tax & Bookkeeping,', 'Boulder', 'SEPTEMBER 2016 — MAY 2019', 'Entered 300 client transactions a month in QuickBooks.', '', 'EDUCATION', 'Bachelor of Science, Accounting, University of Colorado Boulder,', 'Boulder', 'AUGUST 2015 — MAY 2019'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.organisation?.value, e.location?.value]), [
    ['Flatirons Tax & Bookkeeping', 'Boulder'],
    ['University of Colorado Boulder', 'Boulder'],
  ]);
  const title = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', 'Sep 2003 - Jun 2005', 'IT Administrator,', 'Web', '• Ran 40 servers.'].join('\n');
  assert.equal(entries(parseText(title))[0]?.location, undefined);
});

test('text: a name wrapped before the generic words that end it ("Southwest Tennessee" / "Community College") is one name, not a place and a college; a note in brackets alone on a line ("(certificate)") belongs to the field above', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'Supply Chain Fundamentals', '(certificate)', 'Southwest Tennessee', 'Community College', '2019', '', 'A-Levels', 'Leeds', 'City College', '2009 – 2011'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Supply Chain Fundamentals (certificate)', 'Southwest Tennessee Community College', undefined],
    ['A-Levels', 'Leeds City College', undefined],
  ]);
  // A person's name over an employer that is a name of its own stays two fields.
  const ref = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', 'Ward Manager', 'Claire Hammond', 'Royal Free Hospital', '2019 – 2021', '• Ran a 28-bed ward.'].join('\n');
  assert.notEqual(entries(parseText(ref))[0]?.organisation?.value, 'Claire Hammond Royal Free Hospital');
});

test('text: capitals in brackets after a school\'s name are its initials ("The Banking Academy (BANKSETA)"), no town; a sign an icon font copies for its map pin ("{ 2019 + Sintra") marks a place no list knows', () => {
  const school = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'The Banking Academy (BANKSETA) 2019', 'Management Development Programme', 'Bristol Academy (Clifton) 2012', 'A-Levels'].join('\n');
  assert.deepEqual(entries(parseText(school)).map((e) => [e.organisation?.value, e.location?.value]), [
    ['The Banking Academy (BANKSETA)', undefined],
    ['Bristol Academy', 'Clifton'],
  ]);
  const pin = ['Ana Ruiz', 'ana@example.com', '', 'PROJECTS', 'Casa do Alto', '{ 2019 + Sintra', 'A single-family house on a steep granite site, 240 m².'].join('\n');
  assert.deepEqual(parseText(pin).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Casa do Alto', undefined, 'Sintra']]);
});

test('text: in a projects section, an item named and dated before a colon ("$1.2M hospital wing – Parkview Medical Center, Pueblo, CO (2022): lead journeyman on …") is a project of its own, what follows the colon its description', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'PROJECTS', '• $1.2M hospital wing – Parkview Medical Center, Pueblo, CO (2022): lead journeyman on branch circuits,', 'nurse call rough-in and generator tie-in', '• $400K grocery store remodel – Littleton, CO (2019): refrigeration circuits and LED lighting retrofit', '', 'WORK HISTORY', 'Journeyman Electrician 01/2021 - Current', 'Front Range Electric Co. – Denver, CO', '• Run a crew of 3–5 on commercial jobs up to $1.5M.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length, e.description?.text.replace(/\s+/g, ' ')]), [
    ['$1.2M hospital wing', 'Parkview Medical Center', 'Pueblo, CO', 2022, 0, 'lead journeyman on branch circuits, nurse call rough-in and generator tie-in'],
    ['$400K grocery store remodel', undefined, 'Littleton, CO', 2019, 0, 'refrigeration circuits and LED lighting retrofit'],
  ]);
  // A project's stack after its name is still no employer ("Gitlytics | Python, Flask, React").
  assert.deepEqual(parseText(['Ana Ruiz', 'ana@example.com', '', 'PROJECTS', 'Gitlytics | Python, Flask, React', '• Built a dashboard used by 40 teams.'].join('\n')).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Gitlytics', undefined]]);
});

test('text: a degree\'s field cut before its last word ("Certificate, Air Transport" / "Management") is one header line, so the school line above it heads its entry rather than ending the one before', () => {
  const text = ['Ana Ruiz', 'ana@example.com', 'EDUCATION', 'CQFA, Cégep de Chicoutimi', 'Diploma, Aircraft Piloting Technology', 'Aug 2012 – May 2015 | Saguenay, QC', 'Commercial licence, multi-engine and', 'Group 1 IFR rating completed in the', 'program.', 'UQAM', 'Certificate, Air Transport', 'Management', '2018 – 2020 | Montréal, QC'].join('\n');
  const got = entries(parseText(text));
  assert.deepEqual(got.map((e) => e.bullets.length), [1, 0]);
  assert.deepEqual([got[1].title?.value, got[1].organisation?.value], ['Certificate, Air Transport Management', 'UQAM']);
});

test('text: under Languages, Europass\'s self-assessment grid ("UNDERSTANDING SPEAKING WRITING") and the languages it rates ("ENGLISH"), in capitals, are no sections', () => {
  const text = ['ANA RUIZ', 'ana@example.com', '', 'WORK EXPERIENCE', '', 'HOTEL OPERATIONS MANAGER', 'Hotel Miramar – Cascais', '2019 – Present', '• Raised occupancy 12%.', '', 'LANGUAGE SKILLS', 'Mother tongue(s): PORTUGUESE', 'Other language(s):', '', 'UNDERSTANDING', '', 'SPEAKING', '', 'WRITING', 'Listening Reading Spoken production Spoken interaction', '', 'ENGLISH', 'C1 C1 C1 C1 C1', '', 'SPANISH', 'B2 B2 B1 B2 B1', '', 'DIGITAL SKILLS', 'Opera PMS | Microsoft Office'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => s.title), ['WORK EXPERIENCE', 'LANGUAGE SKILLS', 'DIGITAL SKILLS']);
});

test('text: "References available upon request" under a References heading is no second heading; "Qualifications & Training" lists certificates', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'QUALIFICATIONS & TRAINING', 'NVQ Level 3 Diploma in Electrotechnical Services – City of Bristol College 2015', 'AM2 Assessment – JTL 2015', '', 'EDUCATION', 'Hartcliffe School, Bristol 2006 – 2011', '', 'REFERENCES', 'References available upon request'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => [s.title, s.kind]), [
    ['QUALIFICATIONS & TRAINING', 'certifications'],
    ['EDUCATION', 'education'],
    ['REFERENCES', 'references'],
  ]);
  // Alone, with no heading over it, the line is a closing note: no section (as the labellers of five
  // blind sets read it), and not the last role's bullet either.
  const alone = parseText(['Ana Ruiz', 'ana@example.com', '', 'Experience', 'Driver, Acme Freight', '2019 – 2021', '• Drove 400 miles a day.', '', 'References available upon request'].join('\n'));
  assert.deepEqual([alone.sections.map((s) => s.kind), alone.sections[0].entries[0].bullets.length], [['experience'], 1]);
});

test('text: a sidebar\'s contact labels ("PHONE", a kerned "EM AI L") name the item under them, no section', () => {
  const text = ['SOFIA REYES', '', 'CONTACT', 'PH ON E', '', '(208) 555-0137', '', 'EM AI L', '', 'sofia.reyes.cvt@gmail.com', '', 'ADDRESS', 'Boise, ID 83706', '', 'EXPERIENCE', 'Lead Veterinary Technician 2022 - Present', 'Cedar Hollow Animal Hospital | Boise, ID', '• Lead a team of 6 technicians.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['CONTACT', 'EXPERIENCE']);
  assert.deepEqual([r.contact.phone?.value, r.contact.email?.value], ['(208) 555-0137', 'sofia.reyes.cvt@gmail.com']);
});

test('text: "RELEVANT COURSEWORK" set as the document\'s headings are is a section of its own; "Relevant Coursework:" under a degree is still its course list', () => {
  const caps = ['Ana Ruiz', 'ana@example.com', 'OBJECTIVE', 'Third-year student seeking a Summer 2025 internship in manufacturing.', 'EDUCATION', 'Virginia Tech, Blacksburg, VA', 'B.S. in Mechanical Engineering Expected May 2026', 'RELEVANT COURSEWORK', 'Thermodynamics I & II Fluid Mechanics Machine Design', 'ENGINEERING EXPERIENCE', 'Manufacturing Co-op, Volvo Group, Dublin, VA | Jan.–Aug. 2024', '• Cut changeover time from 14 to 9 minutes', 'SKILLS', 'SolidWorks, GD&T'].join('\n');
  assert.deepEqual(parseText(caps).sections.map((s) => s.title), ['OBJECTIVE', 'EDUCATION', 'RELEVANT COURSEWORK', 'ENGINEERING EXPERIENCE', 'SKILLS']);
  const label = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'B.S. in Mechanical Engineering, Virginia Tech, 2026', 'Relevant Coursework: Thermodynamics, Fluid Mechanics', '', 'EXPERIENCE', 'Manufacturing Co-op, Volvo Group | 2024', '• Cut changeover time from 14 to 9 minutes'].join('\n');
  assert.deepEqual(parseText(label).sections.map((s) => s.title), ['EDUCATION', 'EXPERIENCE']);
});

test('text: outside a list of projects, a line with a year before a colon is still what it reads as ("Promoted twice (2019, 2021): first to lead, …" under a role is its item)', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', 'Store Manager, Acme Foods', 'Jan 2016 – Present', 'Grew sales 12% a year across 3 stores.', 'Promoted twice (2019, 2021): first to lead, then to manager.', 'Cut shrink from 3% to 1.2%.'].join('\n');
  const e = entries(parseText(text));
  assert.deepEqual([e.length, e[0].bullets.length], [1, 3]);
});

test('text: a line that closes a bracket the item above left open goes on with that item, a year at its start no entry\'s date ("… (22 reviews since" / "2019). Board member, … (2023–2024). Co-organiser, …")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'Service', 'Reviewer for Journal of Applied Ecology, Ibis, Biotropica, Oecologia and Movement Ecology (22 reviews since', '2019). Board member, Uppsala postdoc association (2023–2024). Co-organiser, Nordic Ornithology Early-', 'Career Symposium, Uppsala 2024.', '', 'Skills', 'R, GIS'].join('\n');
  const s = parseText(text).sections[0];
  assert.deepEqual([s.entries.length, s.entries[0]?.dates, s.entries[0]?.bullets.length], [1, undefined, 1]);
});

test('text: one town-like word after a dash and a school\'s name is where the school is ("… University of Agriculture and Technology – Juja"); a state university\'s campus stays in its name ("University of Wisconsin – Madison")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'B.Sc. Mathematics and Computer Science 2014 – 2018', 'Jomo Kenyatta University of Agriculture and Technology – Juja', '', 'B.A. History 2010 – 2014', 'University of Wisconsin – Madison'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.organisation?.value, e.location?.value]), [
    ['Jomo Kenyatta University of Agriculture and Technology', 'Juja'],
    ['University of Wisconsin – Madison', undefined],
  ]);
});

test('text: LinkedIn\'s degree line wrapped inside its field ("Bachelor of Human Resources Management - BHRM, Human Resources" / "Management/Personnel Administration, General · (2012 - 2016)") is one degree', () => {
  const text = ['Priya Raghunathan', 'priya@mail.com', 'Education', 'York University', 'Bachelor of Human Resources Management - BHRM, Human Resources', 'Management/Personnel Administration, General · (2012 - 2016)', 'Osgoode Hall Law School Professional Development', 'Certificate, Workplace Investigations · (2021 - 2021)'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value.replace(/\s+/g, ' '), e.organisation?.value]), [
    ['Bachelor of Human Resources Management - BHRM, Human Resources Management/Personnel Administration, General', 'York University'],
    ['Certificate, Workplace Investigations', 'Osgoode Hall Law School Professional Development'],
  ]);
});

test('text: a field an icon marks keeps what its icon says when a wrapped line joins it ("⚲ Zoeterwoude" / "(Zuid-Holland)")', () => {
  const text = ['Sanne Berg', 'sanne@gmail.com', '', 'EXPERIENCE', 'Graduate Intern', '⌂ Heineken Netherlands ◷ Feb 2019 – Jul 2019', '⚲ Zoeterwoude', '(Zuid-Holland)', '• Wrote a thesis on uplift forecasting for 120 SKUs.'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.organisation?.value, e.location?.value]), [['Heineken Netherlands', 'Zoeterwoude (Zuid-Holland)']]);
});

test('text: a district of a known city after a company\'s legal form is its place ("Northbridge Logistics Ltd, Trafford Park, Manchester"), not part of its name', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', 'HR Manager', 'Northbridge Logistics Ltd, Trafford Park, Manchester', 'April 2021 - Present', '- Led a team of 4 HR advisers.', '', 'Engineer, Acme Pvt. Ltd, Banjara Hills, Hyderabad 2019 - 2021', '- Built the billing service.'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['HR Manager', 'Northbridge Logistics Ltd', 'Trafford Park, Manchester'],
    ['Engineer', 'Acme Pvt. Ltd', 'Banjara Hills, Hyderabad'],
  ]);
});

test('text: LinkedIn\'s metropolitan regions are a role\'s place ("Greater Seattle Area", "Dallas-Fort Worth Metroplex")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'Experience', 'Contoso', 'Senior Territory Manager', 'March 2019 - Present (5 years)', 'Dallas-Fort Worth Metroplex', '', 'Fabrikam', 'Account Executive', 'June 2015 - February 2019 (3 years 9 months)', 'Greater Seattle Area'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Senior Territory Manager', 'Contoso', 'Dallas-Fort Worth Metroplex'],
    ['Account Executive', 'Fabrikam', 'Greater Seattle Area'],
  ]);
});

test('text: the place on an employer\'s own line is the place of the roles under it that name none, after a role that named its own ("Store Manager, Store #214 (Glendale)")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'PROFESSIONAL EXPERIENCE', '', 'SUNWEST HOME & GARDEN, INC.                                        Phoenix, AZ', 'Store Manager, Store #214 (Glendale)                      March 2019 to Current', '*  Grew comp sales 7.4% in 2023', 'Department Manager - Garden Center                        April 2012 to May 2015', '*  Managed a staff of 22', 'Key Holder / Sales Associate                               May 2010 to March 2012', '', 'THE LINEN LOFT                                                  Scottsdale, AZ', 'Assistant Manager                                         August 2007 to April 2010', '*  Opened the store six days a week'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.organisation?.value, e.location?.value]), [
    ['SUNWEST HOME & GARDEN, INC.', 'Glendale'],
    ['SUNWEST HOME & GARDEN, INC.', 'Phoenix, AZ'],
    ['SUNWEST HOME & GARDEN, INC.', 'Phoenix, AZ'],
    ['THE LINEN LOFT', 'Scottsdale, AZ'],
  ]);
});

test('text: "Graduate" names a job ("Logistics Graduate (rotational programme)" over "Atlantic Freight Services, Cork")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE', '', 'Logistics Graduate (rotational programme)', 'Atlantic Freight Services, Cork                   Sept 2018 - Dec 2018', '  * Rotations in warehouse operations and transport planning'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [['Logistics Graduate (rotational programme)', 'Atlantic Freight Services']]);
});

test('text: a section\'s name with a note in brackets is its heading ("SELECTED PUBLICATIONS (14 total; 6 first-author)", "Experience (10+ years)")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EXPERIENCE (10+ years)', 'Engineer, Acme 2019 – 2021', '- Built the billing service', '', 'SELECTED PUBLICATIONS (14 total; 6 first-author)', '2023 Ruiz A, Li W. A spectral cytometry panel. Cytometry A. 2023;103(9):712–724.'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => s.kind), ['experience', 'publications']);
});

test('text: a few lower-case words and the dates under an undated header line are its wrapped end ("… Logistics and Supply Chain Management" / "certificate, 2018")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'Education', 'Southwest Tennessee Community College - Logistics and Supply Chain Management', 'certificate, 2018', 'Whitehaven High School - diploma, 2014'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value.replace(/\s+/g, ' '), e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['Logistics and Supply Chain Management certificate', 'Southwest Tennessee Community College', '2018', 0],
    ['diploma', 'Whitehaven High School', '2014', 0],
  ]);
});

test('text: a name that starts with a brand\'s lower-case letter is a name, not a line\'s wrapped middle ("eCornell (online)", "eBay")', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION AND TRAINING', '03/2021 – 06/2021', 'HOTEL REVENUE MANAGEMENT CERTIFICATE', 'eCornell (online)', '', 'EXPERIENCE', 'Seller Support Associate', 'eBay, San Jose, CA', '2019 – 2021', '• Answered 60 seller cases a day.'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['HOTEL REVENUE MANAGEMENT CERTIFICATE', 'eCornell', 0],
    ['Seller Support Associate', 'eBay', 1],
  ]);
});

test('text: a project\'s size is no organisation ("$42M · 6 stories, 180 apartments over retail · 2022", "$14M · 4-story MOB · 2011"); "1st POSTECH Hackathon" and "2016 CODEGATE …" are names', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'SELECTED PROJECTS', 'Larimer Row Mixed-Use — Denver, CO', '$42M · 6 stories, 180 apartments over retail · 2022', '', 'Sandia Medical Office Building — Albuquerque, NM', '$14M · 4-story MOB · 2011', '', 'VOLUNTEER', 'Organizer & Co-director, 1st POSTECH Hackathon 2013', 'Problem Writer, 2016 CODEGATE Hacking Competition World Final 2016'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Larimer Row Mixed-Use', undefined],
    ['Sandia Medical Office Building', undefined],
    ['Organizer & Co-director', '1st POSTECH Hackathon'],
    ['Problem Writer', '2016 CODEGATE Hacking Competition World Final'],
  ]);
});

test('text: in education, "… Studies" names what was studied ("Pre-Pharmacy Studies, Chemistry coursework"); "Centre for Asian Studies" is an institution', () => {
  const text = ['Ana Ruiz', 'ana@example.com', '', 'EDUCATION', 'The Ohio State University, Columbus, OH', 'Pre-Pharmacy Studies, Chemistry coursework', '2009 - 2011', '', 'Centre for Asian Studies', 'MA Asian History', '2007 - 2009'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Pre-Pharmacy Studies, Chemistry coursework', 'The Ohio State University'],
    ['MA Asian History', 'Centre for Asian Studies'],
  ]);
});

test('a Quebec college (CÉGEP) is a school: "CQFA, CÉGEP DE CHICOUTIMI" over "DEC, Aircraft Piloting Technology" is where it was studied', () => {
  const text = ['Julien Roy', 'julien@mail.com', '', 'EDUCATION', 'CQFA, CÉGEP DE CHICOUTIMI', 'DEC, Aircraft Piloting Technology', 'Aug 2012 – May 2015 | Saguenay, QC'].join('\n');
  const [e] = allEntries(parseText(text));
  assert.match(e.organisation?.value ?? '', /CÉGEP DE CHICOUTIMI/);
  assert.equal(e.location?.value, 'Saguenay, QC');
});

test('India\'s degree abbreviations lead an education entry, and "B.Com" is no web address ("MBA (Marketing)" … "B.Com" / "Mount Carmel College," / "Bengaluru" / "2013 – 2016")', () => {
  const text = ['Priya Nair', 'priya@mail.com', '', 'EDUCATION', 'MBA (Marketing)', 'Christ University,', 'Bengaluru', '2016 – 2018', 'B.Com', 'Mount Carmel College,', 'Bengaluru', '2013 – 2016'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['MBA (Marketing)', 'Christ University', '2016 – 2018'],
    ['B.Com', 'Mount Carmel College', '2013 – 2016'],
  ]);
  const tech = ['Arun Kumar', 'arun@mail.com', '', 'EDUCATION', 'M.Tech, Structural Engineering', 'IIT Madras', '2018 – 2020', 'B.Tech, Civil Engineering', 'NIT Trichy', '2014 – 2018'].join('\n');
  assert.deepEqual(allEntries(parseText(tech)).map((e) => e.title?.value), ['M.Tech, Structural Engineering', 'B.Tech, Civil Engineering']);
});

test('a sidebar\'s name printed after the main column is the person\'s when the e-mail spells it, on two lines or under References ("Hannah" / "Whitcombe"; "Callum Ridley")', () => {
  const vet = ['Experience', '2021 – now Senior Veterinarian Plains Veterinary Group, Ashburton', '• Manage herd health plans for 46 dairy clients', 'Hannah', 'Whitcombe', 'Veterinarian, BVSc', 'Contact', '+64 27 384 1190', 'hannah.whitcombe@xtra.co.nz'].join('\n');
  assert.equal(parseText(vet).contact.name?.value, 'Hannah Whitcombe');
  const cook = ['CONTACT', '07700 900412', 'callum.ridley94@gmail.com', 'REFERENCES', 'Available on request', 'Callum Ridley', 'Line Cook', 'PROFILE', 'Hard-working line cook with 6 years in busy kitchens.'].join('\n');
  assert.equal(parseText(cook).contact.name?.value, 'Callum Ridley');
  // A referee's name is not the person's.
  const referee = ['Jo Bloggs', 'jo.bloggs@mail.com', 'REFERENCES', 'Margaret Hughes', 'Head Chef, The Grand Hotel'].join('\n');
  assert.equal(parseText(referee).contact.name?.value, 'Jo Bloggs');
});

test('a line opening on "at" and a name, under a title, is where it was held ("Ph.D. in Computer Science" / "at University of Texas at Austin" / "Sep 2006 - Jun 2011")', () => {
  const text = ['Lena Vasquez', 'lena@mail.com', '', 'EDUCATION', 'Ph.D. in Computer Science', 'at University of Texas at Austin', 'Sep 2006 - Jun 2011', 'Bachelor of Science in Computer', 'Science', 'at University of Texas at Austin', 'Sep 2002 - May 2006', '', 'EXPERIENCE', 'Senior Software Engineer', 'at Dropbox', 'Jun 2015 - Jan 2020', 'Built the erasure-coding pipeline that cut storage cost per byte by 25%'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['Ph.D. in Computer Science', 'University of Texas at Austin', 'Sep 2006 - Jun 2011', 0],
    ['Bachelor of Science in Computer Science', 'University of Texas at Austin', 'Sep 2002 - May 2006', 0],
    ['Senior Software Engineer', 'Dropbox', 'Jun 2015 - Jan 2020', 1],
  ]);
});
test('a line of dates alone after a role whose dates ended its line is the next role\'s, where the section prints dates under the header ("…, NBER 2023–present" / "Postdoctoral Fellow, Stanford …" / "2020–2021")', () => {
  const text = ['Julia Ostrowski', 'julia@bc.edu', '', 'ACADEMIC APPOINTMENTS', 'Assistant Professor of Economics, Boston College, Chestnut Hill, MA', '2021–present', 'Faculty Research Fellow, National Bureau of Economic Research (Labor Studies) 2023–present', 'Postdoctoral Fellow, Stanford Institute for Economic Policy Research, Stanford, CA', '2020–2021'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['Assistant Professor of Economics', 'Boston College', '2021–present'],
    ['Faculty Research Fellow', 'National Bureau of Economic Research (Labor Studies)', '2023–present'],
    ['Postdoctoral Fellow', 'Stanford Institute for Economic Policy Research', '2020–2021'],
  ]);
});

test('a numbered list of papers does not make the dashes before course lines mark headers; a year alone under "…, Spring" ends that date ("– ECON 8823 …, Spring 2023, Spring" / "2024")', () => {
  const text = ['Julia Ostrowski', 'julia@bc.edu', '', 'WORKING PAPERS', '9. “Employer Credit Checks and Racial Employment Gaps” (with Sade Williams). NBER Working Paper 31877.', '10. “Overdraft Fees and the Speed of Job Search.” Draft available on request.', '', 'WORK IN PROGRESS', '– “Paid Leave Mandates and Small-Business Credit” (with Marta Kowalczyk)', '– “Medical Debt Relief and Labor Supply”', '', 'TEACHING', 'Instructor, Boston College', '', '2021–present', '', '– ECON 3308 Labor Economics (undergraduate), Fall 2021, Fall 2022, Fall 2023', '– ECON 8823 Topics in Labor Economics and Household Finance (Ph.D.), Spring 2023, Spring', '2024', 'Teaching Assistant, Massachusetts Institute of Technology', '', '2016–2019', '', '– 14.64 Labor Economics and Public Policy (undergraduate)', '– 14.32 Econometric Data Science (undergraduate)'].join('\n');
  const teaching = parseText(text).sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(teaching.entries.map((e) => [e.title?.value, e.dates?.text, e.bullets.length]), [
    ['Instructor', '2021–present', 2],
    ['Teaching Assistant', '2016–2019', 2],
  ]);
  assert.match(teaching.entries[0].bullets[1].text, /Spring\s+2024$/);
});

test('a web profile copied with Select All: lines printed twice are read once, and "<Company> logo" is an image\'s text, no line of the résumé', () => {
  const text = ['Darnell Whitcombe', 'darnell@mail.com', '', 'Experience', 'Experience', 'Hartwell Castings logo', 'EHS Manager', 'EHS Manager', 'Hartwell Castings Inc. · Full-time', 'Hartwell Castings Inc. · Full-time', 'Jan 2022 - Present · 4 yrs 11 mos', 'Jan 2022 - Present · 4 yrs 11 mos', '• Cut the TRIR from 7.9 to 1.8 in three years', 'Lakeview Foods logo', 'Lakeview Foods', 'Lakeview Foods', 'Full-time · 6 yrs 2 mos', 'Full-time · 6 yrs 2 mos', 'EHS Supervisor', 'EHS Supervisor', 'Mar 2018 - Dec 2021 · 3 yrs 10 mos', 'Mar 2018 - Dec 2021 · 3 yrs 10 mos', '• Investigated 40+ incidents'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['Experience']);
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [
    ['EHS Manager', 'Hartwell Castings Inc.', 2022, 1],
    ['EHS Supervisor', 'Lakeview Foods', 2018, 1],
  ]);
  // One line printed twice in an ordinary résumé stays as written.
  const once = ['Jo Bloggs', 'jo@mail.com', '', 'SKILLS', 'Python', 'Python', 'Go'].join('\n');
  assert.deepEqual(parseText(once).skills.map((f) => f.value), ['Python', 'Python', 'Go']);
});

test('a résumé forwarded in an e-mail is read inside its quote marks; the forwarder\'s lines and "On … wrote:" are the mail\'s', () => {
  const text = ['---------- Forwarded message ---------', 'From: Dana Whitlock <dwhitlock@recruiting.com>', 'Subject: Fwd: Resume', '', 'Hi all, forwarding Grace\'s resume.', 'Dana Whitlock | Senior Recruiter | 414-555-0190', '', '> On Mon, Nov 16, 2026 at 8:15 PM Grace Oduya-Park', '> <gracepark.mlis@gmail.com> wrote:', '>', '> GRACE ODUYA-PARK, MLIS', '> 608-555-0128 | gracepark.mlis@gmail.com', '>', '> EXPERIENCE', '>', '> Dane Prairie Public Library, Madison, WI', '> Branch Manager, Eastmoor Branch | June 2021 - Present', '>   - Manage daily operations of a branch with 11 staff', '>   - Grew adult program attendance from 3,100 to 5,600 a year', '>', '> Adult Services Librarian | March 2018 - May 2021', '>   - Planned and ran ESL conversation circles'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'GRACE ODUYA-PARK');
  assert.equal(r.contact.email?.value, 'gracepark.mlis@gmail.com');
  assert.equal(r.contact.phone?.value, '608-555-0128');
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Branch Manager, Eastmoor Branch', 'Dane Prairie Public Library', 2],
    ['Adult Services Librarian', 'Dane Prairie Public Library', 1],
  ]);
});

test('a school\'s name wrapped before its last word joins again ("… (MLIS), Lakeshore" / "University, Milwaukee, WI | 2017")', () => {
  const text = ['Jo Bloggs', 'jo@mail.com', '', 'EDUCATION', 'Master of Library and Information Science (MLIS), Lakeshore', 'University, Milwaukee, WI | 2017', 'B.A. English, Northwoods College, Ashland, WI | 2014'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Master of Library and Information Science (MLIS)', 'Lakeshore University', 'Milwaukee, WI'],
    ['B.A. English', 'Northwoods College', 'Ashland, WI'],
  ]);
});

test('a Swiss CV: "Name:" and the name on one line of the personal data; "since 03/2022" in the left column of dates opens a role', () => {
  const text = ['CURRICULUM VITAE', '', 'Personal Data', 'Name:\t\t\tLukas Brändli', 'Mobile:\t\t\t+41 79 555 27 64', 'E-mail:\t\t\tlukas.braendli@bluewin.ch', '', 'Professional Experience', '', 'since 03/2022\t\tSenior Architectural Technician / BIM Coordinator', '\t\t\tKeller Rüegg Architekten AG, Zürich', '\t\t\t– BIM coordination (Archicad, Solibri) for a CHF 86 million hospital', '', '09/2016 – 02/2022\tArchitectural Technician', '\t\t\tStudio Imhof Partner GmbH, Winterthur', '\t\t\t– Detail and execution drawings for 9 residential projects'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Lukas Brändli');
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.dates?.current ?? false]), [
    ['Senior Architectural Technician / BIM Coordinator', 'Keller Rüegg Architekten AG', 'since 03/2022', true],
    ['Architectural Technician', 'Studio Imhof Partner GmbH', '09/2016 – 02/2022', false],
  ]);
});

test('a two-page CV: the running head that names the document is page furniture at the top of each page, "… Page 2 of 2" too; a campus joined by a dash stays the school\'s; a unit after the title\'s comma is the title\'s', () => {
  const head = 'Judith Amankwah, MLIS — Curriculum Vitae';
  const text = [head, '', 'Page 1 of 2', '', 'Judith Amankwah', 'jamankwah@mail.com', '', 'Education', '2011', '', 'Master of Library and Information Science', 'University of Wisconsin–Madison, Madison, WI', '', 'Professional Experience', '2019 – present', '', 'Head, Research and Instruction Services', 'Lakeshore University Libraries, Milwaukee, WI', 'Lead a department of 7 subject librarians and 2 staff.', '\f' + head, '', 'Page 2 of 2', '', '2011 – 2014', '', 'Reference Librarian', 'Madison Public Library, Madison, WI', 'Answered 9,000 reference questions a year.'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Judith Amankwah');
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Master of Library and Information Science', 'University of Wisconsin–Madison', 'Madison, WI'],
    ['Head, Research and Instruction Services', 'Lakeshore University Libraries', 'Milwaukee, WI'],
    ['Reference Librarian', 'Madison Public Library', 'Madison, WI'],
  ]);
  // pdf.js joins the head's two sides on one line.
  const joined = parseText(text.replace(new RegExp(`${head}\\n\\nPage (\\d) of 2`, 'g'), `${head} Page $1 of 2`));
  assert.equal(allEntries(joined).length, 3);
});

test('a cover note typed above the CV ("Dear Mr Lindqvist," … "Kind regards," / "Sofia Marchetti") is the letter\'s: the CV\'s own name heads it; "Bellamy & Finch" is a firm; "Competitions" are awards', () => {
  const text = ['14 March 2025', 'Dear Mr Lindqvist,', 'I was delighted to see the Head Sommelier position advertised.', 'I would love to bring the same care to your new cellar.', 'Kind regards,', 'Sofia Marchetti', '', 'SOFIA MARCHETTI', 'Head Sommelier · WSET Level 4 Diploma', 'London SE15 · 07700 900412 · sofia@mail.com', '', 'EXPERIENCE', 'Head Sommelier — Bellamy & Finch, Mayfair, London', '', 'April 2021 – Present', '', 'Rebuilt a 1,100-bin list and lifted wine GP from 64% to 71%.', 'Train and lead a team of 4 sommeliers.', '', 'COMPETITIONS', 'Ruinart UK Sommelier Challenge — finalist, 2019'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'SOFIA MARCHETTI');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['EXPERIENCE', 'experience'], ['COMPETITIONS', 'awards']]);
  const [e] = allEntries(r);
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Head Sommelier', 'Bellamy & Finch']);
});

test('a résumé laid out in a table: its caption row ("Dates" / "Employer & Position", a cell a line) names columns, no entry; a name\'s last word wrapped alone ("Rocky View Ambulance" / "Services") ends it; "Job title" is no caption', () => {
  const text = ['Kiran Bhullar', 'kiran@mail.com', '', 'EXPERIENCE', 'Dates', '', 'Employer & Position', '', 'Sep 2020 –', 'Present', '', 'Alberta Health Services EMS', 'Calgary, AB', 'Advanced Care Paramedic', '', 'Respond to 9–12 emergency calls a shift as ACP lead.', '', 'Jun 2016 –', 'Aug 2020', '', 'Rocky View Ambulance', 'Services', 'Airdrie, AB', 'Primary Care Paramedic', '', 'Completed over 2,600 calls.'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text]), [
    ['Advanced Care Paramedic', 'Alberta Health Services EMS', 'Calgary, AB', 'Sep 2020 – Present'],
    ['Primary Care Paramedic', 'Rocky View Ambulance Services', 'Airdrie, AB', 'Jun 2016 – Aug 2020'],
  ]);
  const placeholder = ['John Doe', 'john@mail.com', '', 'EXPERIENCE', 'Job title', 'Employer, City', '2019 – 2021', '• Description line 1'].join('\n');
  const [first] = allEntries(parseText(placeholder));
  assert.ok([first.title?.value, first.organisation?.value].includes('Job title'));
});

test('an infographic\'s career timeline: "◆ CAREER TIMELINE" is the experience, and the big start year over each role ("2021") marks the timeline, not the role\'s dates', () => {
  const text = ['Reuben Castellanos', 'reuben@mail.com', '', '◆ CAREER TIMELINE', '', '2021', '', 'Senior Aircraft Dispatcher', 'Lone Star Airways Operations Control Center · Fort Worth, TX', 'Feb 2021 – Present', '', 'Plan and release 24–30 A320 and 737 flights a shift.', '', '2017', '', 'Aircraft Dispatcher', 'Pecos Regional Airlines · Dallas, TX', 'Jun 2017 – Jan 2021', '', 'Trained 6 new dispatchers on the flight-following desk.', '', 'EDUCATION', 'B.Sc. Aviation Management', '2015', 'M.Sc. Air Transport', 'Sep 2015 – Jun 2017'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.dates?.text, e.bullets.length]), [
    ['Senior Aircraft Dispatcher', 'Feb 2021 – Present', 1],
    ['Aircraft Dispatcher', 'Jun 2017 – Jan 2021', 1],
  ]);
  // A year under the header it closes stays that entry's ("B.Sc. …" / "2015").
  assert.deepEqual(r.sections[1].entries.map((e) => e.dates?.text), ['2015', 'Sep 2015 – Jun 2017']);
});

test('a personal site\'s page copied whole: "Skip to content", its menu and "Download PDF" are the page\'s; the "About me" paragraph is the summary, not the prose above the first section', () => {
  const text = ['Skip to content', 'Élodie Marchand', 'Home', 'About', 'Wine Notes', 'Résumé', 'Contact', 'Download PDF', 'Élodie Marchand', 'Head Sommelier · WSET Diploma', 'Chicago, Illinois', 'hello@elodie.wine', '', 'About me', 'I have spent 12 years on restaurant floors in Lyon, London and Chicago, the last five running wine programs.', '', 'Experience', 'Head Sommelier', 'Maison Verrier, Chicago, IL', 'October 2021 – Present', 'Grew wine revenue from $1.9M to $2.6M a year'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Élodie Marchand');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['About me', 'summary'], ['Experience', 'experience']]);
  assert.match(r.summary?.value ?? '', /^I have spent 12 years/);
  // A forwarded mail's note above the résumé is no summary where the résumé has its own.
  const noted = ['Thanks for the call today. My resume is pasted below because the portal would not take my PDF.', '', 'GRACE PARK', 'grace@mail.com', '', 'PROFESSIONAL SUMMARY', 'Public librarian with 9 years in adult services and branch management.', '', 'EXPERIENCE', 'Branch Manager, Dane Prairie Public Library, 2021 – Present', '• Grew attendance from 3,100 to 5,600 a year'].join('\n');
  assert.match(parseText(noted).summary?.value ?? '', /^Public librarian/);
  // A résumé's own prose under its name, with no summary section, is still its summary.
  const plain = ['Jo Bloggs', 'jo@mail.com', '', 'Warehouse lead with 9 years running night shifts for regional grocers.', '', 'EXPERIENCE', 'Shift Lead, Acme Foods, 2019 – 2024', '• Cut pick errors by 40% across 3 shifts'].join('\n');
  assert.match(parseText(plain).summary?.value ?? '', /^Warehouse lead/);
});

test('a margin of dates, end over start, each run into the line beside it: "Present Title, EMPLOYER" / "Jan 2021 ∠ first bullet" is one range', () => {
  // (∠: an icon font's bullet as the copy gives it.)
  const text = ['Mere Tipene', 'mere@example.com', '', 'EXPERIENCE',
    'Present Head of Science | Department Lead, RIVERSIDE HIGH SCHOOL, Nelson',
    "Jan 2021 ∠ Lead a team of 6 science teachers across Years 9 to 13, and the department's budget of", '$40,000 a year',
    '∠ Raised the pass rate in NCEA Level 2 Chemistry from 61% to 78%', '∠ Rebuilt the Year 10 assessment program with 4 new practical tasks', 'Moodle Excel',
    'Dec 2020 Science Teacher, HILLCREST COLLEGE, Hamilton',
    'Feb 2016 ∠ Taught chemistry and biology to about 150 students a year', '∠ Ran the senior science fair with 40 entries a year', '∠ Coached 3 teams to the regional science olympiad',
    '', 'AWARDS', '2019 Teacher of the Year, Waikato Science Association', '2017 Excellence in Teaching Award, Ministry of Education'].join('\n');
  const r = parseText(text);
  const [head, teacher] = r.sections[0].entries;
  assert.doesNotMatch(head.title?.value ?? '', /Present/);
  assert.deepEqual([head.dates?.start?.text, head.dates?.current], ['Jan 2021', true]);
  assert.match(head.bullets[0].text, /^Lead a team/);
  assert.equal(teacher.title?.value, 'Science Teacher');
  assert.deepEqual([teacher.dates?.start?.text, teacher.dates?.end?.text], ['Feb 2016', 'Dec 2020']);
  assert.match(teacher.bullets[0].text, /^Taught chemistry/);
  // A list of years, one dated item a line, is no margin of ranges.
  assert.deepEqual(r.sections[1].entries.map((e) => [e.dates?.start?.text, e.dates?.end]), [['2019', undefined], ['2017', undefined]]);
});

test('an icon font\'s glyph copied as a C1 control character, or one private-use glyph opening a header line, is that line\'s mark: the words after it are read whole', () => {
  const role = (lead: string, employer: string) =>
    parseText(['Ana Silva', 'ana@example.com', '', 'Experience', lead + employer, 'Associate, Grid Planning Apr 2021 – Present', '• Built 12 scenario models for the 2045 grid plan'].join('\n')).sections[0].entries[0];
  for (const lead of ['\u0088 ', '\ue000 ']) {
    const e = role(lead, 'IU International University of Applied Sciences');
    assert.equal(e.organisation?.value, 'IU International University of Applied Sciences', JSON.stringify(lead));
    const g = role(lead, 'Nordwind Transmission GmbH Berlin, Germany');
    assert.deepEqual([g.organisation?.value, g.location?.value], ['Nordwind Transmission GmbH', 'Berlin, Germany'], JSON.stringify(lead));
  }
});

test('the day a CV was printed, in its footer ("DECEMBER 5, 2026" alone, or before the name, "RÉSUMÉ" and the page number), is no entry; a day within the résumé\'s years still is read', () => {
  const footer = ['Tomasz Wrona', 'tomasz@example.com', '', 'EDUCATION', 'Ph.D. in Chemistry, Yale University, 2017 – 2022', '', 'DECEMBER 5, 2026', '', 'AWARDS', 'Dean\'s Prize, Yale University, 2021', 'DECEMBER 5, 2026 TOMASZ WRONA · RÉSUMÉ 2'].join('\n');
  const r = parseText(footer);
  assert.deepEqual(allEntries(r).map((e) => e.dates?.text), ['2017 – 2022', '2021']);
  // (An earlier day than the résumé's last year is a date of its own, left to the reader.)
  const dated = parseText(['Tomasz Wrona', 'tomasz@example.com', '', 'TALKS', 'Invited talk, Gordon Research Conference', 'June 3, 2019', '', 'EDUCATION', 'Ph.D. in Chemistry, Yale University, 2017 – 2022'].join('\n'));
  assert.ok(allEntries(dated).some((e) => e.dates?.text === 'June 3, 2019'), JSON.stringify(allEntries(dated).map((e) => e.dates?.text)));
});

test('a gutter\'s one-word section name in capitals with a slip in it ("SUMMERY A Researcher …") still heads its section', () => {
  const text = ['Omid Rahimi', 'omid@example.com', 'SUMMERY A Researcher in Control Engineering, Experienced in MATLAB and Arduino Programming.', 'EDUCATION Sharif University of Technology, Tehran, Iran', '■ M.Sc. in Mechanical Engineering Sep 2018 – Feb 2021', 'EXPERIENCE Teaching Assistant', '■ Sharif University of Technology Fall 2019'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => s.kind).slice(0, 3), ['summary', 'education', 'experience']);
});

test('Europass: the gutter\'s "PERSONAL INFORMATION" before the name is no part of it; an advisor after a title ("Ph.D. Candidate Advisor: Prof. …") is no part of the title', () => {
  const text = ['Curriculum vitae', 'PERSONAL INFORMATION Lin Zhao', '12 Rue Monge, 75005, Paris, France', 'lin.zhao@example.fr', 'RESEARCH EXPERIENCE',
    '2019.10 – 2021.9 Laboratoire de Physique des Plasmas, Sorbonne University, Paris, France', 'Post-doc Researcher Advisor: Prof. Marie Dubois',
    'Focuses on numerical modelling of laboratory plasmas.'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Lin Zhao');
  assert.equal(allEntries(r)[0].title?.value, 'Post-doc Researcher');
});

test('a site\'s menu printed with its page: items parted by blank lines, or run on one line, are no sections; "CV of …" heads the name', () => {
  const body = ['1997-', 'Consultant Physician, Northgate Clinic, Leeds', '', 'Publications', 'Author of 40 papers.'];
  const spaced = parseText(['Home', '', 'Talks', '', 'Publications', '', 'Contact', '', 'CV of Dr. R.J. Okonkwo M. D.', ...body].join('\n'));
  assert.equal(spaced.contact.name?.value, 'Dr. R.J. Okonkwo');
  assert.deepEqual(spaced.sections.map((s) => s.title), ['Publications']);
  const oneLine = parseText(['Home Talks Publications Contact', 'Curriculum Vitae: Ruth Okonkwo', ...body].join('\n'));
  assert.equal(oneLine.contact.name?.value, 'Ruth Okonkwo');
  assert.deepEqual(oneLine.sections.map((s) => s.title), ['Publications']);
  // A menu set line under line ends at its first blank: the résumé's own headings after it stay.
  const tight = parseText(['Resume', 'Home', 'Intro', 'Hobbies', 'Contact', '', 'Education', '', 'Experience', 'Clerk, Acme Ltd, 2019 - 2020'].join('\n'));
  assert.deepEqual(tight.sections.map((s) => s.title), ['Education', 'Experience']);
  // The page's title printed above it names the owner's site, not the owner.
  assert.equal(parseText(["Ruth's Homepage", '', 'Curriculum Vitae: Ruth Okonkwo', ...body].join('\n')).contact.name?.value, 'Ruth Okonkwo');
});

test('a four-line head, post / dates "(40 Hrs/Week)" / employer / "Troy MI Office": the hours a week are no field, and the employer\'s site in a town is where, not who', () => {
  const text = ['Dana West', 'dana@example.com', '', 'EXPERIENCE', '', 'Data Scientist, Lead', 'January 2025 – December 2025 (40 Hrs/Week)', 'Booz Allen Hamilton', 'Troy MI Office', '', 'Built 3 pipelines that cut review time by 40%.'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Data Scientist, Lead', 'Booz Allen Hamilton', 'Troy MI Office']]);
});

test('a date\'s label ("Graduation: December 2017", "Completion: June 2025") names no field: it is no degree\'s title', () => {
  for (const label of ['Graduation', 'Completion', 'Dates']) {
    const r = parseText(['Dana West', 'dana@example.com', '', 'EDUCATION', '', 'Western Michigan University (WMU)', 'Kalamazoo, MI', `${label}: December 2017`, 'GPA: 3.57'].join('\n'));
    assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text]), [[undefined, 'Western Michigan University (WMU)', 'December 2017']], label);
  }
});

test('two posts on the title\'s line parted by a dash ("DevOps / Platform Engineer — Project Manager"), the employer on the line under: one title, both hats', () => {
  const text = ['Jo Roy', 'jo@example.com', '', 'Work Experience', 'DevOps / Platform Engineer — Project Manager\tAug 2021 – Mar 2024', 'Mayo Clinic (via Medasource), Rochester, MN', 'Designed 3 cloud platforms for 40 research teams.'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['DevOps / Platform Engineer — Project Manager', 'Mayo Clinic (via Medasource)', 'Rochester, MN']]);
});

test('a time away from work printed as a role ("Career Break", "Sabbatical") under a role whose employer has its own line takes no employer of it; a promotion there still does', () => {
  const head = ['Jo Roy', 'jo@example.com', '', 'Work Experience', 'Project Manager\tMar 2025 – Present', 'Freelance Consulting (Pro Bono), Houston, TX', 'Provide pro bono consulting to 12 clients.', ''];
  for (const away of ['Career Break', 'Sabbatical', 'Parental Leave']) {
    const r = parseText([...head, `${away}\tApr 2024 – Mar 2025`, 'Managed the sale of a home; kept up with cloud tooling.'].join('\n'));
    assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value]), [['Project Manager', 'Freelance Consulting (Pro Bono)'], [away, undefined]], away);
  }
  const promoted = parseText([...head, 'Consultant\tApr 2024 – Mar 2025', 'Ran 3 workshops a month.'].join('\n'));
  assert.equal(allEntries(promoted)[1].organisation?.value, 'Freelance Consulting (Pro Bono)');
});

test('a referee named on the head\'s line ("Christchurch, 2016-2017 Reference: Various students") is a detail: no employer, no place', () => {
  const text = ['Finn Lee', 'finn@example.nz', '', 'Experience', 'Private Tutor', 'Christchurch, 2016-2017 Reference: Various students', 'Tutored 12 students a week in NCEA maths and science.'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text]), [['Private Tutor', undefined, 'Christchurch', '2016-2017']]);
});

test('a postcode, a gap where a separator was cleaned away, then the phone ("Bloomington, IN 47408 * (812)323-1590"): the phone is the number after the gap', () => {
  const r = parseText(['Andy Hill', '409 N. Roosevelt Bloomington, IN 47408 * (812)323-1590 * andy@example.edu', '', 'EXPERIENCE', 'Programmer/Analyst, Indiana University, 2012 - 2020'].join('\n'));
  assert.equal(r.contact.phone?.value, '(812)323-1590');
});

test('a lab\'s principal investigator after its department ("…, University of Washington, PI: Elizabeth Nance") is a detail, as an advisor is: no place, no employer', () => {
  const text = ['Teng Lin', 'teng@example.edu', '', 'Relevant Experience', 'Undergraduate Research Assistant                 Nov 2020 - Present', 'Department of Chemical Engineering, University of Washington, PI: Elizabeth Nance', '• Scanned 102 tissue slices for 4 collaborators'].join('\n');
  const [e] = allEntries(parseText(text));
  assert.equal(e.title?.value, 'Undergraduate Research Assistant');
  assert.doesNotMatch(`${e.organisation?.value} ${e.location?.value}`, /PI|Nance/);
});

test('Latin honours after the place ("Université d’Ottawa, Ottawa, ON, magna cum laude") leave the place whole', () => {
  for (const tail of ['magna cum laude', 'with distinction']) {
    const r = parseText(['Jo Roy', 'jo@example.ca', '', 'Education', `2013 Bachelor of Arts, Université d’Ottawa, Ottawa, ON, ${tail}`].join('\n'));
    assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['Bachelor of Arts', 'Université d’Ottawa', 'Ottawa, ON']], tail);
  }
});

test('an address line over the name ("Long Bien, Ha Noi, Viet Nam" / "Gael Sola"): the words before the place are a district, the name is the line after; alone, "Jane Doe, Leeds, UK" is still a name', () => {
  const body = ['gael@example.org', '', 'Experience', '2011–2012 Research assistant, CIRAD, Republic of the Congo.'];
  const r = parseText(['Long Bien, Ha Noi, Viet Nam', 'Gael Sola', ...body].join('\n'));
  assert.equal(r.contact.name?.value, 'Gael Sola');
  assert.equal(r.contact.location?.value, 'Long Bien, Ha Noi, Viet Nam');
  assert.equal(parseText(['Jane Doe, Leeds, UK', ...body].join('\n')).contact.name?.value, 'Jane Doe');
});

test('a dashboard\'s side menu printed with its page, five section names in a row with nothing under any and no "Home", is no sections; four with nothing under them stay sections', () => {
  const body = ['Work History', 'Registered Nurse (RN)', '10/2014 - 02/2015 Bethesda Cardiovascular, Boynton Beach, FL', 'Provided care for 12 patients a shift in the emergency room.'];
  const menu = parseText(['ABC Personal Portfolio', 'Profile', 'Activities', 'Systems', 'Articles', 'Internships', 'Work', ...body].join('\n'));
  assert.deepEqual(menu.sections.map((s) => s.title), ['Work History']);
  const four = parseText(['Ana Ruiz', 'Profile', 'Articles', 'Internships', 'Work', ...body].join('\n'));
  assert.deepEqual(four.sections.map((s) => s.title), ['Profile', 'Articles', 'Internships', 'Work', 'Work History']);
});

test('"Master" after "of" is part of a name, no degree ("Certified Sommelier — Court of Master Sommeliers Europe, London"); "Master of Science" still is one', () => {
  const text = ['Sofia Marchetti', 'sofia@mail.com', '', 'EDUCATION & QUALIFICATIONS', 'Certified Sommelier — Court of Master Sommeliers Europe, London', '', '2018', '', 'Master of Science in Hospitality Management — University of Surrey, Guildford', '', '2012'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Certified Sommelier', 'Court of Master Sommeliers Europe'],
    ['Master of Science in Hospitality Management', 'University of Surrey'],
  ]);
});

test('text: an icon font glyph alone on its line is no entry and parts nothing', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'PROJECTS',
    'Tide Tables',
    'Jan 2021 - Jun 2021',
    'A tide predictor for kayakers used by 300 paddlers',
    '',
    '\uf034',
    '',
    'AWARDS',
    'Best Paper Award',
  ].join('\n');
  const r = parseText(text);
  const projects = r.sections.find((s) => s.kind === 'projects')!;
  assert.equal(projects.entries.length, 1);
  assert.equal(projects.entries[0].title?.value, 'Tide Tables');
});

test('text: a heading under its icon font glyph, alone on the line above ("\ue606" / "Work Experience"), is the heading; a tagline under the name stays in the header', () => {
  const text = [
    'Robin Vale',
    'Engineering Leadership',
    '',
    'Leeds, UK',
    'robin@example.org',
    '',
    'About',
    'Growing engineering teams and the systems they run, with automation first.',
    '',
    '\ue606',
    'Work Experience',
    '',
    '\ue611',
    '',
    'Senior Principal Engineer, Harbour Labs',
    'Oct 2022 - Present',
    '',
    'Led the team that standardised 100+ build pipelines',
    '',
    '\ue607',
    'Education',
    '',
    'BSc Biochemistry, University of Leeds',
    '2004 - 2008',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(
    r.sections.map((s) => [s.title, s.kind]),
    [
      ['About', 'summary'],
      ['Work Experience', 'experience'],
      ['Education', 'education'],
    ],
  );
  assert.equal(r.sections[1].entries[0].title?.value, 'Senior Principal Engineer');
  assert.equal(r.contact.location?.value, 'Leeds, UK');
});

test('text: Title Case section names in a gutter beside their first lines ("Work Senior Design Engineer", "Education University of Oregon", "Skills General") start their sections; "Work" opens no post', () => {
  const r = parseText(['Andrew West', 'andrew@example.com', 'Work Senior Design Engineer', 'Alloy · Platform for fraud management', 'Sep 2024 – Present', 'Senior UI Engineer', 'Droit · Financial tools', 'Oct 2023 – Aug 2024', 'Education University of Oregon', 'B.Arch in Architecture', 'Sep 2009 – Jun 2014', 'Skills General', 'TypeScript JavaScript Rails'].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Work', 'experience'], ['Education', 'education'], ['Skills', 'skills']]);
  assert.equal(r.sections[0].entries[0].title?.value, 'Senior Design Engineer');
});

test('text: a heading under a line of dots ("(Full Stack) Software Engineer" / "....." / "Experience"), as AltaCV-like themes draw a rule under the headline, is the heading', () => {
  const r = parseText(['Justin Perez', '(Full Stack) Software Engineer', '.....', 'Experience', '06/2023 - Now Cox Automotive, Software Engineer Draper, UT', 'Increased security adoption from 10% to 45%.', 'Education', '2019 - 2023 BS Computer Science University of Utah'].join('\n'));
  assert.deepEqual(r.sections.map((s) => s.title), ['Experience', 'Education']);
  assert.equal(r.sections[0].entries[0].organisation?.value, 'Cox Automotive');
});

test('text: a section named in capitals run into its first line ("EDUCATION  Northern Community College") is the section where the others stand in capitals on lines of their own; a name wrapped over two lines is not', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'WORK EXPERIENCE',
    '',
    'Department Manager, Harbour Foods',
    '2019 - 2023',
    '',
    'EDUCATION  Northern Community College',
    '',
    'SKILLS',
    'Scheduling, inventory, training',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(
    r.sections.map((s) => [s.title, s.kind]),
    [
      ['WORK EXPERIENCE', 'experience'],
      ['EDUCATION', 'education'],
      ['SKILLS', 'skills'],
    ],
  );
  assert.equal(r.sections[1].entries[0].organisation?.value, 'Northern Community College');
  // A group's label in capitals inside a section of its kind is no section: "TECHNICAL SKILLS" / "TOOLS Git, Jenkins".
  const group = parseText(['Robin Vale', '', 'WORK EXPERIENCE', 'Analyst, Harbour Bank', '2019 - 2023', '', 'TECHNICAL SKILLS', 'Python, C++', 'TOOLS Git, Jenkins, Linux', '', 'CERTIFICATIONS', 'CFA Level II'].join('\n'));
  assert.deepEqual(group.sections.map((s) => s.title), ['WORK EXPERIENCE', 'TECHNICAL SKILLS', 'CERTIFICATIONS']);
  const wrapped = parseText(['Robin Vale', '', 'PUBLICATIONS', 'Tide tables for kayakers, 2019', '', 'PRÊMIOS E', 'RECONHECIMENTOS', '2013 Campeão, Robótica', '', 'SKILLS', 'Python'].join('\n'));
  assert.ok(!wrapped.sections.some((s) => s.title === 'PRÊMIOS'), JSON.stringify(wrapped.sections.map((s) => s.title)));
});

test('text: a project named as its repository, right above its dates, heads the project', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'PROJECTS',
    '',
    'raft-lab',
    '',
    'Jan 2019 - Present',
    '',
    'A teaching implementation of the Raft consensus protocol.',
    'Used in a graduate distributed-systems course at two universities',
  ].join('\n');
  const r = parseText(text);
  const e = r.sections[0].entries;
  assert.equal(e.length, 1);
  assert.equal(e[0].title?.value, 'raft-lab');
  assert.equal(e[0].dates?.text, 'Jan 2019 - Present');
  assert.equal(e[0].bullets.length, 2);
});

test('text: a dash alone between lines of words is the next line\'s bullet, not an entry of its own', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'EXPERIENCE',
    'UX Designer, Cascade Mutual',
    'Jun 2018 – Dec 2020',
    '–',
    'Redesigned the online claims flow, cutting the time to file from 19 minutes to 8.',
    '–',
    'Conduct interviews and tree tests to rebuild the navigation.',
    '',
    'Visual Designer, Pinecone Studio',
    'Mar 2015',
    '–',
    'Jul 2017',
    'Designed websites for 12 local retail clients.',
  ].join('\n');
  const r = parseText(text);
  const e = r.sections[0].entries;
  assert.equal(e[0].title?.value, 'UX Designer');
  assert.deepEqual(e[0].bullets.map((b) => b.text.slice(0, 10)), ['Redesigned', 'Conduct in']);
  // ("Mar 2015" / "–" / "Jul 2017": the dash joins a date's halves, no bullet of "Jul 2017".)
  assert.ok(e.every((x) => x.bullets.every((b) => !b.text.startsWith('Jul 2017'))));
});

test('text: an unmarked line opening on a present-tense verb after a full line is a bullet of its own', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'EXPERIENCE',
    '',
    'Assistant Sommelier',
    'Hartwell & Finch, London, UK',
    'January 2015 – February 2018',
    'Assisted the head sommelier with service, cellar counts and staff tastings',
    'Maintain the cellar book and check in deliveries from importers',
    'Passed the Certified Sommelier exam in my first year at the restaurant',
  ].join('\n');
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual(e.bullets.map((b) => b.text.split(' ')[0]), ['Assisted', 'Maintain', 'Passed']);
});

test('text: moderncv classic — a wrapped header line, a range wrapped after its month, a note in brackets, a unit after the employer', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'Experience',
    'Apr. 2021 – present Senior Policy Analyst (EC-06), Employment and Social Development Canada, Skills',
    'and Employment Branch, Gatineau, QC',
    '○ Drafted 3 Memoranda to Cabinet, all approved on the first cycle.',
    'Sept. 2017 – Mar.',
    '2021',
    'Policy Analyst (EC-04, acting EC-05 from 2019), Treasury Board of Canada',
    '○ Reviewed 40 submissions from 6 departments a year.',
    'May 2015 – Aug. 2017 Research and Policy Officer, City of Ottawa, Community and Social Services, Ottawa,',
    'ON',
    '○ Wrote the report on employment barriers for newcomers, presented to Council.',
  ].join('\n');
  const e = parseText(text).sections[0].entries;
  assert.deepEqual(
    e.map((x) => [x.title?.value, x.organisation?.value, x.location?.value, x.dates?.text]),
    [
      ['Senior Policy Analyst (EC-06)', 'Employment and Social Development Canada', 'Gatineau, QC', 'Apr. 2021 – present'],
      ['Policy Analyst (EC-04, acting EC-05 from 2019)', 'Treasury Board of Canada', undefined, 'Sept. 2017 – Mar. 2021'],
      ['Research and Policy Officer', 'City of Ottawa', 'Ottawa, ON', 'May 2015 – Aug. 2017'],
    ],
  );
});

test('text: an executive\'s employer line with its tenure and a line on the company, over roles of that tenure', () => {
  const text = [
    'Robin Vale',
    'robin@example.org | (704) 555-0186',
    '',
    'PROFESSIONAL EXPERIENCE',
    'BRAXTON INDUSTRIAL GROUP, INC., Charlotte, NC 2016 – Present',
    'Privately held manufacturer of industrial pumps and valves; $1.2B revenue, 14 plants.',
    'Chief Financial Officer | Jan 2021 – Present',
    'Lead a 64-person global finance organization.',
    'Selected Achievements:',
    '• Led the $640M refinancing of the term loan, saving $4.8M a year.',
    'Vice President, Finance & Corporate Controller | Jun 2016 – Dec 2020',
    '• Implemented SAP S/4HANA at 9 sites, $1.1M under budget.',
    'HOLLOWAY FOODS CORPORATION, Greensboro, NC 2009 – 2016',
    'NYSE-listed maker of snack foods; $780M revenue, 6 bakeries.',
    'Corporate Controller | Mar 2012 – May 2016',
    '• Remediated a material weakness in inventory costing within two quarters.',
    'Robin Vale | robin@example.org | (704) 555-0186 Page 2',
    'Director, Financial Planning & Analysis | Aug 2009 – Feb 2012',
    '• Introduced SKU-level profitability reporting that cut 140 SKUs.',
  ].join('\n');
  const e = parseText(text).sections[0].entries;
  assert.deepEqual(
    e.map((x) => [x.title?.value, x.organisation?.value, x.location?.value]),
    [
      ['Chief Financial Officer', 'BRAXTON INDUSTRIAL GROUP, INC.', 'Charlotte, NC'],
      ['Vice President, Finance & Corporate Controller', 'BRAXTON INDUSTRIAL GROUP, INC.', 'Charlotte, NC'],
      ['Corporate Controller', 'HOLLOWAY FOODS CORPORATION', 'Greensboro, NC'],
      ['Director, Financial Planning & Analysis', 'HOLLOWAY FOODS CORPORATION', 'Greensboro, NC'],
    ],
  );
  assert.match(e[0].description?.text ?? '', /^Privately held manufacturer/);
});

test('text: a Swiss apprenticeship — dated line with a bracket the break left open, a labelled vocational school', () => {
  const text = [
    'Lukas Brändli',
    'lukas@example.ch',
    '',
    'Vocational Training',
    '',
    '08/2010 – 07/2014\tApprenticeship as Hochbauzeichner EFZ (architectural draughtsman,',
    '\t\t\tFederal VET Diploma)',
    '\t\t\tBürgi + Hess Architekten, Bern',
    '\t\t\tVocational school: Gewerblich-Industrielle Berufsschule Bern',
    '',
    'School Education',
    '',
    '2004 – 2010\t\tSekundarschule Köniz',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['education', 'education']);
  const e = r.sections[0].entries;
  assert.equal(e.length, 1);
  assert.equal(e[0].organisation?.value, 'Bürgi + Hess Architekten');
  assert.equal(e[0].dates?.text, '08/2010 – 07/2014');
});

test('text: "Title, Practice – Employer, Place  Dates": the field between the title\'s comma and the dashed employer is the title\'s', () => {
  const text = ['Robin Vale', 'robin@example.org', '', 'EARLY CAREER', 'Senior Manager, Audit & Assurance – Whitfield & Rowe LLP, Charlotte, NC 2002 – 2009', 'Financial Analyst – Piedmont Power & Light, Raleigh, NC 1999 – 2002'].join('\n');
  const e = parseText(text).sections[0].entries;
  assert.deepEqual(e.map((x) => [x.title?.value, x.organisation?.value]), [
    ['Senior Manager, Audit & Assurance', 'Whitfield & Rowe LLP'],
    ['Financial Analyst', 'Piedmont Power & Light'],
  ]);
});

test('text: "Staff Nurse - Intensive Care Unit at Al Noor Specialist Hospital": the unit is the title\'s, the hospital the employer', () => {
  const text = ['Robin Vale', 'robin@example.org', '', 'Experience', 'Mar 2019 to Present', 'Staff Nurse - Intensive Care Unit at Al Noor Specialist Hospital', 'Riyadh, Saudi Arabia', 'Provide total care for 2 critically ill adults per shift.'].join('\n');
  const e = parseText(text).sections[0].entries;
  assert.deepEqual([e[0].title?.value, e[0].organisation?.value, e[0].location?.value], ['Staff Nurse - Intensive Care Unit', 'Al Noor Specialist Hospital', 'Riyadh, Saudi Arabia']);
});

test('text: a CV typed below a letter — the name in capitals over its contact lines is its head, no section', () => {
  const text = [
    'Dear Hiring Manager,',
    '',
    'I would like to apply for the Executive Housekeeper position. I am typing my CV below.',
    '',
    'AGNIESZKA WOJCIK',
    'Address: 4/2 Easter Road, Edinburgh EH7 5PW',
    'Tel: 07723 418 905',
    'Email: aga.wojcik88@gmail.com',
    '',
    'EXPERIENCE:',
    '',
    'Sept 2021 - now',
    'Housekeeping Supervisor - The Caledonian Crown Hotel, Edinburgh',
    '* Supervise team of 18 room attendants',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience']);
  assert.equal(r.contact.phone?.value, '07723 418 905');
  assert.equal(r.contact.location?.value, '4/2 Easter Road, Edinburgh EH7 5PW');
});

test('text: European schools name themselves in one word ("Realschule", "Lycée"); a degree\'s bracket is no town', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'School Education',
    '09/2005 – 07/2011 Secondary School Certificate (Mittlere Reife)',
    'Staatliche Realschule Kelheim',
    '',
    'Education',
    '2012 – 2014 BTS Management en Hôtellerie-Restauration — Lycée Hôtelier Les Orangers, Nice',
  ].join('\n');
  const e = parseText(text).sections.flatMap((s) => s.entries);
  assert.deepEqual(e.map((x) => [x.title?.value, x.organisation?.value, x.location?.value]), [
    ['Secondary School Certificate (Mittlere Reife)', 'Staatliche Realschule Kelheim', undefined],
    ['BTS Management en Hôtellerie-Restauration', 'Lycée Hôtelier Les Orangers', 'Nice'],
  ]);
});

test('text: a mail client\'s footer under a CV sent in an e-mail is no part of it', () => {
  const text = ['Robin Vale', 'robin@example.org', '', 'LANGUAGES:', 'Polish - native', 'English - fluent', '', 'Kind regards,', 'Robin Vale', '', 'Sent from my Samsung Galaxy'].join('\n');
  const r = lint(text, 'resume.txt', { today: { year: 2026, month: 11, day: 22 } })!;
  assert.ok(!r.findings.some((f) => f.ruleId === 'first-person'), r.findings.map((f) => f.message).join('\n'));
});

test('text: "University of Glasgow Glasgow" — the school named after its town, then the town (moderncv in pdf.js)', () => {
  const text = ['Robin Vale', 'robin@example.org', '', 'Education', 'University of Glasgow Glasgow', 'MA (Hons) English Literature, 2:1 2008'].join('\n');
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.organisation?.value, e.location?.value], ['University of Glasgow', 'Glasgow']);
});

test('text: a year inside a long bullet\'s own words dates nothing ("Led the team through the 2023 inspection, …")', () => {
  const text = ['Robin Vale', 'robin@example.org', '', 'Experience', 'Riverside International School Bangkok', 'Head of Primary', '', 'Bangkok, Thailand', 'Aug 2020 – present', '', 'Lead the primary phase (Nursery to Year 6): 480 pupils, 38 teachers and 30 teaching assistants.', 'Led the primary team through the 2023 British Schools Overseas inspection, graded Outstanding in all areas.', '○ Raised the share of Year 6 pupils at the expected standard in reading from 71% to 89% in three years.'].join('\n');
  const e = parseText(text).sections[0].entries;
  assert.equal(e.length, 1);
  assert.equal(e[0].bullets.length, 3);
});

test('header places: a town over a bare state another line names; a course is what was studied; an alliance is an employer', () => {
  const read = (lines: string[]) => parseText(['Dana Whitcomb', '', ...lines, ''].join('\n')).sections[0].entries[0];
  const bs = read(['EDUCATION', 'Bachelor of Science, Accounting – Appalachian State University, Boone, NC', 'Certified Public Accountant (CPA), North Carolina; Certified Management Accountant (CMA)']);
  assert.equal(bs.location?.value, 'Boone, NC');
  const course = read(['EDUCATION', '03/2023', '', 'SIMATIC S7 Service Course 2 (TIA Portal)', 'Siemens SITRAIN, Nuremberg']);
  assert.equal(course.title?.value, 'SIMATIC S7 Service Course 2 (TIA Portal)');
  assert.equal(course.organisation?.value, 'Siemens SITRAIN');
  assert.equal(course.location?.value, 'Nuremberg');
  const member = read(['VOLUNTEER EXPERIENCE', '• Member, Finance Council – Charlotte Regional Business Alliance (2021 – Present)']);
  assert.equal(member.organisation?.value, 'Charlotte Regional Business Alliance');
});

test('moderncv\'s date margin: a range wrapped onto the next line, before that line\'s words; title, employer and town on one line', () => {
  const r = parseText(
    [
      'Richard Neave',
      '',
      'Experience',
      'October 2023 - Associate Director, Cognizant, London, (Retail Banking Client)',
      'Present TBC',
      'April 2022 - Senior Technical Principal, Contino, London, (Retail Banking Client)',
      'October 2023 Engineering Lead',
      'Cloud and automation-focused engineering lead across multiple workstreams for a retail bank.',
      '',
      'August 2012 - Senior 2nd Line Support Engineer, GroupM, London, (Internal)',
      'May 2013 Project work such as large scale OS provisioning and software deployment.',
      '',
      ' Sept. 2017 – Mar. Policy Analyst (EC-04), Treasury Board of Canada',
      '             2021 Secretariat, Expenditure Management Sector, Ottawa, ON',
      '                  ○ Review Treasury Board submissions from 6 departments each week.',
      '',
    ].join('\n'),
  );
  const [ad, stp, support, policy] = r.sections[0].entries;
  assert.deepEqual([ad.title?.value, ad.organisation?.value, ad.location?.value, ad.dates?.text], ['Associate Director', 'Cognizant', 'London', 'October 2023 - Present']);
  assert.deepEqual([stp.organisation?.value, stp.dates?.end?.year, stp.dates?.end?.month], ['Contino', 2023, 10]);
  assert.deepEqual([support.title?.value, support.organisation?.value, support.dates?.text], ['Senior 2nd Line Support Engineer', 'GroupM', 'August 2012 - May 2013']);
  assert.deepEqual([policy.dates?.end?.year, policy.dates?.end?.month], [2021, 3]);
});

test('text: Markdown heading marks before a line\'s words are no part of its fields ("###Sopra Steria Ltd (January \'14 - Present)")', () => {
  const r = parseText(['#Mark Stringer', '', '##EMPLOYMENT', "###Sopra Steria Ltd (January '14 - Present)", '', '####Agile Coach/Scrum Master - UK Government Department', '', '* Ran 3 scrum teams for a public GIS project.', ''].join('\n'));
  assert.equal(r.contact.name?.value, 'Mark Stringer');
  const e = r.sections[0].entries[0];
  assert.equal(e.organisation?.value, 'Sopra Steria Ltd');
  assert.ok(!/#/.test(e.title?.value ?? ''), e.title?.value);
});

test('text: a marked line naming a piece of work heads the unmarked sentences under it, one item', () => {
  const r = parseText(
    [
      'Adrian Ng',
      '',
      'EXPERIENCE',
      'IAG Cargo',
      'Data Engineer',
      'August 2023 – Present',
      '– Role Based Access Control for Snowflake',
      'Implemented RBAC to deploy and manage roles, users, and their grants in',
      'multiple databases and accounts from a single codebase.',
      '– Technical Training and Enablement',
      'Developed and delivered 4+ hands-on dbt training sessions and 25+',
      'comprehensive wiki pages, enabling wider analytics adoption.',
      '– Risk and Compliance Audits',
      'Audited 12 repositories and 70+ Airflow DAGs, identifying security gaps.',
      '',
    ].join('\n'),
  );
  const e = r.sections[0].entries[0];
  assert.equal(e.bullets.length, 3);
  assert.match(e.bullets[0].text, /^Role Based Access Control for Snowflake\s+Implemented RBAC/);
});

test('text: a letter an icon font left before a date is no word; "Data & Analytics" names a department, not the employer', () => {
  const r = parseText(['Adrian Ng', '', 'EXPERIENCE', 'IAG Cargo', 'Data Engineer', 'z August 2023 – Present * Data & Analytics', '– Role Based Access Control for Snowflake', 'Implemented RBAC for 20 databases.', ''].join('\n'));
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.length], ['Data Engineer', 'IAG Cargo', 'August 2023 – Present', 1]);
});

test('text: a short name of a piece of the work over a paragraph, inside a dated role, heads that paragraph', () => {
  const r = parseText(
    [
      'Richard Neave',
      '',
      'Experience',
      'April 2022 - October 2023 Senior Technical Principal, Contino, London',
      'Cloud and automation-focused engineering lead across multiple workstreams for a retail bank.',
      'Client Engagement',
      'Present technical overviews to senior stakeholders and introductory sessions to interested parties.',
      'Security & Compliance',
      'Ensure that client compliance and regulatory controls are met from an engineering perspective.',
      'Cloud Datacenter - Storage',
      'Design and build the initial cloud datacenter landing zone based on a hub and spoke model.',
      'MY LIFE PHILOSOPHY',
      '',
    ].join('\n'),
  );
  assert.equal(r.sections[0].entries.length, 1);
  const e = r.sections[0].entries[0];
  assert.match(e.bullets[1].text, /^Client Engagement\s+Present technical overviews/);
  assert.match(e.bullets[2].text, /^Security & Compliance\s+Ensure that/);
  assert.match(e.bullets[3].text, /^Cloud Datacenter - Storage\s+Design and build/);
});

test('text: where bullets are marked, an unmarked "Label: …" line under one says more of it', () => {
  const r = parseText(
    [
      'Martin Klein',
      '',
      'Experience',
      'Volue Insight Berlin, Germany',
      'Market Analyst Apr 2020 – Mar 2021',
      '◦ Power System Modeling - Managed a market model for 19 European countries.',
      'Key Contribution: Enhanced regional market intelligence for Central Western Europe.',
      '◦ Data Pipeline Management - Oversaw and automated cloud-based data flows.',
      'Key Contribution: Ensured daily delivery of electricity market forecasts.',
      '',
    ].join('\n'),
  );
  const e = r.sections[0].entries[0];
  assert.equal(e.bullets.length, 2);
  assert.match(e.bullets[0].text, /Key Contribution: Enhanced/);
});

test('text: a PDF of LaTeX\'s old font encoding ("D´eveloppeur", "Universit´e d’Angers") reads with its accents; French degrees are degrees', () => {
  const r = parseText(
    [
      'Achille Guillon',
      'D´eveloppeur Web',
      '',
      'Exp´eriences',
      '2017 – 2020 D´eveloppeur Front, Unow (Lyon)',
      '○ Cr´eation d’une plateforme de formation en React',
      '',
      'Formations',
      '2009 – 2011 BTS, Lyc´ee Professionnel Chevrollier (Angers)',
      '',
    ].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  const job = r.sections[0].entries[0];
  assert.equal(job.title?.value, 'Développeur Front');
  const bts = r.sections[1].entries[0];
  assert.deepEqual([bts.title?.value, bts.organisation?.value], ['BTS', 'Lycée Professionnel Chevrollier']);
});

test('text: how a job was held and for how long, in French ("CDI - 3 ans ½", "Stage - 4 mois"), is no title nor employer', () => {
  const r = parseText(['Achille Guillon', '', 'Expériences', '2017 – 2020 Développeur Front, CDI - 3 ans ½, Unow (Lyon)', '○ Création d’une plateforme de formation en React', '2012 Développeur .NET, Stage - 4 mois, Ve-Hotech (Angers)', '○ Application .NET pour 3 serveurs', ''].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Développeur Front', 'Unow', 'Lyon'],
    ['Développeur .NET', 'Ve-Hotech', 'Angers'],
  ]);
});

test('text: a line of a table\'s column names ("Degree Major    Institution    Graduation Year") is no entry', () => {
  const r = parseText(['Chase Rushton', 'chase@example.com', '', 'Education', 'Degree Major    Institution           Graduation Year', 'M.S. in Biology (Bioinformatics), Auburn University, Auburn, AL, 2018', 'B.S. in Molecular and Cellular Microbiology, Auburn University, Auburn, AL, 2015', ''].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['M.S. in Biology (Bioinformatics)', 'Auburn University', '2018'],
    ['B.S. in Molecular and Cellular Microbiology', 'Auburn University', '2015'],
  ]);
});

test('text: a letter an icon font left after a title\'s capitalised words is no word of the title', () => {
  const r = parseText(['Scott Bailey', '', 'PROJECTS', '2017 Principles of Network Analysis m', 'Taught a 3-hour workshop to 40 developers at PyTennessee.', ''].join('\n'));
  const e = r.sections[0].entries[0];
  assert.ok(e && !/ m$/.test(e.title?.value ?? e.organisation?.value ?? ''), JSON.stringify(e?.title));
});

test('header: a second job\'s name after the title\'s comma, the employer elsewhere, is the same role\'s other hat', () => {
  const r = parseText(['Marcy Minchin', '', 'EXPERIENCE', 'Club Officer, Tutor | Brigham Young University, Utah, USA | August 2008 - August 2009', '- Organized the annual speech contest for 40 students', ''].join('\n'));
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Club Officer, Tutor', 'Brigham Young University']);
});

test('text: an employer alone on its line with its tenure, over job titles dated inside it, is their employer (printed once)', () => {
  const text = [
    'Jeff Stone', 'jeff@example.com', 'Experience',
    'Upwork: Dec ‘17 - Present',
    'Program Manager, Data Analytics and Infrastructure: JAN ‘21 - Present',
    'Managed a team of 6 analysts and auditors.',
    'Associate Program Manager: JAN ‘20 - DEC ‘20',
    'Evangelized the contingent workforce program across 40 teams.',
    'U.S. Marine Corps: NOV ’01 - SEP ‘10',
    'Russian Interpreter 2006 - 2010',
    'Interpreted for 200 senior-level meetings.',
    'Russian Linguist and Team Manager 2001 - 2006',
    'Led a team of 8 linguists.',
    'Oracle: JUN ’15 - APR ‘16',
    'Sales Development Rep, Acme Corp: JUN ’15 - APR ‘16',
    'Booked 120 meetings.',
  ].join('\n');
  const got = entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]);
  assert.deepEqual(got.slice(0, 4), [
    ['Program Manager, Data Analytics and Infrastructure', 'Upwork', 2021],
    ['Associate Program Manager', 'Upwork', 2020],
    ['Russian Interpreter', 'U.S. Marine Corps', 2006],
    // (A start of a year alone lies inside a tenure that opens in a month of that year.)
    ['Russian Linguist and Team Manager', 'U.S. Marine Corps', 2001],
  ]);
  // (A role that names an organisation of its own keeps it.)
  assert.deepEqual(got[got.length - 1], ['Sales Development Rep', 'Acme Corp', 2015]);
});

test('text: an employer\'s street address under its name is the role\'s place, and its house number no year', () => {
  const text = [
    'Dolores Diaz', 'dd@example.com', '', 'EXPERIENCE', '',
    'Production Artist (Aug. 2011 – Present)', 'Pepwear LLC', '1540 High Meadows Way, Cedar Hill, TX 75104', 'Printed 300 films for burning screens a week', '',
    'Office Assistant (June 2008 – Aug. 2008)', 'Oberlin Alumni Association', '65 East College Street, Suite 4, Oberlin OH 44074', 'Answered 40 calls a day for the office',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Production Artist', 'Pepwear LLC', '1540 High Meadows Way, Cedar Hill, TX 75104', 2011, 1],
    ['Office Assistant', 'Oberlin Alumni Association', '65 East College Street, Suite 4, Oberlin OH 44074', 2008, 1],
  ]);
});

test('text: "Title with Employer" joins a job and its employer as "at" does; a legal form with a note in brackets stays the name\'s', () => {
  const text = ['Konner H', 'konner@example.com', '', 'EXPERIENCE', '',
    'Senior Project Engineer with Aldea Services, Inc. (offsite), San Jose, California, USA', 'November 2023 - Present', 'Modelled risk for 12 adjacent buildings.', '',
    'Project Engineer with Guy F. Atkinson Construction', 'February 2020 - December 2020', 'Logged 300 m of tunnel a month.', '',
    'Worked with Senior Engineers', 'January 2019 - February 2020', 'Drew 40 sheets.'].join('\n');
  const got = entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]);
  assert.deepEqual(got.slice(0, 2), [
    ['Senior Project Engineer', 'Aldea Services, Inc. (offsite)'],
    ['Project Engineer', 'Guy F. Atkinson Construction'],
  ]);
  // ("Senior Engineers" is no employer: the words after "with" name people.)
  assert.notEqual(got[2]?.[1], 'Senior Engineers');
});

test('text: under a dated employer line with its place, roles whose title has a unit after its comma are that employer\'s', () => {
  const text = ['Erica R', 'erica@example.com', '', 'Professional Experience',
    'CUNY Bronx Community College, Bronx, NY                                               2016 - 2022',
    'Academic Advisor, First Year Program,   2018 -  2020', '• Advised 300 first-year students a term.',
    'Program Assistant,  2016 –  2018', '• Scheduled 40 orientation sessions.'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year]), [
    ['Academic Advisor, First Year Program', 'CUNY Bronx Community College', 'Bronx, NY', 2018],
    ['Program Assistant', 'CUNY Bronx Community College', 'Bronx, NY', 2016],
  ]);
});

test('text: "Employer: Title: dates" reads the title by its words, abbreviated ones too ("Sales Development Rep", "Store Mgr")', () => {
  const text = 'Jeff Stock\njeff@example.com\n\nExperience\nThoughtSpot: Sales Development Rep: JAN 2017 - JUN 2017\nInside sales of analytics software to 40 accounts.\nWalgreens: Store Mgr: JUN 2015 - APR 2016\nRan a store of 12 staff.\n';
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [['Sales Development Rep', 'ThoughtSpot'], ['Store Mgr', 'Walgreens']]);
});

test('text: a name with its degree ("Megan Tolliver-Reyes, MS") is no town and state; the place is the line under it', () => {
  const text = 'Megan Tolliver-Reyes, MS, OTR/L\nOccupational Therapist\nSpokane, WA · 509-555-0134 · megan@example.com\n\nEXPERIENCE\nOccupational Therapist, Spokane Clinic, 2019 - Present\n- Treated 40 patients a week\n';
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Megan Tolliver-Reyes');
  assert.equal(r.contact.location?.value, 'Spokane, WA');
  const alone = parseText('Erica Rowe-Owen, M.S.\nerica@example.com\n\nEXPERIENCE\nProgram Manager, Columbia University, 2019 - 2023\n- Ran 3 programs\n');
  assert.equal(alone.contact.location, undefined);
});

test('text: in an education section, fields naming a degree or a school with a year head an entry of their own, full stop and all', () => {
  const text = 'Jennifer Mason\njm@example.com\n\nQualifications\nMFA Glasgow School of Art 2015.\nPost Graduate Diploma in Fine Arts, Elam School of Fine Arts, The University of Auckland. 2013.\nBFA / BA, Elam School of Fine Arts, The University of Auckland. 2004.\nSUNY (The State University of New York) exchange program, 2003 (8 months).\n';
  const got = entries(parseText(text)).map((e) => [e.title?.value ?? null, e.dates?.end?.text ?? e.dates?.start?.text ?? null, e.bullets.length]);
  assert.deepEqual(got.map((g) => [g[1], g[2]]), [['2015', 0], ['2013', 0], ['2004', 0], ['2003', 0]]);
  assert.equal(got[1][0], 'Post Graduate Diploma in Fine Arts');
});

test('text: a line that opens on its dates, names the role and runs on after a colon or a full stop heads an entry; the rest is its first bullet', () => {
  const text = "Colin Windsor\ncw@example.com\n\nPositions and Activities\n2013- Consultant, Tokamak Energy: Research on the design of compact fusion power using\nspherical tokamaks, high temperature superconductors.\n1986-1998 Chairman: Harwell Criticality Committee: This committee had the remit of ensuring\nsafety from nuclear criticality accidents at Harwell.\n1998-9 Senior Consultant, PenOp: Developer and sales of signature capture and verification\nsoftware.\n";
  const got = entries(parseText(text)).map((e) => [e.title?.value ?? null, e.organisation?.value ?? null, e.dates?.start?.text ?? null, e.dates?.end?.text ?? null, e.bullets.map((b) => b.text.slice(0, 20))]);
  assert.deepEqual(got, [
    ['Consultant', 'Tokamak Energy', '2013', null, ['Research on the desi']],
    ['Chairman', 'Harwell Criticality Committee', '1986', '1998', ['This committee had t']],
    ['Senior Consultant', 'PenOp', '1998', '9', ['Developer and sales ']],
  ]);
});

test('text: "Degree from School in Town, ST" is the degree, its school and the place; "Washington University in St. Louis" stays one name', () => {
  const got = entries(parseText('Jane Doe\njane@example.com\n\nEDUCATION\n2017 Ph.D. in Biomedical Engineering from Vanderbilt University in Nashville, TN\n2012 B.S. in Biological Engineering from University of Missouri - Columbia\n2010 Bachelor of Applied Sciences, Washington University in St. Louis\n')).map((e) => [e.title?.value ?? null, e.organisation?.value ?? null, e.location?.value ?? null]);
  assert.deepEqual(got.slice(0, 2), [
    ['Ph.D. in Biomedical Engineering', 'Vanderbilt University', 'Nashville, TN'],
    ['B.S. in Biological Engineering', 'University of Missouri - Columbia', null],
  ]);
  assert.equal(got[2][1], 'Washington University in St. Louis');
});

test('text: in an education section, a bulleted degree line with a note after its dates ("… 2006 – 2010 cum laude.") heads its own entry', () => {
  const text = 'Sam Rivera\nsam@example.com\n\nEDUCATION\n- Columbia College Chicago - BA in Photography, minor in Web Development, 2006 – 2010 cum laude.\n- GPA 3.8/4.0, Dean\'s List 2007 – 2008.\n';
  const got = entries(parseText(text));
  assert.equal(got.length, 1);
  assert.equal(got[0].title?.value, 'BA in Photography');
  assert.equal(got[0].organisation?.value, 'Columbia College Chicago');
  assert.deepEqual([got[0].dates?.start?.text, got[0].dates?.end?.text], ['2006', '2010']);
  // (The honours line under it stays a detail of the degree.)
  assert.equal(got[0].bullets.length, 1);
});

test('text: initials in brackets after an organisation are its own ("… Solar Energy Systems (ISE)"), not a town that bears them; a place in brackets stays a place', () => {
  const text = 'Jane Doe\njane@example.com\n\nEXPERIENCE\nFraunhofer Institute for Solar Energy Systems (ISE)\nResearch Assistant, Department Process Technology\nJan 2014 – Dec 2015\n- Built a test rig used by 20 teams.\n\nSiemens AG (Munich)\nEngineer\nJan 2012 – Dec 2013\n- Built a line for 40 staff.\n';
  const got = entries(parseText(text)).map((e) => [e.organisation?.value ?? null, e.location?.value ?? null]);
  assert.deepEqual(got, [
    ['Fraunhofer Institute for Solar Energy Systems (ISE)', null],
    ['Siemens AG', 'Munich'],
  ]);
});

test('text: under its dates, a credit\'s name in words, a dash and the company with its town ("What are you like? – Shine Productions, London") heads the entry', () => {
  const text = 'Jane Doe\njane@example.com\n\nTELEVISION\nJune–July 2007\nThe Friday Night Project – Princess Productions, London\nArt Department Assistant/Costume Maker\nJune 2007\nWhat are you like? – Shine Productions, London\nStudio Production Runner/Tape logger\nMarch–May 2007\nMusicool – Shine Productions, London\nProduction Runner/Prop Buyer\n';
  const got = entries(parseText(text)).map((e) => [e.title?.value ?? null, e.organisation?.value ?? null, e.location?.value ?? null, e.dates?.end?.text ?? e.dates?.start?.text ?? null, e.bullets.length]);
  assert.equal(got.length, 3);
  assert.deepEqual(got[1].slice(1), ['Shine Productions', 'London', 'June 2007', 0]);
  assert.equal(got[1][0], 'Studio Production Runner/Tape logger');
  assert.equal(got[2][3], 'May 2007');
});

test('text: "References - Available upon request." is the References section, name and all; under a "REFERENCES" heading the same words are what it holds', () => {
  const one = parseText('Jane Doe\njane@example.com\n\nEXPERIENCE\nCoach, Acme, 2019 - 2020\n• Coached 12 kids in coding.\nReferences - Available upon request.\n');
  assert.deepEqual(one.sections.map((s) => [s.title, s.kind]), [['EXPERIENCE', 'experience'], ['References', 'references']]);
  assert.equal(entries(one)[0].bullets.length, 1);
  // (With no mark between the name and the rest, a closing sentence: no section, nor an item of the entry above.)
  const caps = parseText('Jane Doe\njane@example.com\n\nEDUCATION\n1992-1998\nBell Baxter High School, Fife\nReferences available on request\n');
  assert.deepEqual([caps.sections.map((s) => s.kind), entries(caps)[0].bullets.length], [['education'], 0]);
  const two = parseText('Jane Doe\njane@example.com\n\nSKILLS\nExcel\n\nREFERENCES\nReferences available upon request.\n');
  assert.deepEqual(two.sections.map((s) => [s.title, s.kind]), [['SKILLS', 'skills'], ['REFERENCES', 'references']]);
});

test('text: an employer run into the title by one space on the role\'s dated line ("Full Stack Developer Six Actual 2014 - 2017") is the employer; a grade, a department or a second title word is not', () => {
  const text = 'Casey Morgan\ncasey@example.com\n\nRelevant Work History\nFull Stack Developer Six Actual 2014 - 2017\n• Built 12 REST endpoints.\nCivil Engineer WHPacific 2012 - 2014\n• Designed 3 water systems.\nSoftware Engineer II 2010 - 2012\n• Shipped 4 releases.\nProduct Manager Customer Success 2008 - 2010\n• Ran 2 programs.\n';
  const got = entries(parseText(text)).map((e) => [e.title?.value ?? null, e.organisation?.value ?? null]);
  assert.deepEqual(got.slice(0, 2), [
    ['Full Stack Developer', 'Six Actual'],
    ['Civil Engineer', 'WHPacific'],
  ]);
  assert.equal(got[2][1], null);
  assert.notEqual(got[3][1], 'Customer Success');
});

test('text: a surname that names a trade ("Jennifer Mason", "Tom Baker") is still the name; the trade with its qualifier ("Line Cook") is a title, no name', () => {
  const name = (first: string) => parseText(`${first}\njm@example.com\n\nQualifications\nMFA Glasgow School of Art 2015.\n`).contact.name?.value;
  assert.equal(name('Jennifer Mason'), 'Jennifer Mason');
  assert.equal(name('Tom Baker'), 'Tom Baker');
  assert.equal(name('Line Cook'), undefined);
});

test('text: a phone number whose groups a word processor set apart with long dashes ("555 – 201 – 7788") is the phone', () => {
  const r = parseText('Morgan Hale\nPhone: 555 – 201 – 7788\nE-mail: mc@example.com\n\nEducation\nBS, George Mason University, 2015\n');
  assert.equal(r.contact.phone?.value, '555 – 201 – 7788');
});

test('text: a link\'s label ("Google Scholar (click)") names a site, never the person', () => {
  const r = parseText('Google Scholar (click)\ngithub.com/someone\nsomeone@example.com\n\nEDUCATION\n2015 – 2019\nDoctor of Philosophy\nThe University of Melbourne\n');
  assert.notEqual(r.contact.name?.value, 'Google Scholar');
});

test('text: the street and its flat before the town with no comma between ("48 Orchard St. Apt 3 New Haven, CT 06510 USA") are the address\'s', () => {
  const r = parseText('Dana Novo\n48 Orchard St. Apt 3 New Haven, CT 06510 USA\ndana@example.com\n\nEDUCATION\nYale University, Ph.D. in Chemistry, 2015 – 2020\n');
  assert.equal(r.contact.location?.value, '48 Orchard St. Apt 3 New Haven, CT 06510 USA');
});

test('text: a subject after the school\'s comma ("University of Northern Colorado, Accounting GPA: 3.70") is no town', () => {
  const r = parseText('Sam Okafor\nsam@example.com\n\nEDUCATION\nBachelor’s of Business Administration, Accounting Dec 2016\nUniversity of Northern Colorado, Accounting GPA: 3.70 Overall GPA: 3.70\n');
  const [e] = entries(r);
  assert.equal(e.organisation?.value, 'University of Northern Colorado');
  assert.notEqual(e.location?.value, 'Accounting');
});

test('text: a job\'s name that ends on a section word ("Data Entry Volunteer") over its employer\'s line and its dates is that role\'s title, no section; "Job Experience" over a role stays a heading', () => {
  const text = 'Sam Okafor\nMedical Physics, 3D Printing, Data Analytics\nEducation\n\nBachelor’s of Science, Physics\nColorado State University, GPA: 3.79\n\nMay 2008\n\nExperience\n\nMedical Physics Assistant\nBanner Health\n\nMay 2017 – May 2019\n\n− Built a dashboard used by 12 physicists\nData Entry Volunteer\nNorth Colorado Medical Center\n\nMay 2013 – May 2017\n\n− Prepared 40 data tables for dosimetrists\nProfessional Tutor: Accounting, STEM\nAims Community College\n\nJan 2013 – Present\n\n− Tutored 30 students a term\nResearch\n';
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['Education', 'Experience', 'Research']);
  assert.ok(entries(r).some((e) => e.title?.value === 'Data Entry Volunteer'));
  const job = parseText('Sam Lee\nsam@example.com\n\nEducation\n\nBSc Physics, Colorado State University, 2008\n\nJob Experience\nMcKee Medical Center\n\nMay 2017 – Present\n\n− Checked 20 charts weekly\n');
  assert.ok(job.sections.some((s) => s.title === 'Job Experience'));
});

test('text: where roles open their lines on ranges of years with a dash set apart, a year with that dash and then words is a range left open', () => {
  const text = [
    'Rowan Ames',
    'rowan@example.com',
    '',
    'APPOINTMENTS HELD',
    '2019 – 2021 Postdoctoral Research Fellow Northgate University',
    '2019 – Honorary Team Member Riverside Care Trust',
    '2019 –              Honorary Research Fellow                    Eastfield Hospital',
    '2018 – 2019 Research Fellow The Lakeside Institute',
  ].join('\n');
  const es = entries(parseText(text));
  assert.deepEqual(
    es.map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.end?.year, e.dates?.current]),
    [
      ['Postdoctoral Research Fellow', 2019, 2021, false],
      ['Honorary Team Member', 2019, undefined, true],
      ['Honorary Research Fellow', 2019, undefined, true],
      ['Research Fellow', 2018, 2019, false],
    ],
  );
  assert.equal(slice(text, es[1].dates!.span), '2019 –');
  // Alone, a year and a dash before a degree is when it was taken: no range.
  const alone = entries(parseText(['Rowan Ames', '', 'EDUCATION', '2013 - M.S., Speech-Language Pathology, Northgate University', '2009 - B.S., Linguistics, Northgate University'].join('\n')));
  assert.deepEqual(alone.map((e) => [e.dates?.start?.year, e.dates?.current]), [[2013, false], [2009, false]]);
});

test('text: an "Activities" section whose lines name posts held ("Technical Coordinator", "Section Editor") lists roles, not pastimes; one of pastimes stays interests', () => {
  const roles = parseText(
    [
      'Rowan Ames',
      'rowan@example.com',
      '',
      'ACTIVITIES',
      'Campus Rocketry Club',
      'Technical Coordinator',
      'Works with each project group on design, analysis and manufacturing follow-through.',
      'Student Newspaper',
      'Section Editor',
      'Wrote and edited the science pages for the weekly paper.',
    ].join('\n'),
  );
  assert.equal(roles.sections[0].kind, 'volunteer');
  assert.deepEqual(
    roles.sections[0].entries.map((e) => e.title?.value),
    ['Technical Coordinator', 'Section Editor'],
  );
  const pastimes = parseText(['Rowan Ames', 'rowan@example.com', '', 'ACTIVITIES', 'Trail Running', 'Chess', 'Film Photography'].join('\n'));
  assert.equal(pastimes.sections[0].kind, 'interests');
});

test('text: an "Environment:" line under a role (the tools it used, "Visual Studio 2010, SQL Server 2005") is a detail of that role, not a role dated by a product\'s year', () => {
  const text = [
    'Rowan Ames',
    'rowan@example.com',
    '',
    'PROFESSIONAL EXPERIENCE',
    'Web Developer, Northgate Brokerage, Springfield, MO 6/2009 – Present',
    'Built quick trade functionality used by 40,000 clients.',
    'Environment: Visual Studio 2010, UML, HTML5, CSS, TFS, JavaScript',
    'Business Analyst I, Eastfield Brewing, Springfield, MO 3/2008 – 12/2008',
    'Modeled the shelf merchandising data warehouse for 3 divisions.',
    'Technical Environment: TOAD, UML, SQL Server 2005',
  ].join('\n');
  const es = entries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.bullets.length]), [['Web Developer', 2], ['Business Analyst I', 2]]);
});

test('text: a line that is only a body\'s initials ("BYU", "UNLV") under a course or post names where it was held, not the post; a placeholder ("TBC") names nothing', () => {
  const r = parseText('Robin Vale\n\nTeaching Experience\nAdv Web Dev\nBYU\n2004-2006\nDigital Prepress\nITT-Tech\nSummer 2009\n');
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Adv Web Dev', 'BYU'],
    ['Digital Prepress', 'ITT-Tech'],
  ]);
  const tbc = parseText('Robin Vale\n\nExperience\nOctober 2023 - Present\nAssociate Director, Northwind, London\nTBC\n');
  assert.equal(entries(tbc)[0].organisation?.value, 'Northwind');
});

test('text: a post "of" a list closed by ", and" ("Supervisor of Front Desk, Call Center, and MRI Scheduling") is one title beside its employer; "Supervisor of …" is a job, "Advisor: Prof. …" a detail', () => {
  const r = parseText('Robin Vale\n\nExperience\nSupervisor of Front Desk, Call Center, and MRI Scheduling | Lakeside Sports Medicine\n1999-2002\n- Led the front desk staff\nSupervisor of Patient Access | Lakeside Sports Medicine\n1996-1999\n- Ran the scheduling desk\n');
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Supervisor of Front Desk, Call Center, and MRI Scheduling', 'Lakeside Sports Medicine'],
    ['Supervisor of Patient Access', 'Lakeside Sports Medicine'],
  ]);
  const thesis = parseText('Robin Vale\n\nEducation\nPh.D. Candidate | Advisor: Prof. Ana Ruiz | Northfield University\n2015-2020\n');
  assert.equal(entries(thesis)[0].title?.value, 'Ph.D. Candidate');
});

test('text: a detail\'s value left blank ("GPA: N/A") is no field of the entry', () => {
  const r = parseText('Robin Vale\n\nEducation\nLakeview Middle School \t   Madison WI GPA: N/A\t\t2016-2019\n');
  const e = entries(r)[0];
  assert.equal(e.title, undefined);
  assert.equal(e.organisation?.value, 'Lakeview Middle School');
});

test('text: a profile\'s name run into its sentence ("Objective: To obtain a position in …") heads a summary section of that sentence; a label before a list ("Summary: Python, SQL") does not', () => {
  const r = parseText('Robin Vale\nrobin@example.com\n\nObjective: To obtain a position in hospital pharmacy where I can grow.\n\nExperience\nPharmacy Technician, Lakeside Clinic\n2019-2021\n- Filled 200 prescriptions a day\n');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Objective', 'summary'], ['Experience', 'experience']]);
  assert.equal(r.summary?.value, 'To obtain a position in hospital pharmacy where I can grow.');
  const list = parseText('Robin Vale\n\nSkills\nSummary: Python, SQL\n');
  assert.deepEqual(list.sections.map((s) => s.title), ['Skills']);
});

test('text: a profile\'s name of two words run into its sentence with no colon ("Professional Summary Looking for …") heads the summary; one word opening a sentence ("Currently I am …") does not', () => {
  const r = parseText('Robin Vale\nProfessional Summary Looking for any kind of work, most of my experience is in warehouses.\nExperience\nWarehouse Associate\nFebruary 2017 - May 2021 Northgate Glass Spring Hill, KS\n');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Professional Summary', 'summary'], ['Experience', 'experience']]);
  const sentence = parseText('Robin Vale\nSummary\nCurrently I am working on my thesis about glass in the lab.\n');
  assert.deepEqual(sentence.sections.map((s) => s.title), ['Summary']);
});

test('text: a row of full stops under a name rules it as a heading ("WEB WORLD" / "......"), a name with a digit too ("MY 3 DAY-TO-DAY ACTIVITIES"); three stops are no rule', () => {
  const dots = '.'.repeat(40);
  const r = parseText(['ROBIN VALE', '', 'CONTACT', dots, 'robin@example.com', '', 'MY 3 DAY-TO-DAY ACTIVITIES', dots, '* Captain', '* Coder', '', 'WEB WORLD', dots, '* Html, CSS', '', 'INTERESTS', dots, '* Soccer', '...', '* Chess'].join('\n'));
  assert.deepEqual(r.sections.map((s) => s.title), ['CONTACT', 'MY 3 DAY-TO-DAY ACTIVITIES', 'WEB WORLD', 'INTERESTS']);
});

test('text: a post named for the unit it leads ("Group Leader in Neutron Physics at Harwell Labs", "Team Leader at Northwind") is the title, the name after "at" the employer', () => {
  const r = parseText('Robin Vale\n\nExperience\n1970 - 1980\nGroup Leader in Neutron Physics at Harwell Labs\n- Led research on neutron scattering.\n1980 - 1985\nTeam Leader at Northwind\n- Led a team of 6.\n');
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Group Leader in Neutron Physics', 'Harwell Labs'],
    ['Team Leader', 'Northwind'],
  ]);
});

test('text: an en or em dash set apart on one side only parts two fields ("Harbor Clinic —Volunteer Nurse", "Harbor Clinic— Volunteer Nurse"); a hyphenated word stays whole', () => {
  for (const line of ['Harbor Clinic —Volunteer Nurse [June 2016-June 2018/Nigeria]', 'Harbor Clinic— Volunteer Nurse [June 2016-June 2018/Nigeria]']) {
    const r = parseText(`Robin Vale\n\nExperience\n${line}\n• Supervised 100 volunteers.\n`);
    assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [['Volunteer Nurse', 'Harbor Clinic']], line);
  }
  const whole = parseText('Robin Vale\n\nExperience\nFull-Time Volunteer Nurse, Harbor Clinic\n2016 - 2018\n• Supervised 100 volunteers.\n');
  assert.equal(entries(whole)[0].title?.value, 'Full-Time Volunteer Nurse');
});

test('text: a name set apart from the headline by a slash ("Garth Vale / Interaction Designer") is the name', () => {
  const r = parseText('Garth Vale / Interaction Designer\ndesign\ncode\n\nProfile\nUX Specialist with 8 years of wireframing and design.\n');
  assert.equal(r.contact.name?.value, 'Garth Vale');
});

test('text: a short Title Case line led by a verb that is hardly ever a noun ("Create and Edit Wikipedia Articles") is a duty, not a heading, though its last word names a section', () => {
  const rule = '-'.repeat(50);
  const r = parseText(
    ['Dolores Vale', 'dolores@example.org', rule, '', 'Volunteer Work', rule, '', 'OPEN MAPS PROJECT', 'Founded in 2012 to map rural clinics.', 'Project Founder (Jan. 2012 – Present)', 'Website Design and Administration', 'Recruiting Contributors', '', 'WIKIMEDIA FOUNDATION INC', 'Encouraging free content', 'Contributor and Editor (Jan. 2006 – Present)', 'Create and Edit Wikipedia Articles', 'Add References to pages', '', rule, 'Skills', rule, '', 'Customer Service', '', rule, 'Education', rule, '', 'Oberlin College', 'Oberlin, OH 44074'].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => s.title), ['Volunteer Work', 'Skills', 'Education']);
  // A heading led by a word that is also a noun or an adjective still heads its section.
  const h = parseText(['Dolores Vale', '', 'Selected Publications', '', 'A paper, 2020', '', 'Teaching Experience', '', 'Lecturer, State University, 2019 – 2021'].join('\n'));
  assert.deepEqual(h.sections.map((s) => s.kind), ['publications', 'experience']);
});

test('text: a house number before the "town" makes it a street: "2920 Broadway, New York, NY 10027" is in New York, and a street run into its town ("125 E Second South Rexburg, ID 83440") is the whole address', () => {
  const a = parseText('Jane Kim\n4143 Lerner Hall, 2920 Broadway, New York, NY 10027  |  (347) 201-3242\njane@example.com\n');
  assert.equal(a.contact.location?.value, 'New York, NY 10027');
  const b = parseText('Daniel Akal\n[125 E Second South Rexburg, ID 83440 | 208-970-8264 | dan@example.com]\n');
  assert.equal(b.contact.location?.value, '125 E Second South Rexburg, ID 83440');
  // Not the last group of a phone number before the town.
  const c = parseText('Aoife Byrne\n+353 1 234 2741 Dublin, Ireland\n');
  assert.equal(c.contact.location?.value, 'Dublin, Ireland');
});

test('text: a bullet that opens on its span of time and goes on as a list of names ("• Nov 2023 – Sep 2025 <tabs> Interim Assistant Dean …, Faculty of Medicine, Memorial University …, St. John\'s, NL") heads a role however long its names; the faculty before the university is the organisation\'s', () => {
  const r = parseText(
    [
      'Jane Roe',
      'jane@example.com',
      '',
      'SERVICE and Academic Leadership',
      '',
      '\t•\tNov 2023 – Sep 2025\t\tInterim Assistant Dean for Social Accountability, Faculty of Medicine, Memorial University of Newfoundland, St. John’s, NL',
      '',
      '\t•\tProvide strategic leadership for the Faculty’s mandate.',
      '\t•\tDirect and resource two flagship portfolios.',
      '',
      '\t•\tMay 2023 – Nov 2023 \tFaculty Lead for Global Health, School of Medicine, Memorial University',
      '',
      '\t•\tIntegrated global-health competencies.',
    ].join('\n'),
  );
  assert.deepEqual(
    r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text, e.bullets.length]),
    [
      ['Interim Assistant Dean for Social Accountability', 'Faculty of Medicine, Memorial University of Newfoundland', 'Nov 2023', 2],
      ['Faculty Lead for Global Health', 'School of Medicine, Memorial University', 'May 2023', 1],
    ],
  );
  // A long dated bullet that reads as a sentence stays a bullet.
  const s = parseText(['Jane Roe', '', 'Experience', '', 'Analyst, Acme Corp, 2019 – 2021', '• 2020 – 2021 led the migration of our billing system to a new provider, cutting costs by a third.'].join('\n'));
  assert.equal(s.sections[0].entries.length, 1);
  assert.equal(s.sections[0].entries[0].bullets.length, 1);
});

test('text: a "Training" section that holds a degree is the education; "Online" alone on a header line is where a course was held; "the University of Louisville" is a school, not a sentence; "Talents" heads skills', () => {
  const r = parseText(
    [
      'Sam Moody',
      'sam@example.com',
      'Teaching Experience',
      'Substitute Teacher',
      'Jefferson Co. Public Schools',
      '1/2018 - Present',
      'Louisville, KY',
      '1. Awarded 93 assignments at 40 schools',
      'Training',
      'Microsoft Office CERT',
      'Microsoft',
      '2/2010',
      'Online',
      '1. Demonstrated proficiency using Office Suite',
      'B.A. Political Science',
      'the University of Louisville',
      '1/2000 - 5/2003',
      'Louisville, KY',
      '1. Student Assistant for Office of the President',
      'Talents',
      'Web Design 80%',
    ].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Teaching Experience', 'experience'], ['Training', 'education'], ['Talents', 'skills']]);
  const [cert, degree] = r.sections[1].entries;
  // (Which of the certificate's two names is its title is not what this asserts.)
  assert.deepEqual([[cert.title?.value, cert.organisation?.value].sort(), cert.location?.value, cert.bullets.length], [['Microsoft', 'Microsoft Office CERT'], 'Online', 1]);
  assert.deepEqual([degree.title?.value, degree.organisation?.value, degree.location?.value, degree.bullets.length], ['B.A. Political Science', 'the University of Louisville', 'Louisville, KY', 1]);
  assert.equal(r.sections[1].entries.length, 2);
});

test('text: a faculty named before its word ("Ibn Sina Medical Faculty") between a degree and its university is part of the school\'s name, not the degree\'s', () => {
  const r = parseText(['Ana Vale', '', 'EDUCATION', '2008 \tM.D., Ibn Sina Medical Faculty, Balkh University, Mazar-e Sharif, Afghanistan'].join('\n'));
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['M.D.', 'Ibn Sina Medical Faculty, Balkh University']);
});

test('text: a street address an employer\'s name runs on into ("St. Jude\'s Medical Center 101 E. Valencia Mesa Drive, Fullerton, CA") is where it is: the name ends before it and the address leads the place', () => {
  const text = ['Jane Roe', 'jane@example.com', '', 'Work History', 'Registered Nurse (RN)', "09/2008 - 01/2009 St. Jude's Medical Center 101 E. Valencia Mesa Drive, Fullerton, CA", '• Provided care in the emergency room.', 'Registered Nurse (RN)', '03/2009 - 10/2014 Firstat Nursing Svc, 5601 Corporate Way # 404, West Palm Beach, FL', '• Covered telemetry and ICU shifts.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.organisation?.value, e.location?.value]), [
    ["St. Jude's Medical Center", '101 E. Valencia Mesa Drive, Fullerton, CA'],
    ['Firstat Nursing Svc', '5601 Corporate Way # 404, West Palm Beach, FL'],
  ]);
  const e = r.sections[0].entries[0];
  assert.equal(text.slice(e.organisation!.span.start, e.organisation!.span.end), "St. Jude's Medical Center");
  assert.equal(text.slice(e.location!.span.start, e.location!.span.end), '101 E. Valencia Mesa Drive, Fullerton, CA');
});

test('text: a page\'s copyright footer ("© 2026, Designed and Coded by …", "Copyright 2004 Jo Vale : Last updated 17/1/2017") is no entry', () => {
  const r = parseText(['Jo Vale', 'jo@example.com', '', 'Work History', 'Registered Nurse, Lakeview Hospital, 2014 - 2015', '• Provided care in the emergency room.', 'Copyright 2004 Jo Vale : Last updated 17/1/2017', '© 2026, Designed and Coded by Sam Park.'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => e.title?.value), ['Registered Nurse']);
  assert.equal(r.sections[0].entries[0].bullets.length, 1);
});

test('text: "Secondary School Diploma in Computer Science", "High School Diploma" name a qualification, not a school: the school is the other line', () => {
  const r = parseText(['Marco Vale', '', 'Education', 'Enrico Fermi, Venice', 'Secondary School Diploma in Computer Science', '2013 – 2018'].join('\n'));
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Secondary School Diploma in Computer Science', 'Enrico Fermi', 'Venice']);
});

test('text: a list\'s name run into its items on one line ("Core Qualifications: Proficient in forklift operations …") heads its section where a heading follows right after; "Technical Skills: Go, SQL" inside a role stays the role\'s', () => {
  const r = parseText(['William Haas', 'Professional Summary Looking for any kind of work, most of my experience is labor.', 'Core Qualifications: Proficient in forklift operations Computer proficient Fast learner Able to do many tasks at a', 'time', 'Experience', 'Warehouse Associate', 'February 2017 - May 2021 AGC Spring Hill Spring Hill, KS', 'Prepared shipments to be sent out to customers.'].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Professional Summary', 'summary'], ['Core Qualifications', 'skills'], ['Experience', 'experience']]);
  const inRole = parseText(['Ana Vale', 'ana@example.com', '', 'Experience', 'Data Engineer, Acme, 2019 - 2021', '• Built 3 pipelines', 'Technical Skills: Go, SQL and Airflow for batch jobs', '• Cut costs by 20%', 'Analyst, Beta, 2017 - 2019', '• Wrote 40 reports'].join('\n'));
  assert.deepEqual(inRole.sections.map((s) => s.title), ['Experience']);
  assert.equal(inRole.sections[0].entries.length, 2);
});

test('text: moderncv\'s subsections set with a dot leader ("Teaching. . . . . .", a long line) are headings, of their section\'s kind too; a course by its code and name is a teaching entry\'s title and "Taught by Dr. …" no title', () => {
  const leader = (name: string) => `${name}${'. '.repeat(70)}.`;
  const text = [
    'Jo Park',
    'jo@example.org',
    '',
    'Assistantships',
    leader('Teaching'),
    'Political Science 3309: Justice in America: Judicial Politics',
    'Taught by Dr. Kati Zadeh Spring 2014',
    'Political Science 4403W: Comparative Constitutionalism',
    'Taught by Dr. Lisa Hill Fall 2013',
    leader('Research'),
    'Dr. Andrew Karch',
    'Collected and coded state legislative preambles 2014-2015',
    'Papers Under Review',
    'Jo Park and Ana Vale "Unearthing the Hidden Welfare State"',
    'Other Training',
    'Participant in Institute for Qualitative Research',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [
    ['Assistantships', 'experience'],
    ['Teaching', 'experience'],
    ['Research', 'experience'],
    ['Papers Under Review', 'publications'],
    ['Other Training', 'certifications'],
  ]);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.dates?.start?.text]), [
    ['Political Science 3309: Justice in America: Judicial Politics', 'Spring 2014'],
    ['Political Science 4403W: Comparative Constitutionalism', 'Fall 2013'],
  ]);
  assert.equal(r.sections[2].entries[0].title?.value, 'Collected and coded state legislative preambles');
  // "Miscellaneous. . . ." among the roles names no kind of entries: its roles stay in Experience.
  const misc = parseText(`Jo Park\njo@example.org\n\nExperience\nAnalyst, Acme, 2019 - 2021\n• Wrote 40 reports\n${leader('Miscellaneous')}\nClerk, Beta, 2017 - 2019\n• Filed 300 claims\n`);
  assert.deepEqual(misc.sections.map((s) => [s.title, s.entries.length]), [['Experience', 2]]);
  // A leader after words that name no section is no heading.
  assert.deepEqual(parseText(`Jo Park\njo@example.org\n\nExperience\nAnalyst, Acme, 2019 - 2021\n${leader('Built the billing system')}\n`).sections.map((s) => s.title), ['Experience']);
});

test('text: a section\'s name right under a job\'s title and over its dates, no blank line before it ("Independent Consultant" / "Projects" / "May 2012 – September 2018"), is that role\'s line, not a new section', () => {
  const r = parseText(['Jo Park', 'jo@example.org', '', 'Experience', '', 'Software Engineer', 'Star Tribune', 'January 2021 – Present', '- Built 3 APIs', '', 'Independent Consultant', 'Projects', 'May 2012 – September 2018', '- Built 4 dashboards', '', 'Projects', '', 'Homelab', '- Ran 20 containers'].join('\n'));
  assert.deepEqual(r.sections.map((s) => s.title), ['Experience', 'Projects']);
  assert.deepEqual(r.sections[0].entries.map((e) => e.dates?.start?.text), ['January 2021', 'May 2012']);
  const consultant = r.sections[0].entries[1];
  assert.deepEqual([consultant.title?.value, consultant.organisation?.value].sort(), ['Independent Consultant', 'Projects']);
  assert.equal(consultant.bullets.length, 1);
});

test('text: a school\'s header with no degree whose first bullet names one ("▪ B.A. Psychology, B.A. Spanish Language") took it: the bullet is the title; a sentence or a duty stays a bullet', () => {
  const r = parseText(['Jo Park', 'jo@example.org', '', 'EDUCATION', 'gSchool, Denver, CO      August 2013- February 2014', '▪  Six-month intensive web developer training program focusing on Ruby.', 'College of the Holy Cross, Worcester, MA      August 2007-May 2011', '▪  B.A. Psychology, B.A. Spanish Language', '▪  McCarthy Scholarship recipient for academic performance'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    [undefined, 'gSchool', 1],
    ['B.A. Psychology, B.A. Spanish Language', 'College of the Holy Cross', 1],
  ]);
  // A brand's lower-case start ("gSchool, Denver, CO   2013 – 2014") after a bullet heads its own entry, no wrapped line of the bullet.
  const swapped = parseText(['Jo Park', 'jo@example.org', '', 'EDUCATION', 'College of the Holy Cross, Worcester, MA      August 2007-May 2011', '▪  B.A. Psychology', '▪  McCarthy Scholarship recipient for academic performance', 'gSchool, Denver, CO      August 2013- February 2014', '▪  Six-month intensive web developer training program.'].join('\n'));
  assert.deepEqual(swapped.sections[0].entries.map((e) => e.organisation?.value), ['College of the Holy Cross', 'gSchool']);
});

test('text: a page\'s copyright footer with the owner\'s e-mail ("© 2026 Jo Vale • jo@example.com") gives the e-mail, no location', () => {
  const r = parseText(['Jo Vale', 'Finance student', '', 'Experience', 'Grocery Associate, Cub Foods, 2022 - 2024', '• Stocked 200 items a shift', '', '© 2026 Jo Vale • jo@example.com'].join('\n'));
  assert.equal(r.contact.email?.value, 'jo@example.com');
  assert.equal(r.contact.location, undefined);
});

test('text: a project named in lower case ("ytd-Downloader-gui (June 2025) | Python, Tkinter") heads its entry; a wrapped word\'s end ("ordinator (2023–present)") does not', () => {
  const r = parseText(['Jo Park', 'jo@example.org', '', 'PROJECTS', 'Aztec Connect (April 2025) | Django, Python', '-  Designed a scraper for 200+ clubs.', 'ytd-Downloader-gui (June 2025) | Python, Tkinter', '-  Created a GUI for video downloads.'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Aztec Connect', 'April 2025', 1],
    ['ytd-Downloader-gui', 'June 2025', 1],
  ]);
});

test('text: a duty\'s label in Title Case under a dated role ("Staff Management:" over its sentences) stays in that role; over marked bullets it is their label; "Scrum Master:" over bullets still names a post', () => {
  const r = parseText(['Jo Park', 'jo@example.org', '', 'WORK EXPERIENCE', '', 'Department Manager', 'Home Depot - Reston, VA - 05/2008-07/2020', 'Coaching and Development:', '\tTrained 20 associates a year in the paint department.', '\tStaff Management:', '\tScheduled the shifts of 14 associates every week.', 'Customer Service:', '• Resolved 30 complaints a week', '• Ran returns for 2 registers'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.bullets.length]), [['Department Manager', 6]]);
  const post = parseText(['Jo Park', 'jo@example.org', '', 'EXPERIENCE', 'Fry-IT Ltd (November 2011 - February 2012)', 'Scrum Master:', '* Ran the agile process for a team of 8.'].join('\n'));
  assert.equal(post.sections[0].entries[0].title?.value, 'Scrum Master');
});

test('text: in a list of projects, an unmarked line naming the project, a dash and a sentence opening on a verb ("Fourth Meal - Worked with a legacy codebase …") is that project and its first item; a name with no verb after its dash is not split', () => {
  const r = parseText(['Jo Park', 'jo@example.org', '', 'PROJECTS', 'Fourth Meal - Worked with a legacy codebase to serve 1,000 restaurants.', '▪ Github: github.com/jo/fourth-meal', '', 'rolling_paper gem - Created a gem to consume the Leafly API.', '', 'WORK EXPERIENCE', 'Analyst at Living Social, Washington, DC     2011-2012', '▪ Built 40 dashboards'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.bullets[0]?.text]), [
    ['Fourth Meal', 'Worked with a legacy codebase to serve 1,000 restaurants.'],
    ['rolling_paper gem', 'Created a gem to consume the Leafly API.'],
  ]);
});

test('text: an initial and a surname over a site\'s navigation ("E. Dahlmeir" / "Home" / … / "Ethan Dahlmeir") gives way to the full name spelt out just after', () => {
  const text = ['E. Dahlmeir', 'Home', 'Hobbies', 'Resume', 'Quiz', 'Ethan Dahlmeir', 'Sophomore, University of Minnesota Duluth', 'Email: ed@example.com', 'Summary', 'I study finance.'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Ethan Dahlmeir');
  assert.equal(text.slice(r.contact.name!.span.start, r.contact.name!.span.end), 'Ethan Dahlmeir');
  assert.equal(parseText('J. Smith\njsmith@example.com\n\nExperience\nClerk, Acme, 2019 - 2021\n• Filed 300 claims\n').contact.name?.value, 'J. Smith');
});

test('text: under EDUCATION in a document of capitals, a school\'s name in capitals right over a dated degree ("WILLIAM & MARY" / "B.A. Economics 2008") heads that entry, no section', () => {
  const r = parseText(['Andrew Zaffos', 'az@example.com', '', 'EDUCATION', 'WILLIAM & MARY', 'B.A. Economics 2008', '', 'UNIVERSITY OF GEORGIA', 'M.S. Geology 2010', '', 'PROGRAMMING', 'R | Bash | PostgreSQL'].join('\n'));
  assert.deepEqual(r.sections.map((s) => s.title), ['EDUCATION', 'PROGRAMMING']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['B.A. Economics', 'WILLIAM & MARY'],
    ['M.S. Geology', 'UNIVERSITY OF GEORGIA'],
  ]);
});

test('text: a résumé that prints no section heading keeps its dated entries (one section with no title), so its bullets are read; a line in capitals that opens on a section\'s name is no heading', () => {
  const text = [
    'ERIC FAY',
    '',
    'MATHEMATICS TEACHER at Woodland High School in Baileyville Maine',
    'September 2016 - June 2018',
    '',
    '-   Taught geometry and statistics to 120 students',
    '',
    'BACHELOR OF ARTS IN MATHEMATICS from Rutgers University',
    'September 2012 - May 2016',
    '',
    '-   Wrote programs to anaylze physics experiments',
    '',
    'VOLUNTEER TRAIL CREW MEMBER with American Conservation Experience',
    'January 2011 - July 2011',
    '',
    'STUDIED COMPUTER SCIENCE at Rochester Institute of Technology',
    'September 2006 - June 2007',
    '',
    // (An award with its month, no range and no items, is no entry where no heading says so.)
    'Top Sales Performance (LifeTime Athletic) October 2014',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['', 'experience']]);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.kind, e.dates?.start?.text, e.bullets.length]), [
    ['work', 'September 2016', 1],
    ['education', 'September 2012', 1],
    ['work', 'January 2011', 0],
    ['education', 'September 2006', 0],
  ]);
  // A headed résumé is read as before: no section without a title.
  assert.ok(parseText(`EXPERIENCE\n${text}`).sections.every((s) => s.title));
});

test('text: roles above the first heading (a page title taken for the document\'s, then "Education") are read as a section with no title; a "Skills:" line wrapped onto the next line goes on there', () => {
  const text = [
    'Resume',
    'CVS Pharmacy - Full-Time; Certified Pharmacy Technician January 2024 - Present',
    'Arcadia, CA • On-site',
    'As a technician I dispense and prepare medications for 300 patients a day in line with state law.',
    'Skills: Prescription processing, Data entry, Medication Preparation, Drug storage, Retail',
    'Sales, Floor Management, Cash Handling',
    'RITE AID • Full-Time; Sales Supervisor September 2022 - May 2023',
    'Pasadena, CA • On-site',
    'Supervised the shipment team and the sales team of 12 and updated pricing every week.',
    'Education',
    'Associate Degree in Nursing, Pasadena City College, 2027',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['', 'experience'], ['Education', 'education']]);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text]), [
    ['Certified Pharmacy Technician', 'CVS Pharmacy', 'January 2024'],
    ['Sales Supervisor', 'RITE AID', 'September 2022'],
  ]);
});

test('a street address between the employer and the title is where, not the employer ("Chick-fil-A, 2274 Wyoming Blvd NE — Staff")', () => {
  const text = ['Jo Bloggs', 'jo@mail.com', '', 'EXPERIENCE', '', 'Chick-fil-A, 2274 Wyoming Blvd NE — Staff', 'September 2020 - November 2020', 'Worked the kitchen line for 200 covers a shift'].join('\n');
  const e = parseText(text).sections[0].entries[0];
  assert.equal(e.organisation?.value, 'Chick-fil-A');
  assert.equal(e.title?.value, 'Staff');
});

test('an employer\'s line ending on its legal form\'s dot ("…, LLC.") after a role\'s bullets starts the next role, no sentence of the last bullet', () => {
  const text = ['JO BLOGGS', '', 'jo@mail.com', '', 'Experience:', '', 'Acme Softball', '', 'Contract Web Developer', '', 'November 2012 - June 2013', '', '-   Coded 12 web applications.', '-   Focused on readability of code.', '', 'Insight Designs Web Solutions, LLC.', '', 'Web Developer', '', 'July 2014 - August 2015', '', '-   Maintained 40 web sites.'].join('\n');
  const es = parseText(text).sections.flatMap((s) => s.entries);
  assert.equal(es.length, 2);
  assert.equal(es[0].bullets.length, 2);
  assert.equal(es[1].organisation?.value, 'Insight Designs Web Solutions, LLC.');
});

test('a line of posts joined by commas is one title, the posts held at once ("LAMP Developer, System Administrator, Tech Lead")', () => {
  const text = ['JO BLOGGS', '', 'jo@mail.com', '', 'EXPERIENCE', '', 'LivnGiv, Inc.', 'LAMP Developer, System Administrator, Tech Lead', 'July 2013 - July 2014', '-   Ran 3 AWS clusters'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.equal(es[0].title?.value, 'LAMP Developer, System Administrator, Tech Lead');
  assert.equal(es[0].organisation?.value, 'LivnGiv, Inc.');
});

test('a campus after its university with spaces round the dash, its town then repeated as the place, is part of the name ("University of California – Irvine, Irvine, CA"); "University of South Florida - Tampa, FL" is a university and its place', () => {
  const text = ['Jo Bloggs', 'jo@mail.com', '', 'EDUCATION', '2008-2014 PhD, Biological Sciences, University of California – Irvine, Irvine, CA', '2004-2008 BS, Biology, University of South Florida - Tampa, FL'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.organisation?.value, e.location?.value]), [
    ['University of California – Irvine', 'Irvine, CA'],
    ['University of South Florida', 'Tampa, FL'],
  ]);
});

test('AltaCV: where a role prints its title, its employer, then a line of when and where ("Jan 2009 – May 2013  Budapest, Hungary"), roles with no bullets follow one another without taking the next one\'s title, a title wrapped onto a second line too', () => {
  const text = [
    'EDOUARD LEGOUPIL', 'jo@x.com', '', 'EXPERIENCE',
    'Chief Data Officer, ICT Division', 'IOM, International Organisation for Migration', 'Jul 2024 – Ongoing  Valencia, Spain', '• Supported the roll-out of a data literacy program for 300 staff.',
    'Data Management Officer, Global Service Center', 'UNHCR, United Nations High Commissioner for Refugees', 'Jan 2009 – May 2013  Budapest, Hungary',
    'Regional GIS Officer, Regional Expert Hub for Western', 'Africa', 'UNHCR, United Nations High Commissioner for Refugees', 'Nov 2005 – Dec 2008  Accra, Ghana',
    'Food Aid Manager', 'Burundian Ministry of Agriculture', 'Jun 2000 – Dec 2001  Bujumbura, Burundi',
  ].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value.split(',')[0], e.dates?.text, e.location?.value]), [
    ['Chief Data Officer', 'Jul 2024 – Ongoing', 'Valencia, Spain'],
    ['Data Management Officer', 'Jan 2009 – May 2013', 'Budapest, Hungary'],
    ['Regional GIS Officer', 'Nov 2005 – Dec 2008', 'Accra, Ghana'],
    ['Food Aid Manager', 'Jun 2000 – Dec 2001', 'Bujumbura, Burundi'],
  ]);
  assert.equal(es[1].organisation?.value, 'UNHCR, United Nations High Commissioner for Refugees');
  assert.equal(es[3].organisation?.value, 'Burundian Ministry of Agriculture');
});

test('Europass: a field after its label ("Name and address of employer …", "Name and kind of school …") is the entry\'s employer or school wherever it stands, "Main tasks and responsibilities …" what was done, and the labels are no part of either', () => {
  const text = [
    'Europass', 'Curriculum Vitae', 'Personal information', 'Name / Surname Mason Emanuele', 'Email jo@x.com',
    'Work experience',
    '1 Mar 2015 - 31 Jun 2016 Collaborator in teaching activities', 'Main tasks and responsibilities Class of Modelling and Simulation: 12 hours of class exercises.', 'Name and address of employer Politecnico di Milano',
    '1 Oct 2013 - 30 Sep 2014 Research Fellow', 'Main tasks and responsibilities Coded a simulation software for 3 basins.', 'Name and address of employer Politecnico di Milano',
    'Education and training',
    'Oct 2007 - Sep 2010 Bachelor of Engineering in Environmental Engineering', 'Principal subjects / occupational', 'skills learned', 'Core engineering subjects: mathematics, physics, chemistry.', 'Name and kind of school Politecnico di Milano',
  ].join('\n');
  const es = parseText(text).sections.flatMap((s) => s.entries);
  assert.deepEqual(es.map((e) => [e.dates?.start?.year, e.dates?.end?.year, e.organisation?.value, e.bullets.map((b) => b.text)]), [
    [2015, 2016, 'Politecnico di Milano', ['Class of Modelling and Simulation: 12 hours of class exercises.']],
    [2013, 2014, 'Politecnico di Milano', ['Coded a simulation software for 3 basins.']],
    [2007, 2010, 'Politecnico di Milano', ['Core engineering subjects: mathematics, physics, chemistry.']],
  ]);
  assert.equal(es[1].title?.value, 'Research Fellow');
});

test('a long line of fields parted by bars that ends on a month and its year (a right margin\'s date run on by the text copy) heads an entry, though its words would make a sentence', () => {
  const text = ['Henry Asante', 'h@x.com', '', 'Projects',
    'VoTran | Hackathon Project (5-hour build) | React.js, HTML, CSS, OpenAI Whisper September 2024',
    '• Led frontend development in a team of 5 to build VoTran, a real-time language learning app.',
    '• Built an intuitive UI in React.js, using modular components and efficient state management.',
    'BrillaAI – STEM Question Synthesis Platform | Python, LoRA, LLaMA-3 8B, Unsloth, SQL, pandas April 2024',
    '• Generated 15,600+ STEM question-answer pairs by fine-tuning the LLaMA-3 8B model.',
  ].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.dates?.text, e.bullets.length]), [['September 2024', 2], ['April 2024', 1]]);
});

test('a project\'s line: a phrase naming a kind of thing built ("Remote Stroke Consultation Platform") says what the project is, no organisation', () => {
  const text = ['Henry Asante', 'h@x.com', '', 'PROJECTS', 'StrokeSync - Remote Stroke Consultation Platform   April 2025', '• Reduced manual coordination by 70% with automated NIHSS scoring.'].join('\n');
  const [e] = parseText(text).sections[0].entries;
  assert.equal(e.organisation, undefined);
  assert.match(e.title?.value ?? '', /^StrokeSync/);
});

test('in a list of skills, a line holding a section\'s word ("Patient & Family Education", "Precepting & Mentorship") with no blank line before it is an item; one over dated lines is the next section', () => {
  const text = ['Alyssa Berg, BSN, RN', 'alyssa@example.com', 'Work Experience', 'Registered Nurse, Good Shepherd Rehabilitation, 2021 - 2024', 'Managed 6 ventilator-dependent patients a shift', 'Skills & Competencies', 'Complex Wound Care', 'IV Therapy & Phlebotomy', 'Patient & Family Education', 'Symptom Management & Pain Control', 'Precepting & Mentorship', 'Relevant Clinical Experience', '2019-2021 Medical-Surgical Unit, St. Luke\'s Hospital', 'Cared for 5 patients a shift'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Work Experience', 'experience'], ['Skills & Competencies', 'skills'], ['Relevant Clinical Experience', 'experience']]);
});

test('a post with the unit it served in brackets is a post ("Registered Nurse (Long-Term Acute Care Hospital)"), and under an employer printed once it is that employer\'s next role', () => {
  const text = ['Alyssa Berg, BSN, RN', 'alyssa@example.com', 'Work Experience', 'Good Shepherd Rehabilitation Network, Bethlehem, PA', 'Registered Nurse (Inpatient Pediatrics) | September 2024 - Present', 'Provided family-centered care to 12 pediatric patients a shift.', 'Registered Nurse (Long-Term Acute Care Hospital) | December 2023 – September 2024', 'Managed 6 ventilator-dependent patients a shift.'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Registered Nurse (Inpatient Pediatrics)', 'Good Shepherd Rehabilitation Network'],
    ['Registered Nurse (Long-Term Acute Care Hospital)', 'Good Shepherd Rehabilitation Network'],
  ]);
});

test('"References available upon request." closing the page with no heading over it is neither a section nor the last role\'s bullet; "References: available on request" under its own name is the references section', () => {
  const note = parseText('Jane Doe\njane@example.com\n\nEDUCATION\nM.B.A., Wharton School, 2012\n\nReferences available upon request.\n');
  assert.deepEqual(note.sections.map((s) => s.title), ['EDUCATION']);
  assert.equal(note.sections[0].entries[0].bullets.length, 0);
  const named = parseText('Jane Doe\njane@example.com\n\nEDUCATION\nM.B.A., Wharton School, 2012\n\nReferences: available on request\n');
  assert.deepEqual(named.sections.map((s) => s.kind), ['education', 'references']);
});

test('a place in brackets inside a header line, a post after it ("Arup (Toronto, ON, Canada) Structural engineer intern,"), parts employer, place and title; a post\'s bracketed region ("Licensed Managing Broker (IL) / Team Leader") does not', () => {
  const text = ['Loren Yan', 'loren@example.com', '', 'Work experience', '2021.01 – present', 'Arup (Toronto, ON, Canada) Structural engineer intern,', 'Wrote 12 calculation reports for the Firehall project'].join('\n');
  const [e] = parseText(text).sections[0].entries;
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Structural engineer intern', 'Arup', 'Toronto, ON, Canada']);
  const broker = parseText(['Jo Bloggs', 'jo@example.com', '', 'EXPERIENCE', 'Licensed Managing Broker (IL) / Team Leader, Vylla, 2016 - 2019', '- Led 12 agents'].join('\n')).sections[0].entries[0];
  assert.match(broker.title?.value ?? '', /^Licensed Managing Broker \(IL\)/);
});

test('a state university\'s campus no list knows, after a comma at the line\'s end ("University of Minnesota, Morris"), is part of its name; a known place after it ("University of Washington, Seattle, WA") is its place', () => {
  const text = ['Adam Olson', 'adam@example.com', '', 'Education', 'University of Minnesota, Morris 2010', 'B.A. Political Science', 'University of Washington, Seattle, WA 2012', 'M.S. Statistics'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.organisation?.value, e.location?.value ?? null]), [
    ['University of Minnesota, Morris', null],
    ['University of Washington', 'Seattle, WA'],
  ]);
});

test('contact: how a job is worked ("On-site", "Hybrid", "Remote") is never where the person lives, on a contact line or alone', () => {
  for (const line of ['jane@example.com | 555-201-7788 | On-site', 'Hybrid', 'jane@example.com • Remote']) {
    const r = parseText(['Jane Doe', line, 'jane@example.com', '', 'EXPERIENCE', 'Pharmacy Technician, CVS Pharmacy, Jan 2024 – Present', '- Filled 200 prescriptions a day'].join('\n'));
    assert.equal(r.contact.location, undefined, line);
  }
  const r = parseText(['Jane Doe', 'jane@example.com | 555-201-7788 | Arcadia, CA', '', 'EXPERIENCE', 'Pharmacy Technician, CVS Pharmacy, Jan 2024 – Present'].join('\n'));
  assert.equal(r.contact.location?.value, 'Arcadia, CA');
});

test('a town named for its college ("College Park", "University Park") after a university is where it is, no body: "University of Maryland, College Park"', () => {
  const r = parseText(['Jane Doe', 'jane@example.com', '', 'EDUCATION', 'Bachelor of Arts, journalism, University of Maryland, College Park, May 2025', 'B.S. Chemistry, Pennsylvania State University, University Park, 2019'].join('\n'));
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Bachelor of Arts, journalism', 'University of Maryland', 'College Park'],
    ['B.S. Chemistry', 'Pennsylvania State University', 'University Park'],
  ]);
});

test('a dated employer line and a line on the company, then the post alone on its line over its duties: the post is that role\'s title and the line on the company its description, not a role of its own', () => {
  const text = [
    'Frank Jones', 'frank@example.com', '', 'Experience',
    'Stroz Friedberg, an AON Company 2011-Present', 'New York, NY',
    'Stroz Friedberg is a full service investigation firm that develops data discovery software.',
    'Assistant Director of Development Operations',
    'Manage the test lifecycle of several Win32 applications using TestLink and Jira.',
    'Deliver quality builds using an automated build system with Jenkins and TeamCity.',
    'BlackStratus', '2009-2011', 'New York, NY',
    'BlackStratus develops enterprise-class Security Information and Event Management software.',
    'Build Manager/Developer',
    'Maintained a homegrown automated build system developed in Java and Apache Ant.',
    'Developed patch updates for nFX SIM One product.',
  ].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length, e.description?.text.slice(0, 14)]), [
    ['Assistant Director of Development Operations', 'Stroz Friedberg, an AON Company', 'New York, NY', 2, 'Stroz Friedber'],
    ['Build Manager/Developer', 'BlackStratus', 'New York, NY', 2, 'BlackStratus d'],
  ]);
  // A role whose one duty is a line of its own, the next role's title under it with dates of its own, stays apart.
  const two = parseText(['Jo Bloggs', 'jo@example.com', '', 'Experience', 'Acme Corp 2019-2021', 'Ran the night shift for 12 staff.', 'Shift Supervisor 2017-2019', 'Trained 8 new hires.'].join('\n')).sections[0].entries;
  assert.equal(two.length, 2);
});

test('contact: a street address with its country after the town ("32 Reading rd, Birmingham B26 3QJ United Kingdom", "1234 Elm Street, Anytown USA") is where the person lives; a company and a country are not', () => {
  const place = (line: string) => parseText(['Jane Doe', line, 'jane@example.com', '', 'EXPERIENCE', 'Teacher, Anytown High School, 2012-Present', '- Taught 120 students'].join('\n')).contact.location?.value;
  assert.equal(place('32 Reading rd, Birmingham B26 3QJ United Kingdom'), '32 Reading rd, Birmingham B26 3QJ United Kingdom');
  assert.equal(place('32 Reading rd, Birmingham B26 3QJ'), '32 Reading rd, Birmingham B26 3QJ');
  assert.equal(place('1234 Elm Street, Anytown USA'), '1234 Elm Street, Anytown USA');
  assert.equal(place('Acme Corp, Anytown USA'), undefined);
});

test('contact: Europass\'s "Name / Surname" label before the name, set off by a space alone, names the person', () => {
  const r = parseText(['Europass', 'Curriculum Vitae', 'Personal information', 'Name / Surname Mason Emanuele', 'Address via F. Abbiati, 2, 20148, Milano', 'Personal Email emanuele.mason@example.com', 'Nationality Italian', '', 'Work experience', '1 Mar 2015 - 31 Jun 2016 Teaching assistant, Politecnico di Milano'].join('\n'));
  assert.equal(r.contact.name?.value, 'Mason Emanuele');
  const s = parseText(['First name(s) / Surname(s)   Betty Smith', 'smith@example.com', '', 'Work experience', 'Teacher, Anytown High School, 2012-Present'].join('\n'));
  assert.equal(s.contact.name?.value, 'Betty Smith');
});

test('an institution printed once over roles whose lines open on their dates ("Duke University" / "2009–Present. Associate Professor …" / "2008–2009. Visiting …" / "University of Arizona" / "2008. …"): each institution is its own roles\' employer, the full stop after the dates no part of the title, a bracketed note after the title\'s full stop no part of it', () => {
  const text = ['Jane Doe', 'jane@example.com', '', 'Appointments', 'Duke University', '2009–Present. Associate Professor in Sociology.', '2008–2009. Visiting Associate Professor of Sociology.', 'University of Arizona', '2008. Associate Professor of Sociology.', '2001–2008. Assistant Professor of Sociology.', '', 'Education', 'Princeton University', '2001. Ph.D, Sociology.', '1998. M.A., Sociology. (General Examinations with Distinction.)'].join('\n');
  const [work, edu] = parseText(text).sections;
  assert.deepEqual(work.entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['Associate Professor in Sociology', 'Duke University', '2009–Present'],
    ['Visiting Associate Professor of Sociology', 'Duke University', '2008–2009'],
    ['Associate Professor of Sociology', 'University of Arizona', '2008'],
    ['Assistant Professor of Sociology', 'University of Arizona', '2001–2008'],
  ]);
  assert.deepEqual(edu.entries.map((e) => e.title?.value), ['Ph.D, Sociology', 'M.A., Sociology']);
  // Where the title comes first and the employer under it, the line under a role stays that role's.
  const under = parseText(['Jo Bloggs', 'jo@example.com', '', 'Teaching', 'Lecturer, Field Course in Boreal Ecology 2021', 'SLU, Umeå', 'Teaching Assistant, Ecology of Neotropical Forests 2017 – 2019', 'UNICAMP'].join('\n')).sections[0].entries;
  assert.deepEqual(under.map((e) => e.organisation?.value), ['SLU', 'UNICAMP']);
  // An abbreviation's full stop before a bracket ("Danggeun Pay Inc. (KarrotPay)") is the name's.
  const inc = parseText(['Jo Bloggs', 'jo@example.com', '', 'Experience', 'Site Reliability Engineer, Danggeun Pay Inc. (KarrotPay), 2019 – 2021', '- Cut 40% of alerts'].join('\n')).sections[0].entries[0];
  assert.equal(inc.organisation?.value, 'Danggeun Pay Inc. (KarrotPay)');
});

test('a heading wrapped in the tags of a word processor\'s HTML export ("<p>EDUCATION</p>", "<b>Work History</b>") pasted as text is still a heading', () => {
  const r = parseText(['Jane Doe', 'jane@example.com', '', '<b>Work History</b>', 'Teacher, Anytown High School, 2012 – 2020', '• Taught 120 students a year', '', '<p>EDUCATION</p>', 'B.A. History, State University, 2012'].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Work History', 'experience'], ['EDUCATION', 'education']]);
});

test('a paragraph\'s line that names a year after a preposition and goes on past it ("At the start of 2019 I won a permanent position …") is the role\'s text, no entry; "Graduated in 2019" alone still dates its line', () => {
  const text = ['Jane Doe', 'jane@example.com', '', 'WORK EXPERIENCE', 'Science and Physics Teacher at Cashmere High School', 'Christchurch, 2019 - present', 'At the start of 2019 I won a permanent position as a Science and Physics at Cashmere', 'High School. I was delighted to gain this role as I am an ex-student of the school.'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.equal(es.length, 1);
  assert.equal(es[0].dates?.text, '2019 - present');
  assert.equal(es[0].bullets.length, 1);
});

test('a reviewer, a judge or a moderator is a post ("Film Reviewer 2015–2018" under "Ethnocineca Vienna"): the line above is the employer\'s, its town set apart', () => {
  for (const post of ['Film Reviewer', 'Judge', 'Panel Moderator']) {
    const es = parseText(['Jo Doe', 'jo@example.com', '', 'Academic Leadership', 'Ethnocineca Vienna', `${post} 2015–2018`, 'Critical analysis of 40 documentaries a year.'].join('\n')).sections[0].entries;
    assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [[post, 'Ethnocineca', 'Vienna']], post);
  }
});

test('a post that names its unit and ends on a post\'s word, then "at" its employer ("Network Operations Center Technician at Westelcom"), is the title; "Group Leader in Neutron Physics at AERE Harwell" style unit posts stay as they were', () => {
  const es = parseText(['Jo Bloggs', 'jo@example.com', '', 'EXPERIENCE', 'Network Operations Center Technician at Westelcom, Plattsburgh, NY 2014 – 2015', '• Watched 300 circuits a shift', 'Network Admin & Researcher at Leahy Center for Digital Investigation 2015 – 2016', '• Ran 40 lab machines'].join('\n')).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Network Operations Center Technician', 'Westelcom'],
    ['Network Admin & Researcher', 'Leahy Center for Digital Investigation'],
  ]);
});

test('text: a name may open with an initial and end with a generation', () => {
  const name = (first: string) => parseText(`${first}\njo@example.org\n\nEXPERIENCE\nEngineer, Acme 2019 - 2020\n`).contact.name?.value;
  assert.equal(name('A. Sean Pue'), 'A. Sean Pue');
  assert.equal(name('W. Augustine Dunn, III Ph.D.'), 'W. Augustine Dunn, III');
  assert.equal(name('John Smith Jr.'), 'John Smith Jr.');
  // (A roman numeral that opens a firm's name after the person's is no generation.)
  assert.equal(name('Jane Doe, IV Consulting'), 'Jane Doe');
});

test('text: two jobs named on the title line under the employer\'s line are one role\'s two hats', () => {
  const r = parseText('Jo Roe\njo@example.org\n\nEXPERIENCE\n\nOlive Garden, Lancaster, PA— September 2000-October 2015\n\t Server, Bartender\n\nBarnys Restaurant, Lancaster, PA— Summer 2010\n\t Cook, Dishwasher\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Server, Bartender', 'Olive Garden'],
    ['Cook, Dishwasher', 'Barnys Restaurant'],
  ]);
});

test('text: a margin\'s heading wrapped after a word that opens longer names ("WORK" / "EXPERIENCE") is one heading', () => {
  const r = parseText('Jo Roe\njo@example.org\n\nWORK\nEXPERIENCE\nApple, Inc. Product Design Engineering Co-Op, Cupertino, CA Sept 2019 - Current\nWorked on 3 products.\n');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [['WORK EXPERIENCE', 'experience', 1]]);
});

test('text: a margin\'s heading run into its first line, which opens on an acronym and a name', () => {
  // (res.cls prints "ACTIVITIES" beside "RIT Space Exploration (RIT SPEX)"; capitals going on past a
  // heading's word, "VOLUNTEER TRAIL CREW MEMBER with …", are still a title in capitals.)
  const r = parseText('Jo Roe\njo@example.org\n\nEDUCATION Rochester Institute of Technology\nBachelor of Science in Mechanical Engineering, Expected May 2022\nACTIVITIES RIT Space Exploration (RIT SPEX)\nTechnical Coordinator\nWorked with each of 12 project groups.\n');
  assert.deepEqual(r.sections.map((s) => s.title), ['EDUCATION', 'ACTIVITIES']);
  assert.equal(r.sections[1].entries[0]?.organisation?.value, 'RIT Space Exploration (RIT SPEX)');
});

test('text: one word and a known city after a title\'s comma is an employer named for its town', () => {
  // ("Rail Reform Leeds", a team of two words and its town, is still a qualifier and a place.)
  const r = parseText('Jo Roe\njo@example.org\n\nEXPERIENCE\n\nCommunications Summer Student, Hydro Ottawa\nMay 2013 - August 2013\n- Wrote 30 press releases\n\nPhD student, UC Berkeley\n2008 - 2013\n- Taught 4 courses\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.organisation?.value, e.location?.value]), [
    ['Hydro Ottawa', undefined],
    ['UC Berkeley', undefined],
  ]);
});

test('text: a line of a name and its place under the title names the employer, however the name is cased', () => {
  const r = parseText('Jo Roe\njo@example.org\n\nEXPERIENCE\n\nForklift Operator\nPoly green foam - Coldwater, MI\nJanuary 2019 to April 2019\n- Moved 40 pallets a shift\n');
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Forklift Operator', 'Poly green foam', 'Coldwater, MI']);
});

test('text: a programme or an observatory named before its university after the title\'s comma is part of the employer', () => {
  const r = parseText('Jo Roe\njo@example.org\n\nPROFESSIONAL APPOINTMENTS\n\n2021-23      Associate Research Scholar, Program in Atmospheric and Oceanic Sciences, Princeton University\n2019-21      Postdoctoral Research Scientist, Lamont-Doherty Earth Observatory, Columbia University\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Associate Research Scholar', 'Program in Atmospheric and Oceanic Sciences, Princeton University'],
    ['Postdoctoral Research Scientist', 'Lamont-Doherty Earth Observatory, Columbia University'],
  ]);
});

test('text: roles stacked under one employer\'s line, each with a unit of two fields after its comma, keep the unit and the employer', () => {
  const r = parseText('Jo Roe\njo@example.org\n\nEXPERIENCE\n\nConnCAN - The Connecticut Coalition                       New Haven, CT\nManager, Research & Policy                                        2012–2014\nSenior Associate, Research & Policy                               2011–2012\n\nDeveloped 40 research briefs.\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Manager, Research & Policy', 'ConnCAN - The Connecticut Coalition'],
    ['Senior Associate, Research & Policy', 'ConnCAN - The Connecticut Coalition'],
  ]);
});

test('text: "Tech: Python, CadQuery, …" under a project is a detail of it, no next project\'s header', () => {
  const r = parseText('Jo Roe\njo@example.org\n\nDESIGN PROJECTS\n\nParametric Gearbox Generator\n  Wrote two parametric generators for 5 power ratings.\n  Tech: Python, CadQuery, OpenCASCADE, STEP\n\nFormed Sheet-Metal Bracket\n  Derived the flat pattern of 3 brackets.\n  Tech: CadQuery, pytest\n');
  assert.deepEqual(r.sections[0].entries.map((e) => e.title?.value), ['Parametric Gearbox Generator', 'Formed Sheet-Metal Bracket']);
});

test('text: a name opening with "The" ("The Campus Trainer") is no job\'s title, whatever job\'s word it holds: the post over it is the title, it the organisation', () => {
  const text = ['Jane Roe', 'jane@example.com', '', 'EXPERIENCE', 'Editor in Chief', 'The Campus Trainer', 'May 2023 - present', 'Publish all articles for the magazine and hold biweekly meetings with members.', '', 'Reporter', 'Kent County News', 'September 2022 - January 2023', 'Wrote stories on homelessness and recycling.'].join('\n');
  const e = parseText(text).sections[0].entries;
  assert.deepEqual(e.map((x) => [x.title?.value, x.organisation?.value]), [['Editor in Chief', 'The Campus Trainer'], ['Reporter', 'Kent County News']]);
});

test('text: an ORCID iD after its label is one link, whole, though LaTeX set its dashes as en dashes ("ORCID: 0000–0002–5538–8845")', () => {
  const text = ['Jane Roe', 'ORCID: 0000–0002–5538–8845', 'GitHub: @janeroe', 'jane@example.com', '', 'EXPERIENCE', 'Engineer, Acme', '2019 – 2021', '- Built the billing service'].join('\n');
  assert.deepEqual(parseText(text).contact.links.map((l) => l.value), ['0000–0002–5538–8845', '@janeroe']);
});

test('text: a profile\'s name printed alone as a field of a contact line ("+1-601-307-9751 | me@mail.com | LinkedIn | Website") is its link, the address under the word; not a skill named in a list', () => {
  const text = ['Md. Obaidullah', '', '+1-601-307-9751 | obaid@example.com | LinkedIn | Website', '', 'EXPERIENCE', 'Research Assistant, State University', '2019 – 2021', '- Coded 400 survey responses', '', 'SKILLS', 'GitHub | Docker | Kubernetes'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.contact.links.map((l) => l.value), ['LinkedIn', 'Website']);
  assert.equal(r.contact.phone?.value, '+1-601-307-9751');
});

test('text: an allied-health résumé\'s "Externship" is a section of roles; the ZIP code before a phone is the address\'s; a unit\'s word alone ("Laboratory") after the place is no employer', () => {
  const text = ['Karen L. Smith', '9251 Oak Drive, Berkeley, CA 94704 (510) 849-8792, karen@example.com', '', 'Objective', 'Phlebotomy technician ready to work in a busy laboratory.', '', 'Externship', 'Phlebotomy - 40 hours', 'St. Mary\'s Medical Center, San Francisco, CA, Laboratory', '12/2012', '- Performed 120 venipunctures on adult patients'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.phone?.value, '(510) 849-8792');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Objective', 'summary'], ['Externship', 'experience']]);
  assert.equal(r.sections[1].entries[0].organisation?.value, "St. Mary's Medical Center");
});

test('text: a post named with no job\'s word, "at" a company its suffix marks ("Production Support at Rocky Mountain Soap Co."), is the title at that employer; "University of Texas at Austin" stays one name', () => {
  const text = ['Jo Roe', 'jo@example.com', '', 'EXPERIENCE', '●\tProduction Support at Rocky Mountain Soap Co., Canmore, CA (Sept 2022 - Oct 2023)', '-\tpacked 200 orders a day', '', 'EDUCATION', 'Bachelor of Science, University of Texas at Austin, 2016'].join('\n');
  const r = parseText(text);
  const role = r.sections[0].entries[0];
  assert.deepEqual([role.title?.value, role.organisation?.value], ['Production Support', 'Rocky Mountain Soap Co.']);
  assert.equal(r.sections[1].entries[0].organisation?.value, 'University of Texas at Austin');
});

test('text: "● Languages:" among labels marked alike a line or two away ("● Design Tools:" / "Figma, Canva") is a list\'s label, no section', () => {
  const text = ['Jo Roe', 'jo@example.com', '', 'EXPERIENCE', 'Restaurant Crew, A&W, Johor Bahru, 2021 - 2022', '● Served 200 customers a day', '', 'SKILLS', 'Technical Skills', '● Programming: C++, SQL, HTML/CSS | Web & Tools: WordPress, XAMPP, Visual Studio', 'Code | Data & Analytics: Excel (Advanced), Power BI, Tableau | Version Control:', 'Git/GitHub', '● Design Tools:', 'Figma, Canva, Coohom', '● Languages:', 'Malay– Native| English– Fluent| Mandarin-Basic', '● Interpersonal Skills:', 'Communication, Teamwork, Adaptability, Time Management', 'REFERENCE', 'Dr Fadhilah Aman, Senior Lecturer'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => s.title), ['EXPERIENCE', 'SKILLS', 'REFERENCE']);
});

test('text: small capitals whose "i" the font gives in lower case ("PH.D. iN LANGUAGE AND COMMUNiCATiVE DiSORDERS") are read as the capitals they are, the value kept as written', () => {
  const text = ['Jo Roe', 'jo@example.com', '', 'EDUCATION', 'PH.D. iN LANGUAGE AND COMMUNiCATiVE DiSORDERS', 'San Diego State University', '2013 - 2018'].join('\n');
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['PH.D. iN LANGUAGE AND COMMUNiCATiVE DiSORDERS', 'San Diego State University']);
});

test('a line in capitals right over a role\'s dates is its title where the headings are Title Case, blank lines or none', () => {
  // (pdftotext's default order of an Awesome-CV page: a blank line between all its lines.)
  const text = [
    'Jane Doe', '', 'Summary', '', 'Anthropologist who sequences ancient genomes for museums and labs.', '',
    'Education', '', 'University of Alberta', '', 'Edmonton, Canada', '', 'B.A. IN ANTHROPOLOGY', '', '2009 ‑ 2013', '', '• Thesis on bone density.', '',
    'Work Experience', '', 'McMaster University', '', 'Hamilton, Canada', '', 'RESEARCH ASSISTANT', '', '2019 ‑ 2021', '', '• Analysed 40 genomes.', '',
    'University of Toronto Mississauga', '', 'Mississauga, Canada', '', 'VOLUNTEER (DEPT. OF ANTHROPOLOGY)', '', '2013 ‑ 2014', '', '• Annotated 300 genes.', '',
    'University of Alberta', '', 'Edmonton, Canada', '', 'VOLUNTEER, SUMMER STUDENT (DEPT. OF SURGERY)', '', '2011 ‑ 2013', '', '• Ran 12 assays.', '',
    'Skills', '', 'Python, R, SEM', '', 'Honors & Awards', '', 'Dean\'s List 2012',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['Summary', 'Education', 'Work Experience', 'Skills', 'Honors & Awards']);
  const roles = r.sections[2].entries;
  assert.deepEqual(roles.map((e) => [e.title?.value, e.dates?.start?.text]), [
    ['RESEARCH ASSISTANT', '2019'],
    ['VOLUNTEER (DEPT. OF ANTHROPOLOGY)', '2013'],
    ['VOLUNTEER, SUMMER STUDENT (DEPT. OF SURGERY)', '2011'],
  ]);
});

test('text: "Management Graduate, Royal Mail, UK": a name no list knows as a town, right after the title and before a country, is the employer', () => {
  const text = [
    'Sam Doe', 'sam@example.com', '', 'EXPERIENCE',
    'Management Graduate, Royal Mail, UK', 'September 2018 - PRESENT', '  * Analysed throughput of 12 machines', '',
    'Technology Consultant | KPMG, Vietnam | April 2021 – June 2022', '  * Ran 40 workshops', '',
    'Research Intern, Pilani, India', '2016 - 2017', '  * Built 3 rigs', '',
    'Nurse, Oak Hollow, Ohio', '2014 - 2016', '  * Cared for 20 patients',
  ].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Management Graduate', 'Royal Mail', 'UK'],
    ['Technology Consultant', 'KPMG', 'Vietnam'],
    // (A one-word town before its country, a town before its state: places, as written.)
    ['Research Intern', undefined, 'Pilani, India'],
    ['Nurse', undefined, 'Oak Hollow, Ohio'],
  ]);
});

test('text: "Junior Doctor", "Foundation Year 1 Doctor" name a post (a doctor "of" something is a degree), not the hospital over them', () => {
  const text = ['Jo Doe', 'jo@example.com', '', 'EXPERIENCE', '**Foundation Doctor**', 'UHBW NHS Foundation Trust', 'August 2023 - August 2024', '- Rotated through 4 specialties'].join('\n');
  const [e] = entries(parseText(text));
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Foundation Doctor', 'UHBW NHS Foundation Trust']);
});

test('text: "Portfolio:" over a web address is that address\'s label, no section of projects, wherever a sidebar puts it', () => {
  const text = ['Austin Doe', '', 'EXPERIENCE', 'Student Photographer', 'Northfield Athletics', 'Nov. 2024 - Present', '', 'Portfolio:', 'https://www.example-photos.com', '', 'I cover 30 events a season.', '', 'SKILLS', 'Photography'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['EXPERIENCE', 'SKILLS']);
});

test('text: a section of undated lines each naming a post and where ("Financial Analyst at Cornell FinTech", "Member of Alpha Omega Epsilon"): one entry a line', () => {
  const text = ['Jo Doe', 'jo@example.com', '', 'Experience', '  Intern at Acme Corp', '  Summer 2024', '', 'Extracurricular Activities', '  Associate Consultant at Cornell Sustainability Consultants', '  Member of Alpha Omega Epsilon', '  Fabrication Engineer at AguaClara Cornell', '  Volunteer for Best Friends Animal Society', '  Member of Steering Committee', '', 'References', 'Available upon request.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Associate Consultant', 'Cornell Sustainability Consultants'],
    ['Member', 'Alpha Omega Epsilon'],
    ['Fabrication Engineer', 'AguaClara Cornell'],
    ['Volunteer', 'Best Friends Animal Society'],
    // (A member of a unit is one field, the unit named with the post.)
    [undefined, 'Member of Steering Committee'],
  ]);
});

test('text: where a known heading is written in sentence case ("Academic qualifications"), other names so written after a blank line ("Peer-reviewed publications", "Visiting positions") are headings too', () => {
  const text = [
    'Casimir Doe', 'c.doe@example.ac.uk', '',
    'Academic qualifications', '   PhD Experimental Psychology, University of Bristol, 2003.', '',
    'Employment', '   Reader in Experimental Psychology, University of Bristol, August 2012–present.', '',
    'Peer-reviewed publications', '   Han, Q., & Doe, C. (2023). Decision avoidance and regret. PLoS ONE, in press.', '',
    'Visiting positions', '   Visiting Scientist, University of Potsdam, 2018.',
  ].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => [s.title, s.kind]), [
    ['Academic qualifications', 'education'],
    ['Employment', 'experience'],
    ['Peer-reviewed publications', 'publications'],
    ['Visiting positions', 'experience'],
  ]);
});

test('text: a page\'s menu under the name ("EXPERIENCE" / "EDUCATION" / "SKILLS", nothing under them, each printed again later) opens no sections', () => {
  const text = ['Jalyn Doe', 'Student Journalist', '', 'EXPERIENCE', 'EDUCATION', 'SKILLS', '', 'CONTACT', 'jalyn@example.com', '', 'SKILLS', 'Spanish', '', 'EXPERIENCE', 'Intern', 'CNN', 'June 2024 - August 2024', '', 'EDUCATION', 'B.A. Journalism', 'University of Maryland', '2021 - 2025'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => s.title), ['CONTACT', 'SKILLS', 'EXPERIENCE', 'EDUCATION']);
  // (One name alone with nothing under it is still a section: "Interests" left empty.)
  assert.deepEqual(parseText(['Jo Doe', '', 'INTERESTS', '', 'EXPERIENCE', 'Intern', 'CNN', '2024 - 2025', '', 'INTERESTS', 'Chess'].join('\n')).sections.map((s) => s.title), ['INTERESTS', 'EXPERIENCE', 'INTERESTS']);
});

test('text: "Internship at the Office for Regional Statistics": the kind of post before "at" a body is the post, not a note on how it was held', () => {
  const text = ['Jo Doe', 'jo@example.com', '', 'EXPERIENCE', '03/1995–04/1995 Internship at the Office for Regional Statistics in Y-Town, Germany', '  Studied the growth of 12 regions.', '', '2014–2015 Software Engineer, Internship, Acme Corp'].join('\n');
  const [a, b] = entries(parseText(text));
  assert.equal(a.title?.value, 'Internship');
  assert.equal(a.organisation?.value, 'the Office for Regional Statistics in Y-Town');
  // (Beside a title, the word says how the post was held.)
  assert.equal(b.title?.value, 'Software Engineer');
});

test('text: a name that only ends in a post\'s word ("Weatherhead East Asian Institute") is no post run into an employer', () => {
  const text = ['Jo Doe', 'jo@example.com', '', 'EXPERIENCE', 'Weatherhead East Asian Institute, Columbia University, NYC    January 2012-June 2012', 'Web Programmer', '• Maintained the website of 3 research centres'].join('\n');
  const [e] = entries(parseText(text));
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Web Programmer', 'Weatherhead East Asian Institute, Columbia University']);
});

test('text: a capitalised name right before a school on the employer\'s line ("Uptown Vocal, Columbia University, NYC"), the post on its own line, is a body of that school and part of the employer', () => {
  const text = ['Jo Doe', 'jo@example.com', '', 'EXPERIENCE', 'Uptown Vocal, Columbia University, NYC    December 2010-Present', 'Webmaster', '• Built the group\'s website for 5,000 visitors a year'].join('\n');
  const [e] = entries(parseText(text));
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Webmaster', 'Uptown Vocal, Columbia University', 'NYC']);
});

test('text: "Brand Designer / Freelance": after a slash the kind of post is a second name of it, kept whole (no title left ending on a slash)', () => {
  const text = ['Jo Doe', 'jo@example.com', '', 'EXPERIENCE', 'Brand Designer / Freelance | Alameda, CA | May 2024 - Present', '- Designed 12 brand systems', '', 'Brand Designer Freelance | Oakland, CA | May 2022 - April 2024', '- Designed 4 logos'].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => e.title?.value), ['Brand Designer / Freelance', 'Brand Designer']);
});

test('a title that joins two lines of work with "and" ("Technical Support and System/Network Administrator") stays one title under its employer\'s line; an employer\'s name before a title still parts from it', () => {
  const r = parseText(['ALAN DOE', 'alan@example.com', '', 'EXPERIENCE', '', 'eApps Web Hosting - Atlanta, Georgia\tApril 2007 to August 2016', '', 'Technical Support and System/Network Administrator, April 2007 - September 2010', '* Resolved 40 support requests a day', '', 'Hilton Grand Hotel Manager, 2001 - 2007', '* Ran a team of 12'].join('\n'));
  const titles = r.sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value]);
  assert.deepEqual(titles.find((t) => t[0]?.includes('Administrator')), ['Technical Support and System/Network Administrator', 'eApps Web Hosting']);
  assert.deepEqual(titles.find((t) => t[0]?.includes('Manager')), ['Manager', 'Hilton Grand Hotel']);
});

test('contact: a date of birth written with dots ("DOB: 21.07.1999") is no phone number; the number after it is', () => {
  const r = parseText(['Lasse Doe', '', 'Trimveien 6, 0372 Oslo, Norway | DOB: 21.07.1999', 'lasse@example.com | +47 94 26 77 61', 'Education', 'University of Oslo', 'Bachelor of Science in Physics', 'August 2021 - current'].join('\n'));
  assert.equal(r.contact.phone?.value, '+47 94 26 77 61');
  assert.equal(parseText(['Ann Doe', 'ann@example.com | 555.123.4567', '', 'EXPERIENCE', 'Clerk, Acme, 2019 - 2021'].join('\n')).contact.phone?.value, '555.123.4567');
});

test('a role\'s line that ends on its employer\'s links ("…, Leiden, the Netherlands, http://www.lyceo.nl / http://www.inwijs.nl") keeps its whole place; the links are no field', () => {
  const r = parseText(['Jan Doe', 'jan@example.com', '', 'Experience', '2017 Teacher in Physics, Lyceo, Leiden, the Netherlands, http://www.lyceo.nl', 'Taught 12 pupils a week.', '2015 – 2016 Research Associate, Stockholm Environment Institute (SEI), Stockholm, Sweden, http://www.sei-international.org / www.sei.org', 'Modelled 3 river basins.'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Teacher in Physics', 'Lyceo', 'Leiden, the Netherlands'],
    ['Research Associate', 'Stockholm Environment Institute (SEI)', 'Stockholm, Sweden'],
  ]);
});

test('"Employee" names a post ("McDonalds Employee" over its dates and "McDonalds, Dublin.")', () => {
  const r = parseText(['Sean Doe', 'sean@example.com', '', 'EXPERIENCES', 'McDonalds Employee', '2013- 2014', 'McDonalds, Dublin.', 'Worked as a part-time team member.'].join('\n'));
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['McDonalds Employee', 'McDonalds', 'Dublin']);
});

test('a school\'s name run into its degree written out ("2021-2024 University of Washington Master of Library and Information Science") is the school and the degree', () => {
  const r = parseText(['Sophie Doe', 'sophie@example.com', '', 'Education', '2021-2024 University of Washington Master of Library and Information Science', '2017-2021 Middle Tennessee State University Bachelor of Science in Computer Science'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Master of Library and Information Science', 'University of Washington'],
    ['Bachelor of Science in Computer Science', 'Middle Tennessee State University'],
  ]);
});

test('section names ruled over and under ("=================" / "Education" / "=================") are headings; the rule above is no first line of the name', () => {
  const r = parseText(['David Doe', '407 Memorial Drive, Cambridge MA 02139 -- dave@example.com', '=================', 'Education', '=================', 'Massachusetts Institute of Technology (Cambridge, MA)', '(2006-2010)', '=================', 'Experience', '=================', 'Microsoft - Cloud Team', 'Summer 2010', 'Software Development Engineer', '-- Built 4 tools for 20 teams'].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Education', 'education'], ['Experience', 'experience']]);
});

test('an icon font\'s map pin or calendar copied as a lone capital of Latin Extended ("Ȱ Oxford, Uk", "Ł Sep 2023 – Present") is an icon, no field; a word with such a letter is a word', () => {
  const r = parseText(['Dan Doe', 'dan@example.com', '', 'EXPERIENCE', '', 'Chiplet Architect', 'IMEC', 'Ł Sep 2023 – Present', '– Drove 3 chip designs', '', 'EDUCATION', '', 'MPhys Physics', 'University of Manchester', 'Ȱ Manchester, Uk', '2012 – 2016', '', 'Łukasz Prize, 2015'].join('\n'));
  const [work, edu] = r.sections.map((s) => s.entries[0]);
  assert.deepEqual([work.title?.value, work.organisation?.value, work.dates?.text], ['Chiplet Architect', 'IMEC', 'Sep 2023 – Present']);
  assert.deepEqual([edu.organisation?.value, edu.location?.value], ['University of Manchester', 'Manchester, Uk']);
  assert.ok(!/"value":"[ŁȰ]"/.test(JSON.stringify(r)));
});

test('a lone capital of Latin Extended that opens sentences ("Jan 2017 Ġ Teach Years 8–10 Science …") is the template\'s bullet', () => {
  const r = parseText(['Amy Doe', 'amy@example.com', '', 'EXPERIENCE', 'Dec 2020 Science Teacher, Ashgrove State High School, Brisbane QLD', 'Jan 2017 Ġ Teach Years 8–10 Science and Years 11–12 Chemistry to about 140 students a year', 'Ġ Set up a lunchtime STEM club that entered 3 teams in the Science Challenge', 'Ġ Assisted with the rollout of the new QCE system and syllabus in 2019'].join('\n'));
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.bullets.length], ['Science Teacher', 3]);
});

test('contact: a town before its region and country ("Ostrava-Poruba, Moravia-Silesia, Czechia", "Cesate (MI), Lombardy, Italy") is the whole place, not the region and country alone', () => {
  for (const place of ['Ostrava-Poruba, Moravia-Silesia, Czechia', 'Cesate (MI), Lombardy, Italy']) {
    const r = parseText(['Jana Doe', `${place} | jana@example.com | +420 601 234 567`, '', 'EXPERIENCE', 'Engineer, Acme, 2019 - 2021'].join('\n'));
    assert.equal(r.contact.location?.value, place);
  }
});

test('a school\'s name in brackets after a post ("Research Assistant (Stanford University)") is where it was held; a one-word name\'s long form in brackets ("ZEW (Center for European Economic Research)") stays the name', () => {
  const r = parseText(['Ann Doe', 'ann@example.com', '', 'EXPERIENCE', 'Research Assistant (Stanford University), 2019 - 2020', '- Ran 40 assays', 'Intern, ZEW (Center for European Economic Research), 2018', '- Wrote 2 reports'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Research Assistant', 'Stanford University'],
    ['Intern', 'ZEW (Center for European Economic Research)'],
  ]);
});

test('glyph letters read as icons or bullets are kept as written in the model\'s text ("Ɵ pnata3@eq.edu.au" prints its "Ɵ", not a private-use sign)', () => {
  const r = parseText(['Amy Doe', 'amy@example.com', '', 'REFEREES', 'Deputy Principal, Ashgrove School', 'Ɵ pnata3@eq.edu.au                    Ɵ r.vandenberg@dcc.qld.edu.au'].join('\n'));
  const texts = JSON.stringify(r);
  assert.ok(!texts.includes('\ue000'));
  assert.ok(texts.includes('Ɵ pnata3@eq.edu.au'));
});

test('a person named with a title ("Prof. Robert Davis", "Dr. Jane Paris") is no place, though a town bears the surname; "Acme, Davis, CA" still ends on its place', () => {
  const r = parseText(['Jon Doe', 'jon@example.com', '', 'EXPERIENCE', 'Postdoctoral Researcher, Prof. Robert Davis, 2012 - 2013', '- Built 2 rigs', 'Engineer, Acme, Davis, CA, 2010 - 2012', '- Ran 40 tests'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => e.location?.value), [undefined, 'Davis, CA']);
});

test('text: "Title for Employer" joins a job and its employer when the name after "for" is a body\'s (an eatery\'s word, an owner\'s name, a suffix); a post\'s field or unit after "for" stays the title\'s; a dash lost to the wrong encoding (U+FFFD) still parts two dates', () => {
  const text = ['Chris P', 'chris@example.com', '', 'Recent Work History', '',
    '\t2008 \uFFFD 2012: Prep Cook and Delivery Driver for Lakeside Pizza and Grill.', '',
    '\t2005 \uFFFD 2008: Assistant/General Manager for Domino\'s Pizza.', '',
    '\t2003 \uFFFD 2005: Regional Manager for Business Development', ''].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year]), [
    ['Prep Cook and Delivery Driver', 'Lakeside Pizza and Grill', 2008, 2012],
    ['Assistant/General Manager', 'Domino\'s Pizza', 2005, 2008],
    ['Regional Manager for Business Development', undefined, 2003, 2005],
  ]);
});

test('text: a job title run into its employer\'s name with no separator (a PDF copy joins the two columns) parts where a body\'s name opens ("Principal Investigator Coalition for the Homeless", "Policy Analyst Department of Health") or ends on a charity ("Residential Habilitation Provider Catholic Charities")', () => {
  const text = ['Andy C', 'andy@example.com', '', 'EXPERIENCE', '',
    'Principal Investigator Coalition for the Homeless', 'Albany, NY March 2006 - June 2006', '• Surveyed 120 guests.', '',
    'Residential Habilitation Provider Catholic Charities', 'Albany, NY May 2004 - March 2006', '• Served 6 residents.', '',
    'Policy Analyst Department of Health', 'Albany, NY May 2002 - May 2004', '• Wrote 3 reports.', ''].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Principal Investigator', 'Coalition for the Homeless'],
    ['Residential Habilitation Provider', 'Catholic Charities'],
    ['Policy Analyst', 'Department of Health'],
  ]);
});

test('text: the heads of job titles in the languages whose months are read make a title too ("Desenvolvedor de Software", "Ingénieur d\'études", "Werkstudent"), so the employer beside one is the employer', () => {
  const text = ['Caio M', 'caio@example.com', '', 'EXPERIÊNCIA', '',
    'Everis — Desenvolvedor de Software', 'julho 2020 – setembro 2020', '- Construí 3 APIs.', '',
    'Thales — Ingénieur d\'études', 'janvier 2018 – juin 2020', '- Livré 2 projets.', ''].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Desenvolvedor de Software', 'Everis'],
    ['Ingénieur d\'études', 'Thales'],
  ]);
});

test('text: a link\'s label after a separator ends a header line and names no field ("Penetration Test and Report Project | URL", "Weather App — Live Demo"); outside projects only a label no employer bears ("Software Engineer | GitHub" names one)', () => {
  const text = ['Tung W', 'tung@example.com', '', 'PROJECTS', '',
    'Penetration Test and Report Project | URL', 'Summary: Tested 3 servers.', '',
    'Weather App — Live Demo', 'Built for 200 users.', '',
    'EXPERIENCE', '', 'Software Engineer | GitHub | Jan 2020 - Present', '• Shipped 4 features.', ''].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.find((s) => s.kind === 'projects')!.entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Penetration Test and Report Project', undefined],
    ['Weather App', undefined],
  ]);
  assert.deepEqual(r.sections.find((s) => s.kind === 'experience')!.entries.map((e) => [e.title?.value, e.organisation?.value]), [['Software Engineer', 'GitHub']]);
});

test('text: a running header that ends on "Page 1 of 2", set far off by -layout\'s spaces, is page furniture wherever it stands, not an entry', () => {
  const head = (n: number) => 'Nicholas J. Nolen | Federal Resume (GS-1550-12) | Announcement: LaRC-26-DE-13053025-BP' + ' '.repeat(34) + `Page ${n} of 2`;
  const text = ['Nicholas J. Nolen', 'nick@example.com', '', 'Work Experience', 'AI Product Engineering Intern, Vanta ESports                     May 2025 to August 2025', '  – Built a telemetry pipeline for 40 servers.', '', head(1), '\fResearch Assistant, Baylor University                     August 2024 to Present', '  – Wrote 2 papers.', '', head(2)].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.flatMap((s) => s.entries).map((e) => e.title?.value), ['AI Product Engineering Intern', 'Research Assistant']);
});

test('text: "Graduate of Calallen High School", "Enrolled at Austin Community College": the school is named after what the person did there, and those words are no part of its name; "Graduate Assistant, Calallen High School" is a post', () => {
  const text = ['Chris P', 'chris@example.com', '', 'Education', '',
    '\t2010: Graduate of The Driveway Austin High-Performance Academy', '',
    '\t1999: Graduate of Calallen High School in Corpus Christi, Texas.', '',
    'Experience', '', 'Graduate Assistant, Calallen High School, 2000 - 2001', ''].join('\n');
  assert.deepEqual(parseText(text).sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value]), [
    [undefined, 'The Driveway Austin High-Performance Academy'],
    [undefined, 'Calallen High School'],
    ['Graduate Assistant', 'Calallen High School'],
  ]);
});

test('text: a job title run into a town no list knows ("Senior Engineering Technician Kearney, Nebraska", as pdf.js joins the columns) keeps its last word; the town starts after it', () => {
  const text = ['Jones C', 'jones@example.com', '', 'EXPERIENCE', '', 'Acme Seed Company', 'Senior Engineering Technician Kearney, Nebraska', 'May 2010 - June 2012', '· Kept 40 test rigs running.', ''].join('\n');
  assert.deepEqual(entries(parseText(text)).map((e) => [e.title?.value, e.location?.value]), [['Senior Engineering Technician', 'Kearney, Nebraska']]);
});

test('text: a degree named in Portuguese, Spanish, Italian or German ("Bacharelado em Sistemas de Informação", "Grado en Ingeniería Informática", "Laurea in Fisica") is the degree, the school beside it the school; "Remoto" is a way of working where a place goes', () => {
  const text = ['Caio M', 'caio@example.com', '', 'FORMAÇÃO', '',
    'Universidade Estadual de Goiás — Bacharelado em Sistemas de Informação', '2015 – 2019', '',
    'Universidad de Sevilla — Grado en Ingeniería Informática', '2010 – 2014', '',
    'EXPERIÊNCIA', '', 'Everis — Desenvolvedor de Software | Remoto', 'julho 2020 – setembro 2020', '- Construí 3 APIs.', ''].join('\n');
  const got = parseText(text).sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]);
  assert.deepEqual(got, [
    ['Bacharelado em Sistemas de Informação', 'Universidade Estadual de Goiás', undefined],
    ['Grado en Ingeniería Informática', 'Universidad de Sevilla', undefined],
    ['Desenvolvedor de Software', 'Everis', 'Remoto'],
  ]);
});

test('text: a line of tool names after an entry\'s lines (an HTML résumé\'s italic stack line) is that entry\'s, no header of the next', () => {
  const text = [
    'Alex Miller',
    'alex@example.com',
    '',
    'Projects',
    '',
    'SwipeBite | 2025 – Present',
    '    A mobile app that helps friends choose a restaurant by swiping.',
    '',
    'React Native, Firebase, TypeScript',
    '',
    '',
    'SplashStats | 2024 – Present',
    '    Developed SplashStats, an Electron app for the swim team.',
    '',
    'Angular, Electron, TypeScript, HTML, CSS, Google Firestore',
    '',
    '',
    'Commit | 2023',
    '    Developed an app to help users form habits.',
    '',
    'Python, C',
    '',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(
    r.sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]),
    [
      ['SwipeBite', undefined, 2],
      ['SplashStats', undefined, 2],
      ['Commit', undefined, 2],
    ],
  );
});

test('text: a field of study named before a degree written by its letters ("Civil Engineering, B.S., University of …") is the degree\'s title', () => {
  const text = 'Jane Doe\njane@example.com\n\nEDUCATION\n• Civil Engineering, B.S., University of Central Florida, 2008\n• Vehicle Maintenance, A.A.S., Community College of the Air Force, 2003\n• Harvard University, MBA, 2015\n';
  const r = parseText(text);
  assert.deepEqual(
    r.sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value]),
    [
      ['Civil Engineering, B.S.', 'University of Central Florida'],
      ['Vehicle Maintenance, A.A.S.', 'Community College of the Air Force'],
      ['MBA', 'Harvard University'],
    ],
  );
});

test('text: an employer run into its title with no mark between, words of the work between the title\'s qualifier and its head ("Real Estate Arts Agency Senior Web Developer"), parts at the qualifier', () => {
  const text = 'Jane Doe\njane@example.com\n\nEXPERIENCE\nJAN 2013- FEB 2014 Real Estate Arts Agency Senior Web Developer\n\n* Built the site for a 40-storey tower\n* Ran 2 launches\n';
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Senior Web Developer', 'Real Estate Arts Agency']);
  // A title whose own words open with a place's word stays whole.
  const hotel = parseText(text.replace('Real Estate Arts Agency Senior Web Developer', 'Hotel Operations Manager')).sections[0].entries[0];
  assert.equal(hotel.title?.value, 'Hotel Operations Manager');
});

test('text: a range a web page\'s copy set one part to a line ("June 2000" / "-" / "October 2001") is one range', () => {
  const text = [
    'Oliver Steele',
    'oliver@example.com',
    '',
    'Employment History:',
    '',
    '    CTO',
    '    AlphaMask, Inc.',
    '',
    '              June 2000',
    '            -',
    '              October 2001',
    '',
    '        AlphaMask was a graphics software company of 12 people.',
    '',
    '    Technical Consultant',
    '    Lexeme, Inc.',
    '',
    '              1999',
    '            -',
    '              2000',
    '',
    '        Built a parser used by 3 clients.',
    '',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(
    r.sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.start?.month, e.dates?.end?.year]),
    [
      ['CTO', 2000, 6, 2001],
      ['Technical Consultant', 1999, undefined, 2000],
    ],
  );
});

test('text: a note closing the page on when it was last changed ("Last modified March 2009 .") is no entry of the last section', () => {
  const text = [
    'Oliver Steele',
    'oliver@example.com',
    '',
    'Employment History:',
    '',
    '    CTO, AlphaMask, Inc., June 2000 - October 2001',
    '    * Developed a product line sold to 40 customers',
    '',
    'Interests:',
    '',
    '    * Math Education. I teach a small group of fourth graders at the local school.',
    '    * Open Source Software. I like to read and write open source software.',
    '',
    'Last modified March 2009 .',
    '',
  ].join('\n');
  const r = parseText(text);
  const interests = r.sections.find((s) => s.kind === 'interests')!;
  assert.ok(interests.entries.every((e) => !e.dates), 'no entry of the interests dated by the footer');
  const withDates = lint(text, 'resume.txt', { today: { year: 2026, month: 11, day: 22 } })!;
  assert.deepEqual(withDates.findings.filter((f) => f.ruleId === 'first-person').map((f) => text.slice(f.span.start, f.span.end)), []);
});

test('text: "Post-doc" with its hyphen is a post ("2014–2015  Post-doc at ACINN, University of Innsbruck")', () => {
  const text = 'Fabien Maussion\nfabien@example.com\n\nPROFESSIONAL EXPERIENCE\n2015–2021   Assistant professor at ACINN, University of Innsbruck\n2014–2015   Post-doc at ACINN, University of Innsbruck\n';
  const e = parseText(text).sections[0].entries[1];
  assert.equal(e.title?.value, 'Post-doc');
});

test('text: a line that opens on a date ("From July 2023", a date column copied first) names no one; the name after it does', () => {
  const r = parseText('From July 2023\n2021-2023\nJane Doe\njane@example.com\n\nEXPERIENCE\nAssociate professor, University of Bristol\n');
  assert.equal(r.contact.name?.value, 'Jane Doe');
});

test('text: a grade run on after a degree ("… Computer Science GPA since returning: 3.5/4.0 May 2003") is no part of its name', () => {
  const text = 'Andrew Hill\nathill@example.com\n\nEducation\n    Indiana University, Bloomington, IN\n        Bachelor of Science in Computer Science GPA since returning: 3.5/4.0 May 2003\n';
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.dates?.end?.year ?? e.dates?.start?.year], ['Bachelor of Science in Computer Science', 'Indiana University', 2003]);
});

test('text: an employer named for a student team ("Student Design Team") over a title line keeps its name, and the title its line', () => {
  const text = 'Jane Doe\njane@example.com\n\nEXPERIENCE\n\nSuper-mileage Car Student Design Team, Isfahan, Iran\nHardware Development Leader\nOct. 2009 - Aug. 2010\n* Coordinated resources using Microsoft Project.\n';
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Hardware Development Leader', 'Super-mileage Car Student Design Team', 'Isfahan, Iran']);
});

test('text: an academic unit after the name that opens its line ("IUT, Department of …, Isfahan, Iran") is that body\'s; the employer is both', () => {
  const text = 'Jane Doe\njane@example.com\n\nEXPERIENCE\n\nMissouri S&T, Department of Electrical and Computer Engineering, Rolla, MO\nGraduate Research Assistant\nAug. 2012 - Jul. 2017\n* Made a multi-functional data logger.\n';
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Graduate Research Assistant', 'Missouri S&T, Department of Electrical and Computer Engineering', 'Rolla, MO']);
});

test('text: a referee\'s labelled line over a dated header ("Reference : Tristan Cornu, … Specialist") leaves the title run into its employer to be cut', () => {
  const text = 'Jane Doe\njane@example.com\n\nEXPERIENCE\n09/16 - 05/17 Research Engineer Acme Labs, Nancy France\nBuilt a meshing interface for simulations.\nReference : Tristan Cornu, Pore pressure and Rock Mechanics Specialist\n02/16 - 05/16 Research Intern Ring Research Lab, Nancy France\nResearch and implementation of well log correlation algorithms.\n';
  const e = parseText(text).sections[0].entries[1];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Research Intern', 'Ring Research Lab']);
});

test('text: "TEACHING" in a margin run into its first line is the section\'s heading, and the line its first role', () => {
  const text = 'Amanda Roe\namanda@example.com\nAWARDS James Perron Scholarship 2008\nTEACHING Teaching Assistant, Foundations of Cognitive Science Spring 2017\nGuest Lecturer, Language Development Spring 2016\n';
  const s = parseText(text).sections.find((x) => x.title === 'TEACHING');
  assert.equal(s?.kind, 'experience');
  assert.deepEqual(s!.entries.map((e) => e.title?.value), ['Teaching Assistant', 'Guest Lecturer']);
});

test('text: a company named by its domain ("Food.Com", "Slip.Net") over its title and dates is the employer, not a footer link', () => {
  const text = 'Chris Roe\nchris@example.com\n\nEXPERIENCE\n\nConversant Media, Inc.\nSoftware Engineer\nJul 2010 - Feb 2020\n\n\t- Built the ad server.\n\n--\n\nFood.Com\nSenior Web Developer / Administrator\nMar 1998 - May 2000\n\n\t- Developed the dining guide engine.\n\n--\n\nSlip.Net\nWeb Engineer\nMay 1996 - Mar 1998\n\n\t- Built the account control center.\n';
  assert.deepEqual(parseText(text).sections[0].entries.map((e) => e.organisation?.value), ['Conversant Media, Inc.', 'Food.Com', 'Slip.Net']);
});

test('text: with the employer on a line of its own, the field after the title\'s comma ("Manager, Software Engineering") is the title\'s', () => {
  const text = 'Chris Roe\nchris@example.com\n\nEXPERIENCE\n\nConversant Media, Inc. (formerly Mediaplex)\nManager, Software Engineering\nJul 2010 - Feb 2020\n\n\t- Led the platform team.\n';
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Manager, Software Engineering', 'Conversant Media, Inc. (formerly Mediaplex)']);
});

test('text: a .txt file written in Markdown ("## Professional Experience", "> " paragraphs, "<https://…>") is read as Markdown; "#" lines that name roles stay a text résumé\'s', () => {
  const md = '# **Alex Roe**\n\nSenior Data Engineer\n\n<alex@example.com>\n\n## Professional Summary\n\n> A senior engineer who builds data platforms.\n\n## Professional Experience\n\n### Senior Software Engineer\n\n**Gates Foundation**, 2025 - Current\n\n- Built the grants data platform for 40 teams\n\n## Education\n\n### Bachelor of Science in Electronics Engineering\n\nUniversidad del Valle de Guatemala\n';
  const r = parse(md, 'resume.txt')!;
  assert.equal(r.contact.name?.value, 'Alex Roe');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Professional Summary', 'summary'], ['Professional Experience', 'experience'], ['Education', 'education']]);
  assert.equal(r.sections[1].entries[0].title?.value, 'Senior Software Engineer');
  const roles = 'Sam Roe\nsam@example.com\n\n# Senior Software Engineer ~ Jul 2023 to Aug 2023\n\nBuilt the billing service.\n\n# Developer ~ Jul 2012 to Sep 2013\n\nBuilt the shop.\n';
  assert.deepEqual(parse(roles, 'resume.txt')!.sections.flatMap((s) => s.entries).map((e) => e.dates?.start?.year), [2023, 2012]);
  // ("# Experience" and "# Education" over plain lines, no other Markdown: the text résumé it reads as.)
  const plain = 'Jean Roe\njean@example.com\n\n# Experience\n* 2011 up to now\nCERFACS, Toulouse, France, PhD thesis\n- validate the model against experimental data,\n\n* 2009 (3 months)\nLIEBHERR Aerospace, Toulouse, France, Engineering internship\nBenchmarked two CFD software programs\n\n# Education\n* Feb 2014 (expected)\nArts et Métiers ParisTech, Paris, France\nPhD in Computational Fluid Dynamics\n';
  assert.equal(parse(plain, 'cv_en.txt')!.format, 'text');
});

test('text: a body\'s initials after the title\'s comma, before one of its institutes ("PhD student, HZDR, Institute for … Research"), are the employer with the institute, no part of the title', () => {
  const text = 'Georg Roe\ngeorg@example.com\n\nEXPERIENCE\n May 2011 - Jan 2015    PhD student, HZDR, Institute for Radiopharmaceutical Cancer Research\n                        Evaluated whole-body attenuation correction.\n';
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['PhD student', 'HZDR, Institute for Radiopharmaceutical Cancer Research']);
});

test('text: a section\'s name in capitals and a dot leader to the gutter ("EDUCATION...Rensselaer Polytechnic Institute") heads the section', () => {
  const text = 'Liam Roe\nliam@example.com\n\nOBJECTIVE...To develop software that improves lives.\n\nEDUCATION...Rensselaer Polytechnic Institute [Troy, NY]................2007 -> 2011\n            B.S., Computer Science\n\nEXPERIENCE..Paladin Consulting [Dallas, TX]............................June 2013 -> June 2014\n            Software Engineer: Develop PHP and Go for the review platform.\n';
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['OBJECTIVE', 'summary'], ['EDUCATION', 'education'], ['EXPERIENCE', 'experience']]);
  assert.equal(r.sections[1].entries[0].organisation?.value, 'Rensselaer Polytechnic Institute');
});

test('text: the country of a branch after a company\'s legal form ("Zalando SE (Polska)") is part of the employer\'s name, not the place', () => {
  const text = 'Julia Roe\njulia@example.com\n\nEXPERIENCE\nZalando SE (Polska)\nRegional Sales Manager | 2020 – Present\nIncreased regional B2B sales by 35% YoY\n';
  const e = parseText(text).sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Regional Sales Manager', 'Zalando SE (Polska)', undefined]);
});

test('text: an employer\'s name, a spaced slash and a post ("Spruce Media / Software Engineer") are the employer and the title; two posts ("Key Holder / Sales Associate") stay one title', () => {
  const text = 'Craig Roe\ncraig@example.com\n\nEXPERIENCE\n\nSpruce Media / Software Engineer\nFeb 2012 - Dec 2013\n- Deployed features for the ad buying platform\n\nImproving / Director of Consulting\nJan 2014 - Present\n- Led 12 consultants\n\nKey Holder / Sales Associate, Gap\nJan 2008 - Dec 2011\n- Opened the store for 40 staff\n';
  assert.deepEqual(parseText(text).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Software Engineer', 'Spruce Media'],
    ['Director of Consulting', 'Improving'],
    ['Key Holder / Sales Associate', 'Gap'],
  ]);
});

test('text (pandoc plain): "UDEMY _Senior Software Engineer_ JUNE 2019 TO PRESENT", an employer in capitals and the post in underscores, are two fields', () => {
  const r = parseText(['JASON SHORE', 'jason@example.com', '', 'Experience', '', 'UDEMY _Senior Software Engineer_ JUNE 2019 TO PRESENT', '', '-   Developed 3 pipelines.', '', 'WAYMO _Senior Data Scientist_ MAY 2017 TO JUNE 2019', '', '-   Built 12 models.'].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Senior Software Engineer', 'UDEMY'], ['Senior Data Scientist', 'WAYMO']]);
});

test('text: a star that no emphasis run pairs with ("PCSI/PC* Henri Wallon", a French preparatory class) parts no fields', () => {
  const r = parseText(['Jean Delanne', 'jean@example.fr', '', 'Education', '', '1996 - 1999: PCSI/PC* Henri Wallon, Valenciennes', '1999 - 2002: ENSIMAG, Grenoble'].join('\n'));
  assert.match(r.sections[0].entries[0].organisation?.value ?? '', /Henri Wallon/);
});

test('text: a unit named between the post and its university ("Research fellow, Collegium for Advanced Studies, University of Helsinki", "Lecturer, CCIS, Northeastern University") is the university\'s, not the post\'s; a post named for a university keeps its own name', () => {
  const r = parseText([
    'Anna Berg', 'anna@example.fi', '', 'Employment', '',
    '2004–2006, University lecturer, Department of Social Policy, University of Helsinki',
    '2002–2004, Research fellow, Collegium for Advanced Studies, University of Helsinki',
    '2015–2016, Lecturer, CCIS, Northeastern University',
    '2019–2021, Senior Engineer, Payments, Stripe',
    '2012–2014, Postdoctoral Research Fellow, Xishuangbanna Tropical Botanical Garden, Chinese Academy of Sciences',
    '2010–2012, M.Engg, Electrical Comm, Indian Institute of Science',
  ].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['University lecturer', 'Department of Social Policy, University of Helsinki'],
    ['Research fellow', 'Collegium for Advanced Studies, University of Helsinki'],
    ['Lecturer', 'CCIS, Northeastern University'],
    ['Senior Engineer, Payments', 'Stripe'],
    // (A unit of an academy or an institute as of a university; not a degree's field.)
    ['Postdoctoral Research Fellow', 'Xishuangbanna Tropical Botanical Garden, Chinese Academy of Sciences'],
    ['M.Engg, Electrical Comm', 'Indian Institute of Science'],
  ]);
});

test('text: a unit named between the post and a body that is no school ("Volunteer, Queen Street Commons, The Working Centre", "Research Assistant, Butcher Lab, Cornell University") is the body\'s; a company\'s team stays the post\'s', () => {
  const r = parseText([
    'Ana Lopez', 'ana@example.org', '', 'Volunteer Work', '',
    'Volunteer, Refugee Resettlement, Catholic Family Center 2017 - present',
    'Volunteer, Queen Street Commons, The Working Centre 2012 - 2013',
    'Research Assistant, Butcher Lab, Cornell University 2010 - 2011',
    'Software Engineer, Payments, Stripe Inc. 2008 - 2010',
    'Developer, Platform Team, Northwind Group 2006 - 2008',
  ].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Volunteer', 'Refugee Resettlement, Catholic Family Center'],
    ['Volunteer', 'Queen Street Commons, The Working Centre'],
    ['Research Assistant', 'Butcher Lab, Cornell University'],
    ['Software Engineer, Payments', 'Stripe Inc.'],
    ['Developer', 'Northwind Group'],
  ]);
});

test('text: a range the date column wrapped after its dash ("2018-" / "2021 Acme Corp …", "2021-" / "Aujourd’hui Covéa …") is one range, in one entry', () => {
  const r = parseText(['Jean Dupont', 'jean@example.fr', '', 'EXPERIENCE', '', '2021-', 'Aujourd’hui Covéa Paris, France', 'Lead ML Engineer', 'Built 4 models for claims.', '2014-', '2017 Globex Inc Lyon, France', 'Data Scientist', 'Cut claims cost by 5%.'].join('\n'));
  const es = r.sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year ?? null, !!e.dates?.current, e.bullets.length]), [
    ['Lead ML Engineer', 'Covéa', 2021, null, true, 1],
    ['Data Scientist', 'Globex Inc', 2014, 2017, false, 1],
  ]);
});

test('text: the professional degrees (MPH, MPA, MSW, MSN, BSN, DNP, DVM, DDS, MBBS, BFA, PsyD, LL.B., GED) are degrees; "March" is no M.Arch., nor a month an architect\'s degree', () => {
  for (const d of ['MPH', 'MPA', 'MSW', 'MSN', 'BSN', 'DNP', 'DVM', 'DDS', 'MBBS', 'BFA', 'M.F.A.', 'PsyD', 'Psy.D.', 'M.Arch.', 'LL.B.', 'LL.M.', 'GED', 'MHA', 'MPP', 'Sc.D.']) assert.ok(DEGREE_WORDS.test(d), d);
  for (const w of ['March 2019', 'Mres', 'managed']) assert.ok(!DEGREE_WORDS.test(w), w);
});
