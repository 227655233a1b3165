// Builds a Markdown résumé text and its model by hand, with exact spans, so rule tests do not
// depend on the parsers: `resumeOf([{ title: 'Engineer', org: 'Acme', dates: ['2019-03', 'present'],
// bullets: ['Led a team of 5'] }])`.
import type { Bullet, DateRange, Entry, EntryKind, Resume, ResumeDate, Section, SectionKind } from '../../server/src/engine/model';

export interface RoleSpec {
  title?: string;
  org?: string;
  kind?: EntryKind;
  /** ['YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', 'YYYY-MM' | 'present' | undefined] */
  dates?: [string, string?];
  bullets?: string[];
  /** A description paragraph under the header, before the bullets (Entry.description). */
  description?: string;
}

export interface SectionSpec {
  title: string;
  kind: SectionKind;
  roles: RoleSpec[];
}

function isoDate(s: string, offset: number): ResumeDate {
  const [y, m, d] = s.split('-').map(Number);
  return {
    year: y,
    month: m,
    day: d,
    precision: d ? 'day' : m ? 'month' : 'year',
    style: { month: m ? 'iso' : 'none' },
    text: s,
    span: { start: offset, end: offset + s.length },
  };
}

/** One Experience section of roles, or several sections. */
export function resumeOf(spec: RoleSpec[] | SectionSpec[]): { text: string; resume: Resume } {
  const sections: SectionSpec[] =
    spec.length && 'roles' in spec[0] ? (spec as SectionSpec[]) : [{ title: 'Experience', kind: 'experience', roles: spec as RoleSpec[] }];
  let text = '# Jane Doe\njane@example.com\n\n';
  const out: Section[] = [];
  for (const s of sections) {
    const sStart = text.length;
    text += `## ${s.title}\n\n`;
    const section: Section = { title: s.title, kind: s.kind, span: { start: sStart, end: 0 }, headingSpan: { start: sStart, end: sStart + 3 + s.title.length }, entries: [] };
    for (const r of s.roles) {
      const eStart = text.length;
      text += '### ';
      const title = r.title ?? 'Engineer';
      const tStart = text.length;
      text += title;
      const org = r.org ?? 'Acme';
      text += ', ';
      const oStart = text.length;
      text += org;
      let dates: DateRange | undefined;
      if (r.dates) {
        text += ' (';
        const rStart = text.length;
        const start = isoDate(r.dates[0], rStart);
        text += r.dates[0] + ' – ';
        const endText = r.dates[1] ?? 'present';
        const eOff = text.length;
        text += endText;
        const current = endText.toLowerCase() === 'present';
        dates = {
          start,
          end: current ? undefined : isoDate(endText, eOff),
          current,
          currentText: current ? endText : undefined,
          span: { start: rStart, end: text.length },
          text: text.slice(rStart),
          separator: '–',
        };
        text += ')';
      }
      const headerEnd = text.length;
      text += '\n';
      let description: Bullet | undefined;
      if (r.description !== undefined) {
        description = { text: r.description, span: { start: text.length, end: text.length + r.description.length } };
        text += r.description + '\n';
      }
      const bullets: Bullet[] = [];
      for (const b of r.bullets ?? []) {
        text += '- ';
        bullets.push({ text: b, span: { start: text.length, end: text.length + b.length } });
        text += b + '\n';
      }
      const kind: EntryKind = r.kind ?? (s.kind === 'education' ? 'education' : s.kind === 'volunteer' ? 'volunteer' : s.kind === 'projects' ? 'project' : 'work');
      const entry: Entry = {
        kind,
        title: { value: title, span: { start: tStart, end: tStart + title.length } },
        organisation: { value: org, span: { start: oStart, end: oStart + org.length } },
        dates,
        bullets,
        span: { start: eStart, end: text.length },
        headerSpan: { start: eStart, end: headerEnd },
      };
      if (description) entry.description = description;
      section.entries.push(entry);
      text += '\n';
    }
    section.span.end = text.length;
    out.push(section);
  }
  const resume: Resume = {
    format: 'markdown',
    contact: { name: { value: 'Jane Doe', span: { start: 2, end: 10 } }, email: { value: 'jane@example.com', span: { start: 11, end: 27 } }, links: [] },
    skills: [],
    sections: out,
    problems: [],
  };
  return { text, resume };
}
