// Which tense a role's bullets should be in, from its dates (past for ended roles, present for the
// current one), and the opening words of a bullet with document offsets. Shared by the verb rules
// (weak-verb, tense, repeated-verb) and the verb completions.
import { bulletOffset, type Bullet, type Entry } from './model';
import type { Span } from './model';
import { wordEnd, wordStart, type Word } from './words';
import { isAfterToday, type TodayLike } from './dates-math';
import { isKnownVerb } from './data/verbs';

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
/** Words read so far and where to look for the next (-1: no more). */
interface Opening {
  words: OpeningWord[];
  from: number;
}
/** Per bullet, shared by the verb rules within one lint (bullets are fresh objects per parse). */
const cache = new WeakMap<Bullet, Opening>();

/**
 * The first `n` (at most 8) words of a bullet with document spans. Only leading markup or
 * punctuation may come before the first word (anything else and the bullet is not "opening" with it).
 * Words are read only as far as some caller has asked (most need one or two).
 */
export function openingWords(bullet: Bullet, n = 6): OpeningWord[] {
  const want = Math.min(n, MAX_OPENING);
  let o = cache.get(bullet);
  if (!o) {
    o = { words: [], from: 0 };
    cache.set(bullet, o);
  }
  const text = bullet.text;
  while (o.words.length < want && o.from >= 0) {
    const start = wordStart(text, o.from);
    if (start < 0) {
      o.from = -1;
      break;
    }
    const end = wordEnd(text, start);
    const prevEnd = o.words.length ? o.words[o.words.length - 1].end : 0;
    o.words.push({ text: text.slice(start, end), start, end, gap: text.slice(prevEnd, start), span: { start: bulletOffset(bullet, start), end: bulletOffset(bullet, end) } });
    o.from = end;
  }
  return o.words.slice(0, want);
}

/**
 * Like openingWords, but skips one leading adverb ("Actively participated in", "Successfully led"),
 * so the verb rules look at the verb.
 */
export function openingVerbWords(bullet: Bullet, n = 6): OpeningWord[] {
  const ws = openingWords(bullet, n + 1);
  if (ws.length > 1 && ws[0].text.endsWith('ly') && /^\p{L}{3,}ly$/u.test(ws[0].text) && !isKnownVerb(ws[0].text) && /^[ \t]+$/.test(ws[1].gap)) return ws.slice(1);
  return ws.slice(0, n);
}

/** Character right after a word in the bullet's text ('' at the end). */
export function charAfter(bullet: Bullet, w: Word): string {
  return bullet.text.charAt(w.end);
}
