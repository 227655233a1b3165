// Builds the word graph that word-graph.ts reads: a minimal acyclic automaton (DAWG) of a sorted
// word list, serialised to bytes that load without parsing. Used at build time
// (scripts/build-dictionary.ts) and by tests that need a small graph; never at lint time.
//
// Construction is the incremental algorithm for sorted input (Daciuk, Mihov, Watson & Watson 2000,
// "Incremental construction of minimal acyclic finite-state automata"): after each word, the part
// of the previous word that is no longer shared is replaced by equivalent registered nodes.
import { GRAPH_MAGIC, GRAPH_VERSION, HEADER_WORDS } from './word-graph';

interface Node {
  /** Outgoing edges in alphabet order: [char index, terminal, target]. */
  edges: [number, boolean, Node][];
  id: number;
  /** Words below this node (an edge's own terminal counts for the edge, not its target). */
  words: number;
}

export interface GraphWord {
  word: string;
  /** One byte stored per word, read back with WordGraph.data(index). */
  data: number;
}

/** The serialised graph of `words` (duplicates: the data bytes are OR-ed together). */
export function buildWordGraph(input: readonly GraphWord[]): Uint8Array {
  // Sort by UTF-16 code units, the order the reader's alphabet indices follow.
  const merged = new Map<string, number>();
  for (const { word, data } of input) if (word) merged.set(word, (merged.get(word) ?? 0) | data);
  const words = [...merged.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const chars = new Set<string>();
  for (const w of words) for (const c of w) if (c.length === 1) chars.add(c);
  const alphabet = [...chars].sort();
  if (alphabet.length > 255) throw new Error(`word graph: ${alphabet.length} distinct characters, at most 255 fit`);
  const charIndex = new Map(alphabet.map((c, i) => [c, i + 1]));
  const kept = words.filter((w) => [...w].every((c) => charIndex.has(c)));

  let nextId = 1;
  const newNode = (): Node => ({ edges: [], id: 0, words: 0 });
  const register = new Map<string, Node>();
  const root = newNode();
  const signature = (n: Node) => n.edges.map(([c, t, to]) => `${c}${t ? '!' : ':'}${to.id}`).join(',');
  /** Replaces the last child chain of `node` below depth with registered equivalents. */
  const minimise = (node: Node): void => {
    const last = node.edges[node.edges.length - 1];
    if (!last) return;
    const child = last[2];
    if (child.id === 0) {
      minimise(child);
      const sig = signature(child);
      const same = register.get(sig);
      if (same) last[2] = same;
      else {
        child.id = nextId++;
        child.words = child.edges.reduce((n, [, t, to]) => n + (t ? 1 : 0) + to.words, 0);
        register.set(sig, child);
      }
    }
  };
  let prev = '';
  const path: Node[] = [root];
  for (const w of kept) {
    let common = 0;
    while (common < w.length && common < prev.length && w[common] === prev[common]) common++;
    // Everything below the shared prefix of the previous word is final now.
    path.length = common + 1;
    minimise(path[common]);
    for (let i = common; i < w.length; i++) {
      const n = newNode();
      path[i].edges.push([charIndex.get(w[i])!, i === w.length - 1, n]);
      path.push(n);
    }
    prev = w;
  }
  minimise(root);
  root.words = root.edges.reduce((n, [, t, to]) => n + (t ? 1 : 0) + to.words, 0);

  // Lay nodes out: each node's edges contiguous; edge 0 is a dummy so target 0 means "no children".
  const order: Node[] = [];
  const placed = new Map<Node, number>();
  let edgeCount = 1;
  const place = (n: Node): void => {
    if (placed.has(n) || n.edges.length === 0) return;
    placed.set(n, edgeCount);
    edgeCount += n.edges.length;
    order.push(n);
    for (const [, , to] of n.edges) place(to);
  };
  place(root); // recursion depth is the longest word
  if (edgeCount >= 1 << 22) throw new Error(`word graph: ${edgeCount} edges, at most ${(1 << 22) - 1} fit`);

  const headerBytes = HEADER_WORDS * 4;
  const alphaBytes = Math.ceil(((alphabet.length + 1) * 2) / 4) * 4;
  const total = headerBytes + alphaBytes + edgeCount * 8 + kept.length;
  const buf = new ArrayBuffer(Math.ceil(total / 4) * 4);
  const header = new Uint32Array(buf, 0, HEADER_WORDS);
  header[0] = GRAPH_MAGIC;
  header[1] = GRAPH_VERSION;
  header[2] = alphabet.length + 1;
  header[3] = edgeCount;
  header[4] = kept.length;
  header[5] = placed.get(root) ?? 0;
  const alpha = new Uint16Array(buf, headerBytes, alphabet.length + 1);
  alphabet.forEach((c, i) => (alpha[i + 1] = c.charCodeAt(0)));
  const edges = new Uint32Array(buf, headerBytes + alphaBytes, edgeCount);
  const before = new Uint32Array(buf, headerBytes + alphaBytes + edgeCount * 4, edgeCount);
  for (const n of order) {
    const at = placed.get(n)!;
    let sum = 0;
    n.edges.forEach(([c, t, to], i) => {
      const target = placed.get(to) ?? 0;
      edges[at + i] = c | (t ? 1 << 8 : 0) | (i === n.edges.length - 1 ? 1 << 9 : 0) | (target << 10);
      before[at + i] = sum;
      sum += (t ? 1 : 0) + to.words;
    });
  }
  const data = new Uint8Array(buf, headerBytes + alphaBytes + edgeCount * 8, kept.length);
  kept.forEach((w, i) => (data[i] = merged.get(w)!));
  return new Uint8Array(buf);
}
