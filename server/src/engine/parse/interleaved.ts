// A two-column PDF copied as a stream (pdftotext's default order, pdf.js, -raw) often comes out with
// the sidebar's blocks between the main column's: "WORK EXPERIENCE" / "SKILLS" / "Senior Project
// Manager" / "MS Project" / "Lakefront Packaging Co." / "04/2021 - Present" … Read in order, the
// roles land in the sidebar's section (skills, links, a profile) and the sidebar's items in the
// roles. This puts each paragraph back under the section it belongs to, by what it is: a role's
// lines (dates that span time, sentences, job titles, places, bullets) under the section of
// entries, a short item with none of those under the sidebar's heading. Blocks keep their
// offsets; only their order changes, as the column reader's does for text laid out as a page.
import type { SectionKind } from '../model';
import { blockRange, isProse, shapeOf, spansTime, type Block } from './structure';
import { DEGREE_WORDS, ORG_WORDS, TITLE_WORDS } from './header-fields';
import { entryKindOf } from './section-names';
import { isPlace, PLACE_ICON } from './places';
import { isKnownVerb } from '../data/verbs';

type Group = { blocks: Block[]; owner: number };

const holdsEntries = (k: SectionKind) => entryKindOf(k) !== 'other';
// What a sidebar holds (LinkedIn's has publications and honours too).
const SIDEBAR = new Set<SectionKind>(['skills', 'contact', 'languages', 'interests', 'summary', 'certifications', 'references', 'publications', 'awards']);
// Sidebar sections that never hold a role's dates and sentences of their own (awards and
// publications are dated lists of their own in a single column too).
const UNDATED = new Set<SectionKind>(['skills', 'contact', 'languages', 'interests']);
const isSidebar = (b: Block | undefined) => !!b?.section && SIDEBAR.has(b.section.kind);

// "Klaviyo, Mailchimp, HubSpot, Canva": a list, however long, is no sentence.
// "Health scoring & churn risk" is no sentence either: a sentence is long, ends like one, or
// opens with a verb ("Supervised software development lifecycle").
function isSentence(b: Block): boolean {
  if (!isProse(b.clean)) return false;
  const shape = shapeOf(b.clean);
  const commas = b.clean.text.split(',').length - 1;
  if (commas >= 2 && commas * 3 >= shape.words) return false;
  return shape.words >= 8 || shape.endsSentence || shape.startsLower || isKnownVerb(/^\s*(\p{L}+)/u.exec(b.clean.text)?.[1] ?? '');
}

// A role's or a degree's dates: a span of time on a line that is no sentence (a publication's
// "2021;9(6):e002417" is none).
const roleDates = (b: Block) => spansTime(b) && !isSentence(b);

const CONTACTISH = /@|https?:|www\.|\.com\b|linkedin|github|\+?\d[\d\s().-]{7,}\d/i;

/** A role's dates and then a sentence of its, in one paragraph. */
function datedThenSentence(g: Group): boolean {
  let dated = false;
  for (const b of g.blocks) {
    if (dated && ((b.kind === 'bullet' && b.marked) || isSentence(b))) return true;
    if (roleDates(b)) dated = true;
  }
  return false;
}

/** What a paragraph is: part of a role or degree ('main'), or a sidebar's item ('side'). */
function sideOf(g: Group, ownerKind: SectionKind, proseSeen: boolean): 'main' | 'side' {
  let short = true;
  let named = false;
  for (const b of g.blocks) {
    // ("⚲ Rotterdam", "📍 Zoeterwoude": an icon before the field, as symbol fonts copy out; a place's
    // icon says the field is a place though no list knows the town.)
    const iconed = /^([\p{So}\p{Co}]\ufe0f?)\s+(.*)$/u.exec(b.clean.text.trim());
    const t = iconed ? iconed[2] : b.clean.text.trim();
    const pinned = !!iconed && PLACE_ICON.test(iconed[1]);
    if (ownerKind === 'contact' && (CONTACTISH.test(t) || isPlace(t) || pinned)) return 'side';
    if ((b.kind === 'bullet' && b.marked) || spansTime(b)) return 'main';
    // A profile's paragraph is its own until the roles begin.
    if (isSentence(b)) return ownerKind === 'summary' && !proseSeen ? 'side' : 'main';
    if (shapeOf(b.clean).words > 6) short = false;
    // A job title, an employer or a place alone (its dates come later): a role's first lines. A
    // longer paragraph with neither dates nor sentences is a sidebar's list ("NC Professional
    // Educator License" / "Reading Specialist K–12" / "Add-on license, 2021").
    if (g.blocks.length <= 2 && t.length <= 60 && (TITLE_WORDS.test(t) || DEGREE_WORDS.test(t) || ORG_WORDS.test(t) || isPlace(t) || pinned)) named = true;
  }
  return named || !short ? 'main' : 'side';
}

