// Engine findings and parse problems -> LSP diagnostics with exact ranges, rule codes and doc links.
import { DiagnosticSeverity, DiagnosticTag } from './lib';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, ParseProblem, Severity, Span } from '../engine/index';
import { ruleDocUrl } from '../engine/format/sarif';

export const SOURCE = 'resume-studio';
export const SCHEMA_SOURCE = 'resume-studio/schema';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Words the rule says to delete: the editor fades them out. */
const UNNECESSARY = new Set(['buzzword', 'first-person']);

export function rangeOf(doc: TextDocument, span: Span) {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function findingToDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
  };
  if (UNNECESSARY.has(f.ruleId)) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function problemToDiagnostic(doc: TextDocument, p: ParseProblem): Diagnostic {
  return { range: rangeOf(doc, p.span), severity: SEVERITY[p.severity], code: p.code, source: SCHEMA_SOURCE, message: p.message };
}
