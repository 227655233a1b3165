// Hugo's TOML front matter ("+++"): the roles an Academic / Wowchemy widget page lists as arrays of
// tables ("[[experience]]" with title, company, location, date_start, date_end and a description;
// the timeline widget's "[[period]]", its employer under "subtitle"). Enough of TOML is read for
// that (tables, arrays of tables, strings of the four kinds, bare values), and each value becomes a
// YAML node spanning its own text, so the JSON Resume reader of shapes of their own reads the roles
// and every field's span is the page's.
import type { Section } from '../model';
import { Pair, Scalar, YAMLMap, YAMLSeq } from './yaml-lib';
import { readJsonResume } from './jsonresume';
import { looseKeyKind, ROLE_KINDS } from './yaml-entries';
import type { ReadContext } from './yaml-read';

const ARRAY_TABLE = /^[ \t]*\[\[[ \t]*([A-Za-z_][\w.-]{0,39})[ \t]*\]\][ \t]*(?:#.*)?$/;
const TABLE = /^[ \t]*\[[ \t]*[A-Za-z_"]/;
const KEY_VALUE = /^[ \t]*([A-Za-z_][\w-]{0,39})[ \t]*=[ \t]*/;

type Node = InstanceType<typeof Scalar>;

/** A scalar node over src[from, to) (quotes included), its value `value`, read by scalarText as `type`. */
function scalar(value: string, from: number, to: number, type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL'): Node {
  const s = new Scalar(value);
  s.range = [from, to, to];
  s.type = type;
  return s;
}

/**
 * The value that starts at `at` (the line's offset after "key = "): its node and where it ends, or
 * undefined for what these pages do not hold (arrays, inline tables).
 */
function valueAt(src: string, at: number, end: number): { node: Node; next: number } | undefined {
  const nl = src.indexOf('\n', at);
  const lineEnd = nl < 0 || nl > end ? end : nl;
  for (const q of ['"""', "'''"]) {
    if (!src.startsWith(q, at)) continue;
    const close = src.indexOf(q, at + 3);
    if (close < 0 || close > end) return undefined;
    // (A newline right after the opening quotes is no part of the value.)
    let from = at + 3;
    if (src[from] === '\r') from++;
    if (src[from] === '\n') from++;
    const raw = src.slice(from, close);
    // Read as a YAML block scalar is: its first line's indentation taken off every line.
    const indent = /^[ \t]*/.exec(raw.split('\n').find((l) => l.trim()) ?? '')![0].length;
    const value = raw
      .split('\n')
      .map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length)))
      .join('\n')
      .replace(/\s+$/, '');
    // (BLOCK_LITERAL: scalarText starts its content on the line after the node's first character.
    // A value on the quotes' own line, description = """Built ….""", is mapped as written from
    // its first character: read as a block, it was mapped to the line below, every span empty.)
    if (from === at + 3) return { node: scalar(value, from, close, 'PLAIN'), next: close + 3 };
    return { node: scalar(value, at, close, 'BLOCK_LITERAL'), next: close + 3 };
  }
  const c = src[at];
  if (c === '"' || c === "'") {
    let k = at + 1;
    while (k < lineEnd && src[k] !== c) k += c === '"' && src[k] === '\\' ? 2 : 1;
    if (k >= lineEnd) return undefined;
    const body = src.slice(at + 1, k);
    // (Escapes are rare in these pages; read literally, as scalarText maps the value onto the source.)
    return { node: scalar(c === '"' ? body.replace(/\\(["\\])/g, '$1') : body, at, k + 1, c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'), next: k + 1 };
  }
  if (c === '[' || c === '{') return undefined;
  const hash = src.indexOf('#', at);
  const stop = hash >= 0 && hash < lineEnd ? hash : lineEnd;
  const bare = src.slice(at, stop).trimEnd();
  if (!bare) return undefined;
  return { node: scalar(bare, at, at + bare.length, 'PLAIN'), next: stop };
}

/**
 * The sections of roles or degrees the TOML front matter src[start, end) lists as arrays of tables;
 * empty when it lists none. The page's `title` names a single such section ("Professional Timeline").
 */
export function readTomlSections(src: string, start: number, end: number): Section[] {
  const root = new YAMLMap();
  const arrays = new Map<string, InstanceType<typeof YAMLSeq>>();
  let current: InstanceType<typeof YAMLMap> | undefined = root;
  let title: string | undefined;
  let widget: string | undefined;
  let at = start;
  while (at < end) {
    const nl = src.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = src.slice(at, lineEnd);
    let next = lineEnd + 1;
    const arr = ARRAY_TABLE.exec(line);
    if (arr) {
      let seq = arrays.get(arr[1]);
      if (!seq) {
        seq = new YAMLSeq();
        arrays.set(arr[1], seq);
        const from = at + line.indexOf(arr[1]);
        root.items.push(new Pair(scalar(arr[1], from, from + arr[1].length, 'PLAIN'), seq));
      }
      current = new YAMLMap();
      seq.items.push(current);
    } else if (TABLE.test(line)) current = undefined;
    else {
      const kv = KEY_VALUE.exec(line);
      const v = kv && current ? valueAt(src, at + kv[0].length, end) : undefined;
      if (kv && v && current) {
        const from = at + line.indexOf(kv[1]);
        current.items.push(new Pair(scalar(kv[1], from, from + kv[1].length, 'PLAIN'), v.node));
        if (current === root && kv[1] === 'title') title = String(v.node.value);
        if (current === root && kv[1] === 'widget') widget = String(v.node.value);
        if (v.next > lineEnd) {
          const after = src.indexOf('\n', v.next);
          next = after < 0 || after > end ? end : after + 1;
        }
      }
    }
    at = next;
  }
  // The timeline widget's "[[period]]" is a role, its employer under "subtitle".
  const pageKind = looseKeyKind((title ?? '').trim() || 'other');
  const listed: [string, InstanceType<typeof YAMLSeq>][] = [...arrays].filter(([name]) => ROLE_KINDS.has(looseKeyKind(name)) || (ROLE_KINDS.has(pageKind) && (widget === 'timeline' || widget === 'experience' || name === 'period')));
  if (!listed.length) return [];
  const own = new YAMLMap();
  for (const [name, seq] of listed) {
    for (const item of seq.items as InstanceType<typeof YAMLMap>[]) {
      const has = (k: string) => item.items.some((p) => (p.key as Node).value === k);
      const sub = item.items.find((p) => (p.key as Node).value === 'subtitle');
      if (!has('company') && sub && String((sub.value as Node).value ?? '').trim()) item.items.push(new Pair(scalar('company', 0, 0, 'PLAIN'), sub.value));
    }
    const key = root.items.find((p) => (p.key as Node).value === name)!.key as Node;
    // (Named by the page's title where the array's own name says no kind: "[[period]]" under "Professional Timeline".)
    const sectionKey = ROLE_KINDS.has(looseKeyKind(name)) ? key : scalar(title!.trim(), key.range![0], key.range![1], 'PLAIN');
    own.items.push(new Pair(sectionKey, seq));
  }
  const ctx: ReadContext = { src, problems: [] };
  const sections = readJsonResume(ctx, own, { format: 'jsonresume', ongoingEducation: false, contactBesideBasics: false, own: true }).sections.filter((s) => ROLE_KINDS.has(s.kind) && s.entries.some((e) => e.title || e.organisation || e.dates));
  if (title && title.trim() && sections.length === 1 && looseKeyKind(title.trim()) === sections[0].kind) sections[0] = { ...sections[0], title: title.trim() };
  return sections;
}
