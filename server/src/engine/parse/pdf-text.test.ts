// Text as PDF extractors give it (pdftotext default/-layout/-raw, pdf.js copies): each test is a
// small résumé written for the test in one of the shapes real PDFs come out in, and fails when
// the reader stops reading that shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../../test/util/paths';
import { parseText } from './text';
import { TITLE_WORDS } from './header-fields';
import { allEntries, type Entry, type Resume } from '../model';

const roles = (r: Resume) => allEntries(r).filter((e) => e.kind !== 'other').map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text, e.dates?.end?.text ?? e.dates?.currentText, e.bullets.length]);
const bulletTexts = (e: Entry) => e.bullets.map((b) => b.text.replace(/\s+/g, ' '));

test('pdftotext -layout: two columns side by side are read column by column', () => {
  const L = (left: string, right: string) => left.padEnd(62) + right;
  const text = [
    L('Experience', 'Skills'),
    L('Atlas Robotics                        Jan 2021 – Present', 'Go, Rust, Kubernetes'),
    L('Staff Engineer', 'Terraform, Postgres'),
    L('• Cut fleet deploy time from 2 h to 9 minutes across', ''),
    L('  400 robots with a staged rollout', 'Languages'),
    L('• Led a team of 6 building the telemetry pipeline', 'English, Portuguese'),
    L('', ''),
    L('Harbor Labs                           Mar 2017 – Dec 2020', 'Interests'),
    L('Software Engineer', 'Sailing, chess'),
    L('• Built the billing service used by 3,000 shops', ''),
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Experience', 'experience'], ['Skills', 'skills'], ['Languages', 'languages'], ['Interests', 'interests']]);
  assert.deepEqual(roles(r), [
    ['Staff Engineer', 'Atlas Robotics', undefined, 'Jan 2021', 'Present', 2],
    ['Software Engineer', 'Harbor Labs', undefined, 'Mar 2017', 'Dec 2020', 1],
  ]);
  // The wrapped bullet keeps only its own column's words.
  assert.deepEqual(bulletTexts(allEntries(r)[0])[0], 'Cut fleet deploy time from 2 h to 9 minutes across 400 robots with a staged rollout');
  for (const e of allEntries(r)) for (const b of e.bullets) assert.ok(!/Terraform|Languages|English|Interests/.test(b.text), b.text);
});

test('pdftotext -layout: dates and places set against the right margin stay on their rows', () => {
  const R = (left: string, right: string) => left.padEnd(90 - right.length) + right;
  const text = ['EXPERIENCE', R('Northwind Traders', 'Seattle, WA'), R('Operations Manager', 'Feb 2019 – Present'), '• Cut stockouts by 30% across 12 warehouses', R('Contoso Ltd', 'Portland, OR'), R('Shift Supervisor', 'Jun 2015 – Jan 2019'), '• Ran a night shift of 25 pickers'].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Operations Manager', 'Northwind Traders', 'Seattle, WA', 'Feb 2019', 'Present', 1],
    ['Shift Supervisor', 'Contoso Ltd', 'Portland, OR', 'Jun 2015', 'Jan 2019', 1],
  ]);
});

test('page furniture: a footer repeated at every page break is no part of an entry', () => {
  const text = [
    'Mara Quist',
    'Experience',
    'Brightwave Inc.',
    'Product Designer  Apr 2020 – Present',
    '• Redesigned onboarding, lifting activation by 12%',
    '',
    'March 3, 2026 Mara Quist · Résumé 1',
    '\fSunline Studio',
    'Junior Designer  Jan 2018 – Mar 2020',
    '• Shipped 40 marketing pages',
    '',
    'March 3, 2026 Mara Quist · Résumé 2',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r).map((x) => x.slice(0, 2)), [
    ['Product Designer', 'Brightwave Inc.'],
    ['Junior Designer', 'Sunline Studio'],
  ]);
});

test('pdf.js / raw order: where and when printed after the bullets belong to the entry above', () => {
  const text = [
    'Experience',
    'Quanta Labs, Research Scientist',
    '• Trained a 2B-parameter model on 512 GPUs',
    '• Published 3 papers at NeurIPS and ICML',
    'Zurich, Switzerland',
    'June 2022 – present',
    '2 years 4 months',
    'Orbit AI, Machine Learning Intern',
    '• Cut inference latency by 35%',
    'Boston, MA',
    'May 2021 – Aug 2021',
    '4 months',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Research Scientist', 'Quanta Labs', 'Zurich, Switzerland', 'June 2022', 'present', 2],
    ['Machine Learning Intern', 'Orbit AI', 'Boston, MA', 'May 2021', 'Aug 2021', 1],
  ]);
});

test('a glyph used only before employer lines marks headers, another marks bullets; places run into names are cut off', () => {
  const text = [
    'Experience',
    '• Lindqvist Group AB Stockholm, Sweden',
    'Data Engineer Sep 2019 – Present',
    '◦ Moved 80 pipelines to Airflow, saving 20 hours a week',
    '◦ Mentored 2 analysts',
    '• Fjord Analytics Oslo, Norway',
    'Analyst Aug 2016 – Aug 2019',
    '◦ Built the churn model used by 5 teams',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Data Engineer', 'Lindqvist Group AB', 'Stockholm, Sweden', 'Sep 2019', 'Present', 2],
    ['Analyst', 'Fjord Analytics', 'Oslo, Norway', 'Aug 2016', 'Aug 2019', 1],
  ]);
});

test('dates whose dash the copy lost or wrote as a soft hyphen are ranges', () => {
  const text = 'Experience\nKestrel Bank\nRisk Analyst Oct. 2020 Mar. 2023\n• Reviewed 300 loan files a month\nHollis Credit\nIntern Jun. 2019 \u00ad Aug. 2019\n• Wrote 2 credit memos\n';
  assert.deepEqual(roles(parseText(text)).map((x) => x.slice(3, 5)), [
    ['Oct. 2020', 'Mar. 2023'],
    ['Jun. 2019', 'Aug. 2019'],
  ]);
});

test('wrapped bullet lines without glyphs: a full line continues, a new verb starts the next bullet', () => {
  const text = [
    'Experience',
    'Lumen Health, Nurse Manager, Jan 2018 – Present',
    'Led a unit of 32 nurses through the move to electronic charting, training every shift and',
    'cutting charting errors by 40% within the first quarter of the rollout',
    'Introduced a falls-prevention protocol adopted by 4 other units',
    'Hired and onboarded 11 nurses',
  ].join('\n');
  const e = allEntries(parseText(text))[0];
  assert.equal(e.bullets.length, 3, bulletTexts(e).join(' | '));
});

test('a projects section of "Name: description" bullets is one entry per project', () => {
  const text = 'Projects\n• Tidepool: Open source tide prediction library for sailors and harbour masters.\n• Lantern: Browser extension that highlights accessibility problems on any page.\n';
  const es = allEntries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.bullets.length]), [['Tidepool', 1], ['Lantern', 1]]);
});

test('letter-spaced headings read as the section they spell', () => {
  const r = parseText('Jo Rivers\nE X P E R I E N C E\nAcme Corp\nEngineer 2019 – 2021\n• Built the API used by 40 teams\nS K I L L S\nGo, Rust\n');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['EXPERIENCE', 'experience'], ['SKILLS', 'skills']]);
  // Tracking breaks words at any letter, not only into single letters.
  const broken = parseText('Jo Rivers\nEXPERI ENCE\nAcme Corp\nEngineer 2019 – 2021\n• Built the API used by 40 teams\nEDUCAT ION\nBSc Physics, Uni Bonn, 2015\n');
  assert.deepEqual(broken.sections.map((s) => [s.title, s.kind]), [['EXPERIENCE', 'experience'], ['EDUCATION', 'education']]);
  // A name of several words whose word breaks went with the spacing.
  const words = parseText('Jo Rivers\nW O R K E X P E R I E N C E\nAcme Corp\nEngineer 2019 – 2021\n• Built the API used by 40 teams\nT E C H N I C A L S K I L L S\nGo, Rust\n');
  assert.deepEqual(words.sections.map((s) => [s.title, s.kind]), [['WORK EXPERIENCE', 'experience'], ['TECHNICAL SKILLS', 'skills']]);
  assert.equal(words.sections[0].entries[0]?.organisation?.value, 'Acme Corp');
});

test('letter-spaced small capitals copied as Title Case read as the section they spell', () => {
  const r = parseText('Jo Rivers\nP ro f e s s i o n a l E x p e r i e n c e\nAcme Corp\nEngineer 2019 – 2021\n• Built the API used by 40 teams\nE d u c at i o n\nBSc Physics, Uni Bonn, 2015\n');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Professional Experience', 'experience'], ['Education', 'education']]);
});

test('pdftotext -layout: a main column with a hanging indent (dates and titles at its edge, bullets set in) beside a sidebar', () => {
  const L = (left: string, right: string) => left.padEnd(50) + right;
  const text = [
    L('Contact', 'Professional Experience'),
    L('Denver, CO 80205', ''),
    L('(720) 555-0142', 'Front Range Builders — Denver, CO'),
    L('jo.rivers@example.com', '2019 – Present Senior Estimator'),
    L('', '               – Priced 40 commercial bids a year, up to $30M.'),
    L('Education', '               – Built the cost database used by 6 estimators.'),
    L('B.S. Construction Management', '               – Responsible for subcontractor bid leveling.'),
    L('Colorado State University', '2014 – 2019    Estimator'),
    L('2010 – 2014', '               – Took off concrete and sitework on 80 bids.'),
    L('', '               – Kept the historical cost log for 5 years.'),
    L('Software', ''),
    L('Procore, Bluebeam, Excel', 'Summit Peak Construction — Pueblo, CO'),
    L('', '2012 – 2014    Project Engineer'),
    L('Languages', '               – Processed RFIs and submittals for 3 schools.'),
    L('English, Spanish', '               – Tracked change orders worth $2M.'),
  ].join('\n');
  const r = parseText(text);
  const work = r.sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(work.entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Senior Estimator', 'Front Range Builders', '2019', 3],
    ['Estimator', 'Front Range Builders', '2014', 2],
    ['Project Engineer', 'Summit Peak Construction', '2012', 2],
  ]);
  assert.equal(r.sections.find((s) => s.kind === 'education')?.entries[0]?.organisation?.value, 'Colorado State University');
});

test('pdftotext -layout: a sidebar beside a main column that sets its dates in a column of their own parts at the sidebar', () => {
  // Three blocks across: sidebar | dates | roles. The gutter after the dates has more lines with
  // text on both sides, but the page's two columns part before them.
  const L = (left: string, dates: string, right: string) => left.padEnd(36) + dates.padEnd(14) + right;
  const text = [
    L('', 'Experience', ''),
    L('', '2021 – now', 'Senior Veterinarian          Plains Veterinary Group, Ashburton'),
    L('', '', '• Manage herd health plans for 46 dairy clients'),
    L('Hannah', '', '• Run the spring calving programme for 22,000 cows'),
    L('Whitcombe', '2018 – 2021', 'Veterinarian                 Plains Veterinary Group, Ashburton'),
    L('Veterinarian, BVSc', '', '• Provide after-hours cover for farm and equine cases'),
    L('About me', '', '• Performed around 120 caesareans a year on farm'),
    L('Mixed-practice vet with 9 years', '2016 – 2018', 'Associate Veterinarian       Piako Veterinary Services, Morrinsville'),
    L('of dairy and equine work in', '', '• Joined senior vets on fertility investigations'),
    L('Waikato and Canterbury.', '', '• Consulted in the small-animal clinic two days a week'),
    L('', 'Education', ''),
    L('Contact', '2011 – 2015', 'Bachelor of Veterinary Science   Massey University, Palmerston North'),
    L('Ashburton, Canterbury, NZ', '', 'Graduated with Merit'),
    L('hannah.whitcombe@xtra.co.nz', '2010', 'Certificate in Science      University of Canterbury, Christchurch'),
  ].join('\n');
  const r = parseText(text);
  const work = r.sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(work.entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text, e.dates?.end?.text ?? e.dates?.currentText, e.bullets.length]), [
    ['Senior Veterinarian', 'Plains Veterinary Group', '2021', 'now', 2],
    ['Veterinarian', 'Plains Veterinary Group', '2018', '2021', 2],
    ['Associate Veterinarian', 'Piako Veterinary Services', '2016', '2018', 2],
  ]);
  assert.equal(r.contact.email?.value, 'hannah.whitcombe@xtra.co.nz');
  assert.deepEqual(r.sections.find((s) => s.kind === 'education')?.entries.map((e) => [e.organisation?.value, e.dates?.text]), [
    ['Massey University', '2011 – 2015'],
    ['University of Canterbury', '2010'],
  ]);
});

test('pdftotext -layout: a main column\'s dates set against its right edge stay with it when a sidebar follows on the right', () => {
  // Main column (dates at its right edge) | a sidebar. A gutter before the dates has a strip of
  // dates beside it, but they end together at the main column's edge, beside its titles: the
  // page parts after them, not before.
  const row = (...parts: [number, string][]) => parts.reduce((line, [col, t]) => line.padEnd(col) + t, '');
  const text = [
    row([0, 'Experience'], [120, 'Skills']),
    row([0, 'A compression company whose platform runs for streaming customers in four markets today.'], [116, 'Storage']),
    row([0, 'Chief Executive'], [84, 'Dec 2013 - Dec 2014'], [116, 'Codecs']),
    row([0, 'Pied Piper · Palo Alto, CA'], [116, 'Networking']),
    row([1, '· Built an engine that checks 40,000 uploaded songs a day'], [116, 'Budgeting']),
    row([1, '· Won a startup competition against 30 other teams']),
    row([0, 'Software Engineer'], [84, 'Jan 2011 - Nov 2013'], [116, 'Education']),
    row([0, 'Hooli · Palo Alto, CA'], [116, 'BSc, Information Technology']),
    row([1, '· Cut storage costs by 20% for 3 products'], [116, 'University of Oklahoma']),
    row([1, '· Ran the on-call rota for a team of 8']),
    row([0, 'Research Assistant'], [84, 'Sep 2009 - May 2010'], [116, 'Awards']),
    row([0, 'University of Oklahoma · Norman, OK'], [116, 'Compression Pioneer Award']),
    row([1, '· Tested 12 lossless codecs on 2 TB of audio'], [116, 'Techcrunch, 2014']),
    row([1, '· Co-wrote 2 papers on adaptive coding']),
    row([0, 'Intern'], [84, 'Jun 2008 - Aug 2008'], [116, 'Languages']),
    row([0, 'Initech · Austin, TX'], [116, 'English, Spanish']),
    row([1, '· Wrote 30 unit tests for the billing service']),
  ].join('\n');
  const r = parseText('Richard Hendriks\nrichard@mail.com\n\n' + text);
  const work = r.sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(work.entries.filter((e) => e.title).map((e) => [e.title?.value, e.dates?.text]), [
    ['Chief Executive', 'Dec 2013 - Dec 2014'],
    ['Software Engineer', 'Jan 2011 - Nov 2013'],
    ['Research Assistant', 'Sep 2009 - May 2010'],
    ['Intern', 'Jun 2008 - Aug 2008'],
  ]);
});

test('ligatures a PDF\'s text keeps ("Certiﬁcations", "Staﬀ") read as their letters', () => {
  const r = parseText('Jane Doe\njane@mail.com\n\nExperience\nStaﬀ Accountant, Acme Ltd   2019 – 2021\n• Closed the books for 20 oﬃces\n\nCertiﬁcations\nCPA, 2020\n');
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'certifications']);
  const e = r.sections[0].entries[0];
  assert.equal(e.title?.value, 'Staff Accountant');
  // The span still covers the source's one character.
  const src = 'Jane Doe\njane@mail.com\n\nExperience\nStaﬀ Accountant, Acme Ltd   2019 – 2021\n';
  assert.equal(src.slice(e.title!.span.start, e.title!.span.end), 'Staﬀ Accountant');
});

test('a bullet glyph alone on its line makes the next line its bullet', () => {
  const e = allEntries(parseText('Experience\nAcme Corp\nEngineer  Jan 2019 - Present\n•\nBuilt the API used by 40 teams\n•\nLed the migration to Kubernetes\n'))[0];
  assert.deepEqual(bulletTexts(e), ['Built the API used by 40 teams', 'Led the migration to Kubernetes']);
});

test('roles a content-order copy puts under the sidebar\'s last heading go back to Experience', () => {
  const text = [
    'Work Experience',
    'Platform Engineer Jan 2021 - Present',
    'Corvid Systems',
    '• Ran 200 services on Kubernetes',
    'Education',
    'B.Sc. Computer Science 2014 - 2017',
    'University of Leeds',
    'Site Reliability Engineer Feb 2018 - Dec 2020',
    'Corvid Systems',
    '• Cut paging alerts by 60%',
    '• Wrote the incident runbook used by 5 teams',
  ].join('\n');
  const r = parseText(text);
  const byKind = Object.fromEntries(r.sections.map((s) => [s.kind, s.entries.map((e) => e.title?.value)]));
  assert.deepEqual(byKind.experience, ['Platform Engineer', 'Site Reliability Engineer']);
  assert.deepEqual(byKind.education, ['B.Sc. Computer Science']);
});

test('the name beside contact details, and a full address', () => {
  const r = parseText('Ines Moreau   Email: ines@example.org   Mobile: +33 6 12 34 56 78\nLyon, France 69002\n\nExperience\n');
  assert.equal(r.contact.name?.value, 'Ines Moreau');
  assert.equal(r.contact.location?.value, 'Lyon, France 69002');
});

