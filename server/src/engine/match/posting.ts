// What a job posting asks for: the terms that matter (skills, tools, platforms, methods,
// certifications, degrees, years of experience, key responsibilities, the job title), each
// weighted by where it stands. Pure: text in, terms out.
//
// How a posting is read:
// - the title is its first short line; headings ("Requirements", "Nice to have", "What you'll
//   do", "Benefits"…) divide the rest into parts, each with a level: title, required,
//   responsibility, preferred, other (an unheaded introduction) or none (about the company,
//   benefits, pay, equal opportunity: never read for terms). A clause that says "preferred",
//   "a plus" or "is welcome" is preferred whatever part it is in.
// - terms are found by the skill vocabulary (longest name first), by "N+ years" phrases, by the
//   phrases that introduce a skill ("experience with X", "knowledge of X", "proficiency in X") for
//   what the vocabulary lacks, and by names written as names (CamelCase, acronyms, capitalised
//   words inside a sentence) that the posting does not also use as its own name.
// - a term's weight is its strongest level's weight plus a quarter of each other mention
//   (repetition); terms that stand only in an introduction once are dropped.
import type { Tokens } from './tokens';
import type { VocabEntry, Vocabulary } from './vocabulary';
import type { PostingWords } from './words';

export type TermKind = 'title' | 'skill' | 'tool' | 'platform' | 'certification' | 'degree' | 'field' | 'years' | 'term';
export type Level = 'title' | 'required' | 'responsibility' | 'preferred' | 'other';

export const LEVEL_WEIGHT: Record<Level, number> = { title: 3, required: 2, responsibility: 1.5, preferred: 1, other: 0.5 };

export interface Mention {
  /** Offsets of the words in the posting. */
  start: number;
  end: number;
  level: Level;
  /** 0-based line in the posting. */
  line: number;
}

export interface PostingTerm {
  /** Identity: "v:<entry id>" for vocabulary terms, "y:<n>" for years, "u:<keys>" for others. */
  key: string;
  /** As shown: the vocabulary's name, "5+ years of experience", or the words as written. */
  name: string;
  kind: TermKind;
  /** The strongest level it is mentioned at. */
  level: Level;
  weight: number;
  mentions: Mention[];
  /** The vocabulary entry, when the term is one. */
  entry?: VocabEntry;
  /** For years of experience. */
  years?: number;
  /** For terms the vocabulary lacks: the token keys a résumé must show, in order. */
  keys?: string[];
  /** How it was found: the vocabulary, a years phrase, a skill cue, a written name, a list item, the title. */
  source: 'vocabulary' | 'years' | 'cue' | 'name' | 'list' | 'title';
}

export interface PostingAnalysis {
  /** The posting's title line as written, when it has one. */
  title?: string;
  terms: PostingTerm[];
}

type Part = Level | 'none';

