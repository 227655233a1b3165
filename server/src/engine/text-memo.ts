// A bounded memo for pure functions of a string (a header line, a chunk of the document). An
// editor re-lints on every keystroke while most of the text stays the same, so rules that read
// pieces of it can answer from the last lint. Bounded like prose.ts's memos: cleared when full,
// and a long text gets one slot instead of an entry per keystroke. Keys are kept as copies (and
// computed from the copy), because a slice of the document would keep that version of it alive.
import { detach } from './parse/memo';
const LIMIT = 5000;
const LONG = 2000;

export class TextMemo<V> {
  private readonly map = new Map<string, V>();
  private longKey: string | undefined;
  private longValue: V | undefined;

  constructor(private readonly compute: (text: string) => V) {}

  /** The kept value, without computing one. */
  peek(text: string): V | undefined {
    return text.length > LONG ? (this.longKey === text ? this.longValue : undefined) : this.map.get(text);
  }

  /** Keeps a value computed elsewhere (it must be what compute(text) returns, holding no slices of the document). */
  set(text: string, v: V): void {
    if (text.length > LONG) {
      this.longKey = text;
      this.longValue = v;
      return;
    }
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(detach(text), v);
  }

  get(text: string): V {
    if (text.length > LONG) {
      if (this.longKey !== text) {
        this.longValue = this.compute(text);
        this.longKey = text;
      }
      return this.longValue as V;
    }
    let v = this.map.get(text);
    if (v === undefined) {
      const key = detach(text);
      v = this.compute(key);
      if (this.map.size >= LIMIT) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}
