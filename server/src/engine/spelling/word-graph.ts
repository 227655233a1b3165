// A read-only word list as a minimal acyclic automaton (DAWG) in typed arrays, built at build
// time (word-graph-build.ts) and loaded from bytes without parsing: membership is a walk of the
// word's letters, every word has a number (its rank in sorted order) for a per-word data byte, and
// near words are found by an edit-distance search that prunes whole branches of the graph.
//
// Layout (little-endian u32 unless said): header [magic, version, alphabet size, edge count, word
// count, root edge, 0, 0]; alphabet (u16 char codes, index 0 unused, padded to 4 bytes); edges
// (bits 0-7 char index, bit 8 "a word ends here", bit 9 "last edge of its node", bits 10-31 the
// target node's first edge, 0 = none); per edge, the number of words under its earlier siblings;
// one data byte per word.

export const GRAPH_MAGIC = 0x47575352; // "RSWG"
export const GRAPH_VERSION = 1;
export const HEADER_WORDS = 8;

const TERMINAL = 1 << 8;
const LAST = 1 << 9;
/** Longest word searched (longer ones are not words a résumé misspells). */
const MAX_LEN = 48;

/**
 * Whether an edge with (folded) letter `f` at `depth`, below a row whose every value is at least
 * `k` (the row at depth * width, its parent's), can have a value within `k` in its own row, as
 * WordGraph.near computes it: only a match on the diagonal where the parent's row is at k, or a swap
 * of two letters back from the row above it (a deletion or insertion adds one to a value already
 * at k); or its first column, while the depth itself is within k.
 */
function liveEdge(f: number, depth: number, rows: Int32Array, target: Uint16Array, path: Uint16Array, width: number, n: number, k: number): boolean {
  if (depth + 1 <= k) return true;
  const prevAt = depth * width;
  const lo = depth + 1 - k > 1 ? depth + 1 - k : 1;
  const hi = depth + 1 + k < n ? depth + 1 + k : n;
  const pc = path[depth - 1];
  for (let j = lo; j <= hi; j++) {
    if (target[j - 1] === f && rows[prevAt + j - 1] <= k) return true;
    if (j > 1 && target[j - 2] === f && target[j - 1] === pc && rows[prevAt - width + j - 2] + 1 <= k) return true;
  }
  return false;
}

/**
 * The first edge from `s` on in its sibling list that liveEdge keeps at `depth`, or 0 when none is
 * (the list ends at the edge marked LAST).
 */
function firstLiveEdge(edges: Uint32Array, folded: Uint16Array, s: number, depth: number, rows: Int32Array, target: Uint16Array, path: Uint16Array, width: number, n: number, k: number): number {
  while (!liveEdge(folded[edges[s] & 0xff], depth, rows, target, path, width, n, k)) {
    if (edges[s] & LAST) return 0;
    s++;
  }
  return s;
}

/** A word a search found: its form, its number and its distance. */
export interface NearHit {
  form: string;
  index: number;
  distance: number;
}

export class WordGraph {
  readonly wordCount: number;
  readonly byteLength: number;
  private readonly edges: Uint32Array;
  private readonly before: Uint32Array;
  private readonly dataBytes: Uint8Array;
  private readonly root: number;
  /** Char code -> alphabet index (0: not in the alphabet). */
  private readonly index = new Uint8Array(65536);
  /** Alphabet index -> char, and -> its lower-case char code. */
  private readonly chars: string[];
  private readonly folded: Uint16Array;
  /**
   * Lower-case char code -> the last alphabet index that folds to it (0: none). A node's edges are
   * in alphabet order, so a case-blind scan for a letter stops there instead of at the node's end.
   */
  private readonly foldMax = new Uint8Array(65536);
  /** Alphabet size, and per root edge's letter and letter: the edge below it (0 = none), so the words after a first-letter edit are found without scanning. */
  private readonly alphaSize: number;
  private readonly belowRoot: Uint32Array;
  /** Alphabet index -> the root edge with that letter (0 = none). */
  private readonly rootEdge: Uint32Array;
  /** Lower-case char code -> the alphabet indices that fold to it, ascending (ASCII; others are scanned). */
  private readonly foldsTo: number[][] = [];

