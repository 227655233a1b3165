// A bounded memo for readings that are pure functions of a string key. The editor re-parses the
// whole document on every keystroke, and nearly every line and header block is the same as the
// last time, so their readings are kept across parses. Bounded so a huge file or a long editing
// session cannot grow memory without limit: the map is dropped when full, and keys longer than
// MAX_KEY share a single slot (a giant line is rarely parsed twice, and never needs two entries).
//
// Values are shared between parses: callers must store offset-free values (spans relative to the
// start of what the key describes) and never hand a stored object to a Resume without copying it.

const LIMIT = 5000;
const MAX_KEY = 2000;

export class Memo<V> {
  private readonly map = new Map<string, V>();
  private longKey: string | undefined;
  private longValue: V | undefined;

  get(key: string): V | undefined {
    if (key.length > MAX_KEY) return key === this.longKey ? this.longValue : undefined;
    return this.map.get(key);
  }

  /** The value kept for `key`, else `compute(key)`, kept. Store null, not undefined, for "nothing". */
  use(key: string, compute: (key: string) => V): V {
    let v = this.get(key);
    if (v === undefined) {
      v = compute(key);
      this.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    if (key.length > MAX_KEY) {
      this.longKey = key;
      this.longValue = value;
      return;
    }
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(key, value);
  }
}
