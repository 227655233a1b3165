// RenderCV (`cv:` at the top; v1.x, v2.x with rendercv_settings, v2.8 with settings) -> Resume.
// `cv.sections` is a free-form map of title -> entries; a section's kind comes from its title,
// an entry's type from its keys (RenderCV decides the same way). `design`, `locale`, `settings`
// and `rendercv_settings` only style the PDF and are ignored.
//
// Dates: start_date/end_date, or `date` alone (a year, "Fall 2023", even a Markdown link, which
// RenderCV prints as is: a link with no date in it is not reported). A start with no end_date is
// ongoing, as RenderCV prints it ("– present").
import type { YAMLMap } from 'yaml';
import { isScalar } from './yaml-lib';
import type { Bullet, Entry, EntryKind, Field, Resume, Section, SectionKind } from '../model';
import { emptyResume } from './empty';
import { readRange } from './yaml-dates';
import { bulletsFromList, displayTitle, makeEntry, makeSection, paragraphItems, readNameEmailPhone, sectionKindOf, splitFoldedSubBullets } from './yaml-entries';
import { entryKindOf } from './section-names';
import { asMap, entriesOf, get, nodeSpan, pairOf, seqItems, str, trimSpan, type ReadContext } from './yaml-read';
import { joinLocated, scalarText, sliceLocated, toField, trimLocated, WHOLE_MARKDOWN_LINK, type Located } from './yaml-scalar';

export function readRenderCv(ctx: ReadContext, root: YAMLMap | undefined): Resume {
  const resume = emptyResume('rendercv');
  const cv = asMap(ctx, get(ctx, root, 'cv'));
  if (!cv) return resume;
  readContact(ctx, resume, cv);
  const sections = asMap(ctx, get(ctx, cv, 'sections'));
  for (const { key, pair } of entriesOf(sections)) {
    const title = displayTitle(key);
    const kind = sectionKindOf(key, seqItems(ctx, pair.value).some((item) => !looseText(ctx, item) && asMap(ctx, item)));
    const entries: Entry[] = [];
    // Consecutive text/bullet/number items form one entry: they read as one block of bullets.
    let loose: { bullets: Bullet[]; start: number; end: number } | undefined;
    const flush = () => {
      if (!loose) return;
      const span = trimSpan(ctx.src, { start: loose.start, end: loose.end });
      entries.push({ kind: entryKindOf(kind), bullets: loose.bullets, span, headerSpan: { start: span.start, end: span.start } });
      loose = undefined;
    };
    for (const item of seqItems(ctx, pair.value)) {
      const text = looseText(ctx, item);
      if (text) {
        if (kind === 'summary' && !resume.summary && !loose) {
          resume.summary = toField(text.loc);
          continue;
        }
        const bullets = splitFoldedSubBullets(ctx.src, text.loc);
        if (!loose) loose = { bullets: [], start: text.span.start, end: text.span.end };
        loose.bullets.push(...bullets);
        loose.end = text.span.end;
        continue;
      }
      flush();
      const map = asMap(ctx, item);
      if (map) entries.push(readEntry(ctx, resume, map, kind));
    }
    flush();
    const section: Section = makeSection(ctx, pair, title, kind, entries);
    resume.sections.push(section);
  }
  return resume;
}

function readContact(ctx: ReadContext, resume: Resume, cv: YAMLMap): void {
  const c = resume.contact;
  readNameEmailPhone(ctx, cv, c);
  const location = str(ctx, cv, 'location');
  if (location) c.location = toField(location);
  const website = str(ctx, cv, 'website');
  if (website) c.links.push(toField(website));
  for (const sn of seqItems(ctx, get(ctx, cv, 'social_networks'))) {
    const username = str(ctx, asMap(ctx, sn), 'username');
    if (username) c.links.push(toField(username));
  }
  for (const cc of seqItems(ctx, get(ctx, cv, 'custom_connections'))) {
    const url = str(ctx, asMap(ctx, cc), 'url', 'placeholder');
    if (url) c.links.push(toField(url));
  }
}