  constructor(bytes: Uint8Array) {
    // Typed-array views need 4-byte alignment; a pooled Buffer may not have it.
    const b = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const buf = b.buffer;
    const at = b.byteOffset;
    const header = new Uint32Array(buf, at, HEADER_WORDS);
    if (header[0] !== GRAPH_MAGIC || header[1] !== GRAPH_VERSION) throw new Error('not a word graph of this version');
    const alphaSize = header[2];
    const edgeCount = header[3];
    this.wordCount = header[4];
    this.root = header[5];
    const alphaBytes = Math.ceil((alphaSize * 2) / 4) * 4;
    const alpha = new Uint16Array(buf, at + HEADER_WORDS * 4, alphaSize);
    const edgesAt = at + HEADER_WORDS * 4 + alphaBytes;
    this.edges = new Uint32Array(buf, edgesAt, edgeCount);
    this.before = new Uint32Array(buf, edgesAt + edgeCount * 4, edgeCount);
    this.dataBytes = new Uint8Array(buf, edgesAt + edgeCount * 8, this.wordCount);
    this.byteLength = edgesAt + edgeCount * 8 + this.wordCount - at;
    this.chars = [''];
    this.folded = new Uint16Array(alphaSize);
    for (let i = 1; i < alphaSize; i++) {
      const c = String.fromCharCode(alpha[i]);
      this.index[alpha[i]] = i;
      this.chars.push(c);
      this.folded[i] = c.toLowerCase().charCodeAt(0);
      this.foldMax[this.folded[i]] = i; // indices rise, so the last write is the largest
      if (this.folded[i] < 128) (this.foldsTo[this.folded[i]] ??= []).push(i);
    }
    this.alphaSize = alphaSize;
    this.belowRoot = new Uint32Array(alphaSize * alphaSize);
    this.rootEdge = new Uint32Array(alphaSize);
    if (this.root !== 0)
      for (let e = this.root; ; e++) {
        const v = this.edges[e];
        this.rootEdge[v & 0xff] = e;
        const child = v >>> 10;
        if (child)
          for (let f = child; ; f++) {
            this.belowRoot[(v & 0xff) * alphaSize + (this.edges[f] & 0xff)] = f;
            if (this.edges[f] & LAST) break;
          }
        if (v & LAST) break;
      }
  }

