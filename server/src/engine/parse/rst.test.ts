import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown } from './markdown';
import { parseText } from './text';
import { restHiddenLines } from './rst';
import { splitLines } from './source-lines';

const CV = [
  'Jo Doe',
  '======',
  '',
  '.. image:: photo.jpg',
  '   :width: 120',
  '',
  'Education',
  '---------',
  'Ph.D. Physics, Rutgers University, 2003',
  '',
  '.. Technical skills',
  '.. ----------------',
  '.. * Languages: C, Python',
  '',
  '..',
  '   Worked with a team on an old project',
  '',
  '.. _NIST: https://www.nist.gov',
  '',
  'Experience',
  '----------',
  '* Staff scientist, NIST, 2005-Present',
  '',
  '.. note:: Available on request.',
  '',
].join('\n');

test('rst: comments (".. Technical skills", ".." over an indented block), targets and an image directive with its options are hidden; a directive that prints text is not', () => {
  const lines = splitLines(CV);
  assert.deepEqual(
    restHiddenLines(lines).map((k) => lines[k].text),
    ['.. image:: photo.jpg', '   :width: 120', '.. Technical skills', '.. ----------------', '.. * Languages: C, Python', '..', '   Worked with a team on an old project', '.. _NIST: https://www.nist.gov'],
  );
});

test('rst: a reST résumé read by either reader has no section or role made of its comments, and keeps every offset', () => {
  for (const r of [parseMarkdown(CV), parseText(CV)]) {
    assert.deepEqual(r.sections.map((s) => s.title), ['Education', 'Experience']);
    const role = r.sections[1].entries[0];
    assert.equal(CV.slice(role.title!.span.start, role.title!.span.end), 'Staff scientist');
  }
});

test('rst: a plain-text résumé that only has a line opening with ".." (no underlined heading) is left alone', () => {
  assert.deepEqual(restHiddenLines(splitLines('Jo Doe\n.. and more\nExperience\n')), []);
});

test('rst: a title underlined with backticks exactly as long as it ("QuinStreet - Tech Lead (…)" / "````…") is a title, no Markdown code fence hiding the rest', () => {
  const head = 'QuinStreet - Tech Lead (November 2010 - Present)';
  const text = ['BRADY ROE', '=========', '', 'WORK EXPERIENCE', '---------------', '', head, '`'.repeat(head.length), '- Work with business users to define project requirements.', '- Coordinate efforts of development teams.', '', 'QuinStreet - Web Developer (March 2007 - November 2010)', '`'.repeat(55), '- Migrated WorldwideLearn.com to the CodeIgniter framework.', ''].join('\n');
  const r = parseMarkdown(text);
  assert.deepEqual(r.sections.flatMap((s) => s.entries).map((e) => [e.title?.value, e.organisation?.value, e.bullets.length]), [
    ['Tech Lead', 'QuinStreet', 2],
    ['Web Developer', 'QuinStreet', 1],
  ]);
});
