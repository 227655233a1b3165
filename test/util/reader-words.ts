// The lossless check's own idea of "the words a reader sees" in a résumé source, and of the words
// in a rendered page (HTML text or the text pdftotext reads out of the exported PDF).
//
// Written for the check alone and shared with nothing in the product: if the renderer's idea of
// what is visible were reused here, a mistake in it would pass its own test.
//
// A word is a maximal run of letters, digits and combining marks after NFKC normalisation (which
// also undoes ligatures such as "ﬁ") and lower-casing (a theme may print headings in capitals);
// in Chinese and Japanese, which put no spaces between words, each character is a word.
// Punctuation, bullet glyphs and icon-font glyphs (private use) are not words. A URL's scheme
// ("https://", "mailto:") is link syntax, not a word, on either side.
//
// Not words a reader sees:
// - Markdown: HTML comments, tags and their attributes (the text between tags is seen), the
//   contents of <script>/<style>, link and image targets, images, reference definitions,
//   kramdown/pandoc attribute lists ({:target="_blank"}, {#id}), front-matter keys and the values
//   of the few front-matter keys that only steer a site generator (layout, permalink, ...).
// - YAML/JSON: keys (except RenderCV's section names under cv.sections, which print as
//   headings), comments, values that are only a URL (link targets), booleans and nulls, link
//   targets inside Markdown values, and the subtrees that configure a tool rather than say
//   anything about the person ($schema, meta, RenderCV's design/locale/settings, YAMLResume's
//   layouts/locale, photos).
// - Plain text: everything is seen.
//
// Dates in YAML/JSON are machine dates ("2019-03"); what a reader sees is the year and the month,
// so a date value yields its year and its month (by number or by English name).
//
// Order: a source line is cut into phrases at the separators that set fields apart on a page
// ("," ";" "|" "·" "•" dashes between spaces, "--", brackets, tabs, two or more spaces, "@", " at ").
// The renderer may lay fields out in its own order (dates to the right, an institution before its
// degree), but each phrase's words must appear on the page one after the other.
import { parseDocument, isMap, isScalar, isSeq, isPair, type Node as YamlNode } from 'yaml';

/** One word of the source; alternatives when more than one spelling counts (a month as 03 or Mar). */
export type SourceWord = string | readonly string[];

export interface ReaderWords {
  /** Every word occurrence a reader sees, in document order. */
  words: SourceWord[];
  /** Runs of words that must appear one after the other on the page. */
  phrases: string[][];
}

export type SourceFormat = 'markdown' | 'text' | 'jsonresume' | 'rendercv' | 'yamlresume';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Chinese and Japanese write no spaces between words: each character counts as one. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
const SCHEME = /\b(?:https?|ftp):\/\/|\bmailto:/gi;

/** The words of a piece of visible text, normalised. */
export function wordsOf(text: string): string[] {
  // A soft hyphen is invisible unless a line breaks there: it joins, it does not separate.
  // Arabic lam-alef is one ligature, which PDF text gives back as alef-lam: both read the same here.
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\u00ad/g, '')
      .replace(/\u0644([\u0622\u0623\u0625\u0627])/g, '$1\u0644')
      .replace(SCHEME, ' ')
      .replace(CJK, ' $& ')
      .match(WORD) ?? []
  );
}

// Separators between fields on one line; a phrase is what lies between two of them.
const PHRASE_BREAK = /\s*[,;|·•/]\s*|\s+[^\p{L}\p{N}\s]+\s+|--+|[–—]|[()[\]{}<>]|\t|\s{2,}|@|\s+at\s+|:\s+/giu;
// A date ("Mar. 2021", "2019", "Sept 2018", "03/2019", "2019-05", "Present") is laid out on its own on a page
// (flush right), so it is a phrase of its own wherever it stood in the line; with it the word that
// opens a date ("since 2022", "Expected May 2025"), which is laid out with it.
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// (And a month alone after a range's dash, "Sept. 2017 – Mar." over "2021", where moderncv's margin
// wraps the end's year onto the next line: the month is laid out with the dates.)
const WRAPPED_MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const DATE = new RegExp(
  `(?<=[–—-]\\s{0,2})${WRAPPED_MONTH}|(?:\\b(?:since|from|expected|graduated|until)\\s+)?(?:(?:${MONTH_NAME}|spring|summer|fall|autumn|winter)\\s+)?\\b(?:\\d{1,2}[/.])?(?:19|20)\\d{2}(?:-\\d{2}(?:-\\d{2})?)?\\b|\\b${MONTH_NAME}\\s+'?\\d{2}\\b|\\b(?:present|current|now|today)\\b`,
  'giu',
);

