// What a linter keeps between lints: every cache of the engine lives in an EngineState, which a
// linter owns (api.ts / linter.ts). Modules hold only handles (a slot number), never the cached
// data, so two linters never share a cache and dropping a linter drops everything it kept.
// Loaded immutable data (the dictionary, word lists) is not state and stays shared.
//
// A lint runs synchronously inside withState(linter's state, ...): the handles find the active
// state through one module variable. Code run outside any linter (a test calling one reader
// directly) gets a fresh state that lasts for that synchronous run only.

export class EngineState {
  /** The caches' clock: parses so far (memo.ts forgets what no recent parse used). */
  parses = 0;
  /** Each handle's store, by its slot number. */
  readonly stores: unknown[] = [];
}

let active: EngineState | undefined;
let slots = 0;

/** A new slot number for a handle (modules make their handles once, at load). */
export function newSlot(): number {
  return slots++;
}

/** The state the current lint runs in. */
export function currentState(): EngineState {
  if (active) return active;
  const temp = new EngineState();
  active = temp;
  // Kept only until the end of this synchronous run: nothing outlives it at module level.
  queueMicrotask(() => {
    if (active === temp) active = undefined;
  });
  return temp;
}

/** Runs `fn` with `state` active (restoring what was active before, so calls may nest). */
export function withState<T>(state: EngineState, fn: () => T): T {
  const prev = active;
  active = state;
  try {
    return fn();
  } finally {
    active = prev;
  }
}

/** A value kept per state, made on first use in each state: `scoped(() => new Map())()`. */
export function scoped<T>(make: () => T): () => T {
  const slot = newSlot();
  return () => {
    const s = active ?? currentState();
    let v = s.stores[slot] as T | undefined;
    if (v === undefined) {
      v = make();
      s.stores[slot] = v;
    }
    return v;
  };
}

/**
 * A value kept per state for the last text (and tag, such as the format) it was asked for, made from
 * the text anew when either changes: what a whole-text scan found, for a re-lint of unchanged text.
 */
export function perText<T>(make: (text: string) => T): (text: string, tag?: string) => T {
  const handle = scoped<{ text?: string; tag?: string; value?: T }>(() => ({}));
  return (text, tag) => {
    const h = handle();
    if (h.value === undefined || h.text !== text || h.tag !== tag) {
      h.text = text;
      h.tag = tag;
      h.value = make(text);
    }
    return h.value;
  };
}

/**
 * A value kept per state for one parse and what follows it (the rules of that lint): made anew
 * when the state's parse count moves on. For per-lint tables keyed by objects each parse makes
 * afresh (bullets): a WeakMap kept with the state instead gathered every earlier lint's dead
 * entries until a full GC, and looking them up was a fifth of a warm re-lint.
 */
export function perParse<T>(make: () => T): () => T {
  const handle = scoped<{ parse: number; value: T | undefined }>(() => ({ parse: -1, value: undefined }));
  return () => {
    const h = handle();
    const now = (active ?? currentState()).parses;
    if (h.parse !== now || h.value === undefined) {
      h.parse = now;
      h.value = make();
    }
    return h.value;
  };
}
