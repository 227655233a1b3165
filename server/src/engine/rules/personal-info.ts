// personal-info: date of birth, age, marital status, religion, nationality, gender, photo and ID
// numbers: details US/UK/Canadian employers do not want, unless the locale expects them.
import { defineRule } from '../rule';
import type { Span } from '../model';
import { maskNonProse } from '../text/prose';
import { chunkFacts, knownChunk, proseChunks, type Chunk, type ChunkMatch } from '../cache/masked-lines';
import { LookbehindScan } from '../text/lookbehind-scan';
import { detach } from '../cache/memo';
import { perText } from '../cache/state';
import { CATEGORY_NAME, EXPECTED_BY_LOCALE, PERSONAL_PATTERNS, PHOTO_WORDS, type PersonalCategory } from '../data/personal-info';

interface Options extends Record<string, unknown> {
  locale: string;
}

const WHY: Record<PersonalCategory, string> = {
  dob: 'Employers in the US, UK and Canada avoid age details (age-discrimination law) and some discard such résumés; remove it.',
  age: 'Employers in the US, UK and Canada avoid age details (age-discrimination law) and some discard such résumés; remove it.',
  marital: 'Recruiters in the US, UK and Canada are trained to ignore it and it invites bias; remove it.',
  religion: 'Recruiters are trained to ignore it and it invites bias; remove it.',
  nationality: 'It invites bias; remove it, and if work permission matters, say that instead ("Authorised to work in the UK").',
  gender: 'Recruiters in the US, UK and Canada are trained to ignore it and it invites bias; remove it.',
  photo: 'In the US, UK and Canada a photo invites bias and many employers reject such résumés; remove it.',
  id: 'No employer needs it before an offer and it is an identity-theft risk; remove it.',
};

/** Categories a locale such as "de", "de-DE" or "ja_JP" expects on a résumé. */
function expectedIn(locale: string): Set<PersonalCategory> {
  const out = new Set<PersonalCategory>();
  for (const tag of String(locale).toLowerCase().split(/[-_]/)) for (const c of EXPECTED_BY_LOCALE[tag] ?? []) out.add(c);
  return out;
}

// The patterns open with a lookbehind, which makes a plain RegExp scan of the whole document slow.
const SCANS = PERSONAL_PATTERNS.map(({ category, pattern }) => ({ category, pattern: new LookbehindScan(pattern) }));

type Found = ChunkMatch;

// Any of the patterns, without their leading lookbehinds and case-blind: it matches wherever one
// of them does (and more), so a text it does not match has no match of any, found in one pass
// instead of one per pattern (most résumés have none: the passes were most of the rule's time).
const ANY = new RegExp(PERSONAL_PATTERNS.map(({ pattern }) => `(?:${pattern.source.replace(/^\(\?<!\[(?:\\.|[^\]\\])*\]\)/, '')})`).join('|'), 'iu');

/**
 * No match of any pattern, shared: most chunks have none, and a fresh list per pattern for each
 * one was ~4% of what a role-dense 200 KB résumé's lint keeps to its end (heap profile), all of it
 * copied by the GC's scavenges.
 */
const NO_MATCHES: readonly (readonly Found[])[] = Object.freeze(SCANS.map(() => Object.freeze([])));

