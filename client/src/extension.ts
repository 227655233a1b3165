// Extension entry point (bundled to dist/client.js): starts the language server and wires the
// commands, the preview, export, the status item and "add to dictionary".
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AddWordCommand } from '../../server/src/protocol';
import { createLanguageClient } from './languageClient';
import { serverOf, type ResumeServer } from './server';
import { PreviewManager } from './preview';
import { JobMatchClient } from './jobMatch';
import { StatusController } from './status';
import { exportHtml, exportPdfCommand } from './export';
import { addWord } from './dictionary';
import { applyUserGlobs, targetResume } from './documents';

let client: LanguageClient | undefined;
let server: ResumeServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const preview = new PreviewManager(context, () => server);
  context.subscriptions.push(new JobMatchClient(context, () => client, preview));
  context.subscriptions.push(
    preview,
    vscode.window.registerWebviewPanelSerializer('resumeStudio.preview', {
      deserializeWebviewPanel: async (panel, state) => preview.restore(panel, state),
    }),
  );

  const noResume = () =>
    void vscode.window.showInformationMessage('Open a résumé first (resume.md, *.resume.txt, *.resume.yaml, *_CV.yaml…), or run "Résumé Studio: Treat This File as a Résumé" on the file you are editing.');

  const command = (id: string, run: (uri: vscode.Uri) => unknown) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (arg?: unknown) => {
        const uri = targetResume(arg, preview.sourceUri);
        if (!uri) return noResume();
        try {
          // Opening (a no-op when open already) syncs a file picked in the explorer to the server.
          await vscode.workspace.openTextDocument(uri);
          await run(uri);
        } catch (e) {
          void vscode.window.showErrorMessage(`Résumé Studio: ${(e as Error).message}`);
        }
      }),
    );

  command('resumeStudio.showPreview', (uri) => preview.show(uri, false));
  command('resumeStudio.showPreviewToSide', (uri) => preview.show(uri, true));
  command('resumeStudio.exportHtml', (uri) => exportHtml(uri, { server, look: preview.look() }));
  command('resumeStudio.exportPdf', (uri) => exportPdfCommand(uri, { server, look: preview.look() }));
  command('resumeStudio.showParsedModel', async (uri) => {
    if (!server) return void vscode.window.showWarningMessage('The Résumé Studio language server is still starting. Try again in a moment.');
    const result = await server.parsedModel({ uri: uri.toString() });
    if (!result) return void vscode.window.showInformationMessage('This file is not recognised as a résumé, so there is no parsed model to show.');
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(result, null, 2) + '\n' });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  });

  context.subscriptions.push(
    vscode.commands.registerCommand('resumeStudio.treatAsResume', async (arg?: unknown) => {
      const doc = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
      if (!doc) return void vscode.window.showInformationMessage('Open the file you want Résumé Studio to read as a résumé, then run this command again.');
      if (doc.languageId === 'resume') return void vscode.window.showInformationMessage('This file is already read as a résumé.');
      if (['yaml', 'json', 'jsonc'].includes(doc.languageId)) {
        // YAML/JSON keep their language (so their own tooling still works); they are added by name.
        const rel = vscode.workspace.asRelativePath(doc.uri, false);
        const add = 'Add to resumeStudio.files';
        const pick = await vscode.window.showInformationMessage(
          `YAML and JSON résumés keep their language and are recognised by name (resume.json, *.resume.yaml, *_CV.yaml) and by their top-level keys (basics/work, cv, content). Add "${rel}" to the workspace setting resumeStudio.files?`,
          add,
        );
        if (pick === add) {
          const cfg = vscode.workspace.getConfiguration('resumeStudio', doc.uri);
          const files = cfg.get<string[]>('files') ?? [];
          if (!files.includes(rel)) await cfg.update('files', [...files, rel], vscode.ConfigurationTarget.Workspace);
        }
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, 'resume');
    }),
    vscode.commands.registerCommand(AddWordCommand, (word: unknown, uri?: unknown) => addWord(word, uri)),
  );

  // Files named in resumeStudio.files open as résumés.
  for (const doc of vscode.workspace.textDocuments) void applyUserGlobs(doc);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void applyUserGlobs(doc)));

  client = createLanguageClient(context);
  const status = new StatusController(() => server, preview.measuredPages, preview.onDidMeasurePages);
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: new globs need a restart.
      if (!e.affectsConfiguration('resumeStudio.files')) return;
      for (const doc of vscode.workspace.textDocuments) void applyUserGlobs(doc);
      await restartClient(context);
      status.schedule(0);
    }),
  );

  try {
    await client.start();
    server = serverOf(client);
    status.schedule(0);
    void preview.refresh();
  } catch (e) {
    void vscode.window.showErrorMessage(`Résumé Studio could not start its language server: ${(e as Error).message}. See the "Résumé Studio" output channel, then run "Developer: Reload Window".`);
  }
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  server = undefined;
  client = createLanguageClient(context);
  try {
    await old?.stop();
  } catch {
    /* already stopped */
  }
  await client.start();
  server = serverOf(client);
}

export async function deactivate(): Promise<void> {
  server = undefined;
  await client?.stop();
}
