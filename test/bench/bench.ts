// `npm run bench`: every SPEC §9 budget measured, printed beside its budget, written as JSON to
// out/bench/results.json. Peers (write-good, harper.js) run on the same text in the same process
// and are reported as ratios. Budgets are reported, not asserted: the test suite never times things.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter } from '../../server/src/engine/linter';
import { registerDictionary } from '../../server/src/dictionary';
import { MemoryRequest, type MemoryResult } from '../../server/src/protocol';
import { repoRoot } from '../util/paths';
import { adversarialShapes } from '../util/adversarial';
import { processCpuMs, threadCpuMs } from '../util/clock';
import { benchResume } from './corpus-text';
import { jobMatchBench } from './job-match';
import { realSentences, splicedResume, spellingBench } from './spelling-bench';

interface Row {
  what: string;
  value: number;
  unit: string;
  budget?: number;
  /** true when lower is better and value <= budget. */
  ok?: boolean;
  note?: string;
}
const rows: Row[] = [];
function report(what: string, value: number, unit: string, budget?: number, note?: string): void {
  const row: Row = { what, value: Number(value.toFixed(4)), unit, budget, ok: budget === undefined || Number.isNaN(value) ? undefined : value <= budget, note };
  rows.push(row);
  const b = budget === undefined ? '' : `  (budget ${budget} ${unit}: ${row.ok === undefined ? 'not measured' : row.ok ? 'ok' : 'OVER'})`;
  console.log(`${what.padEnd(58)} ${String(row.value).padStart(10)} ${unit}${b}${note ? `  ${note}` : ''}`);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/**
 * Median wall time of fn in ms after warm-up, repeated until `minMs` of samples. `next`, when
 * given, makes each run's input outside the timed part (fn gets what it returns).
 */
function timeMedian<T = void>(fn: (input: T) => void, minRuns = 200, minMs = 400, next?: () => T): number {
  const input = next ?? (() => undefined as T);
  // "Warm" means V8 has optimised the hot code: run it for a while before sampling (50 calls
  // left the first rows measuring the JIT tiering up, up to 2x off from one run to the next).
  const warmUntil = performance.now() + Math.max(300, minMs / 2);
  for (let i = 0; i < 50 || performance.now() < warmUntil; i++) fn(input());
  const ts: number[] = [];
  const t0 = performance.now();
  while (ts.length < minRuns || performance.now() - t0 < minMs) {
    const x = input();
    const a = performance.now();
    fn(x);
    ts.push(performance.now() - a);
    if (ts.length > 200000) break;
  }
  return quantile(ts, 0.5);
}

async function timeMedianAsync(fn: () => Promise<unknown>, runs = 30): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    await fn();
    ts.push(performance.now() - a);
  }
  return quantile(ts, 0.5);
}

const ADJ_WORDS = ['the pilot', 'a second', 'the final', 'the beta', 'an early', 'the rollout'];
const fixed = { year: 2026, month: 11, day: 22 };

/** Real-text résumés no cache has met (bullets spliced from halves of the corpus's real sentences). */
function neverSeen(n: number, seed: number, size = 5000): string[] {
  const sentences = realSentences();
  const real = sentences.length >= 200;
  return Array.from({ length: n }, (_, i) => (real ? splicedResume(sentences, seed + i, size) : benchResume('markdown', size, seed + i, true)));
}

