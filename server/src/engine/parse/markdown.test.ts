import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown } from './markdown';
import type { Entry, Resume } from '../model';

function entries(r: Resume): Entry[] {
  return r.sections.flatMap((s) => s.entries);
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

function brief(e: Entry) {
  return [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year ?? null, e.dates?.current ?? null];
}

test('markdown: ATX headings of any level; the top one is the name, the shallowest known level is sections', () => {
  const text = '# Jane Doe\n\n## Experience\n\n### Engineer, Acme Inc (2019 – Present)\n\n- Did a thing\n\n## Education\n\n### BSc Physics, State University (2013 – 2017)\n';
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'Jane Doe');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Experience', 'experience'], ['Education', 'education']]);
  assert.deepEqual(entries(r).map(brief), [
    ['Engineer', 'Acme Inc', undefined, 2019, true],
    ['BSc Physics', 'State University', undefined, 2013, false],
  ]);
  assert.equal(slice(text, r.sections[0].headingSpan), '## Experience');
  assert.equal(slice(text, entries(r)[0].headerSpan), '### Engineer, Acme Inc (2019 – Present)');
  // Sections at level 1 work too (no name heading).
  const flat = parseMarkdown('# Experience\n## Engineer, Acme (2019 – 2020)\n- x\n# Skills\n- Go, Rust\n');
  assert.deepEqual(flat.sections.map((s) => s.kind), ['experience', 'skills']);
  assert.deepEqual(flat.skills.map((s) => s.value), ['Go', 'Rust']);
});

test('markdown: Setext headings (=== and ---) and horizontal rules', () => {
  const text = 'Johnny Coder\n============\n\n----\n\nExperience\n----------\n\n**Acme Corp** — Engineer, 2015 – 2018\n\n* Built things\n\n----\n\nEducation\n---------\n\nState University, MSc Physics, 2013 – 2015\n';
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'Johnny Coder');
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.equal(slice(text, r.sections[0].headingSpan), 'Experience\n----------');
  assert.deepEqual(entries(r).map(brief), [
    ['Engineer', 'Acme Corp', undefined, 2015, false],
    ['MSc Physics', 'State University', undefined, 2013, false],
  ]);
});

test('markdown: a reStructuredText CV: levels by the order its adornments appear, line blocks one line each', () => {
  // Markdown's levels would put the "=====" parts (Book, Articles) above the "-----" sections, read
  // the overlines as rules and "~~~~" as a code fence; a line block's indented line goes on with it.
  const text = [
    '=======================',
    ' Curriculum Vitae of A. Jo Roe',
    '=======================',
    '',
    '.. contents:: Contents',
    '',
    '--------------------',
    'Academic Appointment',
    '--------------------',
    '| **2014–**',
    '    Associate Professor, Michigan State University',
    '|   Department of Linguistics',
    '| **2008–14**',
    '    Assistant Professor, Michigan State University',
    '',
    '---------',
    'Education',
    '---------',
    '| **2007**',
    '    Ph.D., Columbia University',
    '',
    '------------',
    'Publications',
    '------------',
    '',
    'Articles',
    '========',
    '**2013** “Rethinking Modernism.” *Pakistaniaat* 5.1 (2013): 1-15.',
    '',
    'Reviews',
    '~~~~~~~',
    '**2009** Review of *A History*, *The Book Review* (2009).',
    '',
    '-----',
    'Prizes',
    '-----',
    '**2013** Essay Competition',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'A. Jo Roe');
  assert.deepEqual(r.sections.map((s) => s.title), ['Academic Appointment', 'Education', 'Publications', 'Prizes']);
  assert.equal(slice(text, r.sections[1].headingSpan), '---------\nEducation\n---------');
  assert.deepEqual(r.sections[0].entries.map(brief), [
    ['Associate Professor', 'Michigan State University', undefined, 2014, true],
    ['Assistant Professor', 'Michigan State University', undefined, 2008, false],
  ]);
  assert.deepEqual(r.sections[1].entries.map(brief), [['Ph.D.', 'Columbia University', undefined, 2007, false]]);
});

test('markdown: after one role heading at the sections\' level, the next dated one is a role whatever words its post has', () => {
  const text = '## Experience\n\n## Web producer — ProPublica\n\n_September 2014 – March 2017_\n\nI found art for 300 stories.\n\n## Wearer of all hats — Las Vegas Dance Insider\n\n_September 2010 – May 2012_\n\nI ran the site for 2 years.\n\n## Education\n\nBA, University of Nevada, 2012\n';
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Web producer', 'ProPublica'],
    ['Wearer of all hats', 'Las Vegas Dance Insider'],
  ]);
});

test('markdown: an entry laid out in HTML boxes, no blank line inside, is one entry', () => {
  const text = [
    '## Education',
    '',
    '<div class="cv-entry">',
    '  <div class="cv-row">',
    '    <strong>Ph.D. in Civil & Environmental Engineering</strong>',
    '    <span class="cv-dates">Expected 2027</span>',
    '  </div>',
    '  <em>Colorado State University</em><br>',
    '</div>',
    '',
    '<div class="cv-entry">',
    '  <div class="cv-row">',
    '    <strong>M.S. in Biosystems Engineering</strong>',
    '    <span class="cv-dates">2019</span>',
    '  </div>',
    '  <em>University of Minnesota</em><br>',
    '</div>',
    '',
  ].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.end?.year ?? e.dates?.start?.year]), [
    ['Ph.D. in Civil & Environmental Engineering', 'Colorado State University', 2027],
    ['M.S. in Biosystems Engineering', 'University of Minnesota', 2019],
  ]);
});

test('markdown: roles as bold lines with dates on the next line, several roles per company', () => {
  const text = '## Work Experience\n\n**Cascade Robotics** — Engineering Manager\n*Jan 2020 – Present* | Portland, OR\n\n- Grew the team from 4 to 11\n\n**Cascade Robotics** — Senior Engineer\n*Mar 2017 – Dec 2019*\n\n- Cut calibration time by 70%\n';
  const es = entries(parseMarkdown(text));
  assert.deepEqual(es.map(brief), [
    ['Engineering Manager', 'Cascade Robotics', 'Portland, OR', 2020, true],
    ['Senior Engineer', 'Cascade Robotics', undefined, 2017, false],
  ]);
  assert.equal(slice(text, es[0].headerSpan), '**Cascade Robotics** — Engineering Manager\n*Jan 2020 – Present* | Portland, OR');
  assert.equal(slice(text, es[0].dates!.span), 'Jan 2020 – Present');
});

test('markdown: a company heading over role headings gives each role the company', () => {
  const text = '## Experience\n### Fable Studios\n#### Lead iOS Engineer (Apr 2021 – Present)\n- Led 4 engineers\n#### iOS Engineer (Sep 2018 – Mar 2021)\n- Built offline mode\n';
  assert.deepEqual(entries(parseMarkdown(text)).map(brief), [
    ['Lead iOS Engineer', 'Fable Studios', undefined, 2021, true],
    ['iOS Engineer', 'Fable Studios', undefined, 2018, false],
  ]);
});

test('markdown: date ranges in headings, <span> pieces, tables, trailing text and inline code', () => {
  const spans = parseMarkdown('## Experience\n### <span>CEO/President, Pied Piper</span> <span>Dec 2013 -- Dec 2014</span>\n- Won Disrupt\n');
  assert.deepEqual(entries(spans).map(brief), [['CEO/President', 'Pied Piper', undefined, 2013, false]]);
  assert.equal(entries(spans)[0].dates?.separator, '--');

  const table = '## Experience\n\n| Company | Role | Dates |\n| --- | --- | --- |\n| Summit Energy | Lead Data Scientist | Feb 2021 – Present |\n| Rocky Analytics | Data Scientist | 06/2018 – 01/2021 |\n';
  assert.deepEqual(entries(parseMarkdown(table)).map(brief), [
    ['Lead Data Scientist', 'Summit Energy', undefined, 2021, true],
    ['Data Scientist', 'Rocky Analytics', undefined, 2018, false],
  ]);

  const trailing = parseMarkdown('## Experience\n\nForecasting Engineer at Aurora Grid, 2016–2018\n\n- Improved forecasts by 12%\n');
  assert.deepEqual(entries(trailing).map(brief), [['Forecasting Engineer', 'Aurora Grid', undefined, 2016, false]]);

  const code = '## Education\n\n`1654-1660`\n__The King\'s School__, Grantham\n\n`June 1661 - now`\n__Trinity College__, Cambridge\n\n- Sizar\n\n`1667 - death`\n__Trinity College__, Cambridge\n';
  const es = entries(parseMarkdown(code));
  assert.deepEqual(es.map((e) => [e.title?.value ?? null, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year ?? null, e.dates?.current]), [
    [null, "The King's School", 1654, 1660, false],
    [null, 'Trinity College', 1661, null, true],
    // "death" where an end date would be is neither a date nor a title.
    [null, 'Trinity College', 1667, null, false],
  ]);
  assert.deepEqual(es[1].bullets.map((b) => b.text), ['Sizar']);
});

test('markdown: bullets exclude the marker and include continuation lines; nested items are bullets too', () => {
  const text = '## Experience\n### Engineer, Acme (2019 – 2020)\n- Led the design of a remote build cache\n  adopted by 12 teams\n  - Wrote the migration guide\n* Star item\n+ Plus item\n1. Numbered item\n - Lazy item with\ncontinuation here\n';
  const e = entries(parseMarkdown(text))[0];
  assert.deepEqual(e.bullets.map((b) => b.text), [
    'Led the design of a remote build cache\n  adopted by 12 teams',
    'Wrote the migration guide',
    'Star item',
    'Plus item',
    'Numbered item',
    'Lazy item with\ncontinuation here',
  ]);
  for (const b of e.bullets) assert.equal(b.text, slice(text, b.span));
});

test('markdown: a paragraph under a role is one item, marked as a paragraph; its wrapped lines stay in it', () => {
  const text = '## Experience\n### Engineer, Acme (2019 – 2020)\n\nAcme makes compression software used by millions\nof people worldwide.\n\n- Built the encoder\n';
  const e = entries(parseMarkdown(text))[0];
  assert.deepEqual(e.bullets.map((b) => [b.text, !!b.paragraph]), [['Acme makes compression software used by millions\nof people worldwide.', true], ['Built the encoder', false]]);
  assert.equal(e.title?.value, 'Engineer');
});

test('markdown: front matter contact fields with spans; the front matter is not content', () => {
  const text = '---\nlayout: resume\nname: "Chen Wei"\nemail: chen.wei@example.com\nphone: \'+44 20 7946 0958\'\nlocation: London, UK\nwebsite: https://chenwei.example.com\n---\n\n## Experience\n### Engineer, Acme (2019 – 2020)\n';
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'Chen Wei');
  assert.equal(slice(text, r.contact.name!.span), 'Chen Wei');
  assert.equal(r.contact.email?.value, 'chen.wei@example.com');
  assert.equal(slice(text, r.contact.phone!.span), '+44 20 7946 0958');
  assert.equal(r.contact.location?.value, 'London, UK');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['https://chenwei.example.com']);
  assert.equal(r.sections.length, 1);
});

test('markdown: HTML comments (one line or many) and fenced code are ignored', () => {
  const text = '<!-- resume-studio-disable weak-verb -->\n# Jane\n<!--\n## Experience\n### Old role (2001 – 2002)\n-->\n```\n## Education\n```\n## Projects\n### Widget (2019)\n- Built it <!-- inline note -->\n';
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'Jane');
  assert.deepEqual(r.sections.map((s) => s.kind), ['projects']);
  assert.equal(entries(r)[0].bullets[0].text, 'Built it');
  assert.doesNotThrow(() => parseMarkdown('<!-- never closed\n## Experience\n'));
});

test('markdown: definition lists are tolerated (term names the entry, definition is its header)', () => {
  const text = 'Education\n---------\n\n2010-2014 (expected)\n:   **PhD, Computer Science**; Awesome University (MyTown)\n\n    *Thesis title: Deep Learning Approaches*\n\n2007-2010\n:   **BSc, Physics**; University of\n    HomeTown (HomeTown)\n';
  const es = entries(parseMarkdown(text));
  assert.equal(es.length, 2);
  assert.deepEqual([es[0].title?.value, es[0].organisation?.value, es[0].dates?.expected], ['PhD, Computer Science', 'Awesome University', true]);
  assert.equal(es[1].organisation?.value, 'University of HomeTown');
});

test('markdown: lines under a role ended by hard breaks (two spaces, a backslash: Google Docs\' export) are one item each, as bullets are', () => {
  const text = '## Experience\n### Sponsorship Lead, BCIT\n### Oct 2025 - Ongoing\n\nDesigning tiered benefit packages  \nIdentifying mission-aligned partners\\\nLeading meetings to secure funding\n';
  const e = entries(parseMarkdown(text))[0];
  assert.deepEqual(e.bullets.map((b) => [b.text.trim(), !!b.paragraph]), [
    ['Designing tiered benefit packages', false],
    ['Identifying mission-aligned partners\\', false],
    ['Leading meetings to secure funding', false],
  ]);
});

test('markdown: top-level items each wholly in emphasis, two or more in a row, are the entry\'s header fields set as a list; the items nested under them its bullets', () => {
  const text = ['## Work experience', '', '**CVS Health**', '* **Enterprise Procurement Intern**', '* *Woonsocket, RI*', '* *Summer 2023*', '  - Analyzed procurement data for 12 buyers', '  - Created cost-saving strategies', '', '**MSU Greenline**', '* **Research Assistant**', '* *East Lansing, MI*', '* *Fall 2022*', '  - Led 40 donor calls', ''].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['Enterprise Procurement Intern', 'CVS Health', 'Summer 2023', 2],
    ['Research Assistant', 'MSU Greenline', 'Fall 2022', 1],
  ]);
  // (A list of bold names with nothing nested under them stays a list: three honours, no entry's header.)
  const awards = entries(parseMarkdown(['## Awards', "* **Dean's List**", '* **Valedictorian**', '* **Eagle Scout**', ''].join('\n')));
  assert.deepEqual(awards.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [[undefined, undefined, 3]]);
  // (One such item alone is a bullet in bold, as before.)
  const one = entries(parseMarkdown(['## Experience', '### Engineer, Acme (2019 – 2020)', '- **Cut costs 20%**', '- Built the encoder', ''].join('\n')))[0];
  assert.equal(one.bullets.length, 2);
});

test('markdown: contact list or line under the name, summary paragraph, contact in a closing blockquote', () => {
  const text = '# Richard Hendricks\n\n- <richard@example.com>\n- (912) 555-4321\n- [richard.example.com](http://richard.example.com)\n- San Francisco, CA\n\nCEO and Software Engineer with knowledge of applied information theory and compression.\n\n## Experience\n';
  const r = parseMarkdown(text);
  assert.equal(r.contact.email?.value, 'richard@example.com');
  assert.equal(slice(text, r.contact.email!.span), 'richard@example.com');
  assert.equal(r.contact.phone?.value, '(912) 555-4321');
  assert.equal(r.contact.location?.value, 'San Francisco, CA');
  assert.deepEqual(r.contact.links.map((l) => l.value), ['richard.example.com']);
  assert.match(r.summary?.value ?? '', /^CEO and Software Engineer/);
  const footer = parseMarkdown('Johnny\n======\n\nExperience\n----------\n\n> <email@example.com> • +00 (0)00 000 0000\n');
  assert.equal(footer.contact.email?.value, 'email@example.com');
});

test('markdown: entry kinds follow the section', () => {
  const r = parseMarkdown('## Experience\n### A, B (2019)\n## Education\n### C, D University (2019)\n## Volunteer\n### E, F (2019)\n## Projects\n### G (2019)\n## Awards\n### H (2019)\n');
  assert.deepEqual(entries(r).map((e) => e.kind), ['work', 'education', 'volunteer', 'project', 'other']);
});

test('markdown: CRLF works; spans and bullet text point into the CRLF text', () => {
  const text = '# Lena\r\n\r\n## Experience\r\n\r\n### Engineer, Karlsruhe Digital GmbH (Apr 2020 – Present)\r\n\r\n- Rebuilt checkout\r\n  across 3 markets\r\n';
  const r = parseMarkdown(text);
  const e = entries(r)[0];
  assert.deepEqual(brief(e), ['Engineer', 'Karlsruhe Digital GmbH', undefined, 2020, true]);
  assert.equal(e.bullets[0].text, 'Rebuilt checkout\r\n  across 3 markets');
  assert.equal(slice(text, r.sections[0].headingSpan), '## Experience');
  assert.equal(slice(text, e.dates!.span), 'Apr 2020 – Present');
});

test('markdown: unreadable dates leave the entry without dates and do not throw', () => {
  const e = entries(parseMarkdown('## Experience\n### Intern, Oasis Media (13/2020 – Febtember 2020)\n- Wrote posts\n'))[0];
  assert.equal(e.dates, undefined);
  assert.equal(e.title?.value, 'Intern');
});

test('markdown: never throws on odd input', () => {
  for (const t of ['', '#', '---', '---\n', '---\nname: x', '```', '|', '| - |', '> ', '>>>>', ': x', '- ', '<span>', '[x](', '\u0000', '😀\n=', '# '.repeat(1000), 'ltr עברית mixed\n## Experience\n### מהנדס, חברה (2019 – 2020)'])
    assert.doesNotThrow(() => parseMarkdown(t), JSON.stringify(t));
  assert.equal(parseMarkdown(undefined as unknown as string).format, 'markdown');
});

test('markdown: a role heading followed (after a blank line) by a bold company-and-dates line is one role', () => {
  const text = '## Experience\n\n### Senior Engineer\n\n**Acme Corp** | Jan 2019 - Present\n\n- Shipped the v2 API\n\n**Engineer**, Beta Inc — *San Francisco, CA*  \n*2015 – 2017*\n\n- Built billing\n';
  assert.deepEqual(entries(parseMarkdown(text)).map(brief), [
    ['Senior Engineer', 'Acme Corp', undefined, 2019, true],
    ['Engineer', 'Beta Inc', 'San Francisco, CA', 2015, false],
  ]);
});

test('markdown: roles written as list items with their bullets nested under them', () => {
  const text = '## Experience\n\n- **Senior Engineer**, Acme Corp (2019 – Present)\n  - Built the billing service\n  - Led 4 engineers\n- Engineer, Beta Inc (2016 – 2019)\n  - Cut costs by 20%\n';
  const es = entries(parseMarkdown(text));
  assert.deepEqual(es.map((e) => [...brief(e), e.bullets.map((b) => b.text)]), [
    ['Senior Engineer', 'Acme Corp', undefined, 2019, true, ['Built the billing service', 'Led 4 engineers']],
    ['Engineer', 'Beta Inc', undefined, 2016, false, ['Cut costs by 20%']],
  ]);
  // A flat list of bullets that mention years stays a list of bullets.
  const flat = entries(parseMarkdown('## Experience\n### Engineer, Acme (2019 – 2020)\n- Shipped v2 in 2020\n- Cut costs in 2019 by 20%\n'));
  assert.equal(flat.length, 1);
  assert.equal(flat[0].bullets.length, 2);
});

test('markdown: a name heading at the same level as the section headings is the name', () => {
  const r = parseMarkdown('# Jane Doe\n# Experience\n## Engineer, Acme (2019 – 2020)\n- Shipped it\n# Education\n## BSc, State University (2015 – 2019)\n');
  assert.equal(r.contact.name?.value, 'Jane Doe');
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.deepEqual(entries(r).map(brief), [
    ['Engineer', 'Acme', undefined, 2019, false],
    ['BSc', 'State University', undefined, 2015, false],
  ]);
});

test('markdown: a heading that only dates (and places) the role heading above it is part of that role', () => {
  const text = [
    '# Tom Becker',
    '',
    '## Professional Experience',
    '',
    '#### Data Scientist at Zalando (Berlin)',
    '##### 01/2020 - today',
    '* Built a demand forecasting model that reduced overstock by 15%',
    '',
    '#### Junior Analyst at N26',
    '##### Berlin | 09/2017 - 12/2019',
    '* Automated weekly KPI reports in Python',
    '',
    '#### Analyst Intern at Rocket Internet',
    '* Built dashboards for 4 teams',
    '',
    '#### 2016 - 2017',
  ].join('\n');
  const es = entries(parseMarkdown(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.current || e.dates?.end?.year, e.bullets.length]), [
    ['Data Scientist', 'Zalando', 2020, true, 1],
    ['Junior Analyst', 'N26', 2017, 2019, 1],
    ['Analyst Intern', 'Rocket Internet', undefined, undefined, 1],
    [undefined, undefined, 2016, 2017, 0],
  ]);
  assert.equal(es[1].location?.value, 'Berlin');
});

