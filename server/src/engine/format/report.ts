// What the CLI's output formats read: one linted file with its text (for line/column) and its
// findings, parse problems included, so every formatter reports the same things.
import type { Resume } from '../model';
import type { Finding, Severity } from '../rule';
import { LineIndex } from '../editor/lines';

export interface FileReport {
  /** Path as shown to the user (relative to the working directory, forward slashes). */
  path: string;
  text: string;
  findings: Finding[];
  /** Set when the file could not be read or is not a résumé; then findings is empty. */
  error?: string;
}

export interface LocatedFinding extends Finding {
  /** 1-based line and column (UTF-16 units), end exclusive as in editors. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Structure problems (YAML syntax, unknown shape) become findings with their code as rule id. */
export function problemFindings(resume: Resume): Finding[] {
  return resume.problems.map((p) => ({ ruleId: p.code, severity: p.severity, message: p.message, span: p.span }));
}

/** Findings plus the model's problems, in document order. */
export function allFindings(resume: Resume, findings: Finding[]): Finding[] {
  if (resume.problems.length === 0) return findings;
  return [...problemFindings(resume), ...findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

export function locate(report: FileReport): LocatedFinding[] {
  const lines = new LineIndex(report.text);
  return report.findings.map((f) => {
    const s = lines.positionAt(f.span.start);
    const e = lines.positionAt(f.span.end);
    return { ...f, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countBySeverity(reports: FileReport[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const f of r.findings) c[f.severity as Severity]++;
  return c;
}