/** The same résumé as pasted PDF text: headings in capitals, bullets with a glyph, no Markdown. */
function asPastedText(md: string): string {
  return md
    .replace(/^# (.*)$/m, '$1')
    .replace(/^## (.*)$/gm, (_, h: string) => h.toUpperCase())
    .replace(/^### (.*)$/gm, '$1')
    .replace(/^- /gm, '• ');
}

/** Median and p95 of a new linter's first lint of each text (what opening a file costs). */
function coldLints(texts: string[], fileName: string, warmup = 60): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) new Linter({ today: fixed }).lint(texts[i % texts.length] + ' ', fileName); // JIT, not caches
  const ts: number[] = [];
  for (const t of texts) {
    const linter = new Linter({ today: fixed });
    const a = performance.now();
    linter.lint(t, fileName);
    ts.push(performance.now() - a);
  }
  return { median: quantile(ts, 0.5), p95: quantile(ts, 0.95) };
}

/**
 * Issue 13: every hostile shape of test/util/adversarial.ts at 200 KB, parse + lint on a new
 * linter, as ms per 100 KB (100 KB = 102,400 characters), on two clocks, neither counting a busy
 * machine's waits: the main thread's CPU time (how long the engine blocks the thread that answers
 * the editor: the budgeted figure) and the whole process's CPU time, which adds the work V8's
 * garbage-collector and compiler threads do beside it on the other cores (shown, not budgeted).
 * Each shape is linted once at 5 KB first, so the JIT has compiled its paths; the worst is named.
 */
function hostileBench(): void {
  const shapes = adversarialShapes();
  for (const s of shapes) new Linter({ today: fixed }).lint(s.make(5000), s.file);
  // A few characters more on each repeat, so no memo answers it (each linter is new anyway).
  const once = (s: (typeof shapes)[number], r: number): { main: number; all: number } => {
    const text = s.make(200 * 1024 + 7 * r);
    const linter = new Linter({ today: fixed });
    const a = threadCpuMs();
    const b = processCpuMs();
    linter.lint(text, s.file);
    const per = text.length / 102400;
    return { main: (threadCpuMs() - a) / per, all: (processCpuMs() - b) / per };
  };
  const per = shapes.map((s) => {
    const t = once(s, 0);
    return { s, name: s.name, ms: t.main, all: t.all, runs: 1 };
  });
  // The slowest (on either clock), twice more each, keeping each one's fastest run on each clock,
  // until the 8 slowest all have three: one busy sample made the worst of 151 single runs swing from
  // 350 to 580 ms between runs of the same build (noise only ever adds time).
  const again = (key: 'ms' | 'all'): void => {
    per.sort((a, b) => b[key] - a[key]);
    for (let round = 0; round < 4 && per.slice(0, 8).some((p) => p.runs === 1); round++) {
      for (const p of per.slice(0, 8)) {
        if (p.runs > 1) continue;
        for (const r of [1, 2]) {
          const t = once(p.s, r);
          p.ms = Math.min(p.ms, t.main);
          p.all = Math.min(p.all, t.all);
        }
        p.runs = 3;
      }
      per.sort((a, b) => b[key] - a[key]);
    }
  };
  again('all');
  again('ms');
  const next = (key: 'ms' | 'all'): string => per.slice(1, 4).map((p) => `${p.name} ${p[key].toFixed(0)}`).join(', ');
  const worst = per[0];
  report('hostile shapes at 200 KB: worst, main-thread CPU ms per 100 KB', worst.ms, 'ms', 200, `${worst.name}; next: ${next('ms')}; the 8 slowest: fastest of 3`);
  report('hostile shapes at 200 KB: median, main-thread CPU ms per 100 KB', quantile(per.map((p) => p.ms), 0.5), 'ms', 200, `${per.length} shapes, parse + lint, a new linter each`);
  per.sort((a, b) => b.all - a.all);
  report('  the worst on process CPU (GC and compiler threads added)', per[0].all, 'ms', undefined, `${per[0].name}; next: ${next('all')}; work done beside the main thread, on the other cores`);
}

function engineBench(): { coldMs: number; coldTexts: string[] } {
  console.log('\n## Engine: what a user waits for (spelling on, real text, in process)');
  const texts = neverSeen(400, 7000);
  const cold = coldLints(texts, 'resume.md');
  report('cold lint: new linter, never-seen real 5 KB résumé, median', cold.median, 'ms', 1, `p95 ${cold.p95.toFixed(2)} ms; spelling on; every run a new linter and a text no cache has met`);
  const coldTxt = coldLints(texts.slice(0, 200).map(asPastedText), 'resume.txt');
  report('cold lint: the same as PDF-pasted text, median', coldTxt.median, 'ms', undefined, `p95 ${coldTxt.p95.toFixed(2)} ms`);
  const warmLinter = new Linter({ today: fixed });
  const md = texts[0];
  report('warm re-lint: same linter, unchanged résumé, median', timeMedian(() => warmLinter.lint(md, 'resume.md')), 'ms', 0.3);
  // What an editor does while you type: one bullet changed since the last lint.
  const lines = md.split('\n');
  const bulletLines = lines.flatMap((l, i) => (/^\s*[-*] /.test(l) ? [i] : []));
  let t = 0;
  const typed = (): string => {
    const ls = lines.slice();
    const k = bulletLines[t % bulletLines.length];
    ls[k] = `${ls[k]} in ${ADJ_WORDS[t % ADJ_WORDS.length]} phase ${t++}`;
    return ls.join('\n');
  };
  report('warm: one bullet edited per lint, same linter, median', timeMedian((text) => warmLinter.lint(text, 'resume.md'), 400, 400, typed), 'ms', undefined, '(in process; the LSP typing row below is the budgeted one)');

  // 500 KB of distinct text, cold: a new linter on a résumé whose every bullet is new.
  const big = neverSeen(1, 90000, 500000)[0];
  const mid = neverSeen(1, 91000, 50000)[0];
  const bigTs: number[] = [];
  const midTs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const l1 = new Linter({ today: fixed });
    let a = performance.now();
    l1.lint(big.replace('# Alex Morgan', `# Alex Morgan ${i}`), 'resume.md');
    bigTs.push(performance.now() - a);
    const l2 = new Linter({ today: fixed });
    a = performance.now();
    l2.lint(mid.replace('# Alex Morgan', `# Alex Morgan ${i}`), 'resume.md');
    midTs.push(performance.now() - a);
  }
  const bigMs = quantile(bigTs, 0.5);
  report('cold lint: 500 KB of distinct text, new linter, median', bigMs, 'ms', 100, `${(big.length / 1024).toFixed(0)} KB`);
  report('growth 50 KB -> 500 KB, cold (time ratio / size ratio)', bigMs / quantile(midTs, 0.5) / (big.length / mid.length), 'x', 2);
  hostileBench();
  const findings = warmLinter.lint(md, 'resume.md')?.findings.length ?? 0;
  report('findings on the 5 KB résumé', findings, 'findings');

  console.log('\n## Engine: warm rows (caches answer most of it; never a stand-in for the cold rows)');
  const gen = benchResume('markdown', 5000);
  const txt = benchResume('text', 5000);
  const yml = benchResume('yaml', 5000);
  const l = new Linter({ today: fixed });
  report('parse, 5 KB Markdown résumé, warm median', timeMedian(() => l.parse(gen, 'resume.md')), 'ms');
  report('parse, 5 KB PDF-pasted text résumé, warm median', timeMedian(() => l.parse(txt, 'resume.txt')), 'ms');
  report('parse, 5 KB JSON Resume YAML, warm median', timeMedian(() => l.parse(yml, 'resume.yaml')), 'ms');
  report('parse + all rules, 5 KB YAML, warm median', timeMedian(() => l.lint(yml, 'resume.yaml')), 'ms');
  jobMatchBench(report, timeMedian);
  return { coldMs: cold.median, coldTexts: texts.slice(0, 60) };
}

