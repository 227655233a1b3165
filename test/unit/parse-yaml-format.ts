// A readable, line-per-thing rendering of a parsed model for the YAML parser's snapshot files:
// one line per section, entry and bullet, dates as "2019-03..present (month)", places as line:col.
import { LineIndex } from '../../server/src/engine/editor/lines';
import type { DateRange, Field, Resume, ResumeDate, Span } from '../../server/src/engine/model';

export function formatModel(resume: Resume, text: string): string {
  const lines = new LineIndex(text);
  const at = (s: Span): string => {
    const a = lines.positionAt(s.start);
    const b = lines.positionAt(s.end);
    return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`;
  };
  const field = (label: string, f: Field | undefined): string | undefined => (f ? `${label} ${JSON.stringify(f.value)} @${at(f.span)}` : undefined);
  const out: string[] = [`format: ${resume.format}`];
  const c = resume.contact;
  out.push(`contact: ${[field('name', c.name), field('email', c.email), field('phone', c.phone), field('location', c.location)].filter(Boolean).join(' | ') || '(none)'}`);
  for (const l of c.links) out.push(`  ${field('link', l)}`);
  if (resume.summary) out.push(`${field('summary', { ...resume.summary, value: clip(resume.summary.value) })}`);
  if (resume.skills.length) out.push(`skills: ${resume.skills.map((s) => s.value).join(', ')}`);
  for (const p of resume.problems) out.push(`problem ${p.severity} ${p.code} @${at(p.span)}: ${p.message}`);
  for (const s of resume.sections) {
    out.push(`§ ${s.title} (${s.kind}) heading @${at(s.headingSpan)} span @${at(s.span)}`);
    for (const e of s.entries) {
      const head = [
        e.kind,
        e.title ? JSON.stringify(e.title.value) : '-',
        e.organisation ? `at ${JSON.stringify(e.organisation.value)}` : undefined,
        e.location ? `in ${JSON.stringify(e.location.value)}` : undefined,
        e.dates ? `| ${formatRange(e.dates)} @${at(e.dates.span)}` : '| no dates',
      ].filter(Boolean);
      out.push(`  ${head.join(' ')} [entry @${at(e.span)} header @${at(e.headerSpan)}]`);
      for (const b of e.bullets) out.push(`    • ${JSON.stringify(b.text)} @${at(b.span)}${b.offsets ? ' (mapped)' : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

export function formatDate(d: ResumeDate): string {
  const p2 = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  if (d.precision === 'season') return `${d.season} ${d.year}`;
  if (d.precision === 'year') return `${d.year}`;
  if (d.precision === 'month') return `${d.year}-${p2(d.month)}`;
  return `${d.year}-${p2(d.month)}-${p2(d.day)}`;
}

export function formatRange(r: DateRange): string {
  const start = r.start ? formatDate(r.start) : '?';
  const end = r.end ? formatDate(r.end) : r.current ? 'present' : '';
  const precision = r.start?.precision ?? r.end?.precision ?? 'none';
  return `${start}${end || r.end || r.current ? '..' + end : ''} (${precision})`;
}

/** Every span of the model, so each can be checked to lie inside the document. */
export function spansOf(r: Resume): Span[] {
  const out: Span[] = [];
  const c = r.contact;
  for (const f of [c.name, c.email, c.phone, c.location, r.summary, ...c.links, ...r.skills]) if (f) out.push(f.span);
  for (const p of r.problems) out.push(p.span);
  for (const s of r.sections) {
    out.push(s.span, s.headingSpan);
    for (const e of s.entries) {
      out.push(e.span, e.headerSpan);
      for (const f of [e.title, e.organisation, e.location]) if (f) out.push(f.span);
      if (e.dates) {
        out.push(e.dates.span);
        if (e.dates.start) out.push(e.dates.start.span);
        if (e.dates.end) out.push(e.dates.end.span);
      }
      for (const b of e.bullets) {
        out.push(b.span);
        if (b.offsets) for (const o of b.offsets) out.push({ start: o, end: o });
      }
    }
  }
  return out;
}

