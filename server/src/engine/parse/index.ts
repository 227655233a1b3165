// text -> model: picks the parser for the document's format. Never throws: a parser failure
// becomes a ParseProblem so the editor shows it instead of crashing (SPEC §10).
import type { Resume, ResumeFormat } from '../model';
import { detectFormat } from './detect';
import { nextParse } from '../cache/memo';
import { emptyResume } from './empty';
import { parseMarkdown } from './markdown';
import { parseText } from './text';
import { fencedTextBody } from './fenced';
import { yamlReader } from './yaml-lazy';

export function parseAs(format: ResumeFormat, text: string): Resume {
  // The caches' clock: what no parse has used for a while is dropped (memo.ts).
  nextParse();
  try {
    switch (format) {
      case 'markdown': {
        // (A text résumé kept in one fenced block: see fenced.ts.)
        const body = fencedTextBody(text);
        return body === undefined ? parseMarkdown(text) : parseText(body);
      }
      case 'text':
        return parseText(text);
      default:
        return yamlReader().parseYamlResume(text, format);
    }
  } catch (e) {
    const r = emptyResume(format);
    r.problems.push({
      message: `Résumé Studio could not read this file (${(e as Error).message}). Please report it with the file attached; nothing in it was changed.`,
      span: { start: 0, end: 0 },
      severity: 'error',
      code: 'parse-failure',
    });
    return r;
  }
}

/** Parses `text` as the format its name and content say; undefined when it is not a résumé. */
export function parse(text: string, fileName: string): Resume | undefined {
  const format = detectFormat(fileName, text);
  return format ? parseAs(format, text) : undefined;
}