async function peerBench(coldMs: number, texts: string[]): Promise<void> {
  console.log('\n## Peers on the same never-seen texts (same process)');
  // The peers keep nothing between runs: they are compared with our cold lint (a new linter per text).
  let k = 0;
  const next = () => texts[k++ % texts.length];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const writeGood = require('write-good') as (t: string) => unknown[];
    const wg = timeMedian((t) => writeGood(t), 50, 400, next);
    report('write-good (style only, no model), median', wg, 'ms', undefined, `ratio write-good / resume-studio cold = ${(wg / coldMs).toFixed(1)}x (budget: >= 4x)`);
    report('speed ratio write-good / resume-studio cold', wg / coldMs, 'x', undefined, wg / coldMs >= 4 ? 'ok (>= 4x)' : 'UNDER 4x');
  } catch (e) {
    report('write-good', NaN, 'ms', undefined, `not run: ${(e as Error).message}`);
  }
  try {
    const dyn = new Function('p', 'return import(p)') as (p: string) => Promise<Record<string, any>>;
    const base = join(repoRoot, 'node_modules/harper.js/dist');
    const harper = await dyn(join(base, 'index.js'));
    const { binaryInlined } = await dyn(join(base, 'binaryInlined.js'));
    const linter = new harper.LocalLinter({ binary: binaryInlined, dialect: harper.Dialect.American });
    await linter.setup();
    const hm = await timeMedianAsync(() => linter.lint(next()), 20);
    report('harper.js (grammar, wasm), median', hm, 'ms', undefined, `ratio harper / resume-studio cold = ${(hm / coldMs).toFixed(1)}x`);
  } catch (e) {
    report('harper.js', NaN, 'ms', undefined, `not run: ${(e as Error).message}`);
  }
}

