// first-person: "I", "me", "my" (and, when strict, "we", "our", "us") in bullets and the summary.
// Résumé bullets are read as yours already; the pronoun costs space and reads like a letter.
import { notEnglish, type LanguageCount } from '../text/language';
import { defineRule, type Fix, type Severity } from '../rule';
import type { Word } from '../text/words';
import { type Prose, proseSpan, type ProseSelection, proseMasked, proseMaskedWords } from '../text/prose';
import { checkPiece, pieceLanguage, proseFor } from '../analysis';
import { AUXILIARIES, CONTRACTIONS, NUMBERING_NOUNS, PLURAL, SINGULAR } from '../data/pronouns';
import { isPastForm, isStrongVerb } from '../data/verbs';

interface Options extends Record<string, unknown> {
  strict: boolean;
}

const SINGULAR_SET = new Set(SINGULAR);
const PLURAL_SET = new Set(PLURAL);
const CONTRACTION_SET = new Set(CONTRACTIONS);

const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/** True when the text before `i` ends a sentence (or is the start of the piece). */
function sentenceStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ' \t\r\n*_"\'“‘('.includes(text[k])) k--;
  return k < 0 || '.!?:;'.includes(text[k]);
}

// Sticky patterns read what follows a word in place (no slicing: long bullets stay linear).
const NUMERAL_PUNCT = /[)\].\-/]/y;
const NUMERAL_NEXT = /\s*,?\s*(?:I{1,3}|IV|V|VI{0,3})\b/y;
const LOWER_WORD_NEXT = /\s+\p{Ll}/uy;
const LINK_WORD_NEXT = /\s+(?:and|or|to|at|in|of|&)(?![\p{L}])/uy;
const at = (re: RegExp, text: string, i: number) => ((re.lastIndex = i), re.test(text));

/** "Engineer I", "Calculus I and II", "(I)": the letter is a numeral or a label, not the pronoun. */
function isRomanNumeral(text: string, ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  if (at(NUMERAL_PUNCT, text, w.end) || at(NUMERAL_NEXT, text, w.end)) return true; // "I)", "I-9", "I II III"
  const prev = ws[k - 1];
  if (!prev || !/^[ \t]+$/.test(text.slice(prev.end, w.start)) || !isCapitalised(prev.text)) return false;
  if (NUMBERING_NOUNS.has(prev.text.toLowerCase())) return true;
  // A capitalised name before it and nothing that reads like a verb after: "Level I, ..." "Spanish I".
  return !at(LOWER_WORD_NEXT, text, w.end) || at(LINK_WORD_NEXT, text, w.end);
}

// Every pronoun is at most this long and starts with one of these letters: the other words of a
// bullet are passed over without lower-casing them (most of this rule's time went there).
const ALL_PRONOUNS = [...SINGULAR, ...PLURAL, ...CONTRACTIONS];
const MAX_PRONOUN = Math.max(...ALL_PRONOUNS.map((p) => p.length));
const PRONOUN_FIRST = new Set(ALL_PRONOUNS.map((p) => p[0]));

/**
 * Letters of a word rather than a word: a letter-spaced heading as PDF text gives it ("S K I L L S",
 * "E X P E R I E N C E"), or a word split at a line end ("Me-\nteor").
 */
function isWordFragment(text: string, ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  if (text.charAt(w.end) === '-' && /^-[ \t]*\r?\n/.test(text.slice(w.end, w.end + 4))) return true;
  if (w.text.length !== 1) return false;
  const single = (j: number) => j >= 0 && j < ws.length && ws[j].text.length === 1 && /\p{Lu}/u.test(ws[j].text);
  const spaced = (a: number, b: number) => /^ $/.test(text.slice(ws[a].end, ws[b].start));
  return (single(k - 1) && spaced(k - 1, k)) || (single(k + 1) && spaced(k, k + 1));
}

const QUOTE_SPAN = 160;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether [start, end) lies inside a quotation in the text: a title ("“A Look Back on Our Years”",
 * "'My Money Story'") or someone else's words, not the writer speaking of themself.
 */
