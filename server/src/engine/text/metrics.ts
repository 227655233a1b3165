// Does a bullet show a measurable result? Counts, %, money, multipliers, 5K/2M, people and time
// saved count; years, versions and names that contain digits (HTTP/2, S3, IPv6, Web3, Python 3,
// K8s, 5G, 3D, EC2, Windows 10, Fortune 500) do not. Used by missing-metric and the status bar.
//
// Provenance: patterns follow offlinecv's metric detection (resumelint-org/resumelint,
// src/lib/score/score.ts: %, $, K/M/B, x multipliers, years removed), extended with our own
// lists of count nouns and of names that take a version number (see /work/shared/research).

import { scoped } from '../cache/state';
import { detach } from '../cache/memo';
import { isAddressToken } from './email-scan';
import { isPastForm, isStrongVerb } from '../data/verbs';
import { isLexPast } from './verb-lexicon';
import type { Span } from '../model';

// Speed matters (every bullet, every keystroke): numbers are found with one plain regex and
// their surroundings read by hand, instead of many lookbehind regexes over the whole bullet.
const PERCENT_AFTER = /^\s?(?:%|percent\b|per\s?cent\b|pct\b|pp\b|percentage points?\b|bps\b|basis points\b)/i;
const MULTIPLIER_AFTER = /^\+?\s?[x×](?![A-Za-z0-9])|^-fold\b/i;
const MAGNITUDE_AFTER = /^\s?(?:thousand|million|billion|trillion|mn|bn)\b|^[kmb]\+?(?![A-Za-z0-9\u00C0-\u024F])/i;
/** A unit glued on: 300ms, 2hrs, 40GB, 10kloc. */
const UNIT_AFTER = /^(?:ms|sec|secs|min|mins|hr|hrs|gb|tb|mb|kb|pb|qps|rps|tps|fps|kloc|loc)(?![A-Za-z0-9\u00C0-\u024F])/i;
const CURRENCY_AFTER = /^\s?(?:USD|EUR|GBP|CHF|dollars|euros|pounds)\b/i;
const CURRENCY_BEFORE = /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF))\s?$/;
const MULTIPLIER_WORD = /\b(?:doubled|doubling|tripled|tripling|quadrupled|halved|halving|twofold|threefold|fourfold|tenfold)\b/i;
/** Cheap first look for spelled-out numbers before the costlier patterns below. */
const SPELLED_ANY = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
// (Up to three words on: "two CHI late-breaking-work papers" counts papers.)
const SPELLED = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|millions|dozen|dozens)\b(?:\s+of)?\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/giu;
const SPELLED_MAGNITUDE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a|several|hundreds of|tens of|a few)\s+(?:hundred|thousand|million|billion)s?\b|\b(?:millions|billions) of\b/i;
/** A share is a result: "about a third of our content", "cut review time in half", "two-thirds of tickets", "cut waste by roughly a third". */
const FRACTION = /\b(?:(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?|half)|half)\s+of\b|\bin\s+half\b|\bby\s+(?:(?:roughly|about|around|nearly|almost|over|more\s+than|close\s+to)\s+)?(?:(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?)|half)\b(?!\s+(?:past|to)\b)/i;
/**
 * Numbers that name a form, not a quantity: US tax and payroll forms ("1099 preparation", "1040
 * returns"); "360" reviews and views ("360 feedback", "customer 360"); emergency lines ("911 calls",
 * "999 dispatch"). A count of people or things
 * right after one is still a count ("941 customers").
 */
const NAMED_NUMBERS = new Set(['1099', '1098', '1096', '1095', '1040', '1065', '1120', '941', '940', '990', '360', '911', '999']);
const NAMED_NUMBER_NOUN = /^(?:returns?|forms?|filings?|preparation|reporting|reconciliations?|contractors?|vendors?|feedback|degree|reviews?|view|evaluations?|assessments?|surveys?|tables?|dashboards?|calls?|dispatch|dispatchers?|operators?|emergenc(?:y|ies)|services)$/i;

