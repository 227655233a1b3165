// JSON Resume (v1 and legacy 0.x keys) -> Resume. YAMLResume is the same shape under `content:`
// with a few renames, so it reuses this reader with its own options (see yamlresume.ts).
//
// Ongoing dates: a missing, empty or "present" endDate means current for work, volunteer and
// projects. For education a *missing* endDate stays unknown (the range has only a start and is
// not current): schools often omit it for finished degrees and a phantom "still studying" would
// hide gaps. An explicitly empty endDate or "present" still means current there too.
import type { Pair, YAMLMap } from 'yaml';
import type { Contact, Entry, EntryKind, Field, Resume, Section, SectionKind } from '../model';
import { emptyResume } from './empty';
import { monthsBeside, rangeOf, readRange } from './yaml-dates';
import { isPlace } from './places';
import { bulletsFromList, bulletsFromMarkdownList, displayTitle, looseKeyKind, makeEntry, makeSection, paragraphItems, paragraphsOf, readNameEmailPhone, ROLE_KINDS } from './yaml-entries';
import { asMap, entriesOf, get, nodeSpan, pairOf, resolve, seqItems, str, type ReadContext } from './yaml-read';
import { joinLocated, scalarText, sliceLocated, toField, trimLocated, type Located } from './yaml-scalar';
import { ownShape } from './detect';
import { DEGREE_WORDS, TITLE_WORDS } from './header-fields';
import { classifyHeading } from './section-names';
import type { Bullet } from '../model';

export interface JsonResumeDialect {
  format: 'jsonresume' | 'yamlresume';
  /** YAMLResume: an empty or missing endDate says "present" for education as for work. */
  ongoingEducation: boolean;
  /** YAMLResume keeps location and profiles beside basics instead of inside it. */
  contactBesideBasics: boolean;
  /** Read as a shape of its own whatever its keys (a Markdown page's front matter: see front-matter.ts). */
  own?: boolean;
}

export interface SectionDef {
  title: string;
  kind: SectionKind;
  entryKind: EntryKind;
  title_: string[];
  org: string[];
  start: string[];
  end: string[];
  single?: string[];
  /** Missing end date means ongoing. */
  ongoing: boolean;
  /** A shape of its own: an entry's `description` is what it says (a bullet; a degree's name when none is given). */
  loose?: boolean;
}

// Keys per section: v1 names first, then legacy 0.x spellings.
// A value a template left empty, written as a word.
const EMPTY_WORD = /^\s*(?:null|none|n\/a|undefined|-)\s*$/i;
const SECTIONS: Record<string, SectionDef> = {
  // (After JSON Resume's own keys, the words files that borrow its "work" and "education" use for the
  // same things: "employer", "uni", "year": "2018-2023".)
  work: { title: 'Experience', kind: 'experience', entryKind: 'work', title_: ['position'], org: ['name', 'company', 'organization', 'employer'], start: ['startDate'], end: ['endDate'], single: ['dates', 'date', 'period', 'year', 'years'], ongoing: true },
  // A résumé in JSON of its own shape ("experience": [{ "role", "company", "dates": "07/2025 – 09/2026",
  // "bullets": [...] }]): the words people use for the same things, after JSON Resume's own.
  // (Hugo Blox's "company_name", other themes' "job_title", "organisation".)
  experience: { title: 'Experience', kind: 'experience', entryKind: 'work', title_: ['position', 'role', 'title', 'jobTitle', 'job_title', 'position_title'], org: ['company', 'company_name', 'companyName', 'employer', 'employer_name', 'organization', 'organisation', 'name'], start: ['startDate', 'start', 'from'], end: ['endDate', 'end', 'to'], single: ['dates', 'date', 'period'], ongoing: true },
  volunteer: { title: 'Volunteer', kind: 'volunteer', entryKind: 'volunteer', title_: ['position'], org: ['organization', 'name', 'company'], start: ['startDate'], end: ['endDate'], ongoing: true },
  education: { title: 'Education', kind: 'education', entryKind: 'education', title_: [], org: ['institution', 'name', 'school', 'university', 'uni', 'college'], start: ['startDate'], end: ['endDate'], single: ['dates', 'date', 'period', 'year', 'years'], ongoing: false },
  projects: { title: 'Projects', kind: 'projects', entryKind: 'project', title_: ['name', 'title'], org: ['entity', 'organization'], start: ['startDate'], end: ['endDate'], ongoing: true },
  awards: { title: 'Awards', kind: 'awards', entryKind: 'other', title_: ['title', 'name'], org: ['awarder'], start: [], end: [], single: ['date'], ongoing: false },
  certificates: { title: 'Certifications', kind: 'certifications', entryKind: 'other', title_: ['name', 'title'], org: ['issuer'], start: [], end: [], single: ['date'], ongoing: false },
  publications: { title: 'Publications', kind: 'publications', entryKind: 'other', title_: ['name', 'title'], org: ['publisher'], start: [], end: [], single: ['releaseDate', 'date'], ongoing: false },
  skills: { title: 'Skills', kind: 'skills', entryKind: 'other', title_: ['name', 'label', 'category'], org: [], start: [], end: [], ongoing: false },
  languages: { title: 'Languages', kind: 'languages', entryKind: 'other', title_: ['language', 'name'], org: [], start: [], end: [], ongoing: false },
  interests: { title: 'Interests', kind: 'interests', entryKind: 'other', title_: ['name'], org: [], start: [], end: [], ongoing: false },
  references: { title: 'References', kind: 'references', entryKind: 'other', title_: ['name'], org: [], start: [], end: [], ongoing: false },
};

