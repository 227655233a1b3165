// Checks the hand-written gold files in test/gold/ for shape (and, for findings, that each label's
// text stands on its line), so a typo in a label is caught before it skews a figure.
// Usage: node scripts/check-gold.mjs [file ...]   (default: every gold file)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const gold = join(root, 'test/gold');
const shared = join(root, '../shared');
// The probe résumés' gold (test/probes/gold) names its sources relative to test/probes. PROBES_DIR
// checks a batch staged elsewhere, laid out the same way, before it joins test/probes.
const probes = process.env.PROBES_DIR ? resolve(process.env.PROBES_DIR) : join(root, 'test/probes');
const probeGold = join(probes, 'gold');
const KINDS = new Set(['summary', 'experience', 'education', 'volunteer', 'projects', 'skills', 'contact', 'awards',
  'publications', 'certifications', 'languages', 'interests', 'references', 'other']);
const ENTRY_KINDS = new Set(['experience', 'education', 'volunteer', 'projects']);
const RULES = new Set(['spelling', 'weak-verb', 'tense', 'first-person', 'missing-metric']);

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : [gold, probeGold].flatMap((g) => ['structure', 'findings'].filter((d) => existsSync(join(g, d))).flatMap((d) => readdirSync(join(g, d)).filter((f) => f.endsWith('.json')).map((f) => join(g, d, f))));
let problems = 0;
const bad = (f, msg) => { problems++; console.log(`${basename(f)}: ${msg}`); };
const strOrNull = (v) => v === null || typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => x === null || typeof x === 'string'));

for (const f of files) {
  let g;
  try { g = JSON.parse(readFileSync(f, 'utf8')); } catch (e) { bad(f, `not JSON: ${e.message}`); continue; }
  if (typeof g.source !== 'string') { bad(f, 'no "source"'); continue; }
  const base = f.startsWith(probeGold) ? probes : shared;
  // A probe PDF is kept as its four text shapes only (the PDF is made again by pdf-src/make-*.sh).
  const shapes = base === probes && g.source.endsWith('.pdf') ? ['pdftotext', 'layout', 'raw', 'pdfjs'].map((s) => g.source.replace(/\.pdf$/, `.${s}.txt`)) : [g.source];
  for (const s of shapes) if (!existsSync(join(base, s))) bad(f, `source ${s} not found under ${base === probes ? 'test/probes' : '../shared'}`);
  if (f.includes('/structure/')) {
    const c = g.contact;
    if (!c || typeof c !== 'object') bad(f, 'no contact object');
    else {
      for (const k of ['name', 'email', 'phone', 'location']) if (!strOrNull(c[k] ?? null)) bad(f, `contact.${k} must be a string or null`);
      if (!Array.isArray(c.links ?? [])) bad(f, 'contact.links must be an array');
    }
    if (!Array.isArray(g.sections)) { bad(f, 'no sections array'); continue; }
    g.sections.forEach((s, i) => {
      const kinds = Array.isArray(s.kind) ? s.kind : [s.kind];
      const titles = Array.isArray(s.title) ? s.title : [s.title];
      if (!titles.length || !titles.every((t) => typeof t === 'string')) bad(f, `section ${i}: no title (a string, or the acceptable readings)`);
      if (!kinds.every((k) => KINDS.has(k))) bad(f, `section ${i} (${s.title}): unknown kind ${JSON.stringify(s.kind)}`);
      // (A section that may fairly be a list kind too need not list entries.)
      if (kinds.every((k) => ENTRY_KINDS.has(k)) && !Array.isArray(s.entries)) bad(f, `section ${i} (${s.title}): kind ${s.kind} needs "entries"`);
      (s.entries ?? []).forEach((e, j) => {
        for (const k of ['title', 'organisation', 'location', 'start', 'end']) if (!strOrNull(e[k] ?? null)) bad(f, `section ${i} entry ${j}: ${k} must be a string, null or an array of them`);
        const counts = Array.isArray(e.bullets) ? e.bullets : [e.bullets];
        if (!counts.length || !counts.every((n) => Number.isInteger(n) && n >= 0)) bad(f, `section ${i} entry ${j}: bullets must be a count or the acceptable counts`);
      });
    });
  } else {
    const path = join(base, g.source);
    const lines = existsSync(path) ? readFileSync(path, 'utf8').split(/\r\n|\r|\n/) : [];
    if (!Array.isArray(g.rules) || !g.rules.every((r) => RULES.has(r))) bad(f, 'rules must list rule ids');
    (g.labels ?? []).forEach((l, i) => {
      if (!RULES.has(l.rule)) bad(f, `label ${i}: unknown rule ${l.rule}`);
      if (!Number.isInteger(l.line) || l.line < 1 || l.line > lines.length) bad(f, `label ${i}: line ${l.line} outside the file`);
      else if (typeof l.text !== 'string' || !lines[l.line - 1].includes(l.text)) bad(f, `label ${i}: "${l.text}" is not on line ${l.line} (${JSON.stringify(lines[l.line - 1]?.slice(0, 80))})`);
    });
  }
}
console.log(problems ? `${problems} problem(s) in ${files.length} file(s)` : `${files.length} gold file(s) OK`);
process.exit(problems ? 1 : 0);
