// tense: bullets of a role that ended should open in the past tense ("Led"), bullets of the
// current role in the present ("Lead"). The role's tense comes from its dates; no dates, no check.
import { defineRule, type Report, type Severity } from '../rule';
import type { Bullet, Entry, Section, Span } from '../model';
import { bulletsOf, checkBullet, type LintAnalysis } from '../analysis';
import { categoryOfVerb, gerundBase, isPastForm, isPresentForm, isSameInBothTenses, lemma, matchCase, toPast, toPresent } from '../data/verbs';
import { weakPhrases } from '../data/weak-phrases';
import { isOpeningAdverb, openingVerbWords, openingWords, roleTense, sentencesOf, type OpeningWord, type RoleTense } from '../text/role-tense';
import { isLexPast, presentReading, readVerb } from '../text/verb-lexicon';
import { describeRange, type TodayLike } from '../dates-math';
import { weakPhraseAt } from '../text/weak-openers';
import { lettersOnly, words } from '../text/words';
import { countLanguage, notEnglish } from '../text/language';

type Options = Record<string, unknown> & { currentRole: boolean };

/**
 * Verbs that are also everyday nouns of résumés and of the trade ("Lead engineer for…", "Design
 * system work", "Build pipeline", "Test automation framework"): read as verbs only when what
 * follows is an object (the, a, our, a number, a plural, an activity such as "design for X").
 */
const NOUN_TOO = new Set(
  `lead design test support research review report model code release plan budget track profile document draft structure schedule map
  survey benchmark audit edit brief process program champion chair captain head coach guide mentor partner answer hire recruit author
  architect engineer prototype craft launch ship boost scale upgrade double triple speed fix tune monitor pitch lecture present train
  deploy control rollout roll interview award land close sell win drive run own set found build prospect delegate`.split(/\s+/),
);
/**
 * Verbs that open a request or a pointer, not a duty done: "Please provide details of …", "See the
 * blog"; and those that say what the role was made of ("Includes working with external evaluators",
 * "Involves travel to 4 sites", "Requires a clearance"): a description of the post, not an act of
 * the person's whose tense could be wrong.
 */
const NOT_A_DUTY = new Set(['please', 'see', 'include', 'involve', 'entail', 'require', 'comprise', 'encompass']);
const OBJECT_START = /^(?:the|a|an|our|my|their|its|his|her|your|all|every|each|both|multiple|several|various|numerous|many|new|this|these|those|such|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*[%+kKmMxX]?)$/;
const PREPOSITION = /^(?:for|of|on|in|at|to|from|by|with|about|across|into|within|under|over|via|per|as|through|between|among|around|toward|towards|without|including|behind|beyond|during|inside|outside|upon|versus|vs)$/;
/** Words after which the opener is a subject, not a verb: "Research is…", "Services include…". */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|did|do|been|being|include|includes)$/;
/** Auxiliaries and copulas: "I am", "I have worked" are not present-tense accounts of the work. */
const AUXILIARY = /^(?:am|is|are|be|have|has|do|does|can|will|shall|may|must|need|want|hope|like|love|enjoy|believe|think|feel)$/;
/** People and roles: "Lead developer", "Support engineer", "Research assistant" are noun phrases. */
const ROLE_NOUN = /^(?:developer|engineer|manager|lead|architect|designer|analyst|consultant|intern|assistant|specialist|officer|director|head|member|administrator|programmer|scientist|researcher|technician|coordinator|representative|associate|owner|advisor|adviser|writer|editor|tester|role|position|contact|liaison|partner|generalist|strategist|expert|advocate|champion|mentor|instructor|trainer|coach|user|resource|auditor|investigator|negotiator|organi[sz]er|facilitator|planner|author|reviewer)$/;
const TITLE_CASED = /^\p{Lu}\p{Ll}/u;
const FREQUENCY_ADVERB = /^(?:daily|weekly|monthly|quarterly|yearly|annually|hourly|nightly|biweekly|regularly|frequently|routinely)$/;
/** "Lead functional resource", "Lead technical writer": an adjective before a role's word. */
const ADJECTIVE_END = /(?:al|ive|ic|ary|ory)$/;
/** Whether a noun-or-verb opening is followed by an adjective (`t1`) and a role's word: a role named, no verb ("Lead functional resource"). */
const adjectiveThenRole = (base: string, t1: string, n2: OpeningWord | undefined) =>
  NOUN_TOO.has(base) && !!n2 && BLANKS_ONLY.test(n2.gap) && ADJECTIVE_END.test(t1) && ROLE_NOUN.test(n2.text.toLowerCase());
/**
 * "Lead technical vision & strategy", "Build financial models": an adjective, then an activity or a
 * plural, after a noun-or-verb opening is its object (a role's word there makes a title: adjectiveThenRole).
 */
