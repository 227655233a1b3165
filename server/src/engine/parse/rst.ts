// reStructuredText for the readers: a .rst résumé is read by the Markdown reader (whose inline marks
// it shares), or as text when saved .txt.
//
// Titles: Markdown takes "=====" under a line as the first level and "-----" as the second, and reads
// an overline as a rule and "~~~~" as a code fence; reStructuredText has no fixed levels: each
// adornment style (its character, with or without an overline) is the next level down the first time
// it appears. A CV titled "=====" over and under, its sections "-----" over and under, and their parts
// "=====" under only, read with Markdown's levels, puts the parts above the sections.
//
// Hidden markup: comments, link targets, and the directives that only place an image, a table of
// contents or raw output, each with its indented lines, print nothing (docutils shows none of it); a
// commented-out ".. Technical skills" / ".. ----------------" block read as a section of its own.
import type { SourceLine } from './source-lines';

/** Four or more of one punctuation character RST allows for adornment, alone on the line. */
const ADORNMENT = /^([=\-~^"'`#*+:._<>])\1{3,}[ \t]*$/;
/** A directive or comment of reStructuredText (".. contents::", ".. raw:: html", ".. _label:"). */
const DIRECTIVE = /^\.\. (?:[A-Za-z][\w-]*::|_[^:\n]+:|\|[^|\n]+\|)/;

export interface RstTitles {
  /** The line of each title's text and its level (1 the shallowest). */
  levels: Map<number, number>;
  /** The adornment lines (over and under a title): no text of the résumé. */
  adornments: Set<number>;
}

/** The adornment character of line `t` when it is an adornment line; undefined when not. */
function adornmentOf(t: string): string | undefined {
  return ADORNMENT.exec(t)?.[1];
}

/**
 * The titles of a document written in reStructuredText, by RST's rules; undefined when the document
 * shows no sign of being one (a title over- and underlined, or a directive), so Markdown keeps its own
 * reading. One pass over the lines.
 */
export function rstTitles(lines: readonly SourceLine[], first = 0): RstTitles | undefined {
  const levels = new Map<number, number>();
  const adornments = new Set<number>();
  const styles = new Map<string, number>();
  let rst = false;
  const level = (style: string): number => {
    let l = styles.get(style);
    if (l === undefined) styles.set(style, (l = styles.size + 1));
    return l;
  };
  for (let i = first; i < lines.length; i++) {
    const t = lines[i].text;
    if (!rst && DIRECTIVE.test(t)) rst = true;
    const c = adornmentOf(t);
    if (c === undefined) continue;
    const text = i + 1 < lines.length ? lines[i + 1].text.trim() : '';
    const under = i + 2 < lines.length ? lines[i + 2].text : '';
    // Over and under: the same character on both lines, the title no longer than them.
    if (text && adornmentOf(text) === undefined && adornmentOf(under) === c && text.length <= t.trimEnd().length) {
      levels.set(i + 1, level('o' + c));
      adornments.add(i).add(i + 2);
      // (Not "~~~~" or "````" round one line: that is a fenced block of Markdown as much.)
      if (c !== '~' && c !== '`') rst = true;
      i += 2;
      continue;
    }
    // Under only: a line of text right above, after a blank line (or the top), no longer than it.
    const above = i > first ? lines[i - 1].text.trim() : '';
    const beforeAbove = i - 2 >= first ? lines[i - 2].text.trim() : '';
    if (above && adornmentOf(above) === undefined && !levels.has(i - 1) && beforeAbove === '' && above.length <= t.trimEnd().length) {
      levels.set(i - 1, level('u' + c));
      adornments.add(i);
      // ("QuinStreet - Tech Lead (November 2010 - Present)" over "````…````" exactly as long: an
      // underline, no Markdown fence, which opens on a line of its own and is seldom the length of
      // the line above it.)
      if ((c === '`' || c === '~') && above.length === t.trimEnd().length && above.length >= 8) rst = true;
    }
  }
  return rst ? { levels, adornments } : undefined;
}

// ".. " opening an explicit markup block: what follows says which.
const EXPLICIT = /^\.\.(?:[ \t]|$)/;
// ".. name:: argument": a directive; these print nothing a reader reads as the résumé's text.
const SILENT_DIRECTIVE = /^\.\.[ \t]+(?:image|figure|contents|sectnum|section-numbering|raw|meta|class|role|default-role|include|header|footer|title|highlight|code-block|code|sourcecode|only|container)::/i;
// ".. _name: url", ".. __: url": a link's target.
const TARGET = /^\.\.[ \t]+_/;
// Anything else after ".. " that is a directive (".. note::"), a footnote or citation (".. [1]"),
// or a substitution (".. |name| image::") prints text; the rest is a comment.
const PRINTING = /^\.\.[ \t]+(?:\[|\||[A-Za-z][\w-]*::)/;

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