function namesAForm(n: string, prev: string | undefined, next: string | undefined): boolean {
  if (!NAMED_NUMBERS.has(n)) return false;
  if (n === '360') return prev === 'customer' || prev === 'xbox' || (!!next && NAMED_NUMBER_NOUN.test(next));
  return !next || !isCountNoun(next) || NAMED_NUMBER_NOUN.test(next);
}
const SPELLED_SPAN = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)-(?:hours?|days?|weeks?|months?|years?)\b(?!\s+(?:plans?|strateg(?:y|ies)|roadmaps?|visions?|terms?|programs?|programmes?|degrees?|courses?))/i;
const RANK_WORD = /^top$/i;
const UP_TO_SPELLED = /\bup\s+to\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b/i;
// ("Led a ten-member team", "a twelve-person crew", "a forty-bed ward", "a ten-man police unit":
// a size spelled out.)
const SPELLED_SIZE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(?:members?|person|people|man|woman|strong|seat|bed|store|site|room|unit|classroom|office|branch|location|state|country|school|hospital|clinic|vehicle|truck)\b/i;
const TEAM_OF_SPELLED = /\bteam\s+of\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b/i;
/** Digits with their decimal or thousands separators: 40, 2,000, 1.5, 3.11.2. */
const DIGITS = /\d+(?:[.,]\d+)*/g;
// "from 9:40 to 7:55" (handle time), "from 1:45:00 to 1:20:00": a time that changed is a result.
const TIME_CHANGE = /\bfrom\s+\d{1,3}:\d{2}(?::\d{2})?\s+to\s+\d{1,3}:\d{2}(?::\d{2})?(?!\d)/i;
// "with zero variances", "zero lost-time injuries": none at all is a count (but "zero-based
// budgeting", "zero trust", "zero-day" name methods and things, not results).
const ZERO_RESULT = /\bzero[\s-]+(?!(?:based|trust|day|days|sum|shot|knowledge|touch|to|in|on|and|or|the|of)\b)[a-z]{3,}/;

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)

function isAlnum(c: string): boolean {
  return ALNUM.test(c);
}

/** Words that take a version or model number, so the number after them is a name, not a result. */
const VERSION_CONTEXT = new Set(
  `python java javascript ecmascript es typescript windows win macos ios ipados android os angular angularjs vue react node node.js nodejs php
  rails ruby django perl scala swift kotlin go golang rust c# .net net dotnet spring bootstrap webpack html css http https tls ssl sql server
  postgresql postgres mysql oracle office excel vista xp xbox playstation ps iphone ipad galaxy pixel ubuntu debian fedora rhel centos
  kubernetes jakarta ee unity unreal engine photoshop version ver release v gen generation level tier phase stage series model type class
  grade chapter section step part room fortune industry web iso iec soc pci dss nist fips rfc ieee article form hipaa cobol fortran
  visual studio xcode jdk jre openjdk elasticsearch kafka spark hadoop scala3 lua matlab sap s/4hana dynamics salesforce sprint round
  cohort batch season episode volume vol no number years grades ages levels`.split(/\s+/),
);

/** Nouns that make the number before them a count or a measure. Plurals are matched by their stem too. */
const COUNT_NOUNS = new Set(
  `people person users user customers customer clients client teams team members member engineers engineer developers developer designers
  analysts employees staff reports hires interns students learners stakeholders partners vendors suppliers services microservices servers nodes
  clusters databases apis endpoints requests queries transactions orders events messages emails calls tickets incidents bugs issues defects
  tests deployments releases builds repos repositories apps applications products features pages sites websites stores locations offices
  countries regions markets cities languages accounts subscribers followers visitors downloads installs sessions views impressions leads deals
  contracts projects courses workshops talks papers articles patents records rows documents files pipelines models dashboards hours hour hrs
  days day weeks week months month years year minutes minute mins seconds second secs ms milliseconds sec gb tb pb mb kb qps rps tps points pts
  stars lines loc units items skus machines devices vehicles patients beds miles km countries states campuses schools hospitals agents
  reps sellers buyers merchants brands titles games players members volunteers attendees participants candidates applicants positions roles
  headcount fte ftes stories tasks jobs workflows processes integrations migrations modules libraries packages plugins components screens
  videos posts campaigns audits tons kg lbs percent times`.split(/\s+/),
);

/**
 * After a spelled-out number, whether one of the next words is what it counts, with only its
 * modifiers between ("two local lenders", "two CHI late-breaking-work papers"); a preposition or
 * "and" ends the phrase ("two of us" counts nothing).
 */
function countsAhead(words: (string | undefined)[]): boolean {
  for (const w of words) {
    if (!w) return false;
    if (isCountNoun(w)) return true;
    // ("three weekly harm-reduction and DBT groups": modifiers joined by "and" still lead to what is counted.)
    if (AND_OR.test(w)) continue;
    if (/^(?:of|for|to|in|on|with|at|by|from|the|a|an)$/i.test(w)) return false;
  }
  return false;
}
const AND_OR = /^(?:and|or|&)$/i;
const WORD_RUN = /[\p{L}&-]+/gu;

/** The next `n` words after `at` (letters, "&" and hyphens), read from a bounded slice. */
function wordsAfter(text: string, at: number, n: number): string[] {
  return (text.slice(at, at + 90).match(WORD_RUN) ?? []).slice(0, n);
}

