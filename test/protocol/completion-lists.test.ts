// Completion lists on the wire: documentation comes with completionItem/resolve, and a client that
// takes LSP 3.17 list defaults (as VS Code's does) gets the shared range and format once.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const RESUME = '# Jane Doe\njane@example.com\n\n## Experience\n\n### Engineer, Globex\n2019 – 2021\n\n- Built the billing service\n- \n';
const clients: LspClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
});

async function completionAtNewBullet(capabilities: Record<string, unknown>): Promise<{ client: LspClient; list: CompletionList; raw: number }> {
  const { client } = await LspClient.start(capabilities);
  clients.push(client);
  const uri = 'file:///completion/resume.md';
  await client.open(uri, RESUME, 'markdown');
  await client.diagnosticsFor(uri, 1);
  const line = RESUME.split('\n').lastIndexOf('- ');
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } });
  return { client, list, raw: JSON.stringify(list).length };
}

test('documentation waits for completionItem/resolve, and comes back for the item asked', { timeout: 30000 }, async () => {
  const { client, list } = await completionAtNewBullet({});
  assert.equal(list.isIncomplete, false);
  const built = list.items.find((i) => i.label === 'Built');
  assert.ok(built, `past-tense verbs for the ended role: ${list.items.slice(0, 10).map((i) => i.label)}`);
  assert.equal(built.documentation, undefined, 'no documentation in the list itself');
  assert.ok(built.textEdit && 'range' in built.textEdit, 'without list defaults each item carries its edit');
  const resolved = await client.request<CompletionItem>('completionItem/resolve', built);
  assert.match(JSON.stringify(resolved.documentation), /Past tense/i);
  assert.equal(resolved.label, 'Built');
});

test('a client that takes list defaults gets the shared edit range and format once', { timeout: 30000 }, async () => {
  const plain = await completionAtNewBullet({});
  const packed = await completionAtNewBullet({ textDocument: { completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } } } });
  const range = packed.list.itemDefaults?.editRange as { start: { line: number; character: number } } | undefined;
  assert.ok(range, 'itemDefaults.editRange is set');
  assert.equal(range.start.character, 2);
  const built = packed.list.items.find((i) => i.label === 'Built')!;
  assert.equal(built.textEdit, undefined);
  assert.equal(built.textEditText, 'Built ');
  assert.deepEqual(packed.list.items.map((i) => i.label), plain.list.items.map((i) => i.label), 'the same proposals, in the same order');
  assert.ok(packed.raw < plain.raw * 0.8, `a smaller list: ${packed.raw} vs ${plain.raw} characters`);
});
