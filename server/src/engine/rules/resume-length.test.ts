import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../lint';
import type { Resume } from '../model';
import { resumeOf } from '../../../../test/util/model-builder';
import { countWords, fmt } from './resume-length';

const today = { year: 2026, month: 11, day: 22 };
const ID = 'resume-length';

/** Bullets of ten words each, `total` words in all (plus the builder's 7 header words). */
function bulletsOf(total: number): string[] {
  const out: string[] = [];
  for (let left = total; left > 0; left -= 10) out.push(Array.from({ length: Math.min(10, left) }, (_, i) => `word${i}`).join(' '));
  return out;
}
/** A Markdown résumé of exactly `n` words ("Jane Doe", "Experience", "Engineer", "Acme", "2019-03", "present" make the first 7). */
function ofWords(n: number) {
  return resumeOf([{ dates: ['2019-03', 'present'], bullets: bulletsOf(n - 7) }]);
}

function lint(text: string, resume: Resume, options: Record<string, unknown> = {}) {
  return runRules(resume, text, { rules: { [ID]: { options } }, words: [] }, today)
    .filter((f) => f.ruleId === ID)
    .map((f) => ({ message: f.message, at: text.slice(f.span.start, f.span.end), words: f.data?.words, severity: f.severity }));
}

test('the builder résumé has the word count the tests assume', () => {
  const { text, resume } = ofWords(500);
  assert.equal(countWords(resume, text), 500);
});

const withComment = (() => {
  const { text, resume } = ofWords(700);
  return { text: `${text}<!-- ${'note '.repeat(400)}-->\n`, resume };
})();
const withFrontMatter = (() => {
  const { text, resume } = ofWords(700);
  // Front matter shifts nothing the rule reads (it counts text), so the model can stay as built.
  return { text: `---\nlayout: cv\ntitle: ${'x '.repeat(300)}\n---\n${text}`, resume };
})();
const withLinks = (() => {
  const { text, resume } = ofWords(795);
  return { text: `${text}[GitHub](https://github.com/jane/some/deep/path/with/many/segments/in/it)\n`, resume };
})();

const valid: { name: string; doc: { text: string; resume: Resume }; options?: Record<string, unknown> }[] = [
  { name: '500 words', doc: ofWords(500) },
  { name: 'exactly 300 words', doc: ofWords(300) },
  { name: 'exactly 800 words', doc: ofWords(800) },
  { name: 'an empty file', doc: { text: '', resume: { format: 'markdown', contact: { links: [] }, skills: [], sections: [], problems: [] } } },
  { name: 'a long HTML comment is not counted', doc: withComment },
  { name: 'front matter is not counted', doc: withFrontMatter },
  { name: 'a link address is not counted', doc: withLinks },
  { name: '1,000 words under maxWords 1200', doc: ofWords(1000), options: { maxWords: 1200 } },
];

for (const c of valid)
  test(`resume-length is quiet: ${c.name}`, () => {
    assert.deepEqual(lint(c.doc.text, c.doc.resume, c.options), []);
  });

test('resume-length: too long, with the count and what to cut', () => {
  const { text, resume } = ofWords(1000);
  assert.deepEqual(lint(text, resume), [
    {
      message:
        '1,000 words, over the 800 recruiters read well: long résumés get skimmed, not read. Cut about 200 words: keep 1–2 bullets for older roles and drop bullets without a result.',
      at: '# Jane Doe',
      words: 1000,
      severity: 'info',
    },
  ]);
});

test('resume-length: too short, with the count and what to add', () => {
  const { text, resume } = ofWords(120);
  const found = lint(text, resume);
  assert.equal(found.length, 1);
  assert.equal(
    found[0].message,
    '120 words, under the 300 a recruiter expects: the résumé looks thin. Add about 180 words: 3–5 bullets with results for recent roles, and a skills line.',
  );
});

test('resume-length: minWords is an option', () => {
  const { text, resume } = ofWords(450);
  assert.equal(lint(text, resume, { minWords: 500 }).length, 1);
});

test('resume-length: in YAML/JSON only values count, not keys, dates or settings blocks', () => {
  const highlights = Array.from({ length: 100 }, (_, i) => `        "Shipped feature ${i} for users"`).join(',\n');
  const text =
    '{\n  "basics": { "name": "Jane Doe", "email": "jane@example.com" },\n' +
    '  "work": [\n    {\n      "name": "Acme",\n      "startDate": "2019-03",\n      "highlights": [\n' +
    highlights +
    '\n      ]\n    }\n  ],\n' +
    `  "meta": { "theme": "${'setting '.repeat(2000)}" }\n}\n`;
  const resume: Resume = { format: 'jsonresume', contact: { links: [] }, skills: [], sections: [], problems: [] };
  // Jane Doe (2) + Acme (1) + 100 highlights of 5 words; not the keys, the e-mail, the date or meta.
  assert.equal(countWords(resume, text), 503);
  const found = lint(text, resume, { maxWords: 450 });
  assert.equal(found.length, 1);
  assert.equal(found[0].words, 503);
  assert.equal(found[0].at, '{');
});

test('resume-length: quiet on a file that could not be read', () => {
  const { text, resume } = ofWords(50);
  resume.problems.push({ code: 'yaml-syntax', severity: 'error', message: 'x', span: { start: 0, end: 1 } });
  assert.deepEqual(lint(text, resume), []);
});

test('resume-length: quiet on a résumé written in Chinese (no spaces between words)', () => {
  const text = '# 杜少陵\n## 高级Android工程师\n\n扎实的Java基础，富有激情与创意。负责核心模块的设计与开发。\n';
  const resume: Resume = { format: 'markdown', contact: { links: [] }, skills: [], sections: [], problems: [] };
  assert.deepEqual(lint(text, resume), []);
});

test('resume-length: the finding sits on the name, not on front matter or a comment', () => {
  const { text, resume } = ofWords(100);
  const framed = `---\nlayout: cv\n---\n<!-- my notes -->\n${text}`;
  const found = lint(framed, resume);
  assert.equal(found.length, 1);
  assert.equal(found[0].at, '# Jane Doe');
});

test('resume-length: counts are written as toLocaleString writes them in English', () => {
  for (const n of [0, 7, 42, 999, 1000, 1234, 12345, 123456, 1234567, 9007199254740991, -5, -1000, -123456, 0.5, 1234.5678, -0, NaN, Infinity])
    assert.equal(fmt(n), n.toLocaleString('en-US'), String(n));
});
