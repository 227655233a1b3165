// A minimal LSP client for protocol tests: starts the bundled server (dist/server.js --stdio) as a
// process and talks JSON-RPC to it. Waits are event-driven: each resolves when the notification
// it waits for arrives (the test's own timeout bounds them), never after a fixed sleep.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams, Diagnostic, TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../util/paths';

export const serverPath = join(repoRoot, 'dist', 'server.js');

interface Waiter {
  uri: string;
  test: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly conn: MessageConnection;
  /** Every publishDiagnostics received, in order, per URI. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly stderr: string[] = [];
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  private exited: Promise<number | null>;

  private constructor(readonly proc: ChildProcessWithoutNullStreams) {
    this.conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.test(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    // Server log lines are kept for failure messages.
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.stderr.push(p.message);
    });
    this.conn.listen();
  }

  /** `resumeStudio` settings per scope URI, answered to workspace/configuration (set by the test). */
  settings: (scopeUri: string | undefined) => unknown = () => ({});
  /** workspace/configuration items the server asked for. */
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  /** client/registerCapability registrations the server made. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];

  /** Spawns the server and runs initialize/initialized with the given client capabilities. */
  static async start(
    capabilities: Record<string, unknown> = {},
    init: { workspaceFolders?: { uri: string; name: string }[]; /** Script and arguments to run instead of dist/server.js --stdio. */ command?: string[]; initializationOptions?: unknown } = {},
  ): Promise<{ client: LspClient; init: InitializeResult }> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run "node scripts/build.mjs" before the protocol tests.`);
    const proc = spawn(process.execPath, init.command ?? [serverPath, '--stdio'], { stdio: 'pipe' });
    const client = new LspClient(proc);
    client.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      client.configurationRequests.push(...p.items);
      return p.items.map((i) => client.settings(i.scopeUri));
    });
    client.conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    const result = await client.conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: init.workspaceFolders ?? null,
      initializationOptions: init.initializationOptions,
    });
    await client.conn.sendNotification('initialized', {});
    return { client, init: result };
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async open(uri: string, text: string, languageId = 'resume'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Full-text change (the server asks for full sync); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Resolves with the first diagnostics for `uri` (already received or still to come) that pass `test`. */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = (this.published.get(uri) ?? []).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => p.version === version);
  }

  /** The document text a diagnostic's range covers. */
  rangeText(uri: string, d: Pick<Diagnostic, 'range'>): string {
    const doc = TextDocument.create(uri, 'resume', 0, this.text(uri));
    return doc.getText(d.range);
  }

  applyEdits(uri: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create(uri, 'resume', 0, this.text(uri)), edits);
  }

  async save(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  async stop(): Promise<number | null> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await this.exited;
    this.conn.dispose();
    return code;
  }
}
