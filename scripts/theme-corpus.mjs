// A dev set the reader was never tuned on: the real JSON Resume files of ../shared/corpus/jsonresume
// printed through JSON Resume HTML themes from npm, each HTML printed to PDF by chromium and turned
// into the four text shapes of ../shared/pdf-corpus/README.md. `npm run accuracy:themes` scores the
// reader on them against gold taken from the source JSON (test/accuracy/themes.ts).
//
//   node scripts/theme-corpus.mjs [--only THEME,...]
//
// Everything lives in out/theme-corpus/ (gitignored: the corpus text must never enter the repo) and is
// made once: a file that exists is not made again, so a second run does nothing. (The scorer,
// test/accuracy/themes.ts, is built by scripts/build.mjs --accuracy, as `npm run accuracy:themes` does.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const cache = join(root, 'out', 'theme-corpus');
const npmDir = join(cache, 'npm');
const sourceDir = join(root, '..', 'shared', 'corpus', 'jsonresume');
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;

// Themes that install from npm and render offline. Left out: paper (prints its own HTML escaped:
// "<p>" in the text), professional (ships JSX source only), even-older forks.
const THEMES = ['elegant', 'flat', 'kendall', 'stackoverflow', 'even', 'macchiato', 'onepage', 'short', 'class', 'actual', 'spartacus'];
// CSS the themes load from CDNs, served from npm instead (the printer has no network).
const ASSETS = ['bootstrap@3.3.7', 'font-awesome@4.7.0', '@fortawesome/fontawesome-free@6.4.2'];
const PDFJS = 'pdfjs-dist@5.6.205'; // the version pdf-corpus was made with
// HackMyResume (FRESH themes): its HTML themes, and Markdown and plain text (the basis templates
// every FRESH theme inherits for .md and .txt), so the set has new Markdown and text shapes too.
const HMR = 'hackmyresume@1.8.0';
const HMR_HTML = ['modern', 'positive', 'compact'];

const log = (...a) => console.error('theme-corpus:', ...a);

function ensurePackages() {
  if (!existsSync(join(npmDir, 'package.json'))) {
    mkdirSync(npmDir, { recursive: true });
    writeFileSync(join(npmDir, 'package.json'), '{ "name": "theme-corpus-cache", "private": true }\n');
  }
  const want = [...THEMES.map((t) => `jsonresume-theme-${t}`), ...ASSETS, PDFJS];
  const missing = want.filter((spec) => !existsSync(join(npmDir, 'node_modules', spec.replace(/(.)@.*$/, '$1'), 'package.json')));
  if (!missing.length) return;
  log(`npm install ${missing.join(' ')}`);
  // --ignore-scripts: no theme needs an install step to render, and none should run here.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...missing], { cwd: npmDir, stdio: ['ignore', 'ignore', 'inherit'] });
}