/** Whether a sentence marked with the roles' glyph comes within a few blocks after the heading at `at`. */
function rolesBulletsAfter(out: Block[], at: number, glyph: string): boolean {
  for (let k = at + 1; k < out.length && k <= at + 6 && !out[k].section; k++) {
    const b = out[k];
    if (b.kind === 'bullet' && b.marked && b.glyph === glyph && isSentence(b)) return true;
  }
  return false;
}

const CERTIFICATE = /\b(?:certifi\w*|licen[cs]e[ds]?|osha|cpr|first aid)\b/i;
// "› Carrier Procurement › Dock & Yard Scheduling › LTL / FTL": items set side by side, no sentence.
const LISTED = /[›•·|]/g;

/**
 * "WORK HISTORY" / "EDUCATION" / "CERTIFICATIONS" / "CORE SKILLS", then all their content: an HTML
 * grid's headings copied by pdf.js or -raw one after the other before the cells under them. Each
 * block goes back under the heading its kind names: a span of time opens a role, a degree or a
 * certificate by the words of its first lines, an undated list of items is the skills', and any
 * other line goes with the entry above it. Only where three headings or more of different kinds
 * stand in a row with nothing between them; blocks keep their offsets, only their order changes.
 */
function unstack(blocks: Block[]): Block[] {
  let result: Block[] | undefined;
  let copied = 0;
  for (let i = 0; i < blocks.length; i++) {
    let m = i;
    while (m < blocks.length && blocks[m].section) m++;
    if (m - i < 3 || m >= blocks.length) {
      i = m;
      continue;
    }
    const heads = blocks.slice(i, m);
    const kinds = heads.map((h) => h.section!.kind);
    if (new Set(kinds).size !== kinds.length || !kinds.some((k) => holdsEntries(k))) {
      i = m;
      continue;
    }
    let end = m;
    while (end < blocks.length && !blocks[end].section) end++;
    const home = (k: SectionKind) => kinds.indexOf(k);
    // The heading an entry opening at `from` goes under, by the words of its first lines; -1 for none.
    const entryHome = (from: number) => {
      const text = blocks.slice(from, Math.min(from + 4, end)).map((b) => b.clean.text).join(' ');
      if (home('education') >= 0 && DEGREE_WORDS.test(text)) return home('education');
      if (home('certifications') >= 0 && CERTIFICATE.test(text)) return home('certifications');
      for (const k of ['experience', 'projects', 'volunteer'] as const) if (home(k) >= 0) return home(k);
      return -1;
    };
    const skills = home('skills');
    const under: Block[][] = heads.map(() => []);
    let cur = -1;
    for (let k = m; k < end; k++) {
      const b = blocks[k];
      if (blockRange(b)) {
        const to = entryHome(k);
        if (to >= 0) cur = to;
      } else if (skills >= 0 && (b.clean.text.match(LISTED) ?? []).length >= 2 && !isSentence(b)) cur = skills;
      under[cur >= 0 ? cur : 0].push(b);
    }
    // Every block under one heading: their order stands as it is.
    if (under.filter((u) => u.length).length < 2) {
      i = end - 1;
      continue;
    }
    result ??= [];
    for (; copied < i; copied++) result.push(blocks[copied]);
    // (Block by block: a spread of a long section's blocks would overflow the stack.)
    heads.forEach((h, n) => {
      result!.push(h);
      for (const b of under[n]) result!.push(b);
    });
    copied = end;
    i = end - 1;
  }
  if (!result) return blocks;
  for (; copied < blocks.length; copied++) result.push(blocks[copied]);
  return result;
}

