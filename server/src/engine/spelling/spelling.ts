// The spell checker behind the spelling rule. Its dictionary is one word graph (word-graph.ts)
// merged at build time from English (US and UK), software, cloud, company and people-name lists
// and our own résumé jargon (scripts/build-dictionary.ts), with how common each word is; it loads
// from bytes in a few milliseconds. Membership is a walk of the graph; suggestions are searched
// only for words that will be reported, and a word counts as a typo only on evidence: a close,
// common dictionary word and a word shaped like one.
//
// Data and caches are kept apart: a Dictionary is immutable and may be shared by any number of
// checkers; a SpellChecker owns its caches (verdicts, suggestions), so a linter can own one. The
// engine stays free of file access: the host registers a loader that returns the file's bytes
// (server/src/dictionary.ts); with no loader, or one that fails, there is no checker and the rule
// stays quiet.
import { scoped } from '../cache/state';
import { WordGraph, type NearHit } from './word-graph';
import { editDistance } from '../text/edit-distance';
import { strongVerbs } from '../data/verbs';
import { JARGON, WORD_PREFIXES } from '../data/spelling-words';
import { stripAccents } from '../text/words';
import { COMMON_BAND, FREQUENCY_MASK as FREQUENCY, WORD_KIND } from '../data/word-kinds';

export { WORD_KIND };
// (Kept here for the callers that know it from the spell checker.)
export { editDistance };

/** Returns the dictionary file's bytes, or undefined when there is none (the rule is then quiet). */
export type DictionaryLoader = () => Uint8Array | undefined;

export interface LoaderOptions {
  /** Do not load on first use: the rule stays quiet until the host calls preloadDictionary(). */
  deferred?: boolean;
}

let loader: DictionaryLoader | undefined;
let deferred = false;
/** undefined = not tried yet; null = tried and failed (not retried until a new loader is set). */
let loaded: Dictionary | null | undefined;
/** The checker for callers that do not pass their own: one per linter (state.ts), over the shared dictionary. */
const sharedChecker = scoped<{ checker?: SpellChecker }>(() => ({}));

/** Registers where the dictionary comes from; drops anything loaded from an earlier loader. */
export function setDictionaryLoader(fn: DictionaryLoader | undefined, options: LoaderOptions = {}): void {
  loader = fn;
  deferred = !!options.deferred;
  loaded = undefined;

}

/** True once the dictionary is loaded. */
export function dictionaryReady(): boolean {
  return loaded instanceof Dictionary;
}

/** The loaded dictionary (immutable, shareable), loading it on first call unless deferred. */
export function dictionary(): Dictionary | undefined {
  return loaded === undefined && deferred ? undefined : load();
}

