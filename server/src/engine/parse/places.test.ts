import { test } from 'node:test';
import assert from 'node:assert/strict';
import places from '../data/places.json';
import world from '../data/world-places.json';
import worldRegions from '../data/world-regions.json';
import { employerBeforeTown, isPlace, placeSuffixStart } from './places';
import { parseText } from './text';
import { lint } from '../index';

test('no place name in the lists has a digit (isPlace answers "no" for any text with one, before reading them, but for a US ZIP code)', () => {
  const all = [...places.regionCodes, ...places.regionNames, ...places.countries, ...places.remote, ...world.countries, ...world.cities, ...worldRegions.regions];
  assert.deepEqual(all.filter((p) => /\d/.test(p)), []);
  assert.equal(isPlace('Austin, TX'), true);
  assert.equal(isPlace('Remote / New York, NY'), true);
  assert.equal(isPlace('Org 34, TX'), false);
  assert.equal(isPlace('Org 34, TX 78701'), false);
  assert.equal(isPlace('Suite 200, Austin, TX 78701'), false);
});

test('a US ZIP code after a state\'s code, and a country after it, keep a place a place (USAJOBS: "Knoxville, TN 37919 United States")', () => {
  for (const p of ['Austin, TX 78701', 'Austin, TX 78701-1234', 'Knoxville, TN 37919 United States', 'Knoxville, TN United States', 'Asheville, NC 28801, United States']) assert.equal(isPlace(p), true, p);
  for (const p of ['Engineer 2, TX', 'Austin, TX 787', 'Unit 4, TX 78701']) assert.equal(isPlace(p), false, p);
});

test('other countries\' postcodes at the end keep a place a place (Australia after its state, Canada, the UK, India)', () => {
  for (const p of ['Penrith NSW 2750', 'Carindale QLD 4152', 'Dartmouth, Nova Scotia B2W 5K3', 'Leeds LS8', 'London SW1A 1AA', 'Chennai - 600042', 'Pune 411027']) assert.equal(isPlace(p), true, p);
  // A postcode must end a place: a number after anything else, or a town with no state before four digits, is none.
  for (const p of ['Python 3', 'Team A320', 'Engineer 2', 'Penrith 2750', 'Suite 4 LS8', 'Sprint 600042']) assert.equal(isPlace(p), false, p);
});

test('a town and its US state code with no comma is a place ("Spokane WA"); a code that is also a word needs a known city', () => {
  for (const p of ['Spokane WA', 'Cheney WA', 'Providence RI', 'Spokane Valley WA', 'Portland OR', 'Dallas TX']) assert.equal(isPlace(p), true, p);
  for (const p of ['Contact ME', 'Acme CO', 'Volvo AB', 'Senior Engineer NY', 'Sign IN']) assert.equal(isPlace(p), false, p);
});

test('an Australian state or a Canadian province after its town, with no comma, is a place ("Parramatta NSW", "Burnaby BC")', () => {
  for (const p of ['Parramatta NSW', 'Mount Druitt NSW', 'Ballarat VIC', 'Toowoomba QLD', 'Burnaby BC', 'Toronto ON', 'Canberra ACT']) assert.equal(isPlace(p), true, p);
  for (const p of ['Volvo AB', 'Acme ACT', 'Hillsong NSW Team', 'Turn ON']) assert.equal(isPlace(p), false, p);
});

test('a name and a credential that shares a state\'s letters ("Daniel Okafor, PE", "Maria Lopez, MD") is no place; a known town with them is', () => {
  for (const p of ['Daniel Okafor, PE', 'Maria J. Lopez, MD', 'Ann Lee Park, PA']) assert.equal(isPlace(p), false, p);
  for (const p of ['Baltimore, MD', 'Pittsburgh, PA', 'Silver Spring, MD', 'Raleigh, NC']) assert.equal(isPlace(p), true, p);
});

