import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { Entry, Resume } from '../model';
import type { Finding } from '../rule';
import { findDateRange } from '../parse/dates';
import { applyEdits } from '../../../../test/util/apply-edits';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'date-format';

/**
 * A Markdown résumé of role headers with dates read by the shared date reader, so the styles,
 * separators and "Present" words are what the parsers record, and a fixed text can be re-read.
 */
function datedResume(text: string): Resume {
  const entries: Entry[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('### ')) {
      const dates = findDateRange(line, at);
      const span = { start: at, end: at + line.length };
      entries.push({ kind: 'work', dates, bullets: [], span, headerSpan: span });
    }
    at += line.length + 1;
  }
  const heading = text.indexOf('## Experience');
  return {
    format: 'markdown',
    contact: { links: [] },
    skills: [],
    sections: [{ title: 'Experience', kind: 'experience', span: { start: heading, end: text.length }, headingSpan: { start: heading, end: heading + 13 }, entries }],
    problems: [],
  };
}

const doc = (...headers: string[]) => `# Jane Doe\njane@example.com\n\n## Experience\n\n${headers.map((h) => `### ${h}\n`).join('\n')}`;

function lint(text: string, resume: Resume = datedResume(text)): Finding[] {
  return runRules(resume, text, { rules: {}, words: [] }, today).filter((f) => f.ruleId === ID);
}
const at = (text: string, f: Finding) => text.slice(f.span.start, f.span.end);

/** Applies every finding's fix, re-reads the text and checks nothing of this rule is left. */
function fixAllAndRelint(text: string, found: Finding[]): string {
  const fixed = applyEdits(
    text,
    found.flatMap((f) => f.fixes![0].edits),
  );
  assert.deepEqual(lint(fixed).map((f) => f.message), []);
  return fixed;
}

const valid: { name: string; text: string; format?: Resume['format'] }[] = [
  { name: 'one style throughout', text: doc('Engineer, Acme (Feb 2019 – Present)', 'Developer, Initech (Mar 2016 – Jan 2019)') },
  { name: '"May" beside abbreviations', text: doc('Engineer, Acme (May 2019 – Present)', 'Developer, Initech (Mar 2016 – Apr 2019)') },
  { name: 'AP style: dotted abbreviations with March spelt out', text: doc('Engineer, Acme (Jan. 2020 – Present)', 'Developer, Initech (March 2018 – Dec. 2019)') },
  { name: 'year-only dates beside month dates', text: doc('Engineer, Acme (2019 – Present)', 'Developer, Initech (Mar 2016 – Jan 2019)') },
  { name: 'a single date range', text: doc('Engineer, Acme (February 2019 – Present)') },
  { name: 'the same separator with different spacing', text: doc('Engineer, Acme (2019 – Present)', 'Developer, Initech (2016–2018)') },
  { name: 'dates with a day are left alone', text: doc('Engineer, Acme (Sep 1, 2016 – Present)', 'Developer, Initech (Oct 2014 – Aug 2016)') },
  { name: 'one word for ongoing roles', text: doc('Engineer, Acme (2019 – Present)', 'Mentor, Club (2018 – Present)') },
];

for (const c of valid)
  test(`date-format is quiet: ${c.name}`, () => {
    assert.deepEqual(lint(c.text).map((f) => f.message), []);
  });

test('date-format is quiet on YAML, where dates are data', () => {
  const text = doc('Engineer, Acme (Feb 2019 – Present)', 'Developer, Initech (2016-03 – 2019-01)', 'Intern, Hooli (2015-06 – 2015-09)');
  const resume = datedResume(text);
  assert.equal(lint(text, resume).length, 1);
  resume.format = 'jsonresume';
  assert.deepEqual(lint(text, resume), []);
});

test('date-format: a full month name among abbreviations, fixed to the abbreviation', () => {
  const text = doc('Engineer, Acme (Feb 2019 – Present)', 'Developer, Initech (Mar 2016 – Jan 2019)', 'Intern, Hooli (March 2014 – Feb 2016)');
  const found = lint(text);
  assert.equal(found.length, 1);
  assert.equal(at(text, found[0]), 'March 2014');
  assert.equal(
    found[0].message,
    '"March 2014" is written differently from the other dates (most common style here: "Feb 2019", 4 of 5). Mixed date styles look careless to recruiters; write it as "Mar 2014".',
  );
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].fixes![0].preferred, true);
  const fixed = fixAllAndRelint(text, found);
  assert.match(fixed, /Intern, Hooli \(Mar 2014 – Feb 2016\)/);
});

test('date-format: ISO dates in a numeric document are rewritten as MM/YYYY', () => {
  const text = doc('Engineer, Acme (03/2019 – 05/2020)', 'Developer, Initech (01/2017 – 02/2019)', 'Intern, Hooli (2015-06 – 2016-12)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => [at(text, f), f.fixes![0].edits[0].newText]),
    [
      ['2015-06', '06/2015'],
      ['2016-12', '12/2016'],
    ],
  );
  fixAllAndRelint(text, found);
});

test('date-format: dotted abbreviations win, and "Feb 2018" gets its dot', () => {
  const text = doc('Engineer, Acme (Jan. 2020 – Present)', 'Developer, Initech (Feb 2018 – Dec. 2019)', 'Intern, Hooli (Aug. 2017 – Jan. 2018)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => at(text, f)),
    ['Feb 2018'],
  );
  assert.equal(found[0].fixes![0].edits[0].newText, 'Feb. 2018');
  fixAllAndRelint(text, found);
});