test('markdown: "Experience Details" is an experience section, and a town alone in the contact line is where the person lives', () => {
  const text = [
    '# Alex Kim',
    'alex@kim.io | +1 415 555 0199 | San Francisco',
    '',
    '## Experience Details',
    '',
    '### Staff Engineer | Airbnb | 2019 – Present',
    '- Rebuilt the search ranking service; bookings up 3%',
    '',
    '## Personal Details',
    'Driving licence',
  ].join('\n');
  const r = parseMarkdown(text);
  // (Personal details with no way to reach the person are no contact section.)
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'other']);
  assert.deepEqual(brief(entries(r)[0]), ['Staff Engineer', 'Airbnb', undefined, 2019, true]);
  assert.equal(r.contact.location?.value, 'San Francisco');
  // A job title in the same line is no place.
  const teacher = parseMarkdown('**JANE DOE**  \nTeacher | jane.doe@mail.com | 07700 900123 | Manchester\n\n**EXPERIENCE**\n\n**Teacher**, Oakwood Academy (2015 – 2018)\n');
  assert.equal(teacher.contact.location?.value, 'Manchester');
});

test('markdown: a dated list item naming a school or a degree is an education entry; a course item stays a bullet', () => {
  const text = [
    '# Sam Lee',
    '',
    '## Education',
    '',
    '- Boston University — B.A. Communications, 2017',
    '  - Relevant coursework: Media Law, Public Relations',
    '- Diploma in Digital Marketing, General Assembly (2018)',
    '',
    '## Experience',
    '',
    '### Marketing Manager, HubSpot (2020 – present)',
    '- Grew organic traffic 150% in 18 months after the 2021 site relaunch at the university partner',
  ].join('\n');
  const es = entries(parseMarkdown(text));
  assert.deepEqual(es.map((e) => [e.kind, e.title?.value, e.organisation?.value, e.dates?.end?.year ?? e.dates?.start?.year]), [
    ['education', 'B.A. Communications', 'Boston University', 2017],
    ['education', 'Diploma in Digital Marketing', 'General Assembly', 2018],
    ['work', 'Marketing Manager', 'HubSpot', 2020],
  ]);
  assert.equal(es[2].bullets.length, 1);
});

test('markdown: a profile written as a link above the first section is the link\'s address', () => {
  const text = '# Jordan Blake\nSenior Data Analyst · Denver, CO · [jordan@blake.io](mailto:jordan@blake.io) · [LinkedIn](https://www.linkedin.com/in/jordanblake) · <a href="https://github.com/jblake">GitHub</a>\n\n## Experience\n\n**Data Analyst II** | Spotify | *Jan 2021 – Present*\n- Built churn dashboards used by 30 product managers\n';
  const r = parseMarkdown(text);
  assert.deepEqual(r.contact.links.map((l) => [l.value, slice(text, l.span)]), [
    ['https://www.linkedin.com/in/jordanblake', 'https://www.linkedin.com/in/jordanblake'],
    ['https://github.com/jblake', 'https://github.com/jblake'],
  ]);
  assert.equal(r.contact.email?.value, 'jordan@blake.io');
  // A handle already read names the profile its link points to: one link, not two.
  const handle = parseMarkdown('# Ben Carter\n\n* Email: ben@carter.io\n* GitHub: [bcarter](https://github.com/bcarter)\n\n## Experience\n\n* **Backend Engineer, Monzo** (2019–2023)\n');
  assert.deepEqual(handle.contact.links.map((l) => l.value), ['bcarter']);
});

test('markdown: an employer heading over its roles names their employer and place; "Title, what about" stays the title', () => {
  const text = [
    '# Ada Park',
    '',
    '## Work Experience',
    '',
    '### Trailhead Analytics — Remote',
    '*Series C SaaS, ~400 employees*',
    '',
    '#### Senior Marketing Manager, Demand Generation (Jan 2023 – Present)',
    '+ Grew pipeline from $11M to $19.5M',
    '',
    '#### Marketing Manager, Lifecycle (Apr 2021 – Dec 2022)',
    '+ Lifted trial-to-paid conversion from 8.1% to 11.4%',
    '',
    '### Brightwater Medical Holdings, Stamford, CT',
    '',
    '**Chief Operating Officer** | 2020 – Present',
    '- Delivered 188% EBITDA growth',
    '',
    '**SVP, Global Operations** | 2018 – 2020',
    '- Ran the consolidation of 7 plants into 4',
    '',
    '### Pruitt & Lang Consumer Health, Morristown, NJ',
    '',
    '**Vice President, North America Supply Chain** | 2013 – 2018',
    '- Cut freight cost 14%',
    '',
    '**Director, Manufacturing Excellence** | 2010 – 2013',
    '- Trained 60 green belts',
  ].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['Senior Marketing Manager, Demand Generation', 'Trailhead Analytics', 'Remote', 1],
    ['Marketing Manager, Lifecycle', 'Trailhead Analytics', 'Remote', 1],
    ['Chief Operating Officer', 'Brightwater Medical Holdings', 'Stamford, CT', 1],
    ['SVP, Global Operations', 'Brightwater Medical Holdings', 'Stamford, CT', 1],
    ['Vice President, North America Supply Chain', 'Pruitt & Lang Consumer Health', 'Morristown, NJ', 1],
    ['Director, Manufacturing Excellence', 'Pruitt & Lang Consumer Health', 'Morristown, NJ', 1],
  ]);
});

test('markdown: a detail line under a degree (GPA, minor, honours) is one item of the entry, as a reader counts it', () => {
  const text = ['# Ann Lee', '', '## Education', '', '**B.S. Accountancy**, minor in Economics — Prairie Hills College — 2017', 'GPA: 3.71 / 4.00, Beta Alpha Psi', '', '### B.S. in Chemistry', '**Kessler College**, Delaware, OH — Graduated December 2015', 'GPA 3.62 · Dean\'s List (6 semesters)'].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => e.bullets.length), [1, 1]);
});

test('markdown: in a list of roles whose every item is dated, each item is an entry, however long its fields run', () => {
  const text = ['# Ingrid Solheim', '', '## Appointments', '- **2022–present** Postdoctoral Research Fellow, Department of Marine & Coastal Sciences, Lakehurst University, Newport, OR', '- **2021–2022** Postdoctoral Scholar (NSF-funded), Tidewater Marine Laboratory, University of Cascadia, Charleston, OR', '', '## Experience', '### Engineer, Acme (2019 – 2021)', '- Cut costs 2019 – 2020 by 12%', '- Built the billing service'].join('\n');
  const es = entries(parseMarkdown(text));
  assert.deepEqual(es.map((e) => [e.title?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Postdoctoral Research Fellow', 2022, 0],
    ['Postdoctoral Scholar (NSF-funded)', 2021, 0],
    ['Engineer', 2019, 2],
  ]);
  // Every item of such a list, not only the first (the later ones find an entry open).
  const service = entries(parseMarkdown('# A B\n\n## Service\n- Co-organizer, Pacific Kelp Restoration Symposium, Newport, OR (2023)\n- Graduate Student Representative, EEB Graduate Committee, University of Cascadia (2018–2019)\n'));
  assert.deepEqual(service.map((e) => [e.title?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Co-organizer', 2023, 0],
    ['Graduate Student Representative', 2018, 0],
  ]);
});

test('markdown: a degree keeps its field of study after a comma, job words and all ("B.S., Chemical Engineering")', () => {
  const es = entries(parseMarkdown('# A B\n\n## Education\n\n**B.S., Chemical Engineering** — Lehigh Valley Polytechnic Institute, 1999\n'));
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value]), [['B.S., Chemical Engineering', 'Lehigh Valley Polytechnic Institute']]);
  // Initials that are also a state's code ("MA", "MS") open the degree, not its place.
  const defs = entries(parseMarkdown('# A B\n\n## Education\n\n2001\n: MA, Sociology, University of California, Berkeley\n\n1999\n: MS, Chemistry, Ohio State University\n'));
  assert.deepEqual(defs.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [['MA, Sociology', 'University of California, Berkeley', undefined], ['MS, Chemistry', 'Ohio State University', undefined]]);
});

test('markdown: an activities section of dated roles is volunteer work; one of hobbies stays interests', () => {
  const roles = parseMarkdown('# Ana Ruiz\n\n## Coaching & Activities\n\n- Science Olympiad Head Coach, 2019–present\n- Assistant Coach, Track & Field, 2017–2021\n- Junior Class Advisor, 2020–2022\n');
  const s = roles.sections[0];
  assert.equal(s.kind, 'volunteer');
  assert.deepEqual(
    s.entries.map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.current || e.dates?.end?.year]),
    [['Science Olympiad Head Coach', 2019, true], ['Assistant Coach', 2017, 2021], ['Junior Class Advisor', 2020, 2022]],
  );
  const hobbies = parseMarkdown('# Ana Ruiz\n\n## Activities\n\n- Trail running since 2015\n- Chess\n- Copyright 2018 Ana Ruiz\n');
  assert.equal(hobbies.sections[0].kind, 'interests');
});

test('markdown: a long role line whose range is followed only by a note on it is still dated ("— 2017–2020 (6 terms)")', () => {
  const r = parseMarkdown(
    '# Ana Ruiz\n\n## Teaching\n**Instructor**, MCS 310: Marine Ecology Field Methods, Lakehurst University — 2023 – 2024\n- Designed and taught a 4-week residential field course\n\n**Teaching Assistant**, BIO 212 Ecology and BIO 380 Biostatistics in R, University of Cascadia — 2017–2020 (6 terms)\n',
  );
  assert.deepEqual(
    r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.end?.year, e.bullets.length]),
    [['Instructor', 'Lakehurst University', 2023, 2024, 1], ['Teaching Assistant', 'University of Cascadia', 2017, 2020, 0]],
  );
  // A sentence that ends with a range and more words is still a sentence.
  const s = parseMarkdown('# Ana Ruiz\n\n## Experience\n### Engineer, Acme (2019 – 2021)\n- Led the migration of the billing platform to Kubernetes between 2019 – 2020 (on time) and then more\n');
  assert.equal(s.sections[0].entries.length, 1);
});

test('markdown: Europass entries, the dates line above the role heading; day-first dates throughout the résumé', () => {
  const r = parseMarkdown(
    '# Lucía Fernández\n\n## Work experience\n\n*01/09/2019 – Current* · Berlin, Germany\n### Freelance translator\n**Self-employed**\n\n- Translation of technical manuals for 12 agencies\n\n*01/10/2014 – 31/08/2019* · Hamburg, Germany\n### In-house translator\n**Lingua Brücke GmbH**\n\n- Coordination of projects with up to 12 translators\n',
  );
  assert.deepEqual(
    r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.dates?.start?.month, e.dates?.current || e.dates?.end?.month, e.bullets.length]),
    [
      // "01/09/2019" is 1 September: the résumé's other dates are day first.
      ['Freelance translator', 'Self-employed', 'Berlin, Germany', 2019, 9, true, 1],
      ['In-house translator', 'Lingua Brücke GmbH', 'Hamburg, Germany', 2014, 10, 8, 1],
    ],
  );
});

test('markdown: affiliations and memberships are a list of the bodies a person belongs to, not volunteer work; a dated role held in one is still read as a role', () => {
  const list = parseMarkdown('# Ana Ruiz\n\n## Professional Affiliations\n\nNational Science Teachers Association (NSTA) · American Association of Chemistry Teachers (AACT) · Ohio Education Association\n');
  assert.equal(list.sections[0].kind, 'other');
  const roles = parseMarkdown('# Ana Ruiz\n\n## Affiliations\n\n### *Treasurer*, IEEE Power & Energy Society (2013-06 — Present)\n\nMember in good standing.\n');
  assert.equal(roles.sections[0].kind, 'other');
  assert.deepEqual([roles.sections[0].entries[0]?.kind, roles.sections[0].entries[0]?.dates?.start?.year], ['volunteer', 2013]);
  // (Service is volunteer work: unpaid roles with an organisation and dates.)
  assert.equal(parseMarkdown('# Ana Ruiz\n\n## Professional Service\n\n### Reviewer, Journal of Ecology (2019 — Present)\n').sections[0].kind, 'volunteer');
});

test('markdown: a long degree line that ends in its one year after a comma is an entry; a sentence ending in a year is not', () => {
  const r = parseMarkdown(
    '# Ana Ruiz\n\n## Education\n\n**Master of Social Work (MSW)**, Clinical Concentration — Central New York University School of Social Work, 2018\n\n**Bachelor of Arts, Psychology** — Finger Lakes College, 2016\n',
  );
  assert.deepEqual(
    r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.end?.year ?? e.dates?.start?.year, e.bullets.length]),
    [
      ['Master of Social Work (MSW), Clinical Concentration', 'Central New York University School of Social Work', 2018, 0],
      ['Bachelor of Arts, Psychology', 'Finger Lakes College', 2016, 0],
    ],
  );
  const s = parseMarkdown('# Ana Ruiz\n\n## Experience\n\n### Caseworker, County Services (2016 – 2020)\n\n- Carried a caseload of families across three rural districts and was promoted to senior caseworker in 2018\n- Trained the new staff of the intake unit on the statewide case management system, 2019\n');
  assert.deepEqual(s.sections[0].entries.map((e) => e.bullets.length), [2]);
});

test('markdown: of two titles joined by a comma the first is the role ("Board Member, Marketing Chair"); a caseworker is a title', () => {
  const r = parseMarkdown(
    '# Ana Ruiz\n\n## Experience\n\n### Onondaga County Department of Children & Family Services — Syracuse, NY\n\n**Caseworker II, Child Protective Services** · *June 2019 – September 2022*\n\n- Investigated reports of abuse and neglect\n\n## Volunteer\n\n### Board Member, Marketing Chair — Denver Youth Climbing Collective (2020 – Present)\n- Pro bono marketing for a nonprofit\n',
  );
  assert.deepEqual(
    entries(r).map((e) => [e.title?.value, e.organisation?.value]),
    [
      // (The unit after the title's comma stays the title's, the employer standing on its own line.)
      ['Caseworker II, Child Protective Services', 'Onondaga County Department of Children & Family Services'],
      ['Board Member', 'Denver Youth Climbing Collective'],
    ],
  );
});

test('markdown: a bold employer after a blank, over its own dated role, is the next entry, not more of a dated head with nothing under it', () => {
  const r = parseMarkdown(
    '# Ana Ruiz\n\nExperience\n----------\n\n**Hill Country Regional Health** — New Braunfels, TX  \nHR Coordinator, *March 2019 – December 2021*\n\n* Coordinated onboarding for about 35 nurses a month\n\nHR Assistant, *June 2018 – March 2019*\n\n**Lone Star Staffing Solutions** — San Antonio, TX  \nRecruiting Assistant, *2016 – 2018*\n\n* Screened applicants for light industrial clients\n',
  );
  assert.deepEqual(
    entries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]),
    [
      ['HR Coordinator', 'Hill Country Regional Health', 2019],
      ['HR Assistant', 'Hill Country Regional Health', 2018],
      ['Recruiting Assistant', 'Lone Star Staffing Solutions', 2016],
    ],
  );
});

test('markdown: an indented HTML heading or list item keeps its first letters (the indentation is counted once)', () => {
  const text = '<div align="center">\n  <h1>Margaux Lindgren</h1>\n</div>\n\n## Experience\n\n### Curator, Museum of Craft (2019 – 2021)\n\n<ul>\n  <li>Curated 4 touring exhibitions</li>\n</ul>\n';
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'Margaux Lindgren');
  assert.equal(slice(text, r.contact.name!.span), 'Margaux Lindgren');
  const bullet = entries(r)[0].bullets[0];
  assert.equal(bullet.text, 'Curated 4 touring exhibitions');
  assert.equal(slice(text, bullet.span), 'Curated 4 touring exhibitions');
});

test('markdown: an undated list item over nested dated roles names their employer (employer, then roles, then bullets, one list)', () => {
  const text = '# Jo\n\n## Experience\n\n- **Brightloom Health** · Austin, TX\n  - **Senior Recruiter** · 2023 - present\n    - Hired 28 engineers in 2025\n  - **Recruiter** · 2021 - 2023\n    - Hired 52 engineers\n- **TalentForge** · Dallas, TX\n  - **Coordinator** · 2018 - 2021\n    - Scheduled 40 interviews a week\n';
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.bullets.map((b) => b.text)]), [
    ['Senior Recruiter', 'Brightloom Health', ['Hired 28 engineers in 2025']],
    ['Recruiter', 'Brightloom Health', ['Hired 52 engineers']],
    ['Coordinator', 'TalentForge', ['Scheduled 40 interviews a week']],
  ]);
});

test('markdown: a projects list of "**name** — what it is" items is one entry per project, a bold name in lower case too', () => {
  const text = '# Jo\n\n## Projects\n\n1. **dbt-contracts-lint** — a small CLI that checks dbt model contracts; 300+ GitHub stars\n2. **Bus arrival lakehouse** — streams bus arrivals into Delta Lake on a Raspberry Pi cluster\n';
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.bullets.map((b) => b.text)]), [
    ['dbt-contracts-lint', ['a small CLI that checks dbt model contracts; 300+ GitHub stars']],
    ['Bus arrival lakehouse', ['streams bus arrivals into Delta Lake on a Raspberry Pi cluster']],
  ]);
});

test('Hugo\'s TOML front matter ("+++" … "+++") is no summary: the profile under "## Summary" is, and the block\'s contact keys are read', () => {
  const text = '+++\ntitle = "Résumé — Camille Dorsey"\ndate = 2026-09-14\ndraft = false\ndescription = "The résumé of a technical recruiter in Austin"\nemail = "camille@outlook.com"\n+++\n\n# Camille Dorsey\n\n## Summary\n\nFull-cycle recruiter with 8 years in agency and in-house roles.\n\n## Experience\n\n### Senior Recruiter, Brightloom (2023 – present)\n- Own engineering hiring for 3 product groups\n';
  const r = parseMarkdown(text);
  assert.equal(r.summary?.value, 'Full-cycle recruiter with 8 years in agency and in-house roles.');
  assert.equal(r.contact.email?.value, 'camille@outlook.com');
  assert.equal(r.contact.name?.value, 'Camille Dorsey');
});

test('pandoc\'s copy of a Word résumé: a bold dated title, a blank, the italic employer line, a blank, then the bullets are one entry', () => {
  const md = '# Experience\n\n**Certified Medical Assistant** Mar 2022 – Present\n\n*Desert Sky Family Medicine, Phoenix, AZ*\n\n-   Room 25–30 patients per day across three providers\n\n-   Trained 3 new MAs on the EHR\n\n**Medical Assistant** Jun 2019 – Feb 2022\n\n*Valleywise Urgent Care, Mesa, AZ*\n\n-   Ran up to 60 rapid tests on peak days\n';
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text, e.bullets.length]), [
    ['Certified Medical Assistant', 'Desert Sky Family Medicine', 'Phoenix, AZ', 'Mar 2022 – Present', 2],
    ['Medical Assistant', 'Valleywise Urgent Care', 'Mesa, AZ', 'Jun 2019 – Feb 2022', 1],
  ]);
});

test('markdown: a later role under the same employer takes the employer\'s place when it stands with the employer ("**Brightloom Health** · Austin, TX"), markup or not', () => {
  const text = ['# Camille Dorsey', '', '## Experience', '', '- **Brightloom Health** · Austin, TX', '  - **Senior Technical Recruiter** · 2023 - present', '    - Reduced time-to-fill from 58 to 39 days', '  - **Technical Recruiter** · 2021 - 2023', '    - Hired 52 engineers', '- TalentForge Partners · Dallas, TX', '  - **Recruiter** · 2019 - 2021', '    - Billed $410K', '  - **Recruiting Coordinator** · 2018 - 2019', '    - Scheduled 40 interviews a week'].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Senior Technical Recruiter', 'Brightloom Health', 'Austin, TX'],
    ['Technical Recruiter', 'Brightloom Health', 'Austin, TX'],
    ['Recruiter', 'TalentForge Partners', 'Dallas, TX'],
    ['Recruiting Coordinator', 'TalentForge Partners', 'Dallas, TX'],
  ]);
});

test('markdown: a person named by what they do, a word no job list holds ("VITA Tax Preparer", "Order Sorter"), is the title beside a bold or plain employer', () => {
  const text = ['# A B', '', '## Volunteer', '', '**VITA Tax Preparer** | DuPage Community Action | 2017–2019', '', '## Experience', '', '**Order Sorter** | Riverside Parcel Depot | 2015–2016', '', '- Sorted 2,000 parcels a shift'].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['VITA Tax Preparer', 'DuPage Community Action'],
    ['Order Sorter', 'Riverside Parcel Depot'],
  ]);
});

test('markdown: lines after the last one a header\'s fields came from are details of the entry, one item each ("*Toledo, OH*  " then "Rho Chi Honor Society")', () => {
  const text = [
    '# Jo Smith', 'jo@example.com', '', '## Education', '',
    '### Doctor of Pharmacy (PharmD) | Great Lakes College of Pharmacy | May 2016', '*Toledo, OH*  ', 'Rho Chi Honor Society', '',
    '**Associate of Arts**, Multnomah Hills Community College — 2021  ', 'Took Intro to Business and Small Business Accounting as electives',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.map((b) => b.text)]), [
    ['Doctor of Pharmacy (PharmD)', 'Great Lakes College of Pharmacy', 'Toledo, OH', ['Rho Chi Honor Society']],
    ['Associate of Arts', 'Multnomah Hills Community College', undefined, ['Took Intro to Business and Small Business Accounting as electives']],
  ]);
});

