// Which tense a role's bullets should be in, from its dates (past for ended roles, present for the
// current one), and the opening words of a bullet with document offsets. Shared by the verb rules
// (weak-verb, tense, repeated-verb) and the verb completions.
import { perParse } from '../cache/state';
import { bulletOffset, type Bullet, type Entry } from '../model';
import type { Span } from '../model';
import { wordEnd, wordStart, type Word } from './words';
import { isAfterToday, type TodayLike } from '../dates-math';
import { isKnownVerb } from '../data/verbs';
import { LY_NOT_ADVERBS, OPENING_ADVERBS } from '../data/adverbs';
import { isLexVerb } from './verb-lexicon';

export type RoleTense = 'past' | 'present' | 'unknown';

/**
 * 'present' for a current role ("– Present", or an end date still ahead), 'past' for one that has
 * ended, 'unknown' when there are no dates or only a single date (nothing says whether it ended).
 */
export function roleTense(entry: Entry, today: TodayLike): RoleTense {
  const d = entry.dates;
  if (!d) return 'unknown';
  if (d.current) return 'present';
  // A role with one date ("Summer 2022", "2019") was that season or year: over once its year is.
  // In the current year it may still be going on, so it is left alone.
  if (!d.end) return d.start && !d.expected && d.start.year < today.year ? 'past' : 'unknown';
  return isAfterToday(d.end, today) ? 'present' : 'past';
}

export interface OpeningWord extends Word {
  /** Document span of the word. */
  span: Span;
  /** The text between the previous word and this one (for the first word: before it). */
  gap: string;
}

// Words as words.ts reads them, only as far as the opening words (tokenising the whole bullet for
// every verb rule showed up in profiles of large documents).
const MAX_OPENING = 8;
/** The opening of one bullet: its words read so far, with document spans. */
interface Opening {
  words: OpeningWord[];
  /** Where to look for the next word (-1: no more). */
  from: number;
  /** How many leading adverbs openingVerbWords skips (0–2), -1 not known yet. */
  skip: number;
}
// Per bullet, shared by the verb rules within one lint (bullets are fresh objects per parse). Not
// kept across lints (perParse): the verb rules that read openings replay unchanged bullets from the
// piece cache (repeated-verb keeps its own answer per text), so a kept opening was never read again.
const openings = perParse(() => new Map<Bullet, Opening>());

const HTML_TAG_G = /<\/?[A-Za-z][^<>\n]{0,200}>/g;
const HTML_TAG_Y = /<\/?[A-Za-z][^<>\n]{0,200}>/y;

/** When the word at `start` is an HTML tag's name ("<li>", "</b>", "<span style=…>"), the offset after the tag; else -1. */
function htmlTagAt(text: string, start: number): number {
  const lt = text.charCodeAt(start - 1) === 60 ? start - 1 : text.charCodeAt(start - 1) === 47 && text.charCodeAt(start - 2) === 60 ? start - 2 : -1;
  if (lt < 0) return -1;
  HTML_TAG_Y.lastIndex = lt;
  return HTML_TAG_Y.test(text) ? HTML_TAG_Y.lastIndex : -1;
}

/** The bullet's opening with at least `want` (at most 8) words read, when it has them. */
function opening(bullet: Bullet, want: number): Opening {
  const cache = openings();
  let o = cache.get(bullet);
  if (!o) {
    o = { words: [], from: 0, skip: -1 };
    cache.set(bullet, o);
  }
  // (Each word is kept once, with its span: a long résumé's lint keeps every bullet's opening to
  // its end, and a second list of the same words without spans doubled what the GC copied.)
  const text = bullet.text;
  const ws = o.words;
  while (ws.length < want && o.from >= 0) {
    const start = wordStart(text, o.from);
    if (start < 0) {
      o.from = -1;
      break;
    }
    // ("<li>Helped prospects…</li>", "<b>Assisted</b> internal auditors": an HTML tag's name is no
    // word of the sentence; the tag is read past, and left out of the gap as markup is.)
    const tagEnd = htmlTagAt(text, start);
    if (tagEnd > 0) {
      o.from = tagEnd;
      continue;
    }
    const end = wordEnd(text, start);
    const prevEnd = ws.length ? ws[ws.length - 1].end : 0;
    const gap = text.slice(prevEnd, start);
    ws.push({ text: text.slice(start, end), start, end, gap: gap.includes('<') ? gap.replace(HTML_TAG_G, '') : gap, span: { start: bulletOffset(bullet, start), end: bulletOffset(bullet, end) } });
    o.from = end;
  }
  return o;
}

