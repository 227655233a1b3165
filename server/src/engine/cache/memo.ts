// A bounded memo for readings that are pure functions of a string key. The editor re-parses the
// whole document on every keystroke, and nearly every line and header block is the same as the
// last time, so their readings are kept across parses. Bounded so a huge file or a long editing
// session cannot grow memory without limit, and keys longer than MAX_KEY share a single slot (a huge
// line then costs one copy, and still hits while it is not edited).
//
// Entries live in generations (GenerationalMap): what no parse has asked for over the last
// GENERATION parses is dropped. Typing leaves an entry per keystroke that is never asked for again
// ("Led", "Led a", "Led a t", ...); kept until a size limit, they held memory and grew the maps to
// 20000 scattered entries where the document uses a few hundred (measured: typing ~4% slower).
//
// Values are shared between parses: callers must store offset-free values (spans relative to the
// start of what the key describes) and never hand a stored object to a Resume without copying it.
// Nor may a kept key or value be a slice of the document: V8 keeps a slice's whole parent string
// alive, so thousands of kept line texts could pin thousands of old copies of a large file.

/** Entries at most (a 500 KB résumé has ~10000 lines and ~5000 bullets). */
const LIMIT = 20000;
/** Parses between sweeps: an entry unused for 32 to 64 parses is dropped. */
const GENERATION = 32;
const MAX_KEY = 2000;

import { currentState, type EngineState, newSlot, scoped } from './state';

/** A copy of `s` that does not keep the string it was sliced from alive. */
export function detach(s: string): string {
  // V8 makes a slice or a concatenation shorter than 13 characters as a flat copy of its own
  // (SlicedString and ConsString have a minimum length of 13): such a string refers to no other and
  // is kept as it is. (A third to half of the strings kept in a lint are this short: words, dates.)
  if (s.length < 13) return s;
  // Slicing a concatenation copies the characters into a new flat string.
  return (' ' + s).slice(1);
}

/** Called once per parse: the clock the generations of the active state's caches follow. */
export function nextParse(): void {
  currentState().parses++;
}

/** A GenerationalMap's entries in one state. */
class Generations<K, V> {
  readonly map = new Map<K, { value: V; used: number }>();
  swept: number;

  constructor(readonly state: EngineState) {
    this.swept = state.parses;
  }
}

/**
 * A map that forgets what was not used lately: each entry remembers the parse that last read it,
 * and every GENERATION parses (or when `limit` entries are held) those not read since the last
 * sweep are deleted. Reading costs one lookup and one store; nothing is copied or re-inserted.
 * The object is a handle: its entries live in the active EngineState (state.ts).
 */
export class GenerationalMap<K, V> {
  private readonly slot = newSlot();

  constructor(private readonly limit = LIMIT) {}

  private store(): Generations<K, V> {
    const s = currentState();
    let g = s.stores[this.slot] as Generations<K, V> | undefined;
    if (g === undefined) s.stores[this.slot] = g = new Generations<K, V>(s);
    return g;
  }

  get(key: K): V | undefined {
    const g = this.store();
    const now = g.state.parses;
    if (now - g.swept >= GENERATION) sweep(g);
    const e = g.map.get(key);
    if (e === undefined) return undefined;
    e.used = now;
    return e.value;
  }

  set(key: K, value: V): void {
    const g = this.store();
    if (g.map.size >= this.limit) {
      sweep(g);
      // Everything was used since the last sweep: the document alone is bigger than the limit.
      if (g.map.size >= this.limit) g.map.clear();
    }
    g.map.set(key, { value, used: g.state.parses });
  }

  get size(): number {
    return this.store().map.size;
  }

  clear(): void {
    this.store().map.clear();
  }
}

function sweep<K, V>(g: Generations<K, V>): void {
  const since = g.swept;
  for (const [k, e] of g.map) if (e.used < since) g.map.delete(k);
  g.swept = g.state.parses;
}

export class Memo<V> {
  private readonly map = new GenerationalMap<string, V>();
  /** The one key longer than MAX_KEY kept, and its value, per state. */
  private readonly long = scoped<{ key?: string; value?: V }>(() => ({}));

  get(key: string): V | undefined {
    if (key.length > MAX_KEY) {
      const l = this.long();
      return key === l.key ? l.value : undefined;
    }
    return this.map.get(key);
  }

  /**
   * The value kept for `key`, else `compute(key)`, kept. `compute` gets a detached copy of the
   * key, so strings it slices from it are safe to keep. Return null, not undefined, for "nothing".
   */
  use(key: string, compute: (key: string) => V): V {
    let v = this.get(key);
    if (v === undefined) {
      const k = detach(key);
      v = compute(k);
      this.keep(k, v);
    }
    return v;
  }

  /** Keeps `value`, which must hold no slice of the document; the key is detached here. */
  set(key: string, value: V): void {
    this.keep(detach(key), value);
  }

  private keep(key: string, value: V): void {
    if (key.length > MAX_KEY) {
      const l = this.long();
      l.key = key;
      l.value = value;
      return;
    }
    this.map.set(key, value);
  }
}

/** A Memo for one pure function of a string: `get(text)` is `compute(text)`, kept. */
export class TextMemo<V> {
  private readonly memo = new Memo<V>();

  constructor(private readonly compute: (text: string) => V) {}

  get(text: string): V {
    return this.memo.use(text, this.compute);
  }

  /** The kept value, without computing one. */
  peek(text: string): V | undefined {
    return this.memo.get(text);
  }

  /** Keeps a value computed elsewhere (what compute(text) returns, holding no slices of the document). */
  set(text: string, v: V): void {
    this.memo.set(text, v);
  }
}