test('markdown: one dated item alone under a volunteer heading that reads as fields is the role ("- Résumé reviewer, Austin Veterans Career Network (2022 - present)"); a sentence is a bullet', () => {
  const one = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Volunteer', '', '- Résumé reviewer, Austin Veterans Career Network (2022 - present)'].join('\n'));
  assert.deepEqual(entries(one).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.dates?.current]), [['Résumé reviewer', 'Austin Veterans Career Network', 2022, true]]);
  const prose = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Volunteer', '', '- Served meals at the downtown shelter every Saturday and trained the new volunteers (2019 - 2022)'].join('\n'));
  assert.deepEqual(entries(prose).map((e) => [e.title?.value, e.bullets.length]), [[undefined, 1]]);
});

test('markdown: a list right under a role section\'s heading whose items read as fields, most of them dated, is one entry per item, an undated one too; a projects list is so when no item opens with a verb', () => {
  const service = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Professional Service', '', '- Board member, Ontario Museum Curators Network, 2022–present', '- Peer reviewer, *Journal of Canadian Material Culture*'].join('\n'));
  assert.deepEqual(entries(service).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [
    ['Board member', 'Ontario Museum Curators Network', 2022],
    ['Peer reviewer', 'Journal of Canadian Material Culture', undefined],
  ]);
  const shows = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Selected Exhibitions', '', '1. *Blown Away* — Museum of Canadian Craft & Design, 2024–2025 (lead curator)', '2. *Steam & Sail* — Harbourfront Maritime Museum, 2016'].join('\n'));
  assert.deepEqual(entries(shows).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['Blown Away', 'Museum of Canadian Craft & Design', '2024–2025'],
    ['Steam & Sail', 'Harbourfront Maritime Museum', '2016'],
  ]);
  // (A colon and years inside an emphasised name are the name's: the entry's dates come after it.)
  const named = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Selected Exhibitions', '', '1. *Blown Away: Studio Glass in Canada* — Museum of Canadian Craft & Design, 2024–2025', '2. *Kitchen Futures: Canadian Design 1950–1980* — Museum of Canadian Craft & Design, 2019 (co-curator)'].join('\n'));
  assert.deepEqual(entries(named).map((e) => [e.title?.value, e.dates?.text]), [
    ['Blown Away: Studio Glass in Canada', '2024–2025'],
    ['Kitchen Futures: Canadian Design 1950–1980', '2019'],
  ]);
  const done = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Projects', '', '- Built a log parser in Rust (2021)', '- Wrote a Kafka connector for Postgres (2022)'].join('\n'));
  assert.deepEqual(entries(done).map((e) => [e.title?.value, e.bullets.length]), [[undefined, 2]]);
  // (Under a role's header the list is that role's bullets.)
  const role = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Experience', '', '**Curator**, Harbourfront Maritime Museum, 2014 – 2017', '', '- Board liaison, Friends of the Museum, 2015', '- Exhibit lead, Steam & Sail, 2016'].join('\n'));
  assert.deepEqual(entries(role).map((e) => [e.title?.value, e.bullets.length]), [['Curator', 2]]);
});

test('markdown: a list item whose dated first line runs on to a paragraph ("- **Ph.D., …**, University of Cascadia, 2021  " / "  Dissertation: …") is that line\'s entry, the paragraph its item', () => {
  const r = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Education', '- **Ph.D., Ecology and Evolutionary Biology**, University of Cascadia, 2021  ', '  Dissertation: "Thermal tolerance of bull kelp after the 2014–2016 marine heatwave." Advisor: Prof. L. Haverkamp', '- **M.Sc., Marine Biology**, Nordvik University, Tromsø, Norway, 2016'].join('\n'));
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.map((b) => b.text.slice(0, 12))]), [
    ['Ph.D., Ecology and Evolutionary Biology', 'University of Cascadia', '2021', ['Dissertation']],
    ['M.Sc., Marine Biology', 'Nordvik University', '2016', []],
  ]);
});

test('markdown: a backslash ending a line is a hard line break, no part of a field ("…, Manchester\\" over "April 2021 -- Present", as pandoc writes Word\'s line breaks)', () => {
  const r = parseMarkdown(['# Jo Smith', 'jo@example.com', '', '## Experience', '', '**HR Manager**\\', 'Northbridge Logistics Ltd, Manchester\\', 'April 2021 -- Present', '', '-   Lead a team of 4 HR advisers'].join('\n'));
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.current]), [['HR Manager', 'Northbridge Logistics Ltd', 'Manchester', true]]);
});

test('markdown: a section\'s clear readings teach its layout to an entry whose words do not tell ("**Scooper**, Rosebud Creamery" under three bold titles before their employer)', () => {
  const r = parseMarkdown([
    '# Jo Smith', 'jo@example.com', '', '## Work History', '',
    '**Shift Supervisor**, Ember & Oak Coffee Roasters (Mar 2024 – Present)', '', '* Ran shifts for a crew of 6', '',
    '**Barista Trainer**, Ember & Oak Coffee Roasters (Jun 2022 – Feb 2024)', '', '* Trained 11 new hires', '',
    '**Barista**, Ember & Oak Coffee Roasters (Aug 2021 – May 2022)', '', '* Made 300 drinks a day', '',
    '**Scooper**, Rosebud Creamery (Summer 2020)', '', '* Served ice cream on weekend shifts',
  ].join('\n'));
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Shift Supervisor', 'Ember & Oak Coffee Roasters'],
    ['Barista Trainer', 'Ember & Oak Coffee Roasters'],
    ['Barista', 'Ember & Oak Coffee Roasters'],
    ['Scooper', 'Rosebud Creamery'],
  ]);
});

test('markdown: Canada\'s applied-science degrees ("BASc, Computer Engineering") keep their name; a residency is an education entry\'s title ("PGY1 Pharmacy Residency")', () => {
  const md = ['# Ana Ruiz', 'ana@example.com', '', '## Education', '', '**BASc, Computer Engineering** — University of the Grand River, Waterloo, ON, 2010–2015', '', '**MASc, Electrical Engineering** — University of Toronto, Toronto, ON, 2015–2017', '', '### PGY1 Pharmacy Residency | Scioto Valley Medical Center | 2016 – 2017', '*Columbus, OH*'].join('\n');
  assert.deepEqual(entries(parseMarkdown(md)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['BASc, Computer Engineering', 'University of the Grand River'],
    ['MASc, Electrical Engineering', 'University of Toronto'],
    ['PGY1 Pharmacy Residency', 'Scioto Valley Medical Center'],
  ]);
});

test('markdown: a licence\'s initials before the state that issued it are no town ("Licensed School Counselor (PEL, Illinois)"); the place on the contact line is the location', () => {
  const md = ['# Alicia Brandt', '', 'Licensed School Counselor (PEL, Illinois)  ', '📍 Naperville, IL · ✉️ abrandt@schoolmail.org · ☎️ (630) 555-0184', '', '## Experience', '', '**Prairie Ridge High School** | *School Counselor* | 2022–present'].join('\n');
  assert.equal(parseMarkdown(md).contact.location?.value, 'Naperville, IL');
});

test('markdown: a heading with a note in brackets after a section\'s name is that section ("## Publications (selected)", "## Experience (10+ years)")', () => {
  const md = ['# Ana Ruiz', 'ana@example.com', '', '## Experience (10+ years)', '', '### Engineer, Acme (2019 – 2021)', '- Built the billing service', '', '## Publications (selected)', '', '- Ruiz A. A spectral cytometry panel. Cytometry A. 2023.'].join('\n');
  assert.deepEqual(parseMarkdown(md).sections.map((s) => s.kind), ['experience', 'publications']);
});

test('markdown: a pandoc résumé\'s LaTeX parts its fields ("**Shoreline Re** \\hfill Stamford, CT", "\\textbullet{}", "\\begin{center}"), and pandoc\'s front-matter `title:` is the name when it is one', () => {
  const md = ['---', 'title: "Priya Raghunathan, FSA, MAAA"', 'geometry: margin=0.8in', '---', '', '\\begin{center}', 'Hartford, CT \\textbullet{} (860) 555-0147 \\textbullet{} priya@mail.com', '\\end{center}', '', '## Experience', '', '**Shoreline Re** \\hfill Stamford, CT  ', '*Actuarial Analyst* \\hfill Jun 2016 -- Feb 2020', '', '- Priced 40+ reinsurance treaties totaling \\$9B of ceded face amount'].join('\n');
  const r = parseMarkdown(md);
  assert.equal(r.contact.name?.value, 'Priya Raghunathan, FSA, MAAA');
  assert.equal(r.contact.phone?.value, '(860) 555-0147');
  assert.equal(r.contact.location?.value, 'Hartford, CT');
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text]), [['Actuarial Analyst', 'Shoreline Re', 'Stamford, CT', 'Jun 2016 -- Feb 2020']]);
  // A title that names the document, not a person, is no name.
  assert.equal(parseMarkdown(['---', 'title: "Resume"', '---', '', '# Ana Ruiz', 'ana@mail.com', '', '## Experience', '', '**Engineer**, Acme, 2019 - 2020'].join('\n')).contact.name?.value, 'Ana Ruiz');
  // Nor is one that names the page's section ("Work Experience" over a page of roles), exactly or not ("Undergraduate Teaching").
  assert.equal(parseMarkdown(['---', 'layout: archive', 'title: "Work Experience"', '---', '**Bike Courier at Zoom (_January 2023 - June 2023_)**', '- Delivered 40 orders a day'].join('\n')).contact.name, undefined);
  assert.equal(parseMarkdown(['---', 'title: "Undergraduate Teaching"', '---', '## Teaching Roles', '', '* **Sessional Instructor** (*August 2024 – December 2024*)'].join('\n')).contact.name, undefined);
});

test('markdown: academicpages\' CV — "* 2022 – present: Assistant Professor …" over a nested "* Prairie State University College of Veterinary Medicine, Ames, IA" is where the role was held', () => {
  const md = ['# Hannah Ferreira-Lund', 'hannah@mail.com', '', 'Work experience', '======', '* 2022 – present: Assistant Professor of Small Animal Surgery', '  * Prairie State University College of Veterinary Medicine, Ames, IA', '  * Started the minimally invasive surgery service', '', '* 2021 – 2022: Staff Surgeon', '  * Cascade Veterinary Referral Center, Tacoma, WA', '  * Perform 8–10 soft tissue and orthopedic procedures a week'].join('\n');
  assert.deepEqual(entries(parseMarkdown(md)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['Assistant Professor of Small Animal Surgery', 'Prairie State University College of Veterinary Medicine', 'Ames, IA', 1],
    ['Staff Surgeon', 'Cascade Veterinary Referral Center', 'Tacoma, WA', 1],
  ]);
});

test('markdown: a Notion page lists its roles in a table, then each under a heading with its bullets: one entry a role, dated from the table; a toggle\'s "<summary>Projects</summary>" heads no section', () => {
  const md = ['# Renata Okonkwo-Hale', '', 'Email: renata@mail.com', '', '## Experience', '', '| Company | Role | Dates |', '| --- | --- | --- |', '| Buckeye Regional Health | Senior Payroll Specialist | Aug 2022 → Now |', '| Buckeye Regional Health | Payroll Specialist | Mar 2020 → Jul 2022 |', '', '### Buckeye Regional Health — Senior Payroll Specialist', '', '- Process biweekly payroll for 3,400 employees', '', '<details>', '<summary>Projects</summary>', '', '- UKG Pro migration (2023): mapped 140 earning and deduction codes', '', '</details>', '', '### Buckeye Regional Health — Payroll Specialist', '', '- Processed weekly payroll for 1,900 staff', '', '## Education', '', '**A.A.S. Accounting**, Columbus State Community College, 2017'].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['Senior Payroll Specialist', 'Buckeye Regional Health', 'Aug 2022 → Now', 2],
    ['Payroll Specialist', 'Buckeye Regional Health', 'Mar 2020 → Jul 2022', 1],
  ]);
});

test('markdown: a toggle labelled with a dated role ("<details>" / "<summary><b>Title,</b> …, Org, Town (dates)</summary>") is that role, its items its bullets', () => {
  const role = (title: string, org: string, dates: string, bullets: string[]) => ['<details markdown="1">', `<summary><b>${title},</b> <i>Data Team</i>, ${org}, Leeds (${dates})</summary>`, ...bullets.map((b) => `  * ${b}`), '</details>', '<p>'];
  const md = [
    '# Ana Ruiz',
    '',
    'Professional career',
    '======',
    ...role('Senior Analyst', 'Northwind Health', 'December 2022 – present', ['Cut report turnaround from 3 weeks to 2 hours', 'Built 12 dashboards for 40 clinics']),
    ...role('Data Analyst', 'Leeds Teaching Hospitals', 'June 2020 – November 2022', ['Modelled patient flow for 3 wards']),
  ].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.location?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Senior Analyst', 'Leeds', 'December 2022', 2],
    ['Data Analyst', 'Leeds', 'June 2020', 1],
  ]);
});

test('markdown: bold labels grouping a dated role\'s bullets ("**Key Achievements:**") are no entries', () => {
  const md = [
    '# Jane Doe',
    '',
    '## Professional Experience',
    '',
    '### Front Desk Lead | Fox Lake Animal Hospital',
    '*January 2023 - February 2024*',
    '',
    '**Strategic Responsibilities:**',
    '- Managed patient flow for 60 patients daily',
    '- Supervised front desk operations',
    '',
    '**Key Achievements:**',
    '- Cut wait times by 15%',
    '',
    '### Admin | Vylla',
    '*February 2024 - Present*',
    '',
    '**Core Responsibilities:**',
    '- Provide support for 3 AVPs',
  ].join('\n');
  assert.deepEqual(parseMarkdown(md).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Front Desk Lead', 'Fox Lake Animal Hospital', 3],
    ['Admin', 'Vylla', 1],
  ]);
});

test('markdown: stacked headings with nothing between ("### Founding Teacher" / "#### Achievement First High School"; "### University of Virginia" / "#### Bachelor of Arts" / "##### Cognitive Science") are one entry\'s header', () => {
  const md = [
    '## Experience',
    '',
    '### Founding Teacher',
    '#### Achievement First East Brooklyn High School',
    '',
    '- Led 3 Algebra I classes to the top state exam results',
    '',
    '### Corps Member',
    '#### Teach for America',
    '',
    '- Taught 120 students in under-resourced schools',
    '',
    '## Education',
    '',
    '### University of Virginia',
    '#### Bachelor of Arts',
    '##### Cognitive Science (Psychology and Linguistics)',
  ].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections.map((s) => s.entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length])), [
    [['Founding Teacher', 'Achievement First East Brooklyn High School', 1], ['Corps Member', 'Teach for America', 1]],
    [['Bachelor of Arts', 'University of Virginia', 0]],
  ]);
});

test('markdown: a school named once over the degrees taken there gives each its school', () => {
  const md = ['## Nursing Education', '', '**Penn State University**', '', '**Master of Science in Nursing**', '', '- Acute Care Nurse Practitioner option', '', '**Bachelor of Science in Nursing**', '', '**Hagerstown Community College**', '', '**Associate of Science in Nursing**'].join('\n');
  assert.deepEqual(parseMarkdown(md).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Master of Science in Nursing', 'Penn State University', 1],
    ['Bachelor of Science in Nursing', 'Penn State University', 0],
    ['Associate of Science in Nursing', 'Hagerstown Community College', 0],
  ]);
});

test('markdown: a README whose first heading is the repository\'s name ("# portfolio") over the person\'s name and sections a level down: the name is the person\'s, the sections are the second level', () => {
  const md = ['# portfolio', 'Online portfolio of Dana Reyes, dental assistant.', '# Dana Reyes – Dental Assistant Portfolio', '', '## 💼 Professional Experience', '', '**Dental Assistant** – Kelligrews Dental Clinic | Sept 2025–Present', '- Prepared 12 operatories a day', '', '## 🦷 Skills', '', '- Radiographs', '', '## 🎓 Education', '', '**Dental Assisting Diploma** – Keyin College | 2025'].join('\n');
  const r = parseMarkdown(md);
  assert.equal(r.contact.name?.value, 'Dana Reyes');
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'skills', 'education']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Dental Assistant', 'Kelligrews Dental Clinic']]);
});

test('markdown: MkDocs admonitions — a titled one that names a section is one, others head entries', () => {
  const text = [
    '# Leah Whitford',
    '',
    '!!! abstract "Profile"',
    '',
    '    GIS analyst with 9 years in local government.',
    '',
    '## Projects',
    '',
    '??? example "Sidewalk Gap Viewer (2023)"',
    '',
    '    A public app that shows missing sidewalk segments near 40 schools.',
    '',
    '???+ example "Culvert Fish Passage Inventory (2021–2022)"',
    '',
    '    Flagged 180 culverts for replacement.',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Profile', 'summary'], ['Projects', 'projects']]);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.dates?.text, e.bullets.length]), [
    ['Sidewalk Gap Viewer', '2023', 1],
    ['Culvert Fish Passage Inventory', '2021–2022', 1],
  ]);
});

test('markdown: an executive\'s earlier roles run on one line, parted by middle dots, are an entry each', () => {
  const r = parseMarkdown('# Dana Whit\n\n## Professional Experience\n\n### Chief Operating Officer, Brightwater Medical (Stamford, CT), 2020 – Present\n\n- Cut plant downtime 30% across 9 sites\n\n### Earlier career\nPlant Manager, Sterling Ridge Labs (Allentown, PA), 2006–2010 · Production Manager and Process Engineer, Halcyon Pharmaceuticals (Raritan, NJ), 2000–2006\n');
  const e = r.sections[0].entries.filter((x) => x.dates);
  assert.deepEqual(e.slice(1).map((x) => [x.title?.value, x.organisation?.value, x.dates?.text]), [
    ['Plant Manager', 'Sterling Ridge Labs', '2006–2010'],
    ['Production Manager and Process Engineer', 'Halcyon Pharmaceuticals', '2000–2006'],
  ]);
});

test('markdown: sections at a deeper level than their roles ("#### Work Experience" over "### Title, Employer" over "##### dates")', () => {
  const r = parseMarkdown(
    [
      '#### Work Experience',
      '',
      '### Wine Buyer, [In Fine Spirits](http://example.com)',
      '',
      '##### September 2015–February 2017',
      '',
      '* Managed wine selection, inventory, and ordering',
      '',
      '### Freelance Writer, [Multiple Publications](/writing.html)',
      '',
      '##### October 2002–present',
      '',
      '* Wrote for 4 magazines',
      '',
      '#### Education',
      '',
      '### B.A. Asian Studies, University at Buffalo',
      '',
      '#### Skills',
      '',
      '* Wine education',
      '',
    ].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Work Experience', 'experience'], ['Education', 'education'], ['Skills', 'skills']]);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text]), [
    ['Wine Buyer', 'In Fine Spirits', 'September 2015–February 2017'],
    ['Freelance Writer', 'Multiple Publications', 'October 2002–present'],
  ]);
  assert.equal(r.sections[1].entries[0].organisation?.value, 'University at Buffalo');
});

test('markdown: a role written as nested list items, one field each (title, employer, dates), over its bullets', () => {
  const r = parseMarkdown(
    [
      'Work experience',
      '======',
      '* Chemical Technician',
      '  * Novoloop: Menlo Park',
      '    * Febuary 2023-August 2023',
      '      * Scaled a plastic purifying process to 2 pilot lines.',
      '      * Assessed product purity with HPLC.',
      '',
      '* Staff Research Associate',
      '  * UCSF Cardiovascular Lab',
      '    * March 2022-May 2022',
      '    * Ran routine PCR and gel electrophoresis for 3 projects.',
      '',
    ].join('\n'),
  );
  const [tech, sra] = r.sections[0].entries;
  assert.deepEqual([tech.title?.value, tech.organisation?.value, tech.dates?.start?.month, tech.dates?.end?.month, tech.bullets.length], ['Chemical Technician', 'Novoloop', 2, 8, 2]);
  assert.deepEqual([sra.title?.value, sra.organisation?.value, sra.dates?.text, sra.bullets.length], ['Staff Research Associate', 'UCSF Cardiovascular Lab', 'March 2022-May 2022', 1]);
});

