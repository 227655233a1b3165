// Plain text (nearly always text out of a PDF): a section's lines -> its entries.
//
// Two steps, each by evidence rather than by line order alone:
// 1. Lines become units. A line continues the item above it when the words say so (it starts in
//    lower case, the line above ends mid-phrase or with a hyphen, the line above is as long as
//    the text's lines get, it is indented under the bullet's text); otherwise it is a bullet, a
//    description item (a sentence) or a header line (short, a date, a place, a title).
// 2. Units become entries: header lines, then items, then (in templates that print where and
//    when after the bullets, as RenderCV's two-column themes do in pdf.js and raw text) the
//    trailing dates and place that this entry still lacks. Which of the two a section does is
//    read off its first entry, so every entry of the section is read the same way.
import { bulletOffset, type Bullet, type DateRange, type Entry, type EntryKind, type Field, type ResumeDate, type SectionKind, type Span } from '../model';
import { type Block, blockRange, BRAND_START, DETAIL_LINE, headerish, isProse, RANGE_NOTE, SENTENCE_END, shapeOf, skillItems, SKILLS_LINE, skillGroupLine, takesGroup, titleThrough } from './structure';
import { type Cleaned } from './inline-clean';
import { BRACKETED, contentLowerWords, DEGREE_WORDS, FIELD_TAIL, findRangeInCleaned, hasRangeInCleaned, ORG_WORDS, PAIRED_UNIT, readHeaders, runOnStart, SCHOOL_WORD, TITLE_WORDS, WEAK_ORG_WORDS, type HeaderResult } from './header-fields';
import { cleanInline, spanOf } from './inline-clean';
import { entryKindOf } from './section-names';
import { fieldsEndingInPlace, isPlace, nameDashFieldsPlace, placeSuffixStart } from './places';
import { isKnownVerb, isPastForm } from '../data/verbs';
import { compareDates, findDateRange, isCurrentWord, MONTH, openByDash, sameRange } from './dates';
import { columnHeads } from './columns';
import { formEntries } from './form-entries';
import { TECH_NAMES, techKey } from '../data/tech-names';

/** What the whole document tells about its lines, computed once per parse. */
export interface TextLayout {
  /** How long a line of running text gets (a line this long was probably wrapped). */
  fullWidth: number;
  /** The bullet glyphs that mark header lines rather than bullets ("•" before each employer while bullets use "◦"). */
  headerGlyphs: Set<string>;
  /** Blank lines part entries (typed text); in some PDF extractions they fall between any two lines and say nothing. */
  blanksMatter: boolean;
}

type Meta = 'date' | 'place' | 'duration';

interface Head {
  kind: 'head';
  block: Block;
  /** A line that only says when, where or how long. */
  meta?: Meta;
  dated: boolean;
  /** A Europass CV's labelled field ("Name and address of employer …"): the entry's, wherever it stands. */
  labelled?: boolean;
}

interface Item {
  kind: 'item';
  blocks: Block[];
  marked: boolean;
  /** What a named item says after its colon: the entry's description, not a bullet. */
  describes?: boolean;
}

type Unit = Head | Item;

// A line ending mid-phrase: the next line continues it.
const OPEN_END = /(?:[,&(/:+\-‐\u00ad]|\b(?:and|or|of|the|to|for|with|in|on|a|an|by|from|at|as|via|into|including|such|across|over|under|between|using|through|while|which|that|their|its|our|his|her|both|than))$/i;
const DURATION = /^\(?\s*(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:years?|yrs?\.?|months?|mos?\.?)(?:,?\s*(?:and\s*)?\d+\s*(?:months?|mos?\.?))?\s*\)?$/i;
const LOWER_START = /^[\p{Ll}]/u;
const YEAR_ALONE = /^(?:19|20)\d{2}[.,;)]?$/;
const MONTHS_ONLY = new RegExp(`^\\s*(?:${MONTH})\\.?\\s*[-–—]\\s*(?:${MONTH})\\.?\\s*$`, 'i');
const DASHED_END = /^\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now|current|today)\s*$/i;
const MONTH_OR_SEASON_END = new RegExp(`(?:^|[\\s,(])(?:${MONTH}|spring|summer|fall|autumn|winter)\\.?$`, 'i');
// "at University of Texas at Austin": "at" and a name of at most eight words, no sentence.
const AT_NAME = /^\s*at \p{Lu}\S*(?: \S+){0,7}\s*$/u;
// A line that ends on an abbreviation's dot ("e.g.", "etc.", "approx.", "Inc.") ends no sentence.
const ABBREVIATION_END = /(?:\b(?:e\.g|i\.e|etc|approx|incl|vs|inc|ltd|co|corp|dept|no|st|dr|mr|mrs|ms|jr|sr)|\b\p{L})\.$/iu;
// "swahili-ner – named-entity recognition …": a name of one to four words, then a dash or a dot.
const NAME_THEN_NOTE = /^\S+(?: \S+){0,3} [–—·|] \S/;
// A role's description named as such: the label alone ("Summary:"), or run into three words or more of its text.
const DESCRIPTION_WORD = '(?:summary|description|overview|role summary|job summary)';
const RUN_IN_DESCRIPTION = new RegExp(`^\\s*${DESCRIPTION_WORD}\\s*:\\s*\\S+(?:\\s+\\S+){2}`, 'i');
const DESCRIPTION_LABEL = new RegExp(`^\\s*${DESCRIPTION_WORD}\\s*:?\\s*$`, 'i');
const ITEM_LABEL = /^\s*(?:(?:key|main|selected|notable|detailed|major|relevant)\s+)?(?:highlights|achievements|accomplishments|responsibilities|duties|tasks|details|description|courses|coursework)\s*:?\s*$/i;
// "Vocational. . . . . . . .": a sub-heading drawn with leader dots (moderncv's banking style).
const LEADER_LABEL = /^\s*[\p{L}][^.]{0,60}?(?:\s?\.){6,}\s*$/u;
// (India's and others' abbreviations too: "B.Com", "B.Tech", "B.E.", "MCA", "MBBS", "B.Pharm".)
const DEGREE_LEAD = /^\s*(?:B\.?\s?Sc?\.?|M\.?\s?Sc?\.?|B\.?\s?A\.?|M\.?\s?A\.?|Ph\.?\s?D\.?|MBA|B\.?\s?Eng\.?|M\.?\s?Eng\.?|B\.?\s?Com|M\.?\s?Com|B\.?\s?Tech|M\.?\s?Tech|B\.\s?E|M\.\s?E|BBA|BCA|MCA|MBBS|B\.?\s?Pharm|M\.?\s?Pharm|PGDM|Bachelor|Master|Doctor(?:ate)?|Diplom[a]?|Associate(?:'s)? (?:of|in|degree)|BACHELOR|MASTER|DOCTOR(?:ATE)?|DIPLOMA|ASSOCIATE(?:'S)? (?:OF|IN|DEGREE)|I?GCSEs?|A[- ]?[Ll]evels?|AS[- ][Ll]evels?|BTEC|NVQ|HN[CD])\b/;
const DIGIT_START = /^[0-9]/;
/** A repository's name: lower-case words joined by hyphens, underscores or dots ("raft-lab", "mpesa_parser"). */
const REPO_NAME = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+$/;
// Words a name or a title never ends on ("Diploma in", "Institute of", "Research and").
const HEAD_OPEN_END = /\s(?:in|of|and|for|&|the|at|with|to)$/i;

/** A line that names only a place: "Princeton, NJ", "Seoul, S.Korea", "Remote", "London, UK". */
export function isPlaceLine(text: string): boolean {
  const t = text.trim().replace(/[.;]$/, '');
  return t.length <= 60 && isPlace(t);
}

const CONTACT_TOKEN = /^(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+(?:com|io|dev|me|org|net|co|app|ai|info|page|site|xyz|tech|blog|de|uk)(?:\/\S*)?|\+?[\d() .-]{7,})$/i;

const BARE_DOMAIN = /^[\p{Lu}\p{Ll}\d-]+\.(?:com|io|org|net|co|is|ai|app)$/iu;

/**
 * Whether a line may be onlyContact's: a part with no ".", "@" or ":" matches CONTACT_TOKEN only as a
 * phone number (digits, brackets, spaces, dots, dashes, a leading "+"), so a line without those three
 * and with any other character outside the separators holds a part that matches nothing.
 */
const MAY_BE_CONTACT = /[.@:]|^[\s+\d()\-·•|]*$/;

const CONTACT_SEPARATORS = /\s*[·•|]\s*|\s{2,}/;
const DEGREE_ABBREVIATION = /^[A-Z]\.\s?[A-Z][a-z]+\.?$/;
const A_DIGIT = /\d/;

/** A line of nothing but links, e-mail addresses and phone numbers. */
function onlyContact(c: Cleaned): boolean {
  const text = c.text;
  // (The cheap test first: every role's header line is asked, and the split below made three lists.)
  if (!MAY_BE_CONTACT.test(text)) return false;
  const parts = text.split(CONTACT_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  // ("B.Com", "M.Tech": a degree's abbreviation, spelt like a domain.)
  if (!parts.length || !parts.every((p) => CONTACT_TOKEN.test(p) && !DEGREE_ABBREVIATION.test(p))) return false;
  // ("2019 - 2021" reads as a phone number; the costly date reading is asked last, and is the
  // line's own, kept: the line is read for its dates anyway.)
  return !(A_DIGIT.test(text) && hasRangeInCleaned(c));
}

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const META_SEPARATORS_G = /[\s|,;:()·•–—-]+/g;

/** What a header line is when it only says when, where or how long. */
function metaOf(b: Block, range: DateRange | undefined): Meta | undefined {
  const t = b.clean.text.trim();
  if (range) {
    // The date with nothing but punctuation, a duration or a place around it.
    const rs = range.span.start - b.clean.base;
    const re = range.span.end - b.clean.base;
    const rest = (b.clean.runs ? '' : b.clean.text.slice(0, Math.max(0, rs)) + ' ' + b.clean.text.slice(Math.max(0, re))).replace(META_SEPARATORS_G, ' ').trim();
    if (!b.clean.runs && (rest === '' || DURATION.test(rest))) return 'date';
    if (b.clean.runs && shapeOf(b.clean).words <= 4 && range.text.length >= t.length * 0.6) return 'date';
    return undefined;
  }
  if (DURATION.test(t)) return 'duration';
  if (isPlaceLine(t)) return 'place';
  return undefined;
}

/** A header field given with its label, as CVs written as forms do: "Company : …", "Designation: …". */
const FIELD_LABEL_LINE = /^\s*(?:employer|company(?: name)?|organi[sz]ation|designation|job title|position)\s*:\s*\S/i;

/** How far a line's text runs: in -layout text, up to a wide gap before what stands at the margin. */
function lineLength(b: Block): number {
  const t = b.clean.text.trimEnd();
  const gap = WIDE_GAP.exec(t);
  return gap ? gap.index : t.length;
}
const WIDE_GAP = /\S {5,}\S/;

const CAPITALISED_FIRST_WORD = /^[\p{Lu}][\p{Ll}]+(?=\s+\S)/u;

/** "Helped with QA automation", "Built X": a line that opens with a past-tense verb is something done, not a header. */
function opensWithPastVerb(b: Block): boolean {
  const t = b.clean.text.trimStart();
  return opensOnPastForm(t) && !blockRange(b) && shapeOf(b.clean).words >= 3 && !CREDENTIAL_TITLE.test(t);
}
/** Whether `t` (trimmed at its start) opens on a capitalised word in the past tense ("Served", "Led"). */
function opensOnPastForm(t: string): boolean {
  const m = CAPITALISED_FIRST_WORD.exec(t);
  return !!m && isPastForm(m[0]);
}
/** A line opening on a past verb, its dates in brackets, going on to the next line in lower case: a sentence, no header. */
function datedAside(b: Block, next: Block | undefined): boolean {
  if (!next || next.kind !== 'text' || next.blankBefore || !LOWER_START.test(next.clean.text.trimStart())) return false;
  const t = b.clean.text.trimStart();
  const range = opensOnPastForm(t) ? blockRange(b) : undefined;
  return !!range && t.lastIndexOf('(', range.span.start - b.clean.base) > 0 && shapeOf(b.clean).words >= 5;
}

/**
 * Whether `b` is the wrapped rest of the long header line `head`: it opens in lower case on a
 * word that joins names ("and Employment Branch, Gatineau, QC") or `head` broke after a comma
 * ("…, City of Ottawa, Community and Social Services, Ottawa," / "ON"), and it is short, with no
 * sentence's end and no verb opening it.
 */
function headerWrap(head: Block, b: Block): boolean {
  const h = head.clean.text.trimEnd();
  const t = b.clean.text.trim();
  if (h.length < 40 || !t || t.length > 70 || SENTENCE_END.test(t) || blockRange(b)) return false;
  if (JOINING_START.test(t)) return !CLAUSE_END.test(h);
  // (A name alone after the comma, "Boulder", is read as a line of its own: a town under its header.)
  return h.endsWith(',') && UPPER_START.test(t) && (t.includes(',') || TWO_CAPITALS.test(t)) && !opensWithVerb(b) && !opensWithPastVerb(b);
}
const JOINING_START = /^(?:and|of|&|for|the|de|du|des|la|le|y|et|und)\s+\S/;
const CLAUSE_END = /[.;:]$/;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;

/** "Train 4 sommeliers through …": a line opening on a capitalised verb, any form, and going on as a sentence. */
function opensWithVerb(b: Block): boolean {
  const t = b.clean.text.trimStart();
  const m = CAPITALISED_FIRST_WORD.exec(t);
  if (!m || !isKnownVerb(m[0]) || blockRange(b)) return false;
  const shape = shapeOf(b.clean);
  return shape.words >= 4 && shape.lowerContent >= 2 && !CREDENTIAL_TITLE.test(t);
}

/** Block `a` running on through block `b`: one block of both lines (a header line the page wrapped). */
function joinedBlock(src: string, a: Block, b: Block): Block {
  return { ...a, end: b.end, lineEnd: b.lineEnd, clean: cleanInline(src, a.start, b.end) };
}
// "Registered Nurse, Medical ICU", "Licensed Practical Nurse", "Certified Nursing Assistant": a
// participle naming a credential before a job title is the title's first word, not a verb.
const CREDENTIAL_TITLE = /^(?:registered|licensed|certified|chartered|qualified|accredited|board[- ]certified)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:nurse|practical nurse|nursing|dietitian|dietician|electrician|plumber|accountant|medical|pharmacy|surgical|respiratory|occupational|physical|massage|dental|public|financial|professional|clinical|surveyor|engineer|technician|assistant|aide|therapist|counsel+or|paralegal|teacher|trainer|inspector|auditor|planner|appraiser|home|veterinary|vet)\b/iu;

/** A line in Title Case with no sentence end: a header's words, not a sentence's. */
function titleish(b: Block): boolean {
  const sh = shapeOf(b.clean);
  return sh.words > 0 && !sh.endsSentence && !sh.startsLower && (sh.words <= 8 ? sh.lowerContent / sh.words < 0.34 : sh.lower / sh.words < 0.3);
}

const CLOSES_BRACKET = /^[^()]*\)/;
const CLOSES_BRACKET_ONLY = /^[^()]*\)[^()]*$/;
const CAPITALISED_START = /^[\p{Lu}][\p{Ll}]+/u;
const ED_END = /ed$/;
const STOP_END = /[.!?]$/;

