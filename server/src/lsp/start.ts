// The language server: LSP wiring only, every answer comes from the engine. Shared by
// dist/server.js (started by the VS Code client over IPC, or by any editor over stdio) and the
// CLI's `resume-studio lsp --stdio`.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  ResponseError,
  ErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
} from './lib';
import type {
  Connection,
  DidChangeConfigurationParams,
  TextDocumentChangeEvent,
  WorkspaceFolder,
  WorkspaceFoldersChangeEvent,
  Diagnostic,
  InitializeResult,
  CompletionItem,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LintResult, type ResolvedConfig } from '../engine/index';
import { Linter } from '../engine/linter';
import { todayNow } from '../engine/lint';
import { computeStats } from '../engine/editor/stats';
import { locatedModel } from '../engine/editor/located';
import { hasMetric } from '../engine/text/metrics';
import { disableEdit } from '../engine/directives';
import { registerDictionary } from '../dictionary';
// The preview renderer pulls in markdown-it (10–20 ms to load): loaded on the first render request,
// not at startup, so the first diagnostics come sooner.
type RenderModule = typeof import('../engine/render/index');
let renderModule: RenderModule | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const renderer = (): RenderModule => (renderModule ??= require('../engine/render/index') as RenderModule);
import { JobPostingNotification, type JobPostingParams } from '../protocol';
import { JobMatchService } from './job-match';
import { JOB_MATCH_CSS } from '../engine/match/present';
import { MemoryRequest, type MemoryResult, RenderRequest, ParsedModelRequest, StatsRequest, type RenderParams, type RenderResult, type ParsedModelParams, type ParsedModelResult, type StatsParams, type StatsResult } from '../protocol';
import { findingToDiagnostic, problemToDiagnostic, SOURCE } from './diagnostics';
import { CompletionLists, completionItems, COMPLETION_TRIGGERS } from './completion';
import { hover } from './hover';
import { codeActions, CODE_ACTION_KINDS } from './codeActions';
import { documentSymbols, foldingRanges } from './outline';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens';
import { defaultSettings, normaliseSettings, withCspellWords, type ServerSettings } from './settings';
import { RAISE_IN_EDITOR, tooLargeMessage } from '../size-limit';
import { settingsLayer } from './config';
import { mergeConfig } from '../engine/config';
import { documentFileName, uriFileName, uriToPath } from './uri';
import { findConfigFile, loadConfigFile, CONFIG_FILE_NAME, findCspellFile, loadCspellWords, CSPELL_GLOB, type LoadedConfigFile } from '../config-file';
import { dirname, sep } from 'node:path';
import { setServerV8Flags, type ServerHooks } from './v8-flags';
import { IdleYoungGc } from './idle-gc';
import { pathToFileURL } from 'node:url';
import { packageVersion } from './version';
import { mayBeResume } from './resume-files';

/** What the server knows about one version of one open document. */
interface Analysis {
  version: number;
  /** The settings and config generation it was made with: a change of either makes it stale. */
  settings: ServerSettings;
  generation: number;
  /** Undefined when the document is not a résumé or was skipped for size. */
  result?: LintResult;
  diagnostics: Diagnostic[];
}

type Reason = 'open' | 'change' | 'save' | 'config';

/** Fallback marker: custom requests answer an error the client can show instead of a silent null. */
const FAIL = Symbol('fail');

