// Inline directives (SPEC §2): comments in the résumé that silence rules, and the edits that
// write them ("disable for this line / file" quick fixes) in the host format's comment syntax.
//   Markdown / text:  <!-- resume-studio-disable weak-verb tense -->
//   YAML:             # resume-studio-disable-next-line weak-verb
// Verbs: disable, enable (a region until enable), disable-line, disable-next-line, disable-file.
// No rule ids = every rule.
import type { ResumeFormat } from './model';
import type { Edit, Finding } from './rule';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty = all rules. */
  rules: string[];
  /** 0-based line the comment is on. */
  line: number;
  /** Span of the whole comment. */
  start: number;
  end: number;
}

/** Formats whose comments are `#` (YAML); the rest use HTML comments. */
function usesHash(format: ResumeFormat): boolean {
  return format === 'jsonresume' || format === 'rendercv' || format === 'yamlresume';
}

/** A JSON document (not YAML) has no comment syntax at all. */
function isJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

const HTML_RE = /<!--\s*resume-studio-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;
const HASH_RE = /(^|[ \t])#[ \t]*resume-studio-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n\r]*)/gm;

function splitRules(s: string): string[] {
  return s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
}

/** Line starts of `text` (LF, CRLF and CR). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** All directives in the document, in order. */
export function findDirectives(format: ResumeFormat, text: string, starts: number[] = lineStarts(text)): Directive[] {
  if (!text.includes('resume-studio-')) return [];
  const out: Directive[] = [];
  if (usesHash(format)) {
    HASH_RE.lastIndex = 0;
    for (let m = HASH_RE.exec(text); m; m = HASH_RE.exec(text)) {
      const start = m.index + m[1].length;
      out.push({ kind: m[2] as DirectiveKind, rules: splitRules(m[3]), line: lineOf(starts, start), start, end: m.index + m[0].length });
    }
  } else {
    HTML_RE.lastIndex = 0;
    for (let m = HTML_RE.exec(text); m; m = HTML_RE.exec(text)) {
      out.push({ kind: m[1] as DirectiveKind, rules: splitRules(m[2]), line: lineOf(starts, m.index), start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

function names(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** True when the directives silence `ruleId` on `line`. */
function silenced(directives: Directive[], ruleId: string, line: number): boolean {
  let off = false;
  for (const d of directives) {
    if (!names(d, ruleId)) continue;
    switch (d.kind) {
      case 'disable-file':
        return true;
      case 'disable-line':
        if (d.line === line) return true;
        break;
      case 'disable-next-line':
        if (d.line + 1 === line) return true;
        break;
      case 'disable':
        if (d.line <= line) off = true;
        break;
      case 'enable':
        // A region ends after the enable comment's line; `disable` and `enable` on one line leave it off.
        if (d.line < line) off = false;
        break;
    }
  }
  return off;
}

/** Drops the findings the document's directives silence (by the line each finding starts on). */
export function applyDirectives(format: ResumeFormat, text: string, findings: Finding[]): Finding[] {
  if (!findings.length || !text.includes('resume-studio-')) return findings;
  const starts = lineStarts(text);
  const directives = findDirectives(format, text, starts);
  if (!directives.length) return findings;
  // Directives are in document order, so regions open and close in order in `silenced`.
  return findings.filter((f) => !silenced(directives, f.ruleId, lineOf(starts, f.span.start)));
}

/**
 * The edit that silences `ruleId` at `offset`: for 'line', a disable-next-line comment on its own
 * line above, with the same indentation (added to an existing one when there is one); for 'file',
 * a disable-file comment at the top (after Markdown front matter). Undefined for JSON documents,
 * which have no comments: use the settings or .resume-studio.json there.
 */
export function disableEdit(format: ResumeFormat, text: string, ruleId: string, offset: number, scope: 'line' | 'file'): Edit | undefined {
  const hash = usesHash(format);
  if (hash && isJson(text)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const starts = lineStarts(text);
  const comment = (kind: DirectiveKind) => (hash ? `# resume-studio-${kind} ${ruleId}` : `<!-- resume-studio-${kind} ${ruleId} -->`);
  const existing = findDirectives(format, text, starts);

  if (scope === 'file') {
    const top = existing.find((d) => d.kind === 'disable-file' && d.rules.length > 0);
    if (top) {
      if (top.rules.includes(ruleId)) return { span: { start: top.end, end: top.end }, newText: '' };
      return appendRule(text, top, ruleId, hash);
    }
    let at = 0;
    if (!hash) {
      // Keep Markdown front matter first: it must start the file to be front matter at all.
      const fm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
      if (fm) at = fm[0].length;
    }
    return { span: { start: at, end: at }, newText: comment('disable-file') + eol };
  }

  const line = lineOf(starts, Math.max(0, Math.min(offset, text.length)));
  const prev = existing.find((d) => d.kind === 'disable-next-line' && d.line === line - 1 && d.rules.length > 0);
  if (prev) {
    if (prev.rules.includes(ruleId)) return { span: { start: prev.end, end: prev.end }, newText: '' };
    return appendRule(text, prev, ruleId, hash);
  }
  const lineStart = starts[line];
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  return { span: { start: lineStart, end: lineStart }, newText: indent + comment('disable-next-line') + eol };
}

/** Adds a rule id to an existing directive comment (as eslint's quick fix does). */
function appendRule(text: string, d: Directive, ruleId: string, hash: boolean): Edit {
  if (hash) {
    const body = text.slice(d.start, d.end).replace(/\s+$/, '');
    const at = d.start + body.length;
    return { span: { start: at, end: at }, newText: ` ${ruleId}` };
  }
  // Before the closing "-->", after the last rule id.
  const close = text.lastIndexOf('-->', d.end);
  const inner = text.slice(d.start, close).replace(/\s+$/, '');
  const at = d.start + inner.length;
  return { span: { start: at, end: at }, newText: ` ${ruleId}` };
}
