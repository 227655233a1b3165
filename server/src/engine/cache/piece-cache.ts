// What a rule reported for one piece of prose (a bullet, the summary, a header field), kept so the
// next lint can replay it instead of reading the piece again. An editor re-lints the whole résumé
// on every keystroke while the writer changes one bullet: every other piece is the same text, and
// a rule that reads only the piece (its words, its role's tense) must report the same things again,
// at spans moved by however far the piece moved.
//
// Soundness rests on the key: the piece's own text and its source layout (for YAML, where quoting
// changes offsets), its kind, plus a `context` string the rule builds from everything else it reads
// (the role's tense, the dates it quotes). The rule's id, its options and "today" select the cache.
// A rule that reads anything outside the piece and that context must not use it.
import type { Report } from '../rule';
import type { Span } from '../model';
import { detach, GenerationalMap } from './memo';
import { scoped } from './state';

/** Pieces kept per kind at most: a 500 KB résumé has ~5000 bullets and ~2000 header fields. */
const LIMIT = 20000;
/** Contexts kept per piece and rule: editing a role's dates changes its bullets' context on every keystroke. */
const MAX_CONTEXTS = 4;

interface Stored {
  /** The cache (rule and settings) that kept it. */
  owner: PieceCache;
  context: string;
  /** Reports with spans relative to the piece's first character. */
  reports: readonly Report[];
  /** What `check` returned (a fact about the piece that does not depend on where it is; strings in it are the caller's to detach). */
  value: unknown;
}

const NO_REPORTS: readonly Report[] = [];
const NO_SINK = (): void => {};

const shiftSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

function shifted(r: Report, by: number): Report {
  const out: Report = { message: r.message, span: shiftSpan(r.span, by) };
  if (r.severity !== undefined) out.severity = r.severity;
  if (r.data !== undefined) out.data = r.data;
  if (r.fixes) out.fixes = r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ span: shiftSpan(e.span, by), newText: e.newText })) }));
  return out;
}

/**
 * The report as kept: spans moved by `by` (to be relative to the piece) and copies of its strings:
 * messages and data quote the document, and a kept slice would keep that whole version of the
 * document alive (see memo.ts). Written out for a report's shape (data holds strings, numbers and
 * lists of strings) rather than as a generic deep copy, which was a visible share of linting a new
 * résumé; and in one pass (moving it and then copying it made every object twice).
 */
function keptReport(r: Report, by: number): Report {
  const out: Report = { message: detach(r.message), span: shiftSpan(r.span, by) };
  if (r.severity !== undefined) out.severity = r.severity;
  if (r.fixes) out.fixes = r.fixes.map((f) => ({ ...f, title: detach(f.title), edits: f.edits.map((e) => ({ span: shiftSpan(e.span, by), newText: detach(e.newText) })) }));
  if (r.data) {
    const data: Record<string, unknown> = {};
    for (const k in r.data) data[k] = detachValue(r.data[k]);
    out.data = data;
  }
  return out;
}