test('other countries\' states and provinces after a known town, and region codes written with dots, are places ("Pune, Maharashtra", "Monterrey, N.L.")', () => {
  for (const p of ['Pune, Maharashtra', 'Monterrey, Nuevo León', 'Ikeja, Lagos', 'Monterrey, N.L.', 'Apodaca, N.L.', 'Halifax, N.S.', 'Wellington, NZ', 'Salford, Greater Manchester']) assert.equal(isPlace(p), true, p);
  // Not an employer before a region that is also a city, nor a name and its credential in dots.
  for (const p of ['Gulfstar Airways, Dubai', 'Miguel A. Santana, P.E.', 'Maria Lopez, M.D.', 'Acme Ltd, Greater Manchester']) assert.equal(isPlace(p), false, p);
  // A region after "do", "de", "of" names the school; a company's dotted suffix is no region.
  assert.equal(placeSuffixStart('Universidade Federal do Pará'), -1);
  assert.equal(placeSuffixStart('Groenbank N.V.'), -1);
  assert.equal(placeSuffixStart('Arca Continental Monterrey, N.L.'), 'Arca Continental '.length);
});

test('placeSuffixStart: a town and its state\'s code after a school named "… of Technology" is a place; a bare town after "University of Texas" is the name\'s', () => {
  const t = 'Queensland University of Technology, Kelvin Grove QLD';
  assert.equal(t.slice(placeSuffixStart(t)), 'Kelvin Grove QLD');
  assert.equal(placeSuffixStart('University of Texas, Austin'), -1);
});

test('placeSuffixStart: a town a school is named after, printed again as its place, is the place; "Fort", "Port", "San" start a town\'s name', () => {
  const at = (t: string) => t.slice(placeSuffixStart(t));
  assert.equal(at('University of Notre Dame Notre Dame, Indiana'), 'Notre Dame, Indiana');
  assert.equal(at('U.S. Army Reserve Fort Jackson, SC'), 'Fort Jackson, SC');
  assert.equal(isPlace('Fort Jackson, SC'), true);
  // A town after a comma is no repeat of the name ("Remote / New York, New York").
  assert.equal(at('X Company Remote / New York, New York'), 'Remote / New York, New York');
});

test('isPlace: a large city whose name a word list also holds as a noun is a place ("Hamburg", "Manila", "Frankfurt"); a city named like an everyday word alone is not ("Reading", "Nice")', () => {
  for (const p of ['Hamburg', 'Manila', 'Muscat', 'Frankfurt', 'Wellington']) assert.equal(isPlace(p), true, p);
  for (const p of ['Reading', 'Nice', 'Sale']) assert.equal(isPlace(p), false, p);
});

test('an employer run into a town no list knows is split at the town ("Allstate Northbrook, IL"); a town of two words alone is not ("Menlo Park, CA", "West Linn, OR")', () => {
  const split = (t: string) => {
    const at = employerBeforeTown(t);
    return at < 0 ? [t] : [t.slice(0, at).trim(), t.slice(at)];
  };
  assert.deepEqual(split('Allstate Northbrook, IL'), ['Allstate', 'Northbrook, IL']);
  assert.deepEqual(split('Meta Menlo Park, CA'), ['Meta', 'Menlo Park, CA']);
  assert.deepEqual(split('DHL Supply Chain Apodaca, N.L.'), ['DHL Supply Chain', 'Apodaca, N.L.']);
  // A known city ending the line with no comma: "Radio Citizen Nairobi"; not a school's or initials' city.
  assert.deepEqual(split('Radio Citizen Nairobi'), ['Radio Citizen', 'Nairobi']);
  assert.deepEqual(split('Citi Hong Kong'), ['Citi', 'Hong Kong']);
  for (const name of ['UC Berkeley', 'ETH Zürich', 'University of Technology Sydney', 'Transport for London', 'Hong Kong', 'North Sydney']) assert.deepEqual(split(name), [name], name);
  for (const alone of ['Menlo Park, CA', 'Sioux Falls, SD', 'West Linn, OR', 'Cedar Park, TX', 'Northbrook, IL', 'Acme Corp, Berlin', 'Stratford upon Avon, UK']) assert.deepEqual(split(alone), [alone], alone);
});

