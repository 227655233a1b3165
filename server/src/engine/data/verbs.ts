// Strong action verbs for résumé bullets, grouped by what they show, with their past and present
// forms, plus the tense helpers the tense / weak-verb / repeated-verb rules and the completion
// provider share.
//
// Provenance: our own list, written for this project. The choice of verbs follows the advice
// summarised in /work/shared/research/resume-tools.md §3.3 (offlinecv's curated action-verb set,
// the CareerBuilder/Harris hiring-manager survey favouring achieved/improved/trained/managed/
// created, candidate.so's glossary); irregular forms are standard English morphology.

export type VerbCategory =
  | 'lead'
  | 'build'
  | 'improve'
  | 'analyse'
  | 'communicate'
  | 'organise'
  | 'support'
  | 'achieve';

export interface VerbForms {
  /** Base / present form, capitalised as a bullet opens: "Lead". */
  present: string;
  /** Past form: "Led". */
  past: string;
  /** Third person singular present: "Leads". */
  third: string;
  category: VerbCategory;
}

// "base" alone = regular verb (past derived by rule); "base:past" = irregular or spelling change
// (doubled consonant, -ic → -icked...). Lower case here; forms are capitalised on output.
const RAW: Record<VerbCategory, string> = {
  lead: `lead:led run:ran head direct drive:drove oversee:oversaw own manage supervise mentor:mentored coach
    guide champion chair spearhead:spearheaded steer:steered orchestrate captain delegate hire recruit
    set:set found:founded establish pioneer:pioneered precept`,
  build: `build:built design develop create engineer:engineered implement launch ship:shipped write:wrote
    architect:architected code prototype deploy automate integrate migrate configure program:programmed
    author:authored craft produce assemble install deliver:delivered release construct draft invent
    model:modelled refactor:refactored rewrite:rewrote port:ported containerize containerise`,
  improve: `improve increase reduce cut:cut optimize optimise streamline accelerate boost grow:grew scale
    enhance upgrade modernize modernise simplify overhaul:overhauled redesign:redesigned revamp:revamped
    transform:transformed consolidate eliminate expand lower:lowered raise double triple halve speed:sped
    strengthen:strengthened refine restructure stabilize stabilise fix:fixed debug:debugged resolve
    harden:hardened shorten:shortened shrink:shrank tune`,
  analyse: `analyse analyze assess audit:audited evaluate investigate measure research:researched test:tested
    validate verify forecast:forecast benchmark:benchmarked identify diagnose examine map:mapped model
    quantify survey calculate review:reviewed read:read monitor:monitored inspect:inspected profile triage`,
  communicate: `present:presented publish negotiate persuade convince pitch:pitched advocate author:authored
    document:documented edit:edited brief:briefed teach:taught train:trained speak:spoke
    report:reported explain:explained translate lecture`,
  organise: `coordinate organize organise plan:planned schedule prioritize prioritise standardize standardise
    centralize centralise streamline allocate budget:budgeted administer:administered facilitate
    structure track:tracked catalog:catalogued formalize formalise expedite restock`,
  support: `enable:enabled resolve troubleshoot:troubleshot maintain:maintained serve:served
    advise collaborate partner:partnered onboard:onboarded answer:answered
    process:processed safeguard secure contribute collaborate`,
  achieve: `achieve win:won earn:earned exceed attain:attained surpass generate secure save deliver:delivered
    complete outperform:outperformed land:landed close:closed sell:sold hit:hit upsell:upsold`,
};

/** Verbs whose past and present are written the same: their tense cannot be told from the word. */
const SAME_FORM = new Set(['set', 'cut', 'put', 'read', 'hit', 'let', 'spread', 'split', 'shut', 'reset', 'forecast', 'broadcast', 'cast', 'cost', 'bid', 'quit', 'upset', 'input', 'output', 'offset', 'bet', 'hurt']);