/** Reads a JSON Resume-shaped map (the document root, or YAMLResume's `content`). */
export function readJsonResume(ctx: ReadContext, root: YAMLMap | undefined, dialect: JsonResumeDialect): Resume {
  const resume = emptyResume(dialect.format);
  if (!root) return resume;
  // (No "basics": a shape of its own, its name and summary at the top and its details in "contact".)
  // ("header: { name, email, phone }" over a data file's "sections": its basics by another name.)
  const keyed = asMap(ctx, get(ctx, root, 'basics')) ?? (get(ctx, root, 'sections') !== undefined ? asMap(ctx, get(ctx, root, 'header')) : undefined);
  const own = !keyed && dialect.format === 'jsonresume' && (dialect.own || ownShape(entriesOf(root).map((e) => e.key)));
  const basics = keyed ?? (own || get(ctx, root, 'experience') !== undefined ? root : undefined);
  readContact(ctx, resume, basics, dialect.contactBesideBasics ? root : basics);
  if (basics === root) {
    readOwnContact(ctx, resume, asMap(ctx, get(ctx, root, 'contact')));
    // ("about_me: { phone_number, e-mail, introduction }": the person's details in a block named for them.)
    readOwnContact(ctx, resume, asMap(ctx, get(ctx, root, 'about_me', 'aboutMe', 'about', 'personal_details', 'personalDetails')));
    // ("profile": { "name", "summary" }: a site's data file with the person's head in a block of its own.)
    const head = !resume.contact.name ? asMap(ctx, get(ctx, root, 'profile', 'personal', 'personalInfo', 'personal_info', 'header', 'meta')) : undefined;
    if (head && str(ctx, head, 'name')) {
      readNameEmailPhone(ctx, head, resume.contact);
      // ("meta": { "name", "contact": { "email", "phone", "website" } }: the details in a block of their own.)
      readOwnContact(ctx, resume, asMap(ctx, get(ctx, head, 'contact')));
    }
    // (A site's data file: its links as a list of { name, url }, its address a string.)
    for (const p of seqItems(ctx, get(ctx, root, 'socialLinks') ?? get(ctx, root, 'social') ?? get(ctx, root, 'links') ?? get(ctx, root, 'website') ?? get(ctx, root, 'websites') ?? get(ctx, root, 'urls'))) {
      // (Each a map { name, url }, or the address alone: "- www.linkedin.com/in/…".)
      const link = str(ctx, asMap(ctx, p), 'url', 'link', 'href') ?? webAddress(ctx, p);
      if (link) resume.contact.links.push(toField(link));
    }
    const address = !resume.contact.location ? str(ctx, root, 'address') : undefined;
    if (address) resume.contact.location = toField(address);
    // (cv-boilerplate's address, a list of lines: "CESAB Synthesis Centre Postdoc" / "Université
    // Paul Sabatier" / "Toulouse, France": the town is its last line.)
    const lines = !resume.contact.location ? seqItems(ctx, get(ctx, root, 'address')) : [];
    const last = lines.length ? scalarText(ctx.src, lines[lines.length - 1]) : undefined;
    if (last && last.text.trim()) resume.contact.location = toField(trimLocated(last));
  }
  const summary = str(ctx, basics, 'summary') ?? (basics === root ? str(ctx, root, 'bio', 'about', 'profile', 'objective', 'intro') : undefined);
  if (summary) resume.summary = toField(summary);

  for (const { key, pair } of entriesOf(root)) {
    // The Jekyll theme online-cv's data file: "sidebar:" holds the name, e-mail and phone, and the
    // sidebar's own lists ("languages:" / "interests:", each a "title" and its "info").
    // ("meta": { "name", "contact" }: the person's head, read above; no section.)
    if (own && HEAD_KEYS.has(key) && str(ctx, asMap(ctx, pair.value), 'name')) continue;
    if (own && key === 'sidebar') {
      const bar = asMap(ctx, pair.value);
      if (bar && !resume.contact.name) readNameEmailPhone(ctx, bar, resume.contact);
      for (const k of SIDEBAR_LINKS) {
        const link = str(ctx, bar, k);
        if (link && link.text.trim()) resume.contact.links.push(toField(trimLocated(link)));
      }
      for (const e of bar ? entriesOf(bar) : []) {
        const titled = titledBlock(ctx, e.pair);
        if (titled) resume.sections.push({ ...makeSection(ctx, e.pair, titled.text.trim(), classifyHeading(titled.text.trim()).kind ?? looseKeyKind(e.key), []), headingSpan: toField(titled).span });
      }
      continue;
    }
    // ("career-profile: { title: Professional Summary, summary: … }": a block named by its own title.)
    const titled = own ? titledBlock(ctx, pair) : undefined;
    if (titled) {
      const kind = classifyHeading(titled.text.trim()).kind;
      const text = str(ctx, asMap(ctx, pair.value), 'summary', 'description', 'text');
      if (kind === 'summary' && text) {
        resume.summary ??= toField(text);
        resume.sections.push({ ...makeSection(ctx, pair, titled.text.trim(), 'summary', []), headingSpan: toField(titled).span });
        continue;
      }
    }
    // A Hugo Blox (Wowchemy) landing page: "sections:" lists the page's blocks, "- block: experience"
    // with its roles in "content: { title, items: [...] }".
    if (own && (key === 'sections' || key === 'blocks') && readBlocks(ctx, pair, dialect, resume)) continue;
    // An Eleventy page's "cv:" map: its "profile" and its "sections:" list ("- title: Education" /
    // "entries:"), read as al-folio's list is.
    const wrapped = own && (key === 'cv' || key === 'resume') ? asMap(ctx, pair.value) : undefined;
    const listed = wrapped ? seqItems(ctx, get(ctx, wrapped, 'sections')) : [];
    if (listed.length) {
      const inner = readSectionList(ctx, listed);
      resume.sections.push(...inner.sections);
      resume.skills.push(...inner.skills);
      const profile = str(ctx, wrapped, 'profile', 'summary', 'about');
      if (!resume.summary) resume.summary = inner.summary ?? (profile ? toField(profile) : undefined);
      continue;
    }
    // (A shape of its own reads even JSON Resume's keys with the looser words: "school", "year".)
    // (A JSON Resume's sections of its own, "teaching": [ { "position", "institution", … } ]: a list
    // of maps under a key JSON Resume does not have, read with the looser words; its themes print them.)
    // (Not a list of the page's sections, "sections: [ - title, items ]": read whole, below.)
    const custom = !own && !SECTIONS[key] && !SECTION_LIST_KEYS.has(key) && seqItems(ctx, pair.value).some((i) => asMap(ctx, i) !== undefined);
    const def = own ? (SECTIONS[key] ? { ...(LOOSE[SECTIONS[key].kind] ?? SECTIONS[key]), title: SECTIONS[key].title } : looseDef(key)) : (SECTIONS[key] ?? (custom ? looseDef(key) : undefined));
    if (!def) {
      // A shape of its own prints each key that holds a list or a map as a section ("professional
      // summary", "hobbies"); its summary is the first of what the key lists.
      if ((own || custom) && !scalarText(ctx.src, resolve(ctx, pair.value)) && holdsText(ctx, pair.value, 0)) {
        const kind = looseKeyKind(key);
        // (Contact details are the résumé's head, not a section: "contact", "socialLinks".)
        if (kind === 'contact' || CONTACT_KEYS.has(key.toLowerCase())) continue;
        if (kind === 'summary' && !resume.summary) {
          // ("about_me: { phone_number, introduction: I'm a medical doctor … }": a block of the
          // person's details whose text is the summary.)
          const first = seqItems(ctx, pair.value).map((i) => scalarText(ctx.src, i)).find((t) => t && t.text.trim()) ?? str(ctx, asMap(ctx, pair.value), 'summary', 'introduction', 'intro', 'about', 'bio', 'description', 'text');
          if (first) resume.summary = toField(trimLocated(first));
        }
        resume.sections.push(makeSection(ctx, pair, key, kind, []));
      }
      continue;
    }
    const entries = readItems(ctx, itemsOf(ctx, pair, def, own && !SECTIONS[key], own), def, dialect, resume);
    // A section left from a template ("volunteer": [], a reference of empty strings) prints
    // nothing in any theme: no section.
    if (!holdsText(ctx, pair.value, 0)) continue;
    const section: Section = makeSection(ctx, pair, def.title, def.kind, entries);
    // (Its own "title" is the heading it prints: "experiences: { title: Work Experience, info: […] }".)
    if (titled) {
      section.title = titled.text.trim();
      section.headingSpan = toField(titled).span;
      const kind = classifyHeading(section.title).kind;
      if (kind && kind !== 'other' && !(ROLE_KINDS.has(def.kind) && !ROLE_KINDS.has(kind))) section.kind = kind;
    }
    resume.sections.push(section);
  }
  return resume;
}