const adjectiveThenActivity = (t1: string, n2: OpeningWord | undefined): boolean => {
  if (!n2 || !BLANKS_ONLY.test(n2.gap) || !ADJECTIVE_END.test(t1)) return false;
  const t2 = n2.text.toLowerCase();
  return !ROLE_NOUN.test(t2) && (ACTIVITY_SUFFIX.test(t2) || ACTIVITY.test(t2) || isPlural(t2));
};
/** Activities and fields that follow a verb as its object without an article: "Lead design for X", "Drive adoption". */
const ACTIVITY_SUFFIX = /(?:tion|sion|ment|ance|ence|ancy|ency|ing|ure|ship|ity|ness|ogy|ics|ism|age|sis|ery)$/;
const ACTIVITY = /^(?:research|work|strategy|data|software|hardware|content|security|code|quality|innovation|design|support|delivery|growth|compliance|operations|ops|infrastructure|architecture|analysis|discovery)$/;

/** Lemmas of weak-verb's phrases: in a current role weak-verb's rewrite fixes their tense too. */
const WEAK_LEMMAS = new Set(weakPhrases.filter((p) => p.words[0].startsWith('~')).map((p) => p.words[0].slice(1)));

/**
 * Openings weak-verb rewrites in the role's tense ("Help build", "Work on"): reporting their tense
 * too would be noise. "Handle" is only a judgment call there, so its tense is reported here.
 */
function weakVerbsJob(ws: readonly OpeningWord[], k: number): boolean {
  const m = weakPhraseAt(ws.slice(k));
  return !!m && m.phrase.words[0] !== '~handle';
}
/** Entries whose tense is a role's: projects, degrees and awards read fine either way. */
const ROLE_KINDS = new Set<Entry['kind']>(['work', 'volunteer']);

export default defineRule<Options>({
  id: 'tense',
  description: 'Bullets of a past role in the present tense, or of the current role in the past tense.',
  defaultSeverity: 'warning',
  options: {
    currentRole: {
      type: 'boolean',
      description: 'Also hint at a past-tense bullet in the current role where its other bullets open in the present (finished projects in a current role may stay in the past tense).',
      default: true,
    },
  },
  docs: {
    why:
      'Tense tells a recruiter what you did and what you still do. A role that has ended reads in the past tense ' +
      '("Led", "Built"); your current role reads in the present ("Lead", "Build"). A present-tense bullet under an ' +
      'old role looks careless, and keyword matching in applicant tracking systems can depend on the exact form. ' +
      'The rule reads the role\'s dates: past when it has an end date, current when it ends "Present" (or later ' +
      'than today); roles without dates, projects and degrees are left alone. Every sentence of a bullet or role ' +
      'description is read, also after an opening adverb ("Frequently review…") or "I" ("I write…"), and a word ' +
      'that is a noun as often as a verb is judged by what follows: "Lead design for X" is a verb, "Lead developer ' +
      'on X" a noun phrase. An ended role\'s bullet that opens with an -ing form ' +
      '("Managing a team of 6") reads as ongoing and is reported too (as a bullet\'s opening: after a label or another sentence it names a duty). Verbs whose past and present are spelled the same (Read, ' +
      'Set, Cut, Put) are never reported. Finished projects inside a current role may fairly stay in the past ' +
      'tense, so that case is only a hint, given once per role, on its first past-tense bullet, and only where the ' +
      'role\'s other bullets open in the present: a current role told all in the past is finished work, left alone.',
    sources: [
      'totalresumes.com.au, "Explaining resume tense": present tense for activities you currently perform, past tense for past activities',
      'womensjoblist.com, "Writing a résumé: be in tense"',
      'mammags.co.za, "Should resumes be written in past tense?": completed work inside the current role may be past tense',
      'Jobscan FAQ: verb tense matters for keyword matching',
    ],
    examples: [
      { bad: '### Engineer, Acme (2018-03 – 2021-06)\n- Lead the migration of 40 services to Kubernetes', good: '### Engineer, Acme (2018-03 – 2021-06)\n- Led the migration of 40 services to Kubernetes' },
      { bad: '### Engineer, Initech (2021-07 – present)\n- Managed a team of 6', good: '### Engineer, Initech (2021-07 – present)\n- Manage a team of 6' },
    ],
  },
  check(ctx) {
    let datesOf: Entry | undefined;
    let dates = '';
    let sureOf: Entry | undefined;
    let sure = false;
    let parallel = false;
    let pastBeside = false;
    let contextOf: Entry | undefined;
    let context = '';
    let hintOf: Entry | undefined;
    let firstPast: Bullet | undefined;
    // Each entry's place in its section, made once a section (indexOf per entry cost the square of a
    // section's roles).
    let indexedSection: Section | undefined;
    let entryIndex: Map<Entry, number> | undefined;
    for (let ix = 0, ixs = bulletsOf(ctx); ix < ixs.length; ix++) {
      const { bullet, entry, section } = ixs[ix];
      if (!ROLE_KINDS.has(entry.kind)) continue;
      const tense = roleTense(entry, ctx.today);
      if (tense === 'unknown' || (tense === 'present' && !ctx.options.currentRole)) continue;
      if (sureOf !== entry) {
        sureOf = entry;
        if (tense === 'past' && indexedSection !== section) {
          indexedSection = section;
          entryIndex = new Map(section.entries.map((e, k) => [e, k]));
        }
        sure = tenseIsSure(entry, tense, ctx.analysis) && !(tense === 'past' && underCurrentTitle(section.entries[(entryIndex!.get(entry) ?? 0) - 1], entry, ctx.today));
        parallel = opensWithVerbs(entry, ctx.analysis);
        pastBeside = tense === 'past' && entry.bullets.some((b) => opensFinite(b, ctx.analysis));
      }
      if (!sure) continue;
      // A current role's past-tense openers: one hint, on the first (the rest of its bullets are
      // the same note, and finished projects may fairly stay in the past).
      if (hintOf !== entry) {
        hintOf = entry;
        // (Only where the role's other bullets open in the present, a tense the writer keeps for it:
        // a current role told all in the past, "Built …", "Hired …", is finished work, fairly so.)
        firstPast = tense === 'present' && entry.bullets.some(opensPresent) ? entry.bullets.find((b) => (openingKind(b, ctx.analysis) & OPENS_PAST) !== 0 && !MEASURED.test(b.text)) : undefined;
      }
      if (tense === 'present' && bullet !== firstPast) continue;
      if (datesOf !== entry) {
        datesOf = entry;
        // In YAML the range text is one field ("2021-03" for a JSON Resume role with no endDate),
        // which would not say "current" to the reader: show it as "Mar 2021 – Present" there.
        dates = !entry.dates ? '' : ctx.resume.format === 'markdown' || ctx.resume.format === 'text' ? entry.dates.text : describeRange(entry.dates);
      }
      // (One context string per role, not one built per bullet.)
      if (contextOf !== entry) {
        contextOf = entry;
        context = `${tense} ${dates}${parallel ? ' parallel' : ''}${pastBeside ? ' past-beside' : ''}`;
      }
      // Reads only the bullet, the role's tense and the dates it quotes: unchanged bullets replay.
      checkBullet(ctx, bullet, context, (report) => {
        // ("Analyse du coût des sinistres : …": a bullet in another language opens with no English
        // verb. Asked only of a bullet about to be reported: most are not, and its words cost.)
        const english = englishOnly(bullet.text, report);
        for (const s of sentencesOf(bullet)) checkOpening(s, s === bullet, tense, dates, english, parallel, ctx.beyondCap, pastBeside);
      });
    }
    // Role descriptions (JSON Resume work[].summary, RenderCV entry summaries): every sentence.
    for (let ix = 0; ix < ctx.resume.sections.length; ix++)
      for (let iy = 0, section = ctx.resume.sections[ix]; iy < section.entries.length; iy++) {
        const entry = section.entries[iy];
        const d = entry.description;
        if (!d || !ROLE_KINDS.has(entry.kind)) continue;
        const tense = roleTense(entry, ctx.today);
        if (tense !== 'past' || !tenseIsSure(entry, tense, ctx.analysis)) continue;
        const dates = !entry.dates ? '' : ctx.resume.format === 'markdown' || ctx.resume.format === 'text' ? entry.dates.text : describeRange(entry.dates);
        checkBullet(ctx, d, `description ${tense} ${dates}`, (report) => {
          const english = englishOnly(d.text, report);
          for (const s of sentencesOf(d)) checkOpening(s, false, tense, dates, english, false, ctx.beyondCap);
        });
      }
  },
});

