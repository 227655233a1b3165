// chronological-order: entries of a section that are not listed newest first (by end date,
// current roles first), with a quick fix that sorts the section.
import { defineRule, type Fix } from '../rule';
import type { Entry, ResumeDate, Section } from '../model';
import { compareDates, describeRange, earliestMonth, latestMonth, periodOf, type TodayLike } from '../dates-math';

interface Options extends Record<string, unknown> {
  sectionKinds: string[];
}

function label(e: Entry): string {
  const t = e.title?.value;
  const o = e.organisation?.value;
  return t && o ? `${t} at ${o}` : t ?? o ?? 'the entry above';
}

const hasDate = (e: Entry) => !!e.dates && (!!e.dates.start || !!e.dates.end || e.dates.current);

/** The date an entry is ordered by: its end, or its only date; undefined when current. */
function endOf(e: Entry): ResumeDate | undefined {
  const d = e.dates!;
  return d.current ? undefined : d.end ?? d.start;
}

/**
 * True when `b`, listed after `a`, is more recent: it ends later (a current role ends last).
 * Equal ends at the precision both share are fine; so are roles that overlap by more than a
 * month (two current roles, a part-time job beside a degree), which may be listed either way.
 */
function newer(b: Entry, a: Entry, today: TodayLike): boolean {
  // Roles that may have been held at the same time (beyond a handover month, reading year-only
  // dates as widely as they allow) may be listed in either order.
  const na = periodOf(a.dates!, today, 'widest');
  const nb = periodOf(b.dates!, today, 'widest');
  if (na && nb && Math.min(na.to, nb.to) - Math.max(na.from, nb.from) > 1) return false;
  const ea = endOf(a);
  const eb = endOf(b);
  if (!eb) return !!ea;
  if (!ea) return false;
  const c = compareDates(eb, ea);
  if (c !== 0) return c > 0;
  // Same end: the later start is newer, unless the two ran at the same time (then either order is fine).
  const pa = periodOf(a.dates!, today);
  const pb = periodOf(b.dates!, today);
  if (pa && pb && pa.from <= pb.to && pb.from <= pa.to) return false;
  return !!(a.dates!.start && b.dates!.start) && compareDates(b.dates!.start!, a.dates!.start!) > 0;
}

/** A numeric sort key consistent with `newer`: current first, then latest end, then latest start. */
function sortKey(e: Entry): [number, number] {
  const end = endOf(e);
  const start = e.dates!.start;
  return [end ? latestMonth(end) : Infinity, start ? latestMonth(start) : end ? earliestMonth(end) : -Infinity];
}

const WHITE = /\s/;

/** Rewrites the section with its entries sorted newest first; undefined when that is not safe. */
function sortFix(section: Section, text: string): Fix | undefined {
  const entries = section.entries;
  if (!entries.every(hasDate)) return undefined;
  // Each entry's text without its trailing white space, found without copying it (\s is the set trimEnd drops).
  const cores = entries.map((e) => {
    let end = e.span.end;
    while (end > e.span.start && WHITE.test(text[end - 1])) end--;
    return { entry: e, start: e.span.start, end };
  });
  const separators: string[] = [];
  for (let i = 0; i + 1 < cores.length; i++) {
    if (cores[i + 1].start < cores[i].end) return undefined;
    const between = text.slice(cores[i].end, cores[i + 1].start);
    // Text between entries that belongs to none of them would move with the wrong neighbour.
    if (between.trim() !== '') return undefined;
    separators.push(between);
  }
  // The keys in two flat lists and an index sorted by them (not a key pair per entry: a section of
  // thousands of roles made as many small arrays and wrappers).
  const k0 = new Float64Array(cores.length);
  const k1 = new Float64Array(cores.length);
  const order: number[] = [];
  for (let i = 0; i < cores.length; i++) {
    const k = sortKey(cores[i].entry);
    k0[i] = k[0];
    k1[i] = k[1];
    order.push(i);
  }
  order.sort((x, y) => k0[y] - k0[x] || k1[y] - k1[x] || x - y);
  const sorted = order.map((i) => cores[i]);
  let newText = '';
  sorted.forEach((c, i) => {
    newText += text.slice(c.start, c.end) + (i < separators.length ? separators[i] : '');
  });
  return {
    title: `Sort the ${section.title} entries newest first`,
    edits: [{ span: { start: cores[0].start, end: cores[cores.length - 1].end }, newText }],
  };
}

export default defineRule<Options>({
  id: 'chronological-order',
  description: 'Entries of a section that are not listed newest first.',
  defaultSeverity: 'warning',
  options: {
    sectionKinds: {
      type: 'array',
      items: { type: 'string' },
      description: 'Kinds of sections checked: experience, education, volunteer, projects, awards, publications, certifications, other.',
      default: ['experience', 'education', 'volunteer'],
    },
  },
  docs: {
    why:
      'Recruiters skim from the top and expect the most recent role first (reverse-chronological order); an older ' +
      'role above a newer one hides your current level. Entries are ordered by end date, current roles first; ' +
      'entries that overlap by more than a month (held at the same time) may be listed in either order. Entries without dates are skipped. Only experience, ' +
      'education and volunteering sections are checked by default (`sectionKinds`): publications and awards are often ' +
      'grouped by theme instead. The quick fix ' +
      'sorts the whole section (Markdown and text only) when every entry in it has dates; review the result.',
    sources: [
      'Tech Interview Handbook, résumé guide: "reverse chronological order" (yangshun/tech-interview-handbook)',
      'claricv.com and resumegeni.com chronology checks',
      'Silver.dev résumé guide: concurrent jobs are legitimate (no flag for their order)',
    ],
    examples: [
      {
        bad: '### Developer, Initech (2016-01 – 2018-12)\n### Engineer, Acme (2019-01 – Present)',
        good: '### Engineer, Acme (2019-01 – Present)\n### Developer, Initech (2016-01 – 2018-12)',
      },
    ],
  },
  check(ctx) {
    const kinds = new Set(Array.isArray(ctx.options.sectionKinds) ? ctx.options.sectionKinds : []);
    for (const section of ctx.resume.sections) {
      if (!kinds.has(section.kind)) continue;
      const dated = section.entries.filter(hasDate);
      // Each entry's range as the message quotes it, found once (an entry is quoted as the one
      // below and then as the one above).
      let lastDescribed: Entry | undefined;
      let lastDescription = '';
      const described = (e: Entry): string => {
        if (e !== lastDescribed) {
          lastDescribed = e;
          lastDescription = describeRange(e.dates!);
        }
        return lastDescription;
      };
      // The section's one sort fix, in one list every finding of the section shares (read-only).
      let fixes: Fix[] | undefined | null = null;
      for (let i = 1; i < dated.length; i++) {
        const a = dated[i - 1];
        const b = dated[i];
        if (!newer(b, a, ctx.today)) continue;
        // (Past the cap, counted only: no message or fix built.)
        if (ctx.beyondCap?.(b.dates!.span)) continue;
        // Sorting text is only safe where entries are blocks of text; YAML order is data.
        if (fixes === null) {
          const fix = ctx.resume.format === 'markdown' || ctx.resume.format === 'text' ? sortFix(section, ctx.text) : undefined;
          fixes = fix ? [fix] : undefined;
        }
        ctx.report({
          message:
            `Listed below ${label(a)} (${described(a)}) but more recent (${described(b)}). ` +
            'Recruiters read top-down and expect the newest entry first; move it up.',
          span: b.dates!.span,
          fixes,
        });
      }
    }
  },
});