const SECTION_LIST_KEYS = new Set(['sections', 'blocks']);
// (Only a block that is the head alone: a "profile" that also holds the summary prints as its section.)
const HEAD_KEYS = new Set(['meta', 'header']);
const SIDEBAR_LINKS = ['linkedin', 'github', 'gitlab', 'twitter', 'website', 'stack-overflow', 'orcid'];

/** A key's map with a printed "title" and what it lists ("info", "items", "entries") or says ("summary"): its title. */
function titledBlock(ctx: ReadContext, pair: Pair): Located | undefined {
  const m = asMap(ctx, pair.value);
  if (!m || !(get(ctx, m, 'info') ?? get(ctx, m, 'items') ?? get(ctx, m, 'entries') ?? get(ctx, m, 'summary'))) return undefined;
  const t = str(ctx, m, 'title');
  return t && t.text.trim() ? t : undefined;
}

/**
 * al-folio's CV data file (_data/cv.yml) and those like it: the document a list of sections, each
 * "- title: Experience" with its "contents" (a paragraph, a list of items, or a list of entries with
 * "title", "institution", "year" and "description"), and a "type" saying how the page lays it out.
 */
export function readSectionList(ctx: ReadContext, items: unknown[]): Resume {
  const resume = emptyResume('jsonresume');
  const dialect: JsonResumeDialect = { format: 'jsonresume', ongoingEducation: false, contactBesideBasics: false, own: true };
  for (const item of items) {
    const m = asMap(ctx, item);
    const title = str(ctx, m, 'title');
    const contents = pairOf(m, 'contents', 'entries', 'items');
    if (!m || !title || !contents || !holdsText(ctx, contents.value, 0)) continue;
    const name = title.text.trim();
    const kind = looseKeyKind(name);
    // ("General Information" of name and value pairs: the page's head, no section.)
    if (kind === 'contact') continue;
    const entries = [];
    const paragraph = scalarText(ctx.src, resolve(ctx, contents.value));
    if (paragraph && paragraph.text.trim()) {
      if (kind === 'summary' && !resume.summary) resume.summary = toField(trimLocated(paragraph));
    } else {
      const def = looseDef(name);
      // (Roles listed under their employer, "- org: …" / "roles:", are each an entry: see pushOwnItem.)
      if (def && ROLE_KINDS.has(def.kind)) for (const o of ownItems(ctx, contents.value, def.kind)) if (o.map) entries.push(readEntry(ctx, o.map, def, dialect, o.name || o.organisation ? { title: o.name, organisation: o.organisation } : undefined));
      for (const it of def && ROLE_KINDS.has(def.kind) ? [] : seqItems(ctx, contents.value)) {
        const map = asMap(ctx, it);
        if (map && def && def.kind !== 'skills') entries.push(readEntry(ctx, map, def, dialect));
        else if (kind === 'skills') {
          const skill = scalarText(ctx.src, it);
          if (skill && skill.text.trim()) resume.skills.push(toField(trimLocated(skill)));
        }
      }
    }
    resume.sections.push({ title: name, kind, span: nodeSpan(item), headingSpan: toField(title).span, entries });
  }
  return resume;
}

