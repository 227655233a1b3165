import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyToDoc, buildDoc, lintRule, type ProseDoc } from '../../../../test/util/prose-doc';
import { lint } from '../index';
import { runRules } from '../lint';
import { defaultConfig } from '../config';

const RULE = 'first-person';
const bullets = (...b: string[]): ProseDoc => ({ roles: [{ dates: ['2019-01', '2021-06'], bullets: b }] });

const valid: [string, ProseDoc, Record<string, unknown>?][] = [
  ['a lower-case i that is no pronoun', bullets('Listed the causes (i) drift and (ii) noise, i.e. 2 of 5 faults')],
  ['action verb bullet', bullets('Led a team of 5 engineers to rebuild the billing service')],
  // A résumé in another language: "me encargué" holds no English pronoun.
  ['Spanish prose', bullets('Me encargué de la gestión de los expedientes de la unidad', 'Apoyo en la investigación de campo para la fiscalía', 'Elaboración de informes técnicos con el equipo forense')],
  ['I/O is not a pronoun', bullets('Cut disk I/O by 40% by batching writes in the ingest path')],
  ['job level numeral', bullets('Promoted from Engineer I to Engineer II within 14 months')],
  ['course numerals', bullets('Tutored Calculus I and Physics I for 30 first-year students')],
  ['Series I funding', bullets('Raised a Series I round of $2M alongside the founders')],
  ['state code ME', bullets('Opened the Portland, ME office and hired 6 support staff')],
  ['US market', bullets('Launched the product in the US market, reaching 10K users')],
  ['gold mine is a noun', bullets('Modelled ore grades for a gold mine with 12 drill sites')],
  ['(i) list label', bullets('Owned (i) the release train and (ii) the on-call rota')],
  ['letter-spaced heading read as text', { summary: 'S K I L L S and E X P E R I E N C E' }],
  // A site's pointer to the document (wild12, wild25 blind labels): no line of the résumé.
  ['a pointer to the CV itself', { summary: 'Download a full PDF copy of my CV here. You can find a link to my full CV here, but here is a briefing.' }],
  ['a word split at a line end', bullets('Built a realtime classroom app using Me-\nteor and React for 30 schools')],
  ['course numerals in a list', bullets('Took BSL I, II and Fluid Mechanics I \u2022 Statics for 4 terms')],
  ['pronouns inside a quoted title', bullets('Produced the series \u201c[How We Cover Our Town](https://example.org/town)\u201d for 3 stations', "Launched the 'My Savings Story' feature for 40K users", 'Edited "What I Learned at Sea" for the 2020 issue')],
  ['pronouns inside a quotation typed with unmatched marks', bullets('Integrated the \u201cFollow Me\u2019 wargame into 4 courses for 200 cadets')],
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
  { name: 'a lower-case i before a verb', doc: bullets('Ran the social media, a task i assisted with for 2 years'), words: ['i'] },
  { name: 'I was: no safe rewrite', doc: bullets('I was responsible for the payments backend of 3 apps'), words: ['I'] },
  { name: 'me and myself', doc: bullets('Taught myself Go; the CTO asked me to lead the rewrite'), words: ['myself', 'me'] },
  { name: 'contraction', doc: bullets("I'm the owner of deploy tooling used by 80 engineers"), words: ["I'm"] },
  { name: 'a contraction of I typed in lower case', doc: bullets("Kept 3 kitchens running and i'm able to work under pressure"), words: ["i'm"] },
  { name: 'My at the start (no rewrite to "The")', doc: bullets('My dashboards cut weekly reporting time from 6 hours to 1'), words: ['My'] },
  { name: 'of mine', doc: bullets('Shipped a side project of mine to 2K users'), words: ['mine'] },
  { name: 'summary is info', doc: { summary: 'I am a backend engineer with 6 years of experience.' }, words: ['I'], severity: 'info' },
  { name: 'summary: no one-word fix', doc: { summary: 'I build payment systems for my clients.' }, words: ['I', 'my'], severity: 'info' },
  { name: 'we is a hint without strict', doc: bullets('We shipped the v2 API to 300 customers in 6 weeks'), words: ['We'], severity: 'hint', fixed: ['Shipped the v2 API to 300 customers in 6 weeks'] },
  { name: 'our in the summary is a hint', doc: { summary: 'Backend engineer; our team ships payment systems.' }, words: ['our'], severity: 'hint' },
  { name: 'my in a sentence beside a pointer to the CV', doc: { summary: 'Download my CV here. My work is in payments.' }, words: ['My'], severity: 'info' },
  { name: 'I in a summary sentence after another', doc: { summary: 'Backend engineer with 6 years in payments. I enjoy hard problems.' }, words: ['I'], severity: 'info' },
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

test(`${RULE}: a role description is read, at info, with a one-word fix at a sentence start`, () => {
  const doc: ProseDoc = { roles: [{ dates: ['2018-03', '2020-01'], description: 'Crypto exchange. I built the front end; my team grew to 6.', bullets: [] }] };
  const r = lintRule(RULE, doc);
  assert.deepEqual(r.findings.map((f) => [r.text.slice(f.span.start, f.span.end), f.severity]), [['I', 'info'], ['my', 'info']]);
  assert.match(r.findings[0].message, /^First-person "I" in a role description: /);
  const fixed = applyToDoc(doc, r, r.findings[0].fixes![0].edits);
  assert.equal((fixed.roles as { description: string }[])[0].description, 'Crypto exchange. Built the front end; my team grew to 6.');
});

test(`${RULE}: a summary pronoun is info, or quieter when the rule is set quieter`, () => {
  const doc: ProseDoc = { summary: 'I build payment systems.' };
  assert.equal(lintRule(RULE, doc).findings[0].severity, 'info');
  const built = buildDoc(doc);
  const quiet = runRules(built.resume, built.text, { rules: { [RULE]: { severity: 'hint' } }, words: [] }, { year: 2026, month: 6, day: 15 }).filter((f) => f.ruleId === RULE);
  assert.equal(quiet[0].severity, 'hint');
});

test(`${RULE}: JSON Resume work[].summary and RenderCV entry summaries are read with exact spans`, () => {
  const json = '{\n  "basics": {"name": "Ada Byron", "summary": "Engineer."},\n  "work": [{"name": "Tokenized", "position": "Developer", "startDate": "2020-05-05", "endDate": "2021-05-05",\n    "summary": "A \\"wallet\\" app. I built the front end."}]\n}\n';
  const j = lint(json, 'resume.json', { today: { year: 2026, month: 6, day: 15 } })!.findings.filter((f) => f.ruleId === RULE);
  assert.deepEqual(j.map((f) => [json.slice(f.span.start, f.span.end), f.severity]), [['I', 'info']]);
  const yaml = 'cv:\n  name: Ada Byron\n  sections:\n    experience:\n      - company: Acme\n        position: Engineer\n        start_date: 2019-01\n        end_date: 2021-06\n        summary: Payments team,\n          where I led the move to Kafka.\n        highlights:\n          - Cut settlement time by 40%\n';
  const y = lint(yaml, 'Ada_CV.yaml', { today: { year: 2026, month: 6, day: 15 } })!.findings.filter((f) => f.ruleId === RULE);
  assert.deepEqual(y.map((f) => yaml.slice(f.span.start, f.span.end)), ['I']);
});

test(`${RULE}: pastimes in an interests section are the person's own ("Spend time with my family"); a research statement and dated activities are still read`, () => {
  const said = (text: string) => lint(text, 'cv.md')!.findings.filter((f) => f.ruleId === RULE).map((f) => text.slice(f.span.start, f.span.end));
  const head = '# Robin Vale\n\n## Experience\n\n### Engineer, Acme (2019 – 2021)\n\n- Built the billing service for 40 teams\n\n';
  assert.deepEqual(said(`${head}## Interests\n\n- Spend time with my wife and child, reading and cooking\n- Karate has taught me a lot\n`), []);
  assert.deepEqual(said(`${head}## Research Interests\n\nMy research lies in plasma physics.\n`), ['My']);
  assert.deepEqual(said(`${head}## Interests\n\n### Volunteer, Open Day (2019)\n\n- I helped 40 students with their first program\n`), ['I']);
});

test(`${RULE}: in a publications section a sentence in the writer's own voice is read ("I have published 35 articles"); citations and titles are not`, () => {
  const said = (text: string) => lint(text, 'cv.md')!.findings.filter((f) => f.ruleId === RULE).map((f) => text.slice(f.span.start, f.span.end));
  const head = '# Robin Vale\n\n## Experience\n\n### Engineer, Acme (2019 – 2021)\n\n- Built the billing service for 40 teams\n\n';
  assert.deepEqual(said(`${head}## Publications\n\nI have published 35 peer-reviewed journal articles:\n\n- Vale, R. (2020). What My Patients Taught Me. Journal of Care, 4(2).\n- Vale, R. and Lee, K. (2019). How I Learned to Stop Worrying. Nature.\n`), ['I']);
});

test('first-person: "I" in a sentence no field of the model holds ("Media training: I have taught …") is the writer\'s voice; a form\'s words there ("May we contact this employer?", "contact me first") are not', () => {
  // The model's spans cover the role; the lines added after it are held by no field.
  const built = buildDoc({ roles: [{ dates: ['2019-01', '2021-06'], bullets: ['Wrote 40 articles for the science desk'] }] });
  const loose = ['Media training: I have taught various media skills to scientists in Eastern Europe as part of a competition.', 'May we contact this employer? Yes, and we can arrange a call with them at any time of the day.', 'Okay to contact this supervisor: please contact me first, as my manager is away on leave this month.'];
  const text = `${built.text}\n${loose.join('\n')}\n`;
  const found = runRules(built.resume, text, defaultConfig, { year: 2026, month: 12, day: 6 }).filter((f) => f.ruleId === 'first-person');
  assert.deepEqual(found.map((f) => [text.slice(f.span.start, f.span.end), f.message.includes('a sentence of the résumé')]), [['I', true]]);
});

test('first-person: an Org résumé\'s unexported notes (a :noexport: subtree, a comment block) are no sentence of the page', () => {
  const text = [
    '#+TITLE: Ana Ruiz',
    '#+OPTIONS: toc:nil',
    '',
    '* Settings                                  :noexport:',
    'I keep these settings here so I can export the résumé again later.',
    '',
    '* Profile',
    '#+begin_comment',
    'I am not sure I should include a photo in my résumé at all.',
    '#+end_comment',
    'I teach English to adults and I have taught for 12 years in 3 countries.',
    '',
    '* COMMENT Old notes',
    'I wrote this part for an older version of my résumé.',
    '',
  ].join('\n');
  const r = lint(text, 'resume.org', { today: { year: 2026, month: 11, day: 22 } })!;
  const lines = r.findings.filter((f) => f.ruleId === 'first-person').map((f) => text.slice(0, f.span.start).split('\n').length);
  assert.deepEqual([...new Set(lines)], [11]);
});

test('first-person: a warm lint keeps a role paragraph\'s report apart from the same words as a bullet ("in a role description", at info)', async () => {
  const { Linter } = await import('../linter');
  const today = { year: 2026, month: 11, day: 22 };
  const bullet = '# Jo Roe\n\n## Experience\n\n### Engineer, Acme (2019 - 2021)\n\n- I\'ve built the billing service for 40 teams\n';
  const paragraph = '# Jo Roe\n\n## Experience\n\n### Engineer, Acme (2019 - 2021)\n\nI\'ve built the billing service for 40 teams\n';
  const warm = new Linter({ today });
  warm.lint(bullet, 'resume.md');
  const again = warm.lint(paragraph, 'resume.md')!.findings.filter((f) => f.ruleId === 'first-person');
  const fresh = new Linter({ today }).lint(paragraph, 'resume.md')!.findings.filter((f) => f.ruleId === 'first-person');
  assert.deepEqual(again.map((f) => [f.message.slice(0, 40), f.severity]), fresh.map((f) => [f.message.slice(0, 40), f.severity]));
  assert.match(fresh[0].message, /in a role description/);
});