const LOWER_START = /^[a-z]/;

function isCountNoun(w: string | undefined): boolean {
  if (!w) return false;
  const x = w.toLowerCase().replace(/[^a-z\u00C0-\u024F]+$/, '');
  if (COUNT_NOUNS.has(x)) return true;
  // Any plural noun after a number reads as a count ("3 dashboards", "12 vendors").
  return x.length > 3 && /[^s']s$/.test(x) && LOWER_START.test(x);
}

const PREV_WORD_CHAR = /[A-Za-z0-9\u00C0-\u024F.#+/-]/;

const HAS_SPACE = /\s/;
const DOTS_END = /[.]+$/;
const CLAUSE_END = /[.!?:;]\s*$/;

/** Words around an index: previous word and the next two words. */
function around(text: string, start: number, end: number): { prev?: string; prevIsFirst: boolean; prevAfterStop: boolean; next: (string | undefined)[] } {
  // Backwards by hand: an end-anchored regex here backtracks over the whole prefix.
  let i = start;
  while (i > 0 && HAS_SPACE.test(text.charAt(i - 1))) i--;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < 40 && PREV_WORD_CHAR.test(text.charAt(i - 1))) i--;
  const prev = i < wordEnd ? text.slice(i, wordEnd).replace(DOTS_END, '') : undefined;
  let prevIsFirst = false;
  let prevAfterStop = false;
  if (prev) {
    const lead = text.slice(0, i);
    prevIsFirst = !ALNUM.test(lead);
    prevAfterStop = CLAUSE_END.test(lead.slice(-8));
  }
  const after = text.slice(end, end + 60);
  const nm = /^\s*([A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'/-]*)(?:\s+([A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'/-]*))?/.exec(after);
  return { prev: prev || undefined, prevIsFirst, prevAfterStop, next: nm ? [nm[1], nm[2]] : [] };
}

function isYear(n: string): boolean {
  return /^(?:19[5-9]\d|20\d\d)$/.test(n);
}

function isCapitalisedName(w: string): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(w);
}

/**
 * Telephone numbers and toll-free prefixes are names, not results: "our 1-888 line",
 * "(555) 123-4567", "415-555-0100", "+1 415 555 0100", "1-800-FLOWERS".
 */
const PHONE =
  /(?<![\w.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4}|\d{3}[.-]\d{3}[.-]\d{4}|1[ .-]8(?:00|33|44|55|66|77|88)(?:[ .-][\dA-Z]{3,7}){0,2}|\+\d{1,3}(?:[ .-]\d{2,4}){2,4})(?![\w%])/g;

/** The text with telephone numbers blanked (same length). Every shape has digit groups joined by - . ) or a space. */
function maskPhones(text: string): string {
  return /\d[-.) ]\(?\d/.test(text) ? text.replace(PHONE, (m) => ' '.repeat(m.length)) : text;
}

/** An ordinal that is a rank, after the digits: "2nd prize", "1st place", "3rd of 40 teams", "5th in the country". */
const RANK_AFTER = /^(?:st|nd|rd|th)\s+(?:place|prize|position|rank|runner[- ]up|overall|out\s+of|of\s+\d|among|in\s+(?:the\s+)?(?:world|country|nation|region|state|class|competition|contest|league|hackathon|final))\b/i;
/** ... or before the digits: "ranked 5th", "placed 3rd", "finished 2nd". */
const RANK_BEFORE = /\b(?:ranked|placed|finished|came)\s+(?:\w+\s+)?$/i;

/**
 * Removes what cannot hold a result: inline code, URLs, link targets, e-mail addresses. Linear in
 * the text (issue 13): a link target stops at the next "]" (so "[a](" repeated is read once, not
 * once per "]("), and an address is a token tested by isAddressToken, not `\S+@\S+\.\S+`, which
 * re-read the whole token from each of its characters.
 */
function strip(text: string, keepOffsets = false): string {
  text = maskPhones(text);
  if (!/[`@]|\]\(|https?:|www\./i.test(text)) return text;
  if (!keepOffsets)
    return text
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)\]]*\)/g, '] ')
      .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
      .replace(/\S+/g, (t) => (isAddressToken(t) ? ' ' : t));
  // For metricSpans: blanks of the same length, so offsets still point into the text.
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(/`[^`]*`/g, blank)
    .replace(/\]\([^)\]]*\)/g, (m) => ']' + blank(m.slice(1)))
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, blank)
    .replace(/\S+/g, (t) => (isAddressToken(t) ? blank(t) : t));
}

