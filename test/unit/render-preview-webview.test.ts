// The preview page as the webview loads it (client/src/previewHtml.ts + media/preview.js), in a real
// Chromium: the CSP admits our script only, a hostile résumé runs nothing, the name and bullets
// show as text, pages are counted, links and double-clicks go to the extension as messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewHtml } from '../../client/src/previewHtml';
import { renderResume } from '../../server/src/engine/render/index';
import { findChrome } from '../../server/src/pdf';
import { resumeOf } from '../util/model-builder';
import { repoRoot } from '../util/paths';

const chrome = findChrome().path;
const skip = chrome ? false : 'no Chrome/Chromium on this machine';
let browser: Browser | undefined;
let dir = '';

before(async () => {
  if (!chrome) return;
  dir = mkdtempSync(join(tmpdir(), 'rs-webview-'));
  browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '[x](javascript:window.__pwned=3)',
  '<svg onload="window.__pwned = 4"></svg>',
  '<iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe>',
];

interface Msg {
  type: string;
  [k: string]: unknown;
}

async function open(bullets: string[], name = 'Jane Doe'): Promise<{ page: Page; messages: () => Promise<Msg[]>; text: string }> {
  const { text, resume } = resumeOf([
    { title: 'Staff Engineer', org: 'Acme', dates: ['2021-06', 'present'], bullets },
    { title: 'Engineer', org: 'Beta', dates: ['2017-01', '2020-09'], bullets: ['Cut costs by 20% with [a link](https://example.com/)'] },
  ]);
  resume.contact.name = { value: name, span: { start: 2, end: 10 } };
  const r = renderResume(resume, text, { theme: 'classic', paper: 'letter', today: { year: 2026, month: 11 } });
  const media = (f: string) => pathToFileURL(join(repoRoot, 'media', f)).href;
  const html = previewHtml({
    nonce: 'bm9uY2Utdm9uLXRlc3Q=',
    cspSource: 'file:',
    styleUri: media('preview.css'),
    scriptUri: media('preview.js'),
    allowRemoteImages: false,
    timeline: true,
    theme: 'classic',
    paper: 'letter',
    topLine: 0,
    render: { version: 1, ...r },
  });
  const file = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html);
  const page = await browser!.newPage();
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  // Stands in for the webview host's API (injected by the browser, outside the page's CSP).
  await page.addInitScript(() => {
    const w = window as unknown as { __messages: unknown[]; acquireVsCodeApi: () => unknown };
    w.__messages = [];
    w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__messages.push(m), getState: () => undefined, setState: () => undefined });
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (document.getElementById('rs-pages')?.textContent ?? '') !== '');
  return { page, text, messages: () => page.evaluate(() => (window as unknown as { __messages: Msg[] }).__messages) };
}

test('the preview script runs under the CSP, counts pages and shows name and bullets as text', { skip }, async () => {
  const { page, messages } = await open([...HOSTILE, 'Led a team of 5 engineers', ...Array.from({ length: 60 }, (_, i) => `Shipped release ${i + 1} to 4,000 customers with zero downtime`)], 'Jane <b>Doe</b>');
  assert.equal(await page.textContent('h1.rs-name'), 'Jane <b>Doe</b>');
  const lis = await page.$$eval('.rs-bullets li', (els) => els.map((e) => e.textContent));
  assert.ok(lis.includes('Led a team of 5 engineers'));
  assert.ok(lis.includes(HOSTILE[1]), 'the img payload shows as text');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.$$eval('script', (s) => s.length), 1, 'only the preview script');
  assert.equal(await page.$$eval('#rs-root img, #rs-root iframe', (s) => s.length), 0);
  const pages = await page.textContent('#rs-pages');
  assert.match(pages ?? '', /^[2-9] pages$/, 'a long résumé spans pages');
  assert.ok((await page.$$('.rs-page-break')).length >= 1, 'page breaks are drawn');
  assert.ok((await messages()).some((m) => m.type === 'pages' && (m.pages as number) >= 2));
  assert.equal(await page.$$eval('.rs-timeline .rs-tl-gap', (g) => g.length), 1, 'the 2020–2021 gap is on the timeline');
  await page.close();
});

