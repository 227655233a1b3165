// `node out/bench/hostile-profile.js [NAME...] [--top=8] [--kb=200] [--runs=3] [--big]`: the bench's
// hostile-shapes row for one shape at a time, as a loop for a profiler (node --cpu-prof). With names
// (substrings of adversarialShapes' names), each matching shape: parse + lint at --kb on a new linter,
// CPU ms per 100 KB, fastest of --runs. Without, every shape once and the --top slowest re-run as the
// bench does. --big: the bench's "500 KB of distinct text" row too. --rules (with names): parse and
// each rule's share, fastest of --runs (and of --reps=N runs of the rules on each model), each run in a new engine state. A developer tool, not a budget check.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter } from '../../server/src/engine/linter';
import { registerDictionary } from '../../server/src/dictionary';
import { repoRoot } from '../util/paths';
import { threadCpuMs } from '../util/clock';
import { adversarialShapes, type Shape } from '../util/adversarial';
import { benchResume } from './corpus-text';
import { parse } from '../../server/src/engine/index';
import { rules } from '../../server/src/engine/rules/index';
import { LintAnalysis } from '../../server/src/engine/analysis';
import { applyDirectives } from '../../server/src/engine/directives';
import { pieceCacheFor } from '../../server/src/engine/cache/piece-cache';
import { EngineState, withState } from '../../server/src/engine/cache/state';
import type { Finding } from '../../server/src/engine/rule';
import { realSentences, splicedResume } from './spelling-bench';

registerDictionary(join(repoRoot, 'dist'));
const arg = (k: string, d: number): number => Number((process.argv.find((a) => a.startsWith(`--${k}=`)) ?? `=${d}`).split('=')[1]);
const kb = arg('kb', 200);
const runs = arg('runs', 3);
const top = arg('top', 8);
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fixed = { year: 2026, month: 11, day: 22 };

const all = adversarialShapes();
const shapes = names.length ? all.filter((s) => names.some((n) => s.name.includes(n))) : all;
for (const s of shapes) new Linter({ today: fixed }).lint(s.make(5000), s.file);
const once = (s: Shape, r: number): number => {
  const text = s.make(kb * 1024 + 7 * r);
  const linter = new Linter({ today: fixed });
  // (The bench's budgeted clock: the main thread's CPU time.)
  const a = threadCpuMs();
  linter.lint(text, s.file);
  return (threadCpuMs() - a) / (text.length / 102400);
};
// --alloc (run with node --min-semi-space-size=1024 --max-semi-space-size=1024, so no GC runs in a
// lint): MB allocated by one lint of each named shape, a figure a busy machine does not change.
if (names.length && process.argv.includes('--alloc')) {
  for (const s of shapes) {
    const text = s.make(kb * 1024);
    const linter = new Linter({ today: fixed });
    const before = process.memoryUsage().heapUsed;
    linter.lint(text, s.file);
    console.log(`${((process.memoryUsage().heapUsed - before) / 1048576).toFixed(1).padStart(7)} MB  ${s.name}`);
  }
  process.exit(0);
}
const per = shapes.map((s) => ({ s, ms: once(s, 0), runs: 1 }));
per.sort((a, b) => b.ms - a.ms);
for (const p of names.length ? per : per.slice(0, top)) {
  for (let r = 1; r < runs; r++) p.ms = Math.min(p.ms, once(p.s, r));
  p.runs = runs;
}
per.sort((a, b) => b.ms - a.ms);
for (const p of names.length ? per : per.slice(0, top)) console.log(`${p.ms.toFixed(0).padStart(6)}  ${p.s.name}`);
if (!names.length) console.log(`median ${per[Math.floor(per.length / 2)].ms.toFixed(0)} of ${per.length} shapes`);

/** Each rule's findings in the last `shares` call (before directives and the cap). */
const counts = new Map<string, number>();
/** Parse and each rule of one lint of `text`, in ms, in a new engine state (as a new linter). */
function shares(text: string, file: string): Map<string, number> {
  const out = new Map<string, number>();
  let t = performance.now();
  const resume = withState(new EngineState(), () => parse(text, file)!);
  out.set('(parse)', performance.now() - t);
  // --reps=N: the rules N times more on the same model, each time in a new state (as a new linter's).
  for (let rep = 0; rep < arg('reps', 1); rep++) withState(new EngineState(), () => {
    const analysis = new LintAnalysis(resume, text);
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (rule.formats && !rule.formats.includes(resume.format)) continue;
      const options: Record<string, unknown> = {};
      for (const [k, sc] of Object.entries(rule.options)) options[k] = (sc as { default: unknown }).default;
      const before = findings.length;
      t = performance.now();
      rule.check({ resume, text, options, severity: rule.defaultSeverity === 'off' ? 'info' : rule.defaultSeverity, today: fixed, analysis, pieceCache: pieceCacheFor(rule.id, '2026-11-22'), report: (r: Finding) => findings.push(r) } as never);
      out.set(rule.id, Math.min(out.get(rule.id) ?? Infinity, performance.now() - t));
      counts.set(rule.id, findings.length - before);
    }
    t = performance.now();
    applyDirectives(resume.format, text, findings);
    out.set('(directives)', Math.min(out.get('(directives)') ?? Infinity, performance.now() - t));
  });
  return out;
}
if (names.length && process.argv.includes('--rules')) {
  for (const s of shapes) {
    const best = new Map<string, number>();
    for (let r = 0; r < runs; r++) for (const [k, v] of shares(s.make(kb * 1024 + 7 * r), s.file)) best.set(k, Math.min(best.get(k) ?? Infinity, v));
    console.log(`\n${s.name}: ms per lint at ${kb} KB, fastest of ${runs} each`);
    for (const [k, v] of [...best].sort((a, b) => b[1] - a[1])) if (v >= 1) console.log(`${v.toFixed(1).padStart(8)}  ${k}${counts.get(k) ? ` (${counts.get(k)} findings)` : ''}`);
  }
}

if (process.argv.includes('--big')) {
  const sentences = realSentences();
  const big = sentences.length >= 200 ? splicedResume(sentences, 90000, 500000) : benchResume('markdown', 500000, 90000, true);
  const ts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const l = new Linter({ today: fixed });
    const a = performance.now();
    l.lint(big.replace('# Alex Morgan', `# Alex Morgan ${i}`), 'resume.md');
    ts.push(performance.now() - a);
  }
  ts.sort((a, b) => a - b);
  console.log(`${ts[2].toFixed(0).padStart(6)}  cold lint: 500 KB of distinct text, median of 5 (${(big.length / 1024).toFixed(0)} KB)`);
}
