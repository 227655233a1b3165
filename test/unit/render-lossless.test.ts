// Nothing lost (issue 8, SPEC §10): every word a reader sees in the source reaches the rendered
// HTML (preview, `render`, HTML export) and the text of the exported PDF, in order within each
// phrase, for every file of ../shared/corpus, every text shape of every ../shared/pdf-corpus PDF and
// the project's own fixtures. "Words a reader sees" is defined by test/util/reader-words.ts, which
// shares nothing with the renderer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { parse as parseHtml } from 'parse5';
import { parse } from '../../server/src/engine/parse/index';
import { renderResume } from '../../server/src/engine/render/index';
import { exportPdf, findChrome } from '../../server/src/pdf';
import { repoRoot } from '../util/paths';
import { realSources, type Source } from '../util/real-files';
import { htmlText, missingFrom, pdfTextStreams, readerWords, wordsOf, type Missing, type ReaderWords } from '../util/reader-words';

interface Rendered extends Source {
  text: string;
  words: ReaderWords;
  html: string;
}

/** Every source that is a résumé, read and rendered the way `resume-studio render` does. */
function renderAll(): Rendered[] {
  const out: Rendered[] = [];
  for (const s of realSources()) {
    const text = readFileSync(s.file, 'utf8');
    const resume = parse(text, s.file);
    if (!resume) continue;
    // A YAML/JSON file that does not parse has no readable content to keep; the editor shows the error.
    if (resume.problems.some((p) => p.code === 'yaml-syntax' && p.severity === 'error')) continue;
    const { html } = renderResume(resume, text, { standalone: true, today: { year: 2026, month: 1 } });
    out.push({ ...s, text, words: readerWords(text, resume.format), html: html! });
  }
  return out;
}

function bodyText(html: string): string {
  const doc = parseHtml(html) as unknown as { childNodes: { nodeName: string; childNodes?: { nodeName: string }[] }[] };
  const htmlEl = doc.childNodes.find((n) => n.nodeName === 'html')!;
  const body = htmlEl.childNodes!.find((n) => n.nodeName === 'body')!;
  return htmlText(body as never);
}

function describe(r: Source, m: Missing): string {
  const words = [...m.words].map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).slice(0, 40);
  const phrases = m.phrases.slice(0, 8).map((p) => `"${p.join(' ')}"`);
  return `${relative(repoRoot, r.file)}: ${m.missingCount} of ${m.totalCount} words missing [${words.join(' ')}]${phrases.length ? `; out of order: ${phrases.join(', ')}` : ''}`;
}

const all = renderAll();

test('lossless: the check itself sees words, skips markup and follows phrases', () => {
  const md = readerWords(
    '---\nlayout: cv\nname: Ana Ruiz\n---\n<!-- note to self -->\n# Ana Ruiz\n<span class="x">Lead, Acme</span> [site](https://x.example/a_b) {:target="_blank"}\n- Cut cost &amp; time ![logo](a.png)\n',
    'markdown',
  );
  assert.deepEqual(md.words, ['ana', 'ruiz', 'ana', 'ruiz', 'lead', 'acme', 'site', 'cut', 'cost', 'time']);
  // "&" between spaces separates two phrases, as "," and "|" do.
  assert.deepEqual(md.phrases, [['ana', 'ruiz'], ['ana', 'ruiz'], ['cut', 'cost']]);
  // A date is a phrase of its own (a page prints it flush right); the words around it are others.
  assert.deepEqual(readerWords('Site Reliability Engineer Mar. 2021 - Present Seoul Office\n', 'text').phrases, [
    ['site', 'reliability', 'engineer'],
    ['mar', '2021'],
    ['seoul', 'office'],
  ]);
  // Chinese and Japanese: one word per character.
  assert.deepEqual(wordsOf('2010年至今 Android工程师'), ['2010', '年', '至', '今', 'android', '工', '程', '师']);
  const yaml = readerWords('$schema: https://x\nbasics:\n  name: Ana\n  url: https://ana.example\nwork:\n  - startDate: 2019-03\n    current: true\n', 'jsonresume');
  assert.deepEqual(yaml.words, ['ana', '2019', ['mar', 'march', '3', '03']]);
  assert.deepEqual(wordsOf('Engineer – ﬁnance @ Acme, https://acme.example'), ['engineer', 'finance', 'acme', 'acme', 'example']);
  const m = missingFrom({ words: ['a', 'a', 'b'], phrases: [['b', 'c']] }, [['a', 'b', 'd', 'c']]);
  assert.deepEqual([...m.words], [['a', 1]]);
  assert.deepEqual(m.phrases, [['b', 'c']]);
  assert.deepEqual(pdfTextStreams('multi-\nplatform'), [['multi', 'platform'], ['multiplatform']]);
  assert.deepEqual(pdfTextStreams('designedanover\nallarchitecture, Back\u00adend'), [['designedanover', 'allarchitecture', 'backend'], ['designedanoverallarchitecture', 'backend']]);
  assert.deepEqual(pdfTextStreams('en\u00ad\nterprise'), [['en', 'terprise'], ['enterprise']]);
  assert.deepEqual(pdfTextStreams('auto\u00ad\u2010\nscaling')[1], ['autoscaling']);
  // A PDF's line-end hyphenation pasted as text (a soft hyphen, then a line break) is one word.
  assert.deepEqual(readerWords('over 20 en\u00ad\n  terprise systems', 'text').words, ['over', '20', 'enterprise', 'systems']);
  // -layout text: only a note against the margin after the soft hyphen; the word, then the note.
  assert.deepEqual(readerWords('top 5% of submis\u00ad          4 months\n   sions) and more', 'text').words, ['top', '5', 'of', 'submissions', '4', 'months', 'and', 'more']);
  // Arabic lam-alef comes out of a PDF as alef-lam; right-to-left phrases in drawing order.
  assert.deepEqual(wordsOf('الحملات'), wordsOf('الحمالت'));
  assert.deepEqual(missingFrom({ words: ['a'], phrases: [wordsOf('عن الحملات')] }, [['a', ...wordsOf('الحمالت عن')]]).phrases, []);
});

