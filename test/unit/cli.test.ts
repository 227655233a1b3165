// The bundled CLI (dist/cli.js) run as a process on fixture résumés in test/fixtures/cli/:
// exit codes, the four output formats (SARIF checked against the 2.1.0 required structure),
// config files, globs, render/export overwrite protection. Build first: node scripts/build.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixturesDir, repoRoot } from '../util/paths';

const cli = join(repoRoot, 'dist', 'cli.js');
const fx = (name: string) => `test/fixtures/cli/${name}`;
const TODAY = ['--today', '2026-11-22'];

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  assert.ok(existsSync(cli), `${cli} is missing: run "node scripts/build.mjs" first`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; start: number; end: number }[];
}

function lintJson(...args: string[]): { code: number | null; results: JsonResult[]; stderr: string } {
  const r = run('lint', '--format', 'json', ...TODAY, ...args);
  return { code: r.code, results: JSON.parse(r.stdout) as JsonResult[], stderr: r.stderr };
}

/** The parts of SARIF 2.1.0 that consumers (GitHub code scanning) require, checked one by one. */
function assertSarif(doc: any): void {
  assert.equal(typeof doc.$schema, 'string');
  assert.match(doc.$schema, /sarif.*2\.1\.0/);
  assert.equal(doc.version, '2.1.0');
  assert.ok(Array.isArray(doc.runs) && doc.runs.length === 1, 'one run');
  const run = doc.runs[0];
  const driver = run.tool?.driver;
  assert.equal(driver?.name, 'resume-studio');
  assert.match(driver.version, /^\d+\.\d+\.\d+/);
  assert.match(driver.informationUri, /^https:\/\//);
  assert.ok(Array.isArray(driver.rules) && driver.rules.length > 0);
  const ids = new Set<string>();
  for (const r of driver.rules) {
    assert.equal(typeof r.id, 'string');
    assert.ok(!ids.has(r.id), `rule ${r.id} listed once`);
    ids.add(r.id);
    assert.ok(r.shortDescription?.text?.length > 0, `${r.id} has a shortDescription`);
    if (r.helpUri !== undefined) assert.match(r.helpUri, /^https:\/\/.*\/docs\/rules\/.+\.md$/);
    assert.ok(['error', 'warning', 'note', 'none'].includes(r.defaultConfiguration?.level), `${r.id} default level`);
  }
  assert.ok(Array.isArray(run.results));
  for (const res of run.results) {
    assert.equal(typeof res.ruleId, 'string');
    assert.ok(Number.isInteger(res.ruleIndex), 'ruleIndex');
    assert.equal(driver.rules[res.ruleIndex].id, res.ruleId, 'ruleIndex points at the rule');
    assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
    assert.ok(res.message?.text?.length > 0);
    const loc = res.locations?.[0]?.physicalLocation;
    assert.ok(loc, 'a physical location');
    assert.ok(!/^(\/|file:|[A-Za-z]:)/.test(loc.artifactLocation.uri), `relative uri: ${loc.artifactLocation.uri}`);
    const reg = loc.region;
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(reg[k]) && reg[k] >= 1, `${k} is 1-based`);
    assert.ok(reg.endLine > reg.startLine || (reg.endLine === reg.startLine && reg.endColumn >= reg.startColumn), 'region ends after it starts');
  }
}

test('--help and --version; no command is a usage error', () => {
  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /resume-studio lint|lint <files/);
  assert.match(help.stdout, /--format/);
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const v = run('--version');
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), pkg.version);
  assert.equal(run().code, 2);
});

test('usage errors exit 2 with a message that says what to do', () => {
  const cases: [string[], RegExp][] = [
    [['frobnicate'], /Unknown command "frobnicate": use lint/],
    [['lint'], /lint needs at least one file/],
    [['lint', fx('clean.resume.yaml'), '--format', 'xml'], /Unknown --format "xml": use one of stylish, json, sarif, github/],
    [['lint', fx('clean.resume.yaml'), '--max-warnings', 'lots'], /--max-warnings must be a whole number/],
    [['lint', fx('clean.resume.yaml'), '--bogus'], /Unknown option --bogus/],
    [['lint', fx('clean.resume.yaml'), '--config', 'nope.json'], /Cannot read the config file nope\.json/],
    [['render', fx('clean.resume.yaml'), '--theme', 'neon'], /Unknown theme "neon"/],
    [['export', fx('clean.resume.yaml')], /export needs --pdf/],
    [['lsp'], /lsp needs a transport/],
  ];
  for (const [args, message] of cases) {
    const r = run(...args);
    assert.equal(r.code, 2, `${args.join(' ')} -> exit 2 (${r.stderr})`);
    assert.match(r.stderr, message);
    assert.match(r.stderr, /resume-studio --help/);
  }
});