/** Every match of each pattern (in SCANS order) in a masked text. Callers must not modify it. */
function scan(masked: string): readonly (readonly Found[])[] {
  if (!ANY.test(masked)) return NO_MATCHES;
  return SCANS.map(({ pattern }) => {
    const out: Found[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    return out;
  });
}

// The masked document is scanned in chunks (see masked-lines.ts), each kept with its matches, so
// an edit re-scans only its own chunk. A chunk starts at a line that opens with a list marker: no
// pattern can match across such a break, because a pattern crosses a line break only with \s and
// what may follow \s in them is more space, a letter, a digit, ":" or "#". The lookbehinds and
// lookaheads read the break as they read the start and end of the text, so matches and their
// order are those of a scan of the whole masked text.
function chunkMatches(text: string): readonly (readonly Found[])[] {
  const f = chunkFacts(text);
  return (f.personal ??= scan(f.masked));
}

/** What scan(maskNonProse(text)) gives, with document offsets, one list per pattern, kept per linter for a re-lint of the same text. Callers must not modify it. */
const personalMatches = perText((text: string): readonly (readonly Found[])[] => chunkedMatches(text));

/** Above this many chunks not seen before (a new or pasted text), one scan of the whole text is cheaper than one per chunk. */
const MANY_NEW = 4;

function chunkedMatches(text: string): readonly (readonly Found[])[] {
  const chunks = proseChunks(text);
  if (!chunks) return scan(maskNonProse(text));
  let fresh = 0;
  for (const c of chunks) if (knownChunk(c.text)?.personal === undefined && ++fresh > MANY_NEW) return scanAll(chunks);
  const out: Found[][] = SCANS.map(() => []);
  for (let ix = 0; ix < chunks.length; ix++) {
    const c = chunks[ix];
    const found = chunkMatches(c.text);
    for (let k = 0; k < found.length; k++)
      for (const f of found[k]) out[k].push(c.start ? { start: c.start + f.start, end: c.start + f.end, text: f.text } : f);
  }
  return out;
}

/**
 * Scans the whole masked text at once (the chunks' masked texts joined, offsets as in the
 * document) and keeps each new chunk's share of the matches, which is what scanning it alone gives.
 */
function scanAll(chunks: readonly Chunk[]): readonly (readonly Found[])[] {
  const all = scan(chunks.map((c) => chunkFacts(c.text).masked).join('\n'));
  // (Lists only for the chunks with a match: the others share NO_MATCHES.)
  const shares: (Found[][] | undefined)[] = [];
  for (let k = 0; k < all.length; k++) {
    let j = 0;
    for (const f of all[k]) {
      while (j + 1 < chunks.length && chunks[j + 1].start <= f.start) j++;
      const at = chunks[j].start;
      // A copy of the text: the match is a slice of this lint's whole masked text.
      (shares[j] ??= SCANS.map(() => []))[k].push({ start: f.start - at, end: f.end - at, text: detach(f.text) });
    }
  }
  chunks.forEach((c, j) => (chunkFacts(c.text).personal ??= shares[j] ?? NO_MATCHES));
  return all;
}

const somewhereExpected = new Set(Object.values(EXPECTED_BY_LOCALE).flat());

// Each part stops where another image could start ("[" and "]" end the alt text and the target;
// a title is quoted), so the whole text is read in linear time: the old trailing [^)\n]* after a
// target re-read the rest of the line from every "![" (issue 13).
const MD_IMAGE = /!\[([^[\]\n]*)\]\(\s*<?([^)\s<>[\]]+)>?(?:\s+"[^"\n]*"|\s+'[^'\n]*')?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*>/gi;
// A YAML or JSON key for a picture of the person, with a value: image: me.jpg, "picture": "x.png".
const IMAGE_KEY = /^[ \t]*["']?(?:image|picture|photo)["']?[ \t]*:[ \t]*(?!(?:null|~|""|''|)[ \t]*,?[ \t]*(?:#.*)?$)(["']?)([^\s"',#][^"'\n,#]*)\1/gim;
// Images that are not of a person: badges, icons, logos.
const NOT_A_PERSON = /\.svg\b|badge|shields\.io|icon|logo/i;

function photos(text: string, format: string, headEnd: number): { span: Span; text: string }[] {
  const out: { span: Span; text: string }[] = [];
  if (format === 'markdown' || format === 'text') {
    for (const re of [MD_IMAGE, HTML_IMAGE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const what = m[0];
        if (NOT_A_PERSON.test(what)) continue;
        // An image among the contact lines is a photo; elsewhere only when its name says so.
        if (m.index >= headEnd && !PHOTO_WORDS.test(what)) continue;
        out.push({ span: { start: m.index, end: m.index + what.length }, text: what });
      }
    }
  } else {
    IMAGE_KEY.lastIndex = 0;
    for (let m = IMAGE_KEY.exec(text); m; m = IMAGE_KEY.exec(text)) {
      const value = m[2].trim();
      if (!value || NOT_A_PERSON.test(value)) continue;
      const start = m.index + m[0].lastIndexOf(m[2]);
      out.push({ span: { start, end: start + value.length }, text: value });
    }
  }
  return out;
}

export default defineRule<Options>({
  id: 'personal-info',
  description: 'Date of birth, age, marital status, religion, nationality, gender, photo or ID numbers on the résumé.',
  defaultSeverity: 'warning',
  options: {
    locale: {
      type: 'string',
      description:
        'Where you apply, as a language or region code ("en-US", "de", "ja-JP"). In Germany, Austria and Switzerland a photo, date of birth, nationality and marital status are expected; in Japan, China and Korea a photo, date of birth, age and gender.',
      default: 'en-US',
    },
  },
  docs: {
    why:
      'In the US, the UK and Canada, anti-discrimination law means employers do not want to know your age, family ' +
      'status, religion, nationality, gender or what you look like; recruiters are trained to ignore such details and ' +
      'some discard résumés that carry them. ID numbers (SSN, passport) are an identity-theft risk. Conventions differ: ' +
      'a German Lebenslauf traditionally has a photo and date of birth, and a Japanese rirekisho has fixed fields for ' +
      'them, so set `locale` to where you apply ("de", "ja-JP") and the expected details are not reported.',
    sources: [
      'Monster, "What not to put on your résumé" (Kim Isaacs)',
      'Silver.dev résumé guide: date of birth is a red flag, a photo is taboo for US companies',
      'ikoobee/resume-lint privacy rule: national ID, full birth date',
      'md2cv (yuyash/md2cv): Japanese rirekisho template with photo and date of birth fields',
    ],
    examples: [
      { bad: '# Jane Doe\nDate of birth: 12 May 1990 · Married\n![Jane](jane.jpg)', good: '# Jane Doe\njane@example.com · Berlin, Germany' },
    ],
  },
  check(ctx) {
    const expected = expectedIn(ctx.options.locale);
    // What was reported, sorted by start (the spans never overlap): a new finding that overlaps one
    // is dropped, found by binary search, so thousands of matches cost n log n, not n² (issue 13).
    const reported: Span[] = [];
    const overlapsReported = (span: Span) => {
      let lo = 0;
      let hi = reported.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (reported[mid].start < span.end) lo = mid + 1;
        else hi = mid;
      }
      // reported[lo - 1] is the last one starting before span ends; as none overlap, it ends last of those.
      return lo > 0 && reported[lo - 1].end > span.start;
    };
    const report = (category: PersonalCategory, span: Span, found: string) => {
      if (expected.has(category)) return;
      if (overlapsReported(span)) return;
      let at = reported.length;
      if (at > 0 && reported[at - 1].start > span.start) {
        let lo = 0;
        while (lo < at) {
          const mid = (lo + at) >> 1;
          if (reported[mid].start <= span.start) lo = mid + 1;
          else at = mid;
        }
      }
      reported.splice(at, 0, span);
      const hint = somewhereExpected.has(category) ? ' (Expected in some countries: set personal-info\'s locale, e.g. "de".)' : '';
      const shown = found.length > 40 ? `${found.slice(0, 37)}...` : found;
      ctx.report({ message: `${CATEGORY_NAME[category]} on the résumé ("${shown}"). ${WHY[category]}${hint}`, span, data: { category } });
    };
    const headEnd = ctx.resume.sections[0]?.span.start ?? Math.min(ctx.text.length, 600);
    for (const p of photos(ctx.text, ctx.resume.format, headEnd)) report('photo', p.span, p.text);
    // Comments, links and addresses are not read: "<!-- no DOB here -->" is advice to the author.
    const found = personalMatches(ctx.text);
    for (let k = 0; k < SCANS.length; k++) for (const f of found[k]) report(SCANS[k].category, { start: f.start, end: f.end }, f.text);
  },
});
