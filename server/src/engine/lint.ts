// model -> findings: runs each enabled rule with its effective options and severity.
import type { Resume } from './model';
import type { Finding, Severity } from './rule';
import { rules } from './rules/index';
import { defaultConfig, type ResolvedConfig } from './config';

export interface Today {
  year: number;
  month: number;
  day: number;
}

export function todayNow(): Today {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function runRules(resume: Resume, text: string, config: ResolvedConfig = defaultConfig, today: Today = todayNow()): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const rc = config.rules[rule.id] ?? {};
    const severity = rc.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.formats && !rule.formats.includes(resume.format)) continue;
    const options: Record<string, unknown> = {};
    for (const [k, schema] of Object.entries(rule.options)) options[k] = (schema as { default: unknown }).default;
    Object.assign(options, rc.options ?? {});
    rule.check({
      resume,
      text,
      options,
      severity: severity as Severity,
      today,
      report(r) {
        findings.push({ ruleId: rule.id, severity: r.severity ?? (severity as Severity), message: r.message, span: r.span, fixes: r.fixes, data: r.data });
      },
    });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return findings;
}
