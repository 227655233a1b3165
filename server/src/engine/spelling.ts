// The spell checker behind the spelling rule: nspell over the English Hunspell dictionary, with
// résumé jargon, technology names and British spellings accepted, and a per-word cache.
//
// The engine stays free of file access (it is bundled for the server, the CLI and tests alike):
// the caller registers a loader that returns the .aff/.dic text (see server/src/dictionary.ts).
// The dictionary is built lazily on first use (about 250 ms) and kept — or, with `deferred`, only
// when the host asks (preloadDictionary) so it can keep cold start fast; with no loader, or a
// loader that fails, `spellChecker()` is undefined and the rule stays quiet.
import nspell from 'nspell';
import { JARGON } from './data/spelling-words';
import { TECH_NAMES, techKey } from './data/tech-names';

export interface DictionaryFiles {
  aff: string;
  dic: string;
}

/** Returns the dictionary text, or undefined when there is none (the rule is then quiet). */
export type DictionaryLoader = () => DictionaryFiles | undefined;

export interface LoaderOptions {
  /**
   * Do not build on first use: the rule stays quiet until the host calls preloadDictionary()
   * (e.g. right after the first diagnostics are out, then re-lints), so cold start stays fast.
   */
  deferred?: boolean;
}

let loader: DictionaryLoader | undefined;
let deferred = false;
/** undefined = not tried yet; null = tried and failed (not retried until a new loader is set). */
let checker: SpellChecker | null | undefined;

/** Registers where the dictionary comes from; drops any checker built from an earlier loader. */
export function setDictionaryLoader(fn: DictionaryLoader | undefined, options: LoaderOptions = {}): void {
  loader = fn;
  deferred = !!options.deferred;
  checker = undefined;
}

/** True once the dictionary is built (so a caller can warm it up in idle time and know when). */
export function dictionaryReady(): boolean {
  return checker instanceof SpellChecker;
}

/** The shared checker, built on first call (unless deferred); undefined without a (working) loader. */
export function spellChecker(): SpellChecker | undefined {
  return checker === undefined && deferred ? undefined : build();
}

function build(): SpellChecker | undefined {
  if (checker === undefined) {
    checker = null;
    try {
      const files = loader?.();
      if (files) checker = new SpellChecker(files);
    } catch {
      checker = null;
    }
  }
  return checker ?? undefined;
}

/** Builds the checker now (e.g. right after the first diagnostics went out); true when ready. */
export function preloadDictionary(): boolean {
  return build() !== undefined;
}

// British spellings the US dictionary lacks, rewritten to the US form that it knows.
const BRITISH: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers)?$/, 'or$1'], // colour, behaviour, favourite, honourable
  [/is(e|ed|es|ing|ation|ations|er|ers|able)$/, 'iz$1'], // organise, optimisation
  [/ys(e|ed|es|ing|er|ers)$/, 'yz$1'], // analyse, catalysed
  [/tre(s|d)?$/, 'ter$1'], // centre, centred, metres
  [/ll(ed|ing|er|ers|ation)$/, 'l$1'], // travelled, modelling, cancellation stays (dictionary has it)
  [/ogue(s)?$/, 'og$1'], // catalogue, analogue
  [/ence(s)?$/, 'ense$1'], // licence, defence
  [/mme(s)?$/, 'm$1'], // programme
  [/dgement(s)?$/, 'dgment$1'], // judgement, acknowledgement
  [/ae/, 'e'], // paediatric, encyclopaedia
  [/oe/, 'e'], // manoeuvre, oestrogen
  [/eing$/, 'ing'], // ageing
  [/l(s|ment|ments)?$/, 'll$1'], // enrol, fulfilment, instalment
];

function americanForms(word: string): string[] {
  const out = new Set<string>();
  const step = (w: string) => BRITISH.map(([re, to]) => w.replace(re, to)).filter((v) => v !== w);
  for (const a of step(word)) {
    out.add(a);
    for (const b of step(a)) out.add(b); // manoeuvre → maneuvre → maneuver
  }
  return [...out];
}

/** Restricted Damerau–Levenshtein distance, for telling a typo from an unrelated word. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[m][n];
}

const CACHE_LIMIT = 20000;

export class SpellChecker {
  private readonly spell: ReturnType<typeof nspell>;
  private readonly knownCache = new Map<string, boolean>();
  private readonly suggestCache = new Map<string, string[]>();

  constructor(files: DictionaryFiles) {
    this.spell = nspell(files.aff, files.dic);
  }

  /** Whether a single word (no spaces, no hyphens) is spelled right, in any of the accepted ways. */
  known(word: string): boolean {
    let k = this.knownCache.get(word);
    if (k === undefined) {
      k = this.compute(word);
      if (this.knownCache.size >= CACHE_LIMIT) this.knownCache.clear();
      this.knownCache.set(word, k);
    }
    return k;
  }

  private compute(word: string): boolean {
    const lower = word.toLowerCase();
    if (JARGON.has(lower) || TECH_NAMES.has(techKey(word))) return true;
    if (this.spell.correct(word) || this.spell.correct(lower)) return true;
    // Possessives and plurals of names: "team's", "Acme's", "APIs'".
    const base = word.replace(/(?:['’]s|s['’]|['’])$/, '');
    if (base !== word && base.length > 0) return this.known(base);
    // Plurals and -ing/-ed forms of jargon: "microservices", "refactorings".
    for (const suffix of ['s', 'es', 'ed', 'ing']) if (lower.endsWith(suffix) && JARGON.has(lower.slice(0, -suffix.length))) return true;
    // Plurals the dictionary lacks a flag for ("readmissions"): a typo rarely leaves a known stem.
    if (lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') && this.spell.correct(lower.slice(0, -1))) return true;
    return americanForms(lower).some((a) => this.spell.correct(a) || JARGON.has(a));
  }

  /** Up to `max` suggestions, best first, in the word's own capitalisation. */
  suggest(word: string, max = 3): string[] {
    let s = this.suggestCache.get(word);
    if (!s) {
      s = this.spell.suggest(word);
      if (this.suggestCache.size >= CACHE_LIMIT) this.suggestCache.clear();
      this.suggestCache.set(word, s);
    }
    const capital = /^\p{Lu}/u.test(word);
    const out: string[] = [];
    for (const x of s) {
      const v = capital ? x[0].toUpperCase() + x.slice(1) : x;
      if (!out.includes(v)) out.push(v);
      if (out.length >= max) break;
    }
    return out;
  }
}
