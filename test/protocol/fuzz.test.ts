// The server survives random edits and requests (SPEC §10): a seeded stream of edits with
// awkward text (CRLF, emoji, RTL, half-typed dates and YAML) interleaved with completion, hover,
// code action, symbol and folding requests. Every answer must come, every diagnostic range must
// lie inside the document, the final version must be published, and no handler may have failed
// (a failure is logged by the server's guard; any such log line fails the test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '- ', '* ', '• ', '\n', '\r\n', '## ', '### ', 'Experience', 'Helped build ', 'Responsible for ', 'I ', '40%', '$2M ',
  'Jan 2020 – Present', 'Febtember 2020', '13/2020', '2019 - 2017', ' (Mar. 2023 - ', 'Present)', '😀', 'שלום', 'e\u0301', '\t',
  '<!-- resume-studio-disable weak-verb -->', 'basics:\n', 'work:\n  - name: X\n    startDate: "2020-01"\n    highlights:\n      - ', '"', ':', '{', '[',
];

const START = `# Jane Doe
jane@fastmail.com | Austin, TX

## Experience

### Engineer, Acme (Jan 2020 – Present)
- Helped build the billing platform for 40,000 customers
- Led a team of 5 engineers

### Analyst, Globex (2016 – 2019)
- Responsible for reports
`;

function inside(text: string, d: Diagnostic): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(d.range.start) && ok(d.range.end);
}

for (const [name, languageId, seed] of [
  ['fuzz.resume.md', 'resume', 1],
  ['fuzz.resume.txt', 'resume', 2],
  ['fuzz.resume.yaml', 'yaml', 3],
] as const) {
  test(`random edits and requests on ${name} never break the server`, { timeout: 60000 }, async () => {
    const { client } = await LspClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } });
    try {
      const random = rng(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
      const uri = `file:///tmp/resume-studio-fuzz/${name}`;
      let text = languageId === 'yaml' ? 'basics:\n  name: Jane\nwork:\n  - name: Acme\n    highlights:\n      - Helped build it\n' : START;
      await client.open(uri, text, languageId);
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 300; i++) {
        const at = Math.floor(random() * (text.length + 1));
        if (random() < 0.3 && text.length > 0) {
          const end = Math.min(text.length, at + 1 + Math.floor(random() * 12));
          text = text.slice(0, at) + text.slice(end);
        } else text = text.slice(0, at) + pick(PIECES) + text.slice(at);
        pending.push(client.change(uri, text));
        const lines = text.split('\n');
        const line = Math.floor(random() * (lines.length + 2));
        const character = Math.floor(random() * 40);
        const position = { line, character };
        const doc = { textDocument: { uri } };
        switch (i % 5) {
          case 0:
            pending.push(client.request('textDocument/completion', { ...doc, position }));
            break;
          case 1:
            pending.push(client.request('textDocument/hover', { ...doc, position }));
            break;
          case 2:
            pending.push(client.request('textDocument/codeAction', { ...doc, range: { start: position, end: { line: line + 1, character: 0 } }, context: { diagnostics: [], only: i % 2 ? ['source.fixAll'] : undefined } }));
            break;
          case 3:
            pending.push(client.request('textDocument/documentSymbol', doc));
            break;
          default:
            pending.push(client.request('textDocument/foldingRange', doc));
        }
        // Let a few requests pile up, then wait for them, as a fast typist's editor would.
        if (i % 25 === 24) await Promise.all(pending.splice(0));
      }
      await Promise.all(pending);
      const last = client.version(uri);
      const final = await client.diagnosticsFor(uri, last);
      for (const d of final.diagnostics) assert.ok(inside(text, d), `diagnostic ${JSON.stringify(d.range)} outside the document`);
      const failures = client.stderr.filter((l) => /failed|uncaught|unhandled/i.test(l));
      assert.deepEqual(failures, [], 'no handler failed');
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
}
