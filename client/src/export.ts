// Export to HTML and PDF from the same HTML the preview shows (asked from the server, so the
// editor, the preview and the CLI cannot disagree). The save dialog asks before overwriting.
import * as vscode from 'vscode';
import { standaloneHtml, withoutTimeline } from '../../server/src/engine/render/document';
import { exportPdf, findChrome } from '../../server/src/pdf';
import type { ResumeServer } from './server';

export interface ExportContext {
  server: ResumeServer | undefined;
  look: { theme: string; paper: 'letter' | 'a4' };
}

async function standaloneFor(uri: vscode.Uri, ctx: ExportContext): Promise<string | undefined> {
  if (!ctx.server) {
    void vscode.window.showWarningMessage('The Résumé Studio language server is still starting. Try the export again in a moment.');
    return undefined;
  }
  const r = await ctx.server.render({ uri: uri.toString(), ...ctx.look });
  if (!r) {
    void vscode.window.showWarningMessage('This file is not recognised as a résumé, so there is nothing to export. Use "Résumé Studio: Treat This File as a Résumé" first.');
    return undefined;
  }
  const allowRemoteImages = vscode.workspace.getConfiguration('resumeStudio.preview', uri).get<boolean>('allowRemoteImages', false);
  return standaloneHtml({ title: r.title, body: withoutTimeline(r.body), css: r.css }, { allowRemoteImages });
}

/** resume.md -> resume.html beside it (untitled files: in the first workspace folder). */
function defaultTarget(uri: vscode.Uri, ext: string): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `resume.${ext}`) : undefined;
  }
  const base = uri.path.replace(/\.(resume\.)?(md|markdown|txt|ya?ml|json)$/i, '');
  return uri.with({ path: `${base}.${ext}` });
}

async function announce(target: vscode.Uri, what: string): Promise<void> {
  const open = 'Open';
  const reveal = 'Reveal in File Explorer';
  const pick = await vscode.window.showInformationMessage(`Exported the résumé to ${what}: ${vscode.workspace.asRelativePath(target)}.`, open, reveal);
  if (pick === open) await vscode.env.openExternal(target);
  if (pick === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
}

export async function exportHtml(uri: vscode.Uri, ctx: ExportContext): Promise<void> {
  const html = await standaloneFor(uri, ctx);
  if (!html) return;
  // The native save dialog asks before replacing an existing file.
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultTarget(uri, 'html'), filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export HTML', title: 'Export résumé to HTML' });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
  await announce(target, 'HTML');
}

export async function exportPdfCommand(uri: vscode.Uri, ctx: ExportContext): Promise<void> {
  const chromeSetting = vscode.workspace.getConfiguration('resumeStudio.export').get<string>('chromePath', '');
  const found = findChrome(chromeSetting);
  if (!found.path) {
    const open = 'Open Settings';
    const html = 'Export to HTML Instead';
    const pick = await vscode.window.showErrorMessage(found.message ?? 'No browser for PDF export was found.', open, html);
    if (pick === open) await vscode.commands.executeCommand('workbench.action.openSettings', 'resumeStudio.export.chromePath');
    if (pick === html) await exportHtml(uri, ctx);
    return;
  }
  const html = await standaloneFor(uri, ctx);
  if (!html) return;
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultTarget(uri, 'pdf'), filters: { PDF: ['pdf'] }, saveLabel: 'Export PDF', title: 'Export résumé to PDF' });
  if (!target) return;
  if (target.scheme !== 'file') {
    void vscode.window.showErrorMessage('PDF export prints through a browser on this machine and can only write to a local folder. Choose a location on this computer.');
    return;
  }
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Printing the résumé to PDF…' }, () =>
      exportPdf(html, target.fsPath, { chromePath: found.path }),
    );
  } catch (e) {
    void vscode.window.showErrorMessage((e as Error).message);
    return;
  }
  await announce(target, 'PDF');
}
