// LSP adapter for the engine's highlights (engine/editor/highlight.ts): section headings, roles, dates
// and metrics as semantic tokens, so a résumé keeps its language and grammar (Markdown, plain
// text, YAML, JSON) and gains this highlighting on top. The token types are our own; VS Code
// colours them through package.json's semanticTokenScopes, other editors through highlight
// groups (Neovim: @lsp.type.resumeDate ...).
import { SemanticTokensBuilder } from './lib';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Resume } from '../engine/index';
import { HIGHLIGHT_KINDS, highlights, type HighlightKind } from '../engine/editor/highlight';

const TYPE_OF: Record<HighlightKind, string> = { section: 'resumeSection', role: 'resumeRole', date: 'resumeDate', metric: 'resumeMetric' };

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: HIGHLIGHT_KINDS.map((k) => TYPE_OF[k]), tokenModifiers: [] };

/** The document's highlights, one token per line a highlight covers (tokens cannot span lines). */
export function semanticTokens(doc: TextDocument, resume: Resume): SemanticTokens {
  const text = doc.getText();
  const builder = new SemanticTokensBuilder();
  for (const h of highlights(resume, text)) {
    const type = HIGHLIGHT_KINDS.indexOf(h.kind);
    let start = h.span.start;
    while (start < h.span.end) {
      let end = start;
      while (end < h.span.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      if (end > start) {
        const pos = doc.positionAt(start);
        builder.push(pos.line, pos.character, end - start, type, 0);
      }
      start = end;
      while (start < h.span.end && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
    }
  }
  return builder.build();
}
