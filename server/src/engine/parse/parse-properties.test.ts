// Property tests for the Markdown and plain-text parsers and the date reader: on any input they
// never throw, every span lies inside the text with start <= end, bullets equal their slice, and
// the same input gives the same model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMarkdown } from './markdown';
import { parseText } from './text';
import { findDateRange, parseDate } from './dates';
import type { Resume, Span } from '../model';

// Pieces résumés are made of, so random documents reach the interesting paths (headings, roles,
// dates, bullets, markup, CRLF) far more often than uniform random strings would.
const fragments = [
  '# ', '## ', '### ', '#### ', 'Experience', 'EXPERIENCE', 'Work History', 'Education', 'Skills:', 'Projects', 'SUMMARY', '====', '----', '---\n',
  '- ', '* ', '• ', '◦ ', '▪ ', '1. ', '> ', ': ', '| ', ' | ', '|---|---|', '**', '__', '*', '_', '`', '\\$', '<span>', '</span>', '<!--', '-->', '```',
  '[link](http://x.io)', 'Acme Inc', 'Senior Engineer', 'Austin, TX', 'Jan 2019', 'Sept. 2019', '03/2019', '2019-03', '2019-03-15', '2019', 'Summer 2018',
  'Sep 1, 2016', '1 Sep 2016', ' – ', ' - ', '—', '--', ' to ', 'Present', 'now', '??? — ', 'Expected May 2026', 'Graduated 2009', '(', ')', ', ',
  '13/2020', 'Febtember 2020', 'Built a thing for 40% less', 'jane@example.com', '+1 (415) 555-0100', 'linkedin.com/in/x', 'name: Jane\n',
  '\n', '\n', '\n', '\r\n', '\r', '  ', '\t', '😀', 'שלום', 'مرحبا', 'e\u0301', '\u0000', '2012年至今',
];

const doc = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...fragments), { maxLength: 80 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

function checkSpans(r: Resume, text: string): void {
  const lettersOf = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f´`ˆ¨˜¸ˇ\s]/g, '');
  const inside = (s: Span | undefined, what: string) => {
    if (!s) return;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer span`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: span ${s.start}-${s.end} outside 0-${text.length}`);
  };
  const c = r.contact;
  for (const f of [c.name, c.email, c.phone, c.location, ...c.links, r.summary, ...r.skills]) inside(f?.span, `field ${f?.value}`);
  for (const p of r.problems) inside(p.span, 'problem');
  for (const s of r.sections) {
    inside(s.span, 'section');
    inside(s.headingSpan, 'heading');
    for (const e of s.entries) {
      inside(e.span, 'entry');
      inside(e.headerSpan, 'header');
      for (const f of [e.title, e.organisation, e.location]) inside(f?.span, `entry field ${f?.value}`);
      inside(e.dates?.span, 'dates');
      inside(e.dates?.start?.span, 'start');
      inside(e.dates?.end?.span, 'end');
      for (const b of e.bullets) {
        inside(b.span, 'bullet');
        const slice = text.slice(b.span.start, b.span.end);
        if (!b.offsets) assert.equal(b.text, slice, 'bullet text must equal its slice');
        else {
          // Read from the composed text (accents set on their letters, small-capital dates joined):
          // the same letters in the same order, and every index mapped into the span, in order.
          assert.equal(b.offsets.length, b.text.length + 1, 'one offset per index of the text, and its end');
          assert.equal(b.offsets[0], b.span.start, 'the first index maps to the span\'s start');
          assert.equal(b.offsets[b.text.length], b.span.end, 'the end maps to the span\'s end');
          for (let i = 1; i < b.offsets.length; i++) assert.ok(b.offsets[i] >= b.offsets[i - 1], 'offsets never go back');
          assert.equal(lettersOf(b.text), lettersOf(slice), 'the composed text holds the slice\'s letters');
        }
      }
    }
  }
}

for (const [name, parse] of [
  ['markdown', parseMarkdown],
  ['text', parseText],
] as const) {
  test(`${name} parser: never throws, spans inside the text, same input gives the same model`, () => {
    fc.assert(
      fc.property(doc, (text) => {
        const a = parse(text);
        checkSpans(a, text);
        assert.deepEqual(parse(text), a);
      }),
      { numRuns: 300 },
    );
  });
}

test('findDateRange and parseDate: never throw; spans are inside the line, shifted by the offset', () => {
  fc.assert(
    fc.property(doc, fc.nat(10000), (line, offset) => {
      const r = findDateRange(line, offset);
      if (r) {
        for (const s of [r.span, r.start?.span, r.end?.span]) {
          if (!s) continue;
          assert.ok(s.start >= offset && s.start <= s.end && s.end <= offset + line.length);
        }
        assert.equal(r.text, line.slice(r.span.start - offset, r.span.end - offset));
        if (r.start) assert.equal(r.start.text, line.slice(r.start.span.start - offset, r.start.span.end - offset));
      }
      const d = parseDate(line, offset);
      if (d) {
        assert.equal(d.text, line.trim());
        assert.ok(d.month === undefined || (d.month >= 1 && d.month <= 12));
      }
    }),
    { numRuns: 300 },
  );
});

test('huge documents: a section of 150,000 lines and 100,000 headings parse without throwing', () => {
  const bullets = '# Jane\n## Experience\n### Engineer, Acme (2019 - 2020)\n' + '- Shipped a thing\n'.repeat(150000);
  const r = parseMarkdown(bullets);
  assert.equal(r.sections[0].entries[0].bullets.length, 150000);
  const headings = '# Jane\n' + '## Section\n'.repeat(100000);
  assert.equal(parseMarkdown(headings).sections.length, 100000);
  const lines = 'Jane\n\nEXPERIENCE\nAcme, Engineer, 2019 - 2020\n' + 'Shipped a thing.\n'.repeat(150000);
  assert.equal(parseText(lines).sections[0].entries[0].bullets.length, 150000);
});