test('a panel narrower than the paper scales the page to fit its width, and back at full width', { skip }, async () => {
  const { page } = await open(['Led a team of 5 engineers that rebuilt the shipment-tracking API in Go, cutting p95 latency from 900 ms to 140 ms']);
  const fits = () =>
    page.evaluate(() => {
      const a = document.querySelector('.rs-resume')!.getBoundingClientRect();
      return { right: a.right, viewport: document.documentElement.clientWidth, scale: Number(document.body.dataset.scale) };
    });
  await page.setViewportSize({ width: 500, height: 700 });
  await page.waitForFunction(() => Number(document.body.dataset.scale) < 1);
  const narrow = await fits();
  assert.ok(narrow.right <= narrow.viewport, `the page's right edge ${narrow.right} is past the panel's ${narrow.viewport}`);
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((e) => e.className)
      .join(', '),
  );
  assert.equal(wide, '', 'nothing is wider than the panel (no horizontal scrolling)');
  await page.setViewportSize({ width: 1400, height: 700 });
  await page.waitForFunction(() => Number(document.body.dataset.scale) === 1);
  assert.match((await page.textContent('#rs-pages')) ?? '', /^1 page$/, 'scaling does not change the page count');
  await page.close();
});

test('links and double-clicks become messages; nothing navigates', { skip }, async () => {
  const { page, messages, text } = await open(['Led a team of 5 engineers']);
  const url = page.url();
  await page.click('.rs-bullets a');
  await page.dblclick('.rs-bullets li >> text=Led a team of 5 engineers');
  await page.waitForFunction(() => (window as unknown as { __messages: Msg[] }).__messages.some((m) => m.type === 'open'));
  const ms = await messages();
  assert.ok(ms.some((m) => m.type === 'link' && m.href === 'https://example.com/'));
  const openMsg = ms.find((m) => m.type === 'open')!;
  assert.equal(text.split('\n')[openMsg.line as number], '- Led a team of 5 engineers');
  assert.equal(page.url(), url);
  await page.close();
});

test('updates swap the body, stale versions are dropped, and the CSP stops markup that slipped in', { skip }, async () => {
  const { page } = await open(['Led a team of 5 engineers']);
  const post = (m: unknown) => page.evaluate((msg) => window.postMessage(msg, '*'), m);
  await post({ type: 'update', version: 3, body: '<article class="rs-resume"><h1 class="rs-name">Version Three</h1></article>' });
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Version Three');
  await post({ type: 'update', version: 2, body: '<article class="rs-resume"><h1 class="rs-name">Stale</h1></article>' });
  await post({ type: 'update', version: 4, body: '<article class="rs-resume"><h1 class="rs-name">Version Four</h1></article>' });
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Version Four');
  // Defence in depth: even raw markup with an inline handler cannot run.
  const refused = page.waitForEvent('console', (m) => /Content Security Policy/i.test(m.text()));
  await post({ type: 'update', version: 5, body: '<article class="rs-resume"><img src="x" onerror="window.__pwned = 9"><h1>Five</h1></article>' });
  await refused;
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  await page.click('#rs-timeline-toggle');
  assert.equal(await page.evaluate(() => document.body.classList.contains('rs-no-timeline')), true);
  await page.close();
});

test('scroll sync: the editor scrolls the preview to a line, and scrolling the preview reports its top line', { skip }, async () => {
  const bullets = Array.from({ length: 80 }, (_, i) => `Shipped release ${i + 1} to 4,000 customers with zero downtime`);
  const { page, text } = await open(bullets);
  const lines = text.split('\n');
  const target = lines.indexOf('- Shipped release 50 to 4,000 customers with zero downtime');
  assert.ok(target > 0);
  await page.evaluate((line) => window.postMessage({ type: 'scroll', line }, '*'), target);
  await page.waitForFunction(() => window.scrollY > 0);
  const top = await page.evaluate((line) => document.querySelector(`li[data-line="${line}"]`)!.getBoundingClientRect().top, target);
  assert.ok(top >= 0 && top < 120, `line ${target} is at the top of the preview (${top}px)`);
  // That programmatic scroll must not echo back (checked after two frames, when the script's
  // scroll handler has run); a user's scroll then reports the new top line.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const echoed = (await page.evaluate(() => (window as unknown as { __messages: Msg[] }).__messages)).filter((m) => m.type === 'reveal');
  assert.deepEqual(echoed, [], 'no echo of the editor-driven scroll');
  await page.mouse.move(300, 300);
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(() => (window as unknown as { __messages: Msg[] }).__messages.some((m) => m.type === 'reveal'));
  const reveals = (await page.evaluate(() => (window as unknown as { __messages: Msg[] }).__messages)).filter((m) => m.type === 'reveal');
  assert.ok(reveals.length >= 1);
  for (const r of reveals) assert.ok((r.line as number) > target, `scrolling down reports a later line (${r.line} > ${target})`);
  await page.close();
});
