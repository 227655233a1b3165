// Plain-text résumés, typically text copied out of a PDF: headings in Title Case or ALL CAPS with
// no markup (sometimes padded with dashes or underlined), bullets with a glyph or none, wrapped
// lines, header lines in any order. Lines become blocks; structure.ts builds the model.
import { composedText, eachObject, mapPositions, SMALL_CAPS_SPLIT } from './composed';
import type { Field, Resume, SectionKind } from '../model';
import { type Cleaned, cleanInline, fromKept, joinCleaned, keepClean, type KeptClean } from './inline-clean';
import { presentReading } from '../text/verb-lexicon';
import { capsNameKind, classifyHeading, entryKindOf, LIST_KINDS, mayStartSectionName, normaliseHeading, sectionNameByLetters, sectionNameSlip, SORTED_SKILLS, SPLIT_ROLES, type sectionKindOf } from './section-names';
import { skipSpaces, splitLines, trimEndIndex, type SourceLine } from './source-lines';
import { restHiddenLines } from './rst';
import { buildResume, DOC_TITLE, lastUpdatedLine, newBlock, TOOLS_EXPERIENCE, type Block } from './structure';
import { scanContact } from './contact';

// An e-mail address, a web address or a phone number.
const CONTACT_DETAIL = /@[\w-]+\.\w|\bwww\.|https?:|\d[\d ().-]{6,}\d/;
import { DURATION, gridTables, isMetadata, readingOrder } from './columns';
import { deinterleave } from './interleaved';
import { isPlace } from './places';
import { findDateRange } from './dates';
import { isFormLabel } from './form-entries';
import { contentLowerWords, DEGREE_WORDS, DEPARTMENT_FIELD, ORG_WORDS, ROMAN, TITLE_HEAD, TITLE_WORDS } from './header-fields';
import { Memo } from '../cache/memo';

// Markdown's heading marks before a line's first letter ("###Employer", "## Skills").
const HEADING_MARKS = /^#{1,6}[ \t]*(?=\p{L})/u;
// A lower-case letter alone after two or more capitalised words (not "a" nor "i"), ending the line.
const ICON_LETTER_END = /^(?:\d{4}\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|&|for|the|in|on|to)\s+)?){2,}[b-hj-z]$/u;
// A letter alone before a space (not the words "a" and "I"): what an icon font's glyph extracts as.
const ICON_LETTER = /^[B-HJ-Zb-z] $/;

// (Or a row of full stops, "......", ten or more: three may be an ellipsis.)
const RULE = /^\s*(?:([-=_~*#·•])(?:\s*\1){2,}|\.{10,})\s*$/;
// "EXPERIENCE -----", "Skills ====", "EDUCATION:" (padding after the name).
const PADDING = /\s*(?:[-=_~*#·•]\s*){3,}$/;
const MAX_LEADER_LINE = 400;

/**
 * Where a dot leader ending the line starts: five dots or more, spaced or not (an ellipsis is three),
 * after some text; -1 when there is none. (A backward scan: a pattern anchored at the end would be
 * tried from every dot of a long leader.)
 */
function dotLeaderStart(t: string): number {
  let k = t.length;
  let dots = 0;
  while (k > 0) {
    const c = t.charCodeAt(k - 1);
    if (c === 46) dots++;
    else if (c !== 32) break;
    k--;
  }
  return dots >= 5 && k > 0 ? k : -1;
}
// A heading has no digits, commas, e-mail signs or pipes (a trailing colon is fine).
const NOT_HEADING_CHARS = /[\d,@|]/;
// Capitals and lower-case "i" only (three capitals at least), maybe after one glyph: see headingInfo.
// (The glyph a letter, as icon fonts copy out: "đ", "ç"; a private-use glyph before a heading is
// read as the column it stands in says.)
const SMALL_CAPS_I = /^\s*(?:\p{L}\s+)?(?=(?:[^\p{Lu}]*\p{Lu}){3})[\p{Lu}i][\p{Lu}i&' ]*$/u;
const ICON_LEAD = /^\s*\p{L}\s+(?=[\p{Lu}i]{2})/u;

/**
 * False when `t` has an ASCII character SMALL_CAPS_I can never match (a digit, a comma, a dash: any
 * but letters, spaces, & and '); other characters are left to the pattern. The pattern runs on
 * every line, and in a document with any character beyond Latin-1 it costs up to ~4 µs on a date
 * line ('Jan 2020 – Present'); this loop stops at the first such character.
 */
function maySmallCaps(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || (c >= 9 && c <= 13) || c === 38 || c === 39) continue;
    return false;
  }
  return true;
}
const PAD_CHARS = '-=_~*#·•';
const LOWER_START = /^[a-z]/;
// Bullet glyphs, and Word's "o" second-level bullet before a capital. Icon-font bullets copy out
// as private-use characters: Symbol/Wingdings (U+F0B7 and friends) and Font Awesome's circle,
// square, check and chevrons (U+F111, U+F10C, U+F0C8, U+F00C, U+F054, U+F105); moderncv's
// itemize prints a circle then "␣" (U+2423), and some copies keep only one of the two.
const BULLET = /^\s*(?:[-*•◦▪‣●○■□➢►▸✓✔→–·+❖✦⁃∙◆◇❯➤\u2423]|[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf111\uf10c\uf0c8\uf00c\uf054\uf105]\u2423?|\d{1,2}[.)]|o(?=\s+\p{Lu}))\s+(?=\S)/u;
const MAX_HEADING = 80;
/**
 * Capitals spaced out one by one ("D O E"): above the first section such a line that spells no
 * section is the name or the headline set in tracked letters (a name may take two such lines).
 */
const SPACED_LETTERS = /^\p{Lu}(?: \p{Lu})+$/u;
// Under Languages, Europass's self-assessment grid ("UNDERSTANDING SPEAKING WRITING" / "Listening
// Reading Spoken production Spoken interaction") and the languages it rates ("ENGLISH", "SPANISH"),
// set in capitals like headings: the list's own labels and items, no sections.
const GRID_WORD = new Set(['understanding', 'speaking', 'writing', 'listening', 'reading', 'spoken', 'production', 'interaction', 'mother', 'tongue', 'tongues', 'other', 'language', 'languages', 's']);
const LANGUAGE_NAME = /^(?:english|spanish|french|german|italian|portuguese|dutch|polish|romanian|greek|czech|slovak|hungarian|swedish|norwegian|danish|finnish|icelandic|irish|welsh|catalan|basque|galician|russian|ukrainian|belarusian|bulgarian|serbian|croatian|bosnian|slovenian|macedonian|albanian|lithuanian|latvian|estonian|maltese|turkish|arabic|hebrew|persian|farsi|urdu|hindi|bengali|punjabi|gujarati|marathi|tamil|telugu|kannada|malayalam|sinhala|nepali|chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|malay|indonesian|tagalog|filipino|swahili|amharic|yoruba|igbo|hausa|zulu|xhosa|afrikaans|somali|latin|esperanto)$/;
const gridLabel = (name: string) => {
  const n = normaliseHeading(name);
  return LANGUAGE_NAME.test(n) || n.split(/[\s()]+/).filter(Boolean).every((w) => GRID_WORD.has(w));
};

const WEB_ADDRESS_LINE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
const CONTACT_LABEL = /^(?:phone|telephone|tel|mobile|cell|e-?mail|address|website|web|linkedin|location|github|portfolio)$/i;

// Section names that are also things people list in a section of LIST_KINDS ("Books" under Interests).
const LISTED = new Set(['books', 'reading', 'writing', 'history', 'open source', 'software', 'technology', 'technologies', 'project', 'programming languages']);
// A line ending in a joining word or sign goes on on the next line.
const WRAPS_ON = /(?:\s(?:of|and|for|in|the|to|at|on|with|de|du|des|la|le|y|und)|[,&])$/i;
// A capital set apart from the capitals that finish its word ("P ROFESSIONAL").
const SMALL_CAPS_JOIN = /(?<![\p{L}])(\p{Lu}) (?=\p{Lu}{2,}(?![\p{L}]))/gu;
const SMALL_CAPS_TITLE_SPLIT = /^\p{Lu} \p{Ll}{2,}(?![\p{L}])/u;
const SMALL_CAPS_TITLE_JOIN = /(?<![\p{L}])(\p{Lu}) (?=\p{Ll}{2,}(?![\p{L}]))/gu;
// How a résumé names a second section of roles after its first ("Additional Experience").
const ROLE_ITEM_LABEL = /^\s*(?:key|selected|notable|major|main)\s+(?:achievements|accomplishments|highlights|results|contributions)\s*:\s*$/i;
// A person's name in capitals: two to four words of letters (hyphens, apostrophes, dots).
const NAME_CAPS = /^\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,3}$/u;
const FOUR_DIGITS = /\d{4}/;
// An e-mail address, a labelled phone or a long run of digits: a contact line.
const CONTACT_ON_LINE = /@[\w-]+\.\w|(?:^|\s)(?:tel|phone|mobile|cell)\b.{0,6}[+(\d]|\+?\d[\d ()-]{8,}\d/i;
const LONE_DASH = /^\s*[-–—*]\s*$/;
const ICON_ONLY = /^[\s\f]*[\p{Co}\ufe0f\u200d]+[\s\f]*$/u;
const LONE_GLYPH = /^\s*[•◦▪‣●○■□➢►▸✓✔→·❖✦⁃∙◆◇❯➤\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8]\s*$/u;

// "SQL", "AWS", "CI/CD", "C++", "DFM / DFA": short capitalised tokens (joined by a slash, "&" or
// "+") are skills or names in a list, not a section heading nobody has a name for.
const ACRONYM = /^[\p{Lu}\d/&+.#-]{1,5}(?: ?[/&+] ?[\p{Lu}\d.#-]{1,5})*$/u;

// ("References - Available upon request." heads the section with what it holds; "References
// available on request." with no mark between is a sentence that closes the page, no heading.)
const REFERENCES_ON_REQUEST = /^\s*(references?|referees?)\s*(?:([-–—:])\s*(?:are\s+)?(?:available|provided|furnished|supplied)\s+(?:up)?on\s+request\.?|\s(?:are\s+)?(?:available|provided|furnished|supplied)\s+(?:up)?on\s+request)\s*$/i;

interface HeadingInfo {
  name: string;
  kind: ReturnType<typeof sectionKindOf>;
  exact: boolean;
  allCaps: boolean;
  padded: boolean;
  /** Set in small capitals as pdftotext copies them ("P ROFESSIONAL E XPERIENCE"). */
  smallCaps?: boolean;
  /** Set with a dot leader ("Teaching. . . . . ."): typeset as a heading, of a section's own kind too. */
  leader?: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether the letters of `body` are all capitals; undefined when it has fewer than two letters. */
function letterCase(body: string): boolean | undefined {
  if (NON_ASCII.test(body)) {
    const letters = body.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2) return undefined;
    return letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  }
  // ASCII (nearly every heading): count by char code instead of building a letters-only string.
  let letters = 0;
  let upper = false;
  let lower = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper = true;
    } else if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    }
  }
  if (letters < 2) return undefined;
  return upper && !lower;
}

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const SPACES = /\s+/;

const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const SMALL_LETTER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Section names no job title opens with (unlike "Research", "Teaching", "Volunteer", "Software").
const NO_POST_OPENS = /^(?:work|education|skills|experience|employment|projects|awards|publications|languages|interests|summary|profile|certifications|references|contact)$/i;

/** "Academic qualifications", "Peer-reviewed publications": two words or more, the first capitalised, the rest not. */
function sentenceCase(name: string): boolean {
  const words = name.split(SPACES);
  return words.length >= 2 && CAPITAL_THEN_LOWER.test(words[0]) && words.slice(1).every((w) => LOWER_FIRST.test(w) || w === '&');
}

/** Every word capitalised but the small joining ones: "Work Experience", "Honors & Awards", not "Technologies include". */

function titleCase(name: string): boolean {
  return name.split(SPACES).every((w) => !/^\p{Ll}/u.test(w) || /^(?:of|and|or|the|in|on|at|for|to|a|an|de|du|des|la|le|y|e|und|&)$/.test(w));
}

const HEADING_NOTE = /^(\s*\S.*?\S)\s*\([^()]{1,60}\)\s*$/;

const NO_DIGIT_AT_OR_BAR = /^[^\d@|]*$/;
const COLON_END = /\s*:$/;
const HEADING_MARKS_G = /^[#*_=\s]+|[#*_=\s]+$/g;
const HAS_DIGIT = /\d/;
const COLON_AT_OR_BAR = /[:@|]/;
const LETTERS_ONLY = /^\p{L}+$/u;
const AMPERSANDS_G = /&/g;
const CAMEL_WORDS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){0,3}$/u;
const CAMEL_BREAKS_G = /(?<=\p{Ll})(?=\p{Lu})/gu;
const LETTER_DOT_END = /\p{L}\.$/u;

// The "& " or "and " before a list's last name ("Frameworks, Languages, & Tools").
const LIST_AND = /^(?:&|and)\s+/i;

function headingInfo(t: string): HeadingInfo | undefined {
  // "Teaching. . . . . . . .": a heading set with a dot leader to the margin (moderncv's subsections),
  // as long as the page is wide.
  const leader = t.length <= MAX_LEADER_LINE && t.charCodeAt(t.length - 1) === 46 ? dotLeaderStart(t) : -1;
  if (leader > 0) {
    const h = headingInfo(t.slice(0, leader));
    return h && h.kind ? { ...h, padded: true, leader: true } : undefined;
  }
  // Cheap refusals first: this runs on every line.
  if (t.length > MAX_HEADING + 100) return undefined;
  // "PROFiLE", "KEY SKiLLS": small capitals whose "i" the PDF's font gives in lower case; and
  // "i PROFiLE", "đ EXPERiENCE": an icon font's glyph copied as a letter before such a heading.
  if (t.length <= MAX_HEADING && maySmallCaps(t) && SMALL_CAPS_I.test(t)) {
    const lead = ICON_LEAD.exec(t);
    if (lead || t.includes('i')) {
      const h = headingInfo((lead ? t.slice(lead[0].length) : t).replace(/i/g, 'I'));
      if (h?.kind && h.exact && h.allCaps) return h;
    }
  }
  // "References - Available upon request.": the section's name and all it holds, on one line.
  // ("References available upon request" with no mark between is a closing sentence, no section:
  // a reader sees no heading there.)
  const refs = t.length <= MAX_HEADING + 40 ? REFERENCES_ON_REQUEST.exec(t) : null;
  if (refs && !refs[2]) return undefined;
  if (refs) return { name: refs[1], kind: 'references', exact: true, allCaps: letterCase(refs[1]) === true, padded: false };
  // "SELECTED PUBLICATIONS (14 total; 6 first-author)": a section's name and a note in brackets.
  const note = t.includes('(') ? HEADING_NOTE.exec(t) : null;
  if (note) {
    const h = headingInfo(note[1]);
    if (h?.kind && h.exact) return h;
  }
  // A comma only in a list of section names ("SKILLS, LANGUAGES, INTERESTS") or in a name the list
  // holds whole ("Knowledge, Skills, and Abilities").
  if (NOT_HEADING_CHARS.test(t) && !(NO_DIGIT_AT_OR_BAR.test(t) && t.includes(',') && (t.split(',').every((p) => classifyHeading(p.trim().replace(LIST_AND, '')).kind) || (t.length <= MAX_HEADING && classifyHeading(t.trim().replace(COLON_END, '')).exact)))) return undefined;
  let body = t.trim();
  const endsPadded = PAD_CHARS.includes(body[body.length - 1]);
  // Headings are short and start with a capital (or markup); wrapped sentence lines are not.
  if ((!endsPadded && body.length > 50) || LOWER_START.test(body)) return undefined;
  let padded = false;
  const pm = endsPadded ? PADDING.exec(body) : null;
  if (pm && pm.index > 0) {
    body = body.slice(0, pm.index);
    padded = true;
  }
  body = body.replace(COLON_END, '').replace(HEADING_MARKS_G, '');
  if (!body || body.length > MAX_HEADING || HAS_DIGIT.test(body) || COLON_AT_OR_BAR.test(body)) return undefined;
  const words = body.split(SPACES);
  // "E X P E R I E N C E", "EXPERI ENCE", "CO N TA CT": letter-spaced headings as some PDFs copy out
  // (tracking breaks a word at arbitrary letters). Joined, they must name a section exactly, and
  // as written they must not: "WORK HISTORY" is two words, not one broken.
  const spaced = words.length >= 2 && words.every((w) => w.length <= 6) && words.some((w) => w.length <= 2);
  const broken = !spaced && words.length >= 2 && words.length <= 4 && words.every((w) => w.length <= 8 && LETTERS_ONLY.test(w)) && !classifyHeading(body).exact;
  if (spaced || broken) {
    const joined = words.join('');
    const c = classifyHeading(joined);
    // ("S K I L L S & T O O L S": the "&" keeps its spaces.)
    if (c.exact && letterCase(joined)) return { name: joined.replace(AMPERSANDS_G, ' & '), kind: c.kind, exact: true, allCaps: true, padded };
    // "C o n ta c t", "E d u c at i o n": small capitals copied as Title Case, every letter apart
    // (pieces of one or two letters); a capital inside starts the next word.
    if (spaced && words.length >= 4 && words.every((w) => w.length <= 2) && CAMEL_WORDS.test(joined)) {
      const name = joined.replace(CAMEL_BREAKS_G, ' ');
      const k = classifyHeading(name);
      if (k.exact) return { name, kind: k.kind, exact: true, allCaps: true, padded };
    }
    // "W O R K E X P E R I E N C E": a name of several words, its word breaks lost with the spacing.
    const named = spaced && letterCase(joined) ? sectionNameByLetters(joined) : undefined;
    if (named) return { name: named.toUpperCase(), kind: classifyHeading(named).kind, exact: true, allCaps: true, padded };
    // "S K I L L S & T O O L S": two names joined by "&", each spaced out.
    if (spaced && joined.includes('&') && letterCase(joined)) {
      const both = joined.replace(AMPERSANDS_G, ' & ');
      const k = classifyHeading(both);
      if (k.kind) return { name: body, kind: k.kind, exact: k.exact, allCaps: true, padded };
    }
  }
  // "P ROFESSIONAL E XPERIENCE", "A CADEMIC A PPOINTMENTS": small capitals as pdftotext copies
  // some fonts' (Palatino, Times), each word's first letter set apart. Joined, they name a section.
  if (SMALL_CAPS_SPLIT.test(body)) {
    const joined = body.replace(SMALL_CAPS_JOIN, '$1');
    const c = classifyHeading(joined);
    if (c.kind && letterCase(joined)) return { name: joined, kind: c.kind, exact: c.exact, allCaps: true, padded, smallCaps: true };
  }
  // "P rofessional E xperience", "E ducation": small capitals whose larger first letter pdftotext
  // sets apart and whose others it copies in lower case. Joined, they must name a section exactly.
  if (SMALL_CAPS_TITLE_SPLIT.test(body)) {
    const joined = body.replace(SMALL_CAPS_TITLE_JOIN, '$1');
    const c = classifyHeading(joined);
    if (c.kind && c.exact) return { name: joined, kind: c.kind, exact: true, allCaps: false, padded };
  }
  if (words.length > 6) return undefined;
  const allCaps = letterCase(body);
  if (allCaps === undefined) return undefined;
  const { kind, exact } = classifyHeading(body);
  // "Therapeutics Committee.": a sentence's end (a wrapped bullet's last line) names no section
  // unless it is a section's name exactly.
  if (!exact && LETTER_DOT_END.test(body)) return undefined;
  // "Create and Edit Wikipedia Articles", "Upload graphics": a line led by a verb that is hardly
  // ever a noun is a duty written without its bullet glyph, whatever word closes it; names of
  // sections open on a noun or an adjective ("Work Experience", "Selected Publications").
  if (!exact && kind && verbLed(words[0])) return undefined;
  return { name: body, kind, exact, allCaps, padded };
}

/** True when the word is a verb's base or third-person form and (nearly) only ever a verb ("Create", "Manages"). */
function verbLed(word: string): boolean {
  const r = presentReading(word);
  return r !== undefined && r.verb.share >= 0.9;
}

/** What a line is on its own, whatever surrounds it. */
interface LineReading {
  /** The line, detached from the document (the memo's copy of its key). */
  line: string;
  /** Where the text after a bullet glyph starts; 0 when the line is no bullet. */
  bulletEnd: number;
  info: HeadingInfo | undefined;
  /** "◆ Sales Experience": a section's name after a glyph that also marks bullets (parseText decides). */
  glyphHeading?: HeadingInfo;
  /** A rule line ("-----"). */
  rule: boolean;
  /**
   * The line's cleaned content as each kind of block reads it, filled on first use. A pure
   * function of the line's text: the characters cleaning peeks at just outside the piece are
   * spaces, markup stripped from the heading, or a line break, all alike to it.
   */
  heading?: KeptClean;
  bullet?: KeptClean;
  text?: KeptClean;
  /** A bullet's dates set against the right margin (see marginTail), cleaned on first use. */
  tail?: KeptClean;
  /** Where the line's margin tail (dates, or a duration) starts, and where the gap before it starts; 0 when none. */
  tailAt: number;
  gapAt: number;
}

// Line readings by line text, kept across parses (offsets relative to the line; the cleaned slots
// are filled on first use and never changed after).
const lineMemo = new Memo<LineReading>();

const LIST_MARK = /[-*+\d]|o\s/;
const NON_SPACE = /\S/;
const EDGE_TAGS_G = /^\s*(?:<\/?(?:p|div|b|strong|span|font|h[1-6])(?:\s[^<>]{0,200})?>\s*)+|(?:\s*<\/?(?:p|div|b|strong|span|font|h[1-6]|br)\s*\/?>)+\s*$/gi;

function readLine(t: string): LineReading {
  // The bullet match decides both heading candidacy and the bullet block.
  const bm = BULLET.exec(t);
  const bulletEnd = bm ? bm[0].length : 0;
  const [gapAt, tailAt] = marginTail(t, bulletEnd);
  // ("<p>SKILLS and EXPERIENCE</p>", "<b>EDUCATION</b>": a word processor's HTML export pasted as
  // text wraps a heading in tags that print nothing.)
  // (A heading's line only: the pattern tried at each tag of a long line would cost its square.)
  const bare = t.length <= 300 && (t.charCodeAt(t.search(NON_SPACE)) === 60 || t.endsWith('>')) ? t.replace(EDGE_TAGS_G, '') : t;
  const out: LineReading = { line: t, bulletEnd, info: bm ? undefined : headingInfo(bare), rule: RULE.test(t), tailAt, gapAt };
  if (bm && !LIST_MARK.test(bm[0].trim()[0] ?? '')) {
    const h = headingInfo(t.slice(bulletEnd));
    if (h?.kind && h.name.split(SPACES).length <= 4) out.glyphHeading = h;
  }
  return out;
}

/** A wide gap: the space `pdftotext -layout` keeps between a line's text and what stands at the margin. */
const MARGIN_GAP = / {5,}(?=\S)/g;

/**
 * `pdftotext -layout` sets an entry's dates, and how long it lasted, against the right margin of
 * its first bullet lines: "• Built the inference stack serving 2M requests      June 2023 – present"
 * over "  uptime                                             2 years 10 months". Such a tail, far
 * to the right after a wide gap, is no part of the bullet's words: a date range after a bullet's
 * words, or a duration after any line's. [Where the gap starts, where the tail starts], or [0, 0].
 * (A header line's dates stay: its pieces are read apart anyway.)
 */
function marginTail(t: string, bulletEnd: number): [number, number] {
  if (t.length < 50) return [0, 0];
  let last: RegExpExecArray | null = null;
  MARGIN_GAP.lastIndex = bulletEnd;
  for (let m = MARGIN_GAP.exec(t); m; m = MARGIN_GAP.exec(t)) last = m;
  if (!last || !/\p{L}{2}/u.test(t.slice(bulletEnd, last.index))) return [0, 0];
  const tailAt = last.index + last[0].length;
  if (tailAt < 40) return [0, 0];
  const tail = t.slice(tailAt).trim();
  if (DURATION.test(tail)) return [last.index, tailAt];
  const wordsBefore = /\S+\s+\S+\s+\S+/.test(t.slice(bulletEnd, last.index));
  return bulletEnd && wordsBefore && isMetadata(tail) && !isPlace(tail) ? [last.index, tailAt] : [0, 0];
}

// A page number alone: "3", "Page 2", "2 / 5", "- 4 -", "Page 1 of 3".
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page\s*)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?(?:\s*[-–—])?\s*$/i;
const WORDED_PAGE_NUMBER = /^[\s\f]*page\s+\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?[\s\f]*$/i;
// "Danielle M. Okafor, RN – Page 2", "Page 2 | Marcus DeLuca": a running head or foot, a name and a
// page number set apart, even where it stands once (a two-page résumé prints it on page 2 only).
const NAMED_PAGE_NUMBER = /^[\s\f]*(?:[^\s|•·–—-][^|•·–—\n]{0,50}?\s*[-–—|·•]\s*page\s+\d{1,2}(?:\s*(?:\/|of)\s*\d{1,2})?|page\s+\d{1,2}(?:\s*(?:\/|of)\s*\d{1,2})?\s*[-–—|·•]\s*[^|•·–—\n]{1,50}?)[\s\f]*$/i;