/**
 * A site's data file that is one list of items, each naming the section it prints under
 * ({ "title", "section": "Earlier", "org", "date" }): a section per name, in the order first met,
 * its kind read from its name, or roles where the name says nothing ("Perhaps in the Past") and its
 * items name an organisation. Undefined when the items name no sections.
 */
export function readTaggedList(ctx: ReadContext, items: unknown[]): Resume | undefined {
  const groups = new Map<string, { title: Located; maps: YAMLMap[]; first: unknown; last: unknown }>();
  for (const item of items) {
    const m = asMap(ctx, item);
    const tag = str(ctx, m, 'section', 'category', 'group');
    if (!m || !tag || !tag.text.trim()) continue;
    const name = tag.text.trim();
    const g = groups.get(name);
    if (g) {
      g.maps.push(m);
      g.last = item;
    } else groups.set(name, { title: tag, maps: [m], first: item, last: item });
  }
  if (!groups.size) return undefined;
  const resume = emptyResume('jsonresume');
  const dialect: JsonResumeDialect = { format: 'jsonresume', ongoingEducation: false, contactBesideBasics: false, own: true };
  for (const [name, g] of groups) {
    const named = looseKeyKind(name);
    const roles = g.maps.some((m) => str(ctx, m, ...TAGGED_ORG));
    const kind: SectionKind = named && named !== 'other' ? named : roles ? 'experience' : 'other';
    const base = LOOSE[kind] ?? (roles ? LOOSE.experience : undefined);
    const def: SectionDef | undefined = base ? { ...base, title: name, kind, org: [...base.org, ...TAGGED_ORG] } : undefined;
    const entries = def ? g.maps.map((m) => readEntry(ctx, m, def, dialect)) : [];
    const span = { start: nodeSpan(g.first).start, end: nodeSpan(g.last).end };
    resume.sections.push({ title: name, kind, span, headingSpan: toField(g.title).span, entries });
  }
  return resume;
}
/**
 * A site's data file that is one list of roles (Jekyll's _data/employment.yml: "- title",
 * "institution", "year_start"; "- company" with its "roles"), no section named: one unnamed section
 * of roles. Undefined unless most items name a post or an employer (a list of sections is
 * readSectionList's).
 */
export function readRoleList(ctx: ReadContext, items: unknown[]): Resume | undefined {
  const def: SectionDef = { ...LOOSE.experience!, org: [...LOOSE.experience!.org, ...TAGGED_ORG] };
  const own: OwnItem[] = [];
  for (const item of items) pushOwnItem(ctx, item, own);
  const roles = own.filter((o) => o.map && !pairOf(o.map, 'contents') && (o.organisation || str(ctx, o.map, ...def.title_) || str(ctx, o.map, ...def.org)));
  if (roles.length < 2 || roles.length * 2 < items.length) return undefined;
  const resume = emptyResume('jsonresume');
  const dialect: JsonResumeDialect = { format: 'jsonresume', ongoingEducation: false, contactBesideBasics: false, own: true };
  // (Degrees among them, "type: phd" or "title: MSc Immunology": each read as a degree, in the same section.)
  const degree: SectionDef = { ...LOOSE.education!, org: [...LOOSE.education!.org, ...TAGGED_ORG] };
  const entries = roles.map((o) => {
    const post = str(ctx, o.map, ...def.title_) ?? o.name;
    const sort = str(ctx, o.map, 'type', 'kind', 'category');
    const isDegree = (sort && DEGREE_SORT.test(sort.text.trim())) || (!!post && DEGREE_WORDS.test(post.text) && !TITLE_WORDS.test(post.text));
    return readEntry(ctx, o.map!, isDegree ? degree : def, dialect, o.name || o.organisation ? { title: o.name, organisation: o.organisation } : undefined);
  });
  const span = { start: nodeSpan(items[0]).start, end: nodeSpan(items[items.length - 1]).end };
  resume.sections.push({ title: '', kind: 'experience', span, headingSpan: { start: span.start, end: span.start }, entries });
  return resume;
}

/** A list item's sort that names a degree ("type: phd", "masters", "bachelors", "degree", "education"). */
const DEGREE_SORT = /^(?:phd|doctorate|masters?|bachelors?|degree|education|diploma|mba|msc|bsc|ba|ma)$/i;

/** An item's organisation in a tagged list ("org": the site's own short word). */
const TAGGED_ORG = ['org', 'organization', 'organisation', 'company', 'employer'];

/** The blocks of a Hugo Blox page's "sections:" list that hold roles or degrees, as sections; false when it lists no blocks. */
function readBlocks(ctx: ReadContext, pair: Pair, dialect: JsonResumeDialect, resume: Resume): boolean {
  let blocks = false;
  for (const item of seqItems(ctx, pair.value)) {
    const m = asMap(ctx, item);
    const blockPair = pairOf(m, 'block');
    const block = str(ctx, m, 'block');
    if (!m || !blockPair || !block) continue;
    blocks = true;
    // ("experience", "resume-experience", "education", "resume-education": the block's name says what it lists.)
    const def = looseDef(block.text.trim());
    const content = asMap(ctx, get(ctx, m, 'content'));
    const items = pairOf(content, 'items');
    if (!def || !items || !holdsText(ctx, items.value, 0)) continue;
    const entries = readItems(ctx, itemsOf(ctx, items, def, true, true), def, dialect, resume);
    const title = str(ctx, content, 'title');
    const section = makeSection(ctx, items, title?.text.trim() || displayTitle(def.title.replace(/^resume-/, '')), def.kind, entries);
    resume.sections.push({ ...section, headingSpan: nodeSpan(title ? pairOf(content, 'title')?.value : blockPair.value) });
  }
  return blocks;
}

const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*$/i;

/** A list item that is a web address alone ("www.linkedin.com/in/jdoe"). */
function webAddress(ctx: ReadContext, item: unknown): Located | undefined {
  const t = scalarText(ctx.src, item);
  return t && WEB_ADDRESS.test(t.text.trim()) ? trimLocated(t) : undefined;
}