  /** The word's number (0..wordCount-1), exactly as written; -1 when it is not in the graph. */
  indexOf(word: string): number {
    const n = word.length;
    if (n === 0 || this.root === 0) return -1;
    // The first two letters by table (the root's and its children's edge lists are the longest to
    // scan): the same edges the scan below finds.
    const c0 = this.index[word.charCodeAt(0)];
    const e0 = this.rootEdge[c0];
    if (e0 === 0) return -1;
    const v0 = this.edges[e0];
    let base = this.before[e0];
    if (n === 1) return v0 & TERMINAL ? base : -1;
    if (v0 & TERMINAL) base++;
    const c1 = this.index[word.charCodeAt(1)];
    if (c1 === 0) return -1;
    const e1 = this.belowRoot[c0 * this.alphaSize + c1];
    if (e1 === 0) return -1;
    const v1 = this.edges[e1];
    base += this.before[e1];
    if (n === 2) return v1 & TERMINAL ? base : -1;
    if (v1 & TERMINAL) base++;
    let node = v1 >>> 10;
    for (let i = 2; i < n; i++) {
      const c = this.index[word.charCodeAt(i)];
      if (c === 0 || node === 0) return -1;
      let e = node;
      for (;;) {
        const v = this.edges[e];
        const x = v & 0xff;
        if (x === c) break;
        if (x > c || v & LAST) return -1; // edges are in alphabet order
        e++;
      }
      const v = this.edges[e];
      base += this.before[e];
      if (i === n - 1) return v & TERMINAL ? base : -1;
      if (v & TERMINAL) base++;
      node = v >>> 10;
    }
    return -1;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The byte stored for word number `i`. */
  data(i: number): number {
    return this.dataBytes[i];
  }

  /** Every word that is `word` in another letter case ("github" -> "GitHub"), with its number. */
  casings(word: string): { form: string; index: number }[] {
    const out: { form: string; index: number }[] = [];
    const lower = word.toLowerCase();
    if (lower.length !== word.length || this.root === 0) return out;
    const walk = (node: number, i: number, base: number, prefix: string): void => {
      const want = lower.charCodeAt(i);
      const stop = this.foldMax[want];
      for (let e = node; ; e++) {
        const v = this.edges[e];
        const c = v & 0xff;
        if (c > stop) break;
        if (this.folded[c] === want) {
          const at = base + this.before[e];
          const form = prefix + this.chars[c];
          if (i === lower.length - 1) {
            if (v & TERMINAL) out.push({ form, index: at });
          } else if (v >>> 10) walk(v >>> 10, i + 1, at + (v & TERMINAL ? 1 : 0), form);
        }
        if (v & LAST) break;
      }
    };
    if (lower.length) walk(this.root, 0, 0, '');
    return out;
  }

  /**
   * Calls `found` for every word at most one edit from `word` (an insertion, deletion, substitution
   * or swap of neighbours; letter case ignored), with its distance (0 for the word itself in another
   * case). Walks the word's own path and tries each edit where it stands, so it costs about as much
   * as a few dozen lookups; near() with 1 finds the same words by a wider search. With `sameFirst`,
   * only the words whose first letter is the word's own (letter case ignored).
   */
  nearOne(word: string, found: (form: string, index: number, distance: number) => void, sameFirst = false): void {
    const w = word.toLowerCase();
    const n = w.length;
    if (n === 0 || this.root === 0) return;
    // (A walker object with methods, not closures made on every call: the closures' calls to one
    // another were a new target each time, and the compiler gave up inlining them.)
    const walk = new NearOneWalk(this.edges, this.before, this.chars, this.folded, this.foldMax, this.foldsTo, this.belowRoot, this.alphaSize, this.root, w, found);
    if (!sameFirst) walk.spend(this.root, 0, 0, 0, -1);
    else {
      // Only words with the word's first letter (any case): every such word one edit away is an
      // edit after the first letter, so the root's fan-out is skipped (most of the walk's cost).
      const edges = this.edges;
      const c = walk.want[0];
      for (let e = this.root; ; e++) {
        const v = edges[e];
        if ((v & 0xff) > this.foldMax[c]) break;
        if (this.folded[v & 0xff] === c) {
          const at = this.before[e];
          walk.buf[0] = this.chars[v & 0xff];
          walk.spend(v >>> 10, 1, v & TERMINAL ? at + 1 : at, 1, v & TERMINAL ? at : -1);
        }
        if (v & LAST) break;
      }
    }
  }

  /**
   * Calls `found` for every word within `maxDistance` edits of `word` (restricted Damerau-Levenshtein:
   * insertions, deletions, substitutions and swaps of neighbours), letter case ignored; beyond one
   * edit, only words that start with the word's first or second letter (a slip rarely touches the
   * first letter, and searching every start letter at two edits costs about 20 times more).
   * Branches of the graph that cannot come back within the distance are not entered, and only the
   * band of the table that can stay within it is computed.
   */
  near(word: string, maxDistance: number, found: (form: string, index: number, distance: number) => void): void {
    const w = word.toLowerCase();
    const n = w.length;
    if (n === 0 || n > MAX_LEN || this.root === 0) return;
    const k = maxDistance;
    const big = k + 1;
    const depthMax = n + k;
    const width = n + 1;
    // One row of the edit-distance table per depth (row d at d * width), in one typed array.
    const rows = new Int32Array((depthMax + 2) * width).fill(big);
    for (let j = 0; j <= n; j++) rows[j] = Math.min(j, big);
    const target = new Uint16Array(n);
    for (let j = 0; j < n; j++) target[j] = w.charCodeAt(j);
    const path = new Uint16Array(depthMax + 2);
    /** Per depth d >= 1: the best (least) value of the row at d, when its edge's children are searched. */
    const rowBest = new Int32Array(depthMax + 2);
    const out = new Array<string>(depthMax + 2);
    // Depth-first in edge order (as a recursion would go): a stack of [edge, depth, words before
    // its parent's first edge], at most two entries per depth (a sibling and a child).
    const stack = new Int32Array((depthMax + 2) * 3 * 2);
    const edges = this.edges;
    const before = this.before;
    const folded = this.folded;
    const chars = this.chars;
    const first = target[0];
    const second = n > 1 ? target[1] : first;
    for (let r = this.root; ; r++) {
      const rv = edges[r];
      const rfc = folded[rv & 0xff];
      if (rfc === first || rfc === second) {
        let sp = 0;
        stack[sp++] = r;
        stack[sp++] = 0;
        stack[sp++] = 0;
        while (sp > 0) {
          const base = stack[--sp];
          const depth = stack[--sp];
          const e = stack[--sp];
          // The edge at `depth` (its char is the word's letter depth+1): its row from its parent's.
          const prevAt = depth * width;
          const rowAt = prevAt + width;
          const v = edges[e];
          const c = v & 0xff;
          const fc = folded[c];
          // Columns further than k from the diagonal cannot be within k: they stay "too far".
          const lo = depth + 1 - k > 1 ? depth + 1 - k : 1;
          const hi = depth + 1 + k < n ? depth + 1 + k : n;
          const r0 = depth + 1 <= k ? depth + 1 : big;
          rows[rowAt] = r0;
          if (lo > 1) rows[rowAt + lo - 1] = big;
          let best = r0;
          const pc = depth > 0 ? path[depth - 1] : -1;
          for (let j = lo; j <= hi; j++) {
            let x = rows[prevAt + j - 1] + (target[j - 1] === fc ? 0 : 1);
            const del = rows[prevAt + j] + 1;
            const ins = rows[rowAt + j - 1] + 1;
            if (del < x) x = del;
            if (ins < x) x = ins;
            if (j > 1 && target[j - 1] === pc && target[j - 2] === fc) {
              const t = rows[prevAt - width + j - 2] + 1;
              if (t < x) x = t;
            }
            if (x > big) x = big;
            rows[rowAt + j] = x;
            if (x < best) best = x;
          }
          if (hi < n) rows[rowAt + hi + 1] = big;
          const child = v >>> 10;
          const descend = child !== 0 && best <= k && depth + 1 < depthMax;
          const hit = (v & TERMINAL) !== 0 && rows[rowAt + n] <= k;
          // The edge's word count and letter only for a word found here or a branch entered: most
          // edges the search reaches end it, and reading their count was a memory access each.
          let at = 0;
          if (hit || descend) {
            at = base + before[e];
            out[depth] = chars[c];
            if (hit) found(out.slice(0, depth + 1).join(''), at, rows[rowAt + n]);
          }
          // The next sibling goes below the first child, so the child's subtree comes first (a
          // root edge's siblings are the outer loop's): the order a recursion would take, without
          // scanning each child list for its end to push it backwards.
          // (Under a row whose best is k, an edge is entered only when its letter can keep a cell
          // at k, a match on the diagonal or a swap: liveEdge. The others would find nothing and
          // enter nothing, and most edges a search reaches are such, so they are passed over here
          // instead of each having its row computed.)
          if (depth > 0 && !(v & LAST)) {
            const s = rowBest[depth] === k ? firstLiveEdge(edges, folded, e + 1, depth, rows, target, path, width, n, k) : e + 1;
            if (s !== 0) {
              stack[sp++] = s;
              stack[sp++] = depth;
              stack[sp++] = base;
            }
          }
          if (descend) {
            path[depth] = fc;
            rowBest[depth + 1] = best;
            const s = best === k ? firstLiveEdge(edges, folded, child, depth + 1, rows, target, path, width, n, k) : child;
            if (s !== 0) {
              stack[sp++] = s;
              stack[sp++] = depth + 1;
              stack[sp++] = v & TERMINAL ? at + 1 : at;
            }
          }
        }
      } else if (maxDistance >= 1) {
        // Another first letter is one edit at the start, the rest as written: walked, not searched.
        const ch = chars[rv & 0xff];
        this.follow(r, w, 1, ch, found); // substituted: "nanagement"
        this.follow(r, w, 0, ch, found); // missing: "anagement"
      }
      if (rv & LAST) break;
    }
  }

  /**
   * What near(word, 1, found) reports, in the same order, from what nearOne(word) found (`hits`, any
   * order, repeats allowed): a caller that has nearOne's words already is spared near()'s wider
   * search, several times the cost. near() with 1 reports, root edge by root edge, the words one
   * edit away under an edge with the word's first or second letter (in word-number order, as its
   * depth-first search meets them: the same words nearOne finds there), and under every other edge
   * what follow() finds (which nearOne's words cannot stand for: follow takes one casing's path).
   */
  nearOneAsNear(word: string, hits: NearHit[], found: (form: string, index: number, distance: number) => void): void {
    const w = word.toLowerCase();
    const n = w.length;
    if (n === 0 || n > MAX_LEN || this.root === 0) return;
    const sorted = hits.length > 1 ? hits.slice().sort((a, b) => a.index - b.index) : hits;
    const first = w.charCodeAt(0);
    const second = n > 1 ? w.charCodeAt(1) : first;
    let h = 0;
    for (let r = this.root; ; r++) {
      const rv = this.edges[r];
      const ci = rv & 0xff;
      const rfc = this.folded[ci];
      // (Word numbers rise with the root edges, so each edge's words come next in `sorted`.)
      const mine = rfc === first || rfc === second;
      for (let last = -1; h < sorted.length && this.index[sorted[h].form.charCodeAt(0)] === ci; h++) {
        const x = sorted[h];
        if (mine && x.index !== last) found(x.form, x.index, x.distance);
        last = x.index;
      }
      if (!mine) {
        const ch = this.chars[ci];
        this.follow(r, w, 1, ch, found);
        this.follow(r, w, 0, ch, found);
      }
      if (rv & LAST) break;
    }
  }

  /** Reports the word made of root edge `e`'s letter and `w` from `from` on, if listed (distance 1). */
  private follow(e: number, w: string, from: number, c: string, found: (form: string, index: number, distance: number) => void): void {
    let v = this.edges[e];
    let at = this.before[e];
    for (let i = from; i < w.length; i++) {
      if (v & TERMINAL) at++;
      let node = v >>> 10;
      if (node === 0) return;
      const want = w.charCodeAt(i);
      const stop = this.foldMax[want];
      for (;;) {
        const x = this.edges[node];
        if (this.folded[x & 0xff] === want) break;
        if (x & LAST || (x & 0xff) > stop) return;
        node++;
      }
      v = this.edges[node];
      at += this.before[node];
      c += this.chars[v & 0xff];
    }
    if (v & TERMINAL) found(c, at, 1);
  }
}

/** One nearOne walk: the word, its letters, the graph's tables and where the walk has got to (see WordGraph.nearOne). */
class NearOneWalk {
  readonly n: number;
  readonly want: Int32Array;
  readonly buf: string[];

