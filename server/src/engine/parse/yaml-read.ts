// Small typed accessors over the `yaml` package's node tree, shared by the three dialect readers.
// They never throw on unexpected shapes (a list where a map belongs reads as "absent").
import type { Document, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './yaml-lib';
import type { ParseProblem, Span } from '../model';
import { scalarText, trimLocated, type Located } from './yaml-scalar';

export interface ReadContext {
  src: string;
  /** Absent on the JSON fast path, which has no aliases to resolve. */
  doc?: Document;
  problems: ParseProblem[];
}

/** Follows an alias (`*anchor`) to its node; anything else is returned as is. */
export function resolve(ctx: ReadContext, node: unknown): unknown {
  if (isAlias(node)) {
    if (!ctx.doc) return undefined;
    try {
      return node.resolve(ctx.doc);
    } catch {
      return undefined;
    }
  }
  return node;
}

export function asMap(ctx: ReadContext, node: unknown): YAMLMap | undefined {
  const n = resolve(ctx, node);
  return isMap(n) ? n : undefined;
}

/** The items of a sequence (aliases resolved); [] for anything that is not a sequence. */
export function seqItems(ctx: ReadContext, node: unknown): unknown[] {
  const n = resolve(ctx, node);
  return isSeq(n) ? n.items.map((i) => resolve(ctx, i)) : [];
}

function keyName(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return k.value === null || k.value === undefined ? undefined : String(k.value);
  return undefined;
}

/** The pair for `key` (first of several spellings that is present), even when its value is null. */
export function pairOf(map: YAMLMap | undefined, ...keys: string[]): Pair | undefined {
  if (!map) return undefined;
  for (const key of keys)
    for (const item of map.items) if (keyName(item as Pair) === key) return item as Pair;
  return undefined;
}

/** The value of the first of `keys` that has a non-null value. */
// Two letters naming a language ("en", "fr", "de"): the keys of a value given in several languages.
const LANGUAGE_KEY = /^[a-z]{2}$/;

/**
 * A value given in several languages ("position: { en: Biologist II, fr: Biologiste II }", a bilingual
 * CV's data) read as its English one; any other value as it is.
 */
function englishOf(ctx: ReadContext, v: unknown): unknown {
  if (!isMap(v) || v.items.length < 2) return v;
  let english: unknown;
  for (const item of v.items) {
    const k = keyName(item as Pair);
    if (k === undefined || !LANGUAGE_KEY.test(k)) return v;
    if (k === 'en') english = resolve(ctx, (item as Pair).value);
  }
  return english ?? v;
}

export function get(ctx: ReadContext, map: YAMLMap | undefined, ...keys: string[]): unknown {
  if (!map) return undefined;
  for (const key of keys) {
    const pair = pairOf(map, key);
    if (!pair) continue;
    const v = resolve(ctx, pair.value);
    if (v === null || v === undefined) continue;
    if (isScalar(v) && (v.value === null || v.value === undefined)) continue;
    return englishOf(ctx, v);
  }
  return undefined;
}

/** A scalar value, trimmed; undefined when missing, null, empty or not a scalar. */
export function str(ctx: ReadContext, map: YAMLMap | undefined, ...keys: string[]): Located | undefined {
  for (const key of keys) {
    const loc = scalarText(ctx.src, get(ctx, map, key));
    if (!loc) continue;
    const t = trimLocated(loc);
    if (t.text !== '') return t;
  }
  return undefined;
}

/** All (key name, pair) entries of a map, in document order. */
export function entriesOf(map: YAMLMap | undefined): { key: string; pair: Pair }[] {
  const out: { key: string; pair: Pair }[] = [];
  if (!map) return out;
  for (const item of map.items) {
    const key = keyName(item as Pair);
    if (key !== undefined) out.push({ key, pair: item as Pair });
  }
  return out;
}

/** Where a node sits ([start, end of value)); an empty span at `fallback` for a node without one. */
export function nodeSpan(node: unknown, fallback = 0): Span {
  const r = (node as { range?: [number, number, number] | null } | null)?.range;
  return r ? { start: r[0], end: r[1] } : { start: fallback, end: fallback };
}

/** The span without the trailing whitespace and line break a block node's range includes. */
export function trimSpan(src: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(src[end - 1] ?? '')) end--;
  return { start: span.start, end };
}

/** A `key: value` pair from the key's start to the value's end. */
export function pairSpan(pair: Pair): Span {
  const k = nodeSpan(pair.key);
  const v = pair.value ? nodeSpan(pair.value, k.end) : k;
  return { start: k.start, end: Math.max(k.end, v.end) };
}
