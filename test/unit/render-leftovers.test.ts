// Nothing lost, placed where it stands: the renderer prints every word its model does not hold,
// and puts it where the author wrote it (beside a field on its line, inside the entry or section
// around it, between sections), as plain text. The models here are built by hand, leaving out what
// a parser might miss, so the tests do not depend on any parser being right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFragment } from 'parse5';
import type { Bullet, Entry, Field, Resume, Section, Span } from '../../server/src/engine/model';
import { renderResume } from '../../server/src/engine/render/index';
import { parse } from '../../server/src/engine/parse/index';
import { assertInert, walk, type Node } from './render-html-check';

/** Span of the n-th occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `test text holds "${needle}"`);
  return { start: i, end: i + needle.length };
}
const field = (text: string, value: string, n = 0): Field => ({ value, span: at(text, value, n) });
const bullet = (text: string, value: string): Bullet => ({ text: value, span: at(text, value) });
const empty = (format: Resume['format']): Resume => ({ format, contact: { links: [] }, skills: [], sections: [], problems: [] });

function section(text: string, heading: string, kind: Section['kind'], until: string | undefined, entries: Entry[] = []): Section {
  const h = at(text, heading);
  return { title: heading.replace(/^#+\s*/, ''), kind, span: { start: h.start, end: until ? text.indexOf(until) : text.length }, headingSpan: h, entries };
}

function entry(text: string, from: string, to: string | undefined, parts: Partial<Entry>): Entry {
  const start = text.indexOf(from);
  const end = to ? text.indexOf(to) : text.length;
  return { kind: 'work', bullets: [], span: { start, end }, headerSpan: { start, end: start + from.length }, ...parts };
}

/** The rendered article as a tree, with a way to find elements and their text in order. */
function page(resume: Resume, text: string) {
  const html = renderResume(resume, text, { standalone: true }).body;
  assertInert(html, 'leftovers');
  const root = parseFragment(html) as unknown as Node;
  const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));
  const all = (cls: string): Node[] => {
    const out: Node[] = [];
    walk(root, (n) => {
      if (n.attrs?.some((a) => a.name === 'class' && a.value.split(' ').includes(cls))) out.push(n);
    });
    return out;
  };
  return { html, text: textOf(root).replace(/\s+/g, ' '), all, textOf: (n: Node) => textOf(n).replace(/\s+/g, ' ').trim() };
}

test('a title suffix, a GPA line and an honours line the model lacks print inside their entry, in order', () => {
  const text = [
    '# Ana Ruiz',
    '',
    '## Experience',
    '',
    '### Senior Engineer, Payments Team | Acme (2019 – 2021)',
    '- Cut checkout failures by 30%',
    "Dean's List 2015",
    '- Led a team of 5',
    '',
    '## Education',
    '',
    '### BSc Physics, University of Leeds (2012 – 2015)',
    'GPA: 3.9 / 4.0',
    '',
  ].join('\n');
  const r = empty('markdown');
  r.contact.name = field(text, 'Ana Ruiz');
  const job = entry(text, '### Senior', '## Education', {
    title: field(text, 'Senior Engineer'),
    organisation: field(text, 'Acme'),
    dates: { span: at(text, '2019 – 2021'), text: '2019 – 2021', current: false },
    bullets: [bullet(text, 'Cut checkout failures by 30%'), bullet(text, 'Led a team of 5')],
  });
  const degree = entry(text, '### BSc', undefined, {
    kind: 'education',
    title: field(text, 'BSc Physics'),
    organisation: field(text, 'University of Leeds'),
    dates: { span: at(text, '2012 – 2015'), text: '2012 – 2015', current: false },
  });
  r.sections = [section(text, '## Experience', 'experience', '## Education', [job]), section(text, '## Education', 'education', undefined, [degree])];
  const p = page(r, text);
  const [work, edu] = p.all('rs-entry');
  // The suffix stays beside the title, where it was written, and the comma before Acme still reads.
  assert.equal(p.textOf(p.all('rs-entry-what')[0]), 'Senior Engineer, Payments Team, Acme');
  // The honours line stands between the two bullets it was written between.
  const workText = p.textOf(work);
  assert.ok(workText.indexOf('Cut checkout') < workText.indexOf("Dean's List 2015") && workText.indexOf("Dean's List 2015") < workText.indexOf('Led a team'), workText);
  // The GPA line belongs to the degree, not to the page's end.
  assert.match(p.textOf(edu), /GPA: 3\.9 \/ 4\.0$/);
});

