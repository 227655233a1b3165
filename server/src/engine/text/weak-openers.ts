// Finds the weak opening phrase of data/weak-phrases.ts at the start of a sentence's words: the
// weak-verb rule reports it, the tense rule leaves it to weak-verb, and the quick fixes use it to
// check they never offer a weak opener themselves.
import { weakPhrases, type WeakPhrase } from '../data/weak-phrases';
import { gerundBase, lemma } from '../data/verbs';
import { isOpeningAdverb } from './role-tense';

/** A word with the text before it (what role-tense's OpeningWord carries). */
export interface GapWord {
  text: string;
  gap: string;
}

export interface WeakMatch {
  phrase: WeakPhrase;
  /** How many of the words the phrase used (the adverb included). */
  used: number;
  /** Index of an adverb inside the phrase ("Worked closely with"), or -1. */
  adverb: number;
}

/** Phrases by the lemma (for "~verb") or lower-case text of their first word, so each opening checks only a few. */
const byFirstWord = new Map<string, WeakPhrase[]>();
for (const p of weakPhrases) {
  const key = p.words[0].replace(/^~/, '');
  byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), p]);
}

function candidates(first: string): WeakPhrase[] | undefined {
  const lower = first.toLowerCase();
  return byFirstWord.get(lower) ?? byFirstWord.get(lemma(lower) ?? '') ?? byFirstWord.get(gerundBase(lower) ?? '');
}

/** True when the first word can open a weak phrase (a cheap test before reading more words). */
export function mayOpenWeakPhrase(first: string): boolean {
  return candidates(first) !== undefined;
}

/** Words of one phrase are apart by spaces, or by one line break (a wrapped line), never by punctuation. */
export function joined(gap: string): boolean {
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(gap) && gap.length > 0;
}

function wordMatches(pw: string, w: GapWord): boolean {
  if (!pw.startsWith('~')) return w.text.toLowerCase() === pw;
  const base = pw.slice(1);
  return /^[a-z]/i.test(w.text) && (lemma(w.text) === base || gerundBase(w.text) === base);
}

function matchOne(p: WeakPhrase, ws: readonly GapWord[]): WeakMatch | undefined {
  let i = 0;
  let adverb = -1;
  for (let k = 0; k < p.words.length; k++) {
    let w = ws[i];
    if (!w || (k > 0 && !joined(w.gap))) return undefined;
    // One adverb after the verb: "Worked closely with", "Assisted directly in".
    if (k === 1 && !wordMatches(p.words[k], w) && /^\p{Ll}/u.test(w.text) && isOpeningAdverb(w.text)) {
      adverb = i;
      i++;
      w = ws[i];
      if (!w || !joined(w.gap)) return undefined;
    }
    if (!wordMatches(p.words[k], w)) return undefined;
    i++;
  }
  return { phrase: p, used: i, adverb };
}

/** The weak phrase the words open with (the longest listed first wins), or undefined. */
export function weakPhraseAt(ws: readonly GapWord[]): WeakMatch | undefined {
  if (!ws.length) return undefined;
  const list = candidates(ws[0].text);
  if (!list) return undefined;
  for (const p of list) {
    const m = matchOne(p, ws);
    if (m) return m;
  }
  return undefined;
}

/** True when a text (a quick fix's replacement) opens with a weak phrase: "Helped", "Worked with". */
export function opensWeak(text: string): boolean {
  const ws: GapWord[] = [];
  const re = /[\p{L}'’-]+/gu;
  let prevEnd = 0;
  for (let m = re.exec(text); m && ws.length < 6; m = re.exec(text)) {
    ws.push({ text: m[0], gap: ws.length ? text.slice(prevEnd, m.index) : '' });
    prevEnd = m.index + m[0].length;
  }
  return weakPhraseAt(ws) !== undefined;
}
