// LSP adapter for the engine's completion proposals (engine/editor/complete.ts).
import { CompletionItemKind, InsertTextFormat } from './lib';
import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resume } from '../engine/index';
import { complete, type CompletionProposal, type ProposalKind } from '../engine/editor/complete';
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
    insertTextFormat: p.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: rangeOf(doc, p.replace), newText: p.insertText },
  };
}

export function completionItems(doc: TextDocument, resume: Resume, offset: number, today?: Today): CompletionItem[] {
  return complete(doc.getText(), offset, resume, { today }).map((p) => toCompletionItem(doc, p));
}

/**
 * Keeps completion lists small on the wire: each item's documentation waits for
 * completionItem/resolve (the editor asks for the item it shows), and where the client takes
 * list defaults (LSP 3.17 itemDefaults), the range and format every item shares are sent once.
 * A list of ~190 verbs was ~77 KB, and encoding it was most of a completion's time.
 */
export class CompletionLists {
  private lastDocs: CompletionItem['documentation'][] = [];
  private lastLabels: string[] = [];

  constructor(private readonly defaults: readonly string[] = []) {}

  list(items: CompletionItem[]): CompletionList {
    this.lastDocs = [];
    this.lastLabels = [];
    items.forEach((item, i) => {
      if (item.filterText === item.label) delete item.filterText;
      if (item.documentation === undefined) return;
      this.lastDocs[i] = item.documentation;
      this.lastLabels[i] = item.label;
      delete item.documentation;
      item.data = i;
    });
    const out: CompletionList = { isIncomplete: false, items };
    const first = items[0]?.textEdit;
    const range = first && 'range' in first ? first.range : undefined;
    if (range && this.defaults.includes('editRange') && items.every((i) => i.textEdit && 'range' in i.textEdit && sameRange(i.textEdit.range, range))) {
      const format = items[0].insertTextFormat;
      const oneFormat = this.defaults.includes('insertTextFormat') && items.every((i) => i.insertTextFormat === format);
      out.itemDefaults = { editRange: range, ...(oneFormat ? { insertTextFormat: format } : {}) };
      for (const i of items) {
        i.textEditText = i.textEdit!.newText;
        delete i.textEdit;
        if (oneFormat) delete i.insertTextFormat;
      }
    }
    return out;
  }

  /** The item with its documentation back, when it is one of the last list's. */
  resolve(item: CompletionItem): CompletionItem {
    const i = typeof item.data === 'number' ? item.data : -1;
    if (i >= 0 && this.lastLabels[i] === item.label && this.lastDocs[i] !== undefined) item.documentation = this.lastDocs[i];
    return item;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
