// Résumés keep their language (issue 11): the bundled server over stdio sends semantic tokens for
// section headings, roles, dates and metrics in every format (YAML values included), and reads a
// Markdown file of any name as a résumé when the VS Code client says it selected it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { InitializeResult, SemanticTokens } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

let client: LspClient;
let init: InitializeResult;
let n = 0;
const uri = (name: string) => `file:///tmp/resume-studio-highlight/${++n}/${name}`;

before(async () => {
  ({ client, init } = await LspClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } }));
});
after(async () => {
  assert.equal(await client.stop(), 0);
});

/** The tokens decoded to [type, text] pairs. */
async function tokens(c: LspClient, legend: string[], u: string): Promise<[string, string][]> {
  const r = await c.request<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri: u } });
  assert.ok(r, 'a semantic tokens result');
  const lines = c.text(u).split('\n');
  const out: [string, string][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < r.data.length; i += 5) {
    const [dl, dc, len, type] = r.data.slice(i, i + 4);
    line += dl;
    char = dl ? dc : char + dc;
    out.push([legend[type], lines[line].slice(char, char + len)]);
  }
  return out;
}

const YAML = `basics:
  name: Jane Doe
  email: jane@example.org
work:
  - name: Acme Corp
    position: Senior Engineer
    startDate: "2021-03"
    endDate: "2023-08"
    highlights:
      - Lead a team of 6 engineers building the billing platform used by 40,000 customers
`;

const MD = `# Jane Doe

jane@example.org

## Experience

### Senior Engineer, Acme Corp (Mar 2021 – Present)

- Helped build the payments API that cut checkout failures by 30%
`;

test('the server offers semantic tokens with its own token types', () => {
  const provider = init.capabilities.semanticTokensProvider;
  assert.ok(provider && 'legend' in provider);
  assert.deepEqual(provider.legend.tokenTypes, ['resumeSection', 'resumeRole', 'resumeDate', 'resumeMetric']);
  assert.equal(provider.full, true);
});

test('YAML résumé: section keys, role values, dates and metrics inside values are tokens', async () => {
  const legend = (init.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
  const u = uri('jane.resume.yaml');
  await client.open(u, YAML, 'yaml');
  const t = await tokens(client, legend, u);
  assert.deepEqual(t, [
    ['resumeSection', 'work'],
    ['resumeRole', 'Acme Corp'],
    ['resumeRole', 'Senior Engineer'],
    ['resumeDate', '2021-03'],
    ['resumeDate', '2023-08'],
    ['resumeMetric', '6 engineers'],
    ['resumeMetric', '40,000 customers'],
  ]);
});

test('Markdown résumé opened as markdown: headings, roles, the date range and metrics', async () => {
  const legend = (init.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
  const u = uri('resume.md');
  await client.open(u, MD, 'markdown');
  const t = await tokens(client, legend, u);
  assert.deepEqual(t, [
    ['resumeSection', '## Experience'],
    ['resumeRole', 'Senior Engineer'],
    ['resumeRole', 'Acme Corp'],
    ['resumeDate', 'Mar 2021 – Present'],
    ['resumeMetric', '30%'],
  ]);
  const d = await client.diagnostics(u);
  assert.ok(d.diagnostics.some((x) => x.code === 'weak-verb'), 'diagnostics for a Markdown résumé in its own language');
  // A Markdown file that is no résumé by name gets no tokens and no diagnostics from an editor that attaches to all Markdown.
  const notes = uri('notes.md');
  await client.open(notes, MD, 'markdown');
  assert.deepEqual((await client.diagnostics(notes)).diagnostics, []);
  assert.deepEqual(await tokens(client, legend, notes), []);
});

test('a client that selects résumés itself (VS Code: resumeStudio.files, "Treat This File as a Résumé") gets any Markdown name read', async () => {
  const { client: vscodeLike } = await LspClient.start({}, { initializationOptions: { clientName: 'resume-studio-vscode', selectsResumes: true } });
  try {
    const u = uri('career-notes.md');
    await vscodeLike.open(u, MD, 'markdown');
    const d = await vscodeLike.diagnostics(u);
    assert.ok(d.diagnostics.some((x) => x.code === 'weak-verb'), JSON.stringify(d.diagnostics.map((x) => x.code)));
    const txt = uri('notes.txt');
    await vscodeLike.open(txt, 'WORK EXPERIENCE\nAcme Corp\nEngineer\nJan 2020 – Present\n• Helped with the release process for the team\n', 'plaintext');
    assert.ok((await vscodeLike.diagnostics(txt)).diagnostics.some((x) => x.code === 'weak-verb'), 'a text file is read as a plain-text résumé');
  } finally {
    assert.equal(await vscodeLike.stop(), 0);
  }
});