test('markdown: under a role heading not yet dated, one item naming the employer and its place, then a heading of dates', () => {
  const r = parseMarkdown(
    [
      '# 💼 Experience',
      '',
      '### Sales Executive – B2B SaaS',
      '- TechNova Inc. – San Francisco, CA',
      '',
      '### 2020 – Present',
      '- Increased territory revenue by 35% YoY',
      '- Built relationships with 150+ business clients',
      '',
      '### Account Manager',
      '- GreenPoint Supplies – Oakland, CA',
      '',
      '### 2016 – 2020',
      '- Managed accounts worth over $2M annually',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    r.sections[0].entries.map((e) => [e.organisation?.value, e.location?.value, e.dates?.text, e.bullets.length]),
    [
      ['TechNova Inc.', 'San Francisco, CA', '2020 – Present', 2],
      ['GreenPoint Supplies', 'Oakland, CA', '2016 – 2020', 1],
    ],
  );
});

test('markdown: a site generator\'s template call naming a role\'s fields is that role\'s header, each field where it is written', () => {
  const text = [
    '# Work Experience',
    '{{ position(title="Waitstaff",company="Patriots Landing Retirement Community",duration="February 2024 - Present") }}',
    '- Waits on 12 tables in an open dining hall',
    '',
    '{{< job title="Graduate Assistant" employer="Saint Martin\'s University" location="Lacey, WA" start="September 2023" end="December 2023" >}}',
    '- Graded 40 lab reports a week',
    '',
    '{% include base_path %}',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  const [wait, ga] = r.sections[0].entries;
  assert.deepEqual([wait.title?.value, wait.organisation?.value, wait.dates?.current, wait.bullets.length], ['Waitstaff', 'Patriots Landing Retirement Community', true, 1]);
  assert.equal(text.slice(wait.organisation!.span.start, wait.organisation!.span.end), 'Patriots Landing Retirement Community');
  assert.deepEqual([ga.title?.value, ga.organisation?.value, ga.location?.value, ga.dates?.start?.month, ga.dates?.end?.month], ['Graduate Assistant', "Saint Martin's University", 'Lacey, WA', 9, 12]);
  assert.equal(r.sections[0].entries.length, 2);
});

test('markdown: a page\'s one title over sections named at the level below it is the page\'s title, not a section nor a name', () => {
  const r = parseMarkdown(
    [
      '# Work Experience',
      '',
      '## Professional Experience',
      '',
      '**Software Engineer** <br />',
      '**Linq.io - Dallas, TX** <br />',
      '_July 2024 to December 2024_',
      '',
      '- Built a media API that cut page load time by 60%',
      '',
      '## Teaching Experience',
      '',
      '**Teaching Assistant** <br />',
      '**University at Buffalo - Buffalo, NY** <br />',
      '_Spring 2025_',
      '',
      '- Graded 120 assignments a week',
      '',
    ].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [
    ['Professional Experience', 'experience', 1],
    ['Teaching Experience', 'experience', 1],
  ]);
  assert.equal(r.contact.name, undefined);
});

test('markdown: HTML entities in a page of raw HTML read as their characters ("Bengaluru &middot; Apr 2025 &ndash; Present", "&#233;")', () => {
  const r = parseMarkdown(['## Experience', '', '### Software Developer, Walmart', '<span class="meta">Bengaluru &middot; Apr 2025 &ndash; Present</span>', '', '- Cut batch run time by 40% for the caf&#233; chain', ''].join('\n'));
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value, e.dates?.current], ['Software Developer', 'Walmart', 'Bengaluru', true]);
  assert.match(e.bullets[0].text, /caf&#233;|café/);
});

test('markdown: a deeper heading right under a role heading, naming an employer and its place after a slash or a dot, is more of that role\'s header', () => {
  const text = [
    '<h3>Experience</h3>',
    '<h4>Freelance Design / 2013</h4>',
    '<h5>Self-employed / Milwaukee, WI</h5>',
    '<ul>', '<li>Designed 40 logos for local shops</li>', '</ul>',
    '<h4>Page Production / 2013 - 2015</h4>',
    '<h5>Kohl\'s Corporation / Menomonee Falls, WI</h5>',
    '<ul>', '<li>Maintained 300 pages on Kohls.com</li>', '</ul>',
  ].join('\n');
  const row = (e: Entry) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length];
  assert.deepEqual(entries(parseMarkdown(text)).map(row), [
    ['Freelance Design', 'Self-employed', 'Milwaukee, WI', 2013, 1],
    ['Page Production', "Kohl's Corporation", 'Menomonee Falls, WI', 2013, 1],
  ]);
  const nurse = ['## Experience', '', '### Registered Nurse • Labor & Delivery', '#### Denver Health • Denver, CO', '', '- Cared for 6 patients a shift'].join('\n');
  assert.deepEqual(entries(parseMarkdown(nurse)).map(row).map((x) => x.slice(1)), [['Denver Health', 'Denver, CO', undefined, 1]]);
});

test('markdown: hashes run into a capitalised heading ("###Information Service") make a heading; "#1 in sales" and "#hashtags" stay text', () => {
  const text = ['###Jane Watkins', 'jane@example.com', '', '###Experience', '####Downtown Emergency Service Center', '*August 2014 - Present*', '', 'Built 40 reports a month.', '', '#1 in regional sales for the team', '', '###Education', '####University of North Texas', '*2003 - 2006*'].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Experience', 'experience'], ['Education', 'education']]);
  assert.deepEqual(entries(r).map((e) => e.dates?.start?.year), [2014, 2003]);
  assert.ok(!r.sections.some((s) => s.title.includes('#1')));
});

test('markdown: with no section named for work, headings of spans of time are work — a field\'s name over its roles, or each role its own heading', () => {
  const fields = ['# Cait Watkins', 'cait@example.com', '', '## Social Service', '', '### Downtown Emergency Service Center', '*October 2012 - August 2014*', '', '- Met 30 clients a week to plan their services', '', '## Education', '', '### University of North Texas', '*2003 - 2006*'].join('\n');
  const r = parseMarkdown(fields);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Social Service', 'experience'], ['Education', 'education']]);
  const roles = ['# Andy N', 'andy@example.com', '', '## Senior Product Manager - Splunk', 'February 2016 - February 2020', '', '- Increased developer efficiency by 30%', '', '## Education', '', '### Penn State University', 'May 2007'].join('\n');
  const s = parseMarkdown(roles);
  assert.deepEqual(s.sections.map((x) => x.kind), ['experience', 'education']);
  assert.deepEqual(entries(s).slice(0, 1).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [['Senior Product Manager', 'Splunk', 2016, 1]]);
  // (Where a section is named for work, an unknown heading stays what it was.)
  const named = parseMarkdown(['## Experience', '', '### Engineer, Acme (2019 - 2021)', '', '## Side Quests', '', '### Volunteer, Food Bank (2018 - 2020)'].join('\n'));
  assert.equal(named.sections[1].kind, 'other');
});

test('markdown: under a heading that only names a group ("### Clinical experience"), year-first items are roles — "2013: Pediatric voice clinic, American Family Children\'s Hospital."', () => {
  const text = ['# Jane', '', '## Teaching', '', '### Clinical experience', '', 'These are positions I worked in as a student clinician.', '', "* 2013: Pediatric voice clinic, American Family Children's Hospital.", '* 2012: Transgender voice clinic, UW-Madison Speech & Hearing Clinic.'].join('\n');
  const got = entries(parseMarkdown(text)).filter((e) => e.dates).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]);
  assert.deepEqual(got, [
    ['Pediatric voice clinic', "American Family Children's Hospital", 2013],
    ['Transgender voice clinic', 'UW-Madison Speech & Hearing Clinic', 2012],
  ]);
  // (The group's name is no employer of the roles under it.)
  assert.ok(!entries(parseMarkdown(text)).some((e) => e.organisation?.value === 'Clinical experience'));
});

test('markdown: a heading that names a job, its first line the job\'s dates, is a role even beside a section named for work', () => {
  const text = ['## Experience and awards', '', '### 2015 Pulitzer Prize, with Seattle Times staff', '', '## Lead producer — ProPublica', '', '_March 2017 – January 2018_', '', 'I supervised a team of 6 web producers.', '', '## Projects', '', '### Vote tracker', '', 'Built with 3 reporters.'].join('\n');
  const r = parseMarkdown(text);
  // (At the sections' level, its dates under it, it is a role of the section before: no section of its own.)
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'projects']);
  assert.deepEqual(r.sections[0].entries.slice(1).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [['Lead producer', 'ProPublica', 2017]]);
});

test('markdown: a dated employer heading over a deeper heading naming the job ("## KATERRA, Seattle, WA *2019 - 2020*" / "### Design Engineer") is one role', () => {
  const text = ['# WORK EXPERIENCE', '', '## KATERRA, Seattle, WA&#9;*2019 - 2020*', '', '### Manufactured Assemblies Design Engineer', '', '- Designed 40 building components for off-site fabrication', '', '## SAFRAN AEROSYSTEMS, Everett, WA&#9;*2015 - 2019*', '### Design and Integration Engineer', '- Developed a boarding stair for 3 aircraft types'].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Manufactured Assemblies Design Engineer', 'KATERRA', 'Seattle, WA', 2019, 1],
    ['Design and Integration Engineer', 'SAFRAN AEROSYSTEMS', 'Everett, WA', 2015, 1],
  ]);
});

test('markdown: a suburb named by a place\'s word before its city ("Mt. Wellington, Auckland", "Point Chevalier, Auckland") is the whole place', () => {
  const text = ['## Experience', '', '### Stanhope Road School — Teacher', '_January 2025 – Present · Mt. Wellington, Auckland_', '', '- Taught 28 Year 4 students', '', '### Pasadena Intermediate — Student Teacher', '_September – November 2024 · Point Chevalier, Auckland_', '', '- Planned 12 lessons'].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => e.location?.value), ['Mt. Wellington, Auckland', 'Point Chevalier, Auckland']);
});

test('markdown: a role\'s title set in bold in its first sentence ("As a **Case Manager**, I met …") is its title; a lone name in its header is then the employer', () => {
  const text = ['###Jane W', '', '###Social Service', '####Downtown Emergency Service Center  ', '*October 2012 - August 2014*', '', '   As a **Case Manager**, I met 40 clients a month to identify service needs and goals and to plan their care.', '', '###Administrative Support', '', '####The Other Journal  ', '*Sept 2010 – June 2011*', '', '   **Intern** for an online journal, I performed data entry, transcribed 30 interviews and tabled at two conferences.', '', '####Acme Corp  ', '*2009 – 2010*', '', '   As **the best**, I kept 3 shops going through two winters and a flood in the town centre.'].join('\n');
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Case Manager', 'Downtown Emergency Service Center'],
    ['Intern', 'The Other Journal'],
    // (Bold words with no job's word in them are no title.)
    [undefined, 'Acme Corp'],
  ]);
});

test('markdown: a table\'s description column is each row\'s bullet and its tools and links columns no header field; the header row names them', () => {
  const md = '# Jane Doe\n\njane@example.com\n\n## Projects\n\n| Project | About | Tech Stack | Link |\n| --- | --- | --- | --- |\n| **Chitter** | A Twitter clone with a SQL database for 40 users. | Ruby, SQL | [View Project](https://example.com/chitter) |\n| **Bowling Scorecard** | Scores a bowling game for one player. | Ruby | [Code](https://example.com/bowling) |\n\n## Experience\n\n| Company | Role | Dates | Responsibilities |\n| --- | --- | --- | --- |\n| Summit Energy | Lead Data Scientist | Feb 2021 – Present | Led a team of 4 building demand forecasts. |\n';
  const r = parseMarkdown(md);
  const got = r.sections.map((s) => [s.title, s.entries.map((e) => [e.title?.value ?? null, e.organisation?.value ?? null, e.dates?.text ?? null, e.bullets.map((b) => b.text)])]);
  assert.deepEqual(got, [
    ['Projects', [
      ['Chitter', null, null, ['A Twitter clone with a SQL database for 40 users.']],
      ['Bowling Scorecard', null, null, ['Scores a bowling game for one player.']],
    ]],
    ['Experience', [['Lead Data Scientist', 'Summit Energy', 'Feb 2021 – Present', ['Led a team of 4 building demand forecasts.']]]],
  ]);
  // Every bullet's span is its cell in the source.
  for (const e of r.sections.flatMap((s) => s.entries)) for (const b of e.bullets) assert.equal(md.slice(b.span.start, b.span.end), b.text);
});

test('markdown: volunteer roles under a bold organisation line are grouped as paid roles are; a company whose name only looks like a title keeps it before its legal form', () => {
  const md = '**Armin Marth**\n\n**Email:** armin@example.com\n\n**Professional Experience**\n\n**Medical Director Pty Ltd, Sydney, NSW**\n\n**QA Test Analyst**, 2010 -- 2015\n\n-   Tested 3 releases a year.\n\n**Volunteer Experience**\n\n**Sydney Gaymers, Sydney, NSW**\n\n**Lead Organiser and Administrator**, 2012 -- 2020\n\n-   Grew the community to 2,500 members.\n';
  const got = parseMarkdown(md).sections.map((s) => s.entries.map((e) => [e.title?.value ?? null, e.organisation?.value ?? null, e.location?.value ?? null]));
  assert.deepEqual(got, [
    [['QA Test Analyst', 'Medical Director Pty Ltd', 'Sydney, NSW']],
    [['Lead Organiser and Administrator', 'Sydney Gaymers', 'Sydney, NSW']],
  ]);
});

test('markdown: a paragraph that names a year after a preposition ("At the start of 2019 I won …") is the role\'s text, no entry of its own', () => {
  const md = '# Finn\n\nfinn@example.com\n\n## WORK EXPERIENCE\n\n### Science and Physics Teacher at Cashmere High School\n\n<p class="sub">Christchurch, 2019 - present</p>\n\nAt the start of 2019 I won a permanent position as a Science and Physics teacher at Cashmere High School. I was delighted to gain this role as I am an ex-student of the school.\n';
  const es = parseMarkdown(md).sections.flatMap((s) => s.entries);
  assert.equal(es.length, 1);
  assert.equal(es[0].bullets.length + (es[0].description ? 1 : 0), 1);
});

test('markdown: an employer named with its own initials in brackets is the employer, though a word of it looks like a job\'s; a title with its initials stays the title', () => {
  const read = (h: string) => {
    const e = parseMarkdown(`# A B\n\na@example.com\n\n## Experience\n\n### ${h}\n\n- Built 3 foundations\n`).sections[0].entries[0];
    return [e.title?.value ?? null, e.organisation?.value ?? null];
  };
  assert.deepEqual(read('Structural Engineer | *Innovate Engineering & Development (IED)*'), ['Structural Engineer', 'Innovate Engineering & Development (IED)']);
  assert.deepEqual(read('Chief Executive Officer (CEO) | Acme Corp'), ['Chief Executive Officer (CEO)', 'Acme Corp']);
  // (Joining words give no letter, in capitals too.)
  assert.deepEqual(read('Medical Device Fellow, FOOD AND DRUG ADMINISTRATION (FDA), Silver Spring, MD'), ['Medical Device Fellow', 'FOOD AND DRUG ADMINISTRATION (FDA)']);
});

test('markdown: a paragraph over a section\'s first entry says what the section holds; it is no entry', () => {
  const md = '# Jane Doe\n\njane@example.com\n\n## Projects\n\nStudent projects from a bootcamp, to show what I have learnt.\n\n### Chitter\n\n- A Twitter clone with a SQL database for 40 users\n\n### Bowling Scorecard\n\n- Scores a bowling game for one player\n';
  const entries = parseMarkdown(md).sections[0].entries;
  assert.deepEqual(entries.map((e) => e.title?.value), ['Chitter', 'Bowling Scorecard']);
});

test('markdown: a line break tag inside a heading parts two fields ("Web Designer and Administrator<br/>Self-employed, Pittsburgh, PA")', () => {
  const md = '# Lisa\n\nlisa@example.com\n\n## Experience\n\n### Web Designer and Administrator<br/>Self-employed, Pittsburgh, PA\n\nAug 2006 to Jan 2019\n\n* Created websites for 12 local authors\n';
  const e = parseMarkdown(md).sections[0].entries[0];
  assert.equal(e.title?.value, 'Web Designer and Administrator');
});

test('markdown: an employer\'s dated heading over its roles\' deeper headings names the employer of each role, up to the next heading as high', () => {
  const text = "# Jane Doe\njane@example.com\n\n## Employment\n\n### Fry-IT Ltd (November '11 - February '12)\n\n#### Scrum Master\n* Ran 3 teams across Europe.\n\n#### Project Management Consultant\n* Worked with the directors on 2 plans.\n\n### Acme Corp (2008 - 2011)\n\n#### Engineer\n* Built 4 tools.\n";
  const got = entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value]);
  assert.deepEqual(got, [
    ['Scrum Master', 'Fry-IT Ltd'],
    ['Project Management Consultant', 'Fry-IT Ltd'],
    ['Engineer', 'Acme Corp'],
  ]);
});

test('markdown: a role\'s deeper heading under its employer\'s, "Title, what it is about" ("#### Sr. Software Engineer, Reporting and Analytics"), keeps the whole as the title', () => {
  const text = '# Jane Doe\njane@example.com\n\n## Experience\n\n### Brightcove Inc, Seattle, WA `[June 2010 to Present]`\n\n#### Staff Engineer, Reporting and Analytics\n\n- Built reports for 40 teams\n\n#### Sr. Software Engineer, Reporting and Analytics\n\n- Cut query time by 60%\n\n#### Software Engineer, Ingestion and custom workflows\n\n- Built 3 ingest paths\n\n#### Engineer, Seattle\n\n- Ran the 2 on-call rotas\n';
  const got = entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]);
  assert.deepEqual(got, [
    ['Staff Engineer, Reporting and Analytics', 'Brightcove Inc', 'Seattle, WA'],
    ['Sr. Software Engineer, Reporting and Analytics', 'Brightcove Inc', 'Seattle, WA'],
    ['Software Engineer, Ingestion and custom workflows', 'Brightcove Inc', 'Seattle, WA'],
    // (A place after the comma stays the place.)
    ['Engineer', 'Brightcove Inc', 'Seattle'],
  ]);
});

test('markdown: a lab\'s name and the initials of the body that holds it ("Interactive Media Lab, LUMS") are one organisation; a town after them stays the place', () => {
  const text = '# Jane Doe\njane@example.com\n\n## Experience\n\n**Interactive Media Lab, LUMS - Lahore, PK** <br />\n*Research Software Engineer* <br />\nJan 2020 - Dec 2021\n\n- Built 3 tools.\n';
  const [e] = entries(parseMarkdown(text));
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value], ['Research Software Engineer', 'Interactive Media Lab, LUMS', 'Lahore, PK']);
});

test('markdown: a degree named by its kind takes the field after its comma ("Bachelor of Arts, English"); the field is no school', () => {
  const text = '# Jane Doe\njane@example.com\n\n## Education\n\n### University of South Carolina\n\n**_Master of Library and Information Science_ • 2016-2018**\n\n**_Bachelor of Arts, English_ • 2006-2010**\n';
  const got = entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value ?? null]);
  assert.equal(got[1][0], 'Bachelor of Arts, English');
  assert.notEqual(got[1][1], 'English');
  // (A school known by its initials stays the school: "M.Sc. Computer Science, TU Berlin".)
  const tu = entries(parseMarkdown('# Lena Vogel\nlena@example.de\n\n## Education\n\n**M.Sc. Computer Science, TU Berlin** · 2014 – 2017\n'));
  assert.deepEqual([tu[0].title?.value, tu[0].organisation?.value], ['M.Sc. Computer Science', 'TU Berlin']);
});

test('markdown: a volunteer section of posts written one to a list item ("Post • Where"), with no header lines, is one entry per item; duty bullets stay bullets', () => {
  const text = [
    '# Rowan Ames',
    '',
    '## Volunteer History',
    '- Graduate Student-Faculty Liaison • Northgate Medical Center',
    '- Nursing Student-Faculty Liaison • Eastfield State',
    '- Fundraising • Lakeside Health Doula Project',
    '- Syringe Access Volunteer • Harbor Harm Reduction Center',
    '',
    '## Experience',
    '### Registered Nurse • Riverside Health',
    '- Triaged obstetric concerns • cut wait times by 20%',
    '- Trained new graduate nurses on the unit',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(
    r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]),
    [
      ['Graduate Student-Faculty Liaison', 'Northgate Medical Center', 0],
      ['Nursing Student-Faculty Liaison', 'Eastfield State', 0],
      ['Fundraising', 'Lakeside Health Doula Project', 0],
      ['Syringe Access Volunteer', 'Harbor Harm Reduction Center', 0],
    ],
  );
  for (const e of r.sections[0].entries) assert.equal(slice(text, e.title!.span), e.title!.value);
  assert.equal(r.sections[1].entries[0].bullets.length, 2);
  // A list of duties with separators, under no header, is no list of posts.
  const duties = parseMarkdown(['# Rowan Ames', '', '## Volunteer', '- Sorted donations • packed boxes for families', '- Ran the front desk at the weekend market'].join('\n'));
  assert.equal(duties.sections[0].entries.length, 1);
  assert.equal(duties.sections[0].entries[0].bullets.length, 2);
});

