// ESLint's "stylish" output: the file path, then one aligned line per finding
// (line:col  severity  message  rule), then a summary.
import type { Severity } from '../rule';
import { countBySeverity, locate, type FileReport } from './report';

const COLORS: Record<Severity | 'dim' | 'path' | 'reset', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[2m',
  path: '\x1b[4m',
  reset: '\x1b[0m',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatStylish(reports: FileReport[], opts: { color?: boolean } = {}): string {
  const paint = (k: keyof typeof COLORS, s: string) => (opts.color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  for (const report of reports) {
    if (report.error) {
      out.push('', paint('path', report.path), `  ${paint('error', 'error')}  ${report.error}`);
      continue;
    }
    if (report.findings.length === 0) continue;
    const located = locate(report);
    const pos = located.map((f) => `${f.line}:${f.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const sevWidth = Math.max(...located.map((f) => f.severity.length));
    const msgWidth = Math.max(...located.map((f) => f.message.length));
    out.push('', paint('path', report.path));
    located.forEach((f, i) => {
      const sev = paint(f.severity, f.severity.padEnd(sevWidth));
      out.push(`  ${paint('dim', pos[i].padEnd(posWidth))}  ${sev}  ${f.message.padEnd(msgWidth)}  ${paint('dim', f.ruleId)}`);
    });
  }
  const c = countBySeverity(reports);
  const unreadable = reports.filter((r) => r.error).length;
  const total = c.error + c.warning + c.info + c.hint;
  if (total > 0 || unreadable > 0) {
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
    if (c.info) parts.push(`${c.info} info`);
    if (c.hint) parts.push(plural(c.hint, 'hint'));
    const mark = c.error || unreadable ? paint('error', '✖') : paint('warning', '⚠');
    out.push('', `${mark} ${plural(total, 'problem')} (${parts.join(', ')})`);
    if (unreadable) out.push(`${plural(unreadable, 'file')} could not be linted (see above).`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}
