// spelling: misspelt words in bullets and the summary, and miscased technology names anywhere in
// the prose ("Javascript" → "JavaScript"). Built to stay quiet on what a dictionary cannot know:
// names, acronyms, code, links, jargon.
import { defineRule, type Fix, type Report, type RuleContext } from '../rule';
import type { Word } from '../words';
import { maskNonProse, type Prose, proseSpan, proseWords, type ProseSelection } from '../prose';
import { checkPiece, proseFor } from '../analysis';
import { editDistance, spellChecker, type SpellChecker } from '../spelling';
import { TECH_CASING, techKey } from '../data/tech-names';

interface Options extends Record<string, unknown> {
  casing: boolean;
  words: string[];
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const isAllCaps = (s: string) => /^[\p{Lu}\p{N}]+(?:['’]?s)?$/u.test(s) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(s);

/** Is the word at `start` the first of a sentence (so its capital letter says nothing)? */
function sentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  // Skip spaces and the markup or quotes that may open a sentence: **Led, "Built, (Ran, > quote.
  while (i >= 0 && ' \t\r\n*_"\'“‘([>#`~'.includes(text[i])) i--;
  return i < 0 || '.!?:;•|'.includes(text[i]);
}

/** Words listed in the document itself: `<!-- resume-studio-words Kubeflow, Acme -->` or `# resume-studio-words …`. */
function documentWords(text: string): string[] {
  const out: string[] = [];
  const re = /resume-studio-words\b:?([^\n]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(...m[1].replace(/-->.*$/, '').split(/[\s,]+/).filter(Boolean));
  return out;
}

/** What this rule reads (a module constant: the lint's shared analysis keys on it). */
const PIECES: ProseSelection = { bullets: true, summary: true, skills: true, headers: true };

export default defineRule<Options>({
  id: 'spelling',
  description: 'Misspelt words in bullets and the summary, and miscased technology names ("Javascript" → "JavaScript").',
  defaultSeverity: 'warning',
  options: {
    casing: { type: 'boolean', description: 'Also report miscased technology names such as "Github" or "Postgresql".', default: true },
    words: {
      type: 'array',
      items: { type: 'string' },
      description: 'Extra words to accept (besides the workspace dictionary and `resume-studio-words` comments in the document).',
      default: [],
    },
  },
  docs: {
    why:
      'Recruiters read a typo as carelessness, and hiring managers name spelling errors among the quickest reasons to ' +
      'reject a résumé. Technology names count too: "Javascript" or "Postgresql" tells a technical reader you may not ' +
      'know the tool well. Names of people, companies and products (capitalised words mid-sentence), acronyms, ' +
      'camelCase identifiers, words with digits, links and code are not checked, and British spellings are accepted. ' +
      'Add your own words with the "Add to dictionary" quick fix, the `resumeStudio.words` setting, the config file\'s ' +
      '`words`, or a `<!-- resume-studio-words Word1 Word2 -->` comment in the résumé.',
    sources: [
      'Silver.dev on typos in résumés, summarised in research/resume-tools.md §3.3',
      'randommanager.blogspot.com on misspelt technology names ("Ajacks", "Pearl"): http://randommanager.blogspot.com/2008/04/resume-dos-and-donts.html',
      'SCOWL / Hunspell en_US dictionary via dictionary-en: https://github.com/wooorm/dictionaries',
    ],
    examples: [
      { bad: '- Devloped a managment dashboard in Javascript', good: '- Developed a management dashboard in JavaScript' },
      { bad: '- Migrated 40 services from Mysql to Postgresql', good: '- Migrated 40 services from MySQL to PostgreSQL' },
    ],
  },
  check(ctx) {
    const checker = spellChecker();
    const accepted = new Set([...(ctx.words ?? []), ...ctx.options.words, ...documentWords(ctx.text)].map((w) => w.toLowerCase()));
    // Besides the piece, what is read: the dictionary and the accepted words.
    const context = `${checker ? checkerId(checker) : '-'} ${[...accepted].join(' ')}`;
    const pieces = proseFor(ctx, PIECES);
    const tally: Tally = { checked: 0, unknown: [] };
    for (const p of pieces) {
      // Prose is checked against the dictionary; lists of names (skills, headers) only for casing.
      const prose = (p.kind === 'bullet' || p.kind === 'summary') && p.section?.kind !== 'skills';
      const piece = checkPiece(ctx, p, prose ? context : `names ${context}`, (report) => {
        const masked = maskNonProse(p.text);
        const found: PieceTally = { checked: 0, unknown: [] };
        for (const w of proseWords(masked)) {
          if (ctx.options.casing && checkCasing(report, p, masked, w)) continue;
          if (prose && checker) collectUnknown(masked, w, checker, accepted, found);
        }
        return found;
      });
      // A piece with many unknown words is not English prose (a summary in another language,
      // pasted data, noise): reporting each word would bury the page, so it is left alone.
      if (foreign(piece, 4, 0.4)) continue;
      tally.checked += piece.checked;
      for (const u of piece.unknown) tally.unknown.push({ p, ...u });
    }
    if (foreign(tally, 30, 0.3)) return; // the whole document: noise or another language
    for (const u of tally.unknown.slice(0, MAX_REPORTS)) reportTypo(ctx, u, checker!);
  },
});

/** A number per checker (a new dictionary gives a new one), for the piece cache's context. */
const checkerIds = new WeakMap<SpellChecker, number>();
let nextCheckerId = 0;
function checkerId(c: SpellChecker): number {
  let id = checkerIds.get(c);
  if (id === undefined) checkerIds.set(c, (id = nextCheckerId++));
  return id;
}

/** A word the dictionary does not know, in one piece (start: offset in the piece's text). */
interface PieceUnknown {
  text: string;
  start: number;
  capital: boolean;
}
interface Unknown extends PieceUnknown {
  p: Prose;
}
interface PieceTally {
  checked: number;
  unknown: PieceUnknown[];
}
interface Tally {
  checked: number;
  unknown: Unknown[];
}
/** At least `min` unknown words making up more than `share` of those checked. */
const foreign = (t: PieceTally, min: number, share: number) => t.unknown.length >= min && t.unknown.length > t.checked * share;
/** At most this many misspellings per document (each needs a suggestion search the first time). */
const MAX_REPORTS = 100;
/** Longer "words" are identifiers or noise, and suggestion search grows with length. */
const MAX_WORD = 30;

type Ctx = RuleContext<Options>;

const casingMemo = new Map<string, string | null>();

/** Reports a miscased technology name; true when the word is such a name (right or wrong). */
function checkCasing(report: (r: Report) => void, p: Prose, masked: string, w: Word): boolean {
  let canonical = casingMemo.get(w.text);
  if (canonical === undefined) {
    canonical = TECH_CASING.get(techKey(w.text)) ?? null;
    if (casingMemo.size >= VERDICT_LIMIT) casingMemo.clear();
    casingMemo.set(w.text, canonical);
  }
  if (!canonical) return false;
  // Written as the makers do, in a CAPS heading, or capitalised at a sentence start ("Scikit-learn").
  if (w.text === canonical || isAllCaps(w.text)) return true;
  if (w.text === capitalise(canonical) && sentenceInitial(masked, w.start)) return true;
  // "Angular.js" for AngularJS: the ".js" form is a common way of naming the library, not a casing slip.
  if (w.text.includes('.') && !canonical.includes('.')) return true;
  const span = proseSpan(p, w.start, w.end);
  report({
    message: `"${w.text}" is officially written "${canonical}"; a miscased tool name tells a technical reader you may not know it well. Write "${canonical}".`,
    span,
    fixes: [{ title: `Change to "${canonical}"`, preferred: true, edits: [{ span, newText: canonical }] }],
    data: { word: w.text, kind: 'casing', suggestions: [canonical] },
  });
  return true;
}

// Per checker and unknown word: the suggestions when it looks like a typo, null when it is unknown
// jargon or a name. Kept so a warm re-lint costs a map lookup per word.
const verdicts = new WeakMap<SpellChecker, Map<string, string[] | null>>();
const VERDICT_LIMIT = 20000;

function typoSuggestions(checker: SpellChecker, word: string, capital: boolean): string[] | null {
  let cache = verdicts.get(checker);
  if (!cache) verdicts.set(checker, (cache = new Map()));
  let v = cache.get(word);
  if (v !== undefined) return v;
  const suggestions = checker.suggest(word, 3);
  // Quiet unless it looks like a typo of a real word: unknown words with nothing close are jargon or names.
  const best = Math.min(...suggestions.map((x) => editDistance(x.toLowerCase(), word.toLowerCase())));
  v = suggestions.length && best <= (capital ? 1 : 2) ? suggestions : null;
  if (cache.size >= VERDICT_LIMIT) cache.clear();
  cache.set(word, v);
  return v;
}

interface Candidate {
  text: string;
  /** Offset of the part inside the word. */
  offset: number;
  capital: boolean;
  /** The first part of the word (only it can be a sentence's first word). */
  first: boolean;
}

// Per written word: the parts worth looking up, after the checks that need no context. Empty when
// the word is not checked at all. Memoised so a warm re-lint does no string work per word.
const candidateMemo = new Map<string, Candidate[]>();

function candidatesOf(word: string): Candidate[] {
  let c = candidateMemo.get(word);
  if (c) return c;
  c = [];
  const text = word.replace(/’/g, "'");
  // Code-ish tokens ("C++", "R&D", "S3", "Node.js", "snake_case") and non-ASCII words ("Boğaziçi",
  // "café": names and loanwords the en dictionary cannot judge) are not checked.
  if (!/[\d./+#&_]/.test(text) && !/[^\x00-\x7F]/.test(text)) {
    let at = 0;
    text.split('-').forEach((part, i) => {
      const offset = at;
      at += part.length + 1;
      if (part.length < 3 || isAllCaps(part)) return;
      if (/\p{Lu}/u.test(part.slice(1))) return; // camelCase, PascalCase: identifiers and brand names
      c!.push({ text: part, offset, capital: /^\p{Lu}/u.test(part), first: i === 0 });
    });
  }
  if (candidateMemo.size >= VERDICT_LIMIT) candidateMemo.clear();
  candidateMemo.set(word, c);
  return c;
}

const MORE_OF_SENTENCE = /[ \t]+[^\s\p{Lu}]/uy;

function collectUnknown(masked: string, w: Word, checker: SpellChecker, accepted: Set<string>, tally: PieceTally): void {
  const cands = candidatesOf(w.text);
  if (!cands.length) return;
  // Handles, hashtags and paths are not words: "@jdoe", "#hiring", "/etc".
  if (w.start > 0 && '@#/\\~'.includes(masked[w.start - 1])) return;
  if (accepted.size && accepted.has(w.text.toLowerCase())) return;
  for (const part of cands) {
    if (part.capital) {
      // A capital mid-sentence marks a name (company, product, person) the dictionary cannot know;
      // at a sentence start it is checked only when more of the sentence follows, not a capitalised
      // word (so not a one-word title such as "- Sizar", nor a name such as "Shopify Plus").
      if (!part.first || !sentenceInitial(masked, w.start)) continue;
      MORE_OF_SENTENCE.lastIndex = w.end;
      if (!MORE_OF_SENTENCE.test(masked)) continue;
    }
    if (accepted.size && accepted.has(part.text.toLowerCase())) continue;
    tally.checked++;
    if (part.text.length <= MAX_WORD && !checker.known(part.text))
      tally.unknown.push({ text: part.text, start: w.start + part.offset, capital: part.capital });
  }
}

function reportTypo(ctx: Ctx, u: Unknown, checker: SpellChecker): void {
  const suggestions = typoSuggestions(checker, u.text, u.capital);
  if (!suggestions) return;
  const span = proseSpan(u.p, u.start, u.start + u.text.length);
  const fixes: Fix[] = suggestions.map((x) => ({ title: `Change to "${x}"`, edits: [{ span, newText: x }] }));
  ctx.report({
    message: `"${u.text}" is not in the dictionary: a typo reads as carelessness to a recruiter. Did you mean ${suggestions.map((x) => `"${x}"`).join(' or ')}? If the word is right (a name or a term), add it to the dictionary.`,
    span,
    fixes,
    data: { word: u.text, kind: 'misspelling', suggestions },
  });
}
