// The job match in the language server: which posting a résumé is compared with, reading it, and
// the answers the editor shows (one summary diagnostic, hovers, completions, the preview part).
// Which posting, first found wins:
//   1. the one the client paired with "Compare with Job Description…" (its text sent along, so an
//      untitled editor works; remembered per workspace by the client),
//   2. a `resume-studio-job:` comment in the résumé (path relative to the résumé's folder),
//   3. the `resumeStudio.jobDescription` setting (path relative to the workspace folder).
// Files named by 2 and 3 are read from disk (or from the editor when open there), watched when the
// client allows it, and read again when they change.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionItemKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, MarkupKind } from './lib';
import type { CompletionItem, Connection, Diagnostic, Hover, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resume } from '../engine/model';
import { todayNow } from '../engine/lint';
import { JobMatcher, findJobDirective, type JobMatch } from '../engine/match/index';
import { hoverMarkdown, jobMatchHtml, LEVEL_LABEL, summaryMessage } from '../engine/match/present';
import { uriToPath } from './uri';
import { SOURCE } from './diagnostics';
import { JobMatchChangedNotification, type JobPostingParams } from '../protocol';

export const JOB_MATCH_CODE = 'job-match';

interface Posting {
  /** Shown to the user: a workspace-relative path or the editor's title. */
  name: string;
  text: string;
}

type Resolved = { posting: Posting; key: string } | { error: string; key: string } | undefined;

interface FileRead {
  mtimeMs: number;
  size: number;
  text: string;
}

export interface JobMatchHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspaceFolders: () => string[];
  /** Whether the client lets the server register file watchers. */
  canWatch: () => boolean;
  /** Re-checks every open résumé (a posting changed). */
  relintAll: () => void;
  log: (message: string) => void;
}

export class JobMatchService {
  // Built on the first match: its vocabulary costs tens of ms, which a server start without a
  // paired posting should not pay.
  private matcherInstance: JobMatcher | undefined;
  private get matcher(): JobMatcher {
    return (this.matcherInstance ??= new JobMatcher());
  }
  /** Pairings made with the command, by résumé URI. */
  private readonly paired = new Map<string, { name: string; text: string; uri: string }>();
  private readonly files = new Map<string, FileRead>();
  private readonly watched = new Set<string>();
  /** The last match per résumé URI and version, for hover, completion and preview. */
  private readonly last = new Map<string, { version: number; key: string; match?: JobMatch; posting?: Posting; error?: string }>();

  constructor(private readonly host: JobMatchHost) {}

  /** The client paired (or, with no text, unpaired) a résumé and a posting. */
  setPairing(p: JobPostingParams): void {
    if (p.text === undefined || p.text === null) this.paired.delete(p.resumeUri);
    else this.paired.set(p.resumeUri, { name: p.name ?? p.postingUri ?? 'the job posting', text: p.text, uri: p.postingUri ?? '' });
    this.last.delete(p.resumeUri);
    this.host.relintAll();
    void this.host.connection.sendNotification(JobMatchChangedNotification, { uris: [p.resumeUri] });
  }

