// date-overlap: two full-time jobs held at the same time for more than a handover month.
import { defineRule } from '../rule';
import type { Entry } from '../model';
import { entriesOf } from '../analysis';
import { describeRange, formatDuration, periodOf, todayIndex, type Period } from '../dates-math';
import { PART_TIME_MARKERS } from '../data/part-time-markers';
import { LookbehindScan } from '../text/lookbehind-scan';
import { TextMemo } from '../cache/memo';
import { overlappingPairs } from '../intervals';

/** Overlapping pairs reported one by one; the rest are summed up in one finding. */
const LISTED = 50;

interface Options extends Record<string, unknown> {
  maxOverlapMonths: number;
}

function label(e: Entry): string {
  const t = e.title?.value;
  const o = e.organisation?.value;
  return t && o ? `${t} at ${o}` : t ?? o ?? 'the role above';
}

const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();

// The markers open with a lookbehind, which V8 evaluates at every position of the header
// (see lookbehind-scan.ts); headers mostly stay the same between lints, so the answer is kept too.
const PART_TIME_SCAN = new LookbehindScan(new RegExp(PART_TIME_MARKERS.source, PART_TIME_MARKERS.flags + 'g'));
const partTimeMemo = new TextMemo((header) => {
  PART_TIME_SCAN.lastIndex = 0;
  return PART_TIME_SCAN.exec(header) !== null;
});

export default defineRule<Options>({
  id: 'date-overlap',
  description: 'Two full-time roles that overlap by more than a month.',
  defaultSeverity: 'info',
  options: {
    maxOverlapMonths: {
      type: 'integer',
      description: 'Overlaps up to this many months are a normal handover and not reported.',
      default: 1,
      minimum: 0,
    },
  },
  docs: {
    why:
      'Two full-time jobs at the same time make a recruiter wonder which one is real, or whether the dates are a typo. ' +
      'Only work entries are compared; study, volunteering and projects often run alongside a job. Roles at the same ' +
      'organisation (a promotion) and roles whose header says part-time, freelance, contract, advisory, adjunct or ' +
      'similar are skipped, and an overlap of one month (a handover) is normal. Year-only dates are read as narrowly as ' +
      'they allow, so "2015 – 2017" and "2017 – 2019" do not overlap. If the roles really ran in parallel, say so ' +
      '("part-time", "freelance") in the title.',
    sources: [
      'HackMyResume overlap inspector (hacksalot/HackMyResume, src/inspectors/gap-inspector.js)',
      'Silver.dev résumé guide: concurrent jobs are legitimate, so this is only information',
    ],
    examples: [
      {
        bad: '### Engineer, Acme (2019-01 – 2021-06)\n### Developer, Initech (2018-03 – 2020-02)',
        good: '### Engineer, Acme (2020-02 – 2021-06)\n### Developer, Initech (2018-03 – 2020-02)',
      },
    ],
  },
  check(ctx) {
    const max = ctx.options.maxOverlapMonths;
    const now = todayIndex(ctx.today);
    const roles: { entry: Entry; p: Period; org: string }[] = [];
    for (let ix = 0, ixs = entriesOf(ctx); ix < ixs.length; ix++) {
      const entry = ixs[ix];
      if (entry.kind !== 'work' || !entry.dates) continue;
      const header = ctx.text.slice(entry.headerSpan.start, entry.headerSpan.end);
      if (partTimeMemo.get(header)) continue;
      const p = periodOf(entry.dates, ctx.today, 'narrowest');
      if (p && p.from <= now) roles.push({ entry, p, org: norm(entry.organisation?.value) });
    }
    // A sweep over the roles sorted by start (intervals.ts): pairs are counted exactly but listed
    // up to LISTED, so 250 roles that all run to "Present" give LISTED findings and a summary,
    // not 31,125 findings after 31,125 comparisons.
    const found = overlappingPairs(
      roles.map((r) => ({ from: r.p.from, to: r.p.to, group: r.org || undefined })),
      max,
      LISTED,
    );
    for (let ix = 0; ix < found.pairs.length; ix++) {
      const { earlier: e, later: l, overlap } = found.pairs[ix];
      const earlier = roles[e];
      // Reported on the role that started while the other was running.
      ctx.report({
        message:
          `Overlaps by ${formatDuration(overlap)} with ${label(earlier.entry)} (${describeRange(earlier.entry.dates!)}). ` +
          'Two full-time jobs at once make recruiters doubt the dates; correct them, or mark one role part-time or freelance.',
        span: roles[l].entry.dates!.span,
        data: { months: overlap },
      });
    }
    const more = found.total - found.pairs.length;
    if (more > 0 && found.firstUnlisted !== undefined)
      ctx.report({
        message:
          `And ${more} more overlapping ${more === 1 ? 'pair' : 'pairs'} of full-time roles, not listed one by one. ` +
          'So many overlaps usually mean the dates are wrong or the roles ran in parallel: correct the dates, or mark parallel roles part-time or freelance.',
        span: roles[found.firstUnlisted].entry.dates!.span,
        data: { more },
      });
  },
});