// "Judith Amankwah, MLIS — Curriculum Vitae Page 2 of 2": a running head that ends on its page's
// number of the pages (pdf.js and -raw join the head's two sides on one line).
const PAGE_OF_TAIL = /\spage\s+\d{1,2}\s*(?:\/|of)\s*\d{1,2}[\s\f]*$/i;
// "Douglas R. Whitcomb, CPA | dwhitcomb.cfo@outlook.com | (704) 555-0186 Page 2": a running head of
// the name and contact details that ends on its page's number (asked with an e-mail or a phone in it).
const PAGE_WORD = /page/i;
const CONTACT_PAGE_TAIL = /\|.*\spage\s+\d{1,2}[\s\f]*$/i;

const SPACES_G = /\s+/g;

/**
 * Page furniture: running headers and footers a PDF repeats on every page ("Jane Doe · Résumé 2",
 * "February 10, 2026", "John Doe – 1/2") and bare page numbers. A line counts when the same
 * words (numbers aside) stand at every page break they occur near: next to a form feed, or,
 * where the text has none (pdf.js copies), right before a blank line with a number in them.
 */
function furnitureLines(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  const n = lines.length;
  let hasFeed = false;
  for (const l of lines) if (l.text.includes('\f')) { hasFeed = true; break; }
  // Lines with text between this one and the nearest form feed, before and after (one pass each way).
  const toFeedAfter = new Int32Array(n).fill(1 << 20);
  const toFeedBefore = new Int32Array(n).fill(1 << 20);
  // Which page break that is (the line of the form feed after, or before; n: the text's end).
  const feedAfter = new Int32Array(n).fill(n);
  const feedBefore = new Int32Array(n).fill(-1);
  if (hasFeed) {
    let d = 1 << 20;
    let at = n;
    for (let k = n - 1; k >= 0; k--) {
      toFeedAfter[k] = d;
      feedAfter[k] = at;
      if (lines[k].text.includes('\f')) {
        d = 0;
        at = k;
      } else if (lines[k].text.trim()) d = Math.min(d + 1, 1 << 20);
    }
    d = 1 << 20;
    at = -1;
    for (let k = 0; k < n; k++) {
      if (lines[k].text.includes('\f')) {
        d = 0;
        at = k;
      }
      toFeedBefore[k] = d;
      feedBefore[k] = at;
      if (lines[k].text.trim()) d = Math.min(d + 1, 1 << 20);
    }
    // The end of the text is a page's end too.
    let seen = 0;
    for (let k = n - 1; k >= 0 && seen <= 3; k--) {
      toFeedAfter[k] = Math.min(toFeedAfter[k], seen);
      if (lines[k].text.trim()) seen++;
    }
    // And its start a page's start where page 1 is numbered there too ("Judith Amankwah, MLIS —
    // Curriculum Vitae" / "Page 1 of 2" at the top of each page). (Not otherwise: moderncv prints
    // "John Doe | Resumé title" atop page 2 as well, and on page 1 that line is the name's.)
    const top: number[] = [];
    for (let k = 0; k < n && top.length < 4; k++) if (lines[k].text.trim()) top.push(k);
    if (top.some((k) => WORDED_PAGE_NUMBER.test(lines[k].text) && /\b1\b/.test(lines[k].text))) top.forEach((k, i) => (toFeedBefore[k] = Math.min(toFeedBefore[k], i)));
  }
  const nearBreak = (k: number) => toFeedAfter[k] <= 3 || toFeedBefore[k] <= 3;
  const beforeBlank = (k: number) => k + 1 >= n || !lines[k + 1].text.trim();
  const groups = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    const t = lines[k].text;
    if (t.length > 200) continue;
    // "Page 1 of 2" says what it is wherever it stands (a copy may set it mid-entry).
    // (A running header with it at its end, however far -layout's spaces set it off.)
    // (Each of the four needs the word "page": most lines are told by that alone, not by four patterns.)
    if (PAGE_WORD.test(t) && (WORDED_PAGE_NUMBER.test(t) || NAMED_PAGE_NUMBER.test(t) || (PAGE_OF_TAIL.test(t) && (t.length <= 100 || t.replace(SPACES_G, ' ').length <= 110)) || (t.length <= 160 && CONTACT_PAGE_TAIL.test(t) && /@|\d{3}[\s).-]*\d{3}/.test(t)))) {
      out.add(k);
      continue;
    }
    // Only lines that could be furniture: next to a page break, or (no form feeds) a numbered line before a blank.
    if (hasFeed ? !nearBreak(k) : !(beforeBlank(k) && HAS_DIGIT.test(t))) continue;
    const bare = t.includes('\f') ? t.replace(/\f/g, '') : t;
    if (!bare.trim()) continue;
    if (PAGE_NUMBER.test(bare)) {
      out.add(k);
      continue;
    }
    // A place alone ("Seoul, S.Korea") repeats near page breaks because entries do, not as a footer;
    // so does a section name (a heading at a page's foot, then a role of that name at the next's top).
    if (bare.length <= 60 && (isPlace(bare.trim()) || classifyHeading(bare.trim()).exact)) continue;
    // ("Certification 3", "Work Experience 2": a form's numbering of its entries, no page's.)
    const numbered = /^\s*(\p{L}[\p{L} ]{2,30}?)\s+\d{1,2}\s*$/u.exec(bare);
    if (numbered && classifyHeading(numbered[1]).kind) continue;
    // Page numbers aside (up to three digits); a year stays, as a running foot's date does on every
    // page ("TAFE NSW, Mount Druitt | 2021" and "… | 2018" either side of a break are two entries).
    const key = bare.trim().replace(SPACES_G, ' ').replace(/\d+/g, (d) => (d.length <= 3 ? '#' : d)).toLowerCase();
    const g = groups.get(key);
    if (g) g.push(k);
    else groups.set(key, [k]);
  }
  for (const [key, ks] of groups) {
    if (ks.length < 2 || key.split(' ').length > 12) continue;
    // Words as well as numbers: "John Doe – 1/2", not "2010 - 2012" (two entries' dates).
    const worded = /\p{L}{3}/u.test(key.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|present|current/gi, ''));
    // A page's head or foot stands once at each break: two of the same words on one side of one
    // break are the page's own lines ("MAY 2013" and "MAY 2011", two degrees' dates before it).
    const edges = new Set(ks.map((k) => (toFeedAfter[k] <= 3 ? `<${feedAfter[k]}` : `>${feedBefore[k]}`)));
    if ((hasFeed && edges.size === ks.length) || (!hasFeed && worded && key.includes('#'))) for (const k of ks) out.add(k);
  }
  return out;
}

