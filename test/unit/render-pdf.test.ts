// PDF export: finding a local browser (or saying clearly that there is none) and printing a
// rendered résumé with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPdf, findChrome } from '../../server/src/pdf';
import { renderResume } from '../../server/src/engine/render/index';
import { resumeOf } from '../util/model-builder';

test('findChrome: a wrong explicit path is reported with the setting to fix', () => {
  const r = findChrome('/no/such/chrome');
  assert.equal(r.path, undefined);
  assert.match(r.message!, /resumeStudio\.export\.chromePath/);
  assert.match(r.message!, /\/no\/such\/chrome/);
});

test('findChrome: no browser anywhere gives a message that says what to install or set', () => {
  const r = findChrome(undefined, 'linux', { PATH: '/nonexistent-dir' });
  assert.equal(r.path, undefined);
  assert.match(r.message!, /No Chrome, Chromium or Edge was found/);
  assert.match(r.message!, /chromePath/);
});

test('findChrome: CHROME_PATH is honoured when it names a file', () => {
  const r = findChrome(undefined, 'linux', { PATH: '/nonexistent-dir', CHROME_PATH: process.execPath });
  assert.equal(r.path, process.execPath);
});

test('exportPdf refuses clearly when there is no browser', async () => {
  await assert.rejects(exportPdf('<html></html>', join(tmpdir(), 'never.pdf'), { chromePath: '/no/such/chrome' }), /does not exist/);
});

const browser = findChrome().path;
test('exportPdf prints a résumé to a PDF with the local browser', { skip: browser ? false : 'no Chrome/Chromium on this machine' }, async () => {
  const { text, resume } = resumeOf([{ title: 'Engineer', org: 'Acme', dates: ['2019-03', 'present'], bullets: ['Cut build time by 40%'] }]);
  const { html } = renderResume(resume, text, { standalone: true, paper: 'a4' });
  const dir = mkdtempSync(join(tmpdir(), 'rs-pdf-test-'));
  try {
    const out = join(dir, 'resume.pdf');
    await exportPdf(html!, out, { timeoutMs: 60_000 });
    const pdf = readFileSync(out);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdf.length > 1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