  constructor(
    private readonly edges: Uint32Array,
    private readonly before: Uint32Array,
    private readonly chars: string[],
    private readonly folded: Uint16Array,
    private readonly foldMax: Uint8Array,
    private readonly foldsTo: number[][],
    private readonly belowRoot: Uint32Array,
    private readonly alphaSize: number,
    private readonly root: number,
    w: string,
    private readonly found: (form: string, index: number, distance: number) => void,
  ) {
    const n = (this.n = w.length);
    this.want = new Int32Array(n + 2).fill(-1);
    for (let j = 0; j < n; j++) this.want[j] = w.charCodeAt(j);
    this.buf = new Array<string>(n + 2);
  }

  /** Exact from here on: follows the word's letters from `i` on, from `node` (letters as written, any case). */
  exact(node: number, i: number, base: number, depth: number, wordAt: number, distance: number): void {
    if (i === this.n) {
      if (wordAt >= 0) this.found(this.buf.slice(0, depth).join(''), wordAt, distance);
      return;
    }
    if (node === 0) return;
    const edges = this.edges;
    const folded = this.folded;
    const c = this.want[i];
    const stop = this.foldMax[c];
    for (let e = node; ; e++) {
      const v = edges[e];
      if ((v & 0xff) > stop) break;
      if (folded[v & 0xff] === c) {
        const at = base + this.before[e];
        this.buf[depth] = this.chars[v & 0xff];
        this.exact(v >>> 10, i + 1, v & TERMINAL ? at + 1 : at, depth + 1, v & TERMINAL ? at : -1, distance);
      }
      if (v & LAST) break;
    }
  }

