// Every English verb the tense rule may meet at the start of a sentence, not only the strong
// action verbs of data/verbs.ts: its forms (base, third person, past, -ing) and how often the
// word is a verb rather than a noun or adjective ("develop" always, "design" mostly, "type"
// hardly ever), which is what tells "Lead design for X" from "Type system for X".
//
// Data: data/verb-lexicon.json (WordNet 3.1 lemmas and SemCor counts; see its $comment and
// scripts/make-verb-lexicon.mjs). The curated lists of data/verbs.ts take precedence for the
// forms of the verbs they know (their spelling choices, e.g. "modelled").
import { scoped } from '../cache/state';
import lexicon from '../data/verb-lexicon.json';
import { lemma as curatedLemma, strongVerbs, toPast as curatedPast } from '../data/verbs';
import { detach } from '../cache/memo';

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

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

interface Raw {
  /** The past as listed ('' unknown), or undefined for the regular -ed. */
  past?: string;
  share: number;
}

let bases: Map<string, Raw> | undefined;
/** Irregular pasts back to their bases ("oversaw" -> ["oversee"]): the only forms not derived by rule. */
let irregular: Map<string, string[]> | undefined;
// Per linter (state.ts): forms derived for the words seen, and readings per word.
const verbsOf = scoped(() => new Map<string, LexVerb>());

/** The lemmas and their data, parsed on first use (~6,400 entries; forms are derived only when asked). */
function table(): Map<string, Raw> {
  if (bases) return bases;
  const map = new Map<string, Raw>();
  const back = new Map<string, string[]>();
  const addBack = (past: string, base: string) => {
    const list = back.get(past);
    if (!list) back.set(past, [base]);
    else if (!list.includes(base)) list.push(base);
  };
  for (const [key, list] of Object.entries((lexicon as { verbs: Record<string, string> }).verbs)) {
    const share = key === 'v' ? 1 : Number(key) / 10;
    for (const item of list.split(' ')) {
      const colon = item.indexOf(':');
      if (colon < 0) {
        map.set(item, { share });
        continue;
      }
      const base = item.slice(0, colon);
      const past = item.slice(colon + 1);
      map.set(base, { share, past });
      if (past) addBack(past, base);
    }
  }
  // Strong verbs WordNet does not list ("refactor", "containerize", "onboard"), and the curated
  // irregular pasts ("led", "built") so they read back to their base.
  for (const v of strongVerbs) {
    const base = v.present.toLowerCase();
    const past = v.past.toLowerCase();
    if (!map.has(base)) map.set(base, { share: 1, past });
    if (past !== regularPast(base)) addBack(past, base);
  }
  irregular = back;
  return (bases = map);
}

function verbOf(base: string): LexVerb | undefined {
  // Most candidates (candidates()) are no lemma at all: the table says so before any cache is asked.
  const raw = table().get(base);
  if (!raw) return undefined;
  const verbs = verbsOf();
  let v = verbs.get(base);
  if (v) return v;
  // The curated lists' own past wins ("model" -> "modelled").
  const past = curatedLemma(base) === base ? curatedPast(base).toLowerCase() : (raw.past ?? regularPast(base));
  v = { base, past, third: thirdPerson(base), gerund: gerundOf(base, past), share: raw.share };
  verbs.set(base, v);
  return v;
}

/** Bases a form may come from by the spelling rules (each is checked against that verb's real forms). */
function candidates(w: string): string[] {
  const out = [w];
  if (w.endsWith('s')) out.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3) + 'y');
  if (w.endsWith('d')) out.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3) + 'y', w.slice(0, -3), w.slice(0, -4));
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.push(stem, stem + 'e', stem.slice(0, -1), stem.slice(0, -1) + 'ie');
  }
  return out;
}

function computeReadings(w: string): VerbReading[] {
  const out: VerbReading[] = [];
  table();
  // The bases by rule, then those of an irregular past, read from each list in turn (spreading
  // both into a new list, and a closure for each word, were most of this function's time).
  const bases = candidates(w);
  for (let k = 0; k < bases.length; k++) readAs(bases[k], w, out);
  const back = irregular!.get(w);
  if (back) for (let k = 0; k < back.length; k++) readAs(back[k], w, out);
  return out;
}

/** Adds to `out` the readings of `w` as a form of the verb `base`, if it is one. */
function readAs(base: string, w: string, out: VerbReading[]): void {
  const v = base.length >= 2 ? verbOf(base) : undefined;
  if (!v) return;
  if (v.base === w) pushReading(out, v, 'base');
  if (v.third === w) pushReading(out, v, 'third');
  if (v.past === w) pushReading(out, v, 'past');
  if (v.gerund === w) pushReading(out, v, 'gerund');
}

function pushReading(out: VerbReading[], verb: LexVerb, form: VerbFormKind): void {
  if (!out.some((r) => r.verb.base === verb.base && r.form === form)) out.push({ verb, form });
}

// Readings per word, kept (bounded): the verb rules ask about the same openers on every keystroke.
const readingsOf = scoped(() => new Map<string, VerbReading[]>());
const NONE: readonly VerbReading[] = [];
const LOWER_WORD = /^[a-z]{2,}$/;

/** The verb readings of a word (any case), empty when it is not a verb form. */
export function readVerb(word: string): readonly VerbReading[] {
  const w = word.toLowerCase();
  const readings = readingsOf();
  let r = readings.get(w);
  if (!r) {
    r = LOWER_WORD.test(w) ? computeReadings(w) : [];
    if (readings.size >= 5000) readings.clear();
    // The key is a copy: a word sliced from the document would keep the whole text alive.
    readings.set(detach(w), r);
  }
  return r.length ? r : NONE;
}

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