/** A section's items as its entries (a skills section's names also go to the résumé's skills). */
function readItems(ctx: ReadContext, items: OwnItem[], def: SectionDef, dialect: JsonResumeDialect, resume: Resume): Entry[] {
  const entries: Entry[] = [];
  for (const { map, name, organisation } of items) {
    if (!map) continue;
    if (def.kind === 'skills') resume.skills.push(...skillFields(ctx, map));
    entries.push(readEntry(ctx, map, def, dialect, name || organisation ? { title: name, organisation } : undefined));
  }
  return entries;
}

/** The items under a section's key: for a shape of its own, as ownItems reads them. */
function itemsOf(ctx: ReadContext, pair: Pair, def: SectionDef, looseKey: boolean, own: boolean): OwnItem[] {
  if (own && ROLE_KINDS.has(def.kind)) return ownItems(ctx, pair.value, def.kind);
  // ("certifications": { "research": [...], "clinical": [...] }: lists grouped under one key.)
  const grouped = looseKey ? asMap(ctx, pair.value) : undefined;
  const items = grouped ? entriesOf(grouped).flatMap((e) => seqItems(ctx, e.pair.value)) : seqItems(ctx, pair.value);
  return items.map((item) => ({ map: asMap(ctx, item) }));
}

/** An item of a key of a shape of its own, with the names its keys give it. */
interface OwnItem {
  map: YAMLMap | undefined;
  /** The key it stands under: a role's title, a degree's name ("bachelors"). */
  name?: Located;
  /** The key of the list it stands in: the employer of roles listed under its name. */
  organisation?: Located;
}

/**
 * The roles or degrees under a key of a shape of its own: a list of maps; lists grouped under keys
 * ("research": [...], "clinical": [...]); maps keyed by what they are ("bachelors": { degree,
 * school }); and roles keyed by their titles in a list under their employer's name
 * ("- Google Public Sector: [ - Cloud Program Manager: { bullets, timestart } ]").
 */
function ownItems(ctx: ReadContext, value: unknown, kind: SectionKind): OwnItem[] {
  const out: OwnItem[] = [];
  const map = asMap(ctx, value);
  if (!map) {
    for (const item of seqItems(ctx, value)) pushOwnItem(ctx, item, out);
    return out;
  }
  for (const e of entriesOf(map)) {
    const inner = asMap(ctx, e.pair.value);
    // (A key of another kind inside, "publication" among the degrees, is not one of them.)
    const other = looseKeyKind(e.key);
    if (inner && (other === 'other' || other === kind)) out.push({ map: inner, name: keyText(ctx, e.pair) });
    else for (const item of seqItems(ctx, e.pair.value)) pushOwnItem(ctx, item, out);
  }
  return out;
}

function pushOwnItem(ctx: ReadContext, item: unknown, out: OwnItem[]): void {
  const map = asMap(ctx, item);
  // ("- org: Saltfoss Energy" / "roles: [ - title: …, dates: … ]": several roles under one employer.)
  const roles = map ? seqItems(ctx, get(ctx, map, 'roles') ?? get(ctx, map, 'positions')).map((r) => asMap(ctx, r)) : [];
  const employer = roles.length ? str(ctx, map, 'org', 'organisation', 'organization', 'company', 'employer', 'institution') : undefined;
  if (employer && roles.every((r) => r)) {
    for (const r of roles) out.push({ map: r, organisation: employer });
    return;
  }
  const only = map && map.items.length === 1 ? entriesOf(map)[0] : undefined;
  if (only) {
    const inner = asMap(ctx, only.pair.value);
    if (inner) {
      out.push({ map: inner, name: keyText(ctx, only.pair) });
      return;
    }
    const roles = seqItems(ctx, only.pair.value).map((r) => asMap(ctx, r));
    if (roles.length && roles.every((r) => r && r.items.length === 1 && asMap(ctx, entriesOf(r)[0]?.pair.value))) {
      const employer = keyText(ctx, only.pair);
      for (const r of roles) {
        const e = entriesOf(r)[0];
        out.push({ map: asMap(ctx, e.pair.value), name: keyText(ctx, e.pair), organisation: employer });
      }
      return;
    }
  }
  out.push({ map });
}

function keyText(ctx: ReadContext, pair: Pair): Located | undefined {
  const loc = scalarText(ctx.src, pair.key);
  return loc && loc.text.trim() ? trimLocated(loc) : undefined;
}

// A shape of its own, keys named by their kind: the words people use for each thing, and a role's
// or a degree's own words ("description") as what it says, not an employer's line.
const LOOSE_START = ['start_date', 'startdate', 'date_start', 'datestart', 'timestart', 'time_start', 'begin', 'year_start', 'start_year'];
const LOOSE_END = ['end_date', 'enddate', 'date_end', 'dateend', 'timeend', 'time_end', 'until', 'year_end', 'end_year'];
const LOOSE: Partial<Record<SectionKind, SectionDef>> = {
  // (al-folio's CV: a role's "institution" and its "year": "2022 – Present".)
  // (online-cv's data file: a role's "time", "February 2024 – Present".)
  experience: { ...SECTIONS.experience, org: [...SECTIONS.experience.org, 'institution', 'institute', 'org'], start: [...SECTIONS.experience.start, ...LOOSE_START], end: [...SECTIONS.experience.end, ...LOOSE_END], single: [...SECTIONS.experience.single!, 'year', 'years', 'time', 'when'], loose: true },
  volunteer: { ...SECTIONS.experience, org: [...SECTIONS.experience.org, 'org'], start: [...SECTIONS.experience.start, ...LOOSE_START], end: [...SECTIONS.experience.end, ...LOOSE_END], single: [...SECTIONS.experience.single!, 'when'], title: 'Volunteer', kind: 'volunteer', entryKind: 'volunteer', loose: true },
  education: { ...SECTIONS.education, org: ['institution', 'institution_name', 'institute', 'school', 'school_name', 'university', 'uni', 'college', 'name', 'organization', 'organisation', 'org'], start: [...SECTIONS.education.start, 'start', 'from', ...LOOSE_START], end: [...SECTIONS.education.end, 'end', 'to', ...LOOSE_END], single: ['dates', 'date', 'period', 'year', 'years', 'time', 'when'], loose: true },
  projects: { ...SECTIONS.projects, start: [...SECTIONS.projects.start, 'start', 'from', ...LOOSE_START], end: [...SECTIONS.projects.end, 'end', 'to', ...LOOSE_END], single: ['dates', 'date', 'period', 'when'], loose: true },
  awards: SECTIONS.awards,
  certifications: SECTIONS.certificates,
  publications: SECTIONS.publications,
  skills: SECTIONS.skills,
  languages: SECTIONS.languages,
  interests: SECTIONS.interests,
  references: SECTIONS.references,
};

