import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from './linter';
import { FINDINGS_PER_RULE } from './finding-cap';
import type { Finding } from './rule';

const today = { year: 2026, month: 11, day: 22 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `n` current roles, each opening a bullet with the same past-tense verb beside one in the present
 * (tense hints at each past one, the role's tense being the present; repeated-verb reports each).
 */
function roles(n: number, from = 0): string {
  let text = '# Jane Doe\njane@fastmail.com\n\n## Experience\n';
  for (let i = from; i < from + n; i++) text += `\n### Engineer ${i}, Company ${i} (${MONTHS[i % 12]} ${1990 + (i % 30)} – Present)\n- Built the thing for team ${i}\n- Manage the rota of team ${i}\n`;
  return text;
}

const CAPPED = ['tense', 'repeated-verb', 'chronological-order', 'bullet-length'];
const of = (findings: Finding[], rule: string) => findings.filter((f) => f.ruleId === rule);

test('findings past the cap, only counted (RuleContext.beyondCap), give the list and summary that full findings give', () => {
  const text = roles(300);
  const counted = new Linter({ today }).lint(text, 'resume.md')!.findings;
  // A directive anywhere turns the counting off (it could silence a listed finding): every finding is built.
  const built = new Linter({ today }).lint(`${text}\n<!-- resume-studio-disable-line weak-verb -->\n`, 'resume.md')!.findings;
  for (const rule of CAPPED) {
    const c = of(counted, rule);
    assert.deepEqual(c, of(built, rule), rule);
  }
  // Every role has a past verb beside a present one in a current role: the list, then the rest summed up.
  const tense = of(counted, 'tense');
  assert.equal(tense.length, FINDINGS_PER_RULE + 1);
  assert.equal(tense[FINDINGS_PER_RULE].data?.more, 300 - FINDINGS_PER_RULE);
});

test('a piece whose finding was only counted is not replayed: the next lint lists it in full', () => {
  const linter = new Linter({ today });
  linter.lint(roles(300), 'resume.md');
  // The first 260 roles deleted: roles once past the cap are now among the first listed.
  const tail = roles(40, 260);
  const warm = linter.lint(tail, 'resume.md')!.findings;
  const fresh = new Linter({ today }).lint(tail, 'resume.md')!.findings;
  assert.deepEqual(warm, fresh);
  for (const rule of ['tense', 'repeated-verb', 'bullet-length']) assert.ok(of(warm, rule).every((f) => f.message.length > 0), rule);
});

test('a long real career (160 bullets with no figure) gets every finding listed: the cap only bounds hostile files', () => {
  let text = '# Jane Doe\njane@fastmail.com\n\n## Experience\n';
  for (let i = 0; i < 20; i++) {
    text += `\n### Systems Administrator, Company ${i} (${MONTHS[i % 12]} ${1990 + i} – ${MONTHS[i % 12]} ${1991 + i})\n`;
    for (let b = 0; b < 8; b++) text += `- Maintained the mail servers and backups of office ${i}-${b} for the staff\n`;
  }
  // (One per bullet; besides, one per role and one for the whole résumé.)
  const metric = of(new Linter({ today }).lint(text, 'resume.md')!.findings, 'missing-metric');
  assert.equal(metric.filter((f) => f.message.startsWith('No measurable result in this bullet')).length, 160);
  assert.ok(metric.every((f) => f.data?.more === undefined));
});