function quoted(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - QUOTE_SPAN);
  // (The last two: a quotation typed with unmatched marks, "the “Follow Me’ wargame".)
  for (const [open, close] of [['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"], ['“', '’'], ['‘', '”']]) {
    // (Looked for within the quote's reach only: searched back to the text's start, a long piece
    // with a pronoun in every sentence cost the square of its length.)
    const back = text.slice(from, start).lastIndexOf(open);
    if (back < 0) continue;
    const o = from + back;
    // An opening mark starts a word (not an apostrophe: "the team's"); the closing one ends it.
    // ("“[A Look Back …](https://…)”", "'*My Story*'": a link's or emphasis' mark may come first.)
    let first = o + 1;
    while (first < start && '[*_'.includes(text[first])) first++;
    if ((o > 0 && WORD_CHAR.test(text[o - 1])) || !WORD_CHAR.test(text[first] ?? '')) continue;
    const between = text.slice(o + 1, start);
    if (close !== open && between.includes(close)) continue;
    if (close === open && between.includes(open)) continue;
    const ahead = text.slice(end, end + QUOTE_SPAN + 1).indexOf(close);
    if (ahead < 0) continue;
    const c = end + ahead;
    if (WORD_CHAR.test(text[c + 1] ?? '')) continue;
    return true;
  }
  return false;
}

/** The pronoun at word k, and whether it is plural ("we", "our": a hint unless `strict`). */
function pronounAt(masked: string, ws: readonly Word[], k: number): { text: string; plural: boolean } | undefined {
  const t = pronounWord(masked, ws, k);
  if (t === undefined || isWordFragment(masked, ws, k)) return undefined;
  return { text: t, plural: PLURAL_SET.has(t.toLowerCase()) };
}

/** Whether the word after ws[k], one space on, is a lower-case verb ("assisted", "have", "lead"). */
function verbAfter(masked: string, ws: readonly Word[], k: number): boolean {
  const next = ws[k + 1];
  if (!next || masked.slice(ws[k].end, next.start) !== ' ' || !/^\p{Ll}+$/u.test(next.text)) return false;
  return AUXILIARIES.has(next.text) || isPastForm(next.text) || isStrongVerb(next.text);
}

function pronounWord(masked: string, ws: readonly Word[], k: number): string | undefined {
  const w = ws[k];
  if (w.text.length > MAX_PRONOUN || !PRONOUN_FIRST.has(w.text[0].toLowerCase())) return undefined;
  const lower = w.text.toLowerCase();
  // ("i'm able to work under pressure": a contraction of "I" typed in lower case is still "I";
  // no other word is spelt so.)
  if (CONTRACTION_SET.has(lower)) return w.text;
  // ("another task i assisted with": a lower-case "i" before a verb is the pronoun typed carelessly;
  // not "i)" or "i.e.", which no verb follows.)
  if (lower === 'i') return (w.text === 'I' && !isRomanNumeral(masked, ws, k)) || (w.text === 'i' && verbAfter(masked, ws, k)) ? w.text : undefined;
  // ALL CAPS "ME", "MY", "US" are state and country codes (Portland, ME; the US market).
  if (w.text.length > 1 && w.text === w.text.toUpperCase()) return undefined;
  if (lower === 'mine') return /\bof\s+$/i.test(masked.slice(Math.max(0, w.start - 8), w.start)) ? w.text : undefined; // "a project of mine", not "gold mine"
  if (SINGULAR_SET.has(lower) || PLURAL_SET.has(lower)) return w.text;
  return undefined;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
/** The milder of two severities: a summary's pronoun is at most `info`, whatever the rule is set to. */
function atMost(configured: Severity, cap: Severity): Severity {
  return RANK[configured] <= RANK[cap] ? configured : cap;
}

/** The rewrite that drops the pronoun and still reads as a bullet, when there is one. */
function fixFor(p: Prose, ws: readonly Word[], k: number): Fix | undefined {
  const w = ws[k];
  const lower = w.text.toLowerCase();
  if (lower === 'i' || lower === 'we') {
    // "I led a team" → "Led a team": only at a sentence start, before a verb-looking lower-case word.
    const next = ws[k + 1];
    if (!next || !sentenceStart(p.text, w.start) || !/^[ \t]+$/.test(p.text.slice(w.end, next.start))) return undefined;
    if (!/^\p{Ll}+$/u.test(next.text) || AUXILIARIES.has(next.text) || next.text.endsWith('ing')) return undefined;
    const cap = next.text[0].toUpperCase() + next.text.slice(1);
    return {
      title: `Remove "${w.text}": start with "${cap}"`,
      preferred: true,
      edits: [{ span: proseSpan(p, w.start, next.end), newText: cap }],
    };
  }
  if (lower === 'my' || lower === 'our') {
    // "Led my team of 5" → "Led the team of 5". Not "my own", and not where "The" would start a bullet.
    const next = ws[k + 1];
    if (!next || next.text.toLowerCase() === 'own' || sentenceStart(p.text, w.start)) return undefined;
    return {
      title: `Replace "${w.text}" with "the"`,
      preferred: true,
      edits: [{ span: proseSpan(p, w.start, w.end), newText: 'the' }],
    };
  }
  return undefined;
}

/** What this rule reads (a module constant: the lint's shared analysis keys on it). */
// (And the sentences no field holds, "Media training: I have taught …": text/loose-lines.ts; proseOf
// gives only sentences, so a list of names or a handle no field holds says no "I".)
const PIECES: ProseSelection = { bullets: true, summary: true, descriptions: true, loose: true, skipSections: ['references'] };

// In a list of publications, only a sentence the writer opens in their own voice ("I have published
// 35 peer-reviewed articles:") is read: the rest are citations and titles ("What My Patients Taught Me").
const OWN_SENTENCE = /^[\s*_]*(?:I|My|We|Our)\s+\p{Ll}/u;

const RESEARCH = /research/i;

// (A sentence that names the CV and says where to get it: a link, a PDF, a download.)
const NAMES_DOCUMENT = /\b(?:cv|c\.v\.|résumé|resume|curriculum vitae)\b/i;
const GET_DOCUMENT = /\b(?:download|pdf|here|link|click)\b/i;
const SENTENCE_STOP = /[.!?](?=\s|$)/g;

/**
 * The sentences of `text` that point to the CV document itself ("Download … my CV here"), as
 * [start, end) ranges in order; none (no scan) where the text names no CV and no way to get it.
 */
function documentPointers(text: string): [number, number][] {
  if (!NAMES_DOCUMENT.test(text) || !GET_DOCUMENT.test(text)) return [];
  const out: [number, number][] = [];
  let from = 0;
  SENTENCE_STOP.lastIndex = 0;
  // (One pass over the sentences, each tested once: a pronoun looks its sentence up in the list.)
  for (let m = SENTENCE_STOP.exec(text); ; m = SENTENCE_STOP.exec(text)) {
    const to = m ? m.index : text.length;
    const sentence = text.slice(from, to);
    if (sentence.length <= 200 && NAMES_DOCUMENT.test(sentence) && GET_DOCUMENT.test(sentence)) out.push([from, to]);
    if (!m) break;
    from = m.index + 1;
  }
  return out;
}

const LOOSE_PRONOUN = /^I(?:['’](?:m|ve|d|ll))?$/;
const WHERE: Record<string, string> = { summary: 'the summary', description: 'a role description', bullet: 'a bullet', loose: 'a sentence of the résumé' };

export default defineRule<Options>({
  id: 'first-person',
  description: 'First-person pronouns (I, me, my) in bullets, role descriptions and the summary, and "I" in other sentences of the résumé; "we" and "our" as hints.',
  defaultSeverity: 'warning',
  options: {
    strict: {
      type: 'boolean',
      description: 'Report "we", "our", "us" like "I" (by default they are only hints: a team voice hides what you did yourself).',
      default: false,
    },
  },
  docs: {
    why:
      'A résumé is written in the implied first person: every bullet is already about you, so "I", "me" and "my" ' +
      'spend words and make the page read like a cover letter. Recruiters expect bullets that open with the action ' +
      '("Led…", "Built…"). In the summary and in a role\'s description paragraph (JSON Resume and RenderCV ' +
      '`summary`) a pronoun is a smaller matter, so it is reported as info there. "We" and "our" blur what you did ' +
      'yourself, but a team voice is sometimes fair, so they are hints; with `strict` they are reported like "I".',
    sources: [
      'Total Resumes, "Explaining resume tense": https://www.totalresumes.com.au/explaining-resume-tense/',
      "Women's Job List, omit pronouns: https://www.womensjoblist.com/news/587/Writing-a-Rsum-Be-In-Tense/",
      'Random Manager, résumé dos and don\'ts: http://randommanager.blogspot.com/2008/04/resume-dos-and-donts.html',
    ],
    examples: [
      { bad: '- I led a team of 5 engineers to rebuild the billing service', good: '- Led a team of 5 engineers to rebuild the billing service' },
      { bad: '- Mentored my team of 4 through the migration to Kubernetes', good: '- Mentored the team of 4 through the migration to Kubernetes' },
    ],
  },
  check(ctx) {
    const pieces = proseFor(ctx, PIECES);
    const strict = ctx.options.strict;
    // (One string for every piece: compared with what each kept, not built and flattened per piece.)
    const context = `${strict} ${ctx.severity}`;
    const paragraphContext = `${context} paragraph`;
    // A résumé in another language: its "me" and "I" are no English pronouns ("me encargué", Italian "I").
    const lang: LanguageCount = { other: 0, english: 0 };
    for (let ix = 0; ix < pieces.length; ix++) {
      const p = pieces[ix];
      const c = pieceLanguage(ctx, p);
      lang.other += c.other;
      lang.english += c.english;
    }
    if (notEnglish(lang, 8)) return;
    for (let ix = 0; ix < pieces.length; ix++) {
      const p = pieces[ix];
      // "Spend time with my wife and child, reading, cooking": pastimes are the person's own by
      // nature; no recruiter reads their "my" as a voice hiding the work. (Not a research
      // statement, "My research interest lies in …", nor dated activities read as interests.)
      if (p.section?.kind === 'interests' && !p.entry?.dates && !RESEARCH.test(p.section.title)) continue;
      if (p.section?.kind === 'publications' && !OWN_SENTENCE.test(p.text)) continue;
      // Reads only the piece, its kind and the options: unchanged pieces replay the last lint's reports.
      // (A role's paragraph, no bulleted line, is its description however the format holds it: a JSON
      // Resume or RenderCV summary with no highlights, a paragraph under a Markdown role. Part of what
      // the piece's replay depends on, as the kind is.)
      const paragraph = p.kind === 'bullet' && !!p.bullet?.paragraph;
      checkPiece(ctx, p, paragraph ? paragraphContext : context, (report) => {
        const masked = proseMasked(p);
        const pointers = documentPointers(masked);
        let pointer = 0;
        const ws = proseMaskedWords(p);
        if (notEnglish(pieceLanguage(ctx, p), 3)) return;
        for (let k = 0; k < ws.length; k++) {
          const found = pronounAt(masked, ws, k);
          if (!found || quoted(masked, ws[k].start, ws[k].end)) continue;
          const pronoun = found.text;
          // (In a line no field holds only "I" is the writer's own voice: "May we contact this
          // employer?", "Contact me first", "This site showcases my …" are a form's or a site's words.)
          if (p.kind === 'loose' && !LOOSE_PRONOUN.test(pronoun)) continue;
          const w = ws[k];
          // "Download a full PDF copy of my CV here", "You can find a link to my full CV here": a
          // page's pointer to the document itself, no line of the résumé.
          while (pointer < pointers.length && pointers[pointer][1] <= w.start) pointer++;
          if (pointer < pointers.length && pointers[pointer][0] <= w.start) continue;
          const inSummary = p.kind === 'summary';
          const prose = inSummary || p.kind === 'description' || p.kind === 'loose' || paragraph;
          // A summary is rewritten as a whole ("Backend engineer with…"); dropping one word would not do.
          const fix = inSummary ? undefined : fixFor(p, ws, k);
          const where = paragraph ? WHERE.description : (WHERE[p.kind] ?? 'a bullet');
          const todo = fix
            ? `${fix.title.replace(/^Remove "[^"]+": s/, 'S')}.`
            : inSummary
              ? 'Rewrite the sentence without it, e.g. "Backend engineer with 6 years…".'
              : prose
                ? 'Rewrite the sentence to open with what you did, e.g. "Built…", "Led…".'
                : 'Rewrite the bullet to open with what you did, e.g. "Led…", "Built…".';
          const why = found.plural
            ? `a team voice hides what you did yourself; say what your part was.`
            : `recruiters read every line as yours already, so the pronoun spends words and reads informal.`;
          // "we"/"our" are a hint unless `strict`; in a summary or role description a pronoun is at most info.
          const severity: Severity | undefined = found.plural && !strict ? 'hint' : prose ? atMost(ctx.severity, 'info') : undefined;
          report({
            message: `First-person "${pronoun}" in ${where}: ${why} ${todo}`,
            span: proseSpan(p, w.start, w.end),
            severity,
            fixes: fix ? [fix] : undefined,
            data: { pronoun },
          });
        }
      });
    }
  },
});