// A data file's contact details under keys of their own (cv-boilerplate's "address", "urls"): the page's head, no sections.
const CONTACT_KEYS = new Set(['address', 'urls', 'url', 'phone', 'email', 'mobile', 'pgp']);

/** The reading of a key of a shape of its own ("clinicalWork", "educationList"), titled as written. */
function looseDef(key: string): SectionDef | undefined {
  const def = LOOSE[looseKeyKind(key)];
  return def ? { ...def, title: key } : undefined;
}

/** Whether a value holds any non-empty scalar, at any depth (within reason). */
export function holdsText(ctx: ReadContext, node: unknown, depth: number): boolean {
  if (depth > 8) return true;
  const n = resolve(ctx, node);
  const text = scalarText(ctx.src, n);
  if (text) return text.text.trim() !== '';
  const map = asMap(ctx, n);
  if (map) return entriesOf(map).some(({ pair }) => holdsText(ctx, pair.value, depth + 1));
  return seqItems(ctx, n).some((item) => holdsText(ctx, item, depth + 1));
}

function readContact(ctx: ReadContext, resume: Resume, basics: YAMLMap | undefined, around: YAMLMap | undefined): void {
  const c = resume.contact;
  readNameEmailPhone(ctx, basics, c);
  const url = str(ctx, basics, 'url', 'website');
  // ("url": "null", "none", "-": a template's empty value written as a word.)
  if (url && !EMPTY_WORD.test(url.text)) c.links.push(toField(url));
  // YAMLResume: beside basics; JSON Resume: inside it. Accept either place in both.
  const locNode = get(ctx, around, 'location') ?? get(ctx, basics, 'location');
  const location = readLocation(ctx, locNode);
  if (location) c.location = location;
  const profiles = get(ctx, around, 'profiles') ?? get(ctx, basics, 'profiles');
  for (const p of seqItems(ctx, profiles)) {
    const link = str(ctx, asMap(ctx, p), 'url', 'username');
    if (link) c.links.push(toField(link));
  }
}

/** A shape of its own's "contact": { "email", "phone", "location", "linkedin", "github", … }. */
function readOwnContact(ctx: ReadContext, resume: Resume, map: YAMLMap | undefined): void {
  if (!map) return;
  const c = resume.contact;
  const probe: Contact = { links: [] };
  readNameEmailPhone(ctx, map, probe);
  if (probe.email && !c.email) c.email = probe.email;
  if (probe.phone && !c.phone) c.phone = probe.phone;
  const location = readLocation(ctx, get(ctx, map, 'location'));
  if (location && !c.location) c.location = location;
  for (const key of ['linkedin', 'github', 'website', 'url', 'portfolio']) {
    const link = str(ctx, map, key);
    if (link && link.text.trim() && !EMPTY_WORD.test(link.text)) c.links.push(toField(link));
  }
}

/** `location` is a map (city, region, countryCode...) or, in loose files, a plain string. */
export function readLocation(ctx: ReadContext, node: unknown): Field | undefined {
  const plain = scalarText(ctx.src, node);
  if (plain) {
    const t = trimLocated(plain);
    return t.text ? toField(t) : undefined;
  }
  const map = asMap(ctx, node);
  if (!map) return undefined;
  const [city, region, countryCode, country] = ['city', 'region', 'countryCode', 'country'].map((k) => str(ctx, map, k));
  const parts = [city, region, countryCode, country].filter((p): p is Located => !!p);
  const address = str(ctx, map, 'address');
  if (parts.length === 0) return address ? toField(address) : undefined;
  // ({"address": "Richmond, VA 23223", "countryCode": "US"}: with no city nor region, the address
  // says where, and the country follows it.)
  if (address && !city && !region) return toField(joinLocated([address, ...parts], ', '));
  return toField(joinLocated(parts, ', '));
}

// The end of a degree's line before what else its description says ("B.A. in Psychology. Extracurriculars - …").
const SENTENCE_STOP = /\.\s+(?=\p{Lu})/u;

const BULLET_KEYS = ['highlights', 'bullets', 'achievements', 'responsibilities', 'accomplishments', 'duties', 'highlights_md', 'details_md', 'details'];

