// Personal details that US/UK/Canadian hiring guidance says to leave off a résumé, as patterns,
// and the countries where some of them are expected instead.
//
// Provenance: written for this project. The categories follow the advice collected in
// ../shared/research/resume-tools.md: Monster (Kim Isaacs), robinresumes, arielleexecutive
// (DOB, marital status, religion, nationality, photo), Silver.dev (DOB red flag, photo taboo in
// the US), ikoobee/resume-lint's privacy rule (national ID, full birth date). Locale
// expectations: a German Lebenslauf traditionally carries a photo, date of birth, nationality and
// marital status ("Familienstand"); a Japanese rirekisho has fixed photo, birth date, age and
// gender fields (md2cv's 履歴書 template); Chinese and Korean résumés commonly list the same.
// Patterns are English labels and phrases, plus the German and Chinese labels of those locales.

export type PersonalCategory = 'dob' | 'age' | 'marital' | 'religion' | 'nationality' | 'gender' | 'photo' | 'id';

export interface PersonalPattern {
  category: PersonalCategory;
  /** Global, so a rule can find every occurrence. */
  pattern: RegExp;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
// A label's colon, after an optional closing quote (JSON and YAML keys: "nationality": ...).
const COLON = '["\']?\\s*:';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?';

/** Words in an image's alt text or file name that say it is a picture of the person. */
export const PHOTO_WORDS = /photo|headshot|portrait|avatar|profile|selfie|picture|foto|(?<![a-z])me(?![a-z])/i;

/** Text patterns; photos are found by the rule (images, YAML image keys), not by a pattern. */
export const PERSONAL_PATTERNS: PersonalPattern[] = [
  { category: 'dob', pattern: new RegExp(`${L}(?:date of birth|birth\\s?date|d\\.o\\.b\\.?|dob|geburtsdatum|出生日期|生年月日)${R}`, 'giu') },
  { category: 'dob', pattern: new RegExp(`${L}born(?:\\s+(?:on|in))?\\s*:?\\s*(?:\\d{1,2}\\s+)?(?:\\d{1,4}[./-]\\d|${MONTH}\\s+\\d|(?:19|20)\\d{2}${R})`, 'giu') },
  { category: 'age', pattern: new RegExp(`${L}(?:age${COLON}\\s*\\d{2}|aged\\s+\\d{2}${R}|\\d{2}\\s*(?:years|yrs)\\s*old)${R}`, 'giu') },
  { category: 'marital', pattern: new RegExp(`${L}(?:marital status|civil status|familienstand|婚姻状况|married|divorced|widowed|spouse${COLON}|children${COLON}|number of children)${R}`, 'giu') },
  { category: 'religion', pattern: new RegExp(`${L}(?:religion${COLON}|religious affiliation|konfession${COLON})`, 'giu') },
  { category: 'nationality', pattern: new RegExp(`${L}(?:nationality|staatsangehörigkeit|国籍)${COLON}`, 'giu') },
  { category: 'gender', pattern: new RegExp(`${L}(?:gender|sex|geschlecht|性别)${COLON}`, 'giu') },
  // National ID numbers: a US SSN shape, or a label for one.
  { category: 'id', pattern: new RegExp(`${L}\\d{3}-\\d{2}-\\d{4}${R}`, 'gu') },
  {
    category: 'id',
    pattern: new RegExp(
      `${L}(?:ssn|social security (?:number|no\\.?)|passport\\s*(?:no\\.?|number|#)|national (?:id|insurance)(?: number| no\\.?)?${COLON}|id (?:card )?(?:number|no\\.?)${COLON}|aadhaar|nric|身份证号?)${R}`,
      'giu',
    ),
  },
];

/** What each category is called in a message. */
export const CATEGORY_NAME: Record<PersonalCategory, string> = {
  dob: 'Date of birth',
  age: 'Age',
  marital: 'Marital or family status',
  religion: 'Religion',
  nationality: 'Nationality',
  gender: 'Gender',
  photo: 'Photo',
  id: 'An ID number',
};

/**
 * Categories expected on a résumé in a locale (by language or region subtag, lower case). Anything
 * not listed is reported; a locale not listed expects nothing.
 */
export const EXPECTED_BY_LOCALE: Record<string, PersonalCategory[]> = {
  de: ['photo', 'dob', 'nationality', 'marital'],
  at: ['photo', 'dob', 'nationality', 'marital'],
  ch: ['photo', 'dob', 'nationality', 'marital'],
  ja: ['photo', 'dob', 'age', 'gender'],
  jp: ['photo', 'dob', 'age', 'gender'],
  zh: ['photo', 'dob', 'age', 'gender', 'marital', 'nationality'],
  cn: ['photo', 'dob', 'age', 'gender', 'marital', 'nationality'],
  ko: ['photo', 'dob', 'age', 'gender'],
  kr: ['photo', 'dob', 'age', 'gender'],
};
