// Nothing lost (SPEC §10): which words of the source a reader sees, which of them the rendered
// page already shows, and where the others go. It does not trust the parser: the renderer tells
// it each field, bullet and block it put on the page, each is matched word by word against the
// source inside its span (a field whose span is wider than its value covers only its value's
// words), and every word left over is printed as plain text where it stands:
//
// - beside a field on the same source line (prose only): a label before it ("Email:"), a connector
//   ("at" in "Engineer at Acme"), a suffix after it ("Senior Engineer, Platform Team");
// - else in the slot of the innermost container the renderer declared around its place: the head
//   of an entry, between two bullets, between two entries, between two sections, the header;
// - else at the end of the résumé.
//
// Words a reader sees: in Markdown, everything outside markup (HTML tags and comments, link and
// image targets, reference definitions, attribute lists, front-matter keys and generator
// settings); in plain text, everything; in YAML/JSON, the values (not the keys, except RenderCV
// section names), minus link-only values and the subtrees that configure a tool.
import { nestingOf } from '../parse/nesting';
import { maskInline, maskMarkdown } from '../text/markup-mask';
import type { Bullet, ResumeFormat, Span } from '../model';
import { bulletOffset } from '../model';
import type { LineIndex } from '../editor/lines';

/** A word: letters, digits and marks; '\0' (markup deleted in place) may sit inside one. */
const WORD = /[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}\u0000]*[\p{L}\p{N}\p{M}])?/gu;
/** Chinese and Japanese put no spaces between words, so each of their characters is one. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const CJK_SPLIT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

/** Calls `fn` with each word of `s` and its offset. */
function eachWord(s: string, fn: (word: string, at: number) => void): void {
  // Most text has no CJK character at all: then no word is tested for one.
  const cjk = CJK.test(s);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const w = m[0];
    if (!cjk || !CJK.test(w)) {
      fn(w, m.index);
      continue;
    }
    CJK_SPLIT.lastIndex = 0;
    for (let p = CJK_SPLIT.exec(w); p; p = CJK_SPLIT.exec(w)) {
      // A piece between two CJK characters may start or end with a deleted-markup '\0'.
      const t = p[0].replace(/^\u0000+/, '');
      const lead = p[0].length - t.length;
      const core = t.replace(/\u0000+$/, '');
      if (core) fn(core, m.index + p.index + lead);
    }
  }
}

export interface SourceWord {
  /** Document offsets; for a YAML scalar not written verbatim, the scalar's whole range. */
  start: number;
  end: number;
  line: number;
  /** Lower-cased, markup deletions removed: what is compared. */
  norm: string;
  unit: number;
  /** Offsets in the unit's (masked) text. */
  from: number;
  to: number;
}

/** A stretch of text words were read from: the whole document (prose), or one YAML scalar. */
export interface Unit {
  /** The text with markup blanked (' ') or deleted ('\0'), same length as the source it masks. */
  masked: string;
  /** Document offset of masked[0]; -1 when the scalar's value is not its source text. */
  base: number;
  start: number;
  end: number;
  /** YAML: the value as parsed (for printing a whole scalar), its key, and the node holding it (a list or not). */
  value?: string;
  key?: string;
  parent?: object;
  inList?: boolean;
}

export function isProse(format: ResumeFormat): boolean {
  return format === 'markdown' || format === 'text';
}

// ---------------------------------------------------------------------------------------------
// The source's words

interface YamlNode {
  range?: [number, number, number];
  items?: unknown[];
  key?: unknown;
  value?: unknown;
  type?: string;
  source?: string;
}

const TOP_TOOL_KEYS = new Set(['$schema', 'meta', 'design', 'locale', 'locale_catalog', 'rendercv_settings', 'settings', 'layout', 'layouts']);
const TOOL_KEYS = new Set(['$schema', 'photo', 'image', 'picture']);

type YamlLib = typeof import('../parse/yaml-lib');
let yamlLib: YamlLib | undefined;
// Loaded on the first YAML/JSON résumé rendered (parse/index.ts does the same for parsing).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): YamlLib => (yamlLib ??= require('../parse/yaml-lib') as YamlLib);
type JsonFast = typeof import('../parse/yaml-json');
let jsonFastLib: JsonFast | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonFast = (): JsonFast => (jsonFastLib ??= require('../parse/yaml-json') as JsonFast);

