// Words of résumé and technology jargon that the English dictionary (dictionary-en, from SCOWL)
// does not know but a résumé uses correctly: "microservices", "onboarding", "observability".
// Lower case; matched case-insensitively. Hyphenated words are checked part by part, so only
// single words are listed.
//
// Provenance: our own list, written for this project: common terms of software, data, product
// and business résumés, kept only where dictionary-en does not already accept them (checked with
// nspell when the list was written). The last lines: trade words of nursing, electrical work,
// retail, design, kitchens, manufacturing and law ("preop", "megger", "replen", "merch",
// "brunoise", "takt", "limine", "hospitalist", "cath", the vet's "shocky", the kitchen's "commis",
// the pharmacist's "immunizer", the designer's "weldment", the Australian and New Zealand "ute", the
// chef's "chef de partie", "crudo", "salsa verde", "bain marie" and "amuse-bouche", the plumber's
// "repipe", the midwife's "dystocia" and "partogram", academia's "practica" (practicum's plural), the ICU's "inotropes", the bartender's "mocktails", the actor's "improv", lean manufacturing's
// "gemba" and "kaizen", the A&E nurse's "resus", the dental assistant's "operatory", the teacher's "stanine", the biologist's "omics",
// and the words of te reo Māori New Zealand résumés use: "reo", "whānau") that the lists
// lack (or hold only as names) and the typo test would take for slips of common words.

