// Structured résumés written the many ways their schemas allow: FRESH (HackMyResume's format),
// template leftovers in JSON Resume, and RenderCV section keys of people's own choosing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlResume } from '../../server/src/engine/parse/yaml';
import { detectFormat } from '../../server/src/engine/parse/detect';
import { parse } from '../../server/src/engine/parse/index';
import { lint } from '../../server/src/engine/index';

test('FRESH: read as JSON Resume, with its own keys for the contact, the summary and each section', () => {
  const text = JSON.stringify(
    {
      name: 'Colleen Marchetti',
      meta: { format: 'FRESH@0.6.0' },
      info: { label: 'Chemistry Teacher', brief: 'Chemistry teacher with eleven years in public schools.' },
      contact: { email: 'colleen@mail.com', phone: '(508) 201-4477' },
      location: { city: 'Worcester', region: 'MA' },
      social: [{ network: 'LinkedIn', user: 'colleenm', url: 'https://www.linkedin.com/in/colleenm' }],
      employment: { history: [{ employer: 'Shrewsbury High School', position: 'Chemistry Teacher', start: '2019-08', highlights: ['Raised the AP pass rate from 58% to 81%'] }] },
      education: { history: [{ institution: 'Worcester State University', title: 'M.Ed. Secondary Education', start: '2012-09', end: '2014-12' }] },
      service: { history: [{ organization: 'Regional Science Fair', position: 'Judge', start: '2017' }] },
      skills: { sets: [{ name: 'Teaching', skills: ['Lab safety', 'Google Classroom'] }] },
      recognition: [{ title: 'Innovation in Teaching Grant', from: 'Education Foundation', date: '2022' }],
      languages: [{ language: 'Italian', level: 'Conversational' }],
    },
    null,
    2,
  );
  assert.equal(detectFormat('resume.json', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.equal(r.contact.name?.value, 'Colleen Marchetti');
  assert.equal(r.contact.email?.value, 'colleen@mail.com');
  assert.equal(r.contact.location?.value, 'Worcester, MA');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['https://www.linkedin.com/in/colleenm']);
  assert.equal(r.summary?.value, 'Chemistry teacher with eleven years in public schools.');
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education', 'volunteer', 'skills', 'awards', 'languages']);
  const [work, edu, service] = r.sections;
  assert.deepEqual([work.entries[0].title?.value, work.entries[0].organisation?.value, work.entries[0].dates?.current, work.entries[0].bullets.length], ['Chemistry Teacher', 'Shrewsbury High School', true, 1]);
  assert.deepEqual([edu.entries[0].title?.value, edu.entries[0].organisation?.value, edu.entries[0].dates?.text], ['M.Ed. Secondary Education', 'Worcester State University', '2012-09 – 2014-12']);
  assert.equal(service.entries[0].organisation?.value, 'Regional Science Fair');
  assert.ok(r.skills.some((s) => s.value === 'Lab safety'));
  // Every span points at its value in the text.
  for (const f of [r.contact.name!, r.contact.email!, work.entries[0].title!, edu.entries[0].organisation!]) assert.equal(text.slice(f.span.start, f.span.end), f.value);
});

test('JSON Resume: sections a template left empty (no items, or items of empty strings) are no sections', () => {
  const text = JSON.stringify({
    basics: { name: 'Dana Ruiz' },
    work: [{ name: 'Acme', position: 'Manager', startDate: '2020-01' }],
    volunteer: [],
    interests: [],
    references: [{ name: '', reference: '' }],
  });
  assert.deepEqual(parseYamlResume(text, 'jsonresume').sections.map((s) => s.kind), ['experience']);
});

test('RenderCV: section keys name their kind as headings do; a list of bullets is no section of roles', () => {
  const text = [
    'cv:',
    '  name: Ana Ruiz',
    '  sections:',
    '    teaching:',
    '      - company: University of Colorado',
    '        position: Guest Lecturer',
    '        date: Fall 2019',
    '    invited_talks:',
    '      - bullet: Air quality over the Front Range, AGU 2021',
    "    Where I've Worked:",
    '      - company: NOAA',
    '        position: Research Scientist',
    '        start_date: 2020-01',
    '        end_date: present',
    '    Professional Affiliations:',
    '      - bullet: American Meteorological Society',
  ].join('\n');
  const r = parseYamlResume(text, 'rendercv');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [
    ['Teaching', 'experience'],
    ['Invited talks', 'publications'],
    ["Where I've Worked", 'experience'],
    ['Professional Affiliations', 'other'],
  ]);
});

test('JSON Resume: dates written with hyphens for spaces ("September-2016", "March-24-2014") are read, as written, with their spans', () => {
  const text = JSON.stringify({ basics: { name: 'Robin Vale' }, work: [{ company: 'Studio', position: 'Designer', startDate: 'March-24-2014', endDate: 'September-2016' }] }, null, 2);
  const r = parseYamlResume(text, 'jsonresume');
  const e = r.sections.flatMap((s) => s.entries)[0];
  assert.deepEqual([e.dates?.start?.year, e.dates?.start?.month, e.dates?.end?.year, e.dates?.end?.month], [2014, 3, 2016, 9]);
  assert.equal(e.dates?.start?.text, 'March-24-2014');
  assert.equal(text.slice(e.dates!.end!.span.start, e.dates!.end!.span.end), 'September-2016');
  assert.equal(r.problems.filter((p) => p.code === 'date-unreadable').length, 0);
});

