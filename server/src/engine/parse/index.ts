// text -> model: picks the parser for the document's format. Never throws: a parser failure
// becomes a ParseProblem so the editor shows it instead of crashing (SPEC §10).
import type { Resume, ResumeFormat } from '../model';
import { detectFormat } from './detect';
import { nextParse } from '../cache/memo';
import { emptyResume } from './empty';
import { parseMarkdown } from './markdown';
import { parseText } from './text';
import { isExactSectionName } from './section-names';
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
        // (A text file written in Markdown, its sections "## Experience" headings: see markdownShaped.)
        return markdownShaped(text) ? parseMarkdown(text) : parseText(text);
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

// An ATX heading's line: its hashes, its name (closing hashes and emphasis aside).
// (The closing hashes' spaces after them only: "[ \t]*#*[ \t]*" tried every split of a long run of
// spaces between the two, the square of the run.)
const ATX_G = /^#{1,6}[ \t]+(?:\*\*|__)?([^\n#*_]{1,60}?)(?:\*\*|__)?[ \t]*(?:#+[ \t]*)?$/gm;

/**
 * Whether a text file is Markdown in all but its name ("resume.txt" exported by pandoc, a site's
 * plain copy): two ATX headings or more that name sections ("# Experience", "## Education"), and
 * more of Markdown besides (see MARKDOWN_MARKS). Headings that name no section, "# Senior Engineer
 * ~ Jul 2023 to Aug 2023", are a text résumé's own way of marking its roles, read by the text reader.
 */
function markdownShaped(text: string): boolean {
  if (!text.includes('#')) return false;
  ATX_G.lastIndex = 0;
  let n = 0;
  let deep = false;
  for (let m = ATX_G.exec(text); m; m = ATX_G.exec(text)) {
    if (!isExactSectionName(m[1].trim())) continue;
    n++;
    if (text.charCodeAt(m.index + 1) === 35) deep = true;
  }
  // (And more of Markdown than "#" lines: a deeper heading ("## Experience"), bold, a link, an
  // autolink or a quoted paragraph. "# Experience" over "* 2011 up to now" and plain lines reads
  // better as the text résumé it is otherwise.)
  return n >= 2 && (deep || MARKDOWN_MARKS.test(text));
}
const MARKDOWN_MARKS = /\*\*[^*\n]{1,80}\*\*|\]\([^)\s]{1,200}\)|<https?:\/\/|^>[ \t]/m;
