// `resume-studio lsp --stdio` (dist/cli.js) is the same server as dist/server.js: what Neovim,
// Helix and Emacs users start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { LspClient } from './lsp-client';
import { repoRoot } from '../util/paths';

test('resume-studio lsp --stdio answers initialize and publishes diagnostics', { timeout: 20000 }, async () => {
  const { client, init } = await LspClient.start({}, { command: [join(repoRoot, 'dist', 'cli.js'), 'lsp', '--stdio'] });
  try {
    assert.equal(init.serverInfo?.name, 'resume-studio');
    const uri = 'file:///tmp/resume-studio-cli-lsp/cv.md';
    await client.open(uri, '# Jane Doe\n\njane@fastmail.com\n\n## Experience\n\n### Engineer, Acme (Jan 2020 – Present)\n\n- Helped build the billing service used by 40,000 customers every day\n');
    const p = await client.diagnosticsFor(uri, 1);
    const weak = p.diagnostics.find((d) => d.code === 'weak-verb');
    assert.ok(weak, JSON.stringify(p.diagnostics.map((d) => d.code)));
    assert.equal(client.rangeText(uri, weak), 'Helped build');
  } finally {
    assert.equal(await client.stop(), 0, 'exits cleanly on shutdown/exit');
  }
});