/** A minimal JSON-RPC-over-stdio LSP client: enough to time requests and notifications. */
class LspClient {
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (r: unknown) => void>();
  private listeners: ((method: string, params: any) => void)[] = [];
  constructor(readonly proc: ChildProcess) {
    proc.stdout!.on('data', (d: Buffer) => this.onData(d));
  }
  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString());
      this.buf = this.buf.subarray(head + 4 + len);
      if (msg.id !== undefined && msg.method === undefined) this.pending.get(msg.id)?.(msg.result);
      else if (msg.method && msg.id !== undefined) this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? (msg.params.items as unknown[]).map(() => null) : null });
      else if (msg.method) for (const l of this.listeners) l(msg.method, msg.params);
    }
  }
  private send(m: unknown): void {
    const s = JSON.stringify(m);
    this.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  }
  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }
  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }
  /** Resolves with the first notification that satisfies `pred`. */
  waitFor(method: string, pred: (p: any) => boolean = () => true): Promise<any> {
    return new Promise((resolve) => {
      const l = (m: string, p: any): void => {
        if (m === method && pred(p)) {
          this.listeners = this.listeners.filter((x) => x !== l);
          resolve(p);
        }
      };
      this.listeners.push(l);
    });
  }
}

async function lspBench(): Promise<void> {
  console.log('\n## Language server over stdio (dist/server.js, spelling on)');
  const server = join(repoRoot, 'dist/server.js');
  if (!existsSync(server)) {
    report('LSP', NaN, 'ms', undefined, 'not run: build first (npm run build)');
    return;
  }
  const [md, ...others] = neverSeen(101, 40000);
  // What VS Code's client declares for what is timed here (vscode-languageclient: completion list defaults).
  const capabilities = { workspace: { configuration: true }, textDocument: { completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } } } };
  const uri = 'file:///bench/resume.md';

  // Process start -> first complete diagnostics, the server started as editors start it (no Node
  // flags). dist/server.js keeps a V8 code cache beside the bundle, written by the first start (and
  // again after a rebuild or a Node upgrade): every later start is the budgeted row, the first
  // start after installing is shown beside it. Median of 5 starts each, interleaved.
  const cli = join(repoRoot, 'dist/cli.js');
  const startOnce = async (env: NodeJS.ProcessEnv = {}, command = [server, '--stdio']): Promise<{ ms: number; spelling: boolean }> => {
    const t0 = performance.now();
    const p = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    const exited = new Promise((r) => p.once('exit', r));
    const lc = new LspClient(p);
    await lc.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    lc.notify('initialized', {});
    const got = lc.waitFor('textDocument/publishDiagnostics', (d) => d.uri === uri);
    lc.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: md } });
    const diags = await got;
    const ms = performance.now() - t0;
    lc.notify('exit', null);
    await exited;
    return { ms, spelling: (diags.diagnostics as { code?: string }[]).some((d) => d.code === 'spelling') };
  };
  await startOnce(); // writes the code cache if this build has none yet
  const warmStarts: number[] = [];
  const firstStarts: number[] = [];
  const cliStarts: number[] = [];
  let spelling = true;
  for (let i = 0; i < 5; i++) {
    const w = await startOnce();
    warmStarts.push(w.ms);
    spelling &&= w.spelling;
    firstStarts.push((await startOnce({ RESUME_STUDIO_CODE_CACHE: '0' })).ms);
    // Neovim, Helix and Emacs start the server as `resume-studio lsp --stdio` (dist/cli.js).
    if (existsSync(cli)) cliStarts.push((await startOnce({}, [cli, 'lsp', '--stdio'])).ms);
  }
  // What Node alone takes to start and exit here: the part of the row no server code can shorten.
  const nodeStarts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await new Promise((r) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).once('exit', r));
    nodeStarts.push(performance.now() - t0);
  }
  const nodeNote = `of which Node itself ${quantile(nodeStarts, 0.5).toFixed(0)} ms${process.env.NODE_EXTRA_CA_CERTS ? ' (NODE_EXTRA_CA_CERTS is set: Node reads those certificates at every start)' : ''}`;
  report('process start -> first complete diagnostics, median', quantile(warmStarts, 0.5), 'ms', 200, `${spelling ? 'spelling findings included' : 'no spelling finding in this text'}; ${nodeNote}`);
  report('  the same, first start after install (no code cache yet)', quantile(firstStarts, 0.5), 'ms', undefined, 'once per install, Node upgrade or launch configuration');
  report('  the same, started as `resume-studio lsp --stdio` (dist/cli.js)', cliStarts.length ? quantile(cliStarts, 0.5) : NaN, 'ms', undefined, 'how Neovim, Helix and Emacs start it');

  // The other rows in one server, with --expose-gc for the memory rows' collections (and no code
  // cache: one for these flags would be written while the typing row runs).
  const proc = spawn(process.execPath, ['--expose-gc', server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, RESUME_STUDIO_CODE_CACHE: '0' } });
  const c = new LspClient(proc);
  try {
    await c.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    c.notify('initialized', {});
    const first = c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: md } });
    await first;

    // Typing a sentence into a bullet one character at a time: each keystroke a new version,
    // didChange -> publishDiagnostics timed one by one.
    const lines = md.split('\n');
    const bulletLine = lines.findIndex((l) => l.startsWith('- '));
    const sentence = ' while cutting the nightly batch window from four hours to forty minutes for the finance team';
    const lat: number[] = [];
    // Three more rounds after the budgeted ones, reported apart: the first ~280 keystrokes after a
    // start run while V8 is still optimising the lint (per keystroke, server CPU fell from ~7.6 ms
    // in the first round to ~1 ms by the sixth, measured); the later rounds show the steady state.
    const later: number[] = [];
    let version = 1;
    for (let round = 0; round < 6; round++) {
      let typedSoFar = '';
      for (const ch of sentence) {
        typedSoFar += ch;
        const ls = lines.slice();
        ls[bulletLine] = lines[bulletLine] + typedSoFar;
        const v = ++version;
        const got = c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (p.version === undefined || p.version === v));
        const a = performance.now();
        c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: ls.join('\n') }] });
        await got;
        (round < 3 ? lat : later).push(performance.now() - a);
      }
    }
    report('typing into a bullet: didChange -> publishDiagnostics, p50', quantile(lat, 0.5), 'ms', undefined, `${lat.length} keystrokes`);
    report('typing into a bullet: didChange -> publishDiagnostics, p95', quantile(lat, 0.95), 'ms', 5);
    report('  the same, the next 279 keystrokes (code optimised), p50 / p95', quantile(later, 0.5), 'ms', undefined, `p95 ${quantile(later, 0.95).toFixed(2)} ms; not the budgeted row`);

    const pos = { line: bulletLine, character: 2 };
    for (const [name, method, params] of [
      ['completion', 'textDocument/completion', { textDocument: { uri }, position: pos }],
      ['hover', 'textDocument/hover', { textDocument: { uri }, position: { line: bulletLine, character: 3 } }],
      ['codeAction', 'textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: { line: bulletLine, character: 10 } }, context: { diagnostics: [] } }],
    ] as const) {
      const ts: number[] = [];
      for (let i = 0; i < 200; i++) {
        const a = performance.now();
        await c.request(method, params);
        ts.push(performance.now() - a);
      }
      report(`${name}, p95`, quantile(ts.slice(20), 0.95), 'ms', 5);
    }

    // 100 distinct open résumés: the server keeps the text, model and findings of each.
    const waits: Promise<unknown>[] = [];
    others.forEach((text, i) => {
      const u = `file:///bench/r${i}.resume.md`;
      waits.push(c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === u));
      c.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text } });
    });
    await Promise.all(waits);
    const open = (await c.request(MemoryRequest, null)) as MemoryResult;
    report('server RSS with 100 distinct résumés open (after GC)', open.rss / 1048576, 'MB', 150, open.collected ? undefined : 'no --expose-gc: before any collection');
    // 1000 edits spread over the open résumés, then memory again after a collection.
    for (let i = 0; i < 1000; i++) {
      const k = i % others.length;
      const u = `file:///bench/r${k}.resume.md`;
      const v = 2 + Math.floor(i / others.length);
      const got = c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === u && (p.version === undefined || p.version === v));
      c.notify('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [{ text: `${others[k]}\n- Edit ${i}: shipped ${ADJ_WORDS[i % ADJ_WORDS.length]} release` }] });
      await got;
    }
    const after = (await c.request(MemoryRequest, null)) as MemoryResult;
    report('server RSS right after 1000 edits (after GC)', after.rss / 1048576, 'MB', undefined, 'the peak of a typing burst: V8 keeps freed pages until the process is idle');
    // Once typing stops, V8's memory reducer returns those pages within seconds: poll until RSS settles.
    const settled = await settle(c, after);
    report('server RSS after 1000 edits, settled (after GC)', settled.m.rss / 1048576, 'MB', 150, `${(settled.ms / 1000).toFixed(1)} s after the last edit`);
    const mb = (x: number) => (x / 1048576).toFixed(0);
    console.log(`  (memory after 100 résumés / after 1000 edits, MB: heap used ${mb(open.heapUsed)} / ${mb(after.heapUsed)}, heap reserved ${mb(open.heapTotal)} / ${mb(after.heapTotal)}, outside the heap ${mb(open.external)} / ${mb(after.external)})`);
    report('heap growth over the 1000 edits (after GC)', (after.heapUsed - open.heapUsed) / 1048576, 'MB', undefined, 'near 0: the caches are bounded and keep no old versions');
    await c.request('shutdown', null);
    c.notify('exit', null);
  } finally {
    proc.kill();
  }
}

