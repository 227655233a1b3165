import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bulletProse, fieldProse, maskNonProse, NOT_PROSE, proseSpan } from './prose';
import type { Entry, Section } from '../model';

test('fieldProse maps a plain value straight onto its span', () => {
  const source = 'summary: I led teams\n';
  const p = fieldProse({ value: 'I led teams', span: { start: 9, end: 20 } }, source, 'summary');
  assert.equal(source.slice(p.toDoc(2), p.toDoc(5)), 'led');
  assert.equal(p.toDoc(11), 20);
});

test('fieldProse finds the words after a PDF ligature the value writes as letters', () => {
  // The parser reads "ﬁtness" as "fitness"; every word after it must still land on its own place
  // (once, all of them landed on the field's last letter, and a fix replaced the wrong text).
  const source =
    'I also\nlove \ufb01tness, martial arts, videogames, news and Sci-Fi series.\nTech:\nLoves:\n\nMeteor, Javascript, Bootstrap, Git,\n' +
    'Webstorm, Terminal\nGlobal Game Jam, Stackover\ufb02ow, Fitness and Martial Arts';
  const value =
    'I also love fitness, martial arts, videogames, news and Sci-Fi series. Tech: Loves: Meteor, Javascript, Bootstrap, Git, ' +
    'Webstorm, Terminal Global Game Jam, Stackoverflow, Fitness and Martial Arts';
  const p = fieldProse({ value, span: { start: 0, end: source.length } }, source, 'summary');
  const at = (w: string) => {
    const i = value.indexOf(w);
    const s = proseSpan(p, i, i + w.length);
    return source.slice(s.start, s.end);
  };
  assert.equal(at('Javascript'), 'Javascript');
  assert.equal(at('news'), 'news');
  assert.equal(at('fitness'), '\ufb01tness');
  assert.equal(at('Stackoverflow'), 'Stackover\ufb02ow');
  assert.equal(at('Webstorm'), 'Webstorm');
  assert.equal(at('Martial Arts'), 'Martial Arts');
});

test('fieldProse aligns a quoted, escaped, folded YAML/JSON value with its source', () => {
  const source = '"summary": "She said \\"I led\\" the\n   platform team"';
  const start = source.indexOf('"She');
  const value = 'She said "I led" the platform team';
  const p = fieldProse({ value, span: { start, end: source.length } }, source, 'summary');
  const i = value.indexOf('led');
  assert.equal(source.slice(proseSpan(p, i, i + 3).start, proseSpan(p, i, i + 3).end), 'led');
  const j = value.indexOf('platform');
  assert.equal(source.slice(proseSpan(p, j, j + 8).start, proseSpan(p, j, j + 8).end), 'platform');
});

test('fieldProse finds a two-column summary\'s words between the other column\'s', () => {
  // pdftotext -layout of a two-column page: the summary is the right column's text of four lines.
  const source = [
    'CONTACT                             SUMMARY',
    'Tampa, FL 33610                     Call center team lead with 8 years in inbound customer service for',
    '(813) 555-0119                      telecom and insurance carriers. I coach agents to hit quality and',
    'mdelgado.cx@quickmail.net           handle-time goals without burning them out, and I own escalations.',
  ].join('\n');
  const start = source.indexOf('Call');
  const value = 'Call center team lead with 8 years in inbound customer service for telecom and insurance carriers. I coach agents to hit quality and handle-time goals without burning them out, and I own escalations.';
  const p = fieldProse({ value, span: { start, end: source.length } }, source, 'summary');
  for (const word of ['telecom', 'I coach', 'handle-time', 'I own']) {
    const i = value.indexOf(word);
    const s = proseSpan(p, i, i + word.length);
    assert.equal(source.slice(s.start, s.end), word, word);
  }
});

test('fieldProse keeps every span inside the field, even where the value drifts from its source', () => {
  // The value's tail matches nothing in the source (the reader cleaned it): its characters sit on the field's last one.
  const p = fieldProse({ value: 'alpha betaxyz', span: { start: 0, end: 10 } }, 'alpha beta', 'summary');
  assert.deepEqual(proseSpan(p, 6, 13), { start: 6, end: 10 });
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'J', 'AN', ' ', '*', '|', '😀') }), fc.string({ unit: fc.constantFrom('a', 'b', 'J', 'AN', ' ', '*', '|', '😀') }), (raw, value) => {
      fc.pre(raw.length > 0 && value.length > 0);
      const source = `x ${raw}`;
      const f = fieldProse({ value, span: { start: 2, end: source.length } }, source, 'summary');
      for (let a = 0; a < value.length; a++) {
        const sp = proseSpan(f, a, Math.min(value.length, a + 3));
        assert.ok(sp.start >= 2 && sp.end <= source.length && sp.start <= sp.end, JSON.stringify({ raw, value, a, sp }));
      }
    }),
  );
});

test('bulletProse follows a YAML bullet offset map', () => {
  const source = "- 'It''s done'";
  const text = "It's done";
  const offsets = [3, 4, 6, 7, 8, 9, 10, 11, 12, 13];
  const p = bulletProse({ text, span: { start: 3, end: 13 }, offsets }, {} as Entry, {} as Section);
  assert.equal(source.slice(p.toDoc(5), p.toDoc(9)), 'done');
});

test('maskNonProse blanks links, e-mails, code, comments and entities but keeps offsets', () => {
  const text = 'Built [site](https://a.io/x) for ops@acme.io with `recieve()` <!-- TODO --> &amp; www.acme.com';
  const masked = maskNonProse(text);
  assert.equal(masked.length, text.length);
  assert.deepEqual(masked.split(/\s+/).filter(Boolean), ['Built', '[site', 'for', 'with']);
});

test('maskNonProse keeps money amounts (not LaTeX) and masks LaTeX', () => {
  assert.equal(maskNonProse('Saved $5M and $3M'), 'Saved $5M and $3M');
  assert.equal(maskNonProse('in $\\mathcal{O}(n)$ time').trim().split(/\s+/).join(' '), 'in time');
});

test('masking equals replacing every NOT_PROSE match by spaces, including on text the quick pre-check passes over (property)', () => {
  const pieces = ['<!-- x -->', '<b>', '`code`', '](https://a.b)', '][1]', 'https://x.io/a', 'mailto:a@b.co', 'www.site.org', 'me@mail.com',
    'acme.com', 'node.js', '$x$', '$$y$$', '\\alpha', '&amp;', 'http', 'www', 'com', 'mailto', 'tel', 'Led', ' ', '\n', '.', ':', '@', '<', '`',
    ']', '$', '\\', '&', '(', ')', '"', '#', 'e', 'ftp', 'https', 'io', 'uk', 'Www', '-', '_', '+', '['];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')), (t) => {
      const want = t.replace(new RegExp(NOT_PROSE.source, NOT_PROSE.flags), (x) => ' '.repeat(x.length));
      assert.equal(maskNonProse(t), want);
    }),
    { numRuns: 500 },
  );
});