/** A word opening in lower case at the text's start or after a space or a list separator, which is not the separator "and". */
const LOWER_WORD = /(?:^|[\s,&/])(?!and\b)\p{Ll}/u;

/**
 * A list of names rather than a sentence ("React, Apollo, Styled Components"): every comma- or
 * "and"-separated item is a short run of capitalised words. Such lines describe tools, not results.
 */
export function isNameList(text: string): boolean {
  const stripped = strip(text);
  // A word in lower case after a space or a separator, other than "and", is a word of some part:
  // most sentences have one within a few words, and are no list without the splitting below.
  if (LOWER_WORD.test(stripped)) return longNameList(stripped);
  const parts = stripped.replace(/[.;]\s*$/, '').split(/,|\band\b|&|\//).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.every((p) => {
    const ws = p.split(/\s+/);
    return ws.length <= 3 && ws.every((w) => /^[^\p{Ll}]/u.test(w));
  });
}

/**
 * A long list of tools' names, a few of them with a word in lower case ("Google Ads API, Devise,
 * Honey Badger, Stripe, AASM state machines, Simple Form, VCR"; "_Ruby, Rails, HTML, CSS, React_"):
 * six items or more between commas, each of five words at most, five in six opening on a capital or
 * a digit, the first no past form of a verb. A sentence has fewer commas, and longer stretches between them.
 */
function longNameList(stripped: string): boolean {
  const parts = stripped.replace(LIST_WRAP_G, ' ').replace(/[.;]\s*$/, '').split(',');
  if (parts.length < 6) return false;
  let named = 0;
  for (const p of parts) {
    const ws = p.trim().split(/\s+/);
    if (!ws[0] || ws.length > 5) return false;
    if (/^[^\p{Ll}]/u.test(ws[0])) named++;
  }
  // (Not a sentence that opens on what was done to the things it lists: "Led Sales, Marketing, …".)
  const first = /\p{L}+/u.exec(parts[0])?.[0] ?? '';
  return named * 6 >= parts.length * 5 && !isPastForm(first.toLowerCase());
}
// The emphasis marks round a whole list ("_Ruby, Rails, HTML_").
const LIST_WRAP_G = /(?:^|\s)[_*]+|[_*]+(?=\s|$)/g;

const TERM_LIST_END = /[.;]\s*$/;
const TERM_SEPARATOR = /\s*[,;]\s+/;
const TERM_WORD = /^[\p{Ll}\p{Lu}][\p{L}&/-]*$/u;

/**
 * A line of areas in lower case, not a sentence ("client services, software implementation, testing."):
 * short noun phrases between commas, no verb opening it and no past form in it. It names what the
 * work was about and claims no result, as a list of names does.
 */
function isTermList(text: string): boolean {
  const t = text.trim().replace(TERM_LIST_END, '');
  if (!LOWER_START.test(t) || !t.includes(',')) return false;
  const parts = t.split(TERM_SEPARATOR);
  if (parts.length < 2) return false;
  const first = parts[0].split(/\s+/)[0];
  if (isStrongVerb(first) || isPastForm(first) || isLexPast(first)) return false;
  return parts.every((p) => {
    const ws = p.split(/\s+/);
    return ws.length <= 4 && ws.every((w) => TERM_WORD.test(w) && !isPastForm(w) && !isLexPast(w));
  });
}

/** Lines that list tools rather than describe work ("Tech stack: Go, Postgres"). */
// (Also what was studied and in what, and a language's level: "Modules: epidemiology, …", "MSc
// dissertation: …", "Key medical specialties: …", "English: Full professional proficiency.")
const LABEL_LINE = /^\W*(?:(?:other|second|foreign|programming|spoken|main|key|core)\s+)?(?:tech(?:nologies|nology| stack)?|stack|tools?|environment|skills?|languages?|keywords?|built with|business or sector|type of business|sector|industry|reporting to|reported to|reason for leaving|(?:(?:key|main|relevant|core|selected)\s+)?(?:\w+\s+)?(?:modules?|courses?|coursework|dissertation|thesis|results?|grades?|specialt(?:y|ies)|specialit(?:y|ies)|subjects?|areas? of (?:focus|expertise)|expertise|clients)|english|french|spanish|german|mandarin|chinese|cantonese|arabic|hindi|urdu|portuguese|italian|japanese|korean|russian|persian|farsi|dutch|turkish|polish|swedish)(?:\/\w+)?(?:\s+include[sd]?)?\s*:/i;
/** "**Key Result:** Contributed to …": a claim of a role's result, not a label of grades ("Results: Distinction"). */
const KEY_RESULT = /^\W*key\s+results?\s*\W*:/i;
/** The same labels of what was studied with their colon lost in a PDF's copy ("Thesis Kinetic study of …", "Advisor Prof. Li"). */
const LABEL_NO_COLON = /^\W*(?:[Tt]hesis|[Dd]issertation|[Aa]dvis[oe]rs?|[Ss]upervisors?)(?:\s+[Tt]itle)?\s+\p{Lu}[\p{L}.]*(?![-–:\p{L}.])/u;
/**
 * An honour received ("Received the Department's Medal of Merit in 2009", "Named Engineer of the
 * Year"): the award is the result, no number is owed (also with the common slip "Recieved").
 */
