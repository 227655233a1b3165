// make-typst.mjs [PDF_DIR] [TEXT_DIR] [NAME-FILTER...]   (defaults: out/probe-pdf, test/probes/pdf)
// Compiles every typst-*.typ in this folder to PDF_DIR/<id>.pdf with the Typst compiler from npm
// (@myriaddreamin/typst-ts-node-compiler 0.7.0 = Typst 0.14.2, system fonts from /usr/share/fonts),
// and, when TEXT_DIR is given, writes the four text shapes of each PDF there (pdftotext default,
// -layout, -raw, and pdf.js through pdfjs-text.mjs; PDFJS_TEXT overrides its path). The compiler is
// installed outside the repository, in the folder TYPST_NODE_DIR names (default: this folder):
//   mkdir -p $SCRATCH && cd $SCRATCH && npm init -y && npm install @myriaddreamin/typst-ts-node-compiler
//   TYPST_NODE_DIR=$SCRATCH node test/probes/pdf-src/make-typst.mjs
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(resolve(process.env.TYPST_NODE_DIR || here), 'package.json'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

// Where every probe family's PDFs and text shapes go (shapes.sh).
const root = resolve(here, '..', '..', '..');
const pdfDir = resolve(process.argv[2] || join(root, 'out', 'probe-pdf'));
const txtDir = resolve(process.argv[3] || join(root, 'test', 'probes', 'pdf'));
const pdfjs = process.env.PDFJS_TEXT || join(root, 'out', 'theme-corpus', 'npm', 'pdfjs-text.mjs');
mkdirSync(pdfDir, { recursive: true });
mkdirSync(txtDir, { recursive: true });

const only = process.argv.slice(4);
const files = readdirSync(here).filter((f) => /^typst-.*\.typ$/.test(f)).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const compiler = NodeCompiler.create({ workspace: here, fontArgs: [{ fontPaths: ['/usr/share/fonts'] }] });

let failed = 0;
for (const f of files) {
  const id = f.replace(/\.typ$/, '');
  const src = readFileSync(join(here, f), 'utf8');
  const res = compiler.compile({ mainFileContent: src });
  const doc = res.result;
  if (!doc) {
    failed++;
    console.error(`${id}: compile failed`);
    const diags = res.takeDiagnostics ? res.takeDiagnostics() : null;
    const list = diags ? compiler.fetchDiagnostics(diags) : [];
    for (const d of list) console.error('  ', JSON.stringify(d));
    continue;
  }
  const pdf = join(pdfDir, `${id}.pdf`);
  // SOURCE_DATE_EPOCH (seconds) fixes the PDF dates so a rebuild is byte-identical.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH || 1796083200);
  writeFileSync(pdf, compiler.pdf(doc, { creationTimestamp: epoch }));
  let pages = '?';
  try { pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]; } catch {}
  {
    execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, join(txtDir, `${id}.pdftotext.txt`)]);
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, join(txtDir, `${id}.layout.txt`)]);
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', pdf, join(txtDir, `${id}.raw.txt`)]);
    writeFileSync(join(txtDir, `${id}.pdfjs.txt`), execFileSync('node', [pdfjs, pdf], { encoding: 'utf8' }));
  }
  console.log(`${id}: ${pages} page(s)`);
  compiler.evictCache(10);
}
process.exit(failed ? 1 : 0);
