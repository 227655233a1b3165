// Driving VS Code's workbench (as served by code-server) with playwright-core: opening files,
// the Problems panel, commands, and finding a webview's content frame. Every wait is on a
// selector or a polled condition with a deadline.
import type { Frame, Page } from 'playwright-core';
import { waitUntil } from './code-server';

/** Generous because the 2-core machine is shared; the happy path takes a few seconds. */
export const STEP_MS = 90_000;

export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: STEP_MS });
  await page.waitForSelector('.monaco-workbench', { timeout: STEP_MS });
  // The explorer lists the folder once the remote file system is connected.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: STEP_MS });
}

/** Opens `name` by clicking it in the explorer (more reliable than quick open typed too early). */
export async function openFromExplorer(page: Page, name: string): Promise<void> {
  const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  // By the tab's resource name: a preview's tab ("Preview resume.md") has the name in its text too.
  const tab = page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).first();
  // The explorer re-sorts its rows when a file appears (an export just written): a click can land
  // on the row that moved under the pointer, so click again until the file's own tab is active.
  const deadline = Date.now() + STEP_MS;
  for (;;) {
    await item.waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    await item.click();
    const opened = await tab.waitFor({ timeout: Math.min(10_000, Math.max(1, deadline - Date.now())) }).then(() => true, () => false);
    if (opened) break;
    if (Date.now() >= deadline) throw new Error(`"${name}" did not open from the explorer within ${STEP_MS / 1000} s`);
  }
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: STEP_MS });
}

/** Texts of the rows the Problems panel currently renders (it virtualises long lists). */
export async function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

export async function showProblems(page: Page): Promise<void> {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
  }
  await page.waitForSelector('.markers-panel', { state: 'visible', timeout: STEP_MS });
}

/** Narrows the Problems panel to rows matching `text`, so the wanted row is rendered. */
export async function filterProblems(page: Page, text: string): Promise<void> {
  // Other views (Output) have filter boxes too; the Problems one is the visible one while it shows.
  const input = page.locator('.viewpane-filter input:visible, .markers-panel-action-filter input:visible').first();
  await input.waitFor({ timeout: STEP_MS });
  // The panel may redraw its filter box from its saved state just after it is shown (the last
  // step's filter came back in CI run 43): fill until the box keeps the text.
  let held = 0;
  await waitUntil(`the Problems filter to read ${text}`, async () => {
    // (Twice in a row, 300 ms apart: a redraw right after the first fill would undo it.)
    if ((await input.inputValue().catch(() => '')) === text) return ++held >= 2 || undefined;
    held = 0;
    await input.fill(text).catch(() => undefined);
    return undefined;
  }, STEP_MS, 300);
}

/** Waits until some Problems row satisfies `match`; the error lists the rows seen. */
export async function waitForProblem(page: Page, what: string, match: (row: string) => boolean): Promise<string> {
  let seen: string[] = [];
  try {
    return await waitUntil(`a Problems row with ${what}`, async () => {
      seen = await problemRows(page);
      return seen.find(match);
    }, STEP_MS);
  } catch (err) {
    throw new Error(`${(err as Error).message}. Rows shown: ${seen.length ? seen.map((r) => JSON.stringify(r)).join(', ') : '(none)'}`);
  }
}

/**
 * F1, the command's title, then a click on that command's row. With `opensInput` the
 * command shows its own quick input next (a save dialog), so the palette is not awaited closed.
 */
export async function runCommand(page: Page, title: string, opensInput = false): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_MS });
  await input.fill(`>${title}`);
  // The row whose label starts with the whole title: Enter would run the best fuzzy match, which
  // for "Treat This File as a Résumé" can be "Stop Treating This File as a Résumé".
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: new RegExp(`^\\s*${escaped}`) }).first();
  await row.waitFor({ timeout: STEP_MS });
  await row.click();
  if (!opensInput) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_MS });
}

/**
 * Accepts the save dialog titled `title` once it suggests a path ending in `fileName`. code-server
 * shows VS Code's simple file dialog, a quick input that fills in the path in steps; Enter on a
 * half-filled folder path would open that folder instead of saving. Returns the accepted path.
 */
export async function acceptSaveDialog(page: Page, title: string, fileName: string): Promise<string> {
  const widget = page.locator('.quick-input-widget', { hasText: title });
  await widget.waitFor({ state: 'visible', timeout: STEP_MS });
  const input = widget.locator('input').first();
  let last = '';
  const path = await waitUntil(`the "${title}" dialog to suggest …/${fileName}`, async () => {
    last = await input.inputValue();
    return last.endsWith(`/${fileName}`) ? last : undefined;
  }, STEP_MS).catch((err: Error) => { throw new Error(`${err.message}; it shows "${last}"`); });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_MS });
  return path;
}