test('the name: run into the headline, before "RESUME", in a sidebar, letter-spaced; never a referee', () => {
  const role = '\n\nEXPERIENCE\nEngineer, Acme Inc\n2019 - 2020\n• Built the billing service\n';
  const name = (top: string, tail = '') => parseText(top + role + tail).contact.name?.value;
  // pdf.js loses the gap between the name and the headline, initials included.
  assert.equal(name('Mara T. OkaforData Engineer · Platform Lead'), 'Mara T. Okafor');
  assert.equal(name('Rui Costa MendesSenior Nurse'), 'Rui Costa Mendes');
  assert.equal(name('Ann McDonald'), 'Ann McDonald');
  // The document's title, and the headline after it, are not part of the name.
  assert.equal(name('TOMÁš NOVáK RESUME Consultant and Software Developer'), 'TOMÁš NOVáK');
  assert.equal(name('Ingrid Holm ResumeProduct Designer'), 'Ingrid Holm');
  // A sidebar template's name comes out after the other column, next to its contact lines.
  assert.equal(name('SKILLS\nPython\nAnsible', '\nCONTACT\n12 Harbour Road\nR ingrid.holm@example.org\nINGRID HOLM\nFreelance Automation Consultant\n'), 'INGRID HOLM');
  // Letter-spaced: the words are told apart by the e-mail's spelling.
  assert.equal(name('SKILLS\nPython', '\nCONTACT\nmara.okafor@example.org\nHOBBIES\nChess\nM A R A O K A F O R\n'), 'MARA OKAFOR');
  assert.equal(name('J O H N'), undefined);
  // First and last name letter-spaced on two lines where the page starts; not a sidebar's skill group.
  assert.equal(name('J O H N\n\nD O E\n\nS OFTWA RE D EVELOPER'), 'JOHN DOE');
  assert.equal(name('Summary\nBuilt things for 9 years.\nW E B\nD E V E L O P M E N T\nHTML CSS'), undefined);
  // A referee beside their e-mail is someone else.
  assert.equal(name('SKILLS\nPython', '\nREFERENCES\nDr Helen Marsh\nhelen.marsh@uni.example.edu\n'), undefined);
});

test('the contact location: a place written out as a list, and a town at the end of words run together', () => {
  const role = '\n\nEXPERIENCE\nEngineer, Acme Inc\n2019 - 2020\n• Built the billing service\n';
  const where = (top: string) => parseText(`Mara Okafor\n${top}${role}`).contact.location?.value;
  assert.equal(where('Mapo-gu, Seoul, Republic of Korea\nmara@example.org'), 'Mapo-gu, Seoul, Republic of Korea');
  assert.equal(where('Kadıköy, Istanbul, Turkey 34710 · mara@example.org'), 'Kadıköy, Istanbul, Turkey 34710');
  // Two columns run together: the town is the known city the words end with.
  assert.equal(where('Status: M.Sc. Digital Media, Scientific Employee Bremen, Germany'), 'Bremen, Germany');
  assert.equal(where('Austin, TX · mara@example.org'), 'Austin, TX');
});

test('contact details printed only in a footer on every page are read once, with the lines around the e-mail', () => {
  const footer = ['Calle Mayor 5', '\u{F095} +34 (912) 345 678 • +34 (600) 111 222', '\u{F0E0} lucia@ejemplo.es'];
  const page = (roles: string[]) => [...roles, '', ...footer].join('\n');
  const text = ['Lucía Romero', '', 'EXPERIENCIA', page(['2019–2021 Ingeniera de datos, Banco Sur, Madrid', '• Migré 40 informes a un almacén de datos']), '\f2016–2019 Analista, Seguros Norte, Sevilla', '• Automaticé la conciliación mensual', '', ...footer].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.email?.value, 'lucia@ejemplo.es');
  assert.equal(r.contact.phone?.value, '+34 (912) 345 678');
});

test('where and when after the bullets: a last bullet that reads like a name is still a bullet', () => {
  const text = [
    'Education',
    'PhD',
    '',
    'Princeton University, Computer Science',
    '• Thesis: Efficient Neural Architecture Search',
    '• Advisor: Prof. Ada Stone',
    '',
    'Princeton, NJ',
    'Sept 2018 – May 2023',
    '',
    'BS',
    '',
    'Bogazici University, Computer Engineering',
    '• GPA: 3.97/4.00, Valedictorian',
    '• Fulbright Scholarship recipient for Graduate Studies',
    '',
    'Istanbul, Turkey',
    'Sept 2014 – June 2018',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(
    allEntries(r).map((e) => [e.title?.value, e.location?.value, e.dates?.start?.text, e.bullets.length]),
    [
      ['PhD', 'Princeton, NJ', 'Sept 2018', 2],
      ['BS', 'Istanbul, Turkey', 'Sept 2014', 2],
    ],
  );
});

test('dates first, then degree, school and town on one line (moderncv, Resume-Matcher): "of" and "in" make no sentence', () => {
  const text = [
    'Education',
    '2012–2016 Master of Science in Physics, University of Bremen, Bremen, 1.3.',
    'Thesis on quantum transport in nanowires.',
    '1997 – 1999 Master of Science in Computer Science, Massachusetts Institute of Technology,',
    'Cambridge, MA, USA',
    '1994 – 1997 Bachelor of Science in Computer Science, University of California, Berkeley,',
    'Berkeley, CA, USA',
    '',
    'Memberships',
    'Member, Apple Developer Network (2008 — Present)',
    'Member of the Apple Developer program since 2008.',
  ].join('\n');
  assert.deepEqual(
    allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text, e.dates?.end?.text, e.bullets.length]),
    [
      ['Master of Science in Physics', 'University of Bremen', 'Bremen', '2012', '2016', 1],
      // The school's own place word stays in its name; the campus after "University of X" too.
      ['Master of Science in Computer Science', 'Massachusetts Institute of Technology', 'Cambridge, MA, USA', '1997', '1999', 0],
      ['Bachelor of Science in Computer Science', 'University of California, Berkeley', 'Berkeley, CA, USA', '1994', '1997', 0],
      // A sentence with a date in it ("since 2008.") is the membership's line, not a new entry.
      ['Member', 'Apple Developer Network', undefined, '2008', undefined, 1],
    ],
  );
});

test('pdftotext default on a two-column page: roles under the profile, skill acronyms and an experience heading that comes late', () => {
  const text = [
    'Dana Reyes',
    'dana@reyes.dev',
    '',
    'SUMMARY',
    '',
    'Backend engineer with 6 years of experience building payment systems and',
    'data pipelines for teams of every size.',
    'Senior Software Engineer',
    'Stripe • San Francisco, CA',
    '',
    'Jan 2023 - Present',
    '',
    '• Designed a fraud pipeline processing 50K transactions per second',
    '• Mentored 3 junior engineers',
    '',
    'Software Engineer',
    'Figma • San Francisco, CA',
    '',
    'Jun 2021 - Dec 2022',
    '',
    '• Built sync infrastructure for 4M daily users',
    '',
    'SKILLS',
    'Go',
    '',
    'SQL',
    '',
    'AWS',
    '',
    'EXPERIENCE',
    '',
    'Kubernetes',
    '',
    'CI/CD',
    '',
    'Terraform',
    '',
    'PROGRAM COMMITTEES',
    '',
    'Reviewer, USENIX Security 2022',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['SUMMARY', 'summary'], ['SKILLS', 'skills'], ['EXPERIENCE', 'experience'], ['PROGRAM COMMITTEES', 'volunteer']]);
  assert.equal(r.summary?.value, 'Backend engineer with 6 years of experience building payment systems and data pipelines for teams of every size.');
  assert.deepEqual(roles(r).slice(0, 2), [
    ['Senior Software Engineer', 'Stripe', 'San Francisco, CA', 'Jan 2023', 'Present', 2],
    ['Software Engineer', 'Figma', 'San Francisco, CA', 'Jun 2021', 'Dec 2022', 1],
  ]);
  // The skill words under the late heading are no roles.
  assert.ok(!allEntries(r).some((e) => /Kubernetes|Terraform|CI\/CD/.test(`${e.title?.value} ${e.organisation?.value}`)));
});

test('moderncv shapes: icon-font bullets, a leader-dot sub-heading and an "achievements" label', () => {
  const text = [
    'Experience',
    'Vocational. . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .',
    'Acme GmbH Munich',
    'Senior Developer 2018--2021',
    'Detailed achievements:',
    '\uf111\u2423 Cut checkout latency by 40% across 3 markets;',
    '\u2423 Migrated 12 services to Kubernetes.',
    'Miscellaneous. . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .',
    'Globex Corporation Berlin',
    'Software Engineer 2016--2018',
    '\uf111 Built internal tools for the sales team.',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Senior Developer', 'Acme GmbH', 'Munich', '2018', '2021', 2],
    ['Software Engineer', 'Globex Corporation', 'Berlin', '2016', '2018', 1],
  ]);
});

test('a line of dates in lower case ("since January 2016") is the header\'s; a lead-in over marked bullets is no item', () => {
  const text = [
    'Experience',
    'Developer - Company A',
    'since January 2016',
    'Programming and reviewing pull requests for the payments team.',
    'Frontend Developer - Company B',
    'January 2015 - December 2015',
    'Built the checkout pages used by 2 million shoppers.',
    'Technologies include:',
    '• React and TypeScript',
    '• Storybook',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Developer', 'Company A', undefined, 'January 2016', undefined, 1],
    ['Frontend Developer', 'Company B', undefined, 'January 2015', 'December 2015', 3],
  ]);
});

test('contact: a street over its town is the whole address, icon glyphs around it or not; brand icons name a handle; profiles in a footer count', () => {
  const role = '\n\nEXPERIENCE\nEngineer, Acme Inc\n2019 - 2020\n• Built the billing service\n';
  const read = (top: string, tail = '') => parseText(`Mara Okafor\n${top}${role}${tail}`).contact;
  assert.equal(read('mara@example.org\n1234 Broadway \uf015\nNew York').location?.value, '1234 Broadway New York');
  assert.equal(read('mara@example.org\n\uf015 Hauptstraße 5\n28359 Bremen').location?.value, 'Hauptstraße 5 28359 Bremen');
  // In a sidebar's CONTACT section too.
  assert.equal(parseText(`SKILLS\nPython\nCONTACT\nExample St. 1\n12345 Somewhere\nmara@example.org${role}`).contact.location?.value, 'Example St. 1 12345 Somewhere');
  // A number and a word over a town is no address when the word is no street ("2019 Award" / "Berlin").
  assert.notEqual(read('mara@example.org\n2019 Award\nBerlin').location?.value, '2019 Award Berlin');
  // Font Awesome's GitHub and LinkedIn glyphs before a bare handle.
  assert.deepEqual(read('mara@example.org \uf08c maraokafor \uf09b mokafor').links.map((l) => l.value), ['maraokafor', 'mokafor']);
  // A footer line of links with a profile among them, after the e-mail at the top.
  assert.deepEqual(read('mara@example.org', '\nwww.okafor.dev · github.com/mokafor\n').links.map((l) => l.value), ['www.okafor.dev', 'github.com/mokafor']);
  // An employer's site under a role is no profile of the person's.
  assert.deepEqual(read('mara@example.org', '\nEngineer, Globex\n2016 - 2018\nwww.globex.com\n').links.map((l) => l.value), []);
});

test('pdf.js run-together: a "University of" after other words is the school; a thesis line is a detail, not the degree', () => {
  const text = [
    'Education',
    '2015 / 07 - University of Bremen',
    'Graduated as M.Sc. Digital Media',
    'Master Thesis: Semi Automated Scoring in Technology Based Assessment',
    'Developed and evaluated an algorithm for semi automated scoring',
    '2009 - 2010',
    'Semester Abroad University of Melbourne',
    'Took courses in interaction design and statistics',
    '2006 - 2009',
    'B.Sc. Informatics Technical University of Munich',
    'Wrote a thesis on compilers',
  ].join('\n');
  assert.deepEqual(
    allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]),
    [
      ['Graduated as M.Sc. Digital Media', 'University of Bremen'],
      ['Semester Abroad', 'University of Melbourne'],
      ['B.Sc. Informatics', 'Technical University of Munich'],
    ],
  );
});

test('run-together: a place or an adjective before "School of" / "College of" opens the school\'s name', () => {
  const text = [
    'Education',
    '2015-2017: MSc. Public Health. London School of Hygiene and Tropical Medicine (LSHTM).',
    '2012-2014: MS Computer Science New York Institute of Technology',
    '2008-2012: BSc Physics Imperial College of Science',
  ].join('\n');
  assert.deepEqual(
    allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]),
    [
      ['MSc. Public Health', 'London School of Hygiene and Tropical Medicine (LSHTM)', undefined],
      ['MS Computer Science', 'New York Institute of Technology', undefined],
      ['BSc Physics', 'Imperial College of Science', undefined],
    ],
  );
});

test('pdftotext default: the right-hand column (places, dates) of every entry printed after all the names', () => {
  const text = [
    'Education',
    '• Georgia Institute of Technology',
    'Master of Science in Computer Science; GPA: 4.00',
    '',
    '• Birla Institute of Technology and Science',
    'Bachelor of Engineering in Electrical and Electronics',
    '',
    'Atlanta, GA',
    'Aug 2012 – Dec 2013',
    '',
    'Pilani, India',
    'Aug 2008 – July 2012',
    '',
    'Experience',
    '• Google',
    '',
    'Mountain View, CA',
    '',
    'Software Engineer',
    'Oct 2016 – Present',
    '◦ TensorFlow: worked on APIs and performance for training models on TPUs',
  ].join('\n');
  assert.deepEqual(
    allEntries(parseText(text)).map((e) => [e.organisation?.value, e.location?.value, e.dates?.start?.text]),
    [
      ['Georgia Institute of Technology', 'Atlanta, GA', 'Aug 2012'],
      ['Birla Institute of Technology and Science', 'Pilani, India', 'Aug 2008'],
      ['Google', 'Mountain View, CA', 'Oct 2016'],
    ],
  );
});

test('pdf.js without blank lines: a Title Case section name is a heading when the known ones are written the same way', () => {
  const text = [
    'Dana Reyes',
    'dana@reyes.dev',
    'Education',
    'PhD in Computer Science, Princeton University  Sept 2018 – May 2023',
    'Experience',
    'Research Intern, Nvidia  Jun 2022 – Aug 2022',
    '• Cut inference latency by 30%',
    'Project Management Simulation Training',
    '• Ran a simulated product launch with 12 people',
    'Selected Honors',
    '• Forbes 30 Under 30 (2024)',
    'Publications',
    'Sparse Attention at Scale, ICLR 2021',
    'Honors & Awards',
    'Best Paper Award (2021)',
    'International Awards',
    'Finalist, DEFCON CTF (2019)',
  ].join('\n');
  // "International Awards" under "Honors & Awards" is a sub-heading; an entry named "… Training" is no section.
  assert.deepEqual(parseText(text).sections.map((s) => [s.title, s.kind]), [
    ['Education', 'education'],
    ['Experience', 'experience'],
    ['Selected Honors', 'awards'],
    ['Publications', 'publications'],
    ['Honors & Awards', 'awards'],
  ]);
});

test('pdftotext -layout: unmarked lines at one indent under an entry are its items, a lower-case line continues one', () => {
  const R = (left: string, right: string) => left.padEnd(60) + right;
  const text = [
    'Projects',
    R(' Master Project - PrIMA', 'University of Bremen, 2012 - 2013'),
    '    Co-Invented a touch table application for medical support, co-developed software (Java)',
    '    Formed a scrum team, maintained the project dev server (Debian), surveyed target audience',
    '',
    R(' Master Studies Digital Media', 'University of Bremen, 2012 - 2015'),
    '    Inter-cultural classes in English, covering special topics in computer science and',
    '    design, taught by staff from three universities',
  ].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => e.bullets.length), [2, 1]);
});

test('a blank line between a dated title line and its employer line does not part them when items follow', () => {
  const text = [
    'Experience',
    'Senior Software Engineer                 Jan 2023 - Present',
    'Stripe • San Francisco, CA',
    '• Designed a fraud pipeline processing 50K transactions per second',
    'Software Engineer                        Jun 2021 - Dec 2022',
    '',
    'Figma • San Francisco, CA',
    '• Built sync infrastructure for 4M daily users',
    '• Cut frame drops by 40%',
    'Software Engineer                        Jul 2019 - May 2021',
    'Notion • San Francisco, CA',
    '• Reduced API latency by 60%',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Senior Software Engineer', 'Stripe', 'San Francisco, CA', 'Jan 2023', 'Present', 1],
    ['Software Engineer', 'Figma', 'San Francisco, CA', 'Jun 2021', 'Dec 2022', 2],
    ['Software Engineer', 'Notion', 'San Francisco, CA', 'Jul 2019', 'May 2021', 1],
  ]);
});

test('a bullet whose dates sit in brackets at its end stays a bullet; two names joined by a dash on the employer line are one employer', () => {
  const text = [
    'Experience',
    'National Aeronautics and Space Administration - Jet Propulsion Laboratory   Pasadena, California',
    'Senior Developer   Aug 2021 – May 2023',
    '• Built the telemetry dashboards used by 40 mission teams',
    'London Bridge Toastmasters Club   City of London, United Kingdom',
    'Member   Jun 2022 – Jun 2023',
    '• Won the Division A speech evaluation contest',
    '• Promising Toastmaster of the Year (PY 2022-2023)',
    '• Mentored 4 new members',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Senior Developer', 'National Aeronautics and Space Administration - Jet Propulsion Laboratory', 'Pasadena, California', 'Aug 2021', 'May 2023', 1],
    ['Member', 'London Bridge Toastmasters Club', 'City of London, United Kingdom', 'Jun 2022', 'Jun 2023', 3],
  ]);
});

test('a town wrapped at the end of a header line ("Los" / "Angeles, USA") is one place', () => {
  const text = [
    'Education',
    'Bachelor of Science',
    'March 2009 - December 2011, Major in Engineering, Pacific University, Los',
    'Angeles, USA.',
  ].join('\n');
  const e = allEntries(parseText(text))[0];
  assert.equal(e.location?.value, 'Los Angeles, USA');
  assert.ok(!/\bLos\b/.test(`${e.title?.value} ${e.organisation?.value}`));
});

