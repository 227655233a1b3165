// Never slow (issue 13): every hostile shape the issue names, and generated ones (runs of one
// character, of separators, of markup openers, of digits and dashes, of directives), is parsed,
// linted and rendered at n, 2n and 4n characters, and the time may grow about linearly, no
// faster. Ratios of CPU time, never absolute times: the machine may be slow or busy, but a
// regular expression that re-reads the same run from every position turns 4x the text into 16x
// the time. Each size is measured a few times, a few characters apart (so no memo answers a
// repeat), the sizes taking turns, and the fastest kept; a shape over the bound is measured again at four and then sixteen
// times the size before it fails, so noisy samples cannot fail the suite and a quadratic still does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../server/src/engine/linter';
import { renderResume } from '../../server/src/engine/render/index';
import { adversarialShapes, boundedShapes, generatedShapes, type Shape } from '../util/adversarial';
import { useDictionary } from '../util/dictionary';
import { processCpuMs } from '../util/clock';

// Spelling on, as users run it: the spelling rule's scans are hostile-input paths too.
useDictionary();

/** Characters of the smallest size: big enough that a quadratic term shows, small enough for the suite. */
const N = 3000;
/** Linear growth is 4x for 4x the text; quadratic is 16x. Fail above this. */
const MAX_RATIO = 8;
const REPS = 2;


/** One run of parse + lint + render on `shape` at about `n` characters (repeat `r`), in ms of CPU. */
function timeOnce(shape: Shape, n: number, r: number): number {
  const text = shape.make(n + 7 * r);
  // A new linter each time: every run is cold. (With one shared state, the confirming runs at
  // four times the size re-read the texts the first runs ended with, and their caches answered.)
  const linter = new Linter();
  const t0 = processCpuMs();
  const result = linter.lint(text, shape.file);
  if (result) renderResume(result.resume, text, { timeline: true });
  // Below a millisecond the clock's grain decides the ratio: count such a run as 1 ms.
  return Math.max(processCpuMs() - t0, 1);
}

/**
 * The fastest of `reps` runs at n, 2n and 4n. The sizes take turns (n, 2n, 4n, n, 2n, 4n …), so
 * a burst of load on a busy machine (the suite's other files, GC threads, which count in process
 * CPU time) lands on every size alike rather than on the last size measured.
 */
function growth(shape: Shape, n: number, reps = REPS): { ratio: number; times: number[] } {
  // Warm, at n itself: the first runs of a code path are interpreted until the compiler takes
  // over, and a slow first n would hide a quadratic's growth behind a large divisor.
  timeOnce(shape, n, 9);
  timeOnce(shape, n, 10);
  const times = [Infinity, Infinity, Infinity];
  for (let r = 0; r < reps; r++) for (let k = 0; k < 3; k++) times[k] = Math.min(times[k], timeOnce(shape, n << k, r));
  return { ratio: times[2] / times[0], times };
}

// Every named shape and every unit as a bullet and as many bullets; the same units as one bare
// line are measured by `npm run fuzz` (test/fuzz/), which has the time for them.
const shapes = [...adversarialShapes().filter((s) => !s.name.endsWith(': one line')), ...generatedShapes(13, 12)];

test(`parse + lint + render grow about linearly on ${shapes.length} hostile shapes (n, 2n, 4n; fails above ${MAX_RATIO}x for 4x)`, { timeout: 240_000 }, () => {
  const slow: string[] = [];
  for (const shape of shapes) {
    let g = growth(shape, N);
    // Confirm before failing: noise passes at four times the size, where bounded parts (the
    // timeline's 300 bars) have stopped growing; a quadratic term only grows.
    if (g.ratio > MAX_RATIO) g = growth(shape, 4 * N, REPS + 1);
    // Still over (GC threads count in process CPU time, and a busy machine can repeat a bad
    // sample): once more at sixteen times, where a quadratic term is far past the bound for certain.
    if (g.ratio > MAX_RATIO) g = growth(shape, 16 * N, REPS + 1);
    if (process.env.RESUME_STUDIO_SHAPES_VERBOSE) console.error(`${g.ratio.toFixed(1)}x ${g.times.map((t) => t.toFixed(0)).join('/')} ${shape.name}`);
    if (g.ratio > MAX_RATIO) slow.push(`${shape.name}: ${g.times.map((t) => t.toFixed(1)).join(' / ')} ms CPU at n, 2n, 4n (${g.ratio.toFixed(1)}x)`);
  }
  assert.deepEqual(slow, [], 'shapes whose time grows faster than linearly');
});

/** A hostile input of bounded size may cost this many times its ordinary peer, no more. */
const MAX_PEER_RATIO = 10;

test(`hostile inputs of bounded size cost about what an ordinary text of their size and shape does (at most ${MAX_PEER_RATIO}x)`, () => {
  const slow: string[] = [];
  const once = (text: string, file: string): number => {
    const linter = new Linter();
    const t0 = processCpuMs();
    linter.lint(text, file);
    return Math.max(processCpuMs() - t0, 1);
  };
  for (const s of boundedShapes()) {
    // (Warm, then the fastest of three each, taking turns.)
    once(s.peer, s.file);
    once(s.text, s.file);
    let hostile = Infinity;
    let peer = Infinity;
    for (let r = 0; r < 3; r++) {
      peer = Math.min(peer, once(s.peer, s.file));
      hostile = Math.min(hostile, once(s.text, s.file));
    }
    if (hostile > MAX_PEER_RATIO * peer) slow.push(`${s.name}: ${hostile.toFixed(1)} ms CPU against ${peer.toFixed(1)} ms for its peer`);
  }
  assert.deepEqual(slow, [], 'bounded hostile inputs far slower than their peers');
});

test('the shape generator makes each named family and replays a seed exactly', () => {
  const names = adversarialShapes().map((s) => s.name);
  for (const family of ['1-2 repeated', 'one letter', '[a](', 'unclosed <!--', '*a repeated', 'inline directives', 'separators', 'openers', 'digits', 'overlapping roles', 'short roles'])
    assert.ok(names.some((n) => n.includes(family)), `a shape for ${family}`);
  for (const s of adversarialShapes()) assert.ok(s.make(1000).length >= 1000, `${s.name} makes at least n characters`);
  assert.deepEqual(generatedShapes(7, 5).map((s) => s.make(50)), generatedShapes(7, 5).map((s) => s.make(50)));
});