const PREFERRED_H = /\b(nice[- ]to[- ]haves?|preferred|bonus|a plus|plus(?:es)?|desirable|desired|extra credit|extras|good to have|great if|would be great|would be nice|ideally|optional|not required|also welcome|even better|pluses|should[- ]haves?|it would help)\b/i;
const NONE_H = /^(about(?! (the )?(role|job|position|you|this))|benefits|perks|why (join|work|us|you'll love|[A-Z])|what we (offer|give)|we offer|our offer|salary|pay|compensation|equal opportunity|eeo|how to apply|to apply|our (values|culture|mission|story)|location|schedule|hours|working here|life at|the company|who we are|company|our company|what's in it for you)\b/i;
const RESP_H = /\b(responsibilit(y|ies)|what you('ll|’ll| will) (do|be doing|work on|own)|in this (role|job|position)|duties|functions|the job|the role|about the (role|job|position)|day[- ]to[- ]day|you will|you'll|your role|key tasks|what the job involves|your (day|impact|mission)|the work|work looks like|summary|overview|description|will:?$|here's what)\b/i;
const REQ_H = /\b(requirements?|required|qualifications?|what you('ll|’ll)? (need|bring)|what we('re|’re| are) looking for|who you are|you (probably |already |will )?have|about you|must[- ]haves?|skills|experience|you bring|your background|your profile|we('re|’re| are) looking for|what you need|you are|you need|minimum|who we want|you'll thrive|if you have|ideal candidate|what it takes)\b/i;
/** A line that is a heading's words, not a job title. */
const HEADING_WORDS = /^(requirements?|qualifications?|responsibilities|duties|about( us| the role)?|nice to have|preferred|benefits|skills|summary|overview|description)\s*:?$/i;
const PREFERRED_CLAUSE = /\b(preferred|a plus|is a plus|are a plus|nice to have|bonus|ideally|desirable|is welcome|are welcome|welcome|an advantage|advantageous|helpful|strongly preferred|good to have)\b/i;
const META_LINE = /^(salary|pay|location|team|region|start date|base salary|on-target earnings|compensation|reports to|job type|employment type|schedule|hours|department|start|closing date|posted)\b[^:]*:/i;
const BENEFIT_LINE = /\b(401\s*\(k\)|paid time off|\bpto\b|holiday|vacation|parental leave|dental|vision insurance|health insurance|equity|stock options|salary|per hour|commission|benefits|we are an equal opportunity|equal opportunity employer|tuition reimbursement|staff discount|allowance|sign-on bonus|annual bonus|free lunch)\b/i;
const DEGREE_CONTEXT = /\b(degree|bachelor|master|ph\.?d|diploma|major|graduate|b\.?s\.?c?|b\.?a|m\.?s\.?c?|m\.?a|mba|field|studies|qualification in)\b/i;
const YEARS =
  /\b(?:(?:at least|minimum(?: of)?|a minimum of|over|more than)\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:\+|plus|or more)|\s*(?:-|–|—|to)\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b(?:[’']s?)?/gi;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const EXPERIENCE_NEAR = /\b(experience|experienced|background|track record|working|in (a|an|the)? ?[\w-]+ (role|position|setting|environment)|of (professional|applied|hands-on|closing|classroom|teaching|b2b|relevant|nursing|industry)|as an? |in (sre|devops|sales|data|design|product|marketing|nursing|teaching|warehouse|operations|project)|supervising|closing|building|teaching)\b/i;

/** What follows "N+ years" when it is experience: "of React", "in a data analyst role", "as an RN". */
const YEARS_AFTER = /^\s*(?:of|in|as|with|at|on|working|building|closing|leading|managing|teaching|selling|supervising|designing|developing|professional|experience|post|hands)\b/i;

/** Words that introduce a skill: what follows names it. */
const CUES = /\b(?:experience (?:with|in|of|using|on)|experienced (?:with|in)|hands-on experience (?:with|in)|knowledge of|understanding of|proficiency (?:in|with)|proficient (?:in|with)|familiarity with|familiar with|expertise in|expert in|background in|skilled (?:in|at|with)|fluency in|fluent (?:in|with)|comfort with|comfortable with|exposure to|mastery of|grounding in)\s+/gi;

export interface ExtractOptions {
  /** Drop terms lighter than this (default 1: one mention in a required, responsibility or preferred part). */
  minWeight?: number;
}

/** Reads a posting. `words` holds the common-word and generic-term lists (see words.ts). */
export function extractPosting(text: string, vocab: Vocabulary, words: PostingWords, opts: ExtractOptions = {}): PostingAnalysis {
  const minWeight = opts.minWeight ?? 1;
  const lines = splitLines(text);
  const physicalStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) physicalStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = physicalStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (physicalStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const levels: (Level | undefined)[] = new Array(lines.length).fill(undefined);
  const terms = new Map<string, PostingTerm>();

  // ---- parts: title, headings, levels ------------------------------------------------------
  let titleLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].text.trim();
    if (!l) continue;
    const cleaned = l.replace(/^#+\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1').replace(/^(job title|title|position|role)\s*:\s*/i, '');
    // A posting pasted from its requirements on has no title.
    const heading = headingOf(l);
    if (cleaned.split(/\s+/).length <= 14 && !/[.!?]$/.test(cleaned) && (heading === undefined || !HEADING_WORDS.test(cleaned))) titleLine = i;
    break;
  }
  let part: Part = 'other';
  let partHasBullets = false;
  let lastBlank = false;
  const companyWords = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text;
    const l = raw.trim();
    if (!l) {
      lastBlank = true;
      continue;
    }
    if (i === titleLine) {
      levels[i] = 'title';
      lastBlank = false;
      continue;
    }
    const heading = headingOf(l);
    if (heading !== undefined) {
      part = heading;
      partHasBullets = false;
      lastBlank = false;
      // "Why Harbourline: flexible hours" — a heading with its text on the same line.
      continue;
    }
    const bullet = /^\s*(?:[-*•·▪◦‣+]|\d{1,2}[.)])\s+/.test(raw);
    // A plain paragraph after a list ends that list's part (closing lines about pay and perks).
    if (!bullet && partHasBullets && lastBlank && part !== 'other') part = 'other';
    if (bullet) partHasBullets = true;
    lastBlank = false;
    if (META_LINE.test(l) || BENEFIT_LINE.test(l) || part === 'none') {
      levels[i] = undefined;
      collectNames(raw, companyWords);
      continue;
    }
    levels[i] = part;
    if (part === 'other') collectNames(raw, companyWords);
  }

  // ---- terms --------------------------------------------------------------------------------
  const add = (key: string, make: () => Omit<PostingTerm, 'level' | 'weight' | 'mentions'>, m: Mention) => {
    let t = terms.get(key);
    if (!t) terms.set(key, (t = { ...make(), level: m.level, weight: 0, mentions: [] }));
    t.mentions.push(m);
  };

  for (let i = 0; i < lines.length; i++) {
    const level = levels[i];
    if (!level) continue;
    const line = lines[i];
    let body = line.text;
    let offset = line.start;
    if (level === 'title') {
      // The role: the title up to its first separator ("Senior Backend Engineer — Payments").
      const role = titleRole(body, vocab);
      if (role) add(role.key, () => role.make(), { start: offset + role.start, end: offset + role.end, level: 'title', line: lineAt(offset + role.start) });
    }
    for (const clause of clauses(body)) {
      const cl = body.slice(clause.start, clause.end);
      const clLevel: Level = level !== 'title' && level !== 'preferred' && PREFERRED_CLAUSE.test(cl) ? 'preferred' : level;
      const from = offset + clause.start;
      const to = offset + clause.end;
      const t = vocab.tokens(text, from, to);
      const covered = new Uint8Array(t.key.length);
      const degreeContext = DEGREE_CONTEXT.test(cl);
      // Vocabulary names, longest first.
      for (let k = 0; k < t.key.length; ) {
        const hit = vocab.longestAt(t, k);
        if (!hit) {
          k++;
          continue;
        }
        const e = hit.entry;
        const isField = (e.kind as string) === 'field';
        if (isField && !degreeContext) {
          k += hit.length;
          continue;
        }
        if (words.isGenericEntry(e.name)) {
          for (let c = k; c < k + hit.length; c++) covered[c] = 1;
          k += hit.length;
          continue;
        }
        // A common word names a skill only in the skill's own form: "ships" is not shipping,
        // "monitor" is not monitoring (the résumé side still meets every inflection).
        if (hit.length === 1 && words.isCommon(t.raw[k].toLowerCase()) && !ownForm(t.raw[k], e)) {
          k++;
          continue;
        }
        // "writing design docs", "reading construction drawings": a verb on the next term.
        if (hit.length === 1 && /ing$/i.test(t.raw[k]) && !t.breakBefore[k + 1] && k + 1 < t.key.length && vocab.longestAt(t, k + 1) && words.isCommon(t.raw[k].toLowerCase())) {
          k++;
          continue;
        }
        // A title found in running text is a title only on the title line.
        if (e.kind === 'title' && clLevel !== 'title') {
          k += hit.length;
          continue;
        }
        for (let c = k; c < k + hit.length; c++) covered[c] = 1;
        add(`v:${e.id}`, () => ({ key: `v:${e.id}`, name: e.name, kind: (isField ? 'field' : e.kind) as TermKind, entry: e, source: 'vocabulary' }), {
          start: t.start[k],
          end: t.end[k + hit.length - 1],
          level: clLevel,
          line: lineAt(t.start[k]),
        });
        k += hit.length;
      }
      // Years of experience.
      YEARS.lastIndex = 0;
      for (let m = YEARS.exec(cl); m; m = YEARS.exec(cl)) {
        const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
        const after = cl.slice(m.index + m[0].length, m.index + m[0].length + 80);
        const before = cl.slice(Math.max(0, m.index - 40), m.index);
        if (!(n > 0 && n <= 30)) continue;
        if (/\b(past|last|within|every|next|first|after|for up to|up to)\s*$/i.test(before)) continue;
        if (!YEARS_AFTER.test(after) && !EXPERIENCE_NEAR.test(after.slice(0, 40)) && !/\bexperience\b/i.test(before)) continue;
        add(`y:${n}`, () => ({ key: `y:${n}`, name: `${n}+ years of experience`, kind: 'years', years: n, source: 'years' }), {
          start: from + m.index,
          end: from + m.index + m[0].length,
          level: clLevel,
          line: lineAt(from + m.index),
        });
      }
      // Phrases after a skill cue, for what the vocabulary lacks.
      CUES.lastIndex = 0;
      for (let m = CUES.exec(cl); m; m = CUES.exec(cl)) {
        const at = from + m.index + m[0].length;
        let k = t.start.findIndex((s) => s >= at);
        if (k < 0) continue;
        for (const phrase of cuePhrases(t, k, covered, words)) {
          const keys = t.key.slice(phrase.from, phrase.to);
          const key = `u:${keys.join(' ')}`;
          add(key, () => ({ key, name: text.slice(t.start[phrase.from], t.end[phrase.to - 1]), kind: 'term', keys, source: 'cue' }), {
            start: t.start[phrase.from],
            end: t.end[phrase.to - 1],
            level: clLevel,
            line: lineAt(t.start[phrase.from]),
          });
          for (let c = phrase.from; c < phrase.to; c++) covered[c] = 1;
        }
        k++;
      }
      // Names written as names that the vocabulary does not know.
      if (clLevel !== 'other' && clLevel !== 'title') {
        for (let k = 0; k < t.key.length; k++) {
          if (covered[k]) continue;
          const raw = t.raw[k];
          const name = words.looksLikeName(raw, t.initial[k]) && !companyWords.has(raw.toLowerCase());
          // A run of capitalised words inside a sentence is a name ("Wilson Reading System").
          let e = k + 1;
          const capital = (j: number) => /^[A-Z]/.test(t.raw[j]) && !covered[j] && !companyWords.has(t.raw[j].toLowerCase()) && !words.isFunctionWord(t.raw[j].toLowerCase());
          while (e < t.key.length && !t.breakBefore[e] && (capital(e) || (words.looksLikeName(t.raw[e], false) && !covered[e]))) e++;
          const titled = !t.initial[k] && capital(k) && e - k >= 2;
          if (!name && !titled) continue;
          if (!name) {
            // Every word of a titled run must be a name word, not a place or a known trait.
            if (t.raw.slice(k, e).some((r) => words.isPlace(r.toLowerCase()))) continue;
          }
          const keys = t.key.slice(k, e);
          const key = `u:${keys.join(' ')}`;
          if (words.isGenericPhrase(keys.join(' '))) continue;
          add(key, () => ({ key, name: text.slice(t.start[k], t.end[e - 1]), kind: 'term', keys, source: 'name' }), { start: t.start[k], end: t.end[e - 1], level: clLevel, line: lineAt(t.start[k]) });
          for (let c = k; c < e; c++) covered[c] = 1;
          k = e - 1;
        }
        // Items of a list the vocabulary does not know ("guides, case studies, newsletters and
        // webinar scripts"): each 1–3 words of content, none of them a function word or a verb.
        for (const item of listItems(text, t, words)) {
          let { from, to } = item;
          let hasCovered = false;
          for (let c = from; c < to; c++) if (covered[c]) hasCovered = true;
          if (hasCovered) continue;
          const n = to - from;
          if (n < 1 || n > 3) continue;
          const lowers = t.raw.slice(from, to).map((r) => r.toLowerCase());
          if (n === 1 && words.isCommon(lowers[0])) continue;
          if (lowers.some((w) => words.isFunctionWord(w) || /^\d/.test(w) || words.isLeadWord(w) || words.isPostingWord(w))) continue;
          if (words.isVerb(lowers[n - 1]) || /(?:ly|ed)$/.test(lowers[n - 1]) || words.isPeople(lowers[n - 1])) continue;
          if (/ing$/.test(lowers[0]) && n > 1 && words.isCommon(lowers[0])) continue;
          const keys = t.key.slice(from, to);
          if (words.isGenericPhrase(keys.join(' '))) continue;
          const key = `u:${keys.join(' ')}`;
          add(key, () => ({ key, name: text.slice(t.start[from], t.end[to - 1]), kind: 'term', keys, source: 'list' }), { start: t.start[from], end: t.end[to - 1], level: clLevel, line: lineAt(t.start[from]) });
          for (let c = from; c < to; c++) covered[c] = 1;
        }
      }
    }
  }

  // ---- weights ------------------------------------------------------------------------------
  const out: PostingTerm[] = [];
  for (const t of terms.values()) {
    let best: Level = t.mentions[0].level;
    for (const m of t.mentions) if (LEVEL_WEIGHT[m.level] > LEVEL_WEIGHT[best]) best = m.level;
    let w = LEVEL_WEIGHT[best];
    let skipped = false;
    for (const m of t.mentions) {
      if (m.level === best && !skipped) {
        skipped = true;
        continue;
      }
      w += LEVEL_WEIGHT[m.level] / 4;
    }
    t.level = best;
    t.weight = Math.min(w, LEVEL_WEIGHT[best] * 2);
    if (t.weight >= minWeight) out.push(t);
  }
  // A degree that another degree in the posting implies is the lesser ask: both stay (a posting
  // that says "MS or PhD, or a bachelor's" asks each); an unknown phrase inside a known one goes.
  out.sort((a, b) => b.weight - a.weight || a.mentions[0].start - b.mentions[0].start);
  return { title: titleLine >= 0 ? lines[titleLine].text.trim().replace(/^#+\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1') : undefined, terms: out };
}

/** True when `raw` is one of the entry's names as written, or its plural or singular. */
function ownForm(raw: string, e: VocabEntry): boolean {
  const w = raw.toLowerCase();
  for (const a of e.aliases) {
    const l = a.toLowerCase();
    if (w === l || w === l + 's' || w === l + 'es' || w + 's' === l) return true;
  }
  return false;
}

interface Line {
  text: string;
  start: number;
  /** The physical line it starts on. */
  line: number;
}

/**
 * The posting's lines, with a wrapped line joined to the one it continues: an indented line
 * under a list item, or a line that starts in lower case after one with no closing punctuation.
 */
function splitLines(text: string): Line[] {
  const physical: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      physical.push({ text: text.slice(start, i), start, line: physical.length });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  const out: Line[] = [];
  for (const l of physical) {
    const prev = out[out.length - 1];
    const t = l.text;
    const continues =
      prev !== undefined &&
      prev.text.trim() !== '' &&
      t.trim() !== '' &&
      !BULLET.test(t) &&
      !/[:]\s*$/.test(prev.text) &&
      ((/^\s{2,}\S/.test(t) && BULLET.test(prev.text)) || (/^\s*[a-z(]/.test(t) && !/[.!?]\s*$/.test(prev.text)));
    if (continues) prev.text = text.slice(prev.start, l.start + t.length);
    else out.push({ ...l });
  }
  return out;
}

const BULLET = /^\s*(?:[-*•·▪◦‣+]|\d{1,2}[.)])\s+/;

/** The part a heading line opens, or undefined when the line is not a heading. */
function headingOf(line: string): Part | undefined {
  let l = line.replace(/^#+\s*/, '').replace(/^\*\*|\*\*$/g, '').replace(/^__|__$/g, '').trim();
  const marked = /^#/.test(line) || /^\*\*.*\*\*:?$/.test(line);
  if (/^\s*(?:[-*•·▪◦‣+]|\d{1,2}[.)])\s+/.test(line)) return undefined;
  // "Why Harbourline: flexible hours, …" — an inline heading followed by its text.
  const colon = l.indexOf(':');
  let inline = false;
  if (colon > 0 && colon < l.length - 1) {
    const head = l.slice(0, colon);
    if (head.split(/\s+/).length <= 4 && NONE_H.test(head)) return 'none';
    inline = true;
  }
  if (inline) return undefined;
  l = l.replace(/:$/, '').trim();
  const n = l.split(/\s+/).length;
  const short = n <= 6 || (line.trim().endsWith(':') && n <= 12) || marked;
  if (!short || /[.!?]$/.test(l)) return undefined;
  if (PREFERRED_H.test(l)) return 'preferred';
  if (NONE_H.test(l)) return 'none';
  if (REQ_H.test(l) && !/\b(responsibilit|duties|functions)/i.test(l)) return 'required';
  if (RESP_H.test(l)) return 'responsibility';
  // Any other heading opens a part about the job (about-us and benefits parts are caught above).
  if (marked || line.trim().endsWith(':')) return 'responsibility';
  // A short line in Title Case or capitals with no verb-like ending reads as a heading ("The Job").
  if (n <= 4 && /^[A-Z][\w'’]*(\s+([A-Z][\w'’]*|&|and|of|the|to|for|you|we))*$/.test(l)) return 'responsibility';
  return undefined;
}

/** Clauses of a line: split at ; and at sentence ends, so "…; BSN preferred" is its own clause. */
function clauses(line: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /;|\.(?=\s+[A-Z(])/g;
  let start = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out.push({ start, end: m.index });
    start = m.index + 1;
  }
  out.push({ start, end: line.length });
  return out;
}

/** Capitalised words of intro and about lines: the employer's and its products' names. */
function collectNames(line: string, into: Set<string>): void {
  const re = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\d'’&.-]*)/gu;
  let first = true;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (!first) into.add(m[1].toLowerCase());
    first = false;
  }
}

/** The job title's role: a vocabulary title, else the words before the first separator. */
function titleRole(line: string, vocab: Vocabulary): { key: string; start: number; end: number; make: () => Omit<PostingTerm, 'level' | 'weight' | 'mentions'> } | undefined {
  const clean = line.replace(/^#+\s*/, '');
  const lead = line.length - clean.length;
  const cut = clean.search(/\s[—–|(,]|\s-\s|\(|,|\s·\s|:/);
  const role = (cut > 0 ? clean.slice(0, cut) : clean).trimEnd();
  const t = vocab.tokens(role);
  for (let k = 0; k < t.key.length; k++) {
    const hit = vocab.longestAt(t, k);
    if (hit && hit.entry.kind === 'title') {
      // The longest title anywhere in the role ("Marketing Data Analyst" -> data analyst).
      const e = hit.entry;
      // Shown as the posting words it ("Platform Engineer"), matched as the vocabulary's title.
      const asWritten = role.slice(t.start[k], t.end[k + hit.length - 1]);
      return { key: `v:${e.id}`, start: lead + t.start[k], end: lead + t.end[k + hit.length - 1], make: () => ({ key: `v:${e.id}`, name: asWritten, kind: 'title', entry: e, source: 'title' }) };
    }
  }
  // No known title: the role without level words ("Senior", "II").
  let k0 = 0;
  while (k0 < t.key.length && LEVEL_WORDS.has(t.raw[k0].toLowerCase())) k0++;
  let k1 = t.key.length;
  while (k1 > k0 && LEVEL_WORDS.has(t.raw[k1 - 1].toLowerCase())) k1--;
  if (k1 - k0 < 1 || k1 - k0 > 4) return undefined;
  const keys = t.key.slice(k0, k1);
  const key = `u:${keys.join(' ')}`;
  const name = role.slice(t.start[k0], t.end[k1 - 1]);
  return { key, start: lead + t.start[k0], end: lead + t.end[k1 - 1], make: () => ({ key, name, kind: 'title', keys, source: 'title' }) };
}

const LEVEL_WORDS = new Set(['senior', 'sr', 'junior', 'jr', 'lead', 'staff', 'principal', 'head', 'chief', 'i', 'ii', 'iii', 'iv', 'entry-level', 'entry', 'level', 'associate', 'intern', 'trainee', 'graduate', 'mid', 'mid-level']);

/**
 * The phrases a cue introduces, up to the clause's end: a list ("Kafka, RabbitMQ or NATS") gives
 * one phrase per item. A phrase is 1–3 words, none of them common words, starting after any
 * article or vague adjective ("a", "similar", "strong"), and it is dropped when a known name
 * covers any of its words (the vocabulary already read it) or it is generic ("the ability").
 */
function cuePhrases(t: Tokens, k: number, covered: Uint8Array, words: PostingWords): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let i = k;
  while (i < t.key.length) {
    // Skip determiners and vague words at the item's start.
    while (i < t.key.length && words.isLeadWord(t.raw[i].toLowerCase())) i++;
    const from = i;
    while (i < t.key.length && i - from < 4 && !covered[i] && !words.isCommon(t.raw[i].toLowerCase()) && (i === from || !t.breakBefore[i])) i++;
    const to = i;
    if (to > from && to - from <= 3 && !words.isGenericPhrase(t.key.slice(from, to).join(' '))) {
      // The phrase must end the item: followed by a list joiner, a break or the clause end.
      const next = t.raw[to]?.toLowerCase();
      if (to === t.key.length || t.breakBefore[to] || next === 'and' || next === 'or' || next === 'such' || next === 'including' || next === 'e.g') out.push({ from, to });
    }
    // On to the next list item, if there is one.
    let j = to;
    while (j < t.key.length && !t.breakBefore[j] && t.raw[j].toLowerCase() !== 'and' && t.raw[j].toLowerCase() !== 'or') j++;
    if (j >= t.key.length) break;
    const joiner = t.raw[j].toLowerCase();
    if (joiner === 'and' || joiner === 'or') i = j + 1;
    else if (t.breakChar[j] === 44) i = j;
    else break;
    if (i === from) break;
  }
  return out;
}

/**
 * The items of the lists in a clause: runs of words between commas, colons, brackets and "and"/
 * "or", when the clause has at least two of them; an item's opening verb ("Prepare bills of
 * lading") and articles are left out.
 */
function listItems(text: string, t: Tokens, words: PostingWords): { from: number; to: number }[] {
  const items: { from: number; to: number }[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to > from) items.push({ from, to });
  };
  for (let k = 0; k < t.key.length; k++) {
    const lower = t.raw[k].toLowerCase();
    const sep = t.breakChar[k] === 44 || t.breakChar[k] === 58 || t.breakChar[k] === 40 || t.breakChar[k] === 41 || t.breakChar[k] === 59;
    if (k > from && sep) {
      close(k);
      from = k;
    }
    if (lower === 'and' || lower === 'or' || lower === '&') {
      close(k);
      from = k + 1;
    }
  }
  close(t.key.length);
  if (items.length < 2) return [];
  for (const it of items) {
    // (Not the first part of a hyphenated word: "long-form content" keeps its "long".)
    while (it.from < it.to && (words.isLeadWord(t.raw[it.from].toLowerCase()) || words.isVerb(t.raw[it.from].toLowerCase())) && !(it.from + 1 < it.to && text.charCodeAt(t.end[it.from]) === 45 && t.start[it.from + 1] === t.end[it.from] + 1)) it.from++;
  }
  return items.filter((it) => it.to > it.from);
}
