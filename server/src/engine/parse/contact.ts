// Contact details inside a line of text: e-mail, phone, profile links and a location, each with
// its span. Used on the lines above the first section (and a contact section or footer).
import type { Contact, Field } from '../model';
import { type Cleaned, spanOf, trimRange } from './inline-clean';
import places from '../data/places.json';
import { isCountry, isKnownCity, isLocalityPlace, isPlace, isRegion, isRemote, nameWithCredential } from './places';
import { ORG_WORDS, TITLE_WORDS } from './header-fields';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Bare addresses end in a common generic or national top-level domain ("aoifewrites.ie", "jdoe.co.uk").
const URL =
  /(?:https?:\/\/|www\.)[^\s<>()|,"]+|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|io|dev|me|org|net|co|app|ai|info|page|site|xyz|tech|blog|ie|uk|ca|au|nz|za|in|de|fr|nl|es|it|se|ch|eu|us|studio|design|art|online|website|ke|ng|gh|ug|pt|br|mx|ar|cl|pl|dk|fi|jp|kr|hk|sg|ph|pk|ae|tr|ro|gr|cz|hu|eco|cv|link|tv|fm|pro|bio|works|email)(?:\/[^\s<>()|,"]*)?(?![\w@])/gi;
// 7 to 15 digits with the usual punctuation; not a date range ("2019 - 2020" has 8 digits but a
// dash between two years, which the caller filters by looking for a 4-4 digit shape).
const NOT_PHONE_LABEL = /\b(?:job|requisition|req|posting|reference|ref|application|certificate|licen[cs]e|registration|member(?:ship)?|employee|student|account|order|invoice|tax|pin|nmc|npi)\s*(?:(?:number|no\.?|num|#|id)\s*[:#]?|[:#])[\s\t]*$/i;
const PHONE = /(?<![\w/.])\(?\+?\(?\d[\d ().\-]{5,18}\d(?![\w/])/g;
// Font Awesome's brand icons copy out of a PDF as private-use characters right before the handle:
// GitHub (U+F09B, U+F092, U+F113), LinkedIn (U+F08C, U+F0E1), Twitter/X (U+F099, U+F081, U+E61B),
// Stack Overflow (U+F16C), GitLab (U+F296), Medium (U+F23A), Behance (U+F1B4), Dribbble (U+F17D),
// Skype (U+F17E), CodePen (U+F1CB), Telegram (U+F2C6), Kaggle (U+F5FA), ORCID (U+F8D2),
// ResearchGate (U+F4F8), Mastodon (U+F4F6), Google Scholar (U+E63B).
// The networks a handle is named after (the icon fonts' glyphs for them are in HANDLE too).
const NETWORK_NAMES = 'github|gitlab|linkedin|twitter|stack\\s?overflow|behance|dribbble|medium|kaggle|orcid|mastodon|bluesky|telegram|skype|leetcode|codepen';
// (An ORCID iD, "ORCID: 0000–0002–5538–8845", whole: its dashes are en dashes as LaTeX typesets them.)
const ORCID = '\\d{4}(?:[-–—]\\d{4}){2}[-–—]\\d{3}[\\dX]';
const HANDLE = new RegExp(`(?<![\\w/.])(?:${NETWORK_NAMES}|[\\uf09b\\uf092\\uf113\\uf08c\\uf0e1\\uf099\\uf081\\ue61b\\uf16c\\uf296\\uf23a\\uf1b4\\uf17d\\uf17e\\uf1cb\\uf2c6\\uf5fa\\uf8d2\\uf4f8\\uf4f6\\ue63b])(?:-square|-alt|-in)?\\s*:?\\s+(@?\\/?(?:in\\/)?(?:${ORCID}|[A-Za-z0-9][A-Za-z0-9_.-]{1,38}[A-Za-z0-9_]))(?![\\w@.\\/])`, 'gi');
// With a handle before them in brackets or over it, the networks written out in full ("X" too).
const NETWORKS = `${NETWORK_NAMES}|x|soundcloud|instagram|facebook|youtube|xing|researchgate|doximity|threads|tiktok|pinterest|vimeo|substack|wellfound|angellist|upwork`;
const HANDLE_SHAPE = '@?[A-Za-z0-9][A-Za-z0-9_.-]{0,38}[A-Za-z0-9_]';
const HANDLE_BEFORE = new RegExp(`(?<![\\w/.@])(${HANDLE_SHAPE})\\s*\\((?:${NETWORKS})\\)`, 'gi');
const NETWORK_ONLY = new RegExp(`^(?:${NETWORKS})\\s*:?$`, 'i');
const HANDLE_ONLY = new RegExp(`^${HANDLE_SHAPE}$`);
const SOCIAL_HANDLE = /(?<![\w/.])(?:instagram|tiktok|youtube|facebook|vimeo|pinterest|threads)\s*(?::\s*@?|\s+@)([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![\w@.\/])/gi;
const ICON_HANDLE = new RegExp(`^\\s*[^\\sA-Za-z0-9]\\s+(@?[A-Za-z][A-Za-z0-9_.-]{1,38}[A-Za-z0-9_])\\s*$`);
// (Its groups bounded: a run of separators or masks cannot make it backtrack.)
const WIDE_GAP_IN_NUMBER = /\s{2,}/;
// A US ZIP code run into the phone after it (see scanContact).
const ZIP_BEFORE_PHONE = /^\d{5}\s+(?=\(\d{3}\)\s?\d{3}[-.\s]\d{4}$)/;
const EN_DASH_PHONE = /(?<![\w/.])(?:\+\d{1,3}[ .]?)?\(?\d{3}\)?[ \t.]*\d{3}[ \t]*[–—][ \t]*\d{4}(?![\w/])/;
const PHONE_LONG_DASHES = /(?<![\w/.])(?:\+1[ .]?)?\(?\d{3}\)?[ \t]*[–—][ \t]*\d{3}[ \t]*[–—][ \t]*\d{4}(?![\w/])/;
const PHONE_RUN_IN = /(?<=\p{Ll})(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w/])/u;
const MASKED_PHONE = /(?<![\w/.])\+?\(?\d[\d ().-]{1,10}?(?:[ .-][*xX•]{2,4}){2,4}(?![\w*])/;
// A handle that is only a number with a phone's punctuation ("415-849-5589") is a phone number (an
// ORCID iD, which looks like one, is still a handle).
const PHONE_DIGITS = /^[\d().-]{7,}$/;
const ORCID_ID = new RegExp(`^${ORCID}$`);
const phoneNotHandle = (h: string): boolean => PHONE_DIGITS.test(h) && !ORCID_ID.test(h);
const REGION_CODES = new Set(places.regionCodes);
const PLACE_NAMES = new Set([...places.regionNames, ...places.countries]);
// A town's name of one or two capitalised words (a province's code in brackets after it), then a
// comma, opening the text or after a field's mark: "Cesate (MI), ", "| Ostrava-Poruba, ".
const TOWN_BEFORE_COMMA = /(?:^|[|•·;]\s*|\s{2,})(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*)?(?: \(\p{Lu}{2}\))?),\s?$/u;
const LOCATION = /(?<![\p{L}])(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}),\s?(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})(?![\p{L}])/gu;

// A house number (and a compass letter) right before a word: "2920 ", "125 E ", "12b ".
// (At a field's start: not the last group of a phone number or a postcode, "234 2741 Dublin", "752 36 Uppsala".)
const HOUSE_NUMBER_END = /(?:^|[\[(|•·:,]\s*|\s{2,})(\d{1,6}[a-z]?(?:\s+[NSEW]\.?)?\s+)$/;
const STATE_CODE_NEXT = /^,\s?[A-Z]{2}(?![\p{L}])/u;
const BARE_HANDLE = /(^|[|•·◦▪]\s*|\s{2,}|\t)@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_](?=\s*$|\s*[|•·◦▪]|\s{2,}|\t)/g;
// What parts the fields of a contact line: "|", a middle dot or bullet, or a wide gap.
const FIELD_SEP = /\s*[|•·◦▪]\s*|\s{2,}|\t+/g;
// The same, and an icon standing alone between fields ("⌂ Parramatta NSW 2150 ☎ 0412 558 903"); icon
// fonts copy out as symbols, private-use or control characters, or a lone letter of Latin Extended
// that no word is ("Ashgrove, Brisbane QLD 4060 Ħ 0412 736 509 Ɵ emma@…").
const FIELD_OR_ICON = new RegExp(`${FIELD_SEP.source}|(?:^|\\s)[\\p{So}\\p{Co}\\u0080-\\u009f\\u0100-\\u024f]\\ufe0f?(?:\\s|$)`, 'gu');

function looksLikeDates(s: string): boolean {
  const t = s.trim();
  return YEARS_RANGE.test(t) || YEAR_FIRST_DATE.test(t) || DAY_MONTH_YEAR.test(t);
}
const YEARS_RANGE = /^\(?\d{4}\)?\s*[-–—]\s*\(?\d{4}\)?$/;
const YEAR_FIRST_DATE = /^\d{4}[-/]\d{2}([-/]\d{2})?$/;
// ("DOB: 21.07.1999": a day, a month and a year, no phone number, whose first group has three digits or more.)
const DAY_MONTH_YEAR = /^\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d$/;

function f(c: Cleaned, i: number, j: number, trim = ' \t,;|•·()<>[]"\''): Field {
  const [a, b0] = trimRange(c.text, i, j, trim);
  // ("Nantes (44)", "Worcester (USA)": a bracket the value opens is its own to close.)
  const open = c.text[b0] === ')' ? c.text.lastIndexOf('(', b0) : -1;
  const b = open >= a && c.text.indexOf(')', open) === b0 ? b0 + 1 : b0;
  return { value: c.text.slice(a, b), span: spanOf(c, a, b) };
}

// Name prefixes a capital follows inside one name ("McAllen", "DeLuca", "O'Neil"), not a run-in.
export const RUN_IN_PREFIX = /(?:^|[-'’])(?:Mc|Mac|O|D|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)$/;

const MORE_PLACE_Y = /(?:\s*,\s*|\s+)(\(?[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,3}\)?|\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?=$|[\s,;|•·])/uy;

/** Extends a place past its region: a country, a postal code, "(US)". */
function extendPlace(text: string, end: number): number {
  for (let guard = 0; guard < 3; guard++) {
    MORE_PLACE_Y.lastIndex = end;
    const m = MORE_PLACE_Y.exec(text);
    if (!m) break;
    const w = m[1].replace(/[()]/g, '');
    if (!(isRegion(w) || /^\d{4,6}(?:-\d{4})?$/.test(w) || /^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/.test(w))) break;
    end = MORE_PLACE_Y.lastIndex;
  }
  return end;
}

/** "London UK", "Chicago IL US", "BERLIN": a known city followed by regions, or a known city alone. */
function placeWords(t: string): boolean {
  const words = t.replace(/[(),]/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5) return false;
  for (let k = words.length; k >= 1; k--) {
    if (!isKnownCity(words.slice(0, k).join(' '))) continue;
    return words.slice(k).every((w) => isRegion(w) || /^\d{4,6}$/.test(w));
  }
  return false;
}

const PLACE_PIECE = /^\p{Lu}[\p{L}.'’-]*(?: (?:of|de|del|la|the|upon|am|an|\p{Lu}[\p{L}.'’-]*)){0,3}$/u;

/**
 * A part of the line (between strong separators) that is a place written out as a list:
 * "Mapo-gu, Seoul, Republic of Korea", "New York, New York, United States of America 1234".
 * It ends in a country or region (a postal code may follow) and names a known city before it.
 */
function placeList(text: string): [number, number] | undefined {
  if (!text.includes(',')) return undefined;
  let at = 0;
  for (const part of text.split(/\s*(?:[|•·]|\s{2,})\s*/)) {
    const i = text.indexOf(part, at);
    at = i + part.length;
    if (part.length > 80) continue;
    const pieces = part.split(/\s*,\s*/);
    if (pieces.length < 2 || pieces.length > 5) continue;
    const last = pieces[pieces.length - 1].replace(/\s+\d{3,6}(?:-\d{4})?$/, '').replace(/^(?:the )?republic of /i, '');
    if (!(PLACE_NAMES.has(last.toLowerCase()) || REGION_CODES.has(last) || isRegion(last))) continue;
    const head = pieces.slice(0, -1);
    if (!head.every((p) => PLACE_PIECE.test(p)) || !head.some((p) => isKnownCity(p))) continue;
    return [i, i + part.length];
  }
  return undefined;
}

const WHOLE_EMAIL = new RegExp(`^(?:${EMAIL.source})$`);
// "[at]", "(at)", "{at}" for the "@", and "." or "[dot]" for each dot.
// ("alexander at sprlng dot de": the words themselves, as a page's copy gives "[at]" without its brackets.)
const WORDY_EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64} at [A-Za-z0-9-]{1,63}(?: dot [A-Za-z0-9-]{1,63}){0,3} dot [A-Za-z]{2,12}(?![\w-])/i;
const OBFUSCATED_EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}[ \t]?[[({]at[\])}][ \t]?[A-Za-z0-9-]{1,63}(?:[ \t]?(?:\.|[[({]dot[\])}])[ \t]?[A-Za-z0-9-]{1,63}){0,3}[ \t]?(?:\.|[[({]dot[\])}])[ \t]?[A-Za-z]{2,12}(?![\w-])/i;
const SPACED_AT_EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64} @ [A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[A-Za-z]{2,12}(?![\w-])/;
const FRAGMENT = /^[a-z]{1,3}$/;

/**
 * The address a letter-spaced line spells, or undefined: the line (at most 80 characters) is only
 * the address with spaces through it, half its pieces or more of one or two characters, and no
 * piece is an address of its own that a word of at most three letters does not run on from
 * ("Email: ana@example.com" and "contact me at ana@example.com" are no such line).
 */
function spacedEmail(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 80 || !t.includes(' ')) return undefined;
  const pieces = t.split(/\s+/);
  if (pieces.length < 3 || pieces.filter((p) => p.length <= 2).length * 2 < pieces.length) return undefined;
  const k = pieces.findIndex((p) => p.includes('@'));
  if (WHOLE_EMAIL.test(pieces[k]) && !(k + 1 < pieces.length && FRAGMENT.test(pieces[k + 1]))) return undefined;
  const joined = pieces.join('');
  return WHOLE_EMAIL.test(joined) ? joined : undefined;
}

