// The live preview: a webview that shows the résumé as printed (paper, page breaks, page count),
// follows the active résumé editor, updates as you type, syncs scrolling both ways and opens
// links outside. The HTML comes from the server (RenderRequest); this file only frames it.
//
// Safety: a strict CSP with a per-load nonce; the only script is media/preview.js; no remote
// loads unless resumeStudio.preview.allowRemoteImages; local resources limited to media/.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { RenderResult } from '../../server/src/protocol';
import type { ResumeServer } from './server';
import { isResumeDocument } from './documents';
import { isOpenableLink } from './links';
import { previewHtml } from './previewHtml';

type Paper = 'letter' | 'a4';

/** Messages from media/preview.js. */
type FromWebview =
  | { type: 'reveal'; line: number }
  | { type: 'open'; line: number; character?: number; end?: number }
  | { type: 'link'; href: string }
  | { type: 'pages'; pages: number; version: number }
  | { type: 'theme'; theme: string }
  | { type: 'paper'; paper: Paper }
  | { type: 'timeline'; on: boolean };

export interface PagesEvent {
  uri: string;
  pages: number;
}

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private source: vscode.Uri | undefined;
  private shownVersion = -1;
  private shownCss: string | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Per-panel choices from the preview's toolbar (the settings give the defaults). */
  private theme: string | undefined;
  private paper: Paper | undefined;
  private timeline: boolean | undefined;
  /** The line the preview just asked the editor to show: its echo must not scroll the preview back. */
  private echoLine: number | undefined;
  private topLine = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pagesEmitter = new vscode.EventEmitter<PagesEvent>();
  /** Page counts measured by the preview, by document URI (the status item prefers them). */
  readonly measuredPages = new Map<string, number>();
  readonly onDidMeasurePages = this.pagesEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: () => ResumeServer | undefined,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && this.panel && isResumeDocument(e.document) && e.document.uri.toString() !== this.source?.toString()) this.setSource(e.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.uri.toString() === this.source?.toString() && e.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.editorScrolled(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.panel && e.affectsConfiguration('resumeStudio.preview')) {
          this.shownCss = undefined; // settings may change the CSP or the theme: reload the frame
          void this.refresh();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.measuredPages.delete(d.uri.toString())),
    );
  }

  /** The document the preview shows, if open. */
  get sourceUri(): vscode.Uri | undefined {
    return this.panel ? this.source : undefined;
  }

  /** Current theme/paper the preview uses (export uses the same). */
  look(): { theme: string; paper: Paper } {
    const cfg = vscode.workspace.getConfiguration('resumeStudio.preview', this.source);
    return { theme: this.theme ?? cfg.get<string>('theme', 'classic'), paper: this.paper ?? (cfg.get<string>('paper', 'letter') === 'a4' ? 'a4' : 'letter') };
  }

  show(uri: vscode.Uri, toSide: boolean): void {
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) {
      this.panel.reveal(column, true);
      this.setSource(uri);
      return;
    }
    const panel = vscode.window.createWebviewPanel('resumeStudio.preview', 'Résumé Preview', { viewColumn: column, preserveFocus: toSide }, this.webviewOptions());
    this.adopt(panel, uri);
  }

  /** VS Code restores a preview left open at the last session (the page saved its document URI). */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const uriText = typeof state === 'object' && state !== null ? (state as { uri?: unknown }).uri : undefined;
    if (typeof uriText !== 'string' || this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.webviewOptions();
    this.adopt(panel, vscode.Uri.parse(uriText));
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true, // only media/preview.js runs: the CSP admits no other script
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
      retainContextWhenHidden: false,
      enableFindWidget: true,
    };
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview-icon.svg');
    const own: vscode.Disposable[] = [];
    let visible = panel.visible;
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m), null, own);
    panel.onDidChangeViewState(() => {
      // A hidden webview loses its page (retainContextWhenHidden off): draw it again once shown.
      if (panel.visible && !visible) {
        this.shownCss = undefined;
        void this.refresh();
      }
      visible = panel.visible;
    }, null, own);
    panel.onDidDispose(() => {
      if (this.panel === panel) {
        this.panel = undefined;
        this.shownCss = undefined;
        this.shownVersion = -1;
      }
      for (const d of own) d.dispose();
    });
    this.setSource(uri);
  }

  private setSource(uri: vscode.Uri): void {
    if (uri.toString() !== this.source?.toString()) {
      this.source = uri;
      this.shownVersion = -1;
      this.topLine = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.visibleRanges[0]?.start.line ?? 0;
      this.shownCss = undefined;
    }
    if (this.panel) this.panel.title = `Preview ${uri.path.split('/').pop() ?? ''}`;
    void this.refresh();
  }

  /** Light debounce: typing bursts render once, and stale answers are dropped by version. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, 40);
  }

  async refresh(): Promise<void> {
    const panel = this.panel;
    const uri = this.source;
    const server = this.server();
    if (!panel || !uri) return;
    if (!server) {
      this.showMessage('The Résumé Studio language server is still starting. The preview appears as soon as it is ready.');
      return;
    }
    const seq = ++this.seq;
    let result: RenderResult | null;
    try {
      result = await server.render({ uri: uri.toString(), ...this.look() });
    } catch (e) {
      // The server's messages say what is wrong and what to do (e.g. not read as a résumé).
      if (seq === this.seq) this.showMessage((e as Error).message || 'The preview could not be rendered. Check the "Résumé Studio" output channel; editing the file retries.');
      return;
    }
    // A newer request is on its way, or the panel moved on to another document.
    if (seq !== this.seq || panel !== this.panel || uri.toString() !== this.source?.toString()) return;
    if (!result) {
      this.showMessage('This file is not recognised as a résumé. Use "Résumé Studio: Treat This File as a Résumé", or name it like resume.md, *.resume.yaml or *_CV.yaml.');
      return;
    }
    if (result.version < this.shownVersion) return;
    this.shownVersion = result.version;
    if (result.css === this.shownCss) {
      void panel.webview.postMessage({ type: 'update', version: result.version, body: result.body, title: result.title, jobMatch: result.jobMatch ?? '' });
    } else {
      // The CSS sits in a nonce'd <style>: a new theme means a new page (and a new nonce).
      this.shownCss = result.css;
      panel.webview.html = this.page(panel.webview, result);
    }
  }

  private showMessage(text: string): void {
    if (!this.panel) return;
    this.shownCss = undefined;
    this.panel.webview.html = this.page(this.panel.webview, undefined, text);
  }

  private page(webview: vscode.Webview, r: RenderResult | undefined, message?: string): string {
    const cfg = vscode.workspace.getConfiguration('resumeStudio.preview', this.source);
    const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', f)).toString();
    return previewHtml({
      nonce: randomBytes(18).toString('base64'),
      cspSource: webview.cspSource,
      styleUri: media('preview.css'),
      scriptUri: media('preview.js'),
      allowRemoteImages: cfg.get<boolean>('allowRemoteImages', false),
      timeline: this.timeline ?? cfg.get<boolean>('timeline', true),
      ...this.look(),
      topLine: this.topLine,
      sourceUri: this.source?.toString() ?? '',
      render: r,
      message,
    });
  }

  private onMessage(m: FromWebview): void {
    const uri = this.source;
    if (!uri || typeof m !== 'object' || m === null) return;
    switch (m.type) {
      case 'reveal': {
        if (!Number.isInteger(m.line)) return;
        this.topLine = m.line;
        const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        if (!editor) return;
        this.echoLine = m.line;
        editor.revealRange(new vscode.Range(m.line, 0, m.line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'open': {
        if (!Number.isInteger(m.line)) return;
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        // The Job match part's terms select the word they jump to.
        const col = Number.isInteger(m.character) ? (m.character as number) : 0;
        const end = Number.isInteger(m.end) && (m.end as number) >= col ? (m.end as number) : col;
        void vscode.window.showTextDocument(uri, {
          viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
          selection: new vscode.Range(m.line, col, m.line, end),
          preserveFocus: false,
        });
        return;
      }
      case 'link': {
        if (typeof m.href === 'string' && isOpenableLink(m.href)) void vscode.env.openExternal(vscode.Uri.parse(m.href, true));
        return;
      }
      case 'pages': {
        if (!Number.isInteger(m.pages) || m.pages < 1) return;
        this.measuredPages.set(uri.toString(), m.pages);
        this.pagesEmitter.fire({ uri: uri.toString(), pages: m.pages });
        return;
      }
      case 'theme':
        if (m.theme === 'classic' || m.theme === 'modern') {
          this.theme = m.theme;
          void this.refresh();
        }
        return;
      case 'paper':
        if (m.paper === 'letter' || m.paper === 'a4') {
          this.paper = m.paper;
          void this.refresh();
        }
        return;
      case 'timeline':
        this.timeline = !!m.on;
        return;
    }
  }

  private editorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel || e.textEditor.document.uri.toString() !== this.source?.toString()) return;
    const line = e.visibleRanges[0]?.start.line ?? 0;
    if (this.echoLine !== undefined) {
      const echo = this.echoLine;
      this.echoLine = undefined;
      if (Math.abs(echo - line) <= 1) return;
    }
    this.topLine = line;
    void this.panel.webview.postMessage({ type: 'scroll', line });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.pagesEmitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
