// Generated files must match the rules' metadata: docs/rules/*.md, the config JSON schema and the
// `resumeStudio.rules.*` settings + jsonValidation in package.json. Run `npm run generate` to fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';
import { generatedFiles, settingsProperties, RULE_SETTING_PREFIX, JSON_VALIDATION, configSchema, updatedPackageJson } from '../../scripts/generate';
import { rules } from '../../server/src/engine/rules/index';
import { parseConfigFile } from '../../server/src/engine/config';

const HOW = 'is out of date with the rules\' metadata: run `npm run generate` and commit the result.';

function read(rel: string): string | undefined {
  try {
    return readFileSync(join(repoRoot, rel), 'utf8');
  } catch {
    return undefined;
  }
}

for (const [rel, content] of generatedFiles())
  test(`generated: ${rel} is up to date`, () => {
    const actual = read(rel);
    assert.ok(actual !== undefined, `${rel} is missing: run \`npm run generate\` and commit the result.`);
    assert.ok(actual === content, `${rel} ${HOW}`);
  });

test('generated: no docs for rules that no longer exist', () => {
  const expected = new Set([...generatedFiles().keys()].filter((p) => p.startsWith('docs/rules/')).map((p) => p.slice('docs/rules/'.length)));
  const stale = readdirSync(join(repoRoot, 'docs/rules')).filter((n) => n.endsWith('.md') && !expected.has(n));
  assert.deepEqual(stale, [], `docs/rules has files for unknown rules: run \`npm run generate\`.`);
});

test('generated: package.json has one resumeStudio.rules.<id> setting per rule, as generated', () => {
  const pkg = JSON.parse(read('package.json')!);
  const props = pkg.contributes.configuration.properties as Record<string, unknown>;
  const actual = Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith(RULE_SETTING_PREFIX)));
  assert.ok(JSON.stringify(actual) === JSON.stringify(settingsProperties()), `package.json contributes.configuration.properties (${RULE_SETTING_PREFIX}*) ${HOW}`);
  assert.ok(
    (pkg.contributes.jsonValidation ?? []).some((v: { fileMatch: string; url: string }) => v.fileMatch === JSON_VALIDATION.fileMatch && v.url === JSON_VALIDATION.url),
    `package.json contributes.jsonValidation lacks ${JSON.stringify(JSON_VALIDATION)}: run \`npm run generate\`.`,
  );
});

test('generator keeps settings it does not own and is idempotent', () => {
  const pkg = { name: 'x', contributes: { configuration: { properties: { 'resumeStudio.files': { type: 'array' }, 'resumeStudio.rules.gone': { type: 'string' } } } } };
  const once = updatedPackageJson(JSON.stringify(pkg));
  const props = JSON.parse(once).contributes.configuration.properties;
  assert.deepEqual(props['resumeStudio.files'], { type: 'array' });
  assert.equal(props['resumeStudio.rules.gone'], undefined, 'settings of removed rules are dropped');
  assert.equal(Object.keys(props).filter((k) => k.startsWith(RULE_SETTING_PREFIX)).length, rules.length);
  assert.equal(updatedPackageJson(once), once);
});

test('every rule has the metadata the docs and settings need', () => {
  const ids = new Set<string>();
  for (const r of rules) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/, `rule id ${r.id}`);
    assert.ok(!ids.has(r.id), `duplicate rule id ${r.id}`);
    ids.add(r.id);
    assert.ok(r.description.length > 10 && r.docs.why.length > 40, `${r.id}: description and docs.why`);
    assert.ok(r.docs.sources.length > 0 && r.docs.examples.length > 0, `${r.id}: sources and examples`);
    for (const [k, o] of Object.entries(r.options as Record<string, { description: string; default: unknown }>))
      assert.ok(o.description && o.default !== undefined, `${r.id}.${k}: description and default`);
  }
});

test('the schema accepts what parseConfigFile accepts (defaults of every rule)', () => {
  const schema = configSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
  assert.deepEqual(Object.keys(schema.properties.rules.properties), rules.map((r) => r.id));
  const all = Object.fromEntries(rules.map((r) => [r.id, Object.keys(r.options).length ? { severity: 'info', ...Object.fromEntries(Object.entries(r.options as Record<string, { default: unknown }>).map(([k, o]) => [k, o.default])) } : 'info']));
  assert.deepEqual(parseConfigFile(JSON.stringify({ rules: all })).problems, []);
});
