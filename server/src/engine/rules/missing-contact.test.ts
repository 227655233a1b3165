import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { Contact, Field, Resume } from '../model';
import type { ResolvedConfig } from '../config';
import { resumeOf } from '../../../../test/util/model-builder';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'missing-contact';

/** A field for the first occurrence of `value` in `text`. */
function field(text: string, value: string): Field {
  const start = text.indexOf(value);
  assert.ok(start >= 0, `${value} not in text`);
  return { value, span: { start, end: start + value.length } };
}

/** A résumé that is only a contact block: the model holds what `pick` says the parser found. */
function contactOnly(text: string, pick: (text: string) => Partial<Contact>, format: Resume['format'] = 'markdown'): { text: string; resume: Resume } {
  return { text, resume: { format, contact: { links: [], ...pick(text) }, skills: [], sections: [], problems: [] } };
}

function lint({ text, resume }: { text: string; resume: Resume }, config: ResolvedConfig['rules'][string] = {}) {
  return runRules(resume, text, { rules: { [ID]: config }, words: [] }, today)
    .filter((f) => f.ruleId === ID)
    .map((f) => ({ message: f.message, severity: f.severity, at: text.slice(f.span.start, f.span.end) }));
}

const FULL = '# Jane Doe\njane@example.com · +1 555 010 0199 · Berlin, Germany · [LinkedIn](https://linkedin.com/in/jane)\n\n## Experience\n';
const full = (t: string): Partial<Contact> => ({
  name: field(t, 'Jane Doe'),
  email: field(t, 'jane@example.com'),
  phone: field(t, '+1 555 010 0199'),
  location: field(t, 'Berlin, Germany'),
  links: [field(t, 'https://linkedin.com/in/jane')],
});

const valid: { name: string; doc: { text: string; resume: Resume }; config?: ResolvedConfig['rules'][string] }[] = [
  { name: 'every contact detail present', doc: contactOnly(FULL, full) },
  { name: 'an email the parser missed', doc: contactOnly(FULL, (t) => ({ ...full(t), email: undefined })) },
  { name: 'a phone number the parser missed', doc: contactOnly(FULL, (t) => ({ ...full(t), phone: undefined })) },
  { name: 'a location the parser missed', doc: contactOnly(FULL, (t) => ({ ...full(t), location: undefined })) },
  { name: '"Remote" as the location', doc: contactOnly('# Jane Doe\njane@example.com · +1 555 010 0199 · Remote · github.com/jane\n', (t) => ({ name: field(t, 'Jane Doe'), email: field(t, 'jane@example.com') })) },
  { name: 'a profile link the parser missed', doc: contactOnly(FULL, (t) => ({ ...full(t), links: [] })) },
  { name: 'an empty new file', doc: contactOnly('\n\n', () => ({})) },
  {
    name: 'phone, location and link checks turned off',
    doc: resumeOf([{ dates: ['2019-01', 'present'] }]),
    config: { options: { phone: false, location: false, link: false } },
  },
];

for (const c of valid)
  test(`missing-contact is quiet: ${c.name}`, () => {
    assert.deepEqual(lint(c.doc, c.config), []);
  });

test('missing-contact: no name is an error reported on the first line', () => {
  const found = lint(contactOnly(FULL, (t) => ({ ...full(t), name: undefined })));
  assert.deepEqual(found, [
    {
      message: 'No name found at the top. Recruiters and their tracking systems file a résumé under the name on it; add your full name as the first line.',
      severity: 'error',
      at: '# Jane Doe',
    },
  ]);
});

test('missing-contact: no email anywhere is an error', () => {
  const text = '# Jane Doe\n+1 555 010 0199 · Berlin, Germany · github.com/jane\n';
  const found = lint(contactOnly(text, (t) => ({ name: field(t, 'Jane Doe') })));
  assert.deepEqual(
    found.map((f) => [f.severity, f.message]),
    [['error', 'No email address. It is how recruiters reply; add one next to your name.']],
  );
});

test('missing-contact: phone, location and link are info, one each', () => {
  const found = lint(resumeOf([{ dates: ['2016-01', '2020-06'] }, { dates: ['2012-01', '2015-12'] }]));
  assert.deepEqual(
    found.map((f) => [f.severity, f.message.split('.')[0]]),
    [
      ['info', 'No phone number'],
      ['info', 'No location'],
      ['info', 'No profile link (LinkedIn, GitHub or a personal site)'],
    ],
  );
  // The dates "2016-01 – 2020-06" are not mistaken for a phone number.
});

test('missing-contact: the info findings never rise above the configured severity', () => {
  const found = lint(resumeOf([]), { severity: 'hint' });
  assert.deepEqual(
    found.map((f) => f.severity),
    ['hint', 'hint', 'hint'],
  );
});

test('missing-contact: in JSON Resume the message names the field to fill', () => {
  const text = '{\n  "basics": { "name": "Jane Doe" }\n}\n';
  const found = lint(contactOnly(text, (t) => ({ name: field(t, 'Jane Doe') }), 'jsonresume'), { options: { phone: false, location: false, link: false } });
  assert.deepEqual(
    found.map((f) => [f.message, f.at]),
    [['No email address. It is how recruiters reply; add one (basics.email).', '{']],
  );
});

test('missing-contact: a year range is not a phone number', () => {
  const text = '# Jane Doe\njane@example.com · Berlin, Germany · github.com/jane\n\n2016-2020 2018 - 2022\n';
  const found = lint(contactOnly(text, (t) => ({ name: field(t, 'Jane Doe'), email: field(t, 'jane@example.com') })));
  assert.deepEqual(
    found.map((f) => f.message.split('.')[0]),
    ['No phone number'],
  );
});

test('missing-contact: a contact block at the end with a labelled address counts as a location', () => {
  const text = '# Johnny Coder\n\n## Experience\n\n### Engineer, Acme\n\n> <email@example.com> • +00 (0)00 000 0000 • github.com/jc\n> address - Mytown, Mycountry\n';
  const { resume } = contactOnly(text, (t) => ({ name: field(t, 'Johnny Coder'), email: field(t, 'email@example.com') }));
  resume.sections = [{ title: 'Experience', kind: 'experience', span: { start: text.indexOf('## Experience'), end: text.length }, headingSpan: { start: 0, end: 0 }, entries: [] }];
  assert.deepEqual(lint({ text, resume }), []);
});

test('missing-contact: a header in another script is not judged for a location', () => {
  const text = '# 杜少陵\n> 浙江杭州\n> email@example.com\n> (+86) 101-2345-6789\n> github.com/du\n';
  assert.deepEqual(lint(contactOnly(text, (t) => ({ name: field(t, '杜少陵') }))), []);
});

test('missing-contact: quiet on a file that could not be read', () => {
  const doc = contactOnly('content:\n  basics:\n   - bad\n', () => ({}), 'yamlresume');
  doc.resume.problems.push({ code: 'yaml-syntax', severity: 'error', message: 'x', span: { start: 0, end: 1 } });
  assert.deepEqual(lint(doc), []);
});

test('missing-contact: in YAML the finding sits on the first key, not on comments', () => {
  const text = '# yaml-language-server: $schema=x\n---\ncv:\n  name: Jane Doe\n';
  const found = lint(contactOnly(text, (t) => ({ name: field(t, 'Jane Doe') }), 'rendercv'), { options: { phone: false, location: false, link: false } });
  assert.deepEqual(
    found.map((f) => f.at),
    ['cv:'],
  );
});