test('"U.S.A" is a country, not a company ending in "S.A"', () => {
  const text = ['Experience', 'NEXON   Seoul, S.Korea & LA, U.S.A', 'Game Developer Intern   Jan. 2013 - Feb. 2013', '• Built an action puzzle game for the U.S. market'].join('\n');
  assert.deepEqual(roles(parseText(text)), [['Game Developer Intern', 'NEXON', 'Seoul, S.Korea & LA, U.S.A', 'Jan. 2013', 'Feb. 2013', 1]]);
});

test('page furniture: an entry\'s place that happens to stand next to two page breaks is not a footer', () => {
  const text = [
    'Experience',
    'Site Reliability Engineer, Danggeun Market Inc.',
    'Seoul, S.Korea',
    'Feb. 2021 - Mar. 2021',
    '• Ran the on-call rotation for 30 services',
    'Director of Infrastructure, Kasa',
    'Seoul, S.Korea',
    '1',
    '\fJun. 2018 - Jan. 2021',
    '• Migrated 3 Kubernetes clusters to AWS EKS',
    'Software Architect, Omnious Co., Ltd.',
    'Seoul, S.Korea',
    '2',
    '\fJun. 2017 - May 2018',
    '• Provisioned a hybrid infrastructure',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)).map((r) => r[2]), ['Seoul, S.Korea', 'Seoul, S.Korea', 'Seoul, S.Korea']);
});

test('a line of capitalised fields ending in a place is a header line despite its full stop; a one-letter word is no town', () => {
  const text = [
    'Education',
    'Master of Arts',
    'Major in Hacking and Computer',
    'Penetration, University A, New York, USA.',
    'Bachelor of Science',
    'Major in Engineering, Pacific University, Portland, Oregon.',
  ].join('\n');
  assert.deepEqual(
    allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]),
    [
      ['Master of Arts', 'University A', 'New York, USA', 0],
      ['Bachelor of Science', 'Pacific University', 'Portland, Oregon', 0],
    ],
  );
});

test('a project\'s first line is its name, the role line under it is not', () => {
  const text = ['Projects', 'DevFlow', 'Creator & Maintainer', '• Open-source CLI tool for automating PR workflows with 2.5K GitHub stars'].join('\n');
  assert.equal(allEntries(parseText(text))[0].title?.value, 'DevFlow');
});

test('pdftotext default: a section\'s dates printed after all its entries and their bullets go back to each entry in order', () => {
  const text = [
    'Projects',
    'FlashInfer',
    'Open-source library for high-performance LLM inference kernels',
    '• Achieved 2.8x speedup over baseline attention implementations',
    'NeuralPrune',
    'Automated neural network pruning toolkit with differentiable masks',
    '• Reduced model size by 90% with less than 1% accuracy loss',
    '',
    'Jan 2023 – present',
    '',
    'Jan 2021',
  ].join('\n');
  assert.deepEqual(
    allEntries(parseText(text)).map((e) => [e.title?.value, e.dates?.start?.text ?? e.dates?.end?.text, e.bullets.length]),
    [
      ['FlashInfer', 'Jan 2023', 2],
      ['NeuralPrune', 'Jan 2021', 2],
    ],
  );
});

test('pdftotext default: the last roles\' dates printed after them (a page or text box ends) go back to each in order, where earlier roles keep theirs', () => {
  // Word's right-tabbed dates in a text box: the first roles print their dates in place, the last
  // two lose theirs to the end of the section; one date per role, going back in time.
  const text = [
    'KENDRA BAPTISTE',
    'kendra.baptiste@gmail.com',
    '',
    'Professional Experience',
    'Account Executive',
    'Jun 2019 – Feb 2022',
    'Stratus Payroll Software, Charlotte, NC',
    '• Sold payroll software to 60 mid-sized businesses.',
    'Sales Development Representative',
    'Stratus Payroll Software, Charlotte, NC',
    '• Booked an average of 22 demos per month.',
    'Retail Sales Associate',
    'Wireless Zone, Gastonia, NC',
    '• Sold phones and plans; top seller in the district for 5 months.',
    'Data Entry Clerk | Robert Half',
    'Columbus, OH',
    '',
    'Jan 2018 – May 2019',
    '',
    '2016 – 2017',
    '',
    'Summer 2015',
    '',
    'Education',
    'Bachelor of Arts, Communication Studies',
  ].join('\n');
  const brief = (e: Entry) => [e.title?.value, e.location?.value, e.dates?.text, e.bullets.length];
  assert.deepEqual(allEntries(parseText(text)).filter((e) => e.kind === 'work').map(brief), [
    ['Account Executive', 'Charlotte, NC', 'Jun 2019 – Feb 2022', 1],
    ['Sales Development Representative', 'Charlotte, NC', 'Jan 2018 – May 2019', 1],
    ['Retail Sales Associate', 'Gastonia, NC', '2016 – 2017', 1],
    ['Data Entry Clerk', 'Columbus, OH', 'Summer 2015', 0],
  ]);
  // Dates that do not go back in time from the dated role are not the column of these roles.
  const later = text.replace('2016 – 2017', '2020 – 2021');
  assert.equal(allEntries(parseText(later)).filter((e) => e.kind === 'work')[2].dates?.text, undefined);
});

test('Awesome-CV\'s post in small capitals whose "i" the font gives in lower case ("RESEARCH ASSiSTANT (MCMASTER ANCiENT DNA CENTRE) 2019 - 2021") is the post, no "RESEARCH" section beside its first line', () => {
  const text = ['Kate Eaton', 'kate@example.com', '', 'Work Experience', 'University of Toronto Mississauga Mississauga, Canada', 'VOLUNTEER (DEPT. OF ANTHROPOLOGY) 2013 - 2014', '• Annotated 40 genes associated with pigmentation.', 'McMaster University Hamilton, Canada', 'RESEARCH ASSiSTANT (MCMASTER ANCiENT DNA CENTRE) 2019 - 2021', '• Sequenced 12 bacterial genomes.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['Work Experience']);
  assert.deepEqual(roles(r).map((x) => [x[0], x[1]]), [['VOLUNTEER (DEPT. OF ANTHROPOLOGY)', 'University of Toronto Mississauga'], ['RESEARCH ASSiSTANT (MCMASTER ANCiENT DNA CENTRE)', 'McMaster University']]);
});

test('headings in Title Case, and names in capitals under them ("Honors & Awards" / "RESEARCH" / "ACADEMIC"): the capitals are groups of the section, not sections', () => {
  const text = ['Kate Eaton', 'kate@example.com', 'Summary', 'Researcher of infectious disease with 8 years of experience.', 'Education', 'McMaster University Hamilton, Canada', 'PhD in Anthropology 2014 - Present', 'Work Experience', 'McMaster University Hamilton, Canada', 'Research Assistant 2019 - 2021', '• Sequenced 12 bacterial genomes.', 'Honors & Awards', 'RESEARCH', '2019 HASTAC Scholars Fellowship, $600 International', 'EXPERIENCE', '2016-2019 CGS Doctoral Scholarship, $105000 Hamilton, Canada', 'Public Output', '2020 A mass grave at Thornton Abbey, Co-Author Journal', 'PRESENTATiON', '2021 Plague phylogeography: a synthesis, Presenter Podium', 'Committees & Service', '2018 Conference Executive Chair, Rewriting Plague Hamilton, Canada'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => s.title), ['Summary', 'Education', 'Work Experience', 'Honors & Awards', 'Public Output', 'Committees & Service']);
});

test('a section name a narrow gutter wrapped onto the next line, run into that line ("Grants and" / "Awards", "Conference" / "Presentations 2004. Discussant, …"), is one heading; a column of short labels ("Front-end" / "Programming" / "Languages") is not joined', () => {
  const text = ['Kieran Healy', 'kjh@example.edu', 'Publications', '2006. Last Best Gifts. Chicago: University of Chicago Press.', 'Grants and', 'Awards', '2008. Honorable Mention, Zelizer Distinguished Scholarship Award.', '2007. Winner, ARNOVA Outstanding Book Prize.', '7', 'Conference', 'Presentations 2004. Discussant, Regular Session on the World System. Annual Meetings, San Francisco.'].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => `${s.title} (${s.kind})`), ['Publications (publications)', 'Grants and Awards (awards)', 'Conference Presentations (publications)']);
  const labels = ['Jo Park', 'jo@example.com', 'Skills', 'DevOps', 'Front-end', 'Programming', 'Languages', '', 'AWS, Docker, Kubernetes', 'React, CSS', 'Go, Python, SQL'].join('\n');
  assert.deepEqual(parseText(labels).sections.map((s) => s.title), ['Skills']);
});

test('a page that prints no name and opens on a pictograph and a section\'s name ("💼 PROFESSIONAL EXPERIENCES"): that line is the first section, no one\'s name', () => {
  const text = ['💼 PROFESSIONAL EXPERIENCES', 'Seoul Jamsil Elementary School', 'Role: Nutritionist & Teacher', '📍 Seoul, South Korea | 📅 Mar 2024 - Present', '🎓 EDUCATION', 'B.S. in Statistics, Korean National Open University, 2025'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name, undefined);
  assert.deepEqual(r.sections.map((s) => `${s.title} (${s.kind})`), ['💼 PROFESSIONAL EXPERIENCES (experience)', '🎓 EDUCATION (education)']);
});

test('moderncv\'s entry lines, dates first, then a post or a degree and a comma, ending in a full stop, head entries however many lower-case words follow ("2006–2010 Master of forest science, …"); a dated sentence stays a bullet', () => {
  const text = [
    'Gael Sola',
    'gael@example.org',
    'Experience',
    '2012–2014 Forest inventory and biomass assessment expert, UN-REDD programme, Italy.',
    '2011–2012 Research assistant, CIRAD, Republic of the Congo.',
    'Installation and monitoring of experimental sites, contribution to data analysis.',
    '2009 Technical assistant, GERES, Cambodia, 6 months.',
    'Wood supply and demand analysis on the Phnom Chumriey area.',
    'Education',
    '2006–2010 Master of forest science, AgroParisTech, France.',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)).map((r) => [r[0], r[3] ?? r[4]]), [['Forest inventory and biomass assessment expert', '2012'], ['Research assistant', '2011'], ['Technical assistant', '2009'], ['Master of forest science', '2006']]);
  // A sentence that opens on its year says what was done: it stays the role's line.
  const done = ['Gael Sola', 'gael@example.org', 'Experience', '2011–2012 Research assistant, CIRAD, Republic of the Congo.', '2012 Presented results to the ministry, field teams and donors in three provinces.'].join('\n');
  assert.deepEqual(roles(parseText(done)).map((r) => [r[0], r[5]]), [['Research assistant', 1]]);
});

test('a post in capitals and its dates, nothing else ("VOLUNTEER 2017", "VOLUNTEER          2017"), is a role\'s line, though other lines open on section names ("Projects Abroad Kathmandu, Nepal", "Languages English [Native]")', () => {
  for (const gap of [' ', '          ']) {
    const text = ['Matt Maisak', 'matt@example.com', 'Extracurricular', 'Haven Free Clinic New Haven, CT, USA', `VOLUNTEER${gap}2017`, '• Ran 40 health screenings a month', 'Projects Abroad Kathmandu, Nepal', `VOLUNTEER${gap}2007`, '• Taught English to 20 in-patients', 'Skills', 'Scripting MATLAB (advanced), R (basic)', 'Languages English [Native], German [Fluent]'].join('\n');
    const r = parseText(text);
    assert.deepEqual(r.sections.map((s) => s.title), ['Extracurricular', 'Skills'], JSON.stringify(gap));
    assert.deepEqual(roles(r).map((x) => [x[0], x[3] ?? x[4]]), [['VOLUNTEER', '2017'], ['VOLUNTEER', '2007']], JSON.stringify(gap));
  }
});

test('pdf.js: a gutter of section names run into their first lines, one in small capitals among Title Case ones, heads its sections; "Activities" then "Interests", of one kind, are two sections', () => {
  // res.cls prints its section names in a left column; pdf.js joins each to its first line.
  const text = [
    'Asha Rahman',
    'asha@example.edu (832) 555-0132',
    'Objective Internship in transportation engineering using skills in GIS and applied statistics',
    'EDUCATION Master of Science in Civil Engineering Expected 2015',
    'University of Connecticut, Storrs, CT',
    'Skills Programming: Python, Java, C++',
    'Statistics: R, SPSS, SAS',
    'Experience',
    'Lecturer, University of Dhaka 2013',
    '• Taught GIS to 60 students a term',
    'Activities Affiliation: Institute of Transportation Engineers (UConn Chapter)',
    'Interests Programming, GIS, Statistical Modeling, Machine Learning',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => `${s.title} (${s.kind})`), ['Objective (summary)', 'EDUCATION (education)', 'Skills (skills)', 'Experience (experience)', 'Activities (interests)', 'Interests (interests)']);
  assert.deepEqual(allEntries(r).filter((e) => e.kind === 'education').map((e) => [e.title?.value, e.organisation?.value]), [['Master of Science in Civil Engineering', 'University of Connecticut']]);
});

test('pdf.js: a letter-spaced section name in a gutter, joined to its first line by one space, is the section\'s heading', () => {
  // An HTML résumé with CSS letter-spacing on gutter headings, copied from pdf.js (or pdftotext -raw).
  const text = [
    'Priya Raman',
    'priya.raman.ux@gmail.com',
    'A B O U T Product designer with 9 years of experience turning messy workflows into calm software.',
    'E X P E R I E N C E Senior UX Designer · Brightpath Learning',
    'JAN 2021 — PRESENT · SEATTLE, WA',
    'UX Designer · Cascade Mutual Insurance',
    'JUN 2018 — DEC 2020 · BELLEVUE, WA',
    'S K I L L S & T O O L S Research',
    'Figma, Sketch, Maze, Dovetail',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['summary', 'experience', 'skills']);
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['Senior UX Designer', 'Brightpath Learning', 'JAN 2021 — PRESENT'],
    ['UX Designer', 'Cascade Mutual Insurance', 'JUN 2018 — DEC 2020'],
  ]);
});

test('-layout: a blank line inside a wrapped bullet, the rest in lower case under the bullet\'s text, does not start a new bullet', () => {
  const text = [
    'EXPERIENCE',
    ' Associate Software Engineer                                   Jul. 2024 – Present',
    ' Toyota Connected North America                                          Plano, TX',
    '    • Build and maintain Kotlin microservices in the telematics pipeline, which handles 40M+ events',
    '',
    '      per day',
    '    • Migrated three legacy cron jobs to AWS Step Functions, cutting failures by 60%',
    '',
    '      Built a status page for 12 services',
  ].join('\n');
  const [e] = allEntries(parseText(text));
  assert.deepEqual(e.bullets.map((b) => b.text.replace(/\s+/g, ' ')), [
    'Build and maintain Kotlin microservices in the telematics pipeline, which handles 40M+ events per day',
    'Migrated three legacy cron jobs to AWS Step Functions, cutting failures by 60%',
    'Built a status page for 12 services',
  ]);
});

test('-layout: a sidebar line between the two lines of an unmarked item leaves a gap that does not cut the item', () => {
  // A probe (an HTML résumé with a sidebar of skills): its rows stand between the main column's wrapped lines.
  const text = readFileSync(join(repoRoot, 'test/probes/pdf/web-physical-therapist.layout.txt'), 'utf8');
  const e = allEntries(parseText(text)).find((x) => x.title?.value === 'Senior Physical Therapist')!;
  assert.deepEqual(e.bullets.map((b) => b.text.replace(/\s+/g, ' ').slice(0, 60)), [
    'Manage a caseload of 55–60 outpatient visits per week, mainl',
    'Developed a post-ACL reconstruction protocol with two orthop',
    'Serve as clinical instructor for DPT students from Ohio Stat',
    'Responsible for weekly chart audits and plan-of-care reviews',
    'Cut average time from referral to first visit from 9 days to',
  ]);
  assert.match(e.bullets[0].text.replace(/\s+/g, ' '), /post-operative knee, shoulder and spine patients\.$/);
});

test('an HTML list without glyphs under a "Highlights" label is the entry\'s items, up to the next entry\'s header', () => {
  // A JSON Resume theme printed to PDF: the list's items keep no glyph in the text.
  const text = [
    'Volunteer',
    'Technology for Tots',
    'November 2003 – June 2005',
    'Technical Consultant',
    'Summary of this volunteer stint.',
    'Highlights',
    '',
    '   Accomplishment One',
    '',
    '   Accomplishment Two',
    '',
    '   etc',
    '',
    'US Army Reserves',
    'November 1999 – June 2003',
    'NCO',
    'Summary of this military stint.',
  ].join('\n');
  const es = allEntries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Technical Consultant', 'Technology for Tots'],
    ['NCO', 'US Army Reserves'],
  ]);
  // (A lower-case "etc" goes on with the item before it.)
  assert.deepEqual(es[0].bullets.map((b) => b.text.replace(/\s+/g, ' ')), ['Summary of this volunteer stint.', 'Accomplishment One', 'Accomplishment Two etc']);
});

test('a "Courses" label under a degree: the courses are that degree\'s, neither entries nor bullets', () => {
  const text = [
    'Education',
    'University of Oklahoma',
    'Bachelor of Science, Information Technology',
    '2011-06 – 2014-01',
    'Courses',
    'DB1101 - Basic SQL',
    'CS2011 - Java Introduction',
    'Georgia Institute of Technology',
    'Master of Science, Computer Science',
    '2014-08 – 2016-05',
  ].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.organisation?.value, e.bullets.length]), [
    ['University of Oklahoma', 0],
    ['Georgia Institute of Technology', 0],
  ]);
});

test('a role with a title, an organisation and a span of time in a Writing section is read as a role', () => {
  const text = [
    'Writing',
    'A Guide for Developers in Start-up   Jan. 2015 - Present',
    'Founder & Writer',
    '• Wrote 40 articles on hiring and infrastructure for early teams',
    'Sparse Attention at Scale, ICLR   2021',
  ].join('\n');
  const entries = allEntries(parseText(text));
  assert.deepEqual(entries.map((e) => [e.kind, e.title?.value]), [
    ['volunteer', 'Founder & Writer'],
    ['other', 'Sparse Attention at Scale'],
  ]);
});

