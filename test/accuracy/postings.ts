// Job match extraction scored against the hand-labelled postings of test/gold/postings/ (see its
// README): precision = share of the extracted terms that a label names, recall = share of the
// labels the extractor found. A label matches an extracted term when the label or one of its
// `also` forms names the same thing: the same vocabulary entry, the same number of years, or the
// same words after the matcher's normalisation (case, hyphens, inflection).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';
import { JobMatcher } from '../../server/src/engine/match/index';

export const postingsDir = join(repoRoot, 'test/gold/postings');

export interface GoldPostingTerm {
  term: string;
  also?: string[];
  kind: string;
  level: string;
  years?: number;
}

export interface GoldPosting {
  set: 'dev' | 'held-out';
  profession: string;
  terms: GoldPostingTerm[];
}

export interface PostingScore {
  id: string;
  set: string;
  profession: string;
  tp: number;
  fp: number;
  fn: number;
  falseTerms: string[];
  missedTerms: string[];
  ms: number;
}

export interface PostingFigures {
  files: PostingScore[];
  /** Micro-averaged per set ("dev", "held-out") and over all ("all"). */
  sets: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number; postings: number }>;
}

export function loadPostings(): { id: string; text: string; gold: GoldPosting }[] {
  return readdirSync(postingsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      return { id, text: readFileSync(join(postingsDir, f), 'utf8'), gold: JSON.parse(readFileSync(join(postingsDir, `${id}.json`), 'utf8')) as GoldPosting };
    });
}

export function measurePostings(matcher = new JobMatcher()): PostingFigures {
  const files: PostingScore[] = [];
  for (const { id, text, gold } of loadPostings()) {
    const t0 = performance.now();
    const posting = matcher.posting(text);
    const ms = performance.now() - t0;
    const goldKeys = gold.terms.map((g) => new Set([g.term, ...(g.also ?? [])].flatMap((form) => matcher.keysOf(form, g.kind === 'years' ? g.years : undefined))));
    const found = new Set<number>();
    const falseTerms: string[] = [];
    let tp = 0;
    for (const term of posting.terms) {
      const keys = matcher.keysOfTerm(term);
      let hit = false;
      goldKeys.forEach((set, gi) => {
        if (keys.some((k) => set.has(k))) {
          hit = true;
          found.add(gi);
        }
      });
      if (hit) {
        tp++;
        if (process.env.JM_SOURCES) console.log(`TP ${term.source} ${term.name}`);
      }
      else falseTerms.push(`${term.name} (${term.level}, ${term.source})`);
    }
    const missedTerms = gold.terms.filter((_, gi) => !found.has(gi)).map((g) => `${g.term} (${g.level})`);
    files.push({ id, set: gold.set, profession: gold.profession, tp, fp: falseTerms.length, fn: missedTerms.length, falseTerms, missedTerms, ms });
  }
  const sets: PostingFigures['sets'] = {};
  for (const f of files) {
    for (const name of [f.set, 'all']) {
      const s = (sets[name] ??= { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, postings: 0 });
      s.tp += f.tp;
      s.fp += f.fp;
      s.fn += f.fn;
      s.postings++;
    }
  }
  for (const s of Object.values(sets)) s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  // Recall counts labels found (two extracted terms may answer one label, so not from tp).
  for (const [name, s] of Object.entries(sets)) {
    const inSet = files.filter((f) => name === 'all' || f.set === name);
    const labels = inSet.reduce((n, f) => n + f.fn, 0);
    const total = inSet.reduce((n, f) => n + goldCount(f.id), 0);
    s.recall = total ? (total - labels) / total : 1;
  }
  return { files, sets };
}

function goldCount(id: string): number {
  return (JSON.parse(readFileSync(join(postingsDir, `${id}.json`), 'utf8')) as GoldPosting).terms.length;
}

/** Prints the section of `npm run accuracy`; `verbose` also lists every disagreement. */
export function printPostingReport(f: PostingFigures, verbose: boolean): void {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  console.log('\nJob postings: term extraction precision / recall (test/gold/postings, labelled by hand)\n');
  console.log('set'.padEnd(12) + 'postings'.padEnd(10) + 'precision'.padEnd(11) + 'recall'.padEnd(9) + '(true, false, missed)');
  for (const [name, s] of Object.entries(f.sets).sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    console.log(name.padEnd(12) + String(s.postings).padEnd(10) + pct(s.precision).padEnd(11) + pct(s.recall).padEnd(9) + `(${s.tp}, ${s.fp}, ${s.fn})`);
  }
  const byProf = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
  for (const x of f.files) {
    const p = byProf.get(x.profession) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
    p.tp += x.tp;
    p.fp += x.fp;
    p.fn += x.fn;
    p.n++;
    byProf.set(x.profession, p);
  }
  console.log('\nby profession (precision / recall over that profession\'s postings):');
  for (const [prof, p] of [...byProf].sort()) {
    const labels = f.files.filter((x) => x.profession === prof).reduce((n, x) => n + goldCount(x.id), 0);
    console.log(`  ${prof.padEnd(12)} ${String(p.n).padStart(2)} postings  ${pct(p.tp / Math.max(1, p.tp + p.fp))} / ${pct((labels - p.fn) / Math.max(1, labels))}`);
  }
  const ms = f.files.map((x) => x.ms).sort((a, b) => a - b);
  console.log(`  reading a posting (first time, one matcher for all): median ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms`);
  if (!verbose) return;
  for (const x of f.files) {
    if (!x.falseTerms.length && !x.missedTerms.length) continue;
    console.log(`\n## ${x.id} (${x.set})`);
    if (x.falseTerms.length) console.log(`  extracted, not labelled: ${x.falseTerms.join('; ')}`);
    if (x.missedTerms.length) console.log(`  labelled, not extracted: ${x.missedTerms.join('; ')}`);
  }
}
