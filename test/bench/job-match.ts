// Job match figures for `npm run bench` (issue 12): a 5 KB résumé against a 3 KB posting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/engine/index';
import { JobMatcher } from '../../server/src/engine/match/index';
import { repoRoot } from '../util/paths';
import { benchResume } from './corpus-text';

type Report = (what: string, value: number, unit: string, budget?: number, note?: string) => void;
type TimeMedian = <T = void>(fn: (input: T) => void, minRuns?: number, minMs?: number, next?: () => T) => number;

/** A 3 KB posting: a labelled one, with the parts of two others appended (whole lines). */
export function benchPosting(bytes = 3000): string {
  const dir = join(repoRoot, 'test/gold/postings');
  const a = readFileSync(join(dir, 'data-scientist-ml.txt'), 'utf8');
  const more = ['data-engineer.txt', 'software-backend-go.txt'].flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(8));
  let out = a.trimEnd() + '\n\n';
  for (const line of more) {
    if (Buffer.byteLength(out + line + '\n') > bytes) break;
    out += line + '\n';
  }
  return out;
}

export function jobMatchBench(report: Report, timeMedian: TimeMedian): void {
  const today = { year: 2026, month: 11, day: 22 };
  const text = benchResume('markdown', 5000);
  const posting = benchPosting();
  const resume = parse(text, 'resume.md')!;
  const matcher = new JobMatcher();
  const m = matcher.match(resume, text, posting, today);
  const size = `${Math.round(Buffer.byteLength(text) / 1024)} KB résumé, ${Math.round(Buffer.byteLength(posting) / 1024)} KB posting, ${m.terms.length} terms`;
  // What the editor does on a keystroke in the résumé: the posting is read, the résumé parsed by the lint.
  report('job match, 5 KB résumé vs 3 KB posting, warm, median', timeMedian(() => matcher.match(resume, text, posting, today)), 'ms', 1, size);
  // Typing in the résumé: a new text each run (parse included), the same posting.
  const lines = text.split('\n');
  const bullets = lines.flatMap((l, i) => (/^\s*[-*] /.test(l) ? [i] : []));
  let t = 0;
  const typed = (): string => {
    const ls = lines.slice();
    const k = bullets[t % bullets.length];
    ls[k] = `${ls[k]} with Kafka ${t++}`;
    return ls.join('\n');
  };
  report('job match, one résumé bullet edited per run (parse + match), median', timeMedian((s: string) => matcher.match(parse(s, 'resume.md')!, s, posting, today), 400, 400, typed), 'ms');
  // Typing in the posting: every run reads a posting never seen before.
  let p = 0;
  const fresh = (): string => posting.replace('Data Scientist', `Data Scientist ${p++}`);
  report('job match, a posting never seen before (read + match), median', timeMedian((s: string) => matcher.match(resume, text, s, today), 200, 400, fresh), 'ms');
}
