// End to end in a real VS Code (code-server in Debian's Chromium): resume.md stays Markdown and the
// packaged extension still does everything on it: diagnostics in the Problems panel, highlighting
// from the server, no ambiguous-character boxes, completion, hover, outline, the status bar item
// and Ctrl+K V opening the preview, which follows typing and runs no script from the document;
// quick fix and export work; VS Code's own Markdown preview opens beside the diagnostics; a
// YAML résumé and "Treat This File as a Résumé" on another Markdown file work too.
// Run with `npm run test:e2e` (scripts/e2e.mjs sets up code-server and installs the .vsix into
// the extensions dir named by RESUME_STUDIO_E2E_EXTENSIONS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { repoRoot } from '../util/paths';
import { abortWaitsWhen, startCodeServer, waitUntil, type CodeServer } from './code-server';
import { CONTROL_NAME, NOTES_NAME, SCRIPT_TEXT, YAML_NAME, writeWorkspace } from './workspace-fixture';
import {
  STEP_MS, ACTIVE_EDITOR, filterProblems, findWebviewFrame, frameText, goToLineEnd, openFromExplorer, openWorkbench,
  acceptSaveDialog, applyQuickFix, problemRows, runCommand, showProblems, waitForProblem,
  languageMode, unicodeBoxes, tokenStyle, suggestRows, hoverText, outlineRows,
} from './workbench';
import { parse } from '../../server/src/engine/parse/index';
import { highlights } from '../../server/src/engine/editor/highlight';

const CHROMIUM = process.env.RESUME_STUDIO_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Overridable so two people running the test at once do not wipe each other's screenshots. */
const artifacts = process.env.RESUME_STUDIO_E2E_ARTIFACTS ?? join(repoRoot, 'test-artifacts/e2e');
const NEW_BULLET = '- Helped test the release';

/** What the content frame shows of the hostile HTML appended to the résumé. */
interface ScriptProbe {
  pwned: unknown;
  scripts: number;
  handlers: string[];
  jsLinks: number;
  iframes: number;
  text: string;
}