/**
 * `report`, passing on nothing when `text` is written in another language: three of its small
 * words or more are another language's, more than are English's (told once, at the first report).
 */
function englishOnly(text: string, report: (r: Report) => void): (r: Report) => void {
  let other: boolean | undefined;
  return (r) => {
    other ??= notEnglish(countLanguage(words(text)), 3);
    if (!other) report(r);
  };
}

/**
 * Whether the role's bullets are written in parallel, each opening with a verb: at least two of them
 * open with a word that can only be a verb ("Performed", "Trained", "Translate"), and they are
 * half of its bullets at least. Then a bullet opening with a word that is a noun as often as
 * a verb ("Work in a busy clinic", "Post daily payments") opens with the verb too.
 */
function opensWithVerbs(entry: Entry, analysis: LintAnalysis | undefined): boolean {
  if (entry.bullets.length < 3) return false;
  let verbs = 0;
  for (const b of entry.bullets) if (openingKind(b, analysis) & OPENS_VERB) verbs++;
  return verbs >= 2 && verbs * 2 >= entry.bullets.length;
}

/** openingKind's bits: the bullet opens with a past form that is no present form (onlyPast), or with a word that is mostly a verb. */
export const OPENS_PAST = 1;
export const OPENS_VERB = 2;

const ING_END = /ing$/i;
/** Whether a bullet opens on a verb in the past, or on a word that is mostly a verb and no -ing form ("Built …", "Assist …"). */
function opensFinite(b: Bullet, analysis: LintAnalysis | undefined): boolean {
  const k = openingKind(b, analysis);
  if (k & OPENS_PAST) return true;
  if (!(k & OPENS_VERB)) return false;
  const w = openingWord(b);
  return !!w && !ING_END.test(w);
}

/** Whether a bullet opens on a verb's present form ("Plan and run …", "Manage …"), a noun too or not. */
function opensPresent(b: Bullet): boolean {
  const w = openingWord(b);
  return !!w && isPresentForm(w) && !isPastForm(w) && !!lemma(w);
}

