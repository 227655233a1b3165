// Is this piece of a header a place? "Seoul, S.Korea", "Menlo Park, CA", "London, UK",
// "Remote", "City of London, United Kingdom", "Remote / New York, NY" — and where does a place
// run into the words before it ("Dunamu Inc. Seoul, S.Korea", "Georgia Tech Atlanta, GA")?
// Evidence: US/Canadian region codes and names, other countries' region names (data/world-regions.json),
// country names and their short forms, the world's cities of 50,000 people or more
// (data/world-places.json), and the shape "Town, Region".
import places from '../data/places.json';
import world from '../data/world-places.json';
import worldRegions from '../data/world-regions.json';
import { detach, GenerationalMap } from '../cache/memo';

const REGION_CODES = new Set(places.regionCodes);
const REGION_NAMES = new Set(places.regionNames);
// Other countries' states and provinces ("Maharashtra", "Nuevo León"): regions too, but some share
// their names with a city or a company's ("Dubai", "Canterbury"), so after a town only (see isPlaceFresh).
const WORLD_REGIONS = new Set(worldRegions.regions);
// (And countries as their own people write them: "Saronno, Lombardia, Italia", "Madrid, España".)
const ENDONYMS = ['italia', 'españa', 'espana', 'deutschland', 'brasil', 'méxico', 'perú', 'schweiz', 'suisse', 'svizzera', 'österreich', 'osterreich', 'nederland', 'belgië', 'belgique', 'polska', 'sverige', 'norge', 'danmark', 'suomi', 'česko', 'magyarország', 'românia', 'türkiye', 'éire', 'hrvatska', 'slovensko', 'slovenija', 'lietuva', 'latvija', 'eesti', 'ελλάδα', 'россия', 'україна', 'nippon', '中国', '日本', '대한민국', 'việt nam'];
const COUNTRIES = new Set([...places.countries, ...world.countries, ...ENDONYMS]);
const CITIES = new Set([...world.cities, 'new york', 'nyc', 'la', 'sf', 'bay area', 'silicon valley', 'washington', 'washington dc', 'washington, d.c.', 'washington, d.c', 'washington d.c.', 'washington d.c', 'ha noi', 'ho chi minh city',
  // (Towns named for their campus, whose school's word no other town has.)
  'college park', 'college station', 'university park', 'university place', 'university city', 'university heights']);
const REMOTE = new Set(places.remote);

// Words no town name has: they name a job, an organisation or a part of one.
const NOT_TOWN =
  /(?<![\p{L}])(?:inc|llc|ltd|corp|co|gmbh|ag|plc|university|college|school|institute|academy|lab|labs|laboratory|group|team|department|dept|division|unit|ward|center|centre|bank|hospital|engineer|developer|manager|director|intern|analyst|consultant|designer|scientist|student|research|program|services?|science|sciences|arts|engineering|business|management|studies|medicine|law|economics|design|solutions|systems|technologies|technology|software|company|association|club|society|foundation|council|committee|community|tech|orchestra|symphony|philharmonic|quartet|quintet|ensemble|choir|chorus|opera|theatre|theater|festival|museum|gallery|and|&)(?![\p{L}])/iu;

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const DOT_END = /\.$/;
const DOTTED_CODE = /^(?:\p{Lu}\.){1,2}\p{Lu}$/u;
const DOTS_G = /\./g;

/** The region or country after the comma: "CA", "Ontario", "S.Korea", "UK", "U.S.A". */
export function isRegion(s: string): boolean {
  let t = s.trim().replace(DOT_END, '');
  if (!t) return false;
  // "N.L.", "N.S.W": a region's code written with dots (not "P.E.", "M.D.": a credential after a name).
  if (DOTTED_CODE.test(t)) {
    t = t.replace(DOTS_G, '');
    if (CREDENTIAL_CODES.has(t)) return false;
  }
  // ("Arlington, Va.", "Phoenix, Ariz.", "Tempe, Ariz.": a US state as the AP style abbreviates it,
  // newspapers' and their writers' way; only with its dot, as "Miss" or "Wash" alone is a word.)
  // (Those no word shares also without it, as a header's piece loses its last dot: "Phoenix, Ariz".)
  if (isApState(s.trim()) || AP_PLAIN.has(t)) return true;
  return REGION_CODES.has(t) || REGION_NAMES.has(t.toLowerCase()) || COUNTRIES.has(t.toLowerCase()) || COUNTRIES.has(t.toLowerCase() + '.') || IRISH_COUNTY.test(t);
}
/** Whether `word` ("Va.", "Ariz.") is a US state as the AP style abbreviates it, with its dot. */
export function isApState(word: string): boolean {
  return word.endsWith('.') && AP_STATES.has(word.slice(0, -1).toLowerCase());
}
/** A short capitalised word and its dot after a comma, ending a text: ", Va.", ", Ariz.", ", India.". */
export const CODE_AFTER_COMMA_END = /,\s?([A-Z][a-z]{1,4})\.$/;
const AP_STATES = new Set('ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla ore pa tenn tex vt va wash wis wyo'.split(' '));
const AP_PLAIN = new Set('Ariz Calif Colo Conn Fla Mich Minn Nebr Nev Okla Tenn Wyo'.split(' '));

