// Machine-readable output: one object per file with its findings (1-based positions and offsets).
import { locate, type FileReport } from './report';

export interface JsonFileResult {
  filePath: string;
  error?: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  hintCount: number;
  messages: {
    ruleId: string;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** 0-based UTF-16 offsets, half-open. */
    start: number;
    end: number;
    fixes?: { title: string; preferred: boolean; edits: { start: number; end: number; newText: string }[] }[];
    data?: Record<string, unknown>;
  }[];
}

export function toJsonResults(reports: FileReport[]): JsonFileResult[] {
  return reports.map((r) => {
    const located = locate(r);
    const count = (s: string) => located.filter((f) => f.severity === s).length;
    const result: JsonFileResult = {
      filePath: r.path,
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
      hintCount: count('hint'),
      messages: located.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        start: f.span.start,
        end: f.span.end,
        ...(f.fixes?.length
          ? { fixes: f.fixes.map((x) => ({ title: x.title, preferred: !!x.preferred, edits: x.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })) })) }
          : {}),
        ...(f.data ? { data: f.data } : {}),
      })),
    };
    if (r.error) result.error = r.error;
    return result;
  });
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(toJsonResults(reports), null, 2) + '\n';
}
