// How far apart two words are, in edits: the spell checker's test of a typo, and the one the
// rules and the section names use to read a slip of a known word.

/** Restricted Damerau–Levenshtein distance, for telling a typo from an unrelated word. */
export function editDistance(a: string, b: string): number {
  // (One flat table of numbers: a row of arrays made by spreading, per call, was most of its cost.)
  const m = a.length;
  const n = b.length;
  const w = n + 1;
  const d = new Int32Array((m + 1) * w);
  for (let j = 0; j <= n; j++) d[j] = j;
  for (let i = 1; i <= m; i++) {
    const row = i * w;
    const up = row - w;
    d[row] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let x = d[up + j - 1] + (ca === cb ? 0 : 1);
      const del = d[up + j] + 1;
      const ins = d[row + j - 1] + 1;
      if (del < x) x = del;
      if (ins < x) x = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const t = d[up - w + j - 2] + 1;
        if (t < x) x = t;
      }
      d[row + j] = x;
    }
  }
  return d[m * w + n];
}

/**
 * Whether editDistance(a, b) is exactly 1 (one letter changed, added, dropped, or two neighbours
 * swapped), in one pass and without the table: for asking it of many pairs.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const m = a.length;
  const n = b.length;
  if (m - n > 1) return false;
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  if (i === n) return m === n + 1; // equal, or one letter added at the end
  if (m === n) {
    // One letter changed, or two neighbours swapped; the rest equal.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < n && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.slice(i + 1) === b.slice(i); // one letter added inside
}