/**
 * An honour named, with no verb ("Pulitzer Prize for breaking news", "Harlow and Reyes Memorial
 * scholarships", "Member of Phi Beta Kappa honor society"): a line of an awards list.
 */
const NAMED_HONOUR = /^\W*\p{Lu}[\p{L}'’.-]*\s+(?:(?:\p{Lu}[\p{L}'’.-]*|and|&|of|the)\s+){0,7}(?:[Aa]wards?|[Pp]rizes?|[Mm]edals?|[Ss]cholarships?|[Ff]ellowships?|[Hh]onou?rs?)\b|^\W*[Mm]ember of\b.{0,80}\b(?:honou?r|honorary)\s+societ(?:y|ies)\b/u;
/** NAMED_HONOUR, not opening with a verb ("Led the Harlow Scholarships drive" is work done). */
function namedHonour(text: string): boolean {
  if (!NAMED_HONOUR.test(text)) return false;
  const first = FIRST_LATIN_WORD.exec(text)?.[1];
  return !first || !(isStrongVerb(first) || isPastForm(first) || isLexPast(first));
}
// Lines that record rather than claim: a reference ("Bryant, T., Raphael, D. (2019) Staying Alive …"),
// a course by its code ("MED6288 Policy and Decision-Making (Fall 2016, 2017)"), a post or a
// membership set after its dates and a tab ("Aug 2018 – Apr 2021<tab>Voting Member, Senate
// Committee on Research"). None owes a number.
const CITATION_START = /^[\s*_]*\p{Lu}[\p{L}'’-]+,\s\p{Lu}\.(?:\s?\p{Lu}\.)*[,\s&]/u;
const CITATION_YEAR = /\((?:19|20)\d{2}[a-z]?\)/;
const COURSE_CODE_START = /^[\s*_]*[A-Z]{2,5}\s?(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?\s+\p{Lu}/u;
const DATES_THEN_GAP = /^[\s*_]*(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d{2}(?:\s*[–—-]\s*(?:(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d{2}|present|current|now|today))?(?:\t\s*|\s{3,})\S/iu;
function recordLine(text: string): boolean {
  return (CITATION_START.test(text) && CITATION_YEAR.test(text)) || COURSE_CODE_START.test(text) || DATES_THEN_GAP.test(text);
}

const HONOUR_LINE = /^\W*(?:received|recieved|awarded|won|earned|named|selected as|recogni[sz]ed (?:as|with|for)|honou?red (?:as|with)|(?:[\w-]+\s+)?recipient of)\b(?=.{0,100}\b(?:awards?|medal|prize|honou?rs?|scholarship|fellowship|commendation|of the (?:month|quarter|year)))/i;

/**
 * Whether a bullet is one that should carry a result at all: not a tool list, not a label line,
 * at least `minWords` words (missing-metric's default is 4). The status item's share should count
 * the same bullets as missing-metric: bullets of work entries for which this is true.
 */
export function isMeasurable(text: string, minWords = 4): boolean {
  return minWords !== 4 || text.length > 2000 ? computeIsMeasurable(text, minWords) : memo(text, MEASURABLE_KNOWN, MEASURABLE, computeIsMeasurable4);
}

const computeIsMeasurable4 = (text: string) => computeIsMeasurable(text, 4);

const ALNUM = /[A-Za-z0-9\u00C0-\u024F]/;

/** ALNUM for one UTF-16 code unit. */
const isAlnumCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);

/** What \s matches in a regex, for one UTF-16 code unit. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const FIRST_LATIN_WORD = /^[^A-Za-z\u00C0-\u024F]*([A-Za-z\u00C0-\u024F]+)/;

function computeIsMeasurable(text: string, minWords: number): boolean {
  if ((LABEL_LINE.test(text) && !KEY_RESULT.test(text)) || LABEL_NO_COLON.test(text) || HONOUR_LINE.test(text) || namedHonour(text) || isNameList(text) || isTermList(text) || recordLine(text)) return false;
  // Words as a reader counts them: "Sub-sub-achievement i;" is two, "CI/CD" one.
  // Words are whitespace-separated tokens with a letter or digit in them, read character by
  // character (what /\S+/g with ALNUM on each token counts, without a match object per token:
  // ~4% of what a large lint allocated). /\S*[A-Za-z0-9]\S*/g re-read a run of punctuation from
  // each of its characters (issue 13: a bullet of 24 KB of dots took 2.5 s).
  let n = 0;
  let alnum = false;
  for (let i = 0; i < text.length && n < minWords; i++) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c)) {
      if (alnum) n++;
      alnum = false;
    } else if (!alnum && isAlnumCode(c)) alnum = true;
  }
  if (alnum) n++;
  if (n >= minWords) return true;
  // A line that opens with an action verb claims a result however its words are joined: "Improved dock-to-stock time".
  const first = FIRST_LATIN_WORD.exec(text);
  if (!first || !(isStrongVerb(first[1]) || isPastForm(first[1]) || isLexPast(first[1]))) return false;
  let parts = 0;
  const part = /[A-Za-z0-9\u00C0-\u024F]+/g;
  while (parts < minWords && part.exec(text)) parts++;
  return parts >= minWords;
}

