// Where a cold lint's time goes: each rule's share and the rest (parse, directives), as means over
// N first lints (new linter, never-seen text), after a JIT warm-up. A developer tool.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter } from '../../server/src/engine/linter';
import { rules } from '../../server/src/engine/rules/index';
import { registerDictionary } from '../../server/src/dictionary';
import { repoRoot } from '../util/paths';
import { realSentences, splicedResume } from './spelling-bench';

registerDictionary(join(repoRoot, 'dist'));
const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 400);
const fixed = { year: 2026, month: 11, day: 22 };
const sentences = realSentences();
const texts = Array.from({ length: n }, (_, i) => splicedResume(sentences, 7000 + (i % 400), 5000) + ' '.repeat(Math.floor(i / 400)));
for (let i = 0; i < 100; i++) new Linter({ today: fixed }).lint(texts[i % texts.length] + ' ', 'resume.md');
const totals = new Map<string, number>();
let on = false;
for (const r of rules) {
  const check = r.check;
  (r as { check: typeof check }).check = (ctx) => {
    if (!on) return check(ctx);
    const a = performance.now();
    try {
      return check(ctx);
    } finally {
      totals.set(r.id, (totals.get(r.id) ?? 0) + performance.now() - a);
    }
  };
}
on = true;
let all = 0;
for (const t of texts) {
  const linter = new Linter({ today: fixed });
  const a = performance.now();
  linter.lint(t, 'resume.md');
  all += performance.now() - a;
}
const ruleSum = [...totals.values()].reduce((s, v) => s + v, 0);
totals.set('(parse + rest)', all - ruleSum);
console.log(`${n} cold lints: mean ${(all / n).toFixed(3)} ms`);
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${k.padEnd(22)} ${(v / n).toFixed(3)} ms  ${((100 * v) / all).toFixed(1)}%`);
