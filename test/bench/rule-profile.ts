// `node out/bench/rule-profile.js [markdown|text|yaml] [--varied | --typing] [--parse-only]`: where one lint's time goes,
// per rule, so optimisation work targets the biggest share. A developer tool, not a budget check.
import { performance } from 'node:perf_hooks';
import { parse } from '../../server/src/engine/index';
import { rules } from '../../server/src/engine/rules/index';
import { LintAnalysis } from '../../server/src/engine/analysis';
import { applyDirectives } from '../../server/src/engine/directives';
import { pieceCacheFor } from '../../server/src/engine/cache/piece-cache';
import { benchResume } from './corpus-text';

const shape = (process.argv.find((a) => ['markdown', 'text', 'yaml'].includes(a)) ?? 'markdown') as 'markdown' | 'text' | 'yaml';
const varied = process.argv.includes('--varied');
const parseOnly = process.argv.includes('--parse-only');
// --typing: each run has one bullet changed from the base text, never a text seen before (as the bench's typing row).
const typing = process.argv.includes('--typing');
const name = shape === 'markdown' ? 'resume.md' : shape === 'text' ? 'resume.txt' : 'resume.yaml';
const texts = Array.from({ length: varied ? 400 : 1 }, (_, i) => benchResume(shape, 5000, varied ? 1000 + i : undefined, varied));
const baseLines = texts[0].split('\n');
const bulletLines = baseLines.flatMap((l, i) => (/^\s*[-*•] /.test(l) ? [i] : []));
function typed(i: number): string {
  const ls = baseLines.slice();
  const k = bulletLines[i % bulletLines.length];
  ls[k] = `${ls[k]} in the pilot phase ${i}`;
  return ls.join('\n');
}
const today = { year: 2026, month: 11, day: 22 };
const totals = new Map<string, number>();
const add = (k: string, v: number) => totals.set(k, (totals.get(k) ?? 0) + v);
let runs = 0;
const until = performance.now() + 6000;
for (let i = 0; performance.now() < until; i++) {
  const text = typing ? typed(i) : process.argv.includes('--copy') ? baseLines.join('\n') : texts[i % texts.length];
  let t = performance.now();
  const resume = parse(text, name)!;
  let t2 = performance.now();
  add('(parse)', t2 - t);
  runs++;
  if (parseOnly) continue;
  runs--;
  const analysis = new LintAnalysis(resume, text);
  const findings: unknown[] = [];
  for (const rule of rules) {
    t = performance.now();
    const options: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(rule.options)) options[k] = (s as { default: unknown }).default;
    rule.check({ resume, text, options, severity: rule.defaultSeverity === 'off' ? 'info' : rule.defaultSeverity, today, analysis, pieceCache: pieceCacheFor(rule.id, '2026-11-22'), report: (r: unknown) => findings.push(r) } as never);
    t2 = performance.now();
    add(rule.id, t2 - t);
  }
  t = performance.now();
  applyDirectives(resume.format, text, findings as never);
  add('(directives)', performance.now() - t);
  runs++;
}
// Skip the first second's share? Simpler: report means over all runs (warm-up included is small at 6 s).
const rows = [...totals].map(([k, v]) => [k, v / runs] as const).sort((a, b) => b[1] - a[1]);
const sum = rows.reduce((s, r) => s + r[1], 0);
console.log(`${shape}${varied ? ' (varied)' : ''}: ${runs} runs, mean total ${sum.toFixed(3)} ms`);
for (const [k, v] of rows) console.log(`${k.padEnd(24)} ${v.toFixed(4)} ms  ${((100 * v) / sum).toFixed(1)}%`);
for (const rule of rules) {
  const c = pieceCacheFor(rule.id, '2026-11-22');
  if (c.hits + c.misses) console.log(`piece cache ${rule.id.padEnd(17)} hits ${c.hits} misses ${c.misses}`);
}
