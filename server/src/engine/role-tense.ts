// Which tense a role's bullets should be in, from its dates (past for ended roles, present for the
// current one), and the opening words of a bullet with document offsets. Shared by the verb rules
// (weak-verb, tense, repeated-verb) and the verb completions.
import { bulletOffset, type Bullet, type Entry } from './model';
import type { Span } from './model';
import { wordEnd, wordStart, type Word } from './words';
import { isAfterToday, type TodayLike } from './dates-math';
import { isKnownVerb } from './data/verbs';
import { TextMemo } from './memo';

export type RoleTense = 'past' | 'present' | 'unknown';

/**
 * 'present' for a current role ("– Present", or an end date still ahead), 'past' for one that has
 * ended, 'unknown' when there are no dates or only a single date (nothing says whether it ended).
 */
export function roleTense(entry: Entry, today: TodayLike): RoleTense {
  const d = entry.dates;
  if (!d) return 'unknown';
  if (d.current) return 'present';
  if (!d.end) return 'unknown';
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
type RelativeWord = Omit<OpeningWord, 'span'>;
/** The opening of a bullet's text, read so far: a pure function of the text, kept across lints. */
interface TextOpening {
  /** The bullet's text, a copy (words sliced from the document would keep it alive across lints). */
  text: string;
  words: RelativeWord[];
  /** Where to look for the next word (-1: no more). */
  from: number;
  /** 1 when the first word is a leading adverb openingVerbWords skips, 0 when not, -1 not known yet. */
  skip: number;
}
/** Words read so far with document spans, for one bullet. */
interface Opening {
  text: TextOpening;
  words: OpeningWord[];
}
// Per bullet, shared by the verb rules within one lint (bullets are fresh objects per parse); per
// text across lints (bounded), so an unchanged bullet is not tokenised again on the next keystroke.
const cache = new WeakMap<Bullet, Opening>();
const byText = new TextMemo<TextOpening>((copy) => ({ text: copy, words: [], from: 0, skip: -1 }));

/** The bullet's opening with at least `want` (at most 8) words read, when it has them. */
function opening(bullet: Bullet, want: number): Opening {
  let o = cache.get(bullet);
  if (!o) {
    o = { text: byText.get(bullet.text), words: [] };
    cache.set(bullet, o);
  }
  const t = o.text;
  const text = t.text;
  while (t.words.length < want && t.from >= 0) {
    const start = wordStart(text, t.from);
    if (start < 0) {
      t.from = -1;
      break;
    }
    const end = wordEnd(text, start);
    const prevEnd = t.words.length ? t.words[t.words.length - 1].end : 0;
    t.words.push({ text: text.slice(start, end), start, end, gap: text.slice(prevEnd, start) });
    t.from = end;
  }
  const have = Math.min(want, t.words.length);
  for (let k = o.words.length; k < have; k++) {
    const w = t.words[k];
    o.words.push({ text: w.text, start: w.start, end: w.end, gap: w.gap, span: { start: bulletOffset(bullet, w.start), end: bulletOffset(bullet, w.end) } });
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

/** Whether openingVerbWords skips the first word: a leading adverb ("Actively participated in") followed by a space. */
function skipsAdverb(o: Opening): number {
  const t = o.text;
  if (t.skip < 0) {
    const ws = t.words;
    t.skip = ws.length > 1 && ws[0].text.endsWith('ly') && /^\p{L}{3,}ly$/u.test(ws[0].text) && !isKnownVerb(ws[0].text) && /^[ \t]+$/.test(ws[1].gap) ? 1 : 0;
  }
  return t.skip;
}

/**
 * Like openingWords, but skips one leading adverb ("Actively participated in", "Successfully led"),
 * so the verb rules look at the verb.
 */
export function openingVerbWords(bullet: Bullet, n = 6): OpeningWord[] {
  // The adverb check needs the first two words; reading more never changes it.
  const o = opening(bullet, Math.min(Math.max(n + 1, 2), MAX_OPENING));
  const ws = o.words.slice(0, Math.min(n + 1, MAX_OPENING));
  if (skipsAdverb(o)) return ws.slice(1);
  return ws.slice(0, n);
}

/** Word `i` of openingVerbWords(bullet, i + 1), without building the array (the verb rules ask for one or two per bullet). */
export function openingVerbWord(bullet: Bullet, i = 0): OpeningWord | undefined {
  const o = opening(bullet, Math.min(i + 2, MAX_OPENING));
  return o.words[i + skipsAdverb(o)];
}

/** Character right after a word in the bullet's text ('' at the end). */
export function charAfter(bullet: Bullet, w: Word): string {
  return bullet.text.charAt(w.end);
}