test('markdown: a heading one level down that names a section of another kind exactly is a section of its own; one of the same kind, or under a profile, is not', () => {
  const text = [
    '# Rowan Ames',
    '',
    'Experience',
    '======',
    '* Northgate Audit LLP, _Springfield, UT_, 2015-2017',
    '  * Senior Consultant, Advisory Services',
    '',
    'Academic Research',
    '======',
    '',
    'Publications',
    '-----',
    '1. "Shadow systems and managerial decisions," with A. Writer.',
    '    * Accounting Horizons, 31(3), 2017',
    '',
    'Journal Articles',
    '-----',
    '1. "Oversight as a policy tool." Accounting Review, 2020.',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(
    r.sections.map((s) => [s.title, s.kind]),
    [
      ['Experience', 'experience'],
      ['Academic Research', 'experience'],
      ['Publications', 'publications'],
    ],
  );
  assert.equal(r.sections[1].entries.length, 0);
  const profile = parseMarkdown(['# Rowan Ames', '', '## Currently', 'Auditing ledgers.', '', '### Specialized in', 'Audit analytics.', '', '## Education', '### BSc, Northgate College (2010 – 2014)'].join('\n'));
  assert.deepEqual(profile.sections.map((s) => s.title), ['Currently', 'Education']);
});

test('markdown: sections written one level down from a last "## Contact" block keep their level; an inline SVG icon\'s drawing and a tag over several lines are not read', () => {
  const text = [
    '---',
    'layout: page',
    '---',
    '',
    '### Education',
    '',
    '- Diploma of Heavy Equipment Technology, Northgate Polytechnic, Springfield, AB, Sept 2015 - Apr 2017',
    '',
    '### Experience',
    '',
    '- Kitchen Helper, Corner Pizza, Springfield, AB, July 2015 --- Present',
    '    - Cooked for 300 guests a night',
    '',
    '### Volunteer',
    '',
    '- Open House Student Representative, Northgate Polytechnic, October 2015',
    '',
    '## Contact',
    '',
    '<a href="https://example.org/in/{{ site.handle }}">',
    '<span class="icon">',
    '    <svg version="1.1" xmlns="http://www.w3.org/2000/svg" x="0px" y="0px" width="512px"',
    '        height="512px" viewBox="0 0 512 512">',
    '        <path id="icon" d="M150.65,100.682c0,27.992-22.508,50.683-50.273,50.683',
    '            C50.104,72.691,72.612,50,100.377,50z" fill="#e0e0e0" />',
    '    </svg>',
    '</span>',
    '</a>',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(
    r.sections.map((s) => [s.title, s.kind]),
    [
      ['Education', 'education'],
      ['Experience', 'experience'],
      ['Volunteer', 'volunteer'],
      ['Contact', 'contact'],
    ],
  );
  assert.equal(r.contact.phone, undefined);
  const job = r.sections[1].entries[0];
  assert.deepEqual([job.title?.value, job.organisation?.value, job.dates?.start?.text, job.dates?.current], ['Kitchen Helper', 'Corner Pizza', 'July 2015', true]);
});

test('markdown: words in angle brackets wrapped over two lines (a title so marked, no HTML element) are read, not hidden as a tag', () => {
  const text = ['# Rowan Ames', '', '## Projects', '', '### Researcher for <Detecting video torrents using', 'image similarity algorithms>, Northgate Lab (2019 – 2020)', '', '- Built a matcher for 2M frames'].join('\n');
  const r = parseMarkdown(text);
  const e = r.sections[0].entries[0];
  assert.match(e.title?.value ?? '', /Detecting video torrents/);
  assert.match(e.bullets[0]?.text ?? '', /^image similarity algorithms>/);
});

test('markdown: a list item written as raw HTML ("<p>• Wrote copy <br />") is a bullet whose text is the words, without the tags around them', () => {
  const text = [
    '# Robin Vale',
    '',
    '## Experience',
    '',
    '<p><b>Intern, Harbour Radio News </b><br />',
    'Halifax, NS – June 2014 to August 2014 <br /></p>',
    '',
    '<p>• Wrote copy stories for the evening news <br />',
    '• Edited tape from the wire services <br />',
    '• Assembled and mixed reporter voicers <br /></p>',
  ].join('\n');
  const r = parseMarkdown(text);
  const e = entries(r)[0];
  assert.equal(e.title?.value, 'Intern');
  assert.deepEqual(
    e.bullets.map((b) => slice(text, b.span)),
    ['Wrote copy stories for the evening news', 'Edited tape from the wire services', 'Assembled and mixed reporter voicers'],
  );
});

test('markdown: a page with no name heading whose first heading names a post over its dates ("## Director of Product - Acme" / "March 2020 - Present") reads it as a role, not the name', () => {
  const text = [
    '## Director of Product - Acme Analytics',
    'March 2020 - Present',
    '',
    '- Led product strategy for five platform services',
    '',
    '## Senior Product Manager - Brightline',
    '',
    'June 2016 - March 2020',
    '',
    '- Grew the cloud market by $23 million',
    '',
    '## Education',
    '',
    '* Master of Software Engineering - State University - August 2016',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.equal(r.contact.name, undefined);
  assert.deepEqual(entries(r).filter((e) => e.kind === 'work').map((e) => [e.title?.value, e.organisation?.value]), [
    ['Director of Product', 'Acme Analytics'],
    ['Senior Product Manager', 'Brightline'],
  ]);
  // A name heading over the sections stays the name.
  const named = parseMarkdown('## Robin Vale\n\n## Experience\n\n### Engineer, Acme (2019 – 2021)\n\n- Built things\n');
  assert.equal(named.contact.name?.value, 'Robin Vale');
});

test('markdown: a second run of roles named as a section one level down ("## Current position" … "### Previous position") is a section of its own, not the next role', () => {
  const text = [
    '# Robin Vale',
    '',
    '## Current position',
    '',
    '**Research assistant** - Little Listeners project.',
    '',
    '### Previous position',
    '',
    '**Research assistant** - Learning to Talk project.',
    '',
    '## Education',
    '',
    '### BSc Linguistics, State University (2010 – 2014)',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Current position', 'experience'], ['Previous position', 'experience'], ['Education', 'education']]);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Research assistant', 'Learning to Talk project']]);
});

test('markdown: inside a section of roles headed in Markdown, headings written as HTML tags that name no section ("<h2>Employer</h2>", "<h3>Title</h3>") style a role\'s lines, not new sections', () => {
  const text = [
    '# Robin Vale',
    '',
    '## Work Experience',
    '',
    '<h2>Harbor Design Group</h2>',
    '<h4>Oct 2018 - Apr 2022</h4>',
    '<h3>Civil Engineer</h3>',
    'Designed roadway plans for 12 towns.',
    '',
    '<h2>Northfield Associates, Inc.</h2>',
    '<h4>May 2017 - Oct 2018</h4>',
    '<h3>Staff Civil Engineer</h3>',
    '',
    '## Education',
    '',
    '### BSc Civil Engineering, State University (2013 – 2017)',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['Work Experience', 'Education']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [
    ['Civil Engineer', 'Harbor Design Group', 2018],
    ['Staff Civil Engineer', 'Northfield Associates, Inc.', 2017],
  ]);
  // A page headed in HTML throughout keeps its HTML headings as sections.
  const html = parseMarkdown('<h1>Robin Vale</h1>\n\n<h2>Experience</h2>\n\n<h3>Engineer, Acme (2019 – 2021)</h3>\n\n<h2>Selected Work</h2>\n\n- Bridge survey\n');
  assert.deepEqual(html.sections.map((s) => s.title), ['Experience', 'Selected Work']);
});

test('markdown: a job\'s heading right under an employer\'s heading and its dates heading ("### Harbor Design Group" / "#### Oct 2018 - Apr 2022" / "### Civil Engineer") is that role\'s title, not a role of its own', () => {
  const r = parseMarkdown('# Robin Vale\n\n## Work Experience\n\n### Harbor Design Group\n#### Oct 2018 - Apr 2022\n### Civil Engineer\nDesigned roadway plans for 12 towns.\n\n## Education\n');
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [['Civil Engineer', 'Harbor Design Group', 1]]);
});

test('markdown: a site generator\'s template tags ("{{< icon "pin" >}}", "{% include x %}") and comments inside a line are no words of a field; a line of tags alone is no entry', () => {
  const text = [
    '# Robin Vale',
    '',
    '## Work Experience',
    '',
    '{{< timeline >}}',
    '{% include base_path %}',
    '',
    '### Civil Engineer <!-- part-time since 2022 --> at Harbor Design Group {{< icon "location-dot" >}} Boston, MA',
    '',
    '- Designed roadway plans for 12 towns {{< badge >}}',
    '{{< /timeline >}}',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [['Civil Engineer', 'Harbor Design Group', 'Boston, MA', 1]]);
  // The field's span still points at its words in the source.
  assert.equal(slice(text, entries(r)[0].organisation!.span), 'Harbor Design Group');
});

test('markdown: a heading that only says where ("#### Mount Juliet, Tennessee"), under a role\'s heading and its dates heading, is where the role was held, not a role of its own; a page that opens on a dated post\'s heading has no name there', () => {
  const text = [
    '### Executive Travel - Information Technology Intern',
    '',
    '#### June 2024-Present',
    '',
    '***',
    '',
    '# Work Experience',
    '',
    '### Geek Squad - Consultation Agent',
    '',
    '#### May 2024-August 2024',
    '',
    '#### Mount Juliet, Tennessee',
    '',
    '***',
    '',
    '### Rocketown - Café Lead',
    '',
    '#### June 2023-Present',
    '',
    '#### Nashville, Tennessee',
    '',
    '- Trained new employees to use the POS System.',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.equal(r.contact.name, undefined);
  const work = r.sections.find((s) => s.title === 'Work Experience')!;
  assert.deepEqual(work.entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Consultation Agent', 'Geek Squad', 'Mount Juliet, Tennessee', 'May 2024', 0],
    ['Café Lead', 'Rocketown', 'Nashville, Tennessee', 'June 2023', 1],
  ]);
});

test('markdown: a table row whose description cell is a long paragraph still reads its other cells as the role\'s header (the blanked paragraph made the header a 700-character "sentence")', () => {
  const para = 'Led small maintenance crews of 2-5 individuals in munitions assembly and modification, '.repeat(8);
  const text = `# Work History\n\n| Company | Location | Position | Description | Timeframe |\n| --- | --- | --- | --- | --- |\n| U.S. Air Force | Eglin AFB, FL | Munitions Crew Chief | ${para} | November 2016 to August 2019 |\n`;
  const r = parseMarkdown(text);
  const e = entries(r)[0];
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text, e.dates?.end?.text, e.bullets.length], ['Munitions Crew Chief', 'U.S. Air Force', 'Eglin AFB, FL', 'November 2016', 'August 2019', 1]);
  assert.equal(slice(text, e.dates!.span), 'November 2016 to August 2019');
  assert.equal(slice(text, e.location!.span), 'Eglin AFB, FL');
});

test('markdown: academicpages\' CV with no dates ("* Intern - Maruti Suzuki India Limited, Gurgaon, Haryana, India" over nested items): an item naming a post or an employer with items nested under it is the role; a duty with sub-points stays a bullet', () => {
  const text = [
    'Work experience',
    '======',
    '* Intern - Maruti Suzuki India Limited, Gurgaon, Haryana, India',
    '  * Trainee in Energy Auditing and Management',
    '  * Documented my learnings as a Report',
    '',
    '* Member of SAE-VIT student chapter',
    '  * Hosted a Tech-Talk',
    '',
    '* Led the migration of Acme Corp billing',
    '  * Cut costs by 20%',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.map((b) => b.text)]), [
    ['Intern', 'Maruti Suzuki India Limited', 'Gurgaon, Haryana, India', ['Trainee in Energy Auditing and Management', 'Documented my learnings as a Report']],
    ['Member of SAE-VIT student chapter', undefined, undefined, ['Hosted a Tech-Talk', 'Led the migration of Acme Corp billing', 'Cut costs by 20%']],
  ]);
});

test('markdown: an HTML table of roles (a site theme\'s "<th>Company</th> <th>Role</th> <th>Dates</th>", one cell a line) reads each row as an entry, a cell spanning rows in each of them; a layout table is left alone', () => {
  const text = [
    '## Experience',
    '',
    '<table>',
    '    <thead>',
    '        <tr>',
    '            <th>Company</th>',
    '            <th>Role</th>',
    '            <th>Dates</th>',
    '            <th>Location</th>',
    '        </tr>',
    '    </thead>',
    '    <tbody>',
    '        <tr>',
    '            <td><a href="https://www.otto.com/" target="_blank">OTTO</a></td>',
    '            <td>Data Engineer</td>',
    '            <td>2023 - Present</td>',
    '            <td>Hamburg, Germany</td>',
    '        </tr>',
    '        <tr>',
    '            <td rowspan=2>Shopware Labs</td>',
    '            <td>Data Engineer</td>',
    '            <td>2020 - 2023</td>',
    '            <td rowspan=2>Berlin, Germany</td>',
    '        </tr>',
    '        <tr>',
    '            <td>Working Student</td>',
    '            <td>2017 - 2020</td>',
    '        </tr>',
    '    </tbody>',
    '</table>',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.text]), [
    ['Data Engineer', 'OTTO', 'Hamburg, Germany', '2023'],
    ['Data Engineer', 'Shopware Labs', 'Berlin, Germany', '2020'],
    ['Working Student', 'Shopware Labs', 'Berlin, Germany', '2017'],
  ]);
  // Each field's span points at its cell.
  const e = entries(r)[2];
  assert.equal(slice(text, e.title!.span), 'Working Student');
  assert.equal(slice(text, e.organisation!.span), 'Shopware Labs');
  // A table without column names of an entry's fields lays a page out: its lines read as before.
  const layout = parseMarkdown('<table>\n<tr>\n<td><strong>Marisol Ortega</strong></td>\n<td>Phoenix, AZ 85032</td>\n</tr>\n</table>\n');
  assert.equal(layout.contact.name?.value, 'Marisol Ortega');
});

test('markdown: the first item nested under a role\'s item that only names something ("* Summer 2021: Audit Intern" / "  * PwC") is the employer; not where the role\'s item names one already', () => {
  const text = [
    'Work experience',
    '======',
    '* Summer 2021: Audit Intern',
    '  * PwC',
    '  * Analyzed 3 years of financial statements for an IPO',
    '',
    '* Intern - Maruti Suzuki India Limited, Gurgaon, Haryana, India',
    '  * Control Room Operations',
    '  * Learnt how to evaluate the performance of boilers',
    '',
    '* Summer 2019: Platform Intern',
    '  * Kubernetes',
    '  * Moved 12 services onto the cluster',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Audit Intern', 'PwC', 1],
    ['Intern', 'Maruti Suzuki India Limited', 2],
    // (A tool's name is no employer.)
    ['Platform Intern', undefined, 2],
  ]);
});

test('markdown: roles kept in the front matter ("roles:" with "role", a "date" map and a "description: |" of paragraphs) are read as the page\'s section, titled by its "title:", each paragraph a bullet and a link alone none', () => {
  const text = [
    '---',
    'title: Experience',
    'layout: page',
    'tags: [work]',
    'roles:',
    '  - role: Shift Supervisor',
    '    date:',
    '      start: 2021-03-01',
    '      end: null',
    '    description: |',
    '      I open the store and train new baristas.',
    '',
    '      I count the till at close.',
    '',
    '      <a href="https://example.com" target="_blank">Our café</a>',
    '  - role: Office Assistant',
    '    date:',
    '      start: 2016-01-01',
    '      end: 2019-06-01',
    '    description: |',
    '      I kept the files in order.',
    '---',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Experience', 'experience']]);
  assert.equal(slice(text, r.sections[0].headingSpan), 'Experience');
  const es = entries(r);
  assert.deepEqual(es.map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.end?.year ?? null, e.dates?.current ?? false]), [
    ['Shift Supervisor', 2021, null, true],
    ['Office Assistant', 2016, 2019, false],
  ]);
  assert.deepEqual(es[0].bullets.map((b) => slice(text, b.span)), ['I open the store and train new baristas.', 'I count the till at close.']);
  assert.equal(slice(text, es[0].title!.span), 'Shift Supervisor');
  // A page whose front matter holds only its settings reads as before: its body's sections alone.
  const plain = parseMarkdown('---\ntitle: Jane Doe\nlayout: cv\n---\n\n## Experience\n\n### Engineer, Acme (2019 – 2020)\n\n- Built it\n');
  assert.deepEqual(plain.sections.map((s) => s.title), ['Experience']);
});

test('markdown: a link whose destination a site generator builds from template tags ("[Master of Arts, History]({{ site.baseurl }}{% link _portfolio/ma.md %})") keeps its text alone', () => {
  const r = parseMarkdown('## Education\n\n**[Master of Arts, History]({{ site.baseurl }}{% link _portfolio/ma.md %})**  \nUniversity of Texas of the Permian Basin, May 2009\n');
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [['Master of Arts, History', 'University of Texas of the Permian Basin']]);
});

test('markdown: a Hugo Blox (Wowchemy) landing page\'s front matter ("sections:" / "- block: experience" / "content: items:") gives its blocks of roles and degrees; a folded description\'s labels over its lists are no bullets', () => {
  const text = [
    '---',
    "title: 'Clinical Experience'",
    'type: landing',
    'design:',
    "  spacing: '5rem'",
    'sections:',
    '  - block: experience',
    '    content:',
    '      items:',
    '        - title: Psychology Intern',
    '          company: Harbour Medical Center',
    '          location: Boston, Massachusetts',
    '          date_start: 2021-07-01',
    '          date_end: 2022-06-31',
    '          description: >-',
    '',
    '              Rapid Access Service:',
    '',
    '              * Provided intake services for 40 adults',
    '',
    '              * Co-led three weekly groups',
    '',
    '              Adult Outpatient Service:',
    '',
    '              * Maintained a caseload of ten clients',
    '  - block: markdown',
    '    content:',
    '      text: Hello',
    '---',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Clinical Experience', 'experience']]);
  const [e] = entries(r);
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.dates?.end?.year], ['Psychology Intern', 'Harbour Medical Center', 'Boston, Massachusetts', 2021, 2022]);
  assert.deepEqual(e.bullets.map((b) => b.text), ['Provided intake services for 40 adults', 'Co-led three weekly groups', 'Maintained a caseload of ten clients']);
  // ("2022-06-31": a day June lacks still names June.)
  assert.deepEqual([e.dates?.end?.month, e.dates?.end?.precision], [6, 'month']);
});

test('markdown: a first item wholly in bold naming a post, under a dated header that names none, is the role\'s title ("**ACM Metals** | [City, State] | (2023 - 2024)" / "*   **Packer / Machine Operator**"); a template\'s "[City, State]" is the place', () => {
  const text = ['# Robert Moore', '', '### **WORK EXPERIENCE**', '', '**ACM Metals** | [City, State] | (2023 - 2024)', '*_(9 months)_*', '*   **Packer / Machine Operator**', '*   Operated roll forming machinery for 3 product lines.', '*   Achieved **150-300%** of expected daily output.', ''].join('\n');
  const [e] = entries(parseMarkdown(text));
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length], ['Packer / Machine Operator', 'ACM Metals', 'City, State', 2]);
});

test('markdown: "*References available upon request*" closing the page is no section', () => {
  const r = parseMarkdown('# Jane Doe\n\n## Education\n\n**M.B.A.**, Wharton School, 2012\n\n---\n\n*References available upon request*\n');
  assert.deepEqual(r.sections.map((s) => s.title), ['Education']);
});

test('markdown: an Eleventy page\'s front matter "cv:" with its "profile" and a "sections:" list ("- title: …" / "entries:"), each entry a "name", a "meta" line of post, place and dates parted by middle dots, and "details"', () => {
  const text = [
    '---',
    'layout: cv.njk',
    'title: Stephanie Wyatt',
    'cv:',
    '  profile: >-',
    '    Minister and educator.',
    '  sections:',
    '    - title: Education',
    '      entries:',
    '        - name: Vanderbilt University',
    '          meta: M.A. Religion · August 2003–August 2005',
    '          details:',
    '            - "Major concentration: Hebrew Bible"',
    '    - title: Work Experience',
    '      entries:',
    '        - name: Immanuel Baptist Church · Nashville, Tennessee',
    '          meta: Associate Pastor · June 2020–present',
    '          details:',
    '            - Preach 2 Sundays a month to 300 members.',
    '    - title: Continuing Education',
    '      entries:',
    '        - name: Clergy Group',
    '          meta: Fall 2024–present',
    '---',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Education', 'education'], ['Work Experience', 'experience']]);
  const [degree, role] = entries(r);
  assert.deepEqual([degree.title?.value, degree.organisation?.value, degree.dates?.start?.year, degree.dates?.end?.year, degree.bullets.length], ['M.A. Religion', 'Vanderbilt University', 2003, 2005, 1]);
  assert.deepEqual([role.title?.value, role.organisation?.value, role.location?.value, role.dates?.current], ['Associate Pastor', 'Immanuel Baptist Church', 'Nashville, Tennessee', true]);
  // The profile is the page's summary, spanning its own text (the writing rules read it).
  assert.equal(r.summary?.value, 'Minister and educator.');
  assert.equal(slice(text, r.summary!.span), 'Minister and educator.');
});

test('markdown: Hugo Academic\'s TOML widget page ("+++", "[[experience]]" tables; the timeline widget\'s "[[period]]" with its employer under "subtitle") gives its roles, each field spanning its own text; a role\'s "location" is no contact\'s', () => {
  const text = [
    '+++',
    'widget = "timeline"',
    'title = "Professional Timeline"',
    '',
    '[[period]]',
    '  title = "Legal Advocate"',
    '  subtitle = "BU Law Startup Law Clinic"',
    '  location = "Boston, MA"',
    '  date_start = "2020-05-01"',
    '  date_end = "2020-08-01"',
    '  description = """',
    '  Responsibilities include:',
    '',
    '  * Counselled 25 student founders',
    '  * Formed 4 companies',
    '  """',
    '+++',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Professional Timeline', 'experience']]);
  const [e] = entries(r);
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.dates?.end?.month], ['Legal Advocate', 'BU Law Startup Law Clinic', 'Boston, MA', 2020, 8]);
  assert.deepEqual([slice(text, e.title!.span), slice(text, e.location!.span)], ['Legal Advocate', 'Boston, MA']);
  assert.deepEqual(e.bullets.map((b) => b.text), ['Counselled 25 student founders', 'Formed 4 companies']);
  assert.equal(r.contact.location, undefined);
});