/**
 * The first `n` (at most 8) words of a bullet with document spans. Only leading markup or
 * punctuation may come before the first word (anything else and the bullet is not "opening" with it).
 * Words are read only as far as some caller has asked (most need one or two).
 */
export function openingWords(bullet: Bullet, n = 6): OpeningWord[] {
  const want = Math.min(n, MAX_OPENING);
  return opening(bullet, want).words.slice(0, want);
}

/**
 * An adverb that may stand before a sentence's verb: "Actively", "Frequently", "Also"; not a verb
 * ending in -ly ("Apply", "Rally") nor an adjective ("Daily stand-ups", "Early-stage").
 */
export function isOpeningAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  if (OPENING_ADVERBS.has(lower)) return true;
  return lower.endsWith('ly') && /^\p{L}{3,}ly$/u.test(word) && !LY_NOT_ADVERBS.has(lower) && !isKnownVerb(word) && !isLexVerb(word);
}

/**
 * How many leading words openingVerbWords skips, each followed by a space: a leading "I" or "We"
 * ("I was responsible for opening up", "We were responsible for the checks", "I also train new
 * technicians": the first-person rule speaks to the pronoun; the verb rules read the verb), then at
 * most two adverbs ("Also successfully led").
 */
function skipsAdverb(o: Opening): number {
  if (o.skip < 0) {
    const ws = o.words;
    const pronoun = ws.length > 1 && (ws[0].text === 'I' || ws[0].text === 'We') && /^[ \t]+$/.test(ws[1].gap) ? 1 : 0;
    let k = pronoun;
    while (k < pronoun + 2 && ws.length > k + 1 && isOpeningAdverb(ws[k].text) && /^[ \t]+$/.test(ws[k + 1].gap)) k++;
    o.skip = k;
  }
  return o.skip;
}

/**
 * Like openingWords, but skips one leading adverb ("Actively participated in", "Successfully led"),
 * so the verb rules look at the verb.
 */
export function openingVerbWords(bullet: Bullet, n = 6): OpeningWord[] {
  // The adverb check needs the first three words; reading more never changes it.
  const o = opening(bullet, Math.min(Math.max(n + 2, 3), MAX_OPENING));
  const skip = skipsAdverb(o);
  return o.words.slice(skip, Math.min(skip + n, MAX_OPENING));
}

/** Word `i` of openingVerbWords(bullet, i + 1), without building the array (the verb rules ask for one or two per bullet). */
export function openingVerbWord(bullet: Bullet, i = 0): OpeningWord | undefined {
  const o = opening(bullet, Math.min(i + 3, MAX_OPENING));
  return o.words[i + skipsAdverb(o)];
}

/** Character right after a word in the bullet's text ('' at the end). */
export function charAfter(bullet: Bullet, w: Word): string {
  return bullet.text.charAt(w.end);
}

// --- sentences --------------------------------------------------------------------------------

/** What every sentence boundary needs: one of these characters followed by a space. */
const MAY_END_SENTENCE = /[.!?;:][*_]{0,2}\s/;

