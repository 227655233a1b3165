// model -> findings: runs each enabled rule with its effective options and severity, then drops
// what the document's inline directives silence (the last config layer, SPEC §2/§6).
import type { Resume } from './model';
import type { Finding, Rule, Severity } from './rule';
import { rules } from './rules/index';
import { defaultConfig, type ResolvedConfig } from './config';
import { applyDirectives } from './directives';
import { LintAnalysis } from './analysis';
import { pieceCacheFor } from './cache/piece-cache';
import { capPerRule, capRepeatedFixes, FINDINGS_PER_RULE } from './finding-cap';
import type { SpellChecker } from './spelling/spelling';

export interface Today {
  year: number;
  month: number;
  day: number;
}

export function todayNow(): Today {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Each rule's option defaults, read from its schema once instead of on every lint. */
const defaults = new WeakMap<Rule, Record<string, unknown>>();
function defaultsOf(rule: Rule): Record<string, unknown> {
  let d = defaults.get(rule);
  if (!d) {
    d = {};
    for (const [k, schema] of Object.entries(rule.options)) d[k] = (schema as { default: unknown }).default;
    defaults.set(rule, d);
  }
  return d;
}

export function runRules(resume: Resume, text: string, config: ResolvedConfig = defaultConfig, today: Today = todayNow(), spelling?: SpellChecker | null): Finding[] {
  const findings: Finding[] = [];
  const analysis = new LintAnalysis(resume, text);
  const day = `${today.year}-${today.month}-${today.day}`;
  // With no directive in the text every finding reaches the cap as reported (applyDirectives).
  const noDirectives = !text.includes('resume-studio-');
  for (const rule of rules) {
    const rc = config.rules[rule.id] ?? {};
    const severity = rc.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.formats && !rule.formats.includes(resume.format)) continue;
    const options: Record<string, unknown> = Object.assign({}, defaultsOf(rule), rc.options);
    // Options and today select the cache: a reply kept under other settings is never replayed.
    const pieceCache = pieceCacheFor(rule.id, rc.options ? `${day} ${JSON.stringify(rc.options)}` : day);
    // This rule's findings so far, and whether they came in document order (as sorted below), the
    // last one reported being the latest: then a finding at or after it, with the cap reached, is
    // past the cap whatever the rule reports next, and only its place and severity are kept (the
    // summary's). Thousands of roles made thousands of messages and fixes to drop.
    let reported = 0;
    let inOrder = true;
    let lastStart = -Infinity;
    let lastEnd = -Infinity;
    const push = (f: Finding): void => {
      const s = f.span;
      if (s.start < lastStart || (s.start === lastStart && s.end < lastEnd)) inOrder = false;
      lastStart = s.start;
      lastEnd = s.end;
      reported++;
      findings.push(f);
    };
    try {
      rule.check({
        resume,
        text,
        options,
        severity: severity as Severity,
        today,
        words: config.words,
        spelling,
        analysis,
        pieceCache,
        report(r) {
          push({ ruleId: rule.id, severity: r.severity ?? (severity as Severity), message: r.message, span: r.span, fixes: r.fixes, data: r.data });
        },
        beyondCap(span, sev) {
          if (!noDirectives || !inOrder || reported < FINDINGS_PER_RULE || span.start < lastStart || (span.start === lastStart && span.end < lastEnd)) return false;
          push({ ruleId: rule.id, severity: sev ?? (severity as Severity), message: '', span });
          // (Not kept for the piece being read: a later lint may list it.)
          pieceCache.dropRun();
          return true;
        },
      });
    } catch (e) {
      // One broken rule must not take the others (or the server) down with it (SPEC §10).
      findings.push({
        ruleId: rule.id,
        severity: 'info',
        message: `The "${rule.id}" check failed on this document (${(e as Error)?.message ?? e}); its results are missing. Please report it; you can turn the rule off meanwhile.`,
        span: { start: 0, end: 0 },
      });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  // Each rule's findings are bounded after the directives have silenced theirs (finding-cap.ts).
  return capRepeatedFixes(capPerRule(applyDirectives(resume.format, text, findings)));
}
