// The prose of a résumé (bullets, summary, skills, entry headers) as plain strings with a map back
// to document offsets, and a mask that blanks what is not prose (URLs, e-mails, code, markup), so
// the writing-style rules and the spell checker read words the way a recruiter does.
import { words, type Word } from './words';
import { LIGATURES } from '../parse/inline-clean';
import { TextMemo } from '../cache/memo';
import { TEMPLATE_TAG } from './template-tags';
import { looseLines, readsAsSentence } from './loose-lines';
import type { PieceRecord } from '../cache/piece-cache';
import { allBullets, bulletOffset, type Bullet, type Entry, type Field, type Resume, type Section, type Span } from '../model';

/** 'loose': a line no field of the model holds (text/loose-lines.ts). */
export type ProseKind = 'bullet' | 'summary' | 'description' | 'skill' | 'title' | 'organisation' | 'loose';

export interface Prose {
  kind: ProseKind;
  /** The text as the parser gave it (Markdown bullets keep their inline markup). */
  text: string;
  /** Document offset of index i of `text` (i may equal text.length). */
  toDoc(i: number): number;
  bullet?: Bullet;
  entry?: Entry;
  section?: Section;
  /** What the rules' piece caches kept for this piece (LintAnalysis.pieceRecord), set on first use. */
  cacheRecord?: PieceRecord;
  /** maskNonProse(text), set on first use by proseMasked (pieces live for one lint and are shared by its rules). */
  masked?: string;
  /** proseWords(masked), set on first use by proseMaskedWords. */
  maskedWords?: readonly Word[];
}

/**
 * The document span of text[start, end). The end comes from the last character (+1), not from the
 * character after it, so a closing quote or escape in YAML/JSON source is never included.
 */
export function proseSpan(p: Prose, start: number, end: number): Span {
  const s = p.toDoc(start);
  return { start: s, end: end > start ? Math.max(s, p.toDoc(end - 1) + 1) : s };
}

export function bulletProse(bullet: Bullet, entry: Entry, section: Section): Prose {
  return { kind: 'bullet', text: bullet.text, toDoc: (i) => bulletOffset(bullet, i), bullet, entry, section };
}

/**
 * A Field's value mapped onto the source. When the source slice is the value (Markdown, text,
 * plain YAML scalars) the map is direct; otherwise (quotes, escapes, folded lines) each character
 * of the value is aligned greedily with the next equal character of the source.
 */
/** How far ahead a whole word of a field's value is looked for in its source (a column's width and more). */
const WORD_LOOKAHEAD = 400;

/** A PDF's ligature ("ﬁ") in a source the parser gave as its letters ("fi"); see unligature. */
const LIGATURE_CHAR = /[\ufb00-\ufb06]/;

/**
 * The source with each ligature written as its letters, and each of its characters' offset in the
 * source (both letters of "ﬁ" at the ligature's): the value holds the letters, and a word the
 * alignment cannot find ("ﬁtness" for "fitness") drags every later word of the field off its place.
 */
function lettered(raw: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let k = 0; k < raw.length; k++) {
    const letters = LIGATURES[raw[k]] ?? raw[k];
    text += letters;
    for (let x = 0; x < letters.length; x++) at.push(k);
  }
  at.push(raw.length);
  return { text, at };
}

