// `npm run fuzz`: the engine half (default 1,000,000 inputs) and the server half (default 10,000
// edits with a request each). Prints counts, throughput and the slowest inputs; exits 1 on any failure.
import { fuzzEngine } from './fuzz';
import { fuzzServer } from './fuzz-server';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

async function main(): Promise<number> {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const engineCount = arg('--engine', 1_000_000);
  const serverCount = arg('--server', 10_000);
  const seed = arg('--seed', 1);
  console.log(`fuzz: ${engineCount} engine inputs, ${serverCount} server edits, seed ${seed}`);
  // --keep 18063,27255: write those inputs to out/fuzz/ to replay them (the numbers the report prints).
  const keepAt = process.argv.indexOf('--keep');
  const numbers = new Set(keepAt >= 0 ? process.argv[keepAt + 1].split(',').map(Number) : []);
  const save = (i: number, doc: { text: string; file: string }) => {
    const out = join(repoRoot, 'out/fuzz', `input-${seed}-${i}-${doc.file}`);
    writeFileSync(out, doc.text);
    console.log(`kept input #${i}: ${out}`);
  };
  // --only 18063,27255: make every input up to the last listed, but lint only those (a replay in seconds).
  const onlyAt = process.argv.indexOf('--only');
  if (onlyAt >= 0) for (const n of process.argv[onlyAt + 1].split(',').map(Number)) numbers.add(n);
  const e = fuzzEngine(repoRoot, onlyAt >= 0 ? Math.max(...numbers) + 1 : engineCount, seed, (s) => console.log(s), { numbers, save, only: onlyAt >= 0 });
  console.log(`engine: ${e.inputs} inputs (${e.generated} generated, ${e.mutated} mutated), ${e.rendered} rendered, ${(e.ms / 1000).toFixed(0)} s CPU, ${((e.inputs / e.ms) * 1000).toFixed(0)} inputs/s`);
  console.log('slowest engine inputs (CPU ms of one parse + lint in the run; then the fastest of three re-runs, each with a new linter):');
  for (const s of e.slowest) console.log(`  ${s.ms.toFixed(1).padStart(7)} ms  (again ${(s.again ?? NaN).toFixed(1).padStart(6)} ms)  ${String(s.chars).padStart(6)} chars  ${s.what}`);
  const s = serverCount > 0 ? await fuzzServer(serverCount, seed) : { edits: 0, requests: 0, failures: [], ms: 0 };
  console.log(`server: ${s.edits} edits, ${s.requests} requests answered, ${(s.ms / 1000).toFixed(0)} s`);
  const failures = [...e.failures, ...s.failures];
  for (const f of failures.slice(0, 50)) console.log(`FAIL ${f}`);
  console.log(failures.length ? `fuzz: ${failures.length} failures` : 'fuzz: no failures');
  return failures.length ? 1 : 0;
}

void main().then((code) => (process.exitCode = code));