function load(): Dictionary | undefined {
  if (loaded === undefined) {
    loaded = null;
    try {
      const bytes = loader?.();
      if (bytes) loaded = new Dictionary(bytes);
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

/** Loads the dictionary now; true when ready. */
export function preloadDictionary(): boolean {
  return load() !== undefined;
}

/** The process-wide checker over the registered dictionary; undefined without a (working) loader. */
export function spellChecker(): SpellChecker | undefined {
  const d = dictionary();
  if (!d) return undefined;
  const slot = sharedChecker();
  if (slot.checker?.dictionary !== d) slot.checker = new SpellChecker(d);
  return slot.checker;
}

// --- dictionary (immutable) ----------------------------------------------------------------------

/** A dictionary word as found: its form as listed, frequency band (0-15) and kind bits. */
export interface Entry {
  form: string;
  frequency: number;
  kind: number;
}

export class Dictionary {
  readonly graph: WordGraph;
  /** The common words alone (band COMMON_BAND and up), when the file has them (a second graph after the first). */
  readonly common: WordGraph | undefined;

  constructor(bytes: Uint8Array) {
    this.graph = new WordGraph(bytes);
    const at = Math.ceil(this.graph.byteLength / 4) * 4;
    this.common = bytes.length > at ? new WordGraph(bytes.subarray(at)) : undefined;
  }

  get size(): number {
    return this.graph.wordCount;
  }

  /** The entry listed exactly as written, or undefined. */
  exact(word: string): Entry | undefined {
    const i = this.graph.indexOf(word);
    return i < 0 ? undefined : this.entry(word, i);
  }

  /** The kind bits of the word listed exactly as written (0 when it is not listed). */
  kindOf(word: string): number {
    const i = this.graph.indexOf(word);
    return i < 0 ? 0 : this.graph.data(i) & ~FREQUENCY;
  }

  /** Every listed form of the word in any letter case. */
  casings(word: string): Entry[] {
    return this.graph.casings(word).map((c) => this.entry(c.form, c.index));
  }

  /** Words within `maxDistance` edits, letter case ignored. */
  near(word: string, maxDistance: number, found: (e: Entry, distance: number) => void): void {
    this.graph.near(word, maxDistance, (form, index, distance) => found(this.entry(form, index), distance));
  }

  /** Common words (band COMMON_BAND and up) within `maxDistance` edits, as near() finds them; false when the dictionary has no such list. */
  nearCommon(word: string, maxDistance: number, found: (e: Entry, distance: number) => void): boolean {
    const g = this.common;
    if (!g) return false;
    g.near(word, maxDistance, (form, index, distance) => {
      const d = g.data(index);
      found({ form, frequency: d & FREQUENCY, kind: d & ~FREQUENCY }, distance);
    });
    return true;
  }

  /** Words at most one edit away (a fast walk; see WordGraph.nearOne); with `sameFirst`, only those with the word's first letter. */
  nearOne(word: string, found: (e: Entry, distance: number) => void, sameFirst = false): void {
    this.graph.nearOne(word, (form, index, distance) => found(this.entry(form, index), distance), sameFirst);
  }

  /** The words nearOne(word) finds, with their numbers, for nearOneAsNear. */
  nearOneHits(word: string): NearHit[] {
    const out: NearHit[] = [];
    this.graph.nearOne(word, (form, index, distance) => out.push({ form, index, distance }));
    return out;
  }

  /** The entries near(word, 1, found) would report, in its order, from nearOne's words (`hits`: see nearOneHits), without near's wider search. */
  nearOneAsNear(word: string, hits: NearHit[], found: (e: Entry, distance: number) => void): void {
    this.graph.nearOneAsNear(word, hits, (form, index, distance) => found(this.entry(form, index), distance));
  }

  /** The entry of a word a search found. */
  entryOf(hit: NearHit): Entry {
    return this.entry(hit.form, hit.index);
  }

  private entry(form: string, index: number): Entry {
    const d = this.graph.data(index);
    return { form, frequency: d & FREQUENCY, kind: d & ~FREQUENCY };
  }
}

// --- checker (owns caches) -----------------------------------------------------------------------

/**
 * What the dictionary says about one written word (no spaces or hyphens): known; a known word
 * written in the wrong letter case ("Github" for "GitHub", "coursera" for "Coursera"); or unknown.
 */
export type Verdict = { kind: 'known' } | { kind: 'casing'; canonical: string } | { kind: 'unknown' };

const KNOWN: Verdict = { kind: 'known' };
const UNKNOWN: Verdict = { kind: 'unknown' };
/** Suggestions costing this much more than the best are not offered (about one edit less likely). */
const SUGGESTION_MARGIN = 5;
/**
 * The lowest cost (see collect) a candidate two edits away can have when it is neither common
 * (band COMMON_BAND and up) nor a résumé word: what a search of the common words alone must beat
 * to settle a verdict or a suggestion list without the search of every word.
 */
const RARE_FLOOR = (() => {
  let cost = 2 * 10 - (COMMON_BAND - 1) * 0.7; // as collect computes it, so the floating-point value is the same
  cost -= 1; // the best bonus such a word can get: a word of the trade
  return cost;
})();
/** Entries kept per cache; a résumé has a few thousand distinct words. */
const CACHE_LIMIT = 20000;
/** A capitalised unknown word this long, one slip from an English word, is that word mistyped however rare the word (isTypo). */
const LONG_SLIP = 10;

/** A Latin letter with a mark, which English words do not use ("é", "ñ", "ö"). */
export const ACCENTED = /[\u00c0-\u024f]/;
const isLower = (s: string) => s === s.toLowerCase();
const isCapitalised = (s: string) => s.length > 1 && s[0] !== s[0].toLowerCase() && isLower(s.slice(1));
const isCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const PLURAL_NAME = /^\p{Lu}\p{Ll}{3,}[^s]s$/u;

// Productive suffixes (and prefixes: WORD_PREFIXES) that lists do not spell out for every word:
// "agentless", "re-architected" written solid, "subteams". A typo rarely leaves both a suffix or
// prefix and a known word.
const ES_STEM_END = /(?:s|x|z|ch|sh|o)$/;
const CONSONANT_E_END = /[^aeiouy]e$/;
const SUFFIXES: [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['less', ''],
  ['ness', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['er', ''],
  ['ers', ''],
  ['ization', 'ize'],
  ['isation', 'ise'],
  ['ability', 'able'],
  ['ly', ''],
  ['able', ''],
  // "mechatronic", "magnetohydrodynamic": the adjective of a field listed only as its noun in "-ics".
  ['ic', 'ics'],
  // "ethnicized", "containerising", "tokenization": a verb made of a listed word by "-ize" or "-ise",
  // in any of its forms (IZE_STEM: the stem has four letters or more).
  ['ize', ''],
  ['ise', ''],
  ['izes', ''],
  ['ises', ''],
  ['ized', ''],
  ['ised', ''],
  ['izing', ''],
  ['ising', ''],
  ['ization', ''],
  ['isation', ''],
];
/** A stem an "-ize" verb is made of has four letters or more ("adv" + "ize" is "advise" mistyped) and is no plural ("fonts" + "ize"). */
const IZE_STEM = 4;
/** A British "-ise"/"-yse" verb's ending ("analysing", "organised"), its "s" the American "z". */
const ISE_FORM = /([iy])s(e|es|ed|ing|ation|ations|er|ers)$/;
const IZE_SUFFIX = /^i[sz]/;

/** Words a résumé uses that ranking should prefer: strong verbs in all forms and our jargon. */
let resumeWords: Set<string> | undefined;
function resumeVocabulary(): Set<string> {
  if (!resumeWords) {
    resumeWords = new Set(JARGON);
    for (const v of strongVerbs) for (const f of [v.present, v.past, v.third]) resumeWords.add(f.toLowerCase());
  }
  return resumeWords;
}

/** The résumé vocabulary by first letter, for finding its words two edits away without a search. */
let vocabularyIndex: Map<string, string[]> | undefined;
function vocabularyByLetter(): Map<string, string[]> {
  if (!vocabularyIndex) {
    vocabularyIndex = new Map();
    for (const w of resumeVocabulary()) {
      const list = vocabularyIndex.get(w[0]);
      if (list) list.push(w);
      else vocabularyIndex.set(w[0], [w]);
    }
  }
  return vocabularyIndex;
}

// QWERTY neighbours, for ranking a substitution of an adjacent key above any other.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function adjacentKeys(a: string, b: string): boolean {
  const pa = ROWS.findIndex((r) => r.includes(a));
  const pb = ROWS.findIndex((r) => r.includes(b));
  if (pa < 0 || pb < 0 || Math.abs(pa - pb) > 1) return false;
  const ia = ROWS[pa].indexOf(a) + pa * 0.5;
  const ib = ROWS[pb].indexOf(b) + pb * 0.5;
  return Math.abs(ia - ib) <= 1 && a !== b;
}

/** SpellChecker's candidates for one word (see its `suggestions`). */
interface Suggestions {
  list: Scored[];
  deep: boolean;
  partial: boolean;
  hits: NearHit[] | undefined;
}

/** A suggestion and how good a match it is (lower is better). */
interface Scored {
  form: string;
  cost: number;
  distance: number;
  entry: Entry;
}

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const CURLY_APOSTROPHES_G = /’/g;
const SMALL_CAPITALS = /^[\p{Lu}i]{4,}$/u;
const THREE_CAPITALS = /(?:\p{Lu}[^\p{Lu}]*){3}/u;
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
const ACRONYM = /^\p{Lu}{2,}S?$/u;
const POSSESSIVE_END = /(?:'s|s'|')$/;
const ASCII_LOWER = /^[a-z]+$/;
const LOWER_THEN_UPPER = /^\p{Ll}+\p{Lu}/u;
const CONSONANT_Y_END = /[^aeiou]y$/;
const CVC_END = /[^aeiou][aeiou][bdfgklmnprstvz]$/;
const CONSONANT_YS_END = /[^aeiouAEIOU][yY][sS]$/;
const NOT_A_SUGGESTION = /['.\d]/;

/** "CodeIgniter", "CodeIgnitor": a capital, lower case, then a capital (an identifier, "myVar", is not one). */
export const PASCAL_NAME = /^\p{Lu}\p{Ll}+\p{Lu}/u;

export class SpellChecker {
  private readonly verdicts = new Map<string, Verdict>();
  /**
   * Per word: the candidates (scored); `partial`: only the two-edit list's head, up to where rarer
   * words could come (fewest); `hits`: the words the one-edit search found, which fewest reads
   * again as the two-edit search would report them.
   */
  private readonly suggestions = new Map<string, Suggestions>();
  /** Per word: the candidates two edits away that are common words or résumé words (see commonNear). */
  private readonly commonCandidates = new Map<string, Scored[] | null>();
  private readonly memos = new Map<(word: string) => unknown, Map<string, unknown>>();
  /** Per word and capitalisation: isTypo's answer. */
  private readonly typos = new Map<string, boolean>();

  constructor(readonly dictionary: Dictionary) {}

  /**
   * `fn(word)`, kept per function and word: what a caller derives from a written word alone
   * (the rule's split into parts, its casing lookup) is computed once per checker.
   */
  memo<T>(word: string, fn: (word: string) => T): T {
    let m = this.memos.get(fn);
    if (!m) this.memos.set(fn, (m = new Map()));
    let v = m.get(word) as T | undefined;
    if (v === undefined && !m.has(word)) {
      v = fn(word);
      if (m.size >= CACHE_LIMIT) m.clear();
      m.set(word, v);
    }
    return v as T;
  }

  /** Whether a single word (no spaces, no hyphens) is spelled right as written. */
  known(word: string): boolean {
    return this.check(word).kind === 'known';
  }

  check(word: string): Verdict {
    let v = this.verdicts.get(word);
    if (v === undefined) {
      v = this.compute(word);
      if (this.verdicts.size >= CACHE_LIMIT) this.verdicts.clear();
      this.verdicts.set(word, v);
    }
    return v;
  }

  private compute(word: string): Verdict {
    const text = word.includes('’') ? word.replace(CURLY_APOSTROPHES_G, "'") : word;
    // "HiLLS", "CHRiSTiAN": small capitals whose "i" the PDF's font maps to a lower-case letter.
    // (A word opening with a lower-case ASCII letter other than "i" is none, told without the
    // pattern's call: most words are such, and the call was a fifth of this function's own time.)
    const c0 = text.charCodeAt(0);
    if (!(c0 >= 97 && c0 <= 122 && c0 !== 105) && text.includes('i') && SMALL_CAPITALS.test(text) && THREE_CAPITALS.test(text)) return this.check(text.replace(/i/g, 'I'));
    const v = this.lookup(text);
    // "VMs", "SLAs": an acronym's plural, not "VMS" miswritten.
    // "CRIs", "PRNs": an acronym's plural whatever the lists say of the word ("Cris" is a name).
    if (v.kind === 'casing' && ACRONYM_PLURAL.test(text) && (this.check(text.slice(0, -1)).kind === 'known' || !ACRONYM.test(v.canonical))) return KNOWN;
    if (v.kind !== 'unknown') return v;
    // Possessives and plurals of names: "team's", "Acme's", "APIs'", "LLM's".
    const base = text.replace(POSSESSIVE_END, '');
    if (base !== text && base.length > 0) return this.check(base);
    const lower = text.toLowerCase();
    if (!ASCII_LOWER.test(lower)) return UNKNOWN;
    if (this.derived(lower)) return KNOWN;
    if (this.otherSpelling(lower)) return KNOWN;
    return UNKNOWN;
  }

  /**
   * The same word in the other spelling of English, where only that one is listed: the American
   * lists lack many medical and scientific words the British ones have ("hemodynamic" beside
   * "haemodynamic", "orthopedic" beside "orthopaedic"), and a nurse's résumé is full of them.
   */
  private otherSpelling(lower: string): boolean {
    // Short words would accept slips: "des" is "does" less a letter, not another spelling.
    if (lower.length < 6) return false;
    for (let i = lower.indexOf('e', 1); i > 0; i = lower.indexOf('e', i + 1)) {
      const before = lower[i - 1];
      if (before === 'a' || before === 'o') {
        // "haemo…" -> "hemo…"
        if (this.listedLower(lower.slice(0, i - 1) + lower.slice(i))) return true;
      } else if (this.listedLower(`${lower.slice(0, i)}a${lower.slice(i)}`) || this.listedLower(`${lower.slice(0, i)}o${lower.slice(i)}`)) return true;
    }
    return false;
  }

  /**
   * The word as listed or in an accepted letter case; a casing verdict when a name is listed only
   * in another case. Lower-case forms from the software lists are often identifiers ("coursera",
   * "dynamodb" as in code), so where a list also has the name's own casing, that is the word.
   */
  private lookup(word: string): Verdict {
    // Most words are English words written as listed, or capitalised at a sentence start: two walks.
    const d = this.dictionary;
    const kind = d.kindOf(word);
    if (kind & WORD_KIND.english) return KNOWN;
    // Listed exactly as written and starting with a capital ("Alex", "Python", "GitHub"): what the
    // walk of every casing below would conclude (the word is among its own forms, and no
    // identifier), without that walk.
    if (kind !== 0) {
      const c = word.charCodeAt(0);
      if (c >= 65 && c <= 90) return KNOWN;
    }
    const lowered = word.toLowerCase();
    if (word !== lowered && (isCapitalised(word) || isCaps(word)) && d.kindOf(lowered) & WORD_KIND.english) return KNOWN;
    const forms = d.casings(word).filter((f) => !isIdentifier(f));
    // "Arduinos", "Chromebooks": a listed name in the plural, as one counts boards or laptops.
    if (!forms.length) return PLURAL_NAME.test(word) && d.kindOf(word.slice(0, -1)) & (WORD_KIND.tech | WORD_KIND.company) ? KNOWN : UNKNOWN;
    const named = forms.filter((f) => !isLower(f.form));
    const plain = forms.filter((f) => isLower(f.form) && (f.kind & WORD_KIND.english || !named.length));
    if (forms.some((f) => f.form === word) && !(isLower(word) && !plain.length)) return KNOWN;
    if (isLower(word)) {
      if (plain.length) return KNOWN;
      // "coursera" is "Coursera" miswritten, but "calle" is not the surname "Calle": it may be a typo
      // or another language. (Nor is "scotland" or "caesar" a slip a recruiter holds against the
      // writer: names of places and people, which the English lists hold, are names whatever their
      // case; a tool's or a company's is the one a technical reader checks. Blind labels of real
      // résumés never marked a lower-case place or person.)
      // (A company named after a place, "Scotland", is the place first.)
      const names = named.filter((f) => f.kind & WORD_KIND.tech || (f.kind & WORD_KIND.company && !(f.kind & WORD_KIND.english)));
      if (names.length) return { kind: 'casing', canonical: best(names).form };
      return named.some((f) => f.kind & WORD_KIND.english) ? KNOWN : UNKNOWN;
    }
    // "Managed" at a sentence start and "MANAGED" in a heading are the listed "managed"; an
    // everyday word in a programme's own capitals ("InSIGHT", "eLearning") is that word styled.
    if (plain.length && (isCapitalised(word) || isCaps(word) || plain.some((f) => f.kind & WORD_KIND.english))) return KNOWN;
    // "AARON" in a heading is "Aaron"; but "IOS" for "iOS" is a brand miswritten.
    if (isCaps(word) && named.some((f) => !LOWER_THEN_UPPER.test(f.form))) return KNOWN;
    // (A person's or a place's name is theirs in any case: "deJong", "DeVries" where the lists
    // hold "Dejong", "Devries"; a tool's or a company's casing is the one a reader checks.)
    const brands = named.filter((f) => f.kind & (WORD_KIND.tech | WORD_KIND.company));
    if (brands.length) return { kind: 'casing', canonical: best(brands).form };
    return KNOWN; // "PowerPoint" where only "powerpoint" is listed: a brand's own capitals
  }

  /** Listed in lower case (`w` is lower-case ASCII here: the only lower-case form among its casings is itself). */
  listedLower(w: string): boolean {
    return w.length >= 2 && this.dictionary.graph.indexOf(w) >= 0;
  }

  /** A known stem with a productive prefix or suffix, or two common words written as one. */
  private derived(lower: string): boolean {
    // ("demonstarting": two swapped letters from a common word is that word mistyped, whatever
    // prefix, suffix or pair of words its letters also spell.)
    if (this.swappedEnglish(lower, 3, false)) return false;
    for (const [suffix, add] of SUFFIXES) {
      if (lower.length - suffix.length < 3 || !lower.endsWith(suffix)) continue;
      if (add === '' && IZE_SUFFIX.test(suffix) && (lower.length - suffix.length < IZE_STEM || lower[lower.length - suffix.length - 1] === 's')) continue;
      // ("analising" is "anal" + "-ising" by its letters, but "analysing" mistyped: a verb made with
      // "-ise"/"-ize" one slip from a common word is that word.)
      if (add === '' && IZE_SUFFIX.test(suffix) && this.oneFromCommon(lower)) continue;
      const stem = lower.slice(0, -suffix.length) + add;
      if (suffix === 's' && stem.endsWith('s')) continue; // "sucess" is not "suces" + s
      if (suffix === 'es' && !ES_STEM_END.test(stem)) continue; // "logistices" is no plural: "-es" follows s, x, z, ch, sh or o
      if (suffix === 's' && CONSONANT_Y_END.test(stem)) continue; // "agencys" is "agencies" misspelt
      // "operateed", "manageer": a stem's final "e" is not kept before "ed" or "er"; nor before
      // "ing" after a consonant ("manageing"; "seeing", "dyeing", "canoeing" keep theirs).
      if (add === '' && stem.endsWith('e') && (suffix === 'ed' || suffix === 'er' || suffix === 'ers' || (suffix === 'ing' && CONSONANT_E_END.test(stem)))) continue;
      // "occured", "refering", "controled": where the listed form doubles the stem's last
      // consonant ("occurred"), the single one is the misspelling.
      if (add === '' && (suffix === 'ed' || suffix === 'ing' || suffix === 'er' || suffix === 'ers') && CVC_END.test(stem) && this.listedLower(stem + stem[stem.length - 1] + suffix)) continue;
      if (this.listedLower(stem) || this.compound(stem)) return true;
    }
    for (const p of WORD_PREFIXES) if (lower.length - p.length >= 4 && lower.startsWith(p) && this.listedLower(lower.slice(p.length))) return !this.slipOfCommon(lower, p);
    return this.compound(lower);
  }

  /**
   * Whether a lower-case English word a résumé would use, with the same prefix, is one slip away:
   * "referal" is "re" + "feral" by its letters, but "referral" mistyped ("prepress" is no slip of "repress").
   */
  private slipOfCommon(lower: string, prefix: string): boolean {
    let close = false;
    // Only words with the prefix's first letter can qualify: the walk that skips the others
    // (sameFirst) finds every such word one edit away, for a fraction of the whole walk.
    this.dictionary.nearOne(
      lower,
      (e, distance) => (close ||= distance === 1 && e.form.startsWith(prefix) && isLower(e.form) && (e.kind & WORD_KIND.english) !== 0 && (this.commonness(e) >= 3 || resumeVocabulary().has(e.form))),
      true,
    );
    return close;
  }

  /**
   * How common an English word is, in any of its cases: the frequency list counts a word once, in
   * the case it is most often written in, so "university" (most often in a name's capital) holds its
   * count under "University".
   */
  private commonness(e: Entry): number {
    let f = e.frequency || (this.dictionary.exact(capitalise(e.form))?.frequency ?? 0);
    // (American subtitles count "analysing" under "analyzing": the British form is as common a word.)
    const z = ISE_FORM.test(e.form) ? e.form.replace(ISE_FORM, '$1z$2') : undefined;
    if (z) f = Math.max(f, this.dictionary.exact(z)?.frequency ?? 0);
    return f;
  }

  /** Whether a common English word in lower case is one slip from `lower` ("analising": "analysing"). */
  private oneFromCommon(lower: string): boolean {
    let close = false;
    this.dictionary.nearOne(lower, (e, distance) => (close ||= distance === 1 && isLower(e.form) && (e.kind & WORD_KIND.english) !== 0 && this.commonness(e) >= 3), true);
    return close;
  }

  /**
   * Whether swapping two neighbouring letters of `lower` (six letters or more) gives an English word
   * of at least that frequency band: in lower case, or with `capitalised` also a capitalised word
   * no list holds as a person's or a company's name ("Spanish", "Crimea").
   */
  private swappedEnglish(lower: string, frequency: number, capitalised: boolean): boolean {
    if (lower.length < 6) return false;
    const d = this.dictionary;
    for (let i = 0; i + 1 < lower.length; i++) {
      if (lower[i] === lower[i + 1]) continue;
      const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
      const e = d.exact(swapped);
      if (e && e.kind & WORD_KIND.english && e.frequency >= frequency) return true;
      if (!capitalised) continue;
      const c = d.exact(capitalise(swapped));
      if (c && c.kind & WORD_KIND.english && !(c.kind & (WORD_KIND.person | WORD_KIND.company)) && c.frequency >= frequency) return true;
    }
    return false;
  }

  /**
   * Two common words written as one ("walkthrough", "webserver"), unless a common word is one
   * slip away: "mainted" is "main" + "ted", but it is "minted" or "maintained" mistyped.
   */
  private compound(lower: string): boolean {
    const d = this.dictionary;
    for (let i = 3; i <= lower.length - 3; i++) {
      const a = d.exact(lower.slice(0, i));
      if (!a || a.frequency < 7) continue;
      const b = d.exact(lower.slice(i));
      if (b && b.frequency >= 7) {
        let close = false;
        d.nearOne(lower, (e, distance) => (close ||= distance === 1 && isLower(e.form) && e.frequency >= 5));
        // ("demonstarting" is no "demons" + "tarting": two letters swapped from a common word.)
        if (!close) close = this.swappedEnglish(lower, 3, false);
        return !close;
      }
    }
    return false;
  }

  /**
   * Suggestions for an unknown word when the evidence says it is a typo (a close, common
   * dictionary word), best first, in the word's own capitalisation; empty when it is more likely a
   * name or a term the lists lack.
   */
  suggest(word: string, max = 3): string[] {
    // "agencys": the plural written as "-ys" after a consonant is "-ies", two edits away but meant.
    if (CONSONANT_YS_END.test(word)) {
      const plural = `${word.slice(0, -2)}${word.endsWith('S') ? 'IES' : 'ies'}`;
      if (this.known(plural)) return [plural, ...this.suggestPlain(word, max).filter((x) => x !== plural)].slice(0, max);
    }
    return this.suggestPlain(word, max);
  }

  private suggestPlain(word: string, max: number): string[] {
    const s = this.suggestions.get(word);
    if (!s?.deep) {
      const head = this.fewest(word, max);
      // Kept as the two-edit list (its head is the whole list's head, which isTypo reads), marked partial.
      if (head) this.suggestions.set(word, { list: head, deep: true, partial: true, hits: undefined });
    }
    const now = this.suggestions.get(word);
    if (now?.partial) {
      const out = this.pick(word, now.list, max, false);
      if (out) return out;
      now.list = this.search(word, 2);
      now.partial = false;
    }
    return this.pick(word, this.scored(word, true), max, true)!;
  }

  /** The first `max` candidates within the margin of the best, as written; undefined when a partial list (fewest) ran out before that was settled. */
  private pick(word: string, scored: Scored[], max: number, complete: boolean): string[] | undefined {
    const out: string[] = [];
    for (const s of scored) {
      if (s.cost > scored[0].cost + SUGGESTION_MARGIN) return out; // far worse than the best: noise
      const form = isCapitalised(word) && isLower(s.form) ? capitalise(s.form) : isCaps(word) && word.length > 1 ? s.form.toUpperCase() : s.form;
      if (!out.includes(form)) out.push(form);
      if (out.length >= max) return out;
    }
    // Past a partial list's end come candidates costing RARE_FLOOR or more: out of the margin, or unknown.
    return complete || !scored.length || scored[0].cost + SUGGESTION_MARGIN < RARE_FLOOR ? out : undefined;
  }

  /**
   * Whether `word` (unknown) reads as a typo of a dictionary word; `capital`: written with a capital
   * mid-sentence; `inName`: among other capitalised words ("SDL Trados Studio"), where it is part of a
   * name and a slip only of a product's or a company's name ("Glasfish", "Jety"); `orgName`: before an
   * organisation's word ("Wellcome Trust"), a slip of a common word only when longer still.
   */
  isTypo(word: string, capital: boolean, inName = false, orgName = false): boolean {
    // Asked again on every lint for each unknown word of the document (the names above all): the
    // answer is kept, or a warm re-lint would walk the graph for every name again.
    const key = (orgName ? 'O' : inName ? 'N' : capital ? 'C' : 'l') + word;
    let v = this.typos.get(key);
    if (v === undefined) {
      if (this.typos.size >= CACHE_LIMIT) this.typos.clear();
      v = this.isTypoFresh(word, capital || inName || orgName, inName || orgName, orgName);
      this.typos.set(key, v);
    }
    return v;
  }

  private isTypoFresh(word: string, capital: boolean, inName: boolean, orgName = false): boolean {
    const lower = word.toLowerCase();
    if (capital) {
      // A capitalised word is a name unless it is one slip away from a word it should have been:
      // long enough not to be a short name ("Tema", "Hoseo"), the same first letter (names rarely
      // differ from a word there), and a common word or a product rather than another name.
      if (lower.length < 6) return false;
      // ("Spainsh Teacher", "Accelerated Copmuting", "Cirmea": two neighbouring letters of an English
      // word swapped, the commonest slip of the keys, in a name's capital or not; a name is rarely that.)
      if (this.swappedEnglish(lower, 2, true)) return true;
      // The best candidate must be such a word: when no word with the same first letter is, the
      // answer is no without the whole one-edit search (the walk from the first letter is a fraction of it).
      if (!this.suggestions.has(word) && !this.sameFirstEvidence(word, lower)) return false;
    }
    const near = this.scored(word, false)[0];
    // ("Ecole Nationale Superieure": a listed word with its accents left off, a name or a loanword
    // typed on an English keyboard, is that word, not a slip.)
    if (near && ACCENTED.test(near.form) && stripAccents(near.form).toLowerCase() === lower) return false;
    if (capital) {
      if (!near || near.distance !== 1 || lower.length < 6 || near.form[0].toLowerCase() !== lower[0]) return false;
      if (near.entry.kind & (WORD_KIND.tech | WORD_KIND.company)) return true;
      const english = isLower(near.form) && (near.entry.kind & WORD_KIND.english) !== 0;
      // ("Data Management Assistent", "Contract Goverance", "Application Architecure": among other
      // capitalised words, a long word one slip from a common word is that word mistyped; names
      // that close to a common word are rarely that long.)
      // ("Wellcome Trust": an organisation's own name, one slip from a common word on purpose, is
      // seldom longer than that; "Experimental Pychology Society" is a long word slipped.)
      if (inName) return english && lower.length >= (orgName ? 9 : 8) && (this.commonness(near.entry) >= COMMON_BAND || lower.length >= LONG_SLIP) && !this.dictionary.kindOf(capitalise(lower));
      // ("Colaborated": a verb résumés open bullets with is no rarer for being rare in general English.)
      // (Nor is a long word rare for being a slip: names are seldom ten letters one slip from an
      // English word, "Fundementals" or "Longnitudinal" are.)
      return english && (this.commonness(near.entry) >= 4 || resumeVocabulary().has(near.form) || lower.length >= LONG_SLIP);
    }
    if (near?.distance === 1) return lower.length >= 5 || near.entry.frequency >= 10;
    if (lower.length < 7) return false;
    // Words run together ("highavailable", "gameday", "onpremise": often a PDF's lost hyphens) are
    // not slips of one word; telling them apart is two lookups per split, not a two-edit search.
    if (this.splits(lower)) return false;
    // Two slips in a long word: only towards a common word or one of the trade. The best
    // candidate is one of those exactly when the best of them beats every other word can
    // (RARE_FLOOR): the common words are searched first, and all words only when that cannot tell.
    if (!this.suggestions.get(word)!.deep) {
      const good = this.commonNear(word);
      if (good && (!good.length || good[0].cost < RARE_FLOOR)) return good.length > 0;
    }
    const far = this.scored(word, true)[0];
    return !!far && (far.entry.frequency >= 5 || resumeVocabulary().has(far.form.toLowerCase()));
  }

  /**
   * Whether a candidate one edit away (one the one-edit search keeps: see adder) starts with the
   * word's first letter and would make a capitalised word a typo were it the best (isTypo).
   */
  private sameFirstEvidence(word: string, lower: string): boolean {
    if (lower.length < 3 || lower.length > 30) return false; // search() finds nothing for these
    let found = false;
    this.dictionary.nearOne(
      lower,
      (e, distance) => {
        if (found || distance !== 1 || NOT_A_SUGGESTION.test(e.form) || e.form.length < 2 || e.form[0].toLowerCase() !== lower[0]) return;
        found = (e.kind & (WORD_KIND.tech | WORD_KIND.company)) !== 0 || (isLower(e.form) && (e.kind & WORD_KIND.english) !== 0 && (this.commonness(e) >= 4 || resumeVocabulary().has(e.form) || lower.length >= LONG_SLIP));
      },
      true,
    );
    return found;
  }

  /** Whether the word is two listed words written together (each of two letters or more). */
  private splits(lower: string): boolean {
    const d = this.dictionary;
    const listed = (w: string) => d.exact(w) !== undefined;
    for (let i = 2; i <= lower.length - 2; i++) if (listed(lower.slice(0, i)) && listed(lower.slice(i))) return true;
    return false;
  }

  /**
   * The candidates of the two-edit search (scored) that are common or résumé words, best first:
   * the common words' graph searched as the whole graph is, and the résumé vocabulary's words two
   * edits away (with the search's first-letter rule). Null when the dictionary has no common graph.
   */
  private commonNear(word: string): Scored[] | null {
    let list = this.commonCandidates.get(word);
    if (list !== undefined) return list;
    const lower = word.toLowerCase();
    list = null;
    if (lower.length < 3 || lower.length > 30) list = [];
    else {
      const found = new Map<string, Scored>();
      const add = this.adder(word, lower, found);
      if (this.dictionary.nearCommon(lower, 2, add)) {
        const index = vocabularyByLetter();
        const letters = lower[1] !== lower[0] ? [lower[0], lower[1]] : [lower[0]];
        for (const letter of letters)
          for (const v of index.get(letter) ?? []) {
            if (Math.abs(v.length - lower.length) > 2 || !twoApart(lower, v)) continue;
            for (const e of this.dictionary.casings(v)) add(e, 2);
          }
        list = sortScored(found);
      }
    }
    if (this.commonCandidates.size >= CACHE_LIMIT) this.commonCandidates.clear();
    this.commonCandidates.set(word, list);
    return list;
  }

  /**
   * The list suggest(word, max) would take its suggestions from when that needs the two-edit
   * search, found without searching every word two edits away when the common and résumé words
   * settle it: the one-edit candidates (as the two-edit search finds them) and the common ones two
   * edits away, when the suggestions end before any candidate could cost RARE_FLOOR. Undefined
   * when the whole search is needed (or already done).
   */
  private fewest(word: string, max: number): Scored[] | undefined {
    const shallow = this.scored(word, false);
    if (!(word.length >= 5 && !shallow.some((x) => x.entry.frequency >= 4 || x.entry.kind & WORD_KIND.tech))) return undefined; // no deep search wanted
    const good = this.commonNear(word);
    if (!good) return undefined;
    const lower = word.toLowerCase();
    const found = new Map<string, Scored>();
    // Words one edit away exactly as the two-edit search reports them (the same walk with one edit);
    // none when the one-edit search found none (it finds every word one edit away).
    // (From the one-edit search's words, which scored() just kept: the same words in the same order.)
    if (shallow.length && lower.length >= 3 && lower.length <= 30) {
      const hits = this.suggestions.get(word)?.hits;
      if (hits) this.dictionary.nearOneAsNear(lower, hits, this.adder(word, lower, found));
      else this.dictionary.near(lower, 1, this.adder(word, lower, found));
    }
    for (const g of good) if (g.distance === 2) keep(found, g);
    const list = sortScored(found);
    if (!list.length || list[0].cost >= RARE_FLOOR) return undefined;
    let below = 0;
    while (below < list.length && list[below].cost < RARE_FLOOR) below++;
    return below >= max || list[0].cost + SUGGESTION_MARGIN < RARE_FLOOR ? list.slice(0, below) : undefined;
  }

  /**
   * The tool's or company's name an unknown camelCase word is one slip from, written as listed
   * ("CodeIgnitor" -> "CodeIgniter"): the name mistyped, not another
   * name. Only a listed form in camelCase too, with the same first letter; undefined otherwise.
   */
  toolSlip(word: string): string | undefined {
    if (word.length < 6) return undefined;
    for (const x of this.scored(word, false)) {
      if (x.distance !== 1 || !(x.entry.kind & (WORD_KIND.tech | WORD_KIND.company))) continue;
      if (x.form[0] === word[0] && PASCAL_NAME.test(x.form) && x.form.toLowerCase() !== word.toLowerCase()) return x.form;
    }
    return undefined;
  }

  /**
   * Candidates for an unknown word, best first: one edit away, and with `deep`, two edits away
   * when nothing common is one edit away (several times the cost, so only when asked).
   */
  private scored(word: string, deep: boolean): Scored[] {
    let s = this.suggestions.get(word);
    if (!s) {
      s = { list: [], deep: false, partial: false, hits: undefined };
      const lower = word.toLowerCase();
      if (lower.length >= 3 && lower.length <= 30) {
        // search(word, 1), keeping the words found (fewest reads them again).
        const found = new Map<string, Scored>();
        const add = this.adder(word, lower, found);
        const hits = (s.hits = this.dictionary.nearOneHits(lower));
        for (const h of hits) add(this.dictionary.entryOf(h), h.distance);
        s.list = sortScored(found);
      }
      if (this.suggestions.size >= CACHE_LIMIT) this.suggestions.clear();
      this.suggestions.set(word, s);
    }
    if (deep && !s.deep) {
      s.deep = true;
      if (word.length >= 5 && !s.list.some((x) => x.entry.frequency >= 4 || x.entry.kind & WORD_KIND.tech)) s.list = this.search(word, 2);
    }
    return s.list;
  }

  private search(word: string, maxDistance: number): Scored[] {
    const lower = word.toLowerCase();
    if (lower.length < 3 || lower.length > 30) return [];
    const found = new Map<string, Scored>();
    const add = this.adder(word, lower, found);
    if (maxDistance === 1) this.dictionary.nearOne(lower, add);
    else this.dictionary.near(lower, maxDistance, add);
    return sortScored(found);
  }

  /** Scores each dictionary word a search finds for `word` into `found` (the best per lower-case form). */
  private adder(word: string, lower: string, found: Map<string, Scored>): (e: Entry, distance: number) => void {
    const vocab = resumeVocabulary();
    const wordLower = isLower(word);
    return (e, distance) => {
      if (distance === 0) return; // the word itself in another case: a casing verdict, not a suggestion
      // Not suggestions: possessives, abbreviations with dots, names for a common word.
      if (NOT_A_SUGGESTION.test(e.form) || e.form.length < 2) return;
      const onlyName = (e.kind & (WORD_KIND.english | WORD_KIND.tech)) === 0;
      if (wordLower && onlyName && e.frequency < 8) return;
      if (wordLower && isCaps(e.form) && e.form.length > 1) return; // "dev" is not "DEV"
      const fl = e.form.toLowerCase();
      let cost = distance * 10 - e.frequency * 0.7;
      if (vocab.has(fl)) cost -= 4;
      if (e.kind & WORD_KIND.tech) cost -= 1;
      if (fl[0] !== lower[0]) cost += 3;
      if (distance === 1 && fl.length === lower.length) {
        let k = 0;
        while (k < fl.length && fl[k] === lower[k]) k++;
        if (fl[k + 1] === lower[k] && fl[k] === lower[k + 1]) cost -= 2; // swapped letters: the commonest slip
        else if (adjacentKeys(fl[k], lower[k])) cost -= 2;
      }
      if (onlyName) cost += 4;
      const prev = found.get(fl);
      // (At equal cost the lower-case form: "independent" where the lists also have "Independent", a
      // title's capital. It is the word, and a capitalised slip of it is judged against the word.)
      if (!prev || cost < prev.cost || (cost === prev.cost && isLower(e.form) && !isLower(prev.form))) found.set(fl, { form: e.form, cost, distance, entry: e });
    };
  }
}

/** Keeps `s` as its lower-case form's candidate unless one costs less (or as much, written earlier in the graph's order, which a search meets first). */
function keep(found: Map<string, Scored>, s: Scored): void {
  const fl = s.form.toLowerCase();
  const prev = found.get(fl);
  if (!prev || s.cost < prev.cost || (s.cost === prev.cost && s.form < prev.form)) found.set(fl, s);
}

const sortScored = (found: Map<string, Scored>): Scored[] => [...found.values()].sort((a, b) => a.cost - b.cost || compareForms(a.form, b.form));

/**
 * a.localeCompare(b) (English order) for two forms of one candidate list, whose lower-case forms
 * differ: for forms of letters a-z alone, in any case, that order is their lower-case forms' order
 * (checked against ICU on a million pairs of dictionary words), so it is computed here, and only
 * other forms go to localeCompare. The first localeCompare of a process sets up ICU's collator,
 * ~10 ms of the first lint (issue 10, start -> first diagnostics); this also keeps the order of
 * equal-cost suggestions the same whatever the machine's locale.
 */
function compareForms(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i) | 0x20;
    const y = b.charCodeAt(i) | 0x20;
    if (x < 97 || x > 122 || y < 97 || y > 122) return a.localeCompare(b);
    if (x !== y) return x - y;
  }
  const longer = a.length > n ? a : b;
  for (let i = n; i < longer.length; i++) {
    const x = longer.charCodeAt(i) | 0x20;
    if (x < 97 || x > 122) return a.localeCompare(b);
  }
  return a.length !== b.length ? a.length - b.length : a.localeCompare(b);
}

/** A code identifier from a software list ("agentLess", "topRight"), not a way to write a word. */
const isIdentifier = (e: Entry) => !(e.kind & (WORD_KIND.english | WORD_KIND.company)) && /^\p{Ll}{3,}\p{Lu}/u.test(e.form);

/** The most likely of several listed forms: the commonest, a product name before a person's. */
function best(forms: Entry[]): Entry {
  const rank = (e: Entry) => e.frequency + (e.kind & WORD_KIND.tech ? 8 : 0) + (e.kind & WORD_KIND.company ? 6 : 0) + (e.kind & WORD_KIND.english ? 4 : 0);
  return forms.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

const band = new Int32Array(3 * 64);
/**
 * Whether editDistance(a, b) is exactly 2 (a, b: lower case, lengths at most 2 apart), computing
 * only the diagonal band of the table a distance of 2 can use, and stopping once a row is past 2.
 */
function twoApart(a: string, b: string): boolean {
  const m = a.length;
  const n = b.length;
  if (n + 1 > 64) return editDistance(a, b) === 2;
  const W = n + 1;
  const FAR = 3;
  // Three rows in turn: i-2, i-1, i (row r at (r % 3) * W).
  for (let j = 0; j <= n; j++) band[j] = j < FAR ? j : FAR;
  for (let i = 1; i <= m; i++) {
    const cur = (i % 3) * W;
    const prev = ((i - 1) % 3) * W;
    const prev2 = ((i + 1) % 3) * W;
    const lo = i - 2 > 1 ? i - 2 : 1;
    const hi = i + 2 < n ? i + 2 : n;
    band[cur] = i < FAR ? i : FAR;
    for (let j = 1; j < lo; j++) band[cur + j] = FAR;
    let best = band[cur];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let x = band[prev + j - 1] + (ca === cb ? 0 : 1);
      const del = band[prev + j] + 1;
      const ins = band[cur + j - 1] + 1;
      if (del < x) x = del;
      if (ins < x) x = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const t = band[prev2 + j - 2] + 1;
        if (t < x) x = t;
      }
      if (x > FAR) x = FAR;
      band[cur + j] = x;
      if (x < best) best = x;
    }
    for (let j = hi + 1; j <= n; j++) band[cur + j] = FAR;
    if (best >= FAR) return false;
  }
  return band[(m % 3) * W + n] === 2;
}