test('a JSON résumé of its own shape (name, contact, experience with role, company, dates and bullets, skill groups with label and items) is read as JSON Resume', () => {
  const text = JSON.stringify(
    {
      name: 'Rowan Ames',
      title: 'IT Support Specialist',
      contact: { location: 'Springfield, CA', email: 'rowan@example.com', linkedin: 'https://linkedin.com/in/rowan-ames', github: 'https://github.com/rowan-ames' },
      summary: 'IT support technician handling up to 50 tickets a day.',
      skills: [{ label: 'Support & Troubleshooting', items: ['Windows 10/11', 'Microsoft 365'] }],
      experience: [
        { company: 'Northgate IT Services, LLC', role: 'Tech Support I (MSP)', location: 'Springfield, CA', dates: '07/2025 – 09/2026', bullets: ['Handled up to 50 support tickets a day', 'Set up new users and workstations'] },
        { company: 'Eastfield County Treasurer', role: 'Account Clerk II', location: 'Eastfield, CA', startDate: '2014-06', endDate: '2016-12', achievements: ['Reconciled 2,000 accounts a month'] },
      ],
      education: { school: 'Westbrook College', program: 'Accounting Coursework', date: '12/2017' },
    },
    null,
    2,
  );
  assert.equal(detectFormat('resume.json', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.deepEqual([r.contact.name?.value, r.contact.email?.value, r.contact.location?.value, r.contact.links.length], ['Rowan Ames', 'rowan@example.com', 'Springfield, CA', 2]);
  assert.equal(r.summary?.value, 'IT support technician handling up to 50 tickets a day.');
  const work = r.sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(
    work.entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text, e.dates?.end?.text, e.bullets.length]),
    [
      ['Tech Support I (MSP)', 'Northgate IT Services, LLC', 'Springfield, CA', '07/2025', '09/2026', 2],
      ['Account Clerk II', 'Eastfield County Treasurer', 'Eastfield, CA', '2014-06', '2016-12', 1],
    ],
  );
  assert.deepEqual(r.skills.map((f) => f.value), ['Support & Troubleshooting', 'Windows 10/11', 'Microsoft 365']);
  // A JSON file with an "experience" key but nothing else of a résumé is not one.
  assert.equal(detectFormat('config.json', JSON.stringify({ experience: { level: 3 }, theme: 'dark' })), undefined);
});

test("a generator's data file of its own shape: keys of a few words (\"professional experience\"), roles keyed by their titles under their employer's name, degrees keyed by what they are, timestart/timeend, a list of web addresses and of alternative summaries", () => {
  const text = [
    'education:',
    '  bachelors:',
    '    degree: Bachelor of Arts',
    '    school: University of Colorado, Boulder',
    '    year: 2011',
    '  publication:',
    '    title: A Tale of Two Arc Lengths',
    '    date: July 2014',
    'email: jo@example.org',
    'name: Jo Park',
    'professional experience:',
    '- Coastal Cloud Services:',
    '  - Program Manager (Fellow):',
    '      bullets:',
    '      - Ran the rollout of a claims assistant for 3 state agencies.',
    '      location: Remote',
    '      timeend: Present',
    '      timestart: January 2025',
    '- United States Navy:',
    '  - "Operations Director \\u2013 Task Group 7":',
    '      bullets:',
    '      - Planned 40 patrols.',
    '      timeend: March 2024',
    '      timestart: October 2020',
    'professional summary:',
    '- Program manager with ten years of operations.',
    '- Analyst who turns data into decisions.',
    'website:',
    '- www.linkedin.com/in/jopark',
  ].join('\n');
  assert.equal(detectFormat('resume.yaml', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Education', 'education'], ['professional experience', 'experience'], ['professional summary', 'summary'], ['website', 'other']]);
  assert.deepEqual(
    r.sections.flatMap((s) => s.entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text ?? null, e.dates?.end?.text ?? null, e.dates?.current ?? false, e.bullets.length])),
    [
      ['Bachelor of Arts', 'University of Colorado, Boulder', undefined, '2011', null, false, 0],
      ['Program Manager (Fellow)', 'Coastal Cloud Services', 'Remote', 'January 2025', null, true, 1],
      ['Operations Director – Task Group 7', 'United States Navy', undefined, 'October 2020', 'March 2024', false, 1],
    ],
  );
  // Each name keeps its place in the file (the quoted key's escape read as the dash it stands for).
  const navy = r.sections[1].entries[1];
  assert.equal(text.slice(navy.organisation!.span.start, navy.organisation!.span.end), 'United States Navy');
  assert.equal(text.slice(navy.title!.span.start, navy.title!.span.end), 'Operations Director \\u2013 Task Group 7');
  assert.equal(r.summary?.value, 'Program manager with ten years of operations.');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['www.linkedin.com/in/jopark']);
});

test("a site's YAML data file of its own shape (firstName/lastName, socialLinks, bio; roles under keys named by their kind: \"researchAndTeaching\", \"clinicalWork\", \"educationList\") is read as a résumé, each key a section titled as written", () => {
  const text = [
    'firstName: Véra',
    'lastName: Lenoir',
    "phoneNumber: ''",
    'email: vera@example.org',
    'socialLinks:',
    '- icon: fa-linkedin-in',
    '  url: https://www.linkedin.com/in/vera-lenoir/',
    'bio: Psychology researcher working on youth suicidality.',
    'researchAndTeaching:',
    '  - title: Research Associate',
    '    company: Youth Research Center - University of Vermont',
    '    description: Working on a national survey of young adults.',
    '    period: 2022 - Present',
    'clinical_work:',
    '  - title: Crisis Counsellor',
    '    company: Crisis Line of Montreal',
    '    period: 2017-2021',
    'educationList:',
    '- institution: McGill University (BA)',
    '  location: Montreal, Quebec',
    '  description: B.A. in Psychology with Research Thesis. Extracurriculars - Debating Club',
    '  period: 2017-2020',
    'certifications:',
    '  research:',
    '  - name: NVivo Core Skills',
    '    date: March 2023',
    'skills:',
    '  - name: Stata',
    '    icon: stata.png',
  ].join('\n');
  assert.equal(detectFormat('cv.yaml', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.deepEqual([r.contact.name?.value, r.contact.email?.value, r.contact.phone, r.contact.links.map((l) => l.value)], ['Véra Lenoir', 'vera@example.org', undefined, ['https://www.linkedin.com/in/vera-lenoir/']]);
  assert.equal(r.summary?.value, 'Psychology researcher working on youth suicidality.');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['researchAndTeaching', 'experience'], ['clinical_work', 'experience'], ['educationList', 'education'], ['certifications', 'certifications'], ['Skills', 'skills']]);
  assert.deepEqual(
    r.sections.flatMap((s) => s.entries.filter((e) => e.kind !== 'other').map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text, e.bullets.map((b) => b.text)])),
    [
      ['Research Associate', 'Youth Research Center - University of Vermont', '2022', ['Working on a national survey of young adults.']],
      ['Crisis Counsellor', 'Crisis Line of Montreal', '2017', []],
      ['B.A. in Psychology with Research Thesis', 'McGill University (BA)', '2017', []],
    ],
  );
  assert.deepEqual(r.skills.map((f) => f.value), ['Stata']);
  // A YAML file that names roles but no person, or a person and nothing else, is no résumé.
  assert.equal(detectFormat('site.yaml', 'title: My site\nworkflows:\n  - build\neducation: true\n'), undefined);
  assert.equal(detectFormat('author.yaml', 'name: Ada\nbio: Writer\n'), undefined);
});