// "Naas, Co. Kildare", "Ennis, County Clare": Ireland's counties (north and south), as its addresses write them.
const IRISH_COUNTY = /^(?:Co\.?|County) (?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)$/;

/**
 * A state or province of a country other than the US and Canada ("Maharashtra", "Lagos", "Nuevo
 * León"), or a city's metropolitan county ("Greater Manchester", "Greater London").
 */
function isWorldRegion(s: string): boolean {
  const t = s.trim().replace(DOT_END, '');
  const greater = GREATER.exec(t);
  if (WORLD_REGIONS.has(t.toLowerCase()) || (!!greater && isKnownCity(greater[1]))) return true;
  // ("Linz, Upper Austria", "Hanover, Lower Saxony": a country's or a region's part named by where in it.)
  const part = PART_OF.exec(t);
  return !!part && (COUNTRIES.has(part[1].toLowerCase()) || WORLD_REGIONS.has(part[1].toLowerCase()));
}
const GREATER = /^greater\s+(.+)$/i;
const PART_OF = /^(?:upper|lower|northern|southern|eastern|western|central)\s+(\S.*)$/i;

export function isCountry(s: string): boolean {
  return COUNTRIES.has(s.trim().toLowerCase());
}

export function isKnownCity(s: string): boolean {
  return CITIES.has(s.trim().toLowerCase());
}

// Icons that mark a place, as symbol fonts and emoji copy out ("⚲ Zoeterwoude", "📍 Austin, TX"):
// what follows one is where, whether or not a list knows the town.
export const PLACE_ICON = /^(?:⚲|📍|🌍|🌎|🌏|🗺|⌖)\ufe0f?$/u;
// Icons that mark an organisation: a building ("⌂ Heineken Netherlands", "🏢 Acme").
export const ORG_ICON = /^(?:⌂|🏢|🏛|🏭|🏬|🏦|🏥|🏫)\ufe0f?$/u;

export function isRemote(s: string): boolean {
  return REMOTE.has(s.trim().toLowerCase());
}

// A company's legal suffix ends no town's name ("Acme LLP, New York, NY").
const COMPANY_END = /(?:^|\s)(?:inc|ltd|llc|llp|lp|gmbh|corp|corporation|company|limited|plc|ag|bv|pty|co)\.?$/i;

/** A town's name: one to four capitalised words ("City of London", "Mapo-gu"), no job or organisation words. */
// The small words inside a town's name ("Stratford upon Avon", "Castillo de San Marcos").
const TOWN_JOINER = /^(?:of|de|del|la|le|am|an|upon|on|sur|du)$/i;

// A German town's river or region abbreviated after its name: "Neuhausen a.d.F." (auf den Fildern),
// "Neustadt a.d. Weinstraße", "Freiburg i.Br.".
const TOWN_ABBREVIATION = /^[a-z]{1,2}\.(?:[A-Za-z]{1,2}\.){0,3}$/;

const HAS_DIGIT = /\d/;
const SPACES = /\s+/;
const CAPITALISED_WORD = /^[\p{Lu}][\p{L}.'’-]*$/u;

function townName(s: string): boolean {
  const t = s.trim();
  // (One letter is no town: "University A, New York" names a school "A" at most.)
  if (t.length < 2 || t.length > 40 || HAS_DIGIT.test(t) || NOT_TOWN.test(t) || COMPANY_END.test(t)) return false;
  const words = t.split(SPACES);
  if (words.length > 4) return false;
  return words.every((w, k) => CAPITALISED_WORD.test(w) || (k > 0 && k < words.length - 1 && TOWN_JOINER.test(w)) || (k > 0 && TOWN_ABBREVIATION.test(w)));
}

/**
 * A town written alone, not an organisation's name run into a known city: "Kasa Seoul" and
 * "MND Seoul" are not towns, "City of London", "East Palo Alto" and "Mapo-gu" are.
 */
function plainTown(town: string): boolean {
  const words = town.trim().split(SPACES);
  if (words.length < 2 || CITIES.has(town.trim().toLowerCase())) return true;
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(' ').toLowerCase();
    // ("Saratoga Springs": a town's own last word, though a town of that one word is listed too.)
    if (!CITIES.has(tail) || TOWN_LAST_WORD.has(tail)) continue;
    const head = words.slice(0, k).join(' ').toLowerCase();
    // ("Fort Jackson", "Port Moresby", "Mount Vernon", "San Marcos": a town's own first word.)
    return TOWN_PREFIX.test(head);
  }
  return true;
}

const TOWN_LAST_WORD = new Set(['springs', 'falls', 'city', 'heights', 'beach', 'park', 'hills', 'village', 'town', 'rapids', 'harbor', 'harbour', 'junction', 'station']);
const SCHOOL_ANY = /(?:^|\s)(?:universit\p{L}*|college|institute|school|academy|polytechnic|hochschule|école|escuela)(?:\s|$)/iu;
const SCHOOL_END = /(?:^|\s)(?:university|college|institute|school|academy|polytechnic)$/i;
// The initials a school's name opens on before its city: Technische/Katholieke Universiteit, University of California, ETH.
const SCHOOL_INITIALS_END = /(?:^|\s)(?:TU|KU|UC|TH|FH|ETH|EPF|HTW|HAW|RWTH|LMU)$/;
const TOWN_PREFIX = /^(?:city of|greater|north|south|east|west|new|old|upper|lower|central|downtown|metro|fort|ft\.?|port|mount|mt\.?|saint|st\.?|san|santa|los|las|lake|glen|cape|palm|grand)$/i;