test('markdown: a "Contact" sub-heading under another section ("# Summary" / "## Contact" / "+ Email: [jo@example.com](mailto:…)") gives the person\'s contact details', () => {
  const text = ['---', 'title: Tux Penguin', '---', '', '# Summary', '', 'Marketing specialist.', '', '## Contact', '', '+ Email: [tux.penguin@example.com](mailto:tux.penguin@example.com)', '+ LinkedIn: [linkedin.com/in/tuxpenguin](https://example.invalid/)', '+ Phone: [+1 (987) 654-3210](tel:+19876543210)', '', '# Experience', '', '#### Creative Agency Co., New York, NY', '- **Marketing Manager** (June 2019 - Present)', '    - Led a team of 10', ''].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual([r.contact.email?.value, r.contact.phone?.value, r.contact.links.map((l) => l.value)], ['tux.penguin@example.com', '+1 (987) 654-3210', ['linkedin.com/in/tuxpenguin']]);
});

test('markdown: a school in bold over one bullet naming its degree takes the degree as its title; a bullet in markup or a sentence stays a bullet', () => {
  const text = [
    '# Henry Perkins', '', '## Education', '', '**Arizona State University**', "- Bachelor's Degree in Organizational Leadership (In Progress)", '',
    '**College of DuPage**', '- General Education toward Associate in Business Administration', '',
    '**Harper College**', '- *Associate in Applied Science*', '', '**Moraine Valley**', '- Completed the certificate program in Business with a 3.9 GPA.',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.organisation?.value, e.title?.value, e.bullets.length]), [
    ['Arizona State University', "Bachelor's Degree in Organizational Leadership (In Progress)", 0],
    ['College of DuPage', 'General Education toward Associate in Business Administration', 0],
    ['Harper College', undefined, 1],
    ['Moraine Valley', undefined, 1],
  ]);
  const first = entries(r)[0].title!;
  assert.equal(slice(text, first.span), first.value);
});

test('markdown: an undated role whose first bullet opens on its dates has them there ("- Dec 2024 (3-hour shift)", "- 2023–present — 1 video/week", "- 1 week, Mar 2025"); a bullet that is only the dates is no bullet', () => {
  const text = [
    '# Ben Allen', '', '## Experience', '', '### Stall Assistant, School Christmas Fair', '', '- Dec 2024 (3-hour shift)', '- Served 200 students and parents', '',
    '### YouTube Creator', '', '- 2023–present — 1 video/week; 100+ uploads', '- Edited 50 videos', '',
    '### Office Assistant — Seymour Taylor Accountants', '', '- 1 week, Mar 2025', '- Entered 300 invoices', '',
    '### Volunteer, Food Bank', '', '- Packed 40 boxes a week in 2022', '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.dates ? slice(text, e.dates.span) : undefined, e.bullets.length]), [
    ['Stall Assistant', 'Dec 2024', 1],
    ['YouTube Creator', '2023–present', 2],
    ['Office Assistant', 'Mar 2025', 1],
    ['Volunteer', undefined, 1],
  ]);
});

test('markdown: a titled role with no employer whose first bullet names one (academicpages: "* <pre>Title <i>dates</i></pre>" / "  * Org, Town") has its employer and place there; a first bullet that is a sentence stays a bullet', () => {
  const text = [
    '# CV', '', 'Work experience', '======', '* <pre>Research Assistant           <i>March 2021 - Current</i></pre>', '  * QIMR Berghofer Research Institute, Herston',
    '  * Modelled the health outcomes of 5 million people', '', '* <pre>Internship                   <i>December 2015</i></pre>', '  * Wesley Hospital, Brisbane',
    '  * Observed 12 doctors and nurses over 2 weeks', '', '* <pre>Teaching Assistant           <i>July 2019 - Current</i></pre>', '  * Tutored 40 students in maths and physics',
    '  * Marked 300 exams',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['Research Assistant', 'QIMR Berghofer Research Institute', 'Herston', 1],
    ['Internship', 'Wesley Hospital', 'Brisbane', 1],
    ['Teaching Assistant', undefined, undefined, 2],
  ]);
});

test('markdown: a page whose first heading is a trade or a page title ("# Business Analyst", "# Downloads") names no one; "# Jane Mason" still does', () => {
  for (const first of ['# Business Analyst', '# Downloads', '# Resume Header', '# Profile Picture', '# Europass Curriculum Vitae']) {
    const r = parseMarkdown(`${first}\n\n## Experience\n\n### Analyst, Acme (2019 – 2021)\n- Built 3 dashboards\n`);
    assert.equal(r.contact.name, undefined, first);
  }
  assert.equal(parseMarkdown('# Jane Mason\n\n## Experience\n\n### Analyst, Acme (2019 – 2021)\n- Built 3 dashboards\n').contact.name?.value, 'Jane Mason');
});

test('markdown: a role of dates alone whose first bullet names the post, employer and place ("* October 2023 - present:" / "  * Ecologist and data analyst, CSIRO (Brisbane, QLD, Australia)") has its header there', () => {
  const text = [
    '# CV', '', 'Work experience', '======', '* October 2023 - present:', '  * Ecologist and data analyst, CSIRO (Brisbane, QLD, Australia)', '  * Work on the National Koala Monitoring Program for 40 sites', '',
    '* January 2021 - August 2023:', '  * Computational ecologist, The Nature Conservancy (Arlington, VA, USA)', '  * Work on agroforestry across 12 projects', '',
    '* 2019 - 2020:', '  * Surveyed 300 plots in the Sierra Nevada', '  * Wrote 2 reports',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['Ecologist and data analyst', 'CSIRO', 'Brisbane, QLD, Australia', 1],
    ['Computational ecologist', 'The Nature Conservancy', 'Arlington, VA, USA', 1],
    [undefined, undefined, undefined, 2],
  ]);
});

test('markdown: a TOML role\'s description on its quotes\' own line (description = """Built …""") spans its own text, not an empty place on the line below', () => {
  const text = ['+++', 'widget = "experience"', 'title = "Experience"', '', '[[experience]]', '  title = "Management Analyst"', '  company = "Washington State Office of Financial Management"', '  date_start = "2016-01-01"', '  date_end = "2017-05-01"', '  description = """Built 12 enterprise-wide human resource models."""', '', '+++', ''].join('\n');
  const [e] = entries(parseMarkdown(text));
  const d = e.description ?? e.bullets[0];
  assert.equal(d.text, 'Built 12 enterprise-wide human resource models.');
  assert.equal(slice(text, d.span), d.text);
});

test('kramdown headings with no space after the hashes: "#EXPERIENCE" (capitals) is a section, "###Science Teacher" a role, "###*Previous*" a label over roles and no role; "#1 in sales" and "#OpenToWork" stay text', () => {
  const text = ['#EXPERIENCE', '###*Present*', '', '###Science and Technology Teacher', 'Albuquerque Public Schools', '', '###*Previous*', '', '###Summer Program Director', 'YMCA Camp Colman', '', '#EDUCATION', '###MA in Elementary Education', 'University of New Mexico', ''].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.map((e) => [e.title?.value, e.organisation?.value])]), [
    ['EXPERIENCE', 'experience', [['Science and Technology Teacher', 'Albuquerque Public Schools'], ['Summer Program Director', 'YMCA Camp Colman']]],
    ['EDUCATION', 'education', [['MA in Elementary Education', 'University of New Mexico']]],
  ]);
  const t = parseMarkdown(['# Jo Bloggs', '## Experience', '### Sales Lead, Acme (2019 – 2021)', '#1 in sales for 3 years', '#OpenToWork'].join('\n'));
  assert.equal(t.sections.length, 1);
});

test('a list of roles, each item a bold post and its fields ("- **Aquatic Shift Lead**, September 2023 – December 2024, MNP Sport and Community Center, Calgary, AB"), is one role an item however many words its fields run to, also under a current role whose span holds theirs; a lone "Supervisor" before its dates is the post', () => {
  const text = ['# Will Smith', '', '## Work Experience', '', '-   **Aquatic Lifeguard Instructor**, January 2022 – Present, City of Maple Ridge, Maple Ridge, BC', '-   **Aquatic Shift Lead**, September 2023 – December 2024, MNP Sport and Community Center, Calgary, AB', '-   **Lifeguard and Pool Supervisor**, June 2024 - September 2024, Silver Springs Outdoor Pool, Calgary, AB', '-   **Supervisor**, July 2020 – September 2022, Willoughby Town Center Dairy Queen, Langley, BC', ''].join('\n');
  const es = parseMarkdown(text).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Aquatic Lifeguard Instructor', 'City of Maple Ridge', 0],
    ['Aquatic Shift Lead', 'MNP Sport and Community Center', 0],
    ['Lifeguard and Pool Supervisor', 'Silver Springs Outdoor Pool', 0],
    ['Supervisor', 'Willoughby Town Center Dairy Queen', 0],
  ]);
});

test('a page of one section under its front matter\'s title ("title: 💼 Work History"), each role a two-row table whose first row holds the post and its dates ("| **Head Chef** | 2021-2023 |" over "| Mesa Grill | Las Vegas, UT |"): the title heads the section, the dated first row is the role\'s, no column names', () => {
  const text = ['---', 'title: 💼 Work History', '---', '', '| **Head Chef** | 2021-2023     |', '| ------------- | ------------- |', '| Mesa Grill    | Las Vegas, UT |', '', '- Led a kitchen team of 12 through 300 covers a night.', '', '---', '', '| **Chef**   | 2020-2021     |', '| ---------- | ------------- |', '| Mesa Grill | Las Vegas, UT |', '', '- Planned 4 seasonal menus a year.', ''].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['💼 Work History', 'experience']]);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.text, e.bullets.length]), [
    ['Head Chef', 'Mesa Grill', '2021-2023', 1],
    ['Chef', 'Mesa Grill', '2020-2021', 1],
  ]);
  // A table whose first row names its columns still has no role in that row.
  const cols = parseMarkdown(['## Experience', '', '| Role | Company | Dates |', '| --- | --- | --- |', '| Engineer | Acme | 2019 – 2021 |', ''].join('\n'));
  assert.deepEqual(cols.sections[0].entries.map((e) => e.title?.value), ['Engineer']);
});

test('code fences as CommonMark reads them: "```subsea```" on a line is inline code, no fence (the sections after it are read); a block opened by "````" closes only on four backticks or more with nothing after', () => {
  const tags = parseMarkdown(['## Skills', '', '```subsea```', '```structural```', '', '## Experience', '', '### Engineer, Acme (2019 – 2021)', '- Cut 40% of build time', ''].join('\n'));
  assert.deepEqual(tags.sections.map((s) => s.kind), ['skills', 'experience']);
  assert.equal(tags.sections[1].entries[0].bullets.length, 1);
  const block = parseMarkdown(['## Experience', '', '````text', '```', '## Not a heading', '```js', '````', '', '### Engineer, Acme (2019 – 2021)', '- Cut 40% of build time', ''].join('\n'));
  assert.deepEqual(block.sections.map((s) => s.title), ['Experience']);
  assert.equal(block.sections[0].entries[0].title?.value, 'Engineer');
});

test('contact: a heading of contact details ("#####  [pgeeta@gmail.com] . [ 210-663-7361 ]") is no name but the e-mail and phone; the name comes from pandoc\'s list of authors in the front matter ("author:" / "- Geeta P.")', () => {
  const text = ['---', 'title: Geeta P. PMP, FE Simulation Engineer', 'author:', '- Geeta P.', '---', '#####  [pgeeta@gmail.com] . [ 210-663-7361 ]', '', '## Summary', '', '- Simulation engineer with 20+ years of experience.', ''].join('\n');
  const c = parseMarkdown(text).contact;
  assert.deepEqual([c.name?.value, c.email?.value, c.phone?.value], ['Geeta P.', 'pgeeta@gmail.com', '210-663-7361']);
  assert.equal(text.slice(c.name!.span.start, c.name!.span.end), 'Geeta P.');
  const bare = parseMarkdown(['##### pgeeta@gmail.com . 210-663-7361', '', '## Summary', '', '- Simulation engineer with 20+ years of experience.', ''].join('\n')).contact;
  assert.deepEqual([bare.name?.value, bare.email?.value, bare.phone?.value], [undefined, 'pgeeta@gmail.com', '210-663-7361']);
});

test('markdown: "## Teaching Roles" then "## Teaching Assistant" over its employer, town and dates: a heading at the sections\' level that names a post, dates under it, is a role of the section before', () => {
  const md = ['# Ama Owusu', 'ama@example.com', '', '## Teaching Roles', '', '**Sessional Instructor**, McMaster University, *August 2024 – December 2024*', '', '## Teaching Assistant', '**McMaster University, Department of Mathematics and Statistics**', '*Hamilton, Ontario*', '**January 2021 – March 2024**', '- Led 3 weekly tutorials for 40 students', '', '## Education', '', '**PhD, Mathematics**, McMaster University, 2025'].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections.map((s) => `${s.title} (${s.kind})`), ['Teaching Roles (experience)', 'Education (education)']);
  assert.deepEqual(r.sections[0].entries.map((e) => e.title?.value), ['Sessional Instructor', 'Teaching Assistant']);
});

test('markdown: a link\'s label over the page ("PDF Version") names no one', () => {
  assert.equal(parseMarkdown('[PDF Version](https://example.org/cv.pdf)\n\n## Education\n\n**BSc Physics**, State University, 2019\n').contact.name, undefined);
});

test('markdown: "Teaching" listing the courses taught, no post named, is no section of roles', () => {
  const text = '# Jo Roe\n\n## Experience\n\n**Assistant Professor**, State University, 2015 – Present\n\n## Teaching\n\n**Sociology of Race Relations** (undergraduate), State University, 2016\n\n**Issues in Family Sociology** (undergraduate), State University, 2017\n';
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'other']);
  assert.ok(r.sections[1].entries.every((e) => e.kind === 'other'));
  // (A TA's posts under "Teaching" are roles still.)
  const tas = parseMarkdown('# Jo Roe\n\n## Teaching\n\n**Teaching Assistant**, State University, 2014 – 2015\n\n**Instructor**, State University, 2016 – 2017\n');
  assert.deepEqual(tas.sections.map((s) => s.kind), ['experience']);
});

test('markdown: in an education section a list item naming a degree, with items nested under it, is the degree however long its fields run; a minor named last is no school', () => {
  const md = ['# Sam Lee', '', '## Education', '* B.S. in Environmental Science and Geography, University of Maryland, Baltimore County, expected graduation 2024', '   * Geographic Information Science certificate (4.0/4.0 GPA in certificate courses)', '   * 3.48 GPA overall', '- Bachelor of Arts in Behavioral Science • Pre-Health Minor', '    - Stephen M. Hay Leadership Award', ''].join('\n');
  const e = parseMarkdown(md).sections[0].entries;
  assert.deepEqual(
    e.map((x) => [x.title?.value, x.organisation?.value, x.dates?.text, x.bullets.length]),
    [
      ['B.S. in Environmental Science and Geography', 'University of Maryland', '2024', 2],
      ['Bachelor of Arts in Behavioral Science', undefined, undefined, 1],
    ],
  );
  // (A list of degrees with nothing nested under them stays as the reader took it before: no change here.)
  const flat = parseMarkdown(['# Sam Lee', '', '## Skills', '* Bachelor-level statistics', '   * R, SPSS', ''].join('\n'));
  assert.equal(flat.sections[0].entries.every((x) => !x.title), true);
});

test('markdown: in a table of roles, line breaks inside the details cell ("… <br><br> …") part its items, each a bullet', () => {
  const md = ['# Ana Ruiz', '', '### Professional', '', '| Dates | Role | Organization | Details |', '| --- | --- | --- | --- |', '| Mar 2021 - Present | Epidemiologist | County Department of Public Health | Produce and validate analysis programs in SAS <br><br> Build and maintain 4 unit dashboards in R <br/> Publish the weekly Covid-19 report |', '| Jan 2016 - May 2018 | Supply Chain Lead | Johnson & Johnson | Resolved disruptions with 46 suppliers |', ''].join('\n');
  const e = parseMarkdown(md).sections[0].entries;
  assert.deepEqual(e.map((x) => [x.title?.value, x.bullets.map((b) => b.text)]), [
    ['Epidemiologist', ['Produce and validate analysis programs in SAS', 'Build and maintain 4 unit dashboards in R', 'Publish the weekly Covid-19 report']],
    ['Supply Chain Lead', ['Resolved disruptions with 46 suppliers']],
  ]);
});

test('markdown: under a bold item that is a role\'s whole head, a nested item that only says when dates the role, and an organisation\'s name right before it is the employer', () => {
  const md = [
    '# Jo Doe', '', '## Clinical Experience', '',
    '* **Clinical Education Fellow in Emergency Medicine**', '  * Bristol Royal Infirmary, UHBW NHS Foundation Trust', '  * August 2024 - Present', '',
    '* **Foundation Year 2 Doctor**', '  * General Practice, Geriatrics, Paediatric Surgery', '  * UHBW NHS Foundation Trust', '  * August 2023 - August 2024', '',
  ].join('\n');
  const rows = parseMarkdown(md).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text, e.dates?.current, e.bullets.map((b) => b.text)]);
  assert.deepEqual(rows, [
    ['Clinical Education Fellow in Emergency Medicine', 'Bristol Royal Infirmary, UHBW NHS Foundation Trust', 'August 2024', true, []],
    ['Foundation Year 2 Doctor', 'UHBW NHS Foundation Trust', 'August 2023', false, ['General Practice, Geriatrics, Paediatric Surgery']],
  ]);
});

test('markdown: a list item whose first line is its bold post, over its dates and its employer\'s line ("**ATS Global Service - Cambridge, ON.**"), is a role, a paragraph after it its description', () => {
  const md = ['# Experience', '- **Co-op Graphic & Web Designer**', '<br>Jan 2024 - Apr 2024<br>', 'ATS Global Service - Cambridge, ON.', '', '<br>Enhanced presentations and labeling with ATS branding.<br>', '', '- **Graphic & Web Designer**', '<br>2022 - 2023<br>', 'Caravan Buk - Bogota, COL.', ''].join('\n');
  const rows = parseMarkdown(md).sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text]);
  assert.deepEqual(rows, [
    ['Co-op Graphic & Web Designer', 'ATS Global Service', 'Jan 2024'],
    ['Graphic & Web Designer', 'Caravan Buk', '2022'],
  ]);
});

test('contact: a blog post\'s front-matter "author:" that is a handle ("hcoco1") is no name; the page\'s heading names the person, and an author with a name\'s shape still does', () => {
  const handle = parseMarkdown('---\ntitle: Resume\nauthor: hcoco1\n---\n\n# Ivan Arias\n\nivan@example.com\n\n## Experience\n\n### Geologist, PDVSA (2005 – 2018)\n\n- Mapped 40 wells\n');
  assert.equal(handle.contact.name?.value, 'Ivan Arias');
  const named = parseMarkdown('---\nauthor: Ivan Arias\n---\n\nivan@example.com\n\n## Experience\n\n### Geologist, PDVSA (2005 – 2018)\n\n- Mapped 40 wells\n');
  assert.equal(named.contact.name?.value, 'Ivan Arias');
});

test('markdown: a bullet that counts employees ("a 640-employee plant") over nested bullets is the role\'s bullet, no role of its own', () => {
  const r = parseMarkdown(['# Dana Doe', '', 'dana@example.com', '', 'Experience', '----------', '', '**Acme Castings** — Dayton, OH  ', 'HR Generalist, *January 2022 – Present*', '', '* Full-cycle HR for a 640-employee plant on two shifts', '    * Employee relations for 40 cases a year', '* Cut onboarding time from 3 hours to 45 minutes'].join('\n'));
  const roles = r.sections.flatMap((s) => s.entries);
  assert.deepEqual(roles.map((e) => e.title?.value), ['HR Generalist']);
  assert.ok(roles[0].bullets.length >= 2);
});

test('markdown: an orchestra or an ensemble and its place in brackets ("- Lima Symphony Orchestra (Ohio), 2018-2020") is the employer and where; a degree typed "M.S. Psychology- Pennsylvania State University" parts at the hyphen', () => {
  const r = parseMarkdown(['# Ana Doe', '', 'ana@example.com', '', '## Performing Experience', '', '- Lima Symphony Orchestra (Ohio), 2018-2020', '- Principal Cellist, Sparta Quartet, 2016-2018', '', '## Education', '', 'M.S. Psychology- Pennsylvania State University 2017', ''].join('\n'));
  const [work, edu] = r.sections.map((s) => s.entries);
  assert.deepEqual(work.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [[undefined, 'Lima Symphony Orchestra', 'Ohio'], ['Principal Cellist', 'Sparta Quartet', undefined]]);
  assert.deepEqual(edu.map((e) => [e.title?.value, e.organisation?.value]), [['M.S. Psychology', 'Pennsylvania State University']]);
});

