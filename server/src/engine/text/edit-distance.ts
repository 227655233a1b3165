// How far apart two words are, in edits: the spell checker's test of a typo, and the one the
// rules and the section names use to read a slip of a known word.

/** Restricted Damerau–Levenshtein distance, for telling a typo from an unrelated word. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[m][n];
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
