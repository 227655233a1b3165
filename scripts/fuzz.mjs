// `npm run fuzz`: builds the server (the server half talks to dist/server.js) and the fuzz
// harness (test/fuzz/), then runs it; arguments pass through (--engine N --server N --seed S).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await esbuild.build({
  entryPoints: ['test/fuzz/main.ts'],
  outfile: 'out/fuzz/fuzz.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
  absWorkingDir: root,
});
const run = spawnSync(process.execPath, ['out/fuzz/fuzz.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
