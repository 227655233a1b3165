import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, lintRule, type LintOf, type ProseDoc } from '../../../../test/util/prose-doc';
import { runRules } from '../lint';
import { lint } from '../index';

const RULE = 'placeholder';
const bullets = (...b: string[]): ProseDoc => ({ roles: [{ dates: ['2019-01', '2021-06'], bullets: b }] });
/** The builder's header says jane@example.com (itself a placeholder); the tables look below it. */
const below = (r: LintOf) => r.findings.filter((f) => f.span.start >= r.resume.sections[0].span.start);
const said = (r: LintOf) => below(r).map((f) => r.text.slice(f.span.start, f.span.end));

const valid: [string, ProseDoc][] = [
  ['ordinary bullet', bullets('Built a todo app in Rust used by 2K people')],
  ['label with a colon', bullets('Job Title: Staff Engineer, promoted after 14 months')],
  ['real e-mail and phone', { summary: 'Reach me at jane.kim@fastmail.com or (415) 201-7734.' }],
  ['DOI with 5555', bullets('Published doi 10.5555/icml.2023.001 on sparse attention')],
  ['Markdown link text in brackets', bullets('Wrote [Company blog](https://acme.io/blog) posts read by 30K people')],
  ['lower-case prose mention', bullets('Renamed the product under a new company name for 3 markets')],
  ['HTML comment note', bullets('Cut build time 40% <!-- TODO: add the exact number -->')],
  ['roman numeral XX in a name is not XXX', bullets('Volunteered at Super Bowl XX fan events for 2 seasons')],
  ['real year', bullets('Shipped the 2020 redesign to 1M users')],
  ['a numbered achievement inside a sentence', bullets('Won Achievement 3 of the 2022 hackathon for 40 teams')],
];

for (const [name, doc] of valid) test(`${RULE} valid: ${name}`, () => assert.deepEqual(said(lintRule(RULE, doc)), []));

const invalid: [string, ProseDoc, string[], RegExp][] = [
  ['lorem ipsum', bullets('Lorem ipsum dolor sit amet, consectetur adipiscing elit'), ['Lorem ipsum', 'dolor sit amet', 'consectetur adipiscing'], /filler text/],
  ['20XX in dates line', { roles: [{ title: 'Engineer', org: 'Acme', bullets: ['Started in 20XX on the payments team'] }] }, ['20XX'], /placeholder year.*Write the real year/],
  ['Company Name as the organisation', { roles: [{ title: 'Job Title', org: 'Company Name', bullets: [] }] }, ['Job Title', 'Company Name'], /template field name/],
  ['TODO and TBD', bullets('TODO add metrics; team size TBD'), ['TODO', 'TBD'], /to-do marker/],
  ['[Your ...] slot', { summary: '[Your professional summary goes here]' }, ['[Your professional summary goes here]'], /template slot/],
  ['a numbered slot a template left in a role', bullets('[First key responsibility or achievement in this role.]'), ['[First key responsibility or achievement in this role.]'], /template slot/],
  ['XX% value', bullets('Increased conversion by XX% in Q3'), ['XX%'], /placeholder value.*Fill in the real number/],
  ['example.com e-mail', { summary: 'Contact: john.doe@example.com' }, ['john.doe@example.com'], /placeholder e-mail/],
  ['555 phone', { summary: 'Phone (555) 555-5555' }, ['(555) 555-5555'], /placeholder phone/],
  ['123-456-7890', { summary: 'Phone 123-456-7890' }, ['123-456-7890'], /placeholder phone/],
  ['profile link', { summary: 'linkedin.com/in/yourname' }, ['linkedin.com/in/yourname'], /placeholder link/],
  ['date placeholder', bullets('MM/YYYY – Present: led the team'), ['MM/YYYY'], /date placeholder/],
  ['instruction', { summary: 'Add your summary here' }, ['Add your summary here'], /template instruction/],
  // Precision review (docs/precision-review.md): FRESH's jane-fullstacker ships "Accomplishment 2" bullets.
  ['numbered template bullets', bullets('Accomplishment 2', 'Responsibility 1'), ['Accomplishment 2', 'Responsibility 1'], /numbered stub bullet.*Replace it with what you did/],
];

for (const [name, doc, words, msg] of invalid)
  test(`${RULE} invalid: ${name}`, () => {
    const r = lintRule(RULE, doc);
    assert.deepEqual(said(r), words);
    for (const f of below(r)) {
      assert.equal(f.severity, 'warning');
      assert.match(f.message, msg);
      assert.match(f.message, /left from a template: a recruiter who sees it stops reading\./);
    }
  });

test(`${RULE}: the example.com address in the header is flagged`, () => {
  const r = lintRule(RULE, {});
  assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.end)), ['jane@example.com']);
});

test(`${RULE}: YAML comments are notes to self, not leftovers`, () => {
  const built = buildDoc(bullets('Built the billing API # TODO numbers', 'Closed TBD tickets'));
  built.resume.format = 'rendercv';
  const found = runRules(built.resume, built.text).filter((f) => f.ruleId === RULE && f.span.start > built.resume.sections[0].span.start);
  assert.deepEqual(found.map((f) => built.text.slice(f.span.start, f.span.end)), ['TBD']);
});

test(`${RULE}: a leftover wrapped over two lines of a paragraph is found; paragraphs are read apart`, () => {
  const text = '# Jane Kim\n\n## Summary\n\nLorem\nipsum, and the rest of a summary.\n\nPhone\n\n(555) 555-5555 is at the end of a paragraph\n';
  const found = lint(text, 'resume.md', { today: { year: 2026, month: 11, day: 22 } })!.findings.filter((f) => f.ruleId === RULE);
  assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['Lorem\nipsum', '(555) 555-5555']);
});

test(`${RULE}: windows around hints that overlap are scanned once (a run of "@" stays cheap)`, async () => {
  const { matchesNear } = await import('./placeholder');
  // A pattern that counts the characters it is run over (each window is one exec until no match).
  let scanned = 0;
  const inner = /x@example\.com/g;
  const counting = {
    get lastIndex() {
      return inner.lastIndex;
    },
    set lastIndex(v: number) {
      inner.lastIndex = v;
    },
    exec(s: string) {
      scanned += s.length - inner.lastIndex;
      return inner.exec(s);
    },
  };
  const text = '@'.repeat(20000) + ' x@example.com';
  const found = [...matchesNear(counting, text, text, ['@'])];
  assert.deepEqual(found.map((m) => [m.index, m[0]]), [[20001, 'x@example.com']]);
  // One window per run of hints: each character read about once, not once per nearby "@".
  assert.ok(scanned <= 3 * text.length, `scanned ${scanned} characters of ${text.length}`);
});

test(`${RULE}: two e-mails on one line, and far apart, are each found once`, () => {
  const r = lintRule(RULE, { summary: `Write to a@example.com or b@example.com. ${'Word '.repeat(80)}Or c@example.com.` });
  assert.deepEqual(said(r), ['a@example.com', 'b@example.com', 'c@example.com']);
});