/** The visible text of a frame's document, or '' when the frame is gone or not ready. */
export async function frameText(frame: Frame): Promise<string> {
  try {
    return await frame.evaluate(() => document.body?.innerText ?? '');
  } catch {
    return '';
  }
}

/**
 * The frame holding a webview's content. Webviews are an iframe inside an iframe; the content
 * is the innermost frame whose text contains `needle`. Returns undefined when none does yet.
 */
export async function findWebviewFrame(page: Page, needle: string): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    if ((await frameText(frame)).includes(needle)) return frame;
  }
  return undefined;
}

/** Puts the editor's cursor at the end of 1-based `line` via Go to Line. */
export async function goToLineEnd(page: Page, line: number): Promise<void> {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_MS });
  await input.fill(`:${line}`);
  // Enter accepts the picker's item, which appears only once the picker has read the typed value
  // ("Press 'Enter' to go to line 12 …"); an Enter before that accepts nothing and leaves the box
  // open (seen under load in CI). So wait for the item that names this line, then press Enter.
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.monaco-list-row', { hasText: new RegExp(`go to line ${line}\\b`, 'i') }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: STEP_MS });
  await page.keyboard.press('End');
}

/**
 * Adds `bullet` as a new line below the cursor's line. Whatever the language's Enter rules put
 * at the new line's start (a continued "- ") is selected and typed over, so the line ends up
 * exactly `bullet`.
 */
export async function typeNewLine(page: Page, bullet: string): Promise<void> {
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(bullet);
  // A completion list may have opened while typing; close it so it cannot eat later keys.
  await page.keyboard.press('Escape');
}

/**
 * Puts the cursor inside the word that starts 1-based `line` (after its list marker), opens the
 * quick-fix menu (Ctrl+.) and picks the first action whose label matches `label`. Returns the label.
 */
export async function applyQuickFix(page: Page, line: number, label: RegExp): Promise<string> {
  await goToLineEnd(page, line);
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const rows = page.locator('.action-widget .monaco-list-row');
  // Ctrl+. once in a while opens nothing in code-server (CI run 98: the light bulb shown, no menu in
  // 90 s). Pressed again when no menu came within a fifth of the step's time; the step still fails
  // when none comes at all.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await rows.first().waitFor({ timeout: STEP_MS / 5 });
      break;
    } catch (err) {
      if (attempt >= 5) throw err;
    }
  }
  let labels: string[] = [];
  try {
    const wanted = await waitUntil(`a quick fix matching ${label}`, async () => {
      labels = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
      return labels.find((l) => label.test(l));
    }, STEP_MS);
    await rows.filter({ hasText: wanted }).first().click();
    await rows.first().waitFor({ state: 'hidden', timeout: STEP_MS });
    return wanted;
  } catch (err) {
    throw new Error(`${(err as Error).message}. Actions offered: ${labels.map((l) => JSON.stringify(l)).join(', ') || '(none)'}`);
  }
}

/** The active editor group's text editor (a split shows one per group). */
export const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';

/** The language the status bar names for the active editor ("Markdown", "YAML"...). */
export async function languageMode(page: Page): Promise<string> {
  const item = page.locator('[id="status.editor.mode"]');
  await item.waitFor({ timeout: STEP_MS });
  return (await item.innerText()).trim();
}

/** VS Code's ambiguous/invisible-character boxes rendered in the active editor. */
export async function unicodeBoxes(page: Page): Promise<number> {
  return page.locator(`${ACTIVE_EDITOR} .unicode-highlight`).count();
}

/** Font weight and colour of the first rendered token in the active editor whose text is exactly `text`. */
export async function tokenStyle(page: Page, text: string): Promise<{ fontWeight: string; color: string } | undefined> {
  return page.locator(`${ACTIVE_EDITOR} .view-line span span`).evaluateAll((spans, want) => {
    const el = spans.find((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ') === want);
    if (!el) return undefined;
    const cs = getComputedStyle(el);
    return { fontWeight: cs.fontWeight, color: cs.color };
  }, text);
}

/** Opens the suggest widget (Ctrl+Space) and returns its rows' texts once some are shown. */
export async function suggestRows(page: Page): Promise<string[]> {
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor({ timeout: STEP_MS });
  return rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

/** Shows the hover at the cursor (editor.action.showHover, Ctrl+K Ctrl+I) and returns its text. */
export async function hoverText(page: Page): Promise<string> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  await hover.waitFor({ timeout: STEP_MS });
  return waitUntil('the hover to have text', async () => (await hover.innerText()).trim() || undefined, STEP_MS);
}

/** Texts of the Outline view's rows (opened with "Explorer: Focus on Outline View"). */
export async function outlineRows(page: Page): Promise<string[]> {
  return page.locator('.outline-pane .monaco-list-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}