/** Whether `b` continues the item whose last line is `prev`; `next` is the line after `b`. */
function continues(prev: Block, b: Block, next: Block | undefined, item: Item, layout: TextLayout, glyphDoc: boolean): boolean {
  if (b.kind !== 'text') return false;
  const t = b.clean.text.trim();
  const p = prev.clean.text.trimEnd();
  if (!t || !p) return false;
  // "…, Spring 2023, Spring" / "2024": a year alone under a line that ends on a month or a
  // season is that date's end, wrapped; no date of an entry of its own.
  if (YEAR_ALONE.test(t) && MONTH_OR_SEASON_END.test(p)) return true;
  // Indented under the bullet's text ("• Led ...", "  sul, and ..."), in -layout text.
  const textIndent = item.marked ? (item.blocks[0].indent ?? 0) + (item.blocks[0].start - item.blocks[0].lineStart) : item.blocks[0].indent ?? 0;
  const underText = item.marked && (b.indent ?? 0) > 0 && Math.abs((b.indent ?? 0) - textIndent) <= 1;
  // "• Build … which handles 40M+ events" / (blank) / "per day": -layout may set a blank line in a
  // wrapped bullet; a lower-case line under the bullet's text, after no sentence's end, goes on with it.
  // (Unmarked, the line stands where the item's first line does: a column's line between them,
  // moved aside by the reading order, left the gap.)
  const sameIndent = !item.marked && (b.indent ?? 0) === (item.blocks[0].indent ?? 0);
  if (b.blankBefore) return (underText || sameIndent) && LOWER_START.test(t) && !SENTENCE_END.test(p) && !blockRange(b);
  // "… (22 reviews since" / "2019). Board member, …": a line that closes a bracket the item left
  // open goes on with it, whatever it opens with (a year there is no entry's date).
  if (unclosed(p) && CLOSES_BRACKET.test(t)) return true;
  let score = 0;
  // ("…on the held-out set." / "mpesa-statement-parser – PDF statement parser": after a sentence's
  // end, a lower-case name set off by a dash or a dot is the next project's, not more of the bullet.)
  // (Not a brand's own lower-case start, "gSchool, Denver, CO   2013 – 2014": a name, no word going on.)
  if (LOWER_START.test(t) && !BRAND_START.test(t)) score += SENTENCE_END.test(p) && !ABBREVIATION_END.test(p) && NAME_THEN_NOTE.test(t) ? -2 : 3;
  else if (DIGIT_START.test(t)) score += 1;
  if (OPEN_END.test(p)) score += 3;
  // "… support to 7th-grade students at Theodore" / "Roosevelt Junior High School": a name begun
  // after "at", "of", "for" … at a line's end, finished by a short line ending on a body's word.
  else if (NAME_BEGUN_END.test(p) && !SENTENCE_END.test(p) && shapeOf(b.clean).words <= 6 && NAME_FINISHED.test(t)) score += 3;
  const full = lineLength(prev) >= 0.8 * layout.fullWidth;
  const sentenceEnd = SENTENCE_END.test(p);
  if (full) score += sentenceEnd ? 1 : 2;
  else if (sentenceEnd) score -= 2;
  // (Under an unmarked item the same indent says only that both lines are items of one entry.)
  if (underText) score += 2;
  if (glyphDoc && item.marked) score += 1;
  // "…from a16z and Founders" / "Fund" / "• Scaled …": a word or two after a full line, right
  // before the next bullet, is the end of the wrapped one, not a header.
  if (full && !sentenceEnd && shapeOf(b.clean).words <= 3 && next?.kind === 'bullet') score += 3;
  const range = blockRange(b);
  if (range) score -= metaOf(b, range) ? 5 : 3;
  else if (titleish(b)) score -= 2;
  // "Introduced cost dashboards ...": a new bullet (an -ed word opening the line, or a known past form).
  const first = CAPITALISED_START.exec(t)?.[0] ?? '';
  // Not after a full line of a marked bullet where the section marks its bullets: a new bullet
  // there would have its glyph ("• Migrated … 300+ pods." / "Managed all Kubernetes manifests …").
  // ("Train 4 sommeliers …", "Maintain the cellar book …": a present-tense opener says so as well,
  // after a line that left no word open.)
  // "– Role Based Access Control for Snowflake" / "Implemented RBAC to deploy and manage roles, …":
  // where the section marks its bullets, a marked line naming a piece of work (short, no sentence)
  // heads the unmarked sentences under it, one item.
  const headItem = glyphDoc && item.marked && item.blocks.length === 1 && !sentenceEnd && shapeOf(prev.clean).words <= 8 && isProse(b.clean);
  if (headItem) score += 3;
  // "◦ PEM Fuel Cells - Top-down assessment …" / "Key Contribution: prepared the first …": where the
  // section marks its bullets, an unmarked line opening on a label of a word or two and a colon
  // says more of the bullet above (its result, its tools).
  // (Not a line that carries its own dates: "Professional Tutor: Accounting, STEM   Jan 2013 – Present" heads the next role.)
  if (glyphDoc && item.marked && LABEL_LINE.test(t) && !range) score += 4;
  if ((opensWithPastVerb(b) || (ED_END.test(first) && first.length >= 6 && !LOWER_START.test(t)) || (!OPEN_END.test(p) && opensWithVerb(b))) && !(glyphDoc && item.marked && (full || headItem))) score -= 2;
  // A line right above a line of dates (or a place) is that entry's header.
  // Not a lower-case line ending a sentence ("to be set up and administrated." over "2006 - 2009",
  // "600-term glossary." after "… 14 component guidelines and a"): that is the end of the
  // paragraph above, never a header.
  if (next && next.kind !== 'heading' && !range && !((LOWER_START.test(t) || (DIGIT_START.test(t) && OPEN_END.test(p))) && STOP_END.test(t))) {
    const nr = blockRange(next);
    if ((nr && metaOf(next, nr)) || (!nr && next.kind === 'text' && isPlaceLine(next.clean.text))) score -= 3;
    // "Software Maestro (funded by …) Seoul, S.Korea" over "Software Engineer Trainee Jul. 2012 …":
    // a line ending in a place right above a dated header line is that entry's first header line.
    else if (nr && next.kind === 'text' && placeSuffixStart(t) > 0) score -= 3;
  }
  return score >= 2;
}

const NAME_BEGUN_END = /\s(?:at|of|for|with|from|in|to|by)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*$/u;
const NAME_FINISHED = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}(?:School|University|College|Hospital|Center|Centre|Institute|Academy|Foundation|Company|Inc\.?|Ltd\.?|LLC|Corporation|Group|Bank|Museum|Library|Clinic|Council|Department|Association|Society|Agency|Church)\.?$/u;
/** "Dropbox · Cloud storage and collaboration": a name (capitalised words, no sentence) before a strong separator. */
function nameThenNote(b: Block): boolean {
  if (b.kind !== 'text' || blockRange(b)) return false;
  const m = /^\s*([^·|•]{2,50}?)\s+[·|•]\s+\S/.exec(b.clean.text);
  if (!m) return false;
  const sh = shapeOf({ text: m[1], base: 0 });
  return sh.words >= 1 && sh.words <= 5 && sh.lowerContent === 0 && !sh.startsLower && !sh.endsSentence;
}

const YEAR_NOTE_END = /(?:\([^()]*\b(?:19|20)\d{2}\b[^()]*\)|,\s*(?:19|20)\d{2})\s*$/;
const THREE_WORDS = /^\s*\S+(?:\s+\S+){2,}/;

/** "Name – details (2022): what was done …", "Name, 2021: …": a name and its year before a colon, then a description. */
function datedNamedItem(t: string): boolean {
  const colon = t.indexOf(': ');
  if (colon < 8 || colon > 120) return false;
  return YEAR_NOTE_END.test(t.slice(0, colon)) && THREE_WORDS.test(t.slice(colon + 2));
}

const NAME_DASH_SENTENCE = /^(\s*[^\s.!?:;,][^.!?:;,–—-]{0,40}?)\s+[-–—]\s+(\p{Lu}\p{Ll}+)\s+\S/u;

/** "Fourth Meal - Worked with …": where a short name (five words at most) ends and the verb-led sentence after its dash starts. */
function nameDashSentence(t: string): { nameEnd: number; sentence: number } | undefined {
  const m = NAME_DASH_SENTENCE.exec(t.length > 300 ? t.slice(0, 300) : t);
  if (!m || m[1].trim().split(SPACES).length > 5 || !isKnownVerb(m[2])) return undefined;
  return { nameEnd: m[1].length, sentence: m[0].lastIndexOf(m[2]) };
}

/**
 * "Austin, TX March 2014 – Jun 2016 Built ...": the sentence run on after a header's dates, from
 * `at`, as the entry's first item (or, `describes`, its description).
 */
function runOnItem(b: Block, at: number, describes = false): Item {
  const start = spanOf(b.clean, at, at + 1).start;
  const item: Item = { kind: 'item', blocks: [{ ...b, kind: 'text', start, lineStart: start }], marked: false };
  if (describes) item.describes = true;
  return item;
}

