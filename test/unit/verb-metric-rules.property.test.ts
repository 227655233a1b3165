// Property tests for the verb and metric rules: on any bullets (random words mixed with weak
// openers, verbs, numbers and odd characters) they never throw, every span lies inside the
// document, and every fix's edits lie inside the bullet they fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resumeOf } from '../util/model-builder';
import { runRules } from '../../server/src/engine/lint';
import { hasMetric } from '../../server/src/engine/text/metrics';
import { TODAY } from '../util/rule-harness';

const RULES = new Set(['weak-verb', 'missing-metric', 'tense', 'repeated-verb']);
const pieces = ['Responsible for', 'Helped', 'build', 'managing', 'Led', 'Lead', 'Read', 'Set', 'the', 'a', 'team', 'of', '5', '40%', '$4', 'million', 'HTTP/2', 'Python 3', '2019,', '10x', '**', '`x`', 'é', '😀', '\u200f', 'in', 'Worked on', 'Actively', '-', '1:1', '24/7', '3.11.2', '10-20', 'users'];
const bullet = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { minLength: 0, maxLength: 12 }).map((ws) => ws.join(' ').replace(/\n/g, ' '));
const role = fc.record({
  dates: fc.constantFrom<[string, string?][]>(['2019-01', '2021-06'], ['2022-01', 'present'], ['2019']),
  bullets: fc.array(bullet, { maxLength: 6 }),
});

test('verb and metric rules: no throw, spans inside the document, fixes inside their bullet', () => {
  fc.assert(
    fc.property(fc.array(role, { minLength: 1, maxLength: 4 }), (roles) => {
      const { text, resume } = resumeOf(roles.map((r) => ({ dates: r.dates as [string, string?], bullets: r.bullets })));
      const findings = runRules(resume, text, undefined, TODAY).filter((f) => RULES.has(f.ruleId));
      const bullets = resume.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets));
      for (const f of findings) {
        assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.ruleId} span ${JSON.stringify(f.span)}`);
        assert.ok(!f.message.includes('check failed'), f.message);
        for (const fix of f.fixes ?? [])
          for (const e of fix.edits)
            assert.ok(bullets.some((b) => e.span.start >= b.span.start && e.span.end <= b.span.end), `${f.ruleId} edit outside its bullet: ${JSON.stringify(e)}`);
      }
      // Same input, same findings.
      assert.deepEqual(runRules(resume, text, undefined, TODAY).filter((f) => RULES.has(f.ruleId)), findings);
    }),
    { numRuns: 150 },
  );
});

test('hasMetric never throws and is deterministic', () => {
  fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => hasMetric(s) === hasMetric(s)), { numRuns: 500 });
});
