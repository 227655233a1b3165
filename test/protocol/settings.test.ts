// The server's configuration over the protocol: settings pulled per document with
// workspace/configuration, relint on didChangeConfiguration, lint on save only, the nearest
// .resume-studio.json (bounded by the workspace folder) and relint when it changes.
import { CSPELL_GLOB } from '../../server/src/config-file';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

const RESUME = `basics:
  name: Jane Doe
  email: jane.doe@fastmail.com
work:
  - name: Acme Corp
    position: Senior Engineer
    startDate: "2019-03"
    endDate: "2023-05"
    highlights:
      - Helped build the payments API that cut checkout failures by 30%
`;

let client: LspClient;
let dir: string;
let settings: Record<string, Record<string, unknown>> = {};
let docs = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rs-settings-'));
  mkdirSync(join(dir, 'ws', 'team'), { recursive: true });
  const folder = pathToFileURL(join(dir, 'ws')).href;
  ({ client } = await LspClient.start(
    {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
    { workspaceFolders: [{ uri: folder, name: 'ws' }] },
  ));
  client.settings = (scopeUri) => settings[scopeUri ?? ''] ?? {};
});

after(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A résumé file URI inside the workspace folder (or a sub-folder). */
function fileUri(sub = ''): string {
  return pathToFileURL(join(dir, 'ws', sub, `r${++docs}.resume.yaml`)).href;
}

const weakOf = (p: { diagnostics: { code?: string | number; severity?: number }[] }) => p.diagnostics.filter((d) => d.code === 'weak-verb');

test('the server registers for configuration changes and .resume-studio.json and cspell.json events', async () => {
  // Registration happens after "initialized"; a first diagnostics round trip makes sure it is done.
  const u = fileUri();
  await client.open(u, RESUME, 'yaml');
  await client.diagnosticsFor(u, 1);
  assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
  const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
  // cspell's files too: their words are accepted by the spelling rule.
  assert.deepEqual((watch?.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern), ['**/.resume-studio.json', CSPELL_GLOB]);
});

test('rule settings are pulled per document; a settings change relints the same version', async () => {
  const u = fileUri();
  settings[u] = { rules: { 'weak-verb': 'off' } };
  await client.open(u, RESUME, 'yaml');
  const first = await client.diagnosticsFor(u, 1);
  assert.deepEqual(weakOf(first), [], 'weak-verb is off for this document');
  assert.ok(client.configurationRequests.some((r) => r.scopeUri === u && r.section === 'resumeStudio'));

  settings[u] = { rules: { 'weak-verb': 'error' } };
  const before = client.published.get(u)!.length;
  await client.notify('workspace/didChangeConfiguration', { settings: null });
  const again = await client.diagnostics(u, (p) => client.published.get(u)!.indexOf(p) >= before);
  assert.equal(again.version, 1);
  assert.equal(weakOf(again)[0]?.severity, 1, 'weak-verb now reported as an error');
});

test('lintOnSave: changes are not linted until the file is saved', async () => {
  const u = fileUri();
  settings[u] = { lintOnSave: true };
  await client.open(u, RESUME.replace('Helped build', 'Built'), 'yaml');
  const opened = await client.diagnosticsFor(u, 1);
  assert.deepEqual(weakOf(opened), [], 'linted on open');
  const v = await client.change(u, RESUME);
  // Another document's diagnostics are published after the change has been handled.
  const other = fileUri();
  await client.open(other, RESUME, 'yaml');
  await client.diagnosticsFor(other, 1);
  assert.ok(!client.published.get(u)!.some((p) => p.version === v), 'no diagnostics for an unsaved change');
  await client.save(u);
  const saved = await client.diagnosticsFor(u, v);
  assert.equal(weakOf(saved).length, 1);
});

test('the nearest .resume-studio.json applies, and a change to it relints open documents', async () => {
  const config = join(dir, 'ws', 'team', '.resume-studio.json');
  writeFileSync(config, '{ "rules": { "weak-verb": "off" } }');
  const u = fileUri('team');
  await client.open(u, RESUME, 'yaml');
  assert.deepEqual(weakOf(await client.diagnosticsFor(u, 1)), []);

  writeFileSync(config, '{ "rules": { "weak-verb": "hint" } }');
  const before = client.published.get(u)!.length;
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
  const again = await client.diagnostics(u, (p) => client.published.get(u)!.indexOf(p) >= before);
  assert.equal(weakOf(again)[0]?.severity, 4, 'weak-verb as a hint, from the changed file');
});

test('a .resume-studio.json above the workspace folder does not apply', async () => {
  writeFileSync(join(dir, '.resume-studio.json'), '{ "rules": { "weak-verb": "off" } }');
  const u = fileUri();
  await client.open(u, RESUME, 'yaml');
  assert.equal(weakOf(await client.diagnosticsFor(u, 1)).length, 1);
});
