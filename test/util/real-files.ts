// Every résumé the tests read as real or realistic text: ../shared's corpus and the four text shapes
// of its PDFs (when ../shared is there), the fixtures, and the probe résumés of other trades.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, fixturesDir, pdfCorpusDir } from './paths';
import { probesDir } from '../accuracy/gold';

export interface Source {
  file: string;
  /** Where it comes from, for the report: corpus/<format>, pdf-corpus/<shape>, fixtures. */
  group: string;
}

export function realSources(): Source[] {
  const out: Source[] = [];
  if (existsSync(corpusDir))
    for (const d of readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const f of readdirSync(join(corpusDir, d.name)).sort()) out.push({ file: join(corpusDir, d.name, f), group: `corpus/${d.name}` });
  if (existsSync(pdfCorpusDir))
    for (const f of readdirSync(pdfCorpusDir).sort()) {
      const shape = /\.(pdftotext|layout|raw|pdfjs)\.txt$/.exec(f)?.[1];
      if (shape) out.push({ file: join(pdfCorpusDir, f), group: `pdf-corpus/${shape}` });
    }
  const walk = (dir: string, group: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p, group);
      else if (!d.name.startsWith('.') && !/\.(expect|findings\.txt|model\.txt|snap\.txt)$/.test(d.name)) out.push({ file: p, group });
    }
  };
  walk(fixturesDir, 'fixtures');
  // The probe résumés of other trades (test/probes: Markdown, text and the text shapes of PDFs).
  for (const sub of ['markdown', 'text', 'pdf']) if (existsSync(join(probesDir, sub))) walk(join(probesDir, sub), 'probes');
  return out;
}