/** The one section of a text whose only role is "### Engineer at Globex … (2015 – 2018)", built by hand. */
function globexExperience(text: string): Section[] {
  const job = entry(text, '### Engineer', undefined, {
    title: field(text, 'Engineer'),
    organisation: field(text, 'Globex'),
    dates: { span: at(text, '2015 – 2018'), text: '2015 – 2018', current: false },
  });
  return [section(text, '## Experience', 'experience', undefined, [job])];
}

test('a label before a contact field and a connector between title and organisation read as written', () => {
  const text = '# Jane Q. Fullstacker\nEmail: jdoe@example.io\nTel: 1-650-999-7777\n\n## Experience\n\n### Engineer at Globex (2015 – 2018)\n';
  const r = empty('markdown');
  r.contact = { name: field(text, 'Jane Q. Fullstacker'), email: field(text, 'jdoe@example.io'), phone: field(text, '1-650-999-7777'), links: [] };
  r.sections = globexExperience(text);
  const p = page(r, text);
  assert.equal(p.textOf(p.all('rs-contact')[0]), 'Email: jdoe@example.io·Tel: 1-650-999-7777');
  assert.equal(p.textOf(p.all('rs-entry-what')[0]), 'Engineer at Globex');
});

test('a page footer between two sections prints between them, not inside either', () => {
  const text = '# Ana Ruiz\n\n## Skills\n\nPython, Go\n\nPage 1 of 2\n\n## Education\n\n### BSc Physics, Leeds (2012 – 2015)\n';
  const r = empty('text');
  r.contact.name = field(text, 'Ana Ruiz');
  r.skills = [field(text, 'Python'), field(text, 'Go')];
  const skills = section(text, '## Skills', 'skills', 'Page 1 of 2');
  const edu = section(text, '## Education', 'education', undefined, [
    entry(text, '### BSc', undefined, { kind: 'education', title: field(text, 'BSc Physics'), organisation: field(text, 'Leeds'), dates: { span: at(text, '2012 – 2015'), text: '2012 – 2015', current: false } }),
  ]);
  r.sections = [skills, edu];
  const p = page(r, text);
  const sections = p.all('rs-section');
  assert.equal(sections.length, 2);
  assert.ok(!sections.some((s) => p.textOf(s).includes('Page 1 of 2')), 'not inside a section');
  assert.ok(p.text.indexOf('Go') < p.text.indexOf('Page 1 of 2') && p.text.indexOf('Page 1 of 2') < p.text.indexOf('Education'), p.text);
});

test("a second column's text on a bullet's lines prints after the bullet, not inside it", () => {
  // -layout text: a bullet read down the left column (offsets), the right column's words left over.
  const text = '# Ana Ruiz\n\n## Experience\n\nEngineer, Acme   2019 – 2021\n• Built the billing        LANGUAGES\n  platform in Go           Spanish, English\n';
  const left1 = at(text, 'Built the billing');
  const left2 = at(text, 'platform in Go');
  const value = 'Built the billing platform in Go';
  const offsets = [...Array.from({ length: 18 }, (_, i) => left1.start + i), ...Array.from({ length: value.length - 18 + 1 }, (_, i) => left2.start + i)];
  const r = empty('text');
  r.contact.name = field(text, 'Ana Ruiz');
  r.sections = [
    section(text, '## Experience', 'experience', undefined, [
      entry(text, 'Engineer, Acme', undefined, {
        title: field(text, 'Engineer'),
        organisation: field(text, 'Acme'),
        dates: { span: at(text, '2019 – 2021'), text: '2019 – 2021', current: false },
        bullets: [{ text: value, span: { start: left1.start, end: left2.end }, offsets }],
      }),
    ]),
  ];
  const p = page(r, text);
  const li: Node[] = [];
  walk(parseFragment(p.html) as unknown as Node, (n) => void (n.tagName === 'li' && li.push(n)));
  assert.equal(p.textOf(li[0]), value);
  const extras = p.all('rs-extra').map(p.textOf);
  assert.deepEqual(extras, ['LANGUAGES', 'Spanish, English']);
  assert.ok(p.text.indexOf(value) < p.text.indexOf('LANGUAGES'));
});

test('a field whose value is not what its span says prints as written', () => {
  // A reader joined "Item 5" and its footnote mark into "Item 53": the page shows the source.
  const text = '# Ana Ruiz\n\n## Projects\n\nItem 5[3], Extra 2\n';
  const r = empty('text');
  r.contact.name = field(text, 'Ana Ruiz');
  r.sections = [
    section(text, '## Projects', 'projects', undefined, [entry(text, 'Item 5', undefined, { kind: 'project', title: { value: 'Item 53', span: at(text, 'Item 5[3]') }, organisation: field(text, 'Extra 2') })]),
  ];
  const p = page(r, text);
  assert.equal(p.textOf(p.all('rs-entry-title')[0]), 'Item 5[3]');
  assert.ok(!p.text.includes('Item 53'));
});

