// Extension entry point (bundled to dist/client.js): starts the language server and wires the
// commands, the preview, export, the status items and "add to dictionary". Résumés keep their own
// language (Markdown, plain text, YAML, JSON); the server starts when the first résumé opens, so
// activating on every Markdown file costs nothing until then.
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
import { initDocuments, isResumeDocument, isTreated, setTreated, targetResume, updateResumeContext } from './documents';

let client: LanguageClient | undefined;
let server: ResumeServer | undefined;
/** The running (or starting) client's start; undefined until the first résumé is seen. */
let starting: Promise<void> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  initDocuments(context);
  const preview = new PreviewManager(context, () => server);
  context.subscriptions.push(new JobMatchClient(context, () => client, preview));
  context.subscriptions.push(
    preview,
    vscode.window.registerWebviewPanelSerializer('resumeStudio.preview', {
      deserializeWebviewPanel: async (panel, state) => {
        await ensureStarted();
        return preview.restore(panel, state);
      },
    }),
  );
  const status = new StatusController(() => server, preview.measuredPages, preview.onDidMeasurePages);
  context.subscriptions.push(status);

  /** Starts the language server once, when a résumé is open or a command needs it. */
  function ensureStarted(): Promise<void> {
    starting ??= (async () => {
      client = createLanguageClient(context);
      try {
        await client.start();
        server = serverOf(client);
        status.schedule(0);
        void preview.refresh();
      } catch (e) {
        void vscode.window.showErrorMessage(`Résumé Studio could not start its language server: ${(e as Error).message}. See the "Résumé Studio" output channel, then run "Developer: Reload Window".`);
      }
    })();
    return starting;
  }

  /** The set of résumés changed: menus learn it, and a running client restarts with the new selector (fixed at its start). */
  async function reselect(): Promise<void> {
    updateResumeContext();
    status.reselect();
    if (starting) {
      await starting;
      await restartClient(context);
      status.schedule(0);
      void preview.refresh();
    } else if (vscode.workspace.textDocuments.some(isResumeDocument)) await ensureStarted();
  }

  const noResume = () =>
    void vscode.window.showInformationMessage('Open a résumé first (resume.md, cv.md, resume.txt, *.resume.md, *.resume.yaml, resume.json, *_CV.yaml…), or run "Résumé Studio: Treat This File as a Résumé" on the file you are editing.');

  const command = (id: string, run: (uri: vscode.Uri) => unknown) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (arg?: unknown) => {
        const uri = targetResume(arg, preview.sourceUri);
        if (!uri) return noResume();
        try {
          // Opening (a no-op when open already) syncs a file picked in the explorer to the server.
          await vscode.workspace.openTextDocument(uri);
          await ensureStarted();
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
      const name = vscode.workspace.asRelativePath(doc.uri, false);
      if (isResumeDocument(doc)) return void vscode.window.showInformationMessage(`Résumé Studio already reads ${name} as a résumé (by its name, resumeStudio.files or an earlier "Treat This File as a Résumé").`);
      // The file keeps its language (so its own tools still work); this workspace remembers the choice.
      await setTreated(doc.uri, true);
      await reselect();
      const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
      const add = 'Add to resumeStudio.files';
      const pick = await vscode.window.showInformationMessage(
        `Résumé Studio now reads ${name} as a résumé in this workspace. To share the choice with others who open the folder, add it to the workspace setting resumeStudio.files.`,
        ...(folder ? [add] : []),
      );
      if (pick === add) {
        const cfg = vscode.workspace.getConfiguration('resumeStudio', doc.uri);
        const files = cfg.get<string[]>('files') ?? [];
        if (!files.includes(name)) await cfg.update('files', [...files, name], vscode.ConfigurationTarget.Workspace);
      }
    }),
    vscode.commands.registerCommand('resumeStudio.stopTreatingAsResume', async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri || !isTreated(uri)) {
        return void vscode.window.showInformationMessage('This file was not chosen with "Treat This File as a Résumé". Files named like résumés, or listed in resumeStudio.files, are always read as résumés: rename the file or edit that setting.');
      }
      await setTreated(uri, false);
      await reselect();
    }),
    vscode.commands.registerCommand(AddWordCommand, (word: unknown, uri?: unknown) => addWord(word, uri)),
  );

  // The server starts with the first résumé; menus learn which open files are résumés.
  const onOpen = (doc: vscode.TextDocument) => {
    if (isResumeDocument(doc)) void ensureStarted();
    updateResumeContext();
  };
  for (const doc of vscode.workspace.textDocuments) onOpen(doc);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(onOpen),
    vscode.workspace.onDidCloseTextDocument(() => updateResumeContext()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('resumeStudio.files')) await reselect();
    }),
  );
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
