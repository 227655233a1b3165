// Code actions from the engine's findings: each fix as a quick fix, "fix all" of one rule,
// source.fixAll.resumeStudio, disabling a rule for a line or the file, and "add to dictionary".
import { CodeActionKind } from './lib';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding, ResumeFormat } from '../engine/index';
import { fixAll } from '../engine/editor/fixes';
import { AddWordCommand } from '../protocol';
import { findingToDiagnostic, rangeOf } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.resumeStudio`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export type DisableEdit = (format: ResumeFormat, text: string, ruleId: string, offset: number, scope: 'line' | 'file') => Edit | undefined;

export interface CodeActionInput {
  doc: TextDocument;
  format: ResumeFormat;
  findings: readonly Finding[];
  range: Range;
  /** The kinds the client asked for (CodeActionContext.only). */
  only?: string[];
  disableEdit?: DisableEdit;
}

function textEdits(doc: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, e.span), newText: e.newText }));
}

function wants(only: string[] | undefined, kind: string): boolean {
  // A requested kind covers its sub-kinds: "source" covers "source.fixAll.resumeStudio".
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function overlaps(doc: TextDocument, f: Finding, range: Range): boolean {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  return f.span.start <= end && start <= f.span.end;
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { doc, findings, range, only } = input;
  const uri = doc.uri;
  const text = doc.getText();
  const out: CodeAction[] = [];
  const change = (edits: readonly Edit[]) => ({ changes: { [uri]: textEdits(doc, edits) } });

  if (wants(only, CodeActionKind.QuickFix)) {
    const here = findings.filter((f) => overlaps(doc, f, range));
    const fixAllOffered = new Set<string>();
    const disableOffered = new Set<string>();
    for (const f of here) {
      const diagnostic: Diagnostic = findingToDiagnostic(doc, f);
      for (const fix of f.fixes ?? []) {
        out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: !!fix.preferred, edit: change(fix.edits) });
      }
      if (f.fixes?.length && !fixAllOffered.has(f.ruleId)) {
        fixAllOffered.add(f.ruleId);
        const fixable = findings.filter((g) => g.ruleId === f.ruleId && g.fixes?.length);
        if (fixable.length > 1) {
          const all = fixAll(text, findings, f.ruleId);
          if (all.fixed > 1) out.push({ title: `Fix all ${f.ruleId} problems (${all.fixed})`, kind: CodeActionKind.QuickFix, edit: change(all.edits) });
        }
      }
      // A miscased tech name ("Javascript") has a right spelling: only real unknown words can be added.
      if (f.ruleId === 'spelling' && f.data?.kind !== 'casing') {
        const word = typeof f.data?.word === 'string' ? f.data.word : text.slice(f.span.start, f.span.end);
        if (word.trim())
          out.push({
            title: `Add '${word}' to dictionary`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: `Add '${word}' to dictionary`, command: AddWordCommand, arguments: [word, uri] },
          });
      }
      if (input.disableEdit && !disableOffered.has(f.ruleId)) {
        disableOffered.add(f.ruleId);
        for (const scope of ['line', 'file'] as const) {
          // Undefined for JSON, which has no comments: nothing to offer there.
          const edit = input.disableEdit(input.format, text, f.ruleId, f.span.start, scope);
          if (edit) out.push({ title: `Disable ${f.ruleId} for this ${scope}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: change([edit]) });
        }
      }
    }
  }

  // Only when asked for (on save, or the Source Action menu): it touches the whole document.
  if (only && wants(only, FIX_ALL_KIND)) {
    const all = fixAll(text, findings);
    if (all.fixed > 0) out.push({ title: `Fix all Résumé Studio problems (${all.fixed})`, kind: FIX_ALL_KIND, edit: change(all.edits) });
  }
  return out;
}