  /** exact() from the node below root edge `e` (letter x), its edges found by table instead of a scan (the same ones, in the same order). */
  exactBelowRoot(e: number, i: number, base: number, depth: number, wordAt: number): void {
    const edges = this.edges;
    const c = this.want[i];
    const folds = i < this.n && c < 128 ? this.foldsTo[c] : undefined;
    if (i === this.n || !folds) return this.exact(edges[e] >>> 10, i, base, depth, wordAt, 1);
    const row = (edges[e] & 0xff) * this.alphaSize;
    for (let k = 0; k < folds.length; k++) {
      const f = this.belowRoot[row + folds[k]];
      if (f === 0) continue;
      const v = edges[f];
      const at = base + this.before[f];
      this.buf[depth] = this.chars[v & 0xff];
      this.exact(v >>> 10, i + 1, v & TERMINAL ? at + 1 : at, depth + 1, v & TERMINAL ? at : -1, 1);
    }
  }

  /** Along the word's own path with the edit still to spend, trying it at each position. */
  spend(node: number, i: number, base: number, depth: number, wordAt: number): void {
    const n = this.n;
    const want = this.want;
    if (i === n && wordAt >= 0) this.found(this.buf.slice(0, depth).join(''), wordAt, 0);
    if (i < n) {
      this.exact(node, i + 1, base, depth, i + 1 === n ? wordAt : -1, 1); // the word has an extra letter
      if (i + 1 < n && want[i] !== want[i + 1]) this.swapped(node, base, depth, i);
    }
    if (node === 0) return;
    const edges = this.edges;
    const folded = this.folded;
    const root = node === this.root;
    const c = i < n ? want[i] : -1;
    for (let e = node; ; e++) {
      const v = edges[e];
      const at = base + this.before[e];
      const next = v & TERMINAL ? at + 1 : at;
      const here = v & TERMINAL ? at : -1;
      this.buf[depth] = this.chars[v & 0xff];
      if (folded[v & 0xff] === c) this.spend(v >>> 10, i + 1, next, depth + 1, here);
      else if (i < n) {
        // a wrong letter
        if (root) this.exactBelowRoot(e, i + 1, next, depth + 1, here);
        else this.exact(v >>> 10, i + 1, next, depth + 1, here, 1);
      }
      this.buf[depth] = this.chars[v & 0xff];
      // a missing letter
      if (root) this.exactBelowRoot(e, i, next, depth + 1, here);
      else this.exact(v >>> 10, i, next, depth + 1, here, 1);
      if (v & LAST) break;
    }
  }