test('RenderCV: a one-line entry under Projects ("label: Homelab", "details: 24/7 Linux server…") is a project and what it is; under Skills it stays a skill', () => {
  const text = ['cv:', '  name: Ian West', '  sections:', '    projects:', '      - label: "Homelab"', '        details: 24/7 Linux server, 23+ Dockers, VPN', '    skills:', '      - label: Languages', '        details: Python, SQL'].join('\n');
  const r = parseYamlResume(text, 'rendercv');
  const projects = r.sections.find((s) => s.kind === 'projects')!;
  assert.deepEqual(projects.entries.map((e) => [e.kind, e.title?.value, e.description?.text]), [['project', 'Homelab', '24/7 Linux server, 23+ Dockers, VPN']]);
  assert.deepEqual(r.sections.find((s) => s.kind === 'skills')!.entries.map((e) => e.kind), ['other']);
  assert.deepEqual(r.skills.map((f) => f.value), ['Languages', 'Python', 'SQL']);
});

test('a plain-text résumé saved as ".text" is read as text, as ".txt" is; other names stay Markdown', () => {
  assert.equal(detectFormat('resume.text', 'Jo Park\n'), 'text');
  assert.equal(detectFormat('RESUME.TXT', 'Jo Park\n'), 'text');
  assert.equal(detectFormat('resume.md', 'Jo Park\n'), 'markdown');
});

test('Hugo Academic (Wowchemy) experience widget (a page whose front matter lists the roles): date_start/date_end, and a description holding a Markdown list is its items', () => {
  const text = [
    '---',
    'widget: experience',
    'headless: true',
    'title: Experience',
    'experience:',
    '  - title: Senior Accountant',
    '    company: Dana & Park CPAs',
    '    location: Tacoma, WA',
    "    date_start: '2018-12-01'",
    "    date_end: ''",
    '    description: |2-',
    '        Responsibilities include:',
    '',
    '        * Performing financial statement audits for 40 entities',
    '        * Preparing 120 tax returns a year',
    '  - title: Sergeant',
    '    company: Washington Army National Guard',
    "    date_start: '2011-12-01'",
    "    date_end: '2019-12-31'",
    '    description: Led a team of 6 on CH-47 maintenance.',
    '---',
    '',
  ].join('\n');
  const r = parse(text, 'experience.md')!;
  assert.deepEqual(r.sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year ?? (e.dates?.current ? 'current' : undefined), e.bullets.length]), [
    ['Senior Accountant', 'Dana & Park CPAs', 2018, 'current', 2],
    ['Sergeant', 'Washington Army National Guard', 2011, 2019, 1],
  ]);
});

