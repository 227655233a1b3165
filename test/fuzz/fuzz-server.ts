// The server half of `npm run fuzz`: random edits (awkward text, whole-line deletions, pastes)
// interleaved with completion, hover, code action, symbol and folding requests on three
// documents. Every request must be answered, every published range must lie inside its
// document, the final version must be published, and no handler may log a failure.
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../protocol/lsp-client';
import { rng } from '../util/adversarial';

const PIECES = [
  '- ', '* ', '\n', '\r\n', '## ', '### ', 'Experience', 'Helped build ', 'Responsible for ', 'I ', '40%', 'Jan 2020 – Present', '13/2020', ' (Mar. 2023 - ',
  '😀', 'e\u0301', '\t', '<!-- resume-studio-disable weak-verb -->', '<!--', '[a](', '**', 'basics:\n', '"', ':', '{', '[', '1-2'.repeat(40), 'a'.repeat(300),
];

function inside(text: string, d: Diagnostic): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(d.range.start) && ok(d.range.end);
}

export interface ServerFuzzReport {
  edits: number;
  requests: number;
  failures: string[];
  ms: number;
}

export async function fuzzServer(edits: number, seed = 1): Promise<ServerFuzzReport> {
  const report: ServerFuzzReport = { edits: 0, requests: 0, failures: [], ms: 0 };
  const t0 = Date.now();
  const { client } = await LspClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } });
  try {
    const random = rng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const docs = [
      { uri: 'file:///tmp/resume-studio-fuzz/a.resume.md', lang: 'resume', text: '# Jane Doe\njane@fastmail.com\n\n## Experience\n\n### Engineer, Acme (Jan 2020 – Present)\n- Helped build it\n' },
      { uri: 'file:///tmp/resume-studio-fuzz/b.resume.txt', lang: 'resume', text: 'JANE DOE\njane@fastmail.com\n\nEXPERIENCE\nEngineer, Acme\nJan 2020 – Present\n- Led a team\n' },
      { uri: 'file:///tmp/resume-studio-fuzz/c.resume.yaml', lang: 'yaml', text: 'basics:\n  name: Jane\nwork:\n  - name: Acme\n    highlights:\n      - Helped build it\n' },
    ];
    for (const d of docs) await client.open(d.uri, d.text, d.lang);
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < edits; i++) {
      const d = docs[i % docs.length];
      const at = Math.floor(random() * (d.text.length + 1));
      const r = random();
      if (r < 0.3 && d.text.length > 0) d.text = d.text.slice(0, at) + d.text.slice(Math.min(d.text.length, at + 1 + Math.floor(random() * 20)));
      else if (r < 0.35) d.text = d.text.slice(0, at) + d.text.slice(0, Math.min(d.text.length, 400)) + d.text.slice(at);
      else d.text = d.text.slice(0, at) + pick(PIECES) + d.text.slice(at);
      if (d.text.length > 30_000) d.text = d.text.slice(0, 30_000);
      pending.push(client.change(d.uri, d.text));
      report.edits++;
      const lines = d.text.split('\n');
      const position = { line: Math.floor(random() * (lines.length + 2)), character: Math.floor(random() * 60) };
      const doc = { textDocument: { uri: d.uri } };
      const method = ['textDocument/completion', 'textDocument/hover', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange'][i % 5];
      const params =
        method === 'textDocument/codeAction'
          ? { ...doc, range: { start: position, end: { line: position.line + 1, character: 0 } }, context: { diagnostics: [], only: i % 2 ? ['source.fixAll'] : undefined } }
          : method === 'textDocument/documentSymbol' || method === 'textDocument/foldingRange'
            ? doc
            : { ...doc, position };
      pending.push(client.request(method, params).catch((e: Error) => report.failures.push(`${method} failed: ${e.message}`)));
      report.requests++;
      if (i % 25 === 24) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    for (const d of docs) {
      const final = await client.diagnosticsFor(d.uri, client.version(d.uri));
      for (const diag of final.diagnostics) if (!inside(d.text, diag)) report.failures.push(`${d.uri}: diagnostic ${JSON.stringify(diag.range)} outside the document`);
    }
    for (const l of client.stderr) if (/failed|uncaught|unhandled/i.test(l)) report.failures.push(`server log: ${l.slice(0, 300)}`);
  } finally {
    const code = await client.stop();
    if (code !== 0) report.failures.push(`server exited with ${code}`);
  }
  report.ms = Date.now() - t0;
  return report;
}
