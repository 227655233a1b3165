// "Add to dictionary" (AddWordCommand, offered by the server's spelling quick fix): writes the word
// into the workspace's .resume-studio.json "words" (created when missing, comments kept), or into
// the user setting when no folder is open. Runs only when the user picks the quick fix.
import * as vscode from 'vscode';
import { addWordToConfigText, CONFIG_FILE } from './configText';

export async function addWord(wordArg: unknown, uriArg?: unknown): Promise<void> {
  // The server passes (word, uri) or ({ word, uri }).
  const obj = typeof wordArg === 'object' && wordArg !== null ? (wordArg as { word?: unknown; uri?: unknown }) : undefined;
  const word = String(obj ? obj.word ?? '' : wordArg ?? '').trim();
  const uriText = obj?.uri ?? uriArg;
  if (!word) return;
  const docUri = typeof uriText === 'string' ? vscode.Uri.parse(uriText) : uriText instanceof vscode.Uri ? uriText : vscode.window.activeTextEditor?.document.uri;
  const folder = (docUri && vscode.workspace.getWorkspaceFolder(docUri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const cfg = vscode.workspace.getConfiguration('resumeStudio');
    const words = cfg.get<string[]>('words') ?? [];
    if (!words.includes(word)) await cfg.update('words', [...words, word].sort(), vscode.ConfigurationTarget.Global);
    void vscode.window.setStatusBarMessage(`Résumé Studio: added "${word}" to your user dictionary (setting resumeStudio.words).`, 4000);
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  // An open copy (perhaps with unsaved edits) is edited in place, so nothing the user typed is lost.
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
  let text = open?.getText() ?? '';
  if (!open) {
    try {
      text = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
    } catch {
      text = ''; // missing: created below
    }
  }
  let next: string | undefined;
  try {
    next = addWordToConfigText(text, word);
  } catch (e) {
    const show = 'Open File';
    if ((await vscode.window.showErrorMessage((e as Error).message, show)) === show) await vscode.window.showTextDocument(file);
    return;
  }
  if (next === undefined) return;
  if (open) {
    const wasDirty = open.isDirty;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(file, new vscode.Range(open.positionAt(0), open.positionAt(text.length)), next);
    await vscode.workspace.applyEdit(edit);
    if (!wasDirty) await open.save();
  } else {
    await vscode.workspace.fs.writeFile(file, Buffer.from(next, 'utf8'));
  }
  void vscode.window.setStatusBarMessage(`Résumé Studio: added "${word}" to ${CONFIG_FILE}.`, 4000);
}
