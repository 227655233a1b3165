// The career timeline: which months each role covers, where the gaps and overlaps are, and an SVG
// of it for the preview. Pure arithmetic on the model; every label is escaped.
import type { Entry, Resume, ResumeDate } from '../model';
import { escapeHtml } from './escape';
import { overlappingPairs } from '../intervals';

/**
 * What one timeline draws at most, so a CV of thousands of roles gives a preview of bounded size
 * (issue 13: 4,000 short roles made a 500 MB body): the latest bars in at most MAX_LANES lanes,
 * and MAX_MARKS gaps and overlaps each; the rest are counted and named in the caption.
 */
export const TIMELINE_LIMITS = { bars: 300, lanes: 24, marks: 50 } as const;

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
  /** Dated roles not drawn (beyond TIMELINE_LIMITS.bars or .lanes). */
  hiddenBars: number;
  /** Gaps and overlaps found but not marked (beyond TIMELINE_LIMITS.marks). */
  moreGaps: number;
  moreOverlaps: number;
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
  const label = [e.title?.value, e.organisation?.value].filter((s): s is string => !!s && !!s.trim()).join(', ') || 'Untitled entry';
  // A title thousands of characters long would be copied into every tooltip and note it appears in.
  return label.length > 160 ? `${label.slice(0, 159)}…` : label;
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

  // Lanes: each bar takes the first lane whose last bar ended before it starts. Only the latest
  // bars are drawn, in a bounded number of lanes; a bar that finds no lane is left out.
  const drawn: TimelineBar[] = [];
  const laneEnds: number[] = [];
  for (let i = Math.max(0, bars.length - TIMELINE_LIMITS.bars); i < bars.length; i++) {
    const b = bars[i];
    let lane = laneEnds.findIndex((end) => end < b.start);
    if (lane < 0) {
      if (laneEnds.length >= TIMELINE_LIMITS.lanes) continue;
      lane = laneEnds.length;
    }
    laneEnds[lane] = b.end;
    b.lane = lane;
    drawn.push(b);
  }

  // Gaps: between merged covered periods, only where both bounds are known to the month.
  const gaps: TimelineMark[] = [];
  let moreGaps = 0;
  let coveredEnd: number | undefined;
  let coveredEndPrecise = true;
  for (const b of bars) {
    if (coveredEnd !== undefined && b.start - coveredEnd >= minGap && coveredEndPrecise && b.monthPrecise) {
      const months = b.start - coveredEnd;
      if (gaps.length >= TIMELINE_LIMITS.marks) moreGaps++;
      else gaps.push({ from: coveredEnd, to: b.start, months, label: `${months}-month gap: ${monthName(coveredEnd)} – ${monthName(b.start)}` });
    }
    if (coveredEnd === undefined || b.end > coveredEnd) {
      coveredEnd = b.end;
      coveredEndPrecise = b.monthPrecise;
    }
  }

  // Overlaps: pairs of work roles sharing more than `maxOverlap` months, found by a sweep over
  // sorted starts (intervals.ts) and marked up to TIMELINE_LIMITS.marks.
  const work = bars.filter((b) => b.entry.kind === 'work');
  // Inclusive month indices: a bar's months are [start, end + 1) for the sweep.
  const found = overlappingPairs(
    work.map((b) => ({ from: b.start, to: b.end + 1 })),
    maxOverlap,
    TIMELINE_LIMITS.marks,
  );
  const overlaps: TimelineMark[] = found.pairs.map(({ earlier, later, overlap: months }) => {
    const a = work[earlier];
    const c = work[later];
    const from = Math.max(a.start, c.start);
    const to = Math.min(a.end, c.end);
    return { from, to, months, label: `${months}-month overlap: ${a.label} and ${c.label} (${monthName(from)} – ${monthName(to)})` };
  });

  let first = todayIdx;
  let last = todayIdx;
  if (bars.length) {
    first = bars[0].start;
    last = bars[0].end;
    for (const b of bars) {
      if (b.start < first) first = b.start;
      if (b.end > last) last = b.end;
    }
  }
  return { bars: drawn, gaps, overlaps, first, last, hiddenBars: bars.length - drawn.length, moreGaps, moreOverlaps: found.total - found.pairs.length };
}

const WIDTH = 720;
const LANE = 22;
const TOP = 8;
const AXIS = 22;
/** Room left and right of the plot, so a year label centred on the first or last tick fits. */
const PAD = 16;
const LABEL_GAP = 4;

