// Lines of a Markdown or plain-text résumé that no field of the model holds: the paragraph that
// opens a section ("I've had the privilege to perform …" above a list), a list or table the reader
// did not place, text between sections. The page prints them (render/leftovers.ts); the rules that
// read every word a recruiter reads (spelling) read them here, or a typo in them is never seen.
import type { Resume, Span } from '../model';
import { fenceCloses, fenceOf, maskInline } from './markup-mask';
import { scoped } from '../cache/state';
import { markdownReading } from '../parse/markdown';
import type { Word } from './words';

export interface LooseLine {
  /** Document offset of text[0]. */
  start: number;
  /** The line with Markdown's markup blanked: the same length as its source, so offsets hold. */
  text: string;
}

const LETTER = /\p{L}/u;
const NUL_G = /\u0000/g;
const FRONT_MATTER_OPEN = /^(?:---|\+\+\+)[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.|\+\+\+)[ \t]*\r?$/;

/**
 * Every span of the model that holds text of the document (headings, header lines, bullets,
 * fields), as the furthest end of the spans starting at each offset: bucketed by start, not
 * sorted (a sort of a 200 KB résumé's spans cost a 100 KB lint 3 ms).
 */
function heldEnds(resume: Resume, length: number): Int32Array {
  const ends = new Int32Array(length + 1);
  const hold = (s: Span) => {
    if (s.end <= s.start || s.start < 0 || s.start > length) return;
    if (s.end > ends[s.start]) ends[s.start] = s.end;
  };
  const c = resume.contact;
  for (const f of [c.name, c.email, c.phone, c.location, resume.summary]) if (f) hold(f.span);
  for (const f of c.links) hold(f.span);
  for (const f of resume.skills) hold(f.span);
  for (const s of resume.sections) {
    hold(s.headingSpan);
    for (const e of s.entries) {
      hold(e.headerSpan);
      for (const f of [e.title, e.organisation, e.location]) if (f) hold(f.span);
      if (e.dates) hold(e.dates.span);
      if (e.description) hold(e.description.span);
      for (const b of e.bullets) hold(b.span);
    }
  }
  return ends;
}

/**
 * The lines with words that no span of the model touches, in document order. YAML and JSON have
 * none: their keys say what every value is.
 */
export function looseLines(resume: Resume, source: string): readonly LooseLine[] {
  if (resume.format !== 'markdown' && resume.format !== 'text') return [];
  // The model is the text's, read as its format: a re-lint of unchanged text has the same lines.
  const h = kept();
  if (h.lines && h.text === source && h.format === resume.format) return h.lines;
  h.text = source;
  h.format = resume.format;
  return (h.lines = find(resume, source));
}

/** The last text's loose lines, per engine state. */
const kept = scoped<{ text?: string; format?: string; lines?: readonly LooseLine[] }>(() => ({}));

function find(resume: Resume, given: string): LooseLine[] {
  const markdown = resume.format === 'markdown';
  // (An Org or reST document's settings, comments and unexported subtrees are blank as the reader
  // reads them: no sentence of the page. Same length, so offsets hold.)
  const source = markdown ? markdownReading(given) : given;
  const ends = heldEnds(resume, source.length);
  const out: LooseLine[] = [];
  // A line [from, end) is held when some span starting before its end ends after its start: one
  // pass over the offsets in order, keeping the furthest end seen, answers every line.
  let k = 0;
  let furthest = -1;
  // Markdown's lines no reader sees: front matter (its values are the site's settings or
  // printed as the page's title), fenced code, a comment over several lines.
  let skip: 'front' | 'code' | 'comment' | undefined = markdown && FRONT_MATTER_OPEN.test(source.slice(0, 8)) ? 'front' : undefined;
  // (The fence that opened the code block being skipped.)
  let fence = '';
  for (let start = 0; start < source.length; ) {
    const nl = source.indexOf('\n', start);
    const end = nl < 0 ? source.length : nl;
    const from = start;
    start = end + 1;
    const line = source.slice(from, end);
    for (; k < end; k++) if (ends[k] > furthest) furthest = ends[k];
    if (markdown) {
      if (skip === 'front') {
        if (from > 0 && FRONT_MATTER_CLOSE.test(line)) skip = undefined;
        continue;
      }
      if (skip === 'comment') {
        if (line.includes('-->')) skip = undefined;
        continue;
      }
      if (skip === 'code' ? fenceCloses(line, fence) : (fence = fenceOf(line) ?? '')) {
        skip = skip === 'code' ? undefined : 'code';
        continue;
      }
      if (skip === 'code') continue;
      const open = line.lastIndexOf('<!--');
      if (open >= 0 && !line.includes('-->', open)) skip = 'comment';
    }
    if (furthest > from || !LETTER.test(line)) continue;
    const text = markdown ? maskInline(line).replace(NUL_G, ' ') : line;
    if (LETTER.test(text)) out.push({ start: from, text });
  }
  return out;
}

/** Words that hold a sentence together; a line of names or a heading has few. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'for', 'with', 'on', 'at', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'have', 'has', 'had', 'i', 'my', 'we', 'our', 'that', 'this', 'which', 'who', 'it', 'their', 'its']);

/**
 * Six words or more, two of them words that join a sentence ("I've had the privilege to …"): a loose
 * line the writing rules read (a line of names, a handle or a table's row has few).
 */
export function readsAsSentence(ws: readonly Word[]): boolean {
  if (ws.length < 6) return false;
  let joining = 0;
  for (const w of ws) if ((w.text === 'I' || w.text.charCodeAt(0) >= 97) && FUNCTION_WORDS.has(w.text.toLowerCase()) && ++joining >= 2) return true;
  return false;
}
