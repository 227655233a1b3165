// A readable one-line-per-thing dump of a parsed résumé: sections, entries with their title,
// organisation, location and dates ("2014-03..2016-06 (month)"), bullets. Used for the parser
// snapshot tests and for eyeballing how a real résumé was read.
import type { DateRange, Field, ResumeDate, Resume } from '../model';

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function q(s: string, max = 70): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(one.length > max ? one.slice(0, max - 1) + '…' : one);
}

function fieldText(f: Field | undefined, max = 70): string {
  return f ? q(f.value, max) : '-';
}

function dateText(d: ResumeDate): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (d.precision === 'day') return `${d.year}-${p2(d.month!)}-${p2(d.day!)}`;
  if (d.precision === 'month') return `${d.year}-${p2(d.month!)}`;
  if (d.precision === 'season') return `${d.season} ${d.year}`;
  return String(d.year);
}

function rangeText(r: DateRange | undefined): string {
  if (!r) return 'no dates';
  const start = r.start ? dateText(r.start) : '?';
  const end = r.current ? 'present' : r.end ? dateText(r.end) : '';
  const precisions = [r.start?.precision, r.end?.precision].filter(Boolean);
  const p = [...new Set(precisions)].join('/');
  let s = end ? `${start}..${end}` : start;
  if (p) s += ` (${p})`;
  if (r.expected) s += ' expected';
  return s;
}

export function describeResume(resume: Resume, text: string): string {
  const out: string[] = [];
  const c = resume.contact;
  out.push(`format: ${resume.format}`);
  out.push(`name: ${fieldText(c.name)}`);
  out.push(`email: ${fieldText(c.email)}  phone: ${fieldText(c.phone)}  location: ${fieldText(c.location)}`);
  for (const l of c.links) out.push(`link: ${fieldText(l)}`);
  if (resume.summary) out.push(`summary: ${fieldText(resume.summary, 60)} [L${lineOf(text, resume.summary.span.start)}]`);
  if (resume.skills.length) out.push(`skills: ${resume.skills.map((s) => s.value).join(' | ')}`);
  for (const s of resume.sections) {
    out.push(`§ ${s.kind} ${q(s.title)} [L${lineOf(text, s.headingSpan.start)}]`);
    for (const e of s.entries) {
      out.push(
        `  ◆ ${e.kind} | title ${fieldText(e.title, 50)} | org ${fieldText(e.organisation, 50)} | loc ${fieldText(e.location, 30)} | ${rangeText(e.dates)} [L${lineOf(text, e.headerSpan.start)}]`,
      );
      for (const b of e.bullets) out.push(`    • ${q(b.text, 240)}`);
    }
  }
  for (const p of resume.problems) out.push(`problem: ${p.code} ${q(p.message, 100)} [L${lineOf(text, p.span.start)}]`);
  return out.join('\n') + '\n';
}
