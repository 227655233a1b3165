// YAML scalar -> text with a document offset for every character. Quotes, escapes, folded lines
// and block scalars make a value differ from its source slice; rules still need to point at the
// exact word, so each value carries an offsets map (Bullet.offsets) when it is not verbatim.
import type { Scalar } from 'yaml';
import { isScalar } from './yaml-lib';
import type { Bullet, Field, Span } from '../model';

/** A value read from the document: same shape as a Bullet, so bullets are just `Located`s. */
export type Located = Bullet;

/** Offset in the document of index `i` of `loc.text` (i may be text.length: one past the end). */
export function offsetOf(loc: Located, i: number): number {
  if (loc.offsets) return loc.offsets[Math.max(0, Math.min(i, loc.offsets.length - 1))];
  return loc.span.start + i;
}

/** The scalar's value with its location, or undefined for a non-scalar or a null (`key:`). */
export function scalarText(src: string, node: unknown): Located | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const sc = node as Scalar;
  const text = typeof sc.value === 'string' ? sc.value : (sc.source ?? String(sc.value));
  const range = sc.range;
  if (!range) return { text, span: { start: 0, end: 0 }, offsets: new Array(text.length + 1).fill(0) };
  const start = range[0];
  const end = Math.min(range[1], src.length);
  const type = sc.type;
  if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
    // Common case: nothing escaped or folded, the value is the slice between the quotes.
    if (src.startsWith(text, start + 1) && start + 1 + text.length <= end - 1 && !text.includes('\n'))
      if (src[start + 1 + text.length] === src[start]) return { text, span: { start: start + 1, end: start + 1 + text.length } };
    return mapped(src, text, start + 1, Math.max(start + 1, end - 1), type === 'QUOTE_DOUBLE' ? 'double' : 'single');
  }
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // Content starts on the line after the `|`/`>` header (which may carry a comment).
    let p = start;
    while (p < end && src[p] !== '\n' && src[p] !== '\r') p++;
    return mapped(src, text, p, end, 'block');
  }
  if (src.startsWith(text, start)) return { text, span: { start, end: start + text.length } };
  return mapped(src, text, start, end, 'plain');
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Walks value and source together: equal characters map to each other; source whitespace,
 * doubled quotes and escape sequences the value does not contain are skipped. A character that
 * matches nothing maps to the current source position so the map never drifts out of the range.
 */
function mapped(src: string, text: string, from: number, to: number, kind: 'plain' | 'single' | 'double' | 'block'): Located {
  const offsets = new Array<number>(text.length + 1);
  let p = from;
  let i = 0;
  while (i < text.length) {
    if (p >= to) {
      offsets[i++] = Math.max(from, to - 1);
      continue;
    }
    const c = text[i];
    const s = src[p];
    if (s === c) {
      offsets[i++] = p++;
      continue;
    }
    if (kind === 'double' && s === '\\') {
      const [decoded, len] = decodeEscape(src, p);
      if (decoded === '') {
        p += len;
        continue;
      }
      if (text.startsWith(decoded, i)) {
        for (let k = 0; k < decoded.length; k++) offsets[i++] = p;
        p += len;
        continue;
      }
    }
    if (isSpace(s) || (kind === 'single' && s === "'")) {
      p++;
      continue;
    }
    offsets[i++] = p++;
  }
  offsets[text.length] = text.length > 0 ? Math.min(offsets[text.length - 1] + 1, Math.max(to, from)) : from;
  const span = { start: offsets[0], end: offsets[text.length] };
  return compact({ text, span, offsets });
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** The text a double-quoted escape at `p` stands for, and its source length ('' for a line break). */
function decodeEscape(src: string, p: number): [string, number] {
  const e = src[p + 1];
  if (e === undefined) return ['\\', 1];
  if (e === '\n') return ['', 2];
  if (e === '\r') return ['', src[p + 2] === '\n' ? 3 : 2];
  if (e in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[e], 2];
  const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (hex) {
    const code = parseInt(src.slice(p + 2, p + 2 + hex), 16);
    if (Number.isFinite(code) && code <= 0x10ffff) return [String.fromCodePoint(code), 2 + hex];
  }
  return ['\\', 1];
}

/** Drops the offsets map when it is the identity from span.start (the value is a verbatim slice). */
function compact(loc: Located): Located {
  const o = loc.offsets;
  if (!o) return loc;
  const base = o[0];
  for (let i = 1; i < o.length; i++) if (o[i] !== base + i) return loc;
  return { text: loc.text, span: loc.span };
}

/** Part [a, b) of a located value, keeping its map. */
export function sliceLocated(loc: Located, a: number, b: number): Located {
  const text = loc.text.slice(a, b);
  if (!loc.offsets) return { text, span: { start: loc.span.start + a, end: loc.span.start + b } };
  const offsets = loc.offsets.slice(a, b);
  offsets.push(b > a ? offsets[offsets.length - 1] + 1 : loc.offsets[a]);
  return compact({ text, span: { start: offsets[0], end: offsets[offsets.length - 1] }, offsets });
}

/** The value without surrounding whitespace (a trailing space in a highlight is not content). */
export function trimLocated(loc: Located): Located {
  const t = loc.text;
  let a = 0;
  let b = t.length;
  while (a < b && /\s/.test(t[a])) a++;
  while (b > a && /\s/.test(t[b - 1])) b--;
  return a === 0 && b === t.length ? loc : sliceLocated(loc, a, b);
}

/** A value that is one Markdown link and nothing else, "[NeuralPrune](https://…)": group 1 is its text. */
export const WHOLE_MARKDOWN_LINK = /^\[([^\]\n]+)\]\([^()\s]*\)$/;

export function toField(loc: Located): Field {
  return { value: loc.text, span: loc.span };
}

/** Joins several located pieces with `sep`, e.g. "PhD" + " in " + "Computer Science". */
export function joinLocated(parts: Located[], sep: string): Located {
  if (parts.length === 1) return parts[0];
  let text = '';
  const offsets: number[] = [];
  parts.forEach((part, k) => {
    if (k > 0) {
      const at = offsetOf(part, 0);
      text += sep;
      for (let i = 0; i < sep.length; i++) offsets.push(at);
    }
    text += part.text;
    for (let i = 0; i < part.text.length; i++) offsets.push(offsetOf(part, i));
  });
  const last = parts[parts.length - 1];
  offsets.push(offsetOf(last, last.text.length));
  const span: Span = { start: Math.min(...parts.map((p) => p.span.start)), end: Math.max(...parts.map((p) => p.span.end)) };
  return { text, span, offsets };
}