export function fieldProse(field: Field, source: string, kind: ProseKind): Prose {
  const { start, end } = field.span;
  const sourceSlice = source.slice(start, end);
  const value = field.value;
  if (sourceSlice === value) return { kind, text: value, toDoc: (i) => start + Math.max(0, Math.min(i, value.length)) };
  const lig = LIGATURE_CHAR.test(sourceSlice) ? lettered(sourceSlice) : undefined;
  const raw = lig ? lig.text : sourceSlice;
  const offsets = new Array<number>(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (/\s/.test(c)) {
      offsets[i] = start + Math.min(j, raw.length);
      while (j < raw.length && /\s/.test(raw[j])) j++;
      continue;
    }
    // A whole word found ahead is where the word is: a summary read from the right-hand column of
    // a two-column page has the other column's words between its own ("… for" / "(813) 555-0119
    // telecom …"), further than the characters' short look ahead can see.
    if (i === 0 || /\s/.test(value[i - 1])) {
      let e = i;
      while (e < value.length && !/\s/.test(value[e])) e++;
      if (e - i >= 2) {
        // (In a window: an indexOf to the end for every word not found would make a long field quadratic.)
        const w = value.slice(i, e);
        const at = raw.slice(j, j + WORD_LOOKAHEAD + w.length).indexOf(w);
        const k = at < 0 ? -1 : j + at;
        if (k >= 0 && (k === 0 || /\s/.test(raw[k - 1]) || k === j)) {
          for (let x = i; x < e; x++) offsets[x] = start + k + (x - i);
          j = k + (e - i);
          i = e - 1;
          continue;
        }
      }
    }
    // Look a short way ahead only, so one unmatched character cannot drag the rest off course
    // (and a long field stays linear).
    let k = j;
    while (k < raw.length && k - j <= 24 && raw[k] !== c) k++;
    if (k < raw.length && raw[k] === c) {
      offsets[i] = start + k;
      j = k + 1;
    } else offsets[i] = start + Math.min(j, raw.length);
  }
  offsets[value.length] = start + Math.min(j, raw.length);
  // Back from the lettered text to the source's own offsets.
  if (lig) for (let i = 0; i <= value.length; i++) offsets[i] = start + lig.at[offsets[i] - start];
  // A character's place is inside the field: one that found no match at the end is on the field's
  // last character (proseSpan ends a span one past its last character's place, so a place at the
  // field's end would put a finding past the end of the text).
  const last = start + Math.max(0, sourceSlice.length - 1);
  for (let i = 0; i < value.length; i++) if (offsets[i] > last) offsets[i] = last;
  return { kind, text: value, toDoc: (i) => offsets[Math.max(0, Math.min(i, value.length))] };
}

export interface ProseSelection {
  bullets?: boolean;
  summary?: boolean;
  /** Entries' description paragraphs (Entry.description), after the bullets. */
  descriptions?: boolean;
  skills?: boolean;
  headers?: boolean;
  /**
   * Sentences of a Markdown or text résumé on lines no field holds (looseLines), after everything
   * else: a line of names, a handle or a table's row no field holds is read by no rule.
   */
  loose?: boolean;
  /** Only bullets of entries of these kinds (all kinds when absent). */
  entryKinds?: Entry['kind'][];
  /** Skip bullets in sections of these kinds. */
  skipSections?: Section['kind'][];
}

/**
 * The pieces of prose a rule reads, in document order within each kind. `bullets` is
 * allBullets(resume) when the caller has it already; `bulletPieces` (parallel to it, filled on
 * demand) lets several selections within one lint share each bullet's piece.
 */
