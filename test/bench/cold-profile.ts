// `node out/bench/cold-profile.js [N] [--txt]`: the bench's cold-lint row as a loop for a profiler
// (node --cpu-prof): JIT-warm, then N first lints, each a new linter on a never-seen real 5 KB
// résumé. Prints the median wall time and the mean CPU time per lint. A developer tool, not a
// budget check.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter } from '../../server/src/engine/linter';
import { registerDictionary } from '../../server/src/dictionary';
import { repoRoot } from '../util/paths';
import { realSentences, splicedResume } from './spelling-bench';

registerDictionary(join(repoRoot, 'dist'));
const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 400);
const txt = process.argv.includes('--txt');
const fixed = { year: 2026, month: 11, day: 22 };
const sentences = realSentences();
const asPasted = (md: string) => md.replace(/^# (.*)$/m, '$1').replace(/^## (.*)$/gm, (_, h: string) => h.toUpperCase()).replace(/^### (.*)$/gm, '$1').replace(/^- /gm, '• ');
// As the bench: seeds 7000.. for the measured texts, warm-up on them plus a space.
const texts = Array.from({ length: n }, (_, i) => splicedResume(sentences, 7000 + (i % 400), 5000) + (i >= 400 ? ' '.repeat(1 + Math.floor(i / 400)) : '')).map((t) => (txt ? asPasted(t) : t));
const file = txt ? 'resume.txt' : 'resume.md';
for (let i = 0; i < 60; i++) new Linter({ today: fixed }).lint(texts[i % texts.length] + ' ', file);
const ts: number[] = [];
const cpu0 = process.cpuUsage();
for (const t of texts) {
  const linter = new Linter({ today: fixed });
  const a = performance.now();
  linter.lint(t, file);
  ts.push(performance.now() - a);
}
const cpu = process.cpuUsage(cpu0);
ts.sort((a, b) => a - b);
// (Process CPU time counts the GC's and the compiler's threads too; Linux's per-thread figure moves in 4 ms steps here.)
console.log(`${texts.length} cold lints: wall median ${ts[Math.floor(ts.length / 2)].toFixed(3)} ms, p25 ${ts[Math.floor(ts.length / 4)].toFixed(3)} ms; process CPU ${((cpu.user + cpu.system) / 1000 / texts.length).toFixed(3)} ms per lint`);