const skipBlank = (t: string): number => t.length - t.trimStart().length;

/** Adds whatever contact details `c` holds to `contact` (first one of each kind wins). */
const COPYRIGHT_LEAD = /^\s*(?:©|\([cC]\)\s*(?:19|20)\d\d|copyright\b)/i;

// A street before the town: the field (after a bar, a bullet, a colon, two spaces or the line's
// start) that ends on a comma, or on spaces; it opens and ends on a letter or a digit, so each start
// is read one way.
const MAX_STREET = 120;
const FIELD_MARK_END = /[|•·:,]$/;
const STREET_BEFORE_COMMA = /(?:^|[|•·:]\s*|\s{2,})([^|•·:,\s](?:[^|•·:,]*[^|•·:,\s])?)\s*,\s*$/;
const STREET_BEFORE_SPACE = /(?:^|[|•·:]\s*|\s{2,})([^|•·:,\s](?:[^|•·:,]*[^|•·:,\s])?)\s+$/;

export function scanContact(c: Cleaned, contact: Contact): boolean {
  const text = c.text.length > 1000 ? c.text.slice(0, 1000) : c.text;
  let found = false;
  // "© 2026 Ethan Dahlmeir • edahlmeir@gmail.com": a page's copyright footer names its owner, no place.
  const placeless = COPYRIGHT_LEAD.test(text);
  const taken: [number, number][] = [];
  const free = (i: number, j: number) => !taken.some(([a, b]) => i < b && j > a);
  // "Name:			Lukas Brändli": a table of personal details, the person's name after its label.
  const nm = NAME_LABELLED.exec(text);
  if (nm && !contact.name && !/[@\d]/.test(nm[1])) {
    const i = nm.index + nm[0].length - nm[1].length;
    contact.name = f(c, i, i + nm[1].length);
    return true;
  }
  // "j o h n . d o e @ e m a i l . c o m", "jo hn.do e@email.co m": an address set with letter-spacing
  // (CSS), which a PDF's text copies with spaces through it; the line is that address alone.
  const spaced = text.includes('@') && !contact.email ? spacedEmail(text) : undefined;
  if (spaced) {
    contact.email = { value: spaced, span: spanOf(c, skipBlank(text), text.trimEnd().length) };
    return true;
  }
  EMAIL.lastIndex = 0;
  for (let m = text.includes('@') ? EMAIL.exec(text) : null; m; m = EMAIL.exec(text)) {
    taken.push([m.index, m.index + m[0].length]);
    if (!contact.email) contact.email = f(c, m.index, m.index + m[0].length);
    found = true;
  }
  // ("cornelius.hennch[at]charite.de", "alexander [at] sprlng [dot] de": an address written so that
  // robots miss it is the person's address all the same.)
  // ("tom.w.augspurger @ gmail.com": spaces set around the "@".)
  if (!contact.email && (text.includes('at]') || text.includes('at)') || text.includes('at}') || text.includes(' dot ') || text.includes(' @ '))) {
    const m = OBFUSCATED_EMAIL.exec(text) ?? WORDY_EMAIL.exec(text) ?? SPACED_AT_EMAIL.exec(text);
    // (Not "Engineer at Acme dot com": a post "at" somewhere.)
    if (m && free(m.index, m.index + m[0].length) && !TITLE_WORDS.test(m[0].split(/[\s[({]/)[0])) {
      taken.push([m.index, m.index + m[0].length]);
      contact.email = f(c, m.index, m.index + m[0].length);
      found = true;
    }
  }
  // A link at [i, j) of the line (its text as far as `to` taken from the other scans), once.
  const take = (i: number, j: number, to = j) => {
    if (!free(i, j)) return;
    taken.push([i, to]);
    addLink(contact, f(c, i, j));
    found = true;
  };
  URL.lastIndex = 0;
  for (let m = text.includes('.') ? URL.exec(text) : null; m; m = URL.exec(text)) {
    const i = m.index;
    let j = i + m[0].length;
    while (j > i && /[.,;:!?)]/.test(text[j - 1])) j--;
    take(i, j);
  }
  // "GitHub: @posquit0", "GITHUB-SQUARE posquit0" (an icon font's glyph name), "LinkedIn: /in/jdoe": a handle after its network.
  HANDLE.lastIndex = 0;
  for (let m = /[a-z]/i.test(text) ? HANDLE.exec(text) : null; m; m = HANDLE.exec(text)) {
    const i = m.index + m[0].length - m[1].length;
    // ("linkedin" / "415-849-5589": a phone number on the line after a network's name is no handle.)
    if (!/^(?:com|www|http)/i.test(m[1]) && !phoneNotHandle(m[1])) take(i, i + m[1].length);
  }
  // "Instagram: @chefjaywest", "TikTok @studio.nadia": networks that are also employers' names take
  // a handle only after a colon or an "@" (never "Facebook Engineer").
  SOCIAL_HANDLE.lastIndex = 0;
  for (let m = text.includes('@') || text.includes(':') ? SOCIAL_HANDLE.exec(text) : null; m; m = SOCIAL_HANDLE.exec(text)) {
    const j = m.index + m[0].length;
    take(j - m[1].length, j);
  }
  // "lvasquez (GitHub)", "lena-vasquez-eng (LinkedIn)": a handle with its network after it in brackets.
  HANDLE_BEFORE.lastIndex = 0;
  for (let m = text.includes('(') ? HANDLE_BEFORE.exec(text) : null; m; m = HANDLE_BEFORE.exec(text)) {
    take(m.index, m.index + m[1].length, m.index + m[0].length);
  }
  // "… | Google Scholar | @isolheim_kelp", "@wkamau_reports" on a line of its own: a bare handle
  // that is a whole field of a contact line ("Engineer @Google" is none).
  BARE_HANDLE.lastIndex = 0;
  for (let m = text.includes('@') ? BARE_HANDLE.exec(text) : null; m; m = BARE_HANDLE.exec(text)) take(m.index + m[1].length, m.index + m[0].length);
  // "ð apennyworth", "§ apennyworth": an icon font's glyph that came out as some other character,
  // alone before a bare handle on its line (which network, the glyph no longer says).
  const iconHandle = !found ? ICON_HANDLE.exec(text) : null;
  if (iconHandle && !/^\d+$/.test(iconHandle[1]) && !/^[A-Z][a-z]+$/.test(iconHandle[1]) && !NETWORK_ONLY.test(iconHandle[1])) {
    const i = iconHandle.index + iconHandle[0].indexOf(iconHandle[1], 1);
    addLink(contact, f(c, i, i + iconHandle[1].length));
    return true;
  }
  if (!placeless && !contact.location) {
    // "Address: Flat 302, Shree Residency, Chakan MIDC Road, Pune - 410501": a labelled address is
    // the location whatever its shape (to the next field separator). Read before the phone, whose
    // pattern would take a postcode of it ("Home: Rua de São Bento 214, 1200-820 Lisbon").
    const m = ADDRESS_LABEL.exec(text);
    if (m) {
      const i = m.index + m[0].length;
      let j = i;
      while (j < text.length && !'|•·\t'.includes(text[j]) && !(text[j] === ' ' && text[j + 1] === ' ')) j++;
      const value = text.slice(i, j).trim();
      if (value.length >= 2 && value.length <= 160 && /\p{L}/u.test(value) && free(i, j)) {
        contact.location = f(c, i, j, ' \t,;|•·');
        taken.push([i, j]);
        found = true;
      }
    }
  }
  // ("+1 (647) 389–4841": an en dash before the last four digits, which PHONE stops at.)
  const dashed = text.includes('–') || text.includes('—') ? EN_DASH_PHONE.exec(text) : null;
  if (dashed && free(dashed.index, dashed.index + dashed[0].length)) {
    taken.push([dashed.index, dashed.index + dashed[0].length]);
    if (!contact.phone) contact.phone = f(c, dashed.index, dashed.index + dashed[0].length, ' \t,;|•·');
    found = true;
  }
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    let s = m[0];
    let at = m.index;
    // ("IN 47408 * (812)323-1590" with its star cleaned away: a postcode, a gap of two spaces or
    // more, then the number; the number is what follows the gap.)
    const gap = WIDE_GAP_IN_NUMBER.exec(s);
    if (gap && s.slice(0, gap.index).replace(/\D/g, '').length <= 5 && s.slice(gap.index).replace(/\D/g, '').length >= 7) {
      at += gap.index + gap[0].length;
      s = s.slice(gap.index + gap[0].length);
    }
    // ("Berkeley, CA 94704 (510) 849-8792": the ZIP code the address ends with, then the number.)
    const zip = ZIP_BEFORE_PHONE.exec(s);
    if (zip) {
      at += zip[0].length;
      s = s.slice(zip[0].length);
    }
    const digits = s.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || looksLikeDates(s) || !free(at, at + s.length)) continue;
    // ("Job Number: 2026-01147", "Certificate Number<TAB>WT-18442": a number a label says is no phone.)
    if (NOT_PHONE_LABEL.test(text.slice(Math.max(0, at - 40), at))) continue;
    // ("407-3421 Rue Durocher, Montreal": a flat's and a house's number before the street's name.)
    // (Only a short number with no country code or brackets: "+1 212 555 0199 Park Avenue" is the phone.)
    if (digits <= 8 && !/[+(]/.test(s) && streetAfter(text.slice(at + s.length, at + s.length + 60))) continue;
    taken.push([at, at + s.length]);
    if (!contact.phone) contact.phone = f(c, at, at + s.length, ' \t,;|•·');
    found = true;
  }
  // A number one of the narrower patterns below found, taken as the phone when its text is free.
  const phoneAt = (m: RegExpExecArray | null): boolean => {
    if (!m || !free(m.index, m.index + m[0].length)) return false;
    taken.push([m.index, m.index + m[0].length]);
    contact.phone = f(c, m.index, m.index + m[0].length, ' \t,;|•·');
    found = true;
    return true;
  };
  if (!contact.phone) {
    const masked = () => {
      const m = MASKED_PHONE.exec(text);
      return m && m[0].replace(/\D/g, '').length >= 3 ? m : null;
    };
    // "Phone: 555 – 201 – 7788": a number's groups set apart by dashes a word processor lengthened.
    // "Prankur Malhotra727.777.7418": a number in its usual groups run into the name before it (pdf.js lost the gap).
    // "+49 176 *** *** **", "(555) XXX-XXXX": a number published with its last digits masked.
    // (Tried in that order; each only when the one before found none.)
    if (!phoneAt(PHONE_LONG_DASHES.exec(text)) && !phoneAt(PHONE_RUN_IN.exec(text))) phoneAt(masked());
  }
  if (!placeless && !contact.location) {
    const whole = placeList(text);
    if (whole && free(whole[0], whole[1])) {
      contact.location = f(c, whole[0], whole[1]);
      found = true;
    }
  }
  if (!placeless && !contact.location) {
    LOCATION.lastIndex = 0;
    for (let m = LOCATION.exec(text); m; m = LOCATION.exec(text)) {
      const region = m[2];
      const regionAt = m.index + m[0].length - region.length;
      // "Leeds, LS1 4AB": a British postcode's letters are no region; the town and the whole code are the place.
      const postcode = UK_POSTCODE_LEAD.exec(text.slice(regionAt));
      const postcodeEnd = postcode && isKnownCity(m[1]) ? regionAt + postcode[0].length : undefined;
      // ("Melbourne, AU": a known city's two-letter country code.)
      const countryCode = /^[A-Z]{2}$/.test(region) && isKnownCity(m[1]);
      if ((postcodeEnd === undefined && !(REGION_CODES.has(region) || PLACE_NAMES.has(region.toLowerCase()) || isRegion(region) || countryCode)) || !free(m.index, m.index + m[0].length)) {
        // "Mapo-gu, Seoul, Korea": the region may be the next pair's town.
        LOCATION.lastIndex = regionAt;
        continue;
      }
      // "Daniel Okafor, PE", "Maria Lopez, MD": a name and its credential, which share their letters
      // with a province or a state. Alone on its line, two or three words no list knows as a town.
      if (!text.slice(0, m.index).trim() && !text.slice(regionAt + region.length).trim() && nameWithCredential(m[1], region)) {
        LOCATION.lastIndex = regionAt;
        continue;
      }
      // "Licensed School Counselor (PEL, Illinois)", "Registered Nurse (RN, California)": capitals in
      // a line written in mixed case are a licence's initials before the state that issued it, no town.
      if (/^\p{Lu}{2,5}$/u.test(m[1]) && /\p{Ll}/u.test(text) && !isKnownCity(m[1])) {
        LOCATION.lastIndex = regionAt;
        continue;
      }
      // "Scientific Employee Bremen, Germany" (two columns run together): the town is the known city the words end with.
      let start = m.index;
      const town = m[1].split(' ');
      // (Not inside a known city's own name: "New Orleans" is no "Orleans".)
      for (let k = 1; k < town.length && !isKnownCity(m[1]); k++) {
        if (!isKnownCity(town.slice(k).join(' '))) continue;
        start = m.index + town.slice(0, k).join(' ').length + 1;
        break;
      }
      // "Rosa Delgado-WhitfieldChicago, IL" (pdf.js runs a large name into the line under it): the
      // known city a run-together word ends with.
      if (start === m.index) {
        const last = town[town.length - 1];
        const inner = /^([\p{L}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)$/u.exec(last);
        if (inner && inner[1].length >= 3 && !RUN_IN_PREFIX.test(inner[1]) && isKnownCity(inner[2])) start = m.index + m[1].length - inner[2].length;
      }
      // "2920 Broadway, New York, NY 10027", "125 E Second South Rexburg, ID 83440": a house number
      // before the "town" makes it a street. Where the "region" is a town with its own state after
      // it, that pair is the place; else the street runs into the town (no comma), and the place is
      // the whole address.
      // (The 16 characters before the town, marked as cut unless they start the line: a slice is no field's start.)
      const from = Math.max(0, m.index - 16);
      const house = start === m.index ? HOUSE_NUMBER_END.exec((from > 0 ? 'x' : '') + text.slice(from, m.index)) : null;
      if (house) {
        if (STATE_CODE_NEXT.test(text.slice(regionAt + region.length))) {
          LOCATION.lastIndex = regionAt;
          continue;
        }
        start = m.index - house[1].length;
      }
      // "Ostrava-Poruba, Moravia-Silesia, Czechia", "Cesate (MI), Lombardy, Italy": a town no list
      // knows before a country makes the pair read "town, country"; one more name before it, a comma
      // apart, is the town and the pair its region and country.
      if (start === m.index && !house && isCountry(region) && !isKnownCity(m[1])) {
        const town = TOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, start - 40), start));
        if (town && !ORG_WORDS.test(town[1])) start -= town[0].length - town[0].indexOf(town[1]);
      }
      // "Austin, TX, US, 78704", "Detroit, MI, US", "New York, NY (US)": the rest of the address goes with it.
      const end = postcodeEnd ?? extendPlace(text, m.index + m[0].length);
      // "Address: 742 Evergreen Terrace, Springfield, IL 62704": the street before the town is the address's too.
      // (Within the street's reach before the town only, set off by a mark no field holds where it
      // is cut: a line of spaces before the town made the two patterns try every split of every run
      // of spaces, seconds on a 700-character line.)
      const cut = Math.max(0, start - MAX_STREET);
      const before = (cut > 0 ? '|' : '') + text.slice(cut, start);
      const shift = cut > 0 ? cut - 1 : 0;
      // (Each pattern only where the text before the town ends as it needs: on a comma, or on spaces after a field.)
      const last = before.trimEnd();
      const street = last.endsWith(',') ? STREET_BEFORE_COMMA.exec(before) : null;
      if (street && isStreet(street[1].trim())) start = shift + street.index + street[0].indexOf(street[1]);
      else {
        // ("521 Prospect St. Apt 2 New Haven, CT 06511": the street and its flat, with no comma before the town.)
        const bare = last.length < before.length && !FIELD_MARK_END.test(last) ? STREET_BEFORE_SPACE.exec(before) : null;
        if (bare && isStreet(bare[1].trim().replace(FLAT_END, ''))) start = shift + bare.index + bare[0].indexOf(bare[1]);
      }
      contact.location = f(c, start, end, ' \t,;|•·<>[]"\'');
      found = true;
      break;
    }
  }
  if (!placeless && !contact.location && found) {
    // "alex@kim.io | +1 415 555 0199 | San Francisco": a town or region alone (or a postal address)
    // as one field of a contact line. (Not how a job is worked, "On-site", "Hybrid", "Remote": that
    // says where a role was, never where the person lives; here and in the two reads below.)
    let from = 0;
    for (const m of [...text.matchAll(FIELD_OR_ICON), { index: text.length, 0: '' }]) {
      const [i, j] = trimRange(text, from, m.index!, ' \t,;');
      from = m.index! + m[0].length;
      const t = text.slice(i, j);
      if (j - i < 2 || j - i > 60 || !free(i, j)) continue;
      // "Hauptstraße 12, 10115 Berlin", "10115 Berlin": a postal address as one field.
      const address = isPostalAddress(t);
      // ("Parramatta NSW 2150": isPlace takes a postcode after its place, and no other digits.)
      if (!address && (j - i > 40 || isRemote(t) || !(isKnownCity(t) || isPlace(t) || isLocalityPlace(t)))) continue;
      contact.location = f(c, i, j);
      break;
    }
  }
  if (!placeless && !contact.location && !found && text.length <= 100) {
    // "Data Engineer · Singapore", "Nurse Manager | Leeds, UK": a headline whose last field is a
    // place names where the person is.
    const fields = text.split(FIELD_SEP);
    const last = fields[fields.length - 1].trim();
    if (fields.length >= 2 && fields[0].trim() && last.length <= 40 && !/\d/.test(last) && !isRemote(last) && (isKnownCity(last) || isPlace(last))) {
      const i = text.lastIndexOf(last);
      contact.location = f(c, i, i + last.length);
      return true;
    }
  }
  if (!placeless && !contact.location && text.length <= 60 && !found) {
    // A line that is only a place: "London UK", "Chicago IL US", "BERLIN", "Seoul, Republic of Korea".
    // (After an icon, as icon fonts and emoji copy out: "⌂ Chapel Allerton, Leeds", "📍 Boise, ID",
    // "+ Ashburton" where a map pin's glyph came out as a plus.)
    const t = text.trim().replace(/^(?:[\p{So}\p{Co}]\ufe0f?|\+)\s+/u, '');
    if (t && !isRemote(t) && (isPlace(t) || placeWords(t) || isPostalAddress(t) || isLocalityPlace(t))) {
      const i = text.indexOf(t);
      contact.location = f(c, i, i + t.length);
      found = true;
    }
  }
  return found;
}

