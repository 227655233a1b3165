import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAs } from './index';
import { fencedTextBody } from './fenced';

const body = [
  'Ana Ruiz',
  '----------------------------------------------------------------',
  'Austin TX      ana@example.com      github.com/anaruiz',
  '',
  'EXPERIENCE',
  '',
  '2018-2023    ACME CORP, Staff Engineer ---------------------- Austin TX',
  '     Led the design of the billing platform for 3 product lines.',
  '',
  '2012-2018    GLOBEX, Senior Engineer ------------------------ Boston MA',
  '     Built the data pipeline that served 40 teams.',
  '',
  'EDUCATION',
  '',
  'BSc Computer Science, University of Texas',
];

test('a Markdown file that is one fenced block of plain text is read as the text résumé it holds', () => {
  const text = ['---', 'title: Ana Ruiz - Resume', '---', '', '```text', ...body, '```', ''].join('\n');
  const r = parseAs('markdown', text);
  assert.equal(r.contact.name?.value, 'Ana Ruiz');
  assert.equal(r.contact.email?.value, 'ana@example.com');
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'education']);
  assert.deepEqual(r.sections[0].entries.map((e) => [e.title?.value, e.organisation?.value, e.dates?.start?.year]), [
    ['Staff Engineer', 'ACME CORP', 2018],
    ['Senior Engineer', 'GLOBEX', 2012],
  ]);
  // Offsets stand: each field's span is its text in the file.
  const e = r.sections[0].entries[0];
  assert.equal(text.slice(e.title!.span.start, e.title!.span.end), 'Staff Engineer');
});

test('a fenced block among other Markdown, or a fence of code, is no text résumé', () => {
  assert.equal(fencedTextBody(['# Ana Ruiz', '', '```text', ...body, '```', ''].join('\n')), undefined);
  assert.equal(fencedTextBody(['```python', ...body, '```', ''].join('\n')), undefined);
  assert.equal(fencedTextBody(['```', ...body, '```', '', 'More text after it.', ''].join('\n')), undefined);
  assert.notEqual(fencedTextBody(['```', ...body, '```', ''].join('\n')), undefined);
});
