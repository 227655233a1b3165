// Per-lint facts several rules read (the bullet list, prose pieces), computed on first use and
// shared through RuleContext.analysis, so each rule stops re-collecting and re-wrapping the same
// bullets. Rules run without one (unit tests calling check directly) fall back to computing alone.
import { allBullets, type Bullet, type Entry, type Resume, type Section } from './model';
import { proseOf, type Prose, type ProseSelection } from './prose';

export interface BulletRef {
  bullet: Bullet;
  entry: Entry;
  section: Section;
}

export class LintAnalysis {
  private bulletRefs?: BulletRef[];
  private bulletPieces?: Prose[];
  /** Keyed by the selection object: rules pass module-level constants. */
  private readonly prose = new Map<ProseSelection, Prose[]>();

  constructor(
    readonly resume: Resume,
    readonly text: string,
  ) {}

  /** allBullets(resume), once per lint. Callers must not modify it. */
  bullets(): readonly BulletRef[] {
    return (this.bulletRefs ??= allBullets(this.resume));
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

/** The prose pieces a rule reads, shared within a lint when possible. `sel` should be a module constant. */
export function proseFor(ctx: AnalysisHost, sel: ProseSelection): readonly Prose[] {
  return ctx.analysis ? ctx.analysis.proseOf(sel) : proseOf(ctx.resume, ctx.text, sel);
}
