// A bounded memo for pure functions of a string (a header line, a chunk of the document). An
// editor re-lints on every keystroke while most of the text stays the same, so rules that read
// pieces of it can answer from the last lint. Bounded like prose.ts's memos: cleared when full,
// and a long text gets one slot instead of an entry per keystroke.
const LIMIT = 5000;
const LONG = 2000;

export class TextMemo<V> {
  private readonly map = new Map<string, V>();
  private longKey: string | undefined;
  private longValue: V | undefined;

  constructor(private readonly compute: (text: string) => V) {}

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
      v = this.compute(text);
      if (this.map.size >= LIMIT) this.map.clear();
      this.map.set(text, v);
    }
    return v;
  }
}