test('lint exit codes: 0 clean, 0 warnings only, 1 errors, 1 warnings over --max-warnings', () => {
  const clean = run('lint', fx('clean.resume.yaml'), ...TODAY);
  assert.equal(clean.code, 0, clean.stdout + clean.stderr);
  assert.doesNotMatch(clean.stdout, /^\s+\d+:\d+\s+(error|warning)\s/m, 'no errors or warnings in the clean file');

  const warnings = run('lint', fx('warnings.resume.yaml'), ...TODAY);
  assert.equal(warnings.code, 0, warnings.stdout);
  assert.match(warnings.stdout, /weak-verb/);
  assert.equal(run('lint', fx('warnings.resume.yaml'), '--max-warnings', '5', ...TODAY).code, 0);
  const over = run('lint', fx('warnings.resume.yaml'), '--max-warnings', '0', ...TODAY);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /more than --max-warnings 0/);

  const error = run('lint', fx('error.resume.yaml'), ...TODAY);
  assert.equal(error.code, 1);
});

/** The date-order finding of error.resume.yaml as the json format reports it: the other formats must agree. */
function dateOrderFinding() {
  const { results } = lintJson(fx('error.resume.yaml'));
  const f = results[0].messages.find((m) => m.ruleId === 'date-order');
  assert.ok(f, 'error.resume.yaml ends before it starts');
  const text = readFileSync(join(fixturesDir, 'cli', 'error.resume.yaml'), 'utf8');
  assert.match(text.slice(f.start, f.end), /2021-06/, 'the finding points at the dates');
  return f;
}

