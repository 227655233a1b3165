// reStructuredText's markup that a reader never sees (docutils prints none of it): comments,
// hyperlink targets, and the directives that only place an image, a table of contents or raw
// output, each with the indented lines that belong to it. A plain-text résumé kept as .rst is read
// as text; without this, a commented-out ".. Technical skills" / ".. ----------------" block read
// as a section of its own.
import type { SourceLine } from './source-lines';

// ".. " opening an explicit markup block: what follows says which.
const EXPLICIT = /^\.\.(?:[ \t]|$)/;
// ".. name:: argument": a directive; these print nothing a reader reads as the résumé's text.
const SILENT_DIRECTIVE = /^\.\.[ \t]+(?:image|figure|contents|sectnum|section-numbering|raw|meta|class|role|default-role|include|header|footer|title|highlight|code-block|code|sourcecode|only|container)::/i;
// ".. _name: url", ".. __: url": a link's target.
const TARGET = /^\.\.[ \t]+_/;
// Anything else after ".. " that is a directive (".. note::"), a footnote or citation (".. [1]"),
// or a substitution (".. |name| image::") prints text; the rest is a comment.
const PRINTING = /^\.\.[ \t]+(?:\[|\||[A-Za-z][\w-]*::)/;
// An underlined heading's rule: one punctuation character repeated (reST's section adornment).
const ADORNMENT = /^([=\-~^"'`#*+:.])\1{2,}[ \t]*$/;

/**
 * The lines of reST markup no reader sees, by index. Only in a document that reads as reST: a
 * heading underlined with an adornment, and at least one explicit markup line at the left margin.
 */
export function restHiddenLines(lines: SourceLine[]): number[] {
  const out: number[] = [];
  let explicit = false;
  let adorned = false;
  for (let k = 0; k < lines.length && !(explicit && adorned); k++) {
    const t = lines[k].text;
    if (t.charCodeAt(0) === 46 && EXPLICIT.test(t)) explicit = true;
    else if (k > 0 && ADORNMENT.test(t) && lines[k - 1].text.trim() && !EXPLICIT.test(lines[k - 1].text)) adorned = true;
  }
  if (!explicit || !adorned) return out;
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].text;
    if (t.charCodeAt(0) !== 46 || !EXPLICIT.test(t)) continue;
    const hidden = SILENT_DIRECTIVE.test(t) || TARGET.test(t) || !PRINTING.test(t);
    if (!hidden) continue;
    out.push(k);
    // (Its block: the indented lines after it, blank lines among them, up to the next line at the margin.)
    let j = k + 1;
    for (; j < lines.length; j++) {
      const n = lines[j].text;
      if (!n.trim()) continue;
      if (n.charCodeAt(0) !== 32 && n.charCodeAt(0) !== 9) break;
      out.push(j);
    }
    k = j - 1;
  }
  return out;
}

/** The text with the lines of restHiddenLines blanked (spaces, so every offset stands), or the text itself. */
export function restBlanked(text: string, lines: SourceLine[]): string {
  const hidden = restHiddenLines(lines);
  if (!hidden.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const k of hidden) {
    const l = lines[k];
    parts.push(text.slice(at, l.start), ' '.repeat(l.end - l.start));
    at = l.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