export function readEntry(ctx: ReadContext, map: YAMLMap, def: SectionDef, dialect: JsonResumeDialect, named?: { title?: Located; organisation?: Located }) {
  let title = (def.kind === 'education' ? educationTitle(ctx, map) : str(ctx, map, ...def.title_)) ?? named?.title;
  // ("organization": { "name": "Lund University", "url": … }: the employer as a map of its own.)
  let org = (def.org.length ? str(ctx, map, ...def.org) ?? str(ctx, asMap(ctx, get(ctx, map, ...def.org)), 'name') : undefined) ?? named?.organisation;
  const location = str(ctx, map, 'location') ?? (def.loose ? str(ctx, map, 'city') : undefined);
  // ("date": { "start": "2024-01-01", "end": null }: a shape of its own keeps the range in a map.)
  const inner = def.loose ? asMap(ctx, get(ctx, map, 'date') ?? get(ctx, map, 'dates')) : undefined;
  // (A role's range under a looser pair of keys, "date_start" / "date_end", "year_start" / "year_end",
  // is read wherever JSON Resume's own keys are missing: a site's file that says "basics" and "experience".)
  let dates = readRange(ctx, inner ?? map, {
    start: def.start.length && !def.loose ? [...def.start, ...LOOSE_START] : def.start,
    end: def.end.length && !def.loose ? [...def.end, ...LOOSE_END] : def.end,
    single: def.single,
    missingEndIsCurrent: def.ongoing || (def.kind === 'education' && dialect.ongoingEducation),
    emptyEndIsCurrent: def.ongoing || def.kind === 'education',
  });
  if (dates && def.loose) monthsBeside(ctx, map, dates);
  let place = location;
  // "meta": "Ph.D. Candidate, Biblical Interpretation · August 2005–May 2016": a theme's one line of
  // the entry's post (or degree), its place and its dates, parted by middle dots.
  const meta = def.loose && !dates ? str(ctx, map, 'meta') : undefined;
  // ("name": "Immanuel Baptist Church · Nashville, Tennessee": the same theme's employer and its town.)
  const dot = meta && org ? org.text.lastIndexOf(' · ') : -1;
  if (org && dot > 0 && !place && isPlace(org.text.slice(dot + 3).trim())) {
    place = trimLocated(sliceLocated(org, dot + 3, org.text.length));
    org = trimLocated(sliceLocated(org, 0, dot));
  }
  if (meta) {
    let at = 0;
    for (const part of meta.text.split(' · ')) {
      const loc = trimLocated(sliceLocated(meta, at, at + part.length));
      at += part.length + 3;
      if (!loc.text) continue;
      const range = !dates ? rangeOf(loc) : undefined;
      if (range) dates = range;
      else if (!place && isPlace(loc.text)) place = loc;
      else if (!title) title = loc;
    }
  }
  // ("when: 2020-2022" / "what: [ "**Master of Science …**", "University of Central Florida (UCF),
  // _Orlando, Florida, USA_", … ]": a shape of its own that lists the entry's printed lines.)
  const lines = def.loose && !title && !org ? printedLines(ctx, map) : undefined;
  if (lines) {
    title = lines.title;
    org = lines.org;
    if (!place) place = lines.place;
  }
  // highlights[] are the bullets; a summary is too when it is written as a Markdown list, or when
  // there are no highlights (its paragraphs then; see below).
  let bullets: Bullet[] = lines?.rest ?? [];
  // (Custom shapes call them "bullets", "achievements" or "responsibilities".)
  const listKey = BULLET_KEYS.find((k) => get(ctx, map, k) !== undefined);
  let bulletsPair = lines ? pairOf(map, 'what') : pairOf(map, listKey ?? 'highlights');
  if (listKey) bullets = bulletsFromList(ctx, get(ctx, map, listKey));
  const summary = scalarText(ctx.src, get(ctx, map, 'summary'));
  // (A paragraph, then a list: the paragraph is the role's description, the list its bullets.)
  const intro: { text?: Located } = {};
  const listed = summary ? bulletsFromMarkdownList(summary, intro) : undefined;
  let description: Located | undefined;
  if (listed && listed.length > 0) {
    if (bullets.length === 0) bulletsPair = pairOf(map, 'summary');
    bullets = [...listed, ...bullets].sort((a, b) => a.span.start - b.span.start);
    if (intro.text && intro.text.text) description = intro.text;
  } else if (summary && bullets.length === 0 && summary.text.trim()) {
    // ("summary": "Led the move to …" and no highlights: the role's paragraph is what the page prints
    // under it, as a Markdown résumé's paragraph under its role is.)
    bullets = paragraphItems(summary);
    bulletsPair = pairOf(map, 'summary');
  } else if (summary) description = trimLocated(summary);
  // A project's own words about it are its `description` (a role's `description` is the employer's line).
  if (!description && def.kind === 'projects') description = str(ctx, map, 'description');
  // (With no highlights, the project's words are what the page prints under it, as a role's are.)
  if (def.kind === 'projects' && bullets.length === 0 && description && description.text.trim()) {
    bullets = paragraphItems(description);
    // (A summary of words would have been the items above: these are the project's own description.)
    bulletsPair = pairOf(map, 'description');
    description = undefined;
  }
  // (A shape of its own: the role's paragraph is its one bullet; a degree's line names the degree.)
  // ("description": [ "Develop and deliver …", … ]: a shape of its own may list the bullets under that name.)
  if (def.loose && bullets.length === 0 && !description) {
    const listedPair = pairOf(map, ...LOOSE_TEXT_KEYS);
    if (listedPair && seqItems(ctx, listedPair.value).length) {
      bullets = bulletsFromList(ctx, listedPair.value);
      bulletsPair = listedPair;
    }
  }
  if (def.loose && def.kind !== 'projects' && bullets.length === 0 && !description) {
    const said = str(ctx, map, ...LOOSE_TEXT_KEYS);
    if (said && def.kind === 'education' && !title) {
      const end = said.text.search(SENTENCE_STOP);
      title = end > 0 ? sliceLocated(said, 0, end) : said;
    } else if (said) {
      // (A block of paragraphs, blank lines between: each paragraph one bullet, as a page prints them;
      // a Markdown list in it, "Responsibilities include:" / "* Performing audits …", its items.)
      const lead: { text?: Located } = {};
      const items = bulletsFromMarkdownList(said, lead);
      if (items && items.length > 0) {
        bullets = items;
        if (lead.text && lead.text.text) description = lead.text;
      } else bullets = paragraphsOf(said);
      bulletsPair = pairOf(map, LOOSE_TEXT_KEYS.find((k) => get(ctx, map, k) !== undefined)!);
    }
  }
  return makeEntry(ctx, map, def.entryKind, {
    title,
    organisation: org,
    location: place,
    dates,
    bullets,
    bulletsPair,
    description,
  });
}

