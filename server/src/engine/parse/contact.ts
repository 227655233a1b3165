// Contact details inside a line of text: e-mail, phone, profile links and a location, each with
// its span. Used on the lines above the first section (and a contact section or footer).
import type { Contact, Field } from '../model';
import { type Cleaned, spanOf, trimRange } from './inline-clean';
import places from '../data/places.json';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL =
  /(?:https?:\/\/|www\.)[^\s<>()|,"]+|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|io|dev|me|org|net|co|app|ai|info|page|site|xyz|tech|blog)(?:\/[^\s<>()|,"]*)?(?![\w@])/gi;
// 7 to 15 digits with the usual punctuation; not a date range ("2019 - 2020" has 8 digits but a
// dash between two years, which the caller filters by looking for a 4-4 digit shape).
const PHONE = /(?<![\w/.])\(?\+?\(?\d[\d ().\-]{5,18}\d(?![\w/])/g;
const REGION_CODES = new Set(places.regionCodes);
const PLACE_NAMES = new Set([...places.regionNames, ...places.countries]);
const LOCATION = /(?<![\p{L}])(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}),\s?(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})(?![\p{L}])/gu;

function looksLikeDates(s: string): boolean {
  return /^\(?\d{4}\)?\s*[-–—]\s*\(?\d{4}\)?$/.test(s.trim()) || /^\d{4}[-/]\d{2}([-/]\d{2})?$/.test(s.trim());
}

function f(c: Cleaned, i: number, j: number, trim = ' \t,;|•·()<>[]"\''): Field {
  const [a, b] = trimRange(c.text, i, j, trim);
  return { value: c.text.slice(a, b), span: spanOf(c, a, b) };
}

/** Adds whatever contact details `c` holds to `contact` (first one of each kind wins). */
export function scanContact(c: Cleaned, contact: Contact): boolean {
  const text = c.text.length > 1000 ? c.text.slice(0, 1000) : c.text;
  let found = false;
  const taken: [number, number][] = [];
  const free = (i: number, j: number) => !taken.some(([a, b]) => i < b && j > a);
  EMAIL.lastIndex = 0;
  for (let m = text.includes('@') ? EMAIL.exec(text) : null; m; m = EMAIL.exec(text)) {
    taken.push([m.index, m.index + m[0].length]);
    if (!contact.email) contact.email = f(c, m.index, m.index + m[0].length);
    found = true;
  }
  URL.lastIndex = 0;
  for (let m = text.includes('.') ? URL.exec(text) : null; m; m = URL.exec(text)) {
    const i = m.index;
    let j = i + m[0].length;
    while (j > i && /[.,;:!?)]/.test(text[j - 1])) j--;
    if (!free(i, j)) continue;
    taken.push([i, j]);
    const value = text.slice(i, j);
    if (!contact.links.some((l) => l.value === value)) contact.links.push(f(c, i, j));
    found = true;
  }
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const s = m[0];
    const digits = s.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || looksLikeDates(s) || !free(m.index, m.index + s.length)) continue;
    taken.push([m.index, m.index + s.length]);
    if (!contact.phone) contact.phone = f(c, m.index, m.index + s.length, ' \t,;|•·');
    found = true;
  }
  if (!contact.location) {
    LOCATION.lastIndex = 0;
    for (let m = LOCATION.exec(text); m; m = LOCATION.exec(text)) {
      const region = m[2];
      if (!(REGION_CODES.has(region) || PLACE_NAMES.has(region.toLowerCase())) || !free(m.index, m.index + m[0].length)) continue;
      contact.location = f(c, m.index, m.index + m[0].length);
      found = true;
      break;
    }
  }
  return found;
}

/** Whether a line is mostly contact details (so it is not a summary or a role). */
export function isContactLine(c: Cleaned): boolean {
  const probe: Contact = { links: [] };
  if (!scanContact(c, probe)) return false;
  return c.text.length < 200;
}
