#!/usr/bin/env node
// Writes the npm tarball (resume-studio-<version>.tgz) that `npm install -g` turns into the
// `resume-studio` command: the CLI and the stdio language server for any LSP editor. Everything is
// bundled into dist/ already, so the package has no dependencies and installs with no network.
// The package gets its own small manifest (no VS Code contributions, no devDependencies).
// Usage: node scripts/pack-npm.mjs [--out DIR]   (after node scripts/build.mjs; prints the path)
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/**
 * dist/ files the command needs: the CLI (which also runs the server), the server's loader and
 * bundle and its data; no client, source maps or the V8 code caches a local server wrote (they fit
 * only this machine's Node; an installed server writes its own).
 */
function wanted(name) {
  return !name.endsWith('.map') && name !== 'client.js' && !name.endsWith('.cache') && !name.endsWith('.tmp');
}

/** Packs into `outDir`; returns the tarball's path. Throws with what to do when a build output is missing. */
export function packNpm(outDir = root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const f of ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/server-main.js', 'dist/yaml-lib.js', 'dist/markdown-lib.js']) {
    if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run \`node scripts/build.mjs\` (or \`npm start\`) first.`);
  }
  // The API's type declarations, which package.json's "exports" promises TypeScript users
  // (written afresh: they follow the source as the bundles do).
  {
    const t = spawnSync(process.execPath, [join(root, 'scripts/api-types.mjs')], { stdio: 'inherit' });
    if (t.status !== 0) throw new Error('the API type declarations could not be written (see above): run `node scripts/api-types.mjs` to see why.');
  }
  const stage = join(root, 'out/npm-package');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(join(stage, 'dist'), { recursive: true });
  for (const name of readdirSync(join(root, 'dist'))) {
    if (wanted(name)) cpSync(join(root, 'dist', name), join(stage, 'dist', name), { recursive: true });
  }
  for (const f of ['README.md', 'LICENSE']) if (existsSync(join(root, f))) copyFileSync(join(root, f), join(stage, f));
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    repository: pkg.repository,
    keywords: pkg.keywords,
    bin: { 'resume-studio': 'dist/cli.js' },
    // The Node API (resume-studio/api) and package.json; "." is the VS Code client, not shipped here.
    ...(pkg.exports ? { exports: Object.fromEntries(Object.entries(pkg.exports).filter(([k, v]) => k !== '.' && !JSON.stringify(v).includes('client.js'))) } : {}),
    engines: { node: '>=20' },
    files: ['dist', 'README.md', 'LICENSE'],
  };
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync('npm', ['pack', '--pack-destination', resolve(outDir), '--json', '--offline', '--ignore-scripts'], { cwd: stage, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm pack failed (exit ${r.status ?? r.error?.message}):\n${r.stderr}`);
  const [info] = JSON.parse(r.stdout);
  return join(resolve(outDir), info.filename);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--out');
  try {
    console.log(packNpm(i > 0 ? resolve(process.argv[i + 1]) : root));
  } catch (e) {
    console.error(`[pack-npm] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
