// Reads a role's header lines ("Acme Corp", "Senior Engineer | Austin, TX | Jan 2019 – Present",
// "*Head Code Ninja*, [Area 52](url) (2013-09 — Present)") into title, organisation, location
// and dates. Shared by the Markdown and plain-text parsers. Only header lines carry dates: a year
// inside a bullet is never a role's date range.
import type { DateRange, EntryKind, Field, ResumeDate, Span } from '../model';
import { compareDates, findDateRange, isCurrentWord, LONG_NAMES, openByDash, parseDate, STREET_AFTER } from './dates';
import { type Cleaned, factsOf, spanOf, trimRange } from './inline-clean';
import { detach, Memo } from '../cache/memo';
import { agentNounBase } from '../data/verbs';
import { TECH_NAMES, techKey } from '../data/tech-names';
import { COMPANY_FORM_END, employerBeforeTown, isCityArea, isConnector, isCountry, isKnownCity, isLocalityPlace, isPlace, isRegion, isRemote, isSpace, LEGAL_FORM_END, ORG_ICON, PLACE_ICON, placeSuffixStart, townAndWordState } from './places';

// Words that make a piece a job title or a degree (whole words, any case). After the English ones,
// the heads of job titles in Spanish, Portuguese, French, German, Italian and Dutch, the languages
// whose month names dates.ts reads ("Desenvolvedor de Software", "Ingénieur d'études", "Werkstudent"),
// and Russian and Polish ("Ведущий разработчик", "Kierownik projektu"):
// a short list written for this project from the common job titles of those languages, none of them
// an English word.
export const TITLE_WORDS =
  /(?<![A-Za-z\u00C0-\u024F])(engineer(?:ing)?|developer|programmer|manager|director|lead|head|chief|officer|president|vp|svp|evp|ceo|cto|cfo|coo|cio|ciso|founder|co-?founder|owner|partner|intern|internship|analyst|scientist|researcher|research assistant|designer|architect|consultant|specialist|expert|administrator|admin|coordinator|associate|assistant|advis[oe]r|technician|teacher|tutor|instructor|lecturer|professor|fellow|affiliate|post-?doc|student|editor|writer|author|member|contributor|creator|co-?creator|maintainer|volunteer|ninja|principal|staff|senior|sr|junior|jr|trainee|apprentice|supervisor|executive|representative|rep|mgr|asst|accountant|nurse|physician|doctor(?!ate|\s+(?:of|in|en|es)\b)|attorney|lawyer|paralegal|clerk|secretary|chair(?:man|woman|person)?|treasurer|mentor|coach|tester|sre|devops|strategist|planner|recruiter|sizar|warden|nco|sergeant|lieutenant|captain|officer|freelancer?|self-employed|contractor|product owner|scrum master|evangelist|advocate|operator|mechanic|electrician|chef|cook|barista|cashier|server|driver|substitute|resident|aide|paraprofessional|therapist|pharmacist|hygienist|paramedic|emt|counsell?or|librarian|superintendent|registrar|bookkeeper|auditor|controller|comptroller|underwriter|actuary|broker|realtor|estimator|inspector|foreman|journeyman|plumber|welder|machinist|custodian|receptionist|dispatcher|merchandiser|stylist|photographer|producer|illustrator|animator|copywriter|journalist|translator|interpreter|trainer|caregiver|sonographer|technologist|phlebotomist|midwife|veterinarian|optometrist|psychologist|social worker|caseworker|worker|housekeeper|bartender|dishwasher|concierge|firefighter|attendant|nanny|key holder|keyholder|helper|laborer|labourer|installer|organi[sz]er|co-organi[sz]er|agent|educator|carpenter|dentist|porter|courier|artist|cleaner|packer|baker|butcher|waiter|waitress|hostess|soldier|chemist|biologist|economist|statistician|teller|banker|clinician|surgeon|practitioner|ambassador|leader|buyer|barber|hairdresser|cosmetologist|esthetician|aesthetician|pilot|co-?pilot|first officer|steward|stewardess|surveyor|draft(?:sman|er)|draughtsman|glazier|roofer|painter|mason|bricklayer|landscaper|gardener|groundskeeper|assembler|fabricator|millwright|line(?:man|worker)|nutritionist|dietitian|dietician|radiographer|radiologist|physiotherapist|physical therapist|optician|audiologist|podiatrist|chiropractor|archivist|curator|conservator|solicitor|barrister|notary|mediator|investigator|detective|deputy|sheriff|constable|ranger|lifeguard|valet|busser|expeditor|sommelier|chauffeur|stocker|salesperson|sales(?:man|woman)|reporter|proofreader|transcriptionist|scheduler|geologist|hydrologist|ecologist|physicist|mathematician|epidemiologist|pathologist|microbiologist|toxicologist|pharmacologist|neuroscientist|anaesthetist|anesthesiologist|orthodontist|doula|nurse practitioner|reviewer|judge|referee|moderator|panelist|panellist|desarrollador(?:a)?|programador(?:a)?|ingenier[oa]|gerente|jef[ea]|consultor(?:a)?|coordinador(?:a)?|t[ée]cnic[oa]|asistente|auxiliar|becari[oa]|practicante|profesor(?:a)?|investigador(?:a)?|dise[ñn]ador(?:a)?|encargad[oa]|fundador(?:a)?|administrador(?:a)?|president[ea]|secret[áa]ri[oa]|directora|analista|vendedor(?:a)?|cajer[oa]|contador(?:a)?|abogad[oa]|advogad[oa]|m[ée]dic[oa]|enfermeir[oa]|enfermer[oa]|docente|supervisor(?:a)?|asesor(?:a)?|operari[oa]|representante|desenvolvedor(?:a)?|engenheir[oa]|diretor(?:a)?|coordenador(?:a)?|assistente|estagi[áa]ri[oa]|pesquisador(?:a)?|arquitet[oa]|d[ée]veloppeu(?:r|se)|ing[ée]nieur(?:e)?|charg[ée]e? de|directeur|directrice|stagiaire|technicien(?:ne)?|enseignant(?:e)?|chercheu(?:r|se)|gestionnaire|conseill[eè]re?|comptable|assistante|consultante|analyste|architecte|vendeu(?:r|se)|caissi[eè]re?|h[ôo]tesse|serveuse|responsable|g[ée]rante?|animat(?:eur|rice)|infirmi[eè]re?|secr[ée]taire|op[ée]rat(?:eur|rice)|r[ée]dact(?:eur|rice)|format(?:eur|rice)|[ée]ducat(?:eur|rice)|coordinat(?:eur|rice)|professeure?|apprentie?|alternante?|magasini[eè]re?|cuisini[eè]re?|aide-soignante?|auxiliaire|entwickler(?:in)?|ingenieur(?:in)?|leiter(?:in)?|berater(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|mitarbeiter(?:in)?|verk[äa]ufer(?:in)?|assistent(?:in)?|projektleiter(?:in)?|sachbearbeiter(?:in)?|sviluppatore|sviluppatrice|ingegnere|consulente|tirocinante|ricercat(?:ore|rice)|programmatore|commess[oa]|responsabile|addett[oa]|camerier[ea]|ontwikkelaar|adviseur|medewerker|stagiair|projectleider|beheerder|(?<!-)employee|employée?|emplead[oa]|funcionári[oa]|impiegat[oa]|разработчик|программист|инженер|директор|руководитель|менеджер|аналитик|дизайнер|специалист|консультант|сотрудник|соучредитель|учредитель|основатель|заместитель|ассистент|стаж[её]р|преподаватель|архитектор|тестировщик|администратор|бухгалтер|юрист|врач|учитель|programista|kierownik|in[żz]ynier|specjalista|dyrektor|analityk|projektant|asystent|sta[żz]ysta|praktykant|ksi[ęe]gow[ay]|nauczyciel(?:ka)?|w[łl]a[śs]ciciel)(?![A-Za-z\u00C0-\u024F])/i;
export const DEGREE_WORDS =
  /(?<![A-Za-z\u00C0-\u024F])(b\.?\s?sc?\.?|b\.?\s?a\.?\s?sc\.?|m\.?\s?a\.?\s?sc\.?|b\.?\s?a\.?|b\.?\s?eng\.?|b\.?\s?tech|b\.\s?e\.?|m\.\s?e\.?|b\.?\s?com|m\.?\s?com|bba|bca|mca|pgdm|h\.?\s?s\.?\s?c\.?|s\.?\s?s\.?\s?c\.?|matriculation|higher secondary|senior secondary|m\.?\s?sc?\.?|m\.?\s?a\.?|m\.?\s?eng\.?|m\.?\s?tech|mba|m\.?\s?phil|m\.\s?ed\.?|b\.\s?ed\.?|m\.?h\.?a\.?|m\.?p\.?h\.?|m\.?p\.?a\.?|m\.?s\.?w\.?|m\.?s\.?n\.?|b\.?s\.?n\.?|d\.?n\.?p\.?|d\.?d\.?s\.?|d\.?v\.?m\.?|mbbs|b\.?f\.?a\.?|m\.f\.a\.?|psy\.?\s?d\.?|m\.\s?arch\.?|b\.\s?arch\.?|m\.\s?res\.?|m\.?p\.?p\.?|ll\.?\s?b\.?|ll\.\s?m\.?|sc\.?\s?d\.?|ged|m\.?\s?pharm|b\.?\s?pharm|pharm\.?\s?d|ph\.?\s?d\.?|d\.?\s?phil|ed\.?d|j\.?d|m\.?d|bachelor'?s?|(?<!\bof )master'?s?|doctor(?:ate)?|diploma|degree|associate'?s|associate (?:of|in)|a\.?a\.?s?\.?|a\.\s?s\.|hnd|gcse|a-levels?|baccalaureate|baccalauréat|abitur|bacharelado|mestrado|doutorado|p[óo]s-gradua[çc][ãa]o|gradua[çc][ãa]o|tecn[óo]logo|grado|máster|maestr[íi]a|doctorado|doctorat|magister|laurea|dottorato|certificate|course|minor|major|apprenticeship|bts|dut|maîtrise|diplôme|licenciatura|licence (?:pro(?:fessionnelle)?|en|in)|bac|l[1-3] \p{Lu}\p{Ll}+)(?![A-Za-z\u00C0-\u024F])/iu;
// (Not after a dot: the "S.A" of "U.S.A" is no company suffix.)
export const ORG_WORDS =
  /(?<![A-Za-z\u00C0-\u024F.])(inc|llc|llp|ltd|limited|corp|corporation|company|gmbh|ag|s\.?a|plc|pty|bv|university|universität|université|universidad|colleges?|c[ée]gep|schools?|institute|institution|academy|polytechnic|labs?|laboratory|laboratories|group|technologies|bank|capital|partners|foundation|society|association|agency|hospital|clinic|council|department|ministry|government|army|navy|air force|reserves|network|consulting|consultancy|industries|holdings|ventures|center|centre|firm|club|church|charit(?:y|ies)|museum|orchestra|philharmonic|ensemble|quartet|choir|theatre|theater|library|press|magazine|organi[sz]ation|committee|federation|union|mint|trust|fund|enterprises|ngo|nonprofit|non-profit|logistics|insurance|pharmaceuticals?|pharma|healthcare|hotels?|resorts?|restaurants?|stores|markets|pharmacy|district|county|municipality|authority|commission|bureau|police|alliance|coalition|consortium|cooperative|guild|chamber|league|ltda|sarl|srl|s\.?p\.?a|k\.?k|oy|a\/s|aps|gmbh & co\.? kg|kg)(?![A-Za-z\u00C0-\u024F])/i;
// Words that hint at an organisation but also sit in job titles ("Software Engineer", "Co-creator").
export const WEAK_ORG_WORDS =
  /(?<![A-Za-z\u00C0-\u024F])(co|tech|technology|systems|solutions|software|studios?|media|services|news|games|digital|analytics|health|energy|motors|airlines|dynamics|international|global|worldwide|startup|office|team)(?![A-Za-z\u00C0-\u024F])/i;

const MAX_HEADER_LINE = 400;

export interface HeaderResult {
  title?: Field;
  organisation?: Field;
  location?: Field;
  dates?: DateRange;
  /** "Austin, TX March 2014 – Jun 2016 Built ...": the "Built ..." part, a bullet. */
  runOn?: Span;
  /** The organisation sits alone on its line (a company line over several roles). */
  orgOnOwnLine: boolean;
  /** How many pieces (title/org/location candidates) the header had. */
  pieces: number;
}

/**
 * A fresh copy of a date with its span replaced, written out key by key in the order the date
 * reader creates them (an object spread here was a large share of a re-parse). Its style is
 * shared, not copied: styles are read-only (dateStyle in dates.ts).
 */
function copyDate(x: ResumeDate, span: Span, str: (s: string) => string): ResumeDate {
  // The usual shapes as one literal each (same keys, same order): built key by key, a date grew
  // a second store for its properties past the first few, on every header of a large section.
  if (x.day === undefined && x.season === undefined) {
    const style = x.style;
    return x.month === undefined
      ? { year: x.year, precision: x.precision, style, text: str(x.text), span }
      : { year: x.year, month: x.month, precision: x.precision, style, text: str(x.text), span };
  }
  const out = { year: x.year } as ResumeDate;
  if (x.month !== undefined) out.month = x.month;
  if (x.day !== undefined) out.day = x.day;
  if (x.season !== undefined) out.season = x.season;
  out.precision = x.precision;
  out.style = x.style;
  out.text = str(x.text);
  out.span = span;
  return out;
}

const same = (s: string) => s;

/**
 * A fresh copy of a range with every span passed through `move` and every string through `str`
 * (keys in the order remapping always gave).
 */
function copyRange(r: DateRange, move: (s: Span) => Span, str: (s: string) => string = same): DateRange {
  // The usual ranges (one date; a start to an end; a start, ongoing) as one literal each, same
  // keys in the same order (see copyDate).
  if (r.start && !r.end && r.currentText === undefined && r.separator === undefined && r.expected === undefined) {
    const start = copyDate(r.start, move(r.start.span), str);
    return { start, current: r.current, span: move(r.span), text: str(r.text) };
  }
  if (r.start && r.separator !== undefined && r.expected === undefined) {
    if (r.end && r.currentText === undefined) {
      const start = copyDate(r.start, move(r.start.span), str);
      const end = copyDate(r.end, move(r.end.span), str);
      return { start, end, current: r.current, span: move(r.span), text: str(r.text), separator: str(r.separator) };
    }
    if (!r.end && r.currentText !== undefined) {
      const start = copyDate(r.start, move(r.start.span), str);
      const span = move(r.span);
      const text = str(r.text);
      const currentText = str(r.currentText);
      return { start, current: r.current, span, text, currentText, separator: str(r.separator) };
    }
  }
  const out = {} as DateRange;
  if (r.start) out.start = copyDate(r.start, move(r.start.span), str);
  if (r.end) out.end = copyDate(r.end, move(r.end.span), str);
  out.current = r.current;
  out.span = move(r.span);
  out.text = str(r.text);
  if (r.currentText !== undefined) out.currentText = str(r.currentText);
  if (r.separator !== undefined) out.separator = str(r.separator);
  if (r.expected !== undefined) out.expected = r.expected;
  return out;
}

/** Moves every span of a range found in cleaned text back to document offsets. */
function remapRange(r: DateRange, c: Cleaned): DateRange {
  return copyRange(r, (s) => spanOf(c, s.start, s.end));
}

/** The first date range in a cleaned line, its spans in document offsets, and where it sits in the line. */
type FoundRange = { range: DateRange; i: number; j: number };

/** The first date range in a cleaned line, spans relative to its text (kept across parses with the text); null when none. */
function rangeFact(c: Cleaned): DateRange | null {
  const facts = factsOf(c);
  if (facts.range === undefined) {
    const text = facts.text.length > MAX_HEADER_LINE ? facts.text.slice(0, MAX_HEADER_LINE) : facts.text;
    facts.range = findDateRange(text, 0) ?? null;
  }
  return facts.range as DateRange | null;
}

/** Whether a cleaned line holds a date range (findRangeInCleaned's, with no copy of it made). */
export function hasRangeInCleaned(c: Cleaned): boolean {
  return rangeFact(c) !== null;
}

export function findRangeInCleaned(c: Cleaned): FoundRange | undefined {
  const memo = (c.memo ??= {});
  if (memo.range === undefined) {
    // Kept across parses with the text, spans relative to it.
    const r = rangeFact(c);
    memo.range = r ? { range: remapRange(r, c), i: r.span.start, j: r.span.end } : null;
  }
  return (memo.range as FoundRange | null) ?? undefined;
}

/**
 * "*Kitchen Futures: Canadian Design 1950–1980* — Museum …, 2019": years inside an emphasised name
 * are the name's; the entry's dates are a range after it, where there is one.
 */
function outsideEmphasis(src: string, c: Cleaned, found: FoundRange | undefined): FoundRange | undefined {
  if (!found) return found;
  const at = spanOf(c, found.i, found.j).start;
  let stars = 0;
  for (let k = c.base; k < at; k++) if (src.charCodeAt(k) === 42) stars++;
  if (stars % 2 === 0) return found;
  const later = findDateRange(c.text.slice(found.j), found.j);
  return later ? { range: remapRange(later, c), i: later.span.start, j: later.span.end } : found;
}

// "3 years 1 month", "2 yrs", "7 mos": a length of time next to the dates (LinkedIn writes them), not a field.
// (And in the languages CVs are written in: "3 ans ½", "18 mois", "2 años", "6 Monate".)
const DURATION = /^(?:less than (?:a|one) (?:year|month)|\d+\+?\s*(?:years?|yrs?|months?|mos?|ans?|mois|años|meses|jahre|monate)(?:\s*½)?(?:,?\s*(?:et\s+|y\s+|und\s+)?\d+\s*(?:months?|mos?|mois|meses|monate))?)$/iu;
// "(part-time)", "Contract": how the job was held, not a title, employer or place ("Remote" is a place).
// ("CDI", "Stage", "Bénévolat", "Werkstudent", "Prácticas": French, German and Spanish CVs say so too.)
// Kinds of employment that are also the post's name ("Internship", "Praktikum").
const AT_AFTER = /^\s+at\s/;
const POST_KIND = /^(?:internship|traineeship|apprenticeship|praktikum|pasantía|prácticas)$/iu;
const HELD_AS = /^(?:volunteer(?:ing)?|voluntary|paid|unpaid)$/i;
const EMPLOYMENT_TYPE = /^(?:part[- ]time|full[- ]time|contract(?:or)?|freelance|temporary|temp|seasonal|permanent|casual|per diem|internship|co-op|paid|unpaid|voluntary|cdi|cdd|stage|alternance|bénévolat|intérim|apprentissage|werkstudent|praktikum|teilzeit|vollzeit|prácticas|pasantía)$/iu;
/** Whether text[i, j) stands in a bracket that also holds the masked dates: "(2019-present, Volunteer, Remote)". */
function inBracketsWithDates(text: string, i: number, j: number): boolean {
  const open = text.lastIndexOf('(', i);
  if (open < 0 || text.lastIndexOf(')', i) > open) return false;
  const close = text.indexOf(')', j);
  if (close < 0 || text.lastIndexOf('(', close) !== open) return false;
  return text.slice(open, close).includes('\u0000');
}
// Words that name a part of an organisation or a speciality, never a town ("Cardiac Step-Down Unit").
const NOT_TOWN = /\b(?:unit|ward|division|floor|wing|team|desk|program|programme|medical|surgical|clinical|services?)\b/i;
const ENTRY_LABEL = /^(?:(?:personal|side|academic|capstone|course|class|team|group|open[- ]source|research|hobby|freelance|key|selected|major|final[- ]year|senior|university|school|college|thesis|independent)\s+)?(?:project|role|position|job title|title|employer|company|organi[sz]ation|institution|school|university|designation|company name|client|duration|period|location|dates?|graduation(?: date)?|graduated|completion(?: date)?|completed|date of (?:graduation|completion))$/i;
/**
 * What a field label says its value is: "Company : Deccan Autotech", "Designation : Senior
 * Engineer", "Location: Pune" (CVs written as forms, as many Indian and European ones are).
 */
const LABEL_SAYS: [RegExp, 'title' | 'org' | 'loc'][] = [
  [/^(?:employer|company|company name|organi[sz]ation|institution|client)$/i, 'org'],
  [/^(?:designation|position|job title|title|role)$/i, 'title'],
  [/^location$/i, 'loc'],
];
const DANGLING_END = /^\s*[-–—]+\s*\p{Ll}+(?=\s*[)\]]?\s*$)/u;
// After the dates: white space, maybe a bullet glyph, then a capitalised word and two more words.
const RUN_ON = /^(\s+(?:[•◦▪‣●·*–-]\s+)?)\p{Lu}[\p{L}'’-]*(?:\s+\S+){2,}/u;
// On a line already known to head an entry, also a colon after the dates and three words or more
// of any case: "(2022): lead journeyman on …". (Not when asking whether a line is a header: a
// bullet may say "Promoted twice (2019, 2021): first to lead, then to manager.")
const RUN_ON_COLON = /^(\)?\s*:\s+)\p{L}[\p{L}'’-]*(?:\s+\S+){2,}/u;

// Small joining words: "Master of Science in Physics, University of Bremen" has lower-case words
// but no sign of a sentence.
const JOINING = /^(?:of|in|at|and|the|for|on|de|du|des|la|le|del|della|von|van|der|y|e|a|an|to|with|und|et)$/;

/** Lower-case words that are not small joining words (counted up to `cap`). */
export function contentLowerWords(tail: string, cap = 2): number {
  let n = 0;
  // An exec loop on one expression: matchAll cloned it and made an iterator on every call.
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(tail); m; m = LOWER_WORD.exec(tail)) if (!JOINING.test(m[1]) && ++n >= cap) break;
  return n;
}
const LOWER_WORD = /(?:^|\s)(\p{Ll}[\p{L}'’-]*)/gu;

/** Where a sentence run into a header line after its dates starts (it has lower-case words). */
function runOnAfter(text: string, dateEnd: number, colon = false, dateStart?: number): number | undefined {
  const tail = text.slice(dateEnd);
  const m = RUN_ON.exec(tail) ?? (colon ? RUN_ON_COLON.exec(tail) : null);
  if (!m || contentLowerWords(tail) < 2) return undefined;
  // ("2006–2010 Master of forest science, AgroParisTech-ENGREF, France.", "2009 Technical assistant,
  // GERES, Cambodia": dates opening the line, then a post or a degree and a comma, are moderncv's
  // entry line, its fields after the dates; a sentence opens with what was done.)
  if (dateStart !== undefined && !text.slice(0, dateStart).trim() && postBeforeComma(tail)) return undefined;
  return dateEnd + m[1].length;
}
const PAST_LEAD = /^\s*\p{Lu}\p{Ll}+ed\b/u;

/** Whether the text (after a line's opening dates) names a post or a degree before its first comma: "Technical assistant, GERES, …". */
export function postBeforeComma(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma <= 0 || comma > 70) return false;
  const first = text.slice(0, comma).trim();
  // (A name of eight words at most, opening on a letter: "∠ Lead a team of 6 science teachers
  // across Years 9 to 13, and …" is a bullet's sentence.)
  return LETTER_START.test(first) && first.split(SPACES).length <= 8 && (TITLE_WORDS.test(first) || DEGREE_WORDS.test(first)) && !PAST_LEAD.test(first);
}
const LETTER_START = /^\p{L}/u;

/** For a cleaned header line: the index where "Built ..." starts in "Austin, TX March 2014 – Jun 2016 Built ...". */
export function runOnStart(c: Cleaned, colon = false): number | undefined {
  const found = findRangeInCleaned(c);
  return found ? runOnAfter(c.text.length > MAX_HEADER_LINE ? c.text.slice(0, MAX_HEADER_LINE) : c.text, found.j, colon, found.i) : undefined;
}

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const CAPITALISED_START = /^[\p{Lu}\p{N}]/u;

function isCapitalised(w: string): boolean {
  return CAPITALISED_START.test(w);
}

const SPACES = /\s+/;
const HAS_DIGIT = /\d/;

/** A town's name: a few capitalised words and nothing that names a job or an organisation. */
export function isTownLike(text: string): boolean {
  const words = text.split(SPACES);
  return words.length <= 3 && words.every(isCapitalised) && !TITLE_WORDS.test(text) && !ORG_WORDS.test(text) && !WEAK_ORG_WORDS.test(text) && !NOT_TOWN.test(text) && !HAS_DIGIT.test(text) && !words.every((w) => DEPARTMENT_FIELD.test(w) || SUBJECT_OF_STUDY.test(w));
}
// A subject of study, no town ("University of Northern Colorado, Accounting GPA: 3.70").
const SUBJECT_OF_STUDY = /^(?:physics|mathematics|maths|economics|biology|chemistry|psychology|history|philosophy|english|literature|linguistics|statistics|sociology|geography|geology|nursing|law|music|arts?|education|management|computing|informatics|medicine|pharmacy|journalism|architecture|anthropology|neuroscience|biochemistry)$/i;

// --- pieces ---------------------------------------------------------------------------------

/** A candidate field: a run of a header line between separators, with what it reads like. */
interface Piece {
  line: number;
  /** Its place among the pieces of its line, and how many its line has. */
  index: number;
  lineCount: number;
  i: number;
  j: number;
  text: string;
  span: Span;
  italic: boolean;
  bold: boolean;
  link: boolean;
  /** The separator before it on its line: '' at the line's start, ',' '-' '|' ... */
  sep: string;
  /** The icon right before it, at its line's start too ("⚲", "📍"), or ''. */
  icon: string;
  title: number;
  org: number;
  loc: number;
}

/** A header's dates and pieces, spans in document offsets. */
interface Analysis {
  dates?: DateRange;
  runOn?: Span;
  dateLine: number;
  pieces: Piece[];
}

// Strong separators: they always part two fields. Commas and " - " inside names are decided later.
// (An icon standing alone between fields, as icon fonts and emoji copy out ("⌂ Heineken ◷ Feb 2019 ⚲
// Zoeterwoude", "📍 Austin"), parts them as a bullet does: a symbol or private-use character with
// space or a line's end on both sides; "Acme™" and "C#" keep theirs.)
const ICON_SEP = /^[\p{So}\p{Co}]/u;
const SPLIT = /\s*(?:\||•|·|▪|◦|;|\u0000+|\t+|\s{2,}|\s+[-–—]+\s+|(?<=\p{L})[–—](?=\p{L})|(?<=\p{L})\s+[–—](?=\p{Lu})|(?<=\p{L})[–—]\s+(?=\p{Lu})|(?<=\p{Ll})-\s+(?=\p{Lu}\p{Ll}{2})|\s+@\s+|:\s|(?<![^\s\u0000])[\p{So}\p{Co}]\ufe0f?(?![^\s\u0000]))\s*/gu;
// What every SPLIT match holds (a separator character, a symbol, a space before a space or a
// dash, or a hyphen typed with a space after it alone: "M.S. Psychology- Pennsylvania State
// University"): a line without one ('Engineer 12, Company 12') has no separator. In a document with any
// character beyond Latin-1 (an en dash, a bullet), SPLIT costs ~1 µs per such line, tried at each
// of its characters; this test a third of that.
const MAY_SPLIT = /[|•·▪◦;\u0000\t:@–—\p{So}\p{Co}]|\s[\s\-–—]|\p{Ll}-\s/u;
// A course's code: a subject of up to three words (or capitals) and a three- or four-digit number,
// a letter after it ("Political Science 4403W", "CS 101", "PSYC 3320").
const COURSE_CODE = /^(?:\p{Lu}[\p{L}&.]*\s){1,3}\d{3,4}[A-Z]?$/u;
const COURSE_LEAD = /^(?:\p{Lu}[\p{L}&.]*\s){1,3}\d{3,4}[A-Z]?(?::|$)/u;
const BYLINE = /^(?:taught|supervised|advised|led|directed|mentored|funded|sponsored|hosted)\s+by\s+\p{Lu}/iu;
// A degree's name, whole, before a colon: "Bachelor of Science", "Master of Arts", "Associate of Applied Science", "B.S.".
const DEGREE_COLON = /^\s*(?:(?:Bachelor|Master|Doctor|Associate)(?:'?s)?(?: of| in)?(?: [A-Z][\p{L}]*| of| and| in){1,5}|(?:B|M)\.?\s?(?:S|A|Sc|Eng|Ed|BA|FA)\.?|Ph\.?\s?D\.?|MBA|Diploma|I?GCSEs?|A[- ]?[Ll]evels?|AS[- ][Ll]evels?|(?:Scottish )?Highers|Leaving Cert(?:ificate)?)\s*$/u;
// "Mathematics (A)", "Physics (A*)", "English Language (9)": a subject and its grade, listed after a
// school exam's colon ("A Levels: Mathematics (A), Physics (A), Geography (B)").
const SUBJECT_GRADE = /^\s*\p{Lu}[\p{L}&' ]{1,40}\(\s*(?:[A-G][*+]?|[1-9]|H[1-8]|Merit|Distinction|Pass)\s*\)\s*$/u;
/** "A Levels: Mathematics (A), Physics (A)": an exam and its graded subjects, one field (the title). */
function gradedSubjects(seg: string): boolean {
  const colon = seg.indexOf(':');
  return colon > 0 && DEGREE_COLON.test(seg.slice(0, colon)) && seg.slice(colon + 1).split(',').every((x) => SUBJECT_GRADE.test(x));
}
// A degree written before its school on one line: "PhD Princeton University", "BS Boğaziçi University".
// A person's title and given names before a surname: "Prof. Robert ", "Dr. Jane ", "Professor ".
const PERSON_BEFORE = /(?:^|[\s,(])(?:Profs?\.?|Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}$/u;
// A name, then a degree written out after a space: "… Master of Library and Information Science",
// "… Bachelor of Science in Computer".
const SCHOOL_THEN_DEGREE = /^(\S.{2,80}?)(\s+)(?=(?:Master|Bachelor|Doctor|Associate)(?:['’]?s)?\s+(?:of|in)\s+\p{Lu})/u;
const DEGREE_PREFIX = /^(?:Ph\.?\s?D\.?|D\.?Phil\.?|B\.?\s?S\.?c?\.?|B\.?\s?A\.?|M\.?\s?S\.?c?\.?|M\.?\s?A\.?|MBA|B\.?\s?Eng\.?|M\.?\s?Eng\.?|B\.?\s?Tech\.?|M\.?\s?Tech\.?|J\.?D\.?|M\.?D\.?|Ed\.?D\.?)\s+(?=\p{Lu})/u;
// (A Quebec college is a CÉGEP: "CQFA, CÉGEP DE CHICOUTIMI".)
// (German and Swiss schools name themselves in one word: "Realschule", "Berufsschule", "Fachhochschule",
// "Gymnasium"; Italian, French and Spanish ones "Università", "École", "Lycée", "Liceo", "Instituto".)
// (A word that ends in "schule" is one whatever its letters before: the pattern looks for the ending,
// not for a run of letters from every position, which made it the slowest of a header's tests.)
export const SCHOOL_WORD = /(?<![\p{L}])(?:university|universität|université|universidad|università|universiteit|colleges?|c[ée]gep|institute|institut|instituto|istituto|schools?|academy|akademie|polytechnic|politecnico|gymnasium|lyc[ée]e|liceo|[ée]cole|escuela)(?![\p{L}])|schule(?![\p{L}])/iu;
// A school or faculty within a university: "Questrom School of Business", "College of Engineering", "Faculty of Law".
const SCHOOL_PART = /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:[Ss]chool|[Cc]ollege|[Ff]aculty|[Dd]epartment|[Ii]nstitute) of \p{Lu}/u;
// "… University of Bremen" run into the words before it (a gap lost in a pdf.js copy).
const OF_SCHOOL = /\s(?=(?:University|Institute|College|School|Academy) of \p{Lu})/u;
// Links that end a header line, after a separator: "…, http://www.lyceo.nl / http://www.inwijs.nl".
/** A link's label (one of `labels`, bracketed or not) after a separator, ending the line. */
// (Or a dash right after a bracket: "… (volunteer)-website link", a link set on after its note.)
const labelEnd = (labels: string): RegExp => new RegExp(`(?:\\s[|·–—-]|(?<=[)\\]])-)\\s*(?:\\[\\s*)?(?:${labels})(?:\\s*\\])?\\s*$`, 'i');
const LINK_LABEL_END = labelEnd('url|(?:website |web |pdf )?links?|live(?: demo| site)?|demo|source(?: code)?|code|repo(?:sitory)?|github|website|site|slides|video|paper|pdf|(?:company|employer|project) (?:link|website|site|page)');
// ("**Senior Product Manager** | 2025 | [Company Link](https://…)": a link to the employer's site, labelled so.)
const LINK_ONLY_LABEL_END = labelEnd('url|(?:website |web |pdf )?links?|live demo|demo|source code|(?:company|employer|project) (?:link|website|site|page)');
const LINK_LABEL = '(?:url|links?|live(?: demo| site)?|demo|source(?: code)?|code|repo(?:sitory)?|github|gitlab|heroku|netlify|vercel|website|site|slides|video|paper|pdf|app store|google play|play store)';
const LINK_LABELS_LINE = new RegExp(`^\\s*\\[?${LINK_LABEL}\\]?(?:\\s*[|·•/,]\\s*\\[?${LINK_LABEL}\\]?)*\\s*$`, 'i');
const LINKS_END = /[,;|·–—]\s*(?:https?:\/\/|www\.)[^\s,;|]*(?:\s*\/\s*(?:https?:\/\/|www\.)[^\s,;|]*)*\s*$/;
const DOMAIN_END = /\s((?:[\w-]+\.)+(?:com|org|net|edu|gov|io|de|uk|fr|ch|at|nl|co|ai|dev)(?:\/\S*)?)$/i;
// Pieces that close an organisation's name after a comma: "Bain & Company, Inc.", "Omnious. Co., Ltd.".
const ORG_SUFFIX = /^(?:(?:inc|ltd|llc|llp|pllc|l\.?p|p\.?c|apc|co|corp|gmbh|ag|s\.?a|plc|pty|bv|n\.?v|s\.?r\.?l|oy|ab|as|kg)\.?(?:,?\s*(?:inc|ltd|llc)\.?)?|attorneys(?:\s+at\s+law)?|attorneys\s+and\s+counselors(?:\s+at\s+law)?|(?:certified\s+public\s+)?accountants|cpas)$/i;
const FIRM_NAMES = /^(?:\p{Lu}[\p{L}'’.-]+,\s+)+\p{Lu}[\p{L}'’.-]+\s+(?:&|and)\s+\p{Lu}[\p{L}'’.-]+/u;
const STRONG_ORG = /(?<![\p{L}])(?:inc|llc|llp|ltd|limited|corp|corporation|gmbh|plc|pty|co\.)(?![\p{L}])/iu;
// The last word of a job title ("Senior Software Engineer", "Head of Data").
export const TITLE_HEAD = /(?:engineer|developer|programmer|manager|director|lead|officer|president|founder|intern|analyst|scientist|researcher|designer|architect|consultant|specialist|administrator|coordinator|associate|assistant|advis[oe]r|technician|teacher|tutor|instructor|lecturer|professor|fellow|student|editor|writer|educator|member|contributor|maintainer|volunteer|trainee|apprentice|supervisor|executive|representative|rep|mgr|asst|accountant|nurse|physician|attorney|lawyer|clerk|chair|treasurer|mentor|coach|tester|strategist|planner|recruiter|owner|partner|(?<![a-z])head|ceo|cto|cfo|coo|cio|vp|sre|substitute|resident|aide|therapist|pharmacist|hygienist|paramedic|counsell?or|librarian|superintendent|registrar|bookkeeper|auditor|controller|underwriter|actuary|broker|estimator|inspector|foreman|journeyman|plumber|welder|machinist|custodian|receptionist|dispatcher|merchandiser|stylist|photographer|producer|illustrator|animator|copywriter|journalist|translator|interpreter|trainer|caregiver|technologist|midwife|veterinarian|psychologist|worker|housekeeper|bartender|attendant|helper|installer|investigator|provider)s?\)?$/i;
// (Unbracketed, only the words that name nothing else: "Social Contract", "Remote Sensing Lab" keep theirs.)
const EMPLOYMENT_RUN_ON = /(?:\s*[·•|–—]\s*|\s+-\s+|\s+)(?:(?:part|full)[-\u2010\u2011 ]time|freelance|internship|seasonal|temporary)$/i;
/** EMPLOYMENT_RUN_ON over the last few dozen characters only (a run of spaces is never rescanned), at its place in `t`. */
function employmentRunOn(t: string): { index: number } | null {
  const from = Math.max(0, t.length - 40);
  const m = EMPLOYMENT_RUN_ON.exec(t.slice(from));
  // ("Brand Designer / Freelance": after a slash the word is a second name of the post, kept.)
  return m && !SLASH_END.test(t.slice(0, from + m.index)) ? { index: from + m.index } : null;
}
const SLASH_END = /\/\s*$/;
const EMPLOYMENT_AFTER = /\s*[([]\s*(?:part[-\u2010\u2011 ]time|full[-\u2010\u2011 ]time|contract(?:or)?|freelance|temporary|temp|seasonal|permanent|casual|per diem|internship|co-op|remote|hybrid|on-?site|online|virtual|paid|unpaid|voluntary|volunteer)\s*[)\]]$/i;
// ("Advisor: Prof. Lee", "Supervisor Dr. Okafor", a label alone before its name's piece, are a
// thesis's details; "Supervisor of Front Desk" is a job.)
const DETAIL = /^(?:(?:gpa|cgpa|grade|honou?rs|thesis|minor|major|concentration)\b\s*:?|(?:advis[oe]r|supervisor|referee|reference)s?\s*(?::|$|(?=(?:Dr|Prof|Professor)\b)))/i;
const REFEREE_LABEL = /^(?:referees?|references?)$/i;
// ("Department of Chemical Engineering, University of Washington, PI: Elizabeth Nance": the lab's
// principal investigator, a detail as an advisor is; in capitals only, "Pi" may be a name's word.)
const PI_AFTER = /[\s,]PIs?\s*$/;
const LABEL_AFTER = /\s(?:advis[oe]rs?|supervisors?|co-supervisors?|referees?|references?)\s*$/i;
// ("Honours B.Sc.", "Grade 7 Policy Lead": a degree or a title that opens with such a word; "Honours:
// First Class" and "Grade: A" are details.)
const GRADED_NAME = /^(?:grade|honou?rs)\s+(?![:\-–])/i;
// A degree's class or honours as a piece of its own ("First Class", "Second Class Honours", "Upper
// Division", "2:1", "Magna Cum Laude", "With Distinction"): how it was passed, no school or place.
const DEGREE_CLASS = /^(?:(?:first|second|third|upper|lower)(?:[- ]class)?(?: honou?rs)?(?: \(?(?:upper|lower)(?: division)?\)?)?|(?:upper|lower) (?:second|division)|[12]:[12]|(?:summa |magna )?cum laude|with (?:high(?:est)? )?(?:distinction|merit|honou?rs)|distinction|merit)$/i;
function isDegreeClass(t: string): boolean {
  return /class|division|laude|distinction|merit|:|with/i.test(t) && t.split(',').every((part) => DEGREE_CLASS.test(part.trim()));
}
const LONE_POST = /^(?:advis[oe]r|supervisor)$/i;
const NON_SPACE_AT = /\S/;
// (What follows the piece: the masked dates, after a comma or a bar.)
const DATED_NEXT = /^\s*[,|–—-]?\s*\u0000/;

// ("Bachelor of Arts in Behavioral Science • Pre-Health Minor": the minor named last, a detail too.)
const MINOR_LAST = /^\p{Lu}[\p{L}'’&\s-]{0,30}?\sminor$/iu;

function isDetail(t: string): boolean {
  if (MINOR_LAST.test(t)) return true;
  if (!DETAIL.test(t)) return false;
  if (!GRADED_NAME.test(t)) return true;
  const named = t.replace(GRADED_NAME, '');
  return !TITLE_WORDS.test(named) && !DEGREE_WORDS.test(named);
}

export const DEPARTMENT_FIELD = /^(?:data|analytics|sales|marketing|research|development|operations|finance|accounting|engineering|product|design|strategy|planning|business|technology|risk|compliance|legal|people|culture|health|safety|quality|security|supply|logistics|customer|support|services?|communications|policy|media|content|growth|innovation|infrastructure|platform|training|learning|admissions|events|partnerships|procurement|audit|tax|treasury)$/i;
const FIRM_OF_NAMES = /^\p{Lu}[\p{L}'’.-]+ & \p{Lu}[\p{L}'’.-]+$/u;

const UPPER_START = /^\p{Lu}/u;
const OF_AFTER = /^\s+of\s/i;
/** Whether an organisation's word names the whole text, not one starting inside it ("… University of Bremen"). */
function orgNamedWhole(text: string): boolean {
  const m = ORG_WORDS.exec(text);
  return !!m && (m.index === 0 || !OF_AFTER.test(text.slice(m.index + m[0].length)));
}
// A last word naming who does something ("Developper", "Operator", "Analyst"), however spelled.
const AGENT_END = /(?:er|or|ist)s?$/i;
// A name opening on a word in capitals: "URPS Pays de la Loire", "CAMPING-CAR-PARK", "IBM".
const CAPITALS_LEAD = /^\p{Lu}{2,}(?:[-&]\p{Lu}+)*(?=\s|$)/u;
const ONLINE = /^(?:online|virtual)$/i;
const SELF_EMPLOYED = /^(?:self[- ]employed|freelance|independent(?: contractor| consultant)?)$/i;
const LOWER_START = /^\p{Ll}/u;
const BRAND_START = /^\p{Ll}{1,2}\p{Lu}/u;

const THE_NAME = /^The\s+\p{Lu}/u;
const LONE_UNIT = /^(?:laboratory|lab|department|dept\.?|office|clinic|ward|unit|division|branch|headquarters)$/i;
const SCHOOL_QUALIFICATION = /\bschool\s+(?:diploma|certificate|leaving\s+certificate)\b/i;

// A capitalised name of one to three words before a closing "Engineering".
const ENGINEERING_FIRM = /^(?:\p{Lu}[\p{L}\d&'’.-]*\s+){1,3}Engineering$/u;
const ENGINEERING_END = /\s+Engineering$/;
// The trade's fields an "Engineering" department or degree is named for ("Software Engineering").
const ENGINEERING_FIELD_FIRST = /^(?:software|hardware|systems?|mechanical|electrical|electronics?|civil|chemical|computer|process|quality|manufacturing|data|platform|site|reliability|network|test|product|solutions?|sales|field|design|structural|environmental|industrial|biomedical|aerospace|nuclear|petroleum|production|project|security|cloud|infrastructure|machine|learning|research|applications?|frontend|front-end|backend|back-end|web|mobile|build|release|customer|value|performance|automation|control|controls|geotechnical|materials|mining|marine|agricultural|audio|video|sound|game|systems)\b/i;

/** Scores a piece's readings as a title, an organisation and a place. */
function scorePiece(p: Piece, kind: EntryKind): void {
  const t = p.text;
  const roleWork = kind === 'work' || kind === 'volunteer';
  // ("Logistics Graduate (rotational programme)": a graduate scheme's job, named so in the UK.)
  // ("C42 Engineering", "Acme Engineering": a name ending on "Engineering", no field of the trade
  // before it and no other word of a post, is a firm's, no title's.)
  const firm = ENGINEERING_FIRM.test(t) && !ENGINEERING_FIELD_FIRST.test(t) && !TITLE_WORDS.test(t.replace(ENGINEERING_END, ''));
  const hasTitle = !firm && (TITLE_WORDS.test(t) || GRADUATE_JOB.test(t));
  // "College Station, TX": a known city whose name holds an organisation's
  // or a school's word is a place, not a body.
  const collegeTown = COLLEGE_TOWN.test(t);
  const namedCity = collegeTown || knownCityPlace(t);
  // "Registered Nurse (Long-Term Acute Care Hospital)": a post with the unit it served in brackets
  // is a post; the bracket's body's words name no employer.
  const bare = t.includes('(') ? postBeforeNote(t) : t;
  const hasOrg = ORG_WORDS.test(bare) && !namedCity;
  const degree = DEGREE_WORDS.test(t);
  // (Asked once: the lookbehind makes it one of the dearer tests, and three scores read it.)
  const school = SCHOOL_WORD.test(bare) && !namedCity;
  let title = 0;
  let org = 0;
  // ("Supervisor of Front Desk, Call Center, and MRI Scheduling": a post "of" what it covers, though
  // an organisation's word is among what it covers.)
  if (hasTitle) title += 2 + (TITLE_HEAD.test(t) || (hasOrg && TITLE_OF.test(t)) ? 1 : 0);
  // "Order Sorter", "VITA Tax Preparer": a person named by what they do, ending the piece, reads as a
  // title no list holds (as a listed word does, without the bonus of a listed title head).
  else if (!hasOrg && UPPER_START.test(t) && agentNounBase(lastWord(t))) title += 2;
  if (degree) title += kind === 'education' ? 3 : 1;
  // "PGY1 Pharmacy Residency", "Internal Medicine Residency": a physician's or pharmacist's
  // training, listed with the degrees (a residency program in a role's line is no degree).
  else if (kind === 'education' && RESIDENCY.test(t)) title += 3;
  // "Pre-Pharmacy Studies", "Business Studies": in education, a field of study named so is what was
  // studied, no institution ("Centre for Asian Studies" is one: "for" joins it).
  // (First on its line: after a degree, "Associate of Arts - AA, General Studies", it is the degree's field.)
  else if (kind === 'education' && p.index === 0 && FIELD_STUDIES.test(t) && !SCHOOL_WORD.test(t)) {
    title += 3;
    org -= 2;
  }
  if (p.italic) title += 1;
  // "Political Science 3309: Justice in America": a course by its code and name is what a teaching
  // post taught, its title in a CV; "Taught by Dr. Lisa Hilbank" under it says who led it, no title.
  if (COURSE_LEAD.test(t)) title += 2;
  else if (BYLINE.test(t)) title -= 2;
  if (hasOrg) org += 2;
  else if (firm) org += 1.5;
  // "West Riding First Aid Volunteers", "Hartwell Architects", "Engineers Without Borders": a
  // capitalised name whose word for people who do a job is plural names a body of them, no job.
  else if (!hasTitle && pluralProfession(t)) org += 2;
  // "Bellamy & Finch", "Hartley & Moss": two capitalised names joined by "&" name a firm.
  // (Not a department's two fields, "Data & Analytics", "Sales & Marketing", "Research & Development".)
  else if (!hasTitle && !degree && FIRM_OF_NAMES.test(t) && !t.split(' & ').some((w) => DEPARTMENT_FIELD.test(w))) org += 1;
  if (STRONG_ORG.test(t)) org += 1;
  // "Adv Web Dev" / "BYU": a body's initials alone ("UNLV", "ITT") name where, not what. (Not a
  // tool's, "GIT", "SQL": a sidebar's skill read into a header names no employer.)
  else if (!hasTitle && !degree && p.lineCount === 1 && parentInitials(t) && !TECH_NAMES.has(techKey(t))) org += 1.5;
  // "Innovate Engineering & Development (IED)": a name followed by its own initials in brackets is
  // a body's name, though a word in it looks like a job's; not a job's title and its initials,
  // "Chief Executive Officer (CEO)", whose last word heads titles.
  if (ownInitials(t)) org += 3;
  // ("High School Diploma", "Secondary School Diploma in Computer Science": a qualification named
  // by the school it ends, no school.)
  if (school && !(degree && SCHOOL_QUALIFICATION.test(t))) org += kind === 'education' ? 2 : 1;
  if (!hasOrg && WEAK_ORG_WORDS.test(t)) org += 1;
  // "Data & Analytics", "Sales & Marketing": two fields of work joined name a department, no employer.
  if (!hasOrg && t.includes(' & ') && t.split(' & ').every((w) => DEPARTMENT_FIELD.test(w.trim()))) org -= 2;
  // (Only where a dot is: the pattern needs one, and most pieces have none to copy and scan.)
  if (t.includes('.') && DOMAIN_END.test(' ' + t)) org += 2;
  if ((roleWork || kind === 'education') && (p.bold || p.link)) org += 1;
  // Where a self-employed person writes the employer.
  if (SELF_EMPLOYED.test(t)) {
    org = 3;
    title = 0;
  }
  if (!roleWork && kind !== 'education' && (p.bold || p.link)) title += 1;
  if (hasOrg && !school && !hasTitle) title -= 1;
  // ("Group Leader", "Project Manager in …": the unit's word names what the post leads, no employer.)
  if (hasOrg && hasTitle && UNIT_POST.test(t)) org -= 2;
  if (hasTitle && !hasOrg && !degree) org -= 1;
  // A project's name comes first; its role line ("Creator & Maintainer") is not its name.
  if (kind === 'project' && hasTitle) title -= 2;
  // "StrokeSync - Remote Stroke Consultation Platform": in a project's line, a phrase naming a kind
  // of thing built, after the project's name and a dash, says what the project is, no organisation.
  // ("Maintainer, Figma Tokens Plugin": after a post, the thing is the project, kept where it was.)
  if (kind === 'project' && !hasOrg && !school && DASH_ONLY.test(p.sep.trim()) && BUILT_THING_END.test(t)) org -= 3;
  // (Not a brand's own lower-case start: "eCornell", "iRobot", "eBay".)
  if (LOWER_START.test(t) && !BRAND_START.test(t)) {
    title -= 1;
    org -= 1;
  }
  // "Pied Piper · Awesome compression company": words in lower case describe an organisation;
  // its name is capitalised (a sentence-case job title is still a title).
  if (!school && contentLowerWords(t, 2) >= 2) org -= 3;
  // "The Campus Trainer", "The Daily Trojan": a capitalised name opening with "The" names a body (a
  // paper, a firm), never a post, whatever job's word it holds.
  // "…, San Francisco, CA, Laboratory": a unit's common word alone names where in the employer the
  // post was, no employer (an employer's name is more than "Laboratory" or "Clinic").
  if (LONE_UNIT.test(t)) org -= 2;
  if (THE_NAME.test(t)) {
    title -= 2;
    if (org < 0) org = 0;
  }

  p.title = title;
  p.org = org;
  // "Trinity College, Cambridge": a town-like word after a comma may be where, though no list knows it.
  // (A way of working, "On-site", "Remote", stands where a place does; beside a town the town is it.)
  p.loc = isPlaceName(t) ? (isRemote(t) ? 3.5 : 4) : collegeTown ? 3 : 0;
  // "Troy MI Office", "London Branch", "Denver Campus": a place and the word for the employer's site
  // there say where, under the employer's own line; no employer of their own.
  if (!p.loc && t.length <= 40) {
    const site = PLACE_THEN_SITE.exec(t);
    if (site && isPlaceName(site[1])) {
      p.loc = 3;
      p.org = Math.min(p.org, 0);
    }
  }
  // "⚲ Zoeterwoude", "⌂ Heineken Netherlands": an icon says what its field is. (Here, so a piece
  // scored again after a join keeps what its icon says.)
  if (p.icon && PLACE_ICON.test(p.icon) && p.title < 2 && p.org < 2) p.loc = Math.max(p.loc, 3);
  else if (p.icon && ORG_ICON.test(p.icon) && p.loc < 4) p.org += 1.5;
}

const PLACE_THEN_SITE = /^(\p{Lu}.*?)\s+(?:office|branch|campus|site|plant)$/iu;
const BUILT_THING_END = /(?<![\p{L}])(?:platform|app|application|tool|toolkit|system|website|web app|bot|chatbot|library|engine|dashboard|game|api|service|framework|pipeline|extension|plugin|analy[sz]er|tracker|generator|assistant|simulator|visuali[sz]er|scraper|compiler|interpreter|emulator|clone)s?$/iu;
const NAME_THEN_INITIALS = /^(.+?)\s*\((\p{Lu}{2,6})\)$/u;
const CAPITAL_WORD_G = /(?<![\p{L}'’])\p{Lu}/gu;

/** Whether the piece is a name and its own initials in brackets, the name ending on no title's head word. */
function ownInitials(t: string): boolean {
  const m = NAME_THEN_INITIALS.exec(t.trim());
  if (!m || TITLE_HEAD.test(m[1])) return false;
  // (Joining words give no letter, whatever their case: "FOOD AND DRUG ADMINISTRATION (FDA)".)
  const initials = m[1]
    .split(SPACES)
    .filter((w) => w && !JOINING.test(w.toLowerCase()) && w !== '&')
    .map((w) => w.match(CAPITAL_WORD_G)?.join('') ?? '')
    .join('');
  return initials === m[2];
}

// A word in capitals of two letters or more: initials ("TU", "UCLA", "ETH").
const CAPITALS_WORD = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;

/** "LUMS", "MIT", "EPFL": a body's initials, three to six capitals no list knows as a place. */
function parentInitials(t: string): boolean {
  // (Nor a placeholder: "TBC", "TBD", "TBA" stand for what is not written yet.)
  return /^\p{Lu}{3,6}$/u.test(t) && !/^TB[ACD]$/.test(t) && !isPlaceName(t) && !DEGREE_WORDS.test(t);
}

/** Whether the letters of `abbr` are, in order, initials of the words of `name` ("ISE" of "Institute for Solar Energy"). */
function initialsIn(name: string, abbr: string): boolean {
  let k = 0;
  for (const w of name.split(SPACES)) if (k < abbr.length && w[0] === abbr[k] && !JOINING.test(w.toLowerCase())) k++;
  return k === abbr.length;
}

// (Capitalised words before it, not "a new graduate": no case-insensitive flag, under which \p{Lu} takes any letter.)
const GRADUATE_JOB = /^(?:\p{Lu}[\p{L}&-]*\s+){1,3}(?:Graduate|GRADUATE)(?:\s*\([^()]*\))?$/u;
const FIELD_STUDIES = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’-]*)){0,4}\s+Studies$/u;
const RESIDENCY = /(?<!\p{L})(?:residency|fellowship)(?:\s+program(?:me)?)?$/iu;

// (A count and then what it counts, in lower case: "stars", "Youtube views"; not a joining word,
// "ECON 8823 Topics in …", nor inside brackets, "Critical Care (Capstone, 144 hrs)".)
const COUNTED = /(?:^|\s)(?:\d{1,3}(?:,\s?\d{3})+|\d{3,})\+?\s+(?:\p{Lu}\p{Ll}+\s+)?(?!(?:of|in|at|and|the|for|on|to|de)\b)\p{Ll}{2}/u;

// ("$42M · 6 stories, 180 apartments over retail · 2022", "$14M · 4-story MOB": an amount of money,
// or a number and what it counts in lower case, opening a piece is a project's size, no name;
// "1st POSTECH Hackathon", "7-Eleven" and "3M" are names.)
// ("January 2026 – Present (40 Hrs/Week)": the hours a week, as USAJOBS résumés print them, say how
// the post was held, no field of it.)
const HOURS_A_WEEK = /^\d{1,2}\+?\s*(?:hrs?|hours?)\s*(?:\/|per|a)\s*(?:wk|week)\.?$/i;
const QUANTITY = /^(?:[$€£¥₹]\s?\d[\d,.]*\s?(?:[kKmMbB][nN]?|million|billion)?$|\d[\d,.]*(?:-|\s+)(?!(?:st|nd|rd|th)\b)\p{Ll})/u;

const HAS_SPACE = /\s/;
const WHITE_CHAR = /\s/;

/** Whether a name of two words or more, capitalised, holds a job's word in the plural ("… Volunteers", "Engineers …"). */
function pluralProfession(t: string): boolean {
  if (!UPPER_START.test(t) || !HAS_SPACE.test(t.trim())) return false;
  PLURAL_WORD.lastIndex = 0;
  for (let m = PLURAL_WORD.exec(t); m; m = PLURAL_WORD.exec(t)) if (TITLE_HEAD.test(m[1])) return true;
  return false;
}
const PLURAL_WORD = /\b(\p{Lu}\p{Ll}+)s\b/gu;

const HAS_LETTER = /\p{L}/u;

/** The last word of a piece, read back from its end ("Tax Preparer)" -> "Preparer"); '' when it ends on no -er word. */
function lastWord(t: string): string {
  let j = t.length;
  while (j > 0 && !HAS_LETTER.test(t[j - 1])) j--;
  if (j < 2 || t[j - 1] !== 'r' || (t[j - 2] !== 'e' && t[j - 2] !== 'E')) return '';
  let i = j;
  while (i > 0 && HAS_LETTER.test(t[i - 1])) i--;
  return t.slice(i, j);
}

const DOTTED_INITIALS = /^\s*(?:[A-Z]\.\s?){2,3}\s*$/;
const SUBURB_START = /^(?:Mt\.?|Mount|Point|Port|Fort|Ft\.?|St\.?|Saint|Lake|Cape|North|South|East|West|Upper|Lower)\s+\p{Lu}/u;

function isPlaceName(t: string): boolean {
  // ("Shift Lead, Crossroads Snacks, Troy OH": a whole piece of a header may be a town and a
  // state's code that is also a word, which running text may not: isPlace needs a known city there.)
  // ("Leeds City Centre" is a place whose last word is also an organisation's.)
  // ("M.S.", "B.A.": a degree's initials in dots, not Mississippi's or Buenos Aires' code.)
  if (DOTTED_INITIALS.test(t) && DEGREE_WORDS.test(t)) return false;
  // ("Mt. Wellington, Auckland", "Point Chevalier, Auckland": a suburb named by a place's word, then its city.)
  return (isPlace(t) || townAndWordState(t) || (SUBURB_START.test(t) && isLocalityPlace(t))) && (!ORG_WORDS.test(t) || isCityArea(t) || knownCityPlace(t));
}

const POST_NOTE = /^(.*\S)\s*\([^()]{1,60}\)\s*$/;

/** The post before a bracketed note ending the piece ("Registered Nurse" of "Registered Nurse (ICU)"), or the piece. */
function postBeforeNote(t: string): string {
  const m = POST_NOTE.exec(t);
  return m && TITLE_HEAD.test(m[1]) ? m[1] : t;
}

/** A place whose town is a known city ("College Station, TX"), so its words name no body. */
function knownCityPlace(t: string): boolean {
  const comma = t.indexOf(',');
  return isKnownCity(comma < 0 ? t : t.slice(0, comma)) && isPlace(t);
}

/**
 * The text with a tab for each space at which an emphasis opens or closes in the source, between a
 * word that opens in a capital (or a digit) and a word that does: "Waymo\tSenior Data Scientist".
 * ("Engineer at _Acme_", "Led the _Atlas_ dashboard": a small word on either side joins them.)
 */
function emphasisBreaks(src: string, c: Cleaned, text: string): string {
  let out: string | undefined;
  for (let x = text.indexOf(' ', 1); x > 0 && x < text.length - 1; x = text.indexOf(' ', x + 1)) {
    if (!UPPER_OR_DIGIT.test(text[x + 1])) continue;
    const w = text.lastIndexOf(' ', x - 1) + 1;
    if (!UPPER_OR_DIGIT.test(text[w]) || !WORD_CHAR_END.test(text[x - 1])) continue;
    const s0 = spanOf(c, x - 1, x).end;
    const s1 = spanOf(c, x + 1, x + 2).start;
    // (Within one line of the source: a line's end parts its fields already.)
    if (s1 - s0 > 8 || !EMPHASIS_MARK.test(src.slice(s0, s1)) || src.slice(s0, s1).includes('\n') || !pairedMark(src, s0, s1)) continue;
    out = (out ?? text).slice(0, x) + '\t' + (out ?? text).slice(x + 1);
  }
  return out ?? text;
}

/**
 * Whether the emphasis marks in src[s0, s1) close a run opened earlier on the line or open one
 * closed later ("PCSI/PC* Henri Wallon": a star no run pairs with is a character of the name).
 */
function pairedMark(src: string, s0: number, s1: number): boolean {
  const gap = src.slice(s0, s1);
  const ws = gap.search(SPACE_OR_BREAK);
  const closing = ws > 0 ? gap.slice(0, ws) : '';
  const opening = ws >= 0 ? gap.slice(ws).trim() : '';
  const from = Math.max(src.lastIndexOf('\n', s0 - 1) + 1, s0 - 300);
  let to = src.indexOf('\n', s1);
  if (to < 0 || to > s1 + 300) to = Math.min(src.length, s1 + 300);
  const mark = (m: string) => m.replace(NOT_MARK_G, '').slice(0, 2);
  const c = mark(closing);
  if (c && src.lastIndexOf(c, s0 - 1) >= from) return true;
  const o = mark(opening);
  const close = o ? src.indexOf(o, s1) : -1;
  return close >= 0 && close < to;
}
const SPACE_OR_BREAK = /\s/;
const NOT_MARK_G = /[^*_]/g;
const UPPER_OR_DIGIT = /[\p{Lu}\d]/u;
const WORD_CHAR_END = /[\p{L}\d.)]/u;
const EMPHASIS_MARK = /[*_]/;

/** Markup right before a piece in the source: bold (**), italic (*) or a link ([). */
function markup(src: string, start: number): { bold: boolean; italic: boolean; link: boolean } {
  const b1 = src.charCodeAt(start - 1);
  const b2 = src.charCodeAt(start - 2);
  const mark1 = b1 === 42 || b1 === 95;
  const bold = mark1 && b2 === b1;
  return { bold, italic: mark1 && !bold, link: b1 === 91 };
}

const OPEN_PUNCT_END = /[,;:(]$/;
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;
const UPPER_OR_BRACKET_START = /^(?:\p{Lu}|\()/u;

/**
 * Where a place of one to three words starts after a job title's last word ("… Barber Leeds"), or
 * a known city after a degree ("NVQ Level 3 Diploma in Barbering Leeds"); -1 when none does.
 */
function townAfterTitle(seg: string): number {
  const t = seg.trimEnd();
  // The last four words' bounds, read back from the end, and whether there are 2 to 12 words (a
  // match object per word was a large share of reading a header; the bounds go in two small
  // module arrays, not two new lists per call). Index 0 is the last word.
  const starts = WORD_STARTS;
  const ends = WORD_ENDS;
  let count = 0;
  for (let i = t.length; i > 0; ) {
    while (i > 0 && isSpace(t.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    const end = i;
    while (i > 0 && !isSpace(t.charCodeAt(i - 1))) i--;
    if (++count > 12) return -1;
    if (count <= 4) {
      starts[count - 1] = i;
      ends[count - 1] = end;
    }
  }
  if (count < 2) return -1;
  for (let n = Math.min(3, count - 1); n >= 1; n--) {
    const at = starts[n - 1];
    const last = t.slice(starts[n], ends[n]);
    const tail = t.slice(at);
    if (OPEN_PUNCT_END.test(last) || isConnector(last) || TITLE_WORDS.test(tail)) continue;
    // ("University of Central Florida": a compass word after "of" opens the place's name in the school's.)
    if (OF_COMPASS_END.test(t.slice(0, ends[n]))) continue;
    if (TITLE_WORDS.test(last) ? isPlace(tail) : townAfterDegree(t, at, last, tail) || townAfterQualifier(t, at, last, tail)) return at;
  }
  return -1;
}

const OF_COMPASS_END = /\bof\s+(?:north|south|east|west|northern|southern|eastern|western|central|new|upper|lower)$/i;
const WORD_STARTS = new Int32Array(4);
const WORD_ENDS = new Int32Array(4);

/** A known city after a degree, not after a school's initials ("M.Sc. Computer Science, TU Berlin") nor a school's word ("Erasmus University Rotterdam" is the school's name). */
function townAfterDegree(t: string, at: number, last: string, tail: string): boolean {
  return !CAPITALS_ONLY.test(last) && !SCHOOL_WORD.test(last) && DEGREE_WORDS.test(t.slice(0, at)) && isKnownCity(tail);
}

/**
 * A known city after a title's qualifier or its note in brackets, the title and its place on one
 * row ("Grade 7 Policy Lead, Rail Reform Leeds", "Graduate Management Trainee (NGDP) Leeds").
 */
function townAfterQualifier(t: string, at: number, last: string, tail: string): boolean {
  if (!UPPER_OR_BRACKET_START.test(last) || !TITLE_WORDS.test(t.slice(0, at)) || !isKnownCity(tail)) return false;
  // (Not one word alone after the title's comma: "Communications Summer Student, Hydro Ottawa" names
  // an employer, whose name ends on its town.)
  const comma = t.lastIndexOf(',', at);
  return comma < 0 || last.endsWith(')') || t.slice(comma + 1, at).trim().includes(' ');
}

const GRADE_AFTER = / (?:c?gpa|cpi)\b(?::? ?\d[\d.,/ ]*)?$/i;
const HONOURS_AFTER = /,\s*((?:summa |magna )?cum laude|with (?:high(?:est)? )?(?:distinction|honou?rs))\.?\s*$/i;

const AT_NAME_START = /^at \p{Lu}/u;
const SCHOOL_AFTER_DEED = /^\s*(?:graduated? (?:of|from)|enrolled (?:at|in)|attended|studied at)\s+(?=\p{Lu})/iu;
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;
const SPACED_AT = / at /;
const GPA_RUN_ON = /[\s,;(]+(?:(?:cumulative|overall|major|final)\s+)?(?:GPA|CGPA|grade point average)\b/i;
const SPACED_AT_OTHER = / (?:à|chez|bei|presso) (?=\p{Lu}|l['’]\p{Lu})/u;
const CAPITALISED_FEW = /^\p{Lu}[\p{L}'’&-]*(?: (?:\p{Lu}[\p{L}'’&-]*|&|and|of)){0,3}$/u;
const SPACED_FROM = / from (?=\p{Lu})/u;
const SPACED_IN_G = / in (?=\p{Lu})/gu;
const MAX_PLACE_AFTER_IN = 64;
/** The last " in " of the segment whose rest is a town and its region ("… University in Nashville, TN"), or null. */
function lastInBeforePlace(seg: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  // (Only near the end: a place is short, and a long line asks no more than its last words.)
  SPACED_IN_G.lastIndex = Math.max(0, seg.length - MAX_PLACE_AFTER_IN);
  // (A town and its region, "Nashville, TN": "Washington University in St. Louis" is one name.)
  for (let m = SPACED_IN_G.exec(seg); m; m = SPACED_IN_G.exec(seg)) {
    const rest = seg.slice(m.index + m[0].length).trim();
    if (rest.includes(',') ? isPlaceName(rest) : townThenRegion(rest)) found = m;
  }
  return found;
}
// "Baileyville Maine", "Flagstaff Arizona": a town no list holds, then its region or country, no comma between.
const TOWN_THEN_REGION = /^((?:\p{Lu}[\p{L}.'’-]+\s+){1,2})(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)$/u;
function townThenRegion(rest: string): boolean {
  const m = rest.length <= 40 ? TOWN_THEN_REGION.exec(rest) : null;
  return !!m && isPlace(m[2]) && !ORG_WORDS.test(m[1]) && !SCHOOL_WORD.test(m[1]);
}
const SPACED_WITH = / with /;
const TOWN_FIRST_WORD = /^(\p{L}+)\s+(?=\p{Lu})/u;
const SPACED_FOR = / for /;
// An eatery's word in its name: "Lakeside Pizza and Grill", "Blue Door Café".
const EATERY = /(?<![\p{L}])(?:grill|pizza|pizzeria|caf[eé]|bistro|diner|bakery|pub|tavern|deli|steakhouse|brewery|brewing)(?![\p{L}])/iu;
// An owner's name in the possessive opening a business's: "Domino's Pizza", "Hooter's Wings".
const OWNER_NAME = /^\p{Lu}[\p{L}-]*['’]s\s+\p{Lu}/u;
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;
const LEGAL_FORM_RUN_ON = /^((?:Inc|Ltd|LLC|LLP|Corp|GmbH|PLC|Pty Ltd|Co)\.?)\s+(?=\p{Lu})/u;
/** "Guy F. Atkinson Construction", "Jensen's Pressure Grouting": two words or more, each capitalised or a name's joining word. */
function capitalisedName(t: string): boolean {
  const ws = t.split(',')[0].trim().split(SPACES);
  return ws.length >= 2 && ws.length <= 6 && ws.every((w) => UPPER_OR_DIGIT_START.test(w) || NAME_JOINER.test(w)) && !TITLE_WORDS.test(t);
}
const UPPER_OR_DIGIT_START = /^[\p{Lu}\d]/u;
const NOTE_IN_BRACKETS = /^(.*\S)\s*\(([^()]{2,40})\)$/;
// A bracket inside a segment, words after it: "Arup (Toronto, ON, Canada) Structural engineer intern".
const MID_BRACKETS = /^([^()]{1,80}?\S)\s*\(([^()]{2,40})\)\s*([^()\s][^()]{0,80})$/;
const INITIALS = /^[\p{Lu}\d&]{2,}$/u;
const HAS_LOWER = /\p{Ll}/u;

const UNIVERSITY_BEFORE_TOWN = /(?<![\p{L}])(?:universit[äé]t|universiteit|universit[àé]|universidad|universidade|uniwersytet|universitet|hochschule)\s+$/iu;

/** Where a known town repeated after the school named after it starts ("University of Glasgow Glasgow"), or -1. */
function townAfterSchool(seg: string): number {
  const m = TOWN_AGAIN.exec(seg);
  return m && SCHOOL_WORD.test(m[1]) && isKnownCity(m[2]) ? m[1].length + 1 : -1;
}
const TOWN_AGAIN = /^(.*\bof\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?))\s\2$/u;

/** The segment parted around a joining word (" at ", " with ") at `m`: the two sides, the second set off by "at". */
const MEMBER_OF_UNIT = /(?<![A-Za-z\u00C0-\u024F])(?:committee|band|team|board|council|panel|group|unit|department|dept|division|section|choir|orchestra|ensemble|squad|crew|staff|faculty|senate|cabinet)(?![A-Za-z\u00C0-\u024F])/i;
const MEMBER_OF = /^((?:Member|Volunteer|Board Member|Committee Member))\s+(?:of|for)\s+(?=\p{Lu})/u;

/** The pieces before and after a joining word `m` found in text.slice(i, j) (its index within that slice, its text). */
function joinedAt(text: string, i: number, j: number, orgLine: boolean, m: { index: number; 0: string }): [number, number, string][] {
  return [...splitSegment(text, i, i + m.index, orgLine), ...splitSegment(text, i + m.index + m[0].length, j, orgLine).map(([a, b, s], k) => [a, b, k === 0 ? 'at' : s] as [number, number, string])];
}

/** Splits one segment (no strong separator inside) into pieces: place suffix, degree prefix, "at", commas. */
function splitSegment(text: string, i: number, j: number, orgLine = false, iconField = false, nameAndTown = false): [number, number, string][] {
  const seg = text.slice(i, j);
  // "Arup (Toronto, ON, Canada) Structural engineer intern": a place in brackets inside the line,
  // a post after it, parts the fields around it.
  const mid = seg.includes(')') ? MID_BRACKETS.exec(seg) : null;
  // (A town with its region or country, or a known city, and a post after it: "Broker (IL) / Team
  // Leader" and "PLUS (Laboratory for UNIX Security)" are a post's and a name's notes.)
  if (mid && isPlaceName(mid[2]) && (mid[2].includes(',') || isKnownCity(mid[2])) && TITLE_WORDS.test(mid[3])) {
    const open = i + mid[1].length + seg.slice(mid[1].length).indexOf('(');
    const close = open + 1 + mid[2].length;
    const after = i + seg.length - mid[3].length;
    return [...splitSegment(text, i, i + mid[1].length, orgLine), [open + 1, close, '('], ...splitSegment(text, after, j, orgLine).map(([a, b, sep], k): [number, number, string] => [a, b, k === 0 ? ',' : sep])];
  }
  // "Anna University CGPA 8.1/10": a grade run on after the school's name is a detail of its own.
  const grade = GRADE_AFTER.exec(seg);
  if (grade && grade.index > 0) return [...splitSegment(text, i, i + grade.index, orgLine, iconField, nameAndTown), [i + grade.index + 1, j, ' ']];
  // ("Université d'Ottawa, Ottawa, ON, magna cum laude": Latin honours after the place are a
  // detail of their own, and the place ends the fields before them.)
  const honours = seg.includes(',') ? HONOURS_AFTER.exec(seg) : null;
  if (honours && honours.index > 0) return [...splitSegment(text, i, i + honours.index, orgLine, iconField, nameAndTown), [i + honours.index + honours[0].indexOf(honours[1]), j, ',']];
  // "Allstate Northbrook, IL" over "Associate Data Scientist  Jul. 2020 – May 2021" (a two-line
  // header whose employer and place the page set apart, copied with one space between): on the
  // employer's line, a name run into a town no list knows is two fields.
  const named = nameAndTown ? employerBeforeTown(seg) : -1;
  if (named > 0) {
    const head = trimRange(text, i, i + named, ' \t,;:(');
    return [[head[0], head[1], ''], [i + named, j, ',']];
  }
  // "Ph.D. in Computer Science" / "at University of Texas at Austin": a line that opens on "at"
  // names where the line above was held; "at" is not part of the name.
  if (AT_NAME_START.test(seg) && LINE_START_BEFORE.test(text.slice(0, i))) return splitSegment(text, i + 3, j, orgLine).map(([a, b, s], k) => [a, b, k === 0 ? 'at' : s] as [number, number, string]);
  // "Graduate of Calallen High School", "Enrolled at Austin Community College": the school after
  // what the person did there; the words before it are no part of its name.
  const done = seg.length < 200 ? SCHOOL_AFTER_DEED.exec(seg) : null;
  if (done && SCHOOL_WORD.test(seg.slice(done[0].length))) return splitSegment(text, i + done[0].length, j, orgLine);
  // "Engineer at Acme" is two pieces; "University of Texas at Austin" is one.
  // (joinedAt is a function of its own, not a closure made on every call: every header piece comes here.)
  // "Ph.D. in Biomedical Engineering from Vanderbilt University in Nashville, TN": a degree "from"
  // its school, as "at" joins them; and the school "in" a place that ends the line.
  const from = SPACED_FROM.exec(seg);
  if (from && DEGREE_WORDS.test(seg.slice(0, from.index)) && SCHOOL_WORD.test(seg.slice(from.index + from[0].length))) return joinedAt(text, i, j, orgLine, from);
  const inAt = seg.includes(' in ') ? lastInBeforePlace(seg) : null;
  if (inAt && SCHOOL_WORD.test(seg.slice(0, inAt.index))) return joinedAt(text, i, j, orgLine, inAt);
  // "Member of Alpha Omega Epsilon", "Volunteer for Best Friends Animal Society": a member or a
  // volunteer "of" or "for" a body names the body as "at" does (not "Member of Technical Staff",
  // a post, nor "Member of the Board"; nor of a unit, "Member of Steering Committee", "Member of
  // School Music Band", which with its unit names the post).
  const member = MEMBER_OF.exec(seg);
  if (member && !TITLE_WORDS.test(seg.slice(member[0].length)) && !MEMBER_OF_UNIT.test(seg.slice(member[0].length)) && !seg.includes(',')) return joinedAt(text, i, j, orgLine, { index: member[1].length, 0: member[0].slice(member[1].length) });
  // ("Chargé de recherche à Inria", "Werkstudent bei Micreon GmbH", "Ricercatore presso CNR": "at"
  // in the other languages whose posts the reader knows.)
  const at = SPACED_AT.exec(seg) ?? SPACED_AT_OTHER.exec(seg);
  // ("Ph.D. Computer Science at University of Texas at Austin": a degree at its school, too.)
  // ("Group Leader in Neutron Physics at AERE Harwell": a unit's word in a post's name is no employer.)
  // ("Network Operations Center Technician at Westelcom": a post that ends on a post's word is one,
  // whatever unit's words it names first.)
  if (at && (TITLE_WORDS.test(seg.slice(0, at.index)) || DEGREE_WORDS.test(seg.slice(0, at.index))) && (!ORG_WORDS.test(seg.slice(0, at.index)) || UNIT_POST.test(seg.slice(0, at.index)) || TITLE_HEAD.test(seg.slice(0, at.index)))) return joinedAt(text, i, j, orgLine, at);
  // ("Production Support at Rocky Mountain Soap Co.": a few capitalised words, no body's, "at" a
  // name a company's suffix marks, is a post at that company, whatever words the post is named with.)
  if (at && STRONG_ORG.test(seg.slice(at.index + at[0].length)) && !ORG_WORDS.test(seg.slice(0, at.index)) && CAPITALISED_FEW.test(seg.slice(0, at.index))) return joinedAt(text, i, j, orgLine, at);
  // "Senior Project Engineer with Aldea Services, Inc.", "Staff Geologist with Stantec Consulting":
  // a job's title, then "with" and a capitalised name holding an organisation's word, is the job
  // and its employer, as "at" joins them.
  const withAt = SPACED_WITH.exec(seg);
  if (withAt) {
    const before = seg.slice(0, withAt.index);
    const after = seg.slice(withAt.index + withAt[0].length);
    if (TITLE_WORDS.test(before) && !ORG_WORDS.test(before) && UPPER_START.test(after) && (ORG_WORDS.test(after) || LEGAL_FORM_END.test(after.split(',').slice(0, 2).join(',').trim()) || capitalisedName(after))) return joinedAt(text, i, j, orgLine, withAt);
  }
  // "Prep Cook and Delivery Driver for Lakeside Pizza and Grill", "Assistant/General Manager for
  // Domino's Pizza": a post that ends on a post's word, "for" a capitalised name that a body's word,
  // a company's suffix, an eatery's word or an owner's name marks, is the post and its employer (not
  // "Manager for Business Development", a post's field, nor "for the Payments Team", a unit).
  const forAt = seg.includes(' for ') ? SPACED_FOR.exec(seg) : null;
  if (forAt) {
    const before = seg.slice(0, forAt.index);
    // (The name up to its comma: "Faculty Lead for Global Health, School of Medicine" leads an area.)
    const after = seg.slice(forAt.index + forAt[0].length).split(',')[0];
    const last = before.slice(before.lastIndexOf(' ') + 1);
    if (TITLE_WORDS.test(last) && !ORG_WORDS.test(before) && UPPER_START.test(after) && !MEMBER_OF_UNIT.test(after) && (ORG_WORDS.test(after) || STRONG_ORG.test(after) || EATERY.test(after) || OWNER_NAME.test(after))) return joinedAt(text, i, j, orgLine, forAt);
  }
  if (isPlaceName(seg.trim())) return [[i, j, '']];
  // A place at the end: "Dunamu Inc. Seoul, S.Korea".
  // (Not in a field an icon marks: "⌂ Heineken Netherlands ◷ Feb 2019 ⚲ Zoeterwoude" gives each field its
  // own icon, so the employer's field holds no place of its own.)
  let ps = iconField ? -1 : placeSuffixStart(seg);
  // "University of Glasgow Glasgow", "University of Edinburgh Edinburgh": a school named after its
  // town, and the town again (moderncv sets it against the margin; pdf.js and -raw join the two).
  if (ps < 0 && !iconField) ps = townAfterSchool(seg);
  // "Owner & Head Barber Leeds", "Senior Barber Leeds City Centre": a town right after a job
  // title, with no comma (a title and its place on one row, the place set against the margin).
  if (ps < 0 && !iconField) ps = townAfterTitle(seg);
  // ("Prof. Robert Davis", "Dr. Jane Paris": a person named with a title, whose surname a town bears.)
  if (ps > 0 && PERSON_BEFORE.test(seg.slice(0, ps))) ps = -1;
  // ("Vrije Universiteit Amsterdam", "Technische Universität Berlin": the town a university of these
  // languages is named with, right after its word, is part of its name.)
  if (ps > 0 && UNIVERSITY_BEFORE_TOWN.test(seg.slice(0, ps))) ps = -1;
  // ("Senior Engineering Technician Kearney, Nebraska": a word that ends job titles is the title's
  // last, not the first of a town no list knows.)
  if (ps > 0) {
    const head = TOWN_FIRST_WORD.exec(seg.slice(ps));
    if (head && TITLE_HEAD.test(head[1]) && isPlace(seg.slice(ps + head[0].length).trim())) ps += head[0].length;
  }
  if (ps > 0) {
    const head = trimRange(text, i, i + ps, ' \t,;:(');
    return [...splitSegment(text, head[0], head[1], orgLine), [i + ps, j, ',']];
  }
  // "Awesome University (MyTown)": a school's town in brackets.
  const pm = NOTE_IN_BRACKETS.exec(seg);
  // "Urban Forestry Utility Worker (Denver, CO)", "Peace Corps Volunteer (Togo)": any piece's place in brackets.
  // ("Seattle, WA (hybrid)": how the work was done, after its place, goes with the place.)
  if (pm && isRemote(pm[2]) && isPlaceName(pm[1])) return [[i, j, '']];
  // ("The Banking Academy (BANKSETA)": capitals in brackets after a name in mixed case are its
  // initials, no town.)
  const initials = !!pm && INITIALS.test(pm[2]) && HAS_LOWER.test(pm[1]);
  // ("Fraunhofer Institute for Solar Energy Systems (ISE)": the name's own initials, though a town
  // bears them, Ise in Japan.)
  const ownName = initials && initialsIn(pm![1], pm![2]);
  // ("Secondary School Certificate (Mittlere Reife)": a degree's name in brackets after it is the
  // degree's, though the words before name a school.)
  // ("Zalando SE (Polska)": a country after a company's legal form names its branch, part of the
  // name; a town, "Siemens AG (Munich)", is where it is.)
  if (pm && !ownName && !(COMPANY_FORM_END.test(pm[1].trimEnd()) && isCountry(pm[2])) && (isPlaceName(pm[2]) || (SCHOOL_WORD.test(pm[1]) && !DEGREE_WORDS.test(pm[1]) && isTownLike(pm[2]) && !initials))) {
    const open = i + seg.lastIndexOf('(');
    return [...splitSegment(text, i, i + pm[1].length, orgLine), [open + 1, j - 1, '(']];
  }
  // "Research Assistant (Stanford University)", "Capstone Design Project (McGill University)": a
  // school's name in brackets after a post or a project is where it was held. (Not a one-word name
  // and its long form, "ZEW (Center for European Economic Research)"; nor a kind of body, "Registered
  // Nurse (Long-Term Acute Care Hospital)", the unit the post served.)
  if (pm && !ownName && pm[1].trim().includes(' ') && SCHOOL_WORD.test(pm[2]) && capitalisedName(pm[2]) && !SCHOOL_WORD.test(pm[1]) && !ORG_WORDS.test(pm[1]) && !DEGREE_WORDS.test(pm[1])) {
    const open = i + seg.lastIndexOf('(');
    return [...splitSegment(text, i, i + pm[1].length, orgLine), [open + 1, j - 1, '(']];
  }
  // "University of Washington Master of Library and Information Science": a school's name, then
  // its degree written out, run together with no separator (a date column's row, copied).
  const sd = SCHOOL_THEN_DEGREE.exec(seg);
  if (sd && !sd[1].includes(',') && SCHOOL_WORD.test(sd[1]) && !DEGREE_WORDS.test(sd[1]) && capitalisedName(sd[1])) {
    const at = i + sd[1].length + sd[2].length;
    return [[i, i + sd[1].length, ''], [at, j, ' ']];
  }
  const dm = DEGREE_PREFIX.exec(seg);
  if (dm && SCHOOL_WORD.test(seg.slice(dm[0].length).split(',')[0])) {
    // "M.Sc. Supply Chain Management Erasmus University Rotterdam": the degree's field runs to its
    // last field word, when a school's name follows it.
    const field = fieldThenSchool(seg, dm[0].length);
    const rest = field > 0 ? field : dm[0].length;
    const end = field > 0 ? trimRange(seg, 0, field)[1] : dm[0].trimEnd().length;
    return [[i, i + end, ''], ...splitSegment(text, i + rest, j, orgLine).map(([a, b, s], k) => [a, b, k === 0 ? ' ' : s] as [number, number, string])];
  }
  // Commas: "Co-Founder & CTO, Nexus AI" parts a title from an employer; "R.O.K Cyber Command, MND"
  // and "Bain & Company, Inc." stay whole. (With no comma there is nothing to part or to join.)
  if (!seg.includes(',')) return [[i, j, '']];
  const cuts: number[] = [];
  let depth = 0;
  // "Smith, Jones & Associates, LLP", "Whitfield, Oduya & Brandt": partners' names listed up to
  // an "&" are one firm (its commas part nothing).
  let firmFrom = -1;
  let firmTo = -1;
  for (let k = 0; k < seg.length && firmTo < 0; k = seg.indexOf(',', k) + 1 || seg.length) {
    // (Past the white space trimStart drops, /\s/'s set, read in place: no copies per comma.)
    let at = k;
    while (at < seg.length && WHITE_CHAR.test(seg[at])) at++;
    const fm = FIRM_NAMES.exec(seg.slice(at));
    if (fm && !TITLE_WORDS.test(fm[0]) && !isPlaceName(fm[0].split(',')[0])) [firmFrom, firmTo] = [at, at + fm[0].length];
  }
  for (let k = 0; k < seg.length; k++) {
    const c = seg[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0 && (k < firmFrom || k >= firmTo)) cuts.push(k);
  }
  // "Supervisor of Front Desk, Call Center, and MRI Scheduling": commas of a list closed by ", and"
  // (or ", &") list what one field covers; a title and its employer are never written so.
  if (cuts.length >= 2 && SERIAL_AND.test(seg.slice(cuts[cuts.length - 1] + 1))) return [[i, j, '']];
  if (cuts.length) {
    const parts: [number, number][] = [];
    let from = 0;
    for (let ci = 0; ci <= cuts.length; ci++) {
      const c = ci < cuts.length ? cuts[ci] : seg.length;
      // (Brackets stay: "Civil Engineering (Water Resources)" ends on its own.)
      const r = trimRange(seg, from, c, ' \t;:|•·"“”\'‘’*_');
      if (r[1] > r[0]) {
        const t = seg.slice(r[0], r[1]);
        // ("Aldea Services, Inc. (offsite)": a note in brackets after the legal form keeps it the name's.)
        // ("Apple, Inc. Product Design Engineering Co-Op": a title run on after the legal form, as a
        // PDF copies a bold name and the role beside it, starts a part of its own.)
        const suffixRun = parts.length ? LEGAL_FORM_RUN_ON.exec(t) : null;
        if (parts.length && ORG_SUFFIX.test(t.replace(TRAILING_NOTE, ''))) parts[parts.length - 1][1] = r[1];
        else if (suffixRun && TITLE_WORDS.test(t.slice(suffixRun[0].length))) {
          parts[parts.length - 1][1] = r[0] + suffixRun[1].length;
          parts.push([r[0] + suffixRun[0].length, r[1]]);
        }
        // "Boston University, Questrom School of Business": a school of a university is one organisation.
        // (Not after a post named for a university: "University lecturer, Department of Social Policy".)
        else if (parts.length && SCHOOL_PART.test(t) && SCHOOL_WORD.test(seg.slice(parts[parts.length - 1][0], parts[parts.length - 1][1])) && !TITLE_WORDS.test(seg.slice(parts[parts.length - 1][0], parts[parts.length - 1][1])) && !DEGREE_WORDS.test(t)) parts[parts.length - 1][1] = r[1];
        else parts.push([r[0], r[1]]);
      }
      from = c + 1;
    }
    // "MA, Sociology, University of California, Berkeley": a degree's bare initials and its field,
    // parted by a comma, are one degree, not a state's code ("MA") and a title. ("Minor, Statistics"
    // stays apart: a minor is read as a detail of the degree.)
    if (parts.length >= 3) {
      const head = seg.slice(parts[0][0], parts[0][1]);
      const field = seg.slice(parts[1][0], parts[1][1]);
      const deg = DEGREE_WORDS.exec(head);
      if (deg && deg[0].length === head.length && head.length <= 6 && !MINOR_MAJOR.test(head) && UPPER_START.test(field) && !ORG_WORDS.test(field) && !SCHOOL_WORD.test(field) && !DEGREE_WORDS.test(field) && !isPlaceName(field) && ORG_WORDS.test(seg.slice(parts[2][0]))) parts.splice(0, 2, [parts[0][0], parts[1][1]]);
    }
    // An organisation's line (the title stands on another line) keeps its commas, unless one part
    // alone names a school or a company and the others are stray single words ("Penetration,
    // University A": a wrapped field before the school).
    // (Each part's text and organisation test once, in indexed loops: every header with a comma
    // comes here, and the tuples' destructuring and the lists of filter made garbage per header.)
    if (parts.length > 1) {
      const texts: string[] = [];
      let named = 0;
      let orgAt = -1;
      for (let k = 0; k < parts.length; k++) {
        const t = seg.slice(parts[k][0], parts[k][1]);
        texts.push(t);
        if (ORG_WORDS.test(t)) {
          named++;
          orgAt = k;
        }
      }
      // ("Interactive Media Lab, LUMS": a body's initials after one of its labs are the body that
      // holds it, no stray word.)
      let stray = named === 1;
      for (let k = 0; stray && k < texts.length; k++) if (k !== orgAt && HAS_SPACE.test(texts[k])) stray = false;
      for (let k = 1; stray && k < texts.length; k++) if (parentInitials(texts[k])) stray = false;
      let splits = stray || !orgLine;
      for (let k = 0; !splits && k < texts.length; k++) if (TITLE_WORDS.test(texts[k]) || DEGREE_WORDS.test(texts[k])) splits = true;
      if (splits) {
        const out: [number, number, string][] = [];
        for (let k = 0; k < parts.length; k++) out.push([i + parts[k][0], i + parts[k][1], k === 0 ? '' : ',']);
        return out;
      }
    }
  }
  return [[i, j, '']];
}

// A post named by what it heads: "Director of Sales", "Head of Data", "Vice President of Engineering".
const TITLE_OF = /^(?:[\p{L}-]+\s+){0,2}(?:supervisor|director|head|manager|chief|president|officer|coordinator|chair|dean|professor|lecturer|teacher|instructor|principal|superintendent|secretary|treasurer|editor)\s+of\s+\p{Lu}/iu;
// A post named for the unit it leads: "Group Leader", "Team Lead", "Project Manager", "Lab Director".
const UNIT_POST = /^(?:[\p{L}-]+\s+){0,2}(?:group|team|unit|department|division|section|lab|laboratory|project|programme|program)\s+(?:leader|lead|head|manager|director|coordinator|chair)\b/iu;
const MINOR_MAJOR = /^(?:minor|major)$/i;
const NOT_GIVEN = /^(?:n\/a|none|nil|tb[acd])\.?$/i;
const SERIAL_AND = /^\s*(?:and|&)\s+\S/;

// Words that begin a university's name before "University of" ("Technical University of Munich").
const UNIVERSITY_ADJECTIVE = /^(?:technical|national|state|free|open|catholic|american|royal|imperial|federal|polytechnic|hebrew|central|northern|southern|eastern|western|medical|agricultural|city|metropolitan|international|public|pontifical|islamic|christian|capital|normal|the)$/i;

// Words inside an organisation's name run after a title ("Museum of Fine Arts", "Stratford upon
// Avon Hospital"). Not places.ts's isConnector: that list ends a name before a place and so holds
// "at" and "in", which here would let a place join the employer's name.
const NAME_JOINER = /^(?:of|and|&|the|de|del|der|du|la|le|für|for|on|upon)$/i;

const WORDS_G = /\S+/g;

/**
 * Where the employer starts in a job title run into its employer's name ("Senior Veterinarian Plains
 * Veterinary Group, Ashburton", "Staff Nurse Royal Free Hospital"): after a word that ends job
 * titles, a run of capitalised words ending in an organisation's word and holding no title word.
 * -1 when the segment is no such pair.
 */
function titleThenOrg(seg: string): number {
  const comma = seg.indexOf(',');
  const head = comma < 0 ? seg : seg.slice(0, comma);
  const lastAt = head.trimEnd().lastIndexOf(' ');
  if (lastAt < 0) return -1;
  const last = head.slice(lastAt + 1).trimEnd();
  // ("SSC Maharashtra State Board": a school-leaving exam's board is where the degree was taken.)
  const examBoard = last === 'Board' && DEGREE_WORDS.test(head.slice(0, head.indexOf(' ')));
  const orgEnd = ((ORG_WORDS.test(last) || WEAK_ORG_WORDS.test(last)) && !LOWER_START.test(last)) || examBoard;
  // (Most header lines end on no organisation's word and hold no code: answered without the words.)
  if (!orgEnd && !/[\p{Lu}\d&.]{3}/u.test(head) && !ORG_START_INSIDE.test(head)) return -1;
  // (Nor, without that word, does a word after the first read as a code or open an organisation's
  // name: "Engineer 123" is answered without the words too.)
  if (!orgEnd && !CODE_AFTER.test(head) && !ORG_START_AFTER.test(head)) return -1;
  const words = [...head.matchAll(WORDS_G)];
  const n = words.length;
  for (let k = 0; k + 1 < n; k++) {
    const first = words[k + 1];
    // "Senior Product Designer N26", "Volunteer Veterinarian SPCA Canterbury", "B.A. Communication
    // Design HAW Hamburg": a name opening with initials or a code (three characters or more, no
    // roman numeral) is the employer's or the school's, whatever word ends it.
    // (Not in a line set in capitals, "BACHELOR OF SCIENCE"; nor a standard's number, "ISO 15189".)
    const coded = ACRONYM.test(first[0]) && !ROMAN.test(first[0]) && HAS_LOWER.test(head.slice(0, first.index!)) && !words.some(([w], m) => m > k && /^\d+$/.test(w));
    // ("UX/UI Designer Studio Kranich", "Senior Analyst Bank of America": a name that opens with an
    // organisation's word.)
    const orgFirst = ORG_START.test(first[0]) && n - k - 1 >= 2;
    if (!coded && !orgFirst && !(orgEnd && n - k - 1 >= 2)) continue;
    const rest = words.slice(k + 1);
    const upTo = head.slice(0, words[k].index! + words[k][0].length);
    // (Or a degree closed by its initials: "Bachelor of Veterinary Science (BVSc) Massey University".)
    // (Or a degree's field of study, when a school's name follows, opening on a word no field has:
    // "Bachelor of Arts in Communication Moi University", "Diploma in Journalism Aga Khan University";
    // "Master Studies Digital Media" names no school.)
    // (Or a degree that is only its initials before a school's or an exam board's name: "SSC
    // Maharashtra State Board", "MBA Aston Business School"; "BA English and New Media" is a field.)
    const initials = k === 0 && /^\p{Lu}{2,5}$/u.test(upTo) && DEGREE_WORDS.exec(upTo)?.[0] === upTo && (ORG_WORDS.test(last) || examBoard);
    const ends = TITLE_HEAD.test(words[k][0]) || (DEGREE_WORDS.test(upTo) && (/\)$/.test(words[k][0]) || coded || initials || fieldEndsAt(words[k][0], rest[0][0], head.slice(rest[0].index!))));
    if (!ends || ORG_WORDS.test(upTo)) continue;
    if (!UPPER_START.test(rest[0][0]) || (NAME_JOINER.test(rest[0][0]) && rest[0][0] !== 'The')) continue;
    if (!rest.every(([w]) => /^[\p{Lu}\d&]/u.test(w) || NAME_JOINER.test(w))) continue;
    const after = head.slice(rest[0].index!);
    if (TITLE_WORDS.test(after) || DEGREE_WORDS.test(after) || /certifi/i.test(after)) continue;
    // ("Medical Director Pty Ltd": a legal form alone is the end of the company's own name, whose
    // words only look like a title.)
    if (LEGAL_FORM_ONLY.test(after)) continue;
    return rest[0].index!;
  }
  return -1;
}
const ACRONYM = /^(?=[\p{Lu}\d]*\p{Lu})[\p{Lu}\d&.]{3,}$/u;
const LEGAL_FORM_ONLY = /^(?:(?:pty|pvt|private|co)\.?\s+)?(?:ltd|limited|inc|llc|llp|gmbh|corp|corporation|plc)\.?$/i;
const INITIALS_IN_BRACKETS_END = /\(\p{Lu}[\p{Lu}\d&.]{1,7}\)$/u;
const ORG_NAME_END = /(?:\(\p{Lu}[\p{Lu}\d&.]{1,7}\)|\p{Lu}[\p{L}&.]*)$/u;

/**
 * Where the title starts in an organisation's name run into the title after it, as a bold name and
 * an italic role print on one line ("Beta Alpha Psi (BAP) Treasurer", "Society of Physics Students
 * Vice-President"): a last word that heads job titles, the words before it capitalised, and before
 * them a capitalised name holding an organisation's word or ending on its initials in brackets, and
 * no title word. -1 when the segment is no such pair.
 */
function orgThenTitle(seg: string): number {
  if (seg.includes(',')) return -1;
  const words = [...seg.matchAll(WORDS_G)];
  const n = words.length;
  if (n < 3 || !TITLE_HEAD.test(words[n - 1][0]) || !UPPER_START.test(words[n - 1][0]) || !HAS_LOWER.test(seg)) return -1;
  // The title: its head word and the words before it that qualify a title ("Visiting Student",
  // "Senior Vice President"); the organisation's name ends before them.
  let k = n - 1;
  while (k - 1 >= 1 && TITLE_QUALIFIER.test(words[k - 1][0])) k--;
  let lead = seg.slice(0, words[k].index!).trimEnd();
  // ("Real Estate Arts Agency Senior Web Developer": words of the work between a qualifier and the
  // head word, "Web", "Data", "Software"; the title opens on its qualifier.)
  if (TITLE_WORDS.test(lead)) {
    let q = k;
    while (q - 1 >= 1 && k - q < 3 && !TITLE_QUALIFIER.test(words[q - 1][0]) && UPPER_START.test(words[q - 1][0])) q--;
    if (q - 1 >= 1 && TITLE_QUALIFIER.test(words[q - 1][0])) {
      const shorter = seg.slice(0, words[q - 1].index!).trimEnd();
      if (!TITLE_WORDS.test(shorter)) {
        k = q - 1;
        lead = shorter;
      }
    }
  }
  if (TITLE_WORDS.test(lead) || DEGREE_WORDS.test(lead) || !ORG_NAME_END.test(lead)) return -1;
  // (A name of three words or more, or one closed by its initials: "Graduate Library Assistant",
  // "Spay/Neuter Clinic Volunteer" and "Hotel Operations Manager" are titles a place's word opens.)
  if (!INITIALS_IN_BRACKETS_END.test(lead) && !(ORG_WORDS.test(lead) && k >= 3)) return -1;
  // ("Technical Support and Network Administrator": a lowercase "and" joins two lines of work
  // the title covers, the last one the title's own, no organisation's name.)
  if (AND_BEFORE_LAST.test(lead)) return -1;
  return words[k].index!;
}
// " and Network" ending the lead: its last word joined to the words before it by "and".
const AND_BEFORE_LAST = / and \S+$/;
/** Words that qualify a job title before its head word. */
const TITLE_QUALIFIER = /^(?:senior|sr\.?|junior|jr\.?|assistant|associate|deputy|acting|interim|honorary|visiting|chief|head|lead|principal|staff|executive|vice|vice-|co-|graduate|undergraduate|postdoctoral|post-doctoral|research|teaching|general|managing|regional|national|founding|student|team|project|program|programme|product|senior-level)$/i;
// Words an organisation's name opens with, capitalised ("Studio Kranich", "Bank of America", "Hotel Miramar").
// (And the bodies named "of" or "for" something: "Coalition for the Homeless", "Department of Health".)
const ORG_START_WORDS = 'Studios?|Bank|Banco|Hotel|Hôtel|Hospital|Museum|University|Universidad|Universität|Université|College|Clinic|Agentur|Atelier|Gallery|Galerie|Institute|Instituto|Institut|Coalition|Foundation|Society|Association|Council|Federation|Alliance|Academy|Agency|Ministry|Department';
const ORG_START = new RegExp(`^(?:${ORG_START_WORDS})$`);
const ORG_START_INSIDE = new RegExp(` (?:${ORG_START_WORDS}) \\S`);
// A word after a space that ACRONYM takes, or that ORG_START takes with a word after it (titleThenOrg's quick refusal).
const CODE_AFTER = /\s(?=[\p{Lu}\d]*\p{Lu})[\p{Lu}\d&.]{3,}(?!\S)/u;
const ORG_START_AFTER = new RegExp(`\\s(?:${ORG_START_WORDS})\\s+\\S`, 'u');
/**
 * Where a school's name starts after a degree's field of study (from `from`), or -1: after the
 * last field word that a capitalised word no field has follows, opening a name with a school's
 * word in it ("Supply Chain Management | Erasmus University Rotterdam").
 */
function fieldThenSchool(seg: string, from: number): number {
  const words = [...seg.slice(from).split(',')[0].matchAll(WORDS_G)];
  let at = -1;
  for (let k = 0; k + 1 < words.length; k++) {
    const next = words[k + 1][0];
    if (UPPER_START.test(next) && !NAME_JOINER.test(next) && fieldEndsAt(words[k][0], next, seg.slice(from + words[k + 1].index!))) at = from + words[k + 1].index!;
  }
  return at;
}

/** A degree's field of study ends on `word` when `next` opens a name with a school's word in it (`after`) and no field has it. */
function fieldEndsAt(word: string, next: string, after: string): boolean {
  return SUBJECT.test(word) && !SUBJECT.test(next) && SCHOOL_WORD.test(after);
}

// Words that end a degree's field of study ("… in Communication", "… Supply Chain Management").
const SUBJECT = /^(?:arts|sciences?|engineering|communications?|journalism|business|administration|economics|management|mathematics|physics|chemistry|biology|biochemistry|psychology|nursing|education|law|medicine|pharmacy|accounting|accountancy|finance|marketing|history|english|literature|philosophy|sociology|politics|design|architecture|music|technology|systems|health|policy|relations|studies|statistics|geography|geology|agriculture|hospitality|tourism|media|languages|linguistics|resources|commerce|theatre|film|nutrition|kinesiology|justice|criminology|anthropology|humanities|informatics|analytics|logistics|planning|therapy|physiotherapy|dentistry|surgery|care|work|teaching|pedagogy|translation|interpreting|computing|electronics|mechatronics|robotics|aeronautics|astronautics|neuroscience|genetics|ecology|zoology|botany|microbiology|pharmacology|toxicology|epidemiology|optometry|radiography|midwifery|veterinary|photography|animation|illustration|fashion|textiles|culinary)$/i;
export const ROMAN = /^[IVX]+$/;
const LETTER = /\p{L}/u;

const LAST_WORD_AFTER_SPACE = /\s(\S+)$/;
const AT_END = /\s(?:at|@)$/i;
const OPEN_BRACKETS_G = /\(/g;
const CLOSE_BRACKETS_G = /\)/g;

/** Cuts a segment that lost its separator in a pdf.js copy: "Fullstack Engineer University of Bremen", "Programmer otulea.uni-bremen.de". */
function splitRunTogether(text: string, i: number, j: number, otherTitled = false): [number, number][] {
  const seg = text.slice(i, j);
  const dm = DOMAIN_END.exec(seg);
  if (dm && dm.index > 0) return [[i, i + dm.index], [i + dm.index + 1, j]];
  const to = otherTitled ? -1 : titleThenOrg(seg);
  if (to > 0) return [[i, i + to], [i + to, j]];
  const ot = orgThenTitle(seg);
  if (ot > 0) return [[i, i + seg.slice(0, ot).trimEnd().length], [i + ot, j]];
  const om = OF_SCHOOL.exec(seg);
  if (!om || om.index <= 0) return [[i, j]];
  // The school's name may start with a word before "University of" ("Technical University of Munich").
  let at = om.index;
  const adj = LAST_WORD_AFTER_SPACE.exec(seg.slice(0, at));
  // ("Imperial College of Science", "Royal Academy of Music", "National Institute of Design" alike.)
  if (adj && UNIVERSITY_ADJECTIVE.test(adj[1])) at = adj.index;
  // ("MSc Public Health London School of Economics", "Georgia Institute of Technology": a place's
  // name before "School of" opens the school's name, after a degree or title of its own words.)
  else if (adj && adj.index > 0) {
    const two = LAST_WORD_AFTER_SPACE.exec(seg.slice(0, adj.index));
    const place = (w: string): boolean => UPPER_START.test(w) && (isKnownCity(w) || isRegion(w) || isCountry(w));
    if (two && two.index > 0 && place(`${two[1]} ${adj[1]}`)) at = two.index;
    else if (place(adj[1])) at = adj.index;
  }
  const left = seg.slice(0, at);
  // Only right after the title's or degree's own words: in "Computer Science, Massachusetts
  // Institute of Technology" the word before is the school's.
  const last = left.slice(left.lastIndexOf(',') + 1);
  // "Semester Abroad University of Melbourne": a "University of" after two words of something else.
  const lastWords = last.trim().split(SPACES);
  const afterName = seg.startsWith('University of', om.index + 1) && lastWords.length >= 2 && !isPlace(lastWords[lastWords.length - 1]);
  // ("Ph.D. Computer Science at University of …" lost no separator: "at" joins the two, read later.)
  if (at > 0 && !AT_END.test(left) && (TITLE_WORDS.test(last) || DEGREE_WORDS.test(last) || afterName) && (left.match(OPEN_BRACKETS_G) ?? []).length === (left.match(CLOSE_BRACKETS_G) ?? []).length) return [[i, i + at], [i + at + 1, j]];
  return [[i, j]];
}

const OPENERS_G = /[([]/g;
const CLOSERS_G = /[)\]]/g;
const OPENER_START = /^[([]/;
const CLOSER_END = /[)\]]$/;
const OPENER_END = /[([]$/;
const CLOSER_START = /^[)\]]/;

const NOTE_AFTER_STOP = /(?<=\p{Ll}{3})\.[ \t]+\([^()]{2,80}\)\.?$/u;

/** Drops a bracket the piece does not close or open ("(Remote", "Inc.)"), keeps a pair ("Pay Inc. (KarrotPay)"). */
function balance(text: string, i: number, j: number): [number, number] {
  for (let guard = 0; guard < 4 && j > i; guard++) {
    const t = text.slice(i, j);
    const open = (t.match(OPENERS_G) ?? []).length;
    const close = (t.match(CLOSERS_G) ?? []).length;
    if (open === close) break;
    // "Oasis Media (13/2020": the text after an unclosed bracket is not part of the name.
    const cut = open > close ? t.lastIndexOf('(') : -1;
    if (cut > 0 && !t.slice(cut).includes(')')) {
      const r = trimRange(text, i, i + cut, ' \t,;:');
      i = r[0];
      j = r[1];
      continue;
    }
    if (open > close && OPENER_START.test(t)) i++;
    else if (close > open && CLOSER_END.test(t)) j--;
    else if (open > close && OPENER_END.test(t)) j--;
    else if (close > open && CLOSER_START.test(t)) i++;
    else break;
    // (Indexed reads: destructuring ran the iterator protocol on every header piece.)
    const r = trimRange(text, i, j, ' \t,;:');
    i = r[0];
    j = r[1];
  }
  // A wholly bracketed piece loses its brackets: "(Remote)".
  if (text[i] === '(' && text[j - 1] === ')' && !text.slice(i + 1, j - 1).includes('(')) return trimRange(text, i + 1, j - 1, ' \t');
  return [i, j];
}

// "Madison, Madison, WI": a campus, then a town and its region.
const CAMPUS_THEN_PLACE = /^(\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*)?),\s*(\p{Lu}[^,]*,\s*\S.*)$/u;

const NO_TITLED: readonly boolean[] = [];
const HOUSE_NUMBER_START = /^[ \t]*(\d{1,5}[A-Za-z]?)(?=,?[ \t])/;
// "200, Rue de la Loi, 1049 Brussels", "123, Bd Ney, 75023 Paris", "12 Via Roma, Milano": a European
// street's word comes before its name (and a comma may follow the house number).
const STREET_WORD_FIRST = /^,?[ \t]+(?:rue|bd|boulevard|avenue|av|avenida|via|viale|piazza|corso|calle|carrer|rua|chauss[ée]e|quai|all[ée]e|paseo|plaza)\.?[ \t]+\p{L}/iu;
// What may follow a street's word in a piece: its quarter ("NE") or its suite ("Suite 4", "# 404").
const STREET_REST = /^\.?(?:[ \t]+(?:[NS][EW]|[NSEW]))?(?:,?[ \t]*(?:#|Suite|Ste\.?|Unit)[ \t]*\d{1,5}[A-Za-z]?)?[ \t]*$/;

/** A piece that is a street address and nothing more: "2274 Wyoming Blvd NE", "1914 Inez Dr". */
function streetPiece(t: string): boolean {
  const n = HOUSE_NUMBER_START.exec(t);
  if (!n) return false;
  const m = STREET_AFTER.exec(t.slice(n[0].length, n[0].length + 80));
  return !!m && STREET_REST.test(t.slice(n[0].length + m[0].length));
}

const CLOSE_START = /^\s*\)/;
const OPEN_END = /\(\s*$/;
const MASKED_G = /\u0000+/g;
const UPPER_FIELD_START = /^\s*\p{Lu}/u;
const LABEL_LEAD = /^[\s\-–—|•·]+/;
const LABEL_NUMBER = /^\d{1,2}[.)]\s*/;
const COMMAS_G = /,/g;
const UNIVERSITY_OF = /\buniversity of /i;
const END_PUNCT = /[.,;]$/;
const STATE_UNIVERSITY = /^(?:the\s+)?university of (.+)$/i;
// Towns named for the college in them, which hold a school's word yet name no body: "University of
// Maryland, College Park", "Pennsylvania State University, University Park".
const COLLEGE_TOWN = /^(?:College|University) (?:Park|Station|Place|Heights|City)$/;
const DASH_ONLY = /^[-–—]$/;
const DEGREE_NAME_START = /^(?:bachelor|master|associate|doctor)/i;
const DEGREE_ABBREVIATION = /^[A-Z][A-Za-z.]{0,6}$/;
const SCHOOL_OF_START = /^(?:the\s+)?(?:university|universidad|universit[éà]|college) of /i;

function analyse(src: string, lines: Cleaned[], kind: EntryKind): Analysis {
  const out: Analysis = { dateLine: -1, pieces: [] };
  let di = 0;
  let dj = 0;
  for (let l = 0; l < lines.length && out.dateLine < 0; l++) {
    const found = outsideEmphasis(src, lines[l], findRangeInCleaned(lines[l]));
    if (found) {
      out.dates = found.range;
      out.dateLine = l;
      di = found.i;
      dj = found.j;
    }
  }
  const wrap = out.dates ? wrappedRangeEnd(out, lines, dj) : undefined;
  const endLine = wrap && wrap.cut < 0 ? wrap.line : -1;
  // ("… Co., Ltd (Nov" / "2018 – Jan 2019)": the start's month left on the line before.)
  const startCut = out.dates && out.dateLine > 0 ? wrappedRangeStart(out, lines, di) : -1;
  // ("Mar 2021 –   Logistics Coordinator": the dash goes with the dates, not between fields.)
  if (wrap && wrap.dj > dj) dj = wrap.dj;
  // Which lines name a job or a degree (each line's orgLine test asks about every other line).
  const titled = lines.length > 1 ? lines.map((o) => TITLE_WORDS.test(o.text) || DEGREE_WORDS.test(o.text)) : NO_TITLED;
  for (let l = 0; l < lines.length; l++) {
    if (l === endLine) continue;
    const c = lines[l];
    let text = c.text.length > MAX_HEADER_LINE ? c.text.slice(0, MAX_HEADER_LINE) : c.text;
    // "Present   Midwest Freight Solutions": the wrapped end of the range is no field of its line.
    if (wrap && l === wrap.line && wrap.cut > 0) text = '\u0000'.repeat(wrap.cut) + text.slice(wrap.cut);
    if (startCut >= 0 && l === out.dateLine - 1) text = text.slice(0, startCut) + '\u0000'.repeat(Math.max(0, text.length - startCut));
    if (l === out.dateLine) {
      // ("2013: Pediatric voice clinic, American Family Children's Hospital": dates that open the
      // line, as a column, and a colon set off the fields after them, no run-on sentence.)
      const at = runOnAfter(text, dj, HAS_LETTER.test(text.slice(0, di)), di);
      if (at !== undefined) {
        out.runOn = spanOf(c, at, c.text.trimEnd().length);
        // (The bracket round the dates stays with them: "Littleton, CO (2019): refrigeration …".)
        text = text.slice(0, dj + (CLOSE_START.exec(text.slice(dj, at))?.[0].length ?? 0));
      }
      // "1667 - death", "2019 - ongoing work": a word where the end date would be is not a piece.
      const dangling = DANGLING_END.exec(text.slice(dj));
      if (dangling) text = text.slice(0, dj) + ' '.repeat(dangling[0].length) + text.slice(dj + dangling[0].length);
      // "Atlanta, GA (Summer 2023)": the brackets round the dates go with them.
      // (Array destructuring here and below ran the iterator protocol, an iterator and a result
      // object per element, on every header line: indexed reads instead.)
      let mi = di;
      let mj = dj;
      const open = OPEN_END.exec(text.slice(Math.max(0, di - 3), di));
      const close = CLOSE_START.exec(text.slice(dj, dj + 3));
      if (open && close) {
        mi = di - open[0].length;
        mj = dj + close[0].length;
      }
      text = text.slice(0, mi) + '\u0000'.repeat(mj - mi) + text.slice(mj);
    }
    // "Lyceo, Leiden, the Netherlands, http://www.lyceo.nl": the links that end the line are no
    // field, and left in they hide the place before them (a place ends its line).
    if (kind !== 'project' && (text.includes('http') || text.includes('www.'))) {
      const links = LINKS_END.exec(text);
      if (links && links.index > 0 && HAS_LETTER.test(text.slice(0, links.index))) text = text.slice(0, links.index) + ' '.repeat(text.length - links.index);
    }
    // "Penetration Test and Report Project | URL", "Weather App — Live Demo": a link's label (its
    // target lost in the copy, or kept in the markup) after a separator ends the line and names no
    // field.
    // (Outside projects only a label no employer is named: "Software Engineer | GitHub" names one.)
    // ("GitHub|Heroku", "Live Demo · Source" under a project's name: a line of its links' labels alone
    // names no field of the project.)
    if (kind === 'project' && text.length < 80 && LINK_LABELS_LINE.test(text)) text = ' '.repeat(text.length);
    const label = text.length < 200 ? (kind === 'project' ? LINK_LABEL_END : LINK_ONLY_LABEL_END).exec(text) : null;
    if (label && label.index > 0 && HAS_LETTER.test(text.slice(0, label.index))) text = text.slice(0, label.index) + ' '.repeat(text.length - label.index);
    // "**Waymo** _Senior Data Scientist_", "UDEMY _Senior Software Engineer_ JUNE 2019": where the
    // emphasis changes between two capitalised words, the fields part as at a separator.
    if (c.runs) text = emphasisBreaks(src, c, text);
    // Segments between strong separators.
    const segs: [number, number, string][] = [];
    let from = 0;
    let sep = '';
    SPLIT.lastIndex = 0;
    for (let m = MAY_SPLIT.test(text) ? SPLIT.exec(text) : null; m; m = SPLIT.exec(text)) {
      if (m[0].length === 0) {
        SPLIT.lastIndex++;
        continue;
      }
      segs.push([from, m.index, sep]);
      sep = m[0].trim().replace(MASKED_G, '') || ' ';
      from = m.index + m[0].length;
    }
    segs.push([from, text.length, sep]);
    // "Self-employed / Milwaukee, WI", "Kohl's Corporation / Menomonee Falls, WI": a slash between
    // spaces sets off a place after it (elsewhere it joins two names of one title: "Key Holder / Sales Associate").
    for (let k = 0; k < segs.length; k++) {
      const a = segs[k][0];
      const b = segs[k][1];
      const sp = segs[k][2];
      const at = text.lastIndexOf(' / ', b);
      if (at <= a) continue;
      const tail = text.slice(at + 3, b).trim();
      // ("Remote / New York, New York" is one place, after a name too: "X Company Remote / New York".)
      const head = text.slice(a, at).trim();
      if (tail && isPlace(tail.replace(END_PUNCT, '')) && !isPlace(head) && !isRemote(head.slice(head.lastIndexOf(' ') + 1))) segs.splice(k, 1, [a, at, sp], [at + 3, b, '/']);
      // ("Spruce Media / Software Engineer", "Improving / Director of Consulting": an employer's name
      // and a post after the slash, the name with no job's words of its own.)
      else if (tail && !TITLE_WORDS.test(head) && !DEGREE_WORDS.test(head) && !HAS_DIGIT.test(head) && UPPER_START.test(head) && (TITLE_HEAD.test(tail) || TITLE_OF.test(tail)) && !tail.includes(' / ')) segs.splice(k, 1, [a, at, sp], [at + 3, b, '/']);
      // ("Chargé de Communication / URPS Pays de la Loire", "Social Media Manager / CAMPING-CAR-PARK":
      // a post, then its employer after the slash, named as one: by an organisation's word, or in
      // capitals; not "Kinder / HLP Lab", "CLACSO / FLACSO", organisations joined, nor "Research
      // assistant / ROS System Developper", a second post whatever its spelling, nor "Scientific
      // Employee / Software Development University of Bremen", where a field lost its separator
      // before "University of".)
      else if (tail && !tail.includes(' / ') && !TITLE_WORDS.test(tail) && !DEGREE_WORDS.test(tail) && (orgNamedWhole(tail) || (CAPITALS_LEAD.test(tail) && !AGENT_END.test(tail))) && TITLE_WORDS.test(head) && !ORG_WORDS.test(head) && !head.includes(' / ') && !head.includes(',') && !HAS_DIGIT.test(head) && UPPER_START.test(head)) segs.splice(k, 1, [a, at, sp], [at + 3, b, '/']);
    }
    // "Bachelor of Science: Business Administration" (Zety and other builders print a degree so):
    // the field after a degree's colon is part of the degree, not a field of the header.
    for (let k = 0; k + 1 < segs.length; k++) {
      if (segs[k + 1][2] !== ':' || !DEGREE_COLON.test(text.slice(segs[k][0], segs[k][1]))) continue;
      const field = text.slice(segs[k + 1][0], segs[k + 1][1]);
      if (!UPPER_FIELD_START.test(field) || ORG_WORDS.test(field) || isPlace(field) || (HAS_DIGIT.test(field) && !gradedSubjects(text.slice(segs[k][0], segs[k + 1][1])))) continue;
      segs.splice(k, 2, [segs[k][0], segs[k + 1][1], segs[k][2]]);
    }
    // "Political Science 3309: Justice in America: Judicial Politics", "MATH 2300: Calculus 2": a
    // course's code before a colon, its name after (colons and all): one title.
    if (segs.length > 1 && segs[1][2] === ':' && COURSE_CODE.test(text.slice(segs[0][0], segs[0][1]).trim())) {
      let k = 1;
      while (k < segs.length && segs[k][2] === ':') k++;
      segs.splice(0, k, [segs[0][0], segs[k - 1][1], segs[0][2]]);
    }
    // "*Blown Away: Studio Glass in Canada* — Museum …": a colon inside one emphasis is the name's own.
    for (let k = 0; k + 1 < segs.length; k++) {
      if (segs[k + 1][2] !== ':') continue;
      const ab = trimRange(text, segs[k][0], segs[k + 1][1]);
      const a = ab[0];
      const b = ab[1];
      if (b <= a) continue;
      const span = spanOf(c, a, b);
      const mark = src[span.start - 1];
      if ((mark === '*' || mark === '_') && src[span.end] === mark && !src.slice(span.start, span.end).includes(mark)) segs.splice(k, 2, [segs[k][0], segs[k + 1][1], segs[k][2]]);
    }
    // "Ph.D. Candidate Advisor: Prof. Xian-tu He": an advisor's label after the title, its colon
    // and the person after it are a detail of the entry, no part of the title nor a field.
    for (let k = 1; k < segs.length; k++) {
      if (segs[k][2] !== ':') continue;
      const before = text.slice(segs[k - 1][0], segs[k - 1][1]);
      const m = LABEL_AFTER.exec(before) ?? PI_AFTER.exec(before);
      // ("Christchurch, 2016-2017 Reference: Various students": a referee's label in a field of its
      // own, after the dates, and who it names are a detail too.)
      if (k > 1 && REFEREE_LABEL.test(before.trim())) {
        segs.splice(k - 1, 2);
        break;
      }
      if (!m || m.index === 0) continue;
      segs.splice(k - 1, 2, [segs[k - 1][0], segs[k - 1][0] + m.index, segs[k - 1][2]]);
      break;
    }
    // "Personal Project: Home Automation System": a label before a colon names what the entry is, not a field.
    const lead = segs.findIndex((sg) => HAS_LETTER.test(text.slice(sg[0], sg[1])));
    let says: 'title' | 'org' | 'loc' | undefined;
    if (lead >= 0 && segs[lead + 1]?.[2] === ':') {
      const label = text.slice(segs[lead][0], segs[lead][1]).replace(LABEL_LEAD, '').replace(LABEL_NUMBER, '').trim();
      if (ENTRY_LABEL.test(label)) {
        segs.splice(lead, 1);
        says = LABEL_SAYS.find(([re]) => re.test(label))?.[1];
      }
    }
    // "Staff Nurse - Intensive Care Unit at Al Noor Specialist Hospital": after a title, a dashed
    // field that says " at " an organisation is the title's unit, and the organisation the employer
    // (the dash parts less than the " at ").
    for (let k = 1; k < segs.length; k++) {
      if (!/^[-–—]$/.test(segs[k][2])) continue;
      const seg = text.slice(segs[k][0], segs[k][1]);
      const at = / at (?=\p{Lu})/u.exec(seg);
      if (!at || !TITLE_WORDS.test(text.slice(segs[k - 1][0], segs[k - 1][1])) || (TITLE_WORDS.test(seg.slice(at.index + 4)) && !ORG_WORDS.test(seg.slice(at.index + 4)))) continue;
      const cut = segs[k][0] + at.index;
      segs.splice(k - 1, 2, [segs[k - 1][0], cut, segs[k - 1][2]], [cut + 4, segs[k][1], 'at']);
      break;
    }
    const linePieces: Piece[] = [];
    // A line with no job-title or degree words while another header line has them: the employer's line.
    // (Asked of the lines' list only when there are two lines or more: the empty list of one line's
    // header, another kind of array, made the compiled function deoptimise, and a recompile of this
    // function costs more than a large lint. The other lines' answers come first: a header of one
    // line, most of them, then tests no pattern.)
    const otherTitled = lines.length > 1 && titled.some((t, k) => k !== l && t);
    const orgLine = otherTitled && !TITLE_WORDS.test(text) && !DEGREE_WORDS.test(text);
    // (A segment with no letter, "86.9%" after "SSC Maharashtra State Board 2010", is no field beside it.)
    let lettered = 0;
    for (let k = 0; k < segs.length; k++) if (LETTER.test(text.slice(segs[k][0], segs[k][1]))) lettered++;
    const lone = lettered === 1;
    // Fields an icon marks, each with its own: the line's first may have lost its icon as a bullet's glyph.
    // (One glyph opening the line and none after it is the line's bullet: "\ue000 50Hertz Transmission GmbH Berlin, Germany".)
    // (An employer's or a place's own glyph says so wherever it stands: "⌂ Heineken Netherlands".)
    const iconLine = segs.some((sg, k) => ICON_SEP.test(sg[2]) && (ORG_ICON.test(sg[2]) || PLACE_ICON.test(sg[2]) || segs.slice(0, k).some((sb) => LETTER.test(text.slice(sb[0], sb[1])))));
    // (Indexed loops reading the tuples in place: for-of and destructuring made an iterator and a
    // result per step here, on every header, optimised or not.)
    for (let ix = 0; ix < segs.length; ix++) {
      const a0 = segs[ix][0];
      const b0 = segs[ix][1];
      const s0 = segs[ix][2];
      // A dash left at a segment's edge by the dates masked before it ("2015 / 07 - University of Bremen").
      const ab = trimRange(text, a0, b0, ' \t,;:|•·"\'-–—/');
      let a = ab[0];
      let b = ab[1];
      // "2008–2009. Visiting Associate Professor": the full stop after dates that open the line
      // ends them, no field's start (".NET" has no space after it).
      if (text.charCodeAt(a) === 46 && b - a > 2 && (text[a + 1] === ' ' || text[a + 1] === '\t')) a = trimRange(text, a + 1, b, ' \t')[0];
      // "M.A., Sociology. (First Class Honors.)": a note in brackets after the field's full stop is no part of it.
      if (text.charCodeAt(b - 1) === 41 || (text.charCodeAt(b - 1) === 46 && text.charCodeAt(b - 2) === 41)) {
        const note = NOTE_AFTER_STOP.exec(text.slice(a, b));
        if (note && note.index > 1) b = a + note.index;
      }
      // "+ Lisbon", "{ Mar 2020": an icon font's map pin or calendar copied as a sign before the field.
      // (The pin says the field is a place: "{ 2019 + Sintra", a town no list knows, in AltaCV's copy.)
      let sign = '';
      if (b - a > 2 && (text[a] === '+' || text[a] === '{') && HAS_SPACE.test(text[a + 1])) {
        sign = text[a] === '+' ? '⚲' : '';
        const ab1 = trimRange(text, a + 1, b, ' \t');
        a = ab1[0];
        b = ab1[1];
      }
      if (b <= a) continue;
      // (Another line that names a job or a degree holds the title: "Student Design Team" over
      // "Hardware Development Leader" is the employer's whole name, no title run into one; not a
      // labelled line, "Reference : Tristan Cornu, Rock Mechanics Specialist", nor a long one.)
      const runs = lone ? splitRunTogether(text, a, b, otherTitled && lines.some((o, k) => k !== l && titled[k] && o.text.length <= 60 && !o.text.includes(':'))) : [[a, b] as [number, number]];
      // (Not an employer and its place: "Parkview Medical Center, Pueblo, CO".)
      const stack = linePieces.length > 0 && (text.slice(a, b).match(COMMAS_G) ?? []).length >= 2 && !TITLE_WORDS.test(text.slice(a, b)) && !ORG_WORDS.test(text.slice(a, b)) && placeSuffixStart(text.slice(a, b)) < 0;
      for (let iy = 0; iy < runs.length; iy++) {
        const ra = runs[iy][0];
        const rb0 = runs[iy][1];
        // "Chamberlain University, Chicago, IL (online)": how it was held, after a place, is left out
        // before the segment is parted, or the place would not be read as one.
        const how0 = EMPLOYMENT_AFTER.exec(text.slice(ra, rb0));
        const rb = how0 && how0.index > 0 && text.lastIndexOf(',', ra + how0.index) > ra ? trimRange(text, ra, ra + how0.index, ' \t')[1] : rb0;
        const whole = gradedSubjects(text.slice(ra, rb)) ? [[ra, rb, ''] as [number, number, string]] : undefined;
        const parts = whole ?? splitSegment(text, ra, rb, orgLine, iconLine, orgLine && lone && lines.length === 2);
        for (let iz = 0; iz < parts.length; iz++) {
          const pa = parts[iz][0];
          const pb = parts[iz][1];
          const ps = parts[iz][2];
          const t0 = trimRange(text, pa, pb, ' \t,;:');
          const ij = balance(text, t0[0], t0[1]);
          let i = ij[0];
          let j = ij[1];
          // "Tutor (part-time)": how the job was held is no part of the title.
          // ("Aalto University Full‑time", "WSP Finland Oy · Part-time": the type LinkedIn prints after
          // an employer, run on with no brackets.)
          const how = EMPLOYMENT_AFTER.exec(text.slice(i, j)) ?? employmentRunOn(text.slice(i, j));
          if (how && how.index > 0) {
            const r = trimRange(text, i, i + how.index, ' \t,;:');
            i = r[0];
            j = r[1];
          }
          // ("Bachelor of Science in Computer Science GPA since returning: 3.5/4.0": a grade run on
          // after the degree is a detail, no part of its name.)
          const gpa = j - i > 6 ? GPA_RUN_ON.exec(text.slice(i, j)) : null;
          if (gpa && gpa.index > 0) {
            const r = trimRange(text, i, i + gpa.index, ' \t,;:(');
            i = r[0];
            j = r[1];
          }
          // "swahili-ner – named-entity recognition … github.com/wkamau/swahili-ner": a project's
          // link is neither its name nor an organisation.
          if (kind === 'project' && j > i) {
            const link = DOMAIN_END.exec(' ' + text.slice(i, j));
            if (link) {
              const r = trimRange(text, i, i + link.index, ' \t,;:|·–—-');
              i = r[0];
              j = r[1];
            }
          }
          if (j <= i) continue;
          const t = text.slice(i, j);
          // ("Over 3000 stars on Github", "300,000+ Youtube views": a count of something is a result,
          // a highlight that lost its bullet, no field; "Carpenters Local 1319" counts nothing.)
          // ("GPA: N/A": a value left blank is no field.)
          // ("March 2002 – July 2002 Internship" over the employer: a word that names a kind of post,
          // alone on its line beside the dates, is the post; beside a title it says how it was held.)
          // ("Internship at the Office for Regional Statistics": so is the word "at" a body.)
          const post = POST_KIND.test(t) && (text.replace(MASKED_G, '').trim() === t || AT_AFTER.test(text.slice(j, j + 5)));
          // ("Supervisor, July 2020 – September 2022, Dairy Queen": the word alone opening the line,
          // before its dates, is the post, no label of a supervisor's name.)
          const postFirst = linePieces.length === 0 && LONE_POST.test(t) && i <= text.search(NON_SPACE_AT) && DATED_NEXT.test(text.slice(j, j + 6));
          // ("St Abbs marine station, 30th Jul 2018 – 7th Sep 2018 (volunteer)": how the post was held,
          // in brackets of its own, is no title.)
          // (Or among the notes in the dates' brackets: "(2019-present, Volunteer, Remote)".)
          const heldAs = HELD_AS.test(t) && ((text[i - 1] === '(' && text[j] === ')') || inBracketsWithDates(text, i, j));
          // ("UI/UX Designer | Freelance (2022 - Present)": "Freelance" in the employer's place, no
          // brackets about it, is who the work was for, as "Self-employed" is; see scorePiece.)
          const ownEmployer = SELF_EMPLOYED.test(t) && text[i - 1] !== '(' && linePieces.length > 0;
          if (!LETTER.test(t) || heldAs || DURATION.test(t) || HOURS_A_WEEK.test(t) || (EMPLOYMENT_TYPE.test(t) && !post && !ownEmployer) || (isDetail(t) && !postFirst) || COUNTED.test(t.replace(BRACKETED, '')) || QUANTITY.test(t) || NOT_GIVEN.test(t)) continue;
          if (isDegreeClass(t)) {
            // After the degree on its line, the class is part of the degree's name ("MPharm (Hons), First
            // Class"); elsewhere it is a detail, no school and no place.
            const prev = linePieces[linePieces.length - 1];
            if (prev && DEGREE_WORDS.test(prev.text)) Object.assign(prev, { j, text: text.slice(prev.i, j), span: spanOf(c, prev.i, j) });
            continue;
          }
          // "Gitlytics | Python, Flask, React": after a project's name, a list is its stack.
          if (kind === 'project' && stack) continue;
          const span = spanOf(c, i, j);
          const mk = markup(src, span.start);
          linePieces.push({ line: l, index: 0, lineCount: 0, i, j, text: t, span, italic: mk.italic, bold: mk.bold, link: mk.link, sep: linePieces.length ? ps || s0 : '', icon: ps ? '' : ICON_SEP.test(s0) ? s0 : sign, title: 0, org: 0, loc: 0 });
        }
      }
    }
    // "University of Wisconsin - Madison": a campus after its university is part of its name.
    for (let k = 0; k + 1 < linePieces.length; k++) {
      const p = linePieces[k];
      const q = linePieces[k + 1];
      // "University of Wisconsin–Madison, Madison, WI": the campus joined to its university by a
      // dash with no spaces, then a place of its own (town and region) read with it as one piece.
      // ("University of California – Irvine, Irvine, CA": with spaces round the dash, when the campus's
      // town is the place's too; "University of South Florida - Tampa, FL" is a university and its place.)
      const between = text.slice(p.j, q.i);
      const spaced = !DASH_ONLY.test(between) && DASH_ONLY.test(between.trim());
      const cm = (DASH_ONLY.test(between) || spaced) && UNIVERSITY_OF.test(p.text) ? CAMPUS_THEN_PLACE.exec(q.text) : null;
      if (cm && isTownLike(cm[1]) && isPlace(cm[2]) && (!spaced || cm[2].toLowerCase().startsWith(cm[1].toLowerCase() + ','))) {
        const at = q.i + q.text.indexOf(cm[2], cm[1].length);
        Object.assign(p, { j: q.i + cm[1].length, text: text.slice(p.i, q.i + cm[1].length), span: spanOf(c, p.i, q.i + cm[1].length) });
        Object.assign(q, { i: at, text: cm[2], span: spanOf(c, at, q.j), sep: ',' });
        continue;
      }
      // So is "University of California, Berkeley" when the place comes after it ("…, Berkeley, CA",
      // on this line or the next). (Its tests are asked only after such a name: most pairs are none.)
      const schoolOf = SCHOOL_OF_START.test(p.text);
      const placeAfter = () => linePieces.slice(k + 2).some((r) => isPlaceName(r.text)) || (k + 2 === linePieces.length && l + 1 < lines.length && isPlaceName(lines[l + 1].text.trim().replace(END_PUNCT, '')));
      // "University of California, Berkeley": a state's university names its campus after a comma.
      const stateSystem = schoolOf ? STATE_UNIVERSITY.exec(p.text)?.[1] : undefined;
      // ("University of South Florida - Tampa, FL": a town and its state after the dash are the place.)
      const r = linePieces[k + 2];
      const dashPlace = schoolOf && ((q.text.includes(',') && isPlace(q.text)) || (!!r && r.sep === ',' && isPlace(`${q.text}, ${r.text}`)));
      // ("University of Minnesota, Morris", "…, Twin Cities": at the line's end, a campus no list knows.)
      const lastCampus = k + 2 === linePieces.length && !q.text.includes(',') && isTownLike(q.text) && q.text.split(SPACES).length <= 2 && !isPlaceName(q.text) && !isCountry(q.text);
      const campus = schoolOf && ((DASH_ONLY.test(q.sep) && !dashPlace) || (q.sep === ',' && !DEGREE_WORDS.test(q.text) && (placeAfter() || (!!stateSystem && isRegion(stateSystem) && (isKnownCity(q.text) || lastCampus)))));
      // "National Aeronautics and Space Administration - Jet Propulsion Laboratory": on the
      // employer's own line, two names joined by a dash are one employer (a part of the other).
      // (Not a school's town, one word after the dash: "Jomo Kenyatta University of Agriculture and
      // Technology – Juja", a town no list knows.)
      const schoolTown = orgLine && DASH_ONLY.test(q.sep) && SCHOOL_WORD.test(p.text) && !HAS_SPACE.test(q.text) && isTownLike(q.text);
      const partOf = orgLine && DASH_ONLY.test(q.sep) && !schoolTown && ![p.text, q.text].some((t) => TITLE_WORDS.test(t) || DEGREE_WORDS.test(t) || isPlaceName(t)) && p.text.split(SPACES).length + q.text.split(SPACES).length >= 4;
      // "Bachelor of Business Administration - BBA", "Associate of Arts - AA" (LinkedIn's export): the
      // degree's abbreviation after a dash is part of its name.
      const abbreviation = DASH_ONLY.test(q.sep) && DEGREE_NAME_START.test(p.text) && DEGREE_ABBREVIATION.test(q.text) && DEGREE_WORDS.test(q.text);
      if ((campus && isTownLike(q.text) && q.text.split(SPACES).length <= 3 && !DEGREE_WORDS.test(q.text) && !TITLE_WORDS.test(q.text)) || partOf || abbreviation) {
        p.j = q.j;
        p.text = text.slice(p.i, q.j);
        p.span = { start: p.span.start, end: q.span.end };
        linePieces.splice(k + 1, 1);
      }
    }
    // "1540 High Meadows Way, Cedar Hill, TX 75104", "65 East College Street, Suite 4, Oberlin OH":
    // a line opening on a house number and a street's name is the employer's address, one place.
    // (Its town on the same line, after a comma; a street alone leaves the town on the next line the
    // place.) streetAt: where the address starts, or -1.
    let streetAt = -1;
    const street = linePieces.length ? HOUSE_NUMBER_START.exec(text) : null;
    const afterNumber = street ? text.slice(street[0].length, street[0].length + 80) : '';
    if (street && (STREET_AFTER.test(afterNumber) || STREET_WORD_FIRST.test(afterNumber)) && text.includes(',', street[0].length + 1)) {
      const a = (streetAt = street[0].length - street[1].length);
      let b = linePieces[linePieces.length - 1].j;
      // ("…, 1049 Brussels (Belgium)": the country's closing bracket too.)
      if (text[b] === ')' && text.lastIndexOf('(', b) > a) b++;
      linePieces.splice(0, linePieces.length, { ...linePieces[0], i: a, j: b, text: text.slice(a, b), span: spanOf(c, a, b), sep: '', icon: '' });
    }
    linePieces.forEach((p, k) => {
      p.index = k;
      p.lineCount = linePieces.length;
      scorePiece(p, kind);
      // ("Chick-fil-A, 2274 Wyoming Blvd NE — Staff": a piece that is a house number and a street's
      // name, after the employer's, is where too.)
      if (p.i === streetAt || (k > 0 && streetPiece(p.text))) Object.assign(p, { loc: 5, title: Math.min(p.title, 0), org: Math.min(p.org, 0) });
      // The label says what the line's first field is.
      if (says && k === 0) p[says] += 3;
      // "Trinity College, Cambridge": a town-like word right after an organisation may be where it is.
      const prev = linePieces[k - 1];
      // "Northbridge Logistics Ltd, Trafford Park, Manchester": a district of a known city after a
      // company's legal form is where the company is (isPlace refuses the shape, as an employer
      // before its city reads the same).
      if (!p.loc && prev && p.sep === ',' && LEGAL_FORM_END.test(prev.text) && isLocalityPlace(p.text)) p.loc = 4;
      if (!p.loc && prev && prev.org >= 2 && (p.sep === ',' || p.sep === '(' || (DASH_ONLY.test(p.sep) && SCHOOL_WORD.test(prev.text) && !HAS_SPACE.test(p.text))) && isTownLike(p.text) && p.text.split(SPACES).length <= 2) p.loc = 0.2;
      // "… at Flatirons Tax & Bookkeeping," / "Boulder": a town alone on the line after one that ends
      // on a comma is where the line's employer or school is (a list may hold the town's name as a
      // word, "boulder", "bath", and so not as a city's). (Not after a title's comma, "Intern," / "Web", nor in a list, "AWS, EC2, RDS, S3, Azure," / "Dropbox".)
      const above = out.pieces[out.pieces.length - 1];
      // "Microsoft Office CERT" / "Microsoft" / "2/2010" / "Online": a header line that is only
      // "Online" or "Virtual" says where a course or a job was held, as "Remote" does.
      if (!p.loc && !prev && linePieces.length === 1 && ONLINE.test(p.text)) p.loc = 3.5;
      if (!p.loc && !prev && linePieces.length === 1 && above && above.line === l - 1 && above.title <= 0 && above.lineCount <= 3 && lines[l - 1].text.trimEnd().endsWith(',') && isTownLike(p.text) && p.title <= 0 && p.org <= 0) p.loc = 0.5;
    });
    // "LAMP Developer, System Administrator, Tech Lead": a line holding only posts, joined by commas,
    // names the posts held at once, one title (the employer on a line of its own).
    if (kind === 'work' && linePieces.length >= 2 && linePieces.length <= 3 && linePieces.every((p, k) => p.title >= 2 && p.org <= 0 && p.loc === 0 && TITLE_HEAD.test(p.text) && (k === 0 || p.sep === ','))) {
      const first = linePieces[0];
      const last = linePieces[linePieces.length - 1];
      linePieces.splice(0, linePieces.length, { ...first, j: last.j, text: text.slice(first.i, last.j), span: spanOf(c, first.i, last.j), lineCount: 1 });
    }
    out.pieces.push(...linePieces);
  }
  joinWrappedTown(out.pieces, kind);
  joinWrappedName(src, out.pieces, kind, out.dates?.span);
  return out;
}

/**
 * "Massachusetts Institute of" / "Technology", "University of California," / "Berkeley": a name
 * set in a narrow column wraps onto the next line. A line whose last piece ends on a word that
 * cannot end a name (of, and, for, &) or a university of a state ending in a comma, followed by
 * a line of one short capitalised piece (the campus a known city), is one name.
 */
function joinWrappedName(src: string, pieces: Piece[], kind: EntryKind, dates: Span | undefined): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const p = pieces[k];
    const q = pieces[k + 1];
    if (!wrapsInto(p, q) || q.lineCount !== 1) continue;
    if (joinNameTail(src, pieces, k, kind) || joinBracketLine(src, pieces, k, kind)) continue;
    // "BTEC Extended Diploma in" / "Health and Social Care": a degree cut after its "in" or "of"
    // takes its field from the next line, a longer one than a name's wrapped end.
    const degreeOpen = kind === 'education' && DEGREE_WORDS.test(p.text) && /\s(?:in|of)$/i.test(p.text) && p.lineCount === 1 && !SCHOOL_WORD.test(q.text);
    if (!UPPER_START.test(q.text) || HAS_DIGIT.test(q.text) || q.text.split(SPACES).length > (degreeOpen ? 6 : 3) || DEGREE_WORDS.test(q.text) || TITLE_WORDS.test(q.text)) continue;
    // In -layout text the dates set against the right margin may stand between the two.
    let gap = src.slice(p.span.end, q.span.start);
    if (dates && dates.start >= p.span.end && dates.end <= q.span.start) gap = src.slice(p.span.end, dates.start) + ' ' + src.slice(dates.end, q.span.start);
    const spaced = /^\s+$/.test(gap);
    const dangling = spaced && /\s(?:of|and|for|&|de|des|du|der|für)$/i.test(p.text);
    const stateSystem = STATE_UNIVERSITY.exec(p.text)?.[1];
    const campus = /^\s*,\s+$/.test(gap) && !!stateSystem && isRegion(stateSystem) && isKnownCity(q.text);
    // "Certificate, Air Transport" / "Management": a degree's field wraps before the word that ends
    // it (a field's last word, which no school is named by alone).
    // ("M.Sc. Supply Chain" / "Management": so does a degree's own name.)
    const field = kind === 'education' && spaced && ((p.sep === ',' && k > 0 && pieces.slice(Math.max(0, k - p.index), k).some((x) => x.line === p.line && DEGREE_WORDS.test(x.text))) || (p.lineCount === 1 && DEGREE_WORDS.test(p.text) && !SCHOOL_WORD.test(p.text))) && FIELD_TAIL.test(q.text.split(/[\s/]/)[0]) && !ORG_WORDS.test(q.text);
    // "Northgate College, Department of Computer" / "Science": a department or school named for its
    // subject, cut before the subject's last word.
    const subject = spaced && BODY_OF_SUBJECT.test(p.text) && q.text.split(SPACES).length === 1 && FIELD_TAIL.test(q.text);
    if (dangling || campus || field || subject || (degreeOpen && spaced)) joinNext(pieces, k, `${p.text}${campus ? ', ' : ' '}${q.text}`, kind);
  }
}

const BODY_OF_SUBJECT = /\b(?:Department|Dept\.?|School|Faculty|Division|College|Institute|Centre|Center) of (?:\p{Lu}[\p{L}-]* )?\p{Lu}[\p{L}-]*$/u;

// The generic words that end an organisation's name, which no name is made of alone: "Community
// College", "Medical Center", "City College", "School District".
const NAME_TAIL = /^(?:(?:Community|Technical|Junior|Regional|State|National|Medical|General|Memorial|Children'?s|City|County|Public|High|Elementary|Middle|Primary|Secondary|Grammar|Teaching|University|Research|Health|Care|Sixth Form)\s+){0,2}(?:College|University|Hospital|Institute|School|Academy|Center|Centre|Clinic|Trust|Board|Council|District|Polytechnic|Library|Museum|Kindergarten)$/u;

/**
 * "Southwest Tennessee" / "Community College", "Leeds" / "City College": a name set in a narrow
 * column wraps before the generic words that end it. The line before, capitalised words and no
 * separator, however it was read (a place, "Tennessee"), and the tail are one piece.
 */
function joinNameTail(src: string, pieces: Piece[], k: number, kind: EntryKind): boolean {
  const p = pieces[k];
  const q = pieces[k + 1];
  if (!NAME_TAIL.test(q.text)) return false;
  // (From the line's start, or from its dash: "B.A. English Communication Arts — Payap" / "University",
  // "Volunteer Teacher — Chiang Rai" / "Kindergarten".)
  const first = p.index > 0 && DASH_ONLY.test(p.sep) ? k : k - p.index;
  if (first < 0 || pieces[first].line !== p.line || (pieces[first].index !== 0 && first !== k)) return false;
  const head = src.slice(pieces[first].span.start, p.span.end);
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(head) || TITLE_WORDS.test(head) || DEGREE_WORDS.test(head) || ORG_WORDS.test(head)) return false;
  const m = pieces[first];
  m.text = `${head} ${q.text}`;
  m.span = { start: m.span.start, end: q.span.end };
  m.j = m.i + head.length;
  m.lineCount = 1;
  scorePiece(m, kind);
  pieces.splice(first + 1, k + 1 - first);
  return true;
}

/**
 * "Supply Chain Fundamentals" / "(certificate)": a line that is only a note in brackets, under a
 * line of one field, is part of that field.
 */
function joinBracketLine(src: string, pieces: Piece[], k: number, kind: EntryKind): boolean {
  const p = pieces[k];
  const q = pieces[k + 1];
  if (p.lineCount !== 1 || !/^\s*\n[^\S\n]*\($/.test(src.slice(p.span.end, q.span.start)) || !/^\)[^\S\n]*(?:\n|$)/.test(src.slice(q.span.end, q.span.end + 2))) return false;
  joinNext(pieces, k, `${p.text} (${q.text})`, kind);
  // (Over the closing bracket too.)
  p.span = { start: p.span.start, end: p.span.end + 1 };
  return true;
}

// The word a field of study ends on, never a school's whole name.
export const FIELD_TAIL = /^(?:management|engineering|sciences?|studies|technology|administration|economics|mathematics|design|arts|education|nursing|health|policy|analytics|development|finance|accounting|marketing|communications?|psychology|biology|chemistry|physics|literature|history|planning)$/i;

/** `p` ends its line and `q` opens the next: where a field cut by a line break would be. */
function wrapsInto(p: Piece, q: Piece): boolean {
  return q.line === p.line + 1 && p.index === p.lineCount - 1 && q.index === 0;
}

/** Piece k takes the piece after it (text as given, span over both) and is scored again. */
function joinNext(pieces: Piece[], k: number, text: string, kind: EntryKind): void {
  const p = pieces[k];
  p.text = text;
  p.span = { start: p.span.start, end: pieces[k + 1].span.end };
  p.j = p.i + text.length;
  scorePiece(p, kind);
  pieces.splice(k + 1, 1);
}

/**
 * "2017 –" / "Present": a date column too narrow for its range wraps the end onto the header's
 * next line. A range left open by its dash at the end of its line takes a next line that is only
 * "Present" or one date not before its start. In `-layout` text the date column sits beside the
 * header's other cells ("Mar 2021 –      Logistics Coordinator" / "Present        Midwest Freight"):
 * a dash that ends its cell (a gap of 3 spaces or more after it) takes the date or "Present" that
 * opens the next line as a cell of its own. Returns that line, how much of it the end takes (-1:
 * all of it) and, for a dash after the range, where the range's text now ends on its own line.
 */
function wrappedRangeEnd(out: Analysis, lines: Cleaned[], dj: number): { line: number; cut: number; dj: number } | undefined {
  const r = out.dates!;
  const l = out.dateLine + 1;
  if (l >= lines.length) return undefined;
  let cell = false;
  let margin = false;
  let newDj = dj;
  const next = lines[l];
  const lead = next.text.length - next.text.trimStart().length;
  if (!openByDash(r)) {
    // "Mar 2021 –   Logistics Coordinator": a start, its dash, then the next cell.
    const dateLine = lines[out.dateLine].text;
    let m = r.start && !r.end && !r.current ? CELL_DASH.exec(dateLine.slice(dj)) : null;
    // "October 2023 - Associate Director, Cognizant" / "Present TBC" (moderncv's date margin, one
    // space apart): a start opening its line, its dash, and the next line opening on "Present" or a
    // later date, which is the range's end, whatever follows it there.
    if (!m && r.start && !r.end && !r.current && !dateLine.slice(0, r.span.start - lines[out.dateLine].base).trim()) {
      m = MARGIN_DASH.exec(dateLine.slice(dj));
      margin = !!m;
    }
    if (!m) return undefined;
    cell = true;
    newDj = dj + m[0].trimEnd().length;
    // "Sept. 2017 – Mar." / "2021 Secretariat, …": the end's month before the wrap, its year after.
    const month = margin ? MONTH_WORD.exec(dateLine.slice(newDj)) : null;
    const year = month ? YEAR_START.exec(next.text.slice(lead)) : null;
    const end = month && year ? parseDate(`${month[1]} ${year[1]}`, 0) : undefined;
    if (month && year && end && end.month !== undefined && compareDates(end, r.start!) >= 0) {
      const from = newDj + month[0].length - month[0].trimStart().length;
      const monthText = month[1];
      const endSpan = { start: spanOf(lines[out.dateLine], from, from).start, end: spanOf(next, lead + year[1].length, lead + year[1].length).end };
      const separator = dateLine.slice(dj, newDj).trim();
      const endDate: ResumeDate = { ...end, text: `${monthText} ${year[1]}`, span: endSpan };
      out.dates = { ...r, current: false, end: endDate, separator, span: { start: r.span.start, end: endSpan.end }, text: `${r.text} ${separator} ${monthText} ${year[1]}` };
      return { line: l, cut: lead + year[1].length, dj: from + monthText.length };
    }
  }
  // The first cell of the next line: all of it, or what comes before a gap of 3 spaces or more.
  // (After a margin's date, the first word or date of the next line.)
  const gap = margin ? marginEnd(next, lead) : /\s{3,}(?=\S)/.exec(next.text.slice(lead));
  if (cell && !gap) return undefined;
  const cellEnd = gap ? lead + gap.index : next.text.trimEnd().length;
  const word = next.text.slice(lead, cellEnd).replace(/[.,;:]$/, '');
  let extra: Partial<DateRange> | undefined;
  let endSpan: Span | undefined;
  if (isCurrentWord(word)) {
    endSpan = spanOf(next, lead, lead + word.length);
    extra = { current: true, currentText: word };
  } else {
    const found = findRangeInCleaned(next);
    if (!found || found.i !== lead || found.j < cellEnd - 1) return undefined;
    if (!found.range.start || found.range.end || found.range.current || compareDates(found.range.start, r.start!) < 0) return undefined;
    endSpan = found.range.span;
    extra = { current: false, end: found.range.start };
  }
  const separator = cell ? lines[out.dateLine].text.slice(dj, newDj).trim() : r.separator;
  out.dates = { ...r, ...extra, separator, span: { start: r.span.start, end: endSpan.end }, text: `${cell ? `${r.text} ${separator}` : r.text} ${word}` };
  return { line: l, cut: gap ? cellEnd : -1, dj: newDj };
}

/**
 * "Accountant — Nay La Kabar Co., Ltd (Nov" / "2018 – Jan 2019)": a narrow column wraps the range
 * after its start's month. Where the range opens the line (after a bracket at most) with a year alone
 * and the line before ends on a month (after a bracket at most), the month is the start's: the range
 * takes it, and the line before loses it from that index (returned; -1 when no such wrap).
 */
function wrappedRangeStart(out: Analysis, lines: Cleaned[], di: number): number {
  const r = out.dates!;
  if (!r.start || r.start.month !== undefined || !WRAP_LEAD.test(lines[out.dateLine].text.slice(0, di))) return -1;
  const before = lines[out.dateLine - 1];
  const m = MONTH_AT_END.exec(before.text.length > 40 ? before.text.slice(-40) : before.text);
  if (!m) return -1;
  // (From the bracket, or the month where there is none; the spaces before it stay the line's.)
  const from = before.text.length - m[0].trimStart().length;
  const month = m[2];
  const start = parseDate(`${month} ${r.start.year}`, 0);
  if (!start || start.month === undefined) return -1;
  const monthAt = before.text.length - m[0].length + m[0].indexOf(month);
  const span = { start: spanOf(before, monthAt, monthAt).start, end: r.start.span.end };
  out.dates = { ...r, start: { ...start, text: `${month} ${r.start.text}`, span }, span: { start: span.start, end: r.span.end }, text: `${month} ${r.text}` };
  return from;
}
const WRAP_LEAD = /^\s*\(?\s*$/;
// (A month's name or its abbreviation as capitalised: "Nov", "Sept", "November".)
const MONTH_AT_END = new RegExp(`(\\s*\\(?\\s*)(${[...LONG_NAMES.map((n) => n.slice(0, 3)), 'Sept', ...LONG_NAMES].join('|')})\\.?\\s*$`);

const CAPITALISED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const CELL_DASH = /^\s*[-–—]\s{3,}(?=\S)/;
const MARGIN_DASH = /^\s?[-–—]\s(?=\p{Lu})/u;
const MONTH_WORD = /^\s*(\p{Lu}\p{Ll}{2,8}\.?)(?=\s)/u;
const YEAR_START = /^((?:19|20)\d\d)(?!\d)/;

/**
 * Where a margin's wrapped end stops on the next line ("Present TBC", "October 2023 Engineering
 * Lead"): after "Present" (or a like word) or after a date opening the line, as a match whose index
 * is that end relative to `lead`; null when the line opens on neither.
 */
function marginEnd(next: Cleaned, lead: number): { index: number } | null {
  const rest = next.text.slice(lead);
  const w = /^\S+/.exec(rest);
  if (w && isCurrentWord(w[0].replace(/[.,;:]$/, ''))) return { index: w[0].length };
  const found = findRangeInCleaned(next);
  if (!found || found.i !== lead || found.range.end || found.range.current || !found.range.start) return null;
  return { index: found.j - lead };
}

/**
 * "…, University B, Los" / "Angeles, USA.": a town's name wrapped at the end of a header line.
 * The last word of one line and the place that opens the next are one place when together they
 * name a known city.
 */
function joinWrappedTown(pieces: Piece[], kind: EntryKind): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const p = pieces[k];
    const q = pieces[k + 1];
    if (!wrapsInto(p, q) || !CAPITALISED_WORD.test(p.text)) continue;
    const town = `${p.text} ${q.text.split(',')[0].trim()}`;
    if (!isKnownCity(town)) continue;
    joinNext(pieces, k, `${p.text} ${q.text}`, kind);
    p.loc = 4;
  }
}

// --- roles -----------------------------------------------------------------------------------

type Role = 'title' | 'org' | 'loc';
const ROLES: Role[] = ['title', 'org', 'loc'];

/** Where a piece sits in its header, to compare entries of one section ("line 0 of 2, piece 0 of 1"). */
function slotOf(p: Piece, lines: number): string | number {
  // One number while each part is under 256 (any real header), not a string per piece and role
  // asked; the string otherwise. Equal slots give equal keys either way, and a number never equals a string.
  if (((p.line | lines | p.index | p.lineCount) & ~255) === 0) return ((p.line * 256 + lines) * 256 + p.index) * 256 + p.lineCount;
  return `${p.line}/${lines}:${p.index}/${p.lineCount}`;
}

/**
 * Order priors for pieces no word list knows: where résumés usually put what. What it reads of
 * the header as a whole (its first unknown piece, whether its pieces are on several lines) is
 * found once per header, not once per piece and role.
 */
// The part of an organisation a title names after its comma: a programme, a team, a unit, a course.
const UNIT_WORDS = /(?<![A-Za-z\u00C0-\u024F])(?:programs?|programmes?|team|group|unit|department|dept|division|ward|desk|course|lab|laboratory|section|practice|services?)(?![A-Za-z\u00C0-\u024F])/i;

const COMMA_OR_DASH = /^[,\-–—]$/;

/** A piece no word list claims (no title's, employer's or place's words). */
const unknownPiece = (q: Piece): boolean => q.title <= 0 && q.org <= 0 && q.loc < 1;

/**
 * "MSc, Data Science" over "ETH Zürich", "Ph.D., Economics" over "Harvard": the field after a
 * degree's comma is the degree's (q is pieces[k]).
 */
function fieldOfDegree(pieces: Piece[], k: number): boolean {
  const q = pieces[k];
  const before = pieces[k - 1];
  return q.sep === ',' && !!before && before.line === q.line && DEGREE_WORDS.test(before.text) && !SCHOOL_WORD.test(q.text);
}

/**
 * The school of an education header: the first unknown piece that is no degree's field, on a line
 * other than an unknown degree's field; -1 when there is none.
 */
function firstUnknownSchool(pieces: Piece[]): number {
  for (let k = 0; k < pieces.length; k++) {
    if (!unknownPiece(pieces[k]) || fieldOfDegree(pieces, k)) continue;
    for (let f = 0; f < pieces.length; f++) if (pieces[f].line !== pieces[k].line && unknownPiece(pieces[f]) && fieldOfDegree(pieces, f)) return k;
  }
  return -1;
}

/** Whether a line other than `qualifier`'s reads as an employer and its place: a name, then a place right after it. */
function employerLineBesides(pieces: Piece[], qualifier: Piece): boolean {
  for (const q of pieces) {
    if (q.line === qualifier.line || !(q.loc < 1) || !(q.title <= 0) || !UPPER_START.test(q.text)) continue;
    for (const r of pieces) if (r.line === q.line && r.index === q.index + 1 && r.loc >= 1) return true;
  }
  return false;
}

// (The tests are module functions and loops, not closures made per header: a role-dense section's
// thousands of headers made as many sets of them, a visible share of its garbage.)
function orderPriors(kind: EntryKind, lines: number, pieces: Piece[]): (p: Piece, role: Role) => number {
  let firstUnknown: Piece | undefined;
  const school = kind === 'education' ? firstUnknownSchool(pieces) : -1;
  if (school >= 0) firstUnknown = pieces[school];
  else for (let k = 0; k < pieces.length && !firstUnknown; k++) if (unknownPiece(pieces[k])) firstUnknown = pieces[k];
  // "Board Member, Marketing Chair": of two pieces that read as titles equally, the first is the
  // title (the second qualifies it); the search would otherwise give the role to the last.
  let titledAt = -1;
  for (let k = 0; k < pieces.length && titledAt < 0; k++) if (pieces[k].title > 0) titledAt = k;
  const firstTitled = titledAt >= 0 ? pieces[titledAt] : undefined;
  // Some piece is on another line than p exactly when the pieces are on two lines or more.
  let spread = false;
  for (let k = 1; k < pieces.length && !spread; k++) if (pieces[k].line !== pieces[0].line) spread = true;
  // "Museum Educator, School & Teacher Programs" over "Field Museum of Natural History": a piece after
  // the title's comma qualifies the title (a programme, a team, a unit) when another line names an
  // organisation; it is the employer only when no other line does.
  const qualifier = firstTitled && kind !== 'project' ? pieces[titledAt + 1] : undefined;
  // ("Class A CDL Driver - Regional" over "Prairie Freight Lines - Joliet, IL": with no unit word, a
  // piece after the title that no word list claims qualifies it when another line reads as an
  // employer and its place, a name and then a place.)
  const qualifies =
    !!qualifier &&
    qualifier.line === firstTitled!.line &&
    (UNIT_WORDS.test(qualifier.text)
      ? qualifier.sep === ',' && pieces.some((q) => q.line !== qualifier.line && q.org > 0 && q.loc < 1)
      : COMMA_OR_DASH.test(qualifier.sep) && qualifier.org <= 0 && qualifier.title <= 0 && qualifier.loc < 1 && employerLineBesides(pieces, qualifier));
  const titleBeforeUnknown = !!firstTitled && !!firstUnknown && firstTitled.line === firstUnknown.line && firstUnknown.index === firstTitled.index + 1 && firstTitled.title >= 2 && firstTitled.org < 0;
  // ("Platform Engineer — Project Manager" over "Mayo Clinic, Rochester, MN": of two posts on the
  // title's line, past a dash, the first is the title, the second its other hat, over the employer's line.)
  const firstOfTwoPosts = !!qualifier && firstTitled!.index === 0 && lines > 1 && spread && qualifier.line === firstTitled!.line && DASH_ONLY.test(qualifier.sep) && qualifier.title >= 2 && qualifier.org <= 0 && qualifier.loc < 1;
  return (p, role) => {
    // (Of two places equally sure, a town over a bare state or country: "Appalachian State University,
    // Boone, NC" over a licence line naming "North Carolina" is where the degree was taken.)
    if (role === 'loc') return isRegion(p.text) || isCountry(p.text) ? -0.01 : 0;
    if (qualifies && p === qualifier) return role === 'org' ? -1.5 : -1;
    if (role === 'title' && p === firstTitled && kind !== 'project') return firstOfTwoPosts ? 0.31 : 0.01;
    const isFirst = firstUnknown === p;
    // A project's name comes first; a role line under it ("Creator & Maintainer") is not its name.
    if (kind === 'project') return role === 'title' && p === pieces[0] ? 2 : 0;
    if (kind === 'education') return role === 'org' && isFirst ? 0.3 : 0;
    // A header over several lines usually puts the employer first; one line, the title first.
    const multi = lines > 1 && spread;
    if (multi) return (role === 'org') === isFirst ? 0.3 : 0;
    // ("Senior Support Engineer, GroupM, London, (Internal)": after a title a job's words name, the
    // first name no list knows is the employer, not a note after it.)
    if (titleBeforeUnknown) return role === 'org' && isFirst ? 0.3 : 0;
    return (role === 'title') === isFirst ? 0.3 : 0;
  };
}

interface Assignment {
  title?: Piece;
  org?: Piece;
  loc?: Piece;
  score: number;
}

/** Pieces a header's assignment weighs at most. */
const MAX_ASSIGNED = 12;
// Scratch space for assign: every call overwrites what it reads before reading it, so nothing is
// kept from one call to the next (allocating the tables per header was a large share of a
// role-dense résumé's garbage). assign calls nothing that calls it again.
const VALUE = new Float64Array(MAX_ASSIGNED * 4);
const BEST = new Float64Array((MAX_ASSIGNED + 1) * 8);
const CHOICE = new Int8Array(MAX_ASSIGNED * 8);

/**
 * The best assignment of at most one piece per role, by score plus priors: an exact search by
 * dynamic programming over (piece, roles already given), 8 states per piece.
 */
function assign(pieces: Piece[], bonus: (p: Piece, r: Role) => number): Assignment {
  const n = Math.min(pieces.length, MAX_ASSIGNED);
  // value[k * 4 + r]: the worth of giving piece k role r (NaN = not allowed); r = 3 is "no role".
  const NONE = 3;
  const value = VALUE;
  for (let k = 0; k < n; k++) {
    const p = pieces[k];
    for (let ri = 0; ri < 3; ri++) {
      const r = ROLES[ri];
      value[k * 4 + ri] = NaN;
      if (r === 'loc' && p.loc <= 0) continue;
      if (r !== 'loc' && p.loc >= 1 && p[r] <= 0) continue;
      const v = (r === 'title' ? p.title : r === 'org' ? p.org : p.loc) + bonus(p, r);
      if (v >= -0.5) value[k * 4 + ri] = v;
    }
    value[k * 4 + NONE] = -0.5;
  }
  // best[k * 8 + mask]: the best total for pieces k.. given the roles in mask are taken.
  const best = BEST;
  const choice = CHOICE;
  best.fill(0, n * 8, n * 8 + 8);
  for (let k = n - 1; k >= 0; k--) {
    for (let mask = 0; mask < 8; mask++) {
      let top = value[k * 4 + NONE] + best[(k + 1) * 8 + mask];
      let pick = NONE;
      for (let ri = 0; ri < 3; ri++) {
        if (mask & (1 << ri) || Number.isNaN(value[k * 4 + ri])) continue;
        const v = value[k * 4 + ri] + best[(k + 1) * 8 + (mask | (1 << ri))];
        if (v > top) {
          top = v;
          pick = ri;
        }
      }
      best[k * 8 + mask] = top;
      choice[k * 8 + mask] = pick;
    }
  }
  const out: Assignment = { score: best[0] };
  let mask = 0;
  for (let k = 0; k < n; k++) {
    const ri = choice[k * 8 + mask];
    if (ri === NONE) continue;
    out[ROLES[ri]] = pieces[k];
    mask |= 1 << ri;
  }
  return out;
}

const ACRONYM_NAME = /^\p{Lu}[\p{Lu}&]{1,5}$/u;

/** A place piece "Royal Mail, UK" read as an employer's piece and its place's, or undefined (see resultOf). */
function employerThenPlace(p: Piece): [Piece, Piece] | undefined {
  const c = p.text.indexOf(',');
  if (c < 0 || p.text.indexOf(',', c + 1) >= 0) return undefined;
  const name = p.text.slice(0, c).trim();
  const rest = p.text.slice(c + 1);
  const place = rest.trim();
  if (!UPPER_START.test(name) || !(isCountry(place) || isRegion(place)) || isKnownCity(name) || isRegion(name) || isCountry(name) || isCityArea(name)) return undefined;
  // (Two words or more before a country only: "Nurse, Bala Cynwyd, PA" is a town and its state.)
  if (!(ACRONYM_NAME.test(name) || ORG_WORDS.test(name) || (name.split(SPACES).length >= 2 && isCountry(place)))) return undefined;
  const at = c + 1 + (rest.length - rest.trimStart().length);
  return [
    { ...p, text: name, span: { start: p.span.start, end: p.span.start + name.length }, j: p.i + name.length, loc: 0 },
    { ...p, text: place, span: { start: p.span.start + at, end: p.span.end }, i: p.i + at, index: p.index + 1, sep: ',' },
  ];
}

function pieceField(p: Piece): Field {
  return { value: p.text, span: p.span };
}

/** Joins a piece left over between or after assigned ones on its line into its neighbour ("Master Project - PrIMA"). */
// A note in brackets after a name ("(5 West)", "(K–6)"): its digits are no date or number of the field's own.
/** Text in brackets ("(Hons)", "(5 at grade C and above)"). */
export const BRACKETED = /\([^()]*\)/g;

const DEGREE_OF_FIELD = /^\S+ of \S+( \S+)?$/;

const TITLE_ORG = ['title', 'org'] as const;
// Two fields of work a unit is named for: "Research & Policy", "Finance and Operations".
export const PAIRED_UNIT = /^\p{Lu}\p{Ll}+ (?:&|and) \p{Lu}\p{Ll}+$/u;

/**
 * Whether the piece after `p`'s (so far) on its line joins `p`, which has role r: see absorbLeftovers.
 * (A module function, not closures made per header and role: thousands of headers made thousands of sets.)
 */
function joinsLeftover(q: Piece | undefined, p: Piece, r: 'title' | 'org', a: Assignment, kind: EntryKind, field: boolean, qualifier: Piece | undefined): boolean {
  // Free: no role of its own, on p's line, no place.
  if (!q || q === a.title || q === a.org || q === a.loc || q.line !== p.line || q.loc !== 0) return false;
  // Across a comma only what qualifies a title: a degree's field ("PhD, Computer Science"), a
  // team or department once the employer is known ("Area Manager, Last Mile", "Associate, Corporate").
  const sep = q.sep;
  // (With no employer anywhere, a unit the assignment left free is the title's too: "Senior Associate,
  // Research & Policy", a role under its employer's line.)
  if (!(sep === '-' || sep === '–' || sep === '—' || (sep === ',' && r === 'title' && (kind === 'education' || !!a.org || (kind === 'work' && q.org <= 0 && q.title <= 0 && PAIRED_UNIT.test(q.text)))))) return false;
  // Only pieces no word list claims ("PrIMA", "National Aeronautics and Space Administration"), or:
  const joins =
    (q.org <= 0 && q.title <= 0) ||
    // ("B.S., Chemical Engineering": after a degree, a field of study is the degree's whatever job words it holds.)
    (field && !SCHOOL_WORD.test(q.text) && !DEGREE_WORDS.test(q.text) && !STRONG_ORG.test(q.text)) ||
    (r === 'title' && q === qualifier) ||
    // ("Senior Manager, Audit & Assurance – Whitfield & Rowe LLP": a field between the title's comma
    // and the employer after it on the line is the title's, whatever words it holds.)
    // (Only where a dash sets the employer off, and the field names no unit, organisation or second
    // role of its own: "Research Assistant, Department of Economics, …" and "Board Member, Marketing
    // Chair — …" keep their titles.)
    (r === 'title' && !!a.org && a.org.line === p.line && a.org.index === q.index + 1 && DASH_ONLY.test(a.org.sep) && q.sep === ',' && !STRONG_ORG.test(q.text) && !ORG_WORDS.test(q.text) && !UNIT_WORDS.test(q.text) && !TITLE_WORDS.test(q.text)) ||
    // ("Teacher, Volunteer Missionary", "Club Officer, Tutor": a second job's name after the title's
    // comma, where the employer stands elsewhere, is the same role's other hat.)
    // (Or a dash: "Platform Engineer — Project Manager".)
    (r === 'title' && kind === 'work' && !!a.org && (q.sep === ',' || (DASH_ONLY.test(q.sep) && a.org.line !== p.line)) && q.title >= 2 && q.org < 0 && !DEGREE_WORDS.test(q.text)) ||
    // ("Manager, Software Engineering" under "Conversant Media, Inc.": with the employer on a line
    // of its own, the field after the title's comma that ends its line is the title's discipline.)
    (r === 'title' && kind === 'work' && !!a.org && a.org.line !== p.line && q.sep === ',' && q.index === p.index + 1 && q.index === q.lineCount - 1 && q.org <= 0 && !STRONG_ORG.test(q.text) && !SCHOOL_WORD.test(q.text) && !DEGREE_WORDS.test(q.text));
  if (!joins) return false;
  return !HAS_DIGIT.test(q.text.replace(BRACKETED, ''));
}

// An academic body's unit, named by what it covers: "Faculty of Medicine", "School of Physics", "Dept. of Economics".
// (Also named before its word: "Ibn Sina Medical Faculty", "Chemistry Department".)
// ("Program in Atmospheric and Oceanic Sciences", "Lamont-Doherty Earth Observatory" before "Columbia University" too.)
const ACADEMIC_UNIT = /^(?:(?:Graduate\s+)?(?:Faculty|Department|Dept\.?|School|Division|College|Institute|Centre|Center|Laboratory|Lab|Program|Programme)\s+(?:of|for|in)\s+\p{Lu}|(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Faculty|Department|Observatory|Laboratory)$)/u;

/**
 * "Associate Professor, Faculty of Medicine, Memorial University of Newfoundland": a unit named right
 * before the organisation it belongs to, after a comma, is part of that organisation's name ("School
 * of Physics, Peking University"), not a qualifier of the title.
 */
function unitBeforeOrg(a: Assignment, pieces: Piece[], kind: EntryKind): Piece | undefined {
  const o = a.org;
  if (!o || o.sep !== ',') return undefined;
  const q = pieces[pieces.indexOf(o) - 1];
  if (!q || q === a.title || q === a.loc || q.line !== o.line || q.loc > 0) return undefined;
  // ("Uptown Vocal, Columbia University, NYC" under "Webmaster": a capitalised name right before a
  // school, the post on a line of its own, is a body of that school, a club or an institute.)
  if (!ACADEMIC_UNIT.test(q.text)) {
    if ((kind === 'work' || kind === 'volunteer') && a.title && a.title.line !== o.line && q.index === 0 && q.title <= 0 && SCHOOL_WORD.test(o.text) && !DEGREE_WORDS.test(q.text) && CAPITALISED_FEW.test(q.text)) return q;
    // ("Research fellow, Collegium for Advanced Studies, University of Helsinki", "Lecturer, CCIS,
    // Northeastern University": a capitalised name or initials between the post and the university,
    // academy or institute after it, each after a comma, is a unit of that body, no part of the
    // post's name; not a degree's field, "M.Engg, Electrical Comm, Indian Institute of Science".)
    // ("Volunteer, Queen Street Commons, The Working Centre", "Research Assistant, Butcher Lab, Cornell
    // University": so is one before any body's name, a unit's own word making it a unit though a
    // trade names it.)
    // (Not a company's team, "Senior Engineer, Payments, Stripe Inc.", "Platform Team": the post's.)
    const t = a.title;
    const school = SCHOOL_WORD.test(o.text) || MORE_UNIVERSITY_WORDS.test(o.text);
    const body = school || (ORG_WORDS.test(o.text) && !STRONG_ORG.test(o.text) && !TITLE_WORDS.test(o.text) && !TEAM_WORD.test(q.text));
    return (kind === 'work' || kind === 'volunteer') && t && t.line === o.line && q.index === t.index + 1 && q.sep === ',' && !DEGREE_WORDS.test(t.text) && !BARE_DEGREE.test(t.text) && (q.title <= 0 || ORG_WORDS.test(q.text)) && body && !DEGREE_WORDS.test(q.text) && (UNIT_NAME.test(q.text) || ACRONYM.test(q.text)) ? q : undefined;
  }
  return SCHOOL_WORD.test(o.text) || ORG_WORDS.test(o.text) || STRONG_ORG.test(o.text) ? q : undefined;
}

// A university's word that SCHOOL_WORD does not list (Portuguese, Nordic: "Universidade de Lisboa",
// "Uppsala universitet").
const MORE_UNIVERSITY_WORDS = /(?<![\p{L}])(?:universidade|universitet)(?![\p{L}])/iu;
const TEAM_WORD = /(?<![\p{L}])(?:team|squad|crew|tribe|pod)(?![\p{L}])/iu;
// A unit's name: capitalised words, small joining ones and "&" between them ("History & Philosophy of Science").
const UNIT_NAME = /^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|&|and|of|for|in|the)){0,5}$/u;

/** The free name right before the employer that is an academic unit, the unit's body: by its initials, or opening the line. */
function bodyBeforeUnit(a: Assignment, pieces: Piece[]): Piece | undefined {
  const p = a.org;
  if (!p || p.sep !== ',' || !ACADEMIC_UNIT.test(p.text)) return undefined;
  const body = pieces[pieces.indexOf(p) - 1];
  if (!body || body.line !== p.line || body === a.title || body === a.loc || body.loc > 0 || DEGREE_WORDS.test(body.text) || HAS_DIGIT.test(body.text)) return undefined;
  return (body.index === 0 && body.title <= 0) || ACRONYM.test(body.text) ? body : undefined;
}

// A degree by its letters alone: "B.S.", "A.A.S.", "BSc", "M.Eng", "Ph.D." (no words of a field).
const BARE_DEGREE = /^(?:\p{Lu}\.?\s?){1,4}(?:\p{Ll}{1,3}\.?)?$|^\p{Lu}\p{Ll}{0,2}\.?\s?\p{Lu}\p{Ll}{0,3}\.?$/u;
// A field of study's name: one to five capitalised words, "and"/"&"/"of" between them.
const FIELD_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|of|in|\p{Lu}[\p{L}'’-]*)){0,4}$/u;

function absorbLeftovers(a: Assignment, pieces: Piece[], lines: Cleaned[], kind: EntryKind, qualifier?: Piece): { title?: Field; org?: Field } {
  const fields: { title?: Field; org?: Field } = {};
  // ("IUT, Department of Electrical and Computer Engineering, Isfahan, Iran": an academic unit named
  // right after the free name that opens its line is that body's unit; the two are the employer.)
  // (Or after the title, a body by its initials: "PhD student, HZDR, Institute for Radiopharmaceutical
  // Cancer Research"; the title stops before it.)
  const unit = unitBeforeOrg(a, pieces, kind) ?? bodyBeforeUnit(a, pieces);
  for (let ri = 0; ri < TITLE_ORG.length; ri++) {
    const r = TITLE_ORG[ri];
    const p = a[r];
    if (!p) continue;
    let first = r === 'org' && unit ? unit : p;
    // ("Server, Bartender" under "Olive Garden, Lancaster, PA — 2000-2015": the job named first on
    // the title's line, free, is the same role's other hat, as one named after it is; see joinsLeftover.)
    const before = r === 'title' ? pieces[pieces.indexOf(p) - 1] : undefined;
    if (before && kind === 'work' && a.org && a.org.line !== p.line && p.sep === ',' && before.line === p.line && before.index === 0 && before !== a.loc && before.loc === 0 && before.title >= 2 && before.org < 0 && !DEGREE_WORDS.test(before.text) && !HAS_DIGIT.test(before.text)) first = before;
    // ("Civil Engineering, B.S., University of Central Florida, 2008": a field of study named before
    // a degree written by its letters alone is the degree's, as one after it is.)
    if (before && kind === 'education' && first === p && p.sep === ',' && BARE_DEGREE.test(p.text) && before.line === p.line && before.index === 0 && before !== a.org && before !== a.loc && before.loc === 0 && FIELD_NAME.test(before.text) && !DEGREE_WORDS.test(before.text) && !SCHOOL_WORD.test(before.text) && !ORG_WORDS.test(before.text) && !STRONG_ORG.test(before.text)) first = before;
    let last = p;
    // Only to the right, and only across dashes and commas ("Master Project - PrIMA", "NASA - JPL").
    // "Associate of Applied Science, Logistics & Supply Chain Management": a degree named by its
    // kind alone (no " in " field yet) takes the field after it too, whatever words it holds.
    const field = r === 'title' && kind === 'education' && DEGREE_WORDS.test(p.text) && (p.text.split(SPACES).length <= 3 || (DEGREE_OF_FIELD.test(p.text) && !SCHOOL_WORD.test(p.text)));
    for (let k = pieces.indexOf(last) + 1; k < pieces.length && pieces[k] !== unit && joinsLeftover(pieces[k], p, r, a, kind, field, qualifier); k++) last = pieces[k];
    // "Northwind Logistics Canada" over "Mississauga, Ontario, Canada": a country the employer's name
    // ends on, with no separator before it, is the name's when the entry's place is another piece.
    const next = pieces[pieces.indexOf(last) + 1];
    if (r === 'org' && a.loc && next && next !== a.loc && next !== a.title && next.line === p.line && isCountry(next.text) && !lines[p.line].text.slice(last.j, next.i).trim()) last = next;
    if (first === last) fields[r] = pieceField(p);
    else {
      const c = lines[p.line];
      // (The last piece may run on to the next line: "Certificate, Air Transport" / "Management".)
      fields[r] = { value: last.j > c.text.length ? c.text.slice(first.i, last.i) + last.text : c.text.slice(first.i, last.j), span: { start: first.span.start, end: last.span.end } };
    }
  }
  return fields;
}

// A street address at the end of an employer's name: "St. Jude's Medical Center 101 E. Valencia Mesa
// Drive", "Firstat Nursing Svc, 5601 Corporate Way # 404" (a house number, capitalised words, a street's word).
const STREET_TAIL = /^(.*?\S)(?:,\s*|\s+)(\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Road|Rd|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail|Square|Plaza|Pike)\.?(?:\s*(?:#|Suite|Ste\.?|Unit|Apt\.?)\s*\d{1,5}[A-Za-z]?)?)$/u;

/**
 * The street address an employer's name runs on into is where it is, not its name: the name ends
 * before it, and where the place follows on the line ("…, Fullerton, CA") the address leads it.
 */
function streetOffOrg(r: HeaderResult, line: Cleaned): void {
  const org = r.organisation!;
  const m = org.value.length <= 160 ? STREET_TAIL.exec(org.value) : null;
  if (!m) return;
  const at = line.text.indexOf(org.value);
  if (at < 0) return;
  const streetAt = at + org.value.length - m[2].length;
  r.organisation = { value: m[1], span: spanOf(line, at, at + m[1].length) };
  const loc = r.location;
  const locAt = loc ? line.text.indexOf(loc.value, at + org.value.length) : -1;
  // (Only a place that follows on the same line after a comma: the address and the town are one place.)
  if (loc && locAt >= 0 && /^\s*,\s*$/.test(line.text.slice(at + org.value.length, locAt))) r.location = { value: line.text.slice(streetAt, locAt + loc.value.length), span: spanOf(line, streetAt, locAt + loc.value.length) };
}

function resultOf(an: Analysis, assignment: Assignment, lines: Cleaned[], kind: EntryKind): HeaderResult {
  let a = assignment;
  const r: HeaderResult = { orgOnOwnLine: false, pieces: an.pieces.length };
  if (an.dates) r.dates = an.dates;
  if (an.runOn) r.runOn = an.runOn;
  // A project, a publication or an award has a name, not an employer.
  if (!a.title && a.org && kind !== 'work' && kind !== 'education' && kind !== 'volunteer' && an.pieces.filter((p) => p.loc < 1).length === 1) {
    a = { ...a, title: a.org, org: undefined };
  }
  // "2013: Pediatric voice clinic, American Family Children's Hospital", "Fluency clinic, UW-Madison
  // Speech & Hearing Clinic": a role named without a job's word, right before its employer on a
  // dated line, is the role's name (what a reader takes for its title).
  if ((kind === 'work' || kind === 'volunteer') && an.dates && !a.title && a.org && a.org.index === 1 && a.org.sep === ',') {
    const org = a.org;
    // (Not a name in its own right, "Blundell Lab, University of Cambridge": the lab is the employer.)
    const before = an.pieces.find((p) => p.line === org.line && p.index === 0 && p !== a.loc && p.loc < 1 && p.org <= 0 && UPPER_START.test(p.text) && !DEGREE_WORDS.test(p.text));
    if (before && before.text.split(SPACES).length <= 6) a = { ...a, title: before };
  }
  // (The field after the title's comma qualifies the title then: "Legal Intern, Self-Service Center".)
  // "Forklift Operator" / "Poly green foam - Coldwater, MI": a line of a name and its place under the
  // title's line names the employer, however the writer cased the name (words in lower case read as
  // a description elsewhere).
  if ((kind === 'work' || kind === 'volunteer') && a.title && !a.org && a.loc && a.loc.index === 1 && a.loc.lineCount === 2 && a.loc.line !== a.title.line) {
    const loc = a.loc;
    const named = an.pieces.find((p) => p.line === loc.line && p.index === 0 && p.loc < 1 && UPPER_START.test(p.text) && !HAS_DIGIT.test(p.text) && p.text.split(SPACES).length <= 5);
    if (named) a = { ...a, org: named };
  }
  // "Management Graduate, Royal Mail, UK", "Technology Consultant | KPMG, Vietnam": right after the
  // title, a name no list knows as a town (two words or more, in capitals, or an organisation's
  // word) before a country or a region is the employer and its place; a role names its employer
  // far more often than a town the lists lack ("Intern, Pilani, India" keeps its one-word town).
  if ((kind === 'work' || kind === 'volunteer') && a.title && !a.org && a.loc && a.loc.line === a.title.line && a.loc.index === a.title.index + 1) {
    const split = employerThenPlace(a.loc);
    if (split) a = { ...a, org: split[0], loc: split[1] };
  }
  let qualifier: Piece | undefined;
  // "Scientist I, Translational Oncology" over "Northbridge Biosciences, Waltham, MA": where the
  // employer taken is a field after the title's comma, and a name stands alone on a line of its
  // own (but for the place), that name is the employer and the field qualifies the title.
  // ("2014–2017 The Standard Nairobi, Kenya" over "Junior Reporter, County Affairs": the name may
  // share its line with the dates, and the field may hold an organisation's generic word, a county,
  // a laboratory, but no company's suffix or school's. A name is capitalised: "Living program.", a
  // bullet's wrapped end over the next role's dates, is none.)
  if (kind === 'work' && an.dates && a.title && a.org && a.org.line === a.title.line && a.org.sep === ',' && a.org.index === a.title.index + 1 && (a.org.org <= 1 || (a.org.org <= 2 && !STRONG_ORG.test(a.org.text) && !SCHOOL_WORD.test(a.org.text)))) {
    const alone = an.pieces.filter((p) => p.line !== a.title!.line && p !== a.loc && p.loc < 1 && p.title <= 0 && p.index === 0 && UPPER_START.test(p.text) && contentLowerWords(p.text, 1) === 0 && p.lineCount - (a.loc && a.loc.line === p.line ? 1 : 0) === 1);
    // (Not a name under a title's line that names its town after that field: "Associate Director,
    // Cognizant, London" over "TBC" holds title, employer and town; moderncv's second line says more.)
    const placedAfter = !!a.loc && a.loc.line === a.org.line && a.loc.index === a.org.index + 1;
    if (alone.length === 1 && (alone[0].line < a.title.line || !placedAfter)) {
      qualifier = a.org;
      a = { ...a, org: alone[0] };
    }
  }
  // "Kimley-Horn, Raleigh, NC — Project Manager, Transportation", "Maricopa County Superior Court,
  // Phoenix, AZ — Legal Intern, Self-Service Center": where the employer taken is a field after the
  // title's comma, a name right before the place, on the title's line, is the employer, at least
  // as much an organisation's name by its words.
  // (The employer and its place come before the title there; in "Senior Policy Analyst, Employment
  // and Social Development Canada, Skills and Employment Branch, Gatineau, QC" the field after the
  // title's comma is the employer and the one before the place its branch.)
  if (kind === 'work' && a.title && a.org && a.loc && a.org.line === a.title.line && a.org.sep === ',' && a.org.index === a.title.index + 1 && a.loc.line === a.title.line && a.loc.sep === ',' && a.loc.index < a.title.index) {
    const loc = a.loc;
    const org = a.org;
    const placed = an.pieces.filter((p) => p.line === loc.line && p.index === loc.index - 1 && p !== a.title && p !== org && p.loc < 1 && p.title <= 0 && p.org >= Math.min(org.org, 1));
    if (placed.length === 1) {
      a = { ...a, org: placed[0] };
      qualifier = org;
    }
  }
  // "Senior Policy Analyst, Employment and Social Development Canada, Skills and Employment Branch,
  // Gatineau, QC": where the employer taken is a unit (a branch, a sector, a department) two fields
  // after the title, the capitalised name between them is the employer the unit belongs to.
  if (!qualifier && kind === 'work' && a.title && a.org && a.org.line === a.title.line && a.org.sep === ',' && a.org.index === a.title.index + 2 && (UNIT_WORDS.test(a.org.text) || /\b(?:branch|sector|directorate|bureau)\b/i.test(a.org.text))) {
    const t = a.title;
    const between = an.pieces.find((p) => p.line === t.line && p.index === t.index + 1);
    if (between && between !== a.loc && between.sep === ',' && between.loc < 1 && between.title <= 0 && /^\p{Lu}/u.test(between.text) && !/\d/.test(between.text)) {
      a = { ...a, org: between };
    }
  }
  // "Head, Research and Instruction Services" over "Lakeshore University Libraries, Milwaukee, WI":
  // with the employer on a line of its own, a unit after the title's comma is part of the title.
  if (!qualifier && kind === 'work' && a.title && a.org && a.org.line !== a.title.line) {
    const t = a.title;
    const next = an.pieces.find((p) => p.line === t.line && p.index === t.index + 1 && p.sep === ',');
    if (next && next !== a.loc && next.loc < 1 && UNIT_WORDS.test(next.text)) qualifier = next;
  }
  // "Bachelor of Arts, English" (under its school's heading): a degree named by its kind takes the
  // field after its comma, which names no school and no organisation, as its own: no employer.
  if (!qualifier && kind === 'education' && a.title && a.org && a.org.line === a.title.line && a.org.index === a.title.index + 1 && a.org.sep === ',') {
    const t = a.title.text;
    // (Not a school known by its initials or its town: "M.Sc. Computer Science, TU Berlin".)
    const o = a.org.text;
    if (DEGREE_WORDS.test(t) && !SCHOOL_WORD.test(t) && (t.split(SPACES).length <= 3 || DEGREE_OF_FIELD.test(t)) && !SCHOOL_WORD.test(o) && !ORG_WORDS.test(o) && !STRONG_ORG.test(o) && !isPlaceName(o) && o.split(SPACES).length <= 4 && !CAPITALS_WORD.test(o) && !isKnownCity(o.split(SPACES).pop() ?? "")) {
      qualifier = a.org;
      a = { ...a, org: undefined };
    }
  }
  const f = absorbLeftovers(a, an.pieces, lines, kind, qualifier);
  if (f.title) r.title = f.title;
  if (f.org) r.organisation = f.org;
  if (a.loc) r.location = pieceField(a.loc);
  if (r.organisation && a.org) streetOffOrg(r, lines[a.org.line]);
  // ("Halvorsen Industrial Supply Co.   Oak Brook, IL": the employer's line may hold its place too.)
  // ("Northwind Logistics Canada": the pieces the employer took in are its own.)
  if (a.org && f.org) {
    const org = a.org;
    const own = f.org.span;
    r.orgOnOwnLine = org.line !== an.dateLine && an.pieces.every((p) => p.line !== org.line || p === a.loc || (p.span.start >= own.start && p.span.end <= own.end));
  }
  return r;
}

/**
 * Title, organisation, location and dates of every entry of one section. Each header's pieces are
 * scored by what they say (job-title and degree words, organisation suffixes, places, markup),
 * then entries whose reading is clear teach the section's layout (which line holds the employer,
 * which the title) to the entries whose words do not tell.
 */
export function readHeaders(src: string, headers: Cleaned[][], kind: EntryKind): HeaderResult[] {
  const analyses = headers.map((lines) => analyseHeader(src, lines, kind));
  const none = () => 0;
  // (A header of no pieces, a line of dates alone, is never scored: no priors made for it.)
  const priors = analyses.map((an, k) => (an.pieces.length ? orderPriors(kind, headers[k].length, an.pieces) : none));
  const first = analyses.map((an, k) => ({ an, a: assign(an.pieces, priors[k]) }));
  // What the clear readings say about each slot.
  const tally = new Map<string | number, Record<Role, number>>();
  for (let ix = 0; ix < first.length; ix++) {
    const { an, a } = first[ix];
    const lines = an.pieces.reduce((m, p) => Math.max(m, p.line + 1), 0);
    for (let ri = 0; ri < TITLE_ORG.length; ri++) {
      const r = TITLE_ORG[ri];
      const p = a[r];
      if (!p) continue;
      const other = r === 'title' ? p.org : p.title;
      if (p[r] - other < 2) continue;
      const key = slotOf(p, lines);
      const t = tally.get(key) ?? { title: 0, org: 0, loc: 0 };
      t[r]++;
      tally.set(key, t);
    }
  }
  return first.map(({ an, a }, k) => {
    if (!tally.size || an.pieces.length < 2) return resultOf(an, a, headers[k], kind);
    const lines = an.pieces.reduce((m, p) => Math.max(m, p.line + 1), 0);
    const again = assign(an.pieces, (p, r) => {
      const t = r === 'loc' ? undefined : tally.get(slotOf(p, lines));
      const total = t ? t.title + t.org : 0;
      // (Three clear readings or more outweigh a markup's hint: "**Scooper**, Rosebud Creamery"
      // under three bold titles.)
      const learnt = t && total >= 2 && t[r] / total >= 0.7 ? (total >= 3 ? 2 : 1.5) : 0;
      return learnt + priors[k](p, r);
    });
    return resultOf(an, again, headers[k], kind);
  });
}

/** Title, organisation, location and dates of one role's header lines. */
export function readHeader(src: string, lines: Cleaned[], kind: EntryKind): HeaderResult {
  if (!lines.length) return { orgOnOwnLine: false, pieces: 0 };
  return readHeaders(src, [lines], kind)[0];
}

// --- memo ------------------------------------------------------------------------------------

const shiftSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });

/** A copy of a piece with its text and span replaced, written out key by key (an object spread was slower). */
function copyPiece(p: Piece, text: string, span: Span): Piece {
  return { line: p.line, index: p.index, lineCount: p.lineCount, i: p.i, j: p.j, text, span, italic: p.italic, bold: p.bold, link: p.link, sep: p.sep, icon: p.icon, title: p.title, org: p.org, loc: p.loc };
}

/** A fresh copy of an analysis with every span moved by d and every string passed through str. */
function shiftAnalysis(an: Analysis, d: number, str: (s: string) => string = same): Analysis {
  const out: Analysis = { dateLine: an.dateLine, pieces: an.pieces.map((p) => copyPiece(p, str(p.text), shiftSpan(p.span, d))) };
  if (an.dates) out.dates = copyRange(an.dates, (s) => shiftSpan(s, d), str);
  if (an.runOn) out.runOn = shiftSpan(an.runOn, d);
  return out;
}

/**
 * Everything analyse reads, as a string: the kind, and per line its offset from the first
 * line, its cleaned text and mapping (relative to the line), and the source under it from two
 * characters before (the markup test looks there).
 */
function headerKey(src: string, lines: Cleaned[], kind: EntryKind): string {
  const base0 = lines[0].base;
  let key = kind;
  for (const c of lines) {
    const runs = c.runs;
    let srcEnd = c.base + c.text.length;
    let map = '';
    if (runs) {
      srcEnd = c.base + (runs.length ? runs[runs.length - 1] : 0);
      map = runs.join(',');
    }
    const from = Math.max(0, c.base - 2);
    // Lengths first, so the variable parts (source, text) cannot run into each other.
    key += `|${c.base - base0},${c.base - from},${srcEnd - from},${runs ? c.text.length : -1},${map};${src.slice(from, srcEnd)}${runs ? c.text : ''}`;
  }
  return key;
}

// Header analyses with spans relative to the first line's base.
const headerMemo = new Memo<Analysis>();

const CAPS_BESIDE_I = /[A-Z]i|i[A-Z]/;
/**
 * "PH.D. iN LANGUAGE AND COMMUNiCATiVE DiSORDERS": small capitals whose "i" the PDF's font gives in
 * lower case (Awesome-CV's), read as the capitals they are: on a line with a word of three capitals or
 * more and an "i", every word of capitals (one at least) and "i" in upper case. The same length: every
 * offset holds. A line without such a word as it is ("iOS" alone is a name).
 */
function smallCapsI(c: Cleaned): Cleaned {
  const t = c.text;
  if (!CAPS_BESIDE_I.test(t)) return c;
  // The words of capitals, dots and "i" ([start, end]).
  const words: [number, number][] = [];
  let strong = false;
  for (let a = 0; a < t.length; ) {
    let b = a;
    while (b < t.length && isWordCode(t.charCodeAt(b))) b++;
    if (b === a) {
      a++;
      continue;
    }
    let caps = 0;
    let is = 0;
    let other = false;
    for (let k = a; k < b; k++) {
      const ch = t.charCodeAt(k);
      if (ch >= 65 && ch <= 90) caps++;
      else if (ch === 105) is++;
      else if (ch !== 46) other = true;
    }
    if (!other && is > 0 && caps >= 1) {
      words.push([a, b]);
      if (caps >= 3) strong = true;
    }
    a = b;
  }
  if (!strong) return c;
  let out = '';
  let from = 0;
  for (const [a, b] of words) {
    out += t.slice(from, a) + t.slice(a, b).toUpperCase();
    from = b;
  }
  return { ...c, text: out + t.slice(from) };
}
/** A letter, a digit or a dot ("PH.D."): what smallCapsI reads as one word. */
function isWordCode(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch === 46 || ch > 127;
}

function analyseHeader(src: string, lines: Cleaned[], kind: EntryKind): Analysis {
  if (!lines.length) return { dateLine: -1, pieces: [] };
  const base0 = lines[0].base;
  const key = headerKey(src, lines, kind);
  const kept = headerMemo.get(key);
  if (kept) return shiftAnalysis(kept, base0);
  // (Handed over as one kind of array whoever made the list, a spread, a map or a literal: a kind the
  // compiled analyse had not met made it deoptimise, and recompiling it costs more than a large lint.)
  const own: Cleaned[] = [];
  for (let l = 0; l < lines.length; l++) own.push(smallCapsI(lines[l]));
  const result = analyse(src, own, kind);
  // (Read in capitals, kept as written: a field's value is the page's text.)
  for (const p of result.pieces) {
    const line = lines[p.line];
    if (own[p.line] === line) continue;
    const written = line.text.slice(p.i, p.j);
    if (written.toUpperCase() === p.text.toUpperCase()) p.text = written;
  }
  // The kept copy's strings are detached: they are slices of this document.
  headerMemo.set(key, shiftAnalysis(result, -base0, detach));
  return result;
}
