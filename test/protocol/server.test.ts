// The bundled language server (dist/server.js --stdio) driven over JSON-RPC like an editor would:
// capabilities, diagnostics per version (stale results dropped), completion, hover, code actions,
// outline, custom requests, and survival of bad requests. Build first: node scripts/build.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, CodeAction, CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const JSON_RESUME = `basics:
  name: Jane Doe
  email: jane.doe@example.com
  phone: "+1 555 0100"
work:
  - name: Acme Corp
    position: Senior Engineer
    startDate: "2021-03"
    highlights:
      - Lead a team of 6 engineers building the billing platform used by 40,000 customers
      - Helped build the payments API that cut checkout failures by 30%
  - name: Globex
    position: Software Engineer
    startDate: "2017-01"
    endDate: "2019-12"
    highlights:
      - Reduced build times from 40 minutes to 9 minutes for 120 engineers at the company
      - Designed the release process that shipped 200 deploys a month without an outage
`;

const MARKDOWN_RESUME = `# Jane Doe

jane.doe@example.com | +1 555 0100 | Austin, TX

## Experience

### Senior Engineer, Acme Corp (Mar 2021 – Present)

- Lead a team of 6 engineers building the billing platform used by 40,000 customers
- Designed the payments API that cut checkout failures by 30% across 12 markets

### Software Engineer, Globex (Jan 2017 – Dec 2019)

- Helped build the internal deployment tooling used by 120 engineers every day
- Reduced build times from 40 minutes to 9 minutes for 120 engineers at the company
`;

let client: LspClient;
let init: InitializeResult;
let docs = 0;
/** A fresh URI per test, so tests do not see each other's diagnostics. */
const uri = (name: string) => `file:///tmp/resume-studio-protocol/${++docs}/${name}`;

before(async () => {
  ({ client, init } = await LspClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } }));
});

after(async () => {
  const code = await client.stop();
  assert.equal(code, 0, `the server should exit cleanly after shutdown/exit; its log:\n${client.stderr.join('')}`);
});

function labels(result: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(result) ? result : result?.items ?? [];
  return items.map((i) => i.label);
}

/** LSP 3.18 allows Markdown messages; the server sends plain strings. */
function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return Array.isArray(result) ? result : result?.items ?? [];
}

function lineOf(text: string, needle: string): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture should contain ${needle}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('initialize announces full sync, completion, hover, code actions with fixAll, symbols and folding', () => {
  const caps = init.capabilities;
  const sync = caps.textDocumentSync as { change: number; openClose: boolean; save: unknown };
  assert.equal(sync.change, 1, 'full document sync');
  assert.equal(sync.openClose, true);
  assert.ok(sync.save, 'save notifications for lintOnSave');
  assert.ok(caps.completionProvider?.triggerCharacters?.includes(' '));
  assert.equal(caps.hoverProvider, true);
  const kinds = (caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
  assert.deepEqual([...kinds].sort(), ['quickfix', 'source.fixAll.resumeStudio']);
  assert.ok(caps.documentSymbolProvider);
  assert.equal(caps.foldingRangeProvider, true);
  assert.equal(init.serverInfo?.name, 'resume-studio');
});

test('didOpen publishes diagnostics with rule code, doc link, source and the exact range', { timeout: 20000 }, async () => {
  const u = uri('jane.resume.yaml');
  await client.open(u, JSON_RESUME, 'yaml');
  const p = await client.diagnosticsFor(u, 1);
  const weak = p.diagnostics.find((d) => d.code === 'weak-verb');
  assert.ok(weak, `a "Helped build" bullet must give weak-verb; got ${JSON.stringify(p.diagnostics.map((d) => d.code))}`);
  assert.equal(client.rangeText(u, weak), 'Helped build');
  assert.equal(weak.source, 'resume-studio');
  assert.equal(weak.severity, 2);
  assert.equal(weak.codeDescription?.href, 'https://github.com/resume-studio/resume-studio/blob/main/docs/rules/weak-verb.md');
  assert.match(messageOf(weak), /Helped build/);
  for (const d of p.diagnostics) assert.ok(typeof d.code === 'string' && d.code.length > 0, 'every diagnostic names its rule');
});

test('YAML structure problems come from resume-studio/schema', { timeout: 20000 }, async () => {
  const u = uri('broken.resume.yaml');
  await client.open(u, 'basics:\n  name: Jane Doe\n   email: jane@example.com\nwork: []\n', 'yaml');
  const p = await client.diagnosticsFor(u, 1);
  const schema = p.diagnostics.filter((d) => d.source === 'resume-studio/schema');
  assert.ok(schema.length > 0, `expected a schema diagnostic; got ${JSON.stringify(p.diagnostics)}`);
  assert.equal(schema[0].severity, 1);
  assert.equal(schema[0].range.start.line, 1, 'the YAML error is reported where it is');
});

test('YAML and JSON that are not résumés get empty diagnostics', { timeout: 20000 }, async () => {
  const u = uri('docker-compose.yaml');
  await client.open(u, 'services:\n  web:\n    image: nginx\n', 'yaml');
  const p = await client.diagnosticsFor(u, 1);
  assert.deepEqual(p.diagnostics, []);
  const c = await client.request<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 2 } });
  assert.deepEqual(labels(c), []);
});

