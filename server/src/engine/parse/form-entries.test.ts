// Sections copied out of applicant-tracking forms: each field under its label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from './text';
import { allEntries, type Resume } from '../model';

const roles = (r: Resume) => allEntries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text, e.dates?.end?.text ?? (e.dates?.current ? 'current' : undefined), e.bullets.length]);

test('form: a Workday profile — each label on its line, its value on the next, entries numbered', () => {
  const text = [
    'Robin Vale',
    'robin@example.org',
    '',
    'Work Experience',
    'Work Experience 1',
    'Job Title',
    'Critical Care Paramedic',
    'Company',
    'Three Rivers Critical Care Transport',
    'Location',
    'Pittsburgh, PA',
    'I currently work here',
    'Yes',
    'From',
    '05/2021',
    'Role Description',
    '- Provide critical care transport for ventilated patients, 6 transports a shift',
    '- Precepted 9 new paramedics through the orientation program',
    'Work Experience 2',
    'Job Title',
    'EMT-Basic',
    'Company',
    'Allegheny Valley EMS',
    'From',
    '06/2015',
    'To',
    '07/2017',
    'Role Description',
    'Worked BLS transports and 911 backup on a 24-hour rotation.',
    '',
    'Education',
    'Education 1',
    'School or University',
    'Monongahela Community College',
    'Degree',
    'Certificate',
    'From',
    '2016',
    'To',
    '2017',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.deepEqual(roles(r), [
    ['Critical Care Paramedic', 'Three Rivers Critical Care Transport', 'Pittsburgh, PA', '05/2021', 'current', 2],
    ['EMT-Basic', 'Allegheny Valley EMS', undefined, '06/2015', '07/2017', 1],
    ['Certificate', 'Monongahela Community College', undefined, '2016', '2017', 0],
  ]);
  // The bullets are the description's lines, without their dashes; the labels are no bullets.
  assert.equal(allEntries(r)[0].bullets[1].text, 'Precepted 9 new paramedics through the orientation program');
});

test('form: a NEOGOV application — label, tab, value; the job or school heads its rows', () => {
  const text = [
    'Application Summary  |  GovernmentJobs.com',
    'Job Number: 2026-01147',
    '',
    'PERSONAL INFORMATION',
    'Name\tDarnell L. Whitaker',
    'Home Phone\t(970) 555-0123',
    'Email\tdwhitaker.ops@gmail.com',
    '',
    'WORK EXPERIENCE',
    'Water Treatment Operator II',
    'Dates\t03/2019 - Present',
    'Employer\tTown of Windsor - Water Treatment Plant',
    'Location\tWindsor, Colorado',
    'Supervisor\tKaren Ostlund, Plant Superintendent',
    'Monthly Salary\t$5,850',
    'May we contact this employer?\tYes',
    'Duties\tOperate a 12 MGD conventional surface water plant.',
    'Reduced coagulant use by about 9% in 2024 by optimizing jar testing.',
    'Reason for Leaving\tLooking for advancement',
    '',
    'Seasonal Maintenance Worker',
    'Dates\t05/2011 - 05/2016',
    'Employer\tLarimer County Parks',
    'Duties\tMaintained irrigation systems at Carter Lake.',
  ].join('\n');
  const r = parseText(text);
  assert.deepEqual(roles(r), [
    ['Water Treatment Operator II', 'Town of Windsor - Water Treatment Plant', 'Windsor, Colorado', '03/2019', 'current', 2],
    ['Seasonal Maintenance Worker', 'Larimer County Parks', undefined, '05/2011', '05/2016', 1],
  ]);
  assert.equal(r.contact.name?.value, 'Darnell L. Whitaker');
  assert.equal(r.contact.phone?.value, '(970) 555-0123');
});

test('form: a template\'s placeholders under labels are no form (no date row holds a date)', () => {
  const text = ['Jane Doe', '', 'Education', 'Institution', 'Degree, Grade', 'City', 'year--year', '', 'Experience', 'Employer', 'Job title', 'City', 'year--year', 'Description of the job'].join('\n');
  const r = parseText(text);
  // Read as a résumé, not as a form: no entry takes a label's value for its field.
  for (const e of allEntries(r)) assert.notEqual(e.organisation?.value, 'Degree, Grade');
});

test('form: labels and values after a colon ("University: …", "Degree: …", "Graduation Date: May 12th, 2017") read as a form: the degree is the title, not the label', () => {
  const r = parseText(['Mary Vale', 'mary@example.com', '', 'Education', 'University: University of Massachusetts Amherst - College of Humanities and Fine Arts', 'Degree: Bachelor of Arts in English', 'Specialization: Letter of Specialization in Creative Writing', 'Graduation Date: May 12th, 2017', 'GPA: 3.47', '', 'Work Experience', 'Borealis Coffee Roasters', 'Cafe Manager: October 2021 - Present', 'Managed cafe inventory for 3 stores'].join('\n'));
  assert.deepEqual(roles(r), [
    ['Bachelor of Arts in English', 'University of Massachusetts Amherst - College of Humanities and Fine Arts', undefined, 'May 12th, 2017', undefined, 0],
    ['Cafe Manager', 'Borealis Coffee Roasters', undefined, 'October 2021', 'current', 1],
  ]);
});

test('a form\'s rows as a Markdown list ("* Employer: Panera Bread" / "* Position: Cashier" / "* Time: June 2022 – Aug 2022"), with the duties nested under them, is one role a group of rows, the nested items its bullets', async () => {
  const { parseMarkdown } = await import('./markdown');
  const text = ['Work experience', '======', '* Employer: Panera Bread', '* Location: Rockville, Maryland', '* Position: Cashier, Associate ', '* Time: June 2022 – Aug 2022 </br>', '        * Greet customers entering establishments.</br>', '        * Receive and process customer payments.', '', '* Employer: Aramark', '* Location: West Lafayette, Indiana', '* Position: Barista ', '* Time: Sept 2021- Dec 2021', '        * Prepare hot and cold beverages.', ''].join('\n');
  const es = parseMarkdown(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text, e.bullets.length]), [
    ['Cashier, Associate', 'Panera Bread', 'Rockville, Maryland', 'June 2022 – Aug 2022', 2],
    ['Barista', 'Aramark', 'West Lafayette, Indiana', 'Sept 2021- Dec 2021', 1],
  ]);
});

test('in a text form, lines marked with a glyph under a role\'s rows are its duties, not the next entry\'s head', () => {
  const text = ['Jo Bloggs', 'jo@example.com', '', 'EXPERIENCE', 'Employer: Panera Bread', 'Position: Cashier', 'Dates: June 2022 – Aug 2022', '  • Greeted 200 customers a day', '  • Balanced the till each night', 'Employer: Aramark', 'Position: Barista', 'Dates: Sept 2021 – Dec 2021', '  • Made 300 drinks a shift'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Cashier', 'Panera Bread', 2],
    ['Barista', 'Aramark', 1],
  ]);
});
