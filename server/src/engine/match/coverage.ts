// What a résumé shows of a posting's terms: where each term is used (an experience bullet, a role
// title, the summary, the skills list, education…), a credit per term by the best place it is used,
// and the weighted coverage. A term shown in an experience bullet earns full credit; one only
// listed under skills earns less, as a recruiter reads a bare list as a claim and a bullet as proof.
// Synonyms and abbreviations come from the vocabulary (K8s = Kubernetes), inflections from the
// stem (dashboards = dashboard), higher degrees satisfy lower ones, and years of experience are
// the résumé's dated roles added up (overlaps counted once).
import type { Resume, Span } from '../model';
import { mergePeriods, periodOf, type Period, type TodayLike } from '../dates-math';
import type { Tokens } from './tokens';
import { sameRaw, type VocabEntry, type Vocabulary } from './vocabulary';
import type { PostingAnalysis, PostingTerm } from './posting';

export type UseKind = 'experience' | 'title' | 'summary' | 'education' | 'certification' | 'skills' | 'other';

/** Credit for a term by the best place the résumé uses it. */
export const USE_CREDIT: Record<UseKind, number> = { experience: 1, title: 0.9, summary: 0.7, education: 0.9, certification: 1, skills: 0.6, other: 0.6 };
/** Kinds of term that are shown by being listed (a licence, a degree): full credit anywhere. */
const LISTED_KINDS = new Set(['certification', 'degree', 'field']);

export interface TermUse {
  start: number;
  end: number;
  kind: UseKind;
  /** The words as the résumé writes them. */
  text: string;
  /** The résumé's term when it is not the posting's own (a synonym, or a higher degree). */
  via?: string;
}

export interface TermMatch {
  term: PostingTerm;
  /** 0 (missing) to 1 (shown in an experience bullet). */
  credit: number;
  uses: TermUse[];
  /** For years: what the résumé's dated roles add up to. */
  note?: string;
}

export interface JobMatch {
  /** Weighted share of the posting's terms the résumé covers, 0–1. */
  coverage: number;
  /** Every term, in the posting's order of weight. */
  terms: TermMatch[];
  matched: TermMatch[];
  /** Terms with no use, heaviest first. */
  missing: TermMatch[];
  /** Years of dated roles (work entries), overlaps counted once. */
  experienceYears: number;
  /** The posting's title line. */
  title?: string;
}

interface Pattern {
  term: number;
  keys: string[];
  exact?: string[];
  /** The entry this pattern names when it is another entry that implies the term's (a higher degree). */
  via?: VocabEntry;
}

interface PNode {
  next?: Map<string, PNode>;
  ends?: Pattern[];
}

interface Region {
  start: number;
  end: number;
  kind: UseKind;
}

/** The patterns of a posting's terms as a trie of token keys (built once per posting, see JobMatcher). */
export class PostingPatterns {
  readonly root: PNode = {};
  constructor(posting: PostingAnalysis) {
    posting.terms.forEach((term, i) => {
      if (term.kind === 'years') return;
      if (term.entry) {
        // The entry and those that satisfy it (a Master's for a Bachelor's), transitively.
        const entries: [VocabEntry, VocabEntry | undefined][] = [[term.entry, undefined]];
        const seen = new Set([term.entry]);
        for (let k = 0; k < entries.length; k++) {
          for (const e of entries[k][0].impliedBy) {
            if (seen.has(e)) continue;
            seen.add(e);
            entries.push([e, e]);
          }
        }
        for (const [e, via] of entries) for (const p of e.patterns) this.add({ term: i, keys: p.keys, exact: p.exact, via });
      } else if (term.keys) this.add({ term: i, keys: term.keys });
    });
  }

  private add(p: Pattern): void {
    if (!p.keys.length) return;
    let node = this.root;
    for (const k of p.keys) {
      node.next ??= new Map();
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = {}));
      node = n;
    }
    (node.ends ??= []).push(p);
  }
}