test('didChange publishes diagnostics for the new version; a fixed bullet loses its diagnostic', { timeout: 20000 }, async () => {
  const u = uri('change.resume.yaml');
  await client.open(u, JSON_RESUME, 'yaml');
  const first = await client.diagnosticsFor(u, 1);
  assert.ok(first.diagnostics.some((d) => d.code === 'weak-verb'));
  const v = await client.change(u, JSON_RESUME.replace('Helped build', 'Build'));
  const second = await client.diagnosticsFor(u, v);
  assert.equal(v, 2);
  assert.ok(!second.diagnostics.some((d) => d.code === 'weak-verb'), `weak-verb should be gone: ${JSON.stringify(second.diagnostics)}`);
});

test('a burst of changes: stale versions are never published after newer ones, the last matches the final text', { timeout: 20000 }, async () => {
  const u = uri('burst.resume.yaml');
  await client.open(u, JSON_RESUME.replace('Helped build', 'Build'), 'yaml');
  await client.diagnosticsFor(u, 1);
  // Versions 2..9 alternate between a clean text and one with a weak verb; the last one has it.
  let last = 1;
  const sends: Promise<number>[] = [];
  for (let i = 0; i < 8; i++) {
    const text = i % 2 === 0 ? JSON_RESUME.replace('Helped build', 'Build') : JSON_RESUME;
    sends.push(client.change(u, text));
  }
  last = Math.max(...(await Promise.all(sends)));
  assert.equal(client.text(u), JSON_RESUME);
  const final = await client.diagnosticsFor(u, last);
  const weak = final.diagnostics.filter((d) => d.code === 'weak-verb');
  assert.equal(weak.length, 1, 'the final text has one weak verb');
  // A round trip after the final publish: anything stale would have arrived by now.
  await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
  const versions = (client.published.get(u) ?? []).map((p) => p.version ?? -1);
  // Never an older version after a newer one. (The same version may come again when settings or
  // the spelling dictionary change, never within a burst of edits.)
  for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `no stale result after a newer one: ${versions}`);
  assert.ok(versions.length <= 9, `at most one publish per version: ${versions}`);
  assert.equal(versions[versions.length - 1], last);
});

test('completion at a bullet start offers action verbs in the tense the role needs, unused first', { timeout: 20000 }, async () => {
  const u = uri('complete.resume.yaml');
  // An empty highlight in the current role (Acme) and one in the ended role (Globex).
  const text = JSON_RESUME.replace('      - Helped build', '      - \n      - Helped build').replace('      - Designed', '      - \n      - Designed');
  await client.open(u, text, 'yaml');
  await client.diagnosticsFor(u, 1);
  const lines = text.split('\n');
  const current = lines.findIndex((l) => l === '      - ');
  const past = lines.findIndex((l, i) => i > current && l === '      - ');
  assert.ok(current > 0 && past > current);

  const now = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: current, character: 8 } });
  const nowLabels = labels(now);
  assert.ok(nowLabels.includes('Lead') && nowLabels.includes('Build'), `present tense for the current role: ${nowLabels.slice(0, 20)}`);
  assert.ok(!nowLabels.includes('Led') && !nowLabels.includes('Built'));
  const sort = (l: string) => items(now).find((i) => i.label === l)?.sortText ?? '';
  assert.ok(sort('Lead') > sort('Build'), '"Lead" already opens a bullet in this role, so it sorts after unused verbs');
  const build = items(now).find((i) => i.label === 'Build')!;
  assert.ok(build.labelDetails?.description, 'verbs are grouped by category');

  const then = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: past, character: 8 } });
  const thenLabels = labels(then);
  assert.ok(thenLabels.includes('Led') && thenLabels.includes('Built'), `past tense for the ended role: ${thenLabels.slice(0, 20)}`);
  assert.ok(!thenLabels.includes('Lead') && !thenLabels.includes('Manage'));
});