  /** A watched file changed: read postings again where they changed. */
  filesChanged(): void {
    this.files.clear();
    this.last.clear();
    void this.host.connection.sendNotification(JobMatchChangedNotification, { uris: [...this.paired.keys()] });
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  private resolve(doc: TextDocument, setting: string | undefined): Resolved {
    const p = this.paired.get(doc.uri);
    if (p) return { posting: { name: p.name, text: p.text }, key: `paired:${p.uri}:${p.text.length}` };
    const text = doc.getText();
    const directive = findJobDirective(text);
    const resumePath = uriToPath(doc.uri);
    if (directive) {
      const base = resumePath ? dirname(resumePath) : this.host.workspaceFolders()[0];
      if (!base && !isAbsolute(directive.path)) return { error: `The résumé names the job posting "${directive.path}", but it is not saved in a folder, so the path cannot be found. Save the résumé, or use an absolute path.`, key: 'directive' };
      return this.readPosting(resolve(base ?? '/', directive.path), directive.path, 'the resume-studio-job comment');
    }
    if (setting) {
      const folder = this.folderOf(resumePath) ?? (resumePath ? dirname(resumePath) : undefined);
      if (!folder && !isAbsolute(setting)) return { error: `The setting resumeStudio.jobDescription names "${setting}", but no workspace folder is open to find it in. Open the folder, or use an absolute path.`, key: 'setting' };
      return this.readPosting(resolve(folder ?? '/', setting), setting, 'the setting resumeStudio.jobDescription');
    }
    return undefined;
  }

  private folderOf(path: string | undefined): string | undefined {
    if (!path) return undefined;
    return this.host
      .workspaceFolders()
      .filter((f) => !relative(f, path).startsWith('..'))
      .sort((a, b) => b.length - a.length)[0];
  }

  private readPosting(path: string, shown: string, from: string): Resolved {
    // Open in the editor: as it is there, saved or not.
    const open = this.host.documents.get(pathToFileURL(path).href);
    if (open) return { posting: { name: shown, text: open.getText() }, key: `open:${path}:${open.version}` };
    this.watch(path);
    try {
      const st = statSync(path);
      let f = this.files.get(path);
      if (!f || f.mtimeMs !== st.mtimeMs || f.size !== st.size) {
        f = { mtimeMs: st.mtimeMs, size: st.size, text: readFileSync(path, 'utf8') };
        this.files.set(path, f);
      }
      return { posting: { name: shown, text: f.text }, key: `file:${path}:${f.mtimeMs}:${f.size}` };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return { error: `Cannot read the job posting "${shown}" named in ${from} (${code}). Check the path: it is relative to ${from.includes('comment') ? "the résumé's folder" : 'the workspace folder'}.`, key: `missing:${path}` };
    }
  }

  private watch(path: string): void {
    if (this.watched.has(path) || !this.host.canWatch()) return;
    this.watched.add(path);
    void this.host.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: { baseUri: pathToFileURL(dirname(path)).href, pattern: basename(path) } }] })
      .catch((e: unknown) => this.host.log(`could not watch ${path}: ${String(e)}`));
  }

  /** The match for this version of the résumé (computed now when needed). */
  matchFor(doc: TextDocument, resume: Resume, setting: string | undefined): { match?: JobMatch; posting?: Posting; error?: string } | undefined {
    const r = this.resolve(doc, setting);
    if (!r) {
      this.last.delete(doc.uri);
      return undefined;
    }
    const cached = this.last.get(doc.uri);
    if (cached && cached.version === doc.version && cached.key === r.key) return cached;
    const out = 'error' in r ? { version: doc.version, key: r.key, error: r.error } : { version: doc.version, key: r.key, posting: r.posting, match: this.matcher.match(resume, doc.getText(), r.posting.text, todayNow()) };
    this.last.set(doc.uri, out);
    return out;
  }

  /** The summary diagnostic, or undefined when no posting is paired. */
  diagnostic(doc: TextDocument, resume: Resume, setting: string | undefined): Diagnostic | undefined {
    const m = this.matchFor(doc, resume, setting);
    if (!m) return undefined;
    const directive = findJobDirective(doc.getText());
    const range = directive
      ? { start: doc.positionAt(directive.span.start), end: doc.positionAt(directive.span.end) }
      : { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(200, doc.getText().indexOf('\n') >>> 0) } };
    if (m.error) return { range, severity: DiagnosticSeverity.Warning, code: JOB_MATCH_CODE, source: SOURCE, message: m.error };
    return { range, severity: DiagnosticSeverity.Information, code: JOB_MATCH_CODE, source: SOURCE, message: summaryMessage(m.match!, m.posting!.name) };
  }

  hover(doc: TextDocument, resume: Resume, setting: string | undefined, offset: number): Hover | undefined {
    const m = this.matchFor(doc, resume, setting);
    if (!m?.match || !m.posting) return undefined;
    const h = hoverMarkdown(m.match, offset, m.posting.text, m.posting.name);
    if (!h) return undefined;
    return { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } };
  }

  /** The posting's missing terms, heaviest first, to come before every other completion. */
  completions(doc: TextDocument, resume: Resume, setting: string | undefined, offset: number): CompletionItem[] {
    const m = this.matchFor(doc, resume, setting);
    if (!m?.match || !m.posting) return [];
    const text = doc.getText();
    let start = offset;
    while (start > 0 && /[\p{L}\p{N}+#./-]/u.test(text[start - 1])) start--;
    const range = { start: doc.positionAt(start), end: doc.positionAt(offset) };
    return m.match.missing
      .filter((x) => x.term.kind !== 'years')
      .map((x, i) => ({
        label: x.term.name,
        labelDetails: { description: `job: ${LEVEL_LABEL[x.term.level]}` },
        kind: CompletionItemKind.Text,
        detail: `Missing from your résumé: ${m.posting!.name} asks for it (${LEVEL_LABEL[x.term.level]})`,
        documentation: { kind: MarkupKind.Markdown, value: `The job posting **${m.posting!.name}** asks for *${x.term.name}* and the résumé never says it. Use it only where it is true, best in an experience bullet.` },
        sortText: `!${String(i).padStart(3, '0')}`,
        preselect: i === 0,
        filterText: x.term.name,
        textEdit: { range, newText: x.term.name },
      }));
  }

  /** The preview's Job match part (HTML), or undefined when no posting is paired. */
  previewHtml(doc: TextDocument, resume: Resume, setting: string | undefined): string | undefined {
    const m = this.matchFor(doc, resume, setting);
    if (!m) return undefined;
    if (m.error) return `<section class="rs-job-match" aria-label="Job match"><header class="rs-jm-head"><h2>Job match</h2></header><p class="rs-jm-note">${escape(m.error)}</p></section>`;
    return jobMatchHtml(m.match!, m.posting!.name, (o) => doc.positionAt(o));
  }
}

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