test('a city right after a school\'s word is the school\'s name ("Imperial College London", "Erasmus University Rotterdam"), unless a region follows it as the place\'s ("Stanford University Stanford, CA")', () => {
  const suffix = (t: string) => {
    const at = placeSuffixStart(t);
    return at < 0 ? null : t.slice(at);
  };
  assert.equal(suffix('Imperial College London'), null);
  assert.equal(suffix("King's College London"), null);
  assert.equal(suffix('Erasmus University Rotterdam'), null);
  assert.equal(suffix('CONCORDIA UNIVERSITY TEXAS'), null);
  assert.equal(suffix('University College London, London, UK'), 'London, UK');
  assert.equal(suffix('Stanford University Stanford, CA'), 'Stanford, CA');
  assert.equal(suffix('High Country College Boone, NC United States'), 'Boone, NC United States');
  // (A company's suffix before a bare city still ends the name: "Balluff GmbH Berlin".)
  assert.equal(suffix('Balluff GmbH Berlin'), 'Berlin');
});

test('placeSuffixStart: a name is more than its generic word ("Hotel Miramar Cascais, Portugal" leaves "Hotel Miramar", not "Hotel")', () => {
  const t = 'Hotel Miramar Cascais, Portugal';
  assert.equal(t.slice(placeSuffixStart(t)), 'Cascais, Portugal');
  const u = 'Acme Logistics Denver, CO';
  assert.equal(u.slice(placeSuffixStart(u)), 'Denver, CO');
});

test('the metropolitan regions LinkedIn prints as a role\'s location are places ("Greater Seattle Area", "San Francisco Bay Area", "Dallas-Fort Worth Metroplex"); a word that names no city is not', () => {
  for (const t of ['Greater Seattle Area', 'Greater London', 'Metro Manila', 'San Francisco Bay Area', 'Dallas-Fort Worth Metroplex', 'Austin, Texas Metropolitan Area', 'Dallas-Fort Worth', 'Minneapolis–St. Paul', 'Dallas–Fort Worth, TX'])
    assert.ok(isPlace(t), t);
  for (const t of ['Greater Good', 'Greater Good Area', 'Metro Bank', 'Mercedes-Benz', 'Hewlett-Packard', 'Metro Area']) assert.ok(!isPlace(t), t);
});

test('placeSuffixStart: a place run into a team\'s or a community\'s name starts after it ("Virginia Tech Baja SAE Blacksburg, VA", "… Living-Learning Community Blacksburg, VA"); a known city keeps its words', () => {
  const tail = (t: string) => t.slice(placeSuffixStart(t));
  assert.equal(tail('Drivetrain Lead, Virginia Tech Baja SAE Blacksburg, VA'), 'Blacksburg, VA');
  assert.equal(tail('Peer Mentor, Galileo Engineering Living-Learning Community Blacksburg, VA'), 'Blacksburg, VA');
  assert.equal(tail('Analyst, Acme Logistics Salt Lake City, UT'), 'Salt Lake City, UT');
  assert.equal(tail('Intern, NASA JPL Pasadena, CA'), 'Pasadena, CA');
  assert.equal(tail('Engineer, IBM Round Rock, TX'), 'Round Rock, TX');
});

test('a German town with its river or region abbreviated is a place ("Neuhausen a.d.F., Germany" after "Balluff GmbH")', () => {
  assert.ok(isPlace('Neuhausen a.d.F., Germany'));
  assert.ok(isPlace('Freiburg i.Br., Germany'));
  const t = 'Balluff GmbH Neuhausen a.d.F., Germany';
  assert.equal(t.slice(placeSuffixStart(t)), 'Neuhausen a.d.F., Germany');
  assert.ok(!isPlace('a.d.F., Germany'));
});

