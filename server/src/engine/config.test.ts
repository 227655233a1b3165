import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLayer, mergeConfig, parseConfigFile, toRuleConfig } from './config';

const at = (text: string, p: { span: { start: number; end: number } }) => text.slice(p.span.start, p.span.end);

test('toRuleConfig: severity string or object with options', () => {
  assert.deepEqual(toRuleConfig('off'), { severity: 'off' });
  assert.deepEqual(toRuleConfig({ severity: 'info', minShare: 0.5 }), { severity: 'info', options: { minShare: 0.5 } });
  assert.deepEqual(toRuleConfig({ minShare: 0.5 }), { options: { minShare: 0.5 } });
  assert.equal(toRuleConfig('loud' as never), undefined);
});

test('mergeConfig: later layers win, options merge key by key, words are the union', () => {
  const settings = { rules: { 'missing-metric': { severity: 'warning' as const, minShare: 0.5, perRole: false }, tense: 'error' as const }, words: ['Kubernetes'] };
  const file = { rules: { 'missing-metric': { minShare: 0.3 }, tense: 'off' as const }, words: ['Terraform', 'Kubernetes'] };
  const c = mergeConfig(settings, file);
  assert.deepEqual(c.rules['missing-metric'], { severity: 'warning', options: { minShare: 0.3, perRole: false } });
  assert.deepEqual(c.rules.tense, { severity: 'off' });
  assert.deepEqual(c.words, ['Kubernetes', 'Terraform']);
  // A ResolvedConfig can be merged again (e.g. directives on top of a resolved config).
  assert.deepEqual(mergeConfig(c, { rules: { tense: 'hint' } }).rules.tense, { severity: 'hint' });
  assert.deepEqual(mergeConfig(), { rules: {}, words: [] });
});

test('parseConfigFile: a valid JSONC file, comments and trailing commas allowed', () => {
  const text = `{
    // team settings
    "$schema": "./schemas/resume-studio.schema.json",
    "rules": { "weak-verb": "error", "missing-metric": { "severity": "hint", "minShare": 0.5, }, },
    "words": ["Kubernetes"],
  }`;
  const r = parseConfigFile(text);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.config, { rules: { 'weak-verb': 'error', 'missing-metric': { severity: 'hint', minShare: 0.5 } }, words: ['Kubernetes'] });
});

test('parseConfigFile: each problem once, with its exact span; the rest still applies', () => {
  const text = `{
  "rules": {
    "weak-verbs": "warning",
    "tense": "loud",
    "missing-metric": { "minShare": "half", "perRole": false, "colour": 1 },
    "repeated-verb": { "maxPerRole": 0 },
    "weak-verb": "error"
  },
  "words": ["ok", 3],
  "extends": "x"
}`;
  const r = parseConfigFile(text);
  const got = r.problems.map((p) => [at(text, p), p.message]);
  assert.equal(got.length, 7, JSON.stringify(got, null, 1));
  assert.deepEqual(got[0], ['"weak-verbs"', 'Unknown rule "weak-verbs"; did you mean "weak-verb"? See docs/rules/README.md for the rule ids; this entry is ignored.']);
  assert.deepEqual(got[1], ['"loud"', 'Severity "loud" for rule "tense" is not one of "off", "hint", "info", "warning", "error"; the rule keeps its default ("warning").']);
  assert.equal(got[2][0], '"half"');
  assert.match(got[2][1], /^Option "minShare" must be a number \(default 0\.4\); got "half"/);
  assert.equal(got[3][0], '"colour"');
  assert.match(got[3][1], /^Rule "missing-metric" has no option "colour"; its options are "minShare", /);
  assert.equal(got[4][0], '0');
  assert.match(got[4][1], /^Option "maxPerRole" must be at least 1; got 0/);
  assert.deepEqual(got[5], ['3', 'Each entry of "words" must be a string; 3 is ignored.']);
  assert.deepEqual(got[6], ['"extends"', 'Unknown key "extends"; this file takes "rules" and "words". It is ignored.']);
  // What was valid is kept.
  assert.deepEqual(r.config.rules, { 'missing-metric': { perRole: false }, 'repeated-verb': {}, 'weak-verb': 'error' });
  assert.deepEqual(r.config.words, ['ok']);
});

test('parseConfigFile never throws: syntax errors, wrong shapes, garbage', () => {
  for (const text of ['', '{', '[]', '"x"', '{"rules": []}', '{"rules": {"tense": [1]}}', '\u0000\uffff{{{', '{"rules": {"tense": {"severity": 3}}}', '{"words": "x"}']) {
    const r = parseConfigFile(text);
    assert.ok(Array.isArray(r.problems));
    for (const p of r.problems) assert.ok(p.span.start >= 0 && p.span.end <= Math.max(text.length, 1) && p.message.length > 20, `${text}: ${JSON.stringify(p)}`);
  }
  const broken = parseConfigFile('{ "rules": { "tense": "off" ');
  assert.ok(broken.problems.length >= 1);
  assert.deepEqual(broken.config.rules, { tense: 'off' });
});

test('checkLayer validates settings objects (no text, so empty spans)', () => {
  const r = checkLayer({ 'weak-verb': 'off', nope: 'warning', tense: { currentRole: 'yes' } }, ['Go']);
  assert.deepEqual(r.config, { rules: { 'weak-verb': 'off', tense: {} }, words: ['Go'] });
  assert.equal(r.problems.length, 2);
  assert.match(r.problems[0].message, /^Unknown rule "nope"/);
  assert.match(r.problems[1].message, /^Option "currentRole" must be a boolean/);
});