  /** The word's letters i and i + 1 swapped back: the edges for the second then the first from `node`, then exact() on from i + 2. */
  private swapped(node: number, base: number, depth: number, i: number): void {
    if (node === 0) return;
    const a = this.want[i + 1];
    const b = this.want[i];
    const edges = this.edges;
    const folded = this.folded;
    const stopA = this.foldMax[a];
    const stopB = this.foldMax[b];
    const to = i + 2;
    for (let e = node; ; e++) {
      const v = edges[e];
      if ((v & 0xff) > stopA) break;
      if (folded[v & 0xff] === a && v >>> 10) {
        const at = base + this.before[e];
        const midBase = v & TERMINAL ? at + 1 : at;
        for (let f = v >>> 10; ; f++) {
          const x = edges[f];
          if ((x & 0xff) > stopB) break;
          if (folded[x & 0xff] === b) {
            const at2 = midBase + this.before[f];
            this.buf[depth] = this.chars[v & 0xff];
            this.buf[depth + 1] = this.chars[x & 0xff];
            this.exact(x >>> 10, to, x & TERMINAL ? at2 + 1 : at2, depth + 2, to === this.n ? (x & TERMINAL ? at2 : -1) : -1, 1);
          }
          if (x & LAST) break;
        }
      }
      if (v & LAST) break;
    }
  }
}
