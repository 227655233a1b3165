// placeholder: template leftovers anywhere in the document — "Lorem ipsum", "20XX", "Company Name",
// TODO, example.com addresses, (555) 555-5555. A recruiter who sees one stops reading.
import { defineRule } from '../rule';
import { PLACEHOLDERS } from '../data/placeholders';
import { LookbehindScan } from '../text/lookbehind-scan';
import { blankKeepingLines } from '../text/top-line';
import { TextMemo } from '../cache/memo';

type Options = Record<string, unknown>;

// Most patterns open with a lookbehind, which a plain RegExp tries at every position of the text:
// those run over the whole text are scanned without it (checked by hand; 4–10x faster, measured).
// Those run in small windows (nearHints) stay plain: e-mails and links may start anywhere, so
// checking each candidate by hand there was slower.
const COMPILED = PLACEHOLDERS.map((p) => {
  const re = new RegExp(p.pattern, p.ignoreCase ? 'giu' : 'gu');
  return { ...p, re: p.nearHints ? re : new LookbehindScan(re) };
});

/** Comments never reach the reader, so notes to self there are not leftovers. Blanked, offsets kept. */
function maskComments(text: string, yamlLike: boolean): string {
  let out = text.includes('<!--') ? text.replace(/<!--[\s\S]*?(?:-->|$)/g, blankKeepingLines) : text;
  // A YAML comment starts at a line start or after whitespace (so "C#" and "#1" inside words stay).
  if (yamlLike) out = out.replace(/(^|[ \t])#[^\n]*/gm, (m, lead: string) => lead + blankKeepingLines(m.slice(lead.length)));
  return out;
}

function* matchesIn(re: Pick<RegExp, 'exec' | 'lastIndex'> | LookbehindScan, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

// Which hints occur in the text: one regex scan for any hint, then the hints that start at each
// hit (restarting one character on, so overlapping hints such as "/your" and "your" are all found).
const ALL_HINTS = [...new Set(PLACEHOLDERS.flatMap((p) => p.hints ?? []))];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY_HINT = new RegExp(ALL_HINTS.map(escapeRe).join('|'), 'g');
const HINTS_BY_FIRST = new Map<string, string[]>();
for (const h of ALL_HINTS) HINTS_BY_FIRST.set(h[0], [...(HINTS_BY_FIRST.get(h[0]) ?? []), h]);
function hintsIn(lower: string): ReadonlySet<string> {
  // (Most blocks hold no hint: they share one empty set instead of making their own.)
  let found: Set<string> | undefined;
  ANY_HINT.lastIndex = 0;
  for (let m = ANY_HINT.exec(lower); m; m = ANY_HINT.exec(lower)) {
    const i = m.index;
    for (const h of HINTS_BY_FIRST.get(lower[i])!) if (lower.startsWith(h, i)) (found ??= new Set()).add(h);
    ANY_HINT.lastIndex = i + 1;
  }
  return found ?? NO_HINTS;
}
const NO_HINTS: ReadonlySet<string> = new Set();

// An e-mail or a link is at most a line long around its "@" or domain: scanning a window around
// each hint instead of the whole document keeps this rule linear and fast on long résumés. Windows
// that overlap are joined and scanned once (a run of "@" would otherwise rescan 200 characters per "@").
const REACH = 100;
export function* matchesNear(re: Pick<RegExp, 'exec' | 'lastIndex'> | LookbehindScan, text: string, lower: string, hints: string[]): Generator<RegExpExecArray> {
  const at: number[] = [];
  const ends: number[] = [];
  for (const h of hints)
    for (let i = lower.indexOf(h); i >= 0; i = lower.indexOf(h, i + 1)) {
      at.push(i);
      ends.push(i + h.length);
    }
  if (!at.length) return;
  const order = at.map((_, k) => k).sort((a, b) => at[a] - at[b]);
  let k = 0;
  while (k < order.length) {
    // Start the window at a line start or a space, so a match is never cut at its left end.
    let from = Math.max(0, at[order[k]] - REACH);
    for (let n = 0; n < REACH && from > 0 && !/\s/.test(text[from - 1]); n++) from--;
    let last = at[order[k]];
    let to = Math.min(text.length, ends[order[k]] + REACH);
    // Hints whose windows reach into this one join it.
    for (k++; k < order.length && at[order[k]] - 2 * REACH <= to; k++) {
      last = at[order[k]];
      to = Math.max(to, Math.min(text.length, ends[order[k]] + REACH));
    }
    const window = text.slice(from, to);
    for (const m of matchesIn(re, window)) {
      // A match holds a hint, so none starts after the last one.
      if (m.index > last - from) break;
      m.index += from;
      yield m;
    }
  }
}

export default defineRule<Options>({
  id: 'placeholder',
  description: 'Template leftovers: Lorem ipsum, 20XX, "Company Name", TODO, example.com addresses, 555 phone numbers.',
  defaultSeverity: 'warning',
  options: {},
  docs: {
    why:
      'Templates ship with filler: "Lorem ipsum", "Company Name", "20XX", "[Your Name]", john.doe@example.com, ' +
      '(555) 555-5555. One left in tells the reader the résumé was not finished or not read through, and an example ' +
      'address means a recruiter cannot reach you. Text inside comments is ignored, and a field name followed by a colon ' +
      '("Job Title: Engineer") is a label, not a leftover.',
    sources: [
      'offlinecv redacted-date detection and lsp-toy TODO diagnostics, summarised in research/resume-tools.md §3 (placeholder-text)',
      'RFC 2606, reserved example domains: https://www.rfc-editor.org/rfc/rfc2606',
      'NANPA, 555-0100 through 555-0199 reserved for fictional use: https://nationalnanpa.com/',
    ],
    examples: [
      { bad: '### Company Name — Software Engineer (2019 – 20XX)', good: '### Acme Corp — Software Engineer (2019 – 2023)' },
      { bad: 'john.doe@example.com · (555) 555-5555', good: 'jane.kim@fastmail.com · (415) 201-7734' },
    ],
  },
  check(ctx) {
    const yamlLike = ctx.resume.format !== 'markdown' && ctx.resume.format !== 'text';
    const text = maskComments(ctx.text, yamlLike);
    // No leftover spans a blank line (or, in YAML, runs from one key or list item into the next), so
    // each paragraph is read on its own, and one that has not changed since the last lint (all but
    // the one being typed in) costs a lookup.
    const boundary = yamlLike ? NEXT_NODE : BLANK_LINE;
    boundary.lastIndex = 0;
    let from = 0;
    for (;;) {
      const m = boundary.exec(text);
      const to = m ? m.index : text.length;
      if (to > from) for (const f of leftoversIn.get(text.slice(from, to))) ctx.report({ message: f.message, span: { start: from + f.start, end: from + f.end }, data: f.data });
      if (!m) break;
      from = m.index + m[0].length;
    }
  },
});

const BLANK_LINE = /\n[ \t\r]*\n/g;
/**
 * A line break before a line that starts a YAML key or list item (YAML and JSON have few blank lines).
 * No two runs in it can take the same spaces: a key's inner spaces come before a word, and an empty
 * key has no spaces of its own. (With `[\w$@. -]*` between two runs of spaces, a long blank line,
 * as a masked comment is, took seconds: three runs shared every way to split it.)
 */
const NEXT_NODE = /\r?\n(?=[ \t]*(?:-[ \t]|[{}\[\]]|["']?[\w$@.-]+(?:[ ]+[\w$@.-]+)*["']?[ \t]*:|(?:["']["']?[ \t]*)?:))/g;

interface Leftover {
  message: string;
  start: number;
  end: number;
  data: { placeholder: string };
}

/** The leftovers in one paragraph (comments already masked), offsets in the paragraph; kept per paragraph text. */
const leftoversIn = new TextMemo<readonly Leftover[]>(findLeftovers);

function findLeftovers(text: string): Leftover[] {
  const out: Leftover[] = [];
  const lower = text.toLowerCase();
  const present = hintsIn(lower);
  for (let pi = 0; pi < COMPILED.length; pi++) {
    const p = COMPILED[pi];
    if (p.hints && (present.size === 0 || !p.hints.some((h) => present.has(h)))) continue;
    if (p.nearHints) {
      for (const m of matchesNear(p.re, text, lower, p.hints!)) addLeftover(out, p, m);
      continue;
    }
    // matchesIn's loop written out: a generator per pattern and paragraph, and its results, were
    // most of what this rule allocated on a long résumé (most paragraphs match nothing).
    const re = p.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else addLeftover(out, p, m);
    }
  }
  return out;
}

function addLeftover(out: Leftover[], p: (typeof COMPILED)[number], m: RegExpExecArray): void {
  const start = m.index;
  const end = start + m[0].length;
  // One finding per leftover: an e-mail at example.com is not also a placeholder link.
  if (out.some((t) => t.start < end && start < t.end)) return;
  const said = m[0].replace(/\s+/g, ' ');
  out.push({ message: `"${said}" is ${p.what} left from a template: a recruiter who sees it stops reading. ${p.todo}.`, start, end, data: { placeholder: said } });
}
