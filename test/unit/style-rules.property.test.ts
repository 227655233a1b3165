// Property tests for the writing-style rules and spelling: on any bullets, summary and skills
// (résumé words mixed with pronouns, clichés, placeholders, links, markup and odd characters) they
// never throw, every span lies inside the document, every fix stays inside the piece it fixes, and
// the same input gives the same findings. Plus pathological long inputs that must stay linear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDoc, type ProseDoc } from '../util/prose-doc';
import { useDictionary } from '../util/dictionary';
import { runRules } from '../../server/src/engine/lint';
import { rules } from '../../server/src/engine/rules/index';
import type { ResolvedConfig } from '../../server/src/engine/config';

const MINE = ['first-person', 'buzzword', 'vague-quantifier', 'passive-voice', 'bullet-length', 'placeholder', 'spelling'];
const config: ResolvedConfig = {
  rules: Object.fromEntries(rules.map((r) => [r.id, MINE.includes(r.id) ? { options: r.id === 'first-person' ? { strict: true } : {} } : { severity: 'off' as const }])),
  words: [],
};
const TODAY = { year: 2026, month: 6, day: 15 };

const pieces = [
  'I', 'I/O', 'Engineer I', 'my', 'we', 'our', 'me', 'mine', "I'm", 'team player', 'results-driven', 'synergy', 'multiple',
  'significantly', 'a lot of', 'was', 'were', 'being', 'built', 'developed', 'promoted', 'Lorem ipsum', '20XX', 'TODO',
  'Company Name', '[Your Name]', 'john@example.com', '(555) 555-5555', 'Javascript', 'Github', 'Devloped', 'managment',
  'colour', 'Node.js', 'https://a.io/x', '[link](https://b.io)', '`code`', '<!--', '-->', '**', '$5M', '$x$', 'é', '😀',
  '\u200f', '\u0301', '’', '-', '.', ';', '(', ')', '4', '40%', 'the', 'a', 'Led', 'of', 'Acme',
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 14 }).map((ws) => ws.join(' ').replace(/[\r\n]/g, ' '));
const doc: fc.Arbitrary<ProseDoc> = fc.record({
  roles: fc.array(fc.record({ dates: fc.constant<[string, string]>(['2019-01', '2021-06']), title: text, org: text, bullets: fc.array(text, { maxLength: 4 }) }), { maxLength: 3 }),
  summary: fc.option(text, { nil: undefined }),
  skills: fc.array(text, { maxLength: 3 }),
});

useDictionary();

test('style rules: no throw, spans inside, fixes inside their piece, deterministic', () => {
  fc.assert(
    fc.property(doc, (d) => {
      const { text: t, resume } = buildDoc(d);
      const findings = runRules(resume, t, config, TODAY);
      const pieceSpans = [
        ...resume.sections.flatMap((s) => s.entries.flatMap((e) => [...e.bullets.map((b) => b.span), e.title!.span, e.organisation!.span])),
        ...(resume.summary ? [resume.summary.span] : []),
        ...resume.skills.map((f) => f.span),
      ];
      for (const f of findings) {
        assert.ok(MINE.includes(f.ruleId));
        assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= t.length, `${f.ruleId} span ${JSON.stringify(f.span)}`);
        for (const fix of f.fixes ?? [])
          for (const e of fix.edits)
            assert.ok(pieceSpans.some((s) => e.span.start >= s.start && e.span.end <= s.end), `${f.ruleId} edit outside its piece: ${JSON.stringify(e)}`);
      }
      assert.deepEqual(runRules(resume, t, config, TODAY), findings);
    }),
    { numRuns: 120 },
  );
});

test('style rules stay linear on pathological long input', { timeout: 60_000 }, () => {
  const n = 20_000;
  const nasty = [
    'I '.repeat(n),
    'many '.repeat(n),
    'a'.repeat(n * 5),
    'a.'.repeat(n * 2) + 'x',
    'x@'.repeat(n),
    '<!-- '.repeat(n),
    '$a '.repeat(n),
    'was built '.repeat(n / 2),
    'Javascript '.repeat(n / 2),
    'qzxv '.repeat(n),
  ];
  for (const b of nasty) {
    const { text: t, resume } = buildDoc({ roles: [{ bullets: [b] }], summary: b });
    const findings = runRules(resume, t, config, TODAY);
    for (const f of findings) assert.ok(f.span.end <= t.length);
  }
});