test('a named line of the section\'s own kind is a sub-heading inside it, blank lines around it or not', () => {
  const text = [
    'Experience',
    '',
    'Engineer, Acme Inc   2019 - 2021',
    '• Built the billing service',
    '',
    'Honors & Awards',
    '',
    'International Awards',
    '',
    '2020   Finalist, DEFCON CTF   Las Vegas, U.S.A',
    '',
    'Domestic Awards',
    '',
    '2015   3rd Place, WITHCON Hacking Competition   Seoul, S.Korea',
  ].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => s.title), ['Experience', 'Honors & Awards']);
});

test('content order across a page break: a role\'s last bullets printed after the sidebar\'s section go back to the role', () => {
  const text = [
    'WORK EXPERIENCE',
    'Systems Analyst Mar 14 - Jan 15',
    'Research and Development',
    '• Designed the update and deployment automation',
    '• Built custom tools for LDAP operations',
    'CERTIFICATIONS',
    'LPIC 1 - Linux administrator',
    'Certificate issued by the Linux Professional Institute',
    'Online Classes',
    'It is important for me to stay up to date with the newest topics in the field of IT.',
    '• Shibboleth as identity provider combined with LDAP',
    '• Git for configuration and documentation versioning',
  ].join('\n');
  const r = parseText(text);
  assert.equal(roles(r)[0][5], 4);
  assert.ok(!r.sections[1].entries.some((e) => e.bullets.some((b) => /Shibboleth|Git for/.test(b.text))));
});

test('a line ending in a place right above a dated header line starts the next entry, not the bullet above', () => {
  const text = [
    'Experience',
    'Undergraduate Research, Computer Vision Lab   Pohang, S.Korea',
    'Researcher   Sep. 2012 - Feb. 2013',
    '• Implemented a prototype that finds the torrent of a video from one of its images on a web site.',
    'Software Maestro (funded by Korea Ministry of Knowledge and Economy) Seoul, S.Korea',
    'Software Engineer Trainee Jul. 2012 - Jun. 2013',
    '• Implemented an interactive simulator for Linux kernel memory management in Python.',
  ].join('\n');
  const r = roles(parseText(text));
  assert.deepEqual(r[1].slice(0, 3), ['Software Engineer Trainee', 'Software Maestro (funded by Korea Ministry of Knowledge and Economy)', 'Seoul, S.Korea']);
  assert.equal(r[0][5], 1);
});

test('a Title Case line over a paragraph before the first section is a section of its own where headings are Title Case lines', () => {
  const body = '\n\nEducation\nPrinceton University, PhD in Computer Science   2018 - 2023\n\nExperience\nNvidia, Research Intern   2022 - 2022\n• Cut inference latency by 30%\n\nProjects\nFlashInfer\n• Built attention kernels used by 3 labs\n';
  const para = 'RenderCV reads a CV written in a YAML file, and generates a PDF with professional typography and a layout that follows the theme.';
  const withLead = parseText(`John Doe\njohn@doe.dev\n\nWelcome to RenderCV\n${para}${body}`);
  assert.deepEqual(withLead.sections.map((s) => [s.title, s.kind]), [['Welcome to RenderCV', 'summary'], ['Education', 'education'], ['Experience', 'experience'], ['Projects', 'projects']]);
  // A headline (a job title) over the summary stays the headline, and the name stays the name.
  const headline = parseText(`John Doe\njohn@doe.dev\n\nSenior Machine Learning Engineer\n${para}${body}`);
  assert.equal(headline.sections[0].title, 'Education');
  assert.equal(headline.contact.name?.value, 'John Doe');
});

test('a date range wrapped in a narrow date column keeps its end, and the body line it opened keeps the rest', () => {
  // pdftotext default and -layout: the end comes out in front of the body's first line.
  const sameLine = [
    'Experience',
    '2019 – Operations Lead, Northwind Traders, Portland, OR, USA',
    'Present Running a night shift of 25 pickers across 3 warehouses and cutting stockouts by 30%.',
    '',
    '2014 – Shift Supervisor, Contoso Ltd, Salem, OR, USA',
    'Mar 2019 Scheduled 40 staff across two sites and trained 12 new leads.',
    '',
    'Projects',
    '2021 – Personal Project: Route Planner',
    'Present Built a route planner in Python used by 4 local food banks.',
  ].join('\n');
  const r = parseText(sameLine);
  assert.deepEqual(roles(r), [
    ['Operations Lead', 'Northwind Traders', 'Portland, OR, USA', '2019', 'Present', 1],
    ['Shift Supervisor', 'Contoso Ltd', 'Salem, OR, USA', '2014', 'Mar 2019', 1],
    ['Route Planner', undefined, undefined, '2021', 'Present', 1],
  ]);
  assert.equal(r.sections[0].entries[0].dates?.current, true);
  assert.match(bulletTexts(allEntries(r)[0])[0], /^Running a night shift/);
  assert.match(bulletTexts(allEntries(r)[1])[0], /^Scheduled 40 staff/);
  // pdf.js and -raw: the start and its dash, then the end, each on a line of its own.
  const ownLines = ['Experience', '2019 –', 'Present', 'Operations Lead, Northwind Traders, Portland, OR, USA', 'Ran a night shift of 25 pickers across 3 warehouses.', '2014 –', '2019', 'Shift Supervisor, Contoso Ltd, Salem, OR, USA', 'Scheduled 40 staff across two sites.'].join('\n');
  assert.deepEqual(roles(parseText(ownLines)), [
    ['Operations Lead', 'Northwind Traders', 'Portland, OR, USA', '2019', 'Present', 1],
    ['Shift Supervisor', 'Contoso Ltd', 'Salem, OR, USA', '2014', '2019', 1],
  ]);
  // A start the next line's date comes before is no wrapped range.
  const earlier = parseText(['Experience', '2019 – Operations Lead, Northwind Traders', '2012 Won the regional award for safety.'].join('\n'));
  assert.equal(allEntries(earlier)[0].dates?.end, undefined);
});

test('where bullets are marked, a full line ending a sentence is continued by an unmarked line even when it opens with a past verb', () => {
  const text = [
    'Experience',
    'Infrastructure Lead, Harbor Labs   Jun. 2018 – Jan. 2021',
    '• Migrated the orchestration system from DC/OS to Kubernetes on AWS EKS and ran 3 clusters with 300+ pods.',
    'Managed all Kubernetes manifests declaratively with Kustomize and ArgoCD.',
    '• Cut the monthly cloud bill by 30% with reserved instances and savings plans across every account.',
    '• Built the on-call rotation for 12 engineers.',
  ].join('\n');
  const e = allEntries(parseText(text))[0];
  assert.equal(e.bullets.length, 3);
  assert.match(bulletTexts(e)[0], /300\+ pods\. Managed all Kubernetes manifests/);
  // Unmarked items stay items of their own: nothing marks the document's bullets.
  const unmarked = text.replace(/• /g, '');
  assert.equal(allEntries(parseText(unmarked))[0].bullets.length, 4);
});

test('a lower-case line that ends a sentence right above the next entry\'s dates ends the paragraph above, not a header', () => {
  // The sidebar's narrow lines are far shorter than the main column's, so none of them reads as full.
  const text = [
    'Experience',
    'Systems Analyst, Harbor Labs   2011 - 2015',
    '• Replaced the nightly batch import with a streaming pipeline that cut the reporting delay from a day to minutes',
    '• Wrote the internal tools for role review, reporting and troubleshooting used by every team in the company',
    'Education',
    '2009 - 2011',
    'M. Sc. Physics',
    'Universität Bonn',
    'Main focus of those studies was',
    'numerical time series analysis of',
    'nonlinear dynamical systems. The',
    'code was tuned for cluster com-',
    'puting. For those purposes a dis-',
    'tributed computing cluster had',
    'to be set up and administrated.',
    '2006 - 2009',
    'B. Sc. Physics',
    'Universität Bonn',
    'The thesis was on Feshbach resonance.',
  ].join('\n');
  const es = allEntries(parseText(text)).filter((e) => e.kind === 'education');
  assert.equal(es.length, 2);
  assert.equal(es[0].bullets.length, 1);
  assert.match(bulletTexts(es[0]).join(' '), /cluster had to be set up and administrated\.$/);
  assert.ok(!bulletTexts(es[0]).some((b) => /^to be set up/.test(b)));
});

test('a lone line among a dated entry\'s items that reads like an item (an HTML list item prints no glyph) is one more item, not a new entry', () => {
  const text = [
    'EXPERIENCE',
    'CEO/President',
    'Dec 2013 - Dec 2014',
    'Pied Piper is a multi-platform technology based on a proprietary compression algorithm.',
    'Build an algorithm for artists to detect if their music was violating copyright',
    'Successfully won Techcrunch Disrupt',
    'Optimized an algorithm that holds the current world record for Weissman scores',
    'Over 3000 stars on Github',
    'Community developed themes',
    'Tens of thousands of users rely on it',
    '',
    'Software Developer',
    'Hooli',
    'Apr 2011 - Nov 2013',
    'Built the compression API used by 3 teams',
  ].join('\n');
  const es = allEntries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.bullets.length]), [['CEO/President', 7], ['Software Developer', 1]]);
  assert.equal(es[1].organisation?.value, 'Hooli');
});

test('after a blank line, a header line that leads straight into items stays in the dated header above it', () => {
  // HTML themes print the organisation, a blank, the dates, a blank, then the role.
  const text = ['Volunteer', 'CoderDojo', '2012-01-01 — 2013-01-01', '', 'Teacher', 'Global movement of free coding clubs for young people.', 'Hackers United', '2010-01-01 — 2011-06-01', '', 'Mentor', 'Ran weekly workshops for 20 students.', 'Skills', 'Go', 'Rust', 'Python', 'Kubernetes', 'Terraform'].join('\n');
  const es = allEntries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Teacher', 'CoderDojo', 2012, 1],
    ['Mentor', 'Hackers United', 2010, 1],
  ]);
});

test('a line that breaks a word across lines is running text, not a header line', () => {
  const text = [
    'Education',
    '2015 / 07 - University of Bremen',
    'Graduated as M.Sc. Digital Media',
    '',
    '    Master Thesis: Semi Automated Scoring in Technol-',
    '    ogy Based Assessment',
    '    Developed and evaluated an algorithm for semi auto-',
    '    mated scoring of spreadsheet data',
  ].join('\n');
  const es = allEntries(parseText(text));
  assert.equal(es.length, 1);
  assert.equal(es[0].title?.value, 'Graduated as M.Sc. Digital Media');
  assert.equal(es[0].bullets.length, 2);
  assert.match(bulletTexts(es[0])[0], /^Master Thesis: Semi Automated Scoring in Technol-\s*ogy Based Assessment$/);
});

test('short list items printed without a glyph before the next entry are the items of the entry above, not entries', () => {
  // An HTML template prints highlights as a list with no marker: title, company, dates, a
  // paragraph, then short items; the next entry's header has as many lines before its date.
  const text = [
    'Work',
    '',
    'Platform Engineer',
    'Tidewater Systems',
    'May 2020 – Present',
    'Lisbon',
    'Built the payments platform from scratch and moved every team onto it within a year.',
    'React / Next',
    'Node / Postgres',
    'Kubernetes on GCP',
    '',
    'Frontend Developer',
    'Larkspur Labs',
    'Mar 2017 – Apr 2020',
    'Lisbon',
    'Shipped the booking app used by 40,000 clinics.',
    'Redux',
    'Storybook',
    'Jest',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Platform Engineer', 'Tidewater Systems', 'Lisbon', 'May 2020', 'Present', 4],
    ['Frontend Developer', 'Larkspur Labs', 'Lisbon', 'Mar 2017', 'Apr 2020', 4],
  ]);
  // One short line at a section's end may be a header whose dates went elsewhere: it stays a header.
  const cut = parseText(['Education', 'Master Studies Digital Media', 'University of Bremen, 2012 - 2015', 'Classes in research methods and software development', 'Semester Abroad'].join('\n'));
  assert.equal(allEntries(cut)[0].bullets.length, 1);
});

test('where entries open with their date, lines before the next date are not taken as items', () => {
  const text = ['Education', '2009 - 2011', 'M.Sc. Physics', 'University of Bonn', 'Thesis on time series of nonlinear systems.', 'Systems Analyst', 'Research and Development', '2006 - 2009', 'B.Sc. Physics', 'University of Bonn'].join('\n');
  const es = allEntries(parseText(text));
  assert.equal(es[0].bullets.length, 1);
  assert.ok(es.length >= 2);
  assert.ok(!es[0].bullets.some((b) => /Systems Analyst|Research and Development/.test(b.text)));
});

test('a name wrapped in a narrow column ("Massachusetts Institute of" / "Technology", "University of California," / "Berkeley") is one organisation', () => {
  const text = [
    'Education',
    'University of California,',
    'Berkeley',
    'B.S. Computer Science, 2013 – 2017',
    '• Dean\'s list for six semesters',
    'Massachusetts Institute of',
    'Technology',
    'M.S. Robotics, 2017 – 2019',
    '• Thesis on legged locomotion',
  ].join('\n');
  const es = allEntries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['B.S. Computer Science', 'University of California, Berkeley', undefined, 1],
    ['M.S. Robotics', 'Massachusetts Institute of Technology', undefined, 1],
  ]);
  // -layout: the dates against the right margin stand between the two halves of the name.
  const layout = ['Education', 'PhD Physics at Tata Institute of          Aug 2020 - Current', 'Fundamental Research', 'Major courses: Algorithms · Distributed Systems'].join('\n');
  assert.equal(allEntries(parseText(layout))[0].organisation?.value, 'Tata Institute of Fundamental Research');
});

test('a second school line at the end of an entry\'s header leads the next degree, not this one', () => {
  const text = ['Education', 'University of Texas, Austin                                        2012 – 2016', 'B.S. Computer Science', 'University of California, Berkeley', 'M.S. Electrical Engineering, 2016 – 2018'].join('\n');
  const es = allEntries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [
    ['B.S. Computer Science', 'University of Texas, Austin', 2012],
    ['M.S. Electrical Engineering', 'University of California, Berkeley', 2016],
  ]);
});

test('a name set large enough to wrap after an honorific ("Dr. Lena" / "Vasquez") is the whole name', () => {
  const r = parseText(['Dr. Lena', 'Vasquez', '', 'lena.vasquez@example.com', '', 'EXPERIENCE', 'Confluent, Staff Software Engineer          Feb 2020 – Present', '• Cut p99 latency 40%'].join('\n'));
  assert.equal(r.contact.name?.value, 'Dr. Lena Vasquez');
  assert.equal(parseText('Dr. Lena Vasquez\nlena@example.com\n').contact.name?.value, 'Dr. Lena Vasquez');
});

test('an address wrapped in a narrow column anywhere ("…, Unit 1402, San" / "Francisco, California, US, 94105") is the whole location', () => {
  const r = parseText(['Lena Vasquez', 'lena.vasquez@example.com', '88 Harrison Street, Unit 1402, San', 'Francisco, California, US, 94105', '', 'EXPERIENCE', 'Confluent, Staff Software Engineer          Feb 2020 – Present', '• Cut p99 latency 40%'].join('\n'));
  assert.equal(r.contact.location?.value.replace(/\s+/g, ' '), '88 Harrison Street, Unit 1402, San Francisco, California, US, 94105');
  // A street line followed by a line of something else keeps what it had.
  const other = parseText(['Lena Vasquez', '88 Harrison Street, Unit 1402', 'Staff engineer building storage systems for 14 years.', '', 'EXPERIENCE', 'Confluent, Staff Software Engineer          Feb 2020 – Present'].join('\n'));
  assert.ok(!/Staff engineer/.test(other.contact.location?.value ?? ''));
});

test('a bare handle after an icon glyph that came out as another character ("ð apennyworth") is a profile link', () => {
  const r = parseText(['Alfred Pennyworth', 'Product Manager', '', 'Silicon Valley, CA, USA', 'I (123) 456-7890', '# alfred.pennyworth@email.com', 'ð apennyworth', '§ apenny-w', '', 'Professional Summary', 'Seasoned product manager.'].join('\n'));
  assert.deepEqual(r.contact.links.map((l) => l.value), ['apennyworth', 'apenny-w']);
  // A capitalised word or a number after a glyph is no handle.
  assert.deepEqual(parseText(['Alfred Pennyworth', '• Leadership', '• 2024', '', 'Summary', 'Seasoned product manager.'].join('\n')).contact.links, []);
});

test('a bare "@handle" that is a whole field of a contact line is a profile link, and addresses under more national domains are links ("wanjirukamau.co.ke", "inesrocha.pt", "rafaelasouza.eco")', () => {
  const r = parseText(['Wanjiru Kamau', 'wanjiru@example.com | +254 712 345 678 | @wkamau_reports', 'wanjirukamau.co.ke', 'inesrocha.pt · rafaelasouza.eco', '', 'Summary', 'Investigative reporter.'].join('\n'));
  assert.deepEqual(r.contact.links.map((l) => l.value), ['@wkamau_reports', 'wanjirukamau.co.ke', 'inesrocha.pt', 'rafaelasouza.eco']);
  // ("Engineer @Google": a handle run into other words is no field of its own.)
  assert.deepEqual(parseText(['Jo Smith', 'Engineer @Google', 'jo@example.com', '', 'Summary', 'Engineer.'].join('\n')).contact.links, []);
});

test('contact: a place with its postcode is a field of a contact line, icons between the fields or separators ("⌂ Parramatta NSW 2150 ☎ …", "Paddington QLD 4064 | …"); a suburb, its city and a postcode alone on a line is the place ("Roundhay, Leeds LS8")', () => {
  const where = (lines: string[]) => parseText([...lines, '', 'Summary', 'Structural engineer.'].join('\n')).contact.location?.value;
  assert.equal(where(['Liam O’Connell', '⌂ Parramatta NSW 2150 ☎ 0412 558 903 ✉ liam@example.com']), 'Parramatta NSW 2150');
  assert.equal(where(['Chloe Marchetti', 'Paddington QLD 4064 | 0423 555 716 | chloe@example.com']), 'Paddington QLD 4064');
  assert.equal(where(['Bethany Okoro', 'b.okoro@example.com', 'Roundhay, Leeds LS8']), 'Roundhay, Leeds LS8');
  // (A field with other digits is no place: a licence number.)
  assert.equal(where(['Jo Smith', 'jo@example.com | Licence 881204 | 0412 736 509']), undefined);
});