function detachValue(v: unknown): unknown {
  if (typeof v === 'string') return detach(v);
  if (Array.isArray(v)) return v.map(detachValue);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in v) out[k] = detachValue((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/**
 * What every rule kept for one piece, found once per lint for all of them (one lookup by the
 * piece's text instead of one per rule): a list per rule, by the rule's slot.
 */
export interface PieceRecord {
  byRule: (Stored[] | undefined)[];
  /**
   * repeated-verb's reading of the bullet's opening verb (a pure function of its text, with no
   * slices of the document), kept here rather than in a memo of its own: one entry per bullet.
   */
  strongOpener?: unknown;
  /** tense's reading of what the bullet opens with (openingKindOf in rules/tense.ts: a number, a pure function of its text). */
  tenseOpening?: number;
  /** missing-metric's reading of whether the bullet claims nothing (describes a place, names a client with its address, a dated note): a pure function of its text. */
  claimsNothing?: boolean;
  /** spelling's reading of whether a bullet is a list of short names (readsAsList in rules/spelling.ts: a pure function of its text). */
  readsAsList?: boolean;
  /** The function words of the piece's masked words by language (pieceLanguage in analysis.ts: a pure function of its text). */
  language?: { other: number; english: number };
}

export class PieceCache {
  hits = 0;
  misses = 0;
  /**
   * The record list of a piece that reported nothing and returned nothing under the last such
   * context, shared by every such piece (most of them): never modified in place (run builds a new
   * list to change one).
   */
  private quiet: Stored[] | undefined;

  /** The run in progress: where its reports go, its anchor and what it kept so far. */
  private sink: (r: Report) => void = NO_SINK;
  private anchor = 0;
  private kept: Report[] | undefined;
  /** The run in progress reported a finding only counted (RuleContext.beyondCap): it is not kept. */
  private dropped = false;
  /** Runs in progress (a check may run another piece). */
  private depth = 0;

  /** The report function every run hands its check (valid only until that check returns: see run). */
  private readonly collect = (r: Report): void => {
    this.sink(r);
    const k = keptReport(r, -this.anchor);
    if (this.kept) this.kept.push(k);
    else this.kept = [k];
  };

  /** Keeps nothing of the run in progress (its next lint reads the piece again); outside a run, nothing. */
  dropRun(): void {
    if (this.depth > 0) this.dropped = true;
  }

  constructor(
    /** The rule's options and "today" as a string: a different one means a new cache. */
    readonly settings: string,
    /** The rule's index in PieceRecord.byRule. */
    private readonly slot: number,
  ) {}

  /**
   * Replays what `check` reported for the piece with this record and context, moved to `anchor`
   * (the piece's document offset now), or runs `check` and keeps what it reports. Returns what
   * `check` returned for it (shared: callers must not modify it).
   */
  run<T>(record: PieceRecord, context: string, anchor: number, report: (r: Report) => void, check: (report: (r: Report) => void) => T): T {
    const stored = record.byRule[this.slot];
    if (stored !== undefined)
      for (const s of stored)
        if (s.owner === this && s.context === context) {
          this.hits++;
          for (const r of s.reports) report(shifted(r, anchor));
          return s.value as T;
        }
    this.misses++;
    // Most pieces report nothing: they share one record list (or, with a value, one empty list of
    // reports), and a first record is a list of one (an empty array grown by push reserves 17
    // slots; across a big résumé's pieces and rules that was a visible share of the GC's work).
    // The reports are gathered through one function per cache (see collect), not a closure made
    // per call: a big résumé's pieces times its rules made that a visible share of a cold lint's
    // allocation. What an enclosing run had set is put back after (a check may run another piece).
    const outerSink = this.sink;
    const outerAnchor = this.anchor;
    const outerKept = this.kept;
    const outerDropped = this.dropped;
    this.sink = report;
    this.anchor = anchor;
    this.kept = undefined;
    this.dropped = false;
    this.depth++;
    let value: T;
    let kept: Report[] | undefined;
    let dropped: boolean;
    try {
      value = check(this.collect);
    } finally {
      kept = this.kept;
      dropped = this.dropped;
      this.sink = outerSink;
      this.anchor = outerAnchor;
      this.kept = outerKept;
      // (A run that holds a dropped one is dropped too.)
      this.dropped = outerDropped || dropped;
      this.depth--;
    }
    if (dropped) return value;
    if (stored === undefined && kept === undefined && value === undefined) {
      let q = this.quiet;
      if (q === undefined || q[0].context !== context) this.quiet = q = [{ owner: this, context, reports: NO_REPORTS, value }];
      record.byRule[this.slot] = q;
      return value;
    }
    const entry: Stored = { owner: this, context, reports: kept ?? NO_REPORTS, value };
    // What other settings kept is dropped; the oldest contexts go first.
    if (stored === undefined) record.byRule[this.slot] = [entry];
    else {
      const mine = stored.filter((s) => s.owner === this).slice(1 - MAX_CONTEXTS);
      mine.push(entry);
      record.byRule[this.slot] = mine;
    }
    return value;
  }
}

// Pieces are found by their text, one table per kind (so the key is the text itself, no
// concatenated copy to build and hash), once per lint (LintAnalysis keeps the record on the piece).
// Per linter (state.ts): one table per kind, each a GenerationalMap handle made on first use.
const records = new Map<string, GenerationalMap<string, PieceRecord>>();

/** The record of what rules kept for a piece of this kind with this key (see LintAnalysis.pieceRecord). */
export function pieceRecord(kind: string, key: string): PieceRecord {
  let table = records.get(kind);
  if (table === undefined) records.set(kind, (table = new GenerationalMap(LIMIT)));
  let r = table.get(key);
  if (r === undefined) {
    r = { byRule: [] };
    // Kept across lints: a copy, so the key does not keep this version of the document alive.
    table.set(detach(key), r);
  }
  return r;
}

/** One cache per rule id; a rule whose options or today changed starts a new one. */
const byRule = scoped(() => new Map<string, PieceCache>());
const slots = new Map<string, number>();

export function pieceCacheFor(ruleId: string, settings: string): PieceCache {
  const rules = byRule();
  let c = rules.get(ruleId);
  if (!c || c.settings !== settings) {
    // A rule's slot number is fixed data (rule ids are few), not a cache.
    let slot = slots.get(ruleId);
    if (slot === undefined) slots.set(ruleId, (slot = slots.size));
    c = new PieceCache(settings, slot);
    rules.set(ruleId, c);
  }
  return c;
}

/** Forgets every rule's pieces (tests compare cached and fresh lints). */
export function clearPieceCaches(): void {
  byRule().clear();
  for (const t of records.values()) t.clear();
}