/**
 * A résumé pasted into an e-mail and forwarded: every line of it quoted ("> EXPERIENCE", ">   - Manage
 * daily operations …"), under the forwarder's own lines ("From: …", "Hi all, forwarding Grace's
 * resume …"). Where most lines are quoted, the quoted text is the document: each line is read
 * without its quote marks, and the lines around the quote are the message's, not the résumé's.
 */
function unquoted(lines: SourceLine[]): SourceLine[] {
  let quoted = 0;
  let written = 0;
  for (let ix = 0; ix < lines.length; ix++) {
    const l = lines[ix];
    if (!l.text.trim()) continue;
    written++;
    if (QUOTE_MARKS.test(l.text)) quoted++;
  }
  if (quoted < 10 || quoted < 0.6 * written) return lines;
  const out = lines.map((l) => {
    const m = QUOTE_MARKS.exec(l.text);
    if (!m) return l.text.trim() ? blanked(l) : l;
    return { start: l.start + m[0].length, end: l.end, text: l.text.slice(m[0].length) };
  });
  // The quote's own first line says who wrote it ("On Mon, Nov 16, 2026 at 8:15 PM Grace Oduya-Park"
  // / "<gracepark.mlis@gmail.com> wrote:"): the mail's, not the résumé's.
  for (let k = 0; k < out.length; k++) {
    if (!/\bwrote:\s*$/.test(out[k].text)) continue;
    const from = /^\s*On\s/.test(out[k].text) ? k : k > 0 && /^\s*On\s/.test(out[k - 1].text) ? k - 1 : -1;
    if (from < 0) continue;
    for (let j = from; j <= k; j++) out[j] = blanked(out[j]);
  }
  return out;
}

/** The line emptied where it ends: page furniture, or a mail's line around a quoted résumé. */
function blanked(l: SourceLine): SourceLine {
  return { start: l.end, end: l.end, text: '' };
}
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;

/**
 * A web page copied with Select All where every heading and field stands twice, one under the
 * other (LinkedIn's profile page: "EHS Manager" / "EHS Manager", "Jan 2022 - Present · 4 yrs" twice —
 * the text a screen reader gets beside the one on screen). Where many lines are so doubled, the
 * second of each pair is no line of the résumé. (One doubled line alone is left as written.)
 */
function doubledLines(lines: SourceLine[]): number[] {
  const out: number[] = [];
  // (Runs of exactly two: a line written three times or more is a list's, not a copy's doubling.)
  for (let k = 0; k < lines.length; ) {
    const t = lines[k].text.trim();
    let e = k + 1;
    while (e < lines.length && lines[e].text.trim() === t) e++;
    if (e - k === 2 && /[\p{L}\p{N}]/u.test(t)) out.push(k + 1);
    k = e;
  }
  return out.length >= 4 ? out : [];
}

/**
 * "Dates   Employer & Position   Key Duties", "Qualification  Institute / Board  Year  Result": the
 * caption row of a table a résumé is laid out in, copied as a line (or its cells one per line). It
 * names the columns, no entry's field. Two of its words at least must name a column of dates,
 * places of work or study, or results, and all of them must be such names.
 */
function captionRow(text: string): boolean {
  const t = text.trim();
  // (Asked of every line: most open on no column's name and are refused before being split.)
  if (!t || t.length > 80 || !CAPTION_START.test(t) || HAS_DIGIT.test(t)) return false;
  const words = t.toLowerCase().split(/[\s/&,|]+/).filter((w) => w && w !== 'and');
  if (!words.every((w) => CAPTION_WORDS.has(w) || w === 'key' || w === 'main')) return false;
  return words.length === 1 ? CAPTION_ALONE.has(words[0]) : new Set(words.filter((w) => CAPTION_WORDS.has(w))).size >= 2;
}
// (Not "Job title", "Degree", "Role": a template's placeholders and labels name fields too.)
const CAPTION_WORDS = new Set(['dates', 'date', 'period', 'year', 'years', 'employer', 'company', 'organisation', 'organization', 'position', 'duties', 'responsibilities', 'institution', 'institute', 'board', 'qualification', 'qualifications', 'result', 'results', 'grade', 'percentage', 'location']);
// The first word of a caption row, as captionRow splits it (separators and "and" before it are no
// words): one of CAPTION_WORDS, "key" or "main".
const CAPTION_START = /^(?:[\s/&,|]|and(?=[\s/&,|]))*(?:dates?|period|years?|employer|company|organi[sz]ation|position|duties|responsibilities|institution|institute|board|qualifications?|results?|grade|percentage|location|key|main)(?![^\s/&,|])/iu;
// A caption alone on its line (pdftotext gives each cell its line) only where no heading or label would be.
const CAPTION_ALONE = new Set(['dates', 'period']);

/**
 * A personal site's page copied with Select All: "Skip to content", its menu ("Home" / "About" /
 * "Wine Notes" / "Résumé" / "Contact") and "Download PDF" before the résumé itself. In the first
 * lines, a run of four or more short lines, "Home" or "Blog" among them, that name pages is the menu; the skip link
 * and the download link are the page's, wherever they stand.
 */
function siteChrome(lines: SourceLine[]): number[] {
  const out: number[] = [];
  // ("© 2026, Designed and Coded by …", "Copyright 2004 Colin Windsor : Last updated 17/1/2017": a
  // page's copyright footer, printed with it.)
  // ("References available upon request." closing the page, no heading over it: a note to the
  // reader, neither a section nor the last role's bullet.)
  // ("Last modified March 2009 .": when the page was last changed, closing it, no entry's date. At
  // the top, among the contact lines, it stands where it does no harm.)
  // ("12/7/26, 1:22 PM    Jane Doe – Résumé" / "file:///…/resume.html    1/3": the header and footer
  // a browser prints on each page of a web page saved as PDF, its print date and the page's address.)
  for (let k = 0; k < lines.length; k++) if (PAGE_CHROME.test(lines[k].text) || COPYRIGHT_LINE.test(lines[k].text) || REFERENCES_NOTE.test(lines[k].text) || (k * 2 > lines.length && lastUpdatedLine(lines[k].text)) || BROWSER_PRINT_HEADER.test(lines[k].text) || BROWSER_PRINT_FOOTER.test(lines[k].text)) out.push(k);
  const top = Math.min(lines.length, 20);
  for (let k = 0; k < top; ) {
    let e = k;
    let named = 0;
    // (From its first item that names a page: the site's title, the person's name, may lead it.)
    let from = -1;
    // (A menu has its "Home" or "Blog": a sidebar's run of section names is no menu.)
    let home = false;
    // (A page printed to PDF may part the menu's items by blank lines: "Home" / "" / "Reports" / "".)
    // (Then every item is parted so, from the first: a menu set line under line stops at its first blank.)
    const spaced = k + 1 < top && !lines[k + 1].text.trim();
    while (e < top && (MENU_ITEM.test(lines[e].text) || (spaced && e > k && !lines[e].text.trim() && e + 1 < top && MENU_ITEM.test(lines[e + 1].text))) && !out.includes(e)) {
      const t = lines[e].text.trim();
      if (!t) {
        e++;
        continue;
      }
      const site = SITE_PAGE.test(t);
      home ||= site;
      if (site || namesPage(t)) {
        named++;
        if (from < 0) from = e;
      }
      e++;
    }
    const items = lines.slice(Math.max(from, 0), e).filter((l) => l.text.trim()).length;
    // (Or five section names in a row, nothing under any: "Profile" / "Activities" / "Articles" /
    // "Internships" / "Work", a dashboard's side menu; a sidebar's sections each hold something.)
    // (A run right over text ends in the page's first heading: "Work" / "Work History" / "Registered Nurse".)
    let last = e;
    if (!home && e < lines.length && lines[e].text.trim() && !classifyHeading(lines[e].text.trim()).kind && e - 1 > from) {
      last = e - 1;
      if (namesPage(lines[last].text.trim())) named--;
    }
    if ((home ? named >= 3 : named >= 5) && from >= 0 && items >= 4) for (let j = from; j < last; j++) if (lines[j].text.trim()) out.push(j);
    // ("Home Reports Publications Lectures Contact": the menu copied as one line.)
    else if (e === k && MENU_LINE.test(lines[k].text)) {
      const words = lines[k].text.trim().split(/\s+/);
      if (words.filter((w) => SITE_PAGE.test(w) || namesPage(w)).length >= 3) out.push(k);
    }
    k = Math.max(e, k + 1);
  }
  return out;
}
/**
 * "DECEMBER 5, 2026" alone, "DECEMBER 5, 2026 JANE DOE · RÉSUMÉ 1": the day a LaTeX CV was
 * printed, in its page footer. A line of one date to the day and nothing else, no earlier than
 * any year the résumé names, or such a date before the résumé's own name and a page number.
 */
function printDates(lines: SourceLine[]): number[] {
  const out: number[] = [];
  const alone: [number, number][] = [];
  let latest = 0;
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].text;
    if (t.length > 200) continue;
    // (A test loop, the year read from its four digits: matchAll cloned the expression and made an
    // iterator for every line, and exec a match array for every year.)
    YEARS_G.lastIndex = 0;
    while (YEARS_G.test(t)) latest = Math.max(latest, yearEndingAt(t, YEARS_G.lastIndex));
    if (!DAY_DATE_START.test(t)) continue;
    const r = findDateRange(t, 0);
    if (!r?.start || r.end || r.current || r.start.precision !== 'day' || r.span.start !== skipSpaces(t, 0)) continue;
    const rest = t.slice(r.span.end);
    if (!rest.trim()) alone.push([k, r.start.year]);
    else if (FOOTER_TAIL.test(rest)) out.push(k);
  }
  for (let i = 0; i < alone.length; i++) if (alone[i][1] >= latest) out.push(alone[i][0]);
  return out;
}
const YEARS_G = /\b(?:19|20)\d{2}\b/g;
/** The number of the four ASCII digits before `end` (a YEARS_G match). */
const yearEndingAt = (t: string, end: number): number =>
  (t.charCodeAt(end - 4) - 48) * 1000 + (t.charCodeAt(end - 3) - 48) * 100 + (t.charCodeAt(end - 2) - 48) * 10 + (t.charCodeAt(end - 1) - 48);
const DAY_DATE_START = /^\s*(?:\d|\p{L}{3,9}\.?\s+\d{1,2}\b)/u;
const FOOTER_TAIL = /^\s+\S.{0,60}\b(?:r[ée]sum[ée]|cv|curriculum vitae)\s+\d{1,2}\s*$/iu;

