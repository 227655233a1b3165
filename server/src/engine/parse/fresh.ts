// FRESH (HackMyResume's "Fluent Resume and Employment System Hub") -> Resume. The same résumé as
// JSON Resume under other keys: the name at the top, `info.brief` for the summary, `contact`,
// `location` and `social` for the contact, and sections as `{ history: [...] }` objects
// (employment, education, service, affiliation) or plain lists (projects, recognition, writing,
// speaking, languages, interests, references), their entries under FRESH's own keys (`employer`,
// `start`, `end`, `from`). It is read as a dialect of JSON Resume, with JSON Resume's dates.
import type { YAMLMap } from 'yaml';
import type { Resume, Section } from '../model';
import { emptyResume } from './empty';
import { holdsText, readEntry, readLocation, skillFields, type JsonResumeDialect, type SectionDef } from './jsonresume';
import { readNameEmailPhone, makeSection } from './yaml-entries';
import { asMap, entriesOf, get, seqItems, str, type ReadContext } from './yaml-read';
import { scalarText, toField, trimLocated } from './yaml-scalar';

const base = { start: ['start', 'startDate'], end: ['end', 'endDate'], ongoing: true };
// FRESH section key -> how its entries read, and whether they sit under `history`.
const SECTIONS: Record<string, SectionDef & { history: boolean }> = {
  employment: { ...base, history: true, title: 'Employment', kind: 'experience', entryKind: 'work', title_: ['position', 'title'], org: ['employer', 'organization', 'name'] },
  education: { ...base, history: true, title: 'Education', kind: 'education', entryKind: 'education', title_: [], org: ['institution', 'name'], ongoing: false },
  service: { ...base, history: true, title: 'Service', kind: 'volunteer', entryKind: 'volunteer', title_: ['position', 'title'], org: ['organization', 'name'] },
  affiliation: { ...base, history: true, title: 'Affiliation', kind: 'volunteer', entryKind: 'volunteer', title_: ['role', 'position'], org: ['organization', 'name'] },
  projects: { ...base, history: false, title: 'Projects', kind: 'projects', entryKind: 'project', title_: ['title', 'name'], org: ['organization'] },
  recognition: { history: false, title: 'Recognition', kind: 'awards', entryKind: 'other', title_: ['title'], org: ['from'], start: [], end: [], single: ['date'], ongoing: false },
  writing: { history: false, title: 'Writing', kind: 'publications', entryKind: 'other', title_: ['title'], org: ['publisher'], start: [], end: [], single: ['date'], ongoing: false },
  speaking: { history: false, title: 'Speaking', kind: 'publications', entryKind: 'other', title_: ['title'], org: ['event'], start: [], end: [], single: ['date'], ongoing: false },
  languages: { history: false, title: 'Languages', kind: 'languages', entryKind: 'other', title_: ['language', 'name'], org: [], start: [], end: [], ongoing: false },
  interests: { history: false, title: 'Interests', kind: 'interests', entryKind: 'other', title_: ['name'], org: [], start: [], end: [], ongoing: false },
  references: { history: false, title: 'References', kind: 'references', entryKind: 'other', title_: ['name'], org: [], start: [], end: [], ongoing: false },
};

const DIALECT: JsonResumeDialect = { format: 'jsonresume', ongoingEducation: false, contactBesideBasics: false };

/** Whether a root map is FRESH rather than JSON Resume: no `basics`, and FRESH's own keys. */
export function isFresh(ctx: ReadContext, root: YAMLMap | undefined): boolean {
  if (!root || get(ctx, root, 'basics') !== undefined) return false;
  const format = scalarText(ctx.src, get(ctx, asMap(ctx, get(ctx, root, 'meta')), 'format'));
  return /^fresh/i.test(format?.text ?? '') || get(ctx, root, 'employment') !== undefined || (get(ctx, root, 'info') !== undefined && get(ctx, root, 'contact') !== undefined);
}

export function readFresh(ctx: ReadContext, root: YAMLMap): Resume {
  const resume = emptyResume('jsonresume');
  const c = resume.contact;
  const contact = asMap(ctx, get(ctx, root, 'contact'));
  readNameEmailPhone(ctx, contact, c);
  // (The name stands at the top, not in `contact`.)
  const name = str(ctx, root, 'name');
  if (name) c.name = toField(name);
  const site = str(ctx, contact, 'website', 'url');
  if (site) c.links.push(toField(site));
  const location = readLocation(ctx, get(ctx, root, 'location'));
  if (location) c.location = location;
  for (const p of seqItems(ctx, get(ctx, root, 'social'))) {
    const link = str(ctx, asMap(ctx, p), 'url', 'user');
    if (link) c.links.push(toField(link));
  }
  const info = asMap(ctx, get(ctx, root, 'info'));
  const brief = str(ctx, info, 'brief') ?? str(ctx, root, 'summary');
  if (brief) resume.summary = toField(trimLocated(brief));

  for (const { key, pair } of entriesOf(root)) {
    if (key === 'skills') {
      const skills = asMap(ctx, pair.value);
      for (const set of [...seqItems(ctx, get(ctx, skills, 'sets')), ...seqItems(ctx, get(ctx, skills, 'list'))]) {
        const map = asMap(ctx, set);
        if (map) resume.skills.push(...skillFields(ctx, map, 'skills'));
      }
      if (holdsText(ctx, pair.value, 0)) resume.sections.push(makeSection(ctx, pair, 'Skills', 'skills', []));
      continue;
    }
    const def = SECTIONS[key];
    if (!def) continue;
    const list = def.history ? get(ctx, asMap(ctx, pair.value), 'history') : pair.value;
    const entries = [];
    for (const item of seqItems(ctx, list)) {
      const map = asMap(ctx, item);
      if (map) entries.push(readEntry(ctx, map, def, DIALECT));
    }
    if (!holdsText(ctx, list, 0)) continue;
    const section: Section = makeSection(ctx, pair, def.title, def.kind, entries);
    resume.sections.push(section);
  }
  return resume;
}