test('an organisation with a note on what it does ("Dropbox · Cloud storage and collaboration") right above its dates is a header line', () => {
  const text = [
    'Work',
    'Staff Software Engineer',
    'Confluent · Data streaming platform built on Apache Kafka',
    'Feb 2020 – Present',
    'Mountain View, CA',
    'Designed the tiered-storage architecture that offloaded 80% of broker disk usage',
    'Senior Software Engineer',
    'Dropbox · Cloud storage and collaboration',
    'Jun 2015 – Jan 2020',
    'San Francisco, CA',
    'Built the erasure-coding pipeline that reduced storage cost per byte by 25%',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Staff Software Engineer', 'Confluent', 'Mountain View, CA', 'Feb 2020', 'Present', 1],
    ['Senior Software Engineer', 'Dropbox', 'San Francisco, CA', 'Jun 2015', 'Jan 2020', 1],
  ]);
});

test('a line that opens with a past verb is something done even when it names a role ("Awarded \'Teacher of the Month\'")', () => {
  const text = ['VOLUNTEERING', 'CoderDojo, Teacher', '2012-01-01 — 2013-01-01', 'Global movement of free coding clubs for young people.', "Awarded 'Teacher of the Month'", 'EDUCATION', 'University of Oklahoma', 'Bachelor - Information Technology', '2011-06-01 — 2014-01-01'].join('\n');
  const es = allEntries(parseText(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Teacher', 'CoderDojo', 2],
    // The degree keeps its field of study, as printed.
    ['Bachelor - Information Technology', 'University of Oklahoma', 0],
  ]);
});

test('a gutter through a list of skills in columns does not reach the roles below, whose dates stand against the margin; a column of bullet glyphs is no column', () => {
  const L = (a: string, b: string, c = '') => (c ? a.padEnd(26) + b.padEnd(28) + c : a.padEnd(66) + b).trimEnd();
  const text = [
    'Kim Sorensen',
    '',
    'CORE COMPETENCIES',
    '',
    L('P&L Management', 'Loss Prevention', 'Visual Merchandising'),
    L('Hiring & Training', 'Inventory Management', 'Customer Experience'),
    L('Labor Scheduling', 'Vendor Relations', 'New Store Openings'),
    '',
    '',
    'PROFESSIONAL EXPERIENCE',
    '',
    L('SUNWEST HOME & GARDEN, INC.', 'Phoenix, AZ'),
    L('Store Manager, Store #214 (Glendale)', 'March 2019 to Current'),
    '*  Full P&L responsibility for a $28M store with 95 associates',
    '*  Grew comp sales 7.4% in 2023, #3 of 62 stores in the region',
    '*  Reduced shrink from 2.1% to 1.2% of sales',
    L('Assistant Store Manager, Store #187 (Peoria)', 'June 2015 to February 2019'),
    '*  Ran the store in the Store Manager\'s absence',
  ].join('\n');
  const es = allEntries(parseText(text)).filter((e) => e.kind === 'work');
  assert.deepEqual(es.map((e) => [e.title?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Store Manager', 'March 2019', 3],
    ['Assistant Store Manager', 'June 2015', 1],
  ]);
  assert.match(es[0].bullets[0].text, /^Full P&L responsibility/);
});

test('a gutter through skills in columns stops at the roles below even when each role is one dated row over its items (a JSON Resume theme printed to PDF)', () => {
  const L = (a: string, b: string, c = '') => (c ? a.padEnd(43) + b.padEnd(43) + c : a.padEnd(100) + b).trimEnd();
  const text = [
    'Bobby Baker',
    'bobby@example.com',
    '',
    'SKILLS',
    '',
    L('MEAN', 'J2EE', 'Micro Services'),
    L('master', 'master', 'intermediate'),
    L('Mongo · Express · Angular', 'WebSphere · Java · JSP', 'Vert.x · AWS'),
    '',
    L('Big Data', 'Dev Ops'),
    L('master', 'master'),
    L('Hadoop · HBASE · SPARK', 'Jenkins · AWS · Docker'),
    '',
    'WORK EXPERIENCE',
    '',
    L('Freelancer', 'Jan 2016 - Current'),
    '',
    'Test Driven Development',
    '   Geoprocessing',
    '   Front End Applications',
    '   Web Mapping',
    '',
    L('Software Journeyman', 'Oct 2016 - Current'),
    '',
    'Extreme Programming',
    '   Developed a cyber security solution, using advanced analytics to identify malicious threats and vulnerabilities.',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['skills', 'experience']);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.dates?.start?.text]), [
    ['Freelancer', 'Jan 2016'],
    ['Software Journeyman', 'Oct 2016'],
  ]);
});

test('pdftotext -layout: dates and durations set against the margin of bullet lines belong to the entry, not the bullets', () => {
  const pad = (l: string, r: string) => l + ' '.repeat(Math.max(6, 100 - l.length - r.length)) + r;
  const text = [
    'Jo Rivers',
    '',
    'Experience',
    pad('Nexus AI, Co-Founder & CTO', 'San Francisco, CA'),
    pad(' • Built foundation model infrastructure serving 2M+ monthly API requests with 99.97%', 'June 2023 – present'),
    pad('   uptime', '2 years 10 months'),
    ' • Raised $18M Series A led by Sequoia Capital, with participation from a16z and Founders',
    '   Fund',
    ' • Scaled engineering team from 3 to 28 across ML research, platform, and applied AI',
    '',
    pad('NVIDIA Research, Research Intern', 'Santa Clara, CA'),
    pad(' • Designed sparse attention mechanism reducing transformer memory footprint by 4.2x', 'May 2022 – Aug 2022'),
    pad(' • Co-authored paper accepted at NeurIPS 2022 (spotlight presentation, top 5%)', '4 months'),
    '',
  ].join('\n');
  const es = allEntries(parseText(text));
  assert.deepEqual(
    es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.current || e.dates?.end?.year, e.bullets.length]),
    [['Co-Founder & CTO', 'Nexus AI', 2023, true, 3], ['Research Intern', 'NVIDIA Research', 2022, 2022, 2]],
  );
  assert.deepEqual(bulletTexts(es[0]).map((b) => b.replace(/\s+/g, ' ')), [
    'Built foundation model infrastructure serving 2M+ monthly API requests with 99.97% uptime',
    'Raised $18M Series A led by Sequoia Capital, with participation from a16z and Founders Fund',
    'Scaled engineering team from 3 to 28 across ML research, platform, and applied AI',
  ]);
});

test('a date column too narrow for its range: "Mar 2021 –" / "Present" wraps, by whole lines or beside the header\'s cells', () => {
  // pdftotext default: the date column's two lines, a blank, then the title and employer.
  const plain = ['WORK HISTORY', 'Mar 2021 –', 'Present', '', 'Logistics Coordinator', 'Midwest Freight Solutions, Joliet, IL', 'Coordinate 60–80 truckload shipments a day for 14 accounts.', 'Negotiated spot rates with 40+ carriers, saving $310K in 2023.', '', '2019 –', '2021', '', 'Inbound Logistics Specialist', 'Lakeshore Distribution Co., Bolingbrook, IL', 'Reduced detention charges by 22% across shifts.'].join('\n');
  const want = [
    ['Logistics Coordinator', 'Midwest Freight Solutions', 'Joliet, IL', 'Mar 2021', 'Present', 2],
    ['Inbound Logistics Specialist', 'Lakeshore Distribution Co.', 'Bolingbrook, IL', '2019', '2021', 1],
  ];
  assert.deepEqual(roles(parseText(plain)), want);
  // pdftotext -layout: the same column beside the header's lines.
  const C = (left: string, right: string) => left.padEnd(18) + right;
  const layout = ['WORK HISTORY', C('   Mar 2021 –', 'Logistics Coordinator'), C('     Present', 'Midwest Freight Solutions, Joliet, IL'), C('', 'Coordinate 60–80 truckload shipments a day for 14 accounts.'), C('', 'Negotiated spot rates with 40+ carriers, saving $310K in 2023.'), '', C('        2019 –', 'Inbound Logistics Specialist'), C('         2021', 'Lakeshore Distribution Co., Bolingbrook, IL'), C('', 'Reduced detention charges by 22% across shifts.')].join('\n');
  assert.deepEqual(roles(parseText(layout)), want);
});

test('a sidebar\'s contact corner copied into the profile: the place beside the phone and the e-mail is the address; a Europass "Home:" line is one too', () => {
  const text = [
    'Miguel A. Santana, P.E.',
    'Senior Power Systems Engineer',
    'CONTACT',
    '',
    'PROFILE',
    '',
    'Phoenix, AZ 85016',
    '(602) 555-0187',
    'miguel.santana.pe@gmail.com',
    '',
    'Licensed professional engineer with 9+ years in transmission planning and interconnection studies.',
  ].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.location?.value, 'Phoenix, AZ 85016');
  assert.equal(r.contact.phone?.value, '(602) 555-0187');
  // A place alone in the profile, with no contact line beside it, stays the profile's.
  const alone = parseText(['Ana Ruiz', 'ana@ruiz.dev', '', 'PROFILE', 'Phoenix, AZ', '', 'Engineer with 9 years in grid studies.'].join('\n'));
  assert.notEqual(alone.contact.location?.value, 'Phoenix, AZ');
  const europass = parseText(['Inês Ferreira', 'Phone number: (+351) 912 345 678 (Mobile)', 'Email address: ines.ferreira@gmail.com', 'Home: Rua de São Bento 214, 1200-820 Lisbon (Portugal)', '', 'ABOUT ME', 'Hotel operations manager with 14 years in front office.'].join('\n'));
  assert.equal(europass.contact.location?.value, 'Rua de São Bento 214, 1200-820 Lisbon (Portugal)');
  assert.equal(europass.contact.phone?.value, '(+351) 912 345 678');
});

test('a numbered list of publications after the roles stays in its section: its items are no role\'s bullets run on', () => {
  const text = [
    'EXPERIENCE',
    'Research Assistant, INPA, Manaus (2013 – 2014)',
    '• Mist-netted and banded understory birds in forest fragments',
    '• Trained volunteers in bird handling and data entry',
    '',
    'PUBLICATIONS',
    'Peer-reviewed articles (* supervised student)',
    '2. Souza, R.M. & Pizo, M.A. (2020). Frugivore body size and seed dispersal distances. Oecologia 193: 1–12.',
    '1. Ferreira, L.C., Souza, R.M. & Cintra, R. (2017). Understory bird recaptures. Ibis 159: 2217–2224.',
  ].join('\n');
  const r = parseText(text);
  const role = allEntries(r).find((e) => e.title?.value === 'Research Assistant')!;
  assert.equal(role.bullets.length, 2);
  const pubs = r.sections.find((s) => s.kind === 'publications')!;
  assert.equal(pubs.entries.flatMap((e) => e.bullets).filter((b) => /Souza|Ferreira/.test(b.text)).length, 2);
  // A citation's pages are no dates of an entry.
  assert.equal(pubs.entries.some((e) => e.dates?.start?.year === 2217), false);
});

test('an employer\'s line ending in a dotted region code ("Arca Continental Monterrey, N.L.") is a header, not a sentence run on from the bullet above', () => {
  const text = [
    'EXPERIENCE',
    'Arca Continental Monterrey, N.L.',
    'Senior Demand & Supply Planner 03/2022 – Present',
    '• Own the S&OP demand plan for 14 SKU families across 6 bottling plants in northern Mexico',
    '• Built a Power BI dashboard of plant-level forecasting accuracy used by 40 planners',
    'Arca Continental Monterrey, N.L.',
    'Supply Planner 08/2019 – 02/2022',
    '• Plan production and transfers for 3 plants and 11 distribution centres',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Senior Demand & Supply Planner', 'Arca Continental', 'Monterrey, N.L.', '03/2022', 'Present', 2],
    ['Supply Planner', 'Arca Continental', 'Monterrey, N.L.', '08/2019', '02/2022', 1],
  ]);
});

test('small capitals with a lower-case "i" ("PROFiLE"), an icon glyph copied as a letter before a heading ("đ EXPERiENCE", "ç LANGUAGES"), and an icon bullet no list knows ("➔") read as what they are', () => {
  const text = [
    'Emma Kowalczyk',
    'emma.kowalczyk@outlook.com.au',
    'i PROFiLE',
    'Chemistry and science teacher with 10 years in Queensland state and independent schools.',
    'đ EXPERiENCE',
    'Science Teacher, Downs Christian College, Toowoomba QLD (Feb 2014 – Dec 2016)',
    '➔ Taught general science, chemistry and biology to Years 7–12',
    '➔ Organised the Year 9 science camp for 60 students and 6 staff',
    '➔ Coached students for the Australian Science Olympiad exam',
    'ç LANGUAGES',
    'English, Polish',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['summary', 'experience', 'languages']);
  const role = allEntries(r).find((e) => e.kind === 'work')!;
  assert.deepEqual(bulletTexts(role), ['Taught general science, chemistry and biology to Years 7–12', 'Organised the Year 9 science camp for 60 students and 6 staff', 'Coached students for the Australian Science Olympiad exam']);
  // One line opened by such a sign is no bullet: "☏ 0412 736 509" is a phone after its icon.
  assert.equal(parseText('Emma Kowalczyk\n☏ 0412 736 509\n\nEXPERIENCE\nTeacher, Acme (2014 – 2016)\n').contact.phone?.value, '0412 736 509');
});

test('headings a template sets in lower case ("about", "experience", "education") name their sections where three lines or more are such names; one alone is prose', () => {
  const text = [
    'wanjiru kamau',
    'investigative journalist & data reporter',
    'about',
    'I am an investigative reporter with 11 years in Kenyan newsrooms.',
    'experience',
    '2017–2021 Nation Media Group Nairobi, Kenya',
    'Reporter, Health Desk',
    '• Filed an average of 12 stories a month, including weekend features',
    'education',
    '2008–2012 Bachelor of Arts in Communication Moi University, Eldoret',
  ].join('\n');
  assert.deepEqual(parseText(text).sections.map((s) => [s.title, s.kind]), [['about', 'summary'], ['experience', 'experience'], ['education', 'education']]);
  const one = parseText(['Ana Ruiz', 'ana@ruiz.dev', '', 'SUMMARY', 'Reporter with eleven years of', 'experience', 'in newsrooms across East Africa.'].join('\n'));
  assert.deepEqual(one.sections.map((s) => s.kind), ['summary']);
});

test('an icon font\'s map pin or calendar copied as "+" or "{" before a field is no part of it; "Strengths" and "Most proud of" name sections', () => {
  const text = [
    'SELECTED PROJECTS',
    'Marvila Riverside Housing',
    '{ 2021 – 2024 + Lisbon',
    '112 affordable rental flats in three timber-hybrid blocks around a shared courtyard.',
    'KEY STRENGTHS',
    'Revit, Rhino + Grasshopper, AutoCAD',
    'MOST PROUD OF',
    'Prémio Secil shortlist, 2022',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['projects', 'skills', 'awards']);
  const p = r.sections[0].entries[0];
  assert.deepEqual([p.title?.value, p.organisation?.value, p.location?.value, p.dates?.start?.text], ['Marvila Riverside Housing', undefined, 'Lisbon', '2021']);
});

test('pdf.js: a large name run into the town under it ("Wanjiru KamauNairobi, Kenya") is the name, and the town the place; "Ann McAllen" stays whole', () => {
  const r = parseText('Wanjiru KamauNairobi, Kenya | wanjiru@mail.com | +254 712 345 678\nData Engineer\n\nExperience\n');
  assert.equal(r.contact.name?.value, 'Wanjiru Kamau');
  assert.equal(r.contact.location?.value, 'Nairobi, Kenya');
  const rosa = parseText('Rosa Delgado-WhitfieldChicago, IL | rosa@mail.com\n\nExperience\n');
  assert.equal(rosa.contact.location?.value, 'Chicago, IL');
  assert.equal(parseText('Ann McAllen\nann@mail.com\n\nExperience\n').contact.name?.value, 'Ann McAllen');
});

test('two lines of the same shape on one side of one page break are the page\'s own lines, not its running foot ("MAY 2013", "MAY 2011": two degrees\' dates before the break)', () => {
  const text = ['Daniel Okafor', 'dokafor@gmail.com', '', 'Education', 'North Carolina State University, Raleigh, NC — M.S., Civil Engineering', 'MAY 2013', '', 'North Carolina State University, Raleigh, NC — B.S., Civil Engineering', 'MAY 2011', '', '', '\fDaniel Okafor — Page 2', '', 'Skills', 'AutoCAD, HEC-RAS'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => e.dates?.text), ['MAY 2013', 'MAY 2011']);
  // A running foot still goes: the same words at each page's foot.
  const footed = ['Jane Doe', 'jane@mail.com', '', 'Experience', 'Engineer, Acme', '2019 – 2021', '• Built the billing service', '', 'Jane Doe · Résumé 1', '\fAnalyst, Initech', '2016 – 2019', '• Wrote reports', '', 'Jane Doe · Résumé 2', '\f'].join('\n');
  assert.deepEqual(allEntries(parseText(footed)).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Engineer', 'Acme', 1],
    ['Analyst', 'Initech', 1],
  ]);
});

test('a line of dates alone over the next entry\'s head, which has the same dates or none, is that entry\'s, no entry of its own ("2016" / "Problem Writer, 2016 CODEGATE Hacking Competition World Final")', () => {
  const text = ['Claud Park', 'claud@mail.com', '', 'Program Committees', '2016', '', 'Problem Writer, 2016 CODEGATE Hacking Competition World Final', '', 'S.Korea', '', '2013', '', 'Organizer & Co-director, 1st POSTECH Hackathon', '', 'S.Korea'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.dates?.text]), [
    ['Problem Writer', '2016'],
    ['Organizer & Co-director', '2013'],
  ]);
});

