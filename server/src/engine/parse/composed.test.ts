import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from './text';
import { allEntries, bulletOffset } from '../model';
import { composedText } from './composed';

// pdftotext's copy of a LaTeX CV: every accent apart from its letter ("e" + U+0301).
const decomposed = (s: string) => s.normalize('NFD');

test('composed text: each offset of the composed text, and its end, maps to the document', () => {
  const raw = decomposed('Expériences à Zürich');
  const c = composedText(raw)!;
  assert.equal(c.text, 'Expériences à Zürich');
  assert.equal(c.map.length, c.text.length + 1);
  assert.equal(c.map[c.text.length], raw.length);
  for (let i = 0; i < c.text.length; i++) assert.equal(raw.slice(c.map[i], c.map[i + 1]).normalize('NFC'), c.text[i], `offset ${i}`);
  assert.equal(composedText('Experience in Zurich'), undefined);
});

test('text: accents given apart from their letters read as the composed words ("Expe\\u0301riences" is a heading), every position the document\'s', () => {
  const raw = decomposed(
    ['Achille Guillon', 'Développeur Web', 'achille@example.fr', '', 'Expériences', '2017 – 2020 Développeur Front, Unow (Lyon)', '○ Création d’une plateforme de formation pour 3 000 élèves', '', 'Formations', '2011 – 2012 Licence Professionnelle, Université d’Angers'].join('\n'),
  );
  const r = parseText(raw);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Expériences', 'experience'], ['Formations', 'education']]);
  const [job, school] = allEntries(r);
  assert.deepEqual([job.title?.value, job.organisation?.value, job.location?.value], ['Développeur Front', 'Unow', 'Lyon']);
  assert.equal(school.organisation?.value, 'Université d’Angers');
  for (const f of [r.contact.name, job.title, job.organisation, school.title, school.organisation]) assert.equal(raw.slice(f!.span.start, f!.span.end).normalize('NFC'), f!.value);
  assert.equal(raw.slice(r.sections[0].headingSpan.start, r.sections[0].headingSpan.end).normalize('NFC'), 'Expériences');
  // A bullet's text is the composed words; each of its indexes still finds its letter in the document.
  const b = job.bullets[0];
  assert.equal(b.text, 'Création d’une plateforme de formation pour 3 000 élèves');
  const word = b.text.indexOf('élèves');
  assert.equal(raw.slice(bulletOffset(b, word), bulletOffset(b, word + 'élèves'.length)).normalize('NFC'), 'élèves');
  assert.equal(bulletOffset(b, b.text.length), b.span.end);
});

test('text: dates set in small capitals as pdftotext copies them ("A UG . 2017 – D EC . 2017") read as dates where the headings are set that way; spans stay on the document', () => {
  const raw = ['Sam Bailey', 'sam@example.com', '', 'E XPERIENCE', 'A UG . 2017 – D EC . 2017     Vanderbilt Center for Tech Transfer', 'Application Developer', '• Built a parser used by 12 teams.', '', 'E DUCATION', '2007 – 2011', 'Samford University', 'Bachelor of Science'].join('\n');
  const r = parseText(raw);
  const [job] = allEntries(r);
  assert.deepEqual([job.dates?.start?.text, job.dates?.end?.text], ['AUG. 2017', 'DEC. 2017']);
  assert.equal(raw.slice(job.dates!.span.start, job.dates!.span.end), 'A UG . 2017 – D EC . 2017');
  assert.equal(raw.slice(job.organisation!.span.start, job.organisation!.span.end), job.organisation!.value);
  // (One heading so set is no evidence: a date like it elsewhere is left as written.)
  const c = composedText('E XPERIENCE\nA UG . 2017\n');
  assert.equal(c, undefined);
});

test('text: spacing accents as pdf.js copies a LaTeX CV ("Exp´eriences", "Centres d’int´erˆet") read as the accented letters; "don´t" is left alone', () => {
  const raw = ['Achille Guillon', 'achille@example.fr', '', 'Exp´eriences', '2017 – 2020 D´eveloppeur Front, Unow (Lyon)', '○ Cr´eation d’une plateforme pour 3 000 ´el`eves', '', 'Centres d’int´erˆet', 'Escalade'].join('\n');
  const r = parseText(raw);
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [['Expériences', 'experience'], ['Centres d’intérêt', 'interests']]);
  const [job] = allEntries(r);
  assert.equal(job.title?.value, 'Développeur Front');
  assert.equal(raw.slice(job.title!.span.start, job.title!.span.end), 'D´eveloppeur Front');
  const c = composedText('I don´t know')!;
  assert.equal(c, undefined);
});

test('composed text: a span two fields share (an employer printed once over two roles) is mapped back once, and slices to its value', () => {
  const text = ['Jose\u0301 Doe', 'jose@example.com', '', 'EXPE\u0301RIENCE', '', 'Acme Corp', 'Engineer, 2019 - 2021', '- Built 4 tools', 'Analyst, 2017 - 2019', '- Wrote 30 reports'].join('\n');
  const r = parseText(text);
  const orgs = r.sections.flatMap((s) => s.entries).map((e) => e.organisation);
  assert.equal(orgs.length, 2);
  for (const o of orgs) assert.equal(text.slice(o!.span.start, o!.span.end), 'Acme Corp');
});