// (And a mail client's footer under a CV sent in an e-mail: "Sent from my Samsung Galaxy",
// "Get Outlook for Android".)
const BROWSER_PRINT_HEADER = /^[\s\f]*\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s|$)/;
const BROWSER_PRINT_FOOTER = /^[\s\f]*(?:file:\/\/|https?:\/\/)\S{1,300}\s+\d{1,3}\/\d{1,3}\s*$/;
const PAGE_CHROME = /^\s*(?:skip to (?:main )?content|skip to navigation|download (?:pdf|(?:my )?(?:cv|r[ée]sum[ée])(?: as pdf)?)|print this page|back to top|sent from my [\p{L}\d ]{2,30}|get outlook for (?:ios|android))\s*$/iu;
const REFERENCES_NOTE = /^\s*(?:references?|referees?)\s+(?:are\s+)?(?:available|provided|furnished|supplied)\s+(?:up)?on\s+request\.?\s*$/i;
const COPYRIGHT_LINE = /^[\s\f]*(?:©|\([cC]\)\s*(?:19|20)\d\d|copyright\s+(?:©\s*)?(?:19|20)\d\d)/i;
const MENU_ITEM = /^\s*\p{Lu}[\p{L}'’]*(?: \p{L}[\p{L}'’]*)?\s*$/u;
const MENU_LINE = /^\s*(?:Home|HOME|Blog|BLOG)(?:\s+\p{Lu}[\p{L}'’]*){3,8}\s*$/u;
// A site's own pages ("Home", "Blog"), which a run of section names lacks; and the other words a menu names a page by.
const SITE_PAGE = /^(?:home|blog|portfolio)$/i;
const RESUME_PAGE = /^(?:r[ée]sum[ée]|cv)$/i;
const namesPage = (w: string): boolean => classifyHeading(w).exact || RESUME_PAGE.test(w);

/**
 * An infographic's timeline: a big start year beside the line ("2021"), then the role's title, its
 * employer and its own dates ("Feb 2021 – Present"). The year marks the timeline, no date of the
 * role: a year alone on its line, where an entry could start (after a heading or a finished
 * sentence), with a range that starts that year a few header lines below it.
 */
function timelineYears(lines: SourceLine[]): number[] {
  const out: number[] = [];
  let prev = '';
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].text.trim();
    if (!t) continue;
    const before = prev;
    prev = t;
    if (!LONE_YEAR.test(t) || (before && !/[.!?:]$|^\P{Ll}*$/u.test(before))) continue;
    const year = Number(t.slice(0, 4));
    for (let j = k + 1, seen = 0; j < lines.length && seen < 5; j++) {
      const u = lines[j].text.trim();
      if (!u) continue;
      seen++;
      if (!/\d{4}/.test(u)) continue;
      const r = findDateRange(u, 0);
      if (r?.start?.year === year && (r.end || r.current)) out.push(k);
      break;
    }
  }
  return out;
}
const LONE_YEAR = /^(?:19|20)\d{2}$/;

/**
 * A cover note typed above the résumé: "14 March 2025" / "Dear Mr Lindqvist," / its paragraphs /
 * "Kind regards," / "Sofia Marchetti", then the résumé with its own name at the top. From the
 * document's start to the signature is the letter's, not the résumé's (the name under the sign-off
 * is the letter's signature; the résumé's own follows).
 */
function coverNote(lines: SourceLine[]): number[] {
  let seen = 0;
  let dear = -1;
  for (let k = 0; k < lines.length && seen < 6 && dear < 0; k++) {
    if (!lines[k].text.trim()) continue;
    seen++;
    if (SALUTATION.test(lines[k].text)) dear = k;
  }
  if (dear < 0) return [];
  for (let k = dear + 1; k < Math.min(lines.length, dear + 60); k++) {
    if (!SIGN_OFF.test(lines[k].text)) continue;
    let sig = k + 1;
    while (sig < lines.length && !lines[sig].text.trim()) sig++;
    // (A name of a few words signs it; the résumé must go on after it.)
    if (sig >= lines.length || lines[sig].text.trim().split(SPACES).length > 5) return [];
    let after = 0;
    for (let j = sig + 1; j < lines.length && after < 10; j++) if (lines[j].text.trim()) after++;
    if (after < 10) return [];
    return Array.from({ length: sig + 1 }, (_, i) => i);
  }
  return [];
}
const SALUTATION = /^\s*(?:dear|hello|hi)\s+[^,:]{1,60}[,:]\s*$/i;
const SIGN_OFF = /^\s*(?:(?:kind|best|warm|warmest|with best)\s+regards|regards|(?:yours\s+)?(?:sincerely|faithfully|truly)|(?:many\s+)?thanks|thank you|best wishes|respectfully)[,.!]?\s*$/i;

/**
 * "Hartwell Castings logo" over "EHS Manager" / "Hartwell Castings Inc. · Full-time": an image's
 * alternative text, copied from a web page with the text around it. A line that is a name and the
 * word "logo", the name printed again within the next lines, says nothing the page does not.
 */
function logoLines(lines: SourceLine[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    // (The pattern needs the word "logo": a line without it is told without the pattern's lazy scan.)
    const m = lines[k].text.includes('logo') ? LOGO_LINE.exec(lines[k].text) : null;
    if (!m) continue;
    const name = m[1].toLowerCase();
    for (let j = k + 1; j < Math.min(lines.length, k + 5); j++) {
      if (lines[j].text.toLowerCase().includes(name)) {
        out.push(k);
        break;
      }
    }
  }
  return out;
}
const LOGO_LINE = /^\s*(\S.{0,60}?)\s+logo\s*$/;

// A section name printed in a left gutter beside the section's first line ("EXPERIENCE 2013 — 2014,
// CEO", "Work    Software Developer"): -raw and pdf.js copies (and -layout's gutter) put both on
// one line. The name's words, then the rest of the line.

// Four or more capitals (or pairs, or "&") each set apart by one space, then a capitalised word.
const LETTER_SPACED_LEAD = /^((?:\p{Lu}{1,2}|&) (?:(?:\p{Lu}{1,2}|&) ){2,}(?:\p{Lu}{1,2}))(?= \p{Lu}[\p{L}\d.])/u;

const UPPER_START = /^\p{Lu}/u;
const WIDE_GAP = /[ \t]{3,}/;
const CAPS_DOT_LEADER = /^(\p{Lu}{2,}(?:[ &]\p{Lu}{2,}){0,3})\.{2,}(?=\S)/u;
const FIRST_TOKEN = /^[^ \t]*/;
const BLANK_RUN = /([ \t]+)/;
const NOT_A_NAME_CHAR = /[\d,:@|]/;
const INDENTED = /^(?: {3,}|\t)/;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\d]/u;

/** A section name without the colon a gutter may print after it ("EDUCATION:"). */
const withoutColon = (name: string): string => (name.endsWith(':') ? name.slice(0, -1) : name);

/** Where a line's leading section name ends and its content starts, when it has one. */
// A word of two capitals or more (letters only) opening a line.
const CAPS_WORD_START = /^\p{Lu}{2,}(?=[\s,]|$)/u;
const ACRONYM_THEN_NAME = /^\p{Lu}{2,5} \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}/u;
// A word of capitals and "i" with two capitals at least: small capitals whose "i" is lower case ("ASSiSTANT").
const CAPS_WITH_SMALL_I_G = /(?<![\p{L}])(?=[\p{Lu}i]*\p{Lu}[\p{Lu}i]*\p{Lu})[\p{Lu}i]*i[\p{Lu}i]*(?![\p{L}])/gu;
function gutterSplit(t: string): { nameEnd: number; restStart: number; kind: SectionKind; caps: boolean; role: boolean; profile?: boolean; listRunIn?: boolean } | undefined {
  const a = skipSpaces(t);
  if (a === t.length || BULLET.test(t) || !UPPER_START.test(t.slice(a))) return undefined;
  const body = t.slice(a, trimEndIndex(t));
  // A name in capitals set apart by a wide gap ("SKILLS & TOOLS        Research"), known or not
  // exactly: -layout keeps the gutter's width.
  // ("EDUCATION:	Columbia University": the name may end in a colon.)
  // ("EDUCATION...Rensselaer Polytechnic Institute", "OBJECTIVE...To develop software": a name in
  // capitals and a dot leader to the gutter.)
  const leader = CAPS_DOT_LEADER.exec(body);
  if (leader) {
    const kind = capsNameKind(leader[1]);
    if (kind) return { nameEnd: a + leader[1].length, restStart: a + leader[0].length, kind, caps: true, role: false };
  }
  const gap = WIDE_GAP.exec(body);
  if (gap && gap.index <= 40) {
    const name = withoutColon(body.slice(0, gap.index));
    const kind = capsNameKind(name);
    // (Not a post and its dates against the margin: "VOLUNTEER          2017".)
    if (kind && !(TITLE_WORDS.test(name) && datesOnly(body.slice(gap.index + gap[0].length)))) {
      const nameEnd = a + name.length;
      return { nameEnd, restStart: a + gap.index + gap[0].length, kind, caps: true, role: false };
    }
  }
  // "E X P E R I E N C E Senior UX Designer · Brightpath": a letter-spaced name (CSS letter-spacing)
  // beside its first line, which pdf.js and -raw join with one space.
  const spaced = LETTER_SPACED_LEAD.exec(body);
  if (spaced) {
    const name = spaced[1];
    // (Read as a letter-spaced heading on a line of its own is: headingInfo.)
    const kind = headingInfo(name)?.kind;
    if (kind) {
      const nameEnd = a + name.length;
      return { nameEnd, restStart: nameEnd + 1, kind, caps: true, role: false };
    }
  }
  // The longest run of up to four words that is exactly a section name, followed by content (none
  // when the first word starts no known name: most lines, decided without reading the line).
  const first = FIRST_TOKEN.exec(body)![0];
  // (Asked once: both tests below need it, and every line of a text résumé comes here.)
  const mayName = first.length < body.length && mayStartSectionName(first);
  // ("SUMMERY A Researcher in …": a one-word name in capitals with a slip in it, before a capital.)
  if (first.length < body.length && !mayName && first.length >= 6 && letterCase(first) === true) {
    const slip = sectionNameSlip(first);
    const restStart = a + first.length + (BLANK_RUN.exec(body.slice(first.length))?.[0].length ?? 0);
    if (slip && UPPER_OR_DIGIT_START.test(t.slice(restStart)) && letterCase(t.slice(restStart, trimEndIndex(t))) !== true) return { nameEnd: a + first.length, restStart, kind: classifyHeading(slip).kind!, caps: true, role: false };
  }
  if (!mayName) return undefined;
  // A line that is itself a heading ("Work Experience", "Skills Summary") is no gutter line.
  if (body.length > 200 || classifyHeading(body).kind) return undefined;
  const words = body.split(BLANK_RUN);
  // words alternates word, space, word…: a name of w words ends at index 2w - 2.
  for (let k = Math.min(6, (words.length - 3) & ~1); k >= 0; k -= 2) {
    const written = words.slice(0, k + 1).join('');
    const name = withoutColon(written);
    const c = classifyHeading(name);
    if (!c.exact || !c.kind || NOT_A_NAME_CHAR.test(name)) continue;
    const rest = words.slice(k + 2).join('');
    const caps = letterCase(name) === true;
    // Capitals before anything not in capitals ("PUBLICATIONS 2011", "INTERESTS reading, hiking");
    // a Title Case name before a capitalised line.
    // (Across a gap of a page's margin, "Interests   reading, hiking", the line may open in lower case.)
    const margin = INDENTED.test(words[k + 1]);
    // ("Software: Stata, R, Python": a name in Title Case and a colon is a label before its value;
    // in capitals, or with a page's margin after it, "EDUCATION:	Columbia University" a gutter's.)
    // ("Objective: To obtain a position in …": a profile's name and a colon before a sentence is the
    // section's name run into its text, as old word-processor résumés set it.)
    // ("Professional Summary Looking for any kind of work, …": with no colon too, a name of two words
    // or more; "Currently I am …" opens a sentence.)
    const profile = !caps && c.kind === 'summary' && (written !== name || k >= 2) && contentLowerWords(rest, 4) >= 4;
    // ("Core Qualifications: Proficient in forklift operations …": a list's name of two words or
    // more and a colon before its items, the section run into one line; splitGutterHeadings keeps
    // it only where a section's heading follows right after.)
    const listRunIn = !caps && !profile && written !== name && k >= 2 && LIST_KINDS.has(c.kind) && rest.split(SPACES).length >= 3;
    const nameEnd = a + name.length;
    const restStart = a + written.length + words[k + 1].length;
    if (listRunIn) return { nameEnd, restStart, kind: c.kind, caps, role: false, listRunIn };
    if (written !== name && !caps && !margin && !profile) return undefined;
    // ("RESEARCH ASSiSTANT (MCMASTER ANCiENT DNA CENTRE)": small capitals whose "i" the font gives in
    // lower case are capitals still.)
    const restCaps = caps && rest.includes('i') ? rest.replace(CAPS_WITH_SMALL_I_G, (w) => w.toUpperCase()) : rest;
    // ("VOLUNTEER 2017", "MENTOR 2017‑Present": a post's name in capitals and its dates, nothing else,
    // is a role's line, no section beside its first line.)
    // (Not "EXPERIENCE 2018 — Present", a name no post has before the section's first dates.)
    if (FOUR_DIGITS.test(rest) && TITLE_WORDS.test(name) && datesOnly(rest)) return undefined;
    if (letterCase(restCaps) === true || (!caps && (!titleCase(name) || !(margin || UPPER_OR_DIGIT_START.test(rest))))) return undefined;
    // ("VOLUNTEER TRAIL CREW MEMBER with American Conservation", "STUDIED COMPUTER SCIENCE at RIT":
    // capitals going on past the name, one space apart, are a title in capitals that opens on it.)
    // (Not an acronym that opens a name in Title Case: "ACTIVITIES RIT Space Exploration (RIT SPEX)".)
    if (caps && !margin && CAPS_WORD_START.test(restCaps) && !ACRONYM_THEN_NAME.test(restCaps)) return undefined;
    if (profile) return { nameEnd, restStart, kind: c.kind, caps, role: false, profile };
    // "Research Assistant", "Volunteer Coordinator": the name may be the first word of a role.
    // (Not across a page's margin: "Work   Senior Design Engineer", a theme's section name set in
    // the left margin beside the first role.)
    // ("Work Senior Design Engineer", "Education University of Oregon": a name no post opens with is
    // the gutter's, whatever the line after it names.)
    const role = !caps && !margin && TITLE_WORDS.test(rest.split(SPACES)[0]) && !NO_POST_OPENS.test(name);
    return { nameEnd, restStart, kind: c.kind, caps, role };
  }
  return undefined;
}