// Bullets mostly stay the same between keystrokes and each is read by missing-metric and the
// status bar: results are memoised by text (pure functions of it; bounded, cleared when full).
// Both answers share one entry, as bits: a lookup in a large map costs more than either answer
// for a short bullet, so the second question about a bullet finds the entry the first one made.
const MEMO_LIMIT = 20000;
const MEASURABLE_KNOWN = 1;
const MEASURABLE = 2;
const METRIC_KNOWN = 4;
const METRIC = 8;
const factsOf = scoped(() => new Map<string, number>());

function memo(key: string, known: number, yes: number, compute: (text: string) => boolean): boolean {
  const facts = factsOf();
  const f = facts.get(key);
  if (f !== undefined && f & known) return (f & yes) !== 0;
  const v = compute(key);
  if (f === undefined && facts.size >= MEMO_LIMIT) facts.clear();
  // A new entry's key is a copy: a bullet's text is a slice of the document, which it would keep alive.
  facts.set(f === undefined ? detach(key) : key, (f ?? 0) | known | (v ? yes : 0));
  return v;
}

/** True when the text states a measurable result. */
export function hasMetric(raw: string): boolean {
  return raw.length > 2000 ? computeHasMetric(raw) : memo(raw, METRIC_KNOWN, METRIC, computeHasMetric);
}

function computeHasMetric(raw: string): boolean {
  return scanMetrics(strip(raw));
}

/**
 * Where the measurable results in a text are (the numbers hasMetric counts, with their unit,
 * currency or counted noun), as offsets into `raw`, for highlighting. Empty when hasMetric is false.
 */
export function metricSpans(raw: string): Span[] {
  if (!hasMetric(raw)) return [];
  const out: Span[] = [];
  scanMetrics(strip(raw, true), out);
  return out;
}

/** Span of the first match of `re` (not global) in `text`, or undefined. */
function matchSpan(re: RegExp, text: string): Span | undefined {
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * True at the first measurable result. With `out`, goes on to the end instead and records each
 * one's span (hasMetric asks the first question, metricSpans the second).
 */
function scanMetrics(text: string, out?: Span[]): boolean {
  // Whether there is one does not depend on which is found first: numbers, the commonest results,
  // are read first, and the word patterns' five scans only when no number is one. The spans keep
  // their order (words', then numbers').
  if (!out) return scanNumbers(text) || scanWords(text);
  scanWords(text, out);
  scanNumbers(text, out);
  return false;
}

/** Callback for the scans: records the span (with `out`) and says whether to stop (without). */
function finder(out: Span[] | undefined): (span: Span | undefined) => boolean {
  return (span) => {
    if (out && span) out.push(span);
    return !out;
  };
}

/**
 * What any of scanWords' five patterns needs somewhere in the text (each of their matches holds one
 * of these, case aside): most bullets have none and are passed over with one scan instead of five
 * (the five were ~1.5% of a cold lint).
 */
const MAY_STATE_IN_WORDS = /\b(?:doubl|tripl|quadrupl|halv|twofold|threefold|fourfold|tenfold|from\s+\d|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)|half|third|quarter|fifth/i;

/** scanMetrics for results in words: multipliers, a time that changed, "zero …", shares, spelled-out counts. */
function scanWords(text: string, out?: Span[]): boolean {
  if (!MAY_STATE_IN_WORDS.test(text)) return false;
  const found = finder(out);
  if (MULTIPLIER_WORD.test(text) && found(matchSpan(MULTIPLIER_WORD, text))) return true;
  if (TIME_CHANGE.test(text) && found(matchSpan(TIME_CHANGE, text))) return true;
  if (ZERO_RESULT.test(text) && found(matchSpan(ZERO_RESULT, text))) return true;
  if (FRACTION.test(text) && found(matchSpan(FRACTION, text))) return true;
  if (SPELLED_ANY.test(text)) {
    if (TEAM_OF_SPELLED.test(text) && found(matchSpan(TEAM_OF_SPELLED, text))) return true;
    if (SPELLED_SIZE.test(text) && found(matchSpan(SPELLED_SIZE, text))) return true;
    if (SPELLED_MAGNITUDE.test(text) && found(matchSpan(SPELLED_MAGNITUDE, text))) return true;
    // ("Cleared a six-month backlog", "a two-year contract renewal": a span of time spelled out.)
    if (SPELLED_SPAN.test(text) && found(matchSpan(SPELLED_SPAN, text))) return true;
    SPELLED.lastIndex = 0;
    for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text))
      if (countsAhead(wordsAfter(text, m.index + m[1].length, 6)) && found({ start: m.index, end: m.index + m[0].length })) return true;
    // ("a caseload of up to four individual psychotherapy cases": a bound spelled out is a count.)
    if (UP_TO_SPELLED.test(text) && found(matchSpan(UP_TO_SPELLED, text))) return true;
  }
  return false;
}