test('markdown: pandoc\'s loose list of employers ("-  **Duke University** (Durham, NC, USA)" / "" / "   Research Scientist, 2014 - present" / nested items): the bold item names the role\'s employer and place, no bullet of the role before', () => {
  const r = parseMarkdown(['# Dave Doe', '', 'dave@example.com', '', '## Work Experience', '', '-  **Duke University** (Durham, NC, USA)', '', '   Research Scientist, 2014 - present', '', '   -  Ran 3 clinical trials', '   -  Wrote 2 NIH grants', '', '-  **Technical University of Denmark (DTU)** (Kongens Lyngby, Denmark)', '', '   Postdoctoral Researcher, 2013 - 2014', '', '   -  Built 1 imaging rig', ''].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['Research Scientist', 'Duke University', 'Durham, NC, USA', 2],
    ['Postdoctoral Researcher', 'Technical University of Denmark (DTU)', 'Kongens Lyngby, Denmark', 1],
  ]);
});

test('markdown: a heading that names a kind of body in the plural ("## Orchestras", "## Other ensembles") over dated items groups employers, each item its own; it is no employer and no role', () => {
  const r = parseMarkdown(['# Ana Doe', '', 'ana@example.com', '', '# Performing Experience', '', '## Orchestras', '- Lima Symphony Orchestra (Ohio), 2018-2020', '- Substitute cellist, Mobile Symphony Orchestra (Alabama), 2016', '', '## Other ensembles', '- Sparta Quartet, 2018-2020', ''].join('\n'));
  const roles = r.sections.flatMap((s) => s.entries);
  assert.deepEqual(roles.map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    [undefined, 'Lima Symphony Orchestra', 'Ohio'],
    ['Substitute cellist', 'Mobile Symphony Orchestra', 'Alabama'],
    [undefined, 'Sparta Quartet', undefined],
  ]);
});

test('markdown: an Org-mode résumé (".org") reads as the Markdown it exports to: "#+TITLE:" names the person, "* Education" / "** Awards" are headings, and settings, "# comments", :noexport: subtrees and source blocks are no part of it', () => {
  const org = ['#+TITLE: Matt Doe', '#+OPTIONS: num:nil toc:nil', '# a note to myself', '', '* Setup :noexport:', '** Macros', 'I keep my macros here.', '#+begin_src emacs-lisp', '(setq x 1)', '#+end_src', '', '* Education', '- Ph.D. in History, Stanford University (1998)', '', '* Academic Positions', '- University of Toronto, Lecturer (2010-2019)', '- Cornell University, Postdoctoral Fellow (1998-1999)', ''].join('\n');
  const r = parseMarkdown(org);
  assert.equal(r.contact.name?.value, 'Matt Doe');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Education', 'education'], ['Academic Positions', 'experience']]);
  assert.deepEqual(r.sections[1].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Lecturer', 'University of Toronto'], ['Postdoctoral Fellow', 'Cornell University']]);
  // (Saved with Windows line ends, the same.)
  assert.deepEqual(parseMarkdown(org.replace(/\n/g, '\r\n')).sections.map((s) => [s.title, s.kind]), [['Education', 'education'], ['Academic Positions', 'experience']]);
});

test('markdown: a page whose only headings are roles ("## Software Developer" / "#### Division of Labor, Inc. | November 2018 – Present", then the next role\'s) reads as one section of roles with no heading of its own, each heading the role\'s title and the sub-heading its employer and dates; "Teaching: Lecturer, UCLA" names its own section', () => {
  const r = parseMarkdown(['---', 'title: Resume', '---', '', '## Software Developer', '#### Division of Labor, Inc. | November 2018 – Present', '', '*   Built the sign-up flow for 2 apps', '', '* * *', '', '## Software Developer', '#### Carolina Code School Demo Project | November 2018', '', '*   Built a pet-finder app in 2.5 weeks', '', '## Donor Relations Manager', '#### Greenville Humane Society | May 2017 – Aug 2018', '', '*   Raised $40,000 in 3 campaigns', ''].join('\n'));
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['', 'experience']]);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Software Developer', 'Division of Labor, Inc.', 2018, 1],
    ['Software Developer', 'Carolina Code School Demo Project', 2018, 1],
    ['Donor Relations Manager', 'Greenville Humane Society', 2017, 1],
  ]);
  const t = parseMarkdown(['# Jo Doe', '', '### Current position', 'Lecturer, Loyola Marymount University', '', '### Teaching: Lecturer, Loyola Marymount University', '- Modern World History (Spring 2020)', '', '### Teaching: Lecturer, UCLA', '- Introduction to Western Civilization (Spring 2016)', ''].join('\n'));
  assert.deepEqual(t.sections.map((s) => s.title), ['Current position', 'Teaching: Lecturer, Loyola Marymount University', 'Teaching: Lecturer, UCLA']);
});

test('markdown: academicpages\' CV — a role\'s employer nested under its item may be its only item ("* 2025.03 - Present: Postdoctoral Researcher" / "  * Universität Siegen"), and may end on its legal form\'s full stop ("Co., Ltd."); an only item at the role\'s own level stays a bullet', () => {
  const md = ['# Bo Zhang', 'bo@mail.com', '', 'Research Experience', '------', '* 2025.03 - Present: Postdoctoral Researcher', '  * Universität Siegen', '', 'Professional Experience', '------', '* 2024.11 - 2025.01: On-site Construction Engineer', '  * CCCC Second Highway Engineering Co., Ltd. ', '  * Duties included:', '    * Coordinated 40 design drawings.', '', 'Service', '------', '* 2021 - 2022: Reviewer', '* Journal of Bridge Engineering'].join('\n');
  const got = entries(parseMarkdown(md)).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]);
  assert.deepEqual(got.slice(0, 2), [
    ['Postdoctoral Researcher', 'Universität Siegen', 0],
    ['On-site Construction Engineer', 'CCCC Second Highway Engineering Co., Ltd.', 2],
  ]);
  assert.notEqual(got[2]?.[1], 'Journal of Bridge Engineering');
});

test('markdown: a table of rows whose own cells hold only the dates ("| 06/22 – 09/24 | __B.Sc. Economics__<br>Ruprecht-Karls University Heidelberg<br>Grade: 1.8 |") names the degree or post in bold in its description and where on the part after; the rest are the bullets; a description with no bold part stays bullets', () => {
  const md = ['# Malte T', 'malte@example.com', '', '__Education__', '', '| Period | Description |', '| --- | --- |', '| 06/22 – 09/24 | __B.Sc. Economics__<br>Ruprecht-Karls University Heidelberg<br>Grade: 1.8<br>Thesis: Economics Informed NNs |', '', '__Work experience__', '', '| Period | Description |', '| --- | --- |', '| 07/14 – 09/17 | __Corporate Student__ <br>Robert Bosch GmbH, Hildesheim<br>Planned production for 3 lines |', '| 03/19 – present | Supervised 12 student theses<br>Taught 2 courses |', ''].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['B.Sc. Economics', 'Ruprecht-Karls University Heidelberg', undefined, 2],
    ['Corporate Student', 'Robert Bosch GmbH', 'Hildesheim', 1],
    [undefined, undefined, undefined, 2],
  ]);
});

test('markdown: a dated list item whose first line is its dates alone ("- *July 2022 - Today* \\" / "**PhD in Machine Learning** at [University of Tübingen](…)\\" / "supervised by …") takes its post or degree and where from its second line; the lines after are its item', () => {
  const md = ['# Johannes Z', 'jz@example.com', '', '## Work Experience', '', '- *April 2021 - May 2022* \\', '\t**Working Student** at [DeepScenario GmbH](https://www.deepscenario.com) \\', '\t*built 3 computer-vision pipelines*', '', '- *February 2018 - February 2021* \\', '\t**Working Student** at [Schwarz IT GmbH & CO. KG](https://it.schwarz/en) \\', '\t*clustered 2 million chatbot utterances*', ''].join('\n');
  assert.deepEqual(entries(parseMarkdown(md)).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Working Student', 'DeepScenario GmbH', 2021, 1],
    ['Working Student', 'Schwarz IT GmbH & CO. KG', 2018, 1],
  ]);
});

test('Pandoc Markdown: a line of LaTeX commands that print no words is no entry; one that prints words is read', () => {
  const text = [
    '# Jane Doe',
    '',
    'jane@example.com',
    '',
    '\\noindent',
    '',
    '# Experience',
    '',
    '\\spacebelow',
    '\\vspace{2mm}',
    '\\def\\spaceabove{}',
    '',
    '## Senior Engineer, Acme Corp',
    'Jan 2019 - Present',
    '',
    '- Built 3 services',
    '',
    '\\newpage',
    '',
    '## Analyst, Globex',
    '2015 - 2018',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Senior Engineer', 'Acme Corp'],
    ['Analyst', 'Globex'],
  ]);
  // "\textbf{…}" prints its words: never blanked.
  const shown = parseMarkdown(text.replace('\\vspace{2mm}', '\\textbf{Lead Engineer}'));
  assert.ok(entries(shown).some((e) => e.title?.value.includes('Lead Engineer')));
});

test('markdown: a header line wrapped inside an emphasis goes on over the next line, as Markdown joins a paragraph', () => {
  const text = [
    '# Boris Leroy',
    '',
    '## Education',
    '',
    '`2012` **Ph.D., Life Sciences**, *Muséum national d’histoire',
    'naturelle/Université de Rennes 1*, Rennes, France',
    '',
    '`2009` **M.Sc., Ecology**, *University of Montpellier 2*, Montpellier, France',
    '',
    '## Experience',
    '',
    '`2014-present` **Lecturer**, *University of',
    'Paris South XI*, Orsay, France.',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length]), [
    ['Ph.D., Life Sciences', 'Muséum national d’histoire naturelle/Université de Rennes 1', 'Rennes, France', 0],
    ['M.Sc., Ecology', 'University of Montpellier 2', 'Montpellier, France', 0],
    ['Lecturer', 'University of Paris South XI', 'Orsay, France', 0],
  ]);
});

test('markdown: a firm named "… Engineering" after the title\'s comma is the employer; a field of the trade there ("Software Engineering") is no firm of its own making', () => {
  const text = '# Jane Doe\n\nExperience\n----------\n\n**Chief Product Officer, C42 Engineering** (2011-2012, India)\n\n- Built 3 products\n\n**Engineering Manager, Acme Corp** (2008-2011)\n\n- Led 12 engineers\n';
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Chief Product Officer', 'C42 Engineering', 'India'],
    ['Engineering Manager', 'Acme Corp', undefined],
  ]);
});

test('markdown: a link labelled "website link" set on after a note in brackets, and how a post was held in brackets of its own ("(volunteer)", "(paid)"), are no title', () => {
  const text = [
    '# Alex Jones',
    '',
    '## Relevant Work History',
    '',
    '**St Abbs marine station, 30th Jul 2018 – 7th Sep 2018 (volunteer)**[*-website link*](http://example.com/)',
    '',
    ' **Duties:** General maintenance of aquariums, setting up and taking apart tanks for new arrivals. Raising 300 lobster larvae and conducting shore surveys.',
    '',
    '**Marine Technician, Heriot-Watt University, 5th Dec 2018 - Present (paid)**[*-website link*](http://example.org/)',
    '',
    ' **Duties:** Deployment of 400 European flat oysters for a reef restoration project. Survey and sample collection dives in the loch.',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['St Abbs marine station', undefined],
    ['Marine Technician', 'Heriot-Watt University'],
  ]);
});

test('markdown: "Freelance" in the employer\'s place is the employer; in brackets after a title it says how the post was held', () => {
  const text = '# Jane Doe\n\n## Experience\n\n### UI/UX Designer | Freelance (2022 - Present)\n- Designed 20 apps\n\n### Designer, Freelance\n2019 - 2021\n- Designed 20 apps\n\n### Tutor (freelance), 2018\n- Taught 20 pupils\n';
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['UI/UX Designer', 'Freelance'],
    ['Designer', 'Freelance'],
    ['Tutor', undefined],
  ]);
});

test('markdown: an empty heading ("##" alone, a GitHub profile\'s rule between sections) names no section; the headings under it stay the sections', () => {
  const text = ['## About Me', '', 'Simon Yip, London', '', '### Summary', 'Doctor turned machine-learning engineer.', '', '##', '### Education', '- **MSc Computer Science**, City University of London', '', '##', '### Experience', '- **Machine Learning Engineer**, RadNomics Ltd', '', '##', '### Interests', '- Running', ''].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]).slice(-4), [
    ['Summary', 'summary'],
    ['Education', 'education'],
    ['Experience', 'experience'],
    ['Interests', 'interests'],
  ]);
});

test('markdown: a section of list items each a bold post or degree, then where (after a comma or as a link), with no header lines, is one entry per item', () => {
  const text = '# Jane Doe\n\n## Experience\n\n- **_Applied Machine Learning Engineer_** [RadNomics Ltd](https://example.com)\n- **_Audit and Research Assistant_** [Norfolk and Norwich University Hospital](https://example.org)\n\n## Education\n\n- **MSc Computer Science**, City University\n- **MBBS Medicine**, Norwich Medical School\n\n## Skills\n\n- **Python**, 5 years\n- **SQL**, 3 years\n';
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Applied Machine Learning Engineer', 'RadNomics Ltd'],
    ['Audit and Research Assistant', 'Norfolk and Norwich University Hospital'],
    ['MSc Computer Science', 'City University'],
    ['MBBS Medicine', 'Norwich Medical School'],
  ]);
});

test('markdown: a README\'s badges and the licence they name are no profile links of the person', () => {
  const text = '# Jane Smith\n\n[![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](https://opensource.org/licenses/MIT)\n\njane@example.com · [github.com/janesmith](https://github.com/janesmith)\n\n## Experience\n\n### Writer, Acme (2019 - 2021)\n\n- Wrote 40 guides\n';
  const links = parseMarkdown(text).contact.links.map((l) => l.value);
  assert.ok(links.some((l) => l.includes('github.com/janesmith')), links.join());
  assert.ok(!links.some((l) => /shields\.io|opensource\.org/.test(l)), links.join());
});

test('markdown: the page\'s one heading, first, in a person\'s words ("# Eric Fay") over roles set as bold lines, is the name, no section', () => {
  const text = '# Eric Fay\n\n**Mathematics Teacher** at _Woodland High School_, Baileyville, ME  \nSeptember 2016 - June 2018\n\n   + Taught 5 courses to 120 students\n\n**Research Assistant** at _Rutgers University_  \nSeptember 2012 - May 2016\n';
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'Eric Fay');
  assert.deepEqual(r.sections.map((s) => s.title), ['']);
  assert.deepEqual(entries(r).map((e) => e.title?.value), ['Mathematics Teacher', 'Research Assistant']);
  // A lone heading that names a section still is one; over one role alone it stays a section, so the role is not lost.
  assert.deepEqual(parseMarkdown('# Experience\n\n**Teacher** at _Woodland High School_  \n2016 - 2018\n').sections.map((s) => s.title), ['Experience']);
  assert.equal(entries(parseMarkdown('# Eric Fay\n\n**Teacher** at _Woodland High School_  \n2016 - 2018\n\n   + Taught 5 courses\n')).length, 1);
});

test('markdown: a school "in" a town and its region with no comma ("… High School in Baileyville Maine") ends before "in"', () => {
  const text = '# Eric Fay\n\n**Mathematics Teacher** at _Woodland Jr/Sr High School_ in Baileyville Maine  \nSeptember 2016 - June 2018\n\n   + Taught 5 courses to 120 students\n\n**Research Assistant** at _Rutgers University_  \nSeptember 2012 - May 2016\n';
  const e = entries(parseMarkdown(text))[0];
  assert.deepEqual([e.title?.value, e.organisation?.value], ['Mathematics Teacher', 'Woodland Jr/Sr High School']);
  assert.ok(e.location?.value.endsWith('Maine'));
});

test('markdown: a Pandoc definition list whose term is only dates ("Since 2019" / ":   **Senior Engineer**, Acme Corp, Boston.") takes its header from the definition', () => {
  const text = '# Jane Doe\n\njane@example.com\n\n# Experience\n\n2015--2018\n:   **Data Analyst**, Globex Inc.\n\nSince 2019\n:   **Senior Engineer**, Acme Corp, Boston.\n';
  const r = parseMarkdown(text);
  assert.deepEqual(entries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Data Analyst', 'Globex Inc.', 2015, 0],
    ['Senior Engineer', 'Acme Corp', 2019, 0],
  ]);
});

test('markdown: "at" in the other languages whose posts are read ("Chargé de recherche à Inria", "Ricercatore presso CNR") parts the post from where it was held', () => {
  const text = '# Jean Dupont\n\n# Expérience\n\nDepuis octobre 2019\n:   **Chargé de recherche** à Inria.\n\n2015--2017\n:   **Ricercatore** presso Consiglio Nazionale delle Ricerche\n';
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value]), [
    ['Chargé de recherche', 'Inria'],
    ['Ricercatore', 'Consiglio Nazionale delle Ricerche'],
  ]);
});

test('markdown: notes in the dates\' brackets ("(2019-present, Volunteer, Remote)", "(2005-2008, Canada / USA / UK / India)") are how the post was held and where', () => {
  const text = '# Jane Doe\n\n## Experience\n\n**Engineering Manager, Pariyatti** (2019-present, Volunteer, Remote)\n\n- Led development of the backends\n\n**Tech Lead, ThoughtWorks** (2005-2008, Canada / USA / UK / India)\n\n- Scoped and sold projects at inception\n';
  assert.deepEqual(entries(parseMarkdown(text)).map((e) => [e.title?.value, e.organisation?.value, e.location?.value]), [
    ['Engineering Manager', 'Pariyatti', 'Remote'],
    ['Tech Lead', 'ThoughtWorks', 'Canada / USA / UK / India'],
  ]);
});

test('markdown: the document\'s title and a dash before the name ("# Curriculum Vitae - Paolo Piersanti") name the person', () => {
  const r = parseMarkdown('# Curriculum Vitae - Paolo Piersanti\n\npaolo@example.com\n\n## Work Experience\n\n### Software Developer\n\nMicso, Mar 2002 - Present\n\n* Built the billing system\n');
  assert.equal(r.contact.name?.value, 'Paolo Piersanti');
});

test('markdown: an AsciiDoc résumé\'s titles ("== Work Experience", "=== Micso -> Mar 2002 - Present; Pescara, IT") are its sections and roles; anchors, comments and "== !" head nothing', () => {
  const text = [
    '= Curriculum Vitae - Paolo Piersanti',
    ':author: Paolo Piersanti',
    '',
    'paolo@example.com +',
    'github.com/ppiersanti',
    '',
    '// a note to self',
    '[[experience]]',
    '== Work Experience',
    '',
    '=== Micso -> Mar 2002 - Present; Pescara, IT',
    '',
    '*Software Developer / System Administrator*',
    '',
    '* Design and implementation of a billing system',
    '',
    '[.info]',
    '== !',
    '',
    '== Education',
    '',
    '=== Accounting school diploma',
    '',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.equal(r.contact.name?.value, 'Paolo Piersanti');
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Work Experience', 'experience'], ['Education', 'education']]);
  const e = r.sections[0].entries[0];
  assert.deepEqual([e.organisation?.value, e.location?.value, e.dates?.start?.year], ['Micso', 'Pescara, IT', 2002]);
});

test('markdown: an employer\'s heading with its own years ("# IBM (May 2022 - Present)", at the sections\' level or below) over its roles\' deeper dated headings names their employer; each role keeps its own dates', () => {
  const roles = '### Automation Architect\nMay 2022 - Present\n\n- Developed event-driven automations\n\n## NTT Security (March 2013 - May 2022)\n### DevOps Manager\nFeb 2021 - May 2022\n\n- Managed a team of developers\n\n### Solutions Architect\nJun 2017 - Feb 2021\n\n- Designed the portal\n';
  const want = [
    ['Automation Architect', 'IBM', 2022],
    ['DevOps Manager', 'NTT Security', 2021],
    ['Solutions Architect', 'NTT Security', 2017],
  ];
  const below = parseMarkdown('# Jane Doe\n\n# Work Experience\n\n## IBM (May 2022 - Present)\n' + roles);
  assert.deepEqual(entries(below).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), want);
  // (The same one level up: the employers' headings at the sections' level.)
  const up = roles.replace(/^#(#+)/gm, '$1');
  const atSections = parseMarkdown('Jane Doe\n\n# Work Experience\n\n# IBM (May 2022 - Present)\n' + up);
  assert.deepEqual(atSections.sections.map((s) => s.title), ['Work Experience']);
  assert.deepEqual(entries(atSections).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), want);
});