function phrasesOf(line: string): string[][] {
  return line
    .replace(DATE, (d) => `\t${d}\t`)
    .split(PHRASE_BREAK)
    .map(wordsOf)
    .filter((p) => p.length > 1);
}

function add(out: ReaderWords, visibleText: string): void {
  for (const line of visibleText.split(/\r\n|\r|\n|\f/)) {
    out.words.push(...wordsOf(line));
    out.phrases.push(...phrasesOf(line));
  }
}

/** The words a reader sees in a résumé source of the given format. */
export function readerWords(source: string, format: SourceFormat): ReaderWords {
  const out: ReaderWords = { words: [], phrases: [] };
  // A soft hyphen at a line's end is where a PDF hyphenated a word: the reader sees one word. So
  // it is at the end of a line's text with only a note set against the margin after it (-layout
  // text: "top 5% of submis\u00ad          4 months" over "sions)"): the word, then the note.
  const text =
    format === 'text' || format === 'markdown'
      ? source.replace(/\u00ad( {5,}\S[^\n]*?)[ \t]*(\r?\n)[ \t]*(\S+)/g, '\u00ad$3$1$2').replace(/\u00ad[ \t]*(?:\r\n?|\n)[ \t]*/g, '\u00ad')
      : source;
  if (format === 'text') add(out, text);
  else if (format === 'markdown') markdownWords(text, out);
  else yamlWords(text, format, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Front-matter keys whose values only steer a site generator; nobody reads them on the page. */
const GENERATOR_KEYS = new Set(['layout', 'permalink', 'template', 'theme', 'published', 'sitemap', 'lang', 'language', 'output', 'geometry', 'documentclass', 'fontsize', 'mainfont', 'css', 'style']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', emsp: ' ', ensp: ' ', thinsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** True when m[i] lies in the quoted value of a named template argument a theme prints. */
function shownArgumentAt(m: string, i: number): boolean {
  for (const g of m.matchAll(/([A-Za-z_][\w-]*)\s*[=:]\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = g[2] ?? g[3] ?? '';
    const at = g.index! + g[0].length - 1 - value.length;
    if (i >= at && i < at + value.length) return !/^(?:icon|src|class|id|style|width|height|image|img|href|link|url|target|rel|alt|type|size|colou?r|align|lang|ratio|loading|data-[\w-]+)$/i.test(g[1]);
  }
  return false;
}

/** Blanks a match but keeps its line breaks, so every later line stays where it was. */
const blank = (m: string) => m.replace(/[^\n]/g, ' ');

function markdownWords(source: string, out: ReaderWords): void {
  let text = source.replace(/\r\n?/g, '\n');
  const fm = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    const doc = parseDocument(fm[1]);
    if (isMap(doc.contents))
      for (const pair of doc.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!GENERATOR_KEYS.has(key.toLowerCase())) scalarWords(pair.value as YamlNode, out, (v) => add(out, v));
      }
    text = blank(fm[0]) + text.slice(fm[0].length);
  }
  text = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
    // A site generator's template tags ("{{< icon "pin" >}}", "{% include base_path %}", "{{
    // site.email }}") are replaced when the site is built; what a theme prints of them is the
    // quoted values of named arguments ("{{< timelineItem header="Acme" >}}"), bar those that name
    // an icon, a file, a class or a link.
    .replace(/\{\{[<%]?[^{}\n]*?[>%]?\}\}|\{%[^{}\n]*?%\}/g, (m) =>
      blank(m).split('').map((c, i) => (shownArgumentAt(m, i) ? m[i] : c)).join(''),
    )
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
    // Reference definitions: "[label]: https://..." on a line of their own.
    .replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, blank)
    // Images show no words (alt text is for when they fail to load).
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    // Link targets, inline and by reference: keep the link text.
    .replace(/\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/g, (m) => ']' + blank(m.slice(1)))
    .replace(/\]\[[^\]\n]*\]/g, (m) => ']' + blank(m.slice(1)))
    // Autolinks show their address.
    .replace(/<((?:https?|ftp|mailto):[^>\s]*|[^>\s@]+@[^>\s@]+)>/gi, ' $1 ')
    // Raw HTML tags (the text between them is seen).
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/gi, blank)
    // kramdown / pandoc attribute lists.
    .replace(/\{:[^}\n]*\}|\{[#.][^}\n]*\}/g, blank);
  add(out, decodeEntities(text));
}

// ---------------------------------------------------------------------------------------------
// YAML and JSON

/** Subtrees that configure a tool; by key at any depth. */
const TOOL_KEYS = new Set(['$schema', 'meta', 'design', 'locale', 'locale_catalog', 'rendercv_settings', 'settings', 'layout', 'layouts', 'photo', 'image', 'picture']);
const DATE_KEYS = /^(date|start_?date|end_?date|release_?date|startDate|endDate|releaseDate)$/i;
const MONTHS = [['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'], ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december']];

function yamlWords(text: string, format: SourceFormat, out: ReaderWords): void {
  const doc = parseDocument(text, { strict: false, prettyErrors: false });
  const markdownValue = (v: string) => {
    // Values are Markdown in RenderCV (and rendered as inline Markdown for every dialect):
    // their link targets are not seen, their link text is.
    const sub: ReaderWords = { words: [], phrases: [] };
    markdownWords(v, sub);
    out.words.push(...sub.words);
    out.phrases.push(...sub.phrases);
  };
  const walk = (node: unknown, path: string[]): void => {
    if (isMap(node)) {
      const dates = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (TOOL_KEYS.has(key)) continue;
        if (format === 'rendercv' && path.length === 2 && path[0] === 'cv' && path[1] === 'sections') add(out, key.replace(/_/g, ' '));
        if (DATE_KEYS.test(key) && isScalar(pair.value) && dateWords(pair.value.value, out, dates)) continue;
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, path);
    } else if (node) scalarWords(node as YamlNode, out, markdownValue);
  };
  walk(doc.contents, []);
}

function scalarWords(node: YamlNode | null | undefined, out: ReaderWords, visible: (v: string) => void): void {
  if (!node) return;
  if (isSeq(node) || isMap(node)) {
    for (const item of node.items) scalarWords((isPair(item) ? item.value : item) as YamlNode, out, visible);
    return;
  }
  if (!isScalar(node)) return;
  const v = node.value;
  if (typeof v === 'number') return visible(String(node.source ?? v));
  if (typeof v !== 'string') return; // booleans, nulls
  const s = v.trim();
  if (!s || /^(?:https?|ftp|mailto):\S*$/i.test(s)) return; // a link target
  visible(s);
}

/**
 * A date value: its year and month count (a résumé prints months; the day of a YAML/JSON date is
 * not printed); false when the value is no date. `seen` holds the dates of the same object: an
 * end equal to its start reads as one date.
 */
function dateWords(value: unknown, out: ReaderWords, seen: Set<string>): boolean {
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').trim();
  let year: string | undefined;
  let month: number | undefined;
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-\d{1,2}(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?)?)?$/i.exec(s);
  const named = /^([a-z]{3,9})\.?(?:\s+\d{1,2},?)?\s+(\d{4})$/i.exec(s) ?? /^\d{1,2}\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(s);
  if (iso) [year, month] = [iso[1], iso[2] ? Number(iso[2]) : undefined];
  else if (named) {
    const i = MONTHS.findIndex((names) => names.includes(named[1].toLowerCase()));
    if (i < 0) return false;
    [year, month] = [named[2], i + 1];
  } else return false;
  const key = `${year}-${month ?? ''}`;
  if (seen.has(key)) return true;
  seen.add(key);
  out.words.push(year);
  if (month && month >= 1 && month <= 12) out.words.push([...MONTHS[month - 1], String(month), String(month).padStart(2, '0')]);
  return true;
}