test('al-folio\'s CV data file (a list of sections, "- title:" / "type:" / "contents:") is a résumé: its summary paragraph, its skills and its roles and degrees with "institution", "year" and a list of "description" bullets', () => {
  const text = [
    '- title: "Professional Summary"',
    '  type: "simple"',
    '  contents: |',
    '    Product marketing analyst who turns messy data into clear decisions.',
    '',
    '- title: "Core Skills"',
    '  type: "pills"',
    '  contents:',
    '    - SQL',
    '    - BigQuery',
    '',
    '- title: "Experience"',
    '  type: "time_table"',
    '  contents:',
    '    - title: "Marketing Product Analyst"',
    '      institution: "Arvig"',
    '      year: "2022 – Present"',
    '      description:',
    '        - "Led SKU reduction across 100+ internet products, saving $200K+ a month."',
    '        - "Built 12 Looker Studio dashboards for the leadership team."',
    '',
    '- title: "Education"',
    '  type: "time_table"',
    '  contents:',
    '    - title: "Master of Science, Data Analytics"',
    '      institution: "Western Governors University"',
    '      year: "2021 – 2023"',
    '',
  ].join('\n');
  assert.equal(detectFormat('resume.yml', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [['Professional Summary', 'summary', 0], ['Core Skills', 'skills', 0], ['Experience', 'experience', 1], ['Education', 'education', 1]]);
  assert.equal(r.summary?.value, 'Product marketing analyst who turns messy data into clear decisions.');
  assert.deepEqual(r.skills.map((s) => s.value), ['SQL', 'BigQuery']);
  const [role] = r.sections[2].entries;
  assert.deepEqual([role.title?.value, role.organisation?.value, role.dates?.start?.year, role.dates?.current, role.bullets.length], ['Marketing Product Analyst', 'Arvig', 2022, true, 2]);
  assert.deepEqual([r.sections[3].entries[0].organisation?.value, r.sections[3].entries[0].dates?.end?.year], ['Western Governors University', 2023]);
  // A list of something else whose items have titles is no résumé.
  assert.equal(detectFormat('nav.yml', '- title: Home\n  url: /\n- title: Blog\n  url: /blog\n'), undefined);
});

test('a site\'s own JSON with the person\'s head in a block of its own ("profile": { "name", "summary" }) names the person', () => {
  const text = JSON.stringify({ profile: { name: 'Dorothy Bora', summary: 'Management professional.' }, experience: [{ role: 'Systems Engineer', company: 'Infosys', period: 'Oct 2021 – Sep 2023' }], education: [{ degree: 'B. Tech.', institution: 'NERIST', year: '2021' }] }, null, 2);
  assert.equal(detectFormat('resume.json', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.equal(r.contact.name?.value, 'Dorothy Bora');
  // (Read as a shape of its own, with the looser words: a degree's "year".)
  const degree = r.sections.find((s) => s.kind === 'education')!.entries[0];
  assert.equal(degree.dates?.end?.year ?? degree.dates?.start?.year, 2021);
});

test('the Jekyll theme online-cv\'s _data/data.yml: "sidebar" holds the name, e-mail, phone and links and its own lists; each block prints its "title"; roles and degrees in "info" with their "time"', () => {
  const text = [
    'sidebar:',
    '  position: right',
    '  name: Benjii Graves',
    '  tagline: Warehouse Operative',
    '  email: benjii@example.com',
    '  phone: +44 7700 900123',
    '  linkedin: benjii-graves',
    '  languages:',
    '    title: Languages',
    '    info:',
    '    - idiom: English',
    '      level: Native',
    'career-profile:',
    '  title: Professional Summary',
    '  summary: |',
    '    Warehouse operative with three years in high-paced distribution centres.',
    'education:',
    '  title: Education & Certifications',
    '  info:',
    '  - degree: LLOP & PPT In-House Training',
    '    university: Asda Distribution Center',
    '    time: 2021',
    'experiences:',
    '  title: Work Experience',
    '  info:',
    '  - role: Warehouse Operative (Nights)',
    '    time: February 2024 – Present',
    '    company: DHL, Lutterworth, Leicestershire',
    '    details: |',
    '      - Picked and packed 300 orders a night.',
    '      - Ran the LLOP for 2 aisles.',
  ].join('\n');
  assert.equal(detectFormat('data.yml', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.deepEqual([r.contact.name?.value, r.contact.email?.value, r.contact.phone?.value, r.contact.links.map((l) => l.value)], ['Benjii Graves', 'benjii@example.com', '+44 7700 900123', ['benjii-graves']]);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Languages', 'languages'], ['Professional Summary', 'summary'], ['Education & Certifications', 'education'], ['Work Experience', 'experience']]);
  assert.match(r.summary?.value ?? '', /^Warehouse operative/);
  const [role] = r.sections[3].entries;
  assert.deepEqual([role.title?.value, role.dates?.start?.year, role.dates?.current, role.bullets.length], ['Warehouse Operative (Nights)', 2024, true, 2]);
  assert.equal(r.sections[2].entries[0].dates?.end?.year ?? r.sections[2].entries[0].dates?.start?.year, 2021);
});

test('a site\'s own CV data file, "basics:" then "sections:" (each "- title", "kind", "entries"), roles listed under their employer ("- org:" / "roles:"), read whichever dialect it was taken for', () => {
  const text = [
    'basics:',
    '  name: "Lubo Bures"',
    'sections:',
    '  - title: "Professional Experience"',
    '    kind: "experience"',
    '    entries:',
    '      - org: "Saltfoss Energy"',
    '        location: "Copenhagen, Denmark"',
    '        roles:',
    '          - title: "Senior Multiphysics Specialist"',
    '            dates: "March 2024 to present"',
    '            highlights_md:',
    '              - "Led the design review of 3 reactor models."',
    '          - title: "Multiphysics Specialist"',
    '            dates: "October 2021 to March 2024"',
    '  - title: "Education"',
    '    kind: "education"',
    '    entries:',
    '      - institution: "EPFL"',
    '        degree: "Doctor of Science (PhD)"',
    '        dates: "2018 to 2021"',
  ].join('\n');
  for (const format of ['yamlresume', 'jsonresume'] as const) {
    const r = parseYamlResume(text, format);
    assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Professional Experience', 'experience'], ['Education', 'education']], format);
    assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [['Senior Multiphysics Specialist', 'Saltfoss Energy', 2024, 1], ['Multiphysics Specialist', 'Saltfoss Energy', 2021, 0]], format);
    assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Doctor of Science (PhD)', 'EPFL']], format);
  }
});

test('cv-boilerplate\'s details.yml (pandoc): "institute" and "city" are where, "degree" and "subject" the degree\'s name (the one naming a degree first), "intro" the summary, "urls" the links and the address list\'s last line the place; "address" and "urls" are no sections', () => {
  const text = [
    'name: Dr. Jo Bloggs',
    'address:',
    '- Synthesis Centre Postdoc',
    '- Université Paul Sabatier',
    '- Toulouse, France',
    'email: jo@example.com',
    'urls:',
    '- github.com/jobloggs',
    'intro: Community ecologist working on food webs.',
    'teaching:',
    '- title: Statistics for biologists',
    '  year: 2015',
    '  institute: Universidade Federal do Rio de Janeiro',
    '  city: Rio de Janeiro',
    'education:',
    '- year: 2017',
    '  subject: Ph.D.',
    '  degree: Zoology',
    '  institute: University of British Columbia',
    '  city: Vancouver',
    '- year: 2009',
    '  subject: Botany',
    '  degree: M. Sc.',
    '  institute: University of Toronto',
    '  city: Toronto',
    '',
  ].join('\n');
  assert.equal(detectFormat('details.yml', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.deepEqual([r.contact.location?.value, r.contact.links.map((l) => l.value), r.summary?.value], ['Toulouse, France', ['github.com/jobloggs'], 'Community ecologist working on food webs.']);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  const [teach] = r.sections[0].entries;
  assert.deepEqual([teach.title?.value, teach.organisation?.value, teach.location?.value, teach.dates?.end?.year ?? teach.dates?.start?.year], ['Statistics for biologists', 'Universidade Federal do Rio de Janeiro', 'Rio de Janeiro', 2015]);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Ph.D. Zoology', 'University of British Columbia', 'Vancouver'],
    ['M. Sc. Botany', 'University of Toronto', 'Toronto'],
  ]);
});

test('an academic CV\'s own YAML: the person in "meta" (with "contact"), roles with "year_start" / "year_end"', () => {
  const text = [
    'meta:',
    '  name: Ada R. Lovel',
    '  contact:',
    '    email: ada@uni.example.edu',
    '    phone: "+61 400 000 000"',
    'education:',
    '  - degree: PhD',
    '    field: Finance',
    '    institution: University of Melbourne',
    '    year: 2027',
    'professional_employment:',
    '  - year_start: 2020',
    '    year_end: 2023',
    '    title: Software Engineer',
    '    organization: Population Interventions Unit',
    '',
  ].join('\n');
  assert.equal(detectFormat('cv.yaml', text), 'jsonresume');
  const r = parseYamlResume(text, 'jsonresume');
  assert.deepEqual([r.contact.name?.value, r.contact.email?.value], ['Ada R. Lovel', 'ada@uni.example.edu']);
  // (The head block is no section.)
  assert.deepEqual(r.sections.map((s) => s.kind), ['education', 'experience']);
  const role = r.sections[1].entries[0];
  assert.deepEqual([role.title?.value, role.organisation?.value, role.dates?.start?.year, role.dates?.end?.year], ['Software Engineer', 'Population Interventions Unit', 2020, 2023]);
});

test('JSON Resume\'s "basics" with roles under "experience": an employer as a map { name, url }, dates as "date_start" / "date_end"', () => {
  const text = [
    'basics:',
    '  name: Jo Kirr',
    'experience:',
    '  - position: Doctoral Researcher',
    '    organization:',
    '      name: Lund University',
    '      url: http://www.lu.se',
    '    date_start: "2013-05-15"',
    '    date_end: "2018-06-07"',
    'education:',
    '  - degree: PhD',
    '    institution: Lund University',
    '    date_start: "2013-05-01"',
    '    date_end: "2018-05-07"',
    '',
  ].join('\n');
  const r = parseYamlResume(text, 'jsonresume');
  const [role] = r.sections.find((s) => s.kind === 'experience')!.entries;
  assert.deepEqual([role.organisation?.value, role.dates?.start?.year, role.dates?.end?.year], ['Lund University', 2013, 2018]);
  const [degree] = r.sections.find((s) => s.kind === 'education')!.entries;
  assert.deepEqual([degree.dates?.start?.year, degree.dates?.end?.year], [2013, 2018]);
});

test('a timestamp whose zone is set apart by a space ("2014-09-01 00:00:00 +0430", as YAML allows) is a date', () => {
  const text = ['basics:', '  name: Jo Kirr', 'work:', '  - position: Member', '    name: Talents Office', '    startDate: 2014-09-01 00:00:00 +0430', '    endDate: 2021-10-01 00:00:00 +0330', ''].join('\n');
  const [role] = parseYamlResume(text, 'jsonresume').sections.find((s) => s.kind === 'experience')!.entries;
  assert.deepEqual([role.dates?.start?.year, role.dates?.start?.month, role.dates?.end?.year, role.dates?.end?.month], [2014, 9, 2021, 10]);
});

test('a site\'s data file with no name at the top but roles, schooling and two more kinds of sections is a résumé; its schools\' "level" and "organization", and "start" / "end" dates, are read', () => {
  const text = [
    'about_me:',
    '  phone_number: 989131026940',
    '  introduction: A medical doctor, looking forward to be a clinician scientist.',
    '  e-mail: farinaz@example.com',
    'education:',
    '- organization: Isfahan University of Medical Sciences',
    '  level: MD',
    '  start: 2014-09-01 00:00:00 +0430',
    '  end: 2020-03-01 00:00:00 +0330',
    'career:',
    '- organization: Isfahan Neuroscience Association',
    '  role: Executive Board Member',
    '  start: 2020-10-01 00:00:00 +0330',
    'projects:',
    '- title: Zal Dementia Awareness Project',
    '  start: 2021-09-01 00:00:00 +0430',
    'honors:',
    '- title: Top 1% of the National University Entrance Exam',
    '',
  ].join('\n');
  assert.equal(detectFormat('resume.yaml', text), 'jsonresume');
  const r = parse(text, 'resume.yaml')!;
  const [degree] = r.sections.find((s) => s.kind === 'education')!.entries;
  assert.deepEqual([degree.title?.value, degree.organisation?.value, degree.dates?.start?.year, degree.dates?.end?.year], ['MD', 'Isfahan University of Medical Sciences', 2014, 2020]);
  const [project] = r.sections.find((s) => s.kind === 'projects')!.entries;
  assert.equal(project.dates?.start?.year, 2021);
  // (The block of the person's details holds the summary, its "introduction", and the contact.)
  assert.equal(r.summary?.value, 'A medical doctor, looking forward to be a clinician scientist.');
  assert.deepEqual([r.contact.phone?.value, r.contact.email?.value], ['989131026940', 'farinaz@example.com']);
  // (Two kinds of sections and no name are not enough: a data file of a site's roles and skills alone says nothing of a person.)
  assert.equal(detectFormat('data.yaml', ['career:', '- role: Member', 'skills:', '- Python', ''].join('\n')), undefined);
});

test('a site\'s data file that is one list of items, each naming its section ("section": "Earlier"): a section per name in order, roles where the name says nothing but the items name an organisation', () => {
  const text = JSON.stringify(
    [
      { title: 'Forager Project', section: 'Projects & campaigns', date: 'Recipe development', org: 'Instagram Live' },
      { title: 'Director of Project Management', section: 'Earlier', date: '2020–2022', org: 'Aya Hospitality, LLC' },
      { title: 'Line Cook', section: 'Earlier', date: '2020', org: 'Lea' },
      { title: 'James Beard Award Judge', section: 'Recognition', date: '2024', org: 'James Beard Foundation' },
    ],
    null,
    2,
  );
  assert.equal(detectFormat('resume.json', text), 'jsonresume');
  const r = parse(text, 'resume.json')!;
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [['Projects & campaigns', 'projects', 1], ['Earlier', 'experience', 2], ['Recognition', 'awards', 1]]);
  const [director] = r.sections[1].entries;
  assert.deepEqual([director.title?.value, director.organisation?.value, director.dates?.start?.year, director.dates?.end?.year], ['Director of Project Management', 'Aya Hospitality, LLC', 2020, 2022]);
  // (A list of items with no organisation anywhere is no résumé.)
  assert.equal(detectFormat('data.json', JSON.stringify([{ title: 'Post', section: 'Blog' }])), undefined);
});

test('JSON Resume\'s "work" and "education" with the words files that borrow them use: "employer", "uni", "year": "2018-2023"', () => {
  const text = JSON.stringify(
    {
      education: [{ degree: 'M.Sc. in Power Engineering', uni: 'Technical University of Munich, Germany', year: '2015-2018' }],
      work: [
        { position: 'Research Associate', company: 'Technical University of Munich', year: '2018-2023' },
        { position: 'Postdoctoral researcher', employer: 'Paul Scherrer Institute', startDate: '2021-01' },
      ],
    },
    null,
    2,
  );
  const r = parse(text, 'cv.json')!;
  const row = (s: number, e: number) => {
    const x = r.sections[s].entries[e];
    return [x.title?.value, x.organisation?.value, x.dates?.start?.year, x.dates?.end?.year];
  };
  const edu = r.sections.findIndex((s) => s.kind === 'education');
  const work = r.sections.findIndex((s) => s.kind === 'experience');
  assert.deepEqual(row(edu, 0), ['M.Sc. in Power Engineering', 'Technical University of Munich, Germany', 2015, 2018]);
  assert.deepEqual(row(work, 0), ['Research Associate', 'Technical University of Munich', 2018, 2023]);
  assert.deepEqual(row(work, 1).slice(0, 3), ['Postdoctoral researcher', 'Paul Scherrer Institute', 2021]);
});

test('a site\'s data file listing its sections under one key ("header: { name, email }" / "sections: [ - title, items ]") is a résumé: the header its basics, each item\'s "org" its organisation', () => {
  const text = [
    'header:',
    '  name: "Kay Card, Ph.D."',
    '  email: "kay@example.com"',
    'sections:',
    '  - id: "education"',
    '    title: "Education and Training"',
    '    items:',
    '      - date: "2014 – 2020"',
    '        title: "Ph.D. in Microbiology"',
    '        org: "Michigan State University"',
    '  - id: "research"',
    '    title: "Research Experience"',
    '    items:',
    '      - date: "2012 – 2014"',
    '        title: "Undergraduate Researcher"',
    '        org: "Michigan State University"',
    '',
  ].join('\n');
  assert.equal(detectFormat('cv.yaml', text), 'jsonresume');
  const r = parse(text, 'cv.yaml')!;
  assert.deepEqual([r.contact.name?.value, r.contact.email?.value], ['Kay Card, Ph.D.', 'kay@example.com']);
  assert.deepEqual(
    r.sections.map((s) => [s.kind, s.entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year])]),
    [
      ['education', [['Ph.D. in Microbiology', 'Michigan State University', 2014]]],
      ['experience', [['Undergraduate Researcher', 'Michigan State University', 2012]]],
    ],
  );
});

test('a bilingual data file\'s values given per language ("position: { en: Biologist II, fr: Biologiste II }") are read in English; a map of other keys stays a map', () => {
  const text = [
    'name: Guy Gee',
    'experience:',
    '  - position:',
    '      en: Biologist II',
    '      fr: Biologiste II',
    '    company: Fisheries and Oceans Canada',
    '    date: 2020-09 -- 2021-05',
    '  - position: Research agent',
    '    company: Université de Montréal',
    '    date: 2017-09 -- 2020-09',
    'education:',
    '  - degree:',
    '      en: Doctor of Philosophy in Biology',
    '      fr: Doctorat en biologie',
    '    institution: Université de Montréal',
    'skills:',
    '  - R',
    '',
  ].join('\n');
  const r = parse(text, 'cv.yml')!;
  const work = r.sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(work.entries.map((e) => e.title?.value), ['Biologist II', 'Research agent']);
  assert.equal(r.sections.find((s) => s.kind === 'education')!.entries[0].title?.value, 'Doctor of Philosophy in Biology');
});

test('a data file of its own shape names a role\'s own words "body", "note" or "work" as others do "description": its bullet', () => {
  const text = [
    'name: Kay Card',
    'experience:',
    '  - title: Advisory Board Member',
    '    org: Rare Neurological Disorder Foundation',
    '    date: 2026 – Present',
    '    body: "I provide strategic insights and governance guidance during the foundation\'s national expansion."',
    '  - title: Guest Lecturer',
    '    org: CWRU',
    '    date: 2022',
    '    note: "Gave a lecture on experimental evolution to 120 students."',
    'education:',
    '  - degree: Ph.D. in Microbiology',
    '    institution: Michigan State University',
    '',
  ].join('\n');
  const r = parse(text, 'cv.yaml')!;
  const work = r.sections.find((s) => s.kind === 'experience')!;
  assert.deepEqual(work.entries.map((e) => e.bullets.map((b) => b.text.slice(0, 12))), [['I provide st'], ['Gave a lectu']]);
});

test('a JSON Resume\'s sections of its own ("teaching": [ { "position", "institution", "startDate" } ]) are read as sections, in the looser words; keys JSON Resume has read as before', () => {
  const text = JSON.stringify(
    {
      basics: { name: 'Val Guy', email: 'val@example.com' },
      work: [{ name: 'Université Claude Bernard Lyon 1', position: 'Postdoc', startDate: '2021-01-01' }],
      teaching: [{ position: 'Teaching assistant', institution: 'Université Lumière Lyon 2', startDate: '2020-09-01', endDate: '2020-12-31' }],
      fellowships: [{ title: 'Doctoral fellowship', awarder: 'ANR', date: '2017' }],
      meta: { version: 'v1.0.0' },
    },
    null,
    2,
  );
  const r = parse(text, 'resume.json')!;
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [['Experience', 'experience', 1], ['teaching', 'experience', 1], ['fellowships', 'awards', 1]]);
  const ta = r.sections[1].entries[0];
  assert.deepEqual([ta.title?.value, ta.organisation?.value, ta.dates?.start?.year, ta.dates?.end?.year], ['Teaching assistant', 'Université Lumière Lyon 2', 2020, 2020]);
});