/** The known section name in capitals and nothing else on line `l` ("WORK EXPERIENCE", "SKILLS:"), if it is one. */
function capsHeadingOn(l: SourceLine): { kind?: SectionKind; exact: boolean } | undefined {
  const t = l.text.trim().replace(COLON_END, '');
  if (t.length < 3 || t.length > 40 || !UPPER_START.test(t) || letterCase(t) !== true) return undefined;
  const c = classifyHeading(t);
  return c.exact ? c : undefined;
}

/** How many lines are a known section's name in capitals and nothing else. */
function capsHeadingLines(lines: readonly SourceLine[]): number {
  let n = 0;
  for (const l of lines) if (capsHeadingOn(l)) n++;
  return n;
}

/** The kind of the last known section name in capitals alone on its line before line `i`. */
function capsHeadingKindBefore(lines: readonly SourceLine[], i: number): SectionKind | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const c = capsHeadingOn(lines[k]);
    if (c) return c.kind;
  }
  return undefined;
}

/** Whether the text is a date range and little else. */
function datesOnly(t: string): boolean {
  const r = findDateRange(t, 0);
  return !!r && r.text.trim().length >= 0.8 * t.trim().length;
}

/** Whether the line before line i with text (one blank line between at most) holds a date range. */
function underDatedLine(lines: SourceLine[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && !lines[k].text.trim()) k--;
  if (k < 0) return false;
  const t = lines[k].text;
  return t.length <= 300 && !!findDateRange(t, 0);
}

/** A long line of a paragraph that runs on to the next: it ends on a small letter or a comma. */
function runsOn(t: string): boolean {
  const e = trimEndIndex(t);
  return e - skipSpaces(t) >= 60 && LOWER_OR_COMMA.test(t[e - 1]);
}
const LOWER_OR_COMMA = /[\p{Ll},]/u;

/** Whether line i + 1 or i + 2 is exactly a section's name (a heading follows right after). */
function headingSoon(lines: SourceLine[], i: number): boolean {
  for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
    const t = lines[k].text.trim();
    if (t && t.length <= 40 && classifyHeading(t.replace(COLON_END, '')).exact) return true;
  }
  return false;
}

/**
 * Lines that begin with a section name in a gutter become two pieces of the same line: the name,
 * then the section's first line. Only where the document does it for several kinds of section
 * (two in capitals, three in Title Case): one line starting "Research Assistant" is a role.
 */
function splitGutterHeadings(lines: SourceLine[]): SourceLine[] {
  // (A name the gutter wrapped over lines keeps the whole of it, `wrapped`: see below.)
  const found: (NonNullable<ReturnType<typeof gutterSplit>> & { wrapped?: string })[] = [];
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const g = gutterSplit(lines[i].text);
    // (A list run into its name's line stands alone where the next line or the one after is a
    // section's heading: "Core Qualifications: …" / "time" / "Experience". Elsewhere "Technical
    // Skills: Go, SQL" is a role's detail.)
    if (g?.listRunIn && !headingSoon(lines, i)) continue;
    // ("Summary: Use data analysis tools …" right under a role's dated line: that role's description.)
    if (g?.profile && underDatedLine(lines, i)) continue;
    // ("… zum zertifizierten Full Stack Web Entwickler im Digital" / "Career Institute gGmbH, Düsseldorf
    // abgeschlossen.": a name in Title Case one space before the rest, under a long line that runs on
    // with no stop, is the paragraph's next line, no name beside it.)
    // (Not under a line the gutter names too: "Tools Mosaiq … D3.js" / "Languages ACL C/C++ …".)
    if (g && !g.caps && g.restStart - g.nameEnd === 1 && i > 0 && at[at.length - 1] !== i - 1 && runsOn(lines[i - 1].text)) continue;
    if (g) {
      found.push(g);
      at.push(i);
    }
  }
  // "RESEARCH" / "EXPERIENCE", "PROFESSIONAL" / "AFFILIATIONS": a name in capitals the gutter wrapped
  // over two or three lines, each part beside a line of its section; one heading, its later parts
  // no headings of their own.
  // (Each later part's line, and where its section's text starts on it.)
  const cont = new Map<number, number>();
  // (Only where the gutter names a section on some line already: most documents have no gutter.)
  for (let i = 0; found.length && i + 1 < lines.length; i++) {
    const p = capsGutterPart(lines[i].text);
    if (!p) continue;
    let joined = p.name;
    const rests: number[] = [];
    for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
      const q = capsGutterPart(lines[k].text);
      if (!q) break;
      rests.push(q.restStart);
      joined = `${joined} ${q.name}`;
      const c = classifyHeading(joined.replace(AMPERSAND_SPACES_G, ' & '));
      // (Known exactly, or read as a name only with what follows: "CAMPUS" / "ACTIVITIES", "AWARDS &" / "SCHOLARSHIPS".)
      if (!c.kind || !(c.exact || !classifyHeading(p.name).kind || p.name.endsWith('&'))) continue;
      // ("PROFESSIONAL" / "AFFILIATIONS" / "& ACTIVITIES": a part that joins on with "&" is the name's too.)
      const amp = k + 1 < lines.length && k < i + 2 ? capsGutterPart(lines[k + 1].text) : undefined;
      if (amp?.name.startsWith('&')) {
        rests.push(amp.restStart);
        joined = `${joined} ${amp.name}`;
        k++;
      }
      const f = at.indexOf(i);
      const head = { nameEnd: p.nameEnd, restStart: p.restStart, kind: c.kind, caps: true, role: false, wrapped: joined.replace(AMPERSAND_SPACES_G, ' & ') };
      if (f >= 0) found[f] = head;
      else {
        const after = at.findIndex((x) => x > i);
        const put = after < 0 ? at.length : after;
        found.splice(put, 0, head);
        at.splice(put, 0, i);
      }
      for (let m = i + 1; m <= k; m++) {
        cont.set(m, rests[m - i - 1]);
        const g = at.indexOf(m);
        if (g >= 0) {
          found.splice(g, 1);
          at.splice(g, 1);
        }
      }
      i = k;
      break;
    }
  }
  // ("EDUCATION  Northern Community College" where "WORK EXPERIENCE" and "SKILLS" stand on lines of
  // their own: a document that names its sections in capitals names this one so too, run into its
  // first line.)
  // (Before words in small letters: "PRÊMIOS E" / "RECONHECIMENTOS" is one name over two lines.)
  // (Not a group's label in capitals inside a section of its kind: "TECHNICAL SKILLS" / "TOOLS Git, Jenkins".)
  const capsDocument = found.length === 1 && found[0].caps && SMALL_LETTER.test(lines[at[0]].text.slice(found[0].restStart)) && capsHeadingLines(lines) >= 2 && capsHeadingKindBefore(lines, at[0]) !== found[0].kind;
  // (A profile's name run into its sentence stands alone: it needs no other gutter line.)
  if (found.length < 2 && !capsDocument && !found.some((g) => g.profile || g.listRunIn)) return lines;
  const capsKinds = new Set(found.filter((g) => g.caps).map((g) => g.kind));
  const titleKinds = new Set(found.filter((g) => !g.caps && !g.role).map((g) => g.kind));
  // (A gutter may set one name in capitals among Title Case ones, "EDUCATION" in small capitals
  // beside "Skills", "Activities", "Interests": three kinds named either way are the gutter's.)
  const kinds = new Set([...capsKinds, ...titleKinds]).size;
  const useCaps = capsKinds.size >= 2 || kinds >= 3 || capsDocument;
  const useTitle = titleKinds.size >= 3 || (titleKinds.size >= 2 && kinds >= 3);
  if (!useCaps && !useTitle && !found.some((g) => g.profile || g.listRunIn)) return lines;
  const out: SourceLine[] = [];
  let next = 0;
  for (let f = 0; f < found.length; f++) {
    const g = found[f];
    if (!g.profile && !g.listRunIn && (g.caps ? !useCaps : !useTitle)) continue;
    // A line that may be a role starts a section only of a kind the gutter has not named yet
    // ("Work CEO/President" beside "Volunteer Food Bank", "Education …").
    if (g.role && (titleKinds.has(g.kind) || found.some((o, e) => e !== f && o.role && o.kind === g.kind))) continue;
    const i = at[f];
    const l = lines[i];
    for (; next < i; next++) out.push(lines[next]);
    out.push({ start: l.start, end: l.start + g.nameEnd, text: l.text.slice(0, g.nameEnd), gutterName: true, ...(g.wrapped ? { gutterKind: g.kind, gutterTitle: g.wrapped } : {}) });
    out.push({ start: l.start + g.restStart, end: l.end, text: l.text.slice(g.restStart), gutterRest: true });
    next = i + 1;
    // (The name's later parts: their lines from their section's text on.)
    for (let rest = cont.get(next); rest !== undefined; rest = cont.get(++next)) {
      const c = lines[next];
      out.push({ start: c.start + rest, end: c.end, text: c.text.slice(rest), gutterRest: true });
    }
  }
  for (; next < lines.length; next++) out.push(lines[next]);
  return out;
}

const CAPS_OR_AMPERSAND_AT = /^[\p{Lu}&]/u;
const CAPS_PART = /^[\p{Lu}&][\p{Lu}&'’.-]*(?: [\p{Lu}&][\p{Lu}&'’.-]*){0,2}$/u;
const AMPERSAND_SPACES_G = /\s*&\s*/g;