// ---------------------------------------------------------------------------------------------
// The page

/** Elements whose boundaries a browser does not break a word at (markdown-it's inline output). */
const INLINE = new Set(['em', 'strong', 'code', 's', 'a', 'b', 'i']);

export interface PageText {
  /** The page's words in reading order. */
  stream: string[];
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  childNodes?: HtmlNode[];
  value?: string;
}

/** The text of an HTML tree as a reader sees it: elements other than inline formatting separate words. */
export function htmlText(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'title' || node.tagName === 'head') return ' ';
  const inner = (node.childNodes ?? []).map(htmlText).join('');
  return node.tagName && !INLINE.has(node.tagName) ? ` ${inner} ` : inner;
}

/**
 * Readings of text taken out of a PDF (pdftotext in one or more modes), each as a word stream. A
 * word may be broken at a line's end by the browser, with a hyphen (hyphenation, a soft hyphen) or
 * without (a long word wrapped anywhere): pdftotext cannot tell such a break from a compound or
 * two words, so each text is read as written, with hyphenated breaks joined, and with every break
 * between two letters joined. A word or phrase is on the page when one of the readings has it.
 */
export function pdfTextStreams(...texts: string[]): string[][] {
  const out = new Map<string, string[]>();
  for (const text of texts) {
    // A break at a soft hyphen comes out as U+00AD, as the hyphen drawn (U+2010), or both.
    const hyphens = text.replace(/(\p{L})[-\u00ad\u2010\u2011]+[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2');
    const glued = hyphens.replace(/([\p{L}\p{N}])[ \t]*\r?\n[ \t]*(?=[\p{L}\p{N}])/gu, '$1');
    for (const v of [text, hyphens, glued]) if (!out.has(v)) out.set(v, wordsOf(v));
  }
  return [...out.values()];
}

export interface Missing {
  /** Source words (with how many times) the page does not have. */
  words: Map<string, number>;
  missingCount: number;
  totalCount: number;
  /** Phrases whose words are not on the page one after the other. */
  phrases: string[][];
}

/**
 * What of `source` the page lacks: words counted with their multiplicity (a word written three
 * times must be on the page three times), and phrases not found in order in any of the streams.
 */
export function missingFrom(source: ReaderWords, streams: string[][]): Missing {
  const counts = new Map<string, number>();
  for (const stream of streams) {
    const c = new Map<string, number>();
    for (const w of stream) c.set(w, (c.get(w) ?? 0) + 1);
    for (const [w, n] of c) counts.set(w, Math.max(counts.get(w) ?? 0, n));
  }
  const words = new Map<string, number>();
  let missingCount = 0;
  for (const w of source.words) {
    const options = typeof w === 'string' ? [w] : w;
    const hit = options.find((o) => (counts.get(o) ?? 0) > 0);
    if (hit) counts.set(hit, counts.get(hit)! - 1);
    else {
      const key = options[0];
      words.set(key, (words.get(key) ?? 0) + 1);
      missingCount++;
    }
  }
  const positions = streams.map((stream) => {
    const at = new Map<string, number[]>();
    stream.forEach((w, i) => (at.get(w) ?? at.set(w, []).get(w)!).push(i));
    return at;
  });
  const inOrder = (p: string[]) =>
    streams.some((stream, k) => (positions[k].get(p[0]) ?? []).some((i) => p.every((w, j) => stream[i + j] === w)));
  // Right-to-left words come out of a PDF in the order they are drawn, left to right.
  const rtl = (p: string[]) => p.some((w) => /[\p{sc=Arabic}\p{sc=Hebrew}]/u.test(w));
  const phrases = source.phrases.filter((p) => !inOrder(p) && !(rtl(p) && inOrder([...p].reverse())));
  return { words, missingCount, totalCount: source.words.length, phrases };
}