test('a data file of its own shape names a volunteer role\'s organisation "org", as its roles and degrees do', () => {
  const text = ['name: Kay Card', 'experience:', '  - title: Postdoc', '    org: Cleveland Clinic', '    date: 2020 – Present', 'service:', '  - title: Microbiology Day Volunteer', '    org: Impression 5 Science Museum', '    date: "2015"', 'education:', '  - degree: Ph.D. in Microbiology', '    institution: Michigan State University', ''].join('\n');
  const r = parse(text, 'cv.yaml')!;
  const service = r.sections.find((s) => s.kind === 'volunteer')!;
  assert.equal(service.entries[0].organisation?.value, 'Impression 5 Science Museum');
});

test('a site\'s data file that is one list of roles, no section named (_data/employment.yml): one unnamed section, roles under their employer, degrees among them, months kept as numbers', () => {
  const text = [
    '# Employment data file: title, institution, year_start',
    '',
    '- title: Associate Professor',
    '  institution: Northfield University',
    '  location: Ithaca, NY',
    '  month_start: 7',
    '  year_start: 2020',
    '  current: true',
    '',
    '- id: employ_2014',
    '  title: Research Fellow',
    '  institution: Harbour Institute',
    '  month_start: 9',
    '  year_start: 2014',
    '  month_end: 6',
    '  year_end: 2020',
    '',
    '- title: PhD in Economics',
    '  type: phd',
    '  institution: Lakeside University',
    '  year_start: 2009',
    '  year_end: 2014',
    '  note: "Thesis on crop insurance."',
    '',
  ].join('\n');
  assert.equal(detectFormat('employment.yml', text), 'jsonresume');
  const r = parse(text, 'employment.yml')!;
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['', 'experience']]);
  const rows = r.sections[0].entries.map((e) => [e.kind, e.title?.value, e.organisation?.value, e.dates?.start?.text, e.dates?.start?.month, e.dates?.end?.text, e.dates?.current]);
  assert.deepEqual(rows, [
    ['work', 'Associate Professor', 'Northfield University', '07/2020', 7, undefined, true],
    ['work', 'Research Fellow', 'Harbour Institute', '09/2014', 9, '06/2020', false],
    ['education', 'PhD in Economics', 'Lakeside University', '2009', undefined, '2014', false],
  ]);
  // (Roles listed under their employer: "- company" / "roles: [ - role, startDate ]".)
  const nested = ['- company: Shopify', '  roles:', '    - startDate: 2021', '      endDate: Present', '      role: Staff Designer', '    - startDate: 2018', '      endDate: 2021', '      role: Design Lead', '- company: Marvel', '  roles:', '    - startDate: 2016', '      endDate: 2016', '      role: Product Designer', ''].join('\n');
  assert.equal(detectFormat('resume.yml', nested), 'jsonresume');
  const n = parse(nested, 'resume.yml')!;
  assert.deepEqual(n.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Staff Designer', 'Shopify'], ['Design Lead', 'Shopify'], ['Product Designer', 'Marvel']]);
  // (A list of posts with no employer and no dates says nothing of a person's roles.)
  assert.equal(detectFormat('data.yml', ['- title: Hello world', '  tags: [blog]', '- title: Second post', ''].join('\n')), undefined);
});

