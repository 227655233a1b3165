// Which open documents are résumés, and which one a command means when run from the palette.
// Résumés keep their own language: they are selected by name, resumeStudio.files and the files
// chosen with "Treat This File as a Résumé" (kept per workspace in workspaceState).
import * as vscode from 'vscode';
import { EXTRA_RESUMES_KEY, RESUME_NAME_WHEN, resumeSelector, type TreatedFile } from './selector';

const TREATED_KEY = 'resumeStudio.treatedAsResume';
let state: vscode.Memento | undefined;

export function initDocuments(context: vscode.ExtensionContext): void {
  state = context.workspaceState;
}

export function userGlobs(): string[] {
  return vscode.workspace.getConfiguration('resumeStudio').get<string[]>('files') ?? [];
}

function treatedFileOf(uri: vscode.Uri): TreatedFile {
  return { scheme: uri.scheme, path: uri.scheme === 'file' ? uri.fsPath : uri.path };
}

/** Files the user chose with "Treat This File as a Résumé" in this workspace. */
export function treatedFiles(): TreatedFile[] {
  return (state?.get<string[]>(TREATED_KEY) ?? []).map((u) => treatedFileOf(vscode.Uri.parse(u)));
}

/** Adds or removes a file from the treated list; resolves to whether the list changed. */
export async function setTreated(uri: vscode.Uri, on: boolean): Promise<boolean> {
  const now = state?.get<string[]>(TREATED_KEY) ?? [];
  const key = uri.toString();
  const next = on ? [...new Set([...now, key])] : now.filter((u) => u !== key);
  if (next.length === now.length) return false;
  await state?.update(TREATED_KEY, next);
  return true;
}

export function isTreated(uri: vscode.Uri): boolean {
  return (state?.get<string[]>(TREATED_KEY) ?? []).includes(uri.toString());
}

export function currentSelector() {
  return resumeSelector(userGlobs(), treatedFiles());
}

export function isResumeDocument(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(currentSelector(), doc) > 0;
}

const nameRegex = new RegExp(RESUME_NAME_WHEN.slice(1, RESUME_NAME_WHEN.lastIndexOf('/')), 'i');

/**
 * Tells menus and keybindings which open documents are résumés beyond the name patterns their
 * `when` clauses test themselves (`resourcePath in resumeStudio.extraResumes`).
 */
export function updateResumeContext(): void {
  const extra = vscode.workspace.textDocuments
    .filter((d) => !nameRegex.test(d.uri.path.split('/').pop() ?? '') && isResumeDocument(d))
    // resourcePath is the file system path locally and the URI's path in a remote window: both are listed.
    .flatMap((d) => [...new Set([d.uri.fsPath, d.uri.path])]);
  void vscode.commands.executeCommand('setContext', EXTRA_RESUMES_KEY, extra);
}

/** The résumé a command applies to: the given URI, the active editor, the previewed one, a visible one. */
export function targetResume(arg: unknown, previewed?: vscode.Uri): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeTextEditor?.document;
  if (active && isResumeDocument(active)) return active.uri;
  if (previewed) return previewed;
  return vscode.window.visibleTextEditors.find((e) => isResumeDocument(e.document))?.document.uri;
}