const HAS_SPACE = /\s/;

/**
 * "Allstate Northbrook, IL", "Meta Menlo Park, CA": an employer's name run into a town no list
 * knows reads as one longer town. Where the employer's name ends, or -1: at the shortest town
 * that is a place with its region, not a town's last word alone ("Park" of "Menlo Park") nor
 * after a town's own first word ("West Linn", "Fort Collins") or a joining word ("upon Avon").
 * For the employer's line of a header only: alone, "Bala Cynwyd, PA" is a place.
 */
export function employerBeforeTown(text: string): number {
  const comma = text.indexOf(',');
  if (comma < 0) return knownCityAfterName(text);
  const town = text.slice(0, comma);
  if (!HAS_SPACE.test(town.trim()) || isKnownCity(town.trim()) || !isPlace(text)) return -1;
  const words = [...town.matchAll(/\S+/g)];
  for (let k = words.length - 1; k >= 1; k--) {
    if (k === words.length - 1 && TOWN_SUFFIX.test(words[k][0])) continue;
    const before = words[k - 1][0];
    if (TOWN_PREFIX.test(before) || TOWN_JOINER.test(before)) continue;
    if (isPlace(text.slice(words[k].index!))) return words[k].index!;
  }
  return -1;
}

const UPPER_START = /^\p{Lu}/u;
const UPPER_ONLY = /^\p{Lu}+$/u;

/**
 * "Radio Citizen Nairobi", "Studio Kranich Hamburg": a known city of one or two words ending an
 * employer's line with no comma; not after a joining word ("Transport for London"), a town's own
 * first word or a school's word ("Imperial College London").
 */
function knownCityAfterName(text: string): number {
  // (Schools and initials are named after their cities: "University of Technology Sydney", "UC
  // Berkeley", "ETH Zürich".)
  if (SCHOOL_ANY.test(text)) return -1;
  const words = [...text.matchAll(/\S+/g)];
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const at = words[words.length - n].index!;
    const before = words[words.length - n - 1][0];
    if (!UPPER_START.test(before) || UPPER_ONLY.test(before) || TOWN_PREFIX.test(before) || ENDS_ON_CONNECTOR.test(before)) continue;
    if (isKnownCity(text.slice(at))) return at;
  }
  return -1;
}

const TOWN_SUFFIX = /^(?:park|falls|springs?|beach|heights|hills?|valley|grove|creek|harbou?r|point|ridge|village|lakes?|rapids|bay|bluffs?|gardens?|junction|station|landing|crossing|mills?|woods?|forest|view|island|centre|center|township|city|town|ville|field|ford|haven|shores?|vista|plains?|meadows?|cove|rock|mountain)$/i;

// The words that join a name's parts ("University of Michigan", "Universidade Federal do Pará"):
// a place after one is part of the name, not the name's place.
const CONNECTOR_WORDS = '(?:of|at|in|the|and|&|for|de|du|di|del|la|le|do|da|dos|das|des|der|von)';
const ENDS_ON_CONNECTOR = new RegExp(`(?:^|\\s)${CONNECTOR_WORDS}$`, 'i');
const CONNECTOR_ONLY = new RegExp(`^${CONNECTOR_WORDS}$`, 'i');
/** Whether a word joins a name's parts ("of", "de", "&"). */
export const isConnector = (word: string): boolean => CONNECTOR_ONLY.test(word);

