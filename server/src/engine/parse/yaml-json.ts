// Fast path for JSON résumés. The `yaml` package reads JSON correctly but at ~1 ms per 5 KB,
// twice the whole engine budget (SPEC §9); jsonc-parser reads the same file ~10x faster with
// the same offsets. Its tree is rebuilt as `yaml` nodes with the ranges `yaml` would give
// (a test checks the models are identical), so the dialect readers see one node shape.
// Anything jsonc-parser finds wrong, or a duplicate key, goes back to `yaml` for its messages.
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js'; // the ESM build: esbuild cannot bundle the UMD build's dynamic requires
import { Pair, Scalar, YAMLMap, YAMLSeq } from './yaml-lib';

/** The document's root as `yaml` nodes, or undefined when the text is not clean JSON. */
export function readJsonFast(text: string): unknown | undefined {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  if (text[i] !== '{') return undefined;
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch {
    return undefined;
  }
  if (!tree || errors.length > 0) return undefined;
  try {
    return convert(tree, text);
  } catch (e) {
    if (e === DUPLICATE) return undefined;
    throw e;
  }
}

const DUPLICATE = new Error('duplicate key');

function range(n: JsonNode): [number, number, number] {
  return [n.offset, n.offset + n.length, n.offset + n.length];
}

function convert(n: JsonNode, text: string): unknown {
  switch (n.type) {
    case 'object': {
      const map = new YAMLMap();
      map.flow = true;
      map.range = range(n);
      const seen = new Set<string>();
      for (const prop of n.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k) continue;
        if (seen.has(k.value)) throw DUPLICATE;
        seen.add(k.value);
        map.items.push(new Pair(convert(k, text), v ? convert(v, text) : null));
      }
      return map;
    }
    case 'array': {
      const seq = new YAMLSeq();
      seq.flow = true;
      seq.range = range(n);
      for (const item of n.children ?? []) seq.items.push(convert(item, text));
      return seq;
    }
    default: {
      const sc = new Scalar(n.value ?? null);
      sc.range = range(n);
      if (n.type === 'string') sc.type = 'QUOTE_DOUBLE';
      else {
        sc.type = 'PLAIN';
        sc.source = text.slice(n.offset, n.offset + n.length);
      }
      return sc;
    }
  }
}