test('a site\'s CV data whose roles file their school under "location:" ("location: University of California, Los Angeles") gives that school as the employer; a town under "location:" stays the place', () => {
  const yaml = ['name: Ada Doe', 'email: ada@example.com', 'education:', '  - degree: Ph.D.', '    location: University of California, Los Angeles', '    year: 2018', 'research:', '  - title: Postdoctoral Fellow', '    location: University of California, Los Angeles', '    dates: 2018 – 2020', '  - title: Research Assistant', '    location: Fresno, CA', '    dates: 2010 – 2012', ''].join('\n');
  const r = parse(yaml, 'cv.yaml')!;
  const roles = r.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.entries);
  assert.deepEqual(roles.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Postdoctoral Fellow', 'University of California, Los Angeles', undefined],
    ['Research Assistant', undefined, 'Fresno, CA'],
  ]);
});

test('a CV data file of its own shape whose entries list their printed lines under "what", dated by "when" ("**Graduate Research Assistant.** _University of Central Florida._ Contributed to …"; "**Master of Science**" / "University of Central Florida (UCF), _Orlando, Florida, USA_"): the bold words are the post or degree, the italic ones or the next line the employer or school and its place, the rest what was done; a note after the range ("(4 semesters)") leaves the range read', () => {
  const text = [
    'firstname: Lux',
    'lastname: Miranda',
    'Education:',
    '  -',
    '    when: 2020-2022',
    '    what:',
    '      - "**Master of Science in Industrial Engineering**"',
    '      - University of Central Florida (UCF), _Orlando, Florida, USA_',
    '      - "Thesis title: _Humans in algorithms_"',
    'Research Experience:',
    '  -',
    '    when: "August 2020 - \\n May 2022 \\n (4 semesters)"',
    '    what:',
    '      - "**Graduate Research Assistant.** _University of Central Florida',
    '        Complex Adaptive Systems Laboratory._ Contributed to the publication',
    '        of three journal articles."',
    '  -',
    '    when: "Summer 2018"',
    '    what:',
    '      - "**NASA Space Grant Consortium Fellow.** Managed a team of ten other programmers."',
    'Skills:',
    '  - Python',
  ].join('\n');
  const r = parse(text, 'cv.yaml')!;
  const rows = r.sections.filter((s) => s.kind === 'education' || s.kind === 'experience').flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.dates?.end?.year, e.bullets.length]);
  assert.deepEqual(rows, [
    ['Master of Science in Industrial Engineering', 'University of Central Florida (UCF)', 'Orlando, Florida, USA', 2020, 2022, 1],
    ['Graduate Research Assistant', 'University of Central Florida Complex Adaptive Systems Laboratory', undefined, 2020, 2022, 1],
    ['NASA Space Grant Consortium Fellow', undefined, undefined, 2018, undefined, 1],
  ]);
  // Every field's span holds its value as written.
  for (const e of r.sections.flatMap((s) => s.entries)) if (e.title && !e.title.value.includes('\n')) assert.equal(text.slice(e.title.span.start, e.title.span.end).replace(/\s+/g, ' '), e.title.value);
});

