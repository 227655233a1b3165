import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { Resume } from '../model';
import { resumeOf } from '../../../../test/util/model-builder';
import fc from 'fast-check';
import { maskNonProse } from '../text/prose';
import { PERSONAL_PATTERNS } from '../data/personal-info';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'personal-info';

/** Lints `text` as a résumé of that format; the model is empty because this rule reads the text. */
function lint(text: string, options: Record<string, unknown> = {}, format: Resume['format'] = 'markdown') {
  const resume: Resume = { format, contact: { links: [] }, skills: [], sections: [], problems: [] };
  return runRules(resume, text, { rules: { [ID]: { options } }, words: [] }, today)
    .filter((f) => f.ruleId === ID)
    .map((f) => ({ at: text.slice(f.span.start, f.span.end), category: f.data?.category, message: f.message }));
}
const head = (line: string) => `# Jane Doe\njane@example.com · Berlin, Germany\n${line}\n\n## Experience\n\n### Engineer, Acme (2019 – Present)\n- Cut build time 40%\n`;

const valid: { name: string; text: string; options?: Record<string, unknown>; format?: Resume['format'] }[] = [
  { name: 'a résumé with only contact and work', text: head('linkedin.com/in/jane') },
  { name: '"single-page app" and "single sign-on"', text: head('- Built a single-page app with single sign-on') },
  { name: 'an HTML comment with advice to the author', text: head('<!-- Do not include your date of birth or marital status -->') },
  { name: 'photo and date of birth in a German CV', text: head('![Jane](jane.jpg)\nDate of birth: 12 May 1990'), options: { locale: 'de' } },
  { name: 'nationality and marital status with locale de-DE', text: head('Nationality: German · Marital status: married'), options: { locale: 'de-DE' } },
  { name: 'a build badge in the header', text: head('![build](https://img.shields.io/badge/build-passing-green.svg)') },
  { name: 'years of experience are not an age', text: head('- 10 years of experience leading a 30-person team') },
  { name: 'an empty JSON Resume image', text: '{\n  "basics": {\n    "name": "Jane Doe",\n    "image": ""\n  }\n}\n', format: 'jsonresume' },
  { name: 'a RenderCV photo key left empty', text: 'cv:\n  name: Jane Doe\n  photo:\n  email: jane@example.com\n', format: 'rendercv' },
  { name: 'an employer named Social Security Administration', text: head('### Analyst, Social Security Administration (2015 – 2018)') },
  { name: 'a phone number in 3-3-4 shape', text: head('+1 555-010-0199') },
  { name: 'work authorisation stated', text: head('Citizenship: US · Authorised to work in the UK') },
];

for (const c of valid)
  test(`personal-info is quiet: ${c.name}`, () => {
    assert.deepEqual(lint(c.text, c.options, c.format), []);
  });

test('personal-info: date of birth, with what to do', () => {
  const found = lint(head('Date of birth: 12 May 1990'));
  assert.deepEqual(found, [
    {
      at: 'Date of birth',
      category: 'dob',
      message:
        'Date of birth on the résumé ("Date of birth"). Employers in the US, UK and Canada avoid age details (age-discrimination law) and some discard such résumés; remove it. (Expected in some countries: set personal-info\'s locale, e.g. "de".)',
    },
  ]);
});

test('personal-info: "Born in 1990" and "Age: 34"', () => {
  const found = lint(head('Born in 1990 · Age: 34'));
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    [
      ['dob', 'Born in 1990'],
      ['age', 'Age: 34'],
    ],
  );
});

test('personal-info: marital status', () => {
  const found = lint(head('Married, two children'));
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    [['marital', 'Married']],
  );
});

test('personal-info: a photo among the contact lines', () => {
  const found = lint(head('![Jane Doe](jane.jpg)'));
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    [['photo', '![Jane Doe](jane.jpg)']],
  );
});

test('personal-info: a photo named as such further down, as HTML', () => {
  const { text } = resumeOf([{ dates: ['2019-01', 'present'], bullets: ['Cut costs 20%'] }]);
  const withPhoto = `${text}\n<img src="headshot.png" width="120">\n`;
  const found = lint(withPhoto);
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    [['photo', '<img src="headshot.png" width="120">']],
  );
});

test('personal-info: a JSON Resume image points at the value', () => {
  const text = '{\n  "basics": {\n    "name": "Jane Doe",\n    "image": "https://example.com/jane.jpg"\n  }\n}\n';
  const found = lint(text, {}, 'jsonresume');
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    [['photo', 'https://example.com/jane.jpg']],
  );
});

test('personal-info: a US social security number', () => {
  const found = lint(head('SSN: 123-45-6789'));
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    [
      ['id', 'SSN'],
      ['id', '123-45-6789'],
    ],
  );
  assert.match(found[0].message, /identity-theft risk; remove it\.$/);
});

test('personal-info: locale ja expects photo and birth date but not religion', () => {
  const found = lint(head('![me](me.jpg)\nDate of birth: 1990-05-12\nReligion: Buddhist'), { locale: 'ja-JP' });
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    [['religion', 'Religion:']],
  );
});

test('personal-info: the same text in the default locale reports all three', () => {
  const found = lint(head('![me](me.jpg)\nDate of birth: 1990-05-12\nReligion: Buddhist'));
  assert.deepEqual(
    found.map((f) => f.category),
    ['photo', 'dob', 'religion'],
  );
});

test('personal-info: labels split over a line break are found as before (the document is scanned in chunks)', () => {
  const found = lint(head('Nationality\n: German\npassport\n# 123\n- Gender\n  : F\nsex\n-x.com: F'));
  assert.deepEqual(
    found.map((f) => [f.category, f.at]),
    // "-x.com" is masked, so the colon after it is read as the label's.
    [['nationality', 'Nationality\n:'], ['id', 'passport\n#'], ['gender', 'Gender\n  :'], ['gender', 'sex\n-x.com:']],
  );
});

test('personal-info: findings equal a scan of the whole masked document', () => {
  // The reference: every pattern over maskNonProse(text), reported in pattern order without overlaps.
  const reference = (text: string) => {
    const out: [string, string][] = [];
    const spans: [number, number][] = [];
    const masked = maskNonProse(text);
    for (const { category, pattern } of PERSONAL_PATTERNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
        const s = m.index;
        const e = s + m[0].length;
        if (spans.some(([a, b]) => a < e && s < b)) continue;
        spans.push([s, e]);
        out.push([category, text.slice(s, e)]);
      }
      pattern.lastIndex = 0;
    }
    return out;
  };
  const pieces = ['\n', ' ', '- ', '* ', '| ', '-', 'x.com', 'Nationality', ':', 'born', '1990', '12', 'May', 'age', 'aged', 'years', 'old', 'married', 'passport', '#', 'no.', 'Gender', 'sex', '123-45-6789', '`x`', 'a.com', '<!-- ', ' -->', 'Led', 'x', '"', "'"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), (t) => {
      const text = `# Jane\n${t}\n`;
      // Findings come sorted by position; the reference keeps pattern order (which decides overlaps).
      const key = (a: unknown[][]) => a.map((x) => JSON.stringify(x)).sort();
      assert.deepEqual(key(lint(text).map((f) => [f.category, f.at])), key(reference(text)));
    }),
    { numRuns: 1000 },
  );
});
