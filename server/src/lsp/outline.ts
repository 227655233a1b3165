// Document symbols (sections -> roles, for the outline and breadcrumbs) and folding ranges,
// both straight from the model's spans.
import { FoldingRangeKind, SymbolKind } from './lib';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entry, Resume, Span } from '../engine/index';
import { rangeOf } from './diagnostics';

function clamp(doc: TextDocument, s: Span): Span {
  const n = doc.getText().length;
  const start = Math.max(0, Math.min(s.start, n));
  return { start, end: Math.max(start, Math.min(s.end, n)) };
}

/** selectionRange must lie inside range: fall back to the range's start when the model disagrees. */
function inside(outer: Span, inner: Span): Span {
  if (inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end) return inner;
  return { start: outer.start, end: outer.start };
}

function entryName(e: Entry): string {
  const parts = [e.title?.value, e.organisation?.value].map((s) => s?.trim()).filter((s): s is string => !!s);
  if (parts.length) return parts.join(' — ');
  return e.bullets[0]?.text.trim().slice(0, 60) || '(untitled entry)';
}

export function documentSymbols(doc: TextDocument, resume: Resume): DocumentSymbol[] {
  return resume.sections.map((section) => {
    const sSpan = clamp(doc, section.span);
    const children = section.entries.map((e): DocumentSymbol => {
      const eSpan = inside(sSpan, clamp(doc, e.span));
      return {
        name: entryName(e),
        detail: e.dates?.text.trim(),
        kind: e.kind === 'education' ? SymbolKind.Class : e.kind === 'project' ? SymbolKind.Object : SymbolKind.Event,
        range: rangeOf(doc, eSpan),
        selectionRange: rangeOf(doc, inside(eSpan, clamp(doc, e.headerSpan))),
      };
    });
    return {
      name: section.title.trim() || '(untitled section)',
      kind: SymbolKind.Namespace,
      range: rangeOf(doc, sSpan),
      selectionRange: rangeOf(doc, inside(sSpan, clamp(doc, section.headingSpan))),
      children,
    };
  });
}

export function foldingRanges(doc: TextDocument, resume: Resume): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (s: Span) => {
    const span = clamp(doc, s);
    const start = doc.positionAt(span.start).line;
    const endPos = doc.positionAt(span.end);
    // A span ending at the start of a line does not include that line.
    const end = endPos.character === 0 && endPos.line > start ? endPos.line - 1 : endPos.line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  };
  for (const section of resume.sections) {
    add(section.span);
    for (const e of section.entries) add(e.span);
  }
  return out;
}