// A sentence ends at . ! ? or ; (and a short "Label:" at the start) before a space and the next
// sentence's first letter: capitalised after . ! ?, any case after ; and :.
// ("**Duties:** I assisted in …": a label's colon inside its emphasis ends it too.)
const BOUNDARY = /([.!?])["'’”)\]]*\s+(?=["'‘“(\[*_]*\p{Lu})|([;:])(?:\*\*|__|\*|_)?\s+(?=["'‘“(\[*_]*\p{L})/gu;
/** A full stop that ends an abbreviation or an initial, not a sentence: "e.g. Kafka", "U.S. Army". */
const ABBREVIATION = /(?:^|[\s(.])(?:e\.g|i\.e|etc|vs|inc|ltd|co|corp|dr|mr|mrs|ms|prof|st|jr|sr|no|approx|dept|univ|fig|al|\p{L})$/iu;
const MAX_LABEL_WORDS = 6;
// Where each sentence after the first starts: not kept across lints, for the reason openings are not.
const NO_STARTS: readonly number[] = [];

// A short line of capitalised words with no sentence's punctuation: a label over the text below
// it ("Client Engagement", "Cloud Datacenter - Storage"), as PDFs print a project's or duty's name.
const LABEL_LINE = /^[\p{Lu}\d][^\s.!?;:,]*(?:[ \t]+(?:[&+/\-–]|and|of|for|the|to|in|on|[\p{Lu}\d][^\s.!?;:,]*)){0,5}[ \t]*$/u;
const UPPER_START = /^\p{Lu}/u;
const MAX_LABEL_LINE = 60;

/** Where the sentence under a label line that opens the bullet starts ("Client Engagement\nPresent technical overviews…"), or -1. */
function afterLabelLine(text: string): number {
  const nl = text.indexOf('\n');
  if (nl <= 0 || nl > MAX_LABEL_LINE || !LABEL_LINE.test(text.slice(0, nl))) return -1;
  let k = nl + 1;
  while (text[k] === ' ' || text[k] === '\t') k++;
  return UPPER_START.test(text.slice(k, k + 1)) ? k : -1;
}

/**
 * An opening clause that says in what capacity, then the writer's "I": "As an administrative
 * assistant, I manage …", "In this role, I built …". The clause is no verb; the sentence's account
 * of the work starts at the pronoun. (Bounded: one line, at most 60 characters before the comma.)
 */
const CAPACITY_CLAUSE = /^(?:As|In) (?:an?|the|my|this|that|our|each|both)\b[^.,;:!?\n]{1,60}, (?=I \p{Ll})/u;

/** Where the "I" after an opening capacity clause at `at` starts, or -1. */
function afterCapacityClause(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 65 && c !== 73) return -1; // "A", "I": the clause's first letter, cheaply
  const m = CAPACITY_CLAUSE.exec(text.slice(at, at + 80));
  return m ? at + m[0].length : -1;
}

function findSentenceStarts(text: string): readonly number[] {
  let out: number[] | undefined;
  let from = 0;
  const label = afterLabelLine(text);
  if (label > 0) (out = [label]), (from = label);
  const clause = afterCapacityClause(text, from);
  if (clause > 0) (out ??= []).push(clause);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m.index < from) continue; // inside the label line
    const before = text.slice(Math.max(from, m.index - 12), m.index);
    if (m[1] === '.' && ABBREVIATION.test(before)) continue;
    // A colon ends only a short label at a sentence's start ("TensorFlow: ..."), not a list ("in: Go, Rust").
    if (m[2] === ':' && text.slice(from, m.index).trim().split(/\s+/).length > MAX_LABEL_WORDS) continue;
    const start = m.index + m[0].length;
    (out ??= []).push(start);
    from = start;
    const inner = afterCapacityClause(text, start);
    if (inner > 0) out.push(inner);
  }
  return out ?? NO_STARTS;
}

/**
 * The sentences of a bullet (or description) after its first, each as a bullet of its own with
 * the same document offsets, so the opening-word helpers read them: "… data flow graphs. Worked
 * on APIs …" gives "Worked on APIs …". Empty for a one-sentence bullet (most of them).
 */
export function laterSentences(bullet: Bullet): Bullet[] {
  const text = bullet.text;
  // Every boundary needs one of these characters followed by a space, or a line break (under a label line).
  if (!MAY_END_SENTENCE.test(text) && !text.includes('\n') && afterCapacityClause(text, 0) < 0) return [];
  const starts = findSentenceStarts(text);
  return starts.map((k) => ({
    text: text.slice(k),
    span: { start: bulletOffset(bullet, k), end: bullet.span.end },
    offsets: bullet.offsets ? bullet.offsets.slice(k) : undefined,
  }));
}

// Per bullet, shared by the verb rules within one lint as openings are: the same sentence objects
// for every rule, so each sentence's boundaries are found and its opening read once, not once per rule.
const sentenceLists = perParse(() => new Map<Bullet, readonly Bullet[]>());

/** The bullet itself and each later sentence of it (shared: callers must not modify them). */
export function sentencesOf(bullet: Bullet): readonly Bullet[] {
  // One sentence by laterSentences' first test (most bullets): nothing to share, no entry kept.
  if (!MAY_END_SENTENCE.test(bullet.text) && !bullet.text.includes('\n') && afterCapacityClause(bullet.text, 0) < 0) return [bullet];
  const cache = sentenceLists();
  let out = cache.get(bullet);
  if (!out) {
    const later = laterSentences(bullet);
    out = later.length ? [bullet, ...later] : [bullet];
    cache.set(bullet, out);
  }
  return out;
}
