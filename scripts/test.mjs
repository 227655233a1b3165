// `npm test`: type-check, build, unit + protocol tests (Node's runner), then the real-editor
// suite in code-server (scripts/e2e.mjs installs what it needs on first run).
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const steps = [
  ['Type-check (tsc, strict)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['Build bundles and tests', process.execPath, ['scripts/build.mjs', '--tests']],
  ['Unit and protocol tests', process.execPath, ['--test', '--test-reporter=spec', 'out/test']],
  ['Real-editor tests (code-server + Chromium)', process.execPath, ['scripts/e2e.mjs']],
];
const only = process.argv.includes('--no-e2e') ? steps.slice(0, 3) : steps;
for (const [title, cmd, args] of only) {
  console.log(`\n=== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n=== ${title} failed (exit ${r.status ?? r.error?.message}).`);
    process.exit(r.status || 1);
  }
}
console.log('\n=== All test steps passed.');
