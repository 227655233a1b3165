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

// The rule list stops at "<" or ">" (rule ids have neither), so an unclosed comment is read up to
// the next tag or comment, not to the end of the text from every "<!--" (issue 13).
const HTML_RE = /<!--\s*resume-studio-(disable-next-line|disable-line|disable-file|disable|enable)\b([^<>]*?)-->/g;
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

/** The rule ids a directive names, "*" standing for every rule. */
function namesOf(d: Directive): string[] {
  return d.rules.length === 0 ? ['*'] : d.rules;
}

/**
 * Drops the findings the document's directives silence (by the line each finding starts on).
 * One pass over the findings in line order beside the directives in document order, with each
 * rule's region state kept as it goes: thousands of directives and thousands of findings cost
 * their sum, not their product (issue 13).
 *
 * The rules: disable-file silences everywhere; disable-line its own line; disable-next-line the
 * line after it; a region opened by disable (from its own line) ends after the line of an enable
 * (so disable and enable on one line leave it off), the later directive winning.
 */
export function applyDirectives(format: ResumeFormat, text: string, findings: Finding[]): Finding[] {
  if (!findings.length || !text.includes('resume-studio-')) return findings;
  const starts = lineStarts(text);
  const directives = findDirectives(format, text, starts);
  if (!directives.length) return findings;
  const file = new Set<string>();
  /** Per line: the rules silenced there by disable-line, disable-next-line (of the line above) or a disable on that very line. */
  const onLine = new Map<number, Set<string>>();
  const silenceLine = (line: number, d: Directive) => {
    let set = onLine.get(line);
    if (!set) onLine.set(line, (set = new Set()));
    for (const r of namesOf(d)) set.add(r);
  };
  const regions: Directive[] = [];
  for (let ix = 0; ix < directives.length; ix++) {
    const d = directives[ix];
    if (d.kind === 'disable-file') for (const r of namesOf(d)) file.add(r);
    else if (d.kind === 'disable-line') silenceLine(d.line, d);
    else if (d.kind === 'disable-next-line') silenceLine(d.line + 1, d);
    else {
      regions.push(d);
      if (d.kind === 'disable') silenceLine(d.line, d);
    }
  }
  // Region state: for each rule (and "*"), whether the last region directive naming it turned it
  // off, and when (its index), so that the later of "*" and the rule's own decides.
  const state = new Map<string, { off: boolean; at: number }>();
  const regionOff = (ruleId: string) => {
    const own = state.get(ruleId);
    const all = state.get('*');
    if (!own) return all?.off ?? false;
    if (!all) return own.off;
    return own.at > all.at ? own.off : all.off;
  };
  // Findings come in document order by start, but a caller may pass them in any order: go by line.
  const lines = findings.map((f) => lineOf(starts, f.span.start));
  const order = findings.map((_, i) => i).sort((a, b) => lines[a] - lines[b] || a - b);
  const keep = new Array<boolean>(findings.length).fill(true);
  let next = 0;
  for (let ix = 0; ix < order.length; ix++) {
    const i = order[ix];
    const line = lines[i];
    // Every region directive on an earlier line applies to this one, in document order.
    while (next < regions.length && regions[next].line < line) {
      const d = regions[next];
      for (const r of namesOf(d)) state.set(r, { off: d.kind === 'disable', at: next });
      next++;
    }
    const id = findings[i].ruleId;
    const here = onLine.get(line);
    if (file.has('*') || file.has(id) || here?.has('*') || here?.has(id) || regionOff(id)) keep[i] = false;
  }
  return findings.filter((_, i) => keep[i]);
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