const FIELDS_END_G = /[:.](?=\s+\p{Lu})/gu;
const SENTENCE_OPENING = /^\s+\p{Lu}[\p{L}'’-]*\s+(?:\S+\s+)?\p{Ll}/u;
const MAX_RUN_ON_HEAD = 100;
// An initial or an abbreviation before a full stop ("Prof. MG", "Dept."), not a word that ends fields.
const SHORT_WORD_END = /(?:^|\s)(?:\p{Lu}|[\p{L}]{1,4})$/u;
const LONG_LOWER_END = /\p{Ll}{5}$/u;
const TWO_WORDS = /\S+\s+\S/;

/**
 * "1986-1998 Chairman: Harwell Criticality Committee: This committee had the remit …": a line that
 * opens on its dates, then header fields (few lower-case words), then a colon or a full stop before
 * a sentence (a capitalised word with a lower-case word right after it). Where the fields end
 * (before the mark) and the sentence starts; undefined for any other line.
 */
function datedFieldsThenSentence(b: Block): { headEnd: number; sentence: number } | undefined {
  const t = b.clean.text;
  if (t.length < 40) return undefined;
  const found = findRangeInCleaned(b.clean);
  if (!found || t.slice(0, found.i).trim()) return undefined;
  // ("2013- Consultant": the range read takes in the dash that leaves it open.)
  const from = found.j;
  if (t.slice(from, from + 1).trim()) return undefined;
  FIELDS_END_G.lastIndex = from;
  for (let m = FIELDS_END_G.exec(t); m && m.index <= from + MAX_RUN_ON_HEAD; m = FIELDS_END_G.exec(t)) {
    const fields = t.slice(from, m.index).trim();
    // (Not a full stop that ends an initial or an abbreviation: "Prof. MG Yasargil", "Dept. of".)
    if (!fields || (t[m.index] === '.' && SHORT_WORD_END.test(fields) && !LONG_LOWER_END.test(fields))) continue;
    if (contentLowerWords(fields, 3) > 2 || LOWER_START.test(fields)) return undefined;
    if (!SENTENCE_OPENING.test(t.slice(m.index + 1, m.index + 60))) continue;
    const sentence = m.index + 1 + (t.slice(m.index + 1).length - t.slice(m.index + 1).trimStart().length);
    // (Two words of the sentence at least: the rest of it may be on the lines below.)
    return TWO_WORDS.test(t.slice(sentence)) ? { headEnd: m.index, sentence } : undefined;
  }
  return undefined;
}

/** More brackets opened than closed. */
function unclosed(t: string): boolean {
  let depth = 0;
  for (const c of t) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** A marked bullet within the three lines after `n`, only plain lines before it. */
function markedSoon(blocks: Block[], n: number): boolean {
  for (let k = n + 1; k <= n + 3 && k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'bullet') return !!b.marked;
    if (b.kind !== 'text' || b.blankBefore || blockRange(b)) return false;
  }
  return false;
}

const COLUMN_NAME = /^(?:degree|major|degree major|field|field of study|institution|school|university|college|graduation|graduation year|year|years|date|dates|period|duration|from|to|location|city|title|job title|position|role|company|employer|organi[sz]ation|gpa|grade|result|percentage|board|qualification|course|subject|score)$/i;
const CELL_GAP = /\s{2,}|	+/;

/** Whether a line is only the names of a table's columns, two or more set apart by wide gaps. */
function columnNames(text: string): boolean {
  const t = text.trim();
  if (t.length > 100 || !CELL_GAP.test(t)) return false;
  const cells = t.split(CELL_GAP);
  return cells.length >= 2 && cells.every((c) => COLUMN_NAME.test(c.replace(/[:.]$/, '')));
}

/** A line of only dates ("Feb 2020 – Present"). */
function dateLine(b: Block | undefined): boolean {
  if (!b || b.kind === 'heading') return false;
  const r = blockRange(b);
  return !!r && metaOf(b, r) === 'date';
}

function isHeaderGlyphLine(b: Block, layout: TextLayout): boolean {
  return b.kind === 'bullet' && !!b.glyph && layout.headerGlyphs.has(glyphClass(b.glyph));
}

/** "1.", "2.", "10." are one numbering, not a glyph each: "#.". */
function glyphClass(glyph: string): string {
  return /\d/.test(glyph) ? glyph.replace(/\d+/, '#') : glyph;
}

const SHORT_LABEL = /^[^:]{1,30}:\s/;
const FIELD_SEP_G = /[ \t][•·|][ \t]/g;

/** Two fields or more set apart by bullets or bars, then the line's date and nothing after it. */
function fieldedToDate(b: Block): boolean {
  const found = findRangeInCleaned(b.clean);
  if (!found || b.clean.text.slice(found.j).trim()) return false;
  return (b.clean.text.slice(0, found.i).match(FIELD_SEP_G) ?? []).length >= 2;
}
const COMMAS_G = /,/g;
const QUALIFICATION = /\b(?:exam|examination|certificat(?:e|ion)|licen[cs]e|diploma)\b/i;
const TIME_AWAY = /^(?:career (?:break|gap|pause)|sabbatical|gap year|(?:parental|maternity|paternity|family|medical|personal|caregiving|carer'?s?) leave|caregiving|full[- ]time (?:parent|caregiver|carer)|travel(?:l?ing)?|relocation)$/i;
const GRADE_OR_HONOUR = /\bGPA\b|\bdean'?s list\b|\bhonou?rs\b|\bcum laude\b/i;

/** A line of comma-set fields with a year that name a degree or a school ("BFA / BA, Elam School of Fine Arts, The University of Auckland. 2004."): a degree's header, no sentence. */
function educationFields(b: Block): boolean {
  const t = b.clean.text;
  if (!t.includes(',') || GRADE_OR_HONOUR.test(t) || !(DEGREE_WORDS.test(t) || SCHOOL_WORD.test(t))) return false;
  // (Names, not a sentence: few lower-case words that are no joiners, whatever the full stop says.)
  const sh = shapeOf(b.clean);
  if (sh.words > 20 || sh.startsLower || sh.lowerContent / sh.words >= 0.34) return false;
  // (The year ends the line, or a note on it does: "2003 (8 months)." A long line is no sentence
  // for that, so blockRange's reading of long lines is not asked.)
  const found = findRangeInCleaned(b.clean);
  if (!found || found.range.current) return false;
  const tail = t.slice(found.j).trim();
  return tail.length <= 1 || RANGE_NOTE.test(tail);
}
const TAIL_NOTE_WORDS = 4;

/**
 * "• Columbia College Chicago - BA in Photography, minor in Web Development, 2006 – 2010 cum laude.":
 * in an education section, a marked line whose fields before its dates name a degree and a school
 * (or two fields, one a degree) is that degree's header line; a short note after the dates (an
 * honour, a full stop) does not make it a sentence.
 */
function degreeFieldsBeforeDates(b: Block): boolean {
  const found = findRangeInCleaned(b.clean);
  if (!found) return false;
  const t = b.clean.text;
  const head = t.slice(0, found.i).replace(/[\s,;:(–—-]+$/, '');
  const tail = t.slice(found.j).trim();
  if (!head || !DEGREE_WORDS.test(head) || GRADE_OR_HONOUR.test(head)) return false;
  if (!SCHOOL_WORD.test(head) && !/,\s|\s[-–—|]\s/.test(head)) return false;
  if (tail && tail.split(SPACES).length > TAIL_NOTE_WORDS) return false;
  const sh = shapeOf({ text: head, base: 0 });
  return sh.words <= 16 && !sh.startsLower && contentLowerWords(head, 3) <= 2;
}
const NAMED_ITEM = /^[^:]{2,60}:\s+\S+(?:\s+\S+){5,}/;
const BRACKETED_END = /\([^()]*\)\s*[.;]?\s*$/;
const LOWER_CLOSES_BRACKET = /^\p{Ll}[^()]*\)/u;
const ONE_LINE_BREAK = /^[ \t]*\r?\n[ \t]*$/;
const UPPER_START = /^\p{Lu}/u;
const HYPHEN_END = /\p{L}[-\u00ad]$/u;
const DESCRIPTION_LABEL_END = /\b(?:description|details)\s*:?\s*$/i;
const COURSES_LABEL_END = /\bcourse(?:s|work)\s*:?\s*$/i;
const LOWER_LABEL_END = /\b\p{Ll}[\p{L}]*:\s*$/u;
const TITLE_LABEL_END = /^\s*\p{Lu}[\p{L}&/ -]*:\s*$/u;

/** "Staff Management:", "Key Achievements:": a duty's or a group's label in Title Case, a few words and a colon. */
export function dutyLabel(b: Block): boolean {
  return b.kind === 'text' && TITLE_LABEL_END.test(b.clean.text) && shapeOf(b.clean).words <= 5;
}
const HEAD_LOOKBACK = 40;

/** Whether `next` is the line a labelled list (`b`) wraps onto: no blank or date between, no full stop before it, a list of names itself. */
function listWrapsOn(src: string, b: Block, next: Block | undefined): boolean {
  if (!next || next.kind !== 'text' || next.blankBefore || next.section || blockRange(next)) return false;
  if (LIST_STOP_END.test(b.clean.text) || !ONE_LINE_BREAK.test(src.slice(b.end, next.start))) return false;
  const t = next.clean.text.trim();
  return (t.match(COMMAS_G) ?? []).length >= 1 && !isProse(next.clean) && t.split(COMMA_SPLIT).every((part) => part.trim().split(SPACES).length <= 4);
}
const LIST_STOP_END = /[.!?:]\s*$/;
const COMMA_SPLIT = /,/;

/** Whether the last header among the units (within a few dozen) is dated: a role is open. */
function lastHeadDated(units: Unit[]): boolean {
  for (let k = units.length - 1; k >= 0 && k >= units.length - HEAD_LOOKBACK; k--) {
    const u = units[k];
    if (u.kind === 'head') return u.dated;
  }
  return false;
}
const SPACES = /\s+/;

/** Lines -> units (header lines and items with their continuation lines). */
// ("MATLAB® / Python / Git / Jenkins": a slash between spaces parts tools too.)
const TOOL_PARTS = /\s*[,|•·]\s*|\s+\/\s+/;
const TRADEMARK_G = /[®™]/g;
// Languages named by a letter or two, which no word list of names holds.
const LETTER_LANGUAGE = /^(?:C|C\+\+|C#|F#|R|Go|\.NET)$/;
const toolName = (w: string): boolean => LETTER_LANGUAGE.test(w) || TECH_NAMES.has(techKey(w));

/**
 * A line of tool names parted by commas ("Angular, Electron, TypeScript, HTML, CSS", "Python, C"):
 * two or more, each one to three words, nearly all a known tool's name (or holding one:
 * "Google Firestore").
 */
function toolListLine(t: string): boolean {
  const parts = t.trim().replace(/\.$/, '').replace(TRADEMARK_G, '').split(TOOL_PARTS);
  if (parts.length < 2 || parts.length > 40) return false;
  let known = 0;
  for (const p of parts) {
    if (!p) return false;
    const words = p.split(SPACES);
    if (words.length > 3) return false;
    if (toolName(p) || words.some(toolName)) known++;
  }
  return parts.length === 2 ? known === 2 : known >= Math.ceil(parts.length * 0.75);
}

const DASH_ONLY = /^\s*[-–—]?\s*$/;
/** A block that is one date and nothing else ("June 2000", "October 2001", "Present"). */
function dateAlone(b: Block | undefined): boolean {
  if (!b || b.kind !== 'text') return false;
  const t = b.clean.text.trim();
  if (isCurrentWord(t)) return true;
  const r = blockRange(b);
  return !!r && !r.end && r.text.trim() === t;
}
/** "June 2000" / "-" / "October 2001": a date, a line of its dash alone, a date. */
function rangeOverThreeLines(a: Block, dash: Block | undefined, b: Block | undefined): boolean {
  if (!dash || !b || dash.blankBefore || b.blankBefore) return false;
  if (!(dash.kind === 'text' || dash.kind === 'bullet') || !DASH_ONLY.test(dash.clean.text)) return false;
  // (A bullet's glyph is no part of its text: a line of "-" alone reads as an empty bullet.)
  if (dash.kind === 'text' && !/[-–—]/.test(dash.clean.text)) return false;
  return dateAlone(a) && !isCurrentWord(a.clean.text.trim()) && dateAlone(b);
}

function unitsOf(src: string, blocks: Block[], layout: TextLayout, skills: Field[], entryKind: EntryKind): Unit[] {
  const units: Unit[] = [];
  let open: Item | undefined;
  const glyphDoc = blocks.some((b) => b.kind === 'bullet');
  // After a label over an entry's items ("Highlights", "Key achievements"), its lines are items
  // (an HTML list prints no glyph) until a line that heads the next entry.
  let listed = false;
  // Courses under such a label are the degree's courses: neither entries nor bullets (the page prints them).
  let courses = false;
  for (let n = 0; n < blocks.length; n++) {
    let b = blocks[n];
    // "June 2000" / "-" / "October 2001": a range a web page's copy set one part to a line is one range.
    if (rangeOverThreeLines(b, blocks[n + 1], blocks[n + 2])) {
      b = joinedBlock(src, b, blocks[n + 2]);
      n += 2;
    }
    // "Degree Major    Institution           Graduation Year": a table's column names, no entry's line.
    if (b.kind === 'text' && columnNames(b.clean.text)) continue;
    // "Summary: Managed lead generation and infrastructure scaling for …" under a dated role: the
    // role's description, labelled on its line; no header line ("Summary" no employer).
    // (The reader parts the label from its text: both are the item.)
    const described = b.kind === 'text' && DESCRIPTION_LABEL.test(b.clean.text) ? blocks[n + 1] : undefined;
    const labelled = described && described.kind === 'text' && !src.slice(b.end, described.start).includes('\n') && !blockRange(described);
    if ((labelled || (b.kind === 'text' && RUN_IN_DESCRIPTION.test(b.clean.text) && !blockRange(b))) && lastHeadDated(units)) {
      units.push((open = { kind: 'item', blocks: labelled ? [b, described] : [b], marked: false }));
      listed = false;
      if (labelled) n++;
      continue;
    }
    if (listed && b.kind === 'text' && !blockRange(b) && !headsNext(b, blocks[n + 1]) && !ITEM_LABEL.test(b.clean.text)) {
      if (courses) {
        open = undefined;
        continue;
      }
      if (open && !open.marked && continues(open.blocks[open.blocks.length - 1], b, blocks[n + 1], open, layout, glyphDoc)) open.blocks.push(b);
      else units.push((open = { kind: 'item', blocks: [b], marked: false }));
      continue;
    }
    listed = false;
    if (b.kind !== 'heading' && (SKILLS_LINE.test(b.clean.text) || (b.kind === 'text' && skillGroupLine(src.slice(b.lineStart, b.lineEnd))))) {
      // "Skills: Go, Kafka" under another section (often last, with no heading of its own).
      skillItems(b.clean, skills);
      // ("Skills: Exceed Sales Goals, …, Retail" / "Sales, Floor Management, Cash Handling": the list
      // wrapped onto the lines below it, as a PDF copies it, goes on; no header opens there.)
      while (listWrapsOn(src, blocks[n], blocks[n + 1])) skillItems(blocks[++n].clean, skills);
      open = undefined;
      continue;
    }
    if (b.kind === 'heading') {
      units.push({ kind: 'head', block: b, dated: !!blockRange(b) });
      open = undefined;
      continue;
    }
    // A Europass CV's fields, each after its label in the left column: "Name and address of employer
    // Prof. G. Guariso, Politecnico di Milano." is the employer; "Main tasks and responsibilities …"
    // what was done there (the label no part of either).
    // ("1 Mar 2015 - 31 Jun 2016 Collaborator in teaching activities" over "Main tasks and
    // responsibilities …": the dated line over a Europass label heads the entry, whatever its words.)
    if (b.kind === 'text' && blocks[n + 1]?.kind === 'text' && EUROPASS_LABEL.test(blocks[n + 1].clean.text) && blockRange(b)) {
      units.push({ kind: 'head', block: b, dated: true });
      open = undefined;
      continue;
    }
    const eu = b.kind === 'text' ? EUROPASS_LABEL.exec(b.clean.text) : null;
    // (A label alone, wrapped onto the next line, "Principal subjects / occupational" / "skills
    // learned", labels the lines after it: neither is an entry's line.)
    if (eu && eu[0].length >= b.clean.text.length) {
      if (blocks[n + 1] && LABEL_WRAP.test(blocks[n + 1].clean.text)) n++;
      open = undefined;
      continue;
    }
    if (eu) {
      const at = spanOf(b.clean, eu[0].length, eu[0].length).start;
      const rest: Block = { ...b, start: at, clean: cleanInline(src, at, b.end) };
      if (eu[2]) units.push((open = { kind: 'item', blocks: [rest], marked: false }));
      else {
        units.push({ kind: 'head', block: rest, dated: !!blockRange(rest), labelled: true });
        open = undefined;
      }
      continue;
    }
    // "$1.2M hospital wing – Parkview Medical Center, Pueblo, CO (2022): lead journeyman on …": in a
    // list of projects, an item named and dated before a colon is a project of its own, what
    // follows the colon its description (read as the header's run-on).
    if (entryKind === 'project' && datedNamedItem(b.clean.text)) {
      const head: Block = { ...b, kind: 'text' };
      units.push({ kind: 'head', block: head, dated: true });
      open = undefined;
      const at = runOnStart(b.clean, true);
      if (at !== undefined) units.push((open = runOnItem(b, at, true)));
      continue;
    }
    // "Fourth Meal - Worked with a legacy codebase …": in a list of projects, an unmarked line that
    // names the project, then a dash and a sentence opening on a verb, is that project and its first item.
    const named = entryKind === 'project' && b.kind === 'text' ? nameDashSentence(b.clean.text) : undefined;
    if (named) {
      const end = spanOf(b.clean, named.nameEnd - 1, named.nameEnd).end;
      const head: Block = { ...b, end, lineEnd: end, clean: cleanInline(src, b.start, end) };
      units.push({ kind: 'head', block: head, dated: false });
      units.push((open = runOnItem(b, named.sentence)));
      continue;
    }
    if (b.kind === 'bullet') {
      // "• Acme Corp   Jan 2019 – Present" or "• Georgia Tech   Atlanta, GA": a header behind a glyph.
      const range = blockRange(b);
      const next = blocks[n + 1];
      const overHeader =
        !range &&
        titleish(b) &&
        // Behind a glyph a line is a bullet unless every word says name ("Georgia Tech", not
        // "Fulbright Scholarship recipient for Graduate Studies" before a role's trailing place).
        shapeOf(b.clean).lowerContent === 0 &&
        !SHORT_LABEL.test(b.clean.text) && // "Advisor: Prof. Ada Stone" is a detail
        !opensWithPastVerb(b) &&
        shapeOf(b.clean).words <= 8 &&
        !!next &&
        next.kind === 'text' &&
        !isProse(next.clean) &&
        !opensWithPastVerb(next) &&
        (!!blockRange(next) || TITLE_WORDS.test(next.clean.text) || isPlaceLine(next.clean.text));
      // "• QuantSoftware Toolkit: Open source Python library for ...": a named item, whatever its glyph.
      const namedItem = !range && NAMED_ITEM.test(b.clean.text);
      // "• Promising Toastmaster of the Year (PY 2022-2023)" among an entry's bullets: dates in
      // brackets at the end of a bullet annotate it; they do not open an entry.
      const annotated = !!range && !!open && BRACKETED_END.test(b.clean.text) && b.clean.text.lastIndexOf('(') <= range.span.start - b.clean.base;
      // "1) Company : Deccan Autotech Pvt. Ltd., Pune": a numbered entry opening with a field label.
      const labelled = FIELD_LABEL_LINE.test(b.clean.text);
      // "• Skills used: AutoCAD CIVIL 3D 2009-2014, ArcGIS, Bentley StormCAD": a labelled list under a
      // role, its range a product's versions, is a detail of the role, no header.
      const labelledList = !labelled && SHORT_LABEL.test(b.clean.text) && (b.clean.text.match(COMMAS_G) ?? []).length >= 2;
      // "• Civil Engineering, B.S., University of Central Florida, 2008": in an education section a
      // marked line of fields, dated by a year alone, is a degree of its own.
      // (Naming a degree, a school or an exam; "• GPA 3.8/4.0, Dean's List 2007, 2008" is a detail.)
      const degreeLine = entryKind === 'education' && !!range && !range.end && !range.current && !isProse(b.clean) && !labelledList && (b.clean.text.match(COMMAS_G) ?? []).length >= 2 && shapeOf(b.clean).words <= 16 && (DEGREE_WORDS.test(b.clean.text) || SCHOOL_WORD.test(b.clean.text) || QUALIFICATION.test(b.clean.text)) && !GRADE_OR_HONOUR.test(b.clean.text);
      const degreeFields = entryKind === 'education' && !labelledList && degreeFieldsBeforeDates(b);
      // "– All Souls College, Oxford • Visiting Fellow • Summer 1991": a marked line of fields set
      // apart by bullets or bars, ending on one date, is an entry's whole header (a list of posts,
      // one line each), as a range there is.
      const fieldedDate = !!range && !range.end && !range.current && !isProse(b.clean) && fieldedToDate(b);
      const asHeader = labelled || degreeLine || degreeFields || fieldedDate || (!namedItem && !labelledList && (isHeaderGlyphLine(b, layout) || overHeader || ((!isProse(b.clean) || datedFieldsFirst(b)) && !!range && (!!range.end || range.current) && !annotated)));
      if (asHeader) {
        b = { ...b, kind: 'text' };
        if (degreeFields && !range) {
          // The note after the dates is no field ("cum laude."): the header ends with its dates (the
          // page still prints the note, as it prints any word no field takes).
          const found = findRangeInCleaned(b.clean)!;
          const end = spanOf(b.clean, found.j - 1, found.j).end;
          b = { ...b, end, lineEnd: end, clean: cleanInline(src, b.start, end) };
        }
        const dates = range ?? blockRange(b);
        units.push({ kind: 'head', block: b, meta: metaOf(b, dates), dated: !!dates });
        open = undefined;
        continue;
      }
      open = { kind: 'item', blocks: [b], marked: true };
      units.push(open);
      continue;
    }
    // "1998-2013 Consultant, UKAEA Fusion: Research on the application of …": a line that opens on
    // its dates, names the role and runs on into what it was after a colon or a full stop (CVs
    // kept as one paragraph a role): the dates and names head an entry, the rest is its first item.
    const runOn = entryKind !== 'project' && b.kind === 'text' ? datedFieldsThenSentence(b) : undefined;
    if (runOn) {
      const end = spanOf(b.clean, runOn.headEnd - 1, runOn.headEnd).end;
      const head: Block = { ...b, end, lineEnd: end, clean: cleanInline(src, b.start, end) };
      units.push({ kind: 'head', block: head, meta: metaOf(head, blockRange(head)), dated: true });
      units.push((open = runOnItem(b, runOn.sentence)));
      continue;
    }
    if (open && continues(open.blocks[open.blocks.length - 1], b, blocks[n + 1], open, layout, glyphDoc)) {
      open.blocks.push(b);
      continue;
    }
    // "mpesa-statement-parser – PDF statement parser (Python" / "package)": a header line that
    // leaves a bracket open goes on to the line that closes it in lower case, one line.
    const last = units[units.length - 1];
    if (!open && last?.kind === 'head' && !last.dated && b.kind === 'text' && !b.blankBefore && !blockRange(b) && unclosed(last.block.clean.text) && LOWER_CLOSES_BRACKET.test(b.clean.text) && ONE_LINE_BREAK.test(src.slice(last.block.end, b.start))) {
      const joined = joinedBlock(src, last.block, b);
      units[units.length - 1] = { ...last, block: joined };
      continue;
    }
    // "Apr. 2021 – present Senior Policy Analyst, Employment and Social Development Canada, Skills" /
    // "and Employment Branch, Gatineau, QC": a long header line (moderncv's classic style runs its
    // fields on) wraps, and the next line opens in lower case on a word that joins names, or the
    // line broke after a comma. No sentence, no bullet: the same header line.
    // ("Sept. 2017 – Mar." / "2021": a date range wrapped after its end's month takes its year.)
    // ("July-Oct" / "2025", "2020" / "-2025": a date column too narrow for its range sets the year,
    // or the end, on a line of its own.)
    if (!open && last?.kind === 'head' && last.block.kind === 'text' && b.kind === 'text' && !b.blankBefore && src.indexOf('\n', last.block.start) >= last.block.end && ONE_LINE_BREAK.test(src.slice(last.block.end, b.start)) && (headerWrap(last.block, b) || (last.dated && MONTH_OR_SEASON_END.test(last.block.clean.text.trimEnd()) && YEAR_ALONE.test(b.clean.text.trim())) || (MONTHS_ONLY.test(last.block.clean.text) && YEAR_ALONE.test(b.clean.text.trim())) || (YEAR_ALONE.test(last.block.clean.text.trim()) && DASHED_END.test(b.clean.text)))) {
      const joined = joinedBlock(src, last.block, b);
      const range = blockRange(joined);
      units[units.length - 1] = { ...last, block: joined, dated: !!range, meta: metaOf(joined, range) };
      continue;
    }
    // "BTEC Extended Diploma in" / "Health and Social Care": a header line cut after a word that
    // cannot end a name goes on to the next line, one line. (Once: a line already joined takes no
    // third, so a run of such lines costs no more than its length.)
    // ("Certificate, Air Transport" / "Management": so is a degree's field cut before the word that
    // ends it, a field's last word alone on the next line.)
    if (!open && last?.kind === 'head' && !last.dated && !last.meta && last.block.kind === 'text' && b.kind === 'text' && !b.blankBefore && !blockRange(b) && src.indexOf('\n', last.block.start) >= last.block.end && (HEAD_OPEN_END.test(last.block.clean.text.trimEnd()) || (FIELD_TAIL.test(b.clean.text.trim()) && DEGREE_WORDS.test(last.block.clean.text))) && UPPER_START.test(b.clean.text.trim()) && shapeOf(b.clean).words <= 6 && ONE_LINE_BREAK.test(src.slice(last.block.end, b.start))) {
      const joined = joinedBlock(src, last.block, b);
      units[units.length - 1] = { ...last, block: joined };
      continue;
    }
    // "Master Thesis: Semi Automated Scoring in Technol-" / "ogy Based Assessment": a line that
    // breaks a word across lines is running text, never a header line.
    if (b.kind === 'text' && !blockRange(b) && HYPHEN_END.test(b.clean.text.trimEnd()) && LOWER_START.test(blocks[n + 1]?.clean.text.trim() ?? '')) {
      open = { kind: 'item', blocks: [b], marked: false };
      units.push(open);
      continue;
    }
    // A footer of links ("www.site.com · github.com/name") is no part of an entry.
    // (Not a company named by its domain, alone between a title and its dates: "Founder" /
    // "BackboneTutorials.com" / "Jan 2011 – Jan 2014"; nor over its title and dates: "Food.Com" /
    // "Senior Web Developer" / "Mar 1998 - May 2000".)
    if (b.clean.text.length < 120 && onlyContact(b.clean) && !(BARE_DOMAIN.test(b.clean.text.trim()) && (dateLine(blocks[n + 1]) || (blocks[n + 1]?.kind === 'text' && !blockRange(blocks[n + 1]) && blocks[n + 1].clean.text.length <= 80 && dateLine(blocks[n + 2]))))) {
      open = undefined;
      continue;
    }
    // "Highlights", "Key achievements": a label over the bullets some templates print, no part of any field.
    if (ITEM_LABEL.test(b.clean.text)) {
      // (Over marked bullets the glyphs say what the items are.)
      // ("Description" and "Details" name the text itself as often: a template's placeholder.)
      listed = blocks[n + 1]?.kind === 'text' && !DESCRIPTION_LABEL_END.test(b.clean.text);
      courses = COURSES_LABEL_END.test(b.clean.text);
      continue;
    }
    // A label over a group of entries: no part of any field, and the entry before ends here.
    if (LEADER_LABEL.test(b.clean.text) || columnHeads(b.clean.text)) {
      open = undefined;
      continue;
    }
    // "Technologies include:", "Achievements include:": a lead-in to the bullets below, inside the entry.
    if (open && LOWER_LABEL_END.test(b.clean.text) && shapeOf(b.clean).words <= 6) {
      // Over marked bullets it is a label, not an item of its own (the bullets are the items);
      // over unmarked lines it stays an item, so those lines do not read as a new header.
      if (blocks[n + 1]?.kind === 'bullet' && blocks[n + 1].marked) continue;
      open = { kind: 'item', blocks: [b], marked: false };
      units.push(open);
      continue;
    }
    // "Coaching and Development:" / "Staff Management:" under a dated role: a duty's label in Title
    // Case over the text that describes it is part of that role, no header of an entry.
    // (Over marked bullets it is their label, the bullets the items; unless it names a post, "Scrum
    // Master:", the next role's title.)
    const overBullets = blocks[n + 1]?.kind === 'bullet' && !!blocks[n + 1].marked;
    if (dutyLabel(b) && !(overBullets && TITLE_WORDS.test(b.clean.text)) && !blockRange(b) && !dateLine(blocks[n + 1]) && lastHeadDated(units)) {
      if (overBullets) continue;
      open = { kind: 'item', blocks: [b], marked: false };
      units.push(open);
      continue;
    }
    // "M. Sc. Physics.", "B.A. Biology": a degree line is a header line, even with a full stop.
    // (What it says in brackets is the degree's: "GCSEs (5 at grade C and above, including English and Maths)".)
    if (DEGREE_LEAD.test(b.clean.text) && b.clean.text.replace(BRACKETED, '').trim().split(SPACES).length <= 8 && !blockRange(b)) {
      units.push({ kind: 'head', block: b, dated: false });
      open = undefined;
      continue;
    }
    // "Post Graduate Diploma in Fine Arts, Elam School of Fine Arts, The University of Auckland. 2013.":
    // in an education section, unmarked fields naming a degree or a school with their year are
    // that degree's header line, whatever the full stop says (as marked ones are: degreeLine).
    if (entryKind === 'education' && b.kind === 'text' && educationFields(b)) {
      units.push({ kind: 'head', block: b, dated: true });
      open = undefined;
      continue;
    }
    // "Ph.D. in Computer Science" / "at University of Texas at Austin" / "Sep 2006 - Jun 2011": a
    // line opening on "at" and a name, under a header line, names where that was (a theme that
    // prints the title and its employer or school on lines of their own).
    if (!open && units[units.length - 1]?.kind === 'head' && AT_NAME.test(b.clean.text) && !blockRange(b)) {
      units.push({ kind: 'head', block: b, dated: false });
      continue;
    }
    // "Penetration, University A, New York, USA.": capitalised fields ending in a place are header
    // fields, whatever the full stop says.
    // ("2011 High School Diploma, Hillcrest High School, Memphis, TN": its dates open an entry as any do.)
    // ("June 2007" / "What are you like? – Shine Productions, London": right under a header line, a
    // credit's name and the company that made it, with its town.)
    if (fieldsEndingInPlace(b.clean.text) || (!open && b.kind === 'text' && units[units.length - 1]?.kind === 'head' && nameDashFieldsPlace(b.clean.text))) {
      units.push({ kind: 'head', block: b, dated: !!blockRange(b) });
      open = undefined;
      continue;
    }
    if (DETAIL_LINE.test(b.clean.text)) {
      open = { kind: 'item', blocks: [b], marked: false };
      units.push(open);
      continue;
    }
    // "Confluent · Data streaming platform built on Apache Kafka" right above its dates: an
    // organisation and a note on what it does, a header line however many words the note has.
    if (nameThenNote(b) && dateLine(blocks[n + 1])) {
      units.push({ kind: 'head', block: b, dated: false });
      open = undefined;
      continue;
    }
    // "swahili-ner – named-entity recognition for Swahili news text github.com/…" over "• Fine-tuned
    // …": where the bullets are marked, an unmarked name and a note on it, right above them, heads
    // the next project.
    // "raft-lab" / "Jan 2019 – Present": a project named as its repository is (lower case, words
    // joined by hyphens or dots), right above its dates, heads that project.
    if (entryKind === 'project' && REPO_NAME.test(b.clean.text.trim()) && dateLine(blocks[n + 1])) {
      units.push({ kind: 'head', block: b, dated: false });
      open = undefined;
      continue;
    }
    if (glyphDoc && !blockRange(b) && NAME_THEN_NOTE.test(b.clean.text.trim()) && markedSoon(blocks, n)) {
      units.push({ kind: 'head', block: b, dated: false });
      open = undefined;
      continue;
    }
    // "08/2010 – 07/2014  Apprenticeship as Hochbauzeichner EFZ (architectural draughtsman," /
    // "Federal VET Diploma)": a line that opens on its dates and goes on, across a bracket the
    // line break left open, to a name and no sentence heads an entry however long it runs.
    const opening = b.kind === 'text' && !b.strong && !headerish(b) && unclosed(b.clean.text) ? blockRange(b) : undefined;
    const closing = blocks[n + 1];
    if (opening && opening.span.start <= b.clean.base + (b.clean.text.length - b.clean.text.trimStart().length) + 1 && closing?.kind === 'text' && !closing.blankBefore && CLOSES_BRACKET_ONLY.test(closing.clean.text) && !blockRange(closing) && !SENTENCE_END.test(closing.clean.text.trimEnd()) && shapeOf(b.clean).words + shapeOf(closing.clean).words <= 18) {
      const joined = joinedBlock(src, b, closing);
      units.push({ kind: 'head', block: joined, meta: metaOf(joined, blockRange(joined)), dated: true });
      open = undefined;
      n++;
      continue;
    }
    // ("Served as Head Teacher and cultural liaison (2022–2023)," / "coordinating events for 300 …":
    // a sentence on a post held within the role, its years in brackets, going on in lower case.)
    if (b.kind === 'text' && datedAside(b, blocks[n + 1])) {
      open = { kind: 'item', blocks: [b], marked: false };
      units.push(open);
      continue;
    }
    // "React Native, Firebase, TypeScript" under a project's or a role's lines: the tools it used,
    // printed after them (an HTML résumé's italic line), are the entry's, no header of the next.
    if (b.kind === 'text' && (open || lastHeadDated(units)) && toolListLine(b.clean.text) && !blockRange(b)) {
      open = { kind: 'item', blocks: [b], marked: false };
      units.push(open);
      continue;
    }
    if ((headerish(b) || b.strong) && !opensWithPastVerb(b)) {
      const range = blockRange(b);
      units.push({ kind: 'head', block: b, meta: metaOf(b, range), dated: !!range });
      open = undefined;
      // "Austin, TX March 2014 – Jun 2016 Built ...": the sentence after the dates is the first bullet.
      const at = range ? runOnStart(b.clean) : undefined;
      if (at !== undefined) units.push((open = runOnItem(b, at)));
      continue;
    }
    open = { kind: 'item', blocks: [b], marked: false };
    units.push(open);
  }
  return units;
}

/**
 * pdftotext's default order can print a section's right-hand column after its left one: every
 * entry's name lines, then every entry's place and dates ("• Georgia Tech" / "Master of Science" /
 * "• BITS Pilani" / "Bachelor of Engineering" / "Atlanta, GA" / "Aug 2012 – Dec 2013" /
 * "Pilani, India" / "Aug 2008 – July 2012"). A run of header lines with no dates, then only places
 * and dates, one date per entry and as many name lines for each: each entry gets its own back.
 */
function deferredColumn(units: Unit[]): Unit[] {
  const out = units.slice();
  let k = 0;
  while (k < out.length) {
    if (out[k].kind !== 'head') {
      k++;
      continue;
    }
    let end = k;
    while (end < out.length && out[end].kind === 'head') end++;
    const run = out.slice(k, end) as Head[];
    const p = run.findIndex((h) => !!h.meta);
    const names = p < 0 ? [] : run.slice(0, p);
    // (The places and dates end where a name line comes again: the next entries' own lines.)
    let metaEnd = p;
    if (p >= 0) while (metaEnd < run.length && run[metaEnd].meta) metaEnd++;
    const metas = p < 0 ? [] : run.slice(p, metaEnd);
    const dates = metas.filter((h) => h.meta === 'date').length;
    // (Names of four entries, then three places and dates, then "Stockholm, Sweden": the last
    // entry's first name line came before the column and its own place after it; its title and
    // dates follow.)
    const size = dates ? Math.floor(p / dates) : 0;
    const extra = p - size * dates;
    if (p > 0 && dates >= 2 && names.every((h) => !h.dated) && size >= 1 && size <= 3 && (extra === 0 || (size >= 2 && extra < size))) {
      const cols = columnsOf(metas, extra > 0);
      if (cols.length === dates + (extra > 0 ? 1 : 0)) {
        const merged: Unit[] = [];
        for (let e = 0; e < dates; e++) merged.push(...names.slice(e * size, (e + 1) * size), ...cols[e]);
        if (extra > 0) merged.push(...names.slice(dates * size), ...cols[dates]);
        out.splice(k, metaEnd, ...merged);
      }
    }
    k = end;
  }
  return out;
}

/**
 * A right-hand column's lines cut into one column per entry: each a date with the place on its
 * side of it (the first line says which side). Date first, the last column is still open at the
 * end; place first, what is left closes the last one, or with `restApart` is a column of its own
 * (the place of an entry whose dates come later).
 */
function columnsOf(metas: Head[], restApart = false): Head[][] {
  const placeFirst = metas[0].meta !== 'date';
  const cols: Head[][] = [];
  let cur: Head[] = [];
  for (const h of metas) {
    if (!placeFirst && h.meta === 'date' && cur.length) {
      cols.push(cur);
      cur = [];
    }
    cur.push(h);
    if (placeFirst && h.meta === 'date') {
      cols.push(cur);
      cur = [];
    }
  }
  if (restApart) cols.push(cur);
  else if (cur.length) {
    if (!placeFirst || !cols.length) cols.push(cur);
    else cols[cols.length - 1].push(...cur);
  }
  return cols;
}

/**
 * The same with items: every entry's name and bullets, then the section's dates at its end
 * ("FlashInfer" / bullets / "NeuralPrune" / bullets / "Jan 2023 – present" / "Jan 2021"), where no
 * entry has dates of its own and there is one date per entry. Also where only the last entries
 * lost theirs (a page or a text box ends, and pdftotext prints its date column after it): the
 * entries after the last dated one, when the dates at the end are one per entry and go on back in
 * time from the dated ones.
 */
function trailingColumn(units: Unit[]): Unit[] {
  let t = units.length;
  while (t > 0 && units[t - 1].kind === 'head' && (units[t - 1] as Head).meta) t--;
  // A place right under the last header lines is theirs ("Data Entry Clerk | Robert Half" / "Columbus, OH").
  while (t > 0 && t < units.length && units[t - 1].kind === 'head' && !(units[t - 1] as Head).meta && (units[t] as Head).meta === 'place') t++;
  const tail = units.slice(t) as Head[];
  const dates = tail.filter((h) => h.meta === 'date').length;
  if (dates < 2 || t === 0) return units;
  // Where each entry's header lines end: a run of header lines after items (or at the start);
  // and the last dated head before the tail.
  let ends: number[] = [];
  let lastDated = -1;
  for (let k = 0; k < t; k++) {
    const u = units[k];
    if (u.kind === 'head' && u.dated) {
      lastDated = k;
      ends = [];
      continue;
    }
    // (The dated entry's own header run ends after its dated line: not an undated entry.)
    if (u.kind === 'head' && k + 1 < t && units[k + 1].kind === 'item' && !headRunDated(units, k)) ends.push(k + 1);
  }
  // The last entry may have no items: its header run ends where the dates begin.
  if (units[t - 1].kind === 'head' && !headRunDated(units, t - 1)) ends.push(t);
  if (ends.length !== dates) return units;
  const cols = columnsOf(tail);
  if (cols.length !== dates) return units;
  if (lastDated >= 0 && !goesBackInTime(units[lastDated] as Head, tail)) return units;
  // Each date goes where the section puts it: after the header run, or (with a dated entry to
  // follow) after as many header lines as that entry printed before its date.
  const before = lastDated < 0 ? 0 : headLinesBefore(units, lastDated);
  const at = ends.map((end) => {
    if (lastDated < 0) return end;
    let start = end;
    while (start > 0 && units[start - 1].kind === 'head') start--;
    return Math.min(end, start + before);
  });
  const out: Unit[] = [];
  let e = 0;
  for (let k = 0; k <= t; k++) {
    while (e < at.length && at[e] === k) out.push(...cols[e++]);
    if (k < t) out.push(units[k]);
  }
  return out;
}

// Europass CV labels (the 2004–2012 template and its LaTeX class, europecv): group 1 a header's
// field (employer, school, post), group 2 a description.
const EUROPASS_LABEL =
  /^\s*(?:(name and (?:address of (?:the )?employer|(?:type|kind) of (?:organi[sz]ation|school)(?: providing education and training)?)|occupation or position held|title of qualification awarded|supervisor and school)|(main (?:activities|tasks) and responsibilities|main tasks|principal subjects\s*\/\s*occupational(?: skills (?:covered|learned))?))(?=\s|$)\s*/i;

const LABEL_WRAP = /^\s*skills (?:learned|covered)\s*$/i;

/** How many header lines (not a date or place) stand before the dated head at `k` in its run. */
function headLinesBefore(units: Unit[], k: number): number {
  let n = 0;
  for (let j = k - 1; j >= 0 && units[j].kind === 'head'; j--) if (!(units[j] as Head).meta) n++;
  return n;
}

/** Whether the header run that `k` ends has a dated line. */
function headRunDated(units: Unit[], k: number): boolean {
  for (let j = k; j >= 0 && units[j].kind === 'head'; j--) if ((units[j] as Head).dated) return true;
  return false;
}

/** The tail's dates, in order, start no later than the one before them, from the last dated head on. */
function goesBackInTime(dated: Head, tail: Head[]): boolean {
  let prev = blockRange(dated.block)?.start;
  if (!prev) return false;
  for (const h of tail) {
    if (h.meta !== 'date') continue;
    const start = blockRange(h.block)?.start;
    if (!start || compareDates(start, prev) > 0) return false;
    prev = start;
  }
  return true;
}

/** "Master of Arts", "B.Sc. Physics": a degree's own line (not "Bachelor thesis focused on …"). */
function degreeLine(h: Head): boolean {
  const t = h.block.clean.text;
  if (!DEGREE_LEAD.test(t) || /\b(?:thesis|dissertation|project|course|studies)\b/i.test(t)) return false;
  if (shapeOf(h.block.clean).lowerContent === 0) return true;
  // "Master of Science in Nursing – Nurse Educator Specialty Track" (a long line's joining words
  // count in its shape), "Bachelor of Science in Nursing, cum laude" (Latin honours are no
  // sentence's words): no lower-case word that says something.
  return contentLowerWords(t.replace(LATIN_HONOURS, ' '), 1) === 0;
}
const LATIN_HONOURS = /\b(?:(?:summa|magna)\s+)?cum\s+laude\b/gi;

/** A line naming a school ("University of California, Berkeley"), not a degree. */
function schoolLine(h: Head): boolean {
  return SCHOOL_WORD.test(h.block.clean.text) && !degreeLine(h);
}

interface Group {
  header: Head[];
  items: Item[];
  trailer: Head[];
  phase: 'header' | 'body' | 'trailer';
}

const groupDated = (g: Group) => g.header.some((h) => h.dated) || g.trailer.some((h) => h.dated);
const groupHasPlace = (g: Group) => g.header.some((h) => h.meta === 'place') || g.trailer.some((h) => h.meta === 'place');

/**
 * Does this section print where and when after the bullets? Yes when, in most places where
 * header lines follow items, the header lines before those items carried no date and the first
 * line after them says only when or where.
 */
function trailingStyle(units: Unit[]): boolean {
  let votes = 0;
  let against = 0;
  let headDated = false;
  let k = 0;
  while (k < units.length) {
    headDated = false;
    for (; k < units.length && units[k].kind === 'head'; k++) if ((units[k] as Head).dated) headDated = true;
    const hadItems = k < units.length;
    for (; k < units.length && units[k].kind === 'item'; k++);
    if (!hadItems || k >= units.length) break;
    const next = units[k] as Head;
    // After an undated header and its items, a line with the dates ("Acme Software 2020-04 —") or a place.
    if (!headDated && (next.meta === 'date' || next.meta === 'place' || (next.dated && !datedHeadAheadOf(units, k)))) votes++;
    else against++;
    // Skip the trailing lines themselves.
    while (k < units.length && units[k].kind === 'head' && (units[k] as Head).meta) k++;
  }
  return votes >= 1 && votes > against;
}

/** Whether a dated header line follows before the next item (the undated line before it opens that entry). */
function datedHeadAhead(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k < from + 2; k++) {
    const u = units[k];
    if (u.kind !== 'head') return false;
    if (u.dated) return true;
    // Only a place may stand between ("Kasa" / "Seoul, S.Korea" / "Jun. 2018 – Jan. 2021").
    if (u.meta !== 'place') return false;
  }
  return false;
}

/** Whether the dated line at `k` is followed by header lines then items of its own (it leads an entry). */
function datedHeadAheadOf(units: Unit[], k: number): boolean {
  return leadsNext(units, k + 1);
}

/** Whether header lines then items follow (a date before them opens that entry). */
function leadsNext(units: Unit[], from: number): boolean {
  let k = from;
  while (k < units.length && units[k].kind === 'head' && !(units[k] as Head).meta) k++;
  return k > from && k < units.length && units[k].kind === 'item';
}

/** An unmarked one-line item that is a detail of its entry ("Supervisor: …", "GPA: 3.8"). */
// A federal résumé's (USAJOBS) particulars of a job: "Salary: $71,220.00 USD Per Year", "Hours per
// week: 40", "Series: 0501", "Pay Plan: GS", "Grade: 11", "Supervisor: …", "Okay to contact this
// Supervisor: Yes". Facts about the post, not items of the work: no bullets (the page still prints them).
const ADMIN_DETAIL = /^\s*(?:(?:salary|hours per week|series|pay plan|supervisor|okay to contact|may we contact)\b[^:]{0,40}:|grade\s*:\s*\d+\s*$)/i;
function isAdminDetail(u: Item): boolean {
  return loneLine(u, ADMIN_DETAIL);
}

/** Whether `b` opens the next entry's header: a line over dates or a place, a degree or a job title ("Georgia Tech" / "Master of Science"). */
function headsNext(b: Block, next: Block | undefined): boolean {
  if (DEGREE_LEAD.test(b.clean.text) || dateLine(next)) return true;
  if (!next || next.kind !== 'text') return false;
  const t = next.clean.text;
  return isPlaceLine(t) || DEGREE_LEAD.test(t) || (TITLE_WORDS.test(t) && !opensWithPastVerb(next) && shapeOf(next.clean).words <= 8);
}

function isDetailItem(u: Item): boolean {
  return loneLine(u, DETAIL_LINE);
}

/** An unmarked item of one line that `re` matches. */
function loneLine(u: Item, re: RegExp): boolean {
  return !u.marked && u.blocks.length === 1 && re.test(u.blocks[0].clean.text);
}

function groupsOf(units: Unit[], blanksMatter: boolean): Group[] {
  const groups: Group[] = [];
  const trailing = trailingStyle(units);
  let cur: Group | undefined;
  // Entries before the current one that have no dates (they are complete once the next opens):
  // counted as they close, so asking "is every entry dated?" costs nothing per line.
  let undatedBefore = 0;
  // The most header lines (not a date or place) any closed entry printed before its date.
  let linesBeforeDate = 0;
  const undatedSection = units.every((x) => x.kind !== 'head' || !x.dated);
  const open = (h?: Head): Group => {
    if (cur && !groupDated(cur)) undatedBefore++;
    if (cur) linesBeforeDate = Math.max(linesBeforeDate, headLinesBeforeDate(cur));
    cur = { header: h ? [h] : [], items: [], trailer: [], phase: h ? 'header' : 'body' };
    groups.push(cur);
    return cur;
  };
  // "University of Texas, Austin 2012 – 2016" / "B.S. …" / "University of California, Berkeley" /
  // "M.S. …, 2016 – 2018": a second school line at the end of an entry's header leads the next one.
  const openWithLead = (u: Head) => {
    const h = cur!.header;
    const last = h[h.length - 1];
    if (h.length >= 3 && !last.dated && !last.meta && schoolLine(last) && h.slice(0, -1).some(schoolLine)) {
      h.pop();
      open(last).header.push(u);
    } else open(u);
  };
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'item') {
      if (!cur) open();
      cur!.items.push(u);
      // "Salary: …", "Hours per week: 40" between a USAJOBS role's dates and its title: details of
      // the role, which do not end its header.
      if (!(cur!.phase === 'header' && cur!.header.length && isDetailItem(u))) cur!.phase = 'body';
      continue;
    }
    if (!cur) {
      open(u);
      continue;
    }
    if (cur.phase === 'header') {
      const dated = groupDated(cur);
      const sub = u.block.kind === 'heading';
      const last = cur.header[cur.header.length - 1];
      // "2014 –" / "2019" (or "Present"): the end of a range wrapped onto a line of its own is no second date.
      if (((u.dated && u.meta === 'date') || wrappedPresent(u)) && last.dated && endsOpen(last)) cur.header.push(u);
      // "2019 –   Inbound Logistics Specialist" / "2021   Lakeshore Distribution Co., Bolingbrook, IL": a
      // margin's date column wraps the range's end onto the next line, in front of that line's fields.
      else if (u.dated && last.dated && endWrappedBeside(last, u)) cur.header.push(u);
      else if (u.dated && dated && u.meta !== 'duration') {
        // A second date: the next entry. Where this section writes the date after its header
        // lines ("Org" / "Title" / "2010 – 2012"), the lines since this entry's date are that
        // entry's, bar a place that closes this one.
        const di = cur.header.findIndex((h) => h.dated);
        let from = di + 1;
        while (from < cur.header.length && cur.header[from].meta) from++;
        // (Also where this entry's date ended its first line, when the next date stands alone and
        // an entry before printed its date under its header lines: "Faculty Research Fellow, NBER
        // 2023–present" / "Postdoctoral Fellow, Stanford …, Stanford, CA" / "2020–2021".)
        if (from < cur.header.length && (di > 0 || (di === 0 && u.meta === 'date' && linesBeforeDate > 0 && cur.header.slice(from).every((h) => !h.dated)))) {
          const moved = cur.header.splice(from);
          const g = open(moved[0]);
          g.header.push(...moved.slice(1), u);
        } else openWithLead(u);
      } else if ((sub && cur.header.some((h) => h.block.kind === 'heading')) || cur.header.length >= 6) open(u);
      // "Pediatrics – Sunmeadow Children's Hospital" / "Labor & Delivery – Harlan Memorial…": in a
      // section with no dates at all, lines of one shape (fields parted the same way) are one entry each.
      else if (undatedSection && !dated && sameShape(cur.header[cur.header.length - 1], u)) open(u);
      // "Honorable discharge, rank SGT" under "… Operator (88M), 2012 – 2018": words of a sentence
      // (two lower-case words that say something, no role's or employer's words) after a dated
      // header, and not leading into the next entry's dates, say what happened there.
      // (Nor when as many lines as this header printed before its date, then a date, follow: "NVQ
      // Level 2 Diploma…" / "The Manchester College" / "2014 – 2016" / "GCSEs (5 at grade C and
      // above, including English and Maths)" / "Irwell Park Academy, Salford" / "2014".)
      else if (dated && plainHead(u) && itemLike(u.block) && contentLowerWords(u.block.clean.text, 2) >= 2 && !datedHeadAhead(units, k + 1) && !(last.meta === 'date' && sameHeadAhead(units, k, headLinesBeforeDate(cur)))) {
        cur.items.push({ kind: 'item', blocks: [u.block], marked: false });
        cur.phase = 'body';
      }
      // A second degree line ("Master of Arts" … "Bachelor of Science"): the next entry.
      else if (degreeLine(u) && cur.header.some(degreeLine)) {
        // "University of Texas, Austin 2012 – 2016" / "B.S. …" / "University of California, Berkeley" /
        // "M.S. …": a school line after this entry's school goes with the degree it leads into.
        openWithLead(u);
      }
      // "Blinn College" / "Associate's … 2014 – 2018" / "Texas A&M" / "B.S. … 2018 – 2022": an
      // undated line right before a dated one opens the next entry — where this entry's own
      // date did not stand on its first line ("B.Sc. … 2014 – 2017" / "University of Leeds" keep together).
      // (Also where this entry's date opened its line but an entry before printed a line above its
      // date: "Duke University" / "2009–Present. Associate Professor" / "2008–2009. Visiting …" /
      // "University of Arizona" / "2008. Associate Professor": the institution over its roles.)
      else if (!u.dated && dated && !u.meta && (cur.header.findIndex((h) => h.dated) > 0 || (linesBeforeDate > 0 && opensOnDate(cur.header[0]) && opensOnDate(units[k + 1]))) && datedHeadAhead(units, k + 1)) open(u);
      // "High School Diploma" / "Start High School, Toledo, OH" / "1985" / "CDL Training Program" /
      // "Owens Community College, Perrysburg" / "2012": where a line of dates alone closed this
      // header after its other lines, an undated line opens the next entry when as many undated
      // lines and then a line of dates follow it.
      // (AltaCV: "Data Management Officer, …" / "UNHCR, …" / "Jan 2009 – May 2013  Budapest, Hungary":
      // the closing line may say where as well as when; then the next title may wrap onto a second line.)
      else if (!u.dated && dated && !u.meta && whenAndWhere(last) && (sameHeadAhead(units, k, headLinesBeforeDate(cur)) || (!last.meta && nearlySameHeadAhead(units, k, headLinesBeforeDate(cur))))) open(u);
      // Typed text: after a blank line, a dated header's next line opens the next entry.
      // Not when the dated line stands alone and this undated line leads straight into items: an
      // entry without dates after one without items is less likely than a blank inside a header
      // ("Software Engineer   Jun 2021 - Dec 2022" / "" / "Figma • San Francisco, CA" / "• Built …").
      // Nor when the header so far only says when ("Mar 2021 –" / "Present" / "" / "Logistics Coordinator").
      else if (blanksMatter && u.block.blankBefore && dated && !u.meta && cur.header.some((h) => !h.meta && !wrappedPresent(h)) && units[k + 1]?.kind !== 'item') open(u);
      else cur.header.push(u);
      continue;
    }
    // Where this section prints its dates after the items, a dated line there closes this entry
    // ("Freightline Software 2020-04 —" after the bullets).
    if (trailing && u.dated && !groupDated(cur) && !leadsNext(units, k + 1)) {
      cur.trailer.push(u);
      cur.phase = 'trailer';
      continue;
    }
    // After the items: the trailing when and where of this entry, or the next entry's header.
    // A date line after an undated entry's items, with no undated header lines and items after
    // it, is this entry's (poppler sometimes sets a right-aligned date after the bullets).
    if (!trailing && u.meta === 'date' && !groupDated(cur) && !leadsNext(units, k + 1)) {
      cur.trailer.push(u);
      cur.phase = 'trailer';
      continue;
    }
    // A Europass field after the items ("Name and address of employer …") is this entry's.
    if (u.labelled) {
      cur.trailer.push(u);
      cur.phase = 'trailer';
      continue;
    }
    // "Richardson, TX" after the last role's items, alone before the next section: poppler sets
    // a right-aligned place there; it is this entry's when it has none.
    // ("University of Bradford" / "MPharm (Hons)" / "• Final-year project…" / "Bradford, UK" /
    // "2010 – 2014": the place and then the dates, after the items of an entry with neither.)
    const after = units[k + 1];
    if (u.meta === 'place' && (k === units.length - 1 || (after.kind === 'head' && after.meta === 'date' && !groupDated(cur) && !leadsNext(units, k + 2))) && cur.phase === 'body' && !groupHasPlace(cur)) {
      cur.trailer.push(u);
      cur.phase = 'trailer';
      continue;
    }
    if (trailing && u.meta) {
      const fits = u.meta === 'date' ? !groupDated(cur) : u.meta === 'place' ? !groupHasPlace(cur) && !groupDated(cur) : groupDated(cur);
      if (fits) {
        cur.trailer.push(u);
        cur.phase = 'trailer';
        continue;
      }
    }
    if (cur.phase === 'trailer' && u.meta === 'duration') {
      cur.trailer.push(u);
      continue;
    }
    // "Successfully won Techcrunch Disrupt" among a dated entry's items (an HTML list item prints
    // no glyph): where every entry so far is dated, undated lines that read like items with an
    // item right after them (or, one reading like a sentence, at the section's end) are more
    // items, not an entry of their own.
    if (!trailing && cur.phase === 'body' && undatedBefore === 0 && groupDated(cur)) {
      let m = k;
      while (m < units.length && m < k + 3 && (bareItemHead(units[m]) || listHead(units[m]))) m++;
      if (m > k && (units[m]?.kind === 'item' || (m === units.length && m === k + 1 && (opensWithPastVerb(u.block) || isProse(u.block.clean))))) {
        for (let q = k; q < m; q++) cur.items.push({ kind: 'item', blocks: [(units[q] as Head).block], marked: false });
        k = m - 1;
        continue;
      }
      // "Client Engagement" / "Present technical overviews to senior stakeholders …": a short name
      // of a piece of the work over a paragraph on it, inside a dated role, heads that paragraph (one item).
      const para = units[k + 1];
      if (subHead(u) && para?.kind === 'item' && !para.marked && isProse(para.blocks[0].clean)) {
        cur.items.push({ kind: 'item', blocks: [u.block, ...para.blocks], marked: false });
        k++;
        continue;
      }
      const lent = itemsBeforeNextHeader(units, k, Math.max(linesBeforeDate, headLinesBeforeDate(cur)));
      if (lent > 0) {
        for (let q = k; q < k + lent; q++) cur.items.push({ kind: 'item', blocks: [(units[q] as Head).block], marked: false });
        k += lent - 1;
        continue;
      }
    }
    open(u);
  }
  return groups;
}

/**
 * "• Nov 2023 – Sep 2025    Interim Assistant Dean for Social Accountability, Faculty of Medicine,
 * Memorial University of Newfoundland, St. John's": a line that opens on its span of time and goes
 * on as a list of names parted by commas (few words in lower case, no sentence's end) heads a role,
 * however many words its names take.
 */
function datedFieldsFirst(b: Block): boolean {
  const found = findRangeInCleaned(b.clean);
  if (!found || found.i > 1 || !b.clean.text.includes(',')) return false;
  const s = shapeOf(b.clean);
  return s.words <= 40 && !s.endsSentence && !s.startsLower && s.lower / s.words <= 0.25;
}

/** A bullet from its lines: one slice when they are contiguous, else the lines joined with a mapping. */
// A sentence's end inside a text, the next sentence opening after it ("… Monitoring product. Create …").
const SENTENCE_INSIDE = /\p{Ll}[.!?]\s+\p{Lu}/u;

export function bulletOfBlocks(src: string, blocks: Block[]): Bullet {
  const first = blocks[0];
  let end = first.end;
  let contiguous = true;
  for (let k = 1; k < blocks.length; k++) {
    if (src.slice(end, blocks[k].start).trim() !== '') contiguous = false;
    end = blocks[k].end;
  }
  if (contiguous) {
    let e = end;
    while (e > first.start && /\s/.test(src[e - 1])) e--;
    return { text: src.slice(first.start, e), span: { start: first.start, end: e } };
  }
  // Lines of one column of a page read side by side: the other column's text lies between them.
  let text = '';
  const offsets: number[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (k > 0) {
      text += '\n';
      offsets.push(blocks[k - 1].end);
    }
    let e = b.end;
    while (e > b.start && /\s/.test(src[e - 1])) e--;
    for (let i = b.start; i < e; i++) {
      text += src[i];
      offsets.push(i);
    }
  }
  const last = blocks[blocks.length - 1];
  let e = last.end;
  while (e > last.start && /\s/.test(src[e - 1])) e--;
  offsets.push(e);
  return { text, span: { start: first.start, end: e }, offsets };
}

/** Entries of one section of a plain-text résumé. */
export function buildTextEntries(src: string, blocks: Block[], kind: SectionKind, layout: TextLayout, skills: Field[]): Entry[] {
  const entryKind: EntryKind = entryKindOf(kind);
  // A section copied out of an applicant-tracking form is read by its labels.
  const form = formEntries(src, blocks, entryKind);
  if (form) return form;
  const units = unitsOf(src, blocks, layout, skills, entryKind);
  const groups = groupsOf(trailingColumn(deferredColumn(units)), layout.blanksMatter);
  const entries: Entry[] = [];
  const infos: HeaderResult[] = [];
  // Every header of the section at once: the clear ones teach the layout to the others.
  // (Each group's header and trailer lines as one list, made once: the loop below reads the same.)
  const headsOf: Head[][] = [];
  const withHeader: Cleaned[][] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const heads = g.trailer.length ? g.header.concat(g.trailer) : g.header;
    headsOf.push(heads);
    if (!heads.length) continue;
    const lines: Cleaned[] = [];
    for (let ix = 0; ix < heads.length; ix++) lines.push(heads[ix].block.clean);
    withHeader.push(lines);
  }
  const readings = readHeaders(src, withHeader, entryKind);
  let next = 0;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const heads = headsOf[gi];
    const h: HeaderResult = heads.length ? readings[next++] : { orgOnOwnLine: false, pieces: 0 };
    let items = g.items;
    let dates = h.dates;
    let title = h.title;
    const dashed = dates && items.length ? wrappedEnd(src, dates, items[0].blocks[0]) : undefined;
    const stacked = !dashed && items.length && g.header.length ? stackedDates(src, dates, g.header[g.header.length - 1].block, items[0].blocks[0]) : undefined;
    const wrapped = dashed ?? stacked;
    // ("Present Research Scientist": the title starts after the word that ends the range.)
    if (stacked?.current && title && title.span.start === stacked.current.start) {
      const at = skipSpace(src, stacked.current.end, title.span.end);
      title = { value: title.value.slice(title.value.length - (title.span.end - at)).trimStart(), span: { start: at, end: title.span.end } };
    }
    if (wrapped) {
      dates = wrapped.range;
      const [first, ...rest] = items[0].blocks;
      // The body's first line starts after the date it lent to the range; a line of only the date is no item.
      if (wrapped.bodyAt < first.end) items = [{ ...items[0], blocks: [{ ...first, start: wrapped.bodyAt }, ...rest] }, ...items.slice(1)];
      else items = rest.length ? [{ ...items[0], blocks: rest }, ...items.slice(1)] : items.slice(1);
    }
    const described = items.find((it) => it.describes);
    // ("Implement a small and secure … agent for the Cloud" / "Monitoring product. Create …": where
    // no item of the entry is marked, one of several sentences wrapped over lines is the role's
    // description paragraph, as Markdown's prose under a role is, not a list of bullets.)
    const unmarked = !items.some((it) => it.marked);
    const bullets: Bullet[] = items.filter((it) => !isAdminDetail(it) && it !== described).map((it) => {
      const b = bulletOfBlocks(src, it.blocks);
      // "Supervisor: Ms. Darlene Pike (828-555-0172)", "GPA: 3.8": a detail of the entry, as a
      // Markdown paragraph is, not something done (no result owed; see missing-metric).
      if (isDetailItem(it) || (unmarked && it.blocks.length >= 2 && SENTENCE_INSIDE.test(b.text))) b.paragraph = true;
      return b;
    });
    // The header's and the items' lines, read in place (no list of them made per role). Loops, not
    // Math.min(...spread): a section may have more lines than a call has arguments.
    let start = Infinity;
    let end = -Infinity;
    for (let ix = 0; ix < heads.length; ix++) {
      start = Math.min(start, heads[ix].block.lineStart);
      end = Math.max(end, heads[ix].block.lineEnd);
    }
    for (let ix = 0; ix < g.items.length; ix++)
      for (let iy = 0, bs = g.items[ix].blocks; iy < bs.length; iy++) {
        start = Math.min(start, bs[iy].lineStart);
        end = Math.max(end, bs[iy].lineEnd);
      }
    const headerSpan: Span = g.header.length
      ? { start: g.header[0].block.lineStart, end: g.header[g.header.length - 1].block.lineEnd }
      : { start, end: start };
    const entry: Entry = { kind: entryKind, bullets, span: { start, end }, headerSpan };
    if (title) entry.title = title;
    if (h.organisation) entry.organisation = h.organisation;
    if (h.location) entry.location = h.location;
    if (dates) entry.dates = dates;
    if (described) entry.description = bulletOfBlocks(src, described.blocks);
    entries.push(entry);
    infos.push(h);
  }
  joinSplitHeads(entries, infos, src);
  openBesideRanges(entries, src);
  if (entryKind === 'education') degreeFromBullet(entries);
  return dropNameLists(groupRoles(entries, infos, entryKind, src), entryKind);
}

