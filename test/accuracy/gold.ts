// The hand-written gold of test/gold/ (see its README): what each real résumé holds and what the
// prose rules should say about it, and where its source lives under ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

// RESUME_GOLD=DIR measures another labelled set laid out the same way (DIR/gold/structure/*.json,
// sources relative to DIR): a private validation set nobody tuned the reader on.
const other = process.env.RESUME_GOLD;
export const goldDir = other ? join(other, 'gold') : join(repoRoot, 'test', 'gold');
export const sharedDir = other ?? join(repoRoot, '..', 'shared');

/** A gold value: the reading, or the acceptable readings when two are fair; null when none is printed. */
export type GoldValue = string | null | (string | null)[];

export interface GoldEntry {
  title?: GoldValue;
  organisation?: GoldValue;
  location?: GoldValue;
  start?: GoldValue;
  end?: GoldValue;
  /** A count, or the acceptable counts. */
  bullets: number | number[];
}

export interface GoldSection {
  title: string;
  kind: string | string[];
  entries?: GoldEntry[];
}

export interface GoldStructure {
  id: string;
  source: string;
  contact: { name?: GoldValue; email?: GoldValue; phone?: GoldValue; location?: GoldValue; links?: string[] };
  sections: GoldSection[];
}

export interface GoldLabel {
  rule: string;
  line: number;
  text: string;
  optional?: boolean;
}

export interface GoldFindings {
  id: string;
  source: string;
  rules: string[];
  labels: GoldLabel[];
}

/** The four text shapes of each PDF (pdf-corpus/README.md). */
export const PDF_SHAPES = ['pdftotext', 'layout', 'raw', 'pdfjs'] as const;
export type PdfShape = (typeof PDF_SHAPES)[number];

export function sharedAvailable(): boolean {
  return other ? existsSync(goldDir) : existsSync(join(sharedDir, 'corpus')) && existsSync(join(sharedDir, 'pdf-corpus'));
}

/** Every gold file (*.json) of a folder, in name order, each with its id (the file name). */
function readAll<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.slice(0, -'.json'.length), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }) as T);
}

export const readStructureGold = (): GoldStructure[] => readAll<GoldStructure>(join(goldDir, 'structure'));
export const readFindingsGold = (): GoldFindings[] => readAll<GoldFindings>(join(goldDir, 'findings'));

// Probe résumés (test/probes): written and labelled blind by a helper who never ran the reader nor
// read its code, in professions and shapes the real corpus lacks. Our own fixtures, not real
// résumés, so they are reported apart; their sources sit beside their gold, not under ../shared.
// (Not measured with RESUME_GOLD: that is another labelled set.)
// (PROBES_DIR measures a batch staged elsewhere on its own, as scripts/check-gold.mjs checks it.)
export const probesDir = process.env.PROBES_DIR ?? join(repoRoot, 'test', 'probes');

export const readProbeGold = (): GoldStructure[] => (other ? [] : readAll<GoldStructure>(join(probesDir, 'gold', 'structure')));

/** The probes' prose-rule labels (test/probes/gold/findings), written blind with their structure gold. */
export const readProbeFindings = (): GoldFindings[] => (other ? [] : readAll<GoldFindings>(join(probesDir, 'gold', 'findings')));

/** One text to read for a gold file: a corpus file, or one text shape of a PDF. */
export interface GoldInput {
  /** Where the figure is reported: the format folder, or "pdf/<shape>". */
  group: string;
  /** The name the text is read under (the extension picks the reader, as in the editor). */
  fileName: string;
  path: string;
}

export function inputsOf(g: { source: string }, root = sharedDir): GoldInput[] {
  const path = join(root, g.source);
  if (g.source.endsWith('.pdf')) {
    const base = path.slice(0, -'.pdf'.length);
    return PDF_SHAPES.map((shape) => ({ group: `pdf/${shape}`, fileName: `${base}.${shape}.txt`, path: `${base}.${shape}.txt` }));
  }
  if (g.source.endsWith('.pdfjs.txt')) return [{ group: 'pdf/pdfjs', fileName: path, path }];
  const parts = g.source.split('/');
  const folder = parts[parts.length - 2];
  return [{ group: folder, fileName: path, path }];
}