test('markdown: a French CV\'s role heading "Post / Employer", its italic line of dates and town ("Nantes (44)"), "Maintenant" for now and "Diplômes" for its degrees', () => {
  const r = parseMarkdown(
    [
      '# Alex Martin',
      'alex@example.fr / 📍 Nantes (44)',
      '',
      '## Expériences Professionnelles',
      '',
      '### Chargé de Communication / URPS Pays de la Loire',
      '*Jan 2025 - Maintenant / Nantes (44)*',
      '',
      '- Conception de supports print et digitaux',
      '',
      '### Social Media Manager / CAMPING-CAR-PARK',
      '*Oct 2023 - Sept 2024 / Pornic (44)*',
      '',
      '- Animation des communautés',
      '',
      '## Diplômes',
      '',
      '### Licence Pro e-commerce',
      '*2014*',
      '',
    ].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.equal(r.contact.location?.value, 'Nantes (44)');
  assert.deepEqual(
    entries(r).map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.text, e.dates?.current]),
    [
      ['Chargé de Communication', 'URPS Pays de la Loire', 'Nantes (44)', 'Jan 2025 - Maintenant', true],
      ['Social Media Manager', 'CAMPING-CAR-PARK', 'Pornic (44)', 'Oct 2023 - Sept 2024', false],
      ['Licence Pro e-commerce', undefined, undefined, '2014', false],
    ],
  );
});

test('markdown: organisations joined by slashes, or a second post after one, are not split as "post / employer"', () => {
  const r = parseMarkdown(
    ['# Alex Martin', '', '## Experience', '', '### Organizer, Kinder / HLP Lab RA Meetings', '2019 - 2021', '', '### Research assistant / ROS System Developper', '2017 - 2018', ''].join('\n'),
  );
  assert.deepEqual(
    entries(r).map((e) => [e.title?.value, e.organisation?.value]),
    [
      ['Organizer', 'Kinder / HLP Lab RA Meetings'],
      ['Research assistant / ROS System Developper', undefined],
    ],
  );
});

test('markdown: "## CV" over named sections a level down ("### Appointments", "### Education") only wraps them: they are the sections, beside "## Bio"', () => {
  const r = parseMarkdown(
    [
      '# About',
      '',
      '## Bio',
      'Jane Roe is an artist and educator.',
      '',
      '## CV',
      '',
      '### Appointments',
      '- Education Equipment & Services Lead — createMPLS (Minneapolis, MN) — Present',
      '- Adjunct Faculty — Minneapolis College of Art & Design (Minneapolis, MN) — 2013–2023',
      '- Media Arts Instructor (9–12) — PiM Arts High School (Eden Prairie, MN) — 2018–2020',
      '',
      '### Education',
      '- Maine College of Art, Portland, ME — **Master of Fine Arts:** Studio Art',
      '',
      '### Awards',
      '- 2013 Young Family Scholarship, Maine College of Art',
      '',
    ].join('\n'),
  );
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]).slice(-4), [['Bio', 'summary'], ['Appointments', 'experience'], ['Education', 'education'], ['Awards', 'awards']]);
  // (Fourteen words, none in lower case: the item is a role's fields, no sentence; so the list, most
  // of it dated, is roles.)
  assert.deepEqual(r.sections.find((s) => s.title === 'Appointments')!.entries.slice(1).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [
    ['Adjunct Faculty', 'Minneapolis College of Art & Design', 2013],
    ['Media Arts Instructor (9–12)', 'PiM Arts High School', 2018],
  ]);
});

test('markdown: a name led by another language\'s honorific ("Dra.", "Mme", "Dott.") is the name, not the headline under it', () => {
  for (const name of ['Dra. Denyse Albuquerque', 'Mme Claire Dubois', 'Dott. Marco Rossi']) {
    const r = parseMarkdown(`# ${name}\n### Médica Psiquiatra · Fortaleza/CE\n\n## Experiência\n\n- **Psiquiatra** — Hospital X (2015 - 2020)\n`);
    assert.equal(r.contact.name?.value, name);
  }
});

test('markdown: "## **Acharya Nagarjuna University***Guntur, India*": an emphasis closing where the next opens, no space between, parts two fields (RenderCV\'s Markdown)', () => {
  const r = parseMarkdown(
    ['# Jane Doe', '', '# Education', '## **Acharya Nagarjuna University***Guntur, India*', '', '*Sept 2023 – July 2025*', '', '*Master of Business Administration (MBA)* *in* *Financial Management*', ''].join('\n'),
  );
  const e = entries(r)[0];
  assert.deepEqual([e.organisation?.value, e.location?.value], ['Acharya Nagarjuna University', 'Guntur, India']);
  // (Bold and italic at once, "***Key***", opens on a space: one field still.)
  const one = parseMarkdown('# Jane Doe\n\n## Experience\n\n### ***Data Analyst***, Acme Corp (2019 - 2021)\n');
  assert.equal(entries(one)[0].title?.value, 'Data Analyst');
});

test('markdown: a page\'s HTML set out over lines ("<h4>" / "Intellisolve Limited" / "<small> – Financial Data Modeller …</small>" / "</h4>", "<li>" / item / "</li>") gives the heading and the items their text', () => {
  const r = parseMarkdown(
    [
      '<section class="resume-info-section">',
      '    <h2 id="experience">Experience</h2>',
      '',
      '    <div class="resume-info-section-block">',
      '        <h4 id="dellemc">',
      '            Intellisolve Limited',
      '            <small> – Financial Data Modeller and Reporting Analyst.</small>',
      '        </h4>',
      '        <p>',
      '            <small>',
      '                06.2017 → 09.2017',
      '            </small>',
      '        </p>',
      '          <ul>',
      '            <li>',
      '              Created a working program model of storage data utilization for £250M+ investment projects.',
      '            </li>',
      '            <li>',
      '              Optimize the scheduling of the hardware refresh by building a model of the critical path.',
      '            </li>',
      '          </ul>',
      '    </div>',
      '    <div class="resume-info-section-block">',
      '        <h4 id="arriva">',
      '            Arriva Group',
      '            <small> – Business Analyst.</small>',
      '        </h4>',
      '        <p>',
      '            <small>',
      '                04.2017 → 06.2017',
      '            </small>',
      '        </p>',
      '          <ul>',
      '            <li>',
      '              Built reporting for 40 depots.',
      '            </li>',
      '          </ul>',
      '    </div>',
      '</section>',
    ].join('\n'),
  );
  assert.deepEqual(
    entries(r).map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year, e.bullets.length]),
    [
      ['Financial Data Modeller and Reporting Analyst', 'Intellisolve Limited', 2017, 2],
      ['Business Analyst', 'Arriva Group', 2017, 1],
    ],
  );
  assert.match(entries(r)[0].bullets[0].text, /^Created a working program model/);
});

test('markdown: headings under a role\'s heading that name a section\'s kind or end on a colon ("#### Technologies & outils :", "#### Missions principales :") are labels inside the role, no section and no role; a post under an employer\'s heading is still a role', () => {
  const md = [
    '# Coralie Martin',
    '',
    '## Expériences',
    '### Customer Experience & Sales Support - Intérim',
    '**Mapei France - Juin 2024 - Décembre 2024 | Toulouse, France**',
    '#### Technologies & outils :',
    '- **ERP** : Dynamics 365',
    '#### Missions principales :',
    '- **Service client** : accueil téléphonique, saisie et suivi des commandes client.',
    '- **Médiation** : jouer le rôle d\'intermédiaire entre les services.',
    '',
    '### Chargée de Communication - Alternance',
    '**Genesis Conseil - Octobre 2021 - Octobre 2022 | Foix, France**',
    '#### Missions principales :',
    '- **Commercial** : animation de réunions et de formations client.',
    '',
    '## Formation',
    '### Master Communication',
    '**Université Toulouse I - 2020 - 2022**',
  ].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.bullets.length]), [['Customer Experience & Sales Support', 3], ['Chargée de Communication', 1]]);
  const employer = parseMarkdown(['# Jo Lee', '', '## Experience', '### Zalando', '#### Data Scientist', '##### 01/2020 - 12/2022', '- Built a 20% faster ranking model', '#### Data Analyst', '##### 01/2018 - 12/2019', '- Wrote 40 reports'].join('\n'));
  assert.deepEqual(employer.sections[0].entries.map((e) => e.title?.value), ['Data Scientist', 'Data Analyst']);
});

test('markdown: where the emphasis changes between two capitalised words ("**Waymo** _Senior Data Scientist_ May 2017 to June 2019") the fields part; "Engineer at _Acme Corp_" and a star no run pairs with ("PC* Henri Wallon") part nothing', () => {
  const r = parseMarkdown([
    '# Jason Shore',
    '',
    '## Experience',
    '',
    '**Waymo** _Senior Data Scientist_ May 2017 to June 2019',
    '',
    '-   Built 12 forecasting models.',
    '',
    'Engineer at _Acme Corp_, 2015 - 2017',
    '',
    '-   Wrote 40 reports.',
  ].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [['Senior Data Scientist', 'Waymo'], ['Engineer', 'Acme Corp']]);
});

test('markdown (Org-mode): "/Free Geek Toronto/", Org\'s italics written with slashes, are markup, no part of the name; a link\'s or a path\'s slashes are not', () => {
  const org = ['#+TITLE: Matt Price', '', '* Experience', '- Board Member, /Free Geek Toronto/ (2013-2017)', '- Founder, /Upcycle Community Computing/ (2010-2014)', '- Engineer, Acme (2008-2010), see https://example.org/acme/ and /usr/local/bin'].join('\n');
  const r = parseMarkdown(org);
  const orgs = r.sections[0].entries.map((e) => `${e.organisation?.value ?? ''} ${e.location?.value ?? ''}`.trim());
  // (The first's town may be read apart: "Free Geek" in "Toronto".)
  assert.equal(orgs[0].replace(/\s+/g, ' '), 'Free Geek Toronto');
  assert.equal(orgs[1], 'Upcycle Community Computing');
  assert.equal(r.sections[0].entries.length, 3);
});

test('markdown: "**Employer**" / "* **Post**" / "* 2016 - 2017" / "> description": the bold item and the dates item under an undated head are the head\'s lines, and a blockquote at the margin ends the item above it', () => {
  const md = [
    '# Ana Souza', '', '## Experiência Profissional', '',
    '**Secretaria da Saúde (MS)**', '* **Analista e desenvolvedor de sistemas**', '* 2016 - 2017', '> Análise e desenvolvimento de sistemas utilizando PHP.', '',
    '**Systematica**', '* **Desenvolvedor**', '* 2010 - 2012', '> Desenvolvimento desktop.', '',
    '## Skills', '', '**Languages**', '* Python', '* 2 years of Go',
  ].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.text, e.bullets.length]), [
    ['Analista e desenvolvedor de sistemas', 'Secretaria da Saúde', '2016', 1],
    ['Desenvolvedor', 'Systematica', '2010', 1],
  ]);
});

test('markdown: a section\'s name set as a bold line under every role ("**Accomplishments**") labels a part of each role, no section of its own', () => {
  const text = '# Jo Smith\njo@example.com\n\n**EXPERIENCE**\n\n**Software Engineer, SynerMed, Inc.**\n\n*Monterey Park, CA — June 2017-Dec 2017*\n\nI secure a suite of web applications.\n\n**Accomplishments**\n\n* Modernized the pipeline for 4 teams\n\n* * *\n\n**Senior Developer, Crownpeak Technology**\n\n*Los Angeles, CA — 2016-2017*\n\n**Accomplishments**\n\n* Built a queue for 3 services\n\n* * *\n\n**Developer, Crownpeak Technology**\n\n*Los Angeles, CA — 2014-2016*\n\n**Accomplishments**\n\n* Built 2 tools\n\n**EDUCATION**\n\n**B.S. Computer Science, Cal Poly**\n\n*2010-2014*\n';
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['EXPERIENCE', 'EDUCATION']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Software Engineer', 'SynerMed, Inc.', 2],
    ['Senior Developer', 'Crownpeak Technology', 1],
    ['Developer', 'Crownpeak Technology', 1],
  ]);
});

test('markdown: inside a project its heading opened, a short bold line naming no post or body ("**Metodología**") labels a part of it, no entry of its own', () => {
  const text = '# Ana Hdez\nana@example.com\n\n## Proyectos\n\n### Análisis de Prueba A/B\n\nUn análisis de una prueba A/B.\n\n**Alcance**\n  * Verificar la calidad de los datos.\n  * Comparar la conversión.\n\n**Metodología**\nUtilicé Python y pandas para el análisis.\n\n**Conclusiones**\n  * La interfaz tradicional convierte más.\n\n### Tableau Dashboards\n\nTableros de ventas para 3 equipos.\n';
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections[0].entries.map((e) => e.title?.value), ['Análisis de Prueba A/B', 'Tableau Dashboards']);
});

test('markdown: an undated list of "Post, Organisation" items under an appointments heading is that many roles ("* Director, Catalogue of Endangered Languages")', () => {
  const text = '# Gary Holt\n\n## Current Appointments\n\n* Professor of Linguistics, University of Hawai‘i at Mānoa\n* Director, Catalogue of Endangered Languages\n* Affiliate, Centre for Excellence in the Dynamics of Language, Australian National University\n';
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value]), [
    ['Professor of Linguistics', 'University of Hawai‘i at Mānoa'],
    ['Director', 'Catalogue of Endangered Languages'],
    ['Affiliate', 'Centre for Excellence in the Dynamics of Language, Australian National University'],
  ]);
});

test('markdown: an AsciiDoc page styled by block roles ("[.job]", "[%hardbreaks]", "====" fences, "image:" logos) with one title reads as AsciiDoc: fences and images are no text', () => {
  const text = [
    '[.root]',
    '== Bea Palus CV',
    '',
    '[.intro]',
    '=====',
    '[.name]',
    'Bea Palus',
    '',
    '[.techs]',
    'image:logos/java.png[role="tech logo java"]',
    '=====',
    '',
    'mailto:bea.palus@example.com[image:logos/gmail.svg[role="contact logo"] bea.palus]',
    '',
    '[.title]',
    'WORK EXPERIENCE',
    '',
    '[.job]',
    '======',
    '[%hardbreaks]',
    '02.2021 - 12.2021',
    'Idemia R&D',
    '======',
    '',
    '[.title]',
    'EDUCATION',
    '',
    '[%hardbreaks]',
    '09.2017 - 03.2021',
    'Lodz University of Technology',
  ].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => s.title), ['WORK EXPERIENCE', 'EDUCATION']);
  assert.equal(r.contact.name?.value, 'Bea Palus');
  assert.equal(r.contact.email?.value, 'bea.palus@example.com');
});

test('markdown: a bold item with its employer and dates at the margin under it (lazy lines) is the entry head, each line a field', () => {
  const text =
    '# Sam Lee\n\n## Research Experience\n\n- **Research Assistant**\nTissue Lab, Northfield University – Ithaca, NY\nAugust 2025 – Present\n  - Printed synthetic tissue for 12 studies.\n' +
    '- **Clinical Research Assistant**\nNeurology Research Group, Dept of Neurology, Hale School of Medicine, University of North Westland – Remote\nFeb 2024 – Present\n  - Compiled data on 300 procedures.\n  - Drafted an IRB submission.\n' +
    '\n## Skills\n\n- **Python**\nused daily for analysis\n';
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'skills']);
  const [a, b] = r.sections[0].entries;
  assert.equal(r.sections[0].entries.length, 2);
  assert.equal(a.title?.value, 'Research Assistant');
  assert.match(a.organisation?.value ?? '', /Northfield University/);
  assert.equal(a.location?.value, 'Ithaca, NY');
  assert.equal(a.dates?.start?.year, 2025);
  assert.equal(a.bullets.length, 1);
  // A long organisation's name, parted by commas, is the organisation, not a sentence.
  assert.equal(b.title?.value, 'Clinical Research Assistant');
  assert.equal(b.organisation?.value, 'Neurology Research Group, Dept of Neurology, Hale School of Medicine, University of North Westland');
  assert.equal(b.location?.value, 'Remote');
  assert.deepEqual([b.dates?.start?.year, b.dates?.current], [2024, true]);
  assert.equal(b.bullets.length, 2);
});

test('markdown: an employer line ending on a place code in capitals ("Bogota, COL.") names the employer and place, it ends no sentence', () => {
  const r = parseMarkdown('# Experience\n- **Graphic & Web Designer**\n  2022 - 2023\n  Caravan Buk - Bogota, COL.\n');
  const [e] = r.sections[0].entries;
  assert.deepEqual([e.title?.value, e.organisation?.value, e.location?.value, e.bullets.length], ['Graphic & Web Designer', 'Caravan Buk', 'Bogota, COL', 0]);
});

test('markdown: lines that only link to a place on the page (a table of contents, "[Back to top](#top)") are navigation, no section, entry or name', () => {
  const md = ['* [EDUCATION](#education)', '    * [Festivals](#festivals)', '* [EXPERIENCE](#experience)', '', '# EDUCATION', '- M.M., Cello Performance, Bowling Green State University, 2019', '', '[Back to Menu](#top)', '', '# EXPERIENCE', '- Principal cellist, Lima Symphony Orchestra, 2018-2020', '', '[Back to Menu](#top)', ''].join('\n');
  const r = parseMarkdown(md);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind, s.entries.length]), [['EDUCATION', 'education', 1], ['EXPERIENCE', 'experience', 1]]);
  assert.ok(!JSON.stringify(r.sections).includes('Back to Menu'));
  assert.equal(r.contact.name, undefined);
});

test('markdown: a role\'s place on a line of its own in the AP style ("Arlington, Va.") is its location, with its dot, not a sentence of its description', () => {
  const md = ['## Work History', '', '### Senior Designer, washingtonpost.com', '', '_October 2004 - December 2008_', '', 'Arlington, Va.', '', 'Designed 40 news graphics a month.', '', '### Web Designer, The Arizona Republic', '', '_Dec. 1999 - July 2002_', '', 'Phoenix, Ariz.', '', 'Built 12 sections.', ''].join('\n');
  const es = parseMarkdown(md).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.location?.value, e.bullets.length]), [['Arlington, Va.', 1], ['Phoenix, Ariz.', 1]]);
});

test('markdown: in an education section, undated items that each open on a degree ("**MS, Economics**", "**MHA, Health Administration**") are the degrees, an entry each', () => {
  const r = parseMarkdown(['## Education', '', '- **MS, Economics**', '- **MHA, Health Administration**', '- **BA, History**', '', '## Experience', '', '- Analyst, Acme, 2019 – 2021', ''].join('\n'));
  assert.deepEqual(r.sections[0].entries.map((e) => e.title?.value), ['MS, Economics', 'MHA, Health Administration', 'BA, History']);
});

test('markdown: a post\'s item over a nested item of its employer, place and dates in square brackets ("[ Seattle, WA ] [ Feb 2020 – Present ]") is one role; the next post\'s item opens the next', () => {
  const md = ['## Experience', '* Technical Product Manager', '  * [Expedia Group](https://www.expediagroup.com/) [ Seattle, WA ] [ Feb 2020 – Present ]', '* Senior Product Manager, Platform Systems', '  * [Dynata](https://www.dynata.com/) [ Seattle, WA ][ Apr 2019 – Feb 2020 ]', '* Product Manager, Platform Systems', '  * [Dynata](https://www.dynata.com/) [ Seattle, WA; Plano, TX ] [ Jul 2015 – Mar 2019 ]', ''].join('\n');
  const es = parseMarkdown(md).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.organisation?.value, e.dates?.start?.year, e.bullets.length]), [['Expedia Group', 2020, 0], ['Dynata', 2019, 0], ['Dynata', 2015, 0]]);
  assert.deepEqual(es.map((e) => e.title?.value?.split(',')[0]), ['Technical Product Manager', 'Senior Product Manager', 'Product Manager']);
  // A reference link's label ("[Acme][1]") is still markup, no words of the line.
  const ref = parseMarkdown(['## Experience', '* Engineer', '  * [Acme Corp][1], Seattle, WA, 2019 – 2021', '', '[1]: https://acme.example', ''].join('\n')).sections[0].entries[0];
  assert.equal(ref.organisation?.value, 'Acme Corp');
});

test('markdown: under an employer\'s heading, a place-and-dates line and a post\'s line with the same dates are one head; an icon set\'s name ("**carbon:location-heart-filled**") and a "[Company Link](…)" name nothing; "Full remote" is where', () => {
  const md = ['## Expériences', '', '### Groupe Actual', '**carbon:location-heart-filled** Paris / Laval / Full remote – 2023 – 2024  ', '**Senior Product Manager** | 2023 - 2024 | [Company Link](https://www.groupeactual.eu/)', '', '- Conçu une solution SaaS pour 500+ entreprises', '', '### Musicdata Studio - Bookr.fm', '**carbon:location-heart-filled** Full remote – 2021 – 2024  ', '**Senior Product Manager** | 2021 - 2024 | [Company Link](https://bookr.fm/)', '', '- Lancé 3 applications', ''].join('\n');
  const es = parseMarkdown(md).sections[0].entries;
  assert.deepEqual(es.map((e) => [e.title?.value, e.organisation?.value, e.location?.value, e.dates?.start?.year, e.bullets.length]), [
    ['Senior Product Manager', 'Groupe Actual', 'Paris / Laval / Full remote', 2023, 1],
    ['Senior Product Manager', 'Musicdata Studio - Bookr.fm', 'Full remote', 2021, 1],
  ]);
});
