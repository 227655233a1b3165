// The editor assets beside the renderer: the TextMate grammar's patterns (dates, metrics,
// headings), the snippets, the language configuration and the manifest entries that point at them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

const json = (p: string) => JSON.parse(readFileSync(join(repoRoot, p), 'utf8'));
const grammar = json('syntaxes/resume.tmLanguage.json');
const pkg = json('package.json');

/** Oniguruma's leading (?i) as a JS flag; the rest of our patterns is common syntax. */
function re(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}
const rule = (name: string) => re(grammar.repository[name].match);

test('grammar: every pattern compiles and the manifest points at this scope', () => {
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') assert.doesNotThrow(() => re(v), `${k}: ${v}`);
      else walk(v);
    }
  };
  walk(grammar);
  const entry = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'resume');
  assert.equal(entry.scopeName, grammar.scopeName);
  assert.equal(join(repoRoot, entry.path), join(repoRoot, 'syntaxes/resume.tmLanguage.json'));
});

test('grammar: date ranges in the shapes real résumés use', () => {
  const ranges = ['Mar. 2023 - Present', 'June 2017 – October 2020', 'Sept 2010 – Feb 2011', '2005 - 2009', 'Dec 2013 -- Dec 2014', '2013-09 — Present', '03/2019 to 05/2020', 'Fall 2021 – Spring 2023'];
  for (const r of ranges) assert.equal(`Engineer, Acme (${r})`.match(rule('date-range'))?.[0], r, r);
  assert.equal('Graduated May 2019'.match(rule('date'))?.[0], 'May 2019');
});

test('grammar: metrics are numbers with a unit of result, not years or versions', () => {
  for (const m of ['40%', '$2M', '€300K', '10x', '5K', '3,000+']) assert.equal(`cut it by ${m} users`.match(rule('metric'))?.[0].trim(), m, m);
  for (const n of ['Shipped HTTP/2 support', 'Ported to Python 3 in 2019', 'Ran on IPv6 and S3']) assert.equal(n.match(rule('metric')), null, n);
});

test('grammar: section headings in Markdown and in capitals, and inline directives', () => {
  assert.ok(rule('section-heading').test('## Work Experience'));
  assert.ok(rule('caps-heading').test('PROFESSIONAL SUMMARY'));
  assert.ok(!rule('caps-heading').test('Led a team of 5'));
  assert.ok(rule('directive').test('<!-- resume-studio-disable-next-line weak-verb -->'));
});

test('snippets: every contributed file exists and every snippet has a prefix, body and description', () => {
  for (const s of pkg.contributes.snippets as { language: string; path: string }[]) {
    assert.ok(existsSync(join(repoRoot, s.path)), s.path);
    const snippets = json(s.path) as Record<string, { prefix: unknown; body: unknown; description: unknown }>;
    assert.ok(Object.keys(snippets).length > 0, s.path);
    for (const [name, sn] of Object.entries(snippets)) {
      assert.ok(sn.prefix && sn.body && typeof sn.description === 'string', `${s.path}: ${name}`);
      assert.ok(Array.isArray(sn.body) && sn.body.join('\n').includes('$'), `${name} has tab stops`);
    }
  }
  const md = json('snippets/resume.code-snippets');
  for (const want of ['Role entry', 'Education entry', 'XYZ bullet', 'STAR bullet']) assert.ok(md[want], want);
  assert.ok(json('snippets/resume-yaml.code-snippets')['RenderCV skeleton']);
  assert.ok(json('snippets/resume-json.code-snippets')['JSON Resume skeleton']);
});

test('language configuration: word pattern keeps C++, C#, Node.js and accented words whole; bullets continue', () => {
  const conf = json('language-configuration.json');
  const word = new RegExp(conf.wordPattern.pattern, conf.wordPattern.flags);
  assert.deepEqual('Résumé: C++, C#, Node.js; don’t stop.'.match(word), ['Résumé', 'C++', 'C#', 'Node.js', 'don’t', 'stop']);
  const dash = conf.onEnterRules.find((r: { action: { appendText: string } }) => r.action.appendText === '- ');
  assert.ok(new RegExp(dash.beforeText).test('- Led a team of 5'));
  assert.ok(!new RegExp(dash.beforeText).test('- '));
});

test('manifest: commands in menus and keybindings exist, client settings have defaults', () => {
  const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
  for (const id of ['resumeStudio.showPreview', 'resumeStudio.showPreviewToSide', 'resumeStudio.exportHtml', 'resumeStudio.exportPdf', 'resumeStudio.showParsedModel', 'resumeStudio.treatAsResume', 'resumeStudio.addWordToDictionary'])
    assert.ok(commands.has(id), id);
  const used = [...Object.values(pkg.contributes.menus as Record<string, { command: string }[]>).flat(), ...(pkg.contributes.keybindings as { command: string }[])];
  for (const u of used) if (u.command.startsWith('resumeStudio.')) assert.ok(commands.has(u.command), u.command);
  const kb = (pkg.contributes.keybindings as { command: string; key: string }[]).find((k) => k.command === 'resumeStudio.showPreviewToSide');
  assert.equal(kb?.key, 'ctrl+k v');
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
  for (const key of ['files', 'lintOnSave', 'maxFileSize', 'preview.theme', 'preview.paper', 'preview.timeline', 'preview.allowRemoteImages', 'export.chromePath'])
    assert.ok(`resumeStudio.${key}` in props && props[`resumeStudio.${key}`].default !== undefined, key);
  assert.equal((props['resumeStudio.export.chromePath'] as { scope?: string }).scope, 'machine', 'a workspace cannot pick the program PDF export runs');
  for (const p of ['**/resume.json', '**/*.resume.{json,yaml,yml}', '**/*_CV.yaml']) assert.ok(pkg.activationEvents.includes(`workspaceContains:${p}`), p);
});