/**
 * "LinkedIn | GitHub | StackOverflow", "+1-601-307-9751 | me@mail.com | LinkedIn | Website": in
 * text copied out of a PDF, a profile's name printed alone as a field of a contact line is its link
 * (the address is under the word, as the PDF's hyperlink). Only where every field of the line is
 * such a name or a contact detail, two fields at least. (Markdown and HTML keep the address in the
 * link's markup, read apart: not for them.) True when a name was taken.
 */
export function takeLinkNames(c: Cleaned, contact: Contact): boolean {
  const text = c.text;
  if (text.length > 200 || !LINK_NAME_IN.test(text)) return false;
  const names: [number, number][] = [];
  let others = 0;
  for (let from = 0; ; ) {
    LINK_FIELD_SEP.lastIndex = from;
    const m = LINK_FIELD_SEP.exec(text);
    const end = m ? m.index : text.length;
    const [i, j] = trimRange(text, from, end, ' \t,;');
    if (j > i) {
      if (LINK_NAME.test(text.slice(i, j))) names.push([i, j]);
      else if (scanContact({ text: text.slice(i, j), base: 0 }, { links: [] })) others++;
      else return false;
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  if (!names.length || names.length + others < 2) return false;
  for (const [i, j] of names) addLink(contact, f(c, i, j));
  return true;
}
// A network's or a site's name alone (see takeLinkNames), and whether a line holds one.
const SITE_NAMES = 'linked\\s?in|github|gitlab|stack\\s?overflow|twitter|website|web\\s?site|portfolio|personal\\s+(?:site|website|page)|homepage|blog|google\\s+scholar|research\\s?gate|orcid|behance|dribbble|kaggle';
const LINK_NAME = new RegExp(`^(?:${SITE_NAMES})$`, 'i');
const LINK_NAME_IN = new RegExp(`\\b(?:${SITE_NAMES})\\b`, 'i');
const LINK_FIELD_SEP = /\s*[|•·]\s*|\t+|\s{3,}/g;

/** Whether a line is mostly contact details (so it is not a summary or a role). */
export function isContactLine(c: Cleaned): boolean {
  const probe: Contact = { links: [] };
  if (!scanContact(c, probe)) return false;
  return c.text.length < 200;
}

// "1234 Broadway", "221B Baker Street", "Example St. 1", "Hauptstraße 5", "Calle Mayor 12": a street
// and its number (a glyph from an icon font may stand before it).
const HOUSE_NUMBER = /^(?:no\.?|#|flat|house|h\.\s?no\.?|plot|door no\.?)\s*[\w/-]{1,8}$/i;
// A flat or a suite after the street ("Apt 2", "Suite 400", "Unit 5B", "#12").
const FLAT_END = /\s+(?:apt|apartment|suite|ste|unit|flat|#)\.?\s*#?[\w-]{1,6}$/i;
// ("407-3421 Rue Durocher": a flat's number and the house's, as Canadian addresses write them.)
const STREET_US = /^(?:\d{1,5}-)?\d{1,6}(?:st|nd|rd|th|[A-Za-z])?\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,4}$/u;
// ("Rosenweg 10-12": a house's number may be a range.)
const EU_HOUSE_NUMBER = '\\d{1,5}[a-z]?(?:[-/]\\d{1,5}[a-z]?)?';
const STREET_EU = new RegExp(`^[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,4}\\s+${EU_HOUSE_NUMBER}$`, 'u');
const EU_HOUSE_NUMBER_END = new RegExp(`\\s+${EU_HOUSE_NUMBER}$`);
const STREET_WORD = /(?:^|\s)(?:st|street|str|ave|avenue|rd|road|blvd|boulevard|lane|ln|way|drive|dr|ct|court|pl|place|sq|square|broadway|hwy|highway|pkwy|parkway|terrace|plaza|row|close|crescent|mews|grove|gardens|parade|rue|calle|avenida|via|viale|piazza|laan|straat|gracht)\.?(?=\s|$)|(?:straße|strasse|str\.|weg|gasse|platz|allee|damm)(?=\s|$)/iu;
// "12345 Somewhere", "D-28359 Bremen", "75008 Paris": a postal code and its town.
const POSTAL_TOWN = /^(?:[A-Z]{1,2}-)?\d{4,6}\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
// A British postcode ("LS1 4AB", "SW1A 1AA").
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}';
const UK_POSTCODE_LEAD = new RegExp(`^${UK_POSTCODE}(?![\\p{L}\\p{N}])`, 'u');
// "Leeds LS1 4AB", "London, SW1A 1AA", "Toronto, ON M5V 2T6": a town and a British or Canadian postcode.
const TOWN_POSTCODE = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},?\\s+(?:[A-Z]{2},?\\s+)?(?:${UK_POSTCODE}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)$`, 'u');
const GLYPH = /[\s\ue000-\uf8ff\u00a0-\u00bf\u2000-\u2bff]/u;

/** The line without the icon glyphs before or after it ("\uf015 1234 Broadway", "1234 Broadway \uf015"). */
function unglyphed(text: string): [number, number] {
  let i = 0;
  let j = text.length;
  while (i < j && GLYPH.test(text[i])) i++;
  while (j > i && GLYPH.test(text[j - 1])) j--;
  return [i, j];
}

/** The text after a number opens with a street's name ("Rue Durocher, …", "Harbour Road"), up to its comma. */
function streetAfter(after: string): boolean {
  const m = STREET_NAME_AFTER.exec(after);
  return !!m && STREET_WORD.test(m[1]);
}
const STREET_NAME_AFTER = /^[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,4})[ \t]*(?:,|$)/u;

/** Whether a line is a street and its number. */
function isStreet(t: string): boolean {
  if (t.length > 60) return false;
  // ("32 Reading rd": the street's kind in lower case.)
  if (LOWER_STREET_END.test(t)) t = t.replace(LOWER_STREET_END, (w) => w.toUpperCase());
  const us = STREET_US.test(t) && STREET_WORD.test(t);
  const eu = STREET_EU.test(t) && STREET_WORD.test(t.replace(EU_HOUSE_NUMBER_END, ''));
  return us || eu;
}

/**
 * "88 Harrison Street, Unit 1402, San" / "Francisco, California, US, 94105": an address set in a
 * narrow column wraps anywhere. A line that opens with a street and goes on after a comma,
 * followed by a line that, with the last words of the first, names a place.
 */
function wrappedAddress(a: string, b: string): boolean {
  const parts = a.split(',').map((t) => t.trim());
  if (parts.length < 2 || !isStreet(parts[0]) || b.length > 60 || /^[\p{Ll}]/u.test(b)) return false;
  const head = b.split(',')[0].trim();
  const tail = parts[parts.length - 1];
  return isTownLine(head) || (!!tail && isPlace(`${tail} ${head}`)) || /(?:^|[\s,])\d{4,6}$/.test(b);
}

/**
 * "Indiranagar, Bengaluru," / "Karnataka", "Pimple Saudagar, Pune –" / "411027, Maharashtra": a
 * sidebar's narrow column wraps a place after its comma or dash; the two lines name it together
 * (its postal code left out of the test).
 */
function wrappedPlace(a: string, b: string): boolean {
  if (!/[,–-]\s*$/.test(a) || b.length > 40 || /^[\p{Ll}]/u.test(b)) return false;
  const parts = `${a} ${b}`.split(/\s*[,–-]\s*/).filter((p) => p && !/^\d{4,6}$/.test(p));
  if (parts.length < 2) return false;
  const place = parts.join(', ');
  return isLocalityPlace(place) || isPlace(place);
}

// (Europass labels the address "Home:"; Portuguese, Italian, Dutch and Polish CVs "Endereço:",
// "Indirizzo:", "Adres:".)
// ("Address                   Friedrichshofener Straße 27, …": a form's row as `pdftotext -layout`
// copies it, the label set off by a wide gap or a tab instead of a colon, at the line's start.)
const ADDRESS_LABEL = /(?:^|[|•·]\s*|\s{2,})(?:(?:postal |mailing |home |current |permanent )?address|current location|location|residence|home|adresse|anschrift|wohnort|dirección|direccion|domicilio|endereço|endereco|morada|indirizzo|residenza|adres)(?:\s*[:：]\s*|(?<=^\s*\S+)(?:\t|\s{2,})\s*)/iu;

const LOWER_STREET_END = /(?<=\s)\p{Ll}(?=(?:d|oad|t|treet|ve|venue|n|ane|r|rive|ay|lvd)\.?$)/u;
const TOWN_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** Where a country named at the end of `t` begins ("… B26 3QJ United Kingdom", "…, Anytown USA"); -1 without one. */
function countryStart(t: string): number {
  let at = t.length;
  for (let k = 0; k < 4; k++) {
    const space = t.lastIndexOf(' ', at - 1);
    if (space < 0) return -1;
    at = space;
    const cut = t.slice(space + 1).replace(/^,/, '');
    if (isCountry(cut)) return space + 1;
  }
  return -1;
}

/** "Hauptstraße 12, 10115 Berlin", "42 Harbour Road, Leeds LS1 4AB", "10115 Berlin": a postal address in one field. */
function isPostalAddress(t: string): boolean {
  // "32 Reading rd, Birmingham B26 3QJ United Kingdom", "1234 Elm Street, Anytown USA": the country
  // after the town; with a street before it, a town no list knows is a town too.
  const country = t.length <= 90 ? countryStart(t) : -1;
  if (country > 0) {
    const rest = t.slice(0, country).replace(/[\s,]+$/, '');
    const parts = rest.split(/\s*,\s*/);
    if (parts.length >= 2 && (isPostalAddress(rest) || (parts.length === 2 && isStreet(parts[0]) && TOWN_WORDS.test(parts[1])))) return true;
  }
  // ("2214 Burton St SE" is a street whose number reads like a postcode: the town is on the next line.)
  if ((POSTAL_TOWN.test(t) && !isStreet(t)) || TOWN_POSTCODE.test(t)) return true;
  const parts = t.split(/\s*,\s*/);
  // ("No. 14, 2nd Cross Street, Velachery, Chennai - 600042": a house's number may come first.)
  if (parts.length >= 3 && HOUSE_NUMBER.test(parts[0])) parts.shift();
  // ("12 Weavers Row, Headingley, Leeds LS6 2QT": a British address may name the district too.)
  if (parts.length >= 2 && parts.length <= 4 && isStreet(parts[0]) && (isTownLine(parts.slice(1).join(', ')) || TOWN_POSTCODE.test(parts[parts.length - 1]))) return true;
  if (parts.length < 2 || parts.length > 5 || !(isStreet(parts[0]) || NAMED_STREET.test(parts[0]))) return false;
  // ("3 Park Lane, Castle Camps, Cambridgeshire, CB21 4SS", "417 Newport Rd, Hull MA, 02045": the
  // postcode in a field of its own after the town's.)
  const last = parts.length - 1;
  if (parts.length >= 3 && POSTCODE_ALONE.test(parts[last]) && parts.slice(1, last).every((p) => TOWN_FIELD.test(p))) return true;
  // ("University Road, Bristol BS8 1SS": a road named with no number, before a town and its postcode.)
  return parts.slice(1).some((p) => TOWN_POSTCODE.test(p) || POSTAL_TOWN.test(p));
}
// A postcode alone: British, Canadian, or a US ZIP code (after its state's code).
const POSTCODE_ALONE = new RegExp(`^(?:${UK_POSTCODE}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|(?:[A-Z]{2},?\\s+)?\\d{5}(?:-\\d{4})?)$`);
// A town's field of an address: capitalised words, a state's code after them ("Hull MA").
const TOWN_FIELD = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+[A-Z]{2})?$/u;
// "University Road", "Park Lane": a road named with no house number.
const NAMED_STREET = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Terrace|Square|Mews|Grove|Gardens|Parade|Boulevard)$/u;

/** A town line under a street: a postal code and town, or a known place. */
function isTownLine(t: string): boolean {
  // ("Loveland, Colorado, 80537": a place and its ZIP code.)
  return t.length > 0 && t.length <= 50 && (POSTAL_TOWN.test(t) || TOWN_POSTCODE.test(t) || isPlace(t) || isLocalityPlace(t) || (US_ZIP_END.test(t) && isPlace(t.replace(US_ZIP_END, ''))));
}
const US_ZIP_END = /,?\s+\d{5}(?:-\d{4})?$/;

/**
 * "GitHub" / "lvasquez": a network's name on its own line over the person's handle on the next.
 * The handle joins the contact's links (once); false when `a` names no network or `b` is no bare handle.
 */
export function takeNetworkHandle(a: Cleaned, b: Cleaned | undefined, contact: Contact): boolean {
  if (!b || !NETWORK_ONLY.test(a.text.trim())) return false;
  const t = b.text.trim();
  // (Not a word of the page: "Master", "January", another network's name.)
  if (!HANDLE_ONLY.test(t) || /^\d+$/.test(t) || phoneNotHandle(t) || /^[A-Z][a-z]+$/.test(t) || NETWORK_ONLY.test(t)) return false;
  const i = b.text.indexOf(t);
  const handle = f(b, i, i + t.length);
  addLink(contact, handle);
  return true;
}

/** A row of a form copied by `pdftotext -layout`: a label, a wide gap or a tab, the value. */
const FORM_ROW = /^\s*[\p{L}][\p{L} .'/-]{1,24}?(?:\t|\s{3,})\S/u;
const ADDRESS_ROW = /^\s*(?:(?:home |postal |mailing |current |permanent )?address|street)[ \t]*(?:\t|\s{3,})/i;
// ("Name<TAB>Darnell L. Whitaker": a form's row copied with a tab for the colon.)
// (Europass: "Name / Surname Mason Emanuele", "First name(s) / Surname(s)   Betty Smith", its label
// distinct enough to stand before the name with a space alone.)
// ("姓名：万圆", "Nombre: Ana Ruiz", "Nome: …", "Nom : …", "ФИО: …", "Surname:<TAB>Fortuin": the label in
// other languages, and a form's surname alone.)
const NAME_LABELLED = /^\s*(?:(?:(?:full\s+|legal\s+)?name|nombre(?:\s+completo)?|nome(?:\s+completo)?|nom|фио|имя|imię\s+i\s+nazwisko|姓名|氏名|surname)\s*(?:[:：]|\t)|(?:first\s+)?names?(?:\(s\))?\s*\/\s*surnames?(?:\(s\))?\s*[:：]?|surnames?(?:\(s\))?\s*\/\s*(?:first\s+)?names?(?:\(s\))?\s*[:：]?)\s*([\p{Lu}\p{Lo}][^:：\t]{1,58}?)\s*$/iu;
// A label alone on its line, its value on the next: a table of personal details flattened to text
// ("Name:" / "Engr. Chukwuemeka Okafor-Adeyemi", "Address:" / "14 Ademola Street, Wuse II, Abuja").
const NAME_LABEL_ONLY = /^\s*(?:full\s+)?name\s*[:：]\s*$/i;
const ADDRESS_LABEL_ONLY = /^\s*(?:(?:postal |mailing |home |current |permanent |residential )?address|location|residence|city)\s*[:：]\s*$/i;

/** "Name:" or "Address:" alone, then its value: the person's name or place. True when one was taken. */
export function takeLabelledValue(a: Cleaned, b: Cleaned | undefined, contact: Contact): boolean {
  if (!b) return false;
  const t = b.text.trim();
  if (!t || t.length > 100 || /[:：]\s*$/.test(t)) return false;
  const i = b.text.indexOf(t);
  if (NAME_LABEL_ONLY.test(a.text)) {
    if (contact.name || t.length > 60 || /[@\d]/.test(t)) return false;
    contact.name = f(b, i, i + t.length);
    return true;
  }
  if (ADDRESS_LABEL_ONLY.test(a.text)) {
    if (contact.location || /@/.test(t)) return false;
    contact.location = f(b, i, i + t.length);
    return true;
  }
  return false;
}

/**
 * "www.linkedin.com/in/brent-calloway-" / "medsales (LinkedIn)": a profile address too long for
 * its column (LinkedIn's own PDF export) wraps after a hyphen, slash or underscore. The address
 * is both parts; true when `a` ends in such an address and `b` opens with the rest of it.
 */
export function takeWrappedUrl(a: Cleaned, b: Cleaned | undefined, contact: Contact): boolean {
  if (!b) return false;
  const m = /(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/[\w./-]*[-/_]$/.exec(a.text.trimEnd());
  if (!m) return false;
  const n = /^\s*([A-Za-z0-9][\w-]*)(?:\s*\((?:[A-Za-z ]{2,20})\))?\s*$/.exec(b.text);
  if (!n) return false;
  const head = f(a, m.index, m.index + m[0].length);
  const i = b.text.indexOf(n[1]);
  const tail = f(b, i, i + n[1].length);
  const value = head.value + tail.value;
  const known = contact.links.findIndex((l) => l.value === head.value);
  const link = { value, span: { start: head.span.start, end: tail.span.end } };
  if (known >= 0) contact.links[known] = link;
  else addLink(contact, link);
  // What stands before the address on its line (an e-mail, a phone) still counts.
  if (m.index > 0) scanContact({ ...a, text: a.text.slice(0, m.index) }, contact);
  return true;
}

/** A profile link, unless the contact has it already. */
function addLink(contact: Contact, link: Field): void {
  // ("GovernmentJobs.com", "which I saw on Caterer.com": a job board's own address, with no path
  // to a profile on it, is where the résumé was sent, not the person's link.)
  if (!mayBeProfile(link.value)) return;
  if (!contact.links.some((l) => l.value === link.value)) contact.links.push(link);
}

/**
 * Whether an address may be the person's: not a job board's home page, nor a README's badge or the
 * licence it names ("img.shields.io/badge/license-MIT-yellow.svg", "opensource.org/licenses/MIT":
 * the repository's, no profile of the person).
 */
export function mayBeProfile(url: string): boolean {
  return !JOB_BOARD.test(url) && !BADGE_OR_LICENCE.test(url);
}
const BADGE_OR_LICENCE = /^(?:https?:\/\/)?(?:www\.)?(?:img\.shields\.io|shields\.io|badgen\.net|badge\.fury\.io|travis-ci\.(?:org|com)|codecov\.io|coveralls\.io|opensource\.org\/licenses|creativecommons\.org\/licenses|choosealicense\.com)(?:\/|$)/i;
const JOB_BOARD = /^(?:https?:\/\/)?(?:www\.)?(?:indeed|monster|glassdoor|ziprecruiter|careerbuilder|dice|simplyhired|caterer|governmentjobs|usajobs|reed|totaljobs|cv-library|seek|naukri|bayt|stepstone|jobstreet|jobsdb|workday|myworkdayjobs|greenhouse|lever|smartrecruiters|taleo|icims|livecareer|zety|resume-now|kickresume|novoresume|jobteaser|xing-jobs)\.(?:com|co\.uk|com\.au|co\.in|de|co\.nz|ca|gov|net|io)\/?$/i;

/**
 * A postal address on two lines ("1234 Broadway" / "New York", "Example St. 1" / "12345
 * Somewhere"): the person's location is both lines. Undefined when `a` is no street over a town.
 */
export function twoLineAddress(a: Cleaned, b: Cleaned | undefined): Field | undefined {
  // ("Address      Friedrichshofener Straße 27, …" / "Phone      +49 …": rows of a form, each
  // labelled at its start, are fields of their own.)
  // ("Address<TAB>2218 Sable Ridge Dr" / "<TAB>Loveland, Colorado, 80537": an address row's value
  // going on under it, with no label of its own, may be the street over its town.)
  // (Nor is a phone number or an e-mail address on the next line any town.)
  if (!b || FORM_ROW.test(b.text) || /^\s*\+?[\d ()./-]{7,}\s*$|@/.test(b.text)) return undefined;
  let [ai, aj] = unglyphed(a.text);
  const row = FORM_ROW.exec(a.text);
  if (row) {
    if (!ADDRESS_ROW.test(a.text)) return undefined;
    ai = row[0].length - 1;
  }
  const [bi, bj] = unglyphed(b.text);
  const at = a.text.slice(ai, aj);
  const bt = b.text.slice(bi, bj);
  // (A place wrapped after its comma or dash keeps it: "Pimple Saudagar, Pune – 411027, Maharashtra".)
  const wrapped = a.text.slice(ai).trimEnd();
  const keep = !(isStreet(at) && isTownLine(bt)) && !wrappedAddress(at, bt);
  if (keep && !wrappedPlace(wrapped, bt)) return undefined;
  const street = f(a, ai, aj);
  const town = f(b, bi, bj);
  return { value: `${keep ? wrapped : street.value} ${town.value}`, span: { start: street.span.start, end: town.span.end } };
}
