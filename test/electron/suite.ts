// Runs inside the VS Code extension host (loaded by run.ts): opens the bundled sample, waits for
// the server's diagnostics, opens the preview. Event-driven: resolves on VS Code events.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { join } from 'node:path';

function diagnosticsFor(uri: vscode.Uri, pred: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (pred(now)) return resolve(now);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (pred(d)) {
        sub.dispose();
        resolve(d);
      }
    });
  });
}

const tests: [string, () => Promise<void>][] = [
  [
    'the sample résumé gets résumé diagnostics with rule codes',
    async () => {
      const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
      const doc = await vscode.workspace.openTextDocument(join(folder, 'resume.md'));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'markdown', 'a résumé keeps its own language');
      const diags = await diagnosticsFor(doc.uri, (d) => d.some((x) => x.source === 'resume-studio'));
      const codes = new Set(diags.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))));
      assert.ok(codes.has('weak-verb'), `expected weak-verb among ${[...codes].join(', ')}`);
    },
  ],
  [
    'an edit is re-linted',
    async () => {
      const editor = vscode.window.activeTextEditor!;
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\n- I was responsible for the deploy scripts\n'));
      const diags = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'first-person'));
      assert.ok(diags.length > 0);
    },
  ],
  [
    'the preview opens beside the editor',
    async () => {
      await vscode.commands.executeCommand('resumeStudio.showPreviewToSide');
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview), 'no webview tab after Open Preview to the Side');
    },
  ],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (e) {
      console.log(`not ok - ${name}: ${(e as Error).message}`);
      failures.push(name);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} editor test(s) failed: ${failures.join('; ')}`);
}
