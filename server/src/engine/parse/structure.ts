// Blocks -> Resume: the part of reading a résumé that Markdown and plain text share. Each parser
// turns its lines into blocks (headings, bullets, text lines) with exact spans; this module finds
// the name and contact block above the first section, the summary and skills, and splits every
// other section into entries (header lines, then bullets).
import { bulletOffset, type Bullet, type Contact, type DateRange, type Entry, type Field, type Resume, type ResumeDate, type ResumeFormat, type Section, type SectionKind, type Span } from '../model';
import { asDayFirst, dayFirstOnly, findDateRange, monthFirstOnly, sameRange } from './dates';
import { emptyResume } from './empty';
import { type Cleaned, cleanInline, factsOf, spanOf, trimRange } from './inline-clean';
import { formEntries } from './form-entries';
import { contentLowerWords, DEGREE_WORDS, findRangeInCleaned, isTownLike, ORG_WORDS, postBeforeComma, readHeader, readHeaders, runOnStart, SCHOOL_WORD, TITLE_WORDS } from './header-fields';
import { CODE_AFTER_COMMA_END, fieldsEndingInPlace, isKnownCity, isPlace, isRegion } from './places';
import { classifyHeading, isExactSectionName, normaliseHeading } from './section-names';
import { mayBeProfile, RUN_IN_PREFIX, scanContact, takeLabelledValue, takeLinkNames, takeNetworkHandle, takeWrappedUrl, twoLineAddress } from './contact';
import { entryKindOf } from './section-names';
import { besideEmployer, buildTextEntries, degreeFromBullet, dutyLabel, textLayoutOf, type TextLayout } from './text-entries';
import { isKnownVerb } from '../data/verbs';
import { TECH_NAMES, techKey } from '../data/tech-names';

export interface Block {
  kind: 'heading' | 'bullet' | 'text';
  /** The content: for bullets the text without its marker, continuation lines included. */
  start: number;
  end: number;
  /** The whole line(s), markers included. */
  lineStart: number;
  lineEnd: number;
  /** The content with inline markup stripped (headings and text lines; bullets too, for skills). */
  clean: Cleaned;
  /** A blank line (or a rule) came between this block and the one before. */
  blankBefore: boolean;
  /** Set on headings that start a section. */
  section?: { kind: SectionKind; title: string };
  /** Starts a new entry whatever came before (a sub-heading, a bold line, a definition term, a table row). */
  strong?: boolean;
  /** A bullet written with a marker (- • * ...), as opposed to a bare line read as a bullet. */
  marked?: boolean;
  /** A text line that may continue the bullet above (indented, or starting in lower case). */
  cont?: boolean;
  /** Description text that is never a header line (a definition's indented paragraph). */
  desc?: boolean;
  /** Markdown: the line before ended with a hard break (two spaces, a backslash): printed on a line of its own. */
  lineBreakBefore?: boolean;
  /** A list item's indentation (Markdown), to tell a role item from the items nested under it; a text line's indentation in its column. */
  indent?: number;
  /** Plain text: the bullet glyph that marked the line ("•", "◦", "-"). */
  glyph?: string;
  /** A label inside an entry (a Markdown heading under a role's heading): no header line, no bullet. */
  label?: boolean;
}

/**
 * A block with every field present (one object shape for all blocks keeps the many property
 * reads in buildEntries fast); `fields` sets the ones that apply.
 */
export function newBlock(fields: Pick<Block, 'kind' | 'start' | 'end' | 'lineStart' | 'lineEnd' | 'clean' | 'blankBefore'> & Partial<Block>): Block {
  return {
    kind: fields.kind,
    start: fields.start,
    end: fields.end,
    lineStart: fields.lineStart,
    lineEnd: fields.lineEnd,
    clean: fields.clean,
    blankBefore: fields.blankBefore,
    section: fields.section,
    strong: fields.strong ?? false,
    marked: fields.marked ?? false,
    cont: fields.cont ?? false,
    desc: fields.desc ?? false,
    lineBreakBefore: fields.lineBreakBefore ?? false,
    indent: fields.indent,
    glyph: fields.glyph,
    label: fields.label ?? false,
  };
}

export interface BuildOptions {
  format: ResumeFormat;
  /** Plain text has bullets without markers: a sentence under a role is a bullet. */
  proseAsBullets: boolean;
  /** Contact details already known (Markdown front matter). */
  contact?: Contact;
}