test('stylish output: path, aligned line:col severity message rule, summary', () => {
  const f = dateOrderFinding();
  const r = run('lint', fx('error.resume.yaml'), ...TODAY);
  const lines = r.stdout.split('\n');
  assert.ok(lines.includes('test/fixtures/cli/error.resume.yaml'), r.stdout);
  const row = lines.find((l) => l.endsWith('  date-order'));
  assert.ok(row, r.stdout);
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  assert.match(row, new RegExp(`^  ${f.line}:${f.column} +error +${escape(f.message)} +date-order$`));
  // Columns line up: every row's severity starts at the same place.
  const rows = lines.filter((l) => /^  \d+:\d+ /.test(l));
  assert.equal(new Set(rows.map((l) => l.search(/(error|warning|info|hint) /))).size, 1, r.stdout);
  assert.match(r.stdout, /✖ \d+ problems? \(1 error, 0 warnings/);
});

test('json output: one result per file, 1-based positions and offsets that point at the finding', () => {
  const { code, results } = lintJson(fx('warnings.resume.yaml'), fx('clean.resume.yaml'));
  assert.equal(code, 0);
  assert.deepEqual(results.map((r) => r.filePath), [fx('warnings.resume.yaml'), fx('clean.resume.yaml')]);
  const text = readFileSync(join(fixturesDir, 'cli', 'warnings.resume.yaml'), 'utf8');
  const weak = results[0].messages.filter((m) => m.ruleId === 'weak-verb');
  assert.deepEqual(weak.map((m) => text.slice(m.start, m.end)), ['Helped build', 'Worked on']);
  const lineNo = text.split('\n').findIndex((l) => l.includes('Helped build')) + 1;
  assert.deepEqual([weak[0].line, weak[0].column], [lineNo, 9]);
  assert.equal(results[0].warningCount, results[0].messages.filter((m) => m.severity === 'warning').length);
  assert.deepEqual(results[1].messages.filter((m) => m.severity === 'error' || m.severity === 'warning'), []);
});

test('sarif output has the SARIF 2.1.0 structure and maps severities', () => {
  const f = dateOrderFinding();
  const r = run('lint', '--format', 'sarif', ...TODAY, fx('error.resume.yaml'), fx('warnings.resume.yaml'), fx('broken.resume.yaml'));
  assert.equal(r.code, 1);
  const doc = JSON.parse(r.stdout);
  assertSarif(doc);
  const results = doc.runs[0].results as any[];
  const order = results.find((x) => x.ruleId === 'date-order');
  assert.equal(order.level, 'error');
  assert.equal(order.message.text, f.message);
  assert.equal(order.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/cli/error.resume.yaml');
  assert.deepEqual(order.locations[0].physicalLocation.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
  assert.equal(results.find((x) => x.ruleId === 'weak-verb').level, 'warning');
  // A YAML syntax error is not a registry rule but still has a rule entry to point at.
  assert.equal(results.find((x) => x.ruleId === 'yaml-syntax')?.level, 'error');
  const rules = doc.runs[0].tool.driver.rules as any[];
  assert.equal(rules.find((x) => x.id === 'weak-verb').defaultConfiguration.level, 'warning');
});

test('sarif maps info to note and hint to none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rs-cli-'));
  try {
    const cfg = join(dir, 'levels.json');
    writeFileSync(cfg, '{ "rules": { "weak-verb": "info", "date-order": "hint" } }');
    const r = run('lint', '--format', 'sarif', ...TODAY, '--config', cfg, fx('error.resume.yaml'), fx('warnings.resume.yaml'));
    assert.equal(r.code, 0, 'no errors left');
    const results = JSON.parse(r.stdout).runs[0].results as any[];
    assert.ok(results.filter((x) => x.ruleId === 'weak-verb').every((x) => x.level === 'note'));
    assert.equal(results.find((x) => x.ruleId === 'date-order').level, 'none');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('github output: one workflow command per finding', () => {
  const f = dateOrderFinding();
  const r = run('lint', '--format', 'github', ...TODAY, fx('error.resume.yaml'));
  assert.equal(r.code, 1);
  const expected = `::error file=test/fixtures/cli/error.resume.yaml,line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=resume-studio(date-order)::`;
  assert.ok(r.stdout.split('\n').some((l) => l.startsWith(expected)), r.stdout);
});

test('a missing file is reported, the others are still linted, exit 2', () => {
  const r = run('lint', '--format', 'json', ...TODAY, 'test/fixtures/cli/missing.resume.md', fx('error.resume.yaml'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no résumé files found for "test\/fixtures\/cli\/missing\.resume\.md"/);
  const results = JSON.parse(r.stdout) as JsonResult[];
  assert.equal(results.length, 1);
  assert.equal(results[0].errorCount, 1);
});

test('YAML that is not a résumé is skipped with a note', () => {
  const r = run('lint', fx('not-a-resume.yaml'));
  assert.equal(r.code, 0);
  assert.match(r.stderr, /not-a-resume\.yaml is not a résumé/);
});

test('the nearest .resume-studio.json applies; --config overrides it', () => {
  const near = lintJson(fx('configured/warnings.resume.yaml'));
  assert.equal(near.code, 0);
  assert.ok(!near.results[0].messages.some((m) => m.ruleId === 'weak-verb'), 'weak-verb is off in configured/.resume-studio.json');

  const dir = mkdtempSync(join(tmpdir(), 'rs-cli-'));
  try {
    const cfg = join(dir, 'strict.json');
    writeFileSync(cfg, '{ "rules": { "weak-verb": "error", "no-such-rule": "warning" } }');
    const strict = lintJson(fx('configured/warnings.resume.yaml'), '--config', cfg);
    assert.equal(strict.code, 1);
    assert.ok(strict.results[0].messages.some((m) => m.ruleId === 'weak-verb' && m.severity === 'error'));
    assert.match(strict.stderr, /no-such-rule/, 'config problems are reported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('folders are searched for résumé files; globs match *, ** and {a,b}', () => {
  const folder = lintJson('test/fixtures/cli');
  const names = folder.results.map((r) => r.filePath);
  assert.ok(names.includes(fx('clean.resume.yaml')) && names.includes(fx('configured/warnings.resume.yaml')));
  assert.ok(!names.some((n) => n.endsWith('not-a-resume.yaml')), 'only résumé file names in folders');

  const star = lintJson('test/fixtures/cli/*.resume.yaml').results.map((r) => r.filePath);
  assert.ok(star.includes(fx('clean.resume.yaml')));
  assert.ok(!star.some((n) => n.includes('configured/')), '* does not cross folders');
  const deep = lintJson('test/fixtures/cli/**/warnings.resume.yaml').results.map((r) => r.filePath);
  assert.deepEqual(deep.sort(), [fx('configured/warnings.resume.yaml'), fx('warnings.resume.yaml')]);
  const braces = lintJson('test/fixtures/cli/{clean,error}.resume.yaml').results.map((r) => r.filePath);
  assert.deepEqual(braces.sort(), [fx('clean.resume.yaml'), fx('error.resume.yaml')]);
  const none = run('lint', 'test/fixtures/cli/*.nothing');
  assert.equal(none.code, 2);
});

test('parse --json prints the model', () => {
  const r = run('parse', fx('clean.resume.yaml'), '--json');
  assert.equal(r.code, 0);
  const model = JSON.parse(r.stdout);
  assert.equal(model.format, 'jsonresume');
  assert.equal(model.contact.name.value, 'Sam Rivera');
});

test('parse --json gives every span its place as line:column, so a misread field is found in the source', () => {
  const file = fx('weak.resume.md');
  const r = run('parse', file, '--json');
  assert.equal(r.code, 0, r.stderr);
  const text = readFileSync(join(repoRoot, file), 'utf8');
  // 1-based line:column of an offset, counted here independently of the engine.
  const lc = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1}`;
  };
  const model = JSON.parse(r.stdout);
  const org = model.sections.find((s: { kind: string }) => s.kind === 'experience').entries[0].organisation;
  assert.equal(org.value, 'Acme Corp');
  assert.equal(text.slice(org.span.start, org.span.end), 'Acme Corp');
  assert.deepEqual([org.span.from, org.span.to], ['7:22', '7:31']);
  // Every span in the output (fields, dates, bullets, headings, entries, sections) carries the same.
  let spans = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      spans++;
      assert.deepEqual([o.from, o.to], [lc(o.start), lc(o.end as number)], JSON.stringify(o));
    } else Object.values(o).forEach(visit);
  };
  visit(model);
  assert.ok(spans > 20, `${spans} spans`);
});

test('render writes standalone HTML; render and export refuse to overwrite without --force', () => {
  const html = run('render', fx('clean.resume.yaml'));
  assert.equal(html.code, 0);
  assert.match(html.stdout, /<html/i);
  assert.match(html.stdout, /Sam Rivera/);

  const dir = mkdtempSync(join(tmpdir(), 'rs-cli-'));
  try {
    const out = join(dir, 'cv.html');
    assert.equal(run('render', fx('clean.resume.yaml'), '-o', out, '--theme', 'modern').code, 0);
    assert.match(readFileSync(out, 'utf8'), /Sam Rivera/);
    writeFileSync(out, 'keep me');
    const again = run('render', fx('clean.resume.yaml'), '-o', out);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists\. Pass --force to overwrite it/);
    assert.equal(readFileSync(out, 'utf8'), 'keep me');
    assert.equal(run('render', fx('clean.resume.yaml'), '-o', out, '--force').code, 0);
    assert.match(readFileSync(out, 'utf8'), /Sam Rivera/);

    const pdf = join(dir, 'cv.pdf');
    writeFileSync(pdf, 'old pdf');
    const exp = run('export', fx('clean.resume.yaml'), '--pdf', pdf);
    assert.equal(exp.code, 2);
    assert.match(exp.stderr, /already exists\. Pass --force to overwrite it/);
    assert.equal(readFileSync(pdf, 'utf8'), 'old pdf');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// What linters' users reach for (issue 11): --fix, --stdin, ignore files and patterns, full
// globs, --quiet. Each runs the bundled CLI as a process, in a temporary folder when it writes.

function runIn(cwd: string, input: string | undefined, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder holding `files` (path -> text); removed after `fn`. */
function withFolder(files: Record<string, string>, fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'rs-cli-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const weakMd = () => readFileSync(join(fixturesDir, 'cli', 'weak.resume.md'), 'utf8');
const yamlText = (name: string) => readFileSync(join(fixturesDir, 'cli', name), 'utf8');

test('--fix applies each preferred fix to the file and reports only what is left', () => {
  withFolder({ 'resume.md': weakMd() }, (dir) => {
    const before = runIn(dir, undefined, 'lint', 'resume.md', '--format', 'json', ...TODAY);
    const weakBefore = (JSON.parse(before.stdout) as JsonResult[])[0].messages.filter((m) => m.ruleId === 'weak-verb');
    assert.equal(weakBefore.length, 2, 'the fixture opens two bullets with weak verbs');

    const r = runIn(dir, undefined, 'lint', 'resume.md', '--fix', '--format', 'json', ...TODAY);
    const text = readFileSync(join(dir, 'resume.md'), 'utf8');
    assert.match(text, /^- Maintained the internal deployment tooling$/m, 'the duty phrase became the verb');
    assert.doesNotMatch(text, /Helped build|Responsible for/);
    assert.equal(text.split('\n').length, weakMd().split('\n').length, 'nothing else moved');
    assert.match(r.stderr, /fixed 2 problems in resume\.md/);
    const left = (JSON.parse(r.stdout) as JsonResult[])[0].messages;
    assert.ok(!left.some((m) => m.ruleId === 'weak-verb'), 'the fixed findings are not reported');
    assert.ok(left.some((m) => m.ruleId === 'employment-gap'), 'findings without a fix are still reported');
    assert.equal(r.code, 0);

    // Nothing left to fix: the file is not written again and no "fixed" line is printed.
    const again = runIn(dir, undefined, 'lint', 'resume.md', '--fix', ...TODAY);
    assert.doesNotMatch(again.stderr, /fixed/);
    assert.equal(readFileSync(join(dir, 'resume.md'), 'utf8'), text);
  });
});

test('--fix fixes tech-name casing but leaves the parts no rule can be sure of', () => {
  const text = weakMd().replace('the internal deployment tooling', 'the internal Github deployment tooling');
  withFolder({ 'resume.md': text }, (dir) => {
    const r = runIn(dir, undefined, 'lint', 'resume.md', '--fix', '--format', 'json', ...TODAY);
    const after = readFileSync(join(dir, 'resume.md'), 'utf8');
    assert.match(after, /the internal GitHub deployment tooling/, 'a casing fix is certain and applied');
    assert.match(after, /jane\.doe@example\.com/, 'a placeholder has no fix: reported, not changed');
    assert.ok((JSON.parse(r.stdout) as JsonResult[])[0].messages.some((m) => m.ruleId === 'placeholder'));
  });
});

test('--stdin with --stdin-filename: the name picks the format, config and path; --fix prints the fixed text', () => {
  withFolder({ 'cv/.resume-studio.json': '{ "rules": { "placeholder": "off" } }' }, (dir) => {
    const yaml = runIn(dir, yamlText('error.resume.yaml'), 'lint', '--stdin', '--stdin-filename', 'cv/jane.resume.yaml', '--format', 'json', ...TODAY);
    const res = JSON.parse(yaml.stdout) as JsonResult[];
    assert.equal(res[0].filePath, 'cv/jane.resume.yaml');
    assert.ok(res[0].messages.some((m) => m.ruleId === 'date-order'), 'read as JSON Resume YAML');
    assert.equal(yaml.code, 1, 'errors found');

    const md = runIn(dir, weakMd(), 'lint', '--stdin', '--stdin-filename', 'cv/resume.md', '--format', 'json', ...TODAY);
    assert.ok(!(JSON.parse(md.stdout) as JsonResult[])[0].messages.some((m) => m.ruleId === 'placeholder'), 'cv/.resume-studio.json applies');

    const anon = runIn(dir, weakMd(), 'lint', '--stdin', '--format', 'json', ...TODAY);
    const anonRes = JSON.parse(anon.stdout) as JsonResult[];
    assert.equal(anonRes[0].filePath, '<stdin>');
    assert.ok(anonRes[0].messages.some((m) => m.ruleId === 'weak-verb'), 'without a name the text is read as Markdown');

    const fixed = runIn(dir, weakMd(), 'lint', '--stdin', '--stdin-filename', 'resume.md', '--fix', ...TODAY);
    assert.match(fixed.stdout, /^- Maintained the internal deployment tooling$/m, 'stdout is the fixed résumé');
    assert.match(fixed.stdout, /^# Jane Doe$/m);
    assert.match(fixed.stderr, /employment-gap/, 'the report of what is left goes to stderr');
    assert.match(fixed.stderr, /fixed 2 problems in resume\.md/);
    assert.equal(existsSync(join(dir, 'resume.md')), false, 'nothing is written with --stdin');
  });
  const both = run('lint', '--stdin', fx('clean.resume.yaml'));
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--stdin reads one résumé from standard input, so give no files/);
  assert.match(run('lint', '--stdin-filename', 'x.md', fx('clean.resume.yaml')).stderr, /--stdin-filename names the text read with --stdin/);
});

test('.resume-studio-ignore and --ignore-pattern leave files out (gitignore syntax); an ignored file named directly is skipped with a warning', () => {
  const files = {
    'resume.md': weakMd(),
    'old/cv.md': weakMd(),
    'drafts/jane.resume.md': weakMd(),
    'drafts/keep.resume.md': weakMd(),
    '.resume-studio-ignore': '# drafts are not ready\ndrafts/\n!drafts/keep.resume.md\n',
  };
  withFolder(files, (dir) => {
    const paths = (r: { stdout: string }) => (JSON.parse(r.stdout) as JsonResult[]).map((x) => x.filePath).sort();
    // The negated line cannot re-include a file inside an excluded folder (as in .gitignore).
    assert.deepEqual(paths(runIn(dir, undefined, 'lint', '.', '--format', 'json', ...TODAY)), ['old/cv.md', 'resume.md']);
    assert.deepEqual(paths(runIn(dir, undefined, 'lint', '.', '--ignore-pattern', 'old', '--format', 'json', ...TODAY)), ['resume.md']);
    assert.deepEqual(paths(runIn(dir, undefined, 'lint', '**/*.md', '--ignore-pattern', 'old/**', '--ignore-pattern', '/resume.md', '--format', 'json', ...TODAY)), []);
    const direct = runIn(dir, undefined, 'lint', 'drafts/jane.resume.md', 'resume.md', '--format', 'json', ...TODAY);
    assert.deepEqual(paths(direct), ['resume.md']);
    assert.match(direct.stderr, /drafts\/jane\.resume\.md is ignored \(\.resume-studio-ignore, --ignore-pattern or a "!" pattern\), so it was not checked/);
    assert.equal(direct.code, 0, 'an explicitly named ignored file is a warning, not a failure');
    const all = runIn(dir, undefined, 'lint', 'drafts', ...TODAY);
    assert.equal(all.code, 2);
    assert.match(all.stderr, /every file "drafts" matches is ignored/);
    // The ignore rules apply to the name given with --stdin too.
    const stdin = runIn(dir, weakMd(), 'lint', '--stdin', '--stdin-filename', 'drafts/new.resume.md', ...TODAY);
    assert.equal(stdin.code, 0);
    assert.equal(stdin.stdout, '');
    assert.match(stdin.stderr, /drafts\/new\.resume\.md is ignored/);
  });
});

test('full glob syntax: [abc], @(a|b) and "!" negation', () => {
  const files = { 'a.resume.md': weakMd(), 'b.resume.txt': weakMd(), 'c.resume.md': weakMd(), 'sub/d.resume.md': weakMd() };
  withFolder(files, (dir) => {
    const paths = (...args: string[]) => (JSON.parse(runIn(dir, undefined, 'lint', ...args, '--format', 'json', ...TODAY).stdout) as JsonResult[]).map((x) => x.filePath).sort();
    assert.deepEqual(paths('[ab].resume.*'), ['a.resume.md', 'b.resume.txt']);
    assert.deepEqual(paths('*.resume.@(txt|yaml)'), ['b.resume.txt']);
    assert.deepEqual(paths('**/*.resume.md', '!sub/**', '!a.*'), ['c.resume.md']);
    assert.deepEqual(paths('**/!(c).resume.md'), ['a.resume.md', 'sub/d.resume.md']);
  });
});

test('--quiet reports errors only; warnings still count for --max-warnings', () => {
  const loud = lintJson(fx('error.resume.yaml'), fx('warnings.resume.yaml'));
  assert.ok(loud.results.some((r) => r.messages.some((m) => m.severity === 'warning')));
  const quiet = lintJson(fx('error.resume.yaml'), fx('warnings.resume.yaml'), '--quiet');
  const severities = new Set(quiet.results.flatMap((r) => r.messages.map((m) => m.severity)));
  assert.deepEqual([...severities], ['error']);
  assert.equal(quiet.code, 1);
  const stylish = run('lint', fx('warnings.resume.yaml'), '--quiet', '--max-warnings', '0', ...TODAY);
  assert.doesNotMatch(stylish.stdout, /weak-verb/);
  assert.equal(stylish.code, 1);
});

test('"no résumé files found" names every file name a folder is searched for', () => {
  withFolder({ 'notes.md': '# Notes\n' }, (dir) => {
    const r = runIn(dir, undefined, 'lint', '.');
    assert.equal(r.code, 2);
    for (const name of ['resume.md', 'cv.md', 'resume.txt', 'cv.txt', 'resume.json', '*.resume.{md,txt,json,yaml,yml}', '*_CV.yaml']) assert.ok(r.stderr.includes(name), `${name} in: ${r.stderr}`);
  });
  withFolder({ 'resume.txt': weakMd(), 'cv.txt': weakMd() }, (dir) => {
    const found = (JSON.parse(runIn(dir, undefined, 'lint', '.', '--format', 'json').stdout) as JsonResult[]).map((x) => x.filePath).sort();
    assert.deepEqual(found, ['cv.txt', 'resume.txt'], 'and finds them');
  });
});