test('lines that differ in a year either side of a page break are two entries\' lines, not a running head ("TAFE NSW, Mount Druitt | 2021" / "\\fCertificate III …" / "TAFE NSW, Mount Druitt | 2018")', () => {
  const text = ['Mei Lin Tran', 'meilin@gmail.com', '', 'Education & Qualifications', 'Diploma of Early Childhood Education and Care (CHC50121)', 'TAFE NSW, Mount Druitt | 2021', '\fCertificate III in Early Childhood Education and Care (CHC30113)', 'TAFE NSW, Mount Druitt | 2018', 'Higher School Certificate', 'Chifley College, Mount Druitt | 2014'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => e.dates?.text), ['2021', '2018', '2014']);
  // A page number still differs from page to page: "Jane Doe – 1/2", "Jane Doe – 2/2".
  const paged = ['Jane Doe', 'jane@mail.com', '', 'Experience', 'Engineer, Acme', '2019 – 2021', '• Built the billing service', '', 'Jane Doe – 1/2', '\fAnalyst, Initech', '2016 – 2019', '• Wrote reports', '', 'Jane Doe – 2/2', '\f'].join('\n');
  assert.deepEqual(allEntries(parseText(paged)).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Engineer', 'Acme', 1],
    ['Analyst', 'Initech', 1],
  ]);
});

test('pdftotext -layout: a left column of dates with the end above the start ("Present" over "Jan 2021", YAAC) heads the rows beside it; it is no column to read first', () => {
  const text = readFileSync(join(repoRoot, 'test/probes/pdf/latex8-yaac-chem-teacher.layout.txt'), 'utf8');
  const r = parseText(text);
  const of = (kind: string) => r.sections.filter((s) => s.kind === kind).flatMap((s) => s.entries.map((e) => [e.title?.value, e.organisation?.value]));
  assert.deepEqual(of('experience').filter(([t]) => /Teacher|Chemistry$/.test(t ?? '')), [
    ['Head of Chemistry', 'ASHGROVE HiLLS STATE HiGH SCHOOL'],
    ['Science Teacher', 'ASHGROVE HiLLS STATE HiGH SCHOOL'],
    ['Science Teacher', 'DOWNS CHRiSTiAN COLLEGE'],
  ]);
  assert.deepEqual(of('education'), [
    ['Graduate Diploma of Education (Secondary)', 'Queensland University of Technology'],
    ['Bachelor of Science (Chemistry)', 'The University of Queensland'],
  ]);
});

test('LinkedIn\'s export: a place alone under a role\'s dates is the role\'s place, and the employer keeps a country it ends with ("Northwind Logistics Canada" / … / "Mississauga, Ontario, Canada")', () => {
  // The sidebar's lines run between the role's head and its dates, as pdftotext copies LinkedIn's PDF.
  const text = readFileSync(join(repoRoot, 'test/probes/pdf/linkedin-hr-business-partner.pdftotext.txt'), 'utf8');
  const r = parseText(text);
  const exp = r.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.entries);
  assert.deepEqual(exp.slice(0, 2).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Senior HR Business Partner', 'Northwind Logistics Canada', 'Mississauga, Ontario, Canada', 'January 2024', 6],
    ['HR Business Partner', 'Northwind Logistics Canada', 'Mississauga, Ontario, Canada', 'May 2022', 1],
  ]);
});

test('a role named at length, with words in angle brackets and its dates closing the line, is a header; HTML tags are still markup ("Researcher for <Detecting video’s torrents …> Sep. 2012 Feb. 2013")', () => {
  const text = ['Kim Minho', 'kim@mail.com', '', 'Experience', 'Undergraduate Research, Computer Vision Lab Pohang, S.Korea', 'Researcher for <Detecting video’s torrents using image similarity algorithms> Sep. 2012 Feb. 2013', '• Researched means of retrieving a video from image contents.', '• Implemented a prototype that finds torrent links for an image.'].join('\n');
  const [e] = allEntries(parseText(text));
  assert.equal(e.title?.value, 'Researcher for <Detecting video’s torrents using image similarity algorithms>');
  assert.equal(e.dates?.start?.text, 'Sep. 2012');
  assert.equal(e.bullets.length, 2);
  // pdftotext's order: the role's line alone, its place and dates under it.
  const apart = ['Kim Minho', 'kim@mail.com', '', 'Experience', 'Undergraduate Research, Computer Vision Lab', 'Researcher for <Detecting video’s torrents using image similarity algorithms>', '', 'Pohang, S.Korea', 'Sep. 2012 – Feb. 2013', '', '• Researched means of retrieving a video from image contents.', '• Implemented a prototype that finds torrent links for an image.'].join('\n');
  const [f] = allEntries(parseText(apart));
  assert.deepEqual([f.title?.value, f.dates?.start?.text, f.bullets.length], ['Researcher for <Detecting video’s torrents using image similarity algorithms>', 'Sep. 2012', 2]);
  // A bullet that opens with a job's word and goes on in lower case is still a bullet.
  const bullet = ['Kim Minho', 'kim@mail.com', '', 'Experience', 'Principal Developer, Veridian Dynamics', 'Jul 2011 – Aug 2013', 'Developer on numerous projects culminating in a technical lead role', 'Built the billing service used by 3,000 shops'].join('\n');
  assert.equal(allEntries(parseText(bullet)).length, 1);
  const tagged = parseText(['Kim Minho', 'kim@mail.com', '', 'Experience', 'Software Engineer <br/> <span class="x">Acme</span>', 'Jan 2019 – Present', '• Built the billing service'].join('\n'));
  assert.deepEqual(allEntries(tagged).map((x) => [x.title?.value, x.organisation?.value]), [['Software Engineer', 'Acme']]);
});

test('a state alone under a header line that ends on a comma is the end of its place ("… Sports Health, Cleveland," / "OH")', () => {
  const text = ['Dana Reyes, PT', 'dana@mail.com', '', 'CLINICAL ROTATIONS', 'Inpatient Acute Care — Riverside Methodist Hospital, Columbus, OH', 'Spring 2019', 'Outpatient Orthopedics — Cleveland Clinic Sports Health, Cleveland,', 'OH', 'Fall 2018'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.location?.value, e.dates?.text]), [
    ['Inpatient Acute Care', 'Columbus, OH', 'Spring 2019'],
    ['Outpatient Orthopedics', 'Cleveland, OH', 'Fall 2018'],
  ]);
});

test('a second role under an employer\'s line that names the same unit after its title is a further role there ("Vice President, Quantitative Analytics – Market Risk" / "Associate, Quantitative Analytics – Model Validation")', () => {
  const text = ['Daniel Ferreira', 'dj@mail.com', 'PROFESSIONAL EXPERIENCE', 'WELLS FARGO CORPORATE & INVESTMENT BANKING New York, NY', 'Vice President, Quantitative Analytics – Market Risk Jan 2022 – Present', '• Lead the FRTB internal-models workstream for rates', 'Associate, Quantitative Analytics – Model Validation Jul 2019 – Dec 2021', '• Validate 25+ models a year against SR 11-7 guidance', 'MOODY’S ANALYTICS New York, NY', 'Quantitative Analyst Jun 2017 – Jun 2019', '• Built credit-risk scorecards for 40 lenders'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Vice President, Quantitative Analytics – Market Risk', 'WELLS FARGO CORPORATE & INVESTMENT BANKING'],
    ['Associate, Quantitative Analytics – Model Validation', 'WELLS FARGO CORPORATE & INVESTMENT BANKING'],
    ['Quantitative Analyst', 'MOODY’S ANALYTICS'],
  ]);
});

test('a left column of dates printed before its entries gives each entry its own dates, in order ("2014" / "2007" / "Ph.D., Immunology" … / "B.Tech., Industrial Biotechnology" …)', () => {
  const text = ['Ravi Menon', 'ravi@mail.com', '', 'EDUCATION', '2014', '', '2007', '', 'Ph.D., Immunology', 'University of Pittsburgh School of Medicine, Pittsburgh, PA', 'B.Tech., Industrial Biotechnology', 'Anna University, Chennai, India'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.dates?.text]), [
    ['Ph.D., Immunology', '2014'],
    ['B.Tech., Industrial Biotechnology', '2007'],
  ]);
});

test('a JSON Resume theme\'s highlights with no glyph, lists of names ("React, Apollo, Styled Components", "Docker / Heroku / GCP"), are bullets of the dated entry above, not an entry', () => {
  const text = ['Thomas Davis', 'thomas@mail.com', '', 'Work', '', 'Senior Javascript Developer', 'Blockbid', 'Mar 2018 – Jan 2020', 'Melbourne', 'Blockbid is an Australian crypto currency exchange. I started off on the', 'frontend but eventually became lead tech.', 'React, Apollo, Styled Components', 'Node.js / Rails', 'Docker / Heroku / GCP', 'Used Figma for design and UX work', '', 'Developer', 'Listium', 'Jan 2016 – Jan 2018', 'Built a very large and complex React / Redux application.'].join('\n');
  const entries = allEntries(parseText(text));
  assert.deepEqual(entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Senior Javascript Developer', 'Blockbid'],
    ['Developer', 'Listium'],
  ]);
  assert.ok(entries[0].bullets.some((b) => b.text === 'Docker / Heroku / GCP'), entries[0].bullets.map((b) => b.text).join(' | '));
});

test('a company named by its domain, alone between a title and its dates, is the employer, not a line of links ("Founder" / "BackboneTutorials.com" / "Jan 2011 – Jan 2014")', () => {
  const text = ['Thomas Davis', 'thomas@mail.com', '', 'Work', '', 'Co-Founder', 'Drone Hire', 'Jan 2013 – Present', 'Built a marketplace for drone pilots.', '', 'Founder', 'BackboneTutorials.com', 'Jan 2011 – Jan 2014', 'Wrote tutorials read by 2 million developers.'].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Co-Founder', 'Drone Hire'],
    ['Founder', 'BackboneTutorials.com'],
  ]);
});

test('pdftotext -layout: a CV laid out as a form — labels and dates head the rows beside them', () => {
  const L = (left: string, right: string) => left.padEnd(26) + right;
  const text = [
    'Curriculum Vitae',
    'Tobias Brandstetter',
    '',
    'Personal Details',
    L('Address', 'Friedrichshofener Straße 27, 85049 Ingolstadt, Germany'),
    L('Phone', '+49 176 4418 2093'),
    L('E-mail', 'tobias.brandstetter@web.de'),
    L('Nationality', 'German'),
    '',
    'Professional Experience',
    L('04/2021 – today', 'Maintenance Technician (Mechatronics), Body Shop'),
    L('', 'Vorland Automotive GmbH, Ingolstadt'),
    L('', '– Reduced unplanned downtime on line 3 by 18 % with a new spare parts concept'),
    L('', '– Documentation of all faults and repairs in SAP PM'),
    '',
    L('02/2017 – 03/2021', 'Service Technician (Field Service)'),
    L('', 'Krämer Fördertechnik GmbH, Regensburg'),
    L('', '– Trained customer maintenance staff after handover'),
    '',
    'Skills',
    L('Languages', 'German (native), English (good, B2)'),
    L('Software', 'SAP PM, EPLAN Electric P8, MS Office'),
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r), [
    ['Maintenance Technician (Mechatronics), Body Shop', 'Vorland Automotive GmbH', 'Ingolstadt', '04/2021', 'today', 2],
    ['Service Technician (Field Service)', 'Krämer Fördertechnik GmbH', 'Regensburg', '02/2017', '03/2021', 1],
  ]);
  assert.equal(r.contact.phone?.value, '+49 176 4418 2093');
  assert.equal(r.contact.location?.value, 'Friedrichshofener Straße 27, 85049 Ingolstadt, Germany');
});

test('contact: a form\'s address row going on under it, with a ZIP code, is the whole address', () => {
  const text = ['Application Summary  |  GovernmentJobs.com', '', 'PERSONAL INFORMATION', 'Name\tDarnell L. Whitaker', 'Address\t2218 Sable Ridge Dr', '\tLoveland, Colorado, 80537', 'Home Phone\t(970) 555-0123', '', 'SKILLS', 'SCADA'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.location?.value, '2218 Sable Ridge Dr Loveland, Colorado, 80537');
  assert.equal(r.contact.name?.value, 'Darnell L. Whitaker');
});

test('contact: a form\'s labels then its values (pdftotext of a table) — the phone under the address is the phone', () => {
  const text = ['Curriculum Vitae', 'Tobias Brandstetter', '', 'Personal Details', 'Address', 'Phone', 'E-mail', '', 'Friedrichshofener Straße 27, 85049 Ingolstadt, Germany', '+49 176 4418 2093', 'tobias.brandstetter@web.de', '', 'Professional Experience', '04/2021 – today', 'Maintenance Technician', 'Vorland Automotive GmbH, Ingolstadt'].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.phone?.value, '+49 176 4418 2093');
  // (The town, or the whole address: never the number after it.)
  assert.match(r.contact.location?.value ?? '', /Ingolstadt, Germany$/);
});

test('contact: a job board\'s own address is where the résumé went, not the person\'s link', () => {
  const text = ['Application Summary  |  GovernmentJobs.com', '', 'Robin Vale', 'robin@example.org | github.com/rvale', 'I saw the post on Caterer.com and indeed.com', '', 'EXPERIENCE', 'Operator, Town of Windsor, 2019 – Present'].join('\n');
  const links = parseText(text).contact.links.map((l) => l.value);
  assert.deepEqual(links, ['github.com/rvale']);
});

test('a title line opening on a label and a colon, with its own dates, heads the next role rather than continuing the bullet above', () => {
  const text = [
    'Jane Doe', 'jane@example.com', '', 'EXPERIENCE', '',
    'Data Analyst Intern                                          June 2016 – July 2016',
    'North Colorado Medical Center',
    '  − Tracked treatment timelines',
    '  − Investigated the process for printing',
    'Professional Tutor: Accounting, STEM                         Jan 2013 – Present',
    'Aims Community College',
    '  − Tutored individual and group sessions',
    '  − Key result: raised pass rates for 40 students',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r), [
    ['Data Analyst Intern', 'North Colorado Medical Center', undefined, 'June 2016', 'July 2016', 2],
    ['Professional Tutor', 'Aims Community College', undefined, 'Jan 2013', 'Present', 2],
  ]);
});

test('an organisation run into the title after it on one line (bold name, italic role) is read as both', () => {
  const text = [
    'Jane Doe', 'jane@example.com', '', 'LEADERSHIP', '',
    'Beta Alpha Psi (BAP) Treasurer                                        2017',
    '  − Automated financial statement generation in Excel',
    'Society of Physics Students Vice-President                       Fall 2007',
    '  − Ran 12 outreach events for local schools',
    'Murdoch Childrens Research Institute Visiting Student            2015 – 2018',
    '  − Modelled 3 skin-sore outbreaks',
    'Graduate Library Assistant                                       2014 – 2016',
    'Boston Public Library',
    '  − Catalogued 3,000 rare books',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r).map((x) => x.slice(0, 2)), [
    ['Treasurer', 'Beta Alpha Psi (BAP)'],
    ['Vice-President', 'Society of Physics Students'],
    // (The words that qualify a title go with it.)
    ['Visiting Student', 'Murdoch Childrens Research Institute'],
    // (A title opened by a place's word stays whole.)
    ['Graduate Library Assistant', 'Boston Public Library'],
  ]);
});

test('a labelled list under a role ("• Skills used: AutoCAD CIVIL 3D 2009-2014, …") is a detail; marked degree lines dated by a year are degrees', () => {
  const text = [
    'Keith Morse', 'keith@example.com', '', 'Relevant Work History',
    'Civil Engineer', 'WHPacific', '2012 - 2014',
    '• Skills used: AutoCAD CIVIL 3D 2009-2014, ArcGIS, Bentley StormCAD, Microsoft Project.',
    '• Role overview: Designed 12 storm drain networks for 3 districts.',
    'Education',
    '• Civil Engineering, B.S., University of Central Florida, 2008',
    '• Fundamentals of Engineering Exam, NCEES, 2008',
    '• Vehicle Maintenance, A.A.S., Community College of the Air Force, 2003',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r).filter((x) => x[0] === 'Civil Engineer' || x[3] === '2009'), [['Civil Engineer', 'WHPacific', undefined, '2012', '2014', 2]]);
  const degrees = r.sections.find((s) => s.kind === 'education')!.entries;
  assert.deepEqual(degrees.map((e) => [e.organisation?.value, e.dates?.start?.text]), [
    // ("University of Central Florida": a compass word after "of" is the school's name, no place.)
    ['University of Central Florida', '2008'],
    ['NCEES', '2008'],
    ['Community College of the Air Force', '2003'],
  ]);
});

test('a narrow date column that sets a range\'s year, or its end, on the next line ("July-Oct" / "2025", "2020" / "-2025")', () => {
  const text = [
    'Cat Gamboa', 'cat@example.com', '', 'PROFESSIONAL EXPERIENCE',
    'July-Oct', '2025', '', 'Software Engineer PhD Intern', 'UBER, AMSTERDAM, NETHERLANDS', 'Automated 40 library migrations with LLM agents.', '',
    '2020', '-2025', '', 'Teaching Assistant', 'CARNEGIE MELLON UNIVERSITY', 'Taught 150 students API design.',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.start?.month, e.dates?.end?.year, e.dates?.end?.month]), [
    ['Software Engineer PhD Intern', 2025, 7, 2025, 10],
    ['Teaching Assistant', 2020, undefined, 2025, undefined],
  ]);
});

