// Per-lint facts several rules read (the bullet list, prose pieces), computed on first use and
// shared through RuleContext.analysis, so each rule stops re-collecting and re-wrapping the same
// bullets. Rules run without one (unit tests calling check directly) fall back to computing alone.
import { allBullets, allEntries, bulletOffset, type Bullet, type Entry, type Resume, type Section } from './model';
import { proseMaskedWords, proseOf, type Prose, type ProseSelection } from './text/prose';
import { countLanguage, type LanguageCount } from './text/language';
import type { Report } from './rule';
import { pieceRecord, type PieceCache, type PieceRecord } from './cache/piece-cache';

export interface BulletRef {
  bullet: Bullet;
  entry: Entry;
  section: Section;
}

export class LintAnalysis {
  private bulletRefs?: BulletRef[];
  private entryList?: Entry[];
  private bulletPieces?: Prose[];
  /** Keyed by the selection object: rules pass module-level constants. */
  private readonly prose = new Map<ProseSelection, Prose[]>();
  /** Each bullet's piece record, found once per lint for all rules. */
  private readonly records = new Map<Bullet, PieceRecord>();

  constructor(
    readonly resume: Resume,
    readonly text: string,
  ) {}

  /** allBullets(resume), once per lint. Callers must not modify it. */
  bullets(): readonly BulletRef[] {
    return (this.bulletRefs ??= allBullets(this.resume));
  }

  /** allEntries(resume), once per lint (four date rules read it). Callers must not modify it. */
  entries(): readonly Entry[] {
    return (this.entryList ??= allEntries(this.resume));
  }

  /** proseOf(resume, text, sel), once per selection per lint. Callers must not modify the pieces. */
  proseOf(sel: ProseSelection): readonly Prose[] {
    let out = this.prose.get(sel);
    if (!out) {
      // Bullet pieces are the same objects for every selection (proseOf fills the shared list on first use).
      out = proseOf(this.resume, this.text, sel, this.bullets(), (this.bulletPieces ??= []));
      this.prose.set(sel, out);
    }
    return out;
  }

  /**
   * What the rules kept for a piece (PieceCache), found by its kind and text and, when the text is
   * not a plain slice of the source (YAML quoting, folding), the source it came from, which fixes
   * its offsets.
   */
  pieceRecord(p: Prose): PieceRecord {
    // Kept on the piece (pieces live for one lint): a property read, not a lookup, per rule.
    let r = p.cacheRecord;
    if (r === undefined) {
      // A Markdown or text bullet is its source slice by construction (model.ts): no need to compare.
      const raw = p.bullet && !p.bullet.offsets ? p.text : this.text.slice(p.toDoc(0), p.toDoc(p.text.length));
      r = p.cacheRecord = raw === p.text ? pieceRecord(p.kind, p.text) : pieceRecord(`${p.kind} mapped`, `${p.text}\u0000${raw}`);
    }
    return r;
  }

  /**
   * pieceRecord for a bullet read through bulletsOf (its text is its source unless it has an offset
   * map). The same record as the bullet's prose piece, so one memo entry per bullet, not two: a
   * rule must read a bullet one way or the other (checkPiece or checkBullet), never both under
   * one context, or one would replay what the other kept.
   */
  bulletRecord(b: Bullet): PieceRecord {
    let r = this.records.get(b);
    if (r === undefined) {
      r = b.offsets ? pieceRecord('bullet mapped', `${b.text}\u0000${this.text.slice(bulletOffset(b, 0), bulletOffset(b, b.text.length))}`) : pieceRecord('bullet', b.text);
      this.records.set(b, r);
    }
    return r;
  }
}

/** What a rule needs from its context to use the shared analysis. */
interface AnalysisHost {
  resume: Resume;
  text: string;
  analysis?: LintAnalysis;
}

/** The résumé's bullets with their entry and section, shared within a lint when possible. */
export function bulletsOf(ctx: AnalysisHost): readonly BulletRef[] {
  return ctx.analysis ? ctx.analysis.bullets() : allBullets(ctx.resume);
}

/** All entries of the résumé in document order, shared within a lint when possible. */
export function entriesOf(ctx: AnalysisHost): readonly Entry[] {
  return ctx.analysis ? ctx.analysis.entries() : allEntries(ctx.resume);
}

/** The prose pieces a rule reads, shared within a lint when possible. `sel` should be a module constant. */
export function proseFor(ctx: AnalysisHost, sel: ProseSelection): readonly Prose[] {
  return ctx.analysis ? ctx.analysis.proseOf(sel) : proseOf(ctx.resume, ctx.text, sel);
}

/**
 * countLanguage(proseMaskedWords(p)), kept with the piece's record (a pure function of its text) for
 * every rule that asks and the next lint, which need not find the piece's words again. Callers must
 * not modify it.
 */
export function pieceLanguage(ctx: AnalysisHost, p: Prose): LanguageCount {
  if (!ctx.analysis) return countLanguage(proseMaskedWords(p));
  const r = ctx.analysis.pieceRecord(p);
  return (r.language ??= countLanguage(proseMaskedWords(p)));
}

/** What a rule needs from its context to replay its reports for unchanged pieces. */
interface CacheHost extends AnalysisHost {
  pieceCache?: PieceCache;
  report(r: Report): void;
}

/**
 * Runs `check` on one prose piece, or replays what it reported for the same piece in the last lint.
 * `check` must read only the piece and what `context` says (see piece-cache.ts); it reports
 * through the function it is given, and may return a fact about the piece for the rule to use
 * (kept with the reports; it must not hold document offsets).
 */
export function checkPiece<T>(ctx: CacheHost, p: Prose, context: string, check: (report: (r: Report) => void) => T): T {
  if (!ctx.pieceCache || !ctx.analysis) return check(ctx.report);
  return ctx.pieceCache.run(ctx.analysis.pieceRecord(p), context, p.toDoc(0), ctx.report, check);
}

/** checkPiece for a bullet read through bulletsOf. */
export function checkBullet(ctx: CacheHost, b: Bullet, context: string, check: (report: (r: Report) => void) => void): void {
  if (!ctx.pieceCache || !ctx.analysis) return check(ctx.report);
  ctx.pieceCache.run(ctx.analysis.bulletRecord(b), context, bulletOffset(b, 0), ctx.report, check);
}