export const JARGON: ReadonlySet<string> = new Set(
  `
a11y adtech architected auditability autoscale autoscaler autoscaling backend backends backpropagation barcode barcodes 
bioinformatics biometric biometrics biostatistics bootcamp bootcamps chatbot chatbots codebase codebases 
cofounded cofounder containerized copyedited copyediting copywriting crossfunctional customizable 
customizations cybersecurity dashboarding dataframe dataframes debuggability dedup dedupe deduplicated 
deduplication deprioritized dockerized ecommerce edtech embeddings failover featurization finetune finetuned 
finetuning fintech frontend frontends fullstack gamification gamified geolocation geospatial hackathon 
hackathons healthtech honours hotfix hotfixes hyperparameter hyperparameters i18n ideation idempotency 
influencer influencers inhouse insourcing insurtech kanban l10n latencies laude learnings livestream 
livestreams localisation magna martech mechatronics mentee mentees microfrontend microfrontends microservice 
microservices middleware misconfiguration misconfigurations misconfigured mockup mockups monorepo monorepos 
multicloud namespace namespaces observability offboarded offboarding omnichannel onboarded onboarding 
onboardings oncall opensource operationalize operationalized optoelectronics personalization 
pharmacovigilance photonics postprocessing precompute precomputed precomputes precomputing preprocessing productionize productionized proptech proteomics 
prototyped rearchitected rearchitecture rebranded rebranding regtech replatformed repo repos reprioritized 
repurposing reskilling reusability roadmap roadmaps rollout rollouts runbook runbooks runtimes scalable 
scaleup scaleups serverless sharded sharding signup signups standup standups stateful storyboarding subreddit 
summa telematics testability tokenization tokenized tokenizer toolchain toolchains transcriptomics upsell 
upselling upskill upskilled upskilling uptime vectorization vectorized virtualized walkthrough walkthroughs 
whitepaper whitepapers wireframe wireframes wireframing 
trainings rebalance rebalanced rebalancing ebook ebooks realtime reindex reindexed reindexing backfill backfills backfilled upsert upserts geocoding geocoded eval evals datastore datastores livestreaming multitenant multitenancy webhook webhooks chatops hotfixed failovers autoscaled sandboxed sandboxing timeboxed timeboxing touchpoints touchpoint greenlit offboard roadmapped roadmapping upleveled uplevel dogfooding dogfooded geofencing crowdsourced crowdsourcing
cron crontab lakehouse theming forecasted pre intra tri un subteam subteams substack dropdown dropdowns tooltip tooltips navbar upskilling preprod nonprod hostname hostnames localhost neobank crypto stablecoin tokenomics defi onchain offchain retargeting remarketing geotargeting backlinks backlink listicle listicles microsite microsites subledger subledgers telehealth telemedicine pharma preclinical perioperative skillset skillsets toolset toolsets featureset timebox teardown teardowns healthcheck healthchecks allowlist denylist blocklist autocomplete autocompletion autofill autosave prefetch prefetching lazyload async multithreaded multithreading
surg stockout stockouts
preop postop periop perio medsurg megger ampacity replen merch viz vizzes bono brunoise
takt limine
hospitalist hospitalists practica cath shocky preceptee preceptees extubation dysrhythmia dysrhythmias defib
commis weldment weldments immunizer immunizers immunizing
ute utes
dystocia cardioversion cardiotocography inotrope inotropes partogram kinesio gemba kaizen
reo whānau kaupapa tikanga
partie crudo verde bain marie tournee bouche
repipe repipes repiped repiping
resus operatory operatories stanine stanines
omics omic
mocktail mocktails improv
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Prefixes and combining forms that make new words of listed ones, written solid ("subteams",
 * "re-architected" written as one, "phylogeography", "macrofinance") or set off by a hyphen
 * ("mis-ships", "neuro-imaging"). Word lists do not spell out every such word; a typo rarely leaves
 * both one of these and a listed word (the checker still asks whether a common word with the
 * same prefix is one slip away). Lower case.
 */
export const WORD_PREFIXES: readonly string[] = `
re pre un non co multi sub micro macro auto cross inter intra over under out mis de bi tri semi super
hyper cyber meta geo bio eco e post mid self anti counter up down back uni neo omni poly mono pseudo
quasi socio agro electro thermo hydro photo tele trans ultra infra extra astro cardio chemo cyto ethno
hemo haemo histo immuno myo nano neuro opto osteo paleo palaeo patho pharmaco phylo physio proto
psycho radio retro sino techno
`.trim().split(/\s+/);

/**
 * Real words that, in a résumé, are nearly always a slip of another: "calender" (a pressing
 * machine) for "calendar", "costumer" for "customer", "manger" for "manager". Every list accepts
 * them, so the spelling rule asks this list too. Kept to words whose intended reading in a résumé
 * is not in doubt: no "principle"/"principal" or "affect"/"effect", which are right as often as not.
 * Provenance: our own list, from the misspellings recruiters' guides single out (candidate.so,
 * Indeed's "common résumé typos") that a dictionary cannot catch, and variants the word lists accept
 * ("programing", "meterological") that no style guide does.
 */
export const RESUME_SLIPS: ReadonlyMap<string, string> = new Map([
  ['calender', 'calendar'],
  ['calenders', 'calendars'],
  ['costumer', 'customer'],
  ['costumers', 'customers'],
  ['manger', 'manager'],
  ['mangers', 'managers'],
  ['manged', 'managed'],
  ['pubic', 'public'],
  ['defiantly', 'definitely'],
  // Variants some lists keep that a recruiter reads as a slip.
  ['programing', 'programming'],
  ['programed', 'programmed'],
  ['programer', 'programmer'],
  ['programers', 'programmers'],
  ['meterological', 'meteorological'],
]);

/** The key lengths and first letters of RESUME_SLIPS, so most words are told apart without a lower-case copy and a lookup. */
const SLIP_MIN = Math.min(...[...RESUME_SLIPS.keys()].map((k) => k.length));
const SLIP_MAX = Math.max(...[...RESUME_SLIPS.keys()].map((k) => k.length));
const SLIP_FIRST = new Set([...RESUME_SLIPS.keys()].map((k) => k.charCodeAt(0)));

/** RESUME_SLIPS' word for `word` in any letter case ("Calender" -> "calendar"), or undefined. */
export function resumeSlip(word: string): string | undefined {
  // (| 0x20 lower-cases an ASCII capital; the keys are lower-case ASCII, so no other word can be one.)
  if (word.length < SLIP_MIN || word.length > SLIP_MAX || !SLIP_FIRST.has(word.charCodeAt(0) | 0x20)) return undefined;
  return RESUME_SLIPS.get(word.toLowerCase());
}

/** Where a slip's word is meant after all: the kitchen's "garde manger" station. */
export const SLIP_RIGHT_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['manger', /\bgarde[\s-]+$/i],
  ['mangers', /\bgarde[\s-]+$/i],
]);

/**
 * Degrees abbreviated in their own mixed case ("MArch", "MSc", "PharmD"), which the lists hold only as
 * other words ("March") or not at all. Provenance: our own list, from the degree names of UK, US,
 * Australian and New Zealand universities.
 */
export const DEGREE_ABBREVIATIONS: readonly string[] = `
MArch BArch MEng BEng MSc BSc MPhil DPhil MEd BEd MRes MBiol MChem MPhys MMath MPharm BPharm PharmD EdD PsyD DMin
ThM MMus BMus MSt BPhil BVSc BVetMed BVMS MSocSci BSocSci MLitt DLitt MDes BDes MPlan MArt MEnv BCom MCom BEc BAppSc
`
  .split(/\s+/)
  .filter(Boolean);


/**
 * The generic words of organisations' and schools' names ("Rochester Institute of Technology",
 * "Department of Health"): a word one letter from one of these in an employer's or a school's name
 * is a slip ("Insitute", "Univeristy"), though the name's other words are the owner's to spell.
 * Our own list, from the names of employers and schools in the corpora. (Not "national": Spanish and
 * Portuguese write "Nacional", a letter off.)
 */
export const ORGANISATION_WORDS: readonly string[] = `
university institute college school academy polytechnic department association hospital
foundation society community technology technologies engineering management services corporation company centre
center laboratory laboratories research sciences science education council federation ministry government medical
health county district regional authority agency commission consulting solutions systems industries group
incorporated limited partners associates enterprises clinic church museum library federal state public private
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * The words posts are named with: in an entry's title such a word one letter off is a slip
 * ("Graduate Resarcher", "Project Cordinator"), though the title's other words may be names.
 * Our own list, from the titles of the corpora's roles.
 */
export const POST_WORDS: readonly string[] = `
researcher assistant associate coordinator consultant specialist technician administrator representative
supervisor director manager analyst developer designer engineer scientist instructor lecturer professor
therapist accountant receptionist internship volunteer officer executive president principal teacher
nurse pharmacist physician counselor counsellor advisor adviser postdoctoral graduate undergraduate student
leader mentor operator mechanic electrician apprentice trainee editor writer reporter journalist
photographer programmer architect auditor cashier bartender librarian curator paralegal attorney secretary
treasurer coach trainer planner strategist recruiter merchandiser inspector surveyor estimator dispatcher
caregiver lead senior junior chief head
`
  .split(/\s+/)
  .filter(Boolean);