export class SourceWords {
  readonly words: SourceWord[] = [];
  readonly units: Unit[] = [];

  constructor(
    readonly text: string,
    readonly format: ResumeFormat,
    private readonly lines: LineIndex,
  ) {
    if (isProse(format)) this.addUnit({ masked: format === 'markdown' ? maskMarkdown(text) : text, base: 0, start: 0, end: text.length });
    else this.readYaml();
  }

  private addUnit(u: Unit): void {
    const n = this.units.push(u) - 1;
    eachWord(u.masked, (word, from) => {
      const to = from + word.length;
      const start = u.base >= 0 ? u.base + from : u.start;
      this.words.push({ start, end: u.base >= 0 ? u.base + to : u.end, line: this.lines.positionAt(start).line, norm: normWord(word), unit: n, from, to });
    });
  }

  private readYaml(): void {
    // (Past the parser's nesting limit no reader sees the text: the walk below recurses once per level.)
    if (nestingOf(this.text, 'yaml').tooDeepAt !== undefined) return;
    const lib = yaml();
    // Clean JSON through the parser's fast path: the same nodes and ranges as `yaml` gives them
    // (parse/yaml-json.ts), ~10x faster; reading it with `yaml` was most of a JSON preview's time.
    let contents = jsonFast().readJsonFast(this.text);
    if (contents === undefined) {
      try {
        contents = lib.parseDocument(this.text, { prettyErrors: false, keepSourceTokens: false, strict: false, uniqueKeys: false }).contents;
      } catch {
        return;
      }
    }
    const scalar = (node: YamlNode, key: string, parent: object, asKey = false): void => {
      if (!node.range) return;
      const v = (node as { value?: unknown }).value;
      if (v === null || v === undefined || typeof v === 'boolean') return;
      const value = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      if (!value.trim() || (!asKey && /^(?:https?|ftp|mailto):\S*$/i.test(value.trim()))) return;
      let [start, end] = node.range;
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
        start++;
        end = Math.max(start, end - 1);
      }
      const raw = this.text.slice(start, end);
      const verbatim = raw === value;
      this.addUnit({ masked: maskInline(verbatim ? raw : value), base: verbatim ? start : -1, start, end, value, key, parent, inList: lib.isSeq(parent) });
    };
    const walk = (node: unknown, path: string[], parent: object): void => {
      if (lib.isMap(node)) {
        for (const pair of node.items) {
          const k = lib.isScalar(pair.key) ? String(pair.key.value) : '';
          if (TOOL_KEYS.has(k) || (path.length === 0 && TOP_TOOL_KEYS.has(k))) continue;
          if (this.format === 'rendercv' && path.length === 2 && path[0] === 'cv' && path[1] === 'sections' && lib.isScalar(pair.key))
            scalar(pair.key as YamlNode, '', node, true);
          walk(pair.value, [...path, k], node);
        }
      } else if (lib.isSeq(node)) {
        for (const item of node.items) walk(item, path, node);
      } else if (lib.isScalar(node)) scalar(node as YamlNode, path[path.length - 1] ?? '', parent);
    };
    walk(contents, [], {});
    this.words.sort((a, b) => a.start - b.start || a.from - b.from);
  }

  /** Index of the first word starting at or after `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function normWord(w: string): string {
  return (w.includes('\u0000') ? w.replace(/\u0000/g, '') : w).toLowerCase();
}

/** The words of a value the renderer shows, with their offsets in it. */
function valueWords(value: string, markdown: boolean): { norm: string; at: number }[] {
  const masked = markdown ? maskInline(value) : value;
  const out: { norm: string; at: number }[] = [];
  eachWord(masked, (word, at) => out.push({ norm: normWord(word), at }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// What the page shows

/** How far ahead a value's word is looked for before it is given up as not in the source. */
const LOOKAHEAD = 48;

export class Coverage {
  /** For each source word, the id of the last thing shown that holds it, or -1. */
  readonly by: Int32Array;

  constructor(
    readonly src: SourceWords,
    /** Values are Markdown (Markdown and every YAML dialect, whose fields render as inline Markdown). */
    private readonly markdown: boolean,
  ) {
    this.by = new Int32Array(src.words.length).fill(-1);
  }

  covered(i: number): boolean {
    return this.by[i] >= 0;
  }

  /** Every word inside [from, to) is shown (a block rendered whole, a machine date). */
  range(span: Span, id: number): void {
    const w = this.src.words;
    for (let i = this.src.indexAt(span.start); i < w.length && w[i].start < span.end; i++) this.by[i] = id;
  }

  /**
   * `value` is shown; its words are the source words inside `span` that spell it, in order.
   * False when some word of the value is not there (the value is not the text as written).
   */
  text(value: string, span: Span, id: number): boolean {
    const w = this.src.words;
    let j = this.src.indexAt(span.start);
    let all = true;
    for (const t of valueWords(value, this.markdown)) {
      let found = false;
      for (let k = j; k < w.length && k < j + LOOKAHEAD && w[k].start < span.end; k++) {
        if (w[k].norm === t.norm) {
          this.by[k] = id;
          j = k + 1;
          found = true;
          break;
        }
      }
      all &&= found;
    }
    return all;
  }

  /** A bullet is shown: each of its words maps to its place in the document (read column by column too). */
  bullet(b: Bullet, id: number): void {
    const w = this.src.words;
    let j = this.src.indexAt(b.span.start);
    for (const t of valueWords(b.text, this.markdown)) {
      const at = bulletOffset(b, t.at);
      let k = this.src.indexAt(at);
      if (!(k < w.length && w[k].start === at && w[k].norm === t.norm)) {
        k = -1;
        for (let m = j; m < w.length && m < j + LOOKAHEAD && w[m].start < b.span.end; m++)
          if (w[m].norm === t.norm && this.by[m] < 0) {
            k = m;
            break;
          }
      }
      if (k >= 0) {
        this.by[k] = id;
        j = Math.max(j, k + 1);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Where the rest goes

/** Uncovered words next to each other: one line's stretch (prose) or one scalar's (YAML). */
export interface Run {
  first: number;
  last: number;
}

export interface Slot {
  id: number;
  /** 0 between sections and in the header, 1 inside a section, 2 inside an entry. */
  depth: number;
  from: number;
  to: number;
}

export interface Placement {
  /** Text printed before / after a field shown on the same line. */
  prefix: Map<number, string[]>;
  suffix: Map<number, string[]>;
  /** Runs printed in each slot, in document order. */
  slots: Map<number, Run[]>;
  /** Runs no slot holds: printed at the end. */
  rest: Run[];
}

const CONNECTORS = /^(at|in|for|with|from|of|by|via|bei|chez|en|à|an|für|bij|presso|para|na)$/i;

/** A gap between two words that a reader sees as a column gutter, not a space. */
function wideGap(text: string, from: number, to: number): boolean {
  return to - from >= 3 && /\t|\f| {3,}|\u00a0{2,}/.test(text.slice(from, to));
}

export function runsOf(src: SourceWords, cov: Coverage): Run[] {
  const prose = isProse(src.format);
  const w = src.words;
  const runs: Run[] = [];
  let open: Run | undefined;
  for (let i = 0; i < w.length; i++) {
    if (cov.covered(i)) {
      open = undefined;
      continue;
    }
    const p = open ? w[open.last] : undefined;
    if (open && p && p.unit === w[i].unit && (!prose || (p.line === w[i].line && !wideGap(src.text, p.end, w[i].start)))) open.last = i;
    else runs.push((open = { first: i, last: i }));
  }
  return runs;
}

/**
 * Decides where each run goes: beside a field on its line (prose, when the renderer says the
 * field may carry text), else the innermost slot whose range holds it, else the end.
 */
export function place(src: SourceWords, cov: Coverage, attachable: ReadonlySet<number>, slots: readonly Slot[]): Placement {
  const out: Placement = { prefix: new Map(), suffix: new Map(), slots: new Map(), rest: [] };
  const w = src.words;
  const prose = isProse(src.format);
  const text = src.units[0]?.masked ?? '';
  const neighbour = (i: number, j: number): number => {
    // The field holding word j, when j is on word i's line with no gutter between them.
    if (j < 0 || j >= w.length || !cov.covered(j) || w[j].line !== w[i].line) return -1;
    const [a, b] = i < j ? [w[i], w[j]] : [w[j], w[i]];
    if (wideGap(src.text, a.end, b.start)) return -1;
    const id = cov.by[j];
    return attachable.has(id) ? id : -1;
  };
  // Runs come in document order: a sweep keeps the slots open at the current place (slots of one
  // depth do not overlap, so few are open at once), instead of trying every slot for every run.
  const byStart = [...slots].sort((a, b) => a.from - b.from || a.id - b.id);
  let next = 0;
  let open: Slot[] = [];
  for (const run of runsOf(src, cov)) {
    if (prose) {
      const before = neighbour(run.first, run.first - 1);
      const after = neighbour(run.last, run.last + 1);
      const first = w[run.first];
      const last = w[run.last];
      const label = /^[ \t]*:/.test(text.slice(last.end, w[run.last + 1]?.start ?? last.end));
      const connector = run.first === run.last && CONNECTORS.test(first.norm);
      if (after >= 0 && (before < 0 || label || connector)) {
        const s = text.slice(openingStart(text, first.start), w[run.last + 1].start).replace(/[(\[{"'“‘«\u0000\s]+$/, ' ');
        push(out.prefix, after, plain(s, false).trimStart());
        continue;
      }
      if (before >= 0) {
        // Closing punctuation right after the field is the field's own ("Acme Inc.", "(Remote)").
        const s = text.slice(w[run.first - 1].end, closingEnd(text, last.end)).replace(/^[.)\]}"'”’»\u0000]+/, '');
        push(out.suffix, before, plain(s, false).trimEnd());
        continue;
      }
    }
    const at = w[run.first].start;
    while (next < byStart.length && byStart[next].from <= at) open.push(byStart[next++]);
    open = open.filter((s) => s.to > at);
    let best: Slot | undefined;
    // The deepest slot holding the run; of equally deep ones, the first the renderer declared.
    for (const s of open) if (!best || s.depth > best.depth || (s.depth === best.depth && s.id < best.id)) best = s;
    if (best) push(out.slots, best.id, run);
    else out.rest.push(run);
  }
  return out;
}

function push<T>(m: Map<number, T[]>, k: number, v: T): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Where a run's text starts: opening brackets and quotes written right before its first word count. */
function openingStart(text: string, i: number): number {
  while (i > 0 && /[(\[{"'“‘«¿¡#@$+\u0000]/.test(text[i - 1])) i--;
  return i;
}

/** Where a run's text ends: closing brackets, quotes, a colon or a full stop right after its last word count. */
function closingEnd(text: string, i: number): number {
  while (i < text.length && /[)\]}"'”’»:.,;!?%+\u0000]/.test(text[i])) i++;
  return i;
}

/** Masked source as printed text: deletions gone, white space (line breaks too) as one space. */
export function plain(s: string, trim = true): string {
  const t = s.replace(/\u0000|\u00ad(?=\s)/g, '').replace(/\s+/g, ' ');
  return trim ? t.trim() : t;
}

/** A run's text as written: from its first word (with opening brackets) to its last (with closing punctuation). */
export function runText(src: SourceWords, run: Run): string {
  const first = src.words[run.first];
  const last = src.words[run.last];
  const u = src.units[first.unit];
  return plain(u.masked.slice(openingStart(u.masked, first.from), closingEnd(u.masked, last.to)));
}

/** True when a run is a whole YAML scalar (printed from its value, as fields are). */
export function wholeScalar(src: SourceWords, run: Run): boolean {
  const w = src.words;
  const unit = w[run.first].unit;
  if (src.units[unit].value === undefined) return false;
  return (run.first === 0 || w[run.first - 1].unit !== unit) && (run.last === w.length - 1 || w[run.last + 1].unit !== unit);
}