test('a way of working beside a town is no place: "Rockford, Illinois, United States · On-site" is in Rockford; "Remote" alone still is where', () => {
  const text = ['Jo Bloggs', 'jo@mail.com', '', 'EXPERIENCE', 'EHS Manager', 'Hartwell Castings Inc. · Full-time', 'Jan 2022 - Present', 'Rockford, Illinois, United States · On-site', '• Cut the TRIR from 7.9 to 1.8 in three years', 'Safety Lead', 'Lakeview Foods · Remote', 'Mar 2018 - Dec 2021', '• Trained 40 supervisors'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.equal(es[0].location?.value, 'Rockford, Illinois, United States');
  assert.equal(es[1].location?.value, 'Remote');
});

test('a part of a known city named by where it lies is a place ("West Auckland", "North London"); a name is not', () => {
  for (const p of ['West Auckland', 'North London', 'Central Sydney', 'Downtown Toronto', 'South Delhi']) assert.ok(isPlace(p), p);
  for (const p of ['West Coast Logistics', 'North Star', 'Central Bank']) assert.ok(!isPlace(p), p);
});

test('English names of cities GeoNames lists under their own, and accented names typed without accents, are places', () => {
  for (const p of ['Nuremberg', 'Cologne, Germany', 'Zurich', 'Dusseldorf', 'Sao Paulo, Brazil', 'Montreal, QC', 'Krakow']) assert.equal(isPlace(p), true, p);
  // (A folded name that is an everyday word stays a word.)
  assert.equal(world.cities.includes('orleans'), true);
  assert.equal(isPlace('Plan'), false);
});

test('a contact line\'s town is the whole known city, not a known city its last word names ("New Orleans", not "Orleans")', () => {
  const r = parseText('Marcel Broussard\n2207 Magnolia Ave, New Orleans, LA 70115\n\nEXPERIENCE\nLine Cook, Commander\'s Palace, 2019 - 2022\n', );
  assert.equal(r.contact.location?.value, '2207 Magnolia Ave, New Orleans, LA 70115');
});

test('a known city and its country with no comma between them is a place ("Christchurch New Zealand", "Pau France")', () => {
  for (const p of ['Christchurch New Zealand', 'Pau France', 'Berlin Germany', 'Nancy France']) assert.equal(isPlace(p), true, p);
  for (const p of ['Georgia Tech', 'Envisol France', 'Paris Hilton']) assert.equal(isPlace(p), false, p);
});

test('a US ZIP code after the state written out ("Renton, Washington 98056") ends a place; after no state it does not', () => {
  for (const p of ['Renton, Washington 98056', 'Austin, Texas 78701-1234', 'Washington 98056']) assert.equal(isPlace(p), true, p);
  for (const p of ['Engineer 98056', 'Acme Corp, 98056', 'Suite 200, Washington 98056']) assert.equal(isPlace(p), false, p);
});

test('a known city whose name holds a school\'s word is a place, read whole after a name ("College Station, TX"); "Virtual" after a school is where', () => {
  const at = (t: string) => t.slice(placeSuffixStart(t));
  assert.equal(isPlace('College Station, TX'), true);
  assert.equal(at('Aggie Robotics - VEXU Team WHOOP College Station, TX'), 'College Station, TX');
  assert.equal(at('Bloom Institute Virtual'), 'Virtual');
  // (A school named after its town keeps it without a region: "Imperial College London".)
  assert.equal(placeSuffixStart('Imperial College London'), -1);
  const text = ['Jo Bloggs', 'jo@mail.com', '', 'EXPERIENCE', 'Robotics Engineer Aug. 2024 – Present', 'Aggie Robotics College Station, TX', '• Designed 10+ autonomous routes', 'Computer Science Tutor Feb. 2023 – Oct. 2023', 'Bloom Institute Virtual', '• Taught 200+ students'].join('\n');
  const es = parseText(text).sections[0].entries;
  assert.equal(es[0].organisation?.value, 'Aggie Robotics');
  assert.equal(es[0].location?.value, 'College Station, TX');
  assert.equal(es[1].organisation?.value, 'Bloom Institute');
  assert.equal(es[1].location?.value, 'Virtual');
});

test('a town and its country in brackets is a place ("Worcester (USA)"), after a school too', () => {
  assert.equal(isPlace('Worcester (USA)'), true);
  assert.equal(isPlace('Pune (India)'), true);
  assert.equal(isPlace('Manager (Remote)'), false);
  const text = ['# Jo Bloggs', '', '## Experience', '', '**Research Assistant,** University of Massachusetts Medical School, Worcester (USA) (July 2019 – June 2020)', '', '* Analysed 400 clinical assessments'].join('\n');
  const e = lint(text, 'resume.md', { today: { year: 2026, month: 11, day: 22 } })!.resume.sections[0].entries[0];
  assert.equal(e.organisation?.value, 'University of Massachusetts Medical School');
  assert.equal(e.location?.value, 'Worcester (USA)');
});

test('a template\'s placeholder for the place ("[City, State]", "City, Country") is a place; a real word "City" alone is not', () => {
  for (const p of ['[City, State]', 'City, State', 'City, Country', 'City, Province']) assert.equal(isPlace(p), true, p);
  assert.equal(isPlace('City'), false);
});

test('a place run into a name by pdf.js ("University of Colorado Anschutz Medical Campus Aurora, CO", "Centro de Technologia Canavieria Saint Louis, MO"): a campus\'s or a school\'s word, or a town\'s first word after the first, is no part of the town', () => {
  const place = (t: string) => t.slice(placeSuffixStart(t));
  assert.equal(place('University of Colorado Anschutz Medical Campus Aurora, CO'), 'Aurora, CO');
  assert.equal(place('Centro de Technologia Canavieria Saint Louis, MO'), 'Saint Louis, MO');
  assert.equal(place('Maryville University of Saint Louis, Thomas Spudich, PhD Saint Louis, MO'), 'Saint Louis, MO');
  assert.equal(place('University of Colorado, Gregory P. Way, PhD Aurora, CO'), 'Aurora, CO');
  // A town of several words stays whole: its own first word leading ("Lake Saint Louis"), one that ends on a town's word ("Fox Lake"), two fields ("Remote / New York").
  assert.equal(place('Acme Veterinary Clinic Fox Lake, IL 60020'), 'Fox Lake, IL 60020');
  assert.equal(place('X Company Remote / New York, New York'), 'Remote / New York, New York');
  assert.equal(place('Riverbend Animal Hospital, Lake Saint Louis, MO'), 'Lake Saint Louis, MO');
});

test('"Washington, D.C" with its last dot left off is a place, as "Washington, D.C." and "Washington, DC" are ("DC" alone may be a credential)', () => {
  for (const p of ['Washington, D.C', 'Washington, D.C.', 'Washington D.C', 'Washington, DC']) assert.equal(isPlace(p), true, p);
});

test('"Viet Nam" (the country\'s name as it writes it in English) and "Ha Noi" are places', () => {
  for (const p of ['Ha Noi, Viet Nam', 'Viet Nam', 'Ho Chi Minh City, Vietnam']) assert.equal(isPlace(p), true, p);
});

test('places: a town named with its own last word ("Lancaster City") before a credential-like state code is a place', () => {
  // ("PA" is also a physician assistant's letters: "Jane Smith, PA" is a name and a credential.)
  assert.equal(isPlace('Lancaster City, PA'), true);
  assert.equal(isPlace('Beaver Falls, PA'), true);
  assert.equal(isPlace('Jane Smith, PA'), false);
});

test('places: a known city and its country\'s three-letter code', () => {
  assert.equal(isPlace('Brisbane, AUS'), true);
  assert.equal(isPlace('Brisbane, AUS & London, CAN'), true);
  // (Only after a known city: "CAN" is a word in capitals too.)
  assert.equal(isPlace('Acme, CAN'), false);
});

test('places: a town whose last word is a listed one-word town ("Saratoga Springs") is one town, not a name run into it', () => {
  assert.equal(isPlace('Saratoga Springs, New York'), true);
  assert.equal(placeSuffixStart('BS, Studio Art, Skidmore College, Saratoga Springs, New York'), 'BS, Studio Art, Skidmore College, '.length);
});

test('places: countries as their own people write them, and any town before a region of the world and its country', () => {
  assert.equal(isPlace('Milan, Italia'), true);
  assert.equal(isPlace('Tilburg, Nederland'), true);
  assert.equal(isPlace('Saronno, Lombardia, Italia'), true);
  // (A country's name opening the fields is an employer's, "Andela Nigeria, Lagos, Nigeria".)
  assert.equal(isPlace('Nigeria, Lagos, Nigeria'), false);
});

test('places: towns named for their campus ("College Park, MD") are towns', () => {
  assert.equal(isPlace('College Park, MD'), true);
  assert.equal(placeSuffixStart('University of Maryland, College Park, MD'), 'University of Maryland, '.length);
});

test('a part of a country or region named by where in it ("Linz, Upper Austria", "Hanover, Lower Saxony") is a region after its town', () => {
  assert.equal(isPlace('Linz, Upper Austria'), true);
  assert.equal(isPlace('LINZ, UPPER AUSTRIA'), true);
  // (Not a direction before any word: "Upper Management" is none.)
  assert.equal(isPlace('Linz, Upper Management'), false);
});

test('an ensemble, a theatre or a museum is no town ("Lima Symphony Orchestra (Ohio)" is an orchestra and its state); the town alone still is', () => {
  for (const p of ['Lima Symphony Orchestra (Ohio)', 'Lima Symphony Orchestra, Ohio', 'Sparta Quartet, Wisconsin', 'Hopkins Center Theatre, NH']) assert.equal(isPlace(p), false, p);
  for (const p of ['Lima, Ohio', 'Lima (Ohio)']) assert.equal(isPlace(p), true, p);
});

test('places: a known city and its country with no comma ("Seequent, Christchurch New Zealand") is one place after the employer; the country\'s "New" opens no town', () => {
  const t = 'Seequent, Christchurch New Zealand';
  assert.equal(t.slice(placeSuffixStart(t)), 'Christchurch New Zealand');
  // (A town's own first word still stays with the name before it: "… Canavieria Saint Louis, MO".)
  const u = 'Centro de Technologia Canavieria Saint Louis, MO';
  assert.equal(u.slice(placeSuffixStart(u)), 'Saint Louis, MO');
});

test('places: the city after a school\'s initials is the school\'s name ("TU Dresden, Germany", "UC Berkeley, CA"); the place is what follows', () => {
  for (const [t, place] of [['PhD in medical imaging, TU Dresden, Germany', 'Germany'], ['KU Leuven, Belgium', 'Belgium'], ['UC Berkeley, CA', 'CA']]) assert.equal(t.slice(placeSuffixStart(t)), place, t);
  assert.equal(placeSuffixStart('TU Dresden'), -1);
});

test('places: a company by its legal form and the country of its branch in brackets ("Zalando SE (Polska)") is no town; "Pune (India)" still is a place', () => {
  assert.equal(isPlace('Zalando SE (Polska)'), false);
  assert.equal(isPlace('Pune (India)'), true);
});

test('a town and its state\'s code, then the country with no commas, is a place ("Somerville MA USA", "Austin TX United States"); a name before a country is not', () => {
  for (const p of ['Somerville MA USA', 'Austin TX United States', 'Amherst MA US']) assert.equal(isPlace(p), true, p);
  for (const p of ['Acme Corp USA', 'Engineer MA USA', 'Data Team United States']) assert.equal(isPlace(p), false, p);
});

test('places: a US state as the AP style abbreviates it, with its dot ("Arlington, Va.", "Phoenix, Ariz.", "Tempe, Ariz."), is a region; "Miss" or "Wash" without a dot is a word', () => {
  for (const t of ['Arlington, Va.', 'Phoenix, Ariz.', 'Tempe, Ariz.', 'Madison, Wis.', 'Jackson, Miss.']) assert.equal(isPlace(t), true, t);
  for (const t of ['Acme, Miss', 'Editor, Wash']) assert.equal(isPlace(t), false, t);
});