/** Irregular verbs outside the categories (weak openers, common verbs) so tense works on them too. */
const EXTRA_IRREGULAR: Record<string, string> = {
  do: 'did', go: 'went', have: 'had', make: 'made', take: 'took', give: 'gave', get: 'got', keep: 'kept',
  bring: 'brought', buy: 'bought', think: 'thought', seek: 'sought', find: 'found', hold: 'held', meet: 'met',
  send: 'sent', spend: 'spent', lend: 'lent', leave: 'left', lose: 'lost', feed: 'fed', choose: 'chose',
  begin: 'began', become: 'became', show: 'showed', know: 'knew', draw: 'drew', fly: 'flew',
  stand: 'stood', understand: 'understood', undertake: 'undertook', rebuild: 'rebuilt', rerun: 'reran',
  redo: 'redid', remake: 'remade', withdraw: 'withdrew', tell: 'told', say: 'said', pay: 'paid', lay: 'laid',
  overtake: 'overtook', stick: 'stuck', strike: 'struck', mislead: 'misled',
  work: 'worked', help: 'helped', support: 'supported', assist: 'assisted', handle: 'handled', participate: 'participated', use: 'used', utilize: 'utilized',
};

/**
 * Everyday regular verbs that are not listed as strong but appear after duty phrases
 * ("Responsible for ensuring ...") so their forms are known, and verbs of the trades that the
 * WordNet lexicon lacks ("Prospect small businesses", "Tarp and strap loads", "Suture
 * lacerations"). Double-consonant verbs are avoided here.
 */
const COMMON_REGULAR = `ensure provide conduct perform prepare respond update communicate gather collect compile check follow
  liaise handle create answer assign attend book calculate clean contact convert copy enter file greet help host inform issue load
  log mail match move order pack post print receive record register repair request return schedule scan sort store teach tidy type
  use verify visit want work assist participate utilize utilise support award promote recognize recognise
  select nominate appoint elect invite honor honour rank
  prospect tarp palletize palletise suture caulk grout tow`;

/** Regular past: manage → managed, apply → applied, found → founded. */
export function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

/** Third person: lead → leads, fix → fixes, apply → applies. */
function thirdPerson(base: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

interface Entry {
  base: string;
  past: string;
  third: string;
}

const byCategory: Record<VerbCategory, VerbForms[]> = {} as Record<VerbCategory, VerbForms[]>;
/** Lower-case form → entry; a verb listed in two categories keeps its first. */
const lemmaOf = new Map<string, Entry>();
const pastForms = new Set<string>();
const presentForms = new Set<string>();
const categoryOf = new Map<string, VerbCategory>();

function addLemma(base: string, past: string): Entry {
  const known = lemmaOf.get(base);
  if (known && known.base === base) return known;
  const e: Entry = { base, past, third: thirdPerson(base) };
  lemmaOf.set(base, e);
  lemmaOf.set(e.third, e);
  if (!lemmaOf.has(past) || past === base) lemmaOf.set(past, e);
  presentForms.add(base);
  presentForms.add(e.third);
  pastForms.add(past);
  return e;
}

for (const [category, raw] of Object.entries(RAW) as [VerbCategory, string][]) {
  byCategory[category] = [];
  for (const item of raw.split(/\s+/).filter(Boolean)) {
    const [base, given] = item.split(':');
    const past = given ?? (SAME_FORM.has(base) ? base : regularPast(base));
    const e = addLemma(base, past);
    if (categoryOf.has(base)) continue;
    categoryOf.set(base, category);
    byCategory[category].push({ present: cap(base), past: cap(e.past), third: cap(e.third), category });
  }
}
for (const [base, past] of Object.entries(EXTRA_IRREGULAR)) addLemma(base, past);
for (const base of COMMON_REGULAR.split(/\s+/).filter(Boolean)) addLemma(base, regularPast(base));
for (const w of SAME_FORM) addLemma(w, w);

/** Strong action verbs by category, in the order they are listed (most useful first). */
export const verbsByCategory: Readonly<Record<VerbCategory, readonly VerbForms[]>> = byCategory;

export const verbCategories = Object.keys(RAW) as VerbCategory[];

/** Every strong verb once. */
export const strongVerbs: readonly VerbForms[] = verbCategories.flatMap((c) => byCategory[c]);

/** Keeps the capitalisation pattern of `like`: "LED" → "MANAGED", "Led" → "Managed", "led" → "managed". */
export function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like.charAt(0) === like.charAt(0).toUpperCase() && like.charAt(0) !== like.charAt(0).toLowerCase()) return cap(word);
  return word.toLowerCase();
}