test('a role\'s or a project\'s summary with no highlights is what the page prints under it: one paragraph item each, not a claim owing a number', () => {
  const json = JSON.stringify(
    {
      basics: { name: 'Tim Bell' },
      work: [
        { name: 'Acme', position: 'Contract Developer', startDate: '2019-01', endDate: '2019-06', summary: 'Built the billing service in C#.\n\nMoved the team to continuous delivery.' },
        { name: 'Beta', position: 'Developer', startDate: '2017-01', endDate: '2018-12', summary: 'Ran the reports.', highlights: ['Cut costs 10%'] },
      ],
      projects: [{ name: 'Custom racing wheel', description: 'Used Arduino to create a steering wheel for driving games' }],
    },
    null,
    2,
  );
  const yaml = ['cv:', '  name: Jo Roe', '  sections:', '    teaching:', '      - name: P303 Health Psychology', '        date: 2021', '        summary: Taught two sections of 40 students.', ''].join('\n');
  const r = parse(json, 'resume.json')!;
  const entries = r.sections.flatMap((s) => s.entries);
  assert.deepEqual(entries.map((e) => [e.title?.value, e.bullets.map((b) => [b.text, !!b.paragraph]), e.description?.text]), [
    ['Contract Developer', [['Built the billing service in C#.', true], ['Moved the team to continuous delivery.', true]], undefined],
    ['Developer', [['Cut costs 10%', false]], 'Ran the reports.'],
    ['Custom racing wheel', [['Used Arduino to create a steering wheel for driving games', true]], undefined],
  ]);
  const cv = parse(yaml, 'Jo_Roe_CV.yaml')!;
  assert.deepEqual(cv.sections.flatMap((s) => s.entries).map((e) => e.bullets.map((b) => [b.text, !!b.paragraph])), [[['Taught two sections of 40 students.', true]]]);
  // The paragraph is prose the rules read, but owes no number: no missing-metric finding.
  const linted = lint(json, 'resume.json', { today: { year: 2026, month: 11, day: 22 } })!;
  assert.deepEqual(linted.findings.filter((f) => f.ruleId === 'missing-metric').map((f) => json.slice(f.span.start, f.span.end)), []);
});

