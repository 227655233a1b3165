// A bounded memo for readings that are pure functions of a string key. The editor re-parses the
// whole document on every keystroke, and nearly every line and header block is the same as the
// last time, so their readings are kept across parses. Bounded so a huge file or a long editing
// session cannot grow memory without limit: the map is dropped when full, and keys longer than
// MAX_KEY share a single slot (a huge line then costs one copy, and still hits while it is not edited).
//
// Values are shared between parses: callers must store offset-free values (spans relative to the
// start of what the key describes) and never hand a stored object to a Resume without copying it.
// Nor may a kept key or value be a slice of the document: V8 keeps a slice's whole parent string
// alive, so thousands of kept line texts could pin thousands of old copies of a large file.

const LIMIT = 5000;
const MAX_KEY = 2000;

/** A copy of `s` that does not keep the string it was sliced from alive. */
export function detach(s: string): string {
  // Slicing a concatenation copies the characters into a new flat string.
  return (' ' + s).slice(1);
}

export class Memo<V> {
  private readonly map = new Map<string, V>();
  private longKey: string | undefined;
  private longValue: V | undefined;

  get(key: string): V | undefined {
    if (key.length > MAX_KEY) return key === this.longKey ? this.longValue : undefined;
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
      this.longKey = key;
      this.longValue = value;
      return;
    }
    if (this.map.size >= LIMIT) this.map.clear();
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