/** What a bullet opens with, as opensWithVerbs and tenseIsSure read it (a function of its text alone). */
export function openingKindOf(b: Bullet): number {
  const w = openingWord(b);
  if (!w) return 0;
  if (onlyPast(w)) return OPENS_PAST | OPENS_VERB;
  // (An -ing form of such a verb opens with a verb too: "Providing clinical intake services" among
  // "Maintain …", "Conduct …" is the same parallel list.)
  return readVerb(w).some((r) => r.verb.share >= 0.85 && !NOUN_TOO.has(r.verb.base)) ? OPENS_VERB : 0;
}

/**
 * openingKindOf, kept on the bullet's piece record: every role's verdicts read every bullet on
 * every lint, also when the bullets' own checks are replayed (a re-lint of an unchanged résumé).
 */
function openingKind(b: Bullet, analysis: LintAnalysis | undefined): number {
  if (!analysis) return openingKindOf(b);
  const r = analysis.bulletRecord(b);
  return (r.tenseOpening ??= openingKindOf(b));
}

/**
 * A role with one past date ("Summer 2022") has ended; but "2016 / 09 - University of Bremen" is
 * the same line whether the dash opens a range or parts the date from the employer. Its present
 * openers are slips only when the role's other bullets say the author writes it in the past.
 */
/**
 * "Lead Product Designer | 2025-Present" over "Senior Experience Designer | July 2021-July 2025" and
 * one list of bullets: the current title's line, with no bullets of its own, heads the same work; the
 * bullets are told of the role that goes on, so an ended role's tense is not theirs to keep.
 */
function underCurrentTitle(prev: Entry | undefined, entry: Entry, today: TodayLike): boolean {
  if (!prev || prev.bullets.length || prev.description || roleTense(prev, today) !== 'present') return false;
  // (The same employer, or none named on the ended title's line: the employer's line is above both.)
  return !entry.organisation || prev.organisation?.value === entry.organisation.value;
}

function tenseIsSure(entry: Entry, tense: RoleTense, analysis: LintAnalysis | undefined): boolean {
  if (tense !== 'past' || entry.dates?.end) return true;
  return entry.bullets.some((b) => (openingKind(b, analysis) & OPENS_PAST) !== 0);
}

/** The word a bullet opens with (after adverbs), when it is letters only. */
function openingWord(b: Bullet): string | undefined {
  const w = openingVerbWords(b, 1)[0];
  return w && lettersOnly(w.text) ? w.text : undefined;
}

/** A past form that is no present form too ("Led", "Trained"; not "Read", "Set"). */
function onlyPast(w: string): boolean {
  return (isPastForm(w) || isLexPast(w)) && !isSameInBothTenses(w);
}

const NAME_JOINER = /^(?:of|and|the|for|at|in|de|&)$/;

/** Three to eight words, each capitalised but the joining words of a name ("Mars Hill Bible School"). */
function allCapitalised(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 3 && words.length <= 8 && words.every((w) => TITLE_CASED.test(w) || NAME_JOINER.test(w)) && TITLE_CASED.test(words[words.length - 1]);
}

/** What checkOpening judges of a sentence's opening. */
interface Opener {
  w?: OpeningWord;
  /** After an adverb or "I", the word is a verb whatever else it could be. */
  certain: boolean;
  afterI: boolean;
  s: Bullet;
  /** w's index in `ws`. */
  k: number;
  /** The opening words w is one of, once read (see wordsOf). */
  ws?: OpeningWord[];
  /** What follows w, and whether weak-verb rewrites the opening: found when first asked. */
  next?: OpeningWord[];
  weak?: boolean;
}

const BLANKS_ONLY = /^[ \t]+$/;

/**
 * The opener to judge: skips leading adverbs (done by openingVerbWords) and a subject "I" with its
 * own adverbs. Only "I" needs the longer opening at once; otherwise what follows the word is read
 * when a check asks for it (nextOf, weakOf): most openers (a past verb in an ended role) are
 * settled by the word alone.
 */
function opener(s: Bullet): Opener {
  const head = openingVerbWords(s, 2);
  const first = openingWords(s, 1)[0];
  if (!head[0] || head[0].text !== 'I') return { w: head[0], certain: !!first && !!head[0] && first.start !== head[0].start, afterI: false, s, k: 0 };
  // After "I" a few more words may be adverbs: seven words read ("I also successfully led").
  const ws = openingVerbWords(s, 7);
  let k = 0;
  let afterI = false;
  let certain = !!first && first.start !== ws[0].start; // after an adverb a verb is a verb
  if (ws[1] && BLANKS_ONLY.test(ws[1].gap)) {
    k = 1;
    while (k < ws.length - 1 && isOpeningAdverb(ws[k].text) && BLANKS_ONLY.test(ws[k + 1].gap)) k++;
    certain = afterI = true;
  }
  return { w: ws[k], certain, afterI, s, k, ws };
}

/**
 * The opening words w is one of. Three words decide most openings; after "I" a few more may be
 * adverbs. Five: "Answer drug information questions" is a verb by its object's plural three
 * words on; eight: "Sell home, auto, umbrella and flood policies", by its plural after a list.
 */
function wordsOf(o: Opener): OpeningWord[] {
  return (o.ws ??= openingVerbWords(o.s, 8));
}

/** The words after the opener. */
function nextOf(o: Opener): OpeningWord[] {
  return (o.next ??= wordsOf(o).slice(o.k + 1));
}

