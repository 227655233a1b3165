// Is prose written in English? Résumés in Spanish, Portuguese, French, German, Dutch and the
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
  het een van voor op te naar bij ook zijn werd`.split(/\s+/),
);
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
