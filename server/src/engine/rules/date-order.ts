// date-order: dates that cannot be right: an end before its start, a start or end in the future,
// and dates in a role's header that nothing can read ("Febtember 2020", "13/2020").
import { defineRule, type Severity } from '../rule';
import type { Span } from '../model';
import { entriesOf } from '../analysis';
import { compareDates, describeDate, isAfterToday } from '../dates-math';
import { findUnreadableDate } from '../parse/dates';
import { TextMemo } from '../cache/memo';

type Options = Record<string, never>;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const lowerOf = (a: Severity, b: Severity): Severity => (RANK[a] <= RANK[b] ? a : b);

/** A header that announces a job not started yet ("Incoming SWE"): a future start is intended. */
const FUTURE_ROLE = /(?<!\p{L})(incoming|upcoming|starting|future|accepted offer|will join|joining)(?!\p{L})/iu;

/** How misspelt month names end ("Febtember", "Janaury"); "Marketing 2020" does not. */
const MONTHISH_END = /(?:ry|ch|il|ne|ly|st|er|re)\.?$/i;

/** A month number that does not exist before a year: "13/2020", "00/2020" (not the "03/2020" of "15/03/2020"). */
const BAD_NUMERIC = /(?<![\d/.\-])(00?|1[3-9]|[2-9]\d)\s*[/.]\s*((?:19|20)\d{2})(?!\d)/g;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** An unreadable date found in a header, with offsets relative to the header's start. */
interface Unreadable {
  text: string;
  start: number;
  end: number;
}

// Without one of these, findUnreadableDate finds nothing: a misspelt month is a word of 4+ letters
// starting like a month before a year, a bad number needs "d/yyyy" or "yyyy-dd". Most headers
// ("Feb 2020 – Present") fail this cheap test and skip its lookbehind scans.
// (The month's initial must open its word, as findUnreadableDate's word does: "Engineer 1024" held
// "ngineer 1024" and paid for the scan. The lookbehind runs only once the initial has matched.)
const MAYBE_UNREADABLE = /[jfmasondJFMASOND](?<!\p{L}[jfmasondJFMASOND])\p{L}{3,10}\.?\s+\d{4}|\d\/\d{4}|\d{4}-\d/u;