test('completion in a Markdown résumé: past-tense verbs after "- " in an ended role, section names after "## "', { timeout: 20000 }, async () => {
  const u = uri('resume.md');
  const text = MARKDOWN_RESUME + '- \n\n## \n';
  await client.open(u, text);
  await client.diagnosticsFor(u, 1);
  const lines = text.split('\n');
  const bullet = lines.lastIndexOf('- ');
  const heading = lines.lastIndexOf('## ');
  const verbs = labels(await client.request('textDocument/completion', { textDocument: { uri: u }, position: { line: bullet, character: 2 } }));
  assert.ok(verbs.includes('Led') && verbs.includes('Built'), `past tense for the Globex role: ${verbs.slice(0, 20)}`);
  assert.ok(!verbs.includes('Lead'));
  const headings = labels(await client.request('textDocument/completion', { textDocument: { uri: u }, position: { line: heading, character: 3 } }));
  assert.ok(headings.includes('Education') && headings.includes('Skills'), `section names: ${headings}`);
});

test('Markdown: a "Helped build" bullet gives weak-verb', { timeout: 20000 }, async () => {
  const u = uri('resume.md');
  await client.open(u, MARKDOWN_RESUME);
  const p = await client.diagnosticsFor(u, 1);
  const weak = p.diagnostics.find((d) => d.code === 'weak-verb');
  assert.ok(weak, `got ${JSON.stringify(p.diagnostics.map((d) => d.code))}`);
  assert.equal(client.rangeText(u, weak), 'Helped build');
});

test('hover explains the rule and offers stronger verbs; on a date range it shows the duration', { timeout: 20000 }, async () => {
  const u = uri('hover.resume.yaml');
  await client.open(u, JSON_RESUME, 'yaml');
  const p = await client.diagnosticsFor(u, 1);
  const weak = p.diagnostics.find((d) => d.code === 'weak-verb')!;
  const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: weak.range.start });
  const value = (h.contents as MarkupContent).value;
  assert.match(value, /weak-verb/);
  assert.match(value, /Stronger alternatives: \*\*/);
  assert.match(value, /docs\/rules\/weak-verb\.md/);

  // "2017-01" – "2019-12" is 3 years, both ends counted.
  const pos = lineOf(JSON_RESUME, '"2017-01"');
  const d = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: { line: pos.line, character: pos.character + 2 } });
  assert.ok(d, 'a hover on the start date');
  assert.match((d.contents as MarkupContent).value, /3 yrs/);
});