export function startServer(connection: Connection, hooks: ServerHooks = {}): void {
  setServerV8Flags();
  const documents = new TextDocuments(TextDocument);
  // Loaded by the first lint that needs it (a few ms), so the first diagnostics include spelling;
  // from the bytes the loader read ahead when they are in (prefetch.ts).
  registerDictionary(__dirname, { prefetched: hooks.dictionary });
  let pullConfiguration = false;
  let registerConfigurationChange = false;
  let registerWatchedFiles = false;
  let supportsWorkspaceFolders = false;
  /**
   * The VS Code client sends only documents it selected as résumés (by name, resumeStudio.files or
   * "Treat This File as a Résumé"), so then a Markdown or text file of any name is one.
   */
  let clientSelectsResumes = false;
  let completionLists = new CompletionLists();
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked. */
  let pushedSettings: ServerSettings = defaultSettings;

  // Settings per document, as asked from the client; resolved copies for synchronous handlers.
  const settingsAsked = new Map<string, Promise<ServerSettings>>();
  const settingsKnown = new Map<string, ServerSettings>();
  const analyses = new Map<string, Analysis>();
  /** Bumped when settings or config files change, so the same document version is published again. */
  let generation = 0;
  const published = new Map<string, string>();
  let firstDiagnostics = hooks.firstDiagnostics;

  const log = (message: string) => connection.console.error(`[resume-studio] ${message}`);
  // The job match (SPEC §12): the posting paired with each résumé and the answers about it.
  const jobMatch = new JobMatchService({ connection, documents, workspaceFolders: () => workspaceFolders, canWatch: () => registerWatchedFiles, relintAll: () => relintAll(), log });

  /** Runs a handler; an exception becomes a logged error and `fallback`, never a dead server. */
  function guard<P, R>(name: string, fallback: R | typeof FAIL, fn: (p: P) => R | Promise<R>): (p: P) => Promise<R> {
    return async (p: P) => {
      try {
        return await fn(p);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        log(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
        if (fallback === FAIL)
          throw new ResponseError(ErrorCodes.InternalError, `Résumé Studio could not answer ${name} (${(e as Error)?.message ?? String(e)}). Please report it with the file attached.`);
        return fallback;
      }
    };
  }

  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!pullConfiguration) return Promise.resolve(pushedSettings);
    let p = settingsAsked.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration([{ scopeUri: uri, section: 'resumeStudio' }, { scopeUri: uri, section: 'cSpell.words' }]).then(
        ([raw, cspell]: unknown[]) => withCspellWords(normaliseSettings(raw), cspell),
        (e) => {
          log(`could not read settings for ${uri}: ${String(e)}`);
          return defaultSettings;
        },
      );
      settingsAsked.set(uri, p);
      void p.then((s) => settingsKnown.set(uri, s));
    }
    return p;
  }

  function knownSettings(uri: string): ServerSettings {
    return pullConfiguration ? settingsKnown.get(uri) ?? defaultSettings : pushedSettings;
  }

  // Workspace folders bound the search for .resume-studio.json (a file above the workspace does not apply).
  let workspaceFolders: string[] = [];
  /** folder of a document -> nearest config file path (or none); config path -> its parsed layer. */
  const configPathOfDir = new Map<string, string | undefined>();
  const configFiles = new Map<string, LoadedConfigFile>();

  function configFileFor(path: string): LoadedConfigFile | undefined {
    const dir = dirname(path);
    let configPath: string | undefined;
    if (configPathOfDir.has(dir)) configPath = configPathOfDir.get(dir);
    else {
      const root = workspaceFolders.filter((f) => dir === f || dir.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
      configPath = findConfigFile(path, root);
      configPathOfDir.set(dir, configPath);
    }
    if (!configPath) return undefined;
    let loaded = configFiles.get(configPath);
    if (!loaded) {
      // An open, unsaved config file counts as it is in the editor.
      const open = documents.get(pathToFileURL(configPath).href);
      loaded = open ? loadConfigFile(configPath, () => open.getText()) : loadConfigFile(configPath);
      for (const p of loaded.problems) log(`${configPath}: ${p.message}`);
      // A file none of which could be used must not stop the linting: the folder gets the
      // defaults, and the user is told once per reading of the file (issue 13).
      if (loaded.unusable)
        void connection.window.showWarningMessage(
          `Résumé Studio: ${configPath} could not be used (${loaded.problems[0]?.message ?? 'unreadable'}). Résumés in this folder are checked with the default rules until it is fixed.`,
        );
      configFiles.set(configPath, loaded);
    }
    return loaded;
  }

  // One linter per workspace folder (and one for files outside any): each owns its caches, so
  // folders never share them, and a removed folder's are dropped with its linter.
  const linters = new Map<string, Linter>();
  function linterFor(uri: string): Linter {
    const path = uriToPath(uri);
    const dir = path ? dirname(path) : '';
    const root = workspaceFolders.filter((f) => dir === f || dir.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0] ?? '';
    let l = linters.get(root);
    if (!l) linters.set(root, (l = new Linter()));
    return l;
  }

  function configFor(uri: string, settings: ServerSettings): ResolvedConfig {
    const path = uriToPath(uri);
    const file = path ? configFileFor(path) : undefined;
    const cspell = path ? cspellWordsFor(path) : [];
    return mergeConfig(settingsLayer(settings), cspell.length ? { words: cspell } : undefined, file?.config);
  }

  /** folder of a document -> the words of the nearest cspell.json (read once until files change). */
  const cspellWordsOfDir = new Map<string, string[]>();
  function cspellWordsFor(path: string): string[] {
    const dir = dirname(path);
    let words = cspellWordsOfDir.get(dir);
    if (!words) {
      const root = workspaceFolders.filter((f) => dir === f || dir.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
      const file = findCspellFile(path, root);
      words = file ? loadCspellWords(file) : [];
      cspellWordsOfDir.set(dir, words);
    }
    return words;
  }

  function forgetConfigFiles(): void {
    configPathOfDir.clear();
    configFiles.clear();
    cspellWordsOfDir.clear();
  }

  function analyse(doc: TextDocument, settings: ServerSettings): Analysis {
    return { ...analyseText(doc, settings), settings, generation };
  }

  function analyseText(doc: TextDocument, settings: ServerSettings): Omit<Analysis, 'settings' | 'generation'> {
    const text = doc.getText();
    const size = Buffer.byteLength(text, 'utf8');
    if (size > settings.maxFileSize) {
      return {
        version: doc.version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Information,
            code: 'file-too-large',
            source: SOURCE,
            // The same cap and message as the CLI's (size-limit.ts).
            message: tooLargeMessage(size, settings.maxFileSize, RAISE_IN_EDITOR),
          },
        ],
      };
    }
    const fileName = documentFileName(doc.uri, doc.languageId);
    // Other editors attach the server to every Markdown file: a README is not a résumé.
    if (!mayBeResume(fileName, doc.languageId, clientSelectsResumes)) return { version: doc.version, diagnostics: [] };
    const result = linterFor(doc.uri).lint(text, fileName, { config: configFor(doc.uri, settings) });
    if (!result) return { version: doc.version, diagnostics: [] };
    const diagnostics = [...result.resume.problems.map((p) => problemToDiagnostic(doc, p)), ...result.findings.map((f) => findingToDiagnostic(doc, f))];
    const job = jobMatch.diagnostic(doc, result.resume, settings.jobDescription);
    if (job) diagnostics.push(job);
    return { version: doc.version, result, diagnostics };
  }

  /** The analysis of the document's current version (computed now if the last one is stale). */
  function current(doc: TextDocument): Analysis {
    const a = analyses.get(doc.uri);
    const settings = knownSettings(doc.uri);
    if (a && a.version === doc.version && a.generation === generation && a.settings === settings) return a;
    const fresh = analyse(doc, settings);
    analyses.set(doc.uri, fresh);
    return fresh;
  }

  // Validation is queued per document and run once per event-loop turn: a burst of changes
  // lints only the newest version, and a result for an older version is never published.
  const pending = new Map<string, Reason>();
  let scheduled = false;
  const youngGc = new IdleYoungGc();

  function schedule(uri: string, reason: Reason): void {
    const prev = pending.get(uri);
    if (!prev || prev === 'change') pending.set(uri, reason);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const batch = [...pending];
      pending.clear();
      for (const [u, r] of batch) void validate(u, r).catch((e) => log(`validation of ${u} failed: ${(e as Error)?.stack ?? String(e)}`));
    });
  }

  async function validate(uri: string, reason: Reason): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const gen = generation;
    const settings = await settingsFor(uri);
    const now = documents.get(uri);
    if (!now || now.version !== version) return; // a newer version is queued and will publish
    if (gen !== generation) return; // settings changed while we waited: the relint they queued publishes
    if (reason === 'change' && settings.lintOnSave) return;
    const key = `${version}:${generation}`;
    if (published.get(uri) === key) return; // once per version: no flicker
    // A completion or hover may already have analysed this version: do not lint it twice.
    const cached = analyses.get(uri);
    const a = cached && cached.version === version && cached.generation === generation && cached.settings === settings ? cached : analyse(now, settings);
    analyses.set(uri, a);
    published.set(uri, key);
    await connection.sendDiagnostics({ uri, version, diagnostics: a.diagnostics });
    // Published: if nothing else is queued, make room for the next lint now (idle-gc.ts).
    setImmediate(() => {
      if (!scheduled && pending.size === 0) youngGc.idle();
    });
    if (firstDiagnostics) {
      const f = firstDiagnostics;
      firstDiagnostics = undefined;
      f();
    }
  }

  function relintAll(): void {
    generation++;
    for (const doc of documents.all()) schedule(doc.uri, 'config');
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullConfiguration = !!caps.workspace?.configuration;
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? [];
    workspaceFolders = folders.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    registerConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    registerWatchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    supportsWorkspaceFolders = !!caps.workspace?.workspaceFolders;
    completionLists = new CompletionLists(caps.textDocument?.completion?.completionList?.itemDefaults ?? []);
    clientSelectsResumes = (params.initializationOptions as { selectsResumes?: unknown } | undefined)?.selectsResumes === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full, save: { includeText: false } },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        documentSymbolProvider: { label: 'Résumé' },
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'resume-studio', version: packageVersion() },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (supportsWorkspaceFolders)
        connection.workspace.onDidChangeWorkspaceFolders((e: WorkspaceFoldersChangeEvent) => {
          const removed = new Set(e.removed.map((f: WorkspaceFolder) => uriToPath(f.uri)));
          const added = e.added.map((f: WorkspaceFolder) => uriToPath(f.uri)).filter((p): p is string => !!p);
          workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...added];
          // A removed folder's caches go with its linter; the rest re-lint in their folder's.
          linters.clear();
          forgetConfigFiles();
          relintAll();
        });
      if (registerConfigurationChange) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'resumeStudio' });
      // Editors other than VS Code (whose client registers this itself) learn to send config-file events.
      if (registerWatchedFiles) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.resume-studio.json' }, { globPattern: CSPELL_GLOB }] });
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (change: DidChangeConfigurationParams) => {
      settingsAsked.clear();
      settingsKnown.clear();
      if (!pullConfiguration) {
        const all = change.settings as Record<string, unknown> | null;
        pushedSettings = withCspellWords(normaliseSettings(all?.resumeStudio), (all?.cSpell as Record<string, unknown> | undefined)?.words);
      }
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, () => {
      forgetConfigFiles();
      jobMatch.filesChanged();
      relintAll();
    }),
  );

  const isConfigDocument = (uri: string) => uri.endsWith('/' + CONFIG_FILE_NAME);

  type DocEvent = TextDocumentChangeEvent<TextDocument>;
  documents.onDidOpen((e: DocEvent) => schedule(e.document.uri, 'open'));
  documents.onDidChangeContent((e: DocEvent) => {
    // Editing .resume-studio.json changes how every résumé is checked: re-check them as you type.
    if (isConfigDocument(e.document.uri)) {
      forgetConfigFiles();
      relintAll();
    }
    schedule(e.document.uri, 'change');
  });
  documents.onDidSave((e: DocEvent) => {
    published.delete(e.document.uri);
    schedule(e.document.uri, 'save');
  });
  documents.onDidClose((e: DocEvent) => {
    const uri = e.document.uri;
    analyses.delete(uri);
    jobMatch.forget(uri);
    published.delete(uri);
    settingsAsked.delete(uri);
    settingsKnown.delete(uri);
    pending.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCompletion(
    guard('completion', [], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const a = current(doc);
      if (!a.result) return [];
      const offset = doc.offsetAt(params.position);
      // The paired posting's missing terms come first.
      return completionLists.list([...jobMatch.completions(doc, a.result.resume, knownSettings(doc.uri).jobDescription, offset), ...completionItems(doc, a.result.resume, offset)]);
    }),
  );
  connection.onCompletionResolve((item: CompletionItem) => {
    try {
      return completionLists.resolve(item);
    } catch (e) {
      log(`completion resolve failed: ${(e as Error)?.stack ?? String(e)}`);
      return item;
    }
  });

  connection.onHover(
    guard('hover', null, (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const a = current(doc);
      if (!a.result) return null;
      const offset = doc.offsetAt(params.position);
      const h = hover(doc, a.result.resume, a.result.findings, offset, todayNow());
      const job = jobMatch.hover(doc, a.result.resume, knownSettings(doc.uri).jobDescription, offset);
      if (!job) return h;
      if (!h) return job;
      // Both: the finding or date first, then what the word answers in the posting.
      const text = (x: typeof h) => (typeof x.contents === 'object' && 'value' in x.contents ? x.contents.value : String(x.contents));
      return { contents: { kind: 'markdown', value: `${text(h)}\n\n---\n\n${text(job)}` }, range: h.range };
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const a = current(doc);
      if (!a.result) return [];
      return codeActions({ doc, format: a.result.resume.format, findings: a.result.findings, range: params.range, only: params.context.only, disableEdit });
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], (params) => {
      const doc = documents.get(params.textDocument.uri);
      const a = doc && current(doc);
      return doc && a?.result ? documentSymbols(doc, a.result.resume) : [];
    }),
  );

  connection.onFoldingRanges(
    guard('foldingRange', [], (params) => {
      const doc = documents.get(params.textDocument.uri);
      const a = doc && current(doc);
      return doc && a?.result ? foldingRanges(doc, a.result.resume) : [];
    }),
  );

  connection.languages.semanticTokens.on(
    guard('semanticTokens', { data: [] }, (params) => {
      const doc = documents.get(params.textDocument.uri);
      const a = doc && current(doc);
      return doc && a?.result ? semanticTokens(doc, a.result.resume) : { data: [] };
    }),
  );

  /** The open résumé a custom request names, or a clear error for the client to show. */
  function resumeOf(uri: string): { doc: TextDocument; result: LintResult } {
    const doc = documents.get(uri);
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `Résumé Studio has no open document ${uri}. Open the file in an editor first.`);
    const a = current(doc);
    if (!a.result) {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `${uriFileName(uri)} is not read as a résumé (too large, or YAML/JSON without basics/work, cv or content at the top, nor experience with education or skills). Check the file, or run "Treat This File as a Résumé".`,
      );
    }
    return { doc, result: a.result };
  }

  connection.onRequest(MemoryRequest, (): MemoryResult => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) gc();
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, collected: !!gc };
  });
  connection.onRequest(
    RenderRequest,
    guard('render', FAIL, (params: RenderParams): RenderResult => {
      const { doc, result } = resumeOf(params.uri);
      const settings = knownSettings(params.uri);
      const out = renderer().renderResume(result.resume, doc.getText(), { theme: params.theme ?? settings.preview.theme, paper: params.paper ?? settings.preview.paper });
      const job = jobMatch.previewHtml(doc, result.resume, settings.jobDescription);
      return { version: doc.version, title: out.title, body: out.body, css: job ? out.css + JOB_MATCH_CSS : out.css, jobMatch: job };
    }),
  );

  connection.onRequest(
    ParsedModelRequest,
    guard('parsedModel', null, (params: ParsedModelParams): ParsedModelResult => {
      const doc = documents.get(params.uri);
      const a = doc && current(doc);
      // The same JSON as `resume-studio parse --json`: spans with their line:column.
      return doc && a?.result ? { format: a.result.resume.format, model: locatedModel(a.result.resume, doc.getText()) } : null;
    }),
  );

  connection.onRequest(
    StatsRequest,
    guard('stats', FAIL, (params: StatsParams): StatsResult => {
      const { result } = resumeOf(params.uri);
      return computeStats(result.resume, (b) => hasMetric(b.text));
    }),
  );

  connection.onNotification(
    JobPostingNotification,
    guard('jobPosting', undefined, (p: JobPostingParams) => jobMatch.setPairing(p)),
  );

  documents.listen(connection);
  connection.listen();
}
