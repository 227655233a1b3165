// Which open documents are résumés, and which one a command means when run from the palette.
import * as vscode from 'vscode';
import { normaliseGlob, PROSE_LANGUAGES, resumeSelector } from './selector';

function userGlobs(): string[] {
  return vscode.workspace.getConfiguration('resumeStudio').get<string[]>('files') ?? [];
}

export function isResumeDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'resume' || vscode.languages.match(resumeSelector(userGlobs()), doc) > 0;
}

/** The résumé a command applies to: the given URI, the active editor, the previewed one, a visible one. */
export function targetResume(arg: unknown, previewed?: vscode.Uri): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeTextEditor?.document;
  if (active && isResumeDocument(active)) return active.uri;
  if (previewed) return previewed;
  return vscode.window.visibleTextEditors.find((e) => isResumeDocument(e.document))?.document.uri;
}

/** Markdown/plain-text files named in resumeStudio.files open as résumés (SPEC §3). */
export async function applyUserGlobs(doc: vscode.TextDocument): Promise<void> {
  if (!PROSE_LANGUAGES.has(doc.languageId)) return;
  const globs = userGlobs().map(normaliseGlob).filter(Boolean);
  if (globs.length && vscode.languages.match(globs.map((pattern) => ({ pattern })), doc) > 0) {
    await vscode.languages.setTextDocumentLanguage(doc, 'resume');
  }
}