/**
 * Estimated advance of `s` at the timeline's 10px font, in SVG units, on the wide side: DejaVu
 * Sans (Linux's usual UI font and one of the widest) measures lower case ~6, capitals ~7, digits
 * 6.4, i/l/space ~3. A label placed by this estimate fits in narrower fonts too.
 */
export function labelWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (/[MWmw@%—]/.test(ch)) w += 9.5;
    else if (/[A-Z0-9&]/.test(ch)) w += 7.4;
    else if (/[ijlftr.,;:'’|!() \[\]]/.test(ch)) w += 4;
    else w += 6.4;
  }
  return w;
}

/**
 * The longest prefix of `s` (with "…") whose estimated width is at most `max`; '' when not even one
 * letter fits. One pass over prefix widths (labelWidth adds up per character): building and
 * measuring every shorter prefix in turn was quadratic in the label, and a long CV of narrow bars
 * shortens hundreds of labels.
 */
function fitLabel(s: string, max: number): string {
  if (labelWidth(s) <= max) return s;
  const chars = [...s];
  const ellipsis = labelWidth('…');
  const prefix = [0];
  for (const ch of chars) prefix.push(prefix[prefix.length - 1] + labelWidth(ch));
  for (let n = chars.length - 1; n >= 1; n--) {
    let m = n;
    while (m > 0 && /\s/.test(chars[m - 1])) m--; // as trimEnd() before the "…"
    if (prefix[m] + ellipsis <= max) return chars.slice(0, m).join('') + '…';
  }
  return '';
}

/** Where a bar's label goes: inside the bar when it fits, else beside it in free space of its lane, else shortened inside. */
interface LabelPlace {
  text: string;
  x: number;
  anchor: 'start' | 'end';
  outside: boolean;
}

function placeLabel(label: string, x1: number, x2: number, left: number, right: number): LabelPlace | undefined {
  const inside = x2 - x1 - 2 * LABEL_GAP;
  const full = labelWidth(label);
  if (full <= inside) return { text: label, x: x1 + LABEL_GAP, anchor: 'start', outside: false };
  const after = right - x2 - 2 * LABEL_GAP;
  const before = x1 - left - 2 * LABEL_GAP;
  if (full <= after) return { text: label, x: x2 + LABEL_GAP, anchor: 'start', outside: true };
  if (full <= before) return { text: label, x: x1 - LABEL_GAP, anchor: 'end', outside: true };
  // Shortened where there is most room (the tooltip keeps the whole label).
  const room = Math.max(inside, after, before);
  const text = fitLabel(label, room);
  if (text.length < 4) return undefined;
  if (room === inside) return { text, x: x1 + LABEL_GAP, anchor: 'start', outside: false };
  if (room === after) return { text, x: x2 + LABEL_GAP, anchor: 'start', outside: true };
  return { text, x: x1 - LABEL_GAP, anchor: 'end', outside: true };
}

