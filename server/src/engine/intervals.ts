// Overlapping pairs of intervals by a sweep over sorted starts, so a CV with thousands of roles
// costs n log n plus the pairs listed, never every pair compared (issue 13: 4,000 short roles made
// the timeline compare 8 million pairs; 250 roles that all run to "Present" gave 31,125 findings).
// Pairs are counted exactly and listed up to a limit; callers summarise the rest ("and 240 more").

export interface Interval {
  /** Start and end on one scale (months); `to` may equal `from`. */
  from: number;
  to: number;
  /** Intervals of the same non-empty group never pair (e.g. roles at one organisation). */
  group?: string;
}

export interface OverlapPair {
  /** Indices into the input: `earlier` started first (or at the same time and comes first). */
  earlier: number;
  later: number;
  /** min(to) - max(from): how much the two share. */
  overlap: number;
}

export interface Overlaps {
  /** At most `limit` pairs, in order of the later interval's start. */
  pairs: OverlapPair[];
  /** Every pair sharing more than `min`, listed or not. */
  total: number;
  /** Index of the later interval of the first pair that was not listed (undefined when all were). */
  firstUnlisted?: number;
}

/** A binary min-heap of indices keyed by `key`. */
class MinHeap {
  readonly items: number[] = [];
  constructor(private readonly key: (i: number) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0];
  }
  push(i: number): void {
    const h = this.items;
    h.push(i);
    let c = h.length - 1;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (this.key(h[p]) <= this.key(h[c])) break;
      [h[p], h[c]] = [h[c], h[p]];
      c = p;
    }
  }
  pop(): number {
    const h = this.items;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let p = 0;
      for (;;) {
        const l = 2 * p + 1;
        const r = l + 1;
        let m = p;
        if (l < h.length && this.key(h[l]) < this.key(h[m])) m = l;
        if (r < h.length && this.key(h[r]) < this.key(h[m])) m = r;
        if (m === p) break;
        [h[p], h[m]] = [h[m], h[p]];
        p = m;
      }
    }
    return top;
  }
}

/** How far one listing looks through the running intervals for partners of another group. */
const SCAN = 64;

/**
 * Pairs of intervals sharing more than `min` (min(to) - max(from) > min), skipping pairs of one
 * group. Sweeps the starts in order with a heap of running intervals keyed by their end: a running
 * interval that ends at or before the current start + `min` can pair with nothing that starts
 * later, and every other running interval pairs with the current one.
 */
export function overlappingPairs(items: readonly Interval[], min: number, limit: number): Overlaps {
  const order = items.map((_, i) => i).sort((a, b) => items[a].from - items[b].from || a - b);
  const running = new MinHeap((i) => items[i].to);
  const perGroup = new Map<string, number>();
  const out: Overlaps = { pairs: [], total: 0 };
  for (const b of order) {
    const { from, to, group } = items[b];
    while (running.size > 0 && items[running.peek()].to <= from + min) {
      const g = items[running.pop()].group;
      if (g) perGroup.set(g, perGroup.get(g)! - 1);
    }
    if (to - from <= min) continue; // shares at most its own length with anything
    const partners = running.size - (group ? perGroup.get(group) ?? 0 : 0);
    if (partners > 0) {
      out.total += partners;
      let listed = 0;
      const heap = running.items;
      for (let k = 0; k < heap.length && k < SCAN && out.pairs.length < limit && listed < partners; k++) {
        const a = heap[k];
        if (group && items[a].group === group) continue;
        out.pairs.push({ earlier: a, later: b, overlap: Math.min(items[a].to, to) - from });
        listed++;
      }
      if (listed < partners && out.firstUnlisted === undefined) out.firstUnlisted = b;
    }
    running.push(b);
    if (group) perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
  }
  return out;
}
