// LSP adapter for the engine's completion proposals (engine/complete.ts).
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resume } from '../engine/index';
import { complete, type CompletionProposal, type ProposalKind } from '../engine/complete';
import type { Today } from '../engine/lint';
import { rangeOf } from './diagnostics';

const KIND: Record<ProposalKind, CompletionItemKind> = {
  verb: CompletionItemKind.Keyword,
  heading: CompletionItemKind.Module,
  month: CompletionItemKind.Value,
  present: CompletionItemKind.Constant,
  'date-range': CompletionItemKind.Snippet,
  date: CompletionItemKind.Value,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
};

export const COMPLETION_TRIGGERS = [' ', '"', '#'];

export function toCompletionItem(doc: TextDocument, p: CompletionProposal): CompletionItem {
  return {
    label: p.label,
    labelDetails: { description: p.detail },
    kind: KIND[p.kind],
    detail: p.detail,
    documentation: p.documentation,
    sortText: p.sortText,
    filterText: p.label,
    insertTextFormat: p.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: rangeOf(doc, p.replace), newText: p.insertText },
  };
}

export function completionItems(doc: TextDocument, resume: Resume, offset: number, today?: Today): CompletionItem[] {
  return complete(doc.getText(), offset, resume, { today }).map((p) => toCompletionItem(doc, p));
}
