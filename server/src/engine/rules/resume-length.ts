// resume-length: a résumé with too few or too many words for a recruiter's first read.
import { defineRule } from '../rule';
import type { Resume } from '../model';
import { topLineSpan } from '../text/top-line';
import { words, wordCount } from '../text/words';
import { maskNonProse } from '../text/prose';
import { chunkFacts, proseChunks } from '../cache/masked-lines';
import { perText } from '../cache/state';

interface Options extends Record<string, unknown> {
  minWords: number;
  maxWords: number;
}

// Jekyll/Pandoc front matter at the very top is settings, not résumé text.
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/;

// Blocks of YAML/JSON résumés that are settings, not text a reader sees.
const SETTINGS_KEYS = new Set(['$schema', 'meta', 'design', 'locale', 'locale_catalog', 'settings', 'rendercv_settings', 'layouts']);
const KEY = /^(\s*)(?:-\s+)?(["']?)([^"':#\s][^"':#]*?)\2\s*:(?:\s|$)/;
// Values that are data, not words: dates, booleans, nulls, "present".
const DATA_WORD = /^(?:\d{4}(?:-\d{1,2}){0,2}|true|false|null|present)$/i;

/** Words of a chunk's masked text (see proseChunks), counted once per chunk text. */
function chunkWords(text: string): number {
  const f = chunkFacts(text);
  if (f.words < 0) f.words = wordCount(f.masked);
  return f.words;
}

/** MAYBE_CJK.test(text), read per chunk when the text is cut in chunks (an edit re-reads one). */
function maybeCjk(text: string): boolean {
  const chunks = proseChunks(text);
  if (!chunks) return MAYBE_CJK.test(text);
  for (let ix = 0; ix < chunks.length; ix++) {
    const c = chunks[ix];
    const f = chunkFacts(c.text);
    if (f.cjk < 0) f.cjk = MAYBE_CJK.test(c.text) ? 1 : 0;
    if (f.cjk) return true;
  }
  return false;
}

/** Whether the text is mostly Chinese, Japanese or Korean (a share of its letters), where a word count says nothing. */
function mostlyCjk(text: string): boolean {
  // Counting letters allocates one string per letter (0.4 ms on 5 KB): done only when the text
  // has a character where these scripts live.
  if (!maybeCjk(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return letters > 0 && cjk / letters > 0.2;
}

/** What the rule read of the whole text (filled as asked). */
interface Count {
  cjk?: boolean;
  words?: number;
}
/**
 * The last lint's reading, kept by the linter (state.ts): a re-lint of an unchanged résumé looked
 * up every chunk's words again (a fiftieth of such a lint, measured). countWords reads the model
 * only for its format, which the text and file name decide.
 */
const countOf = perText<Count>(() => ({}));

/**
 * Words a reader sees. Markdown/text: the text minus comments, link addresses and front matter.
 * YAML/JSON: the values (not the keys) outside settings blocks (design, locale, meta), minus
 * addresses, dates and booleans; read line by line so the count stays linear and cheap.
 */
export function countWords(resume: Resume, text: string): number {
  if (resume.format === 'markdown' || resume.format === 'text') {
    const fm = FRONT_MATTER.exec(text);
    const body = fm ? ' '.repeat(fm[0].length) + text.slice(fm[0].length) : text;
    // By chunks of lines when masking allows it (no word spans a line break), kept per chunk, so an
    // edit re-counts one chunk. Front matter is rare: such a text is counted whole.
    const chunks = fm ? undefined : proseChunks(text);
    if (!chunks) return wordCount(maskNonProse(body));
    let n = 0;
    for (let ix = 0; ix < chunks.length; ix++) {
      const c = chunks[ix];
      n += chunkWords(c.text);
    }
    return n;
  }
  const lines = text.split(/\r?\n/);
  // The indentation of top-level keys: 0 in YAML, usually 2 in JSON.
  let top = Infinity;
  for (let ix = 0; ix < lines.length; ix++) {
    const line = lines[ix];
    const m = KEY.exec(line);
    if (m && !/^\s*-/.test(line)) top = Math.min(top, m[1].length);
  }
  let n = 0;
  let skipping = false;
  for (let ix = 0; ix < lines.length; ix++) {
    const raw = lines[ix];
    if (/^\s*#/.test(raw)) continue;
    const m = KEY.exec(raw);
    const indent = raw.length - raw.trimStart().length;
    if (m && indent <= top && !/^\s*-/.test(raw)) skipping = SETTINGS_KEYS.has(m[3].trim());
    if (skipping) continue;
    // Drop the key, a YAML comment, and JSON punctuation; what is left is the value.
    let value = m ? raw.slice(m[0].length) : raw;
    // JSON keys further along the line ({ "name": "Jane", "email": ... }) are keys too.
    value = value.replace(/\s#.*$/, '').replace(/^\s*-\s+/, '').replace(/"[^"\n]*"\s*:/g, ' ');
    for (const w of words(maskNonProse(value))) if (!DATA_WORD.test(w.text)) n++;
  }
  return n;
}

// Every Han, Hiragana, Katakana and Hangul character lies in these ranges (astral ones behind a
// high surrogate), checked over all of Unicode when this was written.
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef\ud800-\udbff]/;

/**
 * n.toLocaleString('en-US') ("1,234"), written out for integers: the first toLocaleString of a
 * process sets up ICU's number formatter, ~18 ms of the first lint that quotes a count.
 */
export function fmt(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export default defineRule<Options>({
  id: 'resume-length',
  description: 'A résumé shorter or longer than recruiters read well (300–800 words by default).',
  defaultSeverity: 'info',
  options: {
    minWords: { type: 'integer', description: 'Fewer words than this is reported as too thin.', default: 300, minimum: 0 },
    maxWords: { type: 'integer', description: 'More words than this is reported as too long.', default: 800, minimum: 1 },
  },
  docs: {
    why:
      'Recruiters give a résumé seconds on the first pass. In a study of 6,000+ applications, résumés of 475–600 words ' +
      'got the most interviews and those over 600 did much worse; very short ones look thin. The count covers what a ' +
      'reader sees: comments, link addresses and front matter are left out, and in YAML only the résumé\'s text ' +
      'values count, not keys, dates or theme settings. Academic CVs are longer by convention: raise `maxWords` for them. ' +
      'Résumés mostly in Chinese, Japanese or Korean are not counted, since those languages do not separate words with spaces.',
    sources: [
      'TalentWorks, "The Ideal Resume Length" (6,000+ applications): 475–600 words best',
      'Optimcareers study of 2,200 résumés: 300–500 words best, successful average 474',
      'RezScore: median 578 words; over 900 rated worse',
    ],
    examples: [
      { bad: 'A 1,100-word résumé with eight bullets per role back to 2005', good: 'About 550 words: 3–5 bullets for recent roles, 1–2 for older ones' },
    ],
  },
  check(ctx) {
    const { minWords, maxWords } = ctx.options;
    if (ctx.text.trim() === '') return;
    // A file that could not be read (YAML syntax error) shows that error; a model built from part of it would mislead.
    if (ctx.resume.problems.some((p) => p.severity === 'error')) return;
    // Chinese, Japanese and Korean are not written in space-separated words; a word count says nothing there.
    // Counting letters allocates one string per letter (0.4 ms on 5 KB): done only when the text
    // has a character where these scripts live.
    const count = countOf(ctx.text, ctx.resume.format);
    if ((count.cjk ??= mostlyCjk(ctx.text))) return;
    const n = (count.words ??= countWords(ctx.resume, ctx.text));
    if (n > maxWords)
      ctx.report({
        message:
          `${fmt(n)} words, over the ${fmt(maxWords)} recruiters read well: long résumés get skimmed, not read. ` +
          `Cut about ${fmt(n - maxWords)} words: keep 1–2 bullets for older roles and drop bullets without a result.`,
        span: topLineSpan(ctx.text, ctx.resume.format),
        data: { words: n },
      });
    else if (n < minWords)
      ctx.report({
        message:
          `${fmt(n)} words, under the ${fmt(minWords)} a recruiter expects: the résumé looks thin. ` +
          `Add about ${fmt(minWords - n)} words: 3–5 bullets with results for recent roles, and a skills line.`,
        span: topLineSpan(ctx.text, ctx.resume.format),
        data: { words: n },
      });
  },
});