const SKILL_LABEL = /^\s*([^:]{1,40}?)\s*:\s*/;
const SKILL_SPLIT = /\s*(?:,|;|•|·|\||\s\/\s|\u00b7)\s*/g;
// "GPA: 3.9", "Relevant coursework: …", "Master Thesis: …", "Bachelor's thesis: …": a detail of the entry, never its header.
// (USAJOBS résumés give each role "Salary:", "Hours per week:", "Series:", "Pay Plan:", "Supervisor:" and "Okay to contact this Supervisor:".)
export const DETAIL_LINE =
  /^\s*(?:(?:gpa|cgpa|grade|relevant coursework|coursework|courses|honou?rs|(?:(?:master|bachelor|diploma|doctoral|phd|senior|honou?rs)(?:'?s)?\s+)?(?:thesis|dissertation)|advisor|supervisor|activities|minor|concentration|specialization|focus|technologies|tech|tech stack|stack|tools|(?:technical\s+)?environment|keywords|okay to contact|may we contact|hours per week|salary|pay plan|series|vocational school|trade school|training company|training provider|final grade|final project|final mark|grade point average|exam(?:ination)?s?|project)\b[^:]{0,20}:|(?:c?gpa)\s*[-–]?\s*\d|minors?\s+in\s+\p{L}|(?:summa\s+|magna\s+)?cum\s+laude\b|dean['’]?s\s+list\b|graduated\s+with\s+(?:honou?rs|distinction))/iu;
// The document's own title: "Résumé", "Curriculum Vitae", US academia's "Vita" and "Curriculum
// Vita", "Lebenslauf", Spanish "Hoja de vida", Portuguese "Currículo", Chinese "简历", Japanese "履歴書".
const DOC_TITLE_WORDS = 'r[ée]sum[ée]|curriculum vit(?:ae|æ|a)|vita|cv|lebenslauf|hoja de vida|curr[ií]culo|(?:个人)?简历|履歴書';
export const DOC_TITLE = new RegExp(`^\\s*(?:${DOC_TITLE_WORDS})\\s*:?\\s*$`, 'i');
const DOC_TITLE_BEFORE = new RegExp(`^(?:${DOC_TITLE_WORDS})\\s*[-–—|]\\s*(?=\\p{Lu})`, 'iu');
export const SKILLS_LINE = /^\s*(?:technical\s+|core\s+|key\s+)?skills\s*:\s*\S/i;

const GROUP_LABEL = /^\s*\p{Lu}[\p{L}&/+ ]{0,24}?(?:[ \t]{2,}|\t)(?=\S)/u;

/**
 * "Stack   Python · Go · JavaScript · Docker", "Cloud   GCP · AWS · Azure": a group's label set apart
 * by a gap and three items or more between middle dots or bars, each a few words with no full stop;
 * a list of skills (an unlabelled block at the foot of the roles), no bullet of the role above.
 * `line` is the line as written (the gap kept).
 */
export function skillGroupLine(line: string): boolean {
  if (line.length > 400) return false;
  const label = GROUP_LABEL.exec(line);
  if (!label) return false;
  const items = line.slice(label[0].length).split(GROUP_SEPARATOR).map((i) => i.trim());
  return items.length >= 3 && items.every((i) => i !== '' && !i.endsWith('.') && i.split(SPACES).length <= 4);
}
const GROUP_SEPARATOR = /\s*[·|]\s*/;
export const SENTENCE_END = /[.!?]["”’)]?$/;
// (Also a dotted abbreviation: "Monterrey, N.L.", "Washington, D.C.", "Groenbank N.V.".)
// (A company's legal form: "Insight Designs Web Solutions, LLC." names an employer, it ends no sentence.)
// (A place's code in capitals after a comma: "Caravan Buk - Bogota, COL.", "Lyon, FRA.".)
const ABBREV_END = /(?:^|[\s(])(?:inc|ltd|llc|llp|pllc|plc|pty|co|corp|bros|jr|sr|st|dr|mr|ms|mrs|(?:[a-z]\.)*[a-z])\.$/i;
const PLACE_CODE_END = /,\s*[A-Z]{2,3}\.$/;
// ("Arlington, Va.", "Phoenix, Ariz.": a US state as the AP style abbreviates it; "Pune, India.".)
function placeCodeEnd(t: string): boolean {
  if (PLACE_CODE_END.test(t)) return true;
  const m = CODE_AFTER_COMMA_END.exec(t);
  return !!m && isRegion(`${m[1]}.`);
}

export interface TextShape {
  words: number;
  /** Words starting in lower case. */
  lower: number;
  /** Of those, the ones that are not small joining words (of, at, and, the...); on lines of more
   *  than SHORT_WORDS words, where it is never read, simply `lower`. */
  lowerContent: number;
  endsSentence: boolean;
  startsLower: boolean;
  endsLower: boolean;
}

const FUNCTION_WORDS = new Set([
  // How a job was held ("Tutor (part-time)"): lower case, but no sign of a sentence.
  'part-time', 'full-time', 'contract', 'freelance', 'remote', 'hybrid', 'intern', 'internship', 'temporary', 'seasonal', 'on-site', 'onsite', 'volunteer', 'co-op',
  'of', 'at', 'and', 'the', 'for', 'in', 'on', 'de', 'du', 'des', 'au', 'aux', 'la', 'le', 'von', 'van', 'der', 'y', 'e', 'a', 'an', 'to', 'with', '&']);


/** A brand's own lower-case start: "eBay", "iRobot", "gSchool". */
export const BRAND_START = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;
const THE_NAME = /^the\s+\p{Lu}/u;

/** First character is a lower-case letter (cheaper than a Unicode regex per word). */
function startsLowerCase(w: string): boolean {
  const c = w.charAt(0);
  if (c >= 'a' && c <= 'z') return true;
  if (c < '\u00c0') return false;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text[i]);
}

const SHORT_WORDS = 8;
// Scratch space for the lower-case words of a short line (at most SHORT_WORDS of them).
const lowerStarts = new Int32Array(SHORT_WORDS);
const lowerEnds = new Int32Array(SHORT_WORDS);

export function shapeOf(c: Cleaned): TextShape {
  const memo = (c.memo ??= {});
  if (memo.shape) return memo.shape as TextShape;
  // Kept across parses with the text (a shape is read-only and has no offsets).
  const facts = factsOf(c);
  return (memo.shape = facts.shape ??= shapeOfText(facts.text)) as TextShape;
}

/** Word count and casing of a line, scanned once by hand (no regex per word). */
function shapeOfText(whole: string): TextShape {
  const text = whole.length > 600 ? whole.slice(0, 600) : whole;
  let words = 0;
  let lower = 0;
  let lowerContent = 0;
  let shortLower = 0;
  let lastStart = -1;
  let lastEnd = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code, text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    // Inner joiners keep "e-commerce", "Node.js", "don't" one word.
    while (i < n) {
      const k = text.charCodeAt(i);
      if (isWordChar(k, text, i)) i++;
      else if ((k === 45 || k === 46 || k === 39 || k === 0x2019 || k === 47 || k === 38) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) i += 2;
      else break;
    }
    words++;
    lastStart = start;
    lastEnd = i;
    const first = text[start];
    if (startsLowerCase(first)) {
      lower++;
      // Joining words are short, employment words a little longer: only those are looked up,
      // after the scan and only for short lines (see below).
      if (i - start > 11) lowerContent++;
      else if (words <= SHORT_WORDS) {
        lowerStarts[shortLower] = start;
        lowerEnds[shortLower++] = i;
      }
    }
  }
  // Only lines of at most 8 words are judged on lowerContent (isTitleCaseShort): the Set lookups
  // (a substring each) are skipped for the long lines that make up most of a résumé.
  if (words <= SHORT_WORDS) {
    for (let k = 0; k < shortLower; k++) if (!FUNCTION_WORDS.has(text.slice(lowerStarts[k], lowerEnds[k]))) lowerContent++;
  } else lowerContent = lower;
  const last = lastStart >= 0 ? text.slice(lastStart, lastEnd) : '';
  const t = text.trim();
  return {
    words: whole.length > 600 ? Math.max(words, 100) : words,
    lower,
    lowerContent,
    endsLower: startsLowerCase(last) && !FUNCTION_WORDS.has(last),
    endsSentence: SENTENCE_END.test(t) && !ABBREV_END.test(t) && !placeCodeEnd(t),
    // (Not a brand's own lower-case start, "eCornell (online)", "eBay": a name, no sentence's middle.)
    // (Nor "the University of Louisville": a short name led by its article, no other word in lower case.)
    startsLower: startsLowerCase(t) && !BRAND_START.test(t) && !(words <= SHORT_WORDS && lowerContent === 0 && THE_NAME.test(t)),
  };
}

/** A sentence (description or bare bullet), not a header line. */
// "Last updated: Jul 2024", "Last modified March 2009 .", "This page was last revised on 3 May 2021":
// when the document was last changed (a year in it), no part of the résumé's own story.
const LAST_UPDATED = /^[\s\f*_(]*(?:this (?:page|cv|r[ée]sum[ée]|document) was\s+)?last\s+(?:updated|modified|revised|edited|changed)\b[^\n]{0,80}$/i;
/** A year of a working life standing alone in a text (not inside a longer number). */
export const YEAR_IN = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** Whether a line is only a note of when the document was last changed (see LAST_UPDATED). */
export function lastUpdatedLine(t: string): boolean {
  return t.length <= 120 && LAST_UPDATED.test(t) && YEAR_IN.test(t);
}

export function isProse(c: Cleaned): boolean {
  const s = shapeOf(c);
  if (s.words === 0) return false;
  // (Fourteen words or more, none in lower case, are fields still: "Media Arts Instructor
  // (9–12) — PiM Arts High School (Eden Prairie, MN) — 2018–2020"; not a paper's authors, "Sohel,
  // M. S., Hossain, M. A., Sarker, M. F. H., …", comma after comma.)
  // (Nor a post of a few words whose small words only join it, "Assistante au pôle social", "Head
  // of the sales team": led by a post's word, at most two words in lower case that join nothing.)
  return s.startsLower || (s.words >= 14 && ((s.lower > 0 && !namesJoinedByCommas(c.text, s)) || s.words >= 24 || commasAtLeast(c.text, 4))) || (s.endsSentence && s.words >= 3) || (s.lower >= 3 && s.lower / s.words >= 0.5 && !(s.words <= 6 && !s.endsSentence && s.lowerContent <= 2 && postLed(c.text)));
}

/**
 * "Neurosurgery Research Group, Dept of Neurosurgery, Perelman School of Medicine, University of
 * Pennsylvania – Remote": names parted by commas, each capitalised, their only small words those
 * that join a name ("of", "and"): an organisation's full name, however long, no sentence.
 */
function namesJoinedByCommas(text: string, s: TextShape): boolean {
  if (s.lower > 4 || s.endsSentence || !commasAtLeast(text, 2)) return false;
  for (const m of text.matchAll(LOWER_WORD)) if (!FUNCTION_WORDS.has(m[0])) return false;
  return true;
}
const LOWER_WORD = /(?<![\p{L}\p{N}'’.-])\p{Ll}[\p{L}\p{N}'’-]*/gu;

/** Whether the text's first word is a post's ("Assistante", "Head"). */
function postLed(t: string): boolean {
  const first = FIRST_WORD.exec(t)?.[1];
  return !!first && TITLE_WORDS.test(first);
}

function commasAtLeast(text: string, n: number): boolean {
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) if (--n === 0) return true;
  return false;
}

/** Fields in capitals parted by commas, however many words: few lower-case words, no sentence's end, under 30 words. */
/** An item of a few short lines whose first is wholly bold, its words capitalised: a role's head, not a sentence. */
function boldHeadOverFields(src: string, b: Block): boolean {
  const own = src.slice(b.start, b.end);
  const nl = own.indexOf('\n');
  if (nl < 0 || !WHOLLY_BOLD.test(own.slice(0, nl))) return false;
  const s = shapeOf(b.clean);
  return s.words > 0 && s.words <= 16 && !s.startsLower && s.lower * 5 <= s.words;
}

// A list item's text that opens on a bold span: "-  **Duke University** (Durham, NC, USA)".
const BOLD_LEAD = /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)\S/;

/** Whether the item `b` opens on bold text (past its marker). */
function boldLead(src: string, b: Block): boolean {
  return BOLD_LEAD.test(src.slice(b.lineStart, Math.min(b.lineEnd, b.lineStart + 80)));
}

function fieldsInCapitals(c: Cleaned): boolean {
  const s = shapeOf(c);
  return s.words > 0 && s.words < 30 && !s.startsLower && !s.endsSentence && s.lower * 5 <= s.words;
}

/** A short Title Case line: a company, a title, a project name. */
export function isTitleCaseShort(c: Cleaned): boolean {
  const s = shapeOf(c);
  return s.words > 0 && s.words <= SHORT_WORDS && s.lowerContent / s.words < 0.34 && !s.endsSentence && !s.endsLower;
}

/** A block that gives a span of time: a start, and an end or "present" ("2019–present"; not "Copyright 2018"). */
export function spansTime(b: Block): boolean {
  const r = blockRange(b);
  return !!r?.start && (!!r.end || r.current);
}

/**
 * A section's kind where its name can mean two things and its items tell which.
 * - "Activities" ("Coaching & Activities", "Volunteer Activities") names hobbies on one résumé and
 *   roles on another: an interests section whose items carry their own spans of time ("Science
 *   Olympiad Head Coach, 2019–present") lists roles, read as volunteer work. Hobbies have none.
 * - "Professional Memberships", "Affiliations": unpaid roles with dates on an academic CV
 *   (volunteer work), but a list of bodies one belongs to where nothing in it has a span of time.
 */
const RESEARCH_ONLY = /^\W*research\W*$/i;
// An author list's first name: "Lack, D., …", "Kakakhel, A. 2011.", "Snyder, M. & …" (glyphs before it allowed).
const CITATION_START = /^[\s\-−–•*·]*\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3}(?:,|&|\(|and\b|\d)/u;

// A meeting's kind of name: "APS March meeting", "Workshop on Stochastic Thermodynamics", "Liquid Matter Conference".
const EVENT_WORD = /(?<![\p{L}])(?:conference|workshop|meeting|symposium|seminar|colloquium|congress|summit|session|summer school|winter school|lecture|talk|keynote)s?(?![\p{L}])/iu;
const EVENTS_NAMED = /(?<![\p{L}])(?:events?|conferences?|meetings?|talks?|presentations?)(?![\p{L}])/iu;

function kindByContent(kind: SectionKind, title: string, body: Block[], noWorkSection = false): SectionKind {
  // "Scientific events and committees" over "2025 Statistical Physics of Living Systems, CECAM,
  // Lausanne" / "Self-Organization Far From Equilibrium, APS March meeting, Anaheim": a section named
  // for events whose lines name meetings, no post among them, lists talks given, no roles held.
  if ((kind === 'volunteer' || kind === 'other') && EVENTS_NAMED.test(title)) {
    let events = 0;
    let posts = 0;
    let lines = 0;
    for (const b of body) {
      if (b.kind === 'heading') continue;
      lines++;
      if (EVENT_WORD.test(b.clean.text)) events++;
      if (TITLE_WORDS.test(b.clean.text)) posts++;
    }
    if (lines >= 4 && events * 3 >= lines && posts * 5 <= lines) return 'publications';
  }
  // "Information Service", "Social Service", "Administrative Support": a résumé with no section
  // named for work that groups its roles under headings of its own fields. A section of no known
  // kind holding spans of time, none of them a degree's, is work.
  if (kind === 'other' && noWorkSection) {
    const dated = body.filter((b) => b.kind !== 'heading' && spansTime(b));
    if (dated.length && !dated.some((b) => DEGREE_WORDS.test(b.clean.text))) return 'experience';
  }
  // "## Deputy editor, production — ProPublica" over "_January 2018 – present_": a heading that
  // names a job, its first line the job's span of time, is a role given a heading of its own,
  // wherever the résumé's other roles are.
  // ("## Software Developer" / "#### Division of Labor, Inc. | November 2018 – Present": the
  // employer's sub-heading carries the dates.)
  if (kind === 'other' && TITLE_WORDS.test(title) && !DEGREE_WORDS.test(title)) {
    const first = datedSubHeading(body) ?? body.find((b) => b.kind !== 'heading');
    // (A single date is the role's too: "#### Carolina Code School Demo Project | November 2018".)
    if (first && blockRange(first)?.start && shapeOf(first.clean).words <= 8) return 'experience';
  }
  if (kind === 'interests') {
    const items = body.filter((b) => b.kind !== 'heading');
    const dated = items.filter(spansTime).length;
    if (dated >= 2 && dated * 2 >= items.length) return 'volunteer';
    // "ACTIVITIES" over "Campus Rocketry Club" / "Technical Coordinator" / what the post involved:
    // lines that only name a post, two or more, make a list of roles held (a hobby names none).
    return items.filter(namesPost).length >= 2 ? 'volunteer' : kind;
  }
  // "Research" over "Lack, D., Kakakhel, A., … (2014). Teflon Cylindrical Phantom … Journal Of …":
  // a section named only for research whose items are citations (an author list opening each) is
  // the publications, no roles.
  if (kind === 'experience' && RESEARCH_ONLY.test(title)) {
    const items = body.filter((b) => b.kind !== 'heading' && b.clean.text.trim());
    // (Each item's first line: the bullets where there are any, else each paragraph's.)
    const starts = items.some((b) => b.kind === 'bullet') ? items.filter((b) => b.kind === 'bullet') : items.filter((b, k) => k === 0 || b.blankBefore);
    const cited = starts.filter((b) => CITATION_START.test(b.clean.text)).length;
    if (cited >= 2 && cited * 2 >= starts.length && !starts.some((b) => spansTime(b) && !CITATION_START.test(b.clean.text))) return 'publications';
  }
  if (kind === 'volunteer' && /membership|affiliation/i.test(title)) return body.some(spansTime) ? kind : 'other';
  // "Training" over "Web Development" / "<Code> Louisville" / "1/2015 - 9/2015" … "B.A. Political
  // Science" / "the University of Louisville" / "1/2000 - 5/2003": a section named for courses
  // that holds a degree's line with its span of time is the education.
  if (kind === 'certifications' && /^\W*training\W*$/i.test(title) && body.some((b) => b.kind !== 'heading' && b.kind !== 'bullet' && DEGREE_LINE.test(b.clean.text) && shapeOf(b.clean).words <= 10) && body.some(spansTime)) return 'education';
  // "Tech Experience", "Technical Experience", "Programming Experience" over a list of methods and
  // tools with no span of time anywhere: what the person can do, no roles (a section of no kind
  // of its own: its items are read as they stand).
  if (kind === 'experience' && TOOLS_EXPERIENCE.test(title.trim()) && !body.some((b) => !!blockRange(b))) return 'other';
  // "QUALIFICATIONS" over "Certified Public Accountant (CPA)" / "Enrolled Agent (EA)": a list of
  // credentials, no degree among them, is the certifications.
  if (kind === 'education' && QUALIFICATIONS_TITLE.test(title)) {
    const items = body.filter((b) => b.kind !== 'heading' && b.clean.text.trim());
    const credentials = items.filter((b) => CREDENTIAL_ITEM.test(b.clean.text) && !DEGREE_WORDS.test(b.clean.text)).length;
    if (items.length >= 2 && credentials * 5 >= items.length * 3 && !items.some((b) => DEGREE_WORDS.test(b.clean.text))) return 'certifications';
  }
  return kind;
}
/** A section's first block when it is a sub-heading with dates ("#### Division of Labor, Inc. | November 2018 – Present"). */
function datedSubHeading(body: Block[]): Block | undefined {
  return body[0]?.kind === 'heading' && blockRange(body[0]) ? body[0] : undefined;
}
// "Teaching: Lecturer, UCLA": a short label, then a colon and more.
const LABEL_BEFORE_COLON = /^\W*([^:]{3,30}):\s+\S/;
const QUALIFICATIONS_TITLE = /^\W*(?:professional\s+)?(?:qualifications|credentials)\W*$/i;
// "Certified Public Accountant (CPA)", "Licensed Practical Nurse", "Enrolled Agent (EA)", "CPR Certificate".
const CREDENTIAL_ITEM = /^\W*(?:certified|licensed|registered|chartered|board[- ]certified)\b|\b(?:certificat(?:e|ion)|licen[cs]e)\b|\(\p{Lu}{2,6}\)\s*$/iu;
const COLON_END_G = /[\s:]+$/;
const WHOLLY_BOLD = /^(\*\*|__)[^*_\n]+\1\s*$/;

/** A short Title Case line that only names a post ("Technical Coordinator", "Section Editor"). */
function namesPost(b: Block): boolean {
  const t = b.clean.text.trim();
  const words = t.split(SPACES_G);
  return words.length <= 4 && t.length <= 40 && TITLE_WORDS.test(t) && !/[\d.,;:|@()–—-]/.test(t) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|&|for|the|in)$/.test(w)) && !ORG_WORDS.test(t);
}
// A line that names a degree by its letters or its kind ("B.A. Political Science", "Master of Arts").
const DEGREE_LINE = /^\s*(?:[BM]\.\s?[A-Z][a-z]?\.?|B\.?Sc|M\.?Sc|Ph\.?\s?D|MBA|Bachelor|Master|Associate(?:'s)? (?:of|in|degree)|Doctor(?:ate)? of)\b/;
export const TOOLS_EXPERIENCE = /^(?:tech|technical|technology|software|programming|computer|computing|coding|it|digital|tools|systems)\s+experience\W*$/i;

/**
 * A résumé that writes one date day first ("31/08/2019") writes them all so, unless another can
 * only be month first: "01/09/2019 – Current" is then 1 September, not 9 January (read apart, two
 * roles would overlap and a gap would open where there is none).
 */
function dayFirstThroughout(resume: Resume): void {
  const dates: ResumeDate[] = [];
  // (Indexed loops, no list per entry: run once per parse over every role, mostly before the JIT has compiled it.)
  for (let i = 0; i < resume.sections.length; i++)
    for (let k = 0, es = resume.sections[i].entries; k < es.length; k++) {
      const r = es[k].dates;
      if (r?.start) dates.push(r.start);
      if (r?.end) dates.push(r.end);
    }
  if (!dates.some(dayFirstOnly) || dates.some(monthFirstOnly)) return;
  for (const s of resume.sections)
    for (const e of s.entries) {
      const r = e.dates;
      // (A new range: a read range may be shared with the memo of an earlier parse.)
      if (r) e.dates = { ...r, ...(r.start ? { start: asDayFirst(r.start) } : {}), ...(r.end ? { end: asDayFirst(r.end) } : {}) };
    }
}

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const UPPER_START = /^\p{Lu}/u;

/**
 * A functional résumé's skills section: "Leadership" over "Led a team of 8 supervisors and 220
 * hourly associates…", "Responsible for hiring, coaching…". Sentences under a skill group are
 * things done, read as the bullets of an entry named by the group, so the writing rules read them
 * (skill lists and their labels stay skills). At least two such sentences, or none are taken.
 */
function accomplishments(src: string, body: Block[]): Entry[] {
  const out: Entry[] = [];
  let label: Block | undefined;
  let cur: Entry | undefined;
  let sentences = 0;
  for (const b of body) {
    if (b.kind === 'heading') continue;
    const s = shapeOf(b.clean);
    const sentence = UPPER_START.test(b.clean.text.trim()) && s.words >= 6 && isProse(b.clean) && !SKILLS_LINE.test(b.clean.text);
    if (sentence) {
      sentences++;
      if (!cur) {
        cur = { kind: 'other', bullets: [], span: { start: (label ?? b).lineStart, end: b.lineEnd }, headerSpan: label ? { start: label.lineStart, end: label.lineEnd } : { start: b.lineStart, end: b.lineStart } };
        if (label) cur.title = { value: label.clean.text.trim(), span: { start: label.start, end: label.end } };
        out.push(cur);
      }
      cur.bullets.push(bulletOf(src, b.start, b.end));
      cur.span.end = b.lineEnd;
    } else if (cur && b.cont && s.startsLower) {
      // A wrapped sentence's next line.
      const last = cur.bullets[cur.bullets.length - 1];
      cur.bullets[cur.bullets.length - 1] = bulletOf(src, last.span.start, b.end);
      cur.span.end = b.lineEnd;
    } else {
      cur = undefined;
      label = s.words <= 5 && !s.endsSentence ? b : undefined;
    }
  }
  return sentences >= 2 ? out : [];
}

/** A short parenthesised note after a range, and nothing more. */
export const RANGE_NOTE = /^\([^()]{1,30}\)[.;]?$/;

const OPEN_SEPARATOR_END = /[,–—|(]\s*$/;
const YEAR_IN_SENTENCE = /\S\s+(?:of|in|since|during|after|before|until|by)\s+$/i;

export function blockRange(b: Block): DateRange | undefined {
  // A long sentence is a description or a bullet; its numbers are no role dates, unless the
  // dates open the line ("Austin, TX March 2014 – Jun 2016 Built ..."), so only its start is read.
  const c = b.clean;
  if (c.text.length > 90 && isProse(c)) {
    const found = findRangeInCleaned(headOf(c));
    // (Not a year inside the sentence's own words: "Led the primary team through the 2023
    // inspection, graded Outstanding …" is a bullet.)
    // (Nor a year after a preposition: "At the start of 2019 I won a permanent position …".)
    if (found && found.j <= 60 && contentLowerWords(c.text.slice(0, found.i), 2) < 2 && !YEAR_IN_SENTENCE.test(c.text.slice(0, found.i))) return findRangeInCleaned(c)?.range;
    // "Bachelor of Engineering in Electrical and Electronics; GPA: 3.66 (9.15/10.0) Aug 2008 – July 2012":
    // a range that ends the line is the header's, however long the line; so is one followed only
    // by a note on it ("— 2017–2020 (6 terms)", "2019 – 2021 (part-time)").
    const all = findRangeInCleaned(c);
    if (!all) return undefined;
    const tail = c.text.slice(all.j).trim();
    if (!all.range.end && !all.range.current) {
      // "**Master of Social Work (MSW)**, Clinical Concentration — Central New York University
      // School of Social Work, 2018": one date set off by a comma or dash at the end of a line of
      // names is when the degree (or role) ended; a sentence that ends on a year says "in 2018".
      const s = shapeOf(c);
      const head = c.text.slice(0, all.i);
      // ("BrillaAI – STEM Question Synthesis Platform | Python, LoRA, LLaMA-3 8B, Unsloth, SQL, pandas
      // April 2024": fields parted by bars, then a month and its year, the right margin's date run
      // on by the text copy, end on when it was done.)
      const barredFields = head.includes(' | ') && all.range.start?.month !== undefined;
      return tail.length <= 1 && (OPEN_SEPARATOR_END.test(head) || barredFields) && !s.endsSentence && s.lower / s.words < 0.3 ? all.range : undefined;
    }
    return tail.length <= 2 || RANGE_NOTE.test(tail) ? all.range : undefined;
  }
  const found = findRangeInCleaned(c);
  if (!found || (!found.range.end && !found.range.current && (bracketNote(c.text, found.i, found.j) || yearInSentence(c.text, found.i, found.j)))) return undefined;
  return found.range;
}

// (The sentence goes on after the year: "2019 I won …", "2016, we …".)
const SENTENCE_GOES_ON = /^[,]?\s+\p{L}+\s+\p{Ll}/u;

/**
 * "At the start of 2019 I won a permanent position …" (a paragraph's line as pdf.js breaks it): one
 * year after a preposition, in a sentence that goes on past it, is when something happened, no
 * entry's dates.
 */
function yearInSentence(text: string, i: number, j: number): boolean {
  return YEAR_IN_SENTENCE.test(text.slice(Math.max(0, i - 40), i)) && SENTENCE_GOES_ON.test(text.slice(j, j + 40)) && contentLowerWords(text.slice(0, i), 1) >= 1;
}

/**
 * "Policy Analyst (EC-04, acting EC-05 from 2019)": one date inside brackets after words of their
 * own is a note on the title, not when the role was ("… (2019 – 2021)", "(part-time, 2019 – 2021)"
 * stay the role's dates: the caller asks this of a date with no end only).
 */
function bracketNote(text: string, i: number, j: number): boolean {
  const open = text.lastIndexOf('(', i);
  if (open < 0 || text.lastIndexOf(')', i) > open) return false;
  const close = text.indexOf(')', j);
  if (close < 0 || text.lastIndexOf('(', close) !== open) return false;
  return /\p{Ll}{3,}/u.test(text.slice(open + 1, i));
}

/** The first 70 characters of a cleaned line (same mapping). */
function headOf(c: Cleaned): Cleaned {
  const memo = (c.memo ??= {});
  return (memo.head ??= { text: c.text.slice(0, 70), base: c.base, runs: c.runs });
}

// "Researcher for <Detecting video’s torrents …>", "Intern at Global Internship Program": a job
// named with the name of what or where it was for is a header line, however many lower-case words
// follow ("Developer on numerous projects…" is a bullet; "Lead" and "Head" open bullets too, so
// they are not in the list).
const ROLE_FOR = /^(?:Researcher|Engineer|Developer|Intern|Analyst|Consultant|Assistant|Scientist|Designer|Volunteer|Teacher|Tutor|Instructor|Fellow|Contractor|Programmer|Architect|Specialist|Coordinator|Technician)\s+(?:for|at|with|on|in)\s+(?:the\s+)?[\p{Lu}<"“][^.]*[^.\s]\s*$/u;

const TWO_LETTERS = /[\p{L}]{2,}/u;
const DATE_WORDS_G = /\b(?:since|from|expected|graduated)\b/gi;
const PREPOSITION_END = /\s(?:in|by|during|after|before|until)\s+$/i;
const CAPITALISED_START = /^\p{Lu}\p{Ll}+/u;

/**
 * Whether a text line can be a header line: not a sentence, or a dated line whose text before
 * a run-on sentence is short ("Austin, TX March 2014 – Jun 2016 Built ...").
 */
export function headerish(b: Block): boolean {
  if (!blockRange(b)) return !isProse(b.clean) || (ROLE_FOR.test(b.clean.text.trim()) && shapeOf(b.clean).words <= 14);
  const at = runOnStart(b.clean);
  const s = at === undefined ? shapeOf(b.clean) : shapeOf({ text: b.clean.text.slice(0, at), base: 0 });
  // "Austin, TX March 2014 – Jun 2016 Built ...", but not "Since 2008 I've been ...": a run-on
  // header has words of its own before the dates.
  if (at !== undefined) return s.words <= 12 && TWO_LETTERS.test(b.clean.text.slice(0, (findRangeInCleaned(b.clean)?.i ?? 0)).replace(DATE_WORDS_G, ''));
  // "since January 2016": a line that is its dates, whatever case it starts in.
  const found = findRangeInCleaned(b.clean);
  // "Recieved the Department's Medal of Merit in 2009.": a year after "in" closing a sentence
  // says when something happened; a header's dates stand apart.
  if (found && !found.range.end && !found.range.current && shapeOf(b.clean).endsSentence && PREPOSITION_END.test(b.clean.text.slice(0, found.i))) return false;
  if (found && found.range.text.length >= 0.8 * b.clean.text.trim().length) return true;
  // "since 03/2022		Senior Architectural Technician / BIM Coordinator": a line that opens with
  // its span of time (a left column of dates) is read by what follows it, whatever case "since" is in.
  if (found && (found.range.end || found.range.current) && !b.clean.text.slice(0, found.i).trim() && shapeOf(b.clean).startsLower) {
    const rest = b.clean.text.slice(found.i + found.range.text.length);
    const r = shapeOf({ text: rest, base: 0 });
    return r.words > 0 && fieldsShape(r, rest);
  }
  // "Researcher for <Detecting video’s torrents using image similarity algorithms> Sep. 2012 Feb.
  // 2013": a role named at length, its dates closing the line, is a header however many lower-case
  // words it has (a bullet opens with what was done, not with a job).
  if (found && (found.range.end || found.range.current) && !b.clean.text.slice(found.i + found.range.text.length).trim() && TITLE_WORDS.test(CAPITALISED_START.exec(b.clean.text.trimStart())?.[0] ?? '')) return true;
  // ("2006–2010 Master of forest science, AgroParisTech-ENGREF, France.": nor after dates opening
  // the line and a post or a degree set off by a comma, moderncv's entry line, whatever its case.)
  if (found && !b.clean.text.slice(0, found.i).trim() && postBeforeComma(b.clean.text.slice(found.i + found.range.text.length))) return true;
  // "2012–2016 Master of Science in Physics, University of Bremen, Bremen.": a full stop after
  // fields joined by "of" and "in" makes no sentence; lower-case words that say something do.
  return fieldsShape(s, b.clean.text);
}

// "E. Dahlmeir": an initial and a surname, as a site's navigation prints its owner.
const INITIAL_SURNAME = /^\p{Lu}\.\s?(\p{Lu}[\p{L}'’-]+)$/u;
const FULL_NAME_LOOKAHEAD = 15;

/**
 * The full name the page's first lines spell out after its initial and surname ("E. Dahlmeir" in a
 * site's navigation, then "Ethan Dahlmeir" over the résumé); the name read otherwise. (From the
 * source: the navigation's lines around it are no blocks.)
 */
function fullNameSoon(src: string, name: Field): Field {
  const m = INITIAL_SURNAME.exec(name.value)!;
  const initial = name.value[0];
  let at = 0;
  for (let k = 0; k < FULL_NAME_LOOKAHEAD && at < src.length; k++) {
    const nl = src.indexOf('\n', at);
    const end = nl < 0 ? src.length : nl;
    const line = src.slice(at, Math.min(end, at + 200));
    const t = line.trim();
    const parts = t.split(' ');
    if (parts.length === 2 && parts[1] === m[1] && parts[0][0] === initial && parts[0].length > 2 && FIRST_NAME_WORD.test(parts[0])) {
      const start = at + line.indexOf(t);
      return { value: t, span: { start, end: start + t.length } };
    }
    at = end + 1;
  }
  return name;
}
const FIRST_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

const NAME_DASH_PLACE = /^(\p{Lu}[^–—|]{0,60}?)\s+[-–—|]\s+([^–—|]{2,60})$/u;

const FIELDS_PARTED = /\s[-–—|@·•]\s|,|\sat\s/;
/** A short name and nothing else: "PwC", "China Construction Bank" (capitalised words, no verb leading, no sentence, no list). */
function bareName(b: Block): boolean {
  const text = b.clean.text.trim();
  const s = shapeOf(b.clean);
  if (s.words === 0 || s.words > 6 || s.endsSentence || s.startsLower || text.includes(',') || blockRange(b) || contentLowerWords(text, 1) > 0 || !/^\p{Lu}/u.test(text)) return false;
  // ("  * Kubernetes" under a role's item: a tool worked with, no employer.)
  return !TECH_NAMES.has(techKey(text)) && !verbLeads(text);
}

const FIRST_WORD = /^\s*([\p{L}'’-]+)/u;
/** "Led the migration …": the line opens on a verb (not an acronym in capitals that spells one, "GET"). */
function verbLeads(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[1] ?? '';
  return first !== first.toUpperCase() && isKnownVerb(first);
}

/** An undated list item that reads as a role's header: a post or an employer named, no sentence, no verb leading. */
function roleItem(b: Block): boolean {
  const text = b.clean.text;
  // (Lower-case words are no sign of a sentence here: "Member of SAE-VIT student chapter".)
  const s = shapeOf(b.clean);
  if (s.endsSentence || s.startsLower || s.words > 12) return false;
  // ("Led the migration of Acme Corp's billing": a duty, whatever names it holds.)
  if (verbLeads(text)) return false;
  return TITLE_WORDS.test(text) || ORG_WORDS.test(text) || nameDashPlace(text) || fieldsEndingInPlace(text);
}

/** An item naming a degree or a school in fields (no sentence, no verb leading), however long its fields run. */
function degreeItemFields(b: Block): boolean {
  const text = b.clean.text;
  const s = shapeOf(b.clean);
  if (s.endsSentence || s.startsLower || s.words > 24 || verbLeads(text)) return false;
  return DEGREE_WORDS.test(text) || SCHOOL_WORD.test(text);
}

/** "TechNova Inc. – San Francisco, CA": a capitalised name, a dash or bar, and a place. */
function nameDashPlace(text: string): boolean {
  const m = NAME_DASH_PLACE.exec(text.trim());
  return !!m && isPlace(m[2].trim()) && contentLowerWords(m[1], 1) === 0;
}

/**
 * Whether the list item at `n` opens a chain of short items (eight words or fewer, no sentence),
 * each nested deeper than the one before, that reaches a dated item within three steps.
 */
function nestedHeaderChain(blocks: Block[], n: number): boolean {
  let indent = blocks[n].indent ?? 0;
  for (let k = n; k <= n + 3 && k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind !== 'bullet' || (k > n && (b.indent ?? 0) <= indent) || isProse(b.clean) || shapeOf(b.clean).words > 8) return false;
    if (k > n && blockRange(b)) return true;
    indent = b.indent ?? 0;
  }
  return false;
}

/** Whether text of shape `s` reads as a header's fields: no lower-case start, not mostly lower-case words, no sentence that says something. */
// "capytechnologies ( May 2025 - Present) | Programmer", "ytd-Downloader-gui (June 2025) | Python":
// a name written in lower case (a repository's, a brand's), one token, its dates in brackets or
// none, then a bar setting off the next field (a wrapped word's end, "ordinator (2023–present)", has none).
const LOWER_NAME_LEAD = /^\s*\p{Ll}[\p{L}\p{N}._]*(?:-[\p{L}\p{N}._]+)*\s*(?:\([^()]{0,60}\)\s*)?\|/u;

function fieldsShape(s: TextShape, text: string): boolean {
  return (!s.startsLower || LOWER_NAME_LEAD.test(text)) && !(s.words >= 9 && s.lower / s.words >= 0.4) && !(s.endsSentence && s.lower >= 3 && contentLowerWords(text, 2) >= 2);
}

function fieldOf(c: Cleaned): Field | undefined {
  const [i, j] = trimRange(c.text, 0, c.text.length, ' \t,;:|•·');
  if (j <= i) return undefined;
  return { value: c.text.slice(i, j), span: spanOf(c, i, j) };
}

const SPACES = /\s+/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** "Languages: Python, Java" -> Python, Java (the label is dropped). */
export function skillItems(c: Cleaned, out: Field[]): void {
  const text = c.text.length > 2000 ? c.text.slice(0, 2000) : c.text;
  let from = 0;
  const lm = SKILL_LABEL.exec(text);
  if (lm && lm[1].split(SPACES).length <= 5) from = lm[0].length;
  // A sentence in a skills section is prose about skills, not a list of them.
  const rest = text.slice(from);
  if (rest.length > 160 && !/[,;•·|]/.test(rest)) return;
  // (A short phrase with no full stop is one skill: "Hazmat and tanker endorsement (10 years)".)
  if (isProse(c) && !lm && (rest.match(/,/g)?.length ?? 0) < 2 && (rest.trim().length > 60 || /[.!?]\s*$/.test(rest))) return;
  const push = (a: number, b: number) => {
    let [i, j] = trimRange(text, a, b, ' \t,;:|•·-–—*');
    // "(Postgres)" keeps its brackets inside "SQL (Postgres)"; a wholly bracketed item loses them.
    if (text[i] === '(' && text[j - 1] === ')') [i, j] = [i + 1, j - 1];
    else if (text[i] === '(' && !text.slice(i, j).includes(')')) i++;
    else if (text[j - 1] === ')' && !text.slice(i, j).includes('(')) j--;
    if (b - a > 60) return;
    if (j > i && LETTER_OR_NUMBER.test(text.slice(i, j))) out.push({ value: text.slice(i, j), span: spanOf(c, i, j) });
  };
  SKILL_SPLIT.lastIndex = from;
  for (let m = SKILL_SPLIT.exec(text); m; m = SKILL_SPLIT.exec(text)) {
    if (m[0].length === 0) {
      SKILL_SPLIT.lastIndex++;
      continue;
    }
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
}

interface EntryBuilder {
  header: Block[];
  bullets: Bullet[];
  lastBulletMarked: boolean;
  lastBulletBlock?: Block;
  start: number;
  end: number;
  body: boolean;
  hasDate: boolean;
}

/** Whether header-like lines from `from` on (up to the first bullet or sentence) carry a date. */
function datedHeaderAhead(blocks: Block[], from: number): boolean {
  for (let k = from; k < blocks.length && k < from + 5; k++) {
    const b = blocks[k];
    // Only the lines right below, up to a blank line, a bullet or a sentence.
    if (b.kind !== 'text' || b.blankBefore || b.desc || isProse(b.clean) || DETAIL_LINE.test(b.clean.text)) return false;
    if (blockRange(b)) return true;
  }
  return false;
}

/** A role under a company line: no organisation of its own, or only a town where one would be. */
export function takesGroup(e: Entry): boolean {
  if (!e.organisation) return true;
  return !!e.title && !e.location && isTownLike(e.organisation.value) && e.organisation.value.split(SPACES).length <= 2;
}

/** A title widened to run on through `end` in the source ("SVP" + ", Global Operations"). */
export function titleThrough(src: string, title: Field, end: number): Field {
  return { value: src.slice(title.span.start, end), span: { start: title.span.start, end } };
}

/** Two fields with only a comma between them in the source ("SVP, Global Operations"). */
function commaApart(src: string, a: Field, b: Field): boolean {
  return /^\s*,\s*$/.test(src.slice(a.span.end, b.span.start));
}

/** A heading's level: its "#"s, or the digit of an HTML "<h4>" opening its line; 0 when neither. */
function headingDepth(src: string, b: Block): number {
  let at = b.lineStart;
  while (src[at] === ' ' || src[at] === '\t') at++;
  let n = 0;
  while (src[at + n] === '#') n++;
  if (n) return n;
  const m = /^<h([1-6])\b/i.exec(src.slice(at, at + 4));
  return m ? Number(m[1]) : 0;
}

const NAME_THEN_PLACE = /^(.+)\s+(?:\/|•|\||·|–|—|-)\s+(.+)$/;
/** "Kohl's Corporation / Menomonee Falls, WI", "Denver Health • Denver, CO": a name, a strong separator, a place. */
function nameThenPlace(text: string): boolean {
  const m = NAME_THEN_PLACE.exec(text.trim());
  return (!!m && isPlace(m[2].replace(/[.;]$/, ''))) || fieldsEndingInPlace(text);
}

/** How many "#" open a Markdown heading's line (0 for any other line). */
function atxDepth(src: string, b: Block): number {
  let n = 0;
  while (src[b.lineStart + n] === '#') n++;
  return n;
}

/**
 * For each block that is an item of a Markdown list (its items at one indent, nothing between
 * them) that lists entries, one per item (see the rule at its end): the index of the list's first
 * item; else -1. One pass over the blocks.
 */
function datedListItems(src: string, blocks: Block[], fieldsOnly: boolean, education = false): Int32Array {
  const out = new Int32Array(blocks.length).fill(-1);
  // (A project's item that opens with a verb says what was done, not what the project is called.)
  const sentence = (b: Block) => shapeOf(b.clean).words > 24 || isKnownVerb(/^\s*(\p{L}+)/u.exec(b.clean.text)?.[1] ?? '');
  let a = 0;
  while (a < blocks.length) {
    if (blocks[a].kind !== 'bullet') {
      a++;
      continue;
    }
    const indent = blocks[a].indent;
    let z = a;
    let n = 0;
    let datedItems = 0;
    let fieldItems = 0;
    let proseItems = 0;
    let degreeItems = 0;
    // An item neither dated nor read as fields settles it: the list is no entries (see below), and
    // its other items need not be read (a role's bullets, most lists, are settled by their first).
    let settled = false;
    for (;;) {
      const b = blocks[z];
      n++;
      if (!settled) {
        // (An item of several lines whose first line is dated is read by that line: see splitDatedItem.)
        const range = blockRange(b);
        const split = range ? undefined : splitDatedItem(src, b);
        const head = split?.head ?? b;
        const isDated = !!(range || split);
        const isField = !isProse(head.clean) && shapeOf(head.clean).words <= 14;
        if (isDated) datedItems++;
        if (isField) fieldItems++;
        if (education && isField && degreeFirst(head.clean.text)) degreeItems++;
        if (sentence(b)) proseItems++;
        settled = !isDated && !isField;
      }
      if (z + 1 >= blocks.length || blocks[z + 1].kind !== 'bullet' || blocks[z + 1].indent !== indent) break;
      z++;
    }
    const allFields = fieldItems === n;
    // ("- Résumé reviewer, Austin Veterans Career Network (2022 - present)": one item alone, when it
    // reads as fields, not as a sentence. "- Board member, Ontario Museum Curators Network,
    // 2022–present" / "- Peer reviewer, Journal of …": items that all read as fields, most of them
    // dated, are entries too, the undated ones with no dates.)
    // ("- **PhD, Health Research and Policy** — Baylor University" / "- **MS, Economics**": in an
    // education section, items that each open on a degree are the degrees, dated or not.)
    const dated = !settled && (datedItems === n ? (n > 1 ? !fieldsOnly || proseItems === 0 : allFields) : allFields && n > 1 && (datedItems * 2 >= n || degreeItems === n));
    if (dated) out.fill(a, a, z + 1);
    a = z + 1;
  }
  return out;
}

const HAS_SPACE = /\s/;
/** Whether `b` gives the same span of time as a dated line of the head `e` already holds. */
function sameRangeAsHead(e: EntryBuilder, b: Block): boolean {
  const r = blockRange(b);
  if (!r?.start) return false;
  return e.header.some((h) => {
    const hr = blockRange(h);
    return !!hr?.start && sameRange(hr, r);
  });
}
/** Whether a line opens on a degree ("PhD, Health Research …", "MS, Economics", "Bachelor of Arts in …"). */
function degreeFirst(t: string): boolean {
  const m = DEGREE_WORDS.exec(t);
  return !!m && !t.slice(0, m.index).trim();
}

/** A list item of several lines whose first line is dated: that line as a block, and the rest. */
function splitDatedItem(src: string, b: Block): { head: Block; rest: Block } | undefined {
  const split = splitFirstLine(src, b);
  if (!split || !blockRange(split.head) || shapeOf(split.head.clean).words > 40) return undefined;
  return split;
}

/** Whether a header line holds its dates and nothing else ("*July 2022 - Today*", "| 06/22 – 09/24 |"). */
export function blockIsDates(b: Block): boolean {
  const r = blockRange(b);
  if (!r) return false;
  const t = b.clean.text;
  // (The range's own words count as dates: "Since 2019", "Expected May 2026".)
  const at = Math.min((r.start ?? r.end)!.span.start, r.span.start) - b.clean.base;
  const end = r.current ? t.length : (r.end ?? r.start)!.span.end - b.clean.base;
  return !TWO_LETTERS.test(t.slice(0, Math.max(0, at)) + t.slice(Math.max(0, end)));
}

/** A block of several lines: its first line as a block (a hard break's marks left out), and the rest. */
function splitFirstLine(src: string, b: Block): { head: Block; rest: Block } | undefined {
  const nl = src.indexOf('\n', b.start);
  if (nl < 0 || nl >= b.end) return undefined;
  let headEnd = nl;
  // (A hard break's two spaces or backslash end the line, not the field.)
  while (headEnd > b.start && /[\s\\]/.test(src[headEnd - 1])) headEnd--;
  let restStart = nl + 1;
  while (restStart < b.end && HAS_SPACE.test(src[restStart])) restStart++;
  if (headEnd <= b.start || restStart >= b.end) return undefined;
  const head = newBlock({ ...b, end: headEnd, lineEnd: nl, clean: cleanInline(src, b.start, headEnd) });
  const rest = newBlock({ ...b, start: restStart, lineStart: nl + 1, clean: cleanInline(src, restStart, b.end), blankBefore: false });
  return { head, rest };
}

/**
 * A role under its employer's heading takes the employer. The role's own second piece, when it
 * has one, was no employer: a place where it is one ("Junior Developer, London"), else what the
 * title was about, joined back to it ("SVP, Global Operations").
 */
function joinGroup(src: string, r: Entry, org: Field, loc: Field | undefined): void {
  const own = r.organisation;
  if (own) {
    if (!r.location && isPlace(own.value)) r.location = own;
    else if (r.title && commaApart(src, r.title, own)) {
      r.title = titleThrough(src, r.title, own.span.end);
    } else return;
  }
  r.organisation = { ...org };
  if (!r.location && loc) r.location = { ...loc };
}

/**
 * A role's heading under its employer's, "#### Software Engineer, Ingestion and custom workflows",
 * read as the title and nothing else: the piece after the comma, when it names no body, place or
 * date, is what the post is about, part of the title.
 */
function titleToHeadingEnd(src: string, r: Entry, h: Block): void {
  // (Only where the heading holds nothing else: an employer, place or dates the employer's heading
  // gave are not in it.)
  const inside = (span?: Span) => !!span && span.start < h.end && span.end > h.start;
  if (!r.title || inside(r.organisation?.span) || inside(r.location?.span) || inside(r.dates?.span)) return;
  const m = COMMA_PIECE_TO_END.exec(src.slice(r.title.span.end, h.end));
  if (!m || ORG_WORDS.test(m[1]) || isPlace(m[1].trim())) return;
  r.title = titleThrough(src, r.title, r.title.span.end + m[0].trimEnd().length);
}
const COMMA_PIECE_TO_END = /^\s*,\s*(\p{L}[^,()[\]`\d|:;]{1,60}?)[\s*_]*$/u;

export function bulletOf(src: string, start: number, end: number): Bullet {
  // Bullets end at their last non-space character: rules rely on text === src.slice(span).
  while (end > start && HAS_SPACE.test(src[end - 1])) end--;
  return { text: src.slice(start, end), span: { start, end } };
}

// "QuantSoftware Toolkit: Open source Python library for ...", "**Trailmap** — an offline map app":
// a name, then what it is. (In bold a name may start in lower case: "**dbt-contracts-lint** — a CLI".)
const NAMED_ITEM = /^\s*(?:(?:\*\*|__)([\p{L}\p{N}][^:–—*_]{0,60}?)(?:\*\*|__)|([\p{Lu}\p{N}][^:–—]{0,60}?))\s*(?::|\s[–—-]\s)\s*(?=\S)/u;

const STOP_END = /[.!?]$/;

/**
 * A projects section written as one bullet per project, with no header lines: each "Name:
 * description" bullet is an entry of its own, titled by its name, its description the one item.
 */
export function namedItemsAsEntries(entries: Entry[], kind: SectionKind): Entry[] {
  if (kind !== 'projects' || entries.length !== 1) return entries;
  const e = entries[0];
  if (e.title || e.organisation || e.dates || e.bullets.length < 2) return entries;
  const named = e.bullets.map((b) => {
    const m = NAMED_ITEM.exec(b.text);
    return { b, m, name: (m?.[1] ?? m?.[2] ?? '').trim() };
  });
  if (!named.every(({ m, name }) => m && name && name.split(SPACES).length <= 6 && !STOP_END.test(name))) return entries;
  return named.map(({ b, m, name }) => {
    const at = b.text.indexOf(name);
    const rest = m![0].length;
    const title: Field = { value: name, span: { start: bulletOffset(b, at), end: bulletOffset(b, at + name.length) } };
    const body: Bullet = b.offsets
      ? { text: b.text.slice(rest), span: { start: bulletOffset(b, rest), end: b.span.end }, offsets: b.offsets.slice(rest) }
      : { text: b.text.slice(rest), span: { start: b.span.start + rest, end: b.span.end } };
    return { kind: e.kind, title, bullets: [body], span: { ...b.span }, headerSpan: { start: b.span.start, end: b.span.start + rest } };
  });
}

const TIME_LABEL = /^(?:present|current|previous|past|earlier|former|recent|prior)(?:\s+(?:positions?|roles?|employment|experience|work))?:?$/i;

/**
 * "###*Present*" / "###*Previous*", "Current" / "Previous positions": a label over the roles of a
 * time, printed as a heading of its own with nothing under it, is no role.
 */
function withoutTimeLabels(entries: Entry[]): Entry[] {
  const label = (e: Entry) => !!e.title && !e.organisation && !e.location && !e.dates && !e.bullets.length && !e.description && TIME_LABEL.test(e.title.value.trim());
  return entries.some(label) ? entries.filter((e) => !label(e)) : entries;
}

// A kind of body in the plural, a heading over a group of employers: "Orchestras", "Other ensembles".
const BODIES = /^(?:(?:other|selected|major|past|previous|current|professional|regional|local)\s+)?(?:orchestras|ensembles|choirs|bands|companies|clients|hospitals|clinics|schools|firms|agencies|startups|organi[sz]ations|institutions|universities|employers|theatres|theaters|festivals|museums|galleries|restaurants|hotels|newspapers|publications|labs|laboratories)$/i;

/** A name in bold (or bold italics) opening the item, then a comma or a link: "**Engineer**, Acme", "**_Engineer_** [Acme](…)". */
const MARKED_NAME_THEN = /^((?:\*\*|__)(?:[*_])?[^*_\n]{2,80}?(?:[*_])?(?:\*\*|__))(?:\s*,\s*\S|\s+\[[^\]]+\]\()/;
/** A field separator between a post and where it was held ("Outreach Volunteer • Harbor Community Clinic"). */
const POST_SEPARATOR = /\s[•|–—·-]\s|\s(?:at|@)\s/;

/**
 * "Volunteer History" over "- Student-Faculty Liaison • Northgate College", "- Fundraising •
 * Lakeside Health Project": a section of posts written one to a list item, with no header lines, each
 * item naming a post and where it was held. Each item is an entry of its own (its head the item),
 * not a bullet of one headless entry. Only where every item reads so: a name and a place of work,
 * short, no sentence, hardly a lower-case word.
 */
function postsAsEntries(entries: Entry[], kind: SectionKind, src: string): Entry[] {
  if ((kind !== 'volunteer' && kind !== 'experience' && kind !== 'education') || entries.length !== 1) return entries;
  const e = entries[0];
  if (e.title || e.organisation || e.location || e.dates || e.description || e.bullets.length < 2) return entries;
  const lines: Cleaned[][] = [];
  for (const b of e.bullets) {
    if (b.offsets || src.slice(b.span.start, b.span.end) !== b.text) return entries;
    // (Markdown's marks read away: "**_Applied Machine Learning Engineer_** [RadNomics Ltd](https://…)".)
    const c = cleanInline(src, b.span.start, b.span.end);
    const t = c.text;
    // ("- **MSc Computer Science**, City University", "- **_Engineer_** [RadNomics Ltd](…)": a post or
    // a degree set in bold, then where it was after a comma or as a link: the marks part the two as
    // plainly as a separator does, each read as a line of the item's header.)
    const marked = MARKED_NAME_THEN.exec(b.text);
    // ("* Professor of Linguistics, University of Hawai‘i at Mānoa", "* Director, Catalogue of
    // Endangered Languages": a post before the item's first comma parts it from where as plainly.)
    if (t.length > (marked ? 140 : 100) || STOP_END.test(t.trim()) || !(POST_SEPARATOR.test(t) || marked || postBeforeComma(t)) || contentLowerWords(t, 3) >= 3) return entries;
    if (marked) {
      const cut = b.span.start + marked[1].length;
      lines.push([cleanInline(src, b.span.start, cut), cleanInline(src, cut, b.span.end)]);
    } else lines.push([c]);
  }
  // (Education only so marked: "- Python, 2019" under a degree is no school.)
  if (kind === 'education' && !e.bullets.every((b) => MARKED_NAME_THEN.test(b.text))) return entries;
  // Read together, as a section's header lines are: the clear items say which side the post is on.
  const heads = readHeaders(src, lines, entryKindOf(kind));
  if (!heads.every((h) => h.title && h.organisation && !h.dates)) return entries;
  return e.bullets.map((b, k) => {
    const h = heads[k];
    const entry: Entry = { kind: e.kind, title: h.title, organisation: h.organisation, bullets: [], span: { ...b.span }, headerSpan: { ...b.span } };
    if (h.location) entry.location = h.location;
    return entry;
  });
}

/**
 * A two-column PDF read in content order puts page 1's sidebar (Education, Certifications)
 * between the two pages of the main column, so page 2's roles land under the sidebar's last
 * heading. A dated entry with a job title, bullets and no degree or school in an education,
 * certifications or awards section is such a role: it goes back to the experience section.
 */
function rehomeRoles(resume: Resume): void {
  const work = resume.sections.find((s) => s.kind === 'experience');
  if (!work) return;
  for (const s of resume.sections) {
    if (s === work || (s.kind !== 'education' && s.kind !== 'certifications' && s.kind !== 'awards')) continue;
    const keep: Entry[] = [];
    for (const e of s.entries) {
      const title = e.title?.value ?? '';
      const roleLike =
        !!e.dates && e.bullets.length >= 2 && TITLE_WORDS.test(title) && !DEGREE_WORDS.test(title) && !(e.organisation && /universit|college|school|institut/i.test(e.organisation.value));
      if (roleLike) work.entries.push({ ...e, kind: 'work' });
      else keep.push(e);
    }
    s.entries = keep;
  }
}

/**
 * Where roles start after a summary's prose: a line or two of title and employer, a line of dates
 * (alone, or ending the header), then marked bullets. -1 when the body is all summary.
 */
function rolesAfterProse(body: Block[]): number {
  for (let d = 1; d < body.length - 1; d++) {
    const b = body[d];
    if (b.kind !== 'text') continue;
    const range = blockRange(b);
    if (!range || !(range.end || range.current) || shapeOf(b.clean).words > 12 || isProse(b.clean)) continue;
    if (!body.slice(d + 1, d + 3).some((n) => n.kind === 'bullet' && n.marked)) continue;
    // The header lines above the dates: short, no sentence; the prose before them is the summary.
    let k = d;
    while (k > 0 && d - k < 2 && body[k - 1].kind === 'text' && isTitleCaseShort(body[k - 1].clean) && !blockRange(body[k - 1])) k--;
    if (k === d && shapeOf(b.clean).words <= 4) return -1;
    return k > 0 && body.slice(0, k).some((p) => isProse(p.clean)) ? k : -1;
  }
  return -1;
}

/**
 * A résumé with no section headings at all ("MATHEMATICS TEACHER at Woodland High School" /
 * "September 2016 - June 2018" / bullets, then the next role, a degree, …, as a plain-text export
 * prints one): its dated entries, from the first dated header line that bullets follow, are one
 * section with no heading, so the rules read their bullets. Each entry's kind is what it names
 * (a degree, or a school and no post: education). Nothing happens unless two header lines are dated.
 */
function headlessRoles(src: string, blocks: Block[], resume: Resume): Section | undefined {
  let dated = 0;
  let from = -1;
  for (let d = 0; d < blocks.length; d++) {
    const b = blocks[d];
    if (b.kind !== 'text' || isProse(b.clean) || shapeOf(b.clean).words > 16) continue;
    const range = blockRange(b);
    if (!range || !(range.end || range.current)) continue;
    dated++;
    if (from < 0 && blocks.slice(d + 1, d + 3).some((n) => n.kind === 'bullet' || (n.kind === 'text' && isProse(n.clean)))) {
      // The header lines above the dates (short, no sentence) open the entry.
      let k = d;
      while (k > 0 && d - k < 2 && blocks[k - 1].kind === 'text' && !isProse(blocks[k - 1].clean) && !blockRange(blocks[k - 1]) && shapeOf(blocks[k - 1].clean).words <= 16) k--;
      from = k;
    }
  }
  if (from < 0 || dated < 2) return undefined;
  const body = blocks.slice(from);
  // (With no heading to say what a section holds, an entry is one only with a range of dates or
  // items of its own: a list of tools or an award with its year after the roles is none.)
  const entries = buildTextEntries(src, body, 'experience', textLayoutOf(blocks), resume.skills).filter((e) => e.bullets.length > 0 || !!e.dates?.end || !!e.dates?.current);
  if (entries.length < 2) return undefined;
  for (const e of entries) {
    const head = src.slice(e.headerSpan.start, e.headerSpan.end);
    // ("MATHEMATICS TEACHER at Woodland High School" is a post at a school.)
    if (DEGREE_WORDS.test(head) || (SCHOOL_WORD.test(head) && !TITLE_WORDS.test(head))) e.kind = 'education';
  }
  const start = body[0].lineStart;
  const end = body.reduce((m, b) => Math.max(m, b.lineEnd), start);
  // (A line the preamble took for the summary inside the entries is a role's, not the profile.)
  if (resume.summary && resume.summary.span.start >= start) resume.summary = undefined;
  return { title: '', kind: 'experience', span: { start, end }, headingSpan: { start, end: start }, entries };
}

/**
 * A sidebar printed across a page break in a content-order copy (pdf.js, -raw): the role the page
 * cut keeps its remaining marked bullets after the sidebar's section ("CERTIFICATIONS" / its
 * unmarked lines / "• NOVELL eDirectory" …). Marked bullets that end an entry of a section whose
 * own items are unmarked go back to the last role before that section that has marked bullets.
 */
function rehomeBullets(blocks: Block[], resume: Resume): void {
  // A bullet is marked when the reader saw a glyph before it (its block says so).
  // (A numbered item, "7. Souza, R.M. … (2024)", is a list's own, never a role's bullet run on.)
  const markedAt = new Set<number>();
  for (let ix = 0; ix < blocks.length; ix++) {
    const b = blocks[ix];
    if (b.kind === 'bullet' && b.marked && !/^\d/.test(b.glyph ?? '')) markedAt.add(b.start);
  }
  const marked = (b: Bullet) => markedAt.has(b.span.start);
  for (const s of resume.sections) {
    if (s.kind === 'experience' || s.kind === 'volunteer' || s.kind === 'projects' || s.kind === 'publications') continue;
    const withMarked = s.entries.filter((e) => e.bullets.some(marked));
    if (withMarked.length !== 1) continue;
    const e = withMarked[0];
    const m = e.bullets.findIndex(marked);
    if (m < 1 || !e.bullets.slice(m).every(marked)) continue;
    let role: Entry | undefined;
    for (const w of resume.sections) {
      if (w.kind !== 'experience' || w.span.start > s.span.start) continue;
      for (const r of w.entries) if (r.span.end <= s.span.start && r.bullets.some(marked) && (!role || r.span.end > role.span.end)) role = r;
    }
    if (!role) continue;
    role.bullets.push(...e.bullets.splice(m));
  }
}

/**
 * A Notion page's roles, first as a table ("| Buckeye Regional Health | Senior Payroll Specialist |
 * Aug 2022 → Now |"), then one by one under headings with their bullets and no dates ("### Buckeye
 * Regional Health — Senior Payroll Specialist"): each role is one, its dates from the table. An
 * undated entry with bullets takes the dates of an earlier dated one of the same title and
 * organisation with no bullets, which then goes.
 */
function rolesListedTwice(resume: Resume): void {
  const key = (e: Entry) => `${e.title?.value.trim().toLowerCase()}\u0000${e.organisation?.value.trim().toLowerCase()}`;
  for (const s of resume.sections) {
    if (s.entries.length < 4) continue;
    const bare = new Map<string, Entry>();
    for (let ix = 0; ix < s.entries.length; ix++) {
      const e = s.entries[ix];
      if (e.title && e.organisation && e.dates && !e.bullets.length && !e.description) bare.set(key(e), e);
    }
    if (!bare.size) continue;
    const gone = new Set<Entry>();
    for (let ix = 0; ix < s.entries.length; ix++) {
      const e = s.entries[ix];
      if (!e.title || !e.organisation || e.dates || !e.bullets.length) continue;
      const twin = bare.get(key(e));
      if (!twin || gone.has(twin) || twin.span.start > e.span.start) continue;
      e.dates = twin.dates;
      if (!e.location && twin.location) e.location = twin.location;
      gone.add(twin);
    }
    if (gone.size) s.entries = s.entries.filter((e) => !gone.has(e));
  }
}

/**
 * "Writing": "Founder & Writer, A Guide for Developers, Jan. 2015 – Present": an entry of a
 * publications or unnamed section that has a job title, an organisation and a span of time is a
 * role held there, and is read as one (tense, the timeline) — as a role beside employment, like
 * volunteering, so the rules that judge jobs (a measurable result per bullet) leave it alone.
 */
// "As a **Case Manager**, I met …", "In my current position as **Reports/Data Specialist**, I …",
// "**Intern** for an online journal, I …": the role's title, set in bold in its first sentence.
const TITLE_IN_PROSE = /^(?:(?:In\s+(?:my|this|that)\s+(?:current\s+|previous\s+|last\s+)?(?:position|role|job)\s+)?[Aa]s\s+(?:an?\s+|the\s+|our\s+)?)?\*\*([^*\n]{2,60})\*\*(?=\s*,|\s+(?:for|at|with|in|on)\b)/;

const EMPLOYER_BULLET_MAX = 90;

/**
 * "* <pre>Research Assistant   <i>March 2021 - Current</i></pre>" / "  * QIMR Berghofer Research
 * Institute, Herston" / "  * COVID modelling research …": a titled role with no employer, whose
 * first bullet is short and no sentence and reads as an employer (and its place), has its employer
 * there; that bullet is no bullet. (academicpages' CV template writes every role this way.) A role of
 * dates alone takes its title from there too, when the line names a post.
 */
function employerFromBullet(src: string, entries: Entry[]): void {
  for (const e of entries) {
    const b = e.bullets[0];
    // ("* 2025.03 - Present: Postdoctoral Researcher" / "  * Universität Siegen": an item nested under
    // the role's own item may be its only one.)
    if (e.organisation || !b || e.bullets.length < (nestedItem(src, e.headerSpan.start, b.span.start) ? 1 : 2) || b.offsets || b.paragraph || !(e.title || e.dates)) continue;
    const t = b.text.trim();
    // (A company's legal form may end it on its full stop: "CCCC Second Highway Engineering Co., Ltd.")
    if (t.length > EMPLOYER_BULLET_MAX || t.includes('\n') || (/[.!?;:]$/.test(t) && !LEGAL_FORM_STOP.test(t)) || /\d/.test(t) || isKnownVerb(/^\p{L}+/u.exec(t)?.[0] ?? '')) continue;
    const h = readHeader(src, [cleanInline(src, b.span.start, b.span.end)], 'work');
    if (!h.organisation || h.dates) continue;
    // ("* October 2023 - present:" / "  * Ecologist and data analyst, CSIRO (Brisbane, QLD, Australia)":
    // a role of dates alone has its whole header there, title, employer and place.)
    if (!e.title) {
      if (!h.title || !TITLE_WORDS.test(h.title.value)) continue;
      e.title = h.title;
      e.organisation = h.organisation;
      if (h.location && !e.location) e.location = h.location;
      e.bullets = e.bullets.slice(1);
      continue;
    }
    let org = h.organisation;
    let where = h.location;
    // The role has its title: a piece the line's reader took for one is the employer's place after
    // it ("…, Herston", "…, St. Lucia": towns no list knows) or the employer's first name before it
    // ("National Youth Science Forum, Australian National University").
    if (h.title) {
      const words = h.title.value.split(/\s+/).length;
      if (h.title.span.start > org.span.end && words <= 3 && !where) where = h.title;
      else if (h.title.span.end < org.span.start && words <= 6) org = { value: src.slice(h.title.span.start, org.span.end), span: { start: h.title.span.start, end: org.span.end } };
      else continue;
    }
    e.organisation = org;
    if (where && !e.location) e.location = where;
    e.bullets = e.bullets.slice(1);
  }
}

const LEGAL_FORM_STOP = /(?<![\p{L}])(?:inc|ltd|co|corp|llc|plc|s\.a|b\.v)\.$/iu;

/** Whether the bullet at `at` is a list item indented under the list item the header at `head` opens. */
function nestedItem(src: string, head: number, at: number): boolean {
  const indent = (k: number): number => {
    let i = src.lastIndexOf('\n', k - 1) + 1;
    const from = i;
    while (src[i] === ' ' || src[i] === '\t') i++;
    return LIST_MARK.test(src.slice(i, i + 3)) ? i - from : -1;
  };
  const h = indent(head);
  return h >= 0 && indent(at) > h;
}
const LIST_MARK = /^(?:[-*+•]\s|\d\.\s)/;

// What may stand before the dates in such a bullet: how long it lasted ("1 week, Mar 2025").
const LENGTH_BEFORE = /^\d{1,2}\s*(?:days?|weeks?|months?|hours?)\s*,\s*$/i;
// What may follow them: a note in brackets ("(3-hour shift)"), or a dash and the bullet's own words.
const NOTE_AFTER = /^\s*(?:\([^()\n]{0,40}\))?\s*$/;
const DASH_AFTER = /^\s*[—–-]\s+\S/;

/**
 * "### Stall Assistant, School Christmas Fair" over "- Dec 2024 (3-hour shift)", "- 2023–present —
 * 1 video/week": an entry with no dates whose first bullet opens on them has them there. A bullet
 * that is only the dates (and a note on them) is no bullet; one that goes on after a dash keeps its words.
 */
function datesFromFirstBullet(entries: Entry[]): void {
  for (const e of entries) {
    const b = e.bullets[0];
    if (e.dates || !b || b.offsets || b.paragraph) continue;
    const r = findDateRange(b.text, bulletOffset(b, 0));
    if (!r?.start) continue;
    const at = r.span.start - bulletOffset(b, 0);
    if (at > 0 && !LENGTH_BEFORE.test(b.text.slice(0, at))) continue;
    const rest = b.text.slice(r.span.end - bulletOffset(b, 0));
    if (NOTE_AFTER.test(rest)) e.bullets = e.bullets.slice(1);
    else if (!DASH_AFTER.test(rest)) continue;
    e.dates = r;
  }
}

/**
 * A role whose header names its employer and dates but no title, the title written in bold in the
 * first sentence under it instead: that title, where it holds a job's word (and a header's one
 * name with no job's word in it is then the employer).
 */
function titlesInProse(src: string, resume: Resume): void {
  for (const s of resume.sections)
    for (const e of s.entries) {
      // (A header's one name with no job's word in it, "#### The Other Journal", is then the employer.)
      const nameOnly = !!e.title && !e.organisation && !TITLE_WORDS.test(e.title.value);
      if (e.kind !== 'work' || (e.title && !nameOnly) || !e.dates) continue;
      const first = e.description ?? e.bullets[0];
      if (!first || first.offsets) continue;
      const m = TITLE_IN_PROSE.exec(first.text);
      if (!m || !TITLE_WORDS.test(m[1])) continue;
      const at = first.text.indexOf(m[1], m[0].indexOf('**'));
      const start = first.span.start + at;
      if (src.slice(start, start + m[1].length) !== m[1]) continue;
      if (nameOnly) e.organisation = e.title;
      e.title = { value: m[1].trim(), span: { start, end: start + m[1].trim().length } };
    }
}

function rolesInOtherSections(resume: Resume): void {
  for (const s of resume.sections) {
    if (s.kind !== 'publications' && s.kind !== 'other') continue;
    for (const e of s.entries) {
      const d = e.dates;
      if (e.kind === 'other' && d?.start && (d.end || d.current) && e.organisation && e.title && TITLE_WORDS.test(e.title.value) && !DEGREE_WORDS.test(e.title.value)) e.kind = 'volunteer';
    }
  }
}

// A line that stops on a joining word ("Queensland University of", "SRM Institute of Science and")
// goes on with the next: a converter (pandoc wraps at 72 columns) or a narrow column broke it.
// (In lower case only: "Toronto, ON" ends on a province.)
const WRAPS_ON_WORD = /(?:\s(?:of|and|for|the|in|at|on|with|de|du|des|la|le|y|und)|\s&)$/;
// (Only a name's next word, in capitals: a sentence going on in lower case is left to the bullet reader.)
const NEXT_LINE_GOES_ON = /^\p{Lu}/u;

const ONE_LINE_BREAK = /^[ \t]*\r?\n[ \t]*$/;

/** The blocks with each text line that a joining word ends run together with the text line under it. */
function joinWrappedLines(src: string, blocks: Block[]): Block[] {
  const joins = (prev: Block, b: Block) =>
    prev.kind === 'text' && b.kind === 'text' && !b.blankBefore && !b.section && !prev.section &&
    ((prev.clean.text.trim().length >= 25 && ((WRAPS_ON_WORD.test(prev.clean.text.trimEnd()) && NEXT_LINE_GOES_ON.test(b.clean.text.trim())) || datedTail(prev, b) || rangeTail(prev, b) || personCut(prev, b) || regionTail(prev, b) || nameWordTail(prev, b))) || lastNameWord(prev, b) || splitRange(prev, b)) &&
    ONE_LINE_BREAK.test(src.slice(prev.end, b.start));
  // Most documents have none: nothing to copy.
  let any = false;
  for (let k = 1; k < blocks.length && !any; k++) any = joins(blocks[k - 1], blocks[k]);
  if (!any) return blocks;
  const out: Block[] = [];
  // A run of such lines is read once, when it ends (read again at each line, a run of thousands
  // of lines would be read thousands of times). A run goes on as its joined text would: its
  // last line ends on a joining word after a space, and the next line goes on.
  const goesOn = (last: Block, b: Block) =>
    b.kind === 'text' && !b.blankBefore && !b.section && WRAPS_ON_WORD.test(' ' + last.clean.text.trim()) &&
    NEXT_LINE_GOES_ON.test(b.clean.text.trim()) && ONE_LINE_BREAK.test(src.slice(last.end, b.start));
  for (let k = 0; k < blocks.length; k++) {
    const first = blocks[k];
    let last = first;
    while (k + 1 < blocks.length && (last === first ? joins(first, blocks[k + 1]) : goesOn(last, blocks[k + 1]))) last = blocks[++k];
    out.push(last === first ? first : { ...first, end: last.end, lineEnd: last.lineEnd, clean: cleanInline(src, first.start, last.end) });
  }
  return out;
}

const LOWER_START = /^\p{Ll}/u;
const PUNCT_END = /[.!?;:,]$/;

/**
 * "Southwest Tennessee Community College - Logistics and Supply Chain Management" / "certificate,
 * 2018": a few words in lower case and the dates, under an undated line that ends no sentence, are
 * that line's end (its last field wrapped), not a line of their own.
 */
function datedTail(prev: Block, b: Block): boolean {
  const t = b.clean.text.trim();
  return LOWER_START.test(t) && t.split(SPACES).length <= 5 && !PUNCT_END.test(prev.clean.text.trimEnd()) && !!blockRange(b) && !blockRange(prev);
}

// A line ending inside a person's name led by a title ("… Postdoctoral Researcher, Prof. Robert",
// "… Profs. Robert J.").
// (Its last word no sentence's end: "… supervised by Prof. C. Bangham." ends one.)
const PERSON_CUT = /\b(?:Profs?|Drs?)\.\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u;

/**
 * "**NC State University** - Graduate Research Assistant, Profs. Robert J." / "Nemanich and Griff L.
 * Bilbro (August 2002 - August 2007).": a header wrapped inside the name of the person it names,
 * its dates on the next line; that line is its end.
 */
function personCut(prev: Block, b: Block): boolean {
  return PERSON_CUT.test(prev.clean.text.trimEnd()) && UPPER_START.test(b.clean.text.trim()) && !!blockRange(b) && !blockRange(prev);
}

// A line ending on a date and the dash of a range ("… (June 2018 -"), its end still to come.
const OPEN_RANGE_END = /\d{4}\s*(?:-|–|—|to)\s*$/;
const SHORT_TAIL = 30;

/**
 * "**Xometry** - Director of Computational Geometry (June 2018 -" / "Sept 2018).": a range wrapped
 * after its dash; the short line that opens on the range's end is that line's end.
 */
function rangeTail(prev: Block, b: Block): boolean {
  const t = b.clean.text.trim();
  if (t.length > SHORT_TAIL || !OPEN_RANGE_END.test(prev.clean.text.trimEnd())) return false;
  const r = findDateRange(t, 0);
  return !!r && r.span.start === 0 && !r.end;
}

// A start date and the word or dash of a range, alone on its line ("Septembre 2018 à", "Jan 2019 –").
const RANGE_OPENS = /(?:[-–—]|\s(?:to|until|à|au|bis|até|tot|hasta|al))$/i;

/**
 * "Septembre 2018 à" / "Ce jour", "Juillet 2017 à" / "Août 2018": a range a narrow column broke
 * after its separator, each half on a line of its own; the two lines are one range.
 */
function splitRange(prev: Block, b: Block): boolean {
  const p = prev.clean.text.trim();
  const t = b.clean.text.trim();
  if (p.length > 40 || t.length > 30 || !RANGE_OPENS.test(p)) return false;
  const open = findDateRange(p, 0);
  if (!open || open.end || open.current || p.indexOf(open.text) !== 0) return false;
  const joined = `${p} ${t}`;
  const r = findDateRange(joined, 0);
  return !!r && (!!r.end || r.current) && joined.indexOf(r.text) === 0 && r.text.length >= joined.length - 2;
}

/**
 * "Outpatient Orthopedics — Cleveland Clinic Sports Health, Cleveland," / "OH": a state or a
 * country alone under a line that ends on a comma is the end of that line's place.
 */
function regionTail(prev: Block, b: Block): boolean {
  const t = b.clean.text.trim();
  return t.length <= 30 && /,$/.test(prev.clean.text.trimEnd()) && isRegion(t) && !blockRange(b);
}

/**
 * "Master of Library and Information Science (MLIS), Lakeshore" / "University, Milwaukee, WI | 2017":
 * a line that opens on the word that ends a school's or a firm's name, then a comma (or nothing
 * more), goes on from the capitalised word that ended the line above: the name wrapped there.
 */
function nameWordTail(prev: Block, b: Block): boolean {
  return NAME_END_WORD.test(b.clean.text.trimStart()) && endsOnName(prev);
}
/**
 * "Rocky View Ambulance" / "Services": a table cell too narrow for an employer's name wraps its
 * last word onto a line of its own; a line that is only such a word ends the short name above.
 */
function lastNameWord(prev: Block, b: Block): boolean {
  const p = prev.clean.text.trim();
  return ORG_END_ALONE.test(b.clean.text.trim()) && UPPER_START.test(p) && p.split(SPACES).length <= 6 && endsOnName(prev) && !isProse(prev.clean);
}
/** An undated line that ends on a capitalised word, where a name may have been cut. */
function endsOnName(b: Block): boolean {
  return /\p{Lu}[\p{L}'’.-]*$/u.test(b.clean.text.trimEnd()) && !blockRange(b);
}
const ORG_END_ALONE = /^(?:Services|Group|Inc\.?|Ltd\.?|LLC|LLP|Company|Corporation|Hospital|Centre|Center|University|College|Institute|Foundation|Trust|Bank|Agency|Authority|Council|Library|Museum|Clinic|Partners|Associates|Solutions|Systems|Technologies|Laboratories)$/;
const NAME_END_WORD = /^(?:University|College|Institute|Academy|Polytechnic|School)(?=\s*(?:[,|]|$))/;

const REACH = /@|(?:\+|\b)\d[\d\s().-]{8,}\d/;
const PERSONAL = /\bpersonal\s+(?:details|data|information|info|particulars)\b|datos\s+personales|pers[öo]nliche\s+daten|donn[ée]es\s+personnelles|dados\s+pessoais/i;

const SPACES_G = /\s+/g;

export function buildResume(src: string, blocks: Block[], opts: BuildOptions): Resume {
  blocks = joinWrappedLines(src, blocks);
  const resume = emptyResume(opts.format);
  if (opts.contact) resume.contact = opts.contact;
  const contact = resume.contact;
  const firstSection = blocks.findIndex((b) => b.section);
  const preambleEnd = firstSection < 0 ? blocks.length : firstSection;
  readPreamble(blocks.slice(0, preambleEnd), resume);
  // (Prose above the first section is the summary only until a summary section says otherwise: a
  // forwarded mail's greeting, a headline run on over two lines.)
  const preambleSummary = resume.summary;
  if (opts.format === 'markdown') linkTargets(src, blocks.slice(0, preambleEnd), contact);
  // Roles above every heading: a résumé that prints none, or whose first heading comes after them
  // (a page's title, "Resume", taken for the document's, then "Education").
  const headless = headlessRoles(src, blocks.slice(0, preambleEnd), resume);
  if (firstSection < 0) {
    if (headless) resume.sections.push(headless);
    return resume;
  }

  let layout: TextLayout | undefined;
  const strayRoles: Entry[] = [];
  const noWorkSection = !blocks.some((b) => b.section?.kind === 'experience');
  // The sections made of role headings (each role's heading at the level of a section's).
  const roleSections = new Set<Section>();
  let i = firstSection;
  while (i < blocks.length) {
    const head = blocks[i];
    let j = i + 1;
    while (j < blocks.length && !blocks[j].section) j++;
    let body = blocks.slice(i + 1, j);
    const kind = kindByContent(head.section!.kind, head.section!.title, body, noWorkSection);
    // "## Senior Product Manager - Splunk" over its dates and bullets, with no section named for
    // work anywhere: each role its own heading. The heading is then also the role's first header line.
    const headsRole = kind === 'experience' && head.section!.kind === 'other' && TITLE_WORDS.test(head.clean.text) && !blockRange(head);
    // ("Teaching: Lecturer, UCLA" names its section before the colon: a section of its own too.)
    const label = headsRole ? LABEL_BEFORE_COLON.exec(head.clean.text) : null;
    const roleHeading = headsRole && !(label && classifyHeading(label[1]).kind);
    if (headsRole) {
      // (The employer's dated sub-heading under it is the header's next line.)
      const dated = datedSubHeading(body);
      const sub = dated ? [{ ...dated, kind: 'text' as const, strong: true }] : [];
      body = [{ ...head, kind: 'text', section: undefined, strong: true }, ...sub, ...body.slice(sub.length)];
    }
    // "Personal Details": a date of birth, a nationality, a marital status. Read as contact details
    // (no line of it is a role), but with no e-mail or phone the section is none of contact's: it
    // says who the person is, not how to reach them.
    const personal = kind === 'contact' && PERSONAL.test(head.section!.title) && !body.some((b) => REACH.test(b.clean.text));
    const section: Section = {
      title: head.section!.title,
      kind: personal ? 'other' : kind,
      span: { start: head.lineStart, end: body.reduce((end, b) => Math.max(end, b.lineEnd), head.lineEnd) },
      headingSpan: { start: head.lineStart, end: head.lineEnd },
      entries: [],
    };
    // Roles printed under the summary: a two-column PDF's main column can come out with its
    // EXPERIENCE heading elsewhere (pdftotext's default order), the roles right after the profile.
    const roleAt = kind === 'summary' && opts.format === 'text' ? rolesAfterProse(body) : -1;
    if (roleAt > 0) {
      const roles = buildTextEntries(src, body.slice(roleAt), 'experience', (layout ??= textLayoutOf(blocks)), resume.skills);
      if (roles.length) strayRoles.push(...roles);
    }
    if (kind === 'summary') {
      // "Contact" / "Professional Summary" / "☎(614) 555-0172" / the profile / "✉ …": a sidebar's
      // contact lines read into the profile (two columns copied as a stream) are contact details.
      const parts: Block[] = [];
      const own = roleAt > 0 ? body.slice(0, roleAt) : body;
      for (let k = 0; k < own.length; k++) {
        const b = own[k];
        if (b.kind === 'heading') continue;
        // ("Phoenix, AZ 85016" over the phone and the e-mail: a place beside them is the address.)
        if (opts.format === 'text' && (contactLine(b) || (placeLine(b) && (contactLine(own[k - 1]) || contactLine(own[k + 1]))))) scanContact(b.clean, contact);
        else parts.push(b);
      }
      if ((!resume.summary || resume.summary === preambleSummary) && parts.length) {
        const first = parts[0];
        const last = parts[parts.length - 1];
        resume.summary = {
          value: parts.map((p) => p.clean.text.trim()).join(' ').replace(SPACES_G, ' '),
          span: { start: first.start, end: last.end },
        };
      }
    } else if (kind === 'skills') {
      for (const b of body) if (b.kind !== 'heading') skillItems(b.clean, resume.skills);
      section.entries = accomplishments(src, body);
    } else if (kind === 'contact') {
      for (let k = 0; k < body.length; k++) {
        const address = twoLineAddress(body[k].clean, body[k + 1]?.clean);
        if (address) {
          contact.location = address;
          k++;
          continue;
        }
        if (takeNetworkHandle(body[k].clean, body[k + 1]?.clean, contact) || takeLabelledValue(body[k].clean, body[k + 1]?.clean, contact)) {
          k++;
          continue;
        }
        if (takeWrappedUrl(body[k].clean, body[k + 1]?.clean, contact)) {
          k++;
          continue;
        }
        scanContact(body[k].clean, contact);
      }
    } else if (opts.format === 'text') {
      section.entries = withoutTimeLabels(postsAsEntries(namedItemsAsEntries(buildTextEntries(src, roleRuns(src, body, kind), kind, (layout ??= textLayoutOf(blocks)), resume.skills), kind), kind, src));
    } else {
      section.entries = withoutTimeLabels(postsAsEntries(namedItemsAsEntries(buildEntries(src, roleRuns(src, body, kind), kind, opts, resume.skills), kind), kind, src));
      if (kind === 'education') degreeFromBullet(section.entries, true);
      datesFromFirstBullet(section.entries);
      if (kind === 'experience' || kind === 'volunteer') employerFromBullet(src, section.entries);
    }
    // Role headings printed at the level of the section headings ("## Experience and awards", then
    // "## Deputy editor, production — ProPublica", "## Lead producer — ProPublica", …; or no section
    // heading at all, each role a "## Software Developer"): the roles are one section's entries, the
    // section above when it holds roles, else one with no heading of its own.
    const last = resume.sections[resume.sections.length - 1];
    if (roleHeading && last && (roleSections.has(last) || last.kind === 'experience')) {
      last.entries.push(...section.entries);
      last.span = { start: last.span.start, end: Math.max(last.span.end, section.span.end) };
    } else {
      if (roleHeading) {
        section.title = '';
        section.headingSpan = { start: head.lineStart, end: head.lineStart };
        roleSections.add(section);
      }
      resume.sections.push(section);
    }
    i = j;
  }
  if (headless) resume.sections.unshift(headless);
  if (strayRoles.length) {
    const work = resume.sections.find((s) => s.kind === 'experience');
    if (work) work.entries.unshift(...strayRoles);
    else resume.sections.find((s) => s.kind === 'summary')?.entries.push(...strayRoles);
  }
  rehomeRoles(resume);
  if (opts.format === 'text') rehomeBullets(blocks, resume);
  rolesInOtherSections(resume);
  if (opts.format === 'markdown') titlesInProse(src, resume);
  rolesListedTwice(resume);
  menuHeadings(src, resume);
  sectionIntros(resume);
  headlessEntries(resume);
  courseLists(resume);
  dayFirstThroughout(resume);
  // Contact details written last (a footer or closing blockquote) when none came first.
  if (!contact.email) {
    let kind: SectionKind | undefined;
    // ("## Contact" under "# Summary": a sub-heading naming the contact details, its items each a detail.)
    let contactSub = false;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.section) kind = b.section.kind;
      if (kind === 'references') continue; // a referee's address is not the person's
      if (b.kind === 'heading') contactSub = !b.section && classifyHeading(b.clean.text.replace(COLON_END_G, '')).kind === 'contact';
      else if (contactSub) {
        scanContact(b.clean, contact);
        continue;
      }
      if (b.kind === 'text' && b.clean.text.includes('@') && /@[\w-]+\.\w/.test(b.clean.text) && scanContact(b.clean, contact) && contact.email) {
        // The lines around it in the same footer: the phone, the site.
        for (const n of [blocks[k - 1], blocks[k + 1]]) if (n && n.kind === 'text' && !n.section && CONTACT_LINE.test(n.clean.text)) scanContact(n.clean, contact);
        break;
      }
    }
  }
  footerProfiles(blocks, contact);
  if (!contact.name) contact.name = nameElsewhere(blocks, contact);
  else if (INITIAL_SURNAME.test(contact.name.value)) contact.name = fullNameSoon(src, contact.name);
  // "Megan Tolliver-Reyes, MS", "Erica Rowe-Owen, M.S.": a name and its degree read as a town and a
  // state's code. The place someone lives never holds their name.
  const { name, location } = contact;
  // (By the text, not the spans: pdf.js runs a large name into the line beside it, "Wanjiru
  // KamauNairobi, Kenya", and the name's span then takes in the town.)
  if (name && location && location.value.startsWith(name.value)) {
    delete contact.location;
    // The place is then on a line of its own under the name ("Spokane, WA · 509-555-0134"), in the
    // lines before the first section, which were read after the name's.
    for (const b of blocks) {
      if (b.section) break;
      if (b.kind !== 'text' || (b.start <= name.span.start && name.span.start < b.end)) continue;
      const probe: Contact = { links: [] };
      scanContact(b.clean, probe);
      if (probe.location && !probe.location.value.startsWith(name.value)) {
        contact.location = probe.location;
        break;
      }
    }
  }
  return resume;
}

// A profile on a network people link from a résumé.
const PROFILE_LINK = /(?:github\.com|gitlab\.com|linkedin\.com|twitter\.com|x\.com|stackoverflow\.com|orcid\.org|scholar\.google|researchgate\.net|behance\.net|dribbble\.com|kaggle\.com|medium\.com)\/\S/i;

/**
 * "www.jankuester.com · github.com/jankapunkt" printed in a footer or a sidebar's contact corner
 * after the sections: the person's profiles, even when the e-mail came first. Only a line of
 * nothing but links with a profile among them (an employer's web site under a role is no profile),
 * and never a referee's.
 */
function footerProfiles(blocks: Block[], contact: Contact): void {
  let kind: SectionKind | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.section) kind = b.section.kind;
    // "Twitter" / "neutralthoughts" under the summary or in a sidebar: a network over its handle.
    if (kind !== undefined && kind !== 'references' && b.kind === 'text' && b.clean.text.length <= 20 && blocks[k + 1]?.kind === 'text' && !blocks[k + 1].section) takeNetworkHandle(b.clean, blocks[k + 1].clean, contact);
    // (Cheap refusals first: this looks at every line of every section.)
    if (kind === undefined || kind === 'references' || b.kind !== 'text' || b.clean.text.length > 160 || !b.clean.text.includes('/')) continue;
    if (!PROFILE_LINK.test(b.clean.text) || !onlyLinks(b.clean.text)) continue;
    if (blocks[k + 1]?.kind === 'text' && takeWrappedUrl(b.clean, blocks[k + 1].clean, contact)) {
      k++;
      continue;
    }
    scanContact(b.clean, contact);
  }
}

/** A short line that is only contact details: a phone, an e-mail, a profile link, or a place after a contact icon. */
function contactLine(b: Block | undefined): boolean {
  if (!b || b.section) return false;
  const t = b.clean.text.trim();
  if (t.length > 70) return false;
  if (CONTACT_ICON.test(t)) return !isProse(b.clean);
  return CONTACT_LINE.test(t) && t.split(SPACES).length <= 4 && scanContact(b.clean, { links: [] });
}
const CONTACT_ICON = /^[☎✉⌂📍📞✆☏📧🌐🏠]/u;

/** A short line that is a place and nothing else ("Phoenix, AZ 85016", "10115 Berlin"). */
function placeLine(b: Block): boolean {
  if (b.section || b.clean.text.length > 60) return false;
  const probe: Contact = { links: [] };
  return scanContact(b.clean, probe) && !!probe.location && !probe.email && !probe.phone && !probe.links.length;
}

function onlyLinks(text: string): boolean {
  return text.split(/\s*[·•|]\s*|\s{2,}/).every((p) => !p.trim() || /^(?:https?:\/\/|www\.)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?$/i.test(p.trim()));
}

// A line that holds an e-mail address, a phone number or a profile link.
const CONTACT_LINE = /@[\w-]+\.\w|\+?\(?\d[\d ().-]{6,}\d|linkedin\.com|github\.com|https?:\/\//i;
// Where other people's names stand beside their contact details.
const OTHERS_NAMES = new Set<SectionKind>(['references', 'experience', 'education', 'volunteer', 'projects']);

/** The letters of the e-mail's local part and of each profile's handle ("john.doe", "johndoe"). */
function handlesOf(contact: Contact): string[] {
  const out: string[] = [];
  if (contact.email) out.push(contact.email.value.split('@')[0].toLowerCase());
  for (const l of contact.links) {
    const v = l.value.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/+$/, '');
    const path = v.split('/');
    out.push(path.length > 1 ? path[path.length - 1] : path[0].split('.')[0]);
  }
  return out.filter((h) => h.length >= 3);
}

// Letters after a name: degrees, licences and certifications ("MSN, RN, NE-BC", "PhD", "P.E.").
const POSTNOMINALS = /^\s*,?(?:\s*(?:[A-Z]{2,6}|[A-Z]{1,4}(?:-[A-Z]{1,4})+|(?:[A-Z]\.){2,4}|Ph\.?D\.?|M[Ss]c|B[Ss]c|MEd|EdD|PharmD|DrPH)\s*(?:,|$))+\s*$/;

/**
 * The person's name when it is not at the top: sidebar and two-column templates print it beside
 * or below the other column, so the text can hold it anywhere. Only a line that is a name and
 * nothing else, spelled like the e-mail's or a profile's handle, or next to a line of contact
 * details outside the sections where other people's names stand (references, employers).
 */
/** Whether every word of a name (of three letters or more) is in one of the person's handles. */
function nameInHandle(name: string, handles: string[]): boolean {
  const words = name.toLowerCase().split(SPACES).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length >= 3);
  // ("Oliver Brennan-Achebe" in "oliver.brennan.achebe@…": a handle's dots and dashes are no letters either.)
  return words.length > 0 && handles.some((h) => words.every((w) => h.replace(/[^\p{L}]/gu, '').includes(w)));
}

function nameElsewhere(blocks: Block[], contact: Contact): Field | undefined {
  const handles = handlesOf(contact);
  let kind: SectionKind | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.section) kind = b.section.kind;
    if (b.kind === 'bullet' || b.section) continue;
    // (Under References, a name is a referee's, unless it is the one the person's e-mail spells: a
    // sidebar's name can come out there, "REFERENCES" / "Available on request" / "Callum Ridley".)
    const refs = kind === 'references';
    // (A name on two spaced lines only where the page starts: a sidebar's "W E B" over
    // "D E V E L O P M E N T" is a skill group.)
    const spaced = refs ? undefined : letterSpacedName(b, handles, k <= 1 ? blocks[k + 1] : undefined);
    if (spaced) return spaced;
    // (A name on two lines further down only when the e-mail spells it: "Hannah" / "Whitcombe" /
    // "Veterinarian, BVSc", a sidebar printed after the main column.)
    const split = twoLineName(b, blocks[k + 1], blocks[k + 2]);
    if (split && ((k <= 8 && !refs) || nameInHandle(split.value, handles))) return split;
    const name = personName(b.clean);
    // ("Tamara Lindqvist, MSN, RN," then "NE-BC": credentials after the name, wrapped or not.)
    const credentials = !!name && POSTNOMINALS.test(b.clean.text.slice(b.clean.text.indexOf(name.value) + name.value.length));
    if (!name || (name.span.end < b.end - 1 && !credentials)) continue;
    const inHandle = nameInHandle(name.value, handles);
    if (refs && !inHandle) continue;
    const besideContact = (kind === undefined || !OTHERS_NAMES.has(kind)) && [blocks[k - 1], blocks[k + 1]].some((n) => n && !n.section && CONTACT_LINE.test(n.clean.text));
    if (inHandle || besideContact) {
      // LinkedIn's PDF: the name, the headline (it may wrap), then where the person lives.
      if (!contact.location)
        for (const n of blocks.slice(k + 1, k + 5)) {
          if (n.section || n.kind !== 'text') break;
          const t = n.clean.text.trim();
          if (t.length <= 60 && isPlace(t)) {
            contact.location = fieldOf(n.clean);
            break;
          }
        }
      return name;
    }
  }
  return undefined;
}

// A Markdown link's target or an HTML link's address: "[LinkedIn](https://…)", "<a href="https://…">".
const LINK_TARGET = /\]\(\s*(https?:\/\/[^)\s]+)|href=["'](https?:\/\/[^"'\s]+)/g;

/**
 * "[LinkedIn](https://www.linkedin.com/in/jordanblake)" in the lines above the first section: the
 * page shows the word, the address is the profile. Each address the reader has not already taken.
 */
function linkTargets(src: string, blocks: Block[], contact: Contact): void {
  for (const b of blocks) {
    const line = src.slice(b.lineStart, b.lineEnd);
    if (!line.includes('http')) continue;
    LINK_TARGET.lastIndex = 0;
    for (let m = LINK_TARGET.exec(line); m; m = LINK_TARGET.exec(line)) {
      const url = m[1] ?? m[2];
      const at = b.lineStart + m.index + m[0].indexOf(url);
      const bare = url.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/+$/, '');
      // ("GitHub: [bcarter](https://github.com/bcarter)": the handle already names this profile.)
      const last = bare.slice(bare.lastIndexOf('/') + 1).toLowerCase();
      if (!mayBeProfile(url) || contact.links.some((l) => l.value === url || l.value.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/+$/, '') === bare || l.value.replace(/^@/, '').toLowerCase() === last)) continue;
      contact.links.push({ value: url, span: { start: at, end: at + url.length } });
    }
  }
}

/** A line that names a place and nothing else ("Mount Juliet, Tennessee", "Remote"). */
function placeOnly(b: Block): boolean {
  const t = b.clean.text.replace(/^[\s|•·,;:()\[\]–—-]+|[\s|•·,;:()\[\]–—-]+$/g, '');
  return t.length > 0 && t.length <= 60 && isPlace(t);
}

/** A line that is a date range and, at most, a place: "01/2020 - today", "Berlin | Mar 2019 – Present". */
function whenAndWhere(b: Block): boolean {
  const found = findRangeInCleaned(b.clean);
  if (!found || !(found.range.end || found.range.current)) return false;
  const rest = (b.clean.text.slice(0, found.i) + ' ' + b.clean.text.slice(found.j)).replace(/[\s|•·,;:()\[\]–—-]+/g, ' ').trim();
  if (rest === '' || isPlace(rest)) return true;
  // "01/09/2019 – Current · Berlin, Germany": the place keeps its comma.
  const [i, j] = trimRange(b.clean.text, found.j, b.clean.text.length, ' \t|•·,;:()[]–—-');
  return found.i === 0 && j > i && isPlace(b.clean.text.slice(i, j));
}

/**
 * "J O H N  D O E", "J O H N D O E": a name printed letter-spaced. Words are told apart by a
 * wider gap, or else by the e-mail's or a handle's spelling ("john.doe"); otherwise no name.
 */
const LETTER_SPACED = /^\s*\p{Lu}(?: {1,4}\p{Lu})+\s*$/u;
// The same, where pdf.js keeps a pair of letters together ("C H L O E M A RT I N E Z").
const SPACED_CAPS = /^\s*\p{Lu}{1,2}(?: {1,4}\p{Lu}{1,2})+\s*$/u;
function letterSpacedName(b: Block, handles: string[], next?: Block): Field | undefined {
  const t = b.clean.text.trim();
  if (t.length > 60 || !LETTER_SPACED.test(t)) return undefined;
  let words = t.split(/ {2,}/).map((w) => w.replace(/ /g, ''));
  // "J O H N" over "D O E": the first and last name on two lines of their own.
  const n = next?.kind === 'text' && !next.section ? next.clean.text.trim() : '';
  if (words.length === 1 && n.length <= 40 && LETTER_SPACED.test(n) && !/ {2,}/.test(n) && words[0].length >= 2 && n.length >= 3) {
    const i = b.clean.text.indexOf(t[0]);
    const j = next!.clean.text.indexOf(n[0]);
    const end = spanOf(next!.clean, j, j + n.length).end;
    return { value: `${words[0]} ${n.replace(/ /g, '')}`, span: { start: spanOf(b.clean, i, i + 1).start, end } };
  }
  if (words.length < 2) {
    const letters = words[0].toLowerCase();
    const h = handles.map((x) => x.split(/[._-]+/).filter(Boolean)).find((parts) => parts.length >= 2 && parts.join('') === letters);
    if (!h) return undefined;
    let at = 0;
    words = h.map((p) => words[0].slice(at, (at += p.length)));
  }
  if (words.length > 4 || words.some((w) => w.length < 2)) return undefined;
  const i = b.clean.text.indexOf(t[0]);
  return { value: words.join(' '), span: spanOf(b.clean, i, i + t.length) };
}

// Surnames in capitals, a comma ending the line: "MARTÍN LISASO,".
const SURNAMES_COMMA = /^([\p{Lu}][\p{Lu}\p{M}'’-]+(?:\s+[\p{Lu}][\p{Lu}\p{M}'’-]+){0,2}),$/u;
const NAME_WORD = /^(?:[\p{Lu}][\p{Ll}\p{M}'’]+(?:-[\p{Lu}][\p{Ll}\p{M}'’]+)?|[\p{Lu}]{2,}(?:-[\p{Lu}]{2,})?)$/u;

/** A headline under a name: a short text line (not a heading) that names a trade. */
function isHeadline(b: Block | undefined): boolean {
  if (!b || b.kind !== 'text' || b.section) return false;
  const t = b.clean.text.trim();
  return !!t && t.length <= 60 && TITLE_WORDS.test(t);
}

/**
 * "Ananya" / "Krishnan" over "Social Media Manager": a display name set on two lines at the top of
 * a column, one word each, right above the headline (a job title) that names the person's trade.
 */
function twoLineName(b: Block, next: Block | undefined, after: Block | undefined): Field | undefined {
  if (!next || !after || b.kind !== 'text' || next.kind !== 'text' || next.section || next.blankBefore) return undefined;
  const w1 = b.clean.text.trim();
  const w2 = next.clean.text.trim();
  if (!NAME_WORD.test(w1) || !NAME_WORD.test(w2) || (w1 === w1.toUpperCase()) !== (w2 === w2.toUpperCase())) return undefined;
  const value = `${w1} ${w2}`;
  // (personName refuses job titles, employers, degrees, places and section names, as a name on one line.)
  if (personName({ text: value, base: 0 })?.value !== value || isPlace(w2) || classifyHeading(w1).kind) return undefined;
  if (!isHeadline(after)) return undefined;
  const i = b.clean.text.indexOf(w1);
  const j = next.clean.text.indexOf(w2);
  return { value, span: { start: spanOf(b.clean, i, i + 1).start, end: spanOf(next.clean, j, j + w2.length).end } };
}

// Where a name stops on its line: a separator ("Garth Vale / Interaction Designer" too), a label ("Email:"), contact details, a comma before credentials.
// (A bracket that closes the name's part of the line ends the name: "Sam Lee (they/them) | …",
// "Becky McCall (Becky McCall Limited)"; a nickname between names does not: "Robert (Bob) Lee".)
// (And a phone number run into the name, where pdf.js lost the gap: "Prankur Malhotra727.777.7418".)
const NAME_END = /\s*(?:\||·|•|\u2022|\s{2,}|\t|\s[-–—/]\s|,\s|(?<=[a-z])(?=\(?\+?\d{3})|\s(?=\([^()\n]{1,60}\)\s*(?:$|[|·•,]))|\s(?=[\w.+-]+@)|\s(?=\+?\(?\d)|\s(?=(?:e-?mail|phone|mobile|tel|cell|linkedin|github|web(?:site)?|address)\b\s*:?)|\s(?=(?:https?:\/\/|www\.)))/i;
// A name in capitals may keep an accented letter in lower case ("KüSTER": pdftotext's small caps).
// (A nickname in quotes or brackets is part of the name: 'JAMES R. "JR" TALLEY', "Robert (Bob) Lee".)
const GENERATION_END = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/u;
// (Then the line's end, a separator, or letters after the name: "Dunn, III Ph.D.", not "Doe, IV Consulting".)
const GENERATION_AFTER = /^,?\s+(?:Jr\.?|Sr\.?|II|III|IV)(?=\s*(?:$|[,|·•(]|(?:Ph\.?D|M\.?D|[A-Z]{2,6})\b))/u;
const NAME_TOKEN = /^(?:["“'‘(][\p{Lu}][\p{L}.]*["”'’)]|(?:Dr|Dra|Drs|Prof|Profa|Mr|Mrs|Ms|Mx|Mme|Mlle|Sra|Dott|Dipl|Ing)\.|(?:[\p{Lu}]\.){2,3}|[\p{Lu}][\p{Ll}\p{M}'’-]+|[\p{Lu}][\p{Lu}\u00DF-\u024F]+(?:[-'’][\p{Lu}]+)?|[\p{Lu}]\.?|(?:de|da|van|von|der|den|del|la|le|di|bin|al)|[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{Ll}]+|[\p{Lu}]['’][\p{Lu}][\p{Ll}\p{M}]+|[\p{Lu}][\p{Ll}\p{M}'’]+(?:-[\p{Lu}][\p{Ll}\p{M}'’]+)+)$/u;

// (A person's initials are no company's "K.K.": "K.K. Jain".)
const INITIALS = /(?:\p{Lu}\.){2,3}/gu;
const SITE_TITLE = /\p{L}['’]s\s|\b(?:home\s?page|web\s?site|blog|portfolio)\b/iu;

// Trades that are common English surnames, and words that make such a trade a job's title
// ("Line Cook", "Stone Mason", "Park Ranger", "Night Porter").
const TRADE_SURNAME = /^(?:Mason|Baker|Cook|Carpenter|Porter|Painter|Gardener|Barber|Butcher|Glazier|Ranger|Steward|Warden|Clerk|Driver|Constable|Packer|MASON|BAKER|COOK|CARPENTER|PORTER|PAINTER|GARDENER|BARBER|BUTCHER|GLAZIER|RANGER|STEWARD|WARDEN|CLERK|DRIVER|CONSTABLE|PACKER)$/;
const TRADE_QUALIFIER = /^(?:line|prep|pastry|short[- ]order|head|lead|master|stone|brick|night|day|hall|hotel|park|forest|bus|truck|van|delivery|taxi|lorry|forklift|store|shop|shipping|file|law|court|sales|office|bank|house|sign|cake|bread|flight|cabin|farm|police|chief|senior|junior|assistant|apprentice|trainee|journeyman|finish|framing|general|warehouse|kitchen|school|sous)$/i;

// (Or in capitals: "Meridian, ID 83642 KEITH H. MORSE".)
const NAME_AFTER_POSTCODE = /\b\d{5}(?:-\d{4})?[ \t]+((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:[ \t](?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3}|\p{Lu}[\p{Lu}'’-]+(?:[ \t](?:\p{Lu}[\p{Lu}'’-]+|\p{Lu}\.)){1,3})(?=[ \t]+\(?\+?\d|[ \t]{2,}|[ \t]*$)/u;

const COMMA_THEN = /^\s*,\s*/;
const SYMBOLS_LEAD = /^[\p{So}\p{Sk}\p{Co}\ufe0f\u200d\s]+/u;

/** The person's name at the start of a line, if the line starts with one. */
function personName(c: Cleaned): Field | undefined {
  const text = c.text.length > 200 ? c.text.slice(0, 200) : c.text;
  // "Updated January 2025": a line that dates the document names no one; nor one that opens on a
  // date ("From July 2023", a date column's first line in pdf.js's copy).
  if (/^\s*(?:last\s+)?(?:updated|revised)\b/i.test(text)) return undefined;
  const dated = text.length <= 60 ? findDateRange(text, 0) : undefined;
  if (dated && !text.slice(0, dated.span.start).trim()) return undefined;
  // ("Work Experience", "Technical Skills": a section's name is no one's.)
  if (text.length <= 40 && isExactSectionName(text)) return undefined;
  let lead = text.length - text.trimStart().length;
  // ("Curriculum Vitae - Paolo Piersanti", "Résumé | Jane Doe": the document's title and a dash or
  // a bar before the name, which would end the name where it starts.)
  const titled = DOC_TITLE_BEFORE.exec(text.slice(lead));
  if (titled) lead += titled[0].length;
  let end = text.length;
  const m = NAME_END.exec(text.slice(lead));
  if (m) end = lead + m.index;
  let cand = text.slice(lead, end).trim();
  // "JAN KÜSTER RESUME", "Jane Doe CV", "JAN KÜSTER RESUME Consultant and Software Developer":
  // the document's title after the name, and whatever headline follows it.
  cand = cand.replace(/^((?:\S+\s+){1,4}?\S+)\s+(?:r[ée]sum[ée]|curriculum vitae|cv)(?:\s.*)?$/iu, '$1');
  // "CV of Prof. K.K. Jain M. D.", "Curriculum Vitae: Colin Windsor": the document's title before
  // the name (a web page's heading as a rule), and a doctor's "M. D." after it; Europass's gutter
  // label before it ("PERSONAL INFORMATION Weipeng Yao").
  cand = cand.replace(/^(?:(?:r[ée]sum[ée]|curriculum vitae|cv)(?:\s+of\s+|\s*:\s*)|personal (?:information|details|data)\s+)(?=\p{Lu})/iu, '').replace(/,?\s+M\.\s?D\.$/u, '');
  // "Byungjin ParkDevOps Engineer", "Claud D. ParkDevOps Engineer": a name run into the headline
  // after it (the gap lost in a pdf.js copy). A run-in word followed by more words is a headline;
  // one alone may be a name ("Ann McDonald").
  const run = /^((?:(?:[\p{Lu}][\p{Ll}]+|[\p{Lu}]\.)\s){1,3}[\p{Lu}][\p{Ll}]+)(?=[\p{Lu}][\p{Ll}A-Z])/u.exec(cand);
  // ("Wanjiru KamauNairobi, Kenya", "Rosa Delgado-WhitfieldChicago, IL": a name run into the person's
  // town is one too, unless the capital follows a name's own prefix, "McAllen".)
  const runIntoTown = !!run && isKnownCity(cand.slice(run[1].length)) && !RUN_IN_PREFIX.test(run[1].split(SPACES).pop() ?? '');
  // (Never after a name's own prefix: "Becky McCall" is no "Becky Mc" run into "Call".)
  if (run && !RUN_IN_PREFIX.test(run[1].split(SPACES).pop() ?? '') && (runIntoTown || !NAME_TOKEN.test(cand.split(SPACES).pop() ?? '') || HAS_SPACE.test(cand.slice(run[1].length)))) cand = run[1].replace(/\s+(?:r[ée]sum[ée]|cv)$/i, '');
  // ("John Smith Jr.", "W. Augustine Dunn, III": a generation after the name is the name's, read
  // apart from its words and given back after.)
  cand = cand.replace(GENERATION_END, '');
  const words = cand.split(SPACES).filter(Boolean);
  if (words.length < 2 || words.length > 5) return undefined;
  if (!words.every((w) => NAME_TOKEN.test(w))) return undefined;
  // ("A. Sean Pue", "J. Robert Smith": an initial may open a name of three words or more.)
  const initialFirst = words.length >= 3 && /^\p{Lu}\.$/u.test(words[0]) && /^[\p{Lu}][\p{Ll}]/u.test(words[1]);
  if ((!initialFirst && !/[\p{Lu}][\p{Ll}]|[\p{Lu}]{2}/u.test(words[0])) || !/[\p{Ll}\p{Lu}]{2}/u.test(words[words.length - 1])) return undefined;
  // (A nickname is no job title: "JR" is not "Jr." of a title here.)
  const plain = cand.replace(/["“'‘(][^"”'’)]*["”'’)]/g, ' ');
  // ("Colin's Homepage": a web page's title, printed above the page, names its owner's site.)
  // ("Google Scholar (click)": a link's label names a site, no one.)
  if (SITE_TITLE.test(cand) || LINK_LABEL.test(cand)) return undefined;
  // ("Jennifer Mason", "Tom Baker", "Anna Cook": a surname that is a trade's name, after a first
  // name no title opens with, is still a surname.)
  const tradeSurname = words.length <= 3 && TRADE_SURNAME.test(words[words.length - 1]) && !TITLE_WORDS.test(words.slice(0, -1).join(' ')) && !TRADE_QUALIFIER.test(words[0]);
  // ("💼 PROFESSIONAL EXPERIENCES": a section's name after a glyph is no one's.)
  if ((TITLE_WORDS.test(plain) && !tradeSurname) || ORG_WORDS.test(plain.replace(INITIALS, ' ')) || DEGREE_WORDS.test(cand) || isPlace(cand) || classifyHeading(cand.replace(SYMBOLS_LEAD, '')).kind || DOC_TITLE.test(cand) || NOT_A_NAME.test(cand)) return undefined;
  const i = lead + text.slice(lead).indexOf(cand);
  const generation = GENERATION_AFTER.exec(text.slice(i + cand.length, i + cand.length + 24));
  if (generation) cand += generation[0];
  // A name run into the next word ("ParkDevOps") spans that whole word: the value is the name, and
  // the preview, finding the source says more, prints the source as written (no letter lost).
  let j = i + cand.length;
  while (j < text.length && /[\p{L}\p{M}]/u.test(text[j])) j++;
  return { value: cand, span: spanOf(c, i, j) };
}

/**
 * "wanjiru kamau" over "investigative journalist": a name the template sets in lower case (Friggeri's
 * and other designs print the name and headings so). Two to four lower-case words that, capitalised,
 * read as a person's name (no job title, employer, degree, place or section name).
 */
function lowerCaseName(b: Block): boolean {
  const t = b.clean.text.trim();
  if (b.kind !== 'text' || !/^[\p{Ll}][\p{Ll}\p{M}'’-]+(?:\s+[\p{Ll}][\p{Ll}\p{M}'’-]+){1,3}$/u.test(t)) return false;
  const capitalised = t.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  return personName({ text: capitalised, base: 0 })?.value === capitalised;
}

const LINK_LABEL = /^(?:linked\s?in|github|gitlab|twitter|x|facebook|instagram|website|web|portfolio|blog|e-?mail|mail|phone|mobile|tel|contact|orcid|scholar|google scholar|researchgate|homepage|home)$/i;

/**
 * "Student projects from Makers Academy to demonstrate what I have learnt:" over a section's
 * entries: text with no title, employer, place or dates before the first entry says what the
 * section holds; it is no entry (nor are its sentences an entry's bullets, to be judged as work).
 * The page still prints it, as it prints every word the model does not hold.
 */
/**
 * A page's menu printed under the name ("EXPERIENCE" / "EDUCATION" / "SKILLS", each a link to its
 * section): two names or more in a row with nothing under them, each printed again later as the
 * section it leads to, are no sections of their own.
 */
function menuHeadings(src: string, resume: Resume): void {
  const ss = resume.sections;
  // (Each section's emptiness and name read once.)
  const empty = ss.map((sec) => !sec.entries.length && !src.slice(sec.headingSpan.end, sec.span.end).trim());
  const names = ss.map((sec) => normaliseHeading(sec.title));
  // (Where each name last heads a section with something under it: one pass, not a search per section.)
  const lastFull = new Map<string, number>();
  for (let k = 0; k < ss.length; k++) if (!empty[k]) lastFull.set(names[k], k);
  const later = (k: number) => (lastFull.get(names[k]) ?? -1) > k;
  const drop = new Set<number>();
  for (let k = 0; k < ss.length; k++) {
    let e = k;
    while (e < ss.length && empty[e] && later(e)) e++;
    if (e - k >= 2) for (let m = k; m < e; m++) drop.add(m);
    k = Math.max(k, e - 1);
  }
  if (drop.size) resume.sections = ss.filter((_, k) => !drop.has(k));
}

function sectionIntros(resume: Resume): void {
  for (const s of resume.sections) {
    const [first, second] = s.entries;
    if (!second || first.title || first.organisation || first.location || first.dates) continue;
    if (!(second.title || second.organisation) || !first.bullets.every((b) => b.paragraph)) continue;
    s.entries.shift();
  }
}

const TEACHING_LIST = /^(?:teaching|courses taught|teaching activities|teaching and mentoring)$/;

/**
 * "Teaching" in an academic CV listing the courses taught ("GSAH 220: Global Espionage", "Sociology
 * of Race Relations (undergraduate)"): where no item names a post, they are courses, no roles (the
 * timeline, tense and missing-metric leave them alone); the page still prints them.
 */
function courseLists(resume: Resume): void {
  resume.sections.forEach((s, k) => {
    if (s.kind !== 'experience' || !TEACHING_LIST.test(normaliseHeading(s.title)) || s.entries.length < 2) return;
    // (Not a sub-heading of the roles' section right above it, "Assistantships" / "Teaching . . .":
    // assistantships listed by course are posts.)
    const above = resume.sections[k - 1];
    if (above && above.kind === 'experience' && !above.entries.length) return;
    if (s.entries.some((e) => (e.title && TITLE_WORDS.test(e.title.value)) || (e.organisation && TITLE_WORDS.test(e.organisation.value)))) return;
    s.kind = 'other';
    for (const e of s.entries) e.kind = 'other';
  });
}

/**
 * Bullets under no header of their own after an entry (no title, employer, place or dates: a blank
 * line or a label parted them from the role's other bullets) are that entry's: no entry of their own.
 */
function headlessEntries(resume: Resume): void {
  for (const s of resume.sections) {
    const es = s.entries;
    for (let k = es.length - 1; k >= 1; k--) {
      const e = es[k];
      if (e.title || e.organisation || e.location || e.dates || e.description || !e.bullets.length) continue;
      const prev = es[k - 1];
      prev.bullets.push(...e.bullets);
      if (e.span.end > prev.span.end) prev.span = { start: prev.span.start, end: e.span.end };
      es.splice(k, 1);
    }
  }
}

// Words of a page's title or a site's furniture, never of a person's name.
const NOT_A_NAME = /(?<![\p{L}])(?:r[ée]sum[ée]|cv|curriculum|vitae|lebenslauf|europass|header|downloads?|pdf|picture|photo|menu|contents|navigation|proficiency|background|history|experience|timeline|profile|skills|summary|portfolio|print|e-?mail|contact me|home|back to top)(?![\p{L}])/iu;

/**
 * "Life Career - Clemens Anzmann", "Portfolio | Jane Doe": of a page's title parted by a dash or a
 * bar, the one part that is a person's name, where the other is not.
 */
function namePartOf(c: Cleaned): Field | undefined {
  const t = c.text;
  const cut = TITLE_SEPARATOR.exec(t);
  if (!cut) return undefined;
  const parts: [number, number][] = [
    [0, cut.index],
    [cut.index + cut[0].length, t.length],
  ];
  const named = parts.filter(([a, b]) => {
    const p = t.slice(a, b).trim();
    return !!p && personName({ text: p, base: 0 })?.value === p;
  });
  if (named.length !== 1) return undefined;
  const [a, b] = trimRange(t, named[0][0], named[0][1], ' \t');
  return { value: t.slice(a, b), span: spanOf(c, a, b) };
}
const TITLE_SEPARATOR = /\s+[-–—|]\s+/;

function readPreamble(blocks: Block[], resume: Resume): void {
  const contact = resume.contact;
  let k = 0;
  // "Résumé" or "Curriculum Vitae" above the name is a title, not the name.
  while (k < blocks.length && DOC_TITLE.test(blocks[k].clean.text)) k++;
  // ("AK" over "Ananya" / "Krishnan": the monogram a template prints in a photo's place.)
  if (k + 1 < blocks.length && blocks[k].kind === 'text' && /^\s*\p{Lu}{2,3}\s*$/u.test(blocks[k].clean.text) && NAME_WORD.test(blocks[k + 1].clean.text.trim())) k++;
  // Markdown: the first heading is the name. Text: the first line that starts with a person's
  // name ("Sourabh Bajaj   Email: …", "Maribel Okafor, Registered Nurse, BSN", "Byungjin
  // ParkDevOps Engineer" from a pdf.js copy), else the first line when it reads like one.
  const first = blocks[k];
  // "Richard" / "Hendriks": a name set large enough to wrap, one word per line.
  const second = blocks[k + 1];
  // "MARTÍN LISASO," / "José Francisco": the surnames in capitals and a comma, the given names on
  // the line under them, as Spanish and French CVs order a name. (The comma ends no line of a
  // name otherwise: a blank line between, a page's rows kept, parts nothing.)
  // (Among the page's first lines: the person's town may be printed above it.)
  for (let m = k; m < k + 3 && m + 1 < blocks.length && !contact.name; m++) {
    const sn = blocks[m];
    const gn = blocks[m + 1];
    if (sn.kind !== 'text' || gn.kind !== 'text' || sn.section || gn.section) continue;
    const sur = SURNAMES_COMMA.exec(sn.clean.text.trim());
    if (!sur) continue;
    const given = gn.clean.text.trim();
    const whole = `${given} ${sur[1]}`;
    if (given.split(SPACES).length <= 3 && given.split(SPACES).every((w) => NAME_WORD.test(w)) && given !== given.toUpperCase() && personName({ text: whole, base: 0 })?.value === whole) {
      const fa = fieldOf(sn.clean);
      const fb = fieldOf(gn.clean);
      if (fa && fb) {
        contact.name = { value: `${sn.clean.text.trim()} ${given}`, span: { start: fa.span.start, end: fb.span.end } };
        if (m === k) k += 2;
      }
    }
  }
  if (first && second && !contact.name && first.kind !== 'bullet' && second.kind === 'text' && !second.section) {
    const a = first.clean.text.trim();
    const b = second.clean.text.trim();
    // (Blank lines may part the two words where a page's rows are kept, `pdftotext -layout`'s
    // "Hannah" / "" / "Whitcombe": then a headline naming a trade must follow, as under a name.)
    const apart = second.blankBefore && !(NAME_WORD.test(a) && NAME_WORD.test(b) && isHeadline(blocks[k + 2]));
    const words = (t: string) => t.split(SPACES).length;
    // ("Dr. Lena" / "Vasquez": a title and a first name alone are no whole name.)
    // ("Linkedin" / "Ali Safi": a link's label an icon stood for, over the name, is no part of it.)
    // ("START" / "Catarina Gamboa": a word over a whole name is no first name of it.)
    const titled = /^(?:dr|prof|mr|mrs|ms|mx)\.?\s+\S+$/i.test(a);
    // ("GUISELLE CONSTANZA" / "SABIO GONZALEZ" / "INVESTIGADORA JUDICIAL": given names, then surnames,
    // in capitals, a line each, over the headline: one name of four words, as Spanish names are.)
    const capsPair = !apart && words(a) === 2 && words(b) === 2 && a === a.toUpperCase() && b === b.toUpperCase() && !TITLE_WORDS.test(b) && isHeadline(blocks[k + 2]);
    if (!apart && !LINK_LABEL.test(a) && words(a) <= 2 && words(b) <= 2 && personName({ text: `${a} ${b}`, base: 0 })?.value === `${a} ${b}` && (!personName(first.clean) || titled || capsPair) && (titled || words(a) === 2 || !personName(second.clean))) {
      const fa = fieldOf(first.clean);
      const fb = fieldOf(second.clean);
      if (fa && fb) {
        contact.name = { value: `${a} ${b}`, span: { start: fa.span.start, end: fb.span.end } };
        k += 2;
      }
    }
  }
  // "Jeisson Jarvey" / "Sánchez" / "Castellanos": given names over their surnames, one word to a line
  // (a narrow header's wrap of a Spanish or Portuguese name): one name of up to four words.
  if (first && second && !contact.name && first.kind === 'text' && !first.section) {
    const a = first.clean.text.trim();
    const own = personName(first.clean);
    if (own?.value === a && a.split(SPACES).length === 2) {
      let m = k + 1;
      let whole = a;
      while (m < blocks.length && m <= k + 2 && blocks[m].kind === 'text' && !blocks[m].blankBefore && !blocks[m].section && NAME_WORD.test(blocks[m].clean.text.trim()) && !blockRange(blocks[m])) {
        const w = blocks[m].clean.text.trim();
        if (TITLE_WORDS.test(w) || isPlace(w) || classifyHeading(w).kind || personName({ text: `${whole} ${w}`, base: 0 })?.value !== `${whole} ${w}`) break;
        whole = `${whole} ${w}`;
        m++;
      }
      const fa = fieldOf(first.clean);
      const fz = m > k + 1 ? fieldOf(blocks[m - 1].clean) : undefined;
      if (fa && fz && m < blocks.length) {
        contact.name = { value: whole, span: { start: fa.span.start, end: fz.span.end } };
        k = m;
      }
    }
  }
  if (first && !contact.name) {
    // ("Long Bien, Ha Noi, Vietnam" over "Gael Sola": the words before a place and a comma are a
    // district of an address, the name only where no line after is one.)
    let district: Field | undefined;
    for (let m = k; m < blocks.length && m < k + 5; m++) {
      const name = personName(blocks[m].clean);
      if (!name) continue;
      const rest = blocks[m].clean.text.slice(blocks[m].clean.text.indexOf(name.value) + name.value.length);
      if (!district && COMMA_THEN.test(rest) && isPlace(rest.replace(COMMA_THEN, '').trim())) {
        district = name;
        continue;
      }
      contact.name = name;
      if (m === k && name.span.end >= blocks[m].end - 1) k++;
      break;
    }
    if (!contact.name && district) contact.name = district;
  }
  // "Springfield, ID 83999 Jane Q. Doe (208) 555-0135": a name set between the address and the
  // phone of a header row (its three cells copied as one line).
  if (first && !contact.name) {
    for (let m = k; m < blocks.length && m < k + 4 && !contact.name; m++) {
      const c = blocks[m].clean;
      const hit = NAME_AFTER_POSTCODE.exec(c.text.length > 300 ? c.text.slice(0, 300) : c.text);
      if (!hit) continue;
      const at = hit.index + hit[0].length - hit[1].length;
      const name = personName({ text: hit[1], base: 0 });
      // (Not the country after the postcode, "83999 United States".)
      if (name?.value === hit[1] && !isPlace(hit[1])) contact.name = { value: hit[1], span: spanOf(c, at, at + hit[1].length) };
    }
  }
  if (first && !contact.name) {
    const s = shapeOf(first.clean);
    const probe: Contact = { links: [] };
    const hasContact = scanContact(first.clean, probe);
    // A letter-spaced line ("J O H N") is not a name by itself: the end of the parse reads it whole.
    // ("RH": a monogram in a photo's place is no name.)
    const monogram = /^\s*\p{Lu}{1,3}\s*$/u.test(first.clean.text);
    // (Not a heading that is a section's name, "# Work Experience" over its sections: a page's title.)
    // ("### Executive Travel of Nashville - Information Technology Intern" over "#### June 2024-Present":
    // a heading that names a post over a line or heading of its dates is a role's, no name.)
    const datedPost = first.kind === 'heading' && TITLE_WORDS.test(first.clean.text) && !!blocks[k + 1] && !blocks[k + 1].section && whenAndWhere(blocks[k + 1]);
    // ("Resume Header", "Downloads", "Current CV", "Clinical Background", "Business Analyst": a page's
    // title, a menu's word or a trade over a site's CV page, no one's name. A name with a trade's
    // word, "Jane Mason", personName took above.)
    const pageWords = NOT_A_NAME.test(first.clean.text) || TITLE_WORDS.test(first.clean.text);
    // ("#####  [pgeeta@gmail.com] . [ 210-663-7361 ]": a heading of contact details is no name.)
    const contactHeading = first.kind === 'heading' && !!(probe.email || probe.phone);
    // ("💼 PROFESSIONAL EXPERIENCES": a section's name after a glyph, the page's first line, is no one's.)
    const glyphSection = SYMBOLS_LEAD.test(first.clean.text) && !!classifyHeading(first.clean.text.replace(SYMBOLS_LEAD, '')).kind;
    if (!isExactSectionName(first.clean.text) && !datedPost && !pageWords && !contactHeading && !glyphSection && (first.kind === 'heading' || lowerCaseName(first) || (!hasContact && !monogram && s.words <= 6 && !LETTER_SPACED.test(first.clean.text) && !/\d/.test(first.clean.text) && !isProse(first.clean)))) {
      const name = namePartOf(first.clean) ?? fieldOf(first.clean);
      if (name) contact.name = name;
      k++;
    }
  }
  // Paragraphs of prose become the summary; lines with contact details feed the contact.
  let para: Block[] = [];
  const flush = () => {
    if (!para.length) return;
    const words = para.reduce((n, b) => n + shapeOf(b.clean).words, 0);
    // ("D I G I T A L M A R K E T I N G S P E C I A L I S T": a letter-spaced headline's letters are no words of prose.)
    if (!resume.summary && words >= 8 && !para.every((b) => SPACED_CAPS.test(b.clean.text))) {
      resume.summary = {
        value: para.map((p) => p.clean.text.trim()).join(' ').replace(SPACES_G, ' '),
        span: { start: para[0].start, end: para[para.length - 1].end },
      };
    }
    para = [];
  };
  for (; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.blankBefore || b.kind !== 'text') flush();
    if (SKILLS_LINE.test(b.clean.text)) {
      skillItems(b.clean, resume.skills);
      continue;
    }
    const address = b.kind === 'text' ? twoLineAddress(b.clean, blocks[k + 1]?.kind === 'text' ? blocks[k + 1].clean : undefined) : undefined;
    if (address) {
      // The street over its town: the whole address, not the town alone.
      contact.location = address;
      k++;
      continue;
    }
    if (b.kind === 'text' && blocks[k + 1]?.kind === 'text' && (takeNetworkHandle(b.clean, blocks[k + 1].clean, contact) || takeLabelledValue(b.clean, blocks[k + 1].clean, contact))) {
      k++;
      continue;
    }
    if (b.kind === 'text' && blocks[k + 1]?.kind === 'text' && takeWrappedUrl(b.clean, blocks[k + 1].clean, contact)) {
      k++;
      continue;
    }
    if (scanContact(b.clean, contact)) {
      if (resume.format === 'text') takeLinkNames(b.clean, contact);
      continue;
    }
    if (resume.format === 'text' && takeLinkNames(b.clean, contact)) continue;
    if (b.kind === 'text' && (isProse(b.clean) || para.length)) para.push(b);
  }
  flush();
}

const JOINING_END = /(?:[,&(/-]|\b(?:and|or|of|the|to|for|with|in|on|a|an|by|from|at))$/i;
const HAS_LETTER = /\p{L}/u;

function buildEntries(src: string, blocks: Block[], kind: SectionKind, opts: BuildOptions, skills: Field[]): Entry[] {
  const entryKind = entryKindOf(kind);
  // ("* Employer: Panera Bread" / "* Position: Cashier" / "* Time: June 2022 – Aug 2022": a form's
  // rows as a Markdown list, read as the text reader reads a form.)
  const form = formEntries(src, blocks, entryKind);
  if (form) return form;
  const builders: EntryBuilder[] = [];
  let cur: EntryBuilder | undefined;
  const start = (b: Block, asHeader: boolean): EntryBuilder => {
    cur = { header: asHeader ? [b] : [], bullets: [], lastBulletMarked: false, start: b.lineStart, end: b.lineEnd, body: !asHeader, hasDate: asHeader && !!blockRange(b) };
    builders.push(cur);
    if (asHeader) takeRunOn(cur, b);
    return cur;
  };
  const takeRunOn = (e: EntryBuilder, b: Block) => {
    const r = blockRange(b);
    if (!r) return;
    const at = runOnStart(b.clean);
    if (at === undefined) return;
    e.bullets.push(bulletOf(src, spanOf(b.clean, at, at + 1).start, b.end));
    e.lastBulletMarked = false;
    e.lastBulletBlock = b;
    e.body = true;
  };
  const addHeader = (b: Block) => {
    cur!.header.push(b);
    cur!.end = Math.max(cur!.end, b.lineEnd);
    if (blockRange(b)) cur!.hasDate = true;
    takeRunOn(cur!, b);
  };
  const addBullet = (b: Block, marked: boolean) => {
    if (!cur) start(b, false);
    cur!.bullets.push(bulletOf(src, b.start, b.end));
    cur!.lastBulletMarked = marked;
    cur!.lastBulletBlock = b;
    cur!.body = true;
    cur!.end = Math.max(cur!.end, b.lineEnd);
  };
  const extendLastBullet = (b: Block) => {
    const last = cur!.bullets[cur!.bullets.length - 1];
    const nb = bulletOf(src, last.span.start, b.end);
    if (last.paragraph) nb.paragraph = true;
    cur!.bullets[cur!.bullets.length - 1] = nb;
    cur!.lastBulletBlock = b;
    cur!.end = Math.max(cur!.end, b.lineEnd);
  };

  const roleKind = entryKind === 'work' || entryKind === 'education' || entryKind === 'volunteer';
  // (A project's list item is an entry only when no item of its list reads as a sentence:
  // "1. *Blown Away: Studio Glass in Canada* — Museum of Canadian Craft & Design, 2024–2025".)
  const datedLists = (roleKind || entryKind === 'project') && !opts.proseAsBullets ? datedListItems(src, blocks, !roleKind, entryKind === 'education') : undefined;
  // Per dated list (by its first item): whether it stands right under the section's heading,
  // decided at its first item (its later items find the entries the first ones opened).
  const underHeading = new Map<number, boolean>();
  // ("### Clinical experience" / "* 2013: Pediatric voice clinic, American Family Children's
  // Hospital." / "* 2012: Fluency clinic, …": under a heading that only names a group, no job's or
  // employer's name and no dates, the dated items are its entries too.)
  const groupHeading = (e: EntryBuilder | undefined) => !!e && !e.hasDate && e.header.length === 1 && e.header[0].kind === 'heading' && !TITLE_WORDS.test(e.header[0].clean.text) && !ORG_WORDS.test(e.header[0].clean.text) && !DEGREE_WORDS.test(e.header[0].clean.text);
  // Whether `b` is an undated heading deeper than the heading that is all of `e`'s header so far,
  // with nothing under that heading yet (the two cases in the loop below).
  const undatedUnder = (b: Block, e: EntryBuilder): boolean => {
    if (b.section || e.body || e.header.length !== 1 || e.header[0].kind !== 'heading' || blockRange(b)) return false;
    const above = headingDepth(src, e.header[0]);
    return above > 0 && headingDepth(src, b) > above;
  };
  const names = (t: string): boolean => TITLE_WORDS.test(t) || DEGREE_WORDS.test(t);
  const halves = (a: string, b: string): boolean => names(a) !== names(b);
  const listUnderHeading = (first: number): boolean => {
    let v = underHeading.get(first);
    if (v === undefined) underHeading.set(first, (v = !cur?.header.length || groupHeading(cur)));
    return v;
  };
  for (let n = 0; n < blocks.length; n++) {
    let b = blocks[n];
    // Plain text: "• Acme Corp   Jan 2019 – Present" is a header that starts with a glyph.
    // Markdown: "- **Engineer**, Acme (2019 – 2021)" with items nested under it is a role, not a bullet.
    if (b.kind === 'bullet' && !opts.proseAsBullets && b.indent !== undefined) {
      // "* **Foundation Year 2 Doctor**" / "  * General Practice, Geriatrics" / "  * UHBW NHS Foundation
      // Trust" / "  * August 2023 - August 2024": under a bold item that is all of a role's head, a
      // nested item that only says when dates the role, and a bare name right before it holding an
      // organisation's word (no sentence, no verb) is its employer, though read as an item first.
      const head = cur && !cur.hasDate && cur.header.length === 1 ? cur.header[0] : undefined;
      if (head && head.strong && head.indent !== undefined && b.indent > head.indent && cur!.bullets.length <= 3 && shapeOf(b.clean).words <= 8 && whenAndWhere(b)) {
        const last = cur!.lastBulletBlock;
        if (last && last.indent === b.indent && (cur!.bullets[cur!.bullets.length - 1]?.span.start ?? -1) >= last.start && ORG_WORDS.test(last.clean.text) && !isProse(last.clean) && shapeOf(last.clean).words <= 8 && !verbLeads(last.clean.text)) {
          cur!.bullets.pop();
          addHeader({ ...last, kind: 'text' });
        }
        addHeader({ ...b, kind: 'text' });
        continue;
      }
      const next = blocks[n + 1];
      const nested = next?.kind === 'bullet' && (next.indent ?? 0) > b.indent;
      // "- Boston University — B.A. Communications, 2017": in an education section a dated item
      // naming a degree or a school is the entry itself.
      const degreeItem = entryKind === 'education' && !!blockRange(b) && (DEGREE_WORDS.test(b.clean.text) || SCHOOL_WORD.test(b.clean.text)) && shapeOf(b.clean).words <= 14;
      // ("    * March 2022-May 2022" over its bullets at the same depth: a short dated item right
      // under a role's header items, before any of its bullets, dates that role.)
      // (Or a longer one of fields in capitals nested under them: "[Dynata](…) [ Seattle, WA; Plano, TX ] [ Jul 2015 – Mar 2019 ]".)
      const datesHeader = !!cur && !cur.body && !cur.hasDate && cur.header.length > 0 && cur.header[cur.header.length - 1].indent !== undefined && (shapeOf(b.clean).words <= 8 || (shapeOf(b.clean).words <= 14 && (b.indent ?? 0) > (cur.header[cur.header.length - 1].indent ?? 0) && fieldsInCapitals(b.clean)));
      // ("- **Aquatic Shift Lead**, September 2023 – December 2024, MNP Sport and Community Center,
      // Calgary, AB": a bold lead's fields run long, but in capitals and commas, no sentence.)
      // ("- **Co-op Graphic & Web Designer**" / "<br>Jan 2024 - Apr 2024<br>" / "**ATS Global Service -
      // Cambridge, ON.**": an item whose first line is its bold post, on lines of fields, whatever
      // full stop an abbreviation ends it on.)
      if ((nested || b.strong || degreeItem || datesHeader) && (!isProse(b.clean) || (b.strong && (fieldsInCapitals(b.clean) || boldHeadOverFields(src, b)))) && blockRange(b)) b = { ...b, kind: 'text', strong: true };
      // "- **Brightloom Health** · Austin, TX" over "  - **Senior Technical Recruiter** · 2023 - present":
      // an undated item over a nested dated role names the employer of the roles nested under it.
      else if (nested && entryKind === 'work' && !blockRange(b) && !isProse(b.clean) && shapeOf(b.clean).words <= 8 && !!blockRange(next) && !isProse(next.clean)) b = { ...b, kind: 'text', strong: true };
      // pandoc's Markdown or reST: "-  **Duke University** (Durham, NC, USA)" / "" / "   Research
      // Scientist, 2014 - present" / its nested items: an undated item that opens on a bold name,
      // over a dated line of fields in the item (no list item of its own), names the employer.
      else if (entryKind === 'work' && next?.kind === 'text' && !blockRange(b) && boldLead(src, b) && !isProse(b.clean) && shapeOf(b.clean).words <= 8 && !!blockRange(next) && !isProse(next.clean) && shapeOf(next.clean).words <= 12) b = { ...b, kind: 'text', strong: true };
      // "* Chemical Technician" over "  * Novoloop: Menlo Park" over "    * Feb 2023-Aug 2023" over the
      // bullets: short undated items each nested in the one before, down to a dated one, are the role's
      // header, one field an item.
      else if (nested && entryKind === 'work' && !blockRange(b) && nestedHeaderChain(blocks, n)) b = { ...b, kind: 'text', strong: true };
      // academicpages' CV with no dates: "* Intern - Maruti Suzuki India Limited, Gurgaon, Haryana, India"
      // or "* Member of SAE-VIT student chapter" over its nested items: an item naming a post or an
      // employer (no sentence, no verb before it) with items nested under it is the role, they its bullets.
      else if (nested && (entryKind === 'work' || entryKind === 'volunteer') && !blockRange(b) && roleItem(b)) b = { ...b, kind: 'text', strong: true };
      // "* B.S. in Environmental Science, University of Maryland, Baltimore County, expected
      // graduation 2024" over "  * 3.48 GPA overall": in an education section an item naming a
      // degree or a school, fields and no sentence, with items nested under it, is the degree itself.
      // (Its own entry however long its fields run, a year among them or not.)
      else if (nested && entryKind === 'education' && degreeItemFields(b)) {
        start({ ...b, kind: 'text', strong: true }, true);
        continue;
      }
      // "- **2022–present** Postdoctoral Research Fellow, Department of …, Lakehurst University":
      // right under the section's heading, a list whose every item is dated is a list of roles
      // or degrees, each item an entry however long its fields run.
      else if (datedLists && datedLists[n] >= 0 && listUnderHeading(datedLists[n])) {
        // "- **Ph.D., Ecology …**, University of Cascadia, 2021" / "  Dissertation: …": an item
        // that runs on past a dated first line is that line's entry, the rest its item.
        const split = splitDatedItem(src, b);
        if (split || shapeOf(b.clean).words <= 40) {
          // (Each item its own entry, an undated one too.)
          start({ ...(split?.head ?? b), kind: 'text', strong: true }, true);
          // ("- *July 2022 - Today* \" / "**PhD in Machine Learning** at [University of Tübingen](…)\" /
          // "supervised by …": a first line of dates alone leaves the post or degree to the next line.)
          const next = split && blockIsDates(split.head) ? splitFirstLine(src, split.rest) : undefined;
          if (next && !isProse(next.head.clean) && shapeOf(next.head.clean).words <= 16) {
            addHeader({ ...next.head, kind: 'text', strong: true });
            addBullet(next.rest, false);
          } else if (split) addBullet(split.rest, false);
          continue;
        }
      }
    }
    if (b.kind === 'bullet' && opts.proseAsBullets && !isProse(b.clean) && (!cur || cur.body || b.blankBefore)) {
      const next = blocks[n + 1];
      const r = blockRange(b);
      const ranged = !!r && (!!r.end || r.current);
      const beforeHeader =
        !r && b.blankBefore && isTitleCaseShort(b.clean) && next && next.kind === 'text' && !next.blankBefore && !isProse(next.clean) && !next.cont;
      if (ranged || beforeHeader) b = { ...b, kind: 'text', strong: false };
    }
    if (b.kind !== 'heading' && SKILLS_LINE.test(b.clean.text)) {
      // "Skills: Go, Kafka" under another section (often last, with no heading of its own).
      skillItems(b.clean, skills);
      continue;
    }
    if (b.kind === 'heading') {
      // "#### Missions principales :" under "### Chargée de communication": a label inside the role.
      if (b.label && cur) {
        cur.body = true;
        continue;
      }
      // "#### Data Scientist at Zalando" / "##### 01/2020 - today": a heading that only says when
      // (and where) dates the role heading above it; it starts no entry of its own.
      if (!b.section && cur && !cur.body && !cur.hasDate && cur.header.length && whenAndWhere(b)) addHeader(b);
      // "### Geek Squad - Consultation Agent" / "#### May 2024-August 2024" / "#### Mount Juliet,
      // Tennessee": a heading that only says where, under a role's headings with nothing written
      // between, is where that role was held; it starts no entry of its own.
      else if (!b.section && cur && !cur.body && cur.header.length && cur.header[0].kind === 'heading' && cur.header.every((h) => h.kind === 'heading') && !blockRange(b) && placeOnly(b)) addHeader(b);
      // Europass: "*01/09/2019 – Current* · Berlin" over "### Freelance translator": a line that only
      // says when (and where) opens the entry whose heading follows it.
      else if (!b.section && cur && !cur.body && cur.header.length === 1 && cur.header[0].kind === 'text' && whenAndWhere(cur.header[0])) addHeader(b);
      // "<h4>Page Production / 2013-14</h4>" over "<h5>Kohl's Corporation / Menomonee Falls, WI</h5>",
      // "### Registered Nurse • Labor & Delivery" over "#### Denver Health • Denver, CO": a deeper
      // heading right under a role's heading, naming where (a name and its place), is more of its header.
      else if (cur && undatedUnder(b, cur) && !b.blankBefore && nameThenPlace(b.clean.text)) addHeader(b);
      // "## KATERRA, Seattle, WA *2019 - 2020*" over "### Manufactured Assemblies Design Engineer": a
      // deeper heading naming a job, right under a dated heading that names none, is that role's
      // title (the employer's heading dates it).
      else if (cur && cur.hasDate && undatedUnder(b, cur) && TITLE_WORDS.test(b.clean.text) && !TITLE_WORDS.test(cur.header[0].clean.text) && shapeOf(b.clean).words <= 8) addHeader(b);
      // "<h2>Harbor Design Group</h2>" / "<h4>Oct 2018 - Apr 2022</h4>" / "<h3>Civil Engineer</h3>": a
      // heading naming a job right under an employer's heading and its dates (no line between, no
      // job named yet) is that role's title, whatever its level.
      else if (cur && cur.hasDate && !cur.body && !b.section && !b.blankBefore && cur.header.length >= 2 && cur.header[0].kind === 'heading' && !blockRange(b) && TITLE_WORDS.test(b.clean.text) && !cur.header.some((h) => TITLE_WORDS.test(h.clean.text)) && shapeOf(b.clean).words <= 8) addHeader(b);
      // "### Data Science Fellow" / "#### General Assembly", "### University of Virginia" / "####
      // Bachelor of Arts": a deeper heading right under an undated one (nothing between), one naming
      // a post or a degree and the other not, is the other half of the same header.
      else if (cur && !cur.hasDate && undatedUnder(b, cur) && shapeOf(b.clean).words <= 10 && halves(cur.header[0].clean.text, b.clean.text)) addHeader(b);
      // ("##### Teaching (Secondary Mathematics)" under those two: a degree's field, a level deeper.)
      else if (cur && !cur.hasDate && !cur.body && !b.section && !blockRange(b) && cur.header.length === 2 && cur.header.every((h) => h.kind === 'heading') && DEGREE_WORDS.test(cur.header[1].clean.text) && headingDepth(src, b) > headingDepth(src, cur.header[1]) && !names(b.clean.text) && !ORG_WORDS.test(b.clean.text) && shapeOf(b.clean).words <= 8) addHeader(b);
      else start(b, true);
      continue;
    }
    // academicpages' CV: "* 2022 – present: Assistant Professor of Small Animal Surgery" over
    // "  * Prairie State University College of Veterinary Medicine, Ames, IA": the first item nested
    // under a dated role's item, capitalised fields ending in a place, says where it was held.
    // (Also under a role's heading not yet dated: "### Sales Executive – B2B SaaS" over "- TechNova Inc. –
    // San Francisco, CA" over "### 2020 – Present".)
    if (b.kind === 'bullet' && cur && !cur.body && (cur.hasDate || cur.header[0]?.kind === 'heading') && cur.header.length === 1 && cur.header[0].strong && b.indent !== undefined && (fieldsEndingInPlace(b.clean.text) || nameDashPlace(b.clean.text))) {
      addHeader({ ...b, kind: 'text' });
      continue;
    }
    // "* Summer 2021: Audit Intern" over "  * PwC" over the duties: the first item nested under a role's
    // item that only names something (a few capitalised words, no verb, no sentence) is the employer.
    // (Only where the role's item names one thing: "Intern - Maruti Suzuki India Limited" has its employer.)
    if (b.kind === 'bullet' && cur && !cur.body && cur.header.length === 1 && cur.header[0].strong && cur.header[0].indent !== undefined && b.indent !== undefined && b.indent > cur.header[0].indent && !FIELDS_PARTED.test(cur.header[0].clean.text) && bareName(b)) {
      addHeader({ ...b, kind: 'text' });
      continue;
    }
    // "**ACM Metals** | [City, State] | (2023 - 2024)" over "*   **Packer / Machine Operator**" over the
    // duties: a first item wholly in bold naming a post, under a dated header that names none, is
    // the role's title.
    // "**InfortechMS**" / "* **Desenvolvedor Full Stack**" / "* 2017 - 2019": under an undated head with
    // nothing under it yet, a list's item wholly in bold right over an item that only dates it, and
    // that item, are the head's lines (the post and its dates), no bullets.
    if (b.kind === 'bullet' && cur && !cur.body && !cur.hasDate && cur.bullets.length === 0 && b.indent !== undefined && cur.header.length <= 2) {
      const next = blocks[n + 1];
      const datesItem = (x: Block | undefined) => !!x && x.kind === 'bullet' && x.indent === b.indent && !!blockRange(x) && whenAndWhere(x);
      if ((WHOLLY_BOLD.test(src.slice(b.start, b.end)) && shapeOf(b.clean).words <= 8 && !isProse(b.clean) && datesItem(next)) || (datesItem(b) && cur.header.some((h) => WHOLLY_BOLD.test(src.slice(h.start, h.end))))) {
        addHeader({ ...b, kind: 'text' });
        continue;
      }
    }
    if (b.kind === 'bullet' && b.strong && cur && !cur.body && cur.hasDate && b.indent !== undefined && WHOLLY_BOLD.test(src.slice(b.start, b.end)) && TITLE_WORDS.test(b.clean.text) && shapeOf(b.clean).words <= 8 && !cur.header.some((h) => TITLE_WORDS.test(h.clean.text))) {
      addHeader({ ...b, kind: 'text' });
      continue;
    }
    if (b.kind === 'bullet') {
      // A marked line right under a bare bullet (or a wrapped one) is still a new bullet.
      addBullet(b, !!b.marked);
      continue;
    }
    // "GPA: 3.8/4.0", "Relevant coursework: ...": details of the entry, never header lines.
    // (In Markdown a detail is a line of its own paragraph: one item, as a reader counts it.)
    if (b.kind === 'text' && cur && DETAIL_LINE.test(b.clean.text)) {
      addBullet(b, false);
      if (!opts.proseAsBullets) cur!.bullets[cur!.bullets.length - 1].paragraph = true;
      continue;
    }
    // A text line.
    const dated = !!blockRange(b);
    const prose = b.desc || !headerish(b);
    if (opts.proseAsBullets && cur && cur.bullets.length && !b.blankBefore && !dated) {
      const last = cur.bullets[cur.bullets.length - 1];
      const lastText = last.text;
      const wrapped =
        b.cont ||
        (cur.lastBulletMarked && !isTitleCaseShort(b.clean) && !SENTENCE_END.test(lastText)) ||
        (!SENTENCE_END.test(lastText) && JOINING_END.test(lastText));
      if (wrapped) {
        extendLastBullet(b);
        continue;
      }
    }
    // "**Key Achievements:**", "**Strategic Responsibilities:**" over a dated role's bullets: a label
    // grouping them, no header of an entry (unless it names a post: "**Scrum Master:**").
    if (cur?.hasDate && !dated && blocks[n + 1]?.kind === 'bullet' && dutyLabel(b) && !TITLE_WORDS.test(b.clean.text)) {
      cur.body = true;
      continue;
    }
    // "### Análisis de Prueba A/B" / … / "**Metodología**" / its paragraph: inside an entry its heading
    // opened, below what the entry already holds, a short line wholly in bold naming no post, body,
    // place or date is a label over a part of it, no entry of its own.
    if (cur && (cur.body || cur.bullets.length) && cur.header[0]?.kind === 'heading' && !dated && !blockRange(blocks[n + 1] ?? b) && WHOLLY_BOLD.test(src.slice(b.start, b.end).trim()) && shapeOf(b.clean).words <= 5 && !TITLE_WORDS.test(b.clean.text) && !ORG_WORDS.test(b.clean.text) && !DEGREE_WORDS.test(b.clean.text) && !isPlace(b.clean.text.trim())) {
      cur.body = true;
      continue;
    }
    // A bold line is a header line however long ("**Evidence-based priority setting for … financing** _(Jan 2024 – Apr 2024)_").
    if (!prose || (b.strong && !b.desc && shapeOf(b.clean).words <= (dated ? 24 : 10))) {
      if (!cur) {
        start(b, true);
        continue;
      }
      if (!cur.body) {
        // A second bold line after a blank is the next entry, except under a lone undated role
        // heading ("### Senior Engineer", blank, "**Acme Corp** | Jan 2019 - Present").
        const underBareHeading = cur.header.length === 1 && cur.header[0].kind === 'heading' && !cur.hasDate;
        // ("HR Assistant, *June 2018 – March 2019*", blank, "**Lone Star Staffing** — San Antonio",
        // "Recruiting Assistant, *2016 – 2018*": a bold employer over its own dated role is the next
        // entry, not more of a dated head with nothing under it.)
        // ("## IBM (May 2022 - Present)" / "### Automation Architect" / "May 2022 - Present": an
        // employer's heading with its years, over a role's deeper heading and the role's own dates:
        // the role's heading opens its entry with them; the employer's names the roles under it.)
        const roleUnderDatedEmployer = dated && cur.hasDate && cur.header.length === 2 && cur.header[0].kind === 'heading' && cur.header[1].kind === 'heading' && !cur.bullets.length && !!blockRange(cur.header[0]) && !blockRange(cur.header[1]) && atxDepth(src, cur.header[1]) > atxDepth(src, cur.header[0]);
        if (roleUnderDatedEmployer) {
          const role = cur.header.pop()!;
          cur.end = cur.header[0].lineEnd;
          start(role, true);
          addHeader(b);
          continue;
        }
        // ("* Technical Product Manager" / "  * [Expedia Group](…) [ Seattle, WA ] [ Feb 2020 – Present ]" /
        // "* Senior Product Manager": a list's item back at the depth of a dated head's first item,
        // that head's dated item nested under it, opens the next entry.)
        const backOut = b.strong && b.indent !== undefined && cur.hasDate && cur.header.some((h) => h.indent !== undefined && h.indent > b.indent! && !!blockRange(h)) && cur.header.some((h) => h.indent === b.indent);
        // ("### Groupe Actual" / "Paris / Laval – 2023 – 2024" / "**Senior Product Manager** | 2023 - 2024":
        // a second dated line giving the same span as the head's is more of that head, no next entry.)
        // (Under a heading only: two list items alike dated are two entries.)
        const sameSpan = dated && cur.hasDate && b.indent === undefined && cur.header[0]?.kind === 'heading' && sameRangeAsHead(cur, b);
        if ((dated && cur.hasDate && !sameSpan) || backOut || (b.strong && cur.header.some((h) => h.strong) && b.blankBefore && !underBareHeading) || (b.strong && b.blankBefore && cur.hasDate && datedHeaderAhead(blocks, n + 1))) {
          start(b, true);
          continue;
        }
        if (opts.proseAsBullets && cur.hasDate && !dated && !b.strong && shapeOf(b.clean).endsLower) {
          // "Helped with QA automation" under a dated header: a bare bullet, not a header line.
          addBullet(b, false);
          continue;
        }
        if (b.blankBefore && cur.hasDate && !dated && !b.strong && cur.header[0]?.kind === 'heading' && cur.header.length < 3 && isTitleCaseShort(b.clean)) {
          // "### Engineer, Acme (2019 – 2021)", blank, "San Francisco, CA": still the role's header.
          addHeader(b);
          continue;
        }
        if (b.blankBefore && cur.hasDate && !dated && !b.strong) {
          // After a blank line, a short title line starts the next entry when its own dates follow;
          // otherwise (PDF copies put blank lines anywhere) it is more of this header.
          if (isTitleCaseShort(b.clean)) {
            // Markdown paragraphs are deliberate: a new one after a dated header is a new entry.
            // Not an undated paragraph the header's bullets follow at once ("**Medical Assistant**
            // Mar 2022 – Present", blank, "*Desert Sky Family Medicine, Phoenix, AZ*", blank, "- …":
            // pandoc's copy of a Word résumé parts every line with a blank): the dated head has
            // nothing under it yet, so this is more of it.
            const itemsNext = blocks[n + 1]?.kind === 'bullet' && !blocks[n + 1].section;
            if (!opts.proseAsBullets && itemsNext && cur.header.length < 3) addHeader(b);
            else if (!opts.proseAsBullets || datedHeaderAhead(blocks, n + 1) || cur.header.length >= 4) start(b, true);
            else addHeader(b);
          } else if (opts.proseAsBullets) addBullet(b, false);
          else cur.body = true;
          continue;
        }
        if (!dated && !b.strong && cur.hasDate && datedHeaderAhead(blocks, n + 1)) {
          // "Blinn College  Bryan, TX" then "Associate's in Liberal Arts  Aug. 2014 – May 2018":
          // an undated line right before a dated one opens the next entry.
          start(b, true);
          continue;
        }
        if (cur.header.length >= 6) {
          start(b, true);
          continue;
        }
        addHeader(b);
        continue;
      }
      // In the body: a dated line, a strong line or a title after a blank starts the next entry;
      // so does a title line right above a dated header line ("Engineer" / "Jan 2018 – 2019").
      if (dated || b.strong || (isTitleCaseShort(b.clean) && (b.blankBefore || datedHeaderAhead(blocks, n + 1)))) {
        start(b, true);
        continue;
      }

    }
    if (opts.proseAsBullets) addBullet(b, false);
    else {
      // A paragraph before any header still belongs to the section: an entry of its own.
      if (!cur) start(b, false);
      // Markdown: a paragraph under a role describes it: one item (a reader counts it with the
      // bullets), marked as a paragraph; its lines run on until a blank line.
      const last = cur!.bullets[cur!.bullets.length - 1];
      if (last?.paragraph && !b.blankBefore && !b.lineBreakBefore && cur!.lastBulletBlock && !cur!.lastBulletMarked) extendLastBullet(b);
      else if (last && !b.blankBefore && b.lineBreakBefore && cur!.lastBulletBlock && !cur!.lastBulletMarked) {
        // (Lines set apart by hard breaks are a list without its marks, each line an item as a
        // bullet is: "Designing tiered benefit packages  " / "Identifying … partners  ".)
        last.paragraph = false;
        addBullet(b, false);
      } else {
        addBullet(b, false);
        cur!.bullets[cur!.bullets.length - 1].paragraph = true;
      }
    }
  }

  const entries: Entry[] = [];
  const infos: { orgOnOwnLine: boolean; pieces: number }[] = [];
  // Read together: entries whose reading is clear teach the section's layout to the others
  // ("**Scooper**, Rosebud Creamery" under three bold titles, each before its employer).
  const withHeader = builders.filter((e) => e.header.length);
  const read = readHeaders(src, withHeader.map((e) => e.header.map((b) => b.clean)), entryKind);
  const readOf = new Map(withHeader.map((e, k) => [e, read[k]]));
  for (const e of builders) {
    const h = readOf.get(e) ?? readHeader(src, [], entryKind);
    // "### Doctor of Pharmacy | Great Lakes College | May 2016", "*Toledo, OH*  ", "Rho Chi Honor
    // Society": header lines after the last one the reading took a field from are details of the
    // entry (an honour, a note on courses), one item each, as a reader counts them.
    if (e.header.length > 1 && (h.title || h.organisation)) {
      const used = [h.title?.span, h.organisation?.span, h.location?.span, h.dates?.span].filter((x): x is Span => !!x);
      let last = -1;
      e.header.forEach((b, k) => {
        if (used.some((u) => u.start < b.lineEnd && u.end > b.lineStart)) last = k;
      });
      const rest = last >= 0 ? e.header.slice(last + 1) : [];
      if (rest.length && rest.every((b) => b.kind === 'text' && !b.strong && !blockRange(b) && HAS_LETTER.test(b.clean.text))) {
        e.header = e.header.slice(0, last + 1);
        const details = rest.map((b) => {
          const d = bulletOf(src, b.start, b.end);
          d.paragraph = true;
          return d;
        });
        e.bullets.unshift(...details);
      }
    }
    const headerSpan: Span = e.header.length
      ? { start: e.header[0].lineStart, end: e.header[e.header.length - 1].lineEnd }
      : { start: e.start, end: e.start };
    const bullets = e.bullets;

    const entry: Entry = { kind: entryKind, bullets, span: { start: e.start, end: e.end }, headerSpan };
    if (h.title) entry.title = h.title;
    if (h.organisation) entry.organisation = h.organisation;
    if (h.location) entry.location = h.location;
    // Unreadable dates ("Febtember 2020") are the date-order rule's to report, from the header text.
    if (h.dates) entry.dates = h.dates;
    entries.push(entry);
    infos.push(h);
  }
  // A company line over several roles: "Acme" (no dates, no bullets) then "Engineer, 2019 – 2021".
  const out: Entry[] = [];
  // Roles, paid or not, are grouped under their organisation alike ("Sydney Gaymers, Sydney, NSW" over
  // "Lead Organiser and Administrator, 2012 – 2020" in a volunteer section).
  const roleGroups = entryKind === 'work' || entryKind === 'volunteer';
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    const next = entries[k + 1];
    const groupName = e.organisation ?? e.title;
    // Markdown: "### Trailhead Analytics — Remote" (a line on what the company is may follow)
    // over "#### Senior Marketing Manager, Demand Generation (Jan 2023 – Present)" or
    // "**SVP, Global Operations** | 2018 – 2020": an undated heading over dated roles names their
    // employer, and where they are when they do not say.
    // (Not a heading that names a kind of section, "Clinical experience", "Teaching": a group of roles, no employer.)
    // (Nor one that names a kind of body in the plural, "## Orchestras", "### Other ensembles": a
    // group of employers, each item naming its own; the label is no role.)
    // (So does one with the employer's own years over its roles' deeper dated headings, "## IBM (May
    // 2022 - Present)" over "### Automation Architect" / "May 2022 - Present": see roleUnderDatedEmployer.)
    const datedEmployer = roleGroups && !!e.dates && !e.bullets.length && builders[k].header.length === 1 && builders[k].header[0].kind === 'heading' && !!next?.dates && builders[k + 1].header[0]?.kind === 'heading' && atxDepth(src, builders[k + 1].header[0]) > atxDepth(src, builders[k].header[0]) && !!groupName && !TITLE_WORDS.test(groupName.value);
    const headingOverDated = roleGroups && (!e.dates || datedEmployer) && !!groupName && !!next?.dates && builders[k].header[0]?.kind === 'heading';
    const bodies = headingOverDated && BODIES.test(groupName!.value.trim());
    if (bodies && !e.bullets.length && !e.organisation) continue;
    if (headingOverDated && !bodies && e.bullets.length <= 1 && e.bullets.every((b) => b.paragraph) && !classifyHeading(groupName!.value).kind) {
      const depth = atxDepth(src, builders[k].header[0]);
      for (let m = k + 1; m < entries.length && entries[m].dates; m++) {
        // (Up to the next heading as high as the employer's: the next employer.)
        const h = builders[m].header[0];
        if (m > k + 1 && h?.kind === 'heading' && atxDepth(src, h) <= depth) break;
        joinGroup(src, entries[m], groupName, e.location);
      }
      continue;
    }
    // "**Penn State University**" over "**Master of Science in Nursing**" and "**Bachelor of Science in
    // Nursing**": a school named once over the degrees taken there (none naming a school of its own).
    if (entryKind === 'education' && e.organisation && !e.title && !e.dates && !e.bullets.length && next?.title && !next.organisation && infos[k].pieces - (e.location ? 1 : 0) === 1) {
      for (let m = k + 1; m < entries.length && entries[m].title && !entries[m].organisation; m++) {
        entries[m].organisation = { ...e.organisation };
        if (!entries[m].location && e.location) entries[m].location = { ...e.location };
      }
      continue;
    }
    if (!e.dates && !e.bullets.length && next && next.dates && groupName && infos[k].pieces - (e.location ? 1 : 0) === 1 && roleGroups && takesGroup(next)) {
      for (let m = k + 1; m < entries.length && entries[m].dates && takesGroup(entries[m]); m++) {
        const r = entries[m];
        // "Junior Developer, London" under a company line: the second piece is where, not who.
        if (r.organisation && !r.location) r.location = r.organisation;
        r.organisation = { ...groupName };
        if (!r.location && e.location) r.location = { ...e.location };
      }
      continue;
    }
    // "###Fry-IT Ltd (November '11 - February '12)" / "####Scrum Master" / … / "####Project
    // Management Consultant": an employer's dated heading over its roles' deeper headings (read
    // with the first of them). A later role's heading that names no employer is a role there too.
    const head = builders[k].header[0];
    if (roleGroups && e.organisation && head?.kind === 'heading' && builders[k].header.some((b, i) => i > 0 && b.kind === 'heading') && e.organisation.span.start < head.lineEnd) {
      const depth = atxDepth(src, head);
      const own = builders[k].header.find((b, i) => i > 0 && b.kind === 'heading' && !!e.title && e.title.span.start >= b.start && e.title.span.end <= b.end);
      if (own) titleToHeadingEnd(src, e, own);
      for (let m = k + 1; m < entries.length; m++) {
        const h = builders[m].header[0];
        if (h?.kind !== 'heading' || atxDepth(src, h) <= depth || !depth) break;
        // ("#### Sr. Software Engineer, Reporting and Analytics": a second piece after the title's
        // comma that names no body is what the post is about, joined back to it.)
        const r = entries[m];
        if (r.title && !r.organisation) titleToHeadingEnd(src, r, h);
        if (r.title && (!r.organisation || (commaApart(src, r.title, r.organisation) && !ORG_WORDS.test(r.organisation.value)))) joinGroup(src, r, e.organisation, e.location);
      }
    }
    const prev = out[out.length - 1];
    const prevIdx = k - 1;
    // "Engineer, 2016 – 2018" under the previous role of the same company (company not repeated).
    if (roleGroups && prev && !e.organisation && e.title && e.dates && infos[k].pieces - (e.location ? 1 : 0) === 1 && prev.organisation && infos[prevIdx]?.orgOnOwnLine)
    {
      e.organisation = { ...prev.organisation };
      // (And where, when the place stands with the employer: the place of all its roles, as in text.)
      if (!e.location && prev.location && besideEmployer(src, prev.organisation.span, prev.location.span)) e.location = { ...prev.location };
      infos[k].orgOnOwnLine = true;
    }
    // "### Pruitt & Lang, Morristown, NJ" / "**Vice President, Supply Chain** | 2013 – 2018" / …
    // "**Director, Manufacturing Excellence** | 2010 – 2013": a later role of the employer whose
    // heading opened the role before it, "Title, what about" with no employer of its own.
    else if (entryKind === 'work' && prev?.organisation && e.title && e.organisation && e.dates && builders[prevIdx].header[0]?.kind === 'heading' && prev.organisation.span.end <= builders[prevIdx].header[0].lineEnd && builders[k].header[0]?.kind !== 'heading' && builders[k].header.length === 1 && commaApart(src, e.title, e.organisation) && !ORG_WORDS.test(e.organisation.value)) {
      joinGroup(src, e, prev.organisation, prev.location);
      infos[k].orgOnOwnLine = true;
    }
    out.push(e);
  }
  return out;
}

/**
 * "Plant Manager, Sterling Ridge Labs (Allentown, PA), 2006–2010 · Production Manager, Halcyon
 * Pharmaceuticals (Raritan, NJ), 2000–2006": an executive's earlier roles run on one line, each
 * ending on its dates, parted by a middle dot, a bar or a semicolon. In a section of entries each
 * is a header line of its own.
 */
function roleRuns(src: string, body: Block[], kind: SectionKind): Block[] {
  if (entryKindOf(kind) === 'other' || !body.some((b) => b.kind === 'text' && b.end - b.start > 40 && ROLE_RUN_SEP.test(src.slice(b.start, b.end)))) return body;
  const out: Block[] = [];
  for (const b of body) {
    const raw = src.slice(b.start, b.end);
    const cuts: [number, number][] = [];
    if (b.kind === 'text' && !raw.includes('\n') && ROLE_RUN_SEP.test(raw)) {
      let from = 0;
      for (const m of raw.matchAll(ROLE_RUN_SEP_G)) {
        cuts.push([from, m.index!]);
        from = m.index! + m[0].length;
      }
      cuts.push([from, raw.length]);
    }
    const dated = cuts.length >= 2 && cuts.every(([a, e]) => {
      const part = raw.slice(a, e);
      const r = findDateRange(part, 0);
      return !!r?.start && part.slice(r.span.end).replace(/[\s).,;*_]+/g, '').length === 0 && /\p{L}{3}.*\p{L}{3}/u.test(part.slice(0, r.span.start));
    });
    if (!dated) {
      out.push(b);
      continue;
    }
    cuts.forEach(([a, e], k) => {
      const start = b.start + a;
      const end = b.start + e;
      out.push(newBlock({ kind: 'text', start, end, lineStart: start, lineEnd: end, clean: cleanInline(src, start, end), blankBefore: k === 0 && b.blankBefore, strong: true }));
    });
  }
  return out;
}
const ROLE_RUN_SEP = /\s[·|;]\s/;
const ROLE_RUN_SEP_G = /\s+[·|;]\s+/g;