test('a stage manager\'s "TELEVISION" and "THEATRE" headings are sections of work (pdf.js text, no blank lines)', () => {
  const text = ['Jane Foxall - Curriculum Vitae', 'PERSONAL PROFILE', 'Jane specialises in Stage Management, Costume and Prop-making.', 'TELEVISION', 'June–July 2007', 'The Friday Night Project – Princess Productions, London', 'Art Department Assistant/Costume Maker', 'THEATRE', 'Jun 2009–Jan 2010', 'The Byre Theatre, St Andrews', 'Mother Goose – Stage Manager', 'EDUCATION', '2002–2005', 'BA (Hons) Theatre Design, Nottingham Trent University'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['PERSONAL PROFILE', 'summary'], ['TELEVISION', 'experience'], ['THEATRE', 'experience'], ['EDUCATION', 'education']]);
  assert.equal(r.sections[1].entries[0]?.dates?.start?.year, 2007);
});

test('a title run on after an employer\'s legal form ("Apple, Inc. Product Design Engineering Co-Op") starts a field of its own', () => {
  const text = ['Marilyn V', 'mv@example.com', '', 'EXPERIENCE', 'Apple, Inc. Product Design Engineering Co-Op        Jan 2019 - Aug 2019', '• Designed 3 enclosures for a prototype line'].join('\n');
  assert.deepEqual(roles(parseText(text)).map((x) => x.slice(0, 2)), [['Product Design Engineering Co-Op', 'Apple, Inc.']]);
});

test('pdf.js, a narrow column: a department named for its subject, cut before the subject\'s last word ("Department of Computer" / "Science"), is one name', () => {
  const text = [
    'Rowan Ames',
    'EDUCATION',
    'MSc. Data Science & Analytics',
    'Northgate University, Department of Computer',
    'Science',
    'Oct 2016 – June 2017',
    'BEng. Mechanical Engineering',
    'Eastfield College London, School of',
    'Engineering',
    'Oct 2007 – June 2010',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['MSc. Data Science & Analytics', 'Northgate University, Department of Computer Science', undefined, 'Oct 2016', 'June 2017', 0],
    ['BEng. Mechanical Engineering', 'Eastfield College London, School of Engineering', undefined, 'Oct 2007', 'June 2010', 0],
  ]);
});

test('pdftotext default: entries\' name lines, then their places and dates, then the last entry\'s own place, title and dates: each entry gets its own back', () => {
  const text = [
    'Rowan Ames',
    'EDUCATION',
    'University of Ridgeway',
    'Ridgeway, Germany',
    'Doctor of Engineering at the Faculty of Energy Engineering',
    'Oct 2015 – Jun 2020',
    '◦ PhD thesis - Agent-Based Modeling of Renewable Energy Market Integration',
    'Northgate Association',
    'Member of the Northgate Research School on Energy Scenarios',
    'Eastfield University of Technology',
    'Visiting Researcher at the Faculty of Technology, Policy and Management',
    'University of Westbrook',
    'Master of Science in Renewable Energy Management',
    '',
    'Lakeside Institute of Technology',
    '',
    'Stuttgart and Karlsruhe, Germany',
    'May 2015 – Sep 2017',
    'Delft, The Netherlands',
    'Oct 2016 – Dec 2016',
    'Freiburg, Germany',
    'Oct 2011 – Dec 2013',
    '',
    'Stockholm, Sweden',
    '',
    'Exchange Semester in Physics',
    'Jan 2011 – Jun 2011',
    '',
    'Westbrook Technical University',
    'Aachen, Germany',
    'Bachelor of Science in Physics',
    'Oct 2007 – Sep 2010',
  ].join('\n');
  assert.deepEqual(
    roles(parseText(text)).map((r) => r.slice(1, 5)),
    [
      ['University of Ridgeway', 'Ridgeway, Germany', 'Oct 2015', 'Jun 2020'],
      ['Northgate Association', 'Stuttgart and Karlsruhe, Germany', 'May 2015', 'Sep 2017'],
      ['Eastfield University of Technology', 'Delft, The Netherlands', 'Oct 2016', 'Dec 2016'],
      ['University of Westbrook', 'Freiburg, Germany', 'Oct 2011', 'Dec 2013'],
      ['Lakeside Institute of Technology', 'Stockholm, Sweden', 'Jan 2011', 'Jun 2011'],
      ['Westbrook Technical University', 'Aachen, Germany', 'Oct 2007', 'Sep 2010'],
    ],
  );
});

test('pdftotext -raw and -layout: a name set between the address and the phone of a header row is the name', () => {
  for (const row of ['Springfield, ID 83999 Rowan T. Ames (208) 555-0135', 'Springfield, ID 83999                   Rowan T. Ames                    (208) 555-0135']) {
    const r = parseText(['12 W. Willow Drive', row, 'rowan@example.com', '', 'EXPERIENCE', 'Engineer, Acme Corp 2019 - 2021'].join('\n'));
    assert.equal(r.contact.name?.value, 'Rowan T. Ames', row);
    assert.equal(row.slice(r.contact.name!.span.start - 19, r.contact.name!.span.end - 19), 'Rowan T. Ames');
  }
  // (In capitals too, the row's end after it: "Meridian, ID 83642 KEITH H. MORSE".)
  assert.equal(parseText(['2188 W. Willow Drive', 'Springfield, ID 83999 ROWAN T. AMES', '(208) 555-0135', 'rowan@example.com', 'SUMMARY', '• Full stack developer with 4 years of experience'].join('\n')).contact.name?.value, 'ROWAN T. AMES');
  // The country after the postcode is no name.
  assert.notEqual(parseText(['12 W. Willow Drive', 'Springfield, ID 83999 United States (208) 555-0135'].join('\n')).contact.name?.value, 'United States');
});

test('pdf text: a name begun after "at" at a line\'s end and finished on the next line ("… students at Theodore" / "Roosevelt Junior High School") goes on with the bullet; it heads no entry', () => {
  const r = parseText(
    [
      'Mary Vale',
      'mary@example.com',
      'Work Experience',
      'Americorps - City Year Philadelphia',
      'Americorps Member: July 2017 - June 2018',
      'Provided academic and emotional support to a class of 7th-grade students at Theodore',
      'Roosevelt Junior High School',
      'Designed and implemented three individualized lesson plans each week',
      'Organized and led an after-school program and Creative Writing club',
    ].join('\n'),
  );
  const e = r.sections[0].entries;
  assert.equal(e.length, 1);
  assert.equal(e[0].bullets.length, 3);
  assert.match(e[0].bullets[0].text, /Theodore\nRoosevelt Junior High School$/);
});

test('header: the employment type LinkedIn prints after an employer ("Aalto University Full‑time", "WSP Finland Oy · Part-time") is no part of its name', () => {
  const text = [
    'Experience',
    'Research Assistant Jan 2019 – Dec 2021',
    'Aalto University Full\u2011time – Espoo, Finland',
    '• Built 3 land-use models for 12 municipalities',
    'Planning Assistant Jan 2017 – Dec 2018',
    'WSP Finland Oy · Part-time – Helsinki, Finland',
    '• Drew 40 zoning maps',
    'Analyst Jan 2015 – Dec 2016',
    'Social Contract Institute',
    '• Wrote 2 reports',
  ].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => e.organisation?.value), ['Aalto University', 'WSP Finland Oy', 'Social Contract Institute']);
});

test('pdf.js without glyphs: a sentence on a post held within a role, its years in brackets, going on in lower case, is the role\'s item, no entry', () => {
  const text = [
    'Professional Experience',
    'Sohwa Elementary School — Native English Teacher',
    'March 2018 – February 2023 · Gyeonggi-do, South Korea',
    'Instructed grades 3–6 students from beginner to advanced levels, achieving',
    'consistently high student satisfaction ratings',
    'Served as Head Native English Teacher and cultural liaison (2022–2023),',
    'coordinating biannual English events for 300+ students and managing budgets',
    'Managed Services Lead (2016 – 2018)',
    'Acme Corp',
  ].join('\n');
  assert.deepEqual(allEntries(parseText(text)).map((e) => [e.title?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Native English Teacher', 'March 2018', 2],
    ['Managed Services Lead', '2016', 0],
  ]);
});

test('a date column that stacks a role\'s start over its end ("2021" / "2024", "2017" / "present") reads as one range, mapped back to the two lines; years going back in time stay single', () => {
  const text = [
    'Desmond Edem', 'tech@example.org', '', 'Work Experience', '2021', '2024', '',
    'Senior Backend Engineer, STRV s.r.o, Prague, Czech Republic', '○ Led discovery for 6 projects', '2017', 'present',
    'Site Reliability Engineer, Giant Swarm GmbH, Cologne, Germany', '○ Ran 40 clusters',
    '', 'Awards', '2020', '2018', 'Best Paper, ACM SoCC',
  ].join('\n');
  const r = parseText(text);
  const dates = allEntries(r).map((e) => [e.title?.value, e.dates?.start?.text, e.dates?.end?.text ?? e.dates?.currentText]);
  assert.deepEqual(dates.slice(0, 2), [['Senior Backend Engineer', '2021', '2024'], ['Site Reliability Engineer', '2017', 'present']]);
  const first = allEntries(r)[0].dates!;
  assert.equal(text.slice(first.start!.span.start, first.start!.span.end), '2021');
  assert.equal(text.slice(first.end!.span.start, first.end!.span.end), '2024');
  assert.equal(text.slice(first.span.start, first.span.end), '2021\n2024');
  // (No range from 2020 to 2018: an awards column's single years.)
  assert.ok(!allEntries(r).some((e) => e.dates?.start?.year === 2020 && e.dates.end?.year === 2018));
});

test('Europass: a European street address under the employer ("200, Rue de la Loi, 1049 Brussels (Belgium)") is where, and "Internship" alone beside the dates is the post', () => {
  const text = [
    'Betty Smith', 'betty@example.org', '', 'WORK EXPERIENCE',
    'August 2002 – Present Independent consultant', 'British Council', '123, Bd Ney, 75023 Paris (France)', 'Evaluation of youth training support measures for 12 national agencies',
    'March 2002 – July 2002 Internship', 'European Commission, Youth Unit', '200, Rue de la Loi, 1049 Brussels (Belgium)', '– evaluating youth training programmes for SALTO UK',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Independent consultant', 'British Council', '123, Bd Ney, 75023 Paris (France)'],
    ['Internship', 'European Commission, Youth Unit', '200, Rue de la Loi, 1049 Brussels (Belgium)'],
  ]);
});

test('a list of posts, one marked line each, fields set apart by bullets and one date at the end ("– All Souls College, Oxford • Visiting Fellow • Summer 1991"), is a list of entries', () => {
  const text = [
    'MORITZ VON IGELFELD', 'igelfeld@example.edu', '', 'VISITS',
    '– University of Cambridge • Faculty of Modern and Medieval Languages • 2004–2005',
    '– All Souls College, Oxford • Visiting Fellow • Summer 1991',
    '– University of Bologna • Visiting Professor • 1988',
    '', 'EXPERIENCE', 'Professor of Philology, University of Regensburg, 1990 – Present', '– Taught 40 students a year, Summer 2019 included',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value ?? e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['Faculty of Modern and Medieval Languages', '2004–2005', 0],
    ['Visiting Fellow', 'Summer 1991', 0],
    ['Visiting Professor', '1988', 0],
  ]);
  // (A bullet that names a date inside a sentence stays a bullet.)
  assert.equal(r.sections[1].entries[0].bullets.length, 1);
});

test('pdf text (-layout, a sidebar beside the roles): bullets the sidebar’s lines parted from their role stay the role’s', () => {
  // The sidebar's skills between "Senior Designer"'s first bullet and the rest left three bullets
  // under no header of their own: no entry, the rest of the role above.
  const text = [
    'JANE DOE                                EXPERIENCE',
    'jane@example.org',
    '                                        Senior Designer',
    'Boston, MA                              Harbor Agency',
    'SKILLS',
    '                                        July 2012 - March 2018 | Boston, MA',
    '  Visual Design',
    '                                          Led a team of 6 designers to build 5 brand identities, lifting client retention by',
    '  Brand Identity',
    '                                          34%.',
    '  Project Management',
    '                                          Used Figma to prototype 7 redesigns, making the sites 51% easier to',
    '  Creative Vision                         navigate.',
    '  Concept Development                     Worked across departments on the main work for Lark Foods.',
    '  Adobe Suite                             Managed 2 projects with a 24% sales gain for both clients.',
    '  Sketch',
    '  Motion Graphics                       Designer',
    '                                        Crane Studio',
    'AWARDS',
    '                                        June 2008 - July 2012 | Boston, MA',
    '  Gold Pencil 2015',
    '                                          Drew 40 posters for the city opera.',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Senior Designer', 'Harbor Agency', 'Boston, MA', 'July 2012', 'March 2018', 4],
    ['Designer', 'Crane Studio', 'Boston, MA', 'June 2008', 'July 2012', 1],
  ]);
});

test('pdf text (a narrow column): an employer or school named after a dash wraps before its generic last word', () => {
  // ("Payap" / "University": a name's tail alone on the next line is that name's, not the title's
  // dash-joined qualifier and a school called "University".)
  const text = 'Jo Roe\njo@example.org\n\nWork Experience\nVolunteer Teacher — Chiang Rai\nKindergarten (Jan 2025)\nAssisted in 12 school improvement projects.\nEducation\nB.A. English Communication Arts — Payap\nUniversity (2024 – Present)\n';
  assert.deepEqual(roles(parseText(text)).map((r) => r.slice(0, 3)), [
    ['Volunteer Teacher', 'Chiang Rai Kindergarten', undefined],
    ['B.A. English Communication Arts', 'Payap University', undefined],
  ]);
});

test('pdf text (a narrow column): a range wrapped after its start\'s month keeps the month', () => {
  // ("(Nov" / "2018 – Jan 2019)": the month is the start's, and no piece of the employer's line.)
  const text = 'Jo Roe\njo@example.org\n\nWork Experience\nAccountant — Nay La Kabar Co., Ltd (Nov\n2018 – Jan 2019)\nReconciled 400 invoices a month.\n';
  assert.deepEqual(roles(parseText(text)), [['Accountant', 'Nay La Kabar Co., Ltd', undefined, 'Nov 2018', 'Jan 2019', 1]]);
});

test('pdf text (-raw): "Summary:" opening a line under a dated role is the role\'s description, no employer', () => {
  // (friggeri-cv prints a role's summary so; read as a profile's name run into its text, it was a
  // section, and the roles after it were lost to it.)
  const text = 'Jo Roe\njo@example.org\n\nEXPERIENCE\n07/14—curr. Operations Specialist, Digimarc, San Mateo\nSummary: Use data analysis tools and visualization in order to assist rights holders\nwith protection and enforcement.\n– Utilized R and SQL for 12 analyses.\n07/12—06/14 Analyst, Acme, San Jose\n– Wrote 40 reports.\n';
  assert.deepEqual(roles(parseText(text)).map((r) => [r[0], r[1], r[5]]), [
    ['Operations Specialist', 'Digimarc', 2],
    ['Analyst', 'Acme', 1],
  ]);
});

test('text: lines of a group\'s label and items between middle dots at the foot of the roles are skills, no bullets', () => {
  const text = 'Jo Roe\njo@example.org\n\nEXPERIENCE\nMachine Learning Research, UMass, Boston, MA    2022 — 2023\n— Built a CNN for MRI classification (92% accuracy).\n\nStack   Python · Go · JavaScript · C / C++ · Docker\nCloud   GCP · AWS · Azure\n';
  const r = parseText(text);
  assert.equal(r.sections[0].entries[0].bullets.length, 1);
  assert.ok(r.skills.some((s) => s.value === 'AWS'));
});

test('pdftotext -layout: a left gutter of section names in capitals, a few no list holds among them ("SUPERVISATION", "PROFESSIONAL" / "ASSOCIATIONS" over two lines), heads the rows beside it; it is no column to read first', () => {
  const G = (name: string, body: string) => name.padEnd(16) + body;
  const text = [
    'Amanda Doe',
    'amanda@example.edu',
    '',
    G('AWARDS', 'Conference Travel Award                                            2017'),
    G('', 'Graduate Scholarship                                          2012 - 2013'),
    '',
    G('REVIEWING', 'Cognitive Science Society'),
    G('', 'Cognition'),
    '',
    G('TEACHING', 'Teaching Assistant, Foundations of Cognitive Science        Spring 2017'),
    G('', 'Guest Lecturer, Language Development                        Spring 2016'),
    '',
    G('SUPERVISATION', 'Bethany Gardner, Independent Study Student          2017 - present'),
    G('', 'Ashley Andino, Research Assistant                           2016 - present'),
    '',
    G('PROFESSIONAL', 'American Psychological Association                  2016 - present'),
    G('ASSOCIATIONS', 'Cognitive Science Society                           2008 - present'),
  ].join('\n');
  const r = parseText(text);
  const teaching = r.sections.find((s) => s.title === 'TEACHING');
  // (The rows beside "SUPERVISATION", a name no list holds, are still read as the teaching's.)
  assert.deepEqual(teaching?.entries.slice(0, 2).map((e) => [e.title?.value, e.dates?.start?.text]), [
    ['Teaching Assistant', 'Spring 2017'],
    ['Guest Lecturer', 'Spring 2016'],
  ]);
  assert.ok(r.sections.find((s) => s.title === 'AWARDS')?.entries.length, 'the awards stay under their name');
});

test('pdftotext -layout: a section name the left gutter wrapped over lines ("RESEARCH" / "EXPERIENCE", "AWARDS &" / "SCHOLARSHIPS") is one heading beside its section\'s first lines', () => {
  const G = (name: string, body: string) => name.padEnd(15) + body;
  const text = [
    '                         John Doe',
    '                johndoe@example.com ● +1 (555) 101-1001',
    '',
    G('EDUCATION', 'First American University, Springfield, Massachusetts, USA'),
    G('', ' ■ Ph.D. in Geophysical Engineering                          Dec 2009 – Jul 2014'),
    '',
    G('RESEARCH', 'Institute for Advanced Research, Science College'),
    G('EXPERIENCE', ' ■ Undergraduate Research Student, Science Department      May 2004 – May 2005'),
    G('', '    ● Project: Investigations on the Use of Lasers'),
    '',
    G('AWARDS &', ' ■ Dean’s List, Science College                                  2002 – 2005'),
    G('SCHOLARSHIPS', '   For attaining a semester GPA of at least 3.75.'),
    G('', ' ■ Undergraduate Researcher Award, Science College                  May 2005'),
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [
    ['EDUCATION', 'education'],
    ['RESEARCH EXPERIENCE', 'experience'],
    ['AWARDS & SCHOLARSHIPS', 'awards'],
  ]);
  assert.equal(r.sections[1].entries[0]?.dates?.start?.text, 'May 2004');
});

