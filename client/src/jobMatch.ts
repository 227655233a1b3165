// "Résumé Studio: Compare with Job Description…": pairs the active résumé with a job posting (any
// text or Markdown file, or an untitled editor the posting was pasted into), remembers the pairing
// per workspace, and keeps the server's copy of the posting current as it is edited or changes on
// disk. The server does the matching (diagnostic, hover, completions, the preview's Job match part).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { JobMatchChangedNotification, JobPostingNotification, type JobMatchChangedParams, type JobPostingParams } from '../../server/src/protocol';
import { isResumeDocument, targetResume } from './documents';

const STATE_KEY = 'resumeStudio.jobPostings';
/** File names résumés go by (resume.md, cv.md, jane.resume.md, README is not a posting either). */
const RESUME_NAME = /(^|[._-])(resume|cv|readme|changelog|license)([._-]|$)/i;

interface Preview {
  readonly sourceUri: vscode.Uri | undefined;
  refresh(): Promise<void>;
}

export class JobMatchClient implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Résumé URI -> posting URI, as stored in the workspace state. */
  private pairs: Record<string, string>;
  /** The client instances that have every pairing (a restarted client gets them again). */
  private readonly told = new WeakSet<LanguageClient>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly preview: Preview,
  ) {
    this.pairs = { ...(context.workspaceState.get<Record<string, string>>(STATE_KEY) ?? {}) };
    this.disposables.push(
      vscode.commands.registerCommand('resumeStudio.compareWithJobDescription', (arg?: unknown) => this.command(arg)),
      // A new server (started with the first résumé, or restarted) learns the pairings when it
      // first reports on a résumé.
      vscode.languages.onDidChangeDiagnostics(() => void this.tellClient()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.tellClient()),
      // An open posting being edited (untitled or not): send its text as it changes.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && Object.values(this.pairs).includes(e.document.uri.toString())) this.scheduleSend();
      }),
    );
    for (const posting of new Set(Object.values(this.pairs))) this.watch(posting);
  }

  private async command(arg?: unknown): Promise<void> {
    const resume = targetResume(arg);
    if (!resume) {
      void vscode.window.showInformationMessage('Open the résumé you want to compare first, then run "Compare with Job Description…" again.');
      return;
    }
    type Pick = vscode.QuickPickItem & { uri?: vscode.Uri; action?: 'file' | 'stop' };
    const current = this.pairs[resume.toString()];
    const open = vscode.workspace.textDocuments.filter(
      (d) => !isResumeDocument(d) && d.uri.toString() !== resume.toString() && (d.uri.scheme === 'untitled' || d.uri.scheme === 'file' || d.uri.scheme === 'vscode-remote') && ['markdown', 'plaintext'].includes(d.languageId),
    );
    const items: Pick[] = open.map((d) => ({
      label: d.isUntitled ? `$(file) ${d.uri.path}` : `$(file) ${vscode.workspace.asRelativePath(d.uri, false)}`,
      description: d.isUntitled ? 'untitled editor' : 'open editor',
      detail: d.getText().trim().split(/\r?\n/)[0]?.slice(0, 100),
      uri: d.uri,
    }));
    // Text and Markdown files of the workspace that are not résumés (postings kept beside the résumé).
    const shown = new Set(open.map((d) => d.uri.toString()));
    const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/{node_modules,.git,out,dist}/**', 200);
    for (const f of files.sort((a, b) => a.path.localeCompare(b.path))) {
      const name = f.path.split('/').pop() ?? '';
      if (shown.has(f.toString()) || f.toString() === resume.toString() || RESUME_NAME.test(name) || items.length >= 60) continue;
      items.push({ label: `$(file) ${vscode.workspace.asRelativePath(f, false)}`, description: 'workspace file', uri: f });
    }
    items.push({ label: '$(folder-opened) Choose a file…', description: 'a text or Markdown file with the job posting', action: 'file' });
    if (current) items.push({ label: '$(close) Stop comparing', description: vscode.workspace.asRelativePath(vscode.Uri.parse(current), false), action: 'stop' });
    const pick = await vscode.window.showQuickPick(items, {
      title: 'Compare with Job Description',
      placeHolder: 'The job posting to compare this résumé with (paste one into a new untitled editor to use it)',
    });
    if (!pick) return;
    if (pick.action === 'stop') {
      delete this.pairs[resume.toString()];
      await this.save();
      this.client()?.sendNotification(JobPostingNotification, { resumeUri: resume.toString(), text: null } satisfies JobPostingParams);
      void vscode.window.showInformationMessage('Résumé Studio no longer compares this résumé with a job posting.');
      return;
    }
    let posting = pick.uri;
    if (pick.action === 'file') {
      const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare', title: 'Job posting to compare the résumé with', filters: { 'Text and Markdown': ['txt', 'md', 'markdown', 'text'], 'All files': ['*'] } });
      posting = chosen?.[0];
    }
    if (!posting) return;
    this.pairs[resume.toString()] = posting.toString();
    await this.save();
    this.watch(posting.toString());
    const client = this.client();
    if (!client) {
      void vscode.window.showWarningMessage('The Résumé Studio language server is still starting; the job match appears as soon as it is ready.');
      return;
    }
    await this.send(client, resume.toString(), posting.toString());
    void vscode.window.showInformationMessage(`Résumé Studio compares ${vscode.workspace.asRelativePath(resume, false)} with ${this.nameOf(posting)}: see the Problems panel and the preview's Job match part.`);
  }

  private nameOf(uri: vscode.Uri): string {
    return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
  }

  private async save(): Promise<void> {
    await this.context.workspaceState.update(STATE_KEY, this.pairs);
  }

  /** The posting's text: from its editor when open (saved or not), else from disk. */
  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    if (uri.scheme === 'untitled') return undefined;
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  private async send(client: LanguageClient, resume: string, posting: string): Promise<void> {
    const uri = vscode.Uri.parse(posting);
    const text = await this.textOf(uri);
    if (text === undefined) {
      // An untitled posting closed since (or a file deleted): forget the pairing.
      delete this.pairs[resume];
      await this.save();
      client.sendNotification(JobPostingNotification, { resumeUri: resume, text: null } satisfies JobPostingParams);
      return;
    }
    await client.sendNotification(JobPostingNotification, { resumeUri: resume, postingUri: posting, name: this.nameOf(uri), text } satisfies JobPostingParams);
  }

  private async tellClient(): Promise<void> {
    const client = this.client();
    if (!client || this.told.has(client) || !client.isRunning()) return;
    this.told.add(client);
    client.onNotification(JobMatchChangedNotification, (p: JobMatchChangedParams) => {
      const shown = this.preview.sourceUri?.toString();
      if (shown && p.uris.includes(shown)) void this.preview.refresh();
    });
    for (const [resume, posting] of Object.entries(this.pairs)) await this.send(client, resume, posting);
  }

  private scheduleSend(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const client = this.client();
      if (!client?.isRunning()) return;
      for (const [resume, posting] of Object.entries(this.pairs)) void this.send(client, resume, posting);
    }, 150);
  }

  /** A posting file changed on disk (and is not open in an editor): send it again. */
  private watch(posting: string): void {
    const uri = vscode.Uri.parse(posting);
    if (uri.scheme !== 'file' || this.watchers.has(posting)) return;
    const dir = vscode.Uri.joinPath(uri, '..');
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, uri.path.split('/').pop() ?? ''));
    const changed = () => this.scheduleSend();
    w.onDidChange(changed);
    w.onDidCreate(changed);
    w.onDidDelete(changed);
    this.watchers.set(posting, w);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
