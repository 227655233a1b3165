// PDF export through a locally installed Chrome, Chromium or Edge in headless mode: nothing is
// downloaded and the résumé never leaves the machine. Used by the extension and by the CLI.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where browsers usually live, per platform, most likely first. */
function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    const rel = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((r) => rel.map((p) => join(r, p)));
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((a) => `/Applications/${a}`), ...(env['HOME'] ? apps.map((a) => join(env['HOME']!, 'Applications', a)) : [])];
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  const dirs = (env['PATH'] ?? '/usr/bin:/usr/local/bin').split(':').filter(Boolean);
  return [...dirs.flatMap((d) => names.map((n) => join(d, n))), '/snap/bin/chromium'];
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export interface FindChromeResult {
  path?: string;
  /** When `path` is missing: what is wrong and what to do. */
  message?: string;
}

/**
 * The browser to print with: the one named (setting `resumeStudio.export.chromePath` or `--chrome`),
 * else $CHROME_PATH, else the first one found in the usual places.
 */
export function findChrome(explicit?: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): FindChromeResult {
  if (explicit && explicit.trim()) {
    const p = explicit.trim();
    if (isFile(p)) return { path: p };
    return { message: `The browser named in resumeStudio.export.chromePath ("${p}") does not exist. Correct the path to a Chrome, Chromium or Edge executable, or clear the setting to search the usual places.` };
  }
  if (env['CHROME_PATH'] && isFile(env['CHROME_PATH'])) return { path: env['CHROME_PATH'] };
  for (const c of candidates(platform, env)) if (isFile(c)) return { path: c };
  return {
    message:
      'No Chrome, Chromium or Edge was found on this machine, and PDF export prints through one of them. Install one (e.g. "apt-get install chromium"), or set resumeStudio.export.chromePath (CLI: --chrome PATH) to its executable. Export to HTML works without a browser.',
  };
}

export interface PdfOptions {
  chromePath?: string;
  /** Give up after this long (a hung browser must not hang the editor). */
  timeoutMs?: number;
  /**
   * Where the browser's network traffic is sent: a closed local port by default, so every
   * connection is refused. Tests pass a local recording proxy to prove none is attempted.
   */
  proxyServer?: string;
}

/** A local port nothing listens on (the discard port): a connection to it is refused at once. */
export const DEAD_PROXY = 'http://127.0.0.1:9';

/**
 * The browser's command line for printing `url` to `outFile` with no network access at all
 * (SPEC §10): every background service Chromium has is turned off (update, sync, metrics,
 * safe browsing, translate, hints, field trials, crash upload, pings), no host name resolves,
 * and whatever still tries to connect (loopback included) goes to `proxy`, a dead local port,
 * so only the local file is ever read. Without these, Chromium contacts Google's account,
 * update and component services on every export (issue 13).
 */
export function chromiumArgs(url: string, outFile: string, profileDir: string, proxy = DEAD_PROXY): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--no-sandbox',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-component-extensions-with-background-pages',
    '--disable-default-apps',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--disable-field-trial-config',
    '--metrics-recording-only',
    '--no-pings',
    '--no-service-autorun',
    '--safebrowsing-disable-auto-update',
    '--disable-quic',
    '--password-store=basic',
    '--use-mock-keychain',
    '--disable-features=OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,DialMediaRouteProvider,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,InterestFeedContentSuggestions,DnsOverHttps,AsyncDns,PrivacySandboxSettings4,FedCm,PushMessaging,SafeBrowsingEnhancedProtection',
    // Nothing resolves, and anything that connects anyway meets a closed port (loopback too:
    // "<-loopback>" takes away the proxy's usual exception for local addresses).
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--proxy-server=${proxy}`,
    '--proxy-bypass-list=<-loopback>',
    // A private profile so a running browser of the user's is neither reused nor touched.
    `--user-data-dir=${profileDir}`,
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    `--print-to-pdf=${outFile}`,
    url,
  ];
}

/**
 * The browser's environment: no Google API keys (Chromium then has no account or cloud services
 * to call), and no proxy settings of the user's that could override ours.
 */
export function chromiumEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!/^(?:https?|all|no)_proxy$/i.test(k)) out[k] = v;
  return { ...out, GOOGLE_API_KEY: 'no', GOOGLE_DEFAULT_CLIENT_ID: 'no', GOOGLE_DEFAULT_CLIENT_SECRET: 'no' };
}

/** Prints a standalone HTML document (from renderResume(..., {standalone: true}).html) to `outFile`. */
export async function exportPdf(html: string, outFile: string, opts: PdfOptions = {}): Promise<void> {
  const found = findChrome(opts.chromePath);
  if (!found.path) throw new Error(found.message);
  const dir = mkdtempSync(join(tmpdir(), 'resume-studio-pdf-'));
  try {
    const input = join(dir, 'resume.html');
    writeFileSync(input, html, 'utf8');
    const args = chromiumArgs(pathToFileURL(input).href, outFile, join(dir, 'profile'), opts.proxyServer);
    if (existsSync(outFile)) rmSync(outFile); // the caller asked before overwriting; a stale file must not pass as success
    await new Promise<void>((resolve, reject) => {
      execFile(found.path!, args, { timeout: opts.timeoutMs ?? 60_000, windowsHide: true, env: chromiumEnv() }, (err, _stdout, stderr) => {
        if (existsSync(outFile) && statSync(outFile).size > 0) return resolve();
        const why = err ? (err.killed ? 'it did not finish in time' : err.message) : 'it wrote no file';
        reject(new Error(`PDF export with ${found.path} failed: ${why}. ${String(stderr).split('\n').slice(-3).join(' ').trim()} Check that the browser starts on its own, or export to HTML and print that.`));
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
