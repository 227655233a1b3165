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
}

/** Prints a standalone HTML document (from renderResume(..., {standalone: true}).html) to `outFile`. */
export async function exportPdf(html: string, outFile: string, opts: PdfOptions = {}): Promise<void> {
  const found = findChrome(opts.chromePath);
  if (!found.path) throw new Error(found.message);
  const dir = mkdtempSync(join(tmpdir(), 'resume-studio-pdf-'));
  try {
    const input = join(dir, 'resume.html');
    writeFileSync(input, html, 'utf8');
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-sandbox',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A private profile so a running browser of the user's is neither reused nor touched.
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      '--print-to-pdf-no-header',
      `--print-to-pdf=${outFile}`,
      pathToFileURL(input).href,
    ];
    if (existsSync(outFile)) rmSync(outFile); // the caller asked before overwriting; a stale file must not pass as success
    await new Promise<void>((resolve, reject) => {
      execFile(found.path!, args, { timeout: opts.timeoutMs ?? 60_000, windowsHide: true }, (err, _stdout, stderr) => {
        if (existsSync(outFile) && statSync(outFile).size > 0) return resolve();
        const why = err ? (err.killed ? 'it did not finish in time' : err.message) : 'it wrote no file';
        reject(new Error(`PDF export with ${found.path} failed: ${why}. ${String(stderr).split('\n').slice(-3).join(' ').trim()} Check that the browser starts on its own, or export to HTML and print that.`));
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
