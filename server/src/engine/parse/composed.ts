/**
 * Text with its accents composed, for a reader whose patterns know "é" and not "e" + U+0301.
 * pdftotext gives a LaTeX PDF's accented letters decomposed ("Expe\u0301riences",
 * "De\u0301veloppeur"): no heading, title or name pattern matches such a word. The reader reads the
 * composed text and its positions are mapped back to the document's afterwards.
 */
import type { Bullet, Resume } from '../model';

const DECOMPOSED = /\p{L}[\u0300-\u036f]/u;
const MARK = /[\u0300-\u036f]/;

/** The composed text and, for each of its offsets (and its end), the document's offset; undefined when nothing composes. */
export function composedText(raw: string): { text: string; map: number[] } | undefined {
  if (!DECOMPOSED.test(raw)) return undefined;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; ) {
    let j = i + 1;
    while (j < raw.length && MARK.test(raw[j])) j++;
    if (j === i + 1) {
      text += raw[i];
      map.push(i);
      i = j;
      continue;
    }
    const cluster = raw.slice(i, j).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) map.push(Math.min(i + k, j - 1));
    text += cluster;
    i = j;
  }
  map.push(raw.length);
  return text.length === raw.length ? undefined : { text, map };
}

/**
 * Maps every position of a model read from the composed text back to the document: each span,
 * and each bullet's offsets (a bullet whose text is no longer the document's slice gets them).
 */
export function mapPositions(resume: Resume, map: number[]): void {
  const at = (i: number) => map[Math.max(0, Math.min(i, map.length - 1))];
  const bullet = (b: Bullet) => {
    b.offsets = b.offsets ? b.offsets.map(at) : Array.from({ length: b.text.length + 1 }, (_, i) => at(b.span.start + i));
  };
  for (const s of resume.sections)
    for (const e of s.entries) {
      for (const b of e.bullets) bullet(b);
      if (e.description) bullet(e.description);
    }
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) {
      if (k === 'offsets') continue;
      if (x && typeof x === 'object' && !Array.isArray(x) && typeof (x as { start?: unknown }).start === 'number' && typeof (x as { end?: unknown }).end === 'number' && Object.keys(x).length === 2) {
        const span = x as { start: number; end: number };
        span.start = at(span.start);
        span.end = at(span.end);
        seen.add(span);
      } else walk(x);
    }
  };
  walk(resume);
}