const DEGREE_BULLET_MAX = 80;
// (Markdown's inline markup: a bullet with it is no plain value to take as it stands.)
const MARKUP_CHAR = /[*_`[\]<>]/;

/**
 * "College of the Holy Cross, Worcester, MA   2007-2011" / "▪ B.A. Psychology, B.A. Spanish
 * Language": a school's header with no degree, whose first bullet names one (short, no sentence),
 * took that degree; the bullet is the entry's title. (Markdown too: "**Arizona State University**" /
 * "- Bachelor's Degree in Organizational Leadership (In Progress)"; `plain`: only a bullet with no
 * inline markup, whose text is the value.)
 */
export function degreeFromBullet(entries: Entry[], plain = false): void {
  for (const e of entries) {
    if (e.title || !e.organisation || !e.bullets.length) continue;
    const b = e.bullets[0];
    const t = b.text.trim();
    if (t.length > DEGREE_BULLET_MAX || t.includes('\n') || t.endsWith('.') || (plain && MARKUP_CHAR.test(t)) || !DEGREE_WORDS.test(t) || isKnownVerb(CAPITALISED_FIRST_WORD.exec(t)?.[0] ?? '')) continue;
    const at = b.text.indexOf(t);
    e.title = { value: t, span: { start: bulletOffset(b, at), end: bulletOffset(b, at + t.length) } };
    e.bullets = e.bullets.slice(1);
  }
}

/** A line's start, then years "2019 – 2021" with a dash set apart, as a date column writes them. */
const YEAR_RANGE = /^(?:19|20)\d\d ([-–—]) (?:19|20)\d\d$/;
const SPACED_DASH_WORDS = /^[ \t]([-–—])[ \t]+\p{Lu}/u;

/**
 * "2019 – 2021 Postdoctoral Fellow" over "2019 – Honorary Fellow, Riverside Care Trust": in a
 * section whose roles open their lines on ranges of years with a dash set apart, a year that opens
 * its line with that dash and then words is a range left open, still going. (Alone, "2013 - M.S.,
 * Linguistics" is a year and the degree taken then: the dash only parts the two.)
 */
function openBesideRanges(entries: Entry[], src: string): void {
  const opensLine = (r: DateRange) => !src.slice(src.lastIndexOf('\n', r.span.start - 1) + 1, r.span.start).trim();
  let dash: string | undefined;
  for (const e of entries) {
    const m = e.dates && YEAR_RANGE.exec(e.dates.text);
    if (m && opensLine(e.dates!)) {
      dash = m[1];
      break;
    }
  }
  if (!dash) return;
  for (const e of entries) {
    const r = e.dates;
    if (!r?.start || r.end || r.current || r.start.precision !== 'year' || !opensLine(r)) continue;
    const m = SPACED_DASH_WORDS.exec(src.slice(r.span.end, r.span.end + 40));
    if (!m || m[1] !== dash) continue;
    const end = r.span.end + 2;
    e.dates = { ...r, current: true, separator: dash, span: { start: r.span.start, end }, text: src.slice(r.span.start, end) };
  }
}

/**
 * Jake's template as pdftotext copies it: "Associate Software Engineer", blank, "Jul. 2024 –
 * Present", blank, "Toyota Connected North America" / "Plano, TX", then the bullets. A role's
 * title and dates with nothing under them, then an employer and place with no title or dates of
 * their own over the bullets, are one role whose head the blank lines cut in two.
 */
function joinSplitHeads(entries: Entry[], infos: HeaderResult[], src: string): void {
  // Compacted in place in one pass (a splice per join would make a role-dense text quadratic).
  let w = 0;
  for (let k = 0; k < entries.length; k++) {
    const a = entries[k];
    const b = entries[k + 1];
    // (The employer's line may read as two fields: "Human Language Technology Research Institute,
    // UT Dallas"; a second field with no job-title words is part of the employer, not a title.)
    if (b && a.title && a.dates && !a.organisation && !a.bullets.length && !(b.title && TITLE_WORDS.test(b.title.value)) && !b.dates && b.organisation) {
      a.organisation = b.organisation;
      if (!a.location && b.location) a.location = b.location;
      a.bullets = b.bullets;
      extendOver(a, b);
      infos[k] = { ...infos[k], orgOnOwnLine: true, pieces: infos[k].pieces + infos[k + 1].pieces };
      entries[w] = a;
      infos[w++] = infos[k];
      k++;
      continue;
    }
    // "2016" / "Problem Writer, 2016 CODEGATE Hacking Competition World Final": a line of dates
    // alone over the next entry's head, which has none or the same, are that entry's dates, no
    // entry of their own.
    if (b && dateOnly(a) && (b.title || b.organisation) && (!b.dates || sameRange(a.dates!, b.dates))) {
      if (!b.dates) b.dates = a.dates;
      startAt(b, a);
      continue;
    }
    // A left column of dates printed before its entries (pdftotext's order for a dates-left
    // template): "2014" / "2007" / "Ph.D., Immunology" / "University of Pittsburgh …" /
    // "B.Tech., Industrial Biotechnology" / "Anna University …". The lone dates and the one the
    // first entry took, in order, are the entries' dates in order, when as many entries with no
    // dates of their own follow that one.
    if (b && dateOnly(a)) {
      let r = 1;
      while (r < 6 && entries[k + r] && dateOnly(entries[k + r])) r++;
      const first = entries[k + r];
      const rest = entries.slice(k + r + 1, k + 2 * r + 1);
      const named = (e: Entry) => !!(e.title || e.organisation) && !e.dates;
      if (first?.dates && (first.title || first.organisation) && rest.length === r && rest.every(named)) {
        const dates = [...entries.slice(k, k + r).map((e) => e.dates!), first.dates];
        [first, ...rest].forEach((e, i) => {
          e.dates = dates[i];
        });
        startAt(first, a);
        k += r - 1;
        continue;
      }
    }
    // LinkedIn's export: "Senior HR Business Partner" / "January 2024 - Present (3 years)" /
    // "Mississauga, Ontario, Canada" / the bullets. A place alone over bullets, right after a
    // dated role with nothing under it and no place (or only the place's tail: "Canada", read off
    // "Northwind Logistics Canada"), is that role's place, no entry of its own.
    if (b && b.location && !b.title && !b.organisation && !b.dates && !b.description && a.dates && (a.title || a.organisation) && !a.bullets.length && !a.description && (!a.location || b.location.value.endsWith(a.location.value))) {
      // The tail read as a place was the employer's own ("… Logistics Canada"): give it back.
      const org = a.organisation;
      if (a.location && org && /^\s+$/.test(src.slice(org.span.end, a.location.span.start))) {
        a.organisation = { value: `${org.value} ${a.location.value}`, span: { start: org.span.start, end: a.location.span.end } };
      }
      a.location = b.location;
      a.bullets = b.bullets;
      extendOver(a, b);
      entries[w] = a;
      infos[w++] = infos[k];
      k++;
      continue;
    }
    entries[w] = a;
    infos[w++] = infos[k];
  }
  entries.length = w;
  infos.length = w;
}

/** `e` now also spans the lines of `later`, an entry folded into it. */
function extendOver(e: Entry, later: Entry): void {
  e.span = { start: e.span.start, end: Math.max(e.span.end, later.span.end) };
  e.headerSpan = { start: e.headerSpan.start, end: Math.max(e.headerSpan.end, later.headerSpan.end) };
}

/** `e` now starts where `earlier` did: a line of dates above it that is its own. */
function startAt(e: Entry, earlier: Entry): void {
  e.span = { start: earlier.span.start, end: e.span.end };
  e.headerSpan = { start: earlier.headerSpan.start, end: e.headerSpan.end };
}

// "2021 – 2023" / "full-time" / "Radar Signal Processing Engineer NXP Semiconductors": a word for the
// kind of employment under a line of dates (a template's tag beside them) is no item of its own.
const EMPLOYMENT_KIND = /^(?:full[- ]?time|part[- ]?time|intern(?:ship)?|contract(?:or)?|freelance|permanent|temporary|seasonal|remote|hybrid|on[- ]?site|apprenticeship|self[- ]employed)$/i;

/** An entry that is only a line of dates (and, under it, perhaps the kind of employment). */
function dateOnly(e: Entry): boolean {
  return !!e.dates && !e.title && !e.organisation && !e.location && !e.description && (!e.bullets.length || (e.bullets.length === 1 && EMPLOYMENT_KIND.test(e.bullets[0].text.trim())));
}

const POST_AT_ORG = /^\s*(\p{Lu}[^,|;:.]{1,60}?)\s+(?:at|@|of|for|with)\s+\p{Lu}[^|;:]{1,80}$/u;

/** "Financial Analyst at Cornell FinTech", "Volunteer for Best Friends Animal Society": a post (its words name one) and where. */
function postAtOrg(text: string): boolean {
  const m = POST_AT_ORG.exec(text);
  return !!m && TITLE_WORDS.test(m[1]) && text.split(/\s+/).length <= 14;
}

const FIELD_SEPARATOR = /\s[–—-]\s|\s\|\s/g;

/** Two header lines with their fields parted the same way ("Unit – Hospital" twice). */
function sameShape(a: Head, b: Head): boolean {
  if (a.meta || b.meta || a.block.kind !== 'text' || b.block.kind !== 'text') return false;
  // ("Associate Consultant at Cornell Sustainability Consultants" / "Member of Alpha Omega Epsilon":
  // a post and where it was held, one line each.)
  if (postAtOrg(a.block.clean.text) && postAtOrg(b.block.clean.text)) return true;
  const n = a.block.clean.text.match(FIELD_SEPARATOR)?.length ?? 0;
  return n > 0 && n === (b.block.clean.text.match(FIELD_SEPARATOR)?.length ?? 0);
}

/**
 * Whether units[k] and the n - 1 after it are undated header lines, and a line of dates alone comes
 * next (after the entry's place on a line of its own: "Keele University" / "Postgraduate Diploma…" /
 * "Keele, UK" / "2016 – 2018").
 */
function sameHeadAhead(units: Unit[], k: number, n: number): boolean {
  if (n < 2) return false;
  for (let j = k; j < k + n; j++) {
    const u = units[j];
    if (!u || u.kind !== 'head' || u.dated) return false;
  }
  let at = k + n;
  const p = units[at];
  if (p && p.kind === 'head' && !p.dated && p.meta === 'place') at++;
  const d = units[at];
  return !!d && d.kind === 'head' && whenAndWhere(d);
}

/** sameHeadAhead for one header line more or fewer than `n` (a title wrapped onto a second line, here or ahead). */
function nearlySameHeadAhead(units: Unit[], k: number, n: number): boolean {
  return sameHeadAhead(units, k, n + 1) || (n > 2 && sameHeadAhead(units, k, n - 1));
}

/** A dated header line that says only when, or when and where ("Jan 2009 – May 2013  Budapest, Hungary"). */
function whenAndWhere(h: Head): boolean {
  if (!h.dated) return false;
  if (h.meta === 'date') return true;
  if (h.meta) return false;
  const r = findRangeInCleaned(h.block.clean);
  if (!r) return false;
  const t = h.block.clean.text;
  // (Icons a PDF's text gives as lone characters, "z Jan 2024 – June 2024 * Valencia, Spain", say nothing.)
  const rest = `${t.slice(0, r.i)} ${t.slice(r.j)}`.replace(LONE_CHARACTER_G, ' ').replace(EDGE_SEPARATORS_G, '');
  return rest.length > 1 && isPlaceLine(rest);
}
const LONE_CHARACTER_G = /(?<=^|\s)\S(?=\s|$)/g;
const EDGE_SEPARATORS_G = /^[\s|,;:·•–—-]+|[\s|,;:·•–—-]+$/g;

const DATE_FIRST = /^\s*(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d{2}(?!\d)/u;
/** A dated header line that opens on its date ("2008–2009. Visiting Associate Professor"). */
function opensOnDate(u: Unit | undefined): boolean {
  return !!u && u.kind === 'head' && u.dated && DATE_FIRST.test(u.block.clean.text);
}

/** How many header lines, not a date or place, an entry printed before its first dated line. */
function headLinesBeforeDate(g: Group): number {
  let n = 0;
  for (const h of g.header) {
    if (h.dated) return n;
    if (!h.meta) n++;
  }
  return 0;
}

/**
 * "React / Next" / "Node / Laravel" / "Senior Developer" / "Tokenized" / "May 2020 – May 2021":
 * short list items an HTML template printed without a glyph, then the next entry's header. In a
 * section whose entries so far are all dated, the lines from `k` up to the next dated line can
 * hold no more header lines before the date than the section's entries have had (`before`); the
 * lines before those are this entry's items. How many lines from `k` are items (0: none, or no
 * dated line ahead).
 */
function itemsBeforeNextHeader(units: Unit[], k: number, before: number): number {
  // Where entries open with their date, lines before a date are as likely the next entry's as
  // this one's (a sidebar read into the page says so as often as a list): leave them be.
  if (before === 0) return 0;
  let m = k;
  while (m < units.length && plainHead(units[m])) m++;
  // At the section's end no date follows: a dated section's lines there are the last entry's items.
  if (m === units.length) return m - k > before ? m - k : 0;
  let p = m;
  while (p < units.length && units[p].kind === 'head' && !(units[p] as Head).dated && (units[p] as Head).block.kind !== 'heading') p++;
  const at = units[p];
  if (p >= units.length || at.kind !== 'head' || !at.dated || at.block.kind === 'heading') return 0;
  for (let q = m; q < p; q++) if (!(units[q] as Head).meta) before--;
  // A blank line inside the run opens the next header at the latest ("Tens of thousands of users" / "" / "Software Developer").
  let cut = m - Math.max(0, before);
  for (let q = k; q < m; q++) if ((units[q] as Head).block.blankBefore) cut = Math.min(cut, q);
  // "Massachusetts Institute of" / "Technology": a line left open goes with the line it runs into.
  while (cut > k && OPEN_END.test((units[cut - 1] as Head).block.clean.text.trimEnd())) cut--;
  return Math.max(0, cut - k);
}

/** An undated header line of plain text with no glyph and nothing of when or where. */
function plainHead(x: Unit): x is Head {
  return x.kind === 'head' && !x.dated && !x.meta && x.block.kind === 'text' && !x.block.glyph;
}

/** An undated header line of plain text, no glyph, that reads like an item (see groupsOf). */
function bareItemHead(x: Unit): x is Head {
  return plainHead(x) && itemLike(x.block);
}

const HAS_LOWER_LETTER = /\p{Ll}/u;
const LABEL_LINE = /^\p{Lu}\p{Ll}+(?: \p{L}+)?:\s+\S/u;

/** "Client Engagement", "Security & Compliance": two to five capitalised words naming no job, employer, degree or place. */
function subHead(x: Unit): x is Head {
  if (!plainHead(x)) return false;
  const t = x.block.clean.text.trim();
  const words = t.split(SPACES);
  // (Not a line in capitals: a sidebar's heading, "MY LIFE PHILOSOPHY", run into the role by the reading order.)
  return words.length >= 2 && words.length <= 6 && HAS_LOWER_LETTER.test(t) && !SENTENCE_END.test(t) && words.every((w) => /^(?:\p{Lu}[\p{L}'’-]*|&|and|of|for|the|to|in|with|[-–—])$/u.test(w)) && !TITLE_WORDS.test(t) && !ORG_WORDS.test(t) && !DEGREE_WORDS.test(t) && !isPlaceLine(t) && placeSuffixStart(t) < 0;
}

/**
 * "React, Apollo, Styled Components", "Docker / Heroku / GCP": a list of names a theme prints as an
 * entry's highlights, with no glyph. Not a title's, an organisation's or a place's line.
 */
function listHead(x: Unit): x is Head {
  if (!plainHead(x)) return false;
  const t = x.block.clean.text.trim();
  if (!/\s\/\s|,\s/.test(t) || TITLE_WORDS.test(t) || ORG_WORDS.test(t) || isPlaceLine(t) || placeSuffixStart(t) >= 0) return false;
  const parts = t.split(/\s*[,/]\s*/);
  return parts.length >= 2 && parts.every((p) => p !== '' && p.split(SPACES).length <= 3);
}

/** Words of an item, not of a header: no job title or organisation, and a word of a sentence ("won") or a past verb. */
function itemLike(b: Block): boolean {
  const t = b.clean.text;
  // ("Awarded 'Teacher of the Month'", "Promoted to Senior Engineer": a past verb says it is something done, whatever it names.)
  if (opensWithPastVerb(b)) return !isPlaceLine(t);
  return !TITLE_WORDS.test(t) && !ORG_WORDS.test(t) && !isPlaceLine(t) && !nameDashFieldsPlace(t) && (isProse(b.clean) || contentLowerWords(t, 1) >= 1);
}

/** A header line that is only "Present" (or "Current", "Now"): a range's end wrapped onto its own line. */
function wrappedPresent(h: Head): boolean {
  return !h.dated && h.block.kind === 'text' && isCurrentWord(h.block.clean.text.replace(/[.,;:]$/, ''));
}

/**
 * Whether `next` opens on a lone date that ends the range `h` opens its line with, a date and a dash
 * ("2019 –   Title" over "2021   Employer, Town"), no earlier than that start.
 */
function endWrappedBeside(h: Head, next: Head): boolean {
  const lone = (b: Block) => {
    const r = blockRange(b);
    const t = b.clean.text.trimStart();
    return r?.start && r.separator === undefined && !r.current && t.startsWith(r.text) ? { date: r.start, after: t.slice(r.text.length) } : undefined;
  };
  const a = lone(h.block);
  const b = lone(next.block);
  // (A next line that opens its own range the same way, "2019 – Honorary Fellow" under "2019 –
  // Team Member", is the next entry's start, not this one's end.)
  return !!a && !!b && /^\s*[-–—]\s/.test(a.after) && !/^\s*[-–—]\s/.test(b.after) && compareDates(b.date, a.date) >= 0;
}

/** A header line whose date range is left open by a dash at the end of the line ("2014 –"). */
function endsOpen(h: Head): boolean {
  const r = blockRange(h.block);
  return !!r && openByDash(r) && /[-–—]\s*$/.test(h.block.clean.text);
}

/**
 * "2017 –" / "Present Leading cross-functional teams…": a date column too narrow for its range
 * wraps the end onto the next line, where it comes out in front of the body's first line. Only a
 * range left open by its dash, whose start opens the header's line, takes the date (or
 * "Present") that opens the very next line, and only when that date does not come before it.
 */
function wrappedEnd(src: string, range: DateRange, next: Block): { range: DateRange; bodyAt: number } | undefined {
  if (!range.start || range.end || range.current) return undefined;
  const lineStart = src.lastIndexOf('\n', range.span.start - 1) + 1;
  if (!/^[\s\p{P}\p{S}]*$/u.test(src.slice(lineStart, range.span.start))) return undefined;
  const dash = /^[ \t]*([-–—]|to)[ \t]+\S/.exec(src.slice(range.span.end, range.span.end + 12));
  if (!dash) return undefined;
  const lineEnd = src.indexOf('\n', range.span.end);
  if (lineEnd < 0 || src.slice(lineEnd + 1, next.start).trim() !== '' || src.slice(lineEnd + 1, next.start).includes('\n')) return undefined;
  const word = /^\S+/.exec(src.slice(next.start, next.end))?.[0] ?? '';
  const tail = (at: number) => (at >= next.end || /\s/.test(src[at]) ? at : undefined);
  const joined = (end: number, extra: Partial<DateRange>): DateRange => ({
    ...range,
    ...extra,
    span: { start: range.span.start, end },
    text: `${range.text} ${dash[1]} ${src.slice(next.start, end)}`,
    separator: dash[1],
  });
  if (isCurrentWord(word.replace(/[.,;:]$/, ''))) {
    const end = next.start + word.replace(/[.,;:]$/, '').length;
    const bodyAt = tail(end);
    if (bodyAt === undefined) return undefined;
    return { range: joined(end, { current: true, currentText: src.slice(next.start, end) }), bodyAt: skipSpace(src, bodyAt, next.end) };
  }
  const found = leadingDate(src, next);
  if (!found || compareDates(found.start, range.start) < 0) return undefined;
  const bodyAt = tail(found.span.end);
  if (bodyAt === undefined) return undefined;
  return { range: joined(found.span.end, { end: found.start }), bodyAt: skipSpace(src, bodyAt, next.end) };
}

/**
 * "Dec 2016 NSF Graduate Research Fellow, …" / "Aug 2012 ∠ Developed …", "Present Research
 * Scientist, …" / "Jan 2017 ∠ Lead of …": a margin of dates beside the role, its end over its
 * start, each run into the line beside it. The header line opens with one date (or the word for
 * now) and the role's first line with another: the two are the range, the earlier its start.
 */
function stackedDates(src: string, range: DateRange | undefined, head: Block, next: Block): { range: DateRange; bodyAt: number; current?: Span } | undefined {
  const lineStart = src.lastIndexOf('\n', head.start - 1) + 1;
  const lead = skipSpace(src, lineStart, head.end);
  const found = leadingDate(src, next);
  // (Months on both: a list of years, "1990 Honorary Professor …" / "1986 Awarded …", is one
  // dated item per line, no margin of ranges.)
  if (!found || found.start.precision === 'year') return undefined;
  let bodyAt = skipSpace(src, found.span.end, next.end);
  if (bodyAt < next.end && bodyAt === found.span.end) return undefined;
  // (The role's first line keeps its bullet glyph after the date: "Aug 2012 ∠ Developed …".)
  const glyph = GLYPH_THEN_SPACE.exec(src.slice(bodyAt, Math.min(next.end, bodyAt + 4)));
  if (glyph) bodyAt += glyph[0].length;
  if (range) {
    // The header's own date opens its line, alone: no range, nothing but the title after it.
    if (!range.start || range.end || range.current || range.start.precision === 'year' || range.span.start !== lead || range.span.end > head.end || compareDates(range.start, found.start) === 0) return undefined;
    const [a, b] = compareDates(found.start, range.start) < 0 ? [found, range] : [range, found];
    return { range: { start: a.start, end: b.start, current: false, span: { start: range.span.start, end: found.span.end }, text: `${a.text} – ${b.text}`, separator: '–' }, bodyAt };
  }
  const word = LETTERS_START.exec(src.slice(lead, head.end))?.[0] ?? '';
  if (!isCurrentWord(word) || !SPACE_THEN_CAPITAL.test(src.slice(lead + word.length, head.end))) return undefined;
  const currentText = src.slice(lead, lead + word.length);
  return {
    range: { start: found.start, current: true, currentText, span: { start: lead, end: found.span.end }, text: `${found.text} – ${currentText}`, separator: '–' },
    bodyAt,
    current: { start: lead, end: lead + word.length },
  };
}

const GLYPH_THEN_SPACE = /^[\p{S}\p{Pd}•][ \t]+/u;
const LETTERS_START = /^\p{L}+/u;
const SPACE_THEN_CAPITAL = /^[ \t]+\p{Lu}/u;

/** The one date (no range, not "Present") that opens the block: the next line of a range set on two (wrappedEnd, stackedDates). */
function leadingDate(src: string, next: Block): (DateRange & { start: ResumeDate }) | undefined {
  const found = findDateRange(src.slice(next.start, Math.min(next.end, next.start + 24)), next.start);
  return found && found.span.start === next.start && found.start && !found.end && !found.current ? (found as DateRange & { start: ResumeDate }) : undefined;
}

function skipSpace(src: string, at: number, end: number): number {
  while (at < end && /\s/.test(src[at])) at++;
  return at;
}

/**
 * "Kubernetes" / "GraphQL": where a two-column PDF's skills list falls under the experience
 * heading, its words are no roles. A role has dates, items, a place, or a title or employer that
 * reads like one; a line of one to three words with none of these is left as plain text.
 */
function dropNameLists(entries: Entry[], entryKind: EntryKind): Entry[] {
  if (entryKind !== 'work' && entryKind !== 'volunteer') return entries;
  const bare = (f: Field | undefined) => !f || (f.value.split(SPACES).length <= 3 && !TITLE_WORDS.test(f.value) && !ORG_WORDS.test(f.value));
  return entries.filter((e) => e.dates || e.bullets.length || e.location || !bare(e.title) || !bare(e.organisation));
}

/** A company line over several roles: "Acme" (no dates, no bullets) then "Engineer, 2019 – 2021" ... */
export function groupRoles(entries: Entry[], infos: HeaderResult[], entryKind: EntryKind, src?: string): Entry[] {
  const out: Entry[] = [];
  // Whether this section writes each employer on a line of its own above its roles ("SUNWEST HOME
  // & GARDEN, INC.   Phoenix, AZ" over "Store Manager, Store #214 (Glendale)   March 2019 to
  // Current"): then a role line with no employer line of its own, right under another role of that
  // employer, is a further role there, and what follows its title is part of the title.
  const above = (e: Entry) => !!src && !!e.organisation && !!e.title && e.organisation.span.end <= e.title.span.start && src.slice(e.organisation.span.end, e.title.span.start).includes('\n');
  const withOrg = entries.filter((e) => e.organisation && e.title && e.dates);
  const ownLines = withOrg.filter(above).length;
  // (Each employer after a blank line, its further roles right under the last one's lines.)
  const blankBefore = (e: Entry) => !!src && /\n[ \t]*\n[ \t]*$/.test(src.slice(Math.max(0, e.headerSpan.start - 200), e.headerSpan.start));
  const mostAbove = ownLines >= 2 && ownLines >= withOrg.length - ownLines;
  const employerLines = mostAbove && withOrg.every((e, k) => k === 0 || !above(e) || blankBefore(e));
  // (Text with no blank line between entries, as pdf.js and -raw copy a page, cannot say so: there
  // only a title line whose comma or dash sets off a field no organisation's word names, with no
  // employer's line of its own, is taken for a further role: "Customer Success Manager,
  // Mid-Market" under "Ledgerly Inc."; "Principal Developer, Veridian Dynamics" is no such line.)
  const noBlanks = mostAbove && !entries.some((e, k) => k > 0 && blankBefore(e));
  let employerOfPrev = false;
  let employerLoc: Field | undefined;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    const next = entries[k + 1];
    const groupName = e.organisation ?? e.title;
    // "Desert Sky Family Medicine, Tucson, AZ  04/2016 – Present" over "Clinic Supervisor
    // 06/2021 – Present", "Medical Assistant 04/2016 – 12/2017": a company line may carry the
    // whole span of the roles under it.
    const spanned = !e.dates || (!!e.location && infos[k].pieces === 2 && !!next?.dates && within(next.dates, e.dates));
    // "BRAXTON INDUSTRIAL GROUP, INC., Charlotte, NC   2016 – Present" / "Privately held manufacturer
    // of …" / "Chief Financial Officer | Jan 2021 – Present": an executive's employer line, its
    // whole tenure and a line on what the company is, over roles of that tenure with no employer
    // of their own. The line on the company describes the first role's employer.
    const noted = entryKind === 'work' && !!e.dates && !e.title && !!e.organisation && e.bullets.length === 1 && !!src && !glyphBefore(src, e.bullets[0].span.start) && !!next?.dates && !next.organisation && !!next.title && within(next.dates, e.dates);
    // "Upwork: Dec ‘17 - Present" over "Program Manager, Data Analytics: JAN ‘21 - Present" and
    // "Associate Program Manager: JAN ‘20 - DEC ‘20": a name alone with its dates and nothing under
    // it, over job titles dated inside its span, is their employer (the employer printed once).
    const datedEmployer = entryKind === 'work' && !!src && !!e.dates && !e.bullets.length && !e.location && !!e.title && !e.organisation && infos[k].pieces === 1 && !TITLE_WORDS.test(e.title.value) && !DEGREE_WORDS.test(e.title.value) && !!next?.dates && !!next.title && TITLE_WORDS.test(next.title.value) && within(next.dates, e.dates);
    let took = 0;
    if (datedEmployer) {
      for (let m = k + 1; m < entries.length; m++, took++) {
        const r = entries[m];
        if (!r.dates || !within(r.dates, e.dates!) || !r.title || !TITLE_WORDS.test(r.title.value)) break;
        if (r.organisation) {
          // ("Program Manager, Data Analytics and Infrastructure": the field after the title's comma
          // is its unit; a place there is where; anything that names an organisation is another role's.)
          if (isPlace(r.organisation.value) && !r.location) r.location = r.organisation;
          else if (ORG_WORDS.test(r.organisation.value) || !qualifiesTitle(src!, r.title, r.organisation)) break;
          else r.title = titleThrough(src!, r.title, r.organisation.span.end);
        }
        r.organisation = { ...e.title! };
      }
      if (took > 0) continue;
    }
    // ("CUNY Bronx Community College, Bronx, NY   2016 - 2022" over "Academic Advisor, First Year
    // Program,   2018 - 2020": under a dated employer line, a field right after the title's comma
    // that names no organisation or place is the title's unit.)
    const unitOf = (r: Entry) => !!e.dates && !!src && !!r.title && !!r.organisation && !r.location && qualifiesTitle(src, r.title, r.organisation) && !ORG_WORDS.test(r.organisation.value) && !isPlace(r.organisation.value);
    const takes = (r: Entry) => takesGroup(r) || unitOf(r);
    if (((spanned && !e.bullets.length && groupName && infos[k].pieces - (e.dates && e.location ? 1 : 0) === 1) || noted) && next && next.dates && groupName && entryKind === 'work' && takes(next)) {
      for (let m = k + 1; m < entries.length && entries[m].dates && (takes(entries[m]) || noted) && (!e.dates || within(entries[m].dates!, e.dates)); m++) {
        const r = entries[m];
        if (!noted && unitOf(r)) {
          r.title = titleThrough(src!, r.title!, r.organisation!.span.end);
          r.organisation = undefined;
        }
        // (Under an executive's employer line, "Director, Financial Planning & Analysis | Aug 2009 –
        // Feb 2012": what follows the title's comma on its line qualifies the title; no employer.)
        if (noted) {
          if (!wholeTitle(src, r)) break;
          r.organisation = undefined;
        }
        // "Junior Developer, London" under a company line: the second piece is where, not who.
        if (r.organisation && !r.location) r.location = r.organisation;
        r.organisation = { ...groupName };
        if (e.dates && !r.location && e.location) r.location = { ...e.location };
      }
      if (noted && !next.description) next.description = { ...e.bullets[0], paragraph: true };
      continue;
    }
    // "Stroz Friedberg, an AON Company 2011-Present" / "New York, NY" / "Stroz Friedberg is a full
    // service investigation firm …" / "Assistant Director of Development Operations" / the duties: a
    // dated employer line and a line on the company, then the title alone on its line over the
    // role's items. The title is that role's, the line on the company its description.
    if (entryKind === 'work' && src && next && titleBelowEmployer(src, e, next)) {
      if (e.title && e.organisation) {
        // (The employer's line cut at its comma, "Stroz Friedberg" / "an AON Company": all of it names the employer.)
        const span = { start: Math.min(e.title.span.start, e.organisation.span.start), end: Math.max(e.title.span.end, e.organisation.span.end) };
        e.organisation = { value: src.slice(span.start, span.end), span };
      } else e.organisation ??= e.title;
      e.title = next.title;
      e.description = { ...e.bullets[0], paragraph: true };
      e.bullets = next.bullets;
      e.span = { start: e.span.start, end: Math.max(e.span.end, next.span.end) };
      out.push(e);
      k++;
      continue;
    }
    const prev = out[out.length - 1];
    const prevIdx = k - 1;
    // "Engineer, 2016 – 2018" under the previous role of the same company (company not repeated).
    // (Not a time away from work, "Career Break", "Sabbatical", "Parental Leave": no one's employ.)
    // (Its line all title, a qualifier joined: "Senior Associate, Research & Policy   2011–2012".)
    const lone = infos[k].pieces - (e.location ? 1 : 0);
    const titleOnly = lone === 1 || (!!e.title && lone === 2 && e.title.value.includes(', ') && PAIRED_UNIT.test(e.title.value.slice(e.title.value.lastIndexOf(', ') + 2)));
    if (entryKind === 'work' && prev && !e.organisation && e.title && e.dates && titleOnly && prev.organisation && infos[prevIdx]?.orgOnOwnLine && !TIME_AWAY.test(e.title.value.trim())) {
      e.organisation = { ...prev.organisation };
      // (And where, when the place stands with the employer, on its line or the next: the place
      // of all its roles; a place under a role's dates is that role's.)
      if (!e.location && prev.location && src && besideEmployer(src, prev.organisation.span, prev.location.span)) e.location = { ...prev.location };
      infos[k].orgOnOwnLine = true;
    } else if ((employerLines || (noBlanks && !!e.organisation && ((!ORG_WORDS.test(e.organisation.value) && !WEAK_ORG_WORDS.test(e.organisation.value)) || sameUnit(prev, e.organisation)))) && src && entryKind === 'work' && prev && e.title && e.dates && prev.organisation && employerOfPrev && !blankBefore(e) && TITLE_WORDS.test(e.title.value) && (!e.organisation || qualifiesTitle(src, e.title, e.organisation))) {
      // "Department Manager - Garden Center", "Assistant Store Manager, Store #187 (Peoria)",
      // "Key Holder / Sales Associate": roles under the employer line of the role above.
      if (e.organisation) {
        // "… Store #187 (Peoria)": a note in brackets right after stays with the title.
        const end = e.organisation.span.end + (/^[ \t]*\([^()\n]{1,40}\)/.exec(src.slice(e.organisation.span.end, e.organisation.span.end + 60))?.[0].length ?? 0);
        e.title = { value: src.slice(e.title.span.start, end), span: { start: e.title.span.start, end } };
      }
      e.organisation = { ...prev.organisation };
      if (!e.location && employerLoc) e.location = { ...employerLoc };
      infos[k].orgOnOwnLine = true;
    }
    if (above(e)) employerLoc = e.location && e.location.span.end <= e.title!.span.start ? e.location : placeAfterEmployer(src!, e.organisation!.span);
    employerOfPrev = above(e) || (employerOfPrev && !!prev && e.organisation?.value === prev.organisation?.value);
    out.push(e);
  }
  return out;
}

/**
 * "Vice President, Quantitative Analytics – Market Risk" over "Associate, Quantitative Analytics –
 * Model Validation": a field after the title that opens with the words that followed the role
 * above's title names the same unit, a part of the title, not another employer.
 */
function sameUnit(prev: Entry | undefined, org: Field): boolean {
  const lead = /^\p{Lu}\p{L}+\s+\p{Lu}\p{L}+/u.exec(org.value)?.[0];
  return !!lead && !!prev?.title && prev.title.value.includes(`, ${lead}`);
}

/**
 * The place on the rest of the employer's own line ("SUNWEST HOME & GARDEN, INC.      Phoenix, AZ"),
 * where the role under it took another place of its own ("Store Manager, Store #214 (Glendale)"):
 * the place of the further roles under that employer.
 */
function placeAfterEmployer(src: string, org: Span): Field | undefined {
  const eol = src.indexOf('\n', org.end);
  const line = src.slice(org.end, eol < 0 ? src.length : eol);
  const lead = /^[\s,|·–—-]*/.exec(line)![0].length;
  const value = line.slice(lead).trimEnd();
  if (!value || value.length > 60 || !isPlace(value)) return undefined;
  return { value, span: { start: org.end + lead, end: org.end + lead + value.length } };
}

/** Whether a place stands with its employer: on the employer's line, or alone on the next. */
export function besideEmployer(src: string, org: Span, place: Span): boolean {
  if (place.start < org.end) return !src.slice(place.start, org.end).includes('\n');
  // (Markup may close the employer's name: "**Brightloom Health** · Austin, TX".)
  // (Or after a blank line, as poppler parts the two: "Absa Bank" / "" / "Pretoria, Gauteng".)
  return /^[*_]*[^\S\n]*(?:[,–—|·-][^\S\n]*)?(?:\n[^\S\n]*){0,2}[*_]*$/.test(src.slice(org.end, place.start));
}

/** Whether range `r` lies inside `outer` (by month; an ongoing outer range has no end). */
function within(r: DateRange, outer: DateRange): boolean {
  // (A start of a year alone, "2001 – 2006" under "Nov 2001 – Sep 2010", may be any month of that year.)
  if (!r.start || !outer.start || (compareDates(r.start, outer.start) < 0 && !(r.start.month === undefined && r.start.year === outer.start.year))) return false;
  if (outer.current) return true;
  if (!outer.end) return false;
  const end = r.end ?? (r.current ? undefined : r.start);
  // (An outer end of a year alone, "2009 – 2016", runs to that year's end: "Mar 2012 – May 2016" lies inside.)
  return !!end && (outer.end.month === undefined ? end.year <= outer.end.year : compareDates(end, outer.end) <= 0);
}

/**
 * Whether `next` is the title of `e`'s role printed under a line on its employer: `e` a dated
 * employer line (no post's words in it) with one unmarked line, `next` a post's title alone, no
 * dates, employer or place of its own, over the role's items.
 */
function titleBelowEmployer(src: string, e: Entry, next: Entry): boolean {
  if (!e.dates || e.bullets.length !== 1 || e.description || glyphBefore(src, e.bullets[0].span.start)) return false;
  if (!(e.organisation ?? e.title) || (e.title && (TITLE_WORDS.test(e.title.value) || (e.organisation && src.slice(e.title.span.end, e.organisation.span.start).includes('\n'))))) return false;
  return !next.dates && !next.organisation && !next.location && !!next.title && TITLE_WORDS.test(next.title.value) && next.bullets.length > 0 && !next.description;
}

/** Whether a glyph (anything but spaces) stands before `at` on its line: a marked bullet's. */
function glyphBefore(src: string, at: number): boolean {
  const bol = src.lastIndexOf('\n', at - 1) + 1;
  return src.slice(bol, at).trim() !== '';
}

/**
 * "Vice President, Finance & Corporate Controller | Jun 2016 – Dec 2020": the title with the field
 * its comma sets off before the line's separator or dates, no digits in it, as the role's whole
 * title (the entry's title is widened to it); false when another field, an employer's, follows.
 */
function wholeTitle(src: string | undefined, r: Entry): boolean {
  if (!src || !r.title) return !r.organisation;
  const eol = src.indexOf('\n', r.title.span.end);
  const rest = src.slice(r.title.span.end, eol < 0 ? src.length : eol);
  const m = /^,\s*([^|,\d\n]*?[^\s|,])\s*(?=\||\s{2,}|$)/.exec(rest);
  if (!m) return !r.organisation;
  if (ORG_WORDS.test(m[1]) || isPlace(m[1])) return false;
  const end = r.title.span.end + m[0].trimEnd().length;
  r.title = titleThrough(src, r.title, end);
  return true;
}

/** "Store Manager, Store #187 (Peoria)": the second field right after the title, on its line, set off by a comma or a dash. */
function qualifiesTitle(src: string, title: Field, org: Field): boolean {
  if (org.span.start < title.span.end) return false;
  return /^\s*(?:,|\s[-–—])\s*$/.test(src.slice(title.span.end, org.span.start)) && !/\n/.test(src.slice(title.span.start, org.span.end));
}

/** The document-wide facts the segmenter reads (line width, header glyphs). */
export function textLayoutOf(blocks: Block[]): TextLayout {
  const lengths: number[] = [];
  const glyphStats = new Map<string, { header: number; prose: number }>();
  for (let ix = 0; ix < blocks.length; ix++) {
    const b = blocks[ix];
    if (b.kind === 'heading') continue;
    if (shapeOf(b.clean).words >= 6) lengths.push(lineLength(b));
    if (b.kind === 'bullet' && b.glyph) {
      const g = glyphClass(b.glyph);
      const st = glyphStats.get(g) ?? { header: 0, prose: 0 };
      if (isProse(b.clean)) st.prose++;
      else st.header++;
      glyphStats.set(g, st);
    }
  }
  // Short non-bullet lines (header lines) with a blank line before them.
  let shortLines = 0;
  let blankBefore = 0;
  for (let ix = 0; ix < blocks.length; ix++) {
    const b = blocks[ix];
    if (b.kind !== 'text' || shapeOf(b.clean).words > 10) continue;
    shortLines++;
    if (b.blankBefore) blankBefore++;
  }
  const blanksMatter = shortLines > 0 && blankBefore / shortLines < 0.5;
  lengths.sort((a, b) => a - b);
  const fullWidth = lengths.length ? lengths[Math.floor(lengths.length * 0.85)] : 80;
  // With two glyphs in use, the one before short title lines marks headers.
  // (A numbered list, "9. “Employer Credit Checks …”", is a list of its own — publications, not a
  // role's bullets: its sentences say nothing of what the dashes before "– ECON 3308 …" mark.)
  const headerGlyphs = new Set<string>();
  if (glyphStats.size >= 2) {
    for (const [g, st] of glyphStats) {
      const others = [...glyphStats.entries()].filter(([o]) => o !== g && !o.includes('#'));
      if (st.header >= 2 && st.header > st.prose && others.some(([, o]) => o.prose > 2 * o.header)) headerGlyphs.add(g);
    }
  }
  return { fullWidth, headerGlyphs, blanksMatter };
}
