// YAML and JSON résumés (JSON is YAML 1.2, so one parser reads both). The `yaml` package's node
// ranges give every field and bullet its exact place; the document is never turned into plain
// JSON first. Syntax errors become problems, never throws, and whatever could be read is kept.
// Clean JSON takes a faster road to the same nodes (yaml-json.ts).
//
// Spans: a field or bullet spans its text (inside any quotes); a bullet whose text is not a
// verbatim slice (escapes, folding, block scalars) carries `offsets`. Fields joined from two keys
// (education "PhD in Physics", a JSON Resume location map) span from the first part to the last.
// Ongoing dates and what each dialect means by a missing end: see jsonresume.ts, rendercv.ts and
// yamlresume.ts.
import type { YAMLError } from 'yaml';
import { parseDocument } from './yaml-lib';
import type { ParseProblem, Resume } from '../model';
import { emptyResume } from './empty';
import { readJsonResume, readRoleList, readSectionList, readTaggedList } from './jsonresume';
import { isFresh, readFresh } from './fresh';
import { readRenderCv } from './rendercv';
import { readYamlResume } from './yamlresume';
import { asMap, get, seqItems, type ReadContext } from './yaml-read';
import { readJsonFast } from './yaml-json';
import { MAX_NESTING, nestingOf } from './nesting';
export { readTomlSections } from './toml';

export function parseYamlResume(text: string, format: 'jsonresume' | 'rendercv' | 'yamlresume'): Resume {
  return parseYamlResumeWith(text, format, true);
}

/** `jsonFastPath: false` reads JSON through `yaml` too (tests compare both paths). */
export function parseYamlResumeWith(text: string, format: 'jsonresume' | 'rendercv' | 'yamlresume', jsonFastPath: boolean): Resume {
  const problems: ParseProblem[] = [];
  // Too deep a file is never given to a parser: see nesting.ts (a recursion that deep can abort the process).
  const nesting = nestingOf(text, 'yaml');
  if (nesting.tooDeepAt !== undefined) {
    const r = emptyResume(format);
    const at = nesting.tooDeepAt;
    r.problems.push({
      code: 'too-deep',
      severity: 'error',
      span: { start: at, end: Math.min(text.length, at + 1) },
      message: `This file nests lists or maps more than ${MAX_NESTING} levels deep here, where a résumé needs a handful, so Résumé Studio did not read it. Look for unclosed "[" or "{" brackets or runaway indentation above this point.`,
    });
    return r;
  }
  let ctx: ReadContext;
  let contents: unknown = jsonFastPath ? readJsonFast(text) : undefined;
  if (contents !== undefined) ctx = { src: text, problems };
  else {
    const doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: false, strict: false });
    for (const e of doc.errors) problems.push(syntaxProblem(e, text, 'error'));
    for (const w of doc.warnings) problems.push(syntaxProblem(w, text, 'warning'));
    ctx = { src: text, doc, problems };
    contents = doc.contents;
  }
  const root = asMap(ctx, contents);
  let resume: Resume;
  switch (format) {
    case 'rendercv':
      resume = readRenderCv(ctx, root);
      break;
    case 'yamlresume':
      resume = readYamlResume(ctx, root);
      break;
    default: {
      // (A document that is a list of sections: al-folio's CV data file.)
      const listed = root ? [] : seqItems(ctx, contents);
      // (Or one list of items, each naming its section: readTaggedList; or one list of roles: readRoleList.)
      resume = listed.length ? (readTaggedList(ctx, listed) ?? readRoleList(ctx, listed) ?? readSectionList(ctx, listed)) : root && isFresh(ctx, root) ? readFresh(ctx, root) : readJsonResume(ctx, root, { format: 'jsonresume', ongoingEducation: false, contactBesideBasics: false });
    }
  }
  // ("basics:" then "sections: [ - title, kind, entries ]": a site's own data file that YAMLResume's
  // or JSON Resume's reader finds no sections in is read as a list of sections.)
  if (resume && !resume.sections.length && root) {
    const listed = seqItems(ctx, get(ctx, root, 'sections'));
    const inner = listed.length ? readSectionList(ctx, listed) : undefined;
    if (inner?.sections.length) {
      resume.sections = inner.sections;
      resume.skills.push(...inner.skills);
      resume.summary ??= inner.summary;
    }
  }
  if (!resume) resume = emptyResume(format);
  resume.problems.push(...problems);
  return resume;
}

/** The parser's own message (first line; the code excerpt is the editor's job) at its range. */
function syntaxProblem(e: YAMLError, text: string, severity: 'error' | 'warning'): ParseProblem {
  const first = e.message.split('\n')[0].replace(/\s+at line \d+, column \d+:?\s*$/, '').replace(/\.$/, '');
  let start = Math.max(0, Math.min(e.pos[0], text.length));
  let end = Math.max(start, Math.min(e.pos[1], text.length));
  // An indentation error points at the indentation itself; the key after it is what to fix.
  if (/^[ \t]*$/.test(text.slice(start, end))) {
    let p = end;
    while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
    if (p < text.length && text[p] !== '\n' && text[p] !== '\r') {
      start = p;
      end = p;
      while (end < text.length && !/\s/.test(text[end])) end++;
    }
  }
  if (end === start && start < text.length) end = start + 1;
  if (end > text.length) [start, end] = [text.length, text.length];
  return {
    code: 'yaml-syntax',
    severity,
    span: { start, end },
    message:
      severity === 'error'
        ? `YAML syntax error: ${first}. Fix it so the rest of the résumé can be checked (often indentation, a missing colon or an unclosed quote).`
        : `YAML warning: ${first}. Correct it so every tool reads this file the same way.`,
  };
}

/**
 * The sections and the profile (summary) of a shape of its own in `text` (a Markdown page with
 * everything but its front matter blanked, so every span is the page's own): see front-matter.ts.
 */
export function readOwnShapeSections(text: string): Pick<Resume, 'sections' | 'summary'> {
  if (nestingOf(text, 'yaml').tooDeepAt !== undefined) return { sections: [] };
  const doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: false, strict: false });
  if (doc.errors.length) return { sections: [] };
  const ctx: ReadContext = { src: text, doc, problems: [] };
  const root = asMap(ctx, doc.contents);
  if (!root) return { sections: [] };
  const r = readJsonResume(ctx, root, { format: 'jsonresume', ongoingEducation: false, contactBesideBasics: false, own: true });
  return { sections: r.sections, summary: r.summary };
}
