#!/usr/bin/env node
// `npm run test:e2e`: the real-editor test. Sets up code-server and Chromium (once), packages
// resume-studio.vsix when it is missing or older than its sources, installs it into a fresh
// extensions dir, then builds and runs test/e2e/editor.e2e.test.ts against it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, node24, codeServerEntry } from './setup-code-server.mjs';

const root = new URL('..', import.meta.url).pathname;
/** RESUME_STUDIO_E2E_VSIX tests a given package as it is (e.g. one built elsewhere), skipping packaging. */
const givenVsix = process.env.RESUME_STUDIO_E2E_VSIX;
const vsix = givenVsix ?? join(root, 'resume-studio.vsix');

function log(msg) { console.log(`[e2e] ${msg}`); }

function run(title, cmd, args, opts = {}) {
  log(title);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error || r.status !== 0) {
    throw new Error(`${title} failed (exit ${r.status ?? r.signal ?? r.error?.message}); see the output above.`);
  }
}

/** Newest modification time of a file or of any file below a folder (0 when absent). */
function newest(p) {
  let st;
  try { st = statSync(p); } catch { return 0; }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(p, name)));
  }
  return max;
}

/** Everything that ends up in the .vsix, or is bundled into it. */
const VSIX_INPUTS = ['package.json', '.vscodeignore', 'README.md', 'LICENSE', 'CHANGELOG.md',
  'client/src', 'server/src', 'dist/client.js', 'dist/server.js', 'snippets', 'media', 'schemas', 'images', 'scripts/build.mjs'];

function ensureVsix() {
  const built = existsSync(vsix) ? statSync(vsix).mtimeMs : 0;
  const sources = Math.max(...VSIX_INPUTS.map((p) => newest(join(root, p))));
  if (built > sources) { log('resume-studio.vsix is up to date'); return; }
  log(existsSync(vsix) ? 'resume-studio.vsix is older than its sources: rebuilding' : 'resume-studio.vsix is missing: building');
  // vsce packages dist/ as it is (no prepublish script), so build the bundles first.
  run('Build bundles', process.execPath, [join(root, 'scripts/build.mjs')]);
  // The package script is `vsce package --no-dependencies --out resume-studio.vsix`; going through
  // it keeps one packaging command for npm start, CI and this test.
  run('Package resume-studio.vsix (npm run package)', 'npm', ['run', '--silent', 'package']);
}

/** SPEC §9: the .vsix is at most 2 MB. Checked on the package the editor installs, so a bundle or
 *  data file that grows past it fails here rather than only in the bench's table. */
const VSIX_BUDGET_KB = 2048;
function checkVsixBudget(path) {
  const kb = statSync(path).size / 1024;
  if (kb > VSIX_BUDGET_KB) {
    throw new Error(`${path} is ${kb.toFixed(0)} KB, over SPEC §9's ${VSIX_BUDGET_KB} KB: see what .vscodeignore lets in and which bundle or data file grew (npm run bench lists the sizes).`);
  }
  log(`resume-studio.vsix: ${kb.toFixed(0)} KB (budget ${VSIX_BUDGET_KB} KB)`);
}

let extensionsDir;
let status = 1;
try {
  setup();
  if (givenVsix) {
    if (!existsSync(givenVsix)) throw new Error(`RESUME_STUDIO_E2E_VSIX names ${givenVsix}, which does not exist.`);
    log(`Testing ${givenVsix} as given (RESUME_STUDIO_E2E_VSIX)`);
  } else {
    ensureVsix();
  }
  checkVsixBudget(vsix);
  extensionsDir = mkdtempSync(join(tmpdir(), 'resume-e2e-exts-'));
  const home = mkdtempSync(join(tmpdir(), 'resume-e2e-home-'));
  try {
    run(`Install resume-studio.vsix into ${extensionsDir}`, node24,
      [codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', join(home, 'data'), '--install-extension', vsix, '--force'],
      { env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share') } });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  run('Build the e2e test', process.execPath, [join(root, 'scripts/build.mjs'), '--tests', '--e2e', '--tests-only', '--out=out/e2e', 'e2e']);
  log('Run the e2e test (screenshots and logs go to test-artifacts/e2e/)');
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'out/e2e'], {
    cwd: root, stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, RESUME_STUDIO_E2E_EXTENSIONS: extensionsDir },
  });
  status = r.status ?? 1;
  if (status !== 0) console.error('[e2e] The e2e test failed: see the step, code-server log and screenshots above (test-artifacts/e2e/).');
} catch (err) {
  console.error(`[e2e] ${err instanceof Error ? err.message : String(err)}`);
} finally {
  if (extensionsDir) rmSync(extensionsDir, { recursive: true, force: true });
}
process.exit(status);
