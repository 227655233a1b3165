import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintRule, type ProseDoc } from '../../../../test/util/prose-doc';

const RULE = 'bullet-length';
const bullets = (...b: string[]): ProseDoc => ({ roles: [{ dates: ['2019-01', '2021-06'], bullets: b }] });
const nWords = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const valid: [string, ProseDoc, Record<string, unknown>?][] = [
  ['exactly 8 words', bullets('Fixed 40 checkout bugs, cutting payment errors 80%')],
  ['exactly 30 words', bullets(nWords(30))],
  ['link target does not count as words', bullets('Built [the status page](https://status.example.org/a/b/c/d/e/f/g/h) for 3 products and 2K users')],
  ['skills section bullets are lists', { roles: [{ title: 'Skills', kind: 'skills', roles: [{ bullets: ['Go, Rust'] }] }] }],
  ['education details are short by nature', { roles: [{ title: 'Education', kind: 'education', roles: [{ bullets: ['GPA 3.9'] }] }] }],
  ['custom minimum', bullets('Fixed 40 checkout bugs in 2 sprints'), { minWords: 5 }],
  ['custom maximum', bullets(nWords(40)), { maxWords: 45 }],
  ['summary is not a role bullet', { summary: 'Engineer.' }],
];

for (const [name, doc, options] of valid)
  test(`${RULE} valid: ${name}`, () => assert.deepEqual(lintRule(RULE, doc, options).findings, []));

const invalid: [string, ProseDoc, number, RegExp, Record<string, unknown>?][] = [
  ['two words', bullets('Fixed bugs'), 2, /^Bullet has 2 words \(under 8\)/],
  ['one word', bullets('Mentoring'), 1, /^Bullet has 1 word \(under 8\)/],
  ['seven words', bullets('Fixed 40 checkout bugs in 2 sprints'), 7, /7 words \(under 8\)/],
  ['31 words', bullets(nWords(31)), 31, /^Bullet has 31 words \(over 30\).*split it/],
  ['markdown markup is not words', bullets('**Led** the *migration*'), 3, /3 words/],
  ['project bullets count too', { roles: [{ title: 'Projects', kind: 'projects', roles: [{ bullets: ['Wrote a parser'] }] }] }, 3, /3 words/],
  ['custom minimum', bullets('Fixed 40 checkout bugs in 2 sprints, cutting errors'), 9, /9 words \(under 10\)/, { minWords: 10 }],
  ['custom maximum', bullets(nWords(12)), 12, /12 words \(over 10\)/, { maxWords: 10 }],
];

for (const [name, doc, n, msg, options] of invalid)
  test(`${RULE} invalid: ${name}`, () => {
    const r = lintRule(RULE, doc, options);
    assert.equal(r.findings.length, 1);
    const f = r.findings[0];
    assert.match(f.message, msg);
    assert.equal(f.data?.words, n);
    const bullet = r.resume.sections[0].entries[0].bullets[0];
    // The span covers the bullet's words: from its first word to its last.
    assert.equal(f.span.start, bullet.text.search(/[\p{L}\p{N}]/u) + bullet.span.start);
    assert.match(r.text.slice(f.span.start, f.span.end), /[\p{L}\p{N}]$/u);
    assert.ok(f.span.end <= bullet.span.end);
  });