test('code actions: the preferred quick fix, applied, removes the diagnostic; disable comments; source.fixAll', { timeout: 20000 }, async () => {
  const u = uri('fix.resume.yaml');
  await client.open(u, JSON_RESUME, 'yaml');
  const p = await client.diagnosticsFor(u, 1);
  const weak = p.diagnostics.find((d) => d.code === 'weak-verb')!;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: weak.range, context: { diagnostics: [weak] } });
  const preferred = actions.find((a) => a.isPreferred && a.kind === 'quickfix');
  assert.ok(preferred?.edit?.changes?.[u], `a preferred quick fix with an edit: ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(actions.some((a) => a.title === 'Disable weak-verb for this line'));
  assert.ok(actions.some((a) => a.title === 'Disable weak-verb for this file'));

  const fixed = client.applyEdits(u, preferred.edit.changes[u]);
  const v = await client.change(u, fixed);
  const after = await client.diagnosticsFor(u, v);
  assert.ok(!after.diagnostics.some((d) => d.code === 'weak-verb'), `the fix should remove weak-verb: ${fixed.split('\n')[10]}`);

  // The disable-line comment silences the rule on that bullet.
  await client.change(u, JSON_RESUME);
  const disable = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: weak.range, context: { diagnostics: [weak] } })).find(
    (a) => a.title === 'Disable weak-verb for this line',
  )!;
  const v2 = await client.change(u, client.applyEdits(u, disable.edit!.changes![u]));
  const silenced = await client.diagnosticsFor(u, v2);
  assert.ok(!silenced.diagnostics.some((d) => d.code === 'weak-verb'), `disabled: ${client.text(u)}`);

  // source.fixAll is offered only when asked for, and fixes every fixable finding at once.
  await client.change(u, JSON_RESUME);
  const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: whole, context: { diagnostics: [] } });
  assert.ok(!none.some((a) => a.kind === 'source.fixAll.resumeStudio'));
  const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
  const fixAll = all.find((a) => a.kind === 'source.fixAll.resumeStudio');
  assert.ok(fixAll?.edit?.changes?.[u]?.length);
  assert.ok(all.every((a) => a.kind === 'source.fixAll.resumeStudio'), 'only the asked-for kind');
});

test('outline: sections with their roles; folding ranges for them', { timeout: 20000 }, async () => {
  const u = uri('outline.resume.yaml');
  await client.open(u, JSON_RESUME, 'yaml');
  await client.diagnosticsFor(u, 1);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
  const work = symbols.find((s) => s.children?.some((c) => /Acme Corp/.test(c.name)));
  assert.ok(work, `a section holding the Acme role: ${JSON.stringify(symbols.map((s) => s.name))}`);
  assert.equal(work.children!.length, 2);
  assert.match(work.children![1].name, /Globex/);
  const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: u } });
  const acme = lineOf(JSON_RESUME, '- name: Acme Corp').line;
  assert.ok(folds.some((f) => f.startLine === acme && f.endLine > acme), `a fold starting at the Acme role (line ${acme}): ${JSON.stringify(folds)}`);
});

test('custom requests: stats, parsed model and render answer from the engine', { timeout: 20000 }, async () => {
  const u = uri('custom.resume.yaml');
  await client.open(u, JSON_RESUME, 'yaml');
  await client.diagnosticsFor(u, 1);
  const stats = await client.request<{ words: number; bullets: number; bulletsWithMetric: number; pages: number }>('resumeStudio/stats', { uri: u });
  assert.equal(stats.bullets, 4);
  assert.equal(stats.bulletsWithMetric, 4);
  assert.ok(stats.words > 40 && stats.pages === 1, JSON.stringify(stats));
  type Located = { value: string; span: { start: number; end: number; from: string; to: string } };
  const model = await client.request<{ format: string; model: { sections: unknown[]; contact: { name: Located } } } | null>('resumeStudio/parsedModel', { uri: u });
  assert.equal(model?.format, 'jsonresume');
  // "Show Parsed Model" shows where each field came from: its span, and the same place as line:column (1-based).
  const name = model!.model.contact.name;
  const at = lineOf(JSON_RESUME, 'Jane Doe');
  assert.equal(name.value, 'Jane Doe');
  assert.equal(JSON_RESUME.slice(name.span.start, name.span.end), 'Jane Doe');
  assert.deepEqual([name.span.from, name.span.to], [`${at.line + 1}:${at.character + 1}`, `${at.line + 1}:${at.character + 1 + 'Jane Doe'.length}`]);
  const html = await client.request<{ version: number; body: string; css: string }>('resumeStudio/render', { uri: u });
  assert.equal(html.version, 1);
  assert.match(html.body, /Jane Doe/);
  await assert.rejects(client.request('resumeStudio/render', { uri: uri('never-opened.md') }), /Open the file in an editor first/);
  // Markdown's inline marks go through markdown-it, which the server loads from dist/markdown-lib.js
  // at its first render (not at start): the render still prints them.
  const mdUri = uri('render.resume.md');
  await client.open(mdUri, '# Jane Doe\njane@example.com\n\n## Experience\n\n### Engineer, Acme (2019 – 2021)\n\n- Cut **build time** from 20 to 5 minutes for 40 engineers\n', 'markdown');
  await client.diagnosticsFor(mdUri, 1);
  const mdHtml = await client.request<{ version: number; body: string }>('resumeStudio/render', { uri: mdUri });
  assert.match(mdHtml.body, /<strong>build time<\/strong>/);
});

test('a file over the size cap gets one info diagnostic and no linting', { timeout: 20000 }, async () => {
  const u = uri('huge.resume.md');
  await client.open(u, MARKDOWN_RESUME + '- Helped build things\n'.repeat(60000));
  const p = await client.diagnosticsFor(u, 1);
  assert.equal(p.diagnostics.length, 1);
  assert.equal(p.diagnostics[0].severity, 3);
  assert.match(messageOf(p.diagnostics[0]), /resumeStudio\.maxFileSize/);
});

test('requests for unknown documents and junk params do not kill the server', { timeout: 20000 }, async () => {
  const ghost = { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 3, character: 1 } };
  assert.equal(await client.request('textDocument/hover', ghost), null);
  assert.deepEqual(await client.request('textDocument/completion', ghost), []);
  // Positions far outside the text are clamped, not thrown on.
  const u = uri('edge.resume.yaml');
  await client.open(u, JSON_RESUME, 'yaml');
  await client.diagnosticsFor(u, 1);
  await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 9999, character: 9999 } });
  await client.request('textDocument/completion', { textDocument: { uri: u }, position: { line: 9999, character: 9999 } });
  assert.equal(await client.request('textDocument/hover', { nonsense: true }), null, 'a malformed request gets an empty answer');
  // Still alive: it answers and lints the next change.
  const v = await client.change(u, JSON_RESUME.replace('Helped build', 'Build'));
  const p = await client.diagnosticsFor(u, v);
  assert.ok(!p.diagnostics.some((d) => d.code === 'weak-verb'));
});

test('spelling: found once the dictionary has loaded, "Add to dictionary" is a client command, and a pushed word silences it', { timeout: 30000 }, async () => {
  const u = uri('spelling.resume.md');
  await client.open(u, MARKDOWN_RESUME.replace('Reduced build times', 'Reduced bulid times'));
  // The dictionary loads after the first diagnostics are out; then the document is checked again.
  const p = await client.diagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'spelling'));
  const typo = p.diagnostics.find((d) => d.code === 'spelling')!;
  assert.equal(client.rangeText(u, typo), 'bulid');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: typo.range, context: { diagnostics: [typo] } });
  const add = actions.find((a) => a.title === "Add 'bulid' to dictionary");
  assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(add.command?.command, 'resumeStudio.addWordToDictionary');
  assert.deepEqual(add.command?.arguments, ['bulid', u]);
  assert.equal(add.edit, undefined, 'the client writes the word, not an edit to the résumé');

  // What the client does after writing the setting: the server re-checks with the new word.
  const before = client.published.get(u)!.length;
  await client.notify('workspace/didChangeConfiguration', { settings: { resumeStudio: { words: ['bulid'] } } });
  const after = await client.diagnostics(u, (x) => client.published.get(u)!.indexOf(x) >= before);
  assert.ok(!after.diagnostics.some((d) => d.code === 'spelling' && client.rangeText(u, d) === 'bulid'));
  await client.notify('workspace/didChangeConfiguration', { settings: { resumeStudio: {} } });
});

test('other editors attach the server to every Markdown file: only résumé names (or the resume language) are checked', { timeout: 20000 }, async () => {
  const readme = uri('README.md');
  await client.open(readme, MARKDOWN_RESUME, 'markdown');
  assert.deepEqual((await client.diagnosticsFor(readme, 1)).diagnostics, []);
  const named = uri('resume.md');
  await client.open(named, MARKDOWN_RESUME, 'markdown');
  assert.ok((await client.diagnosticsFor(named, 1)).diagnostics.some((d) => d.code === 'weak-verb'));
  const chosen = uri('career.md');
  await client.open(chosen, MARKDOWN_RESUME, 'resume');
  assert.ok((await client.diagnosticsFor(chosen, 1)).diagnostics.some((d) => d.code === 'weak-verb'), 'the resume language is a résumé whatever the name');
});