/** A TextEntry (plain string) or a BulletEntry/NumberedEntry (`bullet:`, `number:`...). */
function looseText(ctx: ReadContext, item: unknown): { loc: Located; span: { start: number; end: number } } | undefined {
  if (isScalar(item)) {
    const loc = scalarText(ctx.src, item);
    if (!loc) return undefined;
    const t = trimLocated(loc);
    return t.text ? { loc: t, span: nodeSpan(item) } : undefined;
  }
  const map = asMap(ctx, item);
  if (!map || map.items.length !== 1) return undefined;
  const loc = str(ctx, map, 'bullet', 'number', 'reversed_number');
  return loc ? { loc, span: nodeSpan(map) } : undefined;
}

function readEntry(ctx: ReadContext, resume: Resume, map: YAMLMap, sectionKind: SectionKind): Entry {
  const has = (k: string) => pairOf(map, k) !== undefined;
  let kind: EntryKind = entryKindOf(sectionKind);
  let title: Located | undefined;
  let org: Located | undefined;
  let oneLine: Located | undefined;
  if (has('company') || has('position')) {
    // ExperienceEntry
    kind = sectionKind === 'volunteer' ? 'volunteer' : 'work';
    title = str(ctx, map, 'position');
    org = str(ctx, map, 'company');
  } else if (has('institution')) {
    // EducationEntry: "PhD in Computer Science" at Princeton.
    kind = 'education';
    const degree = str(ctx, map, 'degree');
    const area = str(ctx, map, 'area');
    title = degree && area ? joinLocated([degree, area], ' in ') : (degree ?? area);
    org = str(ctx, map, 'institution');
  } else if (has('authors') || has('doi') || has('journal')) {
    // PublicationEntry
    kind = 'other';
    title = str(ctx, map, 'title');
    org = str(ctx, map, 'journal');
  } else if (has('label') || has('details')) {
    // OneLineEntry: "Languages: Python, C++" -> skills when the section is about skills; under
    // Projects, "Homelab: 24/7 Linux server, 23+ Dockers" is a project and what it is.
    kind = sectionKind === 'projects' ? 'project' : 'other';
    title = str(ctx, map, 'label');
    const details = str(ctx, map, 'details');
    if (kind === 'project') oneLine = details;
    if (sectionKind === 'skills') {
      if (title) resume.skills.push(toField(title));
      if (details) resume.skills.push(...splitList(details));
    }
  } else {
    // NormalEntry (name) or anything unknown: the section says what it is.
    title = str(ctx, map, 'name', 'title');
  }
  const dates = readRange(ctx, map, {
    start: ['start_date'],
    end: ['end_date'],
    single: ['date'],
    missingEndIsCurrent: true,
    emptyEndIsCurrent: true,
  });
  let bulletsPair = pairOf(map, 'highlights');
  let bullets = bulletsFromList(ctx, get(ctx, map, 'highlights'));
  const location = str(ctx, map, 'location');
  // The entry's summary line or paragraph, printed above its highlights.
  const summary = str(ctx, map, 'summary');
  let description = summary ?? oneLine;
  // (With no highlights, a role's, a degree's or a project's summary is what the page prints under
  // it, as a Markdown résumé's paragraph under its role is.)
  // (str gives no blank text.)
  if (bullets.length === 0 && summary && kind !== 'other') {
    bullets = paragraphItems(summary);
    bulletsPair = pairOf(map, 'summary');
    description = undefined;
  }
  return makeEntry(ctx, map, kind, {
    title: linkedName(title),
    organisation: linkedName(org),
    location,
    dates,
    bullets,
    bulletsPair,
    description,
  });
}

/**
 * "[NeuralPrune](https://github.com/…)": RenderCV writes a linked name as a Markdown link. The name
 * is the value; the span stays the whole link, so the page still prints it as a link.
 */
function linkedName(loc: Located | undefined): Located | undefined {
  const m = loc && WHOLE_MARKDOWN_LINK.exec(loc.text);
  return m ? { text: m[1].trim(), span: loc!.span } : loc;
}

/** "Python, C++, CUDA" -> one field per item, each at its own place; "(fluent, C1)" stays whole. */
function splitList(loc: Located): Field[] {
  const out: Field[] = [];
  const t = loc.text;
  let from = 0;
  let depth = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (i === t.length || (depth === 0 && (c === ',' || c === ';'))) {
      const piece = trimLocated(sliceLocated(loc, from, i));
      if (piece.text) out.push(toField(piece));
      from = i + 1;
    }
  }
  return out;
}
