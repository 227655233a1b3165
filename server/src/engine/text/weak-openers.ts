// Finds the weak opening phrase of data/weak-phrases.ts at the start of a sentence's words: the
// weak-verb rule reports it, the tense rule leaves it to weak-verb, and the quick fixes use it to
// check they never offer a weak opener themselves.
import { weakPhrases, type WeakPhrase } from '../data/weak-phrases';
import { gerundBase, lemma, toPast } from '../data/verbs';
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

/**
 * The long forms of the phrases' first words ("participated", "responsible", "involvement"), by
 * first letter: an opener one slip away from one of them ("Particpated in", "Responsable for") is
 * that weak phrase mistyped, which a recruiter reads no better.
 */
const LONG_FORMS = new Map<string, string[]>();
for (const key of byFirstWord.keys()) {
  const forms = [key];
  if (byFirstWord.get(key)!.some((p) => p.words[0].startsWith('~'))) {
    const stem = key.endsWith('e') ? key.slice(0, -1) : key;
    forms.push(toPast(key).toLowerCase(), `${stem}ing`, `${key}s`);
  }
  for (const f of forms) if (f.length >= 7) LONG_FORMS.set(f[0], [...(LONG_FORMS.get(f[0]) ?? []), f]);
}

/** The form a mistyped opener was meant to be: one letter left out, added or swapped with the next, or one vowel for another. */
function slipOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 7 || !/^[a-z]+$/.test(lower) || lemma(lower)) return undefined;
  return LONG_FORMS.get(lower[0])?.find((f) => oneSlip(lower, f));
}

function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 2) === b.slice(i + 2) && a[i] === b[i + 1] && a[i + 1] === b[i]) return true; // swapped
    return a.slice(i + 1) === b.slice(i + 1) && /[aeiou]/.test(a[i]) && /[aeiou]/.test(b[i]); // a vowel for another
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** True when the first word can open a weak phrase (a cheap test before reading more words). */
export function mayOpenWeakPhrase(first: string): boolean {
  return candidates(first) !== undefined || slipOf(first) !== undefined;
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

const HOW_OFTEN = /^(?:daily|weekly|monthly|quarterly|yearly|annually|hourly|nightly|biweekly)$/;

function matchOne(p: WeakPhrase, ws: readonly GapWord[]): WeakMatch | undefined {
  let i = 0;
  let adverb = -1;
  for (let k = 0; k < p.words.length; k++) {
    let w = ws[i];
    if (!w || (k > 0 && !joined(w.gap))) return undefined;
    // One adverb after the verb: "Worked closely with", "Assisted directly in".
    // ("Work daily with": after the verb, a word of how often is its adverb, though it opens no line as one.)
    if (k === 1 && !wordMatches(p.words[k], w) && /^\p{Ll}/u.test(w.text) && (isOpeningAdverb(w.text) || HOW_OFTEN.test(w.text))) {
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
  let list = candidates(ws[0].text);
  if (!list) {
    const meant = slipOf(ws[0].text);
    if (!meant) return undefined;
    list = candidates(meant);
    if (!list) return undefined;
    ws = [{ text: meant, gap: ws[0].gap }, ...ws.slice(1)];
  }
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
