import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resumeOf } from './model-builder';

test('model-builder spans point at the text they name', () => {
  const { text, resume } = resumeOf([{ title: 'Lead', org: 'Initech', dates: ['2019-03', '2021-05'], bullets: ['Cut costs 20%'] }]);
  const e = resume.sections[0].entries[0];
  assert.equal(text.slice(e.title!.span.start, e.title!.span.end), 'Lead');
  assert.equal(text.slice(e.organisation!.span.start, e.organisation!.span.end), 'Initech');
  assert.equal(text.slice(e.dates!.span.start, e.dates!.span.end), '2019-03 – 2021-05');
  assert.equal(text.slice(e.dates!.end!.span.start, e.dates!.end!.span.end), '2021-05');
  assert.equal(text.slice(e.bullets[0].span.start, e.bullets[0].span.end), 'Cut costs 20%');
  assert.equal(text.slice(resume.contact.email!.span.start, resume.contact.email!.span.end), 'jane@example.com');
});