const chrome = findChrome().path;
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'].find((p) => existsSync(p));

/** The text of a PDF as pdftotext reads it: in reading order (default) or in the order it was drawn (-raw). */
function pdfText(file: string, mode: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(pdftotext!, [...mode, '-enc', 'UTF-8', file, '-'], { maxBuffer: 16 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
  );
}

/**
 * Which rendered files the PDF check prints. Printing takes the local browser several seconds a
 * file, so by default: the largest file of each corpus format and of each fixture format, and of
 * the PDF corpus three PDFs per text shape, a different three for each shape (12 of the 18 PDFs,
 * every shape). RS_LOSSLESS_PDF=all prints every file.
 */
function pdfSubset(rendered: Rendered[]): Rendered[] {
  if (process.env.RS_LOSSLESS_PDF === 'all') return rendered;
  const idOf = (r: Rendered) => basename(r.file).replace(/\.[a-z]+\.txt$/, '');
  const pdfIds = [...new Set(rendered.filter((r) => r.group.startsWith('pdf-corpus/')).map(idOf))].sort();
  const shapes = ['pdftotext', 'layout', 'raw', 'pdfjs'];
  const out: Rendered[] = [];
  shapes.forEach((shape, k) => {
    for (let j = 0; j < 3 && pdfIds.length; j++) {
      const id = pdfIds[(k + 4 * j) % pdfIds.length];
      const r = rendered.find((x) => x.group === `pdf-corpus/${shape}` && idOf(x) === id);
      if (r) out.push(r);
    }
  });
  const largest = new Map<string, Rendered>();
  for (const r of rendered) {
    if (r.group.startsWith('pdf-corpus/')) continue;
    const key = r.group === 'fixtures' ? `fixtures/${parse(r.text, r.file)!.format}` : r.group;
    const best = largest.get(key);
    if (!best || r.words.words.length > best.words.words.length) largest.set(key, r);
  }
  return [...out, ...largest.values()];
}

test(
  'lossless: every word also reaches the exported PDF (printed by the local browser, read back by pdftotext)',
  { skip: !chrome ? 'no Chrome/Chromium on this machine (CI installs chromium)' : !pdftotext ? 'no pdftotext (CI installs poppler-utils)' : false, timeout: (process.env.RS_LOSSLESS_PDF === 'all' ? 90 : 15) * 60_000 },
  async () => {
    const subset = pdfSubset(all);
    const groups = new Set(subset.map((r) => r.group));
    for (const g of ['corpus/markdown', 'corpus/text', 'corpus/jsonresume', 'corpus/rendercv', 'corpus/yamlresume', 'pdf-corpus/pdftotext', 'pdf-corpus/layout', 'pdf-corpus/raw', 'pdf-corpus/pdfjs'])
      if (all.some((r) => r.group === g)) assert.ok(groups.has(g), `the PDF check prints no file of ${g}`);
    const dir = mkdtempSync(join(tmpdir(), 'rs-lossless-'));
    const failures: string[] = [];
    const started = Date.now();
    try {
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < subset.length; i = next++) {
          const r = subset[i];
          const pdf = join(dir, `${i}.pdf`);
          // A browser that fails to start under a loaded machine is not a lost word: one more try.
          await exportPdf(r.html, pdf, { timeoutMs: 120_000 }).catch(() => exportPdf(r.html, pdf, { timeoutMs: 120_000 }));
          const m = missingFrom(r.words, pdfTextStreams(await pdfText(pdf, []), await pdfText(pdf, ['-raw'])));
          if (m.missingCount || m.phrases.length) failures.push(describe(r, m));
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`PDF check: ${subset.length} of ${all.length} résumés printed in ${Math.round((Date.now() - started) / 1000)} s`);
    assert.deepEqual(failures.sort(), []);
  },
);

test('lossless: every word of every corpus file and fixture reaches the rendered HTML, in order', () => {
  assert.ok(all.length >= 20, `only ${all.length} résumés found`);
  const failures: string[] = [];
  const byGroup = new Map<string, { missing: number; total: number; files: number }>();
  for (const r of all) {
    const m = missingFrom(r.words, [wordsOf(bodyText(r.html))]);
    const g = byGroup.get(r.group) ?? { missing: 0, total: 0, files: 0 };
    g.missing += m.missingCount;
    g.total += m.totalCount;
    g.files++;
    byGroup.set(r.group, g);
    if (m.missingCount || m.phrases.length) failures.push(describe(r, m));
  }
  for (const [g, s] of [...byGroup].sort()) console.log(`${g}: ${s.files} files, ${s.missing} of ${s.total} words missing (${((100 * s.missing) / Math.max(1, s.total)).toFixed(2)}%)`);
  assert.deepEqual(failures, []);
});
