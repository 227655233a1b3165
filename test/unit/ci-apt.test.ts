// .ci/run installs Debian packages through scripts/apt-ensure.sh: only the missing ones, never
// upgrading what is installed, and no apt-get at all when nothing is missing. Run here against
// stand-ins for dpkg-query, apt-get and id on PATH that record what they were asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

const script = join(repoRoot, 'scripts/apt-ensure.sh');

/** Runs apt-ensure.sh with `installed` reported as installed; returns the apt-get calls it made. */
function ensure(installed: string[], wanted: string[]): { calls: string[]; code: number | null; stdout: string } {
  const bin = mkdtempSync(join(tmpdir(), 'rs-apt-'));
  try {
    const log = join(bin, 'calls.log');
    const stub = (name: string, body: string) => {
      writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    };
    // dpkg-query -W -f='${Status}' PKG: "install ok installed" for the installed ones, else exit 1.
    stub('dpkg-query', `pkg="\${@: -1}"; case " ${installed.join(' ')} " in *" $pkg "*) printf 'install ok installed';; *) echo "no packages found matching $pkg" >&2; exit 1;; esac`);
    stub('apt-get', `echo "apt-get $*" >> '${log}'`);
    stub('id', 'echo 0'); // root, so no sudo
    const r = spawnSync('bash', [script, ...wanted], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
    return { calls, code: r.status, stdout: r.stdout + r.stderr };
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

test('apt-ensure: nothing missing, apt-get is not run at all', () => {
  const r = ensure(['chromium', 'neovim'], ['chromium', 'neovim']);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(r.calls, []);
});

test('apt-ensure: installs only the missing packages, with --no-upgrade and no upgrade command', () => {
  const r = ensure(['chromium', 'libkrb5-dev'], ['chromium', 'libkrb5-dev', 'neovim', 'emacs-nox']);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(r.calls, ['apt-get update', 'apt-get install -y --no-install-recommends --no-upgrade neovim emacs-nox']);
  assert.ok(!r.calls.some((c) => /\b(upgrade|dist-upgrade|full-upgrade)\b/.test(c.replace('--no-upgrade', ''))), r.calls.join('\n'));
});

test('.ci/run and the e2e setup install Debian packages only this way', () => {
  const ci = readFileSync(join(repoRoot, '.ci/run'), 'utf8');
  const line = ci.split('\n').find((l) => l.includes('scripts/apt-ensure.sh') && !l.trim().startsWith('#'));
  assert.ok(line, '.ci/run calls scripts/apt-ensure.sh');
  for (const pkg of ['chromium', 'libkrb5-dev', 'neovim', 'emacs-nox', 'elpa-eglot']) assert.ok(line.split(/\s+/).includes(pkg), `.ci/run ensures ${pkg}`);
  const code = ci.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n');
  assert.doesNotMatch(code, /apt-get/, '.ci/run runs no apt-get of its own');
  const setup = readFileSync(join(repoRoot, 'scripts/setup-code-server.mjs'), 'utf8');
  for (const m of setup.matchAll(/'install', '-y'[^\]]*\]/g)) assert.match(m[0], /'--no-upgrade'/, m[0]);
});
