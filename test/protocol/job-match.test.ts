// The job match over the language protocol (dist/server.js --stdio): a posting paired by the
// client's notification (an untitled editor's text), by the résumé's resume-studio-job comment and
// by the resumeStudio.jobDescription setting; the summary diagnostic, completions, hover and the
// preview part; and results that follow when the posting changes on disk. Build first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';
import { repoRoot } from '../util/paths';

const RESUME = readFileSync(join(repoRoot, 'test/fixtures/job-match/resume.md'), 'utf8');
const POSTING = readFileSync(join(repoRoot, 'test/fixtures/job-match/posting.md'), 'utf8');

let client: LspClient;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'resume-job-'));
  ({ client } = await LspClient.start(
    { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] },
  ));
});

after(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

const job = (p: PublishDiagnosticsParams): Diagnostic | undefined => p.diagnostics.find((d) => d.code === 'job-match');
/** A diagnostic's message as text (LSP 3.18 also allows markup). */
const msg = (d: Diagnostic | undefined): string => (typeof d?.message === 'string' ? d.message : d?.message?.value ?? '');

test('a posting paired by the client: one summary diagnostic, missing terms first in completions, hover, preview part', { timeout: 30000 }, async () => {
  const uri = pathToFileURL(join(dir, 'paired', 'resume.md')).href;
  await client.open(uri, RESUME, 'markdown');
  await client.diagnosticsFor(uri, 1);
  const paired = client.diagnostics(uri, (p) => job(p) !== undefined);
  await client.notify('resumeStudio/jobPosting', { resumeUri: uri, postingUri: 'untitled:Untitled-1', name: 'Untitled-1', text: POSTING });
  const d = job(await paired)!;
  assert.match(msg(d), /^Job match with Untitled-1: \d+% of the posting's weighted terms \(\d+ of \d+ shown\)\. Missing: .*Go \(required\).*Add the ones you have to an experience bullet/);
  assert.equal((await paired).diagnostics.filter((x) => x.code === 'job-match').length, 1, 'one summary diagnostic');

  // Completions: the posting's missing terms, before everything else.
  const line = RESUME.split('\n').findIndex((l) => l.startsWith('- Wrote Python'));
  const result = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } });
  const items = Array.isArray(result) ? result : result.items;
  const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  const jobItems = sorted.filter((i) => /^Missing from your résumé/.test(i.detail ?? ''));
  assert.ok(jobItems.length >= 5, `missing terms are offered; got ${items.slice(0, 8).map((i) => i.label).join(', ')}`);
  assert.deepEqual(sorted.slice(0, jobItems.length), jobItems, 'the missing terms sort before every other completion');
  assert.ok(jobItems.slice(0, 5).some((i) => i.label === 'Go'), 'a heavy (required) missing term is among the first');
  assert.match(jobItems.find((i) => i.label === 'Go')!.detail ?? '', /Missing from your résumé: Untitled-1 asks for it \(required\)/);
  assert.ok(!jobItems.some((i) => i.label === 'Kubernetes'), 'a term the résumé has (as K8s) is not offered');

  // Hover on "K8s": what it answers in the posting.
  const k8sLine = RESUME.split('\n').findIndex((l) => l.includes('K8s'));
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: k8sLine, character: RESUME.split('\n')[k8sLine].indexOf('K8s') + 1 } });
  const value = (h?.contents as MarkupContent | undefined)?.value ?? '';
  assert.match(value, /Job match: Kubernetes\*\* answers a \*responsibility\* term of Untitled-1 — written here as “K8s”/);
  assert.match(value, /Run our Kubernetes clusters on AWS/);

  // The preview's part: the coverage bar, missing and matched terms with the lines they jump to.
  const r = await client.request<{ jobMatch?: string }>('resumeStudio/render', { uri });
  assert.match(r.jobMatch ?? '', /<meter class="rs-jm-bar"[^>]*value="\d+"/);
  assert.match(r.jobMatch ?? '', new RegExp(`<button type="button" class="rs-jm-use" data-line="${k8sLine}"[^>]*>Kubernetes</button>`));

  // Unpaired: the diagnostic goes.
  const gone = client.diagnostics(uri, (p) => job(p) === undefined);
  await client.notify('resumeStudio/jobPosting', { resumeUri: uri, text: null });
  await gone;
});

test('a resume-studio-job comment names the posting; results follow when it changes on disk', { timeout: 30000 }, async () => {
  mkdirSync(join(dir, 'directive', 'postings'), { recursive: true });
  const postingPath = join(dir, 'directive', 'postings', 'acme.md');
  writeFileSync(postingPath, POSTING);
  const uri = pathToFileURL(join(dir, 'directive', 'resume.md')).href;
  const text = RESUME.replace('# Maya Okafor\n', '# Maya Okafor\n<!-- resume-studio-job: postings/acme.md -->\n');
  await client.open(uri, text, 'markdown');
  const first = job(await client.diagnostics(uri, (p) => job(p) !== undefined))!;
  assert.match(msg(first), /Job match with postings\/acme\.md/);
  assert.equal(first.range.start.line, 1, 'the summary sits on the comment that names the posting');
  assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('acme.md')), 'the posting file is watched');

  // The posting gains a term the résumé lacks: the summary counts it once the change is reported,
  // and the preview part lists it as missing.
  writeFileSync(postingPath, POSTING.replace('- Kafka', '- Kafka\n- Snowflake'));
  const next = client.diagnostics(uri, (p) => job(p) !== undefined && msg(job(p)) !== msg(first));
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(postingPath).href, type: 2 }] });
  assert.match(msg(job(await next)), /\(\d+ of 22 shown\)/);
  const r = await client.request<{ jobMatch?: string }>('resumeStudio/render', { uri });
  assert.match(r.jobMatch ?? '', /<ul class="rs-jm-missing">.*Snowflake <span class="rs-jm-level">nice to have<\/span>/);

  // A path that does not exist: a warning that says so and what to do.
  const broken = client.diagnostics(uri, (p) => /Cannot read/.test(msg(job(p))));
  await client.change(uri, text.replace('postings/acme.md', 'postings/nope.md'));
  assert.match(msg(job(await broken)), /Cannot read the job posting "postings\/nope\.md" named in the resume-studio-job comment \(ENOENT\)\. Check the path: it is relative to the résumé's folder\./);
});

test('the resumeStudio.jobDescription setting pairs every résumé in the workspace', { timeout: 30000 }, async () => {
  writeFileSync(join(dir, 'posting.txt'), POSTING);
  client.settings = () => ({ jobDescription: 'posting.txt' });
  await client.notify('workspace/didChangeConfiguration', { settings: null });
  const uri = pathToFileURL(join(dir, 'setting', 'resume.md')).href;
  await client.open(uri, RESUME, 'markdown');
  const d = job(await client.diagnostics(uri, (p) => job(p) !== undefined))!;
  assert.match(msg(d), /Job match with posting\.txt: \d+%/);
  client.settings = () => ({});
  await client.notify('workspace/didChangeConfiguration', { settings: null });
});
