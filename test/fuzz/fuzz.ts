// `npm run fuzz` (issue 13): generated and mutated documents through the engine, then random edits
// and requests through the language server, checking what must always hold:
// - no exception (nor a rule's or the parser's caught failure, which the engine turns into a finding);
// - every finding, problem and fix edit lies inside the text;
// - a second lint gives identical findings, and so does a lint of the same text reached by an
//   edit from another text (the caches that carry over between versions change nothing);
// - the server answers every request, publishes the final version, and logs no failure.
// It reports its counts, throughput and the slowest inputs (ms per 100 KB, CPU time).
//
//   node out/fuzz/fuzz.js [--engine N] [--server N] [--seed S] [--quick] [--keep i,j] [--only i,j]
// `npm test` runs a short version (test/unit/fuzz-short.test.ts); the long one is `npm run fuzz`
// (1,000,000 engine inputs, 10,000 server edits).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Finding, type LintResult } from '../../server/src/engine/index';
import { Linter } from '../../server/src/engine/linter';
import { renderResume } from '../../server/src/engine/render/index';
import { adversarialShapes, rng } from '../util/adversarial';
import { useDictionary } from '../util/dictionary';
import { processCpuMs } from '../util/clock';

export interface FuzzReport {
  inputs: number;
  generated: number;
  mutated: number;
  rendered: number;
  failures: string[];
  /** ms: as measured in the run (GC and compiler threads count in process CPU time, so one input may carry another's cost); again: the fastest of three re-runs, each with a new linter (no cache). */
  slowest: { ms: number; chars: number; what: string; again?: number; doc?: { text: string; file: string } }[];
  ms: number;
}

/** Pieces inserted by mutations and strung together by the generator. */
const PIECES = [
  '- ', '* ', '• ', '\n', '\r\n', '\r', '## ', '### ', '# ', 'Experience', 'EDUCATION', 'Skills', 'Summary', 'Helped build ', 'Responsible for ', 'I ', 'we ',
  '40%', '$2M ', '10x ', 'Jan 2020 – Present', 'Febtember 2020', '13/2020', '2019 - 2017', ' (Mar. 2023 - ', 'Present)', '2020-01', '20XX', '💼', '😀',
  'שלום', 'e\u0301', '\t', '\u00a0', '\u200b', '\ufeff', '<!-- resume-studio-disable weak-verb -->', '<!-- resume-studio-disable-next-line -->', '<!--', '-->',
  '[a](', '](http://x.io)', '![me](me.jpg)', '**', '__', '`', '$x$', '&amp;', '<b>', '{#id}', 'jane@fastmail.com', 'a@b', '+1 555 010 0199',
  'linkedin.com/in/jane', ' | ', ' · ', ', ', ':', '"', "'", '{', '}', '[', ']', 'basics:\n', 'work:\n  - name: X\n    startDate: "2020-01"\n    highlights:\n      - ',
  'cv:\n  name: J\n  sections:\n    experience:\n      - company: A\n        highlights:\n          - ', '  ', '---\n', '...', '\\', 'Date of birth: 1 May 1990',
];

const NAMES = ['resume.md', 'resume.txt', 'resume.yaml', 'resume.json', 'Jane_CV.yaml'];

/** Seed documents: the samples, the lint and CLI fixtures, and small adversarial shapes. */
function seeds(root: string): { text: string; file: string }[] {
  const out: { text: string; file: string }[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(dir, n);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(md|txt|ya?ml|json)$/.test(n) && st.size < 40_000) out.push({ text: readFileSync(p, 'utf8'), file: /\.json$/.test(n) ? 'resume.json' : /\.ya?ml$/.test(n) ? (/_CV|cv:/.test(n) ? 'Jane_CV.yaml' : 'resume.yaml') : /\.txt$/.test(n) ? 'resume.txt' : 'resume.md' });
    }
  };
  walk(join(root, 'samples'));
  walk(join(root, 'test/fixtures/lint'));
  walk(join(root, 'test/fixtures/cli'));
  for (const s of adversarialShapes()) out.push({ text: s.make(300), file: s.file });
  return out;
}

function mutate(text: string, random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const at = Math.floor(random() * (text.length + 1));
  switch (Math.floor(random() * 7)) {
    case 0: // insert a piece
      return text.slice(0, at) + pick(PIECES) + text.slice(at);
    case 1: {
      // delete a range
      const end = Math.min(text.length, at + 1 + Math.floor(random() * 40));
      return text.slice(0, at) + text.slice(end);
    }
    case 2: {
      // duplicate a range
      const end = Math.min(text.length, at + 1 + Math.floor(random() * 200));
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    }
    case 3: // replace a character with a random code unit (surrogate halves included)
      return text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x10000)) + text.slice(at + 1);
    case 4: {
      // swap two lines
      const lines = text.split('\n');
      if (lines.length < 2) return text + pick(PIECES);
      const i = Math.floor(random() * lines.length);
      const j = Math.floor(random() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 5: // repeat a piece many times (a run)
      return text.slice(0, at) + pick(PIECES).repeat(2 + Math.floor(random() * 60)) + text.slice(at);
    default: // change case of a range
      return text.slice(0, at) + text.slice(at, at + 30).toUpperCase() + text.slice(at + 30);
  }
}

function generate(random: () => number): string {
  const n = 1 + Math.floor(random() * 40);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)];
  return s;
}

