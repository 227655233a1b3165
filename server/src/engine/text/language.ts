// Is prose written in English? Résumés in Spanish, Portuguese, French, German, Dutch, Italian and the
// Scandinavian languages reach the same rules (a RenderCV file in Spanish, a Norwegian YAMLResume);
// their words are no English typos and their "me" is no English pronoun. Decided by function words:
// the commonest small words of those languages that English prose does not use, against English's own.
import type { Word } from './words';

const OTHER = new Set(
  `de del la las los el y con para por una que se su sus al como entre sobre desde hasta durante también muy más
  da do das dos em com uma um na nas nos pelo pela ao às é
  le les des du et pour avec dans sur aux une est ont été ses leur
  der die das und mit für von zu im den dem ein eine einer auf bei nach aus über wurde ist sind
  og på med til av fra som det er ble har ikke och att är för av vid hos
  het een van voor op te naar bij ook zijn werd
  di della delle dei degli dello nel nella nelle negli sul sulla dal dalla alla alle agli gli uno tra che`.split(/\s+/),
);
// (Not Italian's "il", "e", "per", "non": "Chicago, IL", "e.g.", "per year", "non-profit" are English text.)
// (Words the two lists share, "die", "den", "is", "te", count for neither: "die" is no English word
// in a résumé, but "is" and "den" are.)
const ENGLISH = new Set(
  `the and of to with for on in an at by from as is was were are be been that this which our my i we it its into
  across through using while over under`.split(/\s+/),
);
for (const w of ['is', 'den']) OTHER.delete(w);
/** Both lists in one table (1: English, 2: other): one lookup per word where most words are in neither. */
const FUNCTION_WORDS = new Map<string, number>([...[...ENGLISH].map((w) => [w, 1] as const), ...[...OTHER].filter((w) => !ENGLISH.has(w)).map((w) => [w, 2] as const)]);

export interface LanguageCount {
  /** Function words of the other languages. */
  other: number;
  /** English function words. */
  english: number;
}

/** The function words of each language among `words`. */
export function countLanguage(words: readonly Word[], into: LanguageCount = { other: 0, english: 0 }): LanguageCount {
  // (Indexed: for-of made an iterator per piece, and a result per word where it ran uncompiled.)
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.text.length > 8) continue;
    const k = FUNCTION_WORDS.get(w.text.toLowerCase());
    if (k === 1) into.english++;
    else if (k === 2) into.other++;
  }
  return into;
}

/** Whether text with these counts is written in another language: at least `min` of its function words, and more of them than of English's. */
export function notEnglish(c: LanguageCount, min: number): boolean {
  return c.other >= min && c.other > c.english;
}

/**
 * Per word, whether it stands in a phrase of another language inside English prose: a book's or a
 * talk's title quoted in French or Dutch ("Cérémonies et coutumes religieuses de tous les peuples du
 * monde"), whose words are no English typos though the sentence around them is English. Two of the
 * other languages' function words within `reach` words on either side, and more than English's.
 */
export function foreignPhrase(words: readonly Word[], reach = 3): boolean[] {
  const kinds = new Int8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (w.length <= 8) kinds[i] = FUNCTION_WORDS.get(w.toLowerCase()) ?? 0;
  }
  const out: boolean[] = new Array(words.length).fill(false);
  // A sliding window: counts of each kind among words [i - reach, i + reach].
  let other = 0;
  let english = 0;
  const add = (k: number, by: number): void => {
    if (k === 2) other += by;
    else if (k === 1) english += by;
  };
  for (let i = 0; i < Math.min(reach, words.length); i++) add(kinds[i], 1);
  for (let i = 0; i < words.length; i++) {
    if (i + reach < words.length) add(kinds[i + reach], 1);
    if (i - reach - 1 >= 0) add(kinds[i - reach - 1], -1);
    out[i] = other >= 2 && other > english;
  }
  return out;
}