test('date-format: words against numbers is decided first, then the word style', () => {
  // Three dates in words (three styles) beat two numeric ones; the first word style wins the tie.
  const text = doc('Engineer, Acme (Mar. 2021 – Present)', 'Developer, Initech (June 2017 – Sept 2020)', 'Junior, Hooli (01/2015 – 04/2017)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => [at(text, f), f.fixes![0].edits[0].newText]),
    [
      ['Sept 2020', 'Sep. 2020'],
      ['01/2015', 'Jan. 2015'],
      ['04/2017', 'Apr. 2017'],
    ],
  );
  assert.match(found[1].message, /\(3 of 5 use month names, like "Mar\. 2021"\)/);
  fixAllAndRelint(text, found);
});

test('date-format: a tie goes to the style used first', () => {
  const text = doc('Engineer, Acme (Feb 2019 – Present)', 'Developer, Initech (February 2016 – 2018)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => at(text, f)),
    ['February 2016'],
  );
});

test('date-format: a "to" among dashes', () => {
  const text = doc('Engineer, Acme (2019 – Present)', 'Developer, Initech (2016 – 2018)', 'Intern, Hooli (2014 to 2016)');
  const found = lint(text);
  assert.equal(found.length, 1);
  assert.equal(at(text, found[0]), ' to ');
  assert.equal(
    found[0].message,
    'Range separator "to" differs from the "–" used in 2 of 3 date ranges. Use one separator throughout so the dates column reads cleanly; replace it with "–".',
  );
  const fixed = fixAllAndRelint(text, found);
  assert.match(fixed, /Intern, Hooli \(2014 – 2016\)/);
});

test('date-format: "Current" among "Present"', () => {
  const text = doc('Engineer, Acme (2019 – Present)', 'Mentor, Club (2018 – Present)', 'Editor, Blog (2017 – Current)');
  const found = lint(text);
  assert.equal(found.length, 1);
  assert.equal(at(text, found[0]), 'Current');
  assert.match(found[0].message, /^"Current" differs from the "Present" used in 2 of 3 ongoing roles\./);
  fixAllAndRelint(text, found);
});

test('date-format: "present" beside "Present" counts as mixed', () => {
  const text = doc('Engineer, Acme (2019 – Present)', 'Mentor, Club (2018 – Present)', 'Editor, Blog (2017 – present)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => at(text, f)),
    ['present'],
  );
});

test('date-format: one fix-all pass normalises months, separators and "Present" together', () => {
  const text = doc('Engineer, Acme (Feb 2019 – Present)', 'Developer, Initech (Mar 2016 – Jan 2019)', 'Intern, Hooli (June 2015 to Current)', 'Tutor, School (Sep 2014 – Feb 2015)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => at(text, f)),
    ['June 2015', ' to ', 'Current'],
  );
  const fixed = fixAllAndRelint(text, found);
  assert.match(fixed, /Intern, Hooli \(Jun 2015 – Present\)/);
});

// Precision review (docs/precision-review.md), from test/fixtures/parse/unmarked-bullets.txt.
test('date-format: "Expected" after the separator is not part of it, and the fix keeps it', () => {
  const text = doc('Engineer, Acme (2019 - Present)', 'Developer, Initech (2016 - 2018)', 'MSc, Porto (Sep 2024 – Expected May 2026)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => at(text, f)),
    [' – '],
  );
  assert.match(found[0].message, /^Range separator "–" differs from the "-" used in 2 of 3/);
  const fixed = fixAllAndRelint(text, found);
  assert.match(fixed, /MSc, Porto \(Sep 2024 - Expected May 2026\)/);
});

test('date-format: dates with a day vote for words, so "03/2011" is the odd one out, not "Sep 2024"', () => {
  const text = doc('Head, Vela (Sep 1, 2016 – Present)', 'SRE, Atlas (1 Sep 2012 – 31 Aug 2016)', 'Intern, Porto (03/2011 – 09/2011)', 'MSc, Porto (Sep 2024 – Jun 2026)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => [at(text, f), f.fixes![0].edits[0].newText]),
    [
      ['03/2011', 'Mar 2011'],
      ['09/2011', 'Sep 2011'],
    ],
  );
  assert.match(found[0].message, /\(5 of 7 use month names, like "Sep 2024"\)/);
  fixAllAndRelint(text, found);
});

// Precision review: test/fixtures/parse/pdf-two-column.txt writes "Aug. 2019", "June 2022" and one "Jun 2019".
test('date-format: in an AP-style document (June spelt out elsewhere) "Jun 2019" becomes "June 2019", not "Jun. 2019"', () => {
  const text = doc('Engineer, Acme (Aug. 2019 – Present)', 'Intern, Hooli (June 2018 – Sep. 2018)', 'Tutor, School (Sep. 2017 – Jun 2019)');
  const found = lint(text);
  assert.deepEqual(
    found.map((f) => [at(text, f), f.fixes![0].edits[0].newText]),
    [['Jun 2019', 'June 2019']],
  );
  fixAllAndRelint(text, found);
});