/** Memory once the server is idle: readings every 500 ms until four agree within 1 MB (or 30 s). */
async function settle(c: LspClient, first: MemoryResult): Promise<{ m: MemoryResult; ms: number }> {
  const t0 = performance.now();
  const seen = [first];
  while (performance.now() - t0 < 30_000) {
    await new Promise((r) => setTimeout(r, 500));
    seen.push((await c.request(MemoryRequest, null)) as MemoryResult);
    const last = seen.slice(-4).map((m) => m.rss);
    if (last.length === 4 && Math.max(...last) - Math.min(...last) < 1048576) break;
  }
  return { m: seen[seen.length - 1], ms: performance.now() - t0 };
}

function sizes(): void {
  console.log('\n## Bundles');
  const kb = (p: string): number => (existsSync(join(repoRoot, p)) ? statSync(join(repoRoot, p)).size / 1024 : NaN);
  // SPEC §9: the client "as small as vscode-languageclient allows". Bundled again with a metafile
  // to tell the library (with what it pulls in) from the extension's own code.
  report('client bundle (dist/client.js)', kb('dist/client.js'), 'KB');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const r = esbuild.buildSync({ entryPoints: [join(repoRoot, 'client/src/extension.ts')], bundle: true, minify: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.values(r.metafile!.outputs)[0].inputs;
    let lib = 0;
    let own = 0;
    for (const [path, v] of Object.entries(inputs)) (path.includes('node_modules/') ? (lib += v.bytesInOutput) : (own += v.bytesInOutput));
    report('client: vscode-languageclient and its dependencies', lib / 1024, 'KB', undefined, 'the floor the SPEC sets');
    report("client: the extension's own code", own / 1024, 'KB', 60, 'everything above the library');
  } catch (e) {
    report("client: the extension's own code", NaN, 'KB', 60, `not measured: ${(e as Error).message}`);
  }
  report('server bundle (dist/server.js loader + dist/server-main.js)', kb('dist/server.js') + kb('dist/server-main.js'), 'KB', 1024);
  report('server: the yaml package apart (dist/yaml-lib.js)', kb('dist/yaml-lib.js'), 'KB', undefined, 'loaded on the first YAML or JSON résumé');
  report('server: markdown-it apart (dist/markdown-lib.js)', kb('dist/markdown-lib.js'), 'KB', undefined, 'loaded at the first preview or export');
  report('CLI bundle (dist/cli.js entry + dist/cli-main.js)', kb('dist/cli.js') + kb('dist/cli-main.js'), 'KB');
  const vsix = kb('resume-studio.vsix');
  report('resume-studio.vsix', vsix, 'KB', 2048, Number.isNaN(vsix) ? 'not packaged: run npm start first' : undefined);
}

async function main(): Promise<void> {
  // Every row runs with spelling on: the linters use the dictionary the product ships.
  registerDictionary(join(repoRoot, 'dist'));
  // `npm run bench -- --lsp` runs only the language-server rows.
  if (process.argv.includes('--lsp')) {
    await lspBench();
    sizes();
    return;
  }
  const { coldMs, coldTexts } = engineBench();
  spellingBench(report);
  // `npm run bench -- --engine` stops after the engine figures (quick checks while optimising).
  if (!process.argv.includes('--engine')) {
    await peerBench(coldMs, coldTexts);
    await lspBench();
    sizes();
  }
  const outDir = join(repoRoot, 'out/bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
  const over = rows.filter((r) => r.ok === false);
  console.log(`\n${rows.length} figures, ${over.length} over budget${over.length ? ': ' + over.map((r) => r.what).join('; ') : ''}. JSON: out/bench/results.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
