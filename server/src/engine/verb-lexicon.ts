// Every English verb the tense rule may meet at the start of a sentence, not only the strong
// action verbs of data/verbs.ts: its forms (base, third person, past, -ing) and how often the
// word is a verb rather than a noun or adjective ("develop" always, "design" mostly, "type"
// hardly ever), which is what tells "Lead design for X" from "Type system for X".
//
// Data: data/verb-lexicon.json (WordNet 3.1 lemmas and SemCor counts; see its $comment and
// scripts/make-verb-lexicon.mjs). The curated lists of data/verbs.ts take precedence for the
// forms of the verbs they know (their spelling choices, e.g. "modelled").
import lexicon from './data/verb-lexicon.json';
import { lemma as curatedLemma, strongVerbs, toPast as curatedPast } from './data/verbs';

export type VerbFormKind = 'base' | 'third' | 'past' | 'gerund';

export interface LexVerb {
  base: string;
  /** The simple past, or '' when it is not known with confidence (no rewrite is offered then). */
  past: string;
  third: string;
  gerund: string;
  /**
   * Share of the word's uses that are verbal (0–1): 1 when WordNet knows it only as a verb, else
   * the SemCor share rounded down to a tenth. Verbs known only from data/verbs.ts count as 1.
   */
  share: number;
}

export interface VerbReading {
  verb: LexVerb;
  form: VerbFormKind;
}

function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function gerundOf(base: string, past: string): string {
  const last = base.at(-1);
  if (past === base + last + 'ed' && /[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(base)) return base + last + 'ing'; // planning
  if (last === 'c' && past === base + 'ked') return base + 'king'; // panicking
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying'; // tying
  if (/[^aeiouy]e$/.test(base) && base !== 'be') return base.slice(0, -1) + 'ing'; // managing
  return base + 'ing';
}

let forms: Map<string, VerbReading[]> | undefined;

function add(map: Map<string, VerbReading[]>, word: string, reading: VerbReading): void {
  const list = map.get(word);
  if (!list) map.set(word, [reading]);
  else if (!list.some((r) => r.verb.base === reading.verb.base && r.form === reading.form)) list.push(reading);
}

function addVerb(map: Map<string, VerbReading[]>, base: string, pastGiven: string | undefined, share: number): void {
  // The curated lists' own past wins ("model" -> "modelled").
  const known = curatedLemma(base) === base;
  const past = known ? curatedPast(base).toLowerCase() : (pastGiven ?? regularPast(base));
  const verb: LexVerb = { base, past, third: thirdPerson(base), gerund: gerundOf(base, past), share };
  add(map, base, { verb, form: 'base' });
  add(map, verb.third, { verb, form: 'third' });
  if (past) add(map, past, { verb, form: 'past' });
  add(map, verb.gerund, { verb, form: 'gerund' });
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

/** Built on first use (about 6,400 verbs, ~3 ms): a lint that never asks pays nothing. */
function table(): Map<string, VerbReading[]> {
  if (forms) return forms;
  const map = new Map<string, VerbReading[]>();
  const seen = new Set<string>();
  for (const [key, list] of Object.entries((lexicon as { verbs: Record<string, string> }).verbs)) {
    const share = key === 'v' ? 1 : Number(key) / 10;
    for (const item of list.split(' ')) {
      const colon = item.indexOf(':');
      const base = colon < 0 ? item : item.slice(0, colon);
      seen.add(base);
      addVerb(map, base, colon < 0 ? undefined : item.slice(colon + 1), share);
    }
  }
  // Strong verbs WordNet does not list ("refactor", "containerize", "onboard").
  for (const v of strongVerbs) {
    const base = v.present.toLowerCase();
    if (!seen.has(base)) addVerb(map, base, v.past.toLowerCase(), 1);
  }
  return (forms = map);
}

/** The verb readings of a word (any case), empty when it is not a verb form. */
export function readVerb(word: string): readonly VerbReading[] {
  return table().get(word.toLowerCase()) ?? NONE;
}
const NONE: readonly VerbReading[] = [];

/** The present-tense reading (base or third person) of a word, unless it is also a past form ("found", "read", "set"). */
export function presentReading(word: string): VerbReading | undefined {
  const rs = readVerb(word);
  if (!rs.length || rs.some((r) => r.form === 'past')) return undefined;
  return rs.find((r) => r.form === 'base' || r.form === 'third');
}

/** True when the word is the simple past of some verb (and not also a present form). */
export function isLexPast(word: string): boolean {
  const rs = readVerb(word);
  return rs.some((r) => r.form === 'past') && !rs.some((r) => r.form === 'base' || r.form === 'third');
}

/** True for any form of any verb the lexicon knows. */
export function isLexVerb(word: string): boolean {
  return readVerb(word).length > 0;
}
