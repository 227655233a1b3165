// Markdown résumés: ATX and Setext headings, roles as sub-headings, bold lines, definition terms
// or table rows; bullets as list items (continuation lines included); YAML front matter with
// contact fields; HTML comments and fenced code ignored.
//
// A line scanner rather than markdown-it: markdown-it's token map gives lines, not offsets, and
// rules need exact offsets into every bullet; the subset of Markdown that carries résumé structure
// is small, and scanning lines once keeps a 5 KB résumé well under the parse budget.
import type { Contact, Resume, SectionKind } from '../model';
import { cleanInline, collapseSpaces, joinCleaned, spanOf, type Cleaned } from './inline-clean';
import { isExactSectionName, LIST_KINDS, normaliseHeading, sectionKindOf, SPLIT_ROLES } from './section-names';
import { skipSpaces, splitLines, trimEndIndex, type SourceLine } from './source-lines';
import { TITLE_WORDS } from './header-fields';
import { TEMPLATE_NAMED_ARG, TEMPLATE_TAG } from '../text/template-tags';
import { fenceCloses, fenceOf } from '../text/markup-mask';
import { blockRange, buildResume, blockIsDates, DOC_TITLE, lastUpdatedLine, newBlock, YEAR_IN, type Block } from './structure';
import { frontMatterSections, frontMatterSectionTitle } from './front-matter';
import { restBlanked, rstTitles } from './rst';
import { blankKeepingLines } from '../text/top-line';
import { yamlReader } from './yaml-lazy';

const ENTRY_SECTION = /^(?:experience|education|volunteer|projects)$/;