export function proseOf(
  resume: Resume,
  source: string,
  sel: ProseSelection,
  bullets: readonly { bullet: Bullet; entry: Entry; section: Section }[] = allBullets(resume),
  bulletPieces: Prose[] = [],
): Prose[] {
  const out: Prose[] = [];
  if (sel.summary && resume.summary && resume.summary.value) out.push(fieldProse(resume.summary, source, 'summary'));
  if (sel.bullets) {
    for (let i = 0; i < bullets.length; i++) {
      const { bullet, entry, section } = bullets[i];
      if (sel.entryKinds && !sel.entryKinds.includes(entry.kind)) continue;
      if (sel.skipSections && sel.skipSections.includes(section.kind)) continue;
      let p = bulletPieces[i];
      if (!p) {
        // A summary written as a bullet list reads as summary, not as a role's bullet.
        p = bulletProse(bullet, entry, section);
        if (section.kind === 'summary') p.kind = 'summary';
        bulletPieces[i] = p;
      }
      out.push(p);
    }
  }
  if (sel.descriptions)
    for (let ix = 0; ix < resume.sections.length; ix++) {
      const section = resume.sections[ix];
      if (sel.skipSections && sel.skipSections.includes(section.kind)) continue;
      for (let iy = 0; iy < section.entries.length; iy++) {
        const entry = section.entries[iy];
        const d = entry.description;
        if (!d || !d.text || (sel.entryKinds && !sel.entryKinds.includes(entry.kind))) continue;
        out.push({ kind: 'description', text: d.text, toDoc: (i) => bulletOffset(d, i), entry, section });
      }
    }
  // A JSON Resume skill group's name is both a skill and its skills entry's title: read each
  // place in the document once, or a rule reports the same word twice.
  // Keyed by a number, not a "start:end" string (building and hashing those strings showed in profiles):
  // unique because end <= source.length, and exact for any text under ~90 M characters.
  const seen = new Set<number>();
  const once = (f: Field) => {
    const key = f.span.start * (source.length + 1) + f.span.end;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  if (sel.skills) for (const f of resume.skills) if (f.value && once(f)) out.push(fieldProse(f, source, 'skill'));
  if (sel.headers) {
    for (let ix = 0; ix < resume.sections.length; ix++)
      for (let iy = 0, section = resume.sections[ix]; iy < section.entries.length; iy++) {
        const entry = section.entries[iy];
        // fieldProse returns a fresh object: adding the entry to it is the spread copy without the copy.
        if (entry.title?.value && once(entry.title)) out.push(withEntry(fieldProse(entry.title, source, 'title'), entry, section));
        if (entry.organisation?.value && once(entry.organisation)) out.push(withEntry(fieldProse(entry.organisation, source, 'organisation'), entry, section));
      }
  }
  if (sel.loose)
    for (const l of looseLines(resume, source)) {
      const { start, text } = l;
      const p: Prose = { kind: 'loose', text, toDoc: (i) => start + Math.max(0, Math.min(i, text.length)) };
      if (readsAsSentence(proseMaskedWords(p))) out.push(p);
    }
  return out;
}

function withEntry(p: Prose, entry: Entry, section: Section): Prose {
  p.entry = entry;
  p.section = section;
  return p;
}

// Not prose: URLs, e-mail addresses, inline code, Markdown link targets and images, HTML tags
// and comments, a site generator's template tags ("{{< icon "pin" >}}", "{% include x %}"),
// LaTeX math, HTML entities. Replaced by spaces of the same length so offsets stay put.
// Linear in the text (issue 13): no part reads past where the next try would start, e.g. a link
// target stops at "]", so "[a](" repeated is read once rather than once per "](".
// (Template tags first, then the rest: one alternation, as one pattern.)
const OTHER_NOT_PROSE =
  /<!--[\s\S]*?(?:-->|$)|`[^`\n]*`|\]\([^)\s\]]*(?:\s+"[^"]*")?\)|\]\[[^\]]*\]|<\/?[A-Za-z][^<>\n]*>|\b(?:https?|ftp|mailto|tel):[^\s<>()\]]+|\bwww\.[^\s<>()\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|co|me|app|edu|gov|uk|de|fr|ca|us)(?:\/[^\s<>()\]]*)?|\$\$[^$]+\$\$|\$(?=[^\s\d$])[^$\n]*?[^\s$]\$|\\[A-Za-z]+|&(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);/;
export const NOT_PROSE = new RegExp(`${TEMPLATE_TAG.source}|${OTHER_NOT_PROSE.source}`, 'g');

// Several rules mask the same bullets on every lint; masking is a pure function of the string, so
// results are memoised (memo.ts: bounded, copies kept, one slot for a long text such as the whole
// document). Words are not: their readers run inside the piece cache, which answers for unchanged
// pieces, so a kept word list was never asked for again and only cost its copy and entry.
const maskMemo = new TextMemo(maskUncached);

// What every alternative of NOT_PROSE needs somewhere in the text (a "<", a backtick, "](" or "][",
// a scheme and its colon, "www.", an "@", a dot before one of its domain endings, "$", "\\", "&"):
// most bullets have none and are passed over without running the pattern. A single "." or ":" is
// not enough, so sentences and "Label: value" lines are not scanned. (A pattern: a hand-written
// pass over the characters measured several times slower.)
const MAYBE_NOT_PROSE = /[<`@$\\&]|\{[{%]|\][([]|(?:https?|ftp|mailto|tel):|www\.|\.(?:com|org|net|io|dev|ai|co|me|app|edu|gov|uk|de|fr|ca|us)/;
const mayHaveNonProse = (text: string) => MAYBE_NOT_PROSE.test(text);

/** The masked text, not memoised (for callers that keep their own results, such as masked-lines.ts). */
export function maskUncached(text: string): string {
  if (!mayHaveNonProse(text)) return text;
  const m = NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (x) => ' '.repeat(x.length)) : text;
  NOT_PROSE.lastIndex = 0;
  return m;
}

export function maskNonProse(text: string): string {
  // Most bullets have none of the characters the pattern needs: no memo entry (and no hashing) for them.
  return mayHaveNonProse(text) ? maskMemo.get(text) : text;
}

/** maskNonProse of a piece's text, found once per lint for all the rules that read the piece. */
export function proseMasked(p: Prose): string {
  return (p.masked ??= maskNonProse(p.text));
}

/** proseWords(proseMasked(p)), found once per lint for all the rules that read the piece; callers must not modify it. */
export function proseMaskedWords(p: Prose): readonly Word[] {
  return (p.maskedWords ??= proseWords(proseMasked(p)));
}

/** words() of a (masked) text; callers must not modify the array. */
export function proseWords(text: string): readonly Word[] {
  return words(text);
}
