// The values the server takes from vscode-languageserver, from one require.
//
// The library is CommonJS, and each `import { x } from 'vscode-languageserver/node'` in an esbuild
// bundle becomes its own interop copy of the library's ~320 exports (a getter defined for each) when
// the bundle loads: nine files did that, 12-14 ms of every server start (measured). Types still come
// from the library itself with `import type`, which costs nothing at run time.
import type * as Lsp from 'vscode-languageserver/node';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lsp = require('vscode-languageserver/node') as typeof Lsp;

export const {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  DiagnosticTag,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  SemanticTokensBuilder,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
} = lsp;
// The same names as types, for the ones that are both (as in the library).
export type CodeActionKind = Lsp.CodeActionKind;
export type CompletionItemKind = Lsp.CompletionItemKind;
export type DiagnosticSeverity = Lsp.DiagnosticSeverity;
export type DiagnosticTag = Lsp.DiagnosticTag;
export type FoldingRangeKind = Lsp.FoldingRangeKind;
export type InsertTextFormat = Lsp.InsertTextFormat;
export type MarkupKind = Lsp.MarkupKind;
export type SymbolKind = Lsp.SymbolKind;
export type TextDocumentSyncKind = Lsp.TextDocumentSyncKind;
