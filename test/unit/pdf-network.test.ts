// No network, proven (SPEC §10, issue 13): PDF export runs the local Chromium with every
// background service off and all traffic sent to a proxy. Here that proxy is a local recorder that
// notes every connection. First a control: the same browser, told only to use the recorder, does
// reach it when the page asks for something, so the recorder sees traffic when there is any. Then
// a real export of a résumé through exportPdf with the recorder as its proxy: no connection at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, chromiumEnv, exportPdf, findChrome } from '../../server/src/pdf';
import { lint } from '../../server/src/engine/index';
import { renderResume } from '../../server/src/engine/render/index';

const chrome = findChrome().path;
let proxy: Server;
let proxyUrl = '';
/** The first line of every request the recorder received (or "(no request line)" for a bare connection). */
let seen: string[] = [];
let dir = '';

before(async () => {
  assert.ok(chrome, 'Chromium is needed to test PDF export: apt-get install chromium (.ci/run installs it).');
  dir = mkdtempSync(join(tmpdir(), 'rs-pdf-net-'));
  proxy = createServer((socket) => {
    const i = seen.push('(no request line)') - 1;
    socket.once('data', (d) => {
      seen[i] = d.toString('latin1').split('\r\n')[0];
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(async () => {
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

test('control: a browser told only to use the recording proxy reaches it when a page loads something remote', async () => {
  seen = [];
  const page = join(dir, 'remote.html');
  writeFileSync(page, '<!doctype html><html><body><p>Jane Doe</p><img src="http://resume-studio.invalid/photo.png"></body></html>');
  const out = join(dir, 'control.pdf');
  await new Promise<void>((resolve) => {
    execFile(
      chrome!,
      ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'control-profile')}`, `--proxy-server=${proxyUrl}`, '--proxy-bypass-list=<-loopback>', `--print-to-pdf=${out}`, pathToFileURL(page).href],
      { timeout: 60_000 },
      () => resolve(),
    );
  });
  assert.ok(seen.some((l) => l.includes('resume-studio.invalid')), `the recorder saw the page's request (saw: ${JSON.stringify(seen)})`);
});

test('PDF export of a résumé makes no network connection: the recording proxy sees nothing', async () => {
  seen = [];
  const text = '# Jane Doe\njane@fastmail.com | Austin, TX | [linkedin.com/in/jane](https://linkedin.com/in/jane)\n\n## Experience\n\n### Engineer, Acme (Jan 2020 – Present)\n- Built the billing platform for 40,000 customers\n- ![me](https://example.com/me.png)\n';
  const result = lint(text, 'resume.md')!;
  const html = renderResume(result.resume, text, { standalone: true }).html!;
  const out = join(dir, 'resume.pdf');
  await exportPdf(html, out, { chromePath: chrome, proxyServer: proxyUrl });
  assert.ok(existsSync(out) && statSync(out).size > 1000, 'the PDF was written');
  assert.deepEqual(seen, [], 'no connection reached the proxy');
});

test('the export command line turns off background services and refuses every host, loopback included', () => {
  const args = chromiumArgs('file:///tmp/r.html', '/tmp/r.pdf', '/tmp/profile');
  for (const flag of ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pings', '--disable-domain-reliability', '--host-resolver-rules=MAP * ~NOTFOUND', '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=<-loopback>'])
    assert.ok(args.includes(flag), flag);
  assert.equal(args[args.length - 1], 'file:///tmp/r.html', 'the only page is the local file');
  const env = chromiumEnv({ PATH: '/usr/bin', HTTPS_PROXY: 'http://corp:3128', no_proxy: 'x' });
  assert.equal(env.HTTPS_PROXY, undefined, "the user's proxy settings cannot override ours");
  assert.equal(env.no_proxy, undefined);
  assert.equal(env.GOOGLE_API_KEY, 'no');
});