/** The blocks in reading order, each paragraph under the section it belongs to. */
export function deinterleave(blocks: Block[]): Block[] {
  const out = unstack(blocks);
  // Built as it goes (one pass, whatever the number of sections).
  const result: Block[] = [];
  let changed = false;
  for (let h = 0; h < out.length; h++) {
    result.push(out[h]);
    const head = out[h].section;
    if (!head || !holdsEntries(head.kind)) continue;
    // The roles run on past sidebar headings, up to the next heading of any other section.
    // A sidebar heading further down is inside them only when a role's dates come after it (before
    // any other section's heading); else it starts the sidebar's own sections (skills, languages,
    // references, set after the roles).
    let e = h + 1;
    let datedAt = -1;
    let sidebarsIn = 0;
    let glyph: string | undefined;
    while (e < out.length) {
      if (!out[e].section) {
        const b = out[e];
        if (glyph === undefined && b.kind === 'bullet' && b.marked && b.glyph && isSentence(b)) glyph = b.glyph;
        e++;
        continue;
      }
      if (!isSidebar(out[e])) break;
      if (e > h + 1 && datedAt < e) {
        let k = e + 1;
        while (k < out.length && !(out[k].section && !isSidebar(out[k])) && !(!out[k].section && roleDates(out[k]))) k++;
        // (No dates after it: still inside the roles when, columns already found interleaved, the
        // roles' own bullets come right after it: the last role's, under a sidebar heading.)
        if (k >= out.length || out[k].section) {
          if (!(sidebarsIn > 0 && glyph && rolesBulletsAfter(out, e, glyph))) break;
        } else datedAt = k;
      }
      sidebarsIn++;
      e++;
    }
    // A sidebar heading right above (its items came after this heading).
    const before = h > 0 && isSidebar(out[h - 1]) && !out[h - 2]?.section ? h - 1 : -1;
    // Three headings or more in a row are a gutter's stack (pdf.js), their sections' text after
    // them in another order: not this.
    if ((h > 0 && out[h - 1].section && out[h - 2]?.section) || (out[h + 1]?.section && out[h + 2]?.section) || (before >= 0 && out[h + 1]?.section)) continue;
    const sides: number[] = [];
    for (let k = h + 1; k < e; k++) if (out[k].section) sides.push(k);
    if (!sides.length && before < 0) continue;
    // Paragraphs, each under the heading it follows.
    const groups: Group[] = [];
    let owner = h;
    for (let k = h + 1; k < e; k++) {
      const b = out[k];
      if (b.section) {
        owner = k;
        continue;
      }
      const last = groups[groups.length - 1];
      if (!last || b.blankBefore || last.owner !== owner) groups.push({ blocks: [b], owner });
      else last.blocks.push(b);
    }
    const kindAt = (k: number) => out[k].section!.kind;
    let proseSeen = false;
    const sideness = groups.map((g) => {
      const s = sideOf(g, kindAt(g.owner), proseSeen);
      if (g.blocks.some(isSentence) || g.blocks.some(spansTime)) proseSeen = true;
      return s;
    });
    const dated = (g: Group) => g.blocks.some(roleDates);
    const underSides = groups.filter((g) => g.owner !== h);
    // Evidence that the columns are interleaved, not a sidebar section set after the roles:
    // the heading is followed straight by another, or a sidebar's section holds a role's dates
    // and its sentences.
    const adjacent = sides.length > 0 && sides[0] === h + 1;
    // (Without two headings in a row: a role's dates and then its sentences under a heading of
    // skills or contact details, which hold neither.)
    let rolesInSide = false;
    for (let i = groups.length - 1, sentenceAfter = false; i >= 0 && !rolesInSide; i--) {
      const g = groups[i];
      if (i + 1 < groups.length && groups[i + 1].owner !== g.owner) sentenceAfter = false;
      // (In a copy with no blank lines, pdf.js's, the role's dates and its bullets are one paragraph.)
      // (A degree has no sentences under it: a role's are no evidence for an education section.)
      if (UNDATED.has(kindAt(g.owner)) && (sentenceAfter ? dated(g) : head.kind !== 'education' && datedThenSentence(g))) rolesInSide = true;
      if (sideness[i] === 'main' && g.blocks.some(isSentence)) sentenceAfter = true;
    }
    const sideInMain = before >= 0 && groups.some(dated) && groups.some((g, i) => g.owner === h && sideness[i] === 'side');
    if (!(adjacent && underSides.some(dated)) && !rolesInSide && !sideInMain) continue;
    // Where a sidebar item found among the roles goes: the sidebar heading next to this one.
    const sideHome = adjacent ? sides[0] : before >= 0 ? before : -1;
    // (Appended block by block: a spread of a long paragraph's blocks would overflow the stack.)
    const main: Block[] = [];
    const bySide = new Map<number, Block[]>();
    const append = (to: Block[], bs: readonly Block[] | undefined) => {
      if (bs) for (const b of bs) to.push(b);
    };
    const toSide = (k: number, bs: Block[]) => {
      let list = bySide.get(k);
      if (!list) bySide.set(k, (list = []));
      append(list, bs);
    };
    groups.forEach((g, i) => {
      if (sideness[i] === 'main') append(main, g.blocks);
      else if (g.owner !== h) toSide(g.owner, g.blocks);
      else if (sideHome >= 0) toSide(sideHome, g.blocks);
      else append(main, g.blocks);
    });
    result.pop();
    if (before >= 0) {
      result.pop();
      result.push(out[before]);
      append(result, bySide.get(before));
    }
    result.push(out[h]);
    append(result, main);
    for (const k of sides) {
      result.push(out[k]);
      append(result, bySide.get(k));
    }
    changed = true;
    h = e - 1;
  }
  return changed ? result : out;
}
