// Completion logic, pure (no LSP types): what to offer at an offset of a résumé.
//   - at a bullet's start: strong action verbs in the tense the role needs, verbs the role has
//     not used yet first, grouped by category;
//   - at a section heading: the usual section names not yet in the document;
//   - in a date position: months, "Present" and date-range skeletons in the document's own style.
// The server turns these plain proposals into LSP CompletionItems.
import type { DateRange, Entry, Resume, Section, Span } from '../model';
import type { Today } from '../lint';
import { todayNow } from '../lint';
import { firstWord } from '../text/words';
import { MONTH_LONG, MONTH_SHORT } from '../dates-math';
import { categoryOfVerb, lemma, verbCategories, verbsByCategory, type VerbCategory } from '../data/verbs';
import { JSON_RESUME_KEYS, RENDERCV_KEYS, RENDERCV_VALUES, keysAt, type KeyDoc } from '../data/resume-schemas';

export type ProposalKind = 'verb' | 'heading' | 'month' | 'present' | 'date-range' | 'date' | 'key' | 'value';

export interface CompletionProposal {
  label: string;
  kind: ProposalKind;
  /** Group shown beside the label: the verb's category, "section", "month"... */
  detail: string;
  documentation?: string;
  /** Orders the list: used verbs last, categories together. */
  sortText: string;
  /** Text to insert; with `snippet`, $1/${1:x} placeholders. */
  insertText: string;
  snippet?: boolean;
  /** The text the proposal replaces (the word being typed; may be empty). */
  replace: Span;
}

export interface CompleteOptions {
  today?: Today;
}

// The section names a résumé reader expects, in the order they usually appear.
const HEADINGS = [
  'Summary',
  'Experience',
  'Education',
  'Skills',
  'Projects',
  'Certifications',
  'Awards',
  'Publications',
  'Volunteer Experience',
  'Languages',
  'Interests',
  'References',
];