test('leftover Markdown prints its words only: no link targets, comments, tags or front-matter keys, and nothing runs', () => {
  const text = [
    '---',
    'layout: cv',
    'title: Ana Ruiz CV',
    '---',
    '# Ana Ruiz',
    '<div id="tag">Physicist, <b>Mathematician</b></div> <!-- private note -->',
    'See [my site](https://ana.example/secret-path) {:target="_blank"} &amp; <script>alert(1)</script> <img src=x onerror=alert(2)>',
    '',
    '## Experience',
    '',
  ].join('\n');
  const r = empty('markdown');
  r.contact.name = field(text, 'Ana Ruiz', 1);
  r.sections = [section(text, '## Experience', 'experience', undefined)];
  const p = page(r, text);
  const header = p.textOf(p.all('rs-header')[0]);
  assert.match(header, /Ana Ruiz CV/);
  assert.match(header, /Physicist, Mathematician/);
  assert.match(header, /See my site/);
  for (const hidden of ['layout', 'title:', 'secret-path', 'private note', 'target', 'div', 'alert']) assert.ok(!header.includes(hidden), `"${hidden}" in ${header}`);
});

test('JSON Resume values the model has no field for print inside their entry (GPA, courses), dates as a reader reads them', () => {
  const text = JSON.stringify(
    {
      basics: { name: 'Ana Ruiz', label: 'Physicist' },
      education: [{ institution: 'University of Leeds', area: 'Physics', studyType: 'BSc', startDate: '2012-09-01', endDate: '2015-06-01', score: '3.9', courses: ['PH101 Mechanics', 'PH202 Optics'] }],
      awards: [{ title: 'Dean Prize', date: '2014-11-01', awarder: 'Leeds' }],
    },
    null,
    2,
  );
  const r = parse(text, 'resume.json')!;
  const p = page(r, text);
  const edu = p.all('rs-entry').find((e) => p.textOf(e).includes('University of Leeds'))!;
  assert.match(p.textOf(edu), /3\.9/);
  assert.match(p.textOf(edu), /PH101 Mechanics, PH202 Optics/);
  assert.match(p.text, /Physicist/);
  assert.match(p.text, /Dean Prize/);
  assert.match(p.text, /Nov 2014/);
});

test('a word a PDF hyphenated at a line end (a soft hyphen in the pasted text) prints as one word, in a bullet and in a leftover line', () => {
  const text = '# Ana Ruiz\n\nSummary of work with en\u00ad\nterprise clients\n\n## Experience\n\nEngineer, Acme (2019 – 2021)\n• Integrated 20 en\u00ad\n  terprise systems\n';
  const r = empty('text');
  r.contact.name = field(text, 'Ana Ruiz');
  const b = at(text, 'Integrated');
  r.sections = [
    section(text, '## Experience', 'experience', undefined, [
      entry(text, 'Engineer, Acme', undefined, {
        title: field(text, 'Engineer'),
        organisation: field(text, 'Acme'),
        dates: { span: at(text, '2019 – 2021'), text: '2019 – 2021', current: false },
        bullets: [{ text: text.slice(b.start, text.indexOf(' systems') + 8), span: { start: b.start, end: text.indexOf(' systems') + 8 } }],
      }),
    ]),
  ];
  const p = page(r, text);
  assert.match(p.text, /Summary of work with enterprise clients/);
  assert.match(p.text, /Integrated 20 enterprise systems/);
});

test("a site generator's template tags print nothing of their own, but a theme's printed argument (a badge's text) is kept", () => {
  const text = '# Ana Ruiz\n\n## Experience\n\n{{< timelineItem icon="work" badge="Current" >}}\n### Engineer at Globex {{< icon "location-dot" >}} (2015 – 2018)\n{{< /timelineItem >}}\n';
  const r = empty('markdown');
  r.contact.name = field(text, 'Ana Ruiz');
  r.sections = globexExperience(text);
  const p = page(r, text);
  assert.match(p.text, /Current/);
  // Not the tag's name, its keys, an icon's name or the closing tag.
  assert.doesNotMatch(p.text, /timelineItem|icon|location-dot|work|badge|\{\{/);
});
