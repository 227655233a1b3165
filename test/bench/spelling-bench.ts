// The spelling figures of `npm run bench` (issue 9): loading the dictionary, one suggestion, and the
// first lint of a never-seen 5 KB résumé of real text with spelling on. "Never seen" is meant
// literally: every run lints text no cache has met (bullets spliced from halves of real sentences
// of ../shared, so the vocabulary, names and jargon are real) with a new Linter (so no verdict,
// suggestion or parse is remembered); only the loaded dictionary is shared, as in the editor.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter } from '../../server/src/engine/linter';
import { Dictionary, SpellChecker } from '../../server/src/engine/spelling/spelling';
import { findDictionaryFile } from '../../server/src/dictionary';
import { corpusDir, repoRoot } from '../util/paths';
import { benchResume } from './corpus-text';

const pdfCorpusDir = join(repoRoot, '..', 'shared', 'pdf-corpus');

type Report = (what: string, value: number, unit: string, budget?: number, note?: string) => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Prose lines of the real résumés: bullets and sentences of 6+ words. */
export function realSentences(): string[] {
  const files: string[] = [];
  if (existsSync(corpusDir))
    for (const d of readdirSync(corpusDir, { withFileTypes: true })) if (d.isDirectory()) for (const f of readdirSync(join(corpusDir, d.name))) files.push(join(corpusDir, d.name, f));
  if (existsSync(pdfCorpusDir)) for (const f of readdirSync(pdfCorpusDir)) if (f.endsWith('.pdfjs.txt')) files.push(join(pdfCorpusDir, f));
  const out = new Set<string>();
  for (const f of files)
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const s = line
        .replace(/^[\s>*\-•◦·"']+|["',]+$/g, '')
        .replace(/^(?:summary|description|highlights?|- )\s*:\s*/i, '')
        .trim();
      if (s.split(/\s+/).length >= 6 && /^[A-Z]/.test(s) && !/[{}<>|=]|https?:/.test(s)) out.add(s);
    }
  return [...out];
}

/** A small deterministic PRNG. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A 5 KB Markdown résumé whose bullets join the first half of one real sentence to the second half of another. */
export function splicedResume(sentences: string[], seed: number, target = 5000): string {
  const r = rng(seed);
  const pick = () => sentences[Math.floor(r() * sentences.length)].split(/\s+/);
  const lines = ['# Alex Morgan', 'alex@example.org · Leeds, UK', '', '## Experience', ''];
  let size = lines.join('\n').length;
  let role = 0;
  while (size < target) {
    const head = `### Engineer ${seed}-${role}, Company ${role}\n${2024 - role * 2}-01 – ${2025 - role * 2}-12\n`;
    lines.push(head);
    size += head.length;
    for (let b = 0; b < 6 && size < target; b++) {
      const a = pick();
      const z = pick();
      const bullet = `- ${[...a.slice(0, Math.ceil(a.length / 2)), ...z.slice(Math.floor(z.length / 2))].join(' ')}`;
      lines.push(bullet);
      size += bullet.length + 1;
    }
    lines.push('');
    role++;
  }
  return lines.join('\n');
}

/** Real words of the corpus with one typing slip each (a swap, a dropped, doubled or wrong letter). */
function typos(sentences: string[], n: number): string[] {
  const r = rng(99);
  const words = [...new Set(sentences.flatMap((s) => s.toLowerCase().match(/\b[a-z]{5,14}\b/g) ?? []))];
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; out.size < n && i < n * 20; i++) {
    const w = words[Math.floor(r() * words.length)];
    const k = 1 + Math.floor(r() * (w.length - 2));
    const kind = Math.floor(r() * 4);
    const t =
      kind === 0 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : kind === 1 ? w.slice(0, k) + w.slice(k + 1) : kind === 2 ? w.slice(0, k) + w[k] + w.slice(k) : w.slice(0, k) + letters[Math.floor(r() * 26)] + w.slice(k + 1);
    if (t !== w) out.add(t);
  }
  return [...out];
}

export function spellingBench(report: Report): void {
  console.log('\n## Spelling (dictionary registered, cold caches)');
  const file = findDictionaryFile(join(repoRoot, 'dist'));
  if (!file) {
    report('spelling: dictionary', NaN, 'ms', undefined, 'dist/dictionary/en.words missing: run node scripts/build.mjs');
    return;
  }
  // Loading = reading the file and making the graph's views, as the server does on first use.
  const t0 = performance.now();
  let dictionary = new Dictionary(readFileSync(file));
  report('spelling: dictionary load, first in process', performance.now() - t0, 'ms', 30, `${dictionary.size} words, ${(readFileSync(file).length / 1024).toFixed(0)} KB`);
  const loads: number[] = [];
  for (let i = 0; i < 20; i++) {
    const a = performance.now();
    dictionary = new Dictionary(readFileSync(file));
    loads.push(performance.now() - a);
  }
  report('spelling: dictionary load, median of 20', median(loads), 'ms', 30);

  const sentences = realSentences();
  const real = sentences.length >= 200;
  const slips = typos(real ? sentences : benchResume('markdown', 50000).split('\n'), 2000);
  // Each suggestion on a checker that has not seen the word (so nothing is cached).
  const checker = new SpellChecker(dictionary);
  for (const t of slips.slice(0, 200)) new SpellChecker(dictionary).suggest(t); // JIT warm-up, other checkers
  const times: number[] = [];
  for (const t of slips) {
    const a = performance.now();
    checker.suggest(t);
    times.push(performance.now() - a);
  }
  report('spelling: one suggestion (never-seen typo), median', median(times), 'ms', 0.1, `${slips.length} typos of real words; p95 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)].toFixed(3)} ms`);

  const fixed = { year: 2026, month: 11, day: 22 };
  const texts = Array.from({ length: 600 }, (_, i) => (real ? splicedResume(sentences, 5000 + i) : benchResume('markdown', 5000, 5000 + i, true)));
  // A new Linter per lint: its engine caches (line and header memos, verb readings, masks) and its
  // spell checker are its own, so no lint meets anything an earlier one left (the bare lint()
  // function would share one set of temporary caches across all of them).
  for (let i = 0; i < 100; i++) new Linter({ today: fixed, dictionary }).lint(texts[i], 'resume.md'); // warm the JIT
  const lints: number[] = [];
  let found = 0;
  for (let i = 100; i < texts.length; i++) {
    const linter = new Linter({ today: fixed, dictionary });
    const a = performance.now();
    const res = linter.lint(texts[i], 'resume.md');
    lints.push(performance.now() - a);
    found += res?.findings.filter((f) => f.ruleId === 'spelling').length ?? 0;
  }
  // The same lints with the spelling rule off, to show its share.
  const off = { rules: { spelling: { severity: 'off' as const } }, words: [] };
  const offTimes: number[] = [];
  for (let i = 100; i < texts.length; i++) {
    const linter = new Linter({ today: fixed, config: off, dictionary: false });
    const a = performance.now();
    linter.lint(texts[i], 'resume.md');
    offTimes.push(performance.now() - a);
  }
  report('spelling off: the same never-seen résumés, median (for comparison)', median(offTimes), 'ms');
  report(
    'spelling on: first lint of a never-seen 5 KB real résumé, median',
    median(lints),
    'ms',
    2,
    `${real ? 'real sentences of ../shared spliced' : 'generated text (no ../shared here)'}; p95 ${[...lints].sort((a, b) => a - b)[Math.floor(lints.length * 0.95)].toFixed(2)} ms; ${(found / (texts.length - 100)).toFixed(1)} spelling findings per résumé`,
  );
}
