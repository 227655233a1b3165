import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyToDoc, lintRule, type ProseDoc } from '../../../../test/util/prose-doc';

const RULE = 'first-person';
const bullets = (...b: string[]): ProseDoc => ({ roles: [{ dates: ['2019-01', '2021-06'], bullets: b }] });

const valid: [string, ProseDoc, Record<string, unknown>?][] = [
  ['action verb bullet', bullets('Led a team of 5 engineers to rebuild the billing service')],
  ['I/O is not a pronoun', bullets('Cut disk I/O by 40% by batching writes in the ingest path')],
  ['job level numeral', bullets('Promoted from Engineer I to Engineer II within 14 months')],
  ['course numerals', bullets('Tutored Calculus I and Physics I for 30 first-year students')],
  ['Series I funding', bullets('Raised a Series I round of $2M alongside the founders')],
  ['state code ME', bullets('Opened the Portland, ME office and hired 6 support staff')],
  ['US market', bullets('Launched the product in the US market, reaching 10K users')],
  ['gold mine is a noun', bullets('Modelled ore grades for a gold mine with 12 drill sites')],
  ['we only when strict', bullets('We shipped the v2 API to 300 customers in 6 weeks')],
  ['(i) list label', bullets('Owned (i) the release train and (ii) the on-call rota')],
];

for (const [name, doc, options] of valid)
  test(`${RULE} valid: ${name}`, () => assert.deepEqual(lintRule(RULE, doc, options).findings, []));

interface Bad {
  name: string;
  doc: ProseDoc;
  options?: Record<string, unknown>;
  words: string[];
  severity?: string;
  fixed?: string[];
}

const invalid: Bad[] = [
  { name: 'I at the start', doc: bullets('I led a team of 5 engineers to rebuild billing'), words: ['I'], fixed: ['Led a team of 5 engineers to rebuild billing'] },
  { name: 'I after a sentence', doc: bullets('Joined as the first hire. I built the data platform for 40 analysts'), words: ['I'], fixed: ['Joined as the first hire. Built the data platform for 40 analysts'] },
  { name: 'my mid-bullet', doc: bullets('Mentored my team of 4 through the migration to Kubernetes'), words: ['my'], fixed: ['Mentored the team of 4 through the migration to Kubernetes'] },
  { name: 'I was: no safe rewrite', doc: bullets('I was responsible for the payments backend of 3 apps'), words: ['I'] },
  { name: 'me and myself', doc: bullets('Taught myself Go; the CTO asked me to lead the rewrite'), words: ['myself', 'me'] },
  { name: 'contraction', doc: bullets("I'm the owner of deploy tooling used by 80 engineers"), words: ["I'm"] },
  { name: 'My at the start (no rewrite to "The")', doc: bullets('My dashboards cut weekly reporting time from 6 hours to 1'), words: ['My'] },
  { name: 'of mine', doc: bullets('Shipped a side project of mine to 2K users'), words: ['mine'] },
  { name: 'summary is a hint', doc: { summary: 'I am a backend engineer with 6 years of experience.' }, words: ['I'], severity: 'hint' },
  { name: 'summary: no one-word fix', doc: { summary: 'I build payment systems for my clients.' }, words: ['I', 'my'], severity: 'hint' },
  { name: 'strict we', doc: bullets('We shipped the v2 API to 300 customers in 6 weeks'), options: { strict: true }, words: ['We'], fixed: ['Shipped the v2 API to 300 customers in 6 weeks'] },
  { name: 'strict our', doc: bullets('Rebuilt our CI pipeline, cutting build time by 70%'), options: { strict: true }, words: ['our'], fixed: ['Rebuilt the CI pipeline, cutting build time by 70%'] },
  { name: 'At Google I led (not a numeral)', doc: bullets('At Google I led the search quality team of 12'), words: ['I'] },
];

for (const c of invalid)
  test(`${RULE} invalid: ${c.name}`, () => {
    const r = lintRule(RULE, c.doc, c.options);
    assert.deepEqual(r.findings.map((f) => r.text.slice(f.span.start, f.span.end)), c.words);
    for (const f of r.findings) {
      assert.match(f.message, /First-person/);
      assert.match(f.message, /Rewrite|Start with|Replace/);
      assert.equal(f.severity, c.severity ?? 'warning');
    }
    if (!c.fixed) {
      assert.ok(r.findings.every((f) => !f.fixes), 'no fix expected');
      return;
    }
    const f = r.findings[0];
    assert.ok(f.fixes?.length, 'a fix');
    const fixedDoc = applyToDoc(c.doc, r, f.fixes![0].edits);
    const roles = fixedDoc.roles as { bullets: string[] }[];
    assert.deepEqual(roles[0].bullets, c.fixed);
    assert.deepEqual(lintRule(RULE, fixedDoc, c.options).findings, []);
  });
