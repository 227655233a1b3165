// The career timeline: which months each role covers, where the gaps and overlaps are, and an SVG
// of it for the preview. Pure arithmetic on the model; every label is escaped.
import type { Entry, Resume, ResumeDate } from '../model';
import { escapeHtml } from './escape';

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

export interface TimelineBar {
  entry: Entry;
  label: string;
  /** Month indices (year * 12 + month - 1), both inclusive. */
  start: number;
  end: number;
  current: boolean;
  lane: number;
  /** False when a bound is known only to the year: such bars never produce gaps. */
  monthPrecise: boolean;
}

export interface TimelineMark {
  /** Month indices: for a gap, the last covered month before it and the first after it. */
  from: number;
  to: number;
  months: number;
  label: string;
}

export interface Timeline {
  bars: TimelineBar[];
  gaps: TimelineMark[];
  overlaps: TimelineMark[];
  first: number;
  last: number;
}

export interface TimelineOptions {
  /** "Today" for current roles; the real date when absent. */
  today?: Month;
  /** Shortest gap marked, in months between the end of one period and the start of the next (SPEC §5: 3). */
  minGapMonths?: number;
  /** Overlaps of full-time roles longer than this are marked (SPEC §5: 1). */
  maxOverlapMonths?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthIndex(d: { year: number; month?: number }, endOfYear = false): number {
  return d.year * 12 + (d.month ? d.month - 1 : endOfYear ? 11 : 0);
}

export function monthName(index: number): string {
  return `${MONTHS[((index % 12) + 12) % 12]} ${Math.floor(index / 12)}`;
}

function precise(d: ResumeDate | undefined): boolean {
  return !!d && (d.precision === 'month' || d.precision === 'day');
}

function entryLabel(e: Entry): string {
  return [e.title?.value, e.organisation?.value].filter((s): s is string => !!s && !!s.trim()).join(', ') || 'Untitled entry';
}

/** Work, education and volunteering cover time (as the employment-gap rule counts them). */
const COVERING = new Set(['work', 'education', 'volunteer']);

export function buildTimeline(resume: Resume, opts: TimelineOptions = {}): Timeline {
  const now = opts.today ?? { year: new Date().getFullYear(), month: new Date().getMonth() + 1 };
  const todayIdx = monthIndex(now);
  const minGap = opts.minGapMonths ?? 3;
  const maxOverlap = opts.maxOverlapMonths ?? 1;
  const bars: TimelineBar[] = [];
  for (const section of resume.sections) {
    for (const entry of section.entries) {
      const d = entry.dates;
      if (!COVERING.has(entry.kind) || !d?.start) continue;
      // A single date ("Graduated 2009") covers no span of time we can draw.
      if (!d.end && !d.current) continue;
      const start = monthIndex(d.start);
      const end = d.current ? Math.max(todayIdx, start) : monthIndex(d.end!, true);
      if (end < start) continue; // date-order reports it; a backwards bar would only mislead
      bars.push({
        entry,
        label: entryLabel(entry),
        start,
        end,
        current: d.current,
        lane: 0,
        monthPrecise: precise(d.start) && (d.current || precise(d.end)),
      });
    }
  }
  bars.sort((a, b) => a.start - b.start || a.end - b.end);

  // Lanes: each bar takes the first lane whose last bar ended before it starts.
  const laneEnds: number[] = [];
  for (const b of bars) {
    let lane = laneEnds.findIndex((end) => end < b.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = b.end;
    b.lane = lane;
  }

  // Gaps: between merged covered periods, only where both bounds are known to the month.
  const gaps: TimelineMark[] = [];
  let coveredEnd: number | undefined;
  let coveredEndPrecise = true;
  for (const b of bars) {
    if (coveredEnd !== undefined && b.start - coveredEnd >= minGap && coveredEndPrecise && b.monthPrecise) {
      const months = b.start - coveredEnd;
      gaps.push({ from: coveredEnd, to: b.start, months, label: `${months}-month gap: ${monthName(coveredEnd)} – ${monthName(b.start)}` });
    }
    if (coveredEnd === undefined || b.end > coveredEnd) {
      coveredEnd = b.end;
      coveredEndPrecise = b.monthPrecise;
    }
  }

  // Overlaps: pairs of work roles sharing more than `maxOverlap` months.
  const overlaps: TimelineMark[] = [];
  const work = bars.filter((b) => b.entry.kind === 'work');
  for (let i = 0; i < work.length; i++) {
    for (let j = i + 1; j < work.length; j++) {
      const a = work[i];
      const c = work[j];
      if (c.start > a.end) continue;
      const from = Math.max(a.start, c.start);
      const to = Math.min(a.end, c.end);
      const months = to - from + 1;
      if (months > maxOverlap)
        overlaps.push({ from, to, months, label: `${months}-month overlap: ${a.label} and ${c.label} (${monthName(from)} – ${monthName(to)})` });
    }
  }

  const first = bars.length ? Math.min(...bars.map((b) => b.start)) : todayIdx;
  const last = bars.length ? Math.max(...bars.map((b) => b.end)) : todayIdx;
  return { bars, gaps, overlaps, first, last };
}

const WIDTH = 720;
const LANE = 22;
const TOP = 8;
const AXIS = 22;

/** The timeline as an inline SVG figure with a text list of gaps and overlaps under it. */
export function renderTimeline(t: Timeline, lineOf: (offset: number) => number): string {
  if (t.bars.length === 0) {
    return '<figure class="rs-timeline rs-timeline-empty"><figcaption>Career timeline: no dated roles found. Add start and end dates to your roles to see them here.</figcaption></figure>';
  }
  const first = t.first - 1;
  const span = t.last + 2 - first;
  const x = (m: number) => Math.round(((m - first) / span) * WIDTH * 10) / 10;
  const lanes = Math.max(...t.bars.map((b) => b.lane)) + 1;
  const height = TOP + lanes * LANE + AXIS;
  const parts: string[] = [];
  parts.push(`<svg class="rs-timeline-svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Career timeline" xmlns="http://www.w3.org/2000/svg">`);
  // Year ticks
  const firstYear = Math.floor(first / 12) + 1;
  const lastYear = Math.floor((t.last + 1) / 12);
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  for (let y = firstYear; y <= lastYear; y += step) {
    const xx = x(y * 12);
    parts.push(`<line class="rs-tl-tick" x1="${xx}" y1="${TOP}" x2="${xx}" y2="${height - AXIS + 4}"/>`);
    parts.push(`<text class="rs-tl-year" x="${xx}" y="${height - 6}" text-anchor="middle">${y}</text>`);
  }
  for (const g of t.gaps) {
    const x1 = x(g.from + 1);
    parts.push(`<rect class="rs-tl-gap" x="${x1}" y="${TOP}" width="${Math.max(2, x(g.to) - x1)}" height="${lanes * LANE}"><title>${escapeHtml(g.label)}</title></rect>`);
  }
  for (const o of t.overlaps) {
    const x1 = x(o.from);
    parts.push(`<rect class="rs-tl-overlap" x="${x1}" y="${TOP}" width="${Math.max(2, x(o.to + 1) - x1)}" height="${lanes * LANE}"><title>${escapeHtml(o.label)}</title></rect>`);
  }
  for (const b of t.bars) {
    const x1 = x(b.start);
    const w = Math.max(3, x(b.end + 1) - x1);
    const y = TOP + b.lane * LANE + 3;
    const tip = `${b.label}: ${monthName(b.start)} – ${b.current ? 'present' : monthName(b.end)}`;
    parts.push(
      `<g class="rs-tl-bar rs-tl-${b.entry.kind}" data-line="${lineOf(b.entry.span.start)}"><title>${escapeHtml(tip)}</title>` +
        `<rect x="${x1}" y="${y}" width="${w}" height="${LANE - 6}" rx="3"/>` +
        (w > 60 ? `<text x="${x1 + 4}" y="${y + LANE / 2 + 1}">${escapeHtml(clip(b.label, Math.floor(w / 6.5)))}</text>` : '') +
        '</g>',
    );
  }
  parts.push('</svg>');
  const notes = [...t.gaps.map((g) => `<li class="rs-tl-note-gap">${escapeHtml(g.label)}</li>`), ...t.overlaps.map((o) => `<li class="rs-tl-note-overlap">${escapeHtml(o.label)}</li>`)];
  const caption = notes.length
    ? `<figcaption>Career timeline<ul>${notes.join('')}</ul></figcaption>`
    : '<figcaption>Career timeline: no gaps or overlaps.</figcaption>';
  return `<figure class="rs-timeline">${parts.join('')}${caption}</figure>`;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, Math.max(1, n - 1))}…`;
}