test('a site\'s résumé data under the keys themes use ("company_name", "job_title", "school_name") names the employer, the post and the school', () => {
  const text = [
    'name: Ada Medina',
    'education:',
    '  - area: MPH, Social & Behavioral Science',
    '    school_name: Harvard T.H. Chan School of Public Health',
    '    date_start: 2023-08-01',
    '    date_end: 2024-05-01',
    'work:',
    '  - position: Research Data Manager',
    '    company_name: McLean Hospital, Harvard Medical School',
    '    date_start: 2023-11-01',
    '    date_end: ""',
    'experience:',
    '  - job_title: Laboratory Manager',
    '    organisation: Loyola University Chicago',
    '    date_start: 2019-06-01',
    '    date_end: 2021-05-01',
    '',
  ].join('\n');
  const r = parse(text, 'resume.yaml')!;
  const es = r.sections.flatMap((s) => s.entries.map((e) => [s.kind, e.title?.value, e.organisation?.value]));
  assert.deepEqual(es, [
    ['education', 'MPH, Social & Behavioral Science', 'Harvard T.H. Chan School of Public Health'],
    ['experience', 'Research Data Manager', 'McLean Hospital, Harvard Medical School'],
    ['experience', 'Laboratory Manager', 'Loyola University Chicago'],
  ]);
});

test('a site\'s résumé data with no name key, a "bio" beside its roles and degrees, is a résumé of its own shape; roles listed under their employer ("org" / "roles") are each an entry', () => {
  const text = [
    'bio: |',
    '  I am a research engineer working on computational geometry.',
    'experience:',
    '  - org: Synopsys, Stockholm, Sweden',
    '    roles:',
    '      - period: "Jan 2026–Present"',
    '        role: Senior Research Engineer',
    '      - period: "Jul 2025–Jan 2026"',
    '        role: Research Engineer II',
    '  - period: "Sep 2018–Dec 2022"',
    '    role: PhD Researcher',
    '    org: ETH Zurich',
    'education:',
    '  - degree: Doctor of Sciences',
    '    institution: ETH Zurich',
    '    period: "2018–23"',
    '',
  ].join('\n');
  assert.equal(detectFormat('resume.yaml', text), 'jsonresume');
  const r = parse(text, 'resume.yaml')!;
  assert.deepEqual(r.sections.find((s) => s.kind === 'experience')!.entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Senior Research Engineer', 'Synopsys, Stockholm, Sweden'],
    ['Research Engineer II', 'Synopsys, Stockholm, Sweden'],
    ['PhD Researcher', 'ETH Zurich'],
  ]);
});