const key = (fs: Finding[] | undefined) =>
  JSON.stringify((fs ?? []).map((f) => [f.ruleId, f.severity, f.message, f.span.start, f.span.end, f.fixes?.map((x) => [x.title, x.edits.map((e) => [e.span.start, e.span.end, e.newText])])]));

/** What is wrong with one lint result of `text`, if anything. */
function problemsOf(text: string, r: LintResult | undefined): string[] {
  if (!r) return [];
  const out: string[] = [];
  const inside = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const p of r.resume.problems) {
    if (!inside(p.span)) out.push(`problem outside the text: ${JSON.stringify(p.span)} ${p.message}`);
    if (p.code === 'parse-failure') out.push(`parser threw: ${p.message}`);
  }
  for (const f of r.findings) {
    if (!inside(f.span)) out.push(`${f.ruleId} finding outside the text: ${JSON.stringify(f.span)}`);
    if (/check failed on this document/.test(f.message)) out.push(`rule threw: ${f.message}`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) if (!inside(e.span)) out.push(`${f.ruleId} fix edit outside the text: ${JSON.stringify(e.span)}`);
  }
  return out;
}


/**
 * The engine half: `count` inputs, about half generated and half mutated from seeds or the last input.
 * `keep`: the input numbers to hand to `save` (a slow or failing input replayed by seed and number).
 */
export function fuzzEngine(
  root: string,
  count: number,
  seed = 1,
  log: (s: string) => void = () => undefined,
  keep: { numbers: Set<number>; save: (i: number, doc: { text: string; file: string }) => void; only?: boolean } = { numbers: new Set(), save: () => undefined },
): FuzzReport {
  // Spelling on, as users run it: its scans meet the same hostile text as every other rule's.
  useDictionary();
  const random = rng(seed);
  const pool = seeds(root);
  const report: FuzzReport = { inputs: 0, generated: 0, mutated: 0, rendered: 0, failures: [], slowest: [], ms: 0 };
  const start = processCpuMs();
  const today = { year: 2026, month: 11, day: 22 };
  let prev = pool[0];
  const other = { text: '# Someone Else\n\n## Experience\n- Led a team of 5\n', file: 'resume.md' };
  for (let i = 0; i < count; i++) {
    let doc: { text: string; file: string };
    if (random() < 0.3) {
      doc = { text: generate(random), file: NAMES[Math.floor(random() * NAMES.length)] };
      report.generated++;
    } else {
      const base = random() < 0.5 ? prev : pool[Math.floor(random() * pool.length)];
      let text = base.text;
      const steps = 1 + Math.floor(random() * 4);
      for (let k = 0; k < steps; k++) text = mutate(text, random);
      // Keep inputs small enough for a million of them; growth comes back to a seed.
      if (text.length > 20_000) text = text.slice(0, 20_000);
      doc = { text, file: base.file };
      report.mutated++;
    }
    const what = `#${i} ${doc.file} ${JSON.stringify(doc.text.slice(0, 60))}`;
    if (keep.numbers.has(i)) keep.save(i, doc);
    // --only: every input is made (each depends on the ones before), only the listed ones are linted.
    if (keep.only && !keep.numbers.has(i)) {
      if (doc.text.length < 20_000) prev = doc;
      continue;
    }
    try {
      const t0 = processCpuMs();
      const first = lint(doc.text, doc.file, { today });
      const ms = processCpuMs() - t0;
      report.slowest.push({ ms, chars: doc.text.length, what, doc });
      if (report.slowest.length > 40) {
        report.slowest.sort((a, b) => b.ms - a.ms);
        report.slowest.length = 10;
      }
      for (const p of problemsOf(doc.text, first)) report.failures.push(`${p} in ${what}`);
      // Second lint of the same text: same findings.
      const again = lint(doc.text, doc.file, { today });
      if (key(first?.findings) !== key(again?.findings)) report.failures.push(`second lint differs in ${what}`);
      // Every 8th input: the same text reached from an unrelated one (other cache contents).
      if (i % 8 === 0) {
        lint(other.text, other.file, { today });
        const fresh = lint(doc.text, doc.file, { today });
        if (key(first?.findings) !== key(fresh?.findings)) report.failures.push(`lint after an edit differs in ${what}`);
      }
      if (i % 64 === 0 && first) {
        renderResume(first.resume, doc.text, { timeline: true });
        report.rendered++;
      }
    } catch (e) {
      report.failures.push(`exception ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? e} in ${what}`);
    }
    report.inputs++;
    if (report.failures.length > 50) break;
    if (doc.text.length < 20_000) prev = doc;
    if (i > 0 && i % 50_000 === 0) log(`engine: ${i} inputs, ${report.failures.length} failures, ${((processCpuMs() - start) / 1000).toFixed(0)} s CPU`);
  }
  report.ms = processCpuMs() - start;
  report.slowest.sort((a, b) => b.ms - a.ms);
  report.slowest.length = Math.min(report.slowest.length, 10);
  // Each slowest input again, three times with a new linter: what the input itself costs, apart
  // from a collection or a compile that happened to land on it in the run.
  for (const s of report.slowest) {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const linter = new Linter({ today });
      const t0 = processCpuMs();
      linter.lint(s.doc!.text, s.doc!.file);
      best = Math.min(best, processCpuMs() - t0);
    }
    s.again = best;
    delete s.doc;
  }
  return report;
}