export function matchResume(resume: Resume, text: string, posting: PostingAnalysis, patterns: PostingPatterns, vocab: Vocabulary, today: TodayLike): JobMatch {
  const regions = regionsOf(resume);
  const uses: TermUse[][] = posting.terms.map(() => []);
  const t = vocab.tokens(text);
  const skipLine = directiveLine(text);
  for (let i = 0; i < t.key.length; i++) {
    let node = patterns.root.next?.get(t.key[i]);
    if (!node) continue;
    if (skipLine && t.start[i] >= skipLine.start && t.start[i] < skipLine.end) continue;
    // Each term once per position: its longest pattern here.
    let found: { p: Pattern; len: number }[] = [];
    for (let j = i; node; ) {
      if (node.ends) {
        for (const p of node.ends) {
          if (p.exact && !sameRaw(p.exact, t.raw, i)) continue;
          found = found.filter((f) => f.p.term !== p.term);
          found.push({ p, len: j - i + 1 });
        }
      }
      j++;
      if (j >= t.key.length) break;
      node = node.next?.get(t.key[j]);
    }
    if (!found.length) continue;
    // A longer name the vocabulary knows here is something else ("React Native" is not React),
    // except a job title, which holds its skill ("Backend Engineer" shows backend work).
    const longer = vocab.longestAt(t, i);
    for (const { p, len } of found) {
      const term = posting.terms[p.term];
      if (longer && longer.length > len && longer.entry.kind !== 'title' && longer.entry !== term.entry && longer.entry !== p.via && !longer.entry.implies.includes(term.entry!)) continue;
      const start = t.start[i];
      const end = t.end[i + len - 1];
      uses[p.term].push({ start, end, kind: regionAt(regions, start), text: text.slice(start, end), via: p.via?.name });
    }
  }

  const years = experienceYears(resume, today);
  const terms: TermMatch[] = posting.terms.map((term, i) => {
    if (term.kind === 'years') {
      const ok = years >= (term.years ?? 0);
      return { term, credit: ok ? 1 : 0, uses: [], note: `${formatYears(years)} of dated roles on the résumé` };
    }
    const u = uses[i];
    let credit = 0;
    // A licence or degree is shown by being listed; the job title by a role of that title.
    for (const use of u) credit = Math.max(credit, LISTED_KINDS.has(term.kind) || (term.kind === 'title' && use.kind === 'title') ? 1 : USE_CREDIT[use.kind]);
    // Best place first, then document order.
    u.sort((a, b) => USE_CREDIT[b.kind] - USE_CREDIT[a.kind] || a.start - b.start);
    return { term, credit, uses: u };
  });
  let total = 0;
  let got = 0;
  for (const m of terms) {
    total += m.term.weight;
    got += m.term.weight * m.credit;
  }
  const matched = terms.filter((m) => m.credit > 0);
  const missing = terms.filter((m) => m.credit === 0).sort((a, b) => b.term.weight - a.term.weight);
  return { coverage: total ? got / total : 0, terms, matched, missing, experienceYears: years, title: posting.title };
}


function regionsOf(resume: Resume): Region[] {
  const out: Region[] = [];
  const sectionKind = (k: string): UseKind =>
    k === 'experience' || k === 'volunteer' || k === 'projects'
      ? 'experience'
      : k === 'skills' || k === 'languages' || k === 'interests'
        ? 'skills'
        : k === 'summary'
          ? 'summary'
          : k === 'education'
            ? 'education'
            : k === 'certifications' || k === 'awards' || k === 'publications'
              ? 'certification'
              : 'other';
  // Innermost first: role headers, then sections; the first region that holds an offset wins.
  for (const s of resume.sections) {
    const kind = sectionKind(s.kind);
    if (kind === 'experience') for (const e of s.entries) out.push({ ...spanOf(e.headerSpan), kind: 'title' });
  }
  if (resume.summary) out.push({ ...spanOf(resume.summary.span), kind: 'summary' });
  for (const f of resume.skills) out.push({ ...spanOf(f.span), kind: 'skills' });
  for (const s of resume.sections) out.push({ ...spanOf(s.span), kind: sectionKind(s.kind) });
  return out;
}

function spanOf(s: Span): Span {
  return { start: s.start, end: s.end };
}

function regionAt(regions: Region[], offset: number): UseKind {
  for (const r of regions) if (offset >= r.start && offset < r.end) return r.kind;
  return 'other';
}

function directiveLine(text: string): Span | undefined {
  const i = text.indexOf('resume-studio-job:');
  if (i < 0) return undefined;
  const s = text.lastIndexOf('\n', i) + 1;
  const e = text.indexOf('\n', i);
  return { start: s, end: e < 0 ? text.length : e };
}

/** Years of work entries' dated periods, overlaps counted once. */
export function experienceYears(resume: Resume, today: TodayLike): number {
  const periods: Period[] = [];
  for (const s of resume.sections) {
    if (s.kind !== 'experience') continue;
    for (const e of s.entries) {
      if (e.kind !== 'work' || !e.dates) continue;
      const p = periodOf(e.dates, today);
      if (p) periods.push(p);
    }
  }
  let months = 0;
  for (const p of mergePeriods(periods)) months += p.to - p.from + 1;
  return Math.round((months / 12) * 10) / 10;
}

export function formatYears(y: number): string {
  const whole = Math.floor(y + 0.05);
  return whole === 1 ? '1 year' : `${whole} years`;
}

export type { Tokens };