const CITY_AREA = /^(.+?)\s+(?:city\s+cent(?:re|er)|cbd|downtown|metro(?:\s+area)?|metroplex|metropolitan\s+area|bay\s+area|area)$/i;
// LinkedIn's regions: "Greater Seattle Area", "Greater London", "Metro Manila".
// ("West Auckland", "North London", "Central Sydney", "Downtown Toronto": a part of a known city
// named by where it lies in it.)
const GREATER_AREA = /^(?:greater|metro|north|south|east|west|central|inner|outer|downtown|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+(.+?)(?:\s+area)?$/i;
/**
 * "Leeds City Centre", "Sydney CBD", "Dallas Metro Area": a known city's centre or area; and the
 * regions LinkedIn prints as a role's location, "Greater Seattle Area", "San Francisco Bay Area",
 * "Dallas-Fort Worth Metroplex", "Austin, Texas Metropolitan Area".
 */
export function isCityArea(text: string): boolean {
  const t = text.trim();
  const area = CITY_AREA.exec(t);
  if (area && areaCity(area[1])) return true;
  const greater = GREATER_AREA.exec(t);
  return !!greater && areaCity(greater[1]);
}

const TWO_PARTS = /^([^,]+),\s*([^,]+)$/;

/** The city an area is named after: a known city, two joined by a dash ("Dallas-Fort Worth", "Minneapolis–St. Paul"), or one and its region ("Austin, Texas"). */
function areaCity(s: string): boolean {
  if (CITIES.has(s.toLowerCase())) return true;
  const comma = TWO_PARTS.exec(s);
  if (comma) return CITIES.has(comma[1].toLowerCase()) && isRegion(comma[2]);
  return isTwinCities(s);
}

const DASH_SPACED = /\s*[-–]\s*/;
const SAINT_START = /^st\.?\s+/;

/** "Dallas-Fort Worth", "Raleigh–Durham", "Minneapolis-St. Paul": two known cities joined by a dash, one metropolitan area. */
function isTwinCities(s: string): boolean {
  const twin = s.split(DASH_SPACED);
  return twin.length === 2 && twin.every((c) => CITIES.has(c.toLowerCase().replace(SAINT_START, 'saint ')));
}

/**
 * The whole text is a place: "Remote", "Germany", "Seoul", "Menlo Park, CA", "Seoul, S.Korea",
 * "Pohang, S.Korea", "City of London, United Kingdom", "Remote / New York, New York",
 * "New York, New York, United States of America".
 */
export function isPlace(text: string): boolean {
  // No place name in the lists has a digit, nor does a town's shape (townName), so text with one is
  // no place: answered before the memo ("Engineer 2", "Org 34 (": header pieces tried by the dozen);
  // but for a US ZIP code after a region ("Austin, TX 78701", "Knoxville, TN 37919 United States").
  if (hasDigit(text)) {
    // "Dublin 8, Ireland": Dublin's postal districts.
    if (DUBLIN_DISTRICT.test(text)) return isPlace(text.replace(DUBLIN_DISTRICT, 'Dublin'));
    // "Nantes (44)", "Pornic (44)", "Ajaccio (2A)": a French town and its département's number, as
    // French CVs write where they worked (the number says a town stands before it, listed or not).
    const dep = DEPARTEMENT_AFTER.exec(text);
    if (dep) return townName(dep[1]) || isPlace(dep[1]);
    const m = ZIP_AFTER_REGION.exec(text);
    if (!m) {
      // "Renton, Washington 98056": a ZIP code after the state written out.
      const z = ZIP_END.exec(text);
      if (z) {
        const without = text.slice(0, z.index);
        const last = without.slice(without.lastIndexOf(',') + 1).trim();
        if (!hasDigit(without) && isRegion(last) && isPlace(without)) return true;
      }
      // Other countries' postcodes at the end: "Penrith NSW 2750", "Dartmouth, Nova Scotia B2W 5K3",
      // "Roundhay, Leeds LS8", "Velachery, Chennai - 600042".
      const p = mayEndOnPostcode(text) ? POSTCODE_END.exec(text) : null;
      const without = p ? text.slice(0, p.index) + (p[1] ?? '') : '';
      return !!p && without.trim().length >= 2 && !hasDigit(without) && isPlace(without);
    }
    const without = text.slice(0, m.index + m[1].length) + text.slice(m.index + m[0].length);
    return !hasDigit(without) && isPlace(without);
  }
  let v = placeMemo.get(text);
  if (v === undefined) {
    v = isPlaceFresh(text);
    placeMemo.set(detach(text), v);
  }
  return v;
}

/** \s of a regular expression, for one UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether POSTCODE_END may match: each of its postcodes ends on a digit or a capital, then only
 * spaces (a test of the last character, where the pattern is tried from every position).
 */
function mayEndOnPostcode(text: string): boolean {
  let b = text.length - 1;
  while (b >= 0 && isSpace(text.charCodeAt(b))) b--;
  const c = b >= 0 ? text.charCodeAt(b) : 0;
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const DUBLIN_DISTRICT = /\bDublin \d{1,2}[wW]?\b/;
const DEPARTEMENT_AFTER = /^\s*([^()\d]{2,40}?)\s*\((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB])\)\s*$/;
// A US ZIP code (after a state's code), with the comma before it.
const ZIP_AFTER_REGION = /(\b[A-Z]{2}),?\s+\d{5}(?:-\d{4})?(?=$|,|\s+\p{L})/u;

// A US ZIP code ending the text.
const ZIP_END = /,?\s+\d{5}(?:-\d{4})?\s*$/;

// A postcode ending a place, as Australia (after its state), Canada, the UK and India write them.
const POSTCODE_END = /(?:(\s(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT))\s+\d{4}|,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d|,?\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?|\s*[-–]\s*\d{6}|,?\s+\d{6})\s*$/;

// Headers repeat from one parse to the next; a place test tries many splits of each.
const placeMemo = new GenerationalMap<string, boolean>(5000);

const SEMICOLONS_END = /;+$/;
const PLACE_LIST_SEPARATOR = /\s+(?:\/|&|and|or|\|)\s+|\s*\/\s*/;
const COMMA_SPACED = /\s*,\s*/;
const TWO_CAPITALS = /^[A-Z]{2}$/;
// Countries by their three-letter ISO codes, as some templates print them after a known city
// ("Brisbane, AUS", "London, CAN"); a word in capitals elsewhere ("CAN"), so only there.
const COUNTRY_CODES_3 = new Set('USA GBR CAN AUS NZL IRL IND PAK BGD LKA NPL CHN HKG TWN JPN KOR SGP MYS IDN PHL THA VNM DEU FRA ESP PRT ITA NLD BEL LUX CHE AUT SWE NOR DNK FIN ISL POL CZE SVK HUN ROU BGR GRC HRV SRB SVN EST LVA LTU UKR RUS TUR ISR ARE SAU QAT EGY MAR NGA GHA KEN ZAF ETH BRA ARG CHL COL PER MEX URY'.split(' '));
const CODE_THEN_TOWN = /^([A-Z]{2})\s+(\p{L}[\p{L}. ]+)$/u;

/** "Christchurch New Zealand", "Pau France": a known city and its country with no comma between them. */
function cityThenCountry(t: string): boolean {
  for (let i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) if (isKnownCity(t.slice(0, i)) && isCountry(t.slice(i + 1))) return true;
  return false;
}

const PLACE_PLACEHOLDER = /^\[?\s*(?:City|CITY|Town)\s*,\s*(?:State|STATE|ST|Country|COUNTRY|Province|Region|County)\s*\]?$/;
const TOWN_THEN_BRACKETED = /^([^(),]{2,40}?)\s*\(([^(),]{2,30})\)$/;

function isPlaceFresh(text: string): boolean {
  const t = text.trim().replace(SEMICOLONS_END, '');
  if (!t || t.length > 80) return false;
  const lower = t.toLowerCase();
  if (REMOTE.has(lower) || isRegion(t) || CITIES.has(lower)) return true;
  // "[City, State]", "City, Country": a template's placeholder for the place, left in.
  if (PLACE_PLACEHOLDER.test(t)) return true;
  if (isCityArea(t) || isTwinCities(t)) return true;
  // "Remote / New York, NY", "Seoul, S.Korea & LA, U.S.A": places joined ("Canada / USA / UK / India").
  const joined = t.split(PLACE_LIST_SEPARATOR);
  if (joined.length > 1 && joined.length <= 5) return joined.every((p) => isPlace(p));
  // "Worcester (USA)", "Pune (India)": a town and its country or region in brackets.
  const bracketed = TOWN_THEN_BRACKETED.exec(t);
  // ("Zalando SE (Polska)": a company by its legal form, and the country of its branch, is no town.)
  if (bracketed) return !(COMPANY_FORM_END.test(bracketed[1]) && isCountry(bracketed[2])) && isPlace(`${bracketed[1]}, ${bracketed[2]}`);
  const parts = t.split(COMMA_SPACED);
  if (parts.length === 1) return townAndState(t) || cityThenCountry(t) || townStateCountry(t);
  if (parts.length > 3) return false;
  // "Dallas–Fort Worth, TX": twin cities and their region.
  if (parts.length === 2 && isTwinCities(parts[0]) && isRegion(parts[1])) return true;
  const [town, ...rest] = parts;
  if (rest.length === 1 && nameWithCredential(town, rest[0])) return false;
  // (A known city's name may hold a word no other town's does: "College Station, TX", "University Park, PA".)
  if (!townName(town) && !REMOTE.has(town.toLowerCase()) && !isKnownCity(town)) return false;
  if (!plainTown(town)) return false;
  const last = rest[rest.length - 1];
  // "Deloitte, New York, NY": a word that is no known city before a known city and its region is
  // an organisation's name, not a part of the town.
  if (rest.length === 2 && isKnownCity(rest[0]) && isRegion(last) && !isKnownCity(town) && !isRegion(town)) return false;
  // "Seoul, S.Korea", "Austin, TX", "Springfield, Ohio": the part after the comma is a region or country...
  // ("Melbourne, AU": a known city before a two-letter country code.)
  // ("Pune, Maharashtra", "Ikeja, Lagos": another country's region after a known city; "Gulfstar
  // Airways, Dubai" is an employer and its city.)
  // (A metropolitan county after any town of it: "Salford, Greater Manchester".)
  const worldTown = isKnownCity(town) || rest.some((p) => GREATER.test(p.trim()));
  if (rest.every((p) => isRegion(p) || (worldTown && isWorldRegion(p)) || (rest.length === 1 && isKnownCity(town) && (isKnownCity(p) || TWO_CAPITALS.test(p) || COUNTRY_CODES_3.has(p.trim()))))) return true;
  // ..."Knoxville, TN United States": a state's code and its country with no comma between.
  const stateCountry = rest.length === 1 ? CODE_THEN_TOWN.exec(last) : null;
  if (stateCountry && isRegion(stateCountry[1]) && isRegion(stateCountry[2])) return true;
  // ..."Saronno, Lombardia, Italia": any town, a region of the world and its country.
  if (rest.length === 2 && isCountry(last) && isWorldRegion(rest[0]) && townName(town) && !isCountry(town) && !isWorldRegion(town)) return true;
  // ..."New York, New York, USA": the middle one a region ("Vela Cloud, Lisbon, Portugal" is a company's place).
  if (rest.length === 2 && isRegion(last) && (isRegion(rest[0]) || (townName(rest[0]) && isKnownCity(town)))) return true;
  // ..."Pilani, India" (a town the list does not know) needs the country; "Bremen, Germany" too.
  return false;
}

const TOWN_THEN_CODE = /^(.+?)\s+(\p{Lu}{2,3})$/u;

// "Brisbane QLD", "Austin TX": a known city and its region's code without a comma.
function cityAndRegion(s: string): boolean {
  const m = TOWN_THEN_CODE.exec(s.trim());
  return !!m && isKnownCity(m[1]) && REGION_CODES.has(m[2]);
}

/**
 * "Kukatpally, Hyderabad, Telangana", "Banjara Hills, Hyderabad": a neighbourhood or suburb before a
 * known city (and its region or country; "Ashgrove, Brisbane QLD 4060"). isPlace refuses the shape, as an employer before its city
 * reads the same ("Deloitte, New York, NY"); a line of contact details that says only this is a place.
 */
export function isLocalityPlace(text: string): boolean {
  // ("Roundhay, Leeds LS8", "Didsbury, Manchester M20": a postcode may end it.)
  const p = mayEndOnPostcode(text) ? POSTCODE_END.exec(text) : null;
  if (p) text = text.slice(0, p.index) + (p[1] ?? '');
  const parts = text.trim().split(COMMA_SPACED);
  if (parts.length < 2 || parts.length > 3 || !townName(parts[0]) || !(isKnownCity(parts[1]) || cityAndRegion(parts[1]))) return false;
  return parts.length === 2 || isRegion(parts[2]) || isWorldRegion(parts[2]) || isCountry(parts[2]);
}

// Region codes that are also credentials written after a name (Professional Engineer, Doctor of
// Medicine, Physician Assistant, Doctor of Chiropractic, Naturopathic Doctor).
const CREDENTIAL_CODES = new Set(['PE', 'MD', 'PA', 'DC', 'ND']);

/**
 * "Daniel Okafor, PE", "Maria Lopez, MD": a person's name and credential, which share their
 * letters with a province or a state: two or three capitalised words (a middle initial allowed)
 * that no list knows as a town, before such a code.
 */
export function nameWithCredential(town: string, region: string): boolean {
  return CREDENTIAL_CODES.has(region.trim()) && !isKnownCity(town) && !TOWN_WORD_END.test(town.trim()) && /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(town.trim());
}
// ("Lancaster City, PA", "Beaver Falls, PA": a town's own last word, no surname.)
const TOWN_WORD_END = /\s(?:City|Town|Township|Village|Springs|Falls|Heights|Junction|Borough)$/;

// US states by their postal codes, for "Spokane WA" written without its comma.
const US_STATES = new Set('AK AZ AR CA CT FL GA IA IL KS KY MD MI MN MO MS MT NC ND NE NH NJ NM NV NY RI SC SD TN TX UT VA VT WA WI WV WY DC'.split(' '));
// Codes that are also words or suffixes in capitals ("ME", "OR", "CO"): only after a known city.
// (Canada's "ON", "NS", "PE", "AB" (a Swedish company's suffix) and Australia's "ACT" too.)
const US_WORDLIKE = 'AL CO DE HI ID IN LA MA ME OH OK OR PA'.split(' ');
const US_STATES_WORDLIKE = new Set([...US_WORDLIKE, 'ON', 'NS', 'PE', 'AB', 'ACT']);
// The US ones but "CO" (companies end so), after one to three capitalised words: "Troy OH".
const TOWN_WORD_STATE = new RegExp(`^\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2} (?:${US_WORDLIKE.filter((c) => c !== 'CO').join('|')})$`, 'u');

/**
 * "Troy OH" as a whole field of a header ("Shift Lead, Crossroads Snacks, Troy OH"): a town and a
 * US state's code that is also a word, whatever the town. (isPlace takes these only after a known
 * city: in running text "Contact ME" is no place.)
 */
export function townAndWordState(t: string): boolean {
  return TOWN_WORD_STATE.test(t);
}
// Australian states and Canadian provinces written the same way ("Parramatta NSW", "Burnaby BC"):
// Australian addresses put no comma before the state.
const OTHER_STATES = new Set('NSW VIC QLD TAS BC QC MB SK NB NL'.split(' '));

const TOWN_THEN_STATE = /^(.+?)\s+([A-Z]{2,3})$/;

/** "Somerville MA USA", "Austin TX United States": a town and its state's code, then the country, no commas. */
function townStateCountry(t: string): boolean {
  let sp = t.length;
  for (let k = 0; k < 3; k++) {
    sp = t.lastIndexOf(' ', sp - 1);
    if (sp <= 0) return false;
    if (isCountry(t.slice(sp + 1))) return townAndState(t.slice(0, sp));
  }
  return false;
}

/** "Spokane WA", "Cranston RI", "Parramatta NSW": a town and its state's code with no comma between. */
function townAndState(t: string): boolean {
  const m = TOWN_THEN_STATE.exec(t);
  if (!m) return false;
  const [, town, code] = m;
  if (US_STATES_WORDLIKE.has(code)) return isKnownCity(town);
  return (US_STATES.has(code) || OTHER_STATES.has(code)) && townName(town) && plainTown(town) && town.split(SPACES).length <= 3;
}

/**
 * Where a place at the end of `text` starts, or -1: "Dunamu Inc. Seoul, S.Korea" -> at "Seoul",
 * "Georgia Institute of Technology Atlanta, GA" -> at "Atlanta", "X Company Remote / New York, New York"
 * -> at "Remote". The words before it must remain (a place alone is read by isPlace).
 */
const GENERIC_NAME_WORD = /^(?:the\s+)?(?:hotel|bank|hospital|clinic|museum|library|restaurant|cafe|café|store|shop|school|college|university|academy|institute|church|theatre|theater|gallery|studio|agency|club)$/i;

const LEGAL_FORMS = 'inc|ltd|llc|llp|gmbh|corp|corporation|limited|plc';
/** A company's legal form ending its name: "Northbridge Logistics Ltd", "Acme Inc.". */
export const LEGAL_FORM_END = new RegExp(`(?:^|\\s)(?:${LEGAL_FORMS})\\.?$`, 'i');
// A company's legal form ending a name after a word, European ones too ("Zalando SE", "Siemens AG",
// "Philips NV"; two letters that are a region's code elsewhere, so only for a company's branch).
export const COMPANY_FORM_END = new RegExp(`\\s(?:${LEGAL_FORMS}|se|ag|bv|nv|spa|srl|oy|kg|sarl|sas)\\.?$`, 'i');

/**
 * Whether the word starting at `s` comes right after a company's legal form and its comma: there a
 * district before a known city is the place ("Northbridge Logistics Ltd, Trafford Park, Manchester"),
 * which isPlace refuses elsewhere (an employer before its city reads the same).
 */
function afterLegalSuffix(t: string, s: number): boolean {
  let b = s - 1;
  while (b >= 0 && isSpace(t.charCodeAt(b))) b--;
  if (b <= 0 || t.charCodeAt(b) !== 44) return false;
  // The word before the comma, whole.
  let a = b;
  while (a > 0 && !isSpace(t.charCodeAt(a - 1))) a--;
  return LEGAL_FORM_END.test(t.slice(a, b));
}

// An all-capital word of two or more letters before a town's last word ("SAE Blacksburg").
const ACRONYM_IN_TOWN = /(?:^|\s)\p{Lu}{2,}\s+\p{Lu}/u;

const TRAILING_SPACE = /\s+$/;
const TRAILING_SPACE_OR_COMMA = /[\s,]+$/;
const OF_DIRECTION_END = /\bof\s+(?:north|south|east|west|northern|southern|eastern|western|central|new|upper|lower)$/i;
const CODE_END = /\s[A-Z]{2,3}$/;
const SCHOOL_OF_PLACE_END = /\b(?:university|college|institute|school) of [\p{Lu}][\p{L}]+$/iu;
const COMMA_OR_OPEN_END = /[,(]\s*$/;
const REGION_CODE_START = /^[A-Z]{2}(?=\s)/;
const REGION_CODE = /^[A-Z]{2}\.?$|^(?:[A-Z]\.){2,3}$/;
const ORG_WORD_END = /(?:^|\s)(?:inc|ltd|llc|llp|gmbh|corp|corporation|company|limited|co|ag|plc|sa|s\.a|university|college|institute|school)\.?$/i;
const COMMA_END = /,\s*$/;

const NEVER_TOWN_WORD = /^(?:campus|university|universit\p{L}+|institute|hospital|clinic|laborator(?:y|ies)|department|faculty|school|ph\.?d\.?|m\.?d\.?|mba|msc|bsc|dphil|esq\.?)$/iu;
const TOWN_LEAD_WORD = /^(?:college|center|centre)$/i;
/** Whether a "town" of several words holds a name's words ("Anschutz Medical Campus Aurora", "Canavieria Saint Louis"). */
function nameInTown(town: string): boolean {
  const words = town.split(/\s+/);
  // (Only a run of words: "Remote / New York" is two fields.)
  if (words.length < 2 || !words.every((w) => CAPITALISED_WORD.test(w))) return false;
  for (let k = 0; k < words.length; k++) {
    if (NEVER_TOWN_WORD.test(words[k])) return true;
    // (A town's first word leads a word after it: "Fox Lake" ends on one.)
    if (k > 0 && k < words.length - 1 && (TOWN_LEAD_WORD.test(words[k]) || (TOWN_PREFIX.test(words[k]) && !TOWN_PREFIX.test(words[0])))) return true;
  }
  return words.length > 2 && TOWN_LEAD_WORD.test(words[0]);
}

export function placeSuffixStart(text: string): number {
  const t = text.replace(TRAILING_SPACE, '');
  // Word starts, from the right; the longest place that leaves something before it wins. (A
  // word starts at a character other than white space, "," "(" ")" that follows the text's start,
  // white space, "," or "(": read by hand, a pattern's match object per word showed in profiles.)
  const starts: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 40 || c === 41 || isSpace(c)) continue;
    const b = i === 0 ? -1 : t.charCodeAt(i - 1);
    if (b === -1 || b === 44 || b === 40 || isSpace(b)) starts.push(i);
  }
  let best = -1;
  for (let k = starts.length - 1; k >= 1; k--) {
    const s = starts[k];
    const tail = t.slice(s);
    if (tail.length > 60) break;
    // A bare city needs a comma or the end of an organisation's name before it ("GmbH Bremen").
    // (Asked before the head is cut: most tails are no place.)
    if (!isPlace(tail) && !(afterLegalSuffix(t, s) && isLocalityPlace(tail))) continue;
    const head = t.slice(0, s).replace(TRAILING_SPACE_OR_COMMA, '');
    if (!head) continue;
    const town = tail.split(',')[0].trim();
    // "Virginia Tech Baja SAE Blacksburg, VA": an acronym is a team's or a firm's word, not a town's;
    // run into a name, the place starts after it.
    if (ACRONYM_IN_TOWN.test(town) && !isKnownCity(town)) continue;
    // "Hotel Miramar Cascais, Portugal": a name is more than a generic word for what it is ("Hotel",
    // "Bank"); the longer tail would leave only that word before it.
    if (best >= 0 && GENERIC_NAME_WORD.test(head)) continue;
    // "University of Michigan", "Bank of America": a place after a connector is part of the name.
    // ("Universidade Federal do Pará", "Universidad de Sonora": the same in Portuguese, Spanish, German.)
    if (ENDS_ON_CONNECTOR.test(head)) continue;
    // "University of South Florida, Tampa, FL": a compass word after "of" starts the place's name in the school's.
    if (OF_DIRECTION_END.test(head)) continue;
    // "University of Texas, Austin" is the university's name ("…of Technology, Kelvin Grove QLD", a
    // town and its state's code, is a place).
    if (!tail.includes(',') && !CODE_END.test(tail) && SCHOOL_OF_PLACE_END.test(head)) continue;
    // "Imperial College London", "Erasmus University Rotterdam", "University College London, London,
    // UK": a city right after a school's word, with no comma between, is the school's name, unless a
    // region follows it as the place's ("Stanford University Stanford, CA").
    // (A way of working is no town a school is named after: "Bloom Institute Virtual".)
    // (After a school's initials the city is the name's always: "TU Dresden, Germany", "KU Leuven",
    // "UC Berkeley, CA".)
    if (SCHOOL_INITIALS_END.test(head) && !COMMA_OR_OPEN_END.test(t.slice(0, s))) continue;
    if (SCHOOL_END.test(head) && !COMMA_OR_OPEN_END.test(t.slice(0, s)) && !isRemote(tail)) {
      // ("High Country College Boone, NC United States": the state's code may carry its country.)
      const region = tail.split(',')[1]?.trim() ?? '';
      if (!isRegion(region) && !isRegion(REGION_CODE_START.exec(region)?.[0] ?? '')) continue;
    }
    // A bare two-letter code needs its comma ("Lindqvist Group AB" is a company, "Calgary, AB" a place).
    // (So does one with dots: "Groenbank N.V." is a company, "Monterrey, N.L." a place.)
    const bareCode = REGION_CODE.test(tail);
    if (tail.includes(',') || COMMA_OR_OPEN_END.test(t.slice(0, s)) || (isRegion(tail) && !bareCode) || isRemote(tail) || ORG_WORD_END.test(head)) {
      // "University of Colorado Anschutz Medical Campus Aurora, CO", "Centro de Technologia
      // Canavieria Saint Louis, MO" (pdf.js runs the place at the right margin into the name): a
      // longer "town" that holds a school's or a campus's word, or a town's own first word after
      // its first ("… Canavieria Saint Louis"), leaves those words to the name.
      // (Not a known city and its country, "Auckland New Zealand": the country's "New" opens no town.)
      if (best >= 0 && !isKnownCity(town) && !cityThenCountry(town) && nameInTown(town)) continue;
      best = s;
      // "University of Notre Dame Notre Dame, Indiana": the town a school is named after, printed
      // again as its place, is the place; a longer tail would take the name's last words with it.
      if (town && head.endsWith(' ' + town) && !COMMA_END.test(t.slice(0, s))) return s;
    }
  }
  return best;
}

