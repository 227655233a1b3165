// What hovering a spot of a résumé explains: the rule behind a finding (what and why), the
// duration of a date range, and stronger verbs for a weak one. Pure: returns Markdown and a span.
import type { Resume, Span } from '../model';
import type { Finding, Rule } from '../rule';
import type { Today } from '../lint';
import { rules } from '../rules/index';
import { ruleDocUrl } from '../format/sarif';
import { durationMonths, formatDuration } from '../dates-math';

export interface HoverInfo {
  span: Span;
  /** Markdown. */
  contents: string;
}

const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

function ruleById(id: string): Rule<any> | undefined {
  return rules.find((r) => r.id === id);
}

function dateHover(resume: Resume, offset: number, today: Today): HoverInfo | undefined {
  for (const section of resume.sections)
    for (const entry of section.entries) {
      const d = entry.dates;
      if (!d || !within(d.span, offset)) continue;
      const months = durationMonths(d, today);
      if (months === undefined || months <= 0) return undefined;
      // Year-only dates ("2015 – 2017") say little about the months in between.
      const approximate = [d.start, d.end].some((x) => x && (x.precision === 'year' || x.precision === 'season'));
      const what = `${approximate ? 'about ' : ''}${formatDuration(months)}${d.current ? ' so far' : ''}`;
      return { span: d.span, contents: `**${what}** (${d.text.trim()})` };
    }
  return undefined;
}

function findingHover(f: Finding): string {
  const rule = ruleById(f.ruleId);
  const parts: string[] = [];
  if (rule) {
    parts.push(`**${rule.description}** (\`${rule.id}\`)`);
    if (rule.docs?.why) parts.push(rule.docs.why);
  } else {
    parts.push(`**${f.message}** (\`${f.ruleId}\`)`);
  }
  const alternatives = f.data?.alternatives;
  if (Array.isArray(alternatives) && alternatives.length) {
    parts.push(`Stronger alternatives: ${alternatives.map((a) => `**${String(a)}**`).join(', ')}`);
  }
  if (rule) parts.push(`[Read more about ${rule.id}](${ruleDocUrl(rule.id)})`);
  return parts.join('\n\n');
}

export function hoverAt(resume: Resume, findings: readonly Finding[], offset: number, today: Today): HoverInfo | undefined {
  const sections: string[] = [];
  let span: Span | undefined;
  const seen = new Set<string>();
  for (const f of findings) {
    if (!within(f.span, offset) || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    sections.push(findingHover(f));
    span = span ? { start: Math.max(span.start, f.span.start), end: Math.min(span.end, f.span.end) } : f.span;
  }
  const date = dateHover(resume, offset, today);
  if (date) {
    sections.unshift(date.contents);
    span = span ?? date.span;
  }
  if (!span || sections.length === 0) return undefined;
  if (span.start > span.end) span = { start: offset, end: offset };
  return { span, contents: sections.join('\n\n---\n\n') };
}