function ensureHmr() {
  const dir = join(cache, 'hmr');
  if (existsSync(join(dir, 'node_modules', 'hackmyresume', 'package.json'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "theme-corpus-hmr", "private": true }\n');
  log(`npm install ${HMR}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', HMR], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

/** hackmyresume build SRC TO OUT... -t THEME; false when it made nothing (it exits 0 on some errors). */
function hmrBuild(hmrDir, src, outs, theme) {
  const r = spawnSync(join(hmrDir, 'node_modules', '.bin', 'hackmyresume'), ['build', src, 'TO', ...outs, '-t', theme], { encoding: 'utf8', timeout: 120_000 });
  if (!outs.every(fresh)) throw new Error(`hackmyresume: ${(r.stdout + r.stderr).split('\n').find((l) => /error/i.test(l)) ?? 'no output'}`.slice(0, 200));
}

function ensureTools() {
  const has = (c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0;
  if (!has('chromium') || !has('pdftotext')) {
    log('installing chromium and poppler-utils');
    execFileSync('sh', ['-c', 'apt-get install -y chromium poppler-utils'], { stdio: 'inherit' });
  }
}

// pdf-corpus/README.md's pdfjs-text.mjs, byte for byte, so the pdf.js shape is made the same way.
const PDFJS_TEXT = `// pdfjs-text.mjs FILE.pdf > FILE.pdfjs.txt
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  let out = '', prev = null;
  for (const it of tc.items) {
    if (!('str' in it)) continue;
    const x = it.transform[4], y = it.transform[5];
    const h = Math.abs(it.height || it.transform[3] || 10) || 10;
    if (prev) {
      if (prev.eol || Math.abs(y - prev.y) > Math.max(prev.h, h) * 0.5) {
        if (!out.endsWith('\\n')) out += '\\n';
      } else if (it.str !== '') {
        const gap = x - prev.xEnd;
        if (gap > h * 0.15 && !/\\s$/.test(out) && !/^\\s/.test(it.str)) out += ' ';
      }
    }
    out += it.str;
    if (it.str !== '' || it.hasEOL) prev = { x, y, h: it.str === '' && prev ? prev.h : h, xEnd: x + (it.width || 0), eol: it.hasEOL };
  }
  pages.push(out.replace(/[ \\t]+\\n/g, '\\n').replace(/\\n{3,}/g, '\\n\\n').trimEnd());
}
process.stdout.write(pages.join('\\n\\n') + '\\n');
`;

function readSources() {
  const require = createRequire(import.meta.url);
  const yaml = require('js-yaml');
  return readdirSync(sourceDir)
    .sort()
    .map((f) => {
      const text = readFileSync(join(sourceDir, f), 'utf8');
      return { id: f.replace(/\.(json|ya?ml)$/, ''), file: `jsonresume/${f}`, resume: f.endsWith('.json') ? JSON.parse(text) : yaml.load(text) };
    });
}

async function loadTheme(name) {
  const dir = join(npmDir, 'node_modules', `jsonresume-theme-${name}`);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // ESM-only themes (even) through their import entry, the others through require.
  const entry = pkg.exports?.['.']?.import?.default ?? pkg.exports?.['.']?.import ?? null;
  if (pkg.type === 'module' && typeof entry === 'string') {
    const m = await import(pathToFileURL(join(dir, entry)).href);
    return m.render ? m : m.default;
  }
  return createRequire(join(npmDir, 'package.json'))(`jsonresume-theme-${name}`);
}

function localAssets(html) {
  const nm = pathToFileURL(join(npmDir, 'node_modules')).href;
  return html
    .replace(/(?:https?:)?\/\/[^"']*bootstrap(?:\/|-)3[^"']*?bootstrap(?:\.min)?\.css/g, `${nm}/bootstrap/dist/css/bootstrap.min.css`)
    .replace(/(?:https?:)?\/\/[^"']*font-awesome\/4[^"']*?font-awesome(?:\.min)?\.css/g, `${nm}/font-awesome/css/font-awesome.min.css`)
    .replace(/(?:https?:)?\/\/[^"']*(?:font-awesome|fontawesome)[^"']*\/(?:5|6)[^"']*?all(?:\.min)?\.css/g, `${nm}/@fortawesome/fontawesome-free/css/all.min.css`);
}

const fresh = (path) => existsSync(path) && statSync(path).size > 0;

function printPdf(html, pdf) {
  // One chromium at a time (2 cores). No network: every host name resolves to nothing, so a font or
  // image a theme asks the web for fails at once instead of waiting for a timeout.
  const r = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-extensions', '--disable-background-networking', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  if (!fresh(pdf)) throw new Error(`chromium failed: ${String(r.stderr).slice(-300)}`);
}

function textShapes(pdf, base) {
  const shapes = { pdftotext: [], layout: ['-layout'], raw: ['-raw'] };
  for (const [shape, flags] of Object.entries(shapes)) {
    const out = `${base}.${shape}.txt`;
    if (!fresh(out)) execFileSync('pdftotext', ['-enc', 'UTF-8', ...flags, pdf, out]);
  }
  const out = `${base}.pdfjs.txt`;
  if (!fresh(out)) writeFileSync(out, execFileSync('node', [join(npmDir, 'pdfjs-text.mjs'), pdf], { maxBuffer: 64 << 20 }));
}

async function generate() {
  ensureTools();
  ensurePackages();
  // pdfjs-text.mjs imports pdfjs-dist: it sits where node finds npm/node_modules.
  writeFileSync(join(npmDir, 'pdfjs-text.mjs'), PDFJS_TEXT);
  const sources = readSources();
  const manifest = { made: new Date().toISOString(), items: [], failed: [] };
  for (const theme of THEMES) {
    if (only && !only.includes(theme)) continue;
    let mod;
    try {
      mod = await loadTheme(theme);
    } catch (e) {
      manifest.failed.push({ theme, error: `load: ${String(e.message).split('\n')[0]}` });
      continue;
    }
    const dir = join(cache, 'themes', theme);
    mkdirSync(dir, { recursive: true });
    for (const src of sources) {
      const base = join(dir, src.id);
      const html = `${base}.html`;
      try {
        if (!fresh(html)) {
          // Themes log moment.js deprecation noise to the console; it says nothing about the output.
          const saved = [console.log, console.warn, console.error];
          console.log = console.warn = console.error = () => {};
          let out;
          try {
            out = await mod.render(structuredClone(src.resume));
          } finally {
            [console.log, console.warn, console.error] = saved;
          }
          writeFileSync(html, localAssets(String(out)));
        }
        if (!fresh(`${base}.pdf`)) {
          log(`printing ${theme}/${src.id}`);
          printPdf(html, `${base}.pdf`);
        }
        textShapes(`${base}.pdf`, base);
        manifest.items.push({ theme, id: src.id, source: src.file, base: `themes/${theme}/${src.id}` });
      } catch (e) {
        manifest.failed.push({ theme, id: src.id, error: String(e.message).split('\n')[0].slice(0, 200) });
      }
    }
  }
  // HackMyResume reads JSON only: every source as JSON in the cache (the YAML one converted).
  const hmrDir = ensureHmr();
  mkdirSync(join(cache, 'sources'), { recursive: true });
  for (const src of sources) {
    const json = join(cache, 'sources', `${src.id}.json`);
    if (!fresh(json)) writeFileSync(json, JSON.stringify(src.resume, null, 2));
    for (const theme of [...HMR_HTML.map((t) => `hmr-${t}`), 'hmr-basis']) {
      if (only && !only.includes(theme)) continue;
      const dir = join(cache, 'themes', theme);
      mkdirSync(dir, { recursive: true });
      const base = join(dir, src.id);
      try {
        if (theme === 'hmr-basis') {
          if (!fresh(`${base}.md`) || !fresh(`${base}.txt`)) hmrBuild(hmrDir, json, [`${base}.md`, `${base}.txt`], 'modern');
          manifest.items.push({ theme, id: src.id, source: src.file, base: `themes/${theme}/${src.id}`, outputs: ['md', 'txt'] });
          continue;
        }
        if (!fresh(`${base}.html`)) hmrBuild(hmrDir, json, [`${base}.html`], theme.slice(4));
        if (!fresh(`${base}.pdf`)) {
          log(`printing ${theme}/${src.id}`);
          printPdf(`${base}.html`, `${base}.pdf`);
        }
        textShapes(`${base}.pdf`, base);
        manifest.items.push({ theme, id: src.id, source: src.file, base: `themes/${theme}/${src.id}` });
      } catch (e) {
        manifest.failed.push({ theme, id: src.id, error: String(e.message).split('\n')[0].slice(0, 200) });
      }
    }
  }
  // --only remakes some themes: the others keep their entries.
  const path = join(cache, 'manifest.json');
  if (only && existsSync(path)) {
    const old = JSON.parse(readFileSync(path, 'utf8'));
    manifest.items.unshift(...old.items.filter((i) => !only.includes(i.theme)));
    manifest.failed.unshift(...old.failed.filter((f) => !only.includes(f.theme)));
  }
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
  log(`${manifest.items.length} printed; ${manifest.failed.length} failed${manifest.failed.length ? ':\n  ' + manifest.failed.map((f) => `${f.theme}${f.id ? '/' + f.id : ''}: ${f.error}`).join('\n  ') : ''}`);
}

await generate();