const HAS_DIGIT = /\d/;
const DASHES = '-–—';
const YEAR_LEAD = /^(?:the|during|since|until)$/i;
const NAMED_SPAN = /^-(?:years?|yr|months?|weeks?|days?)\s+(?:plans?|strateg(?:y|ies)|roadmaps?|visions?|terms?|contracts?|leases?|warrant(?:y|ies)|outlooks?|forecasts?|histor(?:y|ies)|anniversar(?:y|ies))\b/i;
const SERIES_CHAR = /[A-Za-z0-9]/;
const LETTER = /[A-Za-z]/;

/** Whether the word before the dash at `dash` is a series name holding letters and digits ("S7", "A320"). */
function modelBefore(text: string, dash: number): boolean {
  let i = dash;
  while (i > 0 && dash - i < 12 && SERIES_CHAR.test(text.charAt(i - 1))) i--;
  const word = text.slice(i, dash);
  return word.length >= 2 && LETTER.test(word) && HAS_DIGIT.test(word);
}

/** Where a range ending at the dash at `dash` starts ("1–6": the "1"). */
function rangeStart(text: string, dash: number): number {
  let i = dash;
  while (i > 0 && dash - i < 12 && /[\d.,]/.test(text.charAt(i - 1))) i--;
  return i;
}
const DOTS_G = /\./g;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
const JOINING_WORD = /^(?:to|and|or|for|of|in|on|at|with|from|by|into|onto|via|than|as)$/;
const LETTERED_ITEM = /^\([a-z]\)/;
const ACRONYM = /^[A-Z]{2,6}$/;
const LONG_NUMBER = /^\d{4,}(?:\.\d+)?$/;
const WORD_AHEAD = /^\s*[^\s,.;:)]+/;
const TWO_WORDS_AHEAD = /^\s*\S+\s+[^\s,.;:)]+/;
const POSSESSIVE_AFTER = /^['’]s(?![A-Za-z0-9])/;

/** scanMetrics for results in digits. */
function scanNumbers(text: string, out?: Span[]): boolean {
  const found = finder(out);
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const n = m[0];
    const start = m.index;
    const end = start + n.length;
    const b1 = text.charAt(start - 1);
    // Glued to a name or version: S3, EC2, K8s, IPv6, Web3, HTTP/2, v1.2, 24/7, 1:1, COVID-19.
    if (b1 && isAlnum(b1)) continue;
    if (b1 === '/' || b1 === '\\' || b1 === '_' || b1 === ':' || b1 === '.') continue;
    if (b1 === '-' && isAlnum(text.charAt(start - 2)) && !HAS_DIGIT.test(text.charAt(start - 2))) continue;
    // "S7-1500 PLCs", "A320-200 fleet": a model's number after its series' letters and digits.
    if (b1 === '-' && modelBefore(text, start - 1)) continue;
    if ((n.match(DOTS_G) ?? []).length >= 2) continue; // 3.11.2
    // A year cut to two digits after an apostrophe ("OSDI'26", "Fall ’23", "('98-'00)") says when.
    if ((b1 === "'" || b1 === '’') && n.length === 2) continue;
    const rest = text.slice(end, end + 24);
    // A number's possessive ("Acme Enterprise’s 8.0’s platform", "the 1990's") is a version's
    // or a time's name, not a count.
    if (POSSESSIVE_AFTER.test(rest)) continue;
    const after = PERCENT_AFTER.exec(rest) ?? MULTIPLIER_AFTER.exec(rest) ?? MAGNITUDE_AFTER.exec(rest) ?? UNIT_AFTER.exec(rest) ?? CURRENCY_AFTER.exec(rest);
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
    if (after || before) {
      if (found({ start: before ? start - before[0].length : start, end: end + (after ? after[0].length : 0) })) return true;
      continue;
    }
    const a1 = rest.charAt(0);
    // A rank is a result: "2nd prize", "placed 3rd".
    const rank = RANK_AFTER.exec(rest);
    if (rank || (ORDINAL_SUFFIX.test(rest) && RANK_BEFORE.test(text.slice(Math.max(0, start - 24), start)))) {
      if (found({ start, end: end + (rank ? rank[0].length : 2) })) return true;
      continue;
    }
    // 5G, 3D, 2nd, 10th; 24/7; 1:1; 4-5x handled above, 10-20 users: the second number counts.
    if (a1 && (isAlnum(a1) || a1 === '/' || a1 === '_' || a1 === ':')) continue;
    // 401(k), 403(b), 501(c)(3): plans and statuses named by a section of the tax code.
    if (a1 === '(' && LETTERED_ITEM.test(rest)) continue;
    const ctx = around(text, start, end + (a1 === '+' ? 1 : 0));
    const prev = ctx.prev?.toLowerCase();
    if (prev && VERSION_CONTEXT.has(prev)) continue;
    // "AS 1170.4", "BS 7671", "EN 1090": a standard's number after its body's initials names it,
    // whatever noun follows ("AS 1170.4 earthquake actions").
    if (ctx.prev && !ctx.prevIsFirst && ACRONYM.test(ctx.prev) && LONG_NUMBER.test(n) && !isYear(n)) continue;
    if (namesAForm(n, prev, ctx.next[0])) continue;
    // "across the lower 48 (states)": the contiguous US states, a place.
    if (n === '48' && prev === 'lower') continue;
    // "during the 2020 wildfires", "the 2024 ice storm": a year after "the" names when, however a
    // plural noun after it reads.
    if (isYear(n) && prev !== undefined && YEAR_LEAD.test(prev)) continue;
    // "grades 3–6 students", "Years 7–11 pupils": a range named by its first number's word names
    // who, whatever it counts (the range's own test below comes after the count's).
    if (DASHES.includes(b1) && HAS_DIGIT.test(text.charAt(start - 2)) && VERSION_CONTEXT.has(around(text, rangeStart(text, start - 1), start - 1).prev?.toLowerCase() ?? '')) continue;
    const nounFirst = isCountNoun(ctx.next[0]);
    // ("40 new customers"; not "Word 5.1 to Windows 95": a word joining two phrases is no adjective of the noun after it.)
    const counted = nounFirst || (ctx.next[0] !== undefined && LOWER_START.test(ctx.next[0]) && !JOINING_WORD.test(ctx.next[0]) && isCountNoun(ctx.next[1]));
    if (counted) {
      // The number with the noun it counts: "40,000 customers", "14 source systems".
      const noun = (nounFirst ? WORD_AHEAD : TWO_WORDS_AHEAD).exec(text.slice(end, end + 60));
      if (found({ start, end: end + (noun?.[0].length ?? 0) })) return true;
      continue;
    }
    if (isYear(n)) continue;
    if (a1 === '-' && HAS_DIGIT.test(rest.charAt(1))) continue; // a range: judged by its second number
    // "the 5-year plan", "a 3-year lease": how long a plan or a term runs names it, no result.
    if (a1 === '-' && NAMED_SPAN.test(rest)) continue;
    // "Years 1–6", "grades 9–12": a range's second number is judged by the word before the range.
    if (DASHES.includes(b1) && HAS_DIGIT.test(text.charAt(start - 2))) {
      const first = around(text, rangeStart(text, start - 1), start - 1);
      if (first.prev && (VERSION_CONTEXT.has(first.prev.toLowerCase()) || (!first.prevIsFirst && !first.prevAfterStop && isCapitalisedName(first.prev)))) continue;
    }
    // "Python 3", "Windows 10", "Angular 2": a number right after a name inside the sentence.
    // ("ranked Top 10", "a Top 5 producer": a rank, whatever its capital.)
    if (ctx.prev && !ctx.prevIsFirst && !ctx.prevAfterStop && isCapitalisedName(ctx.prev) && !RANK_WORD.test(ctx.prev)) continue;
    if (found({ start, end })) return true;
  }
  return false;
}