test('Markdown résumé in code-server: stays Markdown; diagnostics, highlighting, completion, hover, outline, status bar, Ctrl+K V preview, live edit, quick fix, export, VS Code\'s Markdown preview beside; YAML résumé; Treat This File as a Résumé', { timeout: 900_000 }, async (t) => {
  const extensionsDir = process.env.RESUME_STUDIO_E2E_EXTENSIONS;
  assert.ok(extensionsDir && existsSync(extensionsDir),
    'RESUME_STUDIO_E2E_EXTENSIONS must name an extensions dir with resume-studio installed: run `npm run test:e2e`.');
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`npm run setup:e2e\` (installs Debian's chromium).`);

  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'resume-e2e-'));
  const home = join(tmp, 'home');
  const folder = join(tmp, 'workspace');
  mkdirSync(home, { recursive: true });
  mkdirSync(folder, { recursive: true });
  const ws = writeWorkspace(folder);
  t.diagnostic(`workspace ${folder} (${ws.usedSample ? 'samples/resume.md' : 'stand-in résumé'}), name "${ws.name}", Helped on line ${ws.helpedLine}`);

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const consoleLines: string[] = [];
  let shot = 0;
  const screenshot = async (step: string) => {
    if (!page) return;
    const file = join(artifacts, `${String(++shot).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
  };
  /** Runs one step; on failure keeps a screenshot named after it and says which step failed. */
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    try {
      const v = await fn();
      await screenshot(name);
      return v;
    } catch (err) {
      await screenshot(`FAILED-${name}`);
      throw new Error(`e2e step "${name}" failed: ${(err as Error).message}`, { cause: err });
    }
  };

  try {
    server = await step('start-code-server', () => startCodeServer({
      workspace: folder, userDataDir: join(tmp, 'data'), extensionsDir, home, logFile: join(artifacts, 'code-server.log'),
    }));
    browser = await step('launch-chromium', () => chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
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

    await step('workbench', () => openWorkbench(p, server!.url, folder));
    await step('open-resume', () => openFromExplorer(p, 'resume.md'));

    // Résumé Studio adds itself to the file's own language instead of taking it over.
    await step('stays-markdown', () => waitUntil('the status bar to name the language Markdown', async () => (await languageMode(p)) === 'Markdown', STEP_MS));

    const first = await step('problems-weak-verb', async () => {
      await showProblems(p);
      // Long résumés have more findings than the panel renders; narrow it to the weak verb.
      await filterProblems(p, 'helped');
      return waitForProblem(p, `a weak-verb finding on "Helped" (line ${ws.helpedLine})`,
        (row) => /helped/i.test(row) && /weak/i.test(row));
    });
    t.diagnostic(`Problems row: ${first}`);

    // The server's semantic tokens reach the editor: the first metric on screen is drawn bold
    // (resumeMetric -> markup.bold) while the words around it are not.
    const resume = parse(ws.text, 'resume.md')!;
    const metric = highlights(resume, ws.text).find((h) => h.kind === 'metric' && ws.text.slice(0, h.span.start).split('\n').length < 30);
    assert.ok(metric, 'the fixture has a metric in its first 30 lines');
    const metricText = ws.text.slice(metric.span.start, metric.span.end);
    await step('semantic-highlighting', async () => {
      const style = await waitUntil(`"${metricText}" drawn as its own bold token`, async () => {
        const st = await tokenStyle(p, metricText);
        return st && Number(st.fontWeight) >= 600 ? st : undefined;
      }, STEP_MS);
      t.diagnostic(`metric "${metricText}": font-weight ${style.fontWeight}, colour ${style.color}`);
    });

    // en dashes in dates: no amber "ambiguous character" boxes in a résumé (configurationDefaults).
    await step('no-ambiguous-boxes', async () => {
      assert.ok(ws.text.split('\n').slice(0, 30).some((l) => l.includes('–')), 'the visible part of the résumé has en dashes');
      assert.equal(await unicodeBoxes(p), 0, 'no ambiguous-character boxes in the Markdown résumé');
    });

    // Hover on the weak opener explains the rule (from the server; Markdown has no hover of its own there).
    const hover = await step('hover', async () => {
      await goToLineEnd(p, ws.helpedLine);
      await p.keyboard.press('Home');
      for (let i = 0; i < 4; i++) await p.keyboard.press('ArrowRight');
      return hoverText(p);
    });
    assert.match(hover, /weak|stronger|hides what you did|open with/i, `the hover explains the weak verb: ${JSON.stringify(hover.slice(0, 300))}`);
    await p.keyboard.press('Escape');

    // Outline: the server's symbols (roles named "Title — Organisation") beside Markdown's headings.
    const role = resume.sections.flatMap((s) => s.entries).find((e) => e.title && e.organisation)!;
    const symbol = `${role.title!.value} — ${role.organisation!.value}`;
    await step('outline', async () => {
      await runCommand(p, 'Explorer: Focus on Outline View');
      await waitUntil(`an Outline row "${symbol}"`, async () => (await outlineRows(p)).find((r) => r.includes(symbol)), STEP_MS)
        .catch(async (err: Error) => { throw new Error(`${err.message}; rows: ${(await outlineRows(p)).join(' | ')}`); });
    });

    // The status bar item shows the figures and opens the preview.
    const preview = await step('status-bar-opens-preview', async () => {
      const item = p.locator('.statusbar-item', { hasText: / words · \d+ bullets? · \d+ with metrics · \d+ pages?/ }).first();
      await item.waitFor({ timeout: STEP_MS });
      t.diagnostic(`status bar: ${(await item.innerText()).trim()}`);
      await item.click();
      return waitUntil(`a webview frame showing "${ws.name}"`, () => findWebviewFrame(p, ws.name), STEP_MS);
    });
    const shown = await frameText(preview);
    assert.ok(shown.replace(/\s+/g, ' ').includes(ws.helpedText),
      `the preview shows the résumé's bullet "${ws.helpedText}"; it shows: ${JSON.stringify(shown.slice(0, 400))}`);

    // Ctrl+K V opens it again once it is closed (on a Markdown file, ours wins over Markdown's own preview key).
    await step('ctrl-k-v-preview', async () => {
      await p.locator(`${ACTIVE_EDITOR} .view-lines`).first().click().catch(() => undefined);
      await openFromExplorer(p, 'resume.md');
      await runCommand(p, 'View: Close Editors in Other Groups');
      await waitUntil('the preview to close', async () => (await findWebviewFrame(p, ws.name)) === undefined, STEP_MS);
      await p.locator(`${ACTIVE_EDITOR} .view-lines`).first().click();
      await p.keyboard.press('Control+K');
      await p.keyboard.press('v');
      const frame = await waitUntil(`Ctrl+K V to open a webview frame showing "${ws.name}"`, () => findWebviewFrame(p, ws.name), STEP_MS);
      assert.ok(await frame.evaluate(() => !!document.querySelector('.rs-resume')), 'Ctrl+K V opened Résumé Studio\'s preview');
    });
    const ours = await waitUntil('our preview frame', () => findWebviewFrame(p, ws.name), STEP_MS);
    await step('no-script-runs', () => assertNoScriptRan(p, ours));

    // A new bullet: completion offers strong verbs (one per category first), then the typed bullet is linted.
    const newLine = ws.helpedLine + 1;
    await step('completion-at-new-bullet', async () => {
      await goToLineEnd(p, ws.helpedLine);
      await p.keyboard.press('Enter');
      await p.keyboard.press('Home');
      await p.keyboard.press('Shift+End');
      await p.keyboard.type('- ');
      const rows = await suggestRows(p);
      t.diagnostic(`completion rows: ${rows.slice(0, 6).join(' | ')}`);
      const categories = ['lead', 'build', 'improve', 'analyse', 'communicate', 'organise', 'support', 'achieve'];
      const shownCategories = new Set(rows.slice(0, 6).map((r) => categories.find((c) => r.endsWith(c))).filter(Boolean));
      assert.ok(shownCategories.size >= 3, `the first rows are strong verbs of different categories: ${rows.slice(0, 6).join(' | ')}`);
      await p.keyboard.press('Escape');
      await p.keyboard.type(NEW_BULLET.slice(2));
      await p.keyboard.press('Escape');
    });

    await step('preview-updates', () => waitUntil(`the preview to show "${NEW_BULLET.slice(2)}"`,
      async () => (await findWebviewFrame(p, NEW_BULLET.slice(2))) !== undefined, STEP_MS));

    const added = await step('problems-update', async () => {
      await showProblems(p);
      return waitForProblem(p, `a weak-verb finding on the typed bullet (line ${newLine})`,
        (row) => /helped/i.test(row) && row.includes(`Ln ${newLine},`));
    });
    t.diagnostic(`Problems row after typing: ${added}`);
    // Again after the re-render, and late enough for asynchronous handlers (img onerror) to have fired.
    await step('still-no-script', async () => {
      const current = await waitUntil('the preview frame after the edit', () => findWebviewFrame(p, NEW_BULLET.slice(2)), STEP_MS);
      await assertNoScriptRan(p, current);
    });

    // The rule's quick fix, applied from the editor's Ctrl+. menu, rewrites the bullet.
    const fix = await step('quick-fix', () => applyQuickFix(p, newLine, /^Replace "Helped/));
    t.diagnostic(`Applied quick fix: ${fix}`);
    const m = /Replace "(.+?)" with "(.+?)"/.exec(fix);
    const fixedText = m ? NEW_BULLET.slice(2).replace(m[1]!, m[2]!) : undefined;
    await step('quick-fix-applied', async () => {
      if (fixedText) {
        await waitUntil(`the preview to show "${fixedText}" after the fix`,
          async () => (await findWebviewFrame(p, fixedText)) !== undefined, STEP_MS);
      }
      // The original bullet's row must still be listed, so an empty or hidden panel cannot pass.
      await waitUntil(`the weak-verb row on line ${newLine} to go away after the fix (line ${ws.helpedLine}'s stays)`, async () => {
        const rows = await problemRows(p);
        return rows.some((row) => /helped/i.test(row) && row.includes(`Ln ${ws.helpedLine},`))
          && !rows.some((row) => /helped/i.test(row) && row.includes(`Ln ${newLine},`));
      }, STEP_MS);
    });

    // Export writes the printed résumé next to the source (the editor's unsaved text included).
    await step('export-html', async () => {
      await runCommand(p, 'Résumé Studio: Export to HTML', true);
      const suggested = await acceptSaveDialog(p, 'Export résumé to HTML', 'resume.html');
      t.diagnostic(`HTML export dialog suggested ${suggested}`);
      const out = join(folder, 'resume.html');
      const html = await waitUntil(`${out} to be written with "${ws.name}"`, () => {
        const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
        return text.includes(ws.name) ? text : undefined;
      }, STEP_MS);
      assert.ok(fixedText === undefined || html.includes(fixedText), `the exported HTML has the unsaved, fixed bullet "${fixedText}"`);
      assert.ok(!html.includes(SCRIPT_TEXT), 'the exported HTML does not carry the document\'s <script> as markup');
      assert.doesNotMatch(html, /<(img|svg|iframe)\b[^>]*\son\w+\s*=/i, 'the exported HTML has no element with an on* handler from the document');
    });
    await step('export-pdf', async () => {
      await runCommand(p, 'Résumé Studio: Export to PDF', true);
      await acceptSaveDialog(p, 'Export résumé to PDF', 'resume.pdf');
      const out = join(folder, 'resume.pdf');
      // Chromium prints in the extension host; the file is complete once it ends with %%EOF.
      await waitUntil(`${out} to be written as a complete PDF`, () => {
        if (!existsSync(out)) return false;
        const bytes = readFileSync(out);
        return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-1024).toString('latin1').includes('%%EOF');
      }, STEP_MS);
    });

    // The user's Markdown tools still apply to the same file: VS Code's own Markdown preview opens
    // beside the résumé, whose diagnostics stay in the editor and the Problems panel.
    await step('markdown-preview-side-by-side', async () => {
      await openFromExplorer(p, 'resume.md');
      await runCommand(p, 'Markdown: Open Preview to the Side');
      const md = await waitUntil('VS Code\'s Markdown preview showing the fixed bullet', async () => {
        for (const f of p.frames()) {
          if (f === p.mainFrame()) continue;
          const text = await frameText(f);
          if (!text.includes(fixedText ?? ws.name)) continue;
          const isMarkdownPreview = await f.evaluate(() => !document.querySelector('.rs-resume') && !!document.querySelector('#vscode-markdown-preview-data, .vscode-body')).catch(() => false);
          if (isMarkdownPreview) return f;
        }
        return undefined;
      }, STEP_MS);
      assert.ok(md);
      await showProblems(p);
      await waitForProblem(p, `the résumé's weak-verb row (line ${ws.helpedLine}) beside the Markdown preview`,
        (row) => /helped/i.test(row) && row.includes(`Ln ${ws.helpedLine},`));
      // Back in the résumé's editor (the preview has focus): still Markdown. Focus moves by VS
      // Code's own command, not a click: a click at the centre of the editor's lines, which are as
      // wide as the longest line, can land on the preview beside it. The language is read without
      // waiting, since while the preview has focus there is no such status item.
      await runCommand(p, 'View: Focus First Editor Group');
      await waitUntil('the status bar to name the résumé\'s language Markdown', async () => {
        const mode = await p.locator('[id="status.editor.mode"]').innerText({ timeout: 2000 }).catch(() => '');
        return mode.trim() === 'Markdown' || undefined;
      }, STEP_MS);
      // Squiggles are drawn for the lines in view only: bring the weak-verb line into view first.
      await goToLineEnd(p, ws.helpedLine);
      const squiggles = await waitUntil('squiggles in the résumé editor beside the Markdown preview', async () => {
        const n = await p.locator('.editor-group-container .monaco-editor .squiggly-warning, .editor-group-container .monaco-editor .squiggly-error').count();
        return n > 0 ? n : undefined;
      }, STEP_MS);
      assert.ok(squiggles > 0, 'the résumé editor shows squiggles beside the Markdown preview');
    });

    // A YAML résumé: its en dashes and curly quotes get no boxes (the language default), while a
    // code file's en dash still does (so the check can see boxes at all).
    await step('yaml-resume', async () => {
      await openFromExplorer(p, YAML_NAME);
      await waitUntil('the status bar to name the language YAML', async () => (await languageMode(p)) === 'YAML', STEP_MS);
      await showProblems(p);
      await filterProblems(p, `**/${YAML_NAME}`);
      await waitUntil(`a Problems row for ${YAML_NAME}`, async () => (await problemRows(p)).find((r) => r.includes(YAML_NAME)), STEP_MS);
      await waitUntil('the date value 2021-04 drawn as its own token', () => tokenStyle(p, '2021-04'), STEP_MS);
      assert.equal(await unicodeBoxes(p), 0, 'no ambiguous-character boxes in the YAML résumé');
      await openFromExplorer(p, CONTROL_NAME);
      await waitUntil('the ambiguous-character box on the en dash in a code file', async () => (await unicodeBoxes(p)) > 0, STEP_MS);
    });

    // A Markdown file named like no résumé is left alone until the user asks; then it is linted, still Markdown.
    await step('treat-as-resume', async () => {
      await openFromExplorer(p, NOTES_NAME);
      await showProblems(p);
      await filterProblems(p, `**/${NOTES_NAME}`);
      assert.ok(!(await problemRows(p)).some((r) => r.includes(NOTES_NAME)), `${NOTES_NAME} is not linted before the command`);
      await runCommand(p, 'Résumé Studio: Treat This File as a Résumé');
      await waitUntil(`Problems rows for ${NOTES_NAME}`, async () => (await problemRows(p)).find((r) => r.includes(NOTES_NAME)), STEP_MS);
      assert.equal(await languageMode(p), 'Markdown', 'the treated file keeps its language');
    });
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

/** The document's hostile HTML (workspace-fixture HOSTILE_SECTION) ran nowhere and is inert in the preview. */
async function assertNoScriptRan(page: Page, preview: Frame): Promise<void> {
  for (const f of page.frames()) {
    const pr = await probe(f);
    assert.equal(pr?.pwned, undefined, `window.__pwned is set in frame ${f.url().slice(0, 120)}: the document's HTML ran as script`);
  }
  const content = await probe(preview);
  assert.ok(content, 'the preview frame can be inspected');
  assert.equal(content.scripts, 0, 'the preview has no <script> mentioning __pwned');
  assert.deepEqual(content.handlers, [], 'the preview has no on* attributes from the document');
  assert.equal(content.jsLinks, 0, 'the preview has no javascript: links');
  assert.equal(content.iframes, 0, 'the preview embeds no iframe from the document');
  const literal = content.text.includes(SCRIPT_TEXT);
  const stripped = !content.text.includes('__pwned=1');
  assert.ok(literal || stripped, `the <script> text is shown literally or stripped, not mangled; preview text near it: ${JSON.stringify(around(content.text, '__pwned=1'))}`);
}

async function probe(frame: Frame): Promise<ScriptProbe | undefined> {
  try {
    return await frame.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: Array.from(document.querySelectorAll('script')).filter((s) => s.textContent?.includes('__pwned')).length,
      handlers: Array.from(document.querySelectorAll('body *')).flatMap((el) =>
        Array.from(el.attributes).filter((a) => a.name.startsWith('on') && a.value.includes('__pwned')).map((a) => `${el.tagName}[${a.name}]`)),
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      iframes: document.querySelectorAll('body iframe').length,
      text: document.body?.innerText ?? '',
    }));
  } catch {
    return undefined; // detached or not yet navigated frames cannot be probed
  }
}

function around(text: string, needle: string): string {
  const i = text.indexOf(needle);
  return i < 0 ? text.slice(0, 200) : text.slice(Math.max(0, i - 80), i + 80);
}