/** The timeline as an inline SVG figure with a text list of gaps and overlaps under it. */
export function renderTimeline(t: Timeline, lineOf: (offset: number) => number): string {
  if (t.bars.length === 0) {
    return '<figure class="rs-timeline rs-timeline-empty"><figcaption>Career timeline: no dated roles found. Add start and end dates to your roles to see them here.</figcaption></figure>';
  }
  const first = t.first - 1;
  const span = t.last + 2 - first;
  const x = (m: number) => Math.round((PAD + ((m - first) / span) * (WIDTH - 2 * PAD)) * 10) / 10;
  const lanes = Math.max(...t.bars.map((b) => b.lane)) + 1;
  const height = TOP + lanes * LANE + AXIS;
  const parts: string[] = [];
  parts.push(`<svg class="rs-timeline-svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Career timeline" xmlns="http://www.w3.org/2000/svg">`);
  // Year ticks; a label is kept inside the figure even where a tick sits near its edge.
  const firstYear = Math.floor(first / 12) + 1;
  const lastYear = Math.floor((t.last + 1) / 12);
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  for (let y = firstYear; y <= lastYear; y += step) {
    const xx = x(y * 12);
    const half = labelWidth(String(y)) / 2 + 1;
    const lx = Math.min(Math.max(xx, half), WIDTH - half);
    parts.push(`<line class="rs-tl-tick" x1="${xx}" y1="${TOP}" x2="${xx}" y2="${height - AXIS + 4}"/>`);
    parts.push(`<text class="rs-tl-year" x="${lx}" y="${height - 6}" text-anchor="middle">${y}</text>`);
  }
  for (const g of t.gaps) {
    const x1 = x(g.from + 1);
    parts.push(`<rect class="rs-tl-gap" x="${x1}" y="${TOP}" width="${Math.max(2, x(g.to) - x1)}" height="${lanes * LANE}"><title>${escapeHtml(g.label)}</title></rect>`);
  }
  for (const o of t.overlaps) {
    const x1 = x(o.from);
    parts.push(`<rect class="rs-tl-overlap" x="${x1}" y="${TOP}" width="${Math.max(2, x(o.to + 1) - x1)}" height="${lanes * LANE}"><title>${escapeHtml(o.label)}</title></rect>`);
  }
  // Each lane's bars left to right, so a label placed beside its bar stays clear of its neighbours.
  const placed = t.bars.map((b) => ({ b, x1: x(b.start), x2: x(b.start) + Math.max(3, x(b.end + 1) - x(b.start)) }));
  const lanesOf = new Map<number, typeof placed>();
  for (const p of placed) {
    const row = lanesOf.get(p.b.lane);
    if (row) row.push(p);
    else lanesOf.set(p.b.lane, [p]);
  }
  for (const row of lanesOf.values()) row.sort((a, c) => a.x1 - c.x1);
  /** Right edges of outside labels already placed in a lane: the next bar's label must start after them. */
  const taken = new Map<number, number>();
  for (const p of placed) {
    const { b, x1, x2 } = p;
    const w = x2 - x1;
    const y = TOP + b.lane * LANE + 3;
    const row = lanesOf.get(b.lane)!;
    const i = row.indexOf(p);
    const left = Math.max(row[i - 1]?.x2 ?? 0, taken.get(b.lane) ?? 0);
    const right = row[i + 1]?.x1 ?? WIDTH;
    const place = placeLabel(b.label, x1, x2, left, right);
    if (place?.outside && place.anchor === 'start') taken.set(b.lane, place.x + labelWidth(place.text));
    const tip = `${b.label}: ${monthName(b.start)} – ${b.current ? 'present' : monthName(b.end)}`;
    parts.push(
      `<g class="rs-tl-bar rs-tl-${b.entry.kind}" data-line="${lineOf(b.entry.span.start)}"><title>${escapeHtml(tip)}</title>` +
        `<rect x="${x1}" y="${y}" width="${Math.round(w * 10) / 10}" height="${LANE - 6}" rx="3"/>` +
        (place
          ? `<text${place.outside ? ' class="rs-tl-out"' : ''} x="${Math.round(place.x * 10) / 10}" y="${y + LANE / 2 + 1}"${place.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeHtml(place.text)}</text>`
          : '') +
        '</g>',
    );
  }
  parts.push('</svg>');
  const notes = [...t.gaps.map((g) => `<li class="rs-tl-note-gap">${escapeHtml(g.label)}</li>`), ...t.overlaps.map((o) => `<li class="rs-tl-note-overlap">${escapeHtml(o.label)}</li>`)];
  // What was found but not drawn is said, never silently dropped (TIMELINE_LIMITS).
  if (t.moreGaps > 0) notes.push(`<li class="rs-tl-note-gap">and ${t.moreGaps} more ${t.moreGaps === 1 ? 'gap' : 'gaps'}</li>`);
  if (t.moreOverlaps > 0) notes.push(`<li class="rs-tl-note-overlap">and ${t.moreOverlaps} more ${t.moreOverlaps === 1 ? 'overlap' : 'overlaps'}</li>`);
  if (t.hiddenBars > 0)
    notes.push(`<li class="rs-tl-note-more">${t.hiddenBars} older or parallel ${t.hiddenBars === 1 ? 'role is' : 'roles are'} not drawn: the timeline shows at most ${TIMELINE_LIMITS.bars} roles in ${TIMELINE_LIMITS.lanes} rows.</li>`);
  const caption = notes.length
    ? `<figcaption>Career timeline<ul>${notes.join('')}</ul></figcaption>`
    : '<figcaption>Career timeline: no gaps or overlaps.</figcaption>';
  return `<figure class="rs-timeline">${parts.join('')}${caption}</figure>`;
}