const ADMONITION = /^ {0,3}(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*[ \t]+"[^"\n]*\p{L}[^"\n]*"[ \t]*$/u;
const HR = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A line of a reStructuredText line block: "| " (or "|" alone) and what follows. */
const LINE_BLOCK = /^([ \t]*)\|(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST = /^([ \t]*)([-*+•◦▪‣]|\d{1,9}[.)])([ \t]+|$)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const DEF = /^ {0,3}:[ \t]+/;
const LINK_DEF = /^ {0,3}\[[^\]]+\]:\s*\S/;
const RUN_IN_NAME = /^[*_]{0,2}\p{Lu}/u;
const ID_ATTR = /\{#([\w-]+)\}/;
const REFERENCES_NOTE = /^\s*([*_]{0,2})(?:references?|referees?)\s+(?:are\s+)?(?:available|provided|furnished|supplied)\s+(?:up)?on\s+request\.?\1\s*$/i;
const BOLD_START = /^(?:\*\*|__)\S/;
const BOLD_ONLY = /^(\*\*|__)[^*_]{1,120}\1\s*\\?\s*$/;
/** An item wholly in bold or italics, short: "**Enterprise Procurement Intern**", "*Summer 2023*". */
const EMPHASIS_ONLY = /^(\*\*|__|\*|_)[^*_\n]{1,80}\1\s*$/;
/** A top-level list line that is such an item. */
const EMPHASIS_ITEM = /^[-*+][ \t]+(\*\*|__|\*|_)[^*_\n]{1,80}\1\s*$/;
/** A list item indented under another. */
const NESTED_ITEM = /^[ \t]{2,}[-*+][ \t]/;
const HTML_HEADING = /^\s*<h([1-6])\b[^>]{0,200}>(.*?)(<\/h\1\s*>)?\s*$/i;
const HTML_ITEM = /^\s*<li\b[^>]{0,200}>/i;
// An opening heading or list-item tag alone on its line, and how many lines its element may take.
const HTML_OPEN_ALONE = /^\s*<(h[1-6]|li)\b[^>]{0,200}>\s*$/i;
const MAX_ELEMENT_LINES = 12;
/** Whether `t` is the closing tag of `tag` alone on its line. */
function closesElement(t: string, tag: string): boolean {
  const s = t.trim().toLowerCase();
  return s.startsWith('</' + tag) && /^<\/[a-z0-9]+\s*>$/.test(s);
}
/** Whether the text opens another element of the same name (a nested list's item): no one element then. */
function opensElement(text: string, tag: string): boolean {
  const l = text.toLowerCase();
  const open = '<' + tag;
  for (let k = l.indexOf(open); k >= 0; k = l.indexOf(open, k + 1)) {
    const c = l.charCodeAt(k + open.length);
    if (!(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) return true;
  }
  return false;
}
const TOGGLE_LABEL = /^\s*<summary\b/i;
// A repository's name as a README's title: one word in lower case ("portfolio", "my-resume").
const REPO_NAME = /^[a-z][a-z0-9._-]{1,40}$/;
// (A header line, not a paragraph folded into a toggle.)
const MAX_LABEL_LINE = 400;
const DIV_ONLY = /^\s*<\/?div\b[^<>]{0,200}>\s*$/i;
const TAGS_ONLY = /^\s*(?:<\/?[A-Za-z][\w-]{0,20}(?:\s[^<>]{0,300})?\/?>\s*)+$/;
// Tags opening a line ("<p>• Reviewed …") and closing it ("… stories <br /></p>"): a page's raw
// HTML around a list item's text. (Bounded runs, each tag on its own: no backtracking.)
const LEADING_TAGS = /^(?:<\/?([A-Za-z][\w-]{0,20})(?:\s[^<>]{0,300})?\/?>[ \t]*){1,8}/;
const TRAILING_TAG = /<\/?([A-Za-z][\w-]{0,20})(?:\s[^<>]{0,300})?\/?>[ \t]*$/;
const ITEM_GLYPH = /^[•◦▪‣-][ \t]/;
const TAG_NAMES_G = /<\/?([A-Za-z][\w-]{0,20})/g;

/** Whether every tag of a run names an HTML element ("<p>", "</span>"), not words in brackets. */
function leadingTagsOnly(run: string): boolean {
  for (const m of run.matchAll(TAG_NAMES_G)) if (!HTML_ELEMENT.test(m[1])) return false;
  return true;
}

/** The end of a line's text before the element tags closing it ("… stories <br /></p>"), not before `from`. */
function endBeforeTags(t: string, from: number): number {
  let end = trimEndIndex(t);
  for (let n = 0; n < 8 && end > from && t[end - 1] === '>'; n++) {
    // (A tag is at most a few hundred characters: only the line's tail is searched.)
    const tail = t.slice(Math.max(from, end - 330), end);
    const m = TRAILING_TAG.exec(tail);
    if (!m || !HTML_ELEMENT.test(m[1])) break;
    end = trimEndIndex(t.slice(0, end - tail.length + m.index));
  }
  return end;
}
const FRONT_KEY = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]*(\S.*)?$/;
// TOML front matter (Hugo's "+++" block): `key = "value"`.
const TOML_TABLE = /^[ \t]*\[/;
const TOML_ROLES = /^[ \t]*\[\[[ \t]*[A-Za-z_]/m;
const TOML_KEY = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*(\S.*)?$/;

const FRONT_LIST_ITEM = /^[ \t]*-[ \t]+(\S.{0,80})$/;

const FRONT_FIELDS: Record<string, 'name' | 'email' | 'phone' | 'location' | 'link'> = {
  name: 'name',
  fullname: 'name',
  full_name: 'name',
  author: 'name',
  email: 'email',
  mail: 'email',
  'e-mail': 'email',
  phone: 'phone',
  tel: 'phone',
  telephone: 'phone',
  mobile: 'phone',
  location: 'location',
  address: 'location',
  city: 'location',
  website: 'link',
  url: 'link',
  homepage: 'link',
  site: 'link',
  blog: 'link',
  linkedin: 'link',
  github: 'link',
  gitlab: 'link',
  twitter: 'link',
  portfolio: 'link',
};

// Two to four capitalised words, then any letters after a comma ("Priya Raghunathan, FSA, MAAA"); not
// a document's name ("Isaac Newton's CV", "Resume").
const FRONT_TITLE_NAME = /^(?!.*(?:\b(?:Resume|Résumé|RESUME|Curriculum|CURRICULUM|Vitae|CV|Portfolio)\b|['’]s\b))\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:,\s*[A-Z][A-Za-z.]{1,6})*$/u;

// One word with a digit or no capital: a user name ("hcoco1", "jdoe"), not a person's name.
const HANDLE = /^(?:[\p{L}._-]*\d[\p{L}\d._-]*|[\p{Ll}\d._-]+)$/u;

/** Contact fields from `key: value` lines of the front matter, with their spans. */
function readFrontMatter(lines: SourceLine[], contact: Contact, keyRe: RegExp = FRONT_KEY): void {
  for (let ix = 0; ix < lines.length; ix++) {
    let l = lines[ix];
    const m = keyRe.exec(l.text.length > 2000 ? '' : l.text);
    if (!m) continue;
    const key = m[1].toLowerCase();
    let raw = m[2];
    // Where the value starts looking, past the key's ":" or "=".
    let from = m[0].search(/[:=]/) + 1;
    // ("author:" / "- Geeta P.": pandoc's list of authors, the first the person.)
    if (!raw && FRONT_FIELDS[key] === 'name' && lines[ix + 1]) {
      const item = FRONT_LIST_ITEM.exec(lines[ix + 1].text);
      if (item) {
        l = lines[ix + 1];
        raw = item[1];
        from = 0;
      }
    }
    if (!raw) continue;
    const value = raw.trimEnd();
    // (pandoc's `title:` is the document's title, which a résumé's file makes the person's name:
    // "Priya Raghunathan, FSA, MAAA". Only a name's shape: "Resume" or "CV" is no one's.)
    // ("title: Work Experience" names the page's one section, no one's name.)
    const unquoted = value.replace(/^["']|["']$/g, '');
    const kind = FRONT_FIELDS[key] ?? (key === 'title' && !contact.name && FRONT_TITLE_NAME.test(unquoted) && !sectionKindOf(unquoted) ? 'name' : undefined);
    if (!kind) continue;
    // ("author: hcoco1": a blog's author is often the site's handle, one word in lower case or with
    // digits, which is no one's name; the page's own heading names the person.)
    if (key === 'author' && HANDLE.test(unquoted)) continue;
    let vs = l.text.indexOf(value, from);
    let ve = vs + value.length;
    const q = l.text[vs];
    if ((q === '"' || q === "'") && l.text[ve - 1] === q && ve - vs >= 2) {
      vs++;
      ve--;
    }
    if (ve <= vs) continue;
    const f = { value: l.text.slice(vs, ve), span: { start: l.start + vs, end: l.start + ve } };
    if (kind === 'link') contact.links.push(f);
    else if (!contact[kind]) contact[kind] = f;
  }
}

/** "|---|:---:|": only pipes, dashes, colons and spaces, with a pipe and a dash. */
function isTableSeparator(t: string, from: number): boolean {
  let pipe = false;
  let dash = false;
  for (let i = from; i < t.length; i++) {
    const c = t[i];
    if (c === '|') pipe = true;
    else if (c === '-') dash = true;
    else if (c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return pipe && dash;
}

/** What a table's column holds, by its name: the row's header fields, a description of the work, its tools, or links to it. */
type ColumnKind = 'field' | 'description' | 'tools' | 'links';
const DESCRIPTION_COLUMN = /^(?:about|description|details?|summary|overview|notes?|highlights?|responsibilities|duties|achievements?|accomplishments?|outcomes?|impact|what i did)$/;
const TOOLS_COLUMN = /^(?:tech|technolog(?:y|ies)|tech stack|stack|tools?|tools used|built with|languages?|frameworks?|keywords?)$/;
const LINKS_COLUMN = /^(?:links?|urls?|website|site|demo|live(?: demo)?|repo(?:sitory)?|source(?: code)?|code|github)$/;

/** A table row's content within [cs, ce): the outer pipes and the spaces inside them left out. */
function innerRow(t: string, cs: number, ce: number): [number, number] {
  if (t[cs] === '|') cs = skipSpaces(t, cs + 1);
  if (ce > cs && t[ce - 1] === '|') ce = trimEndIndex(t.slice(0, ce - 1));
  return [cs, ce];
}

/** The cells of a table row between [cs, ce) (outer pipes already left out), each as trimmed [start, end) in the line. */
function rowCells(t: string, cs: number, ce: number): [number, number][] {
  const out: [number, number][] = [];
  let from = cs;
  for (let k = cs; k <= ce; k++) {
    if (k < ce && (t[k] !== '|' || t[k - 1] === '\\')) continue;
    let a = from;
    let b = k;
    while (a < b && (t[a] === ' ' || t[a] === '\t')) a++;
    while (b > a && (t[b - 1] === ' ' || t[b - 1] === '\t')) b--;
    out.push([a, b]);
    from = k + 1;
  }
  return out;
}

/** A table's columns by what their names say; undefined when no column describes the work or names its tools (every cell is then a header field). */
function tableColumns(header: string): ColumnKind[] | undefined {
  const [cs, ce] = innerRow(header, skipSpaces(header), trimEndIndex(header));
  // ("| GitHub | About |": the first column names the row, whatever its name says it links to.)
  const kinds = rowCells(header, cs, ce).map(([a, b], k): ColumnKind => {
    const name = header.slice(a, b).replace(/[*_`:]/g, '').trim().toLowerCase();
    return DESCRIPTION_COLUMN.test(name) ? 'description' : TOOLS_COLUMN.test(name) ? 'tools' : k > 0 && LINKS_COLUMN.test(name) ? 'links' : 'field';
  });
  return kinds.some((k) => k !== 'field') ? kinds : undefined;
}

/** Elements whose content no reader sees: an inline icon's drawing, a script, a style sheet. */
const UNSEEN_ELEMENT = /^(?:svg|script|style)$/i;
const TAG_NAME_CHAR = /[A-Za-z0-9-]/;
/** The elements a résumé page writes with attributes over several lines. */
const HTML_ELEMENT = /^(?:a|abbr|article|aside|b|blockquote|br|button|center|circle|code|dd|details|div|dl|dt|em|embed|figcaption|figure|font|footer|g|h[1-6]|header|hr|i|iframe|img|input|label|li|line|link|main|meta|nav|object|ol|p|path|picture|polygon|polyline|pre|rect|script|section|small|source|span|strong|style|sub|summary|sup|svg|table|td|th|time|tr|u|ul|use|video)$/i;
const ATTR_CHAR = /[^\s"'>\/=]/;

/**
 * Each line's text with what no reader sees blanked to spaces (offsets kept): HTML comments, a tag
 * whose attributes run over several lines (an inline SVG icon's `<path d="M150.65,100.68 …">`,
 * whose numbers read as a phone), and the content of `<svg>`, `<script>` and `<style>`. Tags on
 * one line are left to the inline cleaner. One pass over the characters: no pattern backtracks.
 */
// A LaTeX command with its [options] and {arguments} (each opens with its backslash, so there is
// one way to read a line of them).
const LATEX_COMMAND_Y = /[ \t]*\\([A-Za-z@]+)\*?(\[[^\]\n]{0,80}\])?((?:\{[^{}\n]{0,200}\})*)[ \t]*/y;
// Commands whose arguments are layout or definitions, never text a reader sees ("\vspace{2mm}",
// "\begin{multicols}{2}", "\def\spaceabove{}"); "\textbf{Engineer}" prints its argument.
const LATEX_LAYOUT = /^(?:vspace|hspace|vskip|hskip|newpage|pagebreak|clearpage|newline|linebreak|noindent|indent|smallskip|medskip|bigskip|vfill|hfill|centering|raggedright|raggedleft|setlength|addtolength|setcounter|usepackage|begin|end|thispagestyle|pagestyle|small|large|Large|LARGE|normalsize|footnotesize|scriptsize|tiny|huge|Huge|columnbreak|label|phantomsection|addcontentsline)$/;

const LATEX_DEFINER = /^(?:def|gdef|edef|let|newcommand|renewcommand|providecommand)$/;
const SHOWS_LETTER = /\p{L}/u;

/** Whether the line is LaTeX commands only that print no words: argument-less ones, or layout's. */
function latexOnly(t: string): boolean {
  let i = 0;
  let any = false;
  while (i < t.length) {
    LATEX_COMMAND_Y.lastIndex = i;
    const m = LATEX_COMMAND_Y.exec(t);
    if (!m || m[0].length === 0) return t.slice(i).trim() === '' && any;
    // (A definition's line is all definition: "\def\spaceabove{}", "\newcommand{\x}[1]{#1}".)
    if (LATEX_DEFINER.test(m[1])) return true;
    if (SHOWS_LETTER.test(m[3]) && !LATEX_LAYOUT.test(m[1])) return false;
    any = true;
    i = LATEX_COMMAND_Y.lastIndex;
  }
  return any;
}

const ICON_NAME_G = /\*\*[a-z][a-z0-9]{0,20}(?:-[a-z0-9]{1,20}){0,3}:[a-z0-9]{1,30}(?:-[a-z0-9]{1,30}){0,6}\*\*/g;
const IN_PAGE_LINK_LINE = /^[ \t]*(?:[-*+][ \t]+)?\[[^\]\n]{1,100}\]\(#[^()\s]{0,100}\)[ \t]*\r?$/;
function hideUnseen(lines: SourceLine[]): string[] {
  const out: string[] = [];
  // What the scan is inside when a line ends: nothing, a comment, a tag (its quote, if in a
  // quoted value), or an unseen element (its name).
  let mode: 'text' | 'comment' | 'tag' | 'element' = 'text';
  let quote = '';
  let element = '';
  let afterTag: 'text' | 'element' = 'text';
  // (An indexed loop: this runs once per parse, mostly uncompiled, where for-of made a result object per line.)
  for (let li = 0; li < lines.length; li++) {
    const t = lines[li].text;
    if (mode === 'text' && !t.includes('<')) {
      // "\noindent", "\vspace{2mm}", "\def\spaceabove{}": Pandoc Markdown passes a line of LaTeX
      // commands to the PDF, where it prints nothing.
      // ("[Voltar pro Menu](#top)", "* [EDUCAÇÃO](#educação)": a line that only links to a place on the
      // page, a table of contents' item or a way back to the top, is the page's navigation, no
      // part of the résumé; the preview still prints its words.)
      // ("**carbon:location-heart-filled** Paris / Laval": an icon set's name for an icon, "set:icon",
      // that a site's theme draws; the page shows the icon, no words.)
      const line = (t.includes('\\') && latexOnly(t)) || (t.includes('](#') && IN_PAGE_LINK_LINE.test(t)) ? blankKeepingLines(t) : t;
      out.push(line.includes(':') && line.includes('**') ? line.replace(ICON_NAME_G, (m) => ' '.repeat(m.length)) : line);
      continue;
    }
    const chars = t.split('');
    // Blanks [a, b) of the line.
    const hide = (a: number, b: number) => {
      for (let k = a; k < b; k++) chars[k] = ' ';
    };
    let i = 0;
    while (i < t.length) {
      if (mode === 'comment') {
        const e = t.indexOf('-->', i);
        const stop = e < 0 ? t.length : e + 3;
        hide(i, stop);
        i = stop;
        if (e >= 0) mode = 'text';
      } else if (mode === 'tag') {
        // Inside a tag carried over from an earlier line: up to its closing ">".
        const from = i;
        while (i < t.length) {
          const c = t[i];
          if (quote) {
            if (c === quote) quote = '';
          } else if (c === '"' || c === "'") quote = c;
          else if (c === '>') {
            i++;
            mode = afterTag;
            break;
          }
          i++;
        }
        hide(from, i);
      } else if (mode === 'element') {
        const close = t.toLowerCase().indexOf(`</${element}`, i);
        const stop = close < 0 ? t.length : close;
        hide(i, stop);
        i = stop;
        if (close >= 0) {
          // The closing tag itself, as a tag.
          mode = 'tag';
          afterTag = 'text';
          quote = '';
        }
      } else {
        const lt = t.indexOf('<', i);
        if (lt < 0) break;
        if (t.startsWith('<!--', lt)) {
          mode = 'comment';
          i = lt;
          continue;
        }
        // A start or end tag: its name, then attributes up to ">" or the line's end.
        let k = lt + 1;
        if (t[k] === '/') k++;
        const nameStart = k;
        if (!/[A-Za-z]/.test(t[k] ?? '')) {
          i = lt + 1;
          continue;
        }
        while (k < t.length && TAG_NAME_CHAR.test(t[k])) k++;
        const name = t.slice(nameStart, k);
        const closing = t[lt + 1] === '/';
        const unseen = !closing && UNSEEN_ELEMENT.test(name);
        // Attributes: names, "=", quoted or bare values; anything else is no tag ("<5 ms").
        let q = '';
        let ok = true;
        let closed = false;
        while (k < t.length) {
          const c = t[k];
          if (q) {
            if (c === q) q = '';
          } else if (c === '>') {
            closed = true;
            k++;
            break;
          } else if (c === '"' || c === "'") q = c;
          else if (!(c === ' ' || c === '\t' || c === '=' || c === '/' || ATTR_CHAR.test(c))) {
            ok = false;
            break;
          }
          k++;
        }
        if (!ok || (closed && !unseen)) {
          // Not a tag, or one closed on its line: the inline cleaner reads it.
          i = closed ? k : lt + 1;
          continue;
        }
        if (closed) {
          // An unseen element's start tag: the element's content is hidden from here.
          if (t[k - 2] === '/') {
            i = k;
            continue;
          }
          mode = 'element';
          element = name.toLowerCase();
          i = k;
          continue;
        }
        // A tag still open at the line's end: hidden from its "<" on, and on the next lines to its ">".
        // (Only an HTML element's name: "<Detecting video's torrents …" wrapped over two lines is
        // a title in angle brackets, and its words are read.)
        if (!HTML_ELEMENT.test(name)) {
          i = lt + 1;
          continue;
        }
        hide(lt, t.length);
        mode = 'tag';
        quote = q;
        afterTag = unseen ? 'element' : 'text';
        element = name.toLowerCase();
        i = t.length;
      }
    }
    out.push(chars.join(''));
  }
  return out;
}

// HTML tables of roles or degrees ("<th>Company</th> <th>Role</th> <th>Dates</th>", a site theme's
// résumé page): the column names that make a table a list of entries rather than page layout.
const ENTRY_COLUMN = /^(?:company|employer|organi[sz]ation|role|position|title|job|job title|school|university|institution|college|degree|qualification|programme|program|course|date|dates|year|years|period|duration|from|to|start|end|location|city|place|issued|credential|certification|licen[cs]e)$/;
const TH_G = /<th\b[^>]*>([^<]*(?:<(?!\/th)[^<]*)*)<\/th\s*>/gi;
const CELL_G = /<t([dh])\b([^>]{0,500})>/gi;
const ROWSPAN = /\browspan\s*=\s*["']?(\d{1,2})/i;
const TAG_TEXT_G = /<[^>]*>/g;
// A letter or a digit: what makes a cell, a heading or a row show any word.
const SHOWS_WORD = /[\p{L}\p{N}]/u;
const WHITE = /\s/;
const TABLE_OPEN = /^\s*<table\b/i;
const TABLE_CLOSE = /<\/table\s*>/i;
/** The longest row read as cells: a longer one is no table row a page lays out. */
const MAX_ROW = 4000;

interface HtmlTable {
  /** Lines [from, to] the table spans. */
  from: number;
  to: number;
  kinds: ColumnKind[];
}

/** The data tables of the page: a <table> whose header row names at least two fields of an entry. */
function htmlTables(lines: SourceLine[]): HtmlTable[] {
  const out: HtmlTable[] = [];
  // Each table from its opening line to the first closing line after it, found in one pass.
  let open = -1;
  for (let j = 0; j < lines.length; j++) {
    const t = lines[j].text;
    if (open < 0) {
      if (TABLE_OPEN.test(t)) open = j;
      if (open < 0 || !TABLE_CLOSE.test(t)) continue;
    } else if (!TABLE_CLOSE.test(t)) continue;
    const i = open;
    open = -1;
    // The header row: the <th> cells before the first <td> (lines of a page's length: a longer one
    // is no header row, and is not scanned cell by cell).
    const names: string[] = [];
    for (let k = i; k <= j && k - i < 40 && !/<td\b/i.test(lines[k].text); k++) if (lines[k].text.length <= 2000) for (const m of lines[k].text.matchAll(TH_G)) names.push(m[1].replace(TAG_TEXT_G, '').trim().toLowerCase());
    if (names.filter((n) => ENTRY_COLUMN.test(n)).length >= 2) {
      const kinds = names.map((n): ColumnKind => (DESCRIPTION_COLUMN.test(n) ? 'description' : TOOLS_COLUMN.test(n) ? 'tools' : 'field'));
      out.push({ from: i, to: j, kinds });
    }
  }
  return out;
}

// An Org-mode setting line ("#+TITLE: …", "#+OPTIONS: …") and a headline ("* Education", "** Awards").
const ORG_SETTING = /^#\+(?:title|author|options|startup|latex_class|latex_header|setupfile|email|date|language)[ \t]*:/im;
const ORG_HEADLINE = /^\*+[ \t]+\S/m;
const ORG_HEADLINE_LINE = /^(\*+)([ \t]+)(.*?)([ \t]+:[\w@#%:]+:)?[ \t]*\r?$/;
const ORG_LONG_HEADLINE = /^(\*+)([ \t]+)(.*)()\r?$/;
const ORG_KEYWORD_LINE = /^#\+(\w+)[ \t]*:?/;
const ORG_TITLE_KEY = /^title$/i;
const ORG_BLOCK_BEGIN = /^[ \t]*#\+begin_/i;
const ORG_BLOCK_END = /^[ \t]*#\+end_/i;
const ORG_DRAWER_BEGIN = /^[ \t]*:(?:properties|logbook):[ \t]*\r?$/i;
const ORG_DRAWER_END = /^[ \t]*:end:[ \t]*\r?$/i;
const NOT_NEWLINE_G = /[^\r\n]/g;
const ORG_NOEXPORT = /:noexport:/i;
const ORG_COMMENT = /^COMMENT\b/;
const ORG_IGNORE = /:ignore:/i;
const ORG_COMMENT_LINE = /^[ \t]*#(?:[ \t\r]|$)/;

/**
 * An Org-mode résumé (".org", read as Markdown) as the Markdown it exports to, one character for one
 * so every offset stands: a headline's stars become a heading's marks ("** Education" is "##
 * Education") and its tags are blanked; "#+TITLE: Ana Doe" is the page's "# Ana Doe"; other settings,
 * blocks ("#+begin_export" … "#+end_export"), property drawers and subtrees tagged :noexport: are
 * blanked, as the export leaves them out (the preview still prints their words).
 */
function orgAsMarkdown(text: string): string {
  const lines = text.split('\n');
  let hiddenUnder = 0;
  let inBlock = false;
  let inDrawer = false;
  const blank = (l: string): string => l.replace(NOT_NEWLINE_G, ' ');
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    // (A headline's tags are looked for on lines of a headline's length only: the lazy name and the
    // spaces before the tags try each split of a long line.)
    const h = inBlock ? null : l.length > 500 ? ORG_LONG_HEADLINE.exec(l) : ORG_HEADLINE_LINE.exec(l);
    if (h) {
      const level = h[1].length;
      if (hiddenUnder && level > hiddenUnder) {
        lines[k] = blank(l);
        continue;
      }
      // (":noexport:" tags a subtree the export leaves out; so does a headline opening on "COMMENT".)
      hiddenUnder = (h[4] && ORG_NOEXPORT.test(h[4])) || ORG_COMMENT.test(h[3]) ? level : 0;
      const tags = h[4] ? h[4].length : 0;
      const head = h[1].length + h[2].length + h[3].length;
      // (":ignore:" leaves the headline out and keeps what is under it.)
      lines[k] = hiddenUnder || (h[4] && ORG_IGNORE.test(h[4])) ? blank(l) : '#'.repeat(h[1].length) + l.slice(h[1].length, head) + ' '.repeat(tags) + l.slice(head + tags);
      continue;
    }
    if (hiddenUnder) lines[k] = blank(l);
    else if (inBlock) {
      if (ORG_BLOCK_END.test(l)) inBlock = false;
      lines[k] = blank(l);
    } else if (ORG_BLOCK_BEGIN.test(l)) {
      inBlock = true;
      lines[k] = blank(l);
    } else if (inDrawer || ORG_DRAWER_BEGIN.test(l)) {
      inDrawer = !ORG_DRAWER_END.test(l);
      lines[k] = blank(l);
    } else if (ORG_COMMENT_LINE.test(l)) {
      // "# a note": Org's comment line, which Markdown would read as a heading.
      lines[k] = blank(l);
    } else {
      const kw = ORG_KEYWORD_LINE.exec(l);
      if (kw) lines[k] = ORG_TITLE_KEY.test(kw[1]) ? '#' + ' '.repeat(kw[0].length - 1) + l.slice(kw[0].length) : blank(l);
      // "Board Member, /Free Geek Toronto/ (2013-2017)": Org's italics, written with slashes, are
      // Markdown's underscores, one for one.
      else if (l.includes('/') && l.length <= 5000) lines[k] = l.replace(ORG_ITALIC_G, '_$1_');
    }
  }
  return lines.join('\n');
}
// (A slash after a space or an opening mark and before a word, the word's run up to a slash that
// ends it; no slash inside, so "/usr/local" and links' targets are no italics.)
const ORG_ITALIC_G = /(?<=^|[\s(“"'‘])\/(?=[^\s/])([^/\n]{1,200}?)(?<=[^\s/])\/(?=$|[\s.,;:!?)”"'’])/g;

// AsciiDoc ("resume.adoc", read as Markdown): a section title ("== Experience"), a line that only
// sets a block's attributes or anchor ("[.info]", "[[jobs]]"), a comment ("// note", "////" blocks),
// a hard line break's " +" at a line's end.
const ADOC_SECTION_G = /^={2,6}[ \t]+\S/gm;
const ADOC_TITLE_LINE = /^(={1,6})[ \t]+(\S.*)$/;
const ADOC_ATTRIBUTES_LINE = /^\[\[?[^\]\n]{0,200}\]\]?[ \t]*\r?$/;
const ADOC_COMMENT_LINE = /^\/\/(?!\/\/)/;
const ADOC_COMMENT_FENCE = /^\/{4,}[ \t]*\r?$/;
const ADOC_HARD_BREAK = /[ \t]\+[ \t]*\r?$/;
const ADOC_ARROW_G = /(?<= )->(?= )/g;
const ADOC_REFERENCE_ONLY = /^\{[\w-]{1,40}\}$/;
const ADOC_BLOCK_TITLE = /^\.\p{L}[^\n]{0,80}$/u;

/**
 * Whether the text is AsciiDoc: two section titles or more ("== Experience"), which Markdown reads as
 * text; or a title and three lines or more that set a block's role, id or options ("[.job]",
 * "[#docaposte]", "[%hardbreaks]"), as a styled AsciiDoc page names its parts.
 */
function isAsciiDoc(text: string): boolean {
  if (!text.includes('\n==') && !text.startsWith('==') && !text.startsWith('[')) return false;
  ADOC_SECTION_G.lastIndex = 0;
  const titles = (ADOC_SECTION_G.exec(text) ? 1 : 0) + (ADOC_SECTION_G.exec(text) ? 1 : 0);
  if (titles >= 2) return true;
  if (!titles) return false;
  ADOC_ROLE_LINE_G.lastIndex = 0;
  let roles = 0;
  while (roles < 3 && ADOC_ROLE_LINE_G.exec(text)) roles++;
  return roles >= 3;
}
const ADOC_ROLE_LINE_G = /^\[[.#%][\w-][^\]\n]{0,80}\][ \t]*\r?$/gm;
// A delimited block's fence ("====", "****", "----", "....", "____"): the page shows none.
const ADOC_FENCE = /^(?:={4,}|\*{4,}|-{4,}|\.{4,}|_{4,}|\+{4,})[ \t]*\r?$/;
// An image ("image:logos/java.png[role=\"tech logo\"]"): no words on the page.
const ADOC_IMAGE_G = /\bimage::?[^\s[\]]{1,300}\[[^\]\n]{0,300}\]/g;

/**
 * An AsciiDoc résumé as the Markdown it renders to, one character for one: a title's equals signs
 * become a heading's marks ("== Education" is "## Education", the document's "= Ana Doe" its "# Ana
 * Doe"); an untitled section's "== !", attribute and anchor lines and comments are blanked, as the
 * page shows none of them; a hard line break's "+" is a space.
 */
function asciidocAsMarkdown(text: string): string {
  const lines = text.split('\n');
  const blank = (l: string): string => l.replace(NOT_NEWLINE_G, ' ');
  let inComment = false;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (ADOC_COMMENT_FENCE.test(l)) {
      inComment = !inComment;
      lines[k] = blank(l);
      continue;
    }
    if (inComment || ADOC_COMMENT_LINE.test(l) || ADOC_ATTRIBUTES_LINE.test(l) || ADOC_FENCE.test(l)) {
      lines[k] = blank(l);
      continue;
    }
    if (l.includes('image:')) lines[k] = l.replace(ADOC_IMAGE_G, (m) => blank(m));
    const t = ADOC_TITLE_LINE.exec(l);
    if (t) {
      // ("=== Micso -> Mar 2002 - Present; Pescara, IT": AsciiDoc prints "->" as an arrow, a field's
      // separator as a dash is.)
      // (An untitled section's "== !", and a title that is only an attribute's reference, "=== {author}"
      // (the document's header names the person already), head nothing of their own.)
      // (The name trimmed here, not by a lazy pattern: that tried each split of a long line.)
      const name = t[2].trimEnd();
      lines[k] = name === '!' || ADOC_REFERENCE_ONLY.test(name) ? blank(l) : '#'.repeat(t[1].length) + l.slice(t[1].length).replace(ADOC_ARROW_G, ' –');
      continue;
    }
    // ".Skills" over a list: a block's caption, printed over it in bold, no section of its own.
    if (ADOC_BLOCK_TITLE.test(l)) {
      lines[k] = ' ' + l.slice(1);
      continue;
    }
    const hb = ADOC_HARD_BREAK.exec(l);
    if (hb) lines[k] = l.slice(0, hb.index + 1) + ' ' + l.slice(hb.index + 2);
  }
  return lines.join('\n');
}

/**
 * The text as the Markdown reader reads it, one character for one: an Org-mode document as the
 * Markdown it exports to (orgAsMarkdown), a reStructuredText one with its comments and targets
 * blanked (restBlanked). What is blank here no reader of the page sees.
 */
export function markdownReading(given: string): string {
  // (An Org-mode document: see orgAsMarkdown.)
  // (An AsciiDoc one: see asciidocAsMarkdown.)
  const org = ORG_SETTING.test(given) && ORG_HEADLINE.test(given) ? orgAsMarkdown(given) : isAsciiDoc(given) ? asciidocAsMarkdown(given) : given;
  // (A reStructuredText résumé: its comments and targets are no text; see restHiddenLines.)
  return org.startsWith('..') || org.includes('\n..') ? restBlanked(org, splitLines(org)) : org;
}

export function parseMarkdown(text: string): Resume {
  const given = typeof text === 'string' ? text : '';
  const src = markdownReading(given);
  const lines = splitLines(src);
  const contact: Contact = { links: [] };
  let first = 0;
  /** The YAML front matter's lines, from its first to the start of its closing "---". */
  let front: { start: number; end: number } | undefined;
  /** Hugo's TOML front matter holding tables ("[[experience]]"), its lines as `front`'s. */
  let tomlFront: { start: number; end: number } | undefined;
  if (lines.length > 1 && /^---[ \t]*$/.test(lines[0].text)) {
    for (let k = 1; k < lines.length && k < 1000; k++) {
      if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[k].text)) {
        readFrontMatter(lines.slice(1, k), contact);
        front = { start: lines[1].start, end: lines[k].start };
        first = k + 1;
        break;
      }
    }
  } else if (lines.length > 1 && /^\+\+\+[ \t]*$/.test(lines[0].text)) {
    // Hugo's TOML front matter: its settings are no summary (the preview still prints its words).
    for (let k = 1; k < lines.length && k < 1000; k++) {
      if (/^\+\+\+[ \t]*$/.test(lines[k].text)) {
        // (The page's own keys come before its tables: a role's "location" in "[[experience]]" is no contact's.)
        let table = -1;
        for (let j = 1; j < k && table < 0; j++) if (TOML_TABLE.test(lines[j].text)) table = j;
        readFrontMatter(lines.slice(1, table > 0 ? table : k), contact, TOML_KEY);
        if (table > 0) tomlFront = { start: lines[1].start, end: lines[k].start };
        first = k + 1;
        break;
      }
    }
  }
  const visible = hideUnseen(lines);
  const blocks: Block[] = [];
  const levels = new Map<Block, number>();
  const idHints = new Map<Block, string>();
  // Headings written as HTML tags ("<h2>Howard Stein Hudson</h2>"): a page's own styling.
  const htmlHeadings = new Set<Block>();
  let blank = false;
  const stale = new Set<Block>();
  let fence: string | undefined;
  let inTable = false;
  /** The open table's columns by what they hold, from its header row (see tableColumns). */
  let columns: ColumnKind[] | undefined;
  /** The bullet the previous line belonged to (lazy and indented continuation lines extend it). */
  let openBullet: Block | undefined;
  /** The text block on the line right before (a Setext underline or ':' definition refers to it). */
  let prevText: Block | undefined;
  /** A definition (": text") still open for indented continuation lines. */
  let openDef: Block | undefined;
  /** The last plain line read as a section name (a definition after it makes it a term again). */
  let plainHeading: Block | undefined;
  // The lines read as headings only for being a known section's name, with that name.
  const plainNamed: [Block, string][] = [];
  /** Inside a definition's indented paragraphs (after a blank line): description, not headers. */
  let inDefBody = false;
  /** Under a list item that is only a bold name: its indented lines are header lines. */
  let headerItem: boolean | 'lazy' = false;
  /** The line of the last top-level item wholly in emphasis read as a header field (-2: none). */
  let emphasisLine = -2;

  /**
   * A heading whose name is the line's characters [cs, ce), the line's text starting at a; `clean`
   * when its words are not those characters as written (a template call's values).
   */
  const headingAt = (line: SourceLine, t: string, a: number, cs: number, ce: number, clean = cleanInline(src, line.start + cs, line.start + ce)): Block =>
    newBlock({
      kind: 'heading',
      start: line.start + cs,
      end: line.start + ce,
      lineStart: line.start + a,
      lineEnd: line.start + trimEndIndex(t),
      clean,
      blankBefore: blank,
    });
  /** Whether the lines from `from` at the margin (up to three, to a blank line or list item) hold one that is only dates. */
  const lazyDatedHeader = (from: number): boolean => {
    for (let k = from; k < Math.min(lines.length, from + 3); k++) {
      const v = visible[k] ?? '';
      if (!v.trim() || /^\s/.test(v) || LIST.test(v) || v[0] === '#' || v[0] === '|' || v[0] === '>') return false;
      if (!YEAR_IN.test(v) && !/\b(?:present|current|now)\b/i.test(v)) continue;
      const e = trimEndIndex(v);
      const probe = newBlock({ kind: 'text', start: lines[k].start, end: lines[k].start + e, lineStart: lines[k].start, lineEnd: lines[k].start + e, clean: cleanInline(src, lines[k].start, lines[k].start + e), blankBefore: false });
      if (blockIsDates(probe)) return true;
    }
    return false;
  };
  /** Takes an HTML list item ("<li>…") as a bullet: it closes any paragraph open before it. */
  const pushHtmlItem = (block: Block) => {
    blocks.push(block);
    blank = false;
    openBullet = block;
    prevText = undefined;
  };
  /** Takes a list item as a line of its entry's header, not a bullet: it closes any paragraph or list item open before it. */
  const pushItemAsHeader = (block: Block) => {
    block.kind = 'text';
    block.marked = false;
    blocks.push(block);
    blank = false;
    openBullet = undefined;
    prevText = undefined;
  };
  /** Takes a heading at its level: it closes any paragraph or list item open before it. */
  const pushHeading = (block: Block, level: number) => {
    blocks.push(block);
    levels.set(block, level);
    blank = false;
    openBullet = undefined;
    prevText = undefined;
  };
  const pushText = (line: SourceLine, t: string, a: number, strong: boolean) => {
    const b = trimEndIndex(t);
    const block: Block = newBlock({
      kind: 'text',
      start: line.start + a,
      end: line.start + b,
      lineStart: line.start + skipSpaces(t),
      lineEnd: line.start + b,
      clean: cleanInline(src, line.start + a, line.start + b),
      blankBefore: blank,
    });
    if (strong) block.strong = true;
    // ("Designing tiered benefit packages  " / "Identifying partners  ": a line ended by a hard break,
    // two spaces or a backslash, as Google Docs' Markdown export ends each line of a paragraph: the
    // next line is printed on a line of its own, an item of its own.)
    if (!blank && blocks[blocks.length - 1]?.kind === 'text' && hardBreakBefore(src, line.start)) block.lineBreakBefore = true;
    // A line that is only markup (an HTML tag, an empty link) says nothing; nor, to the model, a
    // note closing the page on when it was last changed (the page still prints it).
    if (!SHOWS_WORD.test(block.clean.text) || (block.start * 2 > src.length && lastUpdatedLine(block.clean.text))) return undefined;
    blocks.push(block);
    blank = false;
    return block;
  };

  /**
   * Pushes a table row as its header's cells (one strong text line, as any row, with the other
   * cells blanked) and a bullet for each description cell; false (nothing pushed) when no header
   * cell holds anything.
   */
  const pushRowByColumns = (line: SourceLine, t: string, cs: number, ce: number, kinds: ColumnKind[]): boolean => {
    const cells = rowCells(t, cs, ce);
    const kindOf = (k: number): ColumnKind => kinds[k] ?? 'field';
    if (!cells.some(([c0, c1], k) => kindOf(k) === 'field' && c1 > c0)) return false;
    // The line with the other cells' characters as spaces: offsets stay those of the source.
    // (Built in one pass: a row of thousands of cells costs its length, not its length per cell.)
    const parts: string[] = [];
    let from = 0;
    for (let k = 0; k < cells.length; k++) {
      if (kindOf(k) === 'field') continue;
      parts.push(t.slice(from, cells[k][0]), ' '.repeat(cells[k][1] - cells[k][0]));
      from = cells[k][1];
    }
    parts.push(t.slice(from, ce));
    const masked = parts.join('');
    const blanked = cleanInline(masked, cs, ce);
    blanked.base += line.start;
    const clean = collapseSpaces(blanked);
    const head = newBlock({ kind: 'text', start: line.start + cs, end: line.start + ce, lineStart: line.start + skipSpaces(t), lineEnd: line.start + ce, clean, blankBefore: blank, strong: true });
    blocks.push(head);
    blank = false;
    const described = kinds.includes('description');
    // ("| 06/22 – 09/24 | __B.Sc. Economics__<br>Ruprecht-Karls University Heidelberg<br>Grade: 1.8 |":
    // a row whose own cells hold only its dates names the degree or post in its description, in bold,
    // and where on the line after: both are the entry's header lines, the rest its bullets.)
    let headerParts = blockIsDates(head) ? 2 : 0;
    for (let k = 0; k < cells.length; k++) {
      const [c0, c1] = cells[k];
      // (A tools column is the row's bullet only where no column describes the work; otherwise the
      // page prints it beside the row, as it prints any word the model does not hold.)
      if (c1 <= c0 || !(kindOf(k) === 'description' || (kindOf(k) === 'tools' && !described))) continue;
      // ("Produce … programs <br><br> Build and maintain unit dashboards …": line breaks inside the
      // cell part its items, each a bullet as the page prints it.)
      const parts = cellItems(t, c0, c1);
      for (let q = 0; q < parts.length; q++) {
        const [p0, p1] = parts[q];
        const cell = cleanInline(src, line.start + p0, line.start + p1);
        if (!SHOWS_WORD.test(cell.text)) continue;
        const heads = headerParts > 0 && parts.length > 1 && (q === 0 ? WHOLLY_EMPHASISED.test(t.slice(p0, p1).trim()) : q === 1 && headerParts === 1 && shortName(cell.text));
        headerParts = heads ? headerParts - 1 : 0;
        blocks.push(newBlock({ kind: heads ? 'text' : 'bullet', start: line.start + p0, end: line.start + p1, lineStart: line.start + p0, lineEnd: line.start + p1, clean: cell, blankBefore: false, strong: heads || undefined }));
      }
    }
    return true;
  };

  const tables = src.includes('<t') ? htmlTables(lines) : [];
  let table = 0;
  // Cells carried into the rows below by rowspan, by column: the cell and how many rows it still covers.
  let carried = new Map<number, { clean: Cleaned; left: number }>();
  /**
   * Pushes an HTML table row (lines [i, j]) as its header's field cells joined into one strong text
   * line ("Data Engineer | OTTO | 2023 - Present | Hamburg, Germany"; a cell spanning rows counts in
   * each) and a bullet for each description cell. Rows of <th> cells name the columns: nothing pushed.
   */
  const pushHtmlRow = (i: number, j: number, kinds: ColumnKind[]) => {
    const start = lines[i].start;
    const end = lines[j].start + lines[j].text.length;
    if (end - start > MAX_ROW) return;
    const row = src.slice(start, end);
    // (Tags in any case: "<TD>" … "</TD>".)
    const lower = row.toLowerCase();
    const cells: { at: number; end: number; span: number; head: boolean }[] = [];
    CELL_G.lastIndex = 0;
    for (let m = CELL_G.exec(row); m; m = CELL_G.exec(row)) {
      const close = lower.indexOf('</t' + m[1].toLowerCase(), CELL_G.lastIndex);
      if (close < 0) break;
      cells.push({ at: start + CELL_G.lastIndex, end: start + close, span: Number(ROWSPAN.exec(m[2])?.[1] ?? 1), head: m[1].toLowerCase() === 'h' });
      CELL_G.lastIndex = close;
    }
    if (!cells.length || cells.every((c) => c.head)) return;
    const byColumn: (Cleaned | undefined)[] = [];
    const next = new Map<number, { clean: Cleaned; left: number }>();
    let col = 0;
    const takeCarried = () => {
      for (let c = carried.get(col); c; c = carried.get(col)) {
        if (SHOWS_WORD.test(c.clean.text)) byColumn[col] = c.clean;
        if (c.left > 1) next.set(col, { clean: c.clean, left: c.left - 1 });
        col++;
      }
    };
    for (const cell of cells) {
      takeCarried();
      let a = cell.at;
      let b = cell.end;
      while (a < b && WHITE.test(src[a])) a++;
      while (b > a && WHITE.test(src[b - 1])) b--;
      const clean = collapseSpaces(cleanInline(src, a, b));
      const seen = SHOWS_WORD.test(clean.text);
      if (seen) byColumn[col] = clean;
      // (A cell spanning rows holds its column in them though it shows no words: a logo.)
      if (cell.span > 1) next.set(col, { clean, left: cell.span - 1 });
      col++;
    }
    takeCarried();
    carried = next;
    const fields = byColumn.filter((c, k): c is Cleaned => !!c && (kinds[k] ?? 'field') === 'field');
    if (!fields.length) return;
    blocks.push(newBlock({ kind: 'text', start, end, lineStart: start + skipSpaces(lines[i].text), lineEnd: end, clean: joinCleaned(fields, ' | '), blankBefore: blank, strong: true }));
    blank = false;
    byColumn.forEach((c, k) => {
      if (!c || kinds[k] !== 'description') return;
      const at = spanOf(c, 0, c.text.length);
      blocks.push(newBlock({ kind: 'bullet', start: at.start, end: at.end, lineStart: at.start, lineEnd: at.end, clean: c, blankBefore: false }));
    });
  };

  // A reStructuredText document's titles, at the levels its adornments give them (see rst-titles).
  const rst = rstTitles(lines, first);
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const t = visible[i];
    if (rst && fence === undefined) {
      if (rst.adornments.has(i)) {
        blank = true;
        openBullet = undefined;
        prevText = undefined;
        continue;
      }
      const level = rst.levels.get(i);
      if (level !== undefined) {
        const a = skipSpaces(t);
        const block = headingAt(line, t, a, a, trimEndIndex(t));
        // (The heading's lines are its adornments' too, as a Setext heading's are its underline's.)
        if (rst.adornments.has(i - 1)) block.lineStart = lines[i - 1].start;
        if (rst.adornments.has(i + 1)) block.lineEnd = lines[i + 1].start + trimEndIndex(lines[i + 1].text);
        pushHeading(block, level);
        continue;
      }
      // A line block ("| **2014–**" / "    Associate Professor, Michigan State University"): each "|"
      // starts a line of its own, and the indented lines under it go on with it (one line as printed).
      const lb = t.includes('|') ? LINE_BLOCK.exec(t) : null;
      if (lb && t.indexOf('|', lb[0].length) < 0) {
        const indent = lb[1].length;
        let end = i;
        for (; end + 1 < lines.length && !rst.levels.has(end + 1) && !rst.adornments.has(end + 1); end++) {
          const next = visible[end + 1];
          const lead = skipSpaces(next);
          if (lead <= indent || lead === next.length || next[lead] === '|') break;
        }
        const b = trimEndIndex(visible[end]);
        if (end === i && lb[0].length >= b) {
          blank = true;
          prevText = undefined;
          continue;
        }
        const block = newBlock({ kind: 'text', start: line.start + lb[0].length, end: lines[end].start + b, lineStart: line.start + indent, lineEnd: lines[end].start + b, clean: cleanInline(src, line.start + lb[0].length, lines[end].start + b), blankBefore: blank });
        blocks.push(block);
        blank = false;
        openBullet = undefined;
        prevText = block;
        i = end;
        continue;
      }
    }
    // Inside an HTML table of entries: each row one entry's line, the rest of the markup nothing.
    while (table < tables.length && tables[table].to < i) table++;
    if (fence === undefined && table < tables.length && tables[table].from <= i) {
      if (i === tables[table].from) carried = new Map();
      if (/^\s*<tr\b/i.test(t)) {
        let j = i;
        while (j < tables[table].to && !/<\/tr\s*>/i.test(lines[j].text)) j++;
        pushHtmlRow(i, j, tables[table].kinds);
        i = j;
      }
      prevText = undefined;
      openBullet = undefined;
      continue;
    }
    if (fence !== undefined) {
      if (fenceCloses(t, fence)) {
        fence = undefined;
        blank = true;
      }
      continue;
    }
    const a = skipSpaces(t);
    if (a === t.length) {
      // A line that only held a comment is not a paragraph break.
      if (line.text.trim() === '') {
        blank = true;
        openBullet = undefined;
        prevText = undefined;
        inTable = false;
        columns = undefined;
        if (openDef) inDefBody = true;
        openDef = undefined;
      }
      continue;
    }
    // Each block regex below is anchored and needs a particular first non-space character: testing
    // that first spares most lines most regex calls (a call costs more than the failing match).
    const c0 = t[a];
    const fm = c0 === '`' || c0 === '~' ? fenceOf(t) : undefined;
    if (fm) {
      fence = fm;
      openBullet = undefined;
      prevText = undefined;
      continue;
    }
    // Setext underline under a paragraph line: that line is a heading.
    const sm = c0 === '=' || c0 === '-' ? SETEXT.exec(t) : null;
    const above = blocks[blocks.length - 1];
    if (sm && !openBullet && !blank && above && (above === prevText || above === plainHeading) && levels.get(above) !== 1 && levels.get(above) !== 2) {
      above.kind = 'heading';
      above.lineEnd = line.start + trimEndIndex(t);
      levels.set(above, sm[1][0] === '=' ? 1 : 2);
      prevText = undefined;
      plainHeading = undefined;
      blank = false;
      continue;
    }
    if ((c0 === '-' || c0 === '*' || c0 === '_') && HR.test(t)) {
      blank = true;
      openBullet = undefined;
      prevText = undefined;
      continue;
    }
    if (c0 === '[' && LINK_DEF.test(t)) continue;
    // "*References available upon request*" closing the page, no heading over it: a note to the
    // reader, neither a section nor the last entry's item (the page still prints it).
    if ((c0 === '*' || c0 === '_' || c0 === 'R' || c0 === 'r') && REFERENCES_NOTE.test(t)) {
      blank = true;
      openBullet = undefined;
      prevText = undefined;
      continue;
    }
    if (c0 === '<') {
      // A page's HTML set out over lines: "<h4 id="dellemc">" / "DELL EMC" / "<small> – Financial
      // Modeller.</small>" / "</h4>", "<li>" / "Created a working program model …" / "</li>": the
      // lines between the tag and its close are the heading's or the item's text.
      const ml = HTML_OPEN_ALONE.exec(t);
      if (ml) {
        const tag = ml[1].toLowerCase();
        let j = i + 1;
        while (j < lines.length && j <= i + MAX_ELEMENT_LINES && !closesElement(visible[j], tag)) j++;
        if (j < lines.length && j <= i + MAX_ELEMENT_LINES && j > i + 1) {
          const first = lines[i + 1];
          const last = lines[j - 1];
          const s0 = first.start + skipSpaces(visible[i + 1]);
          const e0 = last.start + trimEndIndex(visible[j - 1]);
          const clean = e0 > s0 ? cleanInline(src, s0, e0) : undefined;
          if (clean && SHOWS_WORD.test(clean.text) && !opensElement(src.slice(s0, e0), tag)) {
            const block = newBlock({ kind: tag === 'li' ? 'bullet' : 'heading', start: s0, end: e0, lineStart: line.start + a, lineEnd: lines[j].start + trimEndIndex(visible[j]), clean, blankBefore: blank, marked: tag === 'li', indent: a });
            if (tag === 'li') pushHtmlItem(block);
            else {
              htmlHeadings.add(block);
              pushHeading(block, Number(tag[1]));
            }
            i = j;
            continue;
          }
        }
      }
      // Raw HTML résumés inside Markdown: "<h3>Title</h3>" is a heading, "<li>Item" a list item,
      // a line of tags only ("<div>", "</section>") a paragraph break.
      const hm = HTML_HEADING.exec(t);
      if (hm) {
        // (The match starts at the line's start, its indentation included.)
        const cs = hm[0].indexOf('>') + 1;
        const ce = hm[3] !== undefined ? t.lastIndexOf('<') : trimEndIndex(t);
        if (ce > cs) {
          const block = headingAt(line, t, a, cs, ce);
          if (SHOWS_WORD.test(block.clean.text)) {
            htmlHeadings.add(block);
            pushHeading(block, Number(hm[1]));
            continue;
          }
        }
      }
      const li = HTML_ITEM.exec(t);
      if (li) {
        const cs = skipSpaces(t, li[0].length);
        let ce = trimEndIndex(t);
        if (t.slice(0, ce).endsWith('</li>')) ce = trimEndIndex(t.slice(0, ce - 5));
        if (ce > cs) {
          const block: Block = newBlock({
            kind: 'bullet',
            start: line.start + cs,
            end: line.start + ce,
            lineStart: line.start + a,
            lineEnd: line.start + trimEndIndex(t),
            clean: cleanInline(src, line.start + cs, line.start + ce),
            blankBefore: blank,
            marked: true,
            indent: a,
          });
          pushHtmlItem(block);
          continue;
        }
      }
      // "<summary>Projects</summary>": a toggle's label, folding the items under it into the entry
      // above (a Notion page's role and its projects); it heads nothing (the preview still prints it).
      // ("<summary><b>Data Analyst,</b> <i>Analytics Team</i>, NHS England, London (Oct 2021 – June
      // 2022)</summary>": a toggle labelled with a dated role is that role's header line, its items
      // folded under it.)
      // ('<div class="cv-row">' / '<strong>Ph.D. …</strong>' / '</div>' / '<em>Colorado State
      // University</em>': a layout box's own tags inside one entry, no blank line between, part no
      // lines of it; a blank line still does.)
      if (DIV_ONLY.test(t) && !blank && prevText) continue;
      if (TAGS_ONLY.test(t) || (TOGGLE_LABEL.test(t) && !(t.length <= MAX_LABEL_LINE && YEAR_IN.test(t)))) {
        blank = true;
        openBullet = undefined;
        prevText = undefined;
        continue;
      }
    }
    if (isTableSeparator(t, a)) {
      // The row above was the table's header: column names, not a role.
      // (Unless it is dated: "| **Head Chef** | 2021-2023 |" over "| Mesa Grill | Las Vegas, UT |",
      // a role set as a two-row table whose first row is the header only by Markdown's rule.)
      columns = undefined;
      if (prevText && blocks[blocks.length - 1] === prevText && !blockRange(prevText)) {
        blocks.pop();
        columns = tableColumns(visible[i - 1] ?? '');
      }
      inTable = true;
      prevText = undefined;
      continue;
    }
    // "{{ position(title="Waitstaff",company="Patriots Landing",duration="Feb 2024 - Present") }}":
    // a site generator's template call (Zola, Hugo, Jekyll) whose named values are a role's fields.
    if (t[a] === '{' && a <= 3 && (t[a + 1] === '{' || t[a + 1] === '%')) {
      const clean = templateFields(t, a, line.start);
      if (clean) {
        pushHeading(headingAt(line, t, a, a, trimEndIndex(t), clean), 6);
        continue;
      }
      // ("{{< timeline >}}", "{% include base_path %}": tags alone on their line print nothing of
      // the résumé; like a comment's line, no paragraph break either.)
      if (TEMPLATE_LINE.test(t)) continue;
    }
    // ATX heading, scanned by hand (no regex backtracking on long lines).
    if (t[a] === '#' && a <= 3) {
      let h = a;
      while (h < t.length && t[h] === '#') h++;
      const level = h - a;
      // ("###Information Service", "####The Other Journal": many writers and older renderers take
      // hashes run into a capitalised name as a heading; two or more, so "#1 in sales" and
      // "#hashtags" stay text.)
      // (One hash too where all that follows is in capitals, "#EXPERIENCE", "#SKILLS + CERTIFICATIONS",
      // as kramdown reads it; emphasis may open the name, "###*Previous*".)
      const runIn = level <= 6 && h < t.length && t.length - h <= 80 && RUN_IN_NAME.test(t.slice(h)) && (level >= 2 || !/\p{Ll}/u.test(t.slice(h)));
      if (level <= 6 && (h === t.length || t[h] === ' ' || t[h] === '\t' || runIn)) {
        const cs = skipSpaces(t, h);
        let ce = trimEndIndex(t);
        // Closing #s ("## Experience ##").
        let k = ce;
        while (k > cs && t[k - 1] === '#') k--;
        if (k < ce && (k === cs || t[k - 1] === ' ' || t[k - 1] === '\t')) ce = trimEndIndex(t.slice(0, k));
        if (ce < cs) ce = cs;
        // ("##" alone between sections, a GitHub profile's way to draw a rule: an empty heading
        // names no section; its lower headings stay the sections.)
        if (ce <= cs) {
          blank = true;
          continue;
        }
        const block = headingAt(line, t, a, cs, ce);
        const id = ID_ATTR.exec(t);
        if (id) idHints.set(block, id[1]);
        pushHeading(block, level);
        continue;
      }
    }
    // "!!! abstract \"Profile\"", "??? example \"Sidewalk Gap Viewer (2023)\"": an admonition of
    // MkDocs / Python-Markdown, its title in quotes: a section when the title names one, else the
    // head of an entry (its indented body follows as the entry's text).
    const adm = c0 === '!' || c0 === '?' ? ADMONITION.exec(t) : null;
    if (adm && a <= 3) {
      const cs = t.indexOf('"', a) + 1;
      const ce = t.lastIndexOf('"');
      const block = headingAt(line, t, a, cs, ce);
      pushHeading(block, isExactSectionName(block.clean.text) ? 2 : 3);
      continue;
    }
    // Blockquote: its content is read as a line of its own (contact footers, summaries).
    let content = a;
    let quoted = false;
    for (let qm = c0 === '>' ? QUOTE.exec(t.slice(content)) : null; qm && qm[0].length; qm = QUOTE.exec(t.slice(content))) {
      content += qm[0].length;
      quoted = true;
      if (content >= t.length) break;
    }
    if (quoted) {
      content = skipSpaces(t, content);
      if (content >= trimEndIndex(t)) {
        blank = true;
        openBullet = undefined;
        prevText = undefined;
        continue;
      }
    }
    // "<p>• Reviewed and edited work <br />": an item's glyph after a paragraph tag is still the
    // item's (a page pasted as raw HTML into Markdown); the tags are markup, not the item's text.
    if (c0 === '<' && !quoted) {
      const lead = LEADING_TAGS.exec(t.slice(content));
      if (lead && leadingTagsOnly(lead[0]) && ITEM_GLYPH.test(t.slice(content + lead[0].length, content + lead[0].length + 2))) content += lead[0].length;
    }
    const lc = t[content];
    const lm = lc === '-' || lc === '*' || lc === '+' || (lc >= '0' && lc <= '9') || (lc !== undefined && lc > '\u007f') ? LIST.exec(t.slice(content)) : null;
    if (lm) {
      const cs = content + lm[0].length;
      const b = endBeforeTags(t, cs);
      if (cs >= b) continue;
      const block: Block = newBlock({
        kind: 'bullet',
        start: line.start + cs,
        end: line.start + b,
        lineStart: line.start + a,
        lineEnd: line.start + b,
        clean: cleanInline(src, line.start + cs, line.start + b),
        blankBefore: blank,
        marked: true,
        indent: content + lm[1].length,
      });
      if (/^(\*\*|__)\S/.test(t.slice(cs, cs + 3))) block.strong = true;
      // "- **MSc Economics**  " then "  University of X _(2016 - 2018)_": an item whose first line is
      // only a bold name, with lines under it, is an entry's header, not a bullet.
      const next = lines[i + 1];
      if (block.strong && BOLD_ONLY.test(t.slice(cs)) && next && /^\s{2,}\S/.test(visible[i + 1] ?? '') && !LIST.test((visible[i + 1] ?? '').trimStart())) {
        pushItemAsHeader(block);
        headerItem = true;
        continue;
      }
      // ("- **Research Assistant**" / "Butcher Lab, Cornell University – Ithaca, NY" / "August 2025 –
      // Present": the lines under it at the margin are the item's lazy lines to Markdown, but one of
      // them only dates: they are the entry's header lines, each a field, not one run-on title.)
      if (block.strong && a === 0 && BOLD_ONLY.test(t.slice(cs)) && lazyDatedHeader(i + 1)) {
        pushItemAsHeader(block);
        headerItem = 'lazy';
        continue;
      }
      // ("**CVS Health**" / "* **Enterprise Procurement Intern**" / "* *Woonsocket, RI*" / "* *Summer
      // 2023*" / "  - Analyzed …": top-level items each wholly in emphasis, two or more in a row, are
      // the entry's header fields set as a list; the items nested under them are its bullets.)
      // (Only a run with items nested under it: "* **Python**" / "* **SQL**" in a skills list stay its items.)
      const inRun = emphasisLine === i - 1;
      if (a === 0 && EMPHASIS_ONLY.test(t.slice(cs)) && (inRun || (EMPHASIS_ITEM.test(visible[i + 1] ?? '') && nestedAfterRun(visible, i + 1)))) {
        block.strong = !inRun;
        pushItemAsHeader(block);
        emphasisLine = i;
        continue;
      }
      blocks.push(block);
      blank = false;
      openBullet = block;
      headerItem = false;
      prevText = undefined;
      continue;
    }
    if (headerItem && !blank && (a >= 2 || headerItem === 'lazy')) {
      // The lines of a header item: each one a line of the entry's header (or a detail under it).
      pushText(line, t, a, false);
      continue;
    }
    headerItem = false;
    const dm = c0 === ':' ? DEF.exec(t) : null;
    if (dm && !quoted) {
      // "Term\n: definition": the term names the entry (even a term that looks like a section name).
      const last = blocks[blocks.length - 1];
      if (last && (last === prevText || last === plainHeading) && !blank) {
        if (last === plainHeading) {
          last.kind = 'text';
          levels.delete(last);
        }
        last.strong = true;
      }
      // ("2014--2016" / ":   **Senior Engineer**, Acme Corp": under a term that is only dates, a
      // definition opening in bold is the entry's header line, its title first.)
      const underDates = !!last && last.kind === 'text' && !blank && blockIsDates(last) && BOLD_START.test(t.slice(a + dm[0].length - skipSpaces(t)));
      const block = pushText(line, t, a + dm[0].length - skipSpaces(t), underDates);
      openBullet = undefined;
      prevText = undefined;
      openDef = block;
      if (block && last && !blank) block.blankBefore = false;
      continue;
    }
    if (openDef && !blank && a > 0) {
      // The definition goes on over an indented line.
      const b = trimEndIndex(t);
      openDef.end = line.start + b;
      openDef.lineEnd = line.start + b;
      stale.add(openDef);
      continue;
    }
    // ("* 2016 - 2017" / "> Análise e desenvolvimento …": a blockquote at the margin interrupts the
    // item above, as CommonMark has it; it is no lazy line of the item.)
    if (openBullet && quoted && a < 2) openBullet = undefined;
    if (openBullet && !blank) {
      // A lazy or indented continuation line of the list item above.
      const b = trimEndIndex(t);
      openBullet.end = line.start + b;
      openBullet.lineEnd = line.start + b;
      stale.add(openBullet);
      continue;
    }
    if (inDefBody && a < 2) inDefBody = false;
    const isRow = inTable || (t[a] === '|' && t.indexOf('|', a + 1) > 0);
    if (isRow) inTable = true;
    let cs = content;
    let ce = trimEndIndex(t);
    if (isRow) [cs, ce] = innerRow(t, cs, ce);
    // "| **Chitter** | A Twitter clone with SQL database. | Ruby, SQL |" under "| Project | About |
    // Tech |": a description column's cell is the row's bullet, not one of its header's fields.
    if (isRow && columns && pushRowByColumns(line, t, cs, ce, columns)) {
      prevText = undefined;
      openDef = undefined;
      continue;
    }
    // "**Ph.D., Life Sciences**, *Muséum national d’histoire" / "naturelle/Université de Rennes 1*, …":
    // a paragraph wrapped inside an emphasis (or a code span, or a link's text) goes on over the
    // next line, as Markdown joins it; the wrap is no line of its own.
    if (!blank && !isRow && prevText && prevText.kind === 'text' && !hardBreakBefore(src, line.start) && openInline(src, prevText.start, prevText.end)) {
      prevText.end = line.start + ce;
      prevText.lineEnd = line.start + ce;
      stale.add(prevText);
      continue;
    }
    const boldStart = /^(\*\*|__)\S/.test(t.slice(cs, cs + 3));
    const block = pushText(line, t.slice(0, ce), cs, isRow || boldStart);
    prevText = block;
    openDef = undefined;
    if (block && inDefBody) block.desc = true;
    // A line that is just a known section name ("**Experience**", "EDUCATION") is a heading.
    if (block && !isRow) {
      const name = block.clean.text.length <= 42 ? block.clean.text.replace(/[\s:]+$/, '').trim() : '';
      if (name && (block.blankBefore || blocks.length === 1 || boldStart) && !/\d/.test(name) && isExactSectionName(name)) {
        block.kind = 'heading';
        levels.set(block, 0);
        prevText = undefined;
        plainHeading = block;
        plainNamed.push([block, normaliseHeading(name)]);
      }
    }
  }
  // ("**Accomplishments**" under every role, "**Responsibilities**" likewise: a section's name set as
  // a line three times or more (twice, for no section of roles) labels a part of each entry, no
  // section of its own.)
  const timesNamed = new Map<string, number>();
  for (const [, key] of plainNamed) timesNamed.set(key, (timesNamed.get(key) ?? 0) + 1);
  for (const [b, key] of plainNamed) {
    const n = timesNamed.get(key)!;
    if (n >= 3 || (n === 2 && !ENTRY_SECTION.test(sectionKindOf(key) ?? ''))) b.label = true;
  }
  // Blocks that grew over continuation lines are cleaned once, at their full length.
  for (const b of stale) b.clean = cleanInline(src, b.start, b.end);
  assignSections(blocks, levels, idHints, htmlHeadings);
  const resume = buildResume(src, blocks, { format: 'markdown', proseAsBullets: false, contact });
  // Roles the front matter lists come first, as the page's theme prints them above its body.
  if (front && front.end > front.start) {
    const fm = frontMatterSections(src, front.start, front.end);
    // ("title: 💼 Work History" over a page that is that one section with no heading of its own, as a
    // site's theme prints a part of the résumé: the page's title is the section's heading.)
    const headless = resume.sections[0];
    if (!fm.sections.length && headless && !headless.title && resume.sections.length === 1) {
      const named = frontMatterSectionTitle(src, front.start, front.end);
      if (named && (named.kind === headless.kind || headless.kind === 'other')) resume.sections[0] = { ...headless, title: named.text, kind: named.kind, headingSpan: { start: named.start, end: named.end } };
    }
    resume.sections.unshift(...fm.sections);
    // (And its profile, where the page's body gives none: the theme prints it above the roles.)
    if (!resume.summary && fm.summary) resume.summary = fm.summary;
  }
  // (Hugo Academic's widget pages: "[[experience]]" tables in TOML, read by the lazily loaded YAML reader.)
  if (tomlFront && TOML_ROLES.test(src.slice(tomlFront.start, tomlFront.end))) resume.sections.unshift(...yamlReader().readTomlSections(src, tomlFront.start, tomlFront.end));
  return resume;
}

// A line of template tags alone (see text/template-tags.ts).
const TEMPLATE_LINE = new RegExp(`^\\s*(?:(?:${TEMPLATE_TAG.source})\\s*)+$`);
// A template call on a line of its own: "{{ name(args) }}", "{{< name args >}}", "{% include x.html args %}".
const TEMPLATE_CALL = /^\{([{%])[<%]?\s*[\w.\/-]+(?:\s+[\w.\/-]+(?![\w.\/-]|\s*[=:]))?\s*\(?(.*?)\)?\s*[>%]?[}%]\}\s*$/;
const TEMPLATE_ARG = new RegExp(TEMPLATE_NAMED_ARG.source, 'g');
// Argument names by the field they hold, in the order a role's header reads.
const TEMPLATE_KEYS: [RegExp, number][] = [
  [/^(?:title|position|role|job|name|degree|project)$/i, 0],
  [/^(?:company|employer|organi[sz]ation|org|institution|school|university|client)$/i, 1],
  [/^(?:location|place|city|where)$/i, 2],
  [/^(?:duration|dates?|period|when|time|years?|start(?:_?date)?|from)$/i, 3],
  [/^(?:end(?:_?date)?|to|until)$/i, 4],
];

/**
 * The fields of a template call as a header's cleaned text ("Waitstaff | Patriots Landing | Feb
 * 2024 - Present"), each value mapped to where it is written; undefined when the call names fewer
 * than two fields (an include of a layout, a figure).
 */
function templateFields(t: string, a: number, lineStart: number): Cleaned | undefined {
  const m = TEMPLATE_CALL.exec(t.slice(a));
  if (!m) return undefined;
  const found: { order: number; at: number; value: string }[] = [];
  TEMPLATE_ARG.lastIndex = 0;
  const args = m[2];
  const argsAt = a + m[0].indexOf(args);
  for (let g = TEMPLATE_ARG.exec(args); g; g = TEMPLATE_ARG.exec(args)) {
    const value = g[2] ?? g[3] ?? '';
    const key = TEMPLATE_KEYS.find(([re]) => re.test(g![1]));
    if (!key || !value.trim()) continue;
    found.push({ order: key[1], at: argsAt + g.index + g[0].length - value.length - 1, value });
  }
  if (found.length < 2) return undefined;
  found.sort((x, y) => x.order - y.order);
  let text = '';
  const runs: number[] = [];
  found.forEach((f, k) => {
    if (k > 0) {
      // " – " between a start and an end, " | " between fields; each maps to the closing quote before it.
      const sep = f.order === 4 && found[k - 1].order === 3 ? ' – ' : ' | ';
      runs.push(text.length, found[k - 1].at + found[k - 1].value.length, found[k - 1].at + found[k - 1].value.length + 1);
      text += sep;
    }
    runs.push(text.length, f.at, f.at + f.value.length);
    text += f.value;
  });
  return { text, base: lineStart, runs };
}

/** A heading's text as a section's title: single spaces, no closing colon. */
const sectionTitle = (h: Block): string => h.clean.text.replace(/\s+/g, ' ').replace(/[\s:]+$/, '').trim();

/**
 * "## Director Product Management - Tanium" over "February 2020 - Present": a heading that names a
 * post, its dates on the line under it, is a role's, not the person's name (a page with no name heading).
 * With `within`, its dates among that many blocks under it, no heading or bullet between (`at`: the
 * heading's index in `blocks`).
 */
function datedRole(h: Block, blocks: Block[], within = 1, at = blocks.indexOf(h), titled = true): boolean {
  if (titled && !TITLE_WORDS.test(h.clean.text)) return false;
  for (let k = at + 1; k <= at + within && k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'text' && blockRange(b) && b.clean.text.trim().split(/\s+/).length <= 8) return true;
    if (b.kind === 'heading' || b.kind === 'bullet') return false;
  }
  return false;
}

const LABEL_END = /:\s*$/;
const ROLE_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['experience', 'education', 'volunteer', 'projects']);

/**
 * Which headings start sections: the shallowest level that has a known section name (or, with
 * none known, the level below a lone top heading). Shallower headings above the first section
 * are the name and headline; deeper ones are roles.
 */
/** How many blocks pass `test`, counting no further than `max`. */
function countUpTo(blocks: Block[], test: (b: Block) => boolean, max: number): number {
  let n = 0;
  for (let k = 0; k < blocks.length && n < max; k++) if (test(blocks[k])) n++;
  return n;
}
const LONE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

function assignSections(blocks: Block[], levels: Map<Block, number>, idHints: Map<Block, string>, htmlHeadings: ReadonlySet<Block> = new Set()): void {
  // (A label inside each entry, set as a section's name, heads nothing: see parseMarkdown.)
  const headings = blocks.filter((b) => b.kind === 'heading' && !b.label);
  if (!headings.length) return;
  const kinds = new Map<Block, SectionKind | undefined>();
  for (const h of headings) {
    const hint = idHints.get(h);
    kinds.set(h, sectionKindOf(h.clean.text) ?? (hint ? sectionKindOf(hint.replace(/[-_]/g, ' ')) : undefined));
  }
  // Plain lines that name a section (level 0) take the section level, whatever it is.
  const real = headings.filter((h) => levels.get(h)! > 0);
  // ("# Eric Fay" over roles written as bold lines, no other heading: the page's one heading, first,
  // in the words of a person's name, is the name, no section.)
  // (Where two roles or more follow, dated: the page without a heading is read as its roles then;
  // one alone would be lost.)
  if (headings.length === 1 && real.length === 1 && blocks[0] === real[0] && !kinds.get(real[0]) && LONE_NAME.test(real[0].clean.text.trim()) && countUpTo(blocks, (b) => !!blockRange(b), 2) >= 2) return;
  let sectionLevel = Infinity;
  // Headings that are a section's name exactly ("Work Experience", "Skills") set the level; a role's
  // heading that only holds such a word ("Freelance Writer, Multiple Publications") does not.
  for (const h of real) if (kinds.get(h) && isExactSectionName(h.clean.text)) sectionLevel = Math.min(sectionLevel, levels.get(h)!);
  // "### Qualifications", "### Education", "### Experience" … then a last "## Contact" at the foot
  // of the page (a site's own block): one named heading shallower than the sections, after two or
  // more of them one level down, does not set their level.
  let repoTitle: Block | undefined;
  if (sectionLevel !== Infinity) {
    const named = real.filter((h) => kinds.get(h) && isExactSectionName(h.clean.text));
    const top = named.filter((h) => levels.get(h) === sectionLevel);
    const below = named.filter((h) => levels.get(h) === sectionLevel + 1);
    // (So does the page's first heading when it is a repository's name over three named ones a level
    // down: "# portfolio", "# Darlene Grabillo – Dental Assistant", "## Professional Experience", …)
    if (top.length === 1 && below.length >= 2 && below.every((h) => headings.indexOf(h) < headings.indexOf(top[0]))) sectionLevel++;
    else if (top.length === 1 && below.length >= 3 && headings[0] === top[0] && REPO_NAME.test(top[0].clean.text.trim())) {
      repoTitle = top[0];
      sectionLevel++;
    }
  }
  if (sectionLevel === Infinity) for (const h of real) if (kinds.get(h)) sectionLevel = Math.min(sectionLevel, levels.get(h)!);
  // "# Work Experience" over "## Professional Experience", "## Research Experience": a page's one
  // title above sections named at the level below it is the page's title; they are the sections.
  let pageTitle: Block | undefined;
  if (sectionLevel !== Infinity && real[0] && levels.get(real[0]) === sectionLevel && real.filter((h) => levels.get(h)! <= sectionLevel).length === 1) {
    let below = Infinity;
    let named = 0;
    for (const h of real) {
      const l = levels.get(h)!;
      if (l > sectionLevel && kinds.get(h) && isExactSectionName(h.clean.text)) {
        if (l < below) [below, named] = [l, 0];
        if (l === below) named++;
      }
    }
    if (named >= 2) {
      pageTitle = real[0];
      sectionLevel = below;
    }
  }
  // "## Bio" … "## CV" / "### Appointments" / "### Education" / …: a heading that only names the
  // document, over two named sections or more a level down, wraps them; they are the sections (the
  // named ones at its own level stay sections too).
  const wrappers = new Set<Block>();
  let wrapped = Infinity;
  if (sectionLevel !== Infinity)
    for (let k = 0; k < real.length; k++) {
      const h = real[k];
      const l = levels.get(h)!;
      if (kinds.get(h) || !DOC_TITLE.test(h.clean.text)) continue;
      let named = 0;
      for (let j = k + 1; j < real.length && levels.get(real[j])! > l; j++) if (levels.get(real[j]) === l + 1 && kinds.get(real[j]) && isExactSectionName(real[j].clean.text)) named++;
      if (named >= 2) {
        wrappers.add(h);
        wrapped = Math.min(wrapped, l + 1);
      }
    }
  if (wrapped !== Infinity && wrapped > sectionLevel) sectionLevel = wrapped;
  const plainOnly = sectionLevel === Infinity && real.length < headings.length;
  if (sectionLevel === Infinity && real.length && !plainOnly) {
    // Loops, not Math.min(...spread): a document may have more headings than a call has arguments.
    const minLevel = (hs: Block[]) => hs.reduce((m, h) => Math.min(m, levels.get(h)!), Infinity);
    const top = minLevel(real);
    const atTop = real.filter((h) => levels.get(h) === top);
    const deeper = real.filter((h) => levels.get(h)! > top);
    sectionLevel = atTop.length === 1 && atTop[0] === real[0] && deeper.length ? minLevel(deeper) : top;
  }
  // "#### Work Experience" over "### Title, Employer" over "##### 2017–Present", then "#### Education":
  // levels chosen for their size, not their nesting. An unnamed heading shallower than the sections,
  // with a named section at the section level after it, is a role of the section it sits in.
  let lastNamed = -1;
  headings.forEach((h, k) => {
    if (kinds.get(h) && levels.get(h) === sectionLevel) lastNamed = k;
  });
  let started = false;
  // Whether a heading at the sections' level was read as a role of the section it follows.
  let rolesAtSectionLevel = false;
  // (Each block's index, made once when a heading asks: indexOf per heading would cost headings × blocks.)
  let blockIndex: Map<Block, number> | undefined;
  // The kind of the section the headings are in, and whether its heading was an HTML tag.
  let current: SectionKind | undefined;
  let currentHtml = false;
  // The level of the role heading the headings are under, in the current section (0: none).
  let roleLevel = 0;
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    const level = levels.get(h)!;
    const kind = kinds.get(h);
    if (h === pageTitle || h === repoTitle || wrappers.has(h)) continue;
    // "### Customer Experience & Sales Support" / "#### Technologies & outils :" / "#### Missions
    // principales :": a heading below a role's heading that names a section's kind or ends on a
    // colon is a label inside the role (a post under an employer's heading names neither).
    if (started && roleLevel > sectionLevel && level > roleLevel && (kind || LABEL_END.test(h.clean.text))) {
      h.label = true;
      continue;
    }
    // "## Work Experience" then "<h2>Howard Stein Hudson</h2>" / "<h4>Oct 2018 - Current</h4>": inside a
    // section of roles headed in Markdown, a heading written as an HTML tag that names no section is
    // styling for a role's line, whatever its size.
    if (started && !kind && level > 0 && htmlHeadings.has(h) && current !== undefined && ROLE_SECTIONS.has(current) && !currentHtml) {
      h.strong = true;
      continue;
    }
    if (started && (!kind || !isExactSectionName(h.clean.text)) && level > 0 && level < sectionLevel && k < lastNamed) {
      h.strong = true;
      continue;
    }
    if (plainOnly && level > 0) {
      // Only plain lines name sections here: real headings above them are the name, below them roles.
      if (started) h.strong = true;
    } else if (!started && !kind && h === headings[0] && level > 0 && headings.some((o) => o !== h && kinds.get(o) && levels.get(o) === level) && !datedRole(h, blocks)) {
      // "# Jane Doe" above "# Experience": the name, at the same level as the sections.
    } else if (started && !kind && level === sectionLevel && level > 0 && current !== undefined && ROLE_SECTIONS.has(current) && h.clean.text.length <= 80 && datedRole(h, blocks, 3, (blockIndex ??= new Map(blocks.map((b, n) => [b, n]))).get(h)!, !rolesAtSectionLevel)) {
      // "## Teaching Roles" … "## Teaching Assistant" / "**McMaster University**" / "*Hamilton, Ontario*" /
      // "**January 2021 – March 2024**": a heading at the sections' level that names a post, its
      // dates a few lines under it, is a role of the section it follows.
      // (After one such, the next dated one is a role whatever words its post has: "## Wearer of all
      // hats — Las Vegas Dance Insider" / "_September 2010 – May 2012_".)
      h.strong = true;
      rolesAtSectionLevel = true;
    } else if (started && !kind && level === sectionLevel && level > 0 && current !== undefined && ROLE_SECTIONS.has(current) && h.clean.text.length <= 80 && blockRange(h) && k + 1 < headings.length && levels.get(headings[k + 1])! > level) {
      // "# Work Experience" / "# IBM (May 2022 - Present)" / "## Automation Architect": an employer
      // and its years at the sections' level, over its roles' headings a level down, is the roles'
      // employer, no section of its own.
      h.strong = true;
      rolesAtSectionLevel = true;
    } else if (level === 0 || level === sectionLevel || (level < sectionLevel && (started || kind))) {
      // The title is only needed here (role headings are most headings).
      h.section = { kind: kind ?? 'other', title: sectionTitle(h) };
      current = kind ?? 'other';
      currentHtml = htmlHeadings.has(h);
      started = true;
      roleLevel = 0;
    } else if (level > sectionLevel && started && kind && current && current !== 'other' && current !== 'summary' && kind !== current && !(LIST_KINDS.has(kind) && LIST_KINDS.has(current)) && isExactSectionName(h.clean.text)) {
      // "Academic Research" over "Publications": a heading below the sections' level that names a
      // section of another kind exactly is a section of its own, not a role.
      h.section = { kind, title: sectionTitle(h) };
      current = kind;
    } else if (level === sectionLevel + 1 && started && kind === 'experience' && current === 'experience' && SPLIT_ROLES.test(h.clean.text) && isExactSectionName(h.clean.text)) {
      // "## Current position" … "### Previous position", "## Teaching" … "### Clinical experience": a
      // second run of roles named as a section, one level down, is a section of its own.
      h.section = { kind, title: sectionTitle(h) };
    } else if (level > sectionLevel) {
      // A role heading ("### Engineer, Acme (2019 – 2021)").
      h.strong = true;
      if (current !== undefined && ROLE_SECTIONS.has(current)) roleLevel = level;
    }
  }
}

const CELL_BREAK_G = /(?:\s*<br\s*\/?>)+\s*/gi;
// "__B.Sc. Economics__", "**Research Stay**": a cell's part set in bold, whole.
const WHOLLY_EMPHASISED = /^(\*\*|__)[^*_\n]+\1$/;
/** A line of a few words and no sentence or label ("Ruprecht-Karls University Heidelberg"), not "Grade: 1.8". */
function shortName(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && !t.includes(':') && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 10;
}

/** The parts of a table cell [c0, c1) of line `t` between its <br> tags (the whole cell when it has none). */
function cellItems(t: string, c0: number, c1: number): [number, number][] {
  const cell = t.slice(c0, c1);
  if (!/<br/i.test(cell)) return [[c0, c1]];
  const out: [number, number][] = [];
  let from = 0;
  CELL_BREAK_G.lastIndex = 0;
  for (let m = CELL_BREAK_G.exec(cell); m; m = CELL_BREAK_G.exec(cell)) {
    if (m.index > from) out.push([c0 + from, c0 + m.index]);
    from = m.index + m[0].length;
  }
  if (from < cell.length) out.push([c0 + from, c1]);
  return out;
}

/** Whether the line before the one starting at `at` ends with a Markdown hard break: two spaces or more, or a backslash, after text. */
// An emphasis mark that can open or close a run: "*" or "_" not inside a word ("snake_case",
// "5*3" are no marks); "**" counts as one.
const EMPHASIS_MARK_G = /\*\*|__|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|\*/gu;
const CODE_SPAN_G = /`[^`]*`/g;
/** Longest run of text judged (a line of a paragraph, possibly grown over earlier lines). */
const MAX_OPEN_RUN = 2000;

/** Whether src[start, end) leaves an emphasis, a code span or a link's text open at its end. */
function openInline(src: string, start: number, end: number): boolean {
  if (end - start > MAX_OPEN_RUN) return false;
  let t = src.slice(start, end);
  if (!/[*_`[]/.test(t)) return false;
  if ((t.match(/`/g)?.length ?? 0) % 2 === 1) return true;
  t = t.replace(CODE_SPAN_G, '');
  const opens = t.split('[').length - 1;
  if (opens > t.split(']').length - 1) return true;
  const strong = { '**': 0, __: 0, '*': 0, _: 0 } as Record<string, number>;
  for (const m of t.matchAll(EMPHASIS_MARK_G)) strong[m[0]]++;
  return strong['**'] % 2 === 1 || strong.__ % 2 === 1 || strong['*'] % 2 === 1 || strong._ % 2 === 1;
}

function hardBreakBefore(src: string, at: number): boolean {
  let k = at - 1;
  if (k < 0 || src.charCodeAt(k) !== 10) return false;
  if (src.charCodeAt(k - 1) === 13) k--;
  if (src.charCodeAt(k - 1) === 92) return k >= 2 && src.charCodeAt(k - 2) !== 10 && src.charCodeAt(k - 2) !== 92;
  return src.charCodeAt(k - 1) === 32 && src.charCodeAt(k - 2) === 32 && k >= 3 && src.charCodeAt(k - 3) !== 32 && src.charCodeAt(k - 3) !== 10;
}

/** Whether the run of top-level items wholly in emphasis going on from line `from` ends on a nested list item (the entry's bullets). */
function nestedAfterRun(visible: readonly string[], from: number): boolean {
  let j = from;
  while (j < visible.length && j - from < 6 && EMPHASIS_ITEM.test(visible[j])) j++;
  return NESTED_ITEM.test(visible[j] ?? '');
}