/** Whether weak-verb rewrites this opening (and so its tense): not asked after "I". */
function weakOf(o: Opener): boolean {
  return (o.weak ??= !o.afterI && weakVerbsJob(wordsOf(o), o.k));
}

const PLURAL_SHAPE = /^\p{Ll}[\p{Ll}-]*[^su']s$/u;

/** A word that reads as a plural noun: "projects", "features", "children" (not "process", "status", "analysis"). */
function isPlural(w: string): boolean {
  return (PLURAL_SHAPE.test(w) && w.length > 3) || IRREGULAR_PLURAL.has(w);
}
// ("Support children with additional needs": people a verb serves, plural without an s. Not "staff",
// which a role's noun takes before it: "Support staff".)
const IRREGULAR_PLURAL = new Set(['children', 'people', 'men', 'women', 'alumni', 'criteria', 'teeth', 'feet', 'cattle', 'livestock']);

const MARKUP_BREAK = /^[*_`~]*[ \t\r\n]+[*_`~]*$/;
const BLANK_LINE = /\n\s*\n/;
const COMMA_ONLY = /^\s*,\s*$/;
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether a present-form opener is the verb of the sentence rather than a noun ("Lead design for
 * X" vs "Lead developer on X"), from how often the word is a verb and what follows it.
 */
function readsAsVerb(base: string, share: number, next: OpeningWord[], third = false): boolean {
  const n1 = next[0];
  if (!n1 || !MARKUP_BREAK.test(n1.gap) || BLANK_LINE.test(n1.gap)) {
    // "Design, build and ship…": a comma list of verbs.
    if (n1 && COMMA_ONLY.test(n1.gap) && presentReading(n1.text)?.form === 'base' && LOWER_START.test(n1.text)) return share >= 0.5 || (readVerb(n1.text).some((r) => r.form === 'base' && r.verb.share >= 0.85) && plainVerbAfterJoin(next.slice(1)));
    return false;
  }
  const t1 = n1.text.toLowerCase();
  const n2 = next[1];
  if (OBJECT_START.test(t1)) return true;
  // "Report monthly to the CFO", "Work daily with sales": an adverb of how often, then a preposition
  // or an object, comes after a verb.
  if (FREQUENCY_ADVERB.test(t1) && n2 && BLANKS_ONLY.test(n2.gap) && (PREPOSITION.test(n2.text.toLowerCase()) || OBJECT_START.test(n2.text.toLowerCase()))) return share >= 0.3;
  if (joinedToNounOf(next)) return false;
  if ((t1 === 'and' || t1 === 'or' || t1 === '&') && n2 && presentReading(n2.text)) return share >= 0.3 || readVerb(n2.text).some((r) => r.verb.share >= 0.85);
  // ("Load and unloaded trailers": joined to a verb in the past, however the writer slipped, the word is a verb.)
  if (CONJUNCTION.test(t1) && n2 && BLANKS_ONLY.test(n2.gap) && LOWER_START.test(n2.text) && (isPastForm(n2.text) || isLexPast(n2.text)) && share >= 0.3) return true;
  // ("Load trailers and scan in boxes": an object, then "and" and a plain verb going on to its own
  // preposition or object, is a list of things done; its first word is a verb too.)
  if (share >= 0.3 && isPlural(t1) && coordinatedVerb(next.slice(1))) return true;
  const nounToo = NOUN_TOO.has(base);
  if (FINITE.test(t1)) return false;
  // "Research conducted by…" is a noun and its verb; "Manage ventilated patients": a verb that is
  // seldom a noun, before a participle used as an adjective.
  if (isPastForm(t1) || isLexPast(t1)) return share >= 0.85 && !nounToo && !!n2 && BLANKS_ONLY.test(n2.gap) && isPlural(n2.text.toLowerCase());
  // "Host of a monthly meetup", "Head of Data": a word right before "of" is its noun.
  if (t1 === 'of') return false;
  // "Support for X", "Research on Y" are nouns; "Serve as", "Liaise with" verbs. ("Focuses on
  // numerical modelling": a third-person -s before a preposition is a verb, however often a noun.)
  if (PREPOSITION.test(t1)) return (share >= 0.85 && !nounToo) || (third && share >= 0.3);
  // ("Answer member calls about…": a role's word as a modifier of a plural object is no noun phrase.)
  // ("Perform user research": a word that is seldom a noun before a role's word used as a modifier is a verb.)
  // ("Electrical Engineer, Robe Valley Mine; Project Engineer, Rio Tinto": the role's word capitalised
  // after it, the two are a job's title.)
  if (ROLE_NOUN.test(t1) && TITLE_CASED.test(n1.text)) return false;
  if (ROLE_NOUN.test(t1)) return (share >= 0.85 && !nounToo) || (share >= 0.5 && pluralObject(next));
  // ("Lead functional resource for global ERP": the role's word after an adjective.)
  if (adjectiveThenRole(base, t1, n2)) return false;
  if (share >= 0.85) {
    if (!nounToo) return true;
    return isPlural(t1) || ACTIVITY_SUFFIX.test(t1) || ACTIVITY.test(t1) || (!!n2 && n2.text.toLowerCase() === 'of' && BLANKS_ONLY.test(n2.gap)) || pluralObject(next) || adjectiveThenActivity(t1, n2);
  }
  if (share >= 0.5 && nounToo && adjectiveThenActivity(t1, n2)) return true;
  if (share >= 0.5) return isPlural(t1) || pluralObject(next) || !!seriesVerbs(next);
  return !!seriesVerbs(next);
}

/** "and scan in …", "and ship the …": a conjunction, a plain verb that is mostly a verb, then a preposition or an object. */
function coordinatedVerb(ws: OpeningWord[]): boolean {
  const [and, v, after] = ws;
  if (!and || !v || !after || !CONJUNCTION.test(and.text) || !BLANKS_ONLY.test(and.gap) || !BLANKS_ONLY.test(v.gap) || !BLANKS_ONLY.test(after.gap) || !LOWER_ONLY.test(v.text)) return false;
  if (presentReading(v.text)?.form !== 'base' || !readVerb(v.text).some((r) => r.form === 'base' && r.verb.share >= 0.8)) return false;
  const a = after.text.toLowerCase();
  return PREPOSITION.test(a) || OBJECT_START.test(a);
}

/**
 * In a role whose other bullets open with verbs, a word that is often enough a verb opens with
 * one too ("Work in a fast-paced clinic", "Dial in the espresso", "Post daily payments"), unless
 * what follows makes it a noun: a finite verb ("Work was…"), "of", a role ("Lead developer on…"),
 * a participle, or a preposition after a word that is an everyday noun of résumés ("Support for…").
 */
function verbInParallel(base: string, share: number, next: OpeningWord[]): boolean {
  const n1 = next[0];
  if (share < 0.3 || !n1 || !BLANKS_ONLY.test(n1.gap)) return false;
  const t1 = n1.text.toLowerCase();
  if (!LOWER_START.test(n1.text) || FINITE.test(t1) || t1 === 'of' || ROLE_NOUN.test(t1) || isPastForm(t1) || isLexPast(t1)) return false;
  if (joinedToNounOf(next)) return false;
  if (adjectiveThenRole(base, t1, next[1])) return false;
  return !(NOUN_TOO.has(base) && PREPOSITION.test(t1));
}

/** "… and development of …": the opener joined by "and" to an activity's noun that takes "of" is a noun too ("Design and development of new features"). */
function joinedToNounOf(next: OpeningWord[]): boolean {
  const [and, noun, of] = next;
  return !!and && !!noun && !!of && CONJUNCTION.test(and.text.toLowerCase()) && BLANKS_ONLY.test(noun.gap) && ACTIVITY_SUFFIX.test(noun.text.toLowerCase()) && !presentReading(noun.text) && of.text.toLowerCase() === 'of' && BLANKS_ONLY.test(of.gap);
}

/**
 * "…, or stock supplies": after a comma list's second word, mostly a verb ("receive"), a conjunction
 * (an Oxford comma before it or not) and a third word in a verb's plain form. Three verbs in a row
 * make the list's first word a verb too, however often it is a noun ("Order, receive, or stock").
 */
function plainVerbAfterJoin(ws: OpeningWord[]): boolean {
  const [and, v] = ws;
  if (!and || !v || !CONJUNCTION.test(and.text.toLowerCase()) || !(BLANKS_ONLY.test(and.gap) || COMMA_ONLY.test(and.gap)) || !BLANKS_ONLY.test(v.gap) || !LOWER_ONLY.test(v.text)) return false;
  return presentReading(v.text)?.form === 'base';
}

const LOWER_ONLY = /^\p{Ll}+$/u;
const CONJUNCTION = /^(?:and|or|&)$/;

/**
 * "Pull wire, terminate and label feeders": verbs in their plain form after a comma and joined by
 * "and" say the sentence is a list of things done, so its first word is a verb too. The series'
 * other two verbs ("terminate", "label"), or undefined.
 */
function seriesVerbs(next: OpeningWord[]): [OpeningWord, OpeningWord] | undefined {
  for (let k = 1; k + 2 < next.length; k++) {
    if (!COMMA_ONLY.test(next[k].gap)) continue;
    const [v1, and, v2] = [next[k], next[k + 1], next[k + 2]];
    const plain = (w: OpeningWord) => LOWER_ONLY.test(w.text) && presentReading(w.text)?.form === 'base' && readVerb(w.text).some((r) => r.form === 'base' && r.verb.share >= 0.5);
    return plain(v1) && CONJUNCTION.test(and.text) && BLANKS_ONLY.test(and.gap) && BLANKS_ONLY.test(v2.gap) && plain(v2) ? [v1, v2] : undefined;
  }
  return undefined;
}

const HYPHENATED_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

/**
 * "Answer drug information questions", "Process travel vouchers", "Support project managers": a
 * plural noun two or three words on, with only its modifiers between, is the verb's object; unless
 * a verb follows it ("Process improvement projects saved $2M": the words were the subject).
 */
function pluralObject(next: OpeningWord[]): boolean {
  // ("Sell home, auto, umbrella and flood policies": a list of the object's modifiers counts too.)
  let listed = false;
  for (let k = 1; k < Math.min(listed ? 7 : 3, next.length); k++) {
    const w = next[k];
    const t = w.text.toLowerCase();
    const comma = COMMA_ONLY.test(w.gap);
    if (!BLANKS_ONLY.test(w.gap) && !comma) return false;
    if (comma || CONJUNCTION.test(t)) {
      if (!next[k + 1]) return false;
      listed = true;
      if (!comma) continue;
    }
    if (!HYPHENATED_WORD.test(t) || PREPOSITION.test(t) || FINITE.test(t) || CONJUNCTION.test(t) || isPastForm(t) || isLexPast(t)) return false;
    if (isPlural(t)) {
      const after = next[k + 1];
      // After a list, the plural must end it ("… and flood policies to walk-in leads"; in "Design
      // system, component library and docs site" it is a modifier).
      if (listed) return !after || !BLANKS_ONLY.test(after.gap) || PREPOSITION.test(after.text.toLowerCase());
      return !after || !BLANKS_ONLY.test(after.gap) || !(FINITE.test(after.text.toLowerCase()) || isPastForm(after.text.toLowerCase()) || isLexPast(after.text.toLowerCase()));
    }
  }
  return false;
}

const MARKUP_SPACE = /^[*_`~]*\s+[*_`~]*$/;
const CO_PREFIX = /^([Cc]o-)(\p{L}{3,})$/u;
const COLON_START = /^\s*:/;
const DIGIT_START = /^\d/;
const CONJUNCTION_ANY_CASE = /^(?:and|or|&)$/i;

/** `beyond`: RuleContext.beyondCap (a finding it counts is not built). */
/** `pastBeside`: a bullet of the role opens on a verb that is no -ing form (an -ing opener is reported only then). */
function checkOpening(s: Bullet, bulletStart: boolean, tense: RoleTense, dates: string, report: (r: Report) => void, parallel = false, beyond?: (span: Span, severity?: Severity) => boolean, pastBeside = false): void {
  const o = opener(s);
  const { certain, afterI } = o;
  // "Co-lead weekly groups", "Co-founded the lab": the verb after "co-" carries the tense (its fix keeps the prefix).
  const co = o.w ? CO_PREFIX.exec(o.w.text) : null;
  const w = co && o.w ? { ...o.w, text: co[2], span: { start: o.w.span.start + co[1].length, end: o.w.span.end } } : o.w;
  if (!w || !lettersOnly(w.text)) return;
  if (tense === 'present') {
    // Current roles: a past-tense bullet opener is a hint (finished projects may stay in the past),
    // unless it is weak: weak-verb's rewrite is in the present already where the role is current.
    // (Most openers of a current role are in the present: the weak-phrase test is asked last.)
    // ("Reduced unplanned downtime by 18 %", "Raised attainment from 61% to 78%": a finished
    // achievement with its measured result stays in the past, as recruiters' guides say.)
    if (bulletStart && !afterI && pastInCurrent(w) && !weakOf(o) && !MEASURED.test(s.text) && !beyond?.(w.span, 'hint')) reportCurrent(w, dates, report);
    return;
  }
  const gerund = gerundBase(w.text) ?? readVerb(w.text).find((r) => r.form === 'gerund')?.verb.base;
  const n0 = gerund ? nextOf(o)[0] : undefined;
  const objectFollows = !!n0 && MARKUP_SPACE.test(n0.gap) && OBJECT_START.test(n0.text.toLowerCase());
  if (gerund && objectFollows) {
    // "Managing a team of 5" under a role that ended reads as if it were still going on.
    // (Only as a bullet's opening: after a label or a sentence, "Duties: Answering the phone, taking
    // orders", "… Communicating our research to guests.", the -ing form names the duty, no tense.)
    // (And only beside a bullet that opens on a verb of another form, "Built …", "Assist …": a role
    // told all in -ing forms and nouns, "ensuring BOMs are accurate", "keeping the workplace in
    // order", "daily reporting to the management", is a list of duties in one style.)
    if (!bulletStart || !pastBeside) return;
    const past = pastOf(gerund);
    if (!past || beyond?.(w.span)) return;
    const shown = matchCase(past, w.text);
    if (weakOf(o)) {
      report({ message: `"${w.text}" reads as ongoing, but this role has ended (${dates}); describe finished work in the past tense, with a stronger verb than "${shown}" (see the weak-verb suggestions).`, span: w.span });
      return;
    }
    report({
      message: `"${w.text}" reads as ongoing, but this role has ended (${dates}); describe finished work in the past tense: "${shown}".`,
      span: w.span,
      fixes: [{ title: `Change "${w.text}" to "${shown}"`, edits: [{ span: w.span, newText: shown }], preferred: true }],
    });
    return;
  }
  let base: string | undefined;
  let share = 0;
  if (isPresentForm(w.text) && !isPastForm(w.text)) {
    base = lemma(w.text);
    const lex = readVerb(base ?? '').find((r) => r.form === 'base');
    share = lex ? lex.verb.share : 1;
    // The strong verbs are verbs on a résumé whatever general English says ("Ship", "Scale").
    if (base && categoryOfVerb(base)) share = NOUN_TOO.has(base) ? Math.max(share, 0.5) : 1;
  } else {
    const r = presentReading(w.text);
    if (r) {
      base = r.verb.base;
      share = r.verb.share;
    }
  }
  if (!base || isSameInBothTenses(w.text) || AUXILIARY.test(w.text.toLowerCase()) || NOT_A_DUTY.has(base)) return;
  const next = nextOf(o);
  const weak = weakOf(o);
  // ("Mars Hill Bible School": a line of capitalised words alone is a name, no sentence with a verb.)
  if (bulletStart && allCapitalised(s.text)) return;
  // "Pay Plan: GS", "Hours per week: 40": a label and its value, no sentence with a verb.
  if (next.slice(0, 3).some((n) => COLON_START.test(n.gap))) return;
  // ("**Risk and Contract Assessment:** Reviewed …": a longer label in Title Case before its colon.)
  const colon = next.slice(0, 6).findIndex((n) => COLON_START.test(n.gap));
  if (colon >= 3 && next.slice(0, colon).every((n) => TITLE_CASED.test(n.text) || NAME_JOINER.test(n.text))) return;
  // "Consistently top 3 of 12 reps", "Top 5% nationally": a rank, not a verb and its object.
  if (base === 'top' && next[0] && DIGIT_START.test(next[0].text)) return;
  // (weak-verb read a weak opener as a verb already: "Work in a fast-paced clinic".)
  if (!certain && !weak && !readsAsVerb(base, share, next, bulletStart && presentReading(w.text)?.form === 'third') && !(parallel && bulletStart && verbInParallel(base, share, next))) return;
  // After "I" the verb is in lower case and in its plain form ("I write"; "I Robot" is a title).
  if (afterI && (w.text !== w.text.toLowerCase() || presentReading(w.text)?.form === 'third')) return;
  if (beyond?.(w.span)) return;
  const pastBase = pastOf(base);
  const shown = pastBase ? matchCase(pastBase, w.text) : '';
  if (weak) {
    // "Assist patients at…" in an ended role: the tense is wrong whatever the verb, but its past
    // ("Assisted") is weak too, so the fix is weak-verb's stronger verb in the past tense.
    report({
      message: `"${w.text}" is present tense, but this role has ended (${dates}); describe finished work in the past tense, with a stronger verb than "${shown || w.text}" (see the weak-verb suggestions).`,
      span: w.span,
    });
    return;
  }
  const edits = [{ span: w.span, newText: shown }];
  // "Design and build" → "Designed and built": the second verb changes with the first.
  const [and, second] = next;
  if (shown && and && second && CONJUNCTION_ANY_CASE.test(and.text) && BLANKS_ONLY.test(and.gap) && BLANKS_ONLY.test(second.gap)) {
    const r = presentReading(second.text);
    const secondPast = r && r.form === 'base' && LOWER_ONLY.test(second.text) ? pastOf(r.verb.base) : '';
    if (secondPast) edits.push({ span: second.span, newText: secondPast });
  }
  // "Pull wire, terminate and label" → "Pulled wire, terminated and labelled": the series changes together.
  const series = shown && edits.length === 1 ? seriesVerbs(next) : undefined;
  const seriesPast = series?.map((v) => pastOf(presentReading(v.text)!.verb.base));
  if (series && seriesPast!.every(Boolean)) series.forEach((v, k) => edits.push({ span: v.span, newText: seriesPast![k] }));
  const title =
    edits.length > 1 && series
      ? `Change "${w.text}", "${series[0].text}" and "${series[1].text}" to the past tense`
      : edits.length > 1
        ? `Change "${w.text} ${and.text} ${second.text}" to "${shown} ${and.text} ${edits[1].newText}"`
        : `Change "${w.text}" to "${shown}"`;
  report({
    message: shown
      ? `"${w.text}" is present tense, but this role has ended (${dates}); describe finished work in the past tense: "${shown}".`
      : `"${w.text}" is present tense, but this role has ended (${dates}); describe finished work in the past tense.`,
    span: w.span,
    fixes: shown ? [{ title, edits, preferred: true }] : undefined,
  });
}

/** The past of a verb's base form: the curated lists first, then the lexicon ('' when not known). */
function pastOf(base: string): string {
  if (lemma(base) === base.toLowerCase()) return toPast(base).toLowerCase();
  return readVerb(base).find((r) => r.form === 'base')?.verb.past ?? '';
}

// A measured result in a bullet: a percentage, a sum of money, a multiple, a count with its unit.
const MEASURED = /\d\s?%|[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:x|k|m|bn|million|billion|percent|per ?cent)\b|\b(?:by|to|from)\s+\d/i;

/** A current role's opener in the past tense that the rule hints at (not a weak verb's lemma, not the same in both tenses). */
function pastInCurrent(w: OpeningWord): boolean {
  const base = lemma(w.text);
  if (!base || WEAK_LEMMAS.has(base) || isSameInBothTenses(w.text)) return false;
  return isPastForm(w.text) && !isPresentForm(w.text);
}

function reportCurrent(w: OpeningWord, dates: string, report: (r: Report) => void): void {
  const present = toPresent(w.text);
  report({
    message: `"${w.text}" is past tense, but this is your current role (${dates}); use the present tense for ongoing work: "${present}" (finished projects may stay in the past).`,
    span: w.span,
    severity: 'hint',
    fixes: [{ title: `Change "${w.text}" to "${present}"`, edits: [{ span: w.span, newText: present }], preferred: true }],
  });
}