test('pdf text: a section named only "Research" whose items are citations (an author list opening each) is the publications, no roles', () => {
  const text = [
    'ALI KHAN',
    'ali@example.com',
    '',
    'EXPERIENCE',
    'Medical Physicist, Acme Cancer Center                      2016 – Present',
    '• Commissioned 2 linear accelerators for 3 clinics',
    '',
    'RESEARCH',
    '• Lack, D., Khan, A., Starin, R., & Snyder, M. (2014). Teflon Cylindrical Phan-',
    '  tom for Delivery Quality Assurance. Journal Of Applied Clinical Medical Physics, 15(1).',
    '• Khan, A., Snyder, M., Lack, D. (2011). Image Smoothing for Dose Calculation.',
    '  Poster session presented at 2011 Joint AAPM/COMP Meeting, Vancouver, BC, Canada.',
    '• Khan, A. 2011. Commissioning a Cylindrical Teflon Phantom (Master’s Thesis).',
    '  Wayne State University, Detroit, MI.',
    '',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['EXPERIENCE', 'experience'], ['RESEARCH', 'publications']]);
  // Research roles stay roles.
  const roles = parseText(text.replace(/RESEARCH[\s\S]*$/, 'RESEARCH\nResearch Assistant, Wayne State University      2009 – 2011\n• Built 3 phantoms for 40 patients\n'));
  assert.equal(roles.sections[1].kind, 'experience');
});

test('pdf text: the header and footer a browser prints on each page of a web page saved as PDF ("12/7/26, 1:22 PM  Jane Doe resume", "file:///…/index.html 1/2") are page furniture', () => {
  const text = [
    '12/7/26, 1:22 PM Frank Refol resume',
    'file:///home/frank/resume/index.html 1/2',
    'Frank Refol',
    'frank@example.com',
    '',
    'EXPERIENCE',
    'Platform Engineer, BlackStratus          2019 – 2023',
    '• Automated 40 release pipelines',
    '• Cut build times by 30%',
    '12/7/26, 1:22 PM Frank Refol resume',
    'file:///home/frank/resume/index.html 2/2',
    'QA Manager, McAfee          2012 – 2019',
    '• Led a team of 12 testers',
    '',
  ].join('\n');
  const r = parseText(text);
  assert.equal(r.contact.name?.value, 'Frank Refol');
  const entries = r.sections.flatMap((s) => s.entries);
  assert.deepEqual(entries.map((e) => [e.title?.value, e.bullets.length]), [
    ['Platform Engineer', 2],
    ['QA Manager', 1],
  ]);
});

test('a line of dates, then the kind of employment ("full-time", "intern"), then the role: the dates are the role\'s; a line of tools parted by slashes ("MATLAB® / Python / Git") after its items is the role\'s too', () => {
  const text = [
    'Karan Example',
    'karan@example.com',
    '',
    'EXPERIENCE',
    '2021 – 2023',
    'full-time',
    'Radar Signal Processing Engineer NXP Semiconductors',
    '• Create novel algorithms to estimate Direction of Arrival and Velocity of Targets',
    '• Maintain floating point signal processing chain in MATLAB along with test infrastructure',
    'MATLAB® / Python / Git / Jenkins',
    '2020 – 2021',
    'intern',
    'Radar Signal Processing Intern NXP Semiconductors',
    '• Automotive Scenario Modelling via dSPACE Tools to generate detection lists',
  ].join('\n');
  const es = allEntries(parseText(text)).filter((e) => e.kind === 'work');
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['Radar Signal Processing Engineer', 'NXP Semiconductors', '2021 – 2023'],
    ['Radar Signal Processing Intern', 'NXP Semiconductors', '2020 – 2021'],
  ]);
});

test('a consonant a bullet font copies out as ("y Delivered …", boisik\'s bullet) opening three lines or more before a capital is their bullet; one such line is none', () => {
  const text = [
    'Ajayi Example',
    'ajayi@example.com',
    '',
    'EXPERIENCE',
    'Data Scientist, Acme Analytics, Jan 2020 - Dec 2022',
    'y Delivered a python-based tool that connected user input to climate projects',
    'y Utilized advanced modules to organize extracted data into concise reports',
    'y Applied supervised ML techniques to predict rock domain from 500k samples',
  ].join('\n');
  const es = allEntries(parseText(text)).filter((e) => e.kind === 'work');
  assert.deepEqual(es[0].bullets.map((b) => b.text.split(' ')[0]), ['Delivered', 'Utilized', 'Applied']);
  const once = text.split('\n').slice(0, 6).join('\n');
  // (One line alone keeps its letter: it may be a word of the line.)
  assert.deepEqual(allEntries(parseText(once)).filter((e) => e.kind === 'work')[0].bullets.map((b) => b.text.split(' ')[0]), ['y']);
});

test('"Employée chez M.POMEROL": the word for an employee in French, Spanish, Portuguese and Italian is a post, so "chez" / "à" after it names the employer', () => {
  const es = allEntries(parseText('Jeanne Dupont\njeanne@example.fr\n\nExpériences\n\n1988 à 1998 : Employée chez M.POMEROL (Photographe scolaire)\n')).filter((e) => e.kind === 'work');
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year]), [['Employée', 'M.POMEROL (Photographe scolaire)', 1988, 1998]]);
});

test('a range wrapped after its dash ("… (June 2018 -" / "Sept 2018).") is the line\'s own, no entry of its own', () => {
  const text = [
    'Joshua Example',
    'josh@example.com',
    '',
    'Experience',
    '==========',
    '',
    '**Xometry** - Director of Computational Geometry (June 2018 - ',
    'Sept 2018).',
    '',
    'I lead the team that develops the computational geometry algorithms for 5 reports.',
    '',
    '**Xometry** - Senior Computational Scientist (February 2016 - ',
    'June 2018).',
    '',
    'Xometry is a manufacturing on demand startup.',
  ].join('\n');
  const es = allEntries(parseText(text)).filter((e) => e.kind === 'work');
  assert.deepEqual(es.map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.end?.year]), [
    ['Director of Computational Geometry', 2018, 2018],
    ['Senior Computational Scientist', 2016, 2018],
  ]);
});

test('a header wrapped inside the name of the person it names ("… Profs. Robert J." / "Nemanich and Griff L. Bilbro (August 2002 - August 2007).") is one header; a sentence ending on a name is not', () => {
  const text = [
    'Joshua Example',
    'josh@example.com',
    '',
    'Experience',
    '==========',
    '',
    '**NC State University** - Graduate Research Assistant, Profs. Robert J.',
    'Nemanich and Griff L. Bilbro (August 2002 - August 2007).',
    '',
    'At NCSU I investigated thermionic energy conversion devices for 5 years.',
    '',
    'Education',
    '',
    'PhD in Immunology, Imperial College, Oct 2006 – Sep 2010',
    'Funded by the Wellcome Trust and supervised by Dr. B. Asquith and Prof. C. Bangham.',
    'MSc in Bioinformatics, Imperial College (Oct 2005 – Sep 2006)',
  ].join('\n');
  const r = parseText(text);
  const work = allEntries(r).filter((e) => e.kind === 'work');
  assert.deepEqual(work.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [['Graduate Research Assistant, Profs. Robert J. Nemanich and Griff L. Bilbro', 'NC State University', 2002]]);
  assert.deepEqual(allEntries(r).filter((e) => e.kind === 'education').map((e) => e.title?.value), ['PhD in Immunology', 'MSc in Bioinformatics']);
});

test('a name of four words in capitals, given names and surnames a line each over the headline ("GUISELLE CONSTANZA" / "SABIO GONZALEZ" / "INVESTIGADORA JUDICIAL"), is one name; a name over a title is not joined to it', () => {
  assert.equal(parseText('GUISELLE CONSTANZA\nSABIO GONZALEZ\nINVESTIGADORA JUDICIAL\nguiselle@example.com\n').contact.name?.value, 'GUISELLE CONSTANZA SABIO GONZALEZ');
  assert.equal(parseText('JANE DOE\nDATA SCIENTIST\nSENIOR ANALYST\njane@example.com\n').contact.name?.value, 'JANE DOE');
});

test('Spanish and Portuguese posts in either gender ("Fundadora y Administradora", "Presidenta", "Analista", "Advogada") are posts, so "at" / "en" after them names the employer', () => {
  const es = allEntries(
    parseText(['Mariana Example', 'mariana@example.ar', '', 'WORK EXPERIENCE', '', 'Fundadora y Administradora at Grupo Marito S.A.S.      Jan 2023 - Current', '', 'Presidenta at Fundación Conciencia Comunitaria      Mar 2019 - Dec 2022', ''].join('\n')),
  ).filter((e) => e.kind === 'work');
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Fundadora y Administradora', 'Grupo Marito S.A.S.'],
    ['Presidenta', 'Fundación Conciencia Comunitaria'],
  ]);
});

test('a section name in the left margin beside its first role ("Work   Senior Design Engineer", the JSON Resume even theme in -layout) is the section, though a post\'s words follow it', () => {
  const text = [
    '       Andrew Example',
    '       Software Engineer',
    '          hi@example.com',
    '',
    'Work   Senior Design Engineer',
    '       Alloy · Platform for fraud management',
    '       Sep 2024 – Present',
    '',
    '       Senior UI Engineer',
    '       Droit · Financial tools',
    '       Oct 2023 – Aug 2024',
    '',
    'Education   Bachelor of Architecture',
    '            University of Oregon',
    '            2008 – 2013',
    '',
    'Skills   TypeScript, React, Next.js',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education', 'skills']);
  assert.deepEqual(r.sections[0].entries.map((e) => e.title?.value), ['Senior Design Engineer', 'Senior UI Engineer']);
});

test('a French CV printed from HTML: each range broken after its "à" over two lines, the post over its dates, "Employer, Town" under them; a post with small words ("Assistante au pôle social") is the title', () => {
  const text = [
    'Ninon Dupont',
    'ninon@example.fr',
    'Expériences',
    'Assistante au pôle social',
    'Septembre 2018 à',
    'Ce jour',
    'Groupe Altus, Arras',
    'Établissement des documents liés à l’embauche (contrats, adhésions), fiches de paie de 13 dossiers,',
    'courriers, mails et appels divers.',
    'Vendeuse-caissière',
    'Juillet 2017 à',
    'Août 2018',
    'Zara, Noyelles-Godault',
    'Contact clientèle, gestion de la caisse (ouverture et fermeture), merchandising, rangement magasin.',
    'Hôtesse de caisse',
    'Juillet 2016 à',
    'Septembre 2016',
    'Intermarché, Montigny',
    'Gestion de la caisse, encaissement, contact clientèle',
  ].join('\n');
  assert.deepEqual(roles(parseText(text)), [
    ['Assistante au pôle social', 'Groupe Altus, Arras', undefined, 'Septembre 2018', 'Ce jour', 1],
    ['Vendeuse-caissière', 'Zara, Noyelles-Godault', undefined, 'Juillet 2017', 'Août 2018', 1],
    ['Hôtesse de caisse', 'Intermarché, Montigny', undefined, 'Juillet 2016', 'Septembre 2016', 1],
  ]);
});

test('a university of another language keeps the town it is named with ("Vrije Universiteit Amsterdam", "Technische Universität Berlin"); a firm and its town are two fields', () => {
  const head = (line: string) => {
    const e = allEntries(parseText(['Jan Jansen', 'jan@example.nl', '', 'Experience', '', '2005 - 2007', line, '', '2008 - 2010', 'Engineer, Philips'].join('\n')))[0];
    return [e.title?.value, e.organisation?.value, e.location?.value];
  };
  assert.deepEqual(head('Teaching Assistent Inleiding Logica, Vrije Universiteit Amsterdam'), ['Teaching Assistent Inleiding Logica', 'Vrije Universiteit Amsterdam', undefined]);
  assert.deepEqual(head('Research Assistant, Technische Universität Berlin'), ['Research Assistant', 'Technische Universität Berlin', undefined]);
  assert.deepEqual(head('Software Engineer, Acme Software Amsterdam'), ['Software Engineer', 'Acme Software', 'Amsterdam']);
});

test('the posts of French, German and Italian CVs are posts ("Assistante", "Vendeuse", "Hôtesse", "Verkäuferin", "Commessa"); a French "serveur", a computer server, is none', () => {
  for (const post of ['Assistante de direction', 'Vendeuse', 'Caissière', 'Hôtesse de caisse', 'Responsable des ventes', 'Infirmière', 'Verkäuferin', 'Projektleiter', 'Commessa', 'Serveuse']) assert.ok(TITLE_WORDS.test(post), post);
  assert.ok(!TITLE_WORDS.test("développement en C++ de l'architecture d'un serveur de streaming"));
});

test('pdf.js/-raw: where known section names are set in sentence case with no blank line before them, "Relevant work experience" set so is a heading too', () => {
  const text = [
    'Jesper Berg',
    'jesper@example.se',
    'Research interests',
    'Macroeconomics, monetary policy, household finance',
    'Education',
    '2018–present Ph.D. in Economics, University of California, Los Angeles, USA',
    'Teaching experience',
    'UCLA Teaching assistant',
    '• Statistics for Economists (Econ 41), Fall 2019 and Winter 2022',
    'Relevant work experience',
    '2017–2018 Research assistant, Swedish House of Finance',
    '2015–2017 Research assistant, the Riksbank',
    'Computer skills',
    'Matlab, Stata, Python',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => `${s.title} (${s.kind})`), ['Research interests (interests)', 'Education (education)', 'Teaching experience (experience)', 'Relevant work experience (experience)', 'Computer skills (skills)']);
  assert.deepEqual(r.sections[3].entries.map((e) => e.title?.value), ['Research assistant', 'Research assistant']);
});

test('a project\'s line of link labels alone ("GitHub|Heroku", "Live Demo · Source") names no organisation', () => {
  const r = parseText(['Brad Breiten', 'brad@example.com', 'Projects', 'Bingo Game', 'GitHub', 'A self-made Ruby gem that lets 200 players generate bingo boards.', '', 'Book Club', 'GitHub|Heroku', 'A social app that aggregates data from 3 APIs.', '', 'Trail Finder', 'Live Demo · Source', 'Maps 40 hiking trails.'].join('\n'));
  assert.deepEqual(allEntries(r).map((e) => [e.title?.value, e.organisation?.value]), [['Bingo Game', undefined], ['Book Club', undefined], ['Trail Finder', undefined]]);
});

test('Russian and Polish posts are posts ("Ведущий разработчик", "Kierownik projektu")', () => {
  for (const post of ['Ведущий разработчик', 'Руководитель группы разработки', 'Младший научный сотрудник', 'Kierownik projektu', 'Programista Java', 'Inżynier']) assert.ok(TITLE_WORDS.test(post), post);
});

test('-raw: "Technology Experience" over a list of tools does not make the "Technical Work Experience" after it a sub-heading of it', () => {
  const r = parseText([
    'Blair Lee', 'blair@example.com • 425-555-0187', 'Profile', 'Software Engineer with 15 years of experience in TypeScript and C#.',
    'Technology Experience', 'Programming and Scripting Languages: TypeScript/JavaScript, C#, SQL', 'JavaScript Libraries: Angular, NgRx, Jest',
    'Technical Work Experience', 'Software Engineer, Cisco Systems, January 2022 - Present', 'Created 40 Cypress end-to-end tests for the Partner Offers feature.',
    'Education', 'B.S. Computer Science, Washington State University, 2004',
  ].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Profile', 'summary'], ['Technology Experience', 'other'], ['Technical Work Experience', 'experience'], ['Education', 'education']]);
});

test('contact: a phone with an en dash before its last four digits ("+1 (647) 389–4841") is whole; a number on the line under a network\'s name ("linkedin" / "415-849-5589") is the phone, no handle', () => {
  const dash = parseText(['Mike Cheung', 'mike@example.com | +1 (647) 389–4841', '', 'Experience', 'Engineer, Acme, 2019 – 2021'].join('\n'));
  assert.equal(dash.contact.phone?.value, '+1 (647) 389–4841');
  const under = parseText(['JASON SHORE', '', '  jason@example.com', '  linkedin', '  415-849-5589', '', 'Experience', 'Engineer, Acme, 2019 – 2021'].join('\n'));
  assert.equal(under.contact.phone?.value, '415-849-5589');
  assert.deepEqual(under.contact.links.map((l) => l.value), []);
  // (An ORCID iD after its name is a link still.)
  const orcid = parseText(['Ana Ruiz', 'ana@example.org', 'ORCID', '0000-0002-5538-8845', '', 'Experience', 'Engineer, Acme, 2019 – 2021'].join('\n'));
  assert.ok(orcid.contact.links.some((l) => l.value.includes('0000-0002-5538-8845')), JSON.stringify(orcid.contact.links));
});

test('contact: an e-mail address set with letter-spacing, alone on its line ("j o h n . d o e @ e m a il . c o m", "jo hn.do e@email.co m"), is the address; a sentence with an address in it is not spaced', () => {
  for (const line of ['j o h n . d o e @ e m a il . c o m', 'jo hn.do e@email.co m']) {
    const r = parseText(['C O N T A C T', line, '0123 456789', 'E X P E R I E N C E', 'COMPANY A - Developer', 'since January 2016', 'Programming and watching 3 cat videos.'].join('\n'));
    assert.equal(r.contact.email?.value, 'john.doe@email.com', line);
  }
  const plain = parseText(['Ana Ruiz', 'contact me at ana@example.com', '', 'Experience', 'Engineer, Acme, 2019 – 2021'].join('\n'));
  assert.equal(plain.contact.email?.value, 'ana@example.com');
});
