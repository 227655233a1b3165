// Section headings in text copied out of PDFs printed from HTML templates: names in a gutter
// beside the first line, per-entry labels, names that are also roles or wrapped words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from './text';
import { parseMarkdown } from './markdown';
import { classifyHeading, sectionKindOf } from './section-names';
import type { Resume } from '../model';

function titles(r: Resume): string[] {
  return r.sections.map((s) => `${s.title} (${s.kind})`);
}

test('headings: a Title Case name in a gutter on the line of its first entry starts the section', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    'Work Platform Engineer',
    'Northwind Ltd.',
    'Mar 2019 – Apr 2023',
    'Volunteer Riverside Food Bank',
    'Driver',
    'Jan 2016 – Dec 2018',
    'Education Lakeside Polytechnic',
    'Diploma in Electronics',
    'Sep 2012 – Jun 2015',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(titles(r), ['Work (experience)', 'Volunteer (volunteer)', 'Education (education)']);
  const work = r.sections[0];
  // The heading is the name only; the rest of the line is the section's first line.
  assert.equal(text.slice(work.headingSpan!.start, work.headingSpan!.end), 'Work');
  assert.equal(work.entries[0].title?.value, 'Platform Engineer');
  const edu = r.sections[2].entries[0];
  assert.equal(edu.organisation?.value ?? edu.title?.value, 'Lakeside Polytechnic');
});

