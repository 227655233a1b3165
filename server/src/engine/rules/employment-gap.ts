// employment-gap: months between covered periods (work, and by default education and
// volunteering) that a recruiter will ask about.
import { defineRule, type Severity } from '../rule';
import type { Entry, EntryKind, ResumeDate } from '../model';
import { entriesOf } from '../analysis';
import { describeDate, earliestMonth, isMonthPrecise, latestMonth, periodOf, todayIndex, type MonthIndex } from '../dates-math';

interface Options extends Record<string, unknown> {
  minMonths: number;
  severeMonths: number;
  coverKinds: string[];
  ignoreOlderThanYears: number;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const lowerOf = (a: Severity, b: Severity): Severity => (RANK[a] <= RANK[b] ? a : b);

interface Covered {
  from: MonthIndex;
  to: MonthIndex;
  entry: Entry;
  start: ResumeDate;
  /** The date that ends the period (undefined for a current role). */
  end?: ResumeDate;
}

export default defineRule<Options>({
  id: 'employment-gap',
  description: 'Gaps of several months between roles (and, by default, study and volunteering).',
  defaultSeverity: 'warning',
  options: {
    minMonths: {
      type: 'integer',
      description: 'Smallest gap reported, in months between the end of one period and the start of the next.',
      default: 3,
      minimum: 1,
    },
    severeMonths: {
      type: 'integer',
      description: 'Gaps this long or longer get the configured severity; shorter ones are reported as info.',
      default: 6,
      minimum: 1,
    },
    coverKinds: {
      type: 'array',
      items: { type: 'string' },
      description: 'Kinds of entries that count as covered time: work, education, volunteer, project, other.',
      default: ['work', 'education', 'volunteer'],
    },
    ignoreOlderThanYears: {
      type: 'integer',
      description: 'Gaps that ended more than this many years ago are not reported (0 reports all).',
      default: 10,
      minimum: 0,
    },
  },
  docs: {
    why:
      'Recruiters read the dates before anything else, and an unexplained stretch without work makes them ask why. ' +
      'A gap is counted from the month one period ends to the month the next one starts, after merging overlapping ' +
      'periods; current roles cover time up to today. Gaps of `minMonths` (3) to `severeMonths` (6) months are reported ' +
      'as info, longer ones with the rule\'s severity (warning), because hiring research finds the penalty grows over the ' +
      'first months without work. Year-only dates are read as generously as they allow ("2015 – 2017" covers ' +
      'Jan 2015 – Dec 2017), so a gap that only a year-only date might imply is never reported. A gap with a ' +
      'single-dated entry of a covered kind inside it (a course, a certificate) is treated as explained, and a gap shorter ' +
      'than `severeMonths` right after study (graduating in June, starting in September) is not reported. Gaps that ended ' +
      'more than `ignoreOlderThanYears` (10) years ago are not reported. The fix is not to hide the gap but to say what ' +
      'you did: study, caregiving, freelancing, a sabbatical, in one line.',
    sources: [
      'Kroft, Lange & Notowidigdo, "Duration Dependence and Labor Market Conditions", QJE 2013 (NBER w18387): most of the callback decline happens in the first eight months out of work',
      'HackMyResume gap inspector (hacksalot/HackMyResume, src/inspectors/gap-inspector.js): sweep-line over start/end dates',
      'Zipjob via careerusa.com: "six months until employers really start to care"',
    ],
    examples: [
      {
        bad: '### Engineer, Acme (2019-01 – 2021-04)\n### Developer, Initech (2018-01 – 2018-05)',
        good: '### Engineer, Acme (2019-01 – 2021-04)\n### Career break: caregiving (2018-05 – 2018-12)\n### Developer, Initech (2018-01 – 2018-05)',
      },
    ],
  },
  check(ctx) {
    const { minMonths, severeMonths, ignoreOlderThanYears } = ctx.options;
    const kinds = new Set<EntryKind>((Array.isArray(ctx.options.coverKinds) ? ctx.options.coverKinds : []) as EntryKind[]);
    const now = todayIndex(ctx.today);
    const covered: Covered[] = [];
    // Single dates of covered kinds ("Certificate, 2018") show something happened in a gap.
    const points: { from: MonthIndex; to: MonthIndex }[] = [];
    for (let ix = 0, ixs = entriesOf(ctx); ix < ixs.length; ix++) {
      const entry = ixs[ix];
      if (!kinds.has(entry.kind) || !entry.dates?.start) continue;
      const period = periodOf(entry.dates, ctx.today, 'widest');
      if (period) {
        // A period that starts in the future is date-order's problem, not a gap.
        if (period.from > now) continue;
        // Fields listed, not spread: V8's generic object-spread path cost most of this rule's time.
        covered.push({ from: period.from, to: period.to, entry, start: entry.dates.start, end: entry.dates.current ? undefined : entry.dates.end });
      } else if (!entry.dates.end && !entry.dates.current) {
        points.push({ from: earliestMonth(entry.dates.start), to: latestMonth(entry.dates.start) });
      }
    }
    covered.sort((a, b) => a.from - b.from || a.to - b.to);
    let last: Covered | undefined;
    for (let ix = 0; ix < covered.length; ix++) {
      const p = covered[ix];
      if (last && p.from - last.to >= minMonths) {
        const months = p.from - last.to;
        const explained = points.some((pt) => pt.to > last!.to && pt.from < p.from);
        const tooOld = ignoreOlderThanYears > 0 && now - p.from > ignoreOlderThanYears * 12;
        // Graduating in June and starting in September is the academic calendar, not a gap: a
        // short gap (under severeMonths) right after study is left alone.
        const summerAfterStudy = last.entry.kind === 'education' && months < severeMonths;
        if (!explained && !tooOld && !summerAfterStudy) {
          const endDate = last.end ?? last.start;
          const precise = isMonthPrecise(endDate) && isMonthPrecise(p.start);
          const between = `${describeDate(endDate)} – ${describeDate(p.start)}`;
          const head = precise ? `${months}-month gap: ${between}.` : `Gap of at least ${months} months: ${between}.`;
          ctx.report({
            message: `${head} Recruiters notice unexplained gaps; add what you did (study, caregiving, freelance) or a one-line note.`,
            span: p.entry.dates!.span,
            severity: months >= severeMonths ? ctx.severity : lowerOf(ctx.severity, 'info'),
            data: { months, fromMonth: last.to, toMonth: p.from },
          });
        }
      }
      if (!last || p.to > last.to) last = p;
    }
  },
});
