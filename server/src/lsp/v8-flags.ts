// The V8 flags the language server runs with, in one place. The loader (dist/server.js) needs to
// know them: V8 accepts a code cache only under the flags it was made with.
import { setFlagsFromString } from 'node:v8';

/** Flags that change how code is compiled: set before anything is compiled. */
export function setCompileFlags(): void {
  // Each pattern is compiled once, to machine code, on its first use. With V8's tier-up a pattern
  // starts as bytecode and is compiled again to machine code after some uses, or at once on its
  // next use once it has run over a string of 1,000 characters or more: the lint runs many
  // patterns over the whole document, so the first lint compiled most of those twice and
  // interpreted the rest. A start to the first diagnostics on the bench résumé, main thread
  // (callgrind, two runs each): 1,894-1,896 -> 1,802-1,813 M instructions; the bench's typing
  // session (a start without code cache, then 279 keystrokes) 6,381 -> 6,083 M, with no pattern
  // recompiled in the middle of a keystroke's lint. (A tier-up after 100 uses rather than V8's 1
  // was a first lint 116 -> 71 ms, measured; no tier-up at all is fewer instructions still.)
  setFlagsFromString('--no-regexp-tier-up');
  // Parsing and compiling those patterns is about half of a start's own work (callgrind of a start
  // to the first diagnostics: ~670 M of ~1310 M instructions in V8's regexp parser and compiler,
  // ICU's sets for \p{...} included). A tenth of it went to peephole-optimising the interpreter's
  // bytecode, which a pattern run a few times never earns back; one run often is tiered up to
  // machine code, which that pass does not touch.
  setFlagsFromString('--no-regexp-peephole-optimization');
}

/**
 * Flags that shape the heap: set once the bundle is loaded (loading allocates ~20 MB of tables and
 * word lists; a young generation kept small while that happens costs ~15 scavenges, measured).
 */
export function setHeapFlags(heapDefaults = false): void {
  // The young generation otherwise grows to tens of MB under the burst of lints when many files
  // open, and stays that size: with 100 open résumés RSS 138 -> 119 MB, lint time unchanged (measured).
  setFlagsFromString(`--semi-space-growth-factor=${heapDefaults ? 2 : 1}`);
}

export function setServerV8Flags(): void {
  setCompileFlags();
  setHeapFlags();
}

/**
 * Runs fn under the flags the loader compiles with (the heap flags at V8's defaults), so that a
 * code cache made in fn is accepted by the next start: V8 stamps a cache with a hash of the flags
 * that differ from their defaults.
 */
export function withCompileTimeFlags<T>(fn: () => T): T {
  setHeapFlags(true);
  try {
    return fn();
  } finally {
    setHeapFlags();
  }
}

/** What the loader asks of the server it starts. */
export interface ServerHooks {
  /** Called once, after the first publishDiagnostics has been handed to the transport. */
  firstDiagnostics?: () => void;
  /** The dictionary file beside the bundle as read ahead by the loader (prefetch.ts), once it is in. */
  dictionary?: () => Uint8Array | undefined;
}