test('headings: a name in capitals in a gutter before ordinary text starts the section', () => {
  const text = [
    'Robin Vale',
    'SUMMARY Builds payment systems that stay up during the holiday rush.',
    'EXPERIENCE 2018-02-01 — 2021-06-30, Staff Engineer',
    'Kept the ledger service within its error budget for three years.',
    'EDUCATION 2010-09-01 — 2014-06-30, Lakeside Polytechnic',
    'SKILLS Go, Kafka, PostgreSQL',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(titles(r), ['SUMMARY (summary)', 'EXPERIENCE (experience)', 'EDUCATION (education)', 'SKILLS (skills)']);
  assert.equal(r.sections[1].entries.length, 1);
  assert.ok(r.skills.some((s) => s.value === 'Kafka'));
});

test('headings: one line starting with a section word is a role, not a gutter heading', () => {
  const text = [
    'Robin Vale',
    '',
    'Experience',
    'Research Assistant',
    'Harbor Institute, 2019 – 2021',
    'Training Materials Lead',
    'Northwind Ltd., 2016 – 2019',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Experience (experience)']);
});

test('headings: a label repeated under every entry ("Courses") is no section', () => {
  const text = [
    'Robin Vale',
    '',
    'Education',
    'Lakeside Polytechnic',
    '2012 – 2015',
    '',
    'Courses',
    'Signals and Systems',
    'Embedded Design',
    '',
    'Harbor University',
    '2015 – 2017',
    '',
    'Courses',
    'Control Theory',
    '',
    'Awards',
    'Dean’s List',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Education (education)', 'Awards (awards)']);
});

test('headings: the section’s own name again inside it is a role', () => {
  const text = [
    'Robin Vale',
    '',
    'Volunteer',
    'Riverside Food Bank',
    '2019-01-01 — 2020-12-31',
    'Volunteer',
    'Sorted donations and drove the weekly delivery route.',
    '',
    'Skills',
    'Logistics',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Volunteer (volunteer)', 'Skills (skills)']);
});

test('headings: the second line of a wrapped name is no heading', () => {
  const text = [
    'Robin Vale',
    '',
    'Education',
    'Northern Institute of',
    'Technology',
    '2015 – 2019',
    'Signal Processing',
    'Programming',
    'Languages',
    '',
    'Skills',
    'Go, Rust',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Education (education)', 'Skills (skills)']);
});

test('headings: in a list of interests or skills, listed words that are also section names stay items', () => {
  const text = [
    'Robin Vale',
    '',
    'Skills',
    'Cloud',
    'Terraform, Helm',
    '',
    'Project',
    'Scrum, Kanban',
    '',
    'Interests',
    'Outdoors',
    'Climbing',
    '',
    'Books',
    'Reading',
    'History',
    '',
    'References',
    'Available on request.',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Skills (skills)', 'Interests (interests)', 'References (references)']);
});

test('headings: where every heading is in capitals, a Title Case section name is a label', () => {
  const text = [
    'Robin Vale',
    '',
    'SUMMARY',
    'Builds payment systems.',
    '',
    'SKILLS',
    'Programming Languages',
    'Go, Rust',
    '',
    'WORK EXPERIENCE',
    'Staff Engineer, Northwind Ltd., 2018 – 2021',
    '',
    'AWARDS',
    'Engineer of the Year, 2020',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['SUMMARY (summary)', 'SKILLS (skills)', 'WORK EXPERIENCE (experience)', 'AWARDS (awards)']);
});

test('headings: a name in capitals in a gutter before a bare year or lower-case items starts the section', () => {
  const text = [
    'Robin Vale',
    'EXPERIENCE 2018 — Present',
    'Staff Engineer, Northwind Ltd.',
    'AWARDS 2019',
    'Engineer of the Year, Northwind Ltd.',
    'INTERESTS climbing, chess, film',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['EXPERIENCE (experience)', 'AWARDS (awards)', 'INTERESTS (interests)']);
});

test('headings: a name in capitals that ends on a joining word ("OLIN COLLEGE OF" over "ENGINEERING") goes on on the next line: no section, though the document heads its sections in capitals', () => {
  const text = ['Halie Davis', 'halie@example.com', '', 'EXPERIENCE', 'Course Assistant, Olin College, Jan 2015 – May 2015', '• Graded 40 problem sets a week', '', 'EDUCATION', '', 'OLIN COLLEGE OF', 'ENGINEERING', 'BS in Mechanical Engineering', 'Expected May 2016', '', 'SKILLS', 'SolidWorks, MATLAB'].join('\n');
  assert.deepEqual(titles(parseText(text)), ['EXPERIENCE (experience)', 'EDUCATION (education)', 'SKILLS (skills)']);
});

test('headings: Testimonials is a references section', () => {
  const text = ['Robin Vale', '', 'Skills', 'Go, Rust', '', 'TESTIMONIALS', '“Robin kept the lights on.” — A. Manager'].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Skills (skills)', 'TESTIMONIALS (references)']);
});

test('headings: a name ending in a singular kind word is a thing of that kind, not a section', () => {
  const text = [
    'Robin Vale',
    '',
    'Education',
    'Lakeside Polytechnic',
    '2012 – 2015',
    '',
    'Bachelor in Information Technology',
    '',
    'Awards',
    'Engineer of the Year',
    '',
    'Excellence in Customer Service',
    'Northwind Ltd., 2021',
    '',
    'Skills',
    'Go, Rust',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Education (education)', 'Awards (awards)', 'Skills (skills)']);
});

test('headings: a course list under a degree is part of the degree', () => {
  const text = [
    'Robin Vale',
    '',
    'Education',
    'Lakeside Polytechnic',
    'Diploma in Electronics',
    '2012 – 2015',
    '',
    'Courses',
    'EE101 - Circuits',
    '',
    'Skills',
    'Go, Rust',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Education (education)', 'Skills (skills)']);
});

test('headings: in a gutter document, a name before a role word still starts a section of a new kind', () => {
  const text = [
    'Robin Vale',
    'Work CTO/Founder',
    'Northwind Ltd.',
    'Mar 2019 – Apr 2023',
    'Volunteer Riverside Food Bank',
    'Driver',
    'Jan 2016 – Dec 2018',
    'Education Lakeside Polytechnic',
    'Diploma in Electronics',
    'Sep 2012 – Jun 2015',
    'Projects Ledger',
    'A double-entry bookkeeping tool.',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(titles(r), ['Work (experience)', 'Volunteer (volunteer)', 'Education (education)', 'Projects (projects)']);
  assert.equal(r.sections[0].entries[0].title?.value, 'CTO/Founder');
});

test('headings: the names other trades give their sections (License / Certs, Clinical Rotations, Military, LinkedIn\'s Honors-Awards)', () => {
  const text = ['Dana Ruiz', 'dana@example.org', '', 'LICENSE / CERTS:', 'WA Electrical Trainee Certificate #ET-1234', '', 'CLINICAL ROTATIONS', 'Pediatrics, Sunmeadow Children\'s Hospital', '', 'MILITARY', 'Motor Transport Operator, Kentucky Army National Guard, 2012 – 2018'].join('\n');
  assert.deepEqual(titles(parseText(text)), ['LICENSE / CERTS (certifications)', 'CLINICAL ROTATIONS (experience)', 'MILITARY (experience)']);
  const linkedIn = ['Brent Calloway', 'Outside Sales Representative', '', 'Summary', 'Seasoned medical device rep.', '', 'Experience', 'Halden Surgical', 'Outside Sales Representative', 'January 2022 - Present (3 years 4 months)', '', 'Honors-Awards', 'President\'s Club 2023'].join('\n');
  assert.deepEqual(titles(parseText(linkedIn)), ['Summary (summary)', 'Experience (experience)', 'Honors-Awards (awards)']);
});

test('headings: "Additional Information" (Indeed\'s last section) and "REFERENCE" are named sections, with no blank line before them', () => {
  const text = ['Dana Whitfield', 'dana@example.com', 'WORK EXPERIENCE', 'Room Leader – Toddler Room', 'Sunbeam Kids Early Learning, Parramatta NSW', 'Mar 2021 – Present', '• Led a room of 12 toddlers with 3 educators.', 'ADDITIONAL INFORMATION', 'Full driving licence. Willing to travel.', 'REFERENCE', 'Available on request.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['WORK EXPERIENCE', 'experience'], ['ADDITIONAL INFORMATION', 'other'], ['REFERENCE', 'references']]);
  // ("Leader" is a job's word: the title is before the dash, not the room after it, which, with the
  // employer and its place on the next line, qualifies the title.)
  assert.equal(r.sections[0].entries[0].title?.value, 'Room Leader – Toddler Room');
  assert.equal(r.sections[0].entries[0].organisation?.value, 'Sunbeam Kids Early Learning');
});

test('headings: "Courses" over dated lines, or "RELEVANT COURSEWORK" in capitals where every heading is, is a section of its own', () => {
  const dated = ['Robin Vale', '', 'Education', 'Bachelor of Science, Accounting, University of Colorado', 'August 2015 — May 2019', '', 'Courses', 'CPA Review (FAR, AUD, REG), Becker', 'January 2024 — June 2025', '', 'Skills', 'NetSuite'].join('\n');
  assert.deepEqual(titles(parseText(dated)), ['Education (education)', 'Courses (certifications)', 'Skills (skills)']);
  const caps = ['ROBIN VALE', '', 'EDUCATION', 'Virginia Tech, B.S. Mechanical Engineering', 'May 2025', '', 'RELEVANT COURSEWORK', 'Thermodynamics I & II, Fluid Mechanics, Machine Design', '', 'ENGINEERING EXPERIENCE', 'Lab Assistant, Turbomachinery Lab', 'Jan 2023 – May 2024', '• Machined 20+ probe mounts', '', 'PROJECTS', 'Formula SAE intake manifold', '', 'SKILLS', 'SolidWorks'].join('\n');
  assert.deepEqual(titles(parseText(caps)).slice(0, 2), ['EDUCATION (education)', 'RELEVANT COURSEWORK (other)']);
});

test('headings: an economist\'s "WORKING PAPERS", "WORK IN PROGRESS", "RESEARCH FIELDS" and "ADVISING" are sections; a letter-spaced name under a letter-spaced SKILLS is one too', () => {
  const econ = ['MAYA LINDGREN', '', 'RESEARCH FIELDS', 'Labor economics, household finance', 'PUBLICATIONS', '1. “Credit and Job Search.” Journal of Labor Economics, 2021.', 'WORKING PAPERS', '2. “Buy Now, Pay Later and Household Liquidity.” Revise and resubmit.', 'WORK IN PROGRESS', '– “Paid Leave Mandates and Small-Business Credit”', 'ADVISING', 'Ph.D. students: Wen Zhao (expected 2025)', 'TEACHING', '14.661 Labor Economics I'].join('\n');
  assert.deepEqual(titles(parseText(econ)).slice(0, 5), ['RESEARCH FIELDS (interests)', 'PUBLICATIONS (publications)', 'WORKING PAPERS (publications)', 'WORK IN PROGRESS (publications)', 'ADVISING (other)']);
  const spaced = ['Brian Castellano', 'brian@example.com', 'E X P E R I E N C E', 'Project Manager, Haskell Builders 2019 – Present', '• Delivered 6 projects worth $120M on schedule.', 'S K I L L S', 'Change order management', 'Quality control & closeout', 'S O F T WA R E', 'Procore, Primavera P6, Bluebeam Revu'].join('\n');
  assert.deepEqual(titles(parseText(spaced)), ['EXPERIENCE (experience)', 'SKILLS (skills)', 'SOFTWARE (skills)']);
});

test('headings: two known section names joined by "&" or "and" are a known name too, set apart as the others are', () => {
  assert.deepEqual(classifyHeading('TRAINING & CERTIFICATIONS'), { kind: 'certifications', exact: true });
  assert.deepEqual(classifyHeading('Skills and Interests'), { kind: 'skills', exact: true });
  assert.deepEqual(classifyHeading('Awards / Scholarships'), { kind: 'awards', exact: true });
  // A joined name whose last word alone names nothing ("service") is still that name.
  assert.deepEqual(classifyHeading('ACADEMIC SERVICE & COMMUNITY ENGAGEMENT'), { kind: 'volunteer', exact: true });
  // One part that is no section's name leaves the whole a guess.
  assert.equal(classifyHeading('Research and Development').exact, false);
  const text = '**DESHAWN MCALLISTER**\n\n**EXPERIENCE**\n\n**HVAC Apprentice**, Cool Air Services (2022 – Present)\n\n- Installed 40 ductless systems\n\n**TRAINING & CERTIFICATIONS**\n\n- EPA Section 608 Universal Certification (2024)\n\n**EDUCATION**\n\n- HVAC Technology Certificate, Olentangy Technical College, 2022\n';
  assert.deepEqual(parseMarkdown(text).sections.map((s) => [s.title, s.kind]), [['EXPERIENCE', 'experience'], ['TRAINING & CERTIFICATIONS', 'certifications'], ['EDUCATION', 'education']]);
});

test('headings: a known name with the years it covers, or a participle after it, is that name ("Presentations since 2009", "Grants Awarded")', () => {
  assert.deepEqual(classifyHeading('Presentations since 2009'), { kind: 'publications', exact: true });
  assert.deepEqual(classifyHeading('PUBLICATIONS SINCE 2015'), { kind: 'publications', exact: true });
  assert.equal(classifyHeading('Grants Awarded').kind, 'awards');
  assert.equal(classifyHeading('Talks Given').kind, 'publications');
  assert.equal(classifyHeading('Honors Received').kind, 'awards');
  // A role's heading with its years names no section.
  assert.equal(classifyHeading('Product Manager since 2019').kind, undefined);
});

test('headings: an academic CV\'s list of students supervised or mentored is a section of its own, whose names and years are no roles', () => {
  for (const name of ['Student Supervision', 'Supervision', 'Thesis Supervision', 'Mentoring', 'Mentorship']) assert.equal(classifyHeading(name).kind, 'other', name);
  const text = ['Ana Ruiz', 'ana@example.org', '', 'Academic Appointments', 'Postdoctoral Researcher Sep 2022 – present', 'Uppsala University, Uppsala, Sweden', '– Tagged 640 birds at 5 sites', 'Student Supervision', 'Karin Berg (PhD, Uppsala University, 2023–, co-supervisor)', 'Jonas Ek (MSc, Uppsala University, 2024)', 'Education', 'Ph.D. in Ecology 2016 – 2020', 'UNICAMP, Campinas, Brazil'].join('\n');
  const r = parseText(text);
  assert.deepEqual(titles(r), ['Academic Appointments (experience)', 'Student Supervision (other)', 'Education (education)']);
  assert.equal(r.sections[0].entries.length, 1);
});

test('headings: the names other trades and countries give their sections', () => {
  const kinds: [string, string][] = [
    ['Declaration', 'other'],
    ['Peer Review', 'other'],
    ['Press', 'other'],
    ['Trainings and Seminars', 'certifications'],
    ['Seminars Attended', 'certifications'],
    ['Workshops', 'certifications'],
    ['Speaking Engagements', 'publications'],
    ['Selected Exhibitions', 'projects'],
    ['Languages Spoken', 'languages'],
    ['Editorial Boards', 'volunteer'],
    ['Highlights of Qualifications', 'summary'],
    ['Extra-Curricular Activities', 'interests'],
  ];
  for (const [name, kind] of kinds) assert.deepEqual([name, classifyHeading(name).kind, classifyHeading(name).exact], [name, kind, true]);
  // "Highlights" alone heads a role's bullets in many themes: no section.
  assert.equal(classifyHeading('Highlights').kind, undefined);
});

test('headings: a letter-spaced name beside its first line, which opens with initials ("E D U C AT I O N B.F.A. Graphic Design · Oregon State University")', () => {
  const text = ['Ana Ruiz', 'ana@example.org', 'E X P E R I E N C E Senior UX Designer · Brightpath Learning', '2019 — Present · Portland, OR', 'Redesigned the onboarding flow for 40,000 teachers.', 'E D U C AT I O N B.F.A. Graphic Design · Oregon State University', '2011 — 2015 · Corvallis, OR'].join('\n');
  const r = parseText(text);
  assert.deepEqual(titles(r), ['EXPERIENCE (experience)', 'EDUCATION (education)']);
  assert.equal(r.sections[1].entries[0]?.title?.value, 'B.F.A. Graphic Design');
});

test('headings: a trade\'s list of the machines it runs is a skills section, after Skills too ("EQUIPMENT", "Equipment Operated", "Machinery")', () => {
  for (const name of ['Equipment', 'Equipment Operated', 'Machinery', 'Heavy Equipment', 'Tools & Equipment']) assert.equal(classifyHeading(name).kind, 'skills', name);
  const text = ['Dale Moreno', 'dale.moreno@mail.com', 'SKILLS', 'Manhattan WMS', 'OSHA safety', 'EQUIPMENT', 'Sit-down forklift, reach truck,', 'order picker, electric pallet jack', 'EXPERIENCE', 'Warehouse Lead, Kestrel Foods', 'Mar 2019 – Present', '• Ran a crew of 12 on the night shift'].join('\n');
  assert.deepEqual(titles(parseText(text)), ['SKILLS (skills)', 'EQUIPMENT (skills)', 'EXPERIENCE (experience)']);
});

test('headings: small capitals whose first letter pdftotext sets apart and whose others it copies in lower case ("P rofessional E xperience", "E ducation"); a sentence is none ("I manage a team")', () => {
  const text = ['Judith Amankwah', 'judith@mail.com', '', 'P rofile', 'Academic librarian with 14 years in university and public libraries.', '', 'E ducation', '2011', 'Master of Library and Information Science', 'University of Toronto', '', 'P rofessional E xperience', '2019 – present', 'Instruction Librarian', 'Fox River College Library, Appleton, WI', 'I manage', 'a team of four.'].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [
    ['Profile', 'summary'],
    ['Education', 'education'],
    ['Professional Experience', 'experience'],
  ]);
});

test('headings: a kind of entries named before "Experience" is a section of that kind, after the work section too', () => {
  assert.deepEqual(classifyHeading('PROJECTS EXPERIENCE'), { kind: 'projects', exact: true });
  assert.deepEqual(classifyHeading('Education Experience'), { kind: 'education', exact: true });
  // ("Leadership Experience" stays experience; "Research Experience" too.)
  assert.equal(classifyHeading('Leadership Experience').kind, 'experience');
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'WORK EXPERIENCE',
    'Platform Engineer, Northwind Ltd.',
    'Mar 2019 - Apr 2023',
    'Built the billing pipeline that cut invoice errors by 40%',
    '',
    'PROJECTS EXPERIENCE',
    'Tide Tables',
    'Jan 2021 - Jun 2021',
    'A tide predictor for kayakers',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(titles(r), ['WORK EXPERIENCE (experience)', 'PROJECTS EXPERIENCE (projects)']);
  assert.equal(r.sections[1].entries[0].title?.value, 'Tide Tables');
  assert.equal(r.sections[0].entries[0].organisation?.value, 'Northwind Ltd.');
});

test('headings: "Registration" names a section of licences (a midwife\'s, a nurse\'s, an engineer\'s)', () => {
  assert.deepEqual(classifyHeading('Registration'), { kind: 'certifications', exact: true });
});

test('"Research" alone heads research positions and projects (experience); "Research & Publications" heads papers', () => {
  assert.equal(sectionKindOf('Research'), 'experience');
  assert.equal(sectionKindOf('RESEARCH & PUBLICATIONS'), 'publications');
  assert.equal(sectionKindOf('Publications and Research'), 'publications');
  assert.equal(sectionKindOf('Research Projects'), 'projects');
});

test('"Consulting" names work for clients (experience), also beside "Training": a trainer\'s and consultant\'s roles, not certificates', () => {
  assert.equal(sectionKindOf('Consulting'), 'experience');
  assert.equal(sectionKindOf('Teacher Training & Consulting'), 'experience');
  assert.equal(sectionKindOf('Training'), 'certifications');
});

test('headings: LaTeX\'s spacing accents ("Exp´eriences"), curly apostrophes and one-word plurals ("Formations") name their kinds', () => {
  assert.equal(sectionKindOf('Exp´eriences'), 'experience');
  assert.equal(sectionKindOf('Comp´etences'), 'skills');
  assert.equal(sectionKindOf('Formations'), 'education');
  assert.equal(sectionKindOf('Centres d’intérêt'), 'interests');
});

test('"Current position", "Previous position", "Current role" head roles', () => {
  for (const h of ['Current position', 'Previous position', 'Current Role', 'Previous role']) assert.equal(sectionKindOf(h), 'experience', h);
});

test('a one-word heading with one letter changed or two swapped names its section ("SUMMERY"); one added or dropped does not ("Experienced")', () => {
  assert.equal(sectionKindOf('SUMMERY'), 'summary');
  assert.equal(sectionKindOf('EXPERIANCE'), 'experience');
  for (const h of ['Experienced', 'Certificate', 'RESUME', 'Summer']) assert.equal(sectionKindOf(h), undefined, h);
});

test('a slip of the kind word in a longer heading names its section too ("Work Experiance", "Professional Expereince"); a title stays no heading', () => {
  assert.equal(sectionKindOf('Work Experiance'), 'experience');
  assert.equal(sectionKindOf('Professional Expereince'), 'experience');
  assert.equal(sectionKindOf('Higher Educaton'), 'education'); // (a letter dropped inside a long name too)
  for (const h of ['Project Manager', 'Summer Camp', 'Ben Carter', 'Table Of Contents']) assert.equal(sectionKindOf(h), undefined, h);
  const r = parseText(['Dolores Diaz', 'dd@example.com', '', 'Work Experiance', '-----------------', '', 'Production Artist (Aug. 2011 – Present)', 'Pepwear LLC', 'Printed 300 films a week'].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [['Work Experiance', 'experience', 1]]);
});

test('"Appointments Held", "Offices Held": a generic last word defers to the kind word before it; "&" parts a name as "and" does', () => {
  assert.equal(sectionKindOf('APPOINTMENTS HELD'), 'experience');
  assert.equal(sectionKindOf('Positions Held'), 'experience');
  assert.equal(sectionKindOf('Research & Publications'), 'publications');
  assert.equal(sectionKindOf('Awards & Honors'), 'awards');
  assert.equal(sectionKindOf('Skills & Tools'), 'skills');
});

test('"European History", "US History": a subject studied names no history of work; "Work History", "Employment History" do', () => {
  for (const h of ['European History', 'US History', 'Art History']) assert.equal(sectionKindOf(h), undefined, h);
  for (const h of ['Work History', 'Employment History', 'Career History', 'History']) assert.equal(sectionKindOf(h), 'experience', h);
});

test('"Skills and Qualifications", "Skills/Qualifications" name skills; "Qualifications" alone still names education', () => {
  for (const h of ['Skills/Qualifications', 'SKILLS AND QUALIFICATIONS', 'Skills & Qualifications']) assert.equal(sectionKindOf(h), 'skills', h);
  assert.equal(sectionKindOf('Qualifications'), 'education');
});

test('a letter dropped inside a long name is a slip of it ("Activties", "Refrences"); a last letter dropped or a common word is not', () => {
  assert.equal(sectionKindOf('Activties'), 'interests');
  assert.equal(sectionKindOf('Refrences'), 'references');
  for (const h of ['Certificate', 'Experienced', 'Resume']) assert.equal(sectionKindOf(h), undefined, h);
});

test('headings: a gutter name in capitals may end in a colon ("EDUCATION:<tab>Columbia University"); a Title Case label and its value stays a line', () => {
  const text = 'Jane Kim\njane@janekim.me\n\nEDUCATION: \tColumbia University, Columbia College, New York, NY\n\tB.A. Computer Science, May 2014\nEXPERIENCE:\tLover.ly, NYC\t\tSeptember 2013-Present\n\tSoftware Developer Intern\n\t•\tCreated a WordPress plugin used by 40 publishers\nSKILLS\nLanguages: English, Korean\nSoftware: Stata, R, Python\n';
  assert.deepEqual(titles(parseText(text)), ['EDUCATION (education)', 'EXPERIENCE (experience)', 'SKILLS (skills)']);
});

test('headings: in a section of entries, a line named like a section only by its last word, right over a line of dates, is an entry\'s title', () => {
  const text = 'Kristina Hennessey\n250-307-7203\n\nEducation\nBritish Columbia Institute of Technology\nWeb Design Technologies\nSeptember 2016 – Present\nWork History\nKal Tire\nCall Centre Agent\nJanuary 2016 – Present\nAnswered 80 customer calls a day.\nSkills\nTechnologies\nHTML, CSS\n';
  assert.deepEqual(titles(parseText(text)), ['Education (education)', 'Work History (experience)', 'Skills (skills)']);
});

test('headings: "Tech Experience" over methods and tools with no dates names what the person can do, no roles; with dated roles under it, it is experience', () => {
  const tools = '# Marie\n\nmarie@example.com\n\n## Tech Experience\n\n- Test Driven Development\n- Agile methodologies and XP values\n\n## Employment\n\n### Senior Architect, Metropolitan Workshop (Nov 2019 - July 2021)\n\n- Led 4 projects\n';
  assert.deepEqual(parseMarkdown(tools).sections.map((s) => s.kind), ['other', 'experience']);
  const roles = '# Marie\n\nmarie@example.com\n\n## Technical Experience\n\n### Developer, Acme (2019 - 2021)\n\n- Built 3 services\n';
  assert.deepEqual(parseMarkdown(roles).sections.map((s) => s.kind), ['experience']);
  // ("Computing Experience" over "Git / GitHub." / "Fortran 90/95.": the same.)
  assert.deepEqual(parseMarkdown(tools.replace('Tech Experience', 'Computing Experience')).sections.map((s) => s.kind), ['other', 'experience']);
});

test('headings: "Knowledge, Skills, and Abilities" (a US federal résumé\'s KSAs) names skills, its commas and all, as a line of its own', () => {
  assert.equal(sectionKindOf('Knowledge, Skills, and Abilities'), 'skills');
  assert.equal(sectionKindOf('KSAs'), 'skills');
  const r = parseText(['Rowan Ames', 'rowan@example.com', '', 'Knowledge, Skills, and Abilities:', '- Active Listening — giving full attention to what others say', '', 'Education:', 'Northgate High School 2012 - 2016'].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Knowledge, Skills, and Abilities', 'skills'], ['Education', 'education']]);
});

test('headings: "Qualifications" over a list of credentials ("Certified Public Accountant (CPA)", "Enrolled Agent (EA)") is the certifications; over degrees it stays the education', () => {
  const creds = parseText('Jo Bloggs\njo@x.com\n\nQUALIFICATIONS\nCertified Public Accountant (CPA)\nCertified Fraud Examiner (CFE)\nEnrolled Agent (EA)\n\nEXPERIENCE\nAccountant, Acme, 2019 - 2022\n- Closed 12 month-end books\n');
  assert.deepEqual(creds.sections.map((s) => [s.title, s.kind]), [['QUALIFICATIONS', 'certifications'], ['EXPERIENCE', 'experience']]);
  const degrees = parseText('Jo Bloggs\njo@x.com\n\nQUALIFICATIONS\nBachelor of Early Childhood Education, Macquarie University, 2015\nFirst Aid Certificate, 2016\n');
  assert.equal(degrees.sections[0].kind, 'education');
});

test('headings: "Other Experience" and "Additional Experience" name sections of their own, with no blank line and a dated role under them', () => {
  const text = [
    'Jane Doe', 'jane@example.com', '', 'Work Experience', '2021 – 2024', 'Senior Backend Engineer, STRV s.r.o, Prague, Czech Republic', '○ Led discovery for 6 projects',
    'Other Experience', '2022 – 2024', 'Mentor, DevCareer, Lagos, Nigeria', 'Mentored 12 junior developers in backend engineering.',
    'Additional Experience', '2019 – 2020', 'Programming Tutor, Codes, Lagos, Nigeria', 'Taught 20 students.',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(titles(r), ['Work Experience (experience)', 'Other Experience (experience)', 'Additional Experience (experience)']);
  assert.deepEqual(r.sections.map((s) => s.entries.map((e) => [e.title?.value, e.organisation?.value])), [[['Senior Backend Engineer', 'STRV s.r.o']], [['Mentor', 'DevCareer']], [['Programming Tutor', 'Codes']]]);
});

test('headings: a physicist\'s "PROCEDURES" (skills) and an academic\'s "PREPRINTS" (publications) name sections', () => {
  const text = [
    'ALI KHAN', 'ali@example.org', '', 'EXPERIENCE', 'Medical Physics Resident, Banner Health, Greeley, CO 2019 – 2021', '• Commissioned 2 linacs',
    '', 'PROCEDURES', 'HDR source swapping and daily quality assurance', 'Radiation therapy vault shielding calculations',
    '', 'PREPRINTS', 'Khan, A. 2024. Dose in small fields. arXiv:2401.01234',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['EXPERIENCE (experience)', 'PROCEDURES (skills)', 'PREPRINTS (publications)']);
});

test('headings: a German CV\'s "Steckbrief" (the person\'s details), "Stärken" and "Kompetenzen" (skills) name sections', () => {
  const text = [
    'Oussama Guedri', 'oussama@example.de', '', 'Steckbrief', 'Wohnort: Göttingen', '', 'Kompetenzen', 'CATIA V5, SolidWorks, Six Sigma', '',
    'Berufserfahrung', 'Werkstudent Qualität, ILFA GmbH, Hannover 2022 – 2023', '• Prüfte 40 Bauteile pro Woche', '', 'Stärken', 'Teamfähigkeit, Zuverlässigkeit',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Steckbrief (contact)', 'Kompetenzen (skills)', 'Berufserfahrung (experience)', 'Stärken (skills)']);
});

test('headings: "Soft Skills" after "Technical Skills", set alike, is a section of its own; "Programming Languages" under "Skills" is still a group of it', () => {
  const text = ['Jane Doe', 'jane@example.com', '', 'Summary', 'Data scientist with 4 years of experience in analysis.', 'Technical Skills', 'Machine Learning', 'Regression, Classification', 'Soft Skills', 'Communication', 'Reflective Listening', 'Experience', 'Analyst, Acme, 2019 – 2021', '- Built 3 dashboards'].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Summary (summary)', 'Technical Skills (skills)', 'Soft Skills (skills)', 'Experience (experience)']);
  const grouped = ['Jane Doe', 'jane@example.com', '', 'Summary', 'Data scientist with 4 years of experience in analysis.', 'Skills', 'Programming Languages', 'Python, R, SQL', 'Experience', 'Analyst, Acme, 2019 – 2021', '- Built 3 dashboards'].join('\n');
  assert.deepEqual(titles(parseText(grouped)), ['Summary (summary)', 'Skills (skills)', 'Experience (experience)']);
});

test('headings: "Technical Skills" after "Areas of Expertise" (a list whose name says no "skills"), set alike, is a second list; under "Skills" it is a group of it', () => {
  const body = ['Graphic Design', 'Brand Design', 'Logo Design', 'Technical Skills', 'Adobe Creative Suite', 'Sketch', 'Typography', 'Education', 'B.F.A., Communication Design, 2017'];
  const head = ['Sam Lee', 'sam@example.com', 'Professional Experience', 'Production Artist - 2018 to Present', 'Airship, Portland, Oregon'];
  assert.deepEqual(titles(parseText([...head, 'Areas of Expertise', ...body].join('\n'))), ['Professional Experience (experience)', 'Areas of Expertise (skills)', 'Technical Skills (skills)', 'Education (education)']);
  assert.deepEqual(titles(parseText([...head, 'Skills', ...body].join('\n'))), ['Professional Experience (experience)', 'Skills (skills)', 'Education (education)']);
});

test('headings: "Research Outputs", "Public Output", "Outputs" (UK academic CVs) name publications', () => {
  for (const name of ['Research Outputs', 'Public Output', 'Outputs']) {
    const text = ['Kate Eaton', 'kate@example.com', '', 'Work Experience', 'Research Assistant, McMaster University, 2019 – 2021', '• Sequenced 12 genomes', name, '2020 A Black Death mass grave at Thornton Abbey, Co-Author, Journal'].join('\n');
    assert.deepEqual(titles(parseText(text)), ['Work Experience (experience)', `${name} (publications)`], name);
  }
});

test('a heading that names experience in the plural ("MAIN EXPERIENCES", "Professional Experiences") is the experience section', () => {
  const caps = ['Jo Bloggs', 'jo@example.com', '', 'SKILLS', 'Linux, Kubernetes', 'MAIN EXPERIENCES', 'Independent Consultant', 'DevOps Consultant June 2023 - Present', '• Cut deploy time 40%', 'EDUCATION', 'B.Tech Electronics, 2010'].join('\n');
  assert.deepEqual(titles(parseText(caps)), ['SKILLS (skills)', 'MAIN EXPERIENCES (experience)', 'EDUCATION (education)']);
  const title = ['Jo Bloggs', 'jo@example.com', '', 'Skills', 'Linux, Kubernetes', '', 'Professional Experiences', 'Independent Consultant', 'DevOps Consultant June 2023 - Present', '• Cut deploy time 40%', '', 'Education', 'B.Tech Electronics, 2010'].join('\n');
  assert.deepEqual(titles(parseText(title)), ['Skills (skills)', 'Professional Experiences (experience)', 'Education (education)']);
});

test('headings: an appointment, singular as academics name it, is a section of roles', () => {
  // ("Academic Appointment", "Research Appointment" over a professor's posts; "Appointments" was known.)
  for (const h of ['Academic Appointment', 'Research Appointment', 'Faculty Appointment']) assert.equal(sectionKindOf(h), 'experience', h);
});

test('headings: a section name with "highlights" after it is that section, picked out', () => {
  assert.deepEqual(classifyHeading('PROFESSIONAL EXPERIENCE HIGHLIGHTS'), { kind: 'experience', exact: true });
  assert.deepEqual(classifyHeading('Education Highlights'), { kind: 'education', exact: true });
  // (A field's one word before it names findings, no section of roles.)
  assert.equal(sectionKindOf('Research Highlights'), undefined);
  assert.equal(sectionKindOf('Career Highlights'), 'summary');
});

test('headings: a word that picks some out may lead a kind named before "experience"', () => {
  assert.deepEqual(classifyHeading('SELECTED VOLUNTEER EXPERIENCE'), { kind: 'volunteer', exact: true });
  assert.deepEqual(classifyHeading('Relevant Project Experience'), { kind: 'projects', exact: true });
  assert.equal(sectionKindOf('Selected Research Experience'), 'experience');
  // (Any one word may lead projects and volunteering: "TECHNICAL PROJECT EXPERIENCE"; a word after
  // "Project" names a line of work, still roles.)
  assert.deepEqual(classifyHeading('TECHNICAL PROJECT EXPERIENCE'), { kind: 'projects', exact: true });
  assert.deepEqual(classifyHeading('Community Volunteer Experience'), { kind: 'volunteer', exact: true });
  assert.equal(sectionKindOf('Project Management Experience'), 'experience');
  // ("Office Experience": one word and "experience", though "office" alone opens no section's name.)
  assert.equal(sectionKindOf('🏢 Office Experience'), 'experience');
  assert.equal(sectionKindOf('Head Office'), undefined);
});

test('headings: "Personal Info" and "Online Presence" name the contact details', () => {
  for (const h of ['Personal Info', '👤 Personal Info', 'Online Presence', '🔗 Online Presence']) assert.deepEqual(classifyHeading(h), { kind: 'contact', exact: true }, h);
});

test('headings: "Top Skills", as LinkedIn\'s PDF and others head a short list, is a section of skills', () => {
  assert.deepEqual(classifyHeading('Top Skills'), { kind: 'skills', exact: true });
});

test('headings: a "Bio", "Who I Am", "Contact Me", and the German and Spanish names of programming languages, research and teaching', () => {
  for (const [heading, kind] of [
    ['Bio', 'summary'],
    ['Short Bio', 'summary'],
    ['Who I Am', 'summary'],
    ['Self Evaluation', 'summary'],
    ['Research Activities', 'experience'],
    ['Contact Me', 'contact'],
    ['Programmiersprachen', 'skills'],
    ['INVESTIGACIÓN', 'experience'],
    ['Docencia', 'experience'],
  ])
    assert.equal(classifyHeading(heading).kind, kind, heading);
  // (German "Sprachen" alone is the languages one speaks.)
  assert.equal(classifyHeading('Sprachen').kind, 'languages');
});

test('headings: leadership joined to service is service ("Service and Leadership"); alone or with another kind it lists roles', () => {
  for (const h of ['Service and Leadership', 'Leadership & Community Service', 'Leadership & Volunteer Experience']) assert.equal(classifyHeading(h).kind, 'volunteer', h);
  for (const h of ['Leadership', 'Leadership Experience', 'Work Experience & Leadership', 'Leadership and Awards']) assert.equal(classifyHeading(h).kind, 'experience', h);
});

test('"Extracurricular Activities", "Extracurriculars": roles held beside study, as "Extracurricular" alone (an activity of one\'s own is an interest: "Activities")', () => {
  for (const t of ['Extracurricular Activities', 'EXTRACURRICULARS', 'Extracurricular', 'Extracurricular Activity']) assert.equal(classifyHeading(t).kind, 'volunteer', t);
  assert.equal(classifyHeading('Activities').kind, 'interests');
});

test('"Passions" under a rule of "=" names the interests', () => {
  assert.equal(classifyHeading('Passions').kind, 'interests');
  assert.deepEqual(parseText(['Seth Doe', 'seth@example.com', '', 'Experience', '==========', 'Technician, Acme, 2019 - 2021', '', 'Passions', '======', 'My Family', '', 'Linux'].join('\n')).sections.map((s) => [s.title, s.kind]), [['Experience', 'experience'], ['Passions', 'interests']]);
});

test('"Professional Activities", "Academic Activities": an academic CV\'s memberships, boards and reviewing, as "Professional Memberships" are (other); "Outreach Activities" is outreach (volunteer); "Activities" alone stays interests', () => {
  for (const t of ['Professional Activities', 'Academic Activities', 'Professional Memberships']) assert.equal(classifyHeading(t).kind, 'other', t);
  assert.equal(classifyHeading('Outreach Activities').kind, 'volunteer');
  assert.equal(classifyHeading('Activities').kind, 'interests');
});

test('an academic CV\'s "Poster Presentations" and "Other Writing" (publications) and "Conferences Attended" (other) are section names', () => {
  for (const t of ['POSTER PRESENTATIONS', 'Other Writing']) assert.deepEqual(classifyHeading(t), { kind: 'publications', exact: true }, t);
  assert.deepEqual(classifyHeading('Conferences Attended'), { kind: 'other', exact: true });
});

test('an academic CV\'s "Conference Proceedings", "Working Paper", "Research in Progress", "Talks & Lectures" (publications), "Scientific Appointments" (experience) and "Professional Activity" (other) are section names', () => {
  for (const t of ['CONFERENCE PROCEEDINGS', 'Working Paper', 'Research In Progress', 'Talks & Lectures', 'Peer-reviewed conference presentations']) assert.deepEqual(classifyHeading(t), { kind: 'publications', exact: true }, t);
  assert.deepEqual(classifyHeading('Scientific Appointments'), { kind: 'experience', exact: true });
  assert.deepEqual(classifyHeading('Professional activity'), { kind: 'other', exact: true });
});

test('more names real CVs use: "Voluntary Activities", "Technical Expertise", "Language Knowledge", "Non-refereed Publications", Europass\'s "Job applied for", German "Wehrdienst", "Schulbildung", "Praktikum", "Sonstiges"', () => {
  const kinds: [string, string][] = [['Voluntary Activities', 'volunteer'], ['Technical Expertise', 'skills'], ['Language Knowledge', 'languages'], ['Non-refereed Publications', 'publications'], ['Invited talks at conferences/workshops', 'publications'], ['Job applied for', 'summary'], ['Wehrdienst', 'experience'], ['Schulbildung', 'education'], ['Praktikum', 'experience'], ['Sonstiges', 'other']];
  for (const [t, kind] of kinds) assert.deepEqual(classifyHeading(t), { kind, exact: true }, t);
});

test('a heading whose first three letters the PDF\'s copy set apart ("pub lications", "int erests", "ope n source projects": TwentySecondsCV colours them) is that name', () => {
  for (const [t, kind] of [['pub lications', 'publications'], ['int erests', 'interests'], ['awa rds', 'awards'], ['ope n source projects', 'projects']] as const) assert.deepEqual(classifyHeading(t), { kind, exact: true }, t);
  assert.equal(classifyHeading('the team').exact, false);
});

test('headings: French academic CVs\' "Stages", "Cursus", "Informatique" and "Communications scientifiques", and internships in other languages ("Prácticas", "Estágios") are sections of their kinds', () => {
  assert.equal(sectionKindOf('Stages'), 'experience');
  assert.equal(sectionKindOf('Prácticas profesionales'), 'experience');
  assert.equal(sectionKindOf('Estágios'), 'experience');
  assert.equal(sectionKindOf('Cursus'), 'education');
  assert.equal(sectionKindOf('Informatique'), 'skills');
  assert.equal(sectionKindOf('Communications scientifiques'), 'publications');
});

test('headings: French "Parcours scolaire", "Outils", "Centres d’intérêts", "Volunteer Engagement", and a list of skill names ending "& Tools" are sections of their kinds', () => {
  assert.deepEqual(classifyHeading('PARCOURS SCOLAIRE'), { kind: 'education', exact: true });
  assert.deepEqual(classifyHeading('OUTILS'), { kind: 'skills', exact: true });
  assert.deepEqual(classifyHeading('CENTRES D’INTÉRÊTS'), { kind: 'interests', exact: true });
  assert.deepEqual(classifyHeading('Volunteer Engagement'), { kind: 'volunteer', exact: true });
  // ("Programming" alone is a skills block's label far more often than a section's name.)
  assert.equal(classifyHeading('Programming').exact, false);
  const text = 'Alex Miller\nalex@example.com\n\nEducation\nBachelor of Computer Science | 2025\nCalvin University – Grand Rapids, MI\n\nFrameworks, Languages, & Tools\n    Frameworks: Angular, React\n    Languages: JavaScript, Python\n\nWork History\nIntern | 2024 – Present\nAcme Corp – Remote\n    Built 3 tools.\n';
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Education', 'education'], ['Frameworks, Languages, & Tools', 'skills'], ['Work History', 'experience']]);
});

test('headings: a name a margin wrapped over lines ("PUBLISHED" / "WORKS", "PROFESSIONAL" / "AFFILIATIONS" / "& ACTIVITIES") is one heading', () => {
  const text = [
    'Richard Reed',
    'rreed@example.com',
    '',
    'PROFESSIONAL',
    'AFFILIATIONS',
    '& ACTIVITIES',
    'Student member of American Nuclear Society (ANS)',
    'Member of Alpha Nu Sigma, Nuclear Engineering Honorary',
    '',
    'PUBLISHED',
    'WORKS',
    'Full Publications',
    '• R. L. Reed and J. A. Roberts, “Effectiveness of the discrete method,” Annals of Nuclear Energy, vol. 126, April 2019',
    '',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [
    ['PROFESSIONAL AFFILIATIONS & ACTIVITIES', 'interests'],
    ['PUBLISHED WORKS', 'publications'],
  ]);
});

test('headings: German CV headings for courses and computer skills ("Weiterbildungen, Kurse und Seminare", "Qualifikationen", "EDV-Kenntnisse")', () => {
  assert.deepEqual(classifyHeading('Weiterbildungen, Kurse und Seminare'), { kind: 'certifications', exact: true });
  assert.deepEqual(classifyHeading('Qualifikationen'), { kind: 'certifications', exact: true });
  assert.deepEqual(classifyHeading('EDV-Kenntnisse'), { kind: 'skills', exact: true });
});

test('the usual headings of German, Portuguese, Spanish, Italian and Dutch CVs name their kinds ("ÜBER MICH", "ERFAHRUNGEN", "Sobre mim"); "Resume" is none of them', () => {
  const want: [string, string][] = [
    ['ÜBER MICH', 'summary'],
    ['ERFAHRUNGEN', 'experience'],
    ['Sobre mim', 'summary'],
    ['Experiencias', 'experience'],
    ['Chi sono', 'summary'],
    ['Over mij', 'summary'],
    ['Bildungsweg', 'education'],
    ['Competências técnicas', 'skills'],
    ['Vrijwilligerswerk', 'volunteer'],
    ['Publicaties', 'publications'],
    ['Selected Papers', 'publications'],
    ['Academic publications', 'publications'],
    ['Areas of Interest', 'interests'],
    ['Lenguajes', 'skills'],
    ['INFORMAÇÃO PESSOAL', 'contact'],
    ['PRÊMIOS E RECONHECIMENTOS', 'awards'],
    ['Divers', 'other'],
    // (A heading asked as a question keeps its name: the mark is punctuation, as a colon is.)
    ['WHO AM I?', 'summary'],
  ];
  for (const [heading] of want.slice(-8)) assert.equal(classifyHeading(heading).exact, true, heading);
  for (const [heading, kind] of want) assert.equal(sectionKindOf(heading), kind, heading);
  assert.equal(sectionKindOf('Resume'), undefined);
  // ("PROGRAMMING" over a skills list is a group's label, no section: not listed.)
  assert.equal(classifyHeading('Programming').exact, false);
});

test('a French CV\'s letter-spaced headings as a PDF copies them ("F O R M AT I O N S", "L A N G A G E S I N F O R M AT I Q U E S") and "INTÉRÊTS" name their sections', () => {
  const r = parseText(
    ['Alexandre Martin', 'alex@example.fr', '', 'F O R M AT I O N S', 'BTS Services Informatiques', '2021 | ADEN AIFCC | Caen', '', 'L A N G A G E S I N F O R M AT I Q U E S', 'HTML 5, CSS 3, SASS', '', 'INTÉRÊTS', 'Synthèse sonore'].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => s.kind), ['education', 'skills', 'interests']);
});

test('the usual headings of Russian, Polish, Swedish, Turkish, Japanese, Korean and more Chinese CVs name their kinds ("ОПЫТ РАБОТЫ", "İŞ DENEYİMİ", "核心技能")', () => {
  const want: [string, string][] = [
    ['ОПЫТ РАБОТЫ', 'experience'],
    ['Образование', 'education'],
    ['Ключевые навыки', 'skills'],
    ['ИНОСТРАННЫЕ ЯЗЫКИ', 'languages'],
    ['Doświadczenie zawodowe', 'experience'],
    ['Umiejętności', 'skills'],
    ['Arbetslivserfarenhet', 'experience'],
    ['Utbildning', 'education'],
    // (A capital İ lowers to "i" and a combining dot: the name is found all the same.)
    ['İŞ DENEYİMİ', 'experience'],
    ['EĞİTİM', 'education'],
    ['核心技能', 'skills'],
    ['专业概述', 'summary'],
    ['个人信息', 'contact'],
    ['職歴', 'experience'],
    ['학력', 'education'],
  ];
  for (const [heading, kind] of want) {
    assert.equal(classifyHeading(heading).exact, true, heading);
    assert.equal(sectionKindOf(heading), kind, heading);
  }
  // A Russian CV typed as text: its "#" and "**…**" headings start its sections.
  const r = parseText(['Игорь Деревянский', 'igor@example.ru', '', '##ОПЫТ РАБОТЫ', '07.2013 - 02.2019', 'Alpari, Москва', '• Разрабатывал макеты', '', '**ОБРАЗОВАНИЕ**', 'МГУ, 2010'].join('\n'));
  assert.deepEqual(titles(r), ['ОПЫТ РАБОТЫ (experience)', 'ОБРАЗОВАНИЕ (education)']);
});

test('headings: a section name in Title Case opening the next line of a paragraph that runs on ("… im Digital" / "Career Institute gGmbH, …") starts no section, where names stand in a gutter beside their lines', () => {
  const text = [
    'Kristof Muster',
    'k.muster@example.de',
    'Education Steinbart-Gymnasium, Duisburg 09.1990 - 08.1998',
    'Languages English (Advanced), German (Native)',
    'Interests Coding, Music, Cooking',
    'Ende 2020 werde ich den Lehrgang zum zertifizierten Full Stack Web Entwickler im Digital',
    'Career Institute gGmbH, Düsseldorf abschliessen. Schon während dieses Lehrgangs wusste ich, dass',
    'die Position des Frontend Entwicklers perfekt zu mir passt.',
    'Experience Web Developer 10.2019 - present',
  ].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Education (education)', 'Languages (languages)', 'Interests (interests)', 'Experience (experience)']);
  // (Under a line the gutter names too, a name beside its list is a section all the same.)
  const tools = ['Ali Rahman', 'ali@example.org', 'Awards BAP Community Service Award 2015, 2016', 'Tools Mosaiq Pinnacle DoseLabPro Excel Matlab PostgreSQL SQLite Tableau D3.js', 'Languages ACL C/C++ HTML JavaScript JSON LaTeX Python R SQL XBRL XML'].join('\n');
  assert.deepEqual(titles(parseText(tools)).map((t) => t.split(' (')[0]), ['Awards', 'Tools', 'Languages']);
});

test('headings: a section name with a longer note in brackets ("Experience (read more at http://www.example-portfolio.com)") is the section', () => {
  const text = ['Tony Rivers', 'tony@example.com', '', 'Education', 'Tufts University, B.S. Biology, 2011 - 2015', '', 'Experience (read more at http://www.example-portfolio.com)', 'Naturalist — Aspen Center for Environmental Studies — June 2015–September 2016', '  • Led 120 nature hikes.'].join('\n');
  assert.deepEqual(titles(parseText(text)), ['Education (education)', 'Experience (experience)']);
});

test('headings: an artist\'s "SOLO SHOWS:" / "GROUP SHOWS:" / "PUBLIC COLLECTIONS:", a German "Schulausbildung", a Brazilian "ATIVIDADES COMPLEMENTARES", "Redes Sociales", "Computing skills" name sections', () => {
  const want: [string, string][] = [
    ['SOLO SHOWS:', 'other'], ['Group Shows', 'other'], ['Public Collections', 'other'], ['Schulausbildung', 'education'], ['Éducation', 'education'],
    ['ATIVIDADES COMPLEMENTARES', 'other'], ['Redes Sociales', 'contact'], ['Computing skills', 'skills'], ['EDV- und Programmier-Kenntnisse', 'skills'], ['Dicono di me', 'references'], ['Postgraduate Experience', 'experience'],
  ];
  for (const [heading, kind] of want) {
    assert.equal(classifyHeading(heading.replace(/:$/, '')).exact, true, heading);
    assert.equal(sectionKindOf(heading), kind, heading);
  }
  const artist = ['Ana Olariu', 'ana@example.ro', '', 'EDUCATION:', '1985 Academy of Fine Arts, Bucharest', '', 'SOLO SHOWS:', '2001 Galeria Noua, Bucharest', '', 'GROUP SHOWS:', '1999 Salonul Anual, Iasi'].join('\n');
  assert.deepEqual(titles(parseText(artist)).map((t) => t.replace(/ \(.*/, '')), ['EDUCATION', 'SOLO SHOWS', 'GROUP SHOWS']);
});

test('headings: a Chinese CV\'s numbered headings ("二、专业技能", "三、个人评价") name their sections; and the academic, German and Japanese names of the blind sets ("Departmental Service", "Technical Reports", "Persönliche Informationen", "経歴")', () => {
  for (const [heading, kind] of [['二、专业技能', 'skills'], ['三、个人评价', 'summary'], ['Departmental Service', 'volunteer'], ['Technical Reports', 'publications'], ['Persönliche Informationen', 'contact'], ['Akademische Laufbahn', 'education'], ['経歴', 'experience'], ['Additional Skills', 'skills']] as const) {
    assert.equal(classifyHeading(heading).exact, true, heading);
    assert.equal(sectionKindOf(heading), kind, heading);
  }
});

test('headings: a known name typed without its accents ("Experiencia Profissional", "FORMACAO ACADEMICA") or with them where the list has none is that name', () => {
  assert.deepEqual(classifyHeading('Experiencia Profissional'), { kind: 'experience', exact: true });
  assert.deepEqual(classifyHeading('FORMACAO ACADEMICA'), { kind: 'education', exact: true });
  assert.deepEqual(classifyHeading('Expériences'), { kind: 'experience', exact: true });
  // And the names of Portuguese and Spanish CVs' other sections.
  assert.equal(sectionKindOf('Objetivo'), 'summary');
  assert.equal(sectionKindOf('Becas'), 'awards');
  assert.equal(sectionKindOf('Otros datos de interés'), 'other');
  const r = parseText(['Otávio Cordeiro', 'otavio@example.com', '', 'Objetivo', 'Atuar como desenvolvedor .NET.', '', 'Experiencia Profissional', '', 'Analista de Sistemas SR', 'MGN Informática', '08/2019 - 12/2022', '', 'Formacao Academica', 'Ensino Superior, Universidade Estácio de Sá'].join('\n'));
  assert.deepEqual(
    r.sections.map((s) => s.kind),
    ['summary', 'experience', 'education'],
  );
});

test('headings: "Industrial Experience" after "Research Experience", set alike, is a section of its own (and "Academic", "Internship", "Summer" experience)', () => {
  const r = parseText(
    [
      'Sam Sinha',
      'sam@example.ca',
      'Research Experience',
      'National Metallurgical Laboratory June 2018 – August 2018',
      'Summer Research Intern Jamshedpur, India',
      '• Studied the magnetic properties of cryo-milled iron powder.',
      'Industrial Experience',
      'Jindal Stainless Limited Jan 2021 – August 2022',
      'Associate Manager Jajpur, India',
      '• Built statistical tools to track process deviations.',
      'Teaching Experience',
      'McGill University Sep 2022 – Dec 2023',
      'Teaching Assistant Montreal, Quebec',
      '• Led weekly tutorials for 40 students.',
    ].join('\n'),
  );
  assert.deepEqual(
    r.sections.map((s) => s.title),
    ['Research Experience', 'Industrial Experience', 'Teaching Experience'],
  );
});

test('headings: a section\'s number before its name ("4. Experiencia laboral", "IV. Honors and Grants", "2) Education") is no part of the name; Spanish, Portuguese, German and French CVs\' other names', () => {
  assert.deepEqual(classifyHeading('4. Experiencia laboral'), { kind: 'experience', exact: true });
  assert.deepEqual(classifyHeading('IV. Honors and Grants'), { kind: 'awards', exact: true });
  assert.deepEqual(classifyHeading('2) Education'), { kind: 'education', exact: true });
  // (A numbered item is still no heading.)
  assert.equal(classifyHeading('1. Built the billing system').exact, false);
  for (const [name, kind] of [
    ['Experiencia docente', 'experience'],
    ['Atuação Profissional', 'experience'],
    ['Wissenschaftliche Praktika', 'experience'],
    ['Presentaciones en congresos', 'publications'],
    ['Conhecimentos Técnicos', 'skills'],
    ['Conocimientos en informática', 'skills'],
    ['Études', 'education'],
  ] as const)
    assert.deepEqual(classifyHeading(name), { kind, exact: true }, name);
});

test('headings: a Dutch CV\'s "Prijzen" (awards), "Cursussen" (courses), "Nevenactiviteiten" (side activities), "Referenties" and "Persoonlijke gegevens" name sections', () => {
  assert.deepEqual(['Prijzen', 'Onderscheidingen', 'Cursussen', 'Nevenactiviteiten', 'Referenties', 'Persoonlijke gegevens', 'Beroepservaring', 'Competenties', 'Persoonlijk profiel'].map((n) => sectionKindOf(n)), ['awards', 'awards', 'certifications', 'volunteer', 'references', 'contact', 'experience', 'skills', 'summary']);
});

test('headings: the document\'s own title names no one ("Vita", "Curriculum Vita", "Hoja de vida", "简历"), nor does a publications group ("### Book Reviews")', () => {
  for (const title of ['Vita', 'Curriculum Vita', 'Hoja de vida', '简历']) {
    const r = parseText([title, 'EDUCATION', 'UNIVERSITY OF TEXAS', 'PHD, INTEGRATIVE BIOLOGY', 'May 2014 | Austin, TX', 'EXPERIENCE', 'Lab Manager, University of California, 2014 – 2016'].join('\n'));
    assert.equal(r.contact.name, undefined, title);
  }
  const md = parseMarkdown(['# Curriculum Vita', '', '## Education', '', '* *Master of Arts*, History, George Mason University', '', '## Publications', '', '### Articles', '', '* [Wikipedia in History Class](http://example.org/a) _Learning and Leading_. 2010.', '', '### Book Reviews', '', '* Review of a book, _Journal of History_, 2009.', ''].join('\n'));
  assert.equal(md.contact.name, undefined);
});

test('headings: surnames in capitals and a comma over the given names ("MARTÍN LISASO," / "José Francisco") are one name, the town above them or not', () => {
  for (const lead of [[], ['Santander, Cantabria', '']]) {
    const r = parseText([...lead, 'MARTÍN LISASO,', 'José Francisco', 'Desarrollador front-end', '+34 651 667 661', 'jfm@example.es', '', 'EXPERIENCIA', 'Desarrollador, Acme, 2019 – 2021'].join('\n'));
    assert.equal(r.contact.name?.value, 'MARTÍN LISASO, José Francisco', lead.join());
  }
});

test('headings: of a page title parted by a dash or a bar, the part that is a person\'s name is the name ("Life Career - Clemens Anzmann")', () => {
  const r = parseMarkdown(['# Life Career - Clemens Anzmann', '', '## Experience', '', '### Analyst, Acme (2019 – 2021)', '', '- Built 3 dashboards', ''].join('\n'));
  assert.equal(r.contact.name?.value, 'Clemens Anzmann');
  const text = '# Life Career - Clemens Anzmann';
  assert.equal(text.slice(r.contact.name!.span.start, r.contact.name!.span.end), 'Clemens Anzmann');
  // A name with a dash inside, or two names, stays as the heading says.
  assert.equal(parseMarkdown(['# Jane Doe', '', '## Experience', '', '- Built 3 dashboards'].join('\n')).contact.name?.value, 'Jane Doe');
});

test('headings: in Spanish, French, Portuguese and Italian the kind word comes first ("Proyectos Destacados", "Projets Personnels", "Compétences Techniques")', () => {
  assert.deepEqual(['Proyectos Destacados', 'Projets Personnels', 'Compétences Techniques', 'Idiomas Hablados', 'Formation Continue'].map((n) => sectionKindOf(n)), ['projects', 'projects', 'skills', 'languages', 'education']);
  // (English names keep the last word's kind: "Project Management" is no section of projects.)
  assert.equal(sectionKindOf('Projects Management Office'), undefined);
});

test('headings: a section named for events whose lines name meetings ("Scientific events and committees" over talks at conferences and workshops), no post among them, lists talks: publications, no roles\' section', () => {
  const text = ['Étienne Fodor', 'etienne@example.lu', '', 'EXPERIENCE', 'Assistant Professor, Univ of Luxembourg, 2021 – present', '', 'SCIENTIFIC EVENTS AND COMMITTEES', '2025 Statistical Physics of Living Systems, CECAM, Lausanne', 'Self-Organization Far From Equilibrium, APS March meeting, Anaheim', '2024 Workshop on Stochastic Thermodynamics V, Padova', '2023 Liquid Matter Conference, Prague', '2022 Edwards Centre Mini Conference, Cambridge'].join('\n');
  const r = parseText(text);
  r.sections.shift();
  assert.equal(r.sections[0].kind, 'publications');
  // (A section of roles held at events stays roles: "Volunteering and Events" over posts.)
  const roles = parseText(['Ana Roe', 'ana@example.org', '', 'EXPERIENCE', 'Clerk, City Library, 2021 – present', '', 'VOLUNTEERING AND EVENTS', 'Event Coordinator, Lakeside Music Festival, 2019 – 2021', 'Volunteer Manager, City Marathon, 2017 – 2019', 'Stage Manager, Summer Theatre Workshop, 2016', 'Registration Lead, Book Fair, 2015'].join('\n'));
  assert.equal(roles.sections[1].kind, 'volunteer');
});

test('headings: "Areas of specialisation" (or "Specializations") names what a person can do, a skills section', () => {
  assert.deepEqual(['Areas of specialisation', 'Areas of Specialization', 'Specializations'].map((n) => sectionKindOf(n)), ['skills', 'skills', 'skills']);
});

test('headings: more names of other languages and of academic CVs ("Scientific production", "Schul- und Berufsbildung", "En résumé", "Presentación", "Enseignement", "Let\'s Connect")', () => {
  assert.deepEqual(['Scientific production', '2 Schul- und Berufsbildung', 'En résumé', 'PRESENTACIÓN', 'ENSEIGNEMENT', 'Let\'s Connect'].map((n) => sectionKindOf(n)), ['publications', 'education', 'summary', 'summary', 'experience', 'contact']);
});

test('headings: "Legal Practice" (a lawyer\'s roles), "Technical & Domain Knowledge" and "Skill Summary" (skills), "Favorite Books" (interests); "Qualifications Summary" stays a summary', () => {
  assert.deepEqual(['Legal Practice', 'TECHNICAL & DOMAIN KNOWLEDGE', 'Skill Summary', 'Favorite Books', 'Qualifications Summary'].map((n) => sectionKindOf(n)), ['experience', 'skills', 'skills', 'interests', 'summary']);
});