/**
 * An entry whose printed lines a shape of its own lists under "what" (a string or a list): the first
 * line's bold words name the post or the degree ("**Graduate Research Assistant.**"), its italic words
 * after them, or the next line, where ("_Utah State University._", "University of Central Florida
 * (UCF), _Orlando, Florida, USA_": the place in italics after a comma); what follows is what was done.
 */
function printedLines(ctx: ReadContext, map: YAMLMap): { title?: Located; org?: Located; place?: Located; rest: Bullet[] } | undefined {
  const node = get(ctx, map, 'what');
  if (node === undefined) return undefined;
  const items: Located[] = [];
  const one = scalarText(ctx.src, node);
  for (const item of one ? [node] : seqItems(ctx, node)) {
    const loc = scalarText(ctx.src, item);
    if (loc && loc.text.trim()) items.push(trimLocated(loc));
  }
  if (!items.length) return undefined;
  const out: { title?: Located; org?: Located; place?: Located; rest: Bullet[] } = { rest: [] };
  const first = items[0];
  const bold = LEADING_BOLD.exec(first.text);
  let k = 1;
  if (bold) {
    out.title = markedWords(first, 0, bold);
    let at = bold[0].length;
    const italic = LEADING_ITALIC.exec(first.text.slice(at));
    if (italic) {
      out.org = markedWords(first, at, italic);
      at += italic[0].length;
    }
    const said = trimLocated(sliceLocated(first, at, first.text.length));
    if (said.text.replace(TRAILING_STOP, '').trim()) out.rest.push(said);
  } else {
    out.title = unwrapEmphasis(first);
  }
  if (!out.org && items.length > 1 && !bold?.[0].endsWith('.')) {
    const second = items[1];
    const placed = PLACE_IN_ITALICS.exec(second.text);
    if (placed) {
      out.org = trimLocated(sliceLocated(second, 0, placed.index));
      out.place = trimLocated(sliceLocated(second, placed.index + placed[0].indexOf(placed[1]), placed.index + placed[0].indexOf(placed[1]) + placed[1].length));
    } else out.org = unwrapEmphasis(second);
    k = 2;
  }
  for (; k < items.length; k++) out.rest.push(items[k]);
  return out;
}
// "**Graduate Research Assistant.** ", "**Master of Science**": group 1 the marks, group 2 the words.
const LEADING_BOLD = /^(\*\*|__)([^*_\n]+?)\1[\s,.;:]*/;
// "_Utah State University._ ": the same with one mark, after the bold words.
const LEADING_ITALIC = /^(\*|_)([^*_\n]+?)\1[\s,.;:]*/;
// ", _Orlando, Florida, USA_" ending a line.
const PLACE_IN_ITALICS = /,\s*[*_]([^*_\n]+)[*_]\s*$/;
const TRAILING_STOP = /[\s.,;:]+$/;

/** The words between the marks of a LEADING_BOLD or LEADING_ITALIC match `m` found at `at` in `loc`, without a stop after them. */
function markedWords(loc: Located, at: number, m: RegExpExecArray): Located {
  const from = at + m[1].length;
  return trimLocated(sliceLocated(loc, from, from + m[2].replace(TRAILING_STOP, '').length));
}

/** The value without the emphasis marks round the whole of it ("**Master of Science**"). */
function unwrapEmphasis(loc: Located): Located {
  const m = /^(\*\*|__)(.+)\1$/s.exec(loc.text) ?? /^(\*|_)([^*_\n]+)\1$/.exec(loc.text);
  return m ? trimLocated(sliceLocated(loc, m[1].length, m[1].length + m[2].length)) : loc;
}

// What a shape of its own calls a role's own words ("body": "Participated in …", "note": "… invited
// me to guest lecture …", "work": "Fish habitat protection, regulatory review …"), first found first.
const LOOSE_TEXT_KEYS = ['description', 'details', 'body', 'note', 'notes', 'work'];

/** "Bachelor in Computer Science" from studyType (YAMLResume: degree) and area; FRESH writes it whole as `title`. */
function educationTitle(ctx: ReadContext, map: YAMLMap): Located | undefined {
  const whole = str(ctx, map, 'title');
  if (whole) return whole;
  // ("level: MD", "level: High School": a site's data file names the degree by its level.)
  const degree = str(ctx, map, 'studyType', 'degree', 'level');
  const area = str(ctx, map, 'area');
  if (degree && area) return joinLocated([degree, area], ' in ');
  // (cv-boilerplate: "degree: M. Sc." and "subject: Botany", printed "M. Sc. Botany"; some files swap
  // the two, and the one that names a degree goes first.)
  const subject = !area ? str(ctx, map, 'subject') : undefined;
  if (degree && subject) return DEGREE_WORDS.test(subject.text) && !DEGREE_WORDS.test(degree.text) ? joinLocated([subject, degree], ' ') : joinLocated([degree, subject], ' ');
  return degree ?? area ?? subject;
}

/** A skill's name and each of its keywords (FRESH: the set's `skills`), each with its own span. */
export function skillFields(ctx: ReadContext, map: YAMLMap, listKey = 'keywords'): Field[] {
  const out: Field[] = [];
  // (Shapes of their own write a group as { "label" or "category", "items" }.)
  const name = str(ctx, map, 'name', 'label', 'category');
  if (name) out.push(toField(name));
  for (const k of seqItems(ctx, get(ctx, map, listKey) ?? get(ctx, map, 'items'))) {
    const loc = scalarText(ctx.src, k);
    if (loc && loc.text.trim()) out.push(toField(trimLocated(loc)));
  }
  return out;
}