/** Unreadable date-like text in a header line, relative to its start: a pure function of the header. */
function unreadableIn(text: string): Unreadable[] {
  const out: Unreadable[] = [];
  let from = 0;
  // findUnreadableDate returns the first one; keep looking after it.
  while (from < text.length && MAYBE_UNREADABLE.test(from === 0 ? text : text.slice(from))) {
    const u = findUnreadableDate(text.slice(from), from);
    if (!u) break;
    const word = u.text.split(/\s+/)[0];
    if (MONTHISH_END.test(word) && word.length <= 12) out.push({ text: u.text, start: u.start, end: u.end });
    from = u.end;
  }
  // BAD_NUMERIC needs a "/" or "."; its lookbehind makes the scan slow, so look first.
  if (text.includes('/') || text.includes('.')) {
    BAD_NUMERIC.lastIndex = 0;
    for (let m = BAD_NUMERIC.exec(text); m; m = BAD_NUMERIC.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Headers mostly stay the same between lints: their findings are kept by header text.
const unreadableMemo = new TextMemo(unreadableIn);

export default defineRule<Options>({
  id: 'date-order',
  description: 'Impossible dates: an end before its start, a start or end in the future, or a date nobody can read.',
  defaultSeverity: 'error',
  options: {},
  docs: {
    why:
      'A role that ends before it starts, or ends next year without saying "Expected", reads as carelessness, and the ' +
      'applicant tracking systems recruiters use reject or misread such dates. A date nobody can read ("Febtember 2020", ' +
      '"13/2020") is skipped by those systems, and Résumé Studio cannot check gaps or order around it either. ' +
      'A future start is fine when the header says so ("Incoming", "Starting"). A study programme that ends in the ' +
      'future is reported as info only in Markdown and text, where "Expected" can be written; structured YAML ' +
      'formats have no way to say it, so there it is not reported.',
    sources: [
      'RenderCV validation: "start_date cannot be after end_date" (rendercv/rendercv, data models)',
      'JSON Resume registry ATS check: dates must be readable (jsonresume/jsonresume.org, apps/registry)',
      'passfirstround.com playbook: Month + Year dates, "Present" for ongoing roles',
    ],
    examples: [
      { bad: '### Engineer, Acme (Jun 2020 – Mar 2019)', good: '### Engineer, Acme (Jun 2019 – Mar 2020)' },
      { bad: '### Engineer, Acme (Jan 2024 – Dec 2027)', good: '### Engineer, Acme (Jan 2024 – Present)' },
      { bad: '### Engineer, Acme (Febtember 2020 – Present)', good: '### Engineer, Acme (Feb 2020 – Present)' },
    ],
  },
  check(ctx) {
    const structured = ctx.resume.format !== 'markdown' && ctx.resume.format !== 'text';
    const problems = ctx.resume.problems.filter((p) => p.code === 'date-unreadable').map((p) => p.span);
    for (let ix = 0, ixs = entriesOf(ctx); ix < ixs.length; ix++) {
      const entry = ixs[ix];
      const header = ctx.text.slice(entry.headerSpan.start, entry.headerSpan.end);
      const d = entry.dates;
      if (d?.start && d.end && compareDates(d.end, d.start) < 0) {
        ctx.report({
          message:
            `Ends (${describeDate(d.end)}) before it starts (${describeDate(d.start)}). ` +
            'Recruiters and their tracking systems read this as a typo; swap the dates or correct the year.',
          span: d.span,
        });
      }
      // A single date is when something ended or happened ("Graduated 2015", "Expected Jun 2027").
      const single = !!d?.start && !d.end && !d.current;
      const end = d?.end ?? (single ? d!.start : undefined);
      if (d?.start && !single && isAfterToday(d.start, ctx.today) && !FUTURE_ROLE.test(header)) {
        ctx.report({
          message:
            `Starts in ${describeDate(d.start)}, which is after today. A future start reads as a mistake; ` +
            'correct the date, or write "Incoming" in the title if it is an accepted offer.',
          span: d.start.span,
        });
      }
      if (d && end && !d.expected && !d.current && isAfterToday(end, ctx.today) && (single || !(d.start && isAfterToday(d.start, ctx.today)))) {
        const study = entry.kind === 'education';
        // (Past the cap, counted only: no message built.)
        if (!(study && structured) && !ctx.beyondCap?.(end.span, study ? lowerOf(ctx.severity, 'info') : undefined))
          ctx.report({
            message: single && !study
              ? `Dated ${describeDate(end)}, which is after today. Correct the date, or write "Expected ${describeDate(end)}" if it is planned.`
              : study
              ? `Ends in ${describeDate(end)}, which is after today. Write "Expected ${describeDate(end)}" so recruiters know the degree is not finished yet.`
              : `Ends in ${describeDate(end)}, which is after today. Write "Present" for a role you still hold, or "Expected ${describeDate(end)}" for a planned end.`,
            span: end.span,
            severity: study ? lowerOf(ctx.severity, 'info') : undefined,
          });
      }
      // Parsers of structured formats report unreadable values themselves (as 'date-unreadable' problems).
      if (structured) continue;
      const found = unreadableMemo.get(header);
      for (let iy = 0; iy < found.length; iy++) {
        const u = found[iy];
        const span = { start: entry.headerSpan.start + u.start, end: entry.headerSpan.start + u.end };
        if (d && overlaps(span, d.span)) continue;
        if (problems.some((p) => overlaps(p, span))) continue;
        ctx.report({
          message:
            `"${u.text}" is not a date anyone can read, so recruiters' tracking systems skip it and gaps cannot be checked. ` +
            'Write it as a month and year ("Feb 2020") or YYYY-MM.',
          span,
        });
      }
    }
  },
});