function lookup(word: string): Entry | undefined {
  return lemmaOf.get(word.toLowerCase());
}

/** True when `word` is a known verb's past form ("Led", "Built", and also "Read", "Set", "Cut"). */
export function isPastForm(word: string): boolean {
  return pastForms.has(word.toLowerCase());
}

/** True when `word` is a known verb's present form ("Lead", "Leads", "Build", and also "Read", "Set"). */
export function isPresentForm(word: string): boolean {
  return presentForms.has(word.toLowerCase());
}

/** True for verbs whose past and present are the same word (Read, Set, Cut, Put): tense unknowable. */
export function isSameInBothTenses(word: string): boolean {
  const w = word.toLowerCase();
  return isPastForm(w) && isPresentForm(w);
}

/** The verb's base form in lower case ("led" → "lead", "manages" → "manage"), or undefined when unknown. */
export function lemma(word: string): string | undefined {
  return lookup(word)?.base;
}

/** Past form keeping the word's case: "Lead" → "Led", "Manages" → "Managed", "Cut" → "Cut". Unknown words come back unchanged. */
export function toPast(word: string): string {
  const e = lookup(word);
  return e ? matchCase(e.past, word) : word;
}

/** Present (base) form keeping the word's case: "Led" → "Lead", "Built" → "Build", "Read" → "Read". Unknown words come back unchanged. */
export function toPresent(word: string): string {
  const e = lookup(word);
  return e ? matchCase(e.base, word) : word;
}

/** The category of a strong verb in any form ("Led" → "lead"), or undefined. */
export function categoryOfVerb(word: string): VerbCategory | undefined {
  const e = lookup(word);
  return e ? categoryOf.get(e.base) : undefined;
}

/** True when `word` is one of the strong action verbs in any form. */
export function isStrongVerb(word: string): boolean {
  return categoryOfVerb(word) !== undefined;
}

/** Known verb of any kind (strong, weak or common irregular) in any form. */
export function isKnownVerb(word: string): boolean {
  return lookup(word) !== undefined;
}

/**
 * The verb a job's agent noun is made from: "sorter" → "sort", "preparer" → "prepare", "shopper"
 * → "shop" ("Order Sorter", "Tax Preparer", "Order Picker": titles no list of job words holds).
 * Undefined for a word that is no such noun, or one that names a thing more often than a person.
 */
export function agentNounBase(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!w.endsWith('er') || w.length < 5 || THING_NOUNS.has(w)) return undefined;
  const stem = w.slice(0, -2);
  const candidates = [stem, w.slice(0, -1), stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  return candidates.find((c) => c && c.length >= 3 && lemmaOf.get(c)?.base === c);
}
// -er nouns made from verbs that name things, places or groups: "Apple Computer", "Trade Tower".
const THING_NOUNS = new Set(['computer', 'tower', 'counter', 'container', 'cover', 'filter', 'folder', 'sticker', 'charter', 'register', 'trailer', 'transfer', 'order', 'border', 'shelter', 'answer', 'wonder', 'power', 'water', 'paper', 'matter', 'letter', 'number', 'quarter', 'chamber', 'center', 'corner', 'theater', 'poster', 'planner', 'player', 'printer', 'scanner', 'server', 'speaker', 'sweater', 'tracker', 'browser', 'compiler', 'router', 'adapter', 'holder', 'booster', 'starter', 'cooker', 'washer', 'dryer', 'freezer', 'heater', 'cooler', 'mixer', 'timer', 'locker', 'blender', 'charger', 'drawer', 'roller', 'sharpener', 'opener', 'marker', 'eraser', 'divider', 'binder', 'launcher', 'writer']);

/** Base form of a known verb's -ing form: "managing" → "manage", "running" → "run", "leading" → "lead". */
export function gerundBase(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!w.endsWith('ing') || w.length < 5) return undefined;
  const stem = w.slice(0, -3);
  const candidates = [stem, stem + 'e', stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  return candidates.find((c) => c && lemmaOf.get(c)?.base === c);
}
