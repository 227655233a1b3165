// Words, bullets, bullets with a metric and pages (SPEC §6), asked from the server (StatsRequest),
// shown twice: in a status bar item that opens the preview, and in the language status (the `{ }`
// beside the language name). The page count measured by the preview wins when known.
import * as vscode from 'vscode';
import type { StatsResult } from '../../server/src/protocol';
import { describeStats, statusBarText } from './statsText';
import type { ResumeServer } from './server';
import { currentSelector, isResumeDocument } from './documents';

const OPEN_PREVIEW = { title: 'Open Preview', command: 'resumeStudio.showPreviewToSide', tooltip: 'Open the résumé preview to the side' };

export class StatusController implements vscode.Disposable {
  private language: vscode.LanguageStatusItem;
  private readonly bar: vscode.StatusBarItem;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly server: () => ResumeServer | undefined,
    private readonly measuredPages: Map<string, number>,
    onDidMeasurePages: vscode.Event<{ uri: string }>,
  ) {
    this.language = this.createLanguageItem();
    this.bar = vscode.window.createStatusBarItem('resumeStudio.stats', vscode.StatusBarAlignment.Right, 100);
    this.bar.name = 'Résumé Studio statistics';
    this.bar.command = OPEN_PREVIEW;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(300);
      }),
      onDidMeasurePages((e) => {
        if (e.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  private createLanguageItem(): vscode.LanguageStatusItem {
    const item = vscode.languages.createLanguageStatusItem('resumeStudio.stats', currentSelector());
    item.name = 'Résumé Studio statistics';
    item.text = '$(loading~spin) Résumé';
    item.command = OPEN_PREVIEW;
    return item;
  }

  /** The set of résumés changed (resumeStudio.files, "Treat This File as a Résumé"): the language item's selector is fixed, so make it anew. */
  reselect(): void {
    this.language.dispose();
    this.language = this.createLanguageItem();
    this.schedule(0);
  }

  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    // No text editor (the preview has focus): keep the last figures.
    if (!doc) return;
    if (!isResumeDocument(doc)) {
      this.bar.hide();
      return;
    }
    const server = this.server();
    if (!server) {
      this.bar.text = '$(loading~spin) Résumé';
      this.bar.tooltip = 'Résumé Studio is starting its language server.';
      this.bar.show();
      return;
    }
    const seq = ++this.seq;
    let stats: StatsResult | null;
    try {
      stats = await server.stats({ uri: doc.uri.toString() });
    } catch (e) {
      if (seq !== this.seq) return;
      // Not read as a résumé (e.g. too large, or YAML without résumé keys): say so instead of stale numbers.
      this.show('Not checked', (e as Error).message, vscode.LanguageStatusSeverity.Information);
      return;
    }
    if (seq !== this.seq) return;
    if (!stats) {
      this.show('Not a résumé', 'Résumé Studio does not recognise this file as a résumé.', vscode.LanguageStatusSeverity.Information);
      return;
    }
    const measured = this.measuredPages.get(doc.uri.toString());
    const d = describeStats(stats, measured);
    this.language.text = d.text;
    this.language.detail = d.detail;
    this.language.severity = d.weak ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    const b = statusBarText(stats, measured);
    this.bar.text = b.text;
    this.bar.tooltip = b.tooltip;
    this.bar.show();
  }

  private show(text: string, detail: string, severity: vscode.LanguageStatusSeverity): void {
    this.language.text = text;
    this.language.detail = detail;
    this.language.severity = severity;
    this.bar.text = `$(info) Résumé: ${text.toLowerCase()}`;
    this.bar.tooltip = detail;
    this.bar.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.language.dispose();
    this.bar.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
