// The job match in a real VS Code (code-server in Debian's Chromium, as editor.e2e.test.ts): a
// résumé paired with a posting through "Résumé Studio: Compare with Job Description…", then the
// summary diagnostic in the Problems panel, the preview's Job match part (a click on a term jumps
// to where the résumé uses it), and the posting's missing terms first in completions.
// Run with `npm run test:e2e` (it installs the packaged .vsix into RESUME_STUDIO_E2E_EXTENSIONS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { repoRoot } from '../util/paths';
import { abortWaitsWhen, startCodeServer, waitUntil, type CodeServer } from './code-server';
import { STEP_MS, filterProblems, findWebviewFrame, goToLineEnd, openFromExplorer, openWorkbench, runCommand, showProblems, waitForProblem } from './workbench';

const CHROMIUM = process.env.RESUME_STUDIO_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Its own folder: editor.e2e.test.ts clears test-artifacts/e2e when it starts. */
const artifacts = join(process.env.RESUME_STUDIO_E2E_ARTIFACTS ?? join(repoRoot, 'test-artifacts/e2e'), '..', 'e2e-job-match');
const FIXTURES = join(repoRoot, 'test/fixtures/job-match');

test('job match in code-server: pair a posting, summary diagnostic, preview part with jump-to-term, missing terms first in completions', { timeout: 600_000 }, async (t) => {
  const extensionsDir = process.env.RESUME_STUDIO_E2E_EXTENSIONS;
  assert.ok(extensionsDir && existsSync(extensionsDir), 'RESUME_STUDIO_E2E_EXTENSIONS must name an extensions dir with resume-studio installed: run `npm run test:e2e`.');
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`npm run setup:e2e\` (installs Debian's chromium).`);

  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'resume-e2e-job-'));
  const home = join(tmp, 'home');
  const folder = join(tmp, 'workspace');
  mkdirSync(join(folder, 'postings'), { recursive: true });
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  mkdirSync(home, { recursive: true });
  copyFileSync(join(FIXTURES, 'resume.md'), join(folder, 'resume.md'));
  copyFileSync(join(FIXTURES, 'posting.md'), join(folder, 'postings', 'orbital.md'));
  writeFileSync(join(folder, '.vscode/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.acceptSuggestionOnCommitCharacter': false,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
  }, null, 2));
  const resumeLines = readFileSync(join(folder, 'resume.md'), 'utf8').split('\n');
  const k8sLine = resumeLines.findIndex((l) => l.includes('K8s')) + 1;

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const consoleLines: string[] = [];
  let shot = 0;
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    try {
      const v = await fn();
      await page?.screenshot({ path: join(artifacts, `${String(++shot).padStart(2, '0')}-${name}.png`) }).catch(() => undefined);
      return v;
    } catch (err) {
      await page?.screenshot({ path: join(artifacts, `${String(++shot).padStart(2, '0')}-FAILED-${name}.png`) }).catch(() => undefined);
      throw new Error(`e2e step "${name}" failed: ${(err as Error).message}`, { cause: err });
    }
  };

  try {
    server = await step('start-code-server', () => startCodeServer({ workspace: folder, userDataDir: join(tmp, 'data'), extensionsDir, home, logFile: join(artifacts, 'code-server.log') }));
    browser = await step('launch-chromium', () => chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }));
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('console', (m) => { if (m.type() === 'error') consoleLines.push(`[console] ${m.text()}`); });
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const p = page;
    const srv = server;
    abortWaitsWhen(() => {
      const failed = consoleLines.find((l) => /Activating extension 'resume-studio\.resume-studio' failed/.test(l));
      if (failed) return `the extension failed to activate: ${failed}`;
      if (/\[code-server exited/.test(srv.log())) return 'code-server exited (its log is below)';
      return undefined;
    });

    await step('workbench', () => openWorkbench(p, srv.url, folder));
    // The posting open in an editor is offered by the command; the résumé is the active editor.
    await step('open-posting', async () => {
      const postings = p.locator('.explorer-folders-view .monaco-list-row', { hasText: 'postings' }).first();
      await postings.waitFor({ timeout: STEP_MS });
      await postings.click();
      await openFromExplorer(p, 'orbital.md');
    });
    await step('open-resume', () => openFromExplorer(p, 'resume.md'));

    await step('compare-command', async () => {
      await runCommand(p, 'Résumé Studio: Compare with Job Description…', true);
      const row = p.locator('.quick-input-list .monaco-list-row', { hasText: 'orbital.md' }).first();
      await row.waitFor({ timeout: STEP_MS });
      await row.click();
      await p.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_MS });
    });

    const summary = await step('problems-job-match', async () => {
      await showProblems(p);
      await filterProblems(p, 'Job match');
      return waitForProblem(p, 'the job-match summary', (row) => /Job match with postings\/orbital\.md: \d+% of the posting's weighted terms/.test(row));
    });
    t.diagnostic(`Problems row: ${summary}`);
    assert.match(summary, /Missing: .*\(required\)/, 'the summary names the missing required terms');

    const preview = await step('preview-job-match', async () => {
      await runCommand(p, 'Résumé Studio: Open Preview to the Side');
      return waitUntil('a webview frame with the Job match part', async () => {
        const f = await findWebviewFrame(p, 'Job match');
        return f && (await f.locator('.rs-job-match meter.rs-jm-bar').count()) > 0 ? f : undefined;
      }, STEP_MS);
    });
    const part = await jobMatchPart(preview);
    t.diagnostic(`Job match part: ${part.figure}; missing ${part.missing.join(', ')}`);
    assert.ok(part.missing.includes('Go'), `"Go" is listed as missing; the part lists ${part.missing.join(', ')}`);
    assert.ok(!part.missing.includes('Kubernetes') && part.matched.includes('Kubernetes'), 'Kubernetes (written "K8s") is matched, not missing');

    await step('click-term-jumps', async () => {
      await preview.locator('.rs-jm-use', { hasText: 'Kubernetes' }).first().click();
      // The editor's cursor goes to the line that uses it, with the word selected.
      await waitUntil(`the editor to select "K8s" on line ${k8sLine}`, async () => {
        const status = await p.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
        return status.includes(`Ln ${k8sLine},`) && /\(3 selected\)/.test(status) ? status : undefined;
      }, STEP_MS);
    });

    const first = await step('completion-missing-first', async () => {
      await goToLineEnd(p, k8sLine);
      await p.keyboard.press('Enter');
      await p.keyboard.type('- Shipped ');
      await p.keyboard.press('Control+Space');
      const rows = p.locator('.editor-widget.suggest-widget .monaco-list-row');
      await rows.first().waitFor({ timeout: STEP_MS });
      return waitUntil('the first completion to be a missing term of the posting', async () => {
        const label = await rows.first().getAttribute('aria-label').catch(() => null);
        const text = await rows.first().innerText().catch(() => '');
        return /job: (required|responsibility|nice to have|job title)/.test(`${label ?? ''} ${text}`) ? text.replace(/\s+/g, ' ') : undefined;
      }, STEP_MS);
    });
    t.diagnostic(`First completion: ${first}`);
    assert.ok(part.missing.some((m) => first.startsWith(m)), `the first completion (${first}) is one of the missing terms`);
    await p.keyboard.press('Escape');
  } catch (err) {
    console.error(`\n--- code-server log ---\n${server?.log() ?? '(not started)'}\n--- browser console errors ---\n${consoleLines.join('\n') || '(none)'}\n--- screenshots in ${artifacts} ---`);
    throw err;
  } finally {
    abortWaitsWhen(undefined);
    writeFileSync(join(artifacts, 'browser-console.log'), consoleLines.join('\n'));
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
});

async function jobMatchPart(frame: Frame): Promise<{ figure: string; missing: string[]; matched: string[] }> {
  return frame.evaluate(() => ({
    figure: document.querySelector('.rs-jm-figure')?.textContent ?? '',
    missing: Array.from(document.querySelectorAll('.rs-jm-missing .rs-jm-term')).map((li) => (li.firstChild?.textContent ?? '').trim()),
    matched: Array.from(document.querySelectorAll('.rs-jm-matched .rs-jm-use')).map((b) => (b.textContent ?? '').trim()),
  }));
}
