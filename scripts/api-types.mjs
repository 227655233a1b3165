// Writes the Node API's type declarations (dist/types/api.d.ts and what it imports), which
// package.json's "exports" points TypeScript users at. Run by `npm start` and when packing.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist/types`, { recursive: true, force: true });
const r = spawnSync(process.execPath, [
  `${root}node_modules/typescript/bin/tsc`, 'server/src/api.ts',
  '--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types',
  '--target', 'es2022', '--module', 'commonjs', '--moduleResolution', 'node',
  '--resolveJsonModule', '--esModuleInterop', '--skipLibCheck', '--strict',
], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) {
  console.error('api-types: tsc could not write the API declarations (see above).');
  process.exit(r.status || 1);
}