const DOT_OR_SEMICOLON_END = /[.;]$/;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\d]/u;
const NAME_LIKE_START = /^[\p{Lu}\d&(]/u;
const NAME_JOINING_WORD = /^(?:of|and|the|for|de|in|at)$/;

/** "University A, New York, USA.": comma-separated capitalised fields, the last ones a place. */
export function fieldsEndingInPlace(text: string): boolean {
  const t = text.trim().replace(DOT_OR_SEMICOLON_END, '');
  if (t.length > 120 || !t.includes(',')) return false;
  const parts = t.split(COMMA_SPACED);
  if (parts.length < 3 || !parts.every((p) => UPPER_OR_DIGIT_START.test(p) && p.split(SPACES).every((w) => NAME_LIKE_START.test(w) || NAME_JOINING_WORD.test(w)))) return false;
  return isPlace(parts.slice(-2).join(', ')) && !isPlace(parts.slice(0, -2).join(', '));
}

const NAME_DASH_FIELDS_PLACE = /^(\S.{0,80}?)\s[–—]\s([^,–—]{2,60}),\s*([^,]{2,40})$/u;

/**
 * "What are you like? – Shine Productions, London": a work's name, a dash, then a capitalised name
 * and its town. Stage and screen credits print a show's name (in any case) before the company that
 * made it; the company and its place say the line is a header's, though the name reads like words.
 */
export function nameDashFieldsPlace(text: string): boolean {
  const m = NAME_DASH_FIELDS_PLACE.exec(text.trim());
  if (!m || m[1].split(SPACES).length > 8) return false;
  const words = m[2].trim().split(SPACES);
  return words.length <= 6 && UPPER_OR_DIGIT_START.test(m[2].trim()) && words.every((w) => NAME_LIKE_START.test(w) || NAME_JOINING_WORD.test(w)) && isPlace(m[3].trim()) && !isPlace(m[2].trim());
}