const LETTERS = /[\p{L}'’-]*$/u;
const BULLET_LINE = /^\s*(?:[-*+•◦▪]|\d{1,2}[.)])\s+([\p{L}'’-]*)$/u;
const YAML_ITEM = /^(\s*)-\s+(["']?)([\p{L}'’-]*)$/u;
const JSON_ITEM = /^\s*"([\p{L}'’-]*)$/u;
const MD_HEADING = /^(#{1,6})[ \t]+([\p{L} &]*)$/u;
const YAML_DATE_KEY = /^\s*(?:-\s+)?["']?(startDate|endDate|start_date|end_date|date)["']?\s*:\s*(["']?)([\w-]*)$/;
const SECTION_KINDS_WITHOUT_VERBS = new Set(['skills', 'contact', 'languages', 'interests', 'references', 'summary']);

const pad = (n: number) => String(n).padStart(3, '0');

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function previousLine(text: string, lineStart: number): string | undefined {
  if (lineStart === 0) return undefined;
  let end = lineStart - 1;
  if (end > 0 && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(lineStartOf(text, end), end);
}

function sectionAt(resume: Resume, offset: number): Section | undefined {
  let found: Section | undefined;
  for (const s of resume.sections) if (s.span.start <= offset && (offset <= s.span.end || s === resume.sections[resume.sections.length - 1])) found = s;
  return found;
}

/** The role the offset belongs to: the one whose span holds it, or the last one started above it in its section. */
export function entryAt(resume: Resume, offset: number): Entry | undefined {
  const section = sectionAt(resume, offset);
  const candidates = section ? section.entries : resume.sections.flatMap((s) => s.entries);
  let found: Entry | undefined;
  for (const e of candidates) if (e.span.start <= offset) found = e;
  return found;
}

function isCurrent(dates: DateRange | undefined): boolean {
  return !!dates?.current;
}

function verbProposals(resume: Resume, offset: number, replace: Span): CompletionProposal[] {
  const section = sectionAt(resume, offset);
  if (section && SECTION_KINDS_WITHOUT_VERBS.has(section.kind)) return [];
  const entry = entryAt(resume, offset);
  // Past for ended roles and roles without dates; present only for the current one.
  const tense: 'past' | 'present' = isCurrent(entry?.dates) ? 'present' : 'past';
  const used = new Set<string>();
  const usedCategories = new Set<VerbCategory>();
  for (const b of entry?.bullets ?? []) {
    // The bullet being typed is not "used".
    if (b.span.start <= offset && offset <= b.span.end) continue;
    const w = firstWord(b.text);
    if (!w) continue;
    used.add(lemma(w.text) ?? w.text.toLowerCase());
    const category = categoryOfVerb(w.text);
    if (category) usedCategories.add(category);
  }
  const role = entry ? [entry.title?.value, entry.organisation?.value].filter(Boolean).join(', ') : '';
  const out: CompletionProposal[] = [];
  // The list opens with one verb from each category the role has not used yet (what it shows
  // that the role's bullets do not: leading, building, improving...), then goes round the
  // categories again, so a long list is never twenty synonyms of "lead". Verbs that already open
  // a bullet in this role come last.
  verbCategories.forEach((category, ci) => {
    const categoryUsed = usedCategories.has(category) ? 1 : 0;
    verbsByCategory[category].forEach((v, round) => {
      const label = tense === 'past' ? v.past : v.present;
      const isUsed = used.has(v.present.toLowerCase());
      out.push({
        label,
        kind: 'verb',
        detail: category,
        documentation: `${tense === 'past' ? 'Past tense: the role has ended' : 'Present tense: the role is current'}${role ? ` (${role})` : ''}.${
          isUsed ? ' Already opens a bullet in this role: vary your verbs.' : categoryUsed ? '' : ` No bullet of this role shows "${category}" yet.`
        }`,
        sortText: `${isUsed ? 1 : 0}${pad(round)}${categoryUsed}${pad(ci)}`,
        insertText: label + ' ',
        replace,
      });
    });
  });
  return out;
}

function headingProposals(resume: Resume, replace: Span, upper: boolean): CompletionProposal[] {
  const have = new Set(resume.sections.map((s) => s.title.trim().toLowerCase()));
  return HEADINGS.map((h, i) => {
    const isUsed = have.has(h.toLowerCase());
    const label = upper ? h.toUpperCase() : h;
    return {
      label,
      kind: 'heading' as const,
      detail: 'section',
      documentation: isUsed ? 'This résumé already has this section.' : undefined,
      sortText: `${isUsed ? 1 : 0}${pad(i)}`,
      insertText: label,
      replace,
    };
  });
}

interface DateStyleGuess {
  month: 'short' | 'short-dot' | 'long' | 'numeric' | 'iso';
  separator: string;
  present: string;
}

/** The document's dominant way of writing dates, so proposals match it (date-format would flag others). */
function dateStyle(resume: Resume): DateStyleGuess {
  const months = new Map<string, number>();
  const seps = new Map<string, number>();
  const presents = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string | undefined) => k && m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of resume.sections)
    for (const e of s.entries) {
      const d = e.dates;
      if (!d) continue;
      for (const x of [d.start, d.end]) if (x && x.style.month !== 'none') bump(months, x.style.month);
      bump(seps, d.separator);
      if (d.current) bump(presents, d.currentText);
    }
  const top = (m: Map<string, number>, dflt: string) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? dflt;
  return {
    month: top(months, resume.format === 'markdown' || resume.format === 'text' ? 'short' : 'iso') as DateStyleGuess['month'],
    separator: top(seps, '–'),
    present: top(presents, 'Present'),
  };
}

function monthName(i: number, style: DateStyleGuess['month']): string {
  if (style === 'long') return MONTH_LONG[i];
  if (style === 'short-dot') return MONTH_SHORT[i] === 'May' ? 'May' : MONTH_SHORT[i] + '.';
  return MONTH_SHORT[i];
}

function monthProposals(style: DateStyleGuess, today: Today, replace: Span, typed: string): CompletionProposal[] {
  const t = typed.toLowerCase();
  const out: CompletionProposal[] = [];
  for (let i = 0; i < 12; i++) {
    const name = style.month === 'numeric' || style.month === 'iso' ? MONTH_SHORT[i] : monthName(i, style.month);
    if (t && !MONTH_LONG[i].toLowerCase().startsWith(t.replace(/\.$/, ''))) continue;
    out.push({
      label: name,
      kind: 'month',
      detail: 'month',
      sortText: `2${pad(i)}`,
      insertText: `${name} \${1:${today.year}}`,
      snippet: true,
      replace,
    });
  }
  return out;
}

function presentProposal(style: DateStyleGuess, replace: Span): CompletionProposal {
  return { label: style.present, kind: 'present', detail: 'ongoing role', documentation: 'The role is current: its bullets should be in the present tense.', sortText: '0000', insertText: style.present, replace };
}

function rangeProposals(style: DateStyleGuess, today: Today, replace: Span): CompletionProposal[] {
  const m = monthName(0, style.month === 'numeric' || style.month === 'iso' ? 'short' : style.month);
  const sep = style.separator === 'to' ? ' to ' : ` ${style.separator} `;
  return [
    {
      label: `${m} ${today.year}${sep}${style.present}`,
      kind: 'date-range',
      detail: 'date range, current role',
      sortText: '1000',
      insertText: `\${1:${m}} \${2:${today.year}}${sep}${style.present}`,
      snippet: true,
      replace,
    },
    {
      label: `${m} ${today.year - 1}${sep}${m} ${today.year}`,
      kind: 'date-range',
      detail: 'date range, past role',
      sortText: '1001',
      insertText: `\${1:${m}} \${2:${today.year - 1}}${sep}\${3:${m}} \${4:${today.year}}`,
      snippet: true,
      replace,
    },
  ];
}

/** True when the line at `lineStart` is a role header: a level 3+ heading or inside an entry's header lines. */
function inRoleHeader(resume: Resume, text: string, line: string, lineStart: number, offset: number): boolean {
  if (/^\s*#{3,6}\s/.test(line)) return true;
  if (BULLET_LINE.test(line) || /^\s*[-*+•]\s/.test(line) || /^\s*#{1,2}\s/.test(line)) return false;
  for (const s of resume.sections)
    for (const e of s.entries) {
      if (e.headerSpan.start <= offset && offset <= e.headerSpan.end) return true;
      // A new line typed just below a header belongs to it too.
      const prev = lineStart - 1;
      if (e.bullets.length === 0 && prev >= e.headerSpan.start && prev <= e.headerSpan.end && text.slice(lineStart, offset).trim() !== '') return true;
    }
  return false;
}

function yamlParentKey(text: string, lineStart: number, indent: number): string | undefined {
  let pos = lineStart;
  while (pos > 0) {
    const end = pos - 1;
    const start = lineStartOf(text, end);
    const line = text.slice(start, end).replace(/\r$/, '');
    pos = start;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const ind = line.length - line.trimStart().length;
    if (ind > indent) continue;
    if (ind === indent && /^\s*-(\s|$)/.test(line)) continue;
    const m = /^\s*(?:-\s+)?["']?([\w$-]+)["']?\s*:/.exec(line);
    return m?.[1];
  }
  return undefined;
}

/** For JSON: the key of the array that holds the string being typed at `offset`. */
function jsonArrayKey(text: string, offset: number): string | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && offset - i < 20000; i--) {
    const c = text[i];
    if (c === ']' || c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) return undefined;
      depth--;
    } else if (c === '[') {
      if (depth === 0) return /"([\w$-]+)"\s*:\s*$/.exec(text.slice(Math.max(0, i - 100), i))?.[1];
      depth--;
    }
  }
  return undefined;
}

/**
 * What to offer at `offset`. `resume` is the model of the text (it may lag a keystroke behind;
 * only section and role spans are read from it).
 */
export function complete(text: string, offset: number, resume: Resume, options: CompleteOptions = {}): CompletionProposal[] {
  const today = options.today ?? todayNow();
  if (offset < 0 || offset > text.length) return [];
  const lineStart = lineStartOf(text, offset);
  const prefix = text.slice(lineStart, offset);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const typed = LETTERS.exec(prefix)?.[0] ?? '';
  const replace: Span = { start: offset - typed.length, end: offset };

  if (resume.format === 'markdown' || resume.format === 'text') {
    if (BULLET_LINE.test(prefix)) return verbProposals(resume, offset, replace);
    const h = MD_HEADING.exec(prefix);
    if (h && resume.format === 'markdown') {
      // "#"/"##" name sections; "###" and deeper name roles.
      if (h[1].length > 2) return inRoleHeader(resume, text, line, lineStart, offset) ? dateProposals(resume, prefix, typed, today, replace) : [];
      const r: Span = { start: lineStart + h[0].length - h[2].length, end: offset };
      return headingProposals(resume, r, false);
    }
    if (inRoleHeader(resume, text, line, lineStart, offset)) return dateProposals(resume, prefix, typed, today, replace);
    // A plain-text heading: a word alone at the start of a line after a blank line.
    if (resume.format === 'text' && /^[\p{L}]+$/u.test(prefix)) {
      const prev = previousLine(text, lineStart);
      if (prev === undefined || prev.trim() === '') {
        const titles = resume.sections.map((s) => s.title).filter((t) => /\p{L}/u.test(t));
        const upper = titles.length > 0 && titles.filter((t) => t === t.toUpperCase()).length * 2 > titles.length;
        return headingProposals(resume, replace, upper);
      }
    }
    return [];
  }

  // YAML / JSON résumés.
  const dateKey = YAML_DATE_KEY.exec(prefix);
  if (dateKey) return yamlDateProposals(resume, dateKey[1], dateKey[2], dateKey[3], today, { start: offset - dateKey[3].length, end: offset });
  const item = YAML_ITEM.exec(prefix);
  if (item && yamlParentKey(text, lineStart, item[1].length) === 'highlights') return verbProposals(resume, offset, { start: offset - item[3].length, end: offset });
  const jsonItem = JSON_ITEM.exec(prefix);
  if (jsonItem && jsonArrayKey(text, offset - jsonItem[1].length - 1) === 'highlights')
    return verbProposals(resume, offset, { start: offset - jsonItem[1].length, end: offset });
  if (resume.format === 'jsonresume' || resume.format === 'rendercv') return yamlKeyProposals(text, lineStart, prefix, offset, resume.format);
  return [];
}

const YAML_KEY_PREFIX = /^( *)(?:(-)( +))?([A-Za-z_$][\w$-]*)?$/;
const YAML_VALUE_PREFIX = /^( *)(?:- +)?([\w$-]+) *: *(["']?)([\w -]*)$/;
const YAML_LINE = /^( *)(?:(-)( +))?(?:["']?([\w$-]+)["']? *:(?: |$))?/;

interface YamlLine {
  indent: number;
  /** Column of the dash of a list item, or -1. */
  dash: number;
  /** Column and name of the key on this line, if any. */
  keyCol: number;
  key?: string;
}

function yamlLine(line: string): YamlLine | undefined {
  if (!line.trim() || line.trimStart().startsWith('#')) return undefined;
  const m = YAML_LINE.exec(line)!;
  const indent = m[1].length;
  const dash = m[2] ? indent : -1;
  const keyCol = indent + (m[2] ? 1 + m[3].length : 0);
  return { indent, dash, keyCol, key: m[4] };
}

/**
 * The mapping path of a key typed at column `col` of line `index` (and whether the line opens a
 * list item there): ['work', '[]'] for a key inside a work entry. Reads indentation only, so it
 * works on the half-typed YAML an editor holds.
 */
function yamlPath(lines: string[], index: number, col: number, dashCol: number): string[] {
  const path: string[] = [];
  let need = col;
  if (dashCol >= 0) {
    path.unshift('[]');
    need = dashCol;
  }
  for (let i = index - 1; i >= 0 && need > 0; i--) {
    const l = yamlLine(lines[i]);
    if (!l) continue;
    if (l.dash >= 0) {
      if (l.keyCol === need && l.dash < need) {
        // The first key line of the list item we are in.
        path.unshift('[]');
        need = l.dash;
      } else if (l.keyCol < need && l.key) {
        // A key of a list item that holds us ("- location:" with our lines below it).
        path.unshift(l.key);
        path.unshift('[]');
        need = l.dash;
      }
      continue;
    }
    if (l.indent < need && l.key) {
      path.unshift(l.key);
      need = l.indent;
    }
  }
  return path;
}

/** Keys already written in the mapping that holds line `index` at column `col`. */
function siblingKeys(lines: string[], index: number, col: number, opensItem: boolean): Set<string> {
  const out = new Set<string>();
  // A line opening a new list item starts a new mapping: the lines above belong to other items.
  if (!opensItem)
    for (let i = index - 1; i >= 0; i--) {
      const l = yamlLine(lines[i]);
      if (!l) continue;
      if (l.keyCol === col && l.key) out.add(l.key);
      if ((l.dash >= 0 && l.keyCol === col) || l.indent < col) break; // our item's first line, or the parent
    }
  for (let i = index + 1; i < lines.length; i++) {
    const l = yamlLine(lines[i]);
    if (!l) continue;
    if (l.indent < col) break; // the next item or the parent's next key
    if (l.keyCol === col && l.key) out.add(l.key);
  }
  return out;
}

function yamlKeyProposals(text: string, lineStart: number, prefix: string, offset: number, format: 'jsonresume' | 'rendercv'): CompletionProposal[] {
  // Only the lines up to the cursor's line and a few after it matter.
  const lines = text.slice(0, Math.min(text.length, offset + 4000)).split(/\r?\n/);
  const index = text.slice(0, lineStart).split(/\r?\n/).length - 1;
  const value = YAML_VALUE_PREFIX.exec(prefix);
  if (value && format === 'rendercv') {
    const col = prefix.indexOf(value[2]);
    const dash = /^ *- /.test(prefix) ? prefix.indexOf('-') : -1;
    const path = [...yamlPath(lines, index, col, dash), value[2]].join('.');
    const values = RENDERCV_VALUES[path];
    if (!values) return [];
    const typed = value[4];
    return values.map((v, i) => ({ label: v, kind: 'value' as const, detail: value[2], sortText: pad(i), insertText: v + value[3], replace: { start: offset - typed.length, end: offset } }));
  }
  const key = YAML_KEY_PREFIX.exec(prefix);
  if (!key) return [];
  const dashCol = key[2] ? key[1].length : -1;
  const col = key[1].length + (key[2] ? 1 + key[3].length : 0);
  const path = yamlPath(lines, index, col, dashCol);
  const keys: KeyDoc[] | undefined = keysAt(format === 'rendercv' ? RENDERCV_KEYS : JSON_RESUME_KEYS, path);
  if (!keys) return [];
  const present = siblingKeys(lines, index, col, dashCol >= 0);
  const typed = key[4] ?? '';
  return keys
    .filter((kd) => !present.has(kd.key))
    .map((kd, i) => ({ label: kd.key, kind: 'key' as const, detail: path.filter((p) => p !== '[]').join('.') || format, documentation: kd.doc, sortText: pad(i), insertText: `${kd.key}: `, replace: { start: offset - typed.length, end: offset } }));
}

function dateProposals(resume: Resume, prefix: string, typed: string, today: Today, replace: Span): CompletionProposal[] {
  const style = dateStyle(resume);
  const before = prefix.slice(0, prefix.length - typed.length);
  // Just after "2019 – ": the end of a range.
  if (/(?:\d{4}|\p{L}{3,}\.?)\s*(?:[-–—]{1,2}|\bto|\buntil)\s*$/iu.test(before) && /\d/.test(before)) {
    return [presentProposal(style, replace), ...monthProposals(style, today, replace, typed)];
  }
  const months = monthProposals(style, today, replace, typed);
  if (typed && months.length === 0) return [];
  const atDelimiter = /(?:^|[(|,·•—–\s])\s*$/u.test(before);
  return atDelimiter ? [...rangeProposals(style, today, replace), ...months] : months;
}

function yamlDateProposals(resume: Resume, key: string, quote: string, typed: string, today: Today, replace: Span): CompletionProposal[] {
  const ym = `${today.year}-${String(today.month).padStart(2, '0')}`;
  const q = quote;
  const out: CompletionProposal[] = [
    {
      label: ym,
      kind: 'date',
      detail: 'YYYY-MM',
      documentation: 'Year and month: precise enough for gaps and durations without giving the day.',
      sortText: '1000',
      insertText: `\${1:${today.year}}-\${2:${String(today.month).padStart(2, '0')}}${q}`,
      snippet: true,
      replace,
    },
  ];
  const isEnd = key === 'endDate' || key === 'end_date';
  if (isEnd && resume.format === 'rendercv')
    out.unshift({ label: 'present', kind: 'present', detail: 'ongoing role', documentation: 'RenderCV reads "present" as an ongoing role.', sortText: '0000', insertText: `present${q}`, replace });
  return typed ? out.filter((p) => p.label.startsWith(typed) || p.kind === 'date') : out;
}
