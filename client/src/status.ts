// The language status item: words, bullets, share of bullets with a metric, pages (SPEC §6),
// asked from the server (StatsRequest); the page count measured by the preview wins when known.
import * as vscode from 'vscode';
import type { StatsResult } from '../../server/src/protocol';
import { describeStats } from './statsText';
import type { ResumeServer } from './server';
import { isResumeDocument } from './documents';
import { resumeSelector } from './selector';

export class StatusController implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly server: () => ResumeServer | undefined,
    private readonly measuredPages: Map<string, number>,
    onDidMeasurePages: vscode.Event<{ uri: string }>,
  ) {
    const globs = vscode.workspace.getConfiguration('resumeStudio').get<string[]>('files') ?? [];
    this.item = vscode.languages.createLanguageStatusItem('resumeStudio.stats', resumeSelector(globs));
    this.item.name = 'Résumé Studio statistics';
    this.item.text = '$(loading~spin) Résumé';
    this.item.command = { title: 'Preview', command: 'resumeStudio.showPreviewToSide', tooltip: 'Open the résumé preview to the side' };
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

  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const server = this.server();
    if (!doc || !isResumeDocument(doc) || !server) return;
    const seq = ++this.seq;
    let stats: StatsResult | null;
    try {
      stats = await server.stats({ uri: doc.uri.toString() });
    } catch (e) {
      if (seq !== this.seq) return;
      // Not read as a résumé (e.g. too large, or YAML without résumé keys): say so instead of stale numbers.
      this.item.text = 'Not checked';
      this.item.detail = (e as Error).message;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    if (seq !== this.seq) return;
    if (!stats) {
      this.item.text = 'Not a résumé';
      this.item.detail = 'Résumé Studio does not recognise this file as a résumé';
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const d = describeStats(stats, this.measuredPages.get(doc.uri.toString()));
    this.item.text = d.text;
    this.item.detail = d.detail;
    this.item.severity = d.weak ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
