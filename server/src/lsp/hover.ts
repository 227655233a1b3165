// LSP adapter for the engine's hover explanations (engine/editor/hover.ts).
import { MarkupKind } from './lib';
import type { Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Resume } from '../engine/index';
import { hoverAt } from '../engine/editor/hover';
import type { Today } from '../engine/lint';
import { rangeOf } from './diagnostics';

export function hover(doc: TextDocument, resume: Resume, findings: readonly Finding[], offset: number, today: Today): Hover | null {
  const h = hoverAt(resume, findings, offset, today);
  if (!h) return null;
  return { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: rangeOf(doc, h.span) };
}
