// Runs the engine over every gold file and returns the figures `npm run accuracy` prints and the
// accuracy test holds at their floors.
import { basename } from 'node:path';
import { lint, parse } from '../../server/src/engine/index';
import { useDictionary } from '../util/dictionary';
import { inputsOf, probesDir, readFindingsGold, readProbeFindings, readProbeGold, readStructureGold } from './gold';
import {
  addScore,
  emptyStructureScore,
  type FindingMiss,
  type Mismatch,
  precision,
  PROSE_RULES,
  readSource,
  recall,
  type RuleScore,
  scoreFindings,
  scoreStructure,
  STRUCTURE_FIELDS,
  type StructureScore,
} from './score';

/** The prefix of the probe set's groups ("probes/markdown", "probes/all"). */
export const PROBES = 'probes';

/** The day the labels were judged on (tense and dates depend on it). */
export const LABEL_DAY = { year: 2026, month: 12, day: 2 };

export interface FileReport {
  group: string;
  file: string;
  mismatches: Mismatch[];
  misses: FindingMiss[];
}

export interface Measured {
  structure: Record<string, StructureScore>;
  rules: Record<string, Record<string, RuleScore>>;
  files: FileReport[];
}

export function measure(): Measured {
  const structure: Record<string, StructureScore> = {};
  const rules: Record<string, Record<string, RuleScore>> = {};
  const files: FileReport[] = [];
  const sets = [
    { gold: readStructureGold(), root: undefined, prefix: '', all: 'all' },
    { gold: readProbeGold(), root: probesDir, prefix: `${PROBES}/`, all: `${PROBES}/all` },
  ];
  for (const set of sets) {
    for (const g of set.gold) {
      for (const input of inputsOf(g, set.root)) {
        const text = readSource(input.path);
        const resume = parse(text, input.fileName);
        const mismatches: Mismatch[] = [];
        const sc = resume ? scoreStructure(g, resume, mismatches) : scoreStructure(g, { format: 'text', contact: { links: [] }, skills: [], sections: [], problems: [] }, mismatches);
        const group = set.prefix + input.group;
        addScore((structure[group] ??= emptyStructureScore()), sc);
        addScore((structure[set.all] ??= emptyStructureScore()), sc);
        files.push({ group, file: basename(input.path), mismatches, misses: [] });
      }
    }
  }
  try {
    useDictionary();
  } catch (e) {
    console.error(`accuracy: no spelling dictionary (${(e as Error).message}); spelling figures will be missing.`);
  }
  // Real files count in their group and in "all"; the probes (our fixtures) only in their own column.
  const findingSets = [
    { gold: readFindingsGold(), root: undefined, groups: (input: { group: string }) => [input.group.startsWith('pdf/') ? 'pdf (pdf.js text)' : 'corpus', 'all'] },
    { gold: readProbeFindings(), root: probesDir, groups: () => [PROBES] },
  ];
  for (const set of findingSets) {
    for (const g of set.gold) {
      for (const input of inputsOf(g, set.root)) {
        const text = readSource(input.path);
        const result = lint(text, input.fileName, { today: LABEL_DAY });
        const misses: FindingMiss[] = [];
        const sc = scoreFindings(g, text, result?.findings ?? [], misses);
        for (const key of set.groups(input)) {
          const into = (rules[key] ??= {});
          for (const [rule, s] of Object.entries(sc)) {
            const t = (into[rule] ??= { tp: 0, fp: 0, fn: 0 });
            t.tp += s.tp;
            t.fp += s.fp;
            t.fn += s.fn;
          }
        }
        const f = files.find((x) => x.file === basename(input.path));
        if (f) f.misses.push(...misses);
        else files.push({ group: (set.root ? `${PROBES}/` : '') + input.group, file: basename(input.path), mismatches: [], misses });
      }
    }
  }
  return { structure, rules, files };
}

/** Every figure by a stable name ("structure pdf/layout title P"), for the floors. */
export function figures(m: Measured): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [group, sc] of Object.entries(m.structure)) {
    for (const f of STRUCTURE_FIELDS) {
      const t = sc[f];
      if (t.gold || t.said) {
        out[`structure ${group} ${f} P`] = round(precision(t));
        out[`structure ${group} ${f} R`] = round(recall(t));
      }
    }
  }
  for (const [group, rs] of Object.entries(m.rules)) {
    for (const rule of PROSE_RULES) {
      const s = rs[rule];
      if (!s) continue;
      out[`rules ${group} ${rule} P`] = round(s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1);
      out[`rules ${group} ${rule} R`] = round(s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1);
    }
  }
  return out;
}

const round = (x: number) => Math.floor(x * 1000) / 1000;