/** A part of a name in capitals in a gutter, then a wide gap and text ("RESEARCH        Institute for …"). */
function capsGutterPart(t: string): { name: string; nameEnd: number; restStart: number } | undefined {
  const a = skipSpaces(t);
  if (a > 2 || a === t.length || !CAPS_OR_AMPERSAND_AT.test(t[a])) return undefined;
  const body = t.slice(a, trimEndIndex(t));
  const gap = WIDE_GAP.exec(body);
  if (!gap || gap.index > 30 || gap.index === 0) return undefined;
  const name = body.slice(0, gap.index);
  if (!CAPS_PART.test(name) || !/\p{Lu}{2}/u.test(name.replace(/[&'’.-]/g, ''))) return undefined;
  return { name, nameEnd: a + name.length, restStart: a + gap.index + gap[0].length };
}

const WRAP_NAME_LINE = /^\s*\p{Lu}[\p{L}&'’]*(?:\s+(?:\p{L}[\p{L}&'’]*|&))?(?:\s+(?:\p{L}[\p{L}&'’]*|&))?\s*$/u;

// A line that is only a range's start and its dash: "2018-", "Sep 2019 –".
const WRAPPED_OPEN_RANGE = /^\s*(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d\d\s*[-–—]\s*$/u;
const YEAR_OPENS = /^(?:19|20)\d\d(?!\d)/;
/** Whether a line opens on a year or on a word for "now" ("2021 Ministère …", "Aujourd’hui Covéa …", "Present"). */
function endOpensLine(t: string): boolean {
  if (YEAR_OPENS.test(t)) return true;
  // (The words for "now" of every language the dates know, as they end a range: read by the range's own reader.)
  const r = findDateRange(`2000 - ${t.slice(0, 40)}`, 0);
  return !!r?.current && r.span.end <= 7 + (NOW_WORD.exec(t)?.[0].length ?? 0);
}
const NOW_WORD = /^\S+(?:\s+\S+)?/;

/**
 * "Grants and" / "Awards", "Conference" / "Presentations 2004. Discussant, …": a section name a
 * narrow left gutter wrapped onto the next line, whose words the copy runs into that line's first.
 * Where the short line and the next one's first words make a section's name exactly (the short
 * line alone does not), the name is one heading across the two lines and the rest of the second
 * line is the section's first line.
 */
function wrappedGutterNames(src: string, lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  // (The last line with text so far, kept as the loop goes: a search back per line would cost the
  // square of a run of blank lines.)
  let above: SourceLine | undefined;
  for (let i = 0; i < lines.length; i++) {
    // (Not in a column of short labels, "Front-end" / "Programming" / "Languages": a skill wrapped there.)
    const labelAbove = !!above && SHORT_LABEL.test(above.text);
    const joined = i + 1 < lines.length && !labelAbove ? joinWrappedName(src, lines[i], lines[i + 1]) : undefined;
    if (!joined) {
      out?.push(lines[i]);
      if (lines[i].text.trim()) above = lines[i];
      continue;
    }
    out ??= lines.slice(0, i);
    i++;
    // ("PROFESSIONAL" / "AFFILIATIONS" / "& ACTIVITIES": a name the margin wrapped twice.)
    while (joined.length === 1 && i + 1 < lines.length && AND_START.test(lines[i + 1].text)) {
      const more = joinWrappedName(src, joined[0], lines[i + 1]);
      if (!more) break;
      joined.splice(0, 1, ...more);
      i++;
    }
    out.push(...joined);
    above = joined[joined.length - 1];
  }
  return out ?? lines;
}

/** The heading across lines a and b and the rest of b, where a and b's first words name a section (see wrappedGutterNames). */
function joinWrappedName(src: string, a: SourceLine, b: SourceLine): SourceLine[] | undefined {
  const head = a.text.trim();
  // ("WORK" / "EXPERIENCE" in a narrow margin: a word that names a section alone but, as often,
  // the first of a longer name, takes the rest when it is there.)
  // ("PROFESSIONAL AFFILIATIONS" / "& ACTIVITIES": a line opening on "&" goes on with the name above, whole as it is.)
  const andNext = AND_START.test(b.text);
  if (!head || head.length > 30 || a.gutterRest || (a.gutterName && !andNext) || !WRAP_NAME_LINE.test(a.text) || (classifyHeading(head).exact && !NAME_FIRST_WORD.test(head) && !andNext)) return undefined;
  // (The second line right under the first in the source: one line break between.)
  const gap = src.slice(a.end, b.start).replace(SPACES_OR_TABS_G, '');
  if (b.start <= a.end || (gap !== '\n' && gap !== '\r\n')) return undefined;
  const lead = b.text.length - b.text.trimStart().length;
  const words = b.text.slice(lead).split(SPACES);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const part = words.slice(0, k).join(' ');
    const named = classifyHeading(`${head} ${part}`.replace(COLON_END, ''));
    if (!NAME_PART.test(part) || !(named.exact || (andNext && named.kind && k === words.length))) continue;
    const nameEnd = b.start + lead + b.text.slice(lead).indexOf(part) + part.length;
    const joined: SourceLine[] = [{ start: a.start, end: nameEnd, text: src.slice(a.start, nameEnd), gutterName: true }];
    const rest = b.text.slice(nameEnd - b.start);
    if (rest.trim()) {
      const at = nameEnd + (rest.length - rest.trimStart().length);
      joined.push({ start: at, end: b.end, text: src.slice(at, b.end), gutterRest: true });
    }
    return joined;
  }
  return undefined;
}
const NAME_PART = /^[\p{L}&'’ ]+$/u;
const AND_START = /^\s*(?:&|and)\s+\p{Lu}/u;
const NAME_FIRST_WORD = /^(?:work|professional|relevant|volunteer|research|teaching|technical|additional|career|academic|leadership|employment|industry)$/i;
const PICTOGRAPH_LEAD = /^\s*\p{Extended_Pictographic}/u;
// ("OLIN COLLEGE OF" over "ENGINEERING": a name in capitals that ends on a joining word goes on on
// the next line; no heading.)
const JOINING_END = /\s(?:of|and|&|the|de)$/i;
const SHORT_LABEL = /^\s*\p{L}[\p{L}&'’\u00ad/-]*(?:\s+[\p{L}&'’\u00ad/-]+){0,2}\s*$/u;
const SPACES_OR_TABS_G = /[ \t]/g;

// A line opened by one symbol or private-use character outside ASCII (an icon font's bullet copied
// as "", "➔", "✱"), then a space and three words or more. (Not a letter: "Ġ" would be a word the
// page must still show. Not before a link alone: " https://github.com/…" is a contact icon.)
// (Nor a letter, but for a consonant a bullet font's glyph copies out as, "y Delivered a tool …"
// (boisik), "l Managed …", "n Built …" (Wingdings), before a capital: no English word is one such
// letter, and three lines or more must open with the same one.)
const ICON_BULLET = /^\s*([\p{S}\p{Co}]|[b-df-hj-np-tv-z](?=\s+\p{Lu}))\s+(?=\p{L}\S*\s+\S+\s+\S)/u;

/**
 * "➔ Rewrote the Unit 3 data-test program…": an icon font's bullet that copies out as a sign no
 * list of glyphs knows is a bullet where three lines or more open with it. The readings of those
 * lines are copied with their bullet (the memo's are shared by every document).
 */
function iconBullets(readings: LineReading[]): LineReading[] {
  const counts = new Map<string, number>();
  const matches = readings.map((r) => {
    const m = r.bulletEnd ? null : ICON_BULLET.exec(r.line);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    return m;
  });
  if (![...counts.values()].some((n) => n >= 3)) return readings;
  return readings.map((r, i) => {
    const m = matches[i];
    if (!m || (counts.get(m[1]) ?? 0) < 3) return r;
    const [gapAt, tailAt] = marginTail(r.line, m[0].length);
    return { line: r.line, bulletEnd: m[0].length, info: undefined, rule: false, tailAt, gapAt };
  });
}

const LOWER_HEADING = /^\p{Ll}[\p{Ll} &]*$/u;

/**
 * "about" / "experience" / "education": a template that sets its headings in lower case (Friggeri's
 * look). A lower-case line that is exactly a section's name is its heading where three lines or more
 * of the document are such names; one alone is a word of prose.
 */
function lowerCaseHeadings(lines: readonly { text: string; gutterRest?: boolean }[], infos: (HeadingInfo | undefined)[]): void {
  const found: [number, HeadingInfo][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (infos[i] || lines[i].gutterRest) continue;
    const t = lines[i].text.trim();
    if (t.length > 40 || !LOWER_HEADING.test(t)) continue;
    const c = classifyHeading(t);
    if (c.kind && c.exact) found.push([i, { name: t, kind: c.kind, exact: true, allCaps: true, padded: false }]);
  }
  if (found.length >= 3) for (const [i, h] of found) infos[i] = h;
}

const COLON_SPACE_END = /:\s*$/;

const C1_CONTROL = /[\u0080-\u009f]/;
const C1_CONTROL_G = /[\u0080-\u009f]/g;
const LONE_EXTENDED_CAPITAL = /(?<!\S)[\u0100-\u024f](?!\S)/;
const LONE_EXTENDED_CAPITAL_G = /(?<!\S)[\u0100-\u024f](?!\S)/g;
const WORDS_TO_LINE_END = /[^\n]*/y;

/**
 * Each lone capital of Latin Extended in `text` as the glyph it stands for, one character for one:
 * a bullet ("•") where most of its lines run on as sentences (six words or more after it), else an
 * icon ("\ue000", a map pin, a calendar, before a short field).
 */
function glyphLetters(text: string): string {
  // Per letter: lines it opens that run on as sentences, less those that do not.
  const sentences = new Map<string, number>();
  LONE_EXTENDED_CAPITAL_G.lastIndex = 0;
  for (let m = LONE_EXTENDED_CAPITAL_G.exec(text); m; m = LONE_EXTENDED_CAPITAL_G.exec(text)) {
    const ch = m[0];
    if (ch === ch.toLowerCase()) continue;
    WORDS_TO_LINE_END.lastIndex = m.index + 1;
    const rest = WORDS_TO_LINE_END.exec(text)![0];
    const words = rest.length > 400 ? 6 : rest.trim().split(SPACES).length;
    sentences.set(ch, (sentences.get(ch) ?? 0) + (words >= 6 ? 1 : -1));
  }
  return text.replace(LONE_EXTENDED_CAPITAL_G, (ch) => (ch === ch.toLowerCase() ? ch : (sentences.get(ch) ?? 0) > 0 ? '•' : '\ue000'));
}

export function parseText(text: string): Resume {
  const raw = typeof text === 'string' ? text : '';
  // (Accents pdftotext gave apart, "Expe\u0301riences": read composed, positions mapped back.)
  const composed = composedText(raw);
  if (!composed) return readText(raw);
  const resume = readText(composed.text);
  mapPositions(resume, composed.map);
  return resume;
}

function readText(raw: string): Resume {
  // (A PDF's icon font with no letters behind its glyphs copies them as C1 control characters,
  // "\u0088 IU International University": read as the private-use glyphs other icon fonts give, one
  // character for one so every offset stands.)
  const c1 = C1_CONTROL.test(raw) ? raw.replace(C1_CONTROL_G, '\ue000') : raw;
  // (So is a lone capital of the Latin Extended blocks, a word of its own, "Ȱ Oxford, Uk", "Ł Sep
  // 2023 – Present": an icon font whose map pin or calendar copies as a letter. No language writes
  // such a capital as a word alone.)
  // ("Ġ Lead a team of 5 chemistry teachers": such a letter before sentences is the template's
  // bullet, read as "•".)
  const src = LONE_EXTENDED_CAPITAL.test(c1) ? glyphLetters(c1) : c1;
  const physical = unquoted(splitLines(src));
  const furniture = furnitureLines(physical);
  for (const k of doubledLines(physical)) furniture.add(k);
  for (const k of logoLines(physical)) furniture.add(k);
  for (const k of coverNote(physical)) furniture.add(k);
  for (let k = 0; k < physical.length; k++) if (captionRow(physical[k].text)) furniture.add(k);
  for (const k of timelineYears(physical)) furniture.add(k);
  for (const k of siteChrome(physical)) furniture.add(k);
  for (const k of printDates(physical)) furniture.add(k);
  for (const k of restHiddenLines(physical)) furniture.add(k);
  const page = furniture.size ? physical.map((l, k) => (furniture.has(k) ? blanked(l) : l)) : physical;
  const ordered = readingOrder(gridTables(page));
  const lines = wrappedGutterNames(src, splitGutterHeadings(ordered));
  const readings = iconBullets(lines.map((l) => lineMemo.use(l.text, readLine)));
  // What stands beside a gutter's section name is that section's first line, never a heading ("S K I L L S Research").
  // (A name the gutter wrapped over lines is of the kind the whole of it names: "AWARDS &" is awards.)
  const infos = readings.map((r, i) => (lines[i].gutterRest ? undefined : lines[i].gutterKind ? { name: lines[i].gutterTitle ?? lines[i].text.trim(), kind: lines[i].gutterKind, exact: true, allCaps: true, padded: false } : r.info));
  // "◆ Sales Experience" over "Territory Manager Jul 2021 – Present": a section's name after a
  // glyph is its heading when the lines around it are no items marked with the same glyph. A name
  // that only may be a section's ("Sales Experience"; "• Lucena Research" is an employer) only
  // where the document heads another section so with an exact name ("◆ Achievements").
  const glyphed: number[] = [];
  let glyphExact = false;
  for (let i = 0; i < lines.length; i++) {
    const g = readings[i].glyphHeading;
    if (!g || lines[i].gutterRest) continue;
    const glyph = lines[i].text.trim()[0];
    const near = (d: number, reach = 1) => {
      for (let k = i + d, seen = 0; k >= 0 && k < lines.length && seen < reach; k += d) {
        const t = lines[k].text.trim();
        if (!t) continue;
        if (t[0] === glyph) return true;
        seen++;
      }
      return false;
    };
    if (near(-1) || near(1)) continue;
    // ("● Design Tools:" / "Figma, Canva" / "● Languages:" / "Malay – Native | English – Fluent": a
    // label with its colon among labels marked alike a line or two away is a list's label, no section.)
    if (COLON_END.test(lines[i].text.trimEnd()) && (near(-1, 3) || near(1, 3))) continue;
    glyphed.push(i);
    if (g.exact) glyphExact = true;
  }
  for (const i of glyphed) if (glyphExact || readings[i].glyphHeading!.exact) infos[i] = readings[i].glyphHeading;
  lowerCaseHeadings(lines, infos);
  // A blank line, an icon font's glyph alone on its line (a heading's icon set over it), or a line
  // of dots or other marks with no word ("....." under a headline, as AltaCV-like themes draw a
  // rule): each sets the next line apart.
  const saysNothing = (k: number) => !lines[k].text.trim() || ICON_ONLY.test(lines[k].text) || !WORD_CHAR.test(lines[k].text);
  // A name's second line is no heading: "Massachusetts Institute of / Technology",
  // "Programming / Languages" (a skill wrapped in a narrow column).
  for (let i = 1; i < lines.length; i++) {
    const h = infos[i];
    const p = lines[i - 1].text.trim();
    // (A heading in capitals under a line that is not stands apart whatever the line ends with.)
    // (Nor under a rule: "=====" / "Education" / "=====" is a name ruled over and under, and the
    // rule joined to it, "===== Education", read as the name again.)
    // (Nor under a line that says nothing, saysNothing: an icon font's glyph alone, the heading's own
    // icon set over it, or a rule of dots.)
    if (!h || saysNothing(i - 1) || infos[i - 1]?.exact || readings[i - 1].bulletEnd || readings[i - 1].rule || (h.allCaps && letterCase(p) !== true)) continue;
    if (WRAPS_ON.test(p) || (p.length <= 40 && classifyHeading(`${p} ${h.name}`).exact)) infos[i] = undefined;
  }
  // Cleaned block content, kept with the line's reading.
  const clean = (i: number, kind: 'heading' | 'bullet' | 'text' | 'tail', start: number, end: number): Cleaned => {
    const r = readings[i];
    return fromKept((r[kind] ??= keepClean(cleanInline(src, start, end), r.line, start - lines[i].start)), start);
  };
  const underlined = (i: number) => i + 1 < lines.length && readings[i + 1].rule && !readings[i].rule;
  // (The first line after a "CURRICULUM VITAE" over the page: the name, as a first line is.)
  let firstContent = lines.findIndex((l) => l.text.trim() !== '');
  if (firstContent >= 0 && DOC_TITLE.test(lines[firstContent].text)) {
    const next = lines.findIndex((l, k) => k > firstContent && l.text.trim() !== '');
    if (next >= 0) firstContent = next;
  }
  // How this document writes its known headings decides which unknown ALL CAPS lines are headings.
  let knownPadded = false;
  let knownCaps = false;
  // Exact section names written as plain Title Case lines with no blank line before (pdf.js and
  // -raw copies have none): then "Selected Honors" written the same way is a heading too.
  let knownPlain = 0;
  // Exact section names written in Title Case (not capitals): the document's heading style.
  let knownTitle = 0;
  // Exact section names of two words or more in sentence case ("Academic qualifications"): then
  // "Peer-reviewed publications" or "Visiting positions", set the same way, are headings too.
  let knownSentence = 0;
  // Of those, the ones with no blank line before (pdf.js and -raw copies): then "Relevant work
  // experience", set the same way, is a heading too.
  let knownSentencePlain = 0;
  for (let i = 0; i < lines.length; i++) {
    const h = infos[i];
    if (!h?.kind || i === firstContent) continue;
    if (h.exact && !h.allCaps && !h.padded && i > 0 && !saysNothing(i - 1) && sentenceCase(h.name)) knownSentencePlain++;
    if (h.padded || underlined(i)) knownPadded = true;
    if (h.allCaps) knownCaps = true;
    if (h.exact && !h.allCaps && sentenceCase(h.name)) knownSentence++;
    if (h.exact && !h.allCaps && !h.padded && i > 0 && !saysNothing(i - 1) && titleCase(h.name)) knownPlain++;
    if (h.exact && !h.allCaps && titleCase(h.name)) knownTitle++;
  }
  // "MY 3 DAY-TO-DAY ACTIVITIES" over a rule of dots, where the document rules its known headings so:
  // a heading though its name holds a digit (which no heading's name otherwise may).
  if (knownPadded)
    for (let i = 0; i < lines.length; i++) {
      if (infos[i] || !underlined(i) || readings[i].bulletEnd) continue;
      const body = lines[i].text.trim();
      if (body.length > 60 || !HAS_DIGIT.test(body) || letterCase(body) !== true || CONTACT_DETAIL.test(body) || body.split(SPACES).length > 6) continue;
      infos[i] = { name: body, kind: undefined, exact: false, allCaps: true, padded: false };
    }
  // A section name printed again and again with no other heading between ("Courses" under each
  // degree, "Highlights" under each role) labels a part of each entry: no section of its own.
  const labels = new Set<number>();
  {
    let prevKey: string | undefined;
    let run: number[] = [];
    // Twice only for a name of no entries' section: "Volunteer" then a "Volunteer" role under it
    // is the heading and its first role.
    const close = () => {
      // ("Work Experience" / "Work Experience 1" … "Work Experience 2", a form's numbered entries
      // whose numbers the page-number cleanup took: the first, right over the second, is the heading.)
      if (run.length >= 3 && run[1] === run[0] + 1) {
        run.shift();
        for (const k of run) labels.add(k);
        return;
      }
      if (run.length >= 3 || (run.length === 2 && !/^(?:experience|education|volunteer|projects)$/.test(infos[run[0]]!.kind ?? ''))) for (const k of run) labels.add(k);
    };
    for (let i = 0; i < lines.length; i++) {
      const h = infos[i];
      // ("REFERENCES" / "References available upon request.": the line under the heading is what
      // the section holds, no second name of it.)
      if (!h?.exact || (h.kind === 'references' && REFERENCES_ON_REQUEST.test(lines[i].text))) continue;
      const key = normaliseHeading(h.name);
      if (key !== prevKey) {
        close();
        run = [];
        prevKey = key;
      }
      run.push(i);
    }
    close();
  }
  // Whether one of the two lines after line i holds a date range (an entry's own, not the next section's).
  /** Whether one of the next `n` lines with text after line i passes `test`. */
  const soonAfter = (i: number, n: number, test: (t: string) => boolean): boolean => {
    for (let k = i + 1, seen = 0; k < lines.length && seen < n; k++) {
      const t = lines[k].text;
      if (!t.trim()) continue;
      seen++;
      if (test(t)) return true;
    }
    return false;
  };
  const datedSoonAfter = (i: number): boolean => soonAfter(i, 2, (t) => FOUR_DIGITS.test(t) && !!findDateRange(t, 0));
  /**
   * "–" alone between two lines of words (pdf.js copies a list's dash apart from its item): the
   * bullet of the line after. Not between the two halves of a date range ("2019" / "–" / "2021").
   */
  const dashBullet = (i: number): boolean => {
    let j = i + 1;
    while (j < lines.length && !lines[j].text.trim()) j++;
    let k = i - 1;
    while (k >= 0 && !lines[k].text.trim()) k--;
    const next = j < lines.length ? lines[j].text.trim() : '';
    const prev = k >= 0 ? lines[k].text.trim() : '';
    // (Words follow, no year among their first; no date ends the line before.)
    return /^\p{L}\S*(?:\s+\S+){2,}/u.test(next) && !/\d{4}/.test(next.slice(0, 12)) && !/(?:\d|\b(?:present|current|now))$/i.test(prev);
  };
  /**
   * Whether one of the next `within` lines with text is a date range and little else ("September
   * 2016 – Present"). (Two for a job's name, which may stand over its employer's line over the
   * dates: "Data Entry Volunteer" / "North Colorado Medical Center" / "May 2013 – May 2017".)
   */
  const datesLineNext = (i: number, within = 1): boolean =>
    soonAfter(i, within, (line) => {
      const t = line.trim();
      if (!FOUR_DIGITS.test(t)) return false;
      const r = findDateRange(t, 0);
      return !!r && (!!r.end || r.current) && r.text.trim().length >= 0.8 * t.length;
    });
  /** The next line with text is dated and names a degree or a post ("B.A. Economics 2008"). */
  const datedRoleNext = (i: number): boolean =>
    soonAfter(i, 1, (line) => {
      const t = line.trim();
      return t.length <= 120 && FOUR_DIGITS.test(t) && (DEGREE_WORDS.test(t) || TITLE_WORDS.test(t)) && !!findDateRange(t, 0);
    });
  // Every known heading in capitals but a few: a Title Case one is an item's label.
  let capsExact = 0;
  let otherExact = 0;
  for (let i = 0; i < lines.length; i++) {
    const h = infos[i];
    // (Not a line in capitals right over a role's dates: a role's title set so, as the one asked about below.)
    if (!h?.exact || labels.has(i)) continue;
    if (!h.allCaps) otherExact++;
    else if (!datesLineNext(i, 1)) capsExact++;
  }
  const capsHeadings = capsExact >= 3 && otherExact * 3 <= capsExact;
  // And the other way: headings in Title Case, and the names in capitals under them ("Honors &
  // Awards" / "RESEARCH" / "ACADEMIC", "Public Output" / "PRESENTATION" / "SOFTWARE") groups of theirs.
  const titleHeadings = otherExact >= 4 && capsExact * 2 <= otherExact;
  /** The line right before names a job (a title's words, no bullet, no sentence's full stop). */
  const titleLineBefore = (i: number): boolean => {
    const t = lines[i - 1].text.trim();
    return t.length > 0 && t.length <= 60 && !readings[i - 1].bulletEnd && !t.endsWith('.') && TITLE_WORDS.test(t);
  };
  /** An e-mail address or a phone number on one of the next three lines with text. */
  const contactSoon = (i: number): boolean => soonAfter(i, 3, (t) => CONTACT_ON_LINE.test(t));
  /** A paragraph of prose starts on the next line with text. */
  const proseAfter = (i: number): boolean => {
    let j = i + 1;
    while (j < lines.length && !lines[j].text.trim()) j++;
    const t = j < lines.length ? lines[j].text.trim() : '';
    return t.length >= 60 && t.split(SPACES).length >= 10 && (t.match(/\s\p{Ll}/gu)?.length ?? 0) >= 5;
  };

  const blocks: Block[] = [];
  let blank = false;
  let glyphPending: string | undefined;
  let lastKind: SectionKind | undefined;
  let lastTitle: string | undefined;
  let lastCaps = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    const a = skipSpaces(t);
    if (a === t.length) {
      blank = true;
      continue;
    }
    if (readings[i].rule) {
      blank = true;
      continue;
    }
    // An icon font's glyph alone on its line (a theme's link or section icon) says nothing: no
    // entry, no bullet, and it parts nothing either.
    if (ICON_ONLY.test(t)) continue;
    const b = trimEndIndex(t);
    const h = infos[i];
    // The section's own name again inside it ("Volunteer" heading, then a "Volunteer" role).
    const again = h !== undefined && lastTitle !== undefined && normaliseHeading(h.name) === lastTitle;
    // (The first line too where a pictograph opens it, as a page's headings are set: "💼 PROFESSIONAL
    // EXPERIENCES" atop a page that prints no name; no name opens on one.)
    if (h && (i !== firstContent || h.exact || (!!h.kind && PICTOGRAPH_LEAD.test(t))) && !labels.has(i) && !again) {
      // (A glyph before the name sets it apart as capitals or a rule would.)
      const styled = h.allCaps || h.padded || underlined(i) || blank || COLON_SPACE_END.test(t) || h === readings[i].glyphHeading;
      // Styled only like the document's plain headings: not a sub-heading of the section it is in
      // ("International Awards" under "Honors & Awards"), nor an entry's name ending in a weak
      // section word ("Project Management Simulation Training").
      const plainLike = !styled && knownPlain >= 2 && !/\b(?:training|courses|service|activities|work|research|software|reading)$/i.test(h.name);
      // (And in sentence case, where the document writes its known names so: "Research interests",
      // "Teaching experience" over their lines, then "Relevant work experience".)
      const sentencePlain = !styled && knownSentencePlain >= 2 && sentenceCase(h.name) && !/\b(?:training|courses|service|activities|work|research|software|reading)$/i.test(h.name);
      // A named line of the kind of the section it is in ("Domestic Awards" under "Honors & Awards")
      // is a sub-heading inside it, not a new section.
      // But "ADDITIONAL EXPERIENCE" after "RELEVANT EXPERIENCE", set alike, is the next section: a
      // résumé splits its roles so ("Other", "Earlier", "Military" experience).
      const splitRoles = lastKind === 'experience' && h.allCaps === lastCaps && SPLIT_ROLES.test(h.name);
      // So is "Soft Skills" after "Technical Skills", set alike: two lists of skills, each named for
      // its sort (not "Programming Languages" under "Skills", a group's label). And "Technical
      // Skills" after "Areas of Expertise": a list named for skills of a sort after one whose name
      // says no "skills" is a second list (under "Skills" it would be a group's label).
      const splitSkills = lastKind === 'skills' && h.allCaps === lastCaps && lastTitle !== undefined && (SORTED_SKILLS.test(lastTitle) || !/\bskills?\b/.test(lastTitle)) && SORTED_SKILLS.test(normaliseHeading(h.name));
      const subHeading = !h.exact && h.kind === lastKind && !splitRoles && !splitSkills && !h.leader;
      // "Welcome to RenderCV" over a paragraph, before the first section, in a document whose
      // headings are Title Case lines: an unnamed section (a name or a headline has no paragraph
      // under it in such a template, and is two words or holds a job title).
      const leadSection = !h.kind && lastKind === undefined && knownTitle >= 3 && !h.allCaps && titleCase(h.name) && h.name.split(SPACES).length >= 3 && h.name.split(SPACES).length <= 6 && !TITLE_WORDS.test(h.name) && proseAfter(i);
      // Inside a list of skills or interests, a name of its own kind ("Programming Languages" under
      // Skills) or a word people list ("Books", "Open Source") is an item or a group's label; so is
      // a name not in capitals where the document's headings all are.
      // ("Patient & Family Education", "Precepting & Mentorship" in a nurse's list of skills: a line
      // that only holds a section's word, in the list's own case, no blank line before it and no
      // dates after it, is an item; "Relevant Clinical Experience" over "1854-1856 …" is the next section.)
      const inList = lastKind !== undefined && LIST_KINDS.has(lastKind) && !splitSkills && ((h.kind === lastKind && !h.allCaps) || LISTED.has(normaliseHeading(h.name)) || (lastKind === 'languages' && gridLabel(h.name)) || (lastKind === 'skills' && !h.exact && !h.allCaps && !blank && !h.padded && !underlined(i) && !soonAfter(i, 1, (l) => FOUR_DIGITS.test(l) && !!findDateRange(l, 0))));
      // ("References available on request" says what it is in any case.)
      // (Blank lines or none: a PDF's text copied as a stream sets one between all its lines, so a
      // line in capitals right over a role's dates, "VOLUNTEER (DEPT. OF ANTHROPOLOGY)" / "2013 ‑ 2014",
      // is the role's title there too.)
      const offStyle = (capsHeadings && !h.allCaps && !REFERENCES_ON_REQUEST.test(t)) || (titleHeadings && h.allCaps && lastKind !== undefined && (!blank || (entryKindOf(lastKind) !== 'other' && datesLineNext(i, 1))));
      // A degree's course list under Education.
      // Not a name in capitals where the document's headings are ("RELEVANT COURSEWORK" as a
      // section of its own), nor one over dated lines ("Courses" / "CPA Review, Becker" /
      // "JANUARY 2024 — JUNE 2025": courses taken as entries of a section, as résumé builders print them).
      const courses = lastKind === 'education' && /^(?:relevant )?(?:courses|coursework)$/.test(normaliseHeading(h.name)) && !(capsHeadings && h.allCaps) && !datedSoonAfter(i);
      // "HOTEL OPERATIONS MANAGER" under Work Experience (Europass prints every job title in
      // capitals): a line in capitals that names no section but a job or a degree is an entry's
      // title there, not a new section.
      // ("WILLIAM & MARY" / "B.A. Economics 2008": so is a name in capitals right over a dated
      // line that names the degree or the post, a school's or an employer's name set as a heading.)
      const roleInCaps = !h.kind && h.allCaps && lastKind !== undefined && entryKindOf(lastKind) !== 'other' && !h.padded && !underlined(i) && (TITLE_WORDS.test(h.name) || DEGREE_WORDS.test(h.name) || datedRoleNext(i));
      // ("S O F T WA R E" under "S K I L L S": a letter-spaced name is set as the document's headings are.)
      // (Not small capitals whose "i" is lower case, "PRESENTATiON": the name is in the line.)
      const spacedOut = !t.includes(h.name) && !t.toUpperCase().includes(h.name.toUpperCase());
      // "References" / "References available upon request": under their heading, a sentence about
      // the references is its content. (Alone, the line is the section, heading and all: read as
      // an entry's line it would be the last role's bullet.)
      const onRequest = lastKind === 'references' && /\b(?:available|provided|furnished|supplied)\s+(?:up)?on\s+request\b/i.test(t);
      // "PHONE", "EM AI L" (a sidebar's letter-spaced label, kerned apart): under Contact, or spaced
      // anywhere, a contact label names the item under it, no section.
      const joinedName = h.name.replace(SPACES_G, '');
      // ("Portfolio:" over "https://www.adphotographs.com": a label ending on a colon over a web
      // address names that address, whatever section the page's columns put it in.)
      const contactLabel = CONTACT_LABEL.test(joinedName) && (lastKind === 'contact' || joinedName !== h.name || (COLON_END.test(t) && soonAfter(i, 1, (l) => WEB_ADDRESS_LINE.test(l))));
      // "Selected Achievements:", "Key Accomplishments:" inside a role: a label over its bullets.
      // ("Degree" / "Associate's Degree" under "School or University" / "…College": a form's label
      // over its value, inside an entry, in a section of entries.)
      const itemLabel = lastKind !== undefined && entryKindOf(lastKind) !== 'other' && (ROLE_ITEM_LABEL.test(t) || (!blank && !h.allCaps && isFormLabel(t)));
      // "AGNIESZKA WOJCIK" over "Address: …" / "Tel: …" / "Email: …" (a CV typed below a letter):
      // a name in capitals over the contact lines is the résumé's head, no section.
      const nameOverContact = !h.kind && h.allCaps && lastKind === undefined && NAME_CAPS.test(h.name) && contactSoon(i);
      // "British Columbia Institute of Technology" / "Web Design Technologies" / "September 2016 –
      // Present": in a section of entries, a line that only looks like a section's name (by its
      // last word) right over a line of dates is that entry's title, not a new section.
      const overDates = !h.exact && !h.allCaps && lastKind !== undefined && entryKindOf(lastKind) !== 'other' && datesLineNext(i, TITLE_WORDS.test(h.name) ? 2 : 1);
      // "Miscellaneous. . . . ." among the roles (moderncv's subsection): a sub-heading naming no
      // kind of entries leaves them in the section they are in.
      const looseLeader = !!h.leader && h.kind === 'other' && lastKind !== undefined && entryKindOf(lastKind) !== 'other';
      // "Independent Consultant" / "Projects" / "May 2012 – September 2018": a section's name right
      // under a job's title and over the dates, no blank line before it, is that role's line.
      const inRole = h.exact && !blank && !h.allCaps && i > 0 && lastKind !== undefined && entryKindOf(lastKind) !== 'other' && titleLineBefore(i) && datesLineNext(i, 1);
      // (A name the gutter printed beside its section's first line is a heading whatever it follows:
      // "Activities" then "Interests", two sections of one kind.)
      const content = ((inList || offStyle || courses) && !h.padded && !underlined(i) && !spacedOut && !line.gutterName) || roleInCaps || onRequest || contactLabel || itemLabel || nameOverContact || overDates || looseLeader || inRole;
      const isHeading = content ? false : h.kind
        ? h.exact || ((styled || plainLike || sentencePlain) && !subHeading && (h.allCaps || titleCase(h.name) || (knownSentence >= 1 && (blank || sentencePlain) && sentenceCase(h.name) && h.name.split(SPACES).length <= 6 && !(lastKind !== undefined && LIST_KINDS.has(lastKind) && LIST_KINDS.has(h.kind)))))
        : leadSection || (h.allCaps && h.name.split(SPACES).length <= 4 && !ACRONYM.test(h.name) && !JOINING_END.test(h.name) && !(lastKind === undefined && SPACED_LETTERS.test(h.name)) && (knownPadded ? h.padded || underlined(i) : knownCaps && blank));
      if (isHeading) {
        // A letter-spaced heading's name is not in the line as written: the heading is the whole line.
        const at = t.indexOf(h.name);
        const nameStart = at >= 0 ? line.start + at : line.start + a;
        const nameEnd = at >= 0 ? nameStart + h.name.length : line.start + b;
        // ("Technology Experience" over "Languages: TypeScript, C#": what the person can do, whose
        // kind the section's lines decide later; "Technical Work Experience" after it is no part of it.)
        const sectionKind = h.kind ?? (leadSection ? 'summary' : 'other');
        lastKind = sectionKind === 'experience' && TOOLS_EXPERIENCE.test(h.name) ? 'other' : sectionKind;
        lastTitle = normaliseHeading(h.name);
        lastCaps = h.allCaps;
        blocks.push(newBlock({
          kind: 'heading',
          start: nameStart,
          end: nameEnd,
          lineStart: line.start + a,
          lineEnd: line.start + b,
          clean: clean(i, 'heading', nameStart, nameEnd),
          blankBefore: blank,
          section: { kind: sectionKind, title: h.name.includes('\n') ? h.name.replace(SPACES_G, ' ') : h.name },
        }));
        blank = false;
        if (underlined(i)) i++;
        continue;
      }
    }
    // A bullet glyph alone on its line (some PDF copies put it there): the next line is the bullet.
    if (LONE_GLYPH.test(t) || (LONE_DASH.test(t) && dashBullet(i))) {
      glyphPending = t.trim();
      continue;
    }
    const { bulletEnd, gapAt, tailAt } = readings[i];
    if (bulletEnd || glyphPending) {
      const glyph = glyphPending ?? t.slice(a, bulletEnd).trim();
      const from = bulletEnd || a;
      glyphPending = undefined;
      const cs = line.start + from;
      // A date or a duration against the margin: the bullet ends before it (see marginTail).
      const ce = line.start + (tailAt ? gapAt : b);
      // The entry's dates: a line of their own, read before the bullet, as the header's last line
      // (after it, they would part the bullet from its next line). A duration ("4 months") says
      // nothing the dates do not.
      if (tailAt && !DURATION.test(t.slice(tailAt).trim())) {
        const ts = line.start + tailAt;
        blocks.push(newBlock({ kind: 'text', start: ts, end: line.start + b, lineStart: ts, lineEnd: line.start + b, clean: clean(i, 'tail', ts, line.start + b), blankBefore: blank, indent: tailAt }));
        blank = false;
      }
      blocks.push(newBlock({
        kind: 'bullet',
        start: cs,
        end: ce,
        lineStart: line.start + a,
        lineEnd: ce,
        clean: clean(i, 'bullet', cs, ce),
        blankBefore: blank,
        marked: true,
        indent: a,
        glyph,
      }));
    } else {
      // "#Mark Stringer", "###Sopra Steria Ltd (January '14 - Present)": Markdown's heading marks in
      // a text file are no part of the line's words.
      // ("z August 2023 – Present * Data & Analytics": so is a letter an icon font left before a date.)
      // (Each test only where its one character says it may apply: this runs for every line.)
      const marks = t[a] === '#' ? HEADING_MARKS.exec(t.slice(a))?.[0].length ?? 0 : t[a + 1] === ' ' && ICON_LETTER.test(t.slice(a, a + 2)) && findDateRange(t.slice(a + 2, a + 40), 0)?.span.start === 0 ? 2 : 0;
      const first = t[a + marks];
      // How long a role lasted, set against the margin ("uptime          2 years 10 months"): not the line's words.
      // ("Principles of Network Analysis m": nor a letter an icon font left after capitalised words.)
      const te = tailAt ? gapAt : b - (b - a > 2 && t[b - 2] === ' ' && ICON_LETTER_END.test(t.slice(a, b)) ? 2 : 0);
      // "2018-" / "2021 Ministère de la Santé …", "2021-" / "Aujourd’hui Covéa …": a range the date
      // column wrapped after its dash ends at the next line's first date; the two lines are one.
      const prev = blocks[blocks.length - 1];
      if (!blank && prev && prev.kind === 'text' && !prev.section && prev.end < line.start && WRAPPED_OPEN_RANGE.test(prev.clean.text) && endOpensLine(t.slice(a + marks, te))) {
        prev.end = line.start + te;
        prev.lineEnd = line.start + te;
        // (Read as one line: a word for "now" ends a range only on the dash's line.)
        prev.clean = joinCleaned([prev.clean, cleanInline(src, line.start + a + marks, line.start + te)], ' ');
        continue;
      }
      blocks.push(newBlock({
        kind: 'text',
        start: line.start + a + marks,
        end: line.start + te,
        lineStart: line.start + a,
        lineEnd: line.start + te,
        clean: clean(i, 'text', line.start + a + marks, line.start + te),
        blankBefore: blank,
        cont: a > 0 || (first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase()),
        indent: a,
      }));
    }
    blank = false;
  }
  // Columns read apart already (text laid out as a page) are not a stream of both.
  const resume = buildResume(src, ordered === page ? deinterleave(blocks) : blocks, { format: 'text', proseAsBullets: true });
  // A footer of contact details on every page ("+1 (234) 567 890 • john@doe.org") is furniture,
  // not a role's line, but it may be the only place the résumé gives them: read its first copy.
  if (furniture.size && (!resume.contact.email || !resume.contact.phone)) {
    const seen = new Set<string>();
    for (const k of [...furniture].sort((a, b) => a - b)) {
      const l = physical[k];
      const key = l.text.replace(/\f/g, '').trim();
      if (seen.has(key) || !CONTACT_DETAIL.test(key)) continue;
      seen.add(key);
      scanContact(cleanInline(src, l.start, l.end), resume.contact);
      // The footer's other lines ("+1 (234) 567 890" above "john@doe.org") need not repeat
      // exactly on every page, so they may not be furniture themselves.
      for (const n of [physical[k - 1], physical[k + 1]]) if (n && CONTACT_DETAIL.test(n.text) && n.text.length < 200) scanContact(cleanInline(src, n.start, n.end), resume.contact);
    }
  }
  // Headings set in small capitals ("P ROFESSIONAL E XPERIENCE") say the template sets names in
  // them too: "C OLUMBIA U NIVERSITY", "DANIEL J. F ERREIRA" are "COLUMBIA UNIVERSITY" and
  // "DANIEL J. FERREIRA" (spans stay on the source, as written).
  if (readings.some((r) => r.info?.smallCaps)) joinSmallCaps(resume);
  townsAfterOrgsByExample(resume, src);
  employersRunIntoTitles(resume, src);
  // (The glyphs read as icons or bullets are printed as written: the model's text is the source's.)
  if (src !== c1) restoreWritten(resume, c1, src);
  return resume;
}

/**
 * Puts back in the model's text the characters `written` had where `read` (the text the reader
 * read, one character for one) put a glyph in their place: every value and bullet that is that
 * text's slice at its span.
 */
function restoreWritten(resume: Resume, written: string, read: string): void {
  eachObject(resume, (o) => {
    const span = o.span as { start: number; end: number } | undefined;
    if (!span || typeof span.start !== 'number') return;
    const offsets = o.offsets as number[] | undefined;
    for (const key of ['value', 'text'] as const) {
      const t = o[key];
      if (typeof t !== 'string' || !t) continue;
      let out = '';
      for (let i = 0; i < t.length; i++) {
        const k = offsets ? offsets[i] : span.start + i;
        out += k >= 0 && k < read.length && read[k] === t[i] && written[k] !== t[i] ? written[k] : t[i];
      }
      o[key] = out;
    }
  });
}

/**
 * "Full Stack Developer Six Actual 2014 - 2017", "Research Engineer Seequent": a copy that keeps one
 * space where the page set the employer in a column of its own (pdf.js, pdftotext -raw) runs the
 * employer into the title. On a role's line with its dates and no employer read, one to three
 * capitalised words after the word that ends the title (and a note in brackets on it) are the
 * employer: no job's, degree's, department's or place's words, no grade ("II").
 */
function employersRunIntoTitles(resume: Resume, src: string): void {
  for (let ix = 0; ix < resume.sections.length; ix++) {
    const section = resume.sections[ix];
    if (section.kind !== 'experience' && section.kind !== 'volunteer') continue;
    for (let iy = 0; iy < section.entries.length; iy++) {
      const e = section.entries[iy];
      const t = e.title;
      if (!t || e.organisation || !e.dates || src.slice(t.span.start, t.span.end) !== t.value) continue;
      // (The dates on the title's line: the role's own line, not a title over a line of its own.)
      if (src.slice(t.span.end, e.dates.span.start).includes('\n') || e.dates.span.start < t.span.end) continue;
      const words = [...t.value.matchAll(/\S+/g)];
      let k = -1;
      for (let w = 0; w < words.length - 1; w++) if (TITLE_HEAD_WORD.test(words[w][0]) || INTERNSHIP.test(words[w][0])) k = w;
      if (k < 0) continue;
      // ("Programme Area Manager (Special Studies) UKAEA Fusion": the title's note goes with it.)
      if (words[k + 1]?.[0].startsWith('(')) {
        let c = k + 1;
        while (c < words.length && !words[c][0].endsWith(')')) c++;
        k = c;
      }
      const rest = words.slice(k + 1);
      if (!rest.length || rest.length > 3) continue;
      const name = t.value.slice(rest[0].index!);
      if (!rest.every(([w]) => /^[\p{Lu}\d]/u.test(w) && !ROMAN.test(w) && !DEPARTMENT_FIELD.test(w)) || TITLE_WORDS.test(name) || DEGREE_WORDS.test(name) || isPlace(name) || /[,;:|/–—-]/.test(name)) continue;
      const cut = t.span.start + rest[0].index!;
      const titleEnd = t.span.start + words[k].index! + words[k][0].length;
      e.organisation = { value: name, span: { start: cut, end: t.span.end } };
      e.title = { value: src.slice(t.span.start, titleEnd), span: { start: t.span.start, end: titleEnd } };
    }
  }
}
const INTERNSHIP = /^internship$/i;
// (The whole word: "Blockhead" ends on no title's head.)
const TITLE_HEAD_WORD = new RegExp(`^${TITLE_HEAD.source}`, TITLE_HEAD.flags);

/**
 * "Avon Electrical Contractors, Bath" where another entry of the résumé reads "Severn Electrical
 * Services Ltd, Bristol" with "Bristol" as its place: the town after the employer's comma is the
 * document's way of writing the place, also for towns the lists lack (a town whose name is a word,
 * "Bath", "Reading"; a suburb, "Mount Druitt"). Only after such an example, only one to three
 * capitalised words that name no organisation, job or degree, and never a university's campus
 * ("University of Texas, Austin" is the school's name).
 */
function townsAfterOrgsByExample(resume: Resume, src: string): void {
  const entries = resume.sections.flatMap((s) => s.entries);
  const example = entries.some((e) => e.organisation && e.location && e.location.span.start > e.organisation.span.end && /^,[ \t]*$/.test(src.slice(e.organisation.span.end, e.location.span.start)));
  if (!example) return;
  for (const e of entries) {
    const org = e.organisation;
    if (!org || e.location || src.slice(org.span.start, org.span.end) !== org.value) continue;
    const m = ORG_THEN_TOWN.exec(org.value);
    if (!m) continue;
    const [, head, town] = m;
    if (ORG_WORDS.test(town) || TITLE_WORDS.test(town) || DEGREE_WORDS.test(town) || /\bUniversit/i.test(head) || isPlace(town)) continue;
    const at = org.value.length - town.length;
    e.location = { value: town, span: { start: org.span.start + at, end: org.span.end } };
    e.organisation = { value: head, span: { start: org.span.start, end: org.span.start + head.length } };
  }
}
// The employer, its comma, and one to three capitalised words at the end.
const ORG_THEN_TOWN = /^(\S.*?\S),[ \t]+(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})$/u;

function joinSmallCaps(resume: Resume): void {
  const join = (f: Field | undefined) => {
    // ("M OODY ’ S A NALYTICS": the apostrophe's s is set apart as well.)
    if (f && SMALL_CAPS_SPLIT.test(f.value)) f.value = f.value.replace(SMALL_CAPS_JOIN, '$1').replace(/(\p{Lu}) ?([’']) ?S(?![\p{L}])/gu, '$1$2S');
  };
  join(resume.contact.name);
  for (const section of resume.sections)
    for (const e of section.entries) {
      join(e.title);
      join(e.organisation);
      join(e.location);
    }
}
