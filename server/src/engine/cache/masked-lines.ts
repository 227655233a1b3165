// maskNonProse(text) of a whole document, in chunks of whole lines, for the rules that read the
// whole text (personal-info, resume-length). Masking 5 KB with NOT_PROSE costs ~90 µs, and the
// rules' own scans more; between keystrokes all chunks but one are the same text, so each rule
// keeps its result per chunk and an edit re-reads one chunk.
import { perText } from './state';
import { maskUncached } from '../text/prose';
import { TextMemo } from './memo';

/**
 * What the whole-text rules keep per chunk, in one entry (one hash-table insert per new chunk,
 * not one per rule): its masked text, and each rule's answer once it has computed it.
 */
export class ChunkFacts {
  private maskedText?: string;
  /** resume-length: words of the masked text (-1 until counted); whether it may hold CJK (-1 until tested). */
  words = -1;
  cjk = -1;
  /** personal-info: each pattern's matches, relative to the chunk. */
  personal?: readonly (readonly ChunkMatch[])[];

  constructor(readonly text: string) {}

  /** maskNonProse of the chunk's text. */
  get masked(): string {
    return (this.maskedText ??= maskUncached(this.text));
  }
}

export interface ChunkMatch {
  start: number;
  end: number;
  text: string;
}

const facts = new TextMemo((text: string) => new ChunkFacts(text));

/**
 * Whether masking the text piece by piece, cut at line breaks, gives maskNonProse(text): only
 * comments ("<!--"), display math ("$$"), reference links ("][") and a link title in quotes
 * ('](x "title")') can match across a line break; every other alternative of NOT_PROSE excludes
 * "\n", and its lookarounds read a line break as they read the start or end of the text.
 */
export function maskIsLineLocal(text: string): boolean {
  return !text.includes('<!--') && !text.includes('$$') && !text.includes('][') && !(text.includes('](') && text.includes('"'));
}

/** Whole lines of the document, without the line break after the last one. */
export interface Chunk {
  /** Document offset of the first character. */
  start: number;
  text: string;
}

/** The facts kept for a chunk's text (see proseChunks); the same object while it is kept. */
export function chunkFacts(text: string): ChunkFacts {
  return facts.get(text);
}

/** Whether the chunk's text has facts kept already (no entry is made). */
export function knownChunk(text: string): ChunkFacts | undefined {
  return facts.peek(text);
}

/**
 * Whether a line starts a chunk: it opens with a list marker that masking leaves alone ("*", "|",
 * ">", "•", or "-"/"+" and a space: no NOT_PROSE alternative starts so), so the masked text has
 * that character right after the line break.
 */
function opensChunk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 42 || c === 124 || c === 62 || c === 0x2022) return true;
  if (c !== 45 && c !== 43) return false;
  const d = text.charCodeAt(i + 1);
  return d === 32 || d === 9;
}

/**
 * The text cut into chunks of whole lines, each starting at a line that opens with a list marker
 * (see opensChunk), or undefined when a masked stretch may cross a line break (see
 * maskIsLineLocal): callers then mask the whole text. Each chunk's masked text, joined with "\n", is
 * maskNonProse(text). The same array is returned for the same text: callers must not modify it.
 */
export const proseChunks: (text: string) => readonly Chunk[] | undefined = perText(chunksOf);

function chunksOf(text: string): readonly Chunk[] | undefined {
  if (!maskIsLineLocal(text)) return undefined;
  const chunks: Chunk[] = [];
  let from = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    if (!opensChunk(text, nl + 1)) continue;
    chunks.push({ start: from, text: text.slice(from, nl) });
    from = nl + 1;
  }
  chunks.push({ start: from, text: text.slice(from) });
  return chunks;
}
