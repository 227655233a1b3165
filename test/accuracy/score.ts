// Scores the engine against the gold of test/gold/: structure (entries, their fields, sections,
// contact) per format and PDF text shape, and the prose rules' findings per rule. Figures are
// micro-averaged precision/recall: every value counts once, whichever file it is in.
import { readFileSync } from 'node:fs';
import type { Entry, Resume } from '../../server/src/engine/model';
import type { Finding } from '../../server/src/engine/rule';
import { type GoldEntry, type GoldFindings, type GoldStructure, type GoldValue, inputsOf } from './gold';

/** A count of agreements over what the gold holds (recall) and what the engine said (precision). */
export interface Tally {
  hit: number;
  /** Values the gold holds. */
  gold: number;
  /** Values the engine gave. */
  said: number;
}

export const tally = (): Tally => ({ hit: 0, gold: 0, said: 0 });
export const precision = (t: Tally): number => (t.said ? t.hit / t.said : 1);
export const recall = (t: Tally): number => (t.gold ? t.hit / t.gold : 1);

export const STRUCTURE_FIELDS = ['entries', 'title', 'organisation', 'location', 'start', 'end', 'bullets', 'sections', 'section kind', 'name', 'email', 'phone', 'contact location', 'links'] as const;
export type StructureField = (typeof STRUCTURE_FIELDS)[number];
export type StructureScore = Record<StructureField, Tally>;

export function emptyStructureScore(): StructureScore {
  return Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, tally()])) as StructureScore;
}

export function addScore(into: StructureScore, s: StructureScore): void {
  for (const f of STRUCTURE_FIELDS) {
    into[f].hit += s[f].hit;
    into[f].gold += s[f].gold;
    into[f].said += s[f].said;
  }
}

/** Case, punctuation, ligatures, dashes and spacing do not make a value wrong. */
export function norm(s: string): string {
  return String(s)
    .normalize('NFKC')
    .toLowerCase()
    // Hyphens and soft hyphens come and go between a PDF and its text ("Co­founder", "Cofounder").
    .replace(/[\u00ad\u200b-\u200d\ufeff\-‐‑]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function readings(v: GoldValue | undefined): (string | null)[] {
  if (v === undefined) return [null];
  return Array.isArray(v) ? v : [v];
}

function goldHas(v: GoldValue | undefined): boolean {
  return readings(v).some((r) => r !== null && norm(r) !== '');
}

function agrees(v: GoldValue | undefined, said: string | undefined): boolean {
  const s = said === undefined ? '' : norm(said);
  return readings(v).some((r) => (r === null ? s === '' : norm(r) === s));
}

/** What the engine read of one entry, in the gold's terms. */
export interface SaidEntry {
  title?: string;
  organisation?: string;
  location?: string;
  start?: string;
  end?: string;
  bullets: number;
  sectionKind: string;
}

export function saidEntry(e: Entry, sectionKind: string): SaidEntry {
  const r = e.dates;
  let start = r?.start?.text;
  let end = r?.end?.text ?? (r?.current ? r.currentText || undefined : undefined);
  // A single date ("Graduated 2009") is where the gold puts it: the end.
  if (r && r.start && !r.end && !r.current) {
    end = start;
    start = undefined;
  }
  return { title: e.title?.value, organisation: e.organisation?.value, location: e.location?.value, start, end, bullets: e.bullets.length, sectionKind };
}

const ROLE_ENTRY_KINDS = new Set(['work', 'education', 'volunteer', 'project']);

/**
 * The entries the engine treats as roles, degrees and projects (what the timeline and rules read),
 * and those of a section of another kind that the gold lists entries for ("Governance" read as
 * "other" and its memberships).
 */
export function saidEntries(resume: Resume, goldEntryTitles: Set<string> = new Set()): SaidEntry[] {
  const out: SaidEntry[] = [];
  for (const s of resume.sections)
    for (const e of s.entries) if (ROLE_ENTRY_KINDS.has(e.kind) || (s.kind === 'other' && goldEntryTitles.has(norm(s.title)))) out.push(saidEntry(e, s.kind));
  return out;
}

function tokens(parts: (string | undefined | null)[]): Set<string> {
  const out = new Set<string>();
  for (const p of parts) if (p) for (const w of norm(p).split(' ')) if (w) out.add(w);
  return out;
}

function goldTokens(g: GoldEntry): Set<string> {
  return tokens([g.title, g.organisation, g.location, g.start, g.end].flatMap((v) => readings(v)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

/** Pairs gold and engine entries that are the same entry: most words in common first. */
export function matchEntries(gold: GoldEntry[], said: SaidEntry[]): [number, number][] {
  const cand: [number, number, number][] = [];
  const saidTokens = said.map((s) => tokens([s.title, s.organisation, s.location, s.start, s.end]));
  gold.forEach((g, gi) => {
    const gt = goldTokens(g);
    said.forEach((_, si) => {
      const sim = jaccard(gt, saidTokens[si]);
      if (sim >= 0.25) cand.push([sim, gi, si]);
    });
  });
  cand.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Set<number>();
  const sUsed = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, gi, si] of cand) {
    if (gUsed.has(gi) || sUsed.has(si)) continue;
    gUsed.add(gi);
    sUsed.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}

/** A profile link or handle: "https://github.com/x", "github.com/x", "@x" and "x" name the same profile. */
function normLink(s: string): string {
  return norm(
    String(s)
      .replace(/^(?:https?:\/\/)?(?:www\.)?/i, '')
      .replace(/^(?:github\.com|gitlab\.com|linkedin\.com\/in|twitter\.com|x\.com)\//i, '')
      .replace(/^@|^\/?in\//i, '')
      .replace(/\/+$/, ''),
  );
}

export interface Mismatch {
  what: string;
  gold: unknown;
  said: unknown;
}

const ENTRY_FIELDS = ['title', 'organisation', 'location', 'start', 'end'] as const;

/** Scores one reading of a résumé against its gold; `mismatches` lists what differs, for --verbose. */
export function scoreStructure(g: GoldStructure, resume: Resume, mismatches: Mismatch[] = []): StructureScore {
  const sc = emptyStructureScore();
  const goldEntries: GoldEntry[] = [];
  for (const s of g.sections) for (const e of s.entries ?? []) goldEntries.push(e);
  const said = saidEntries(resume, new Set(g.sections.filter((s) => s.entries?.length && [s.kind].flat().includes('other')).map((s) => norm(s.title))));
  const pairs = matchEntries(goldEntries, said);
  sc.entries.gold = goldEntries.length;
  sc.entries.said = said.length;
  sc.entries.hit = pairs.length;
  for (const f of ENTRY_FIELDS) {
    sc[f].gold = goldEntries.filter((e) => goldHas(e[f])).length;
    sc[f].said = said.filter((e) => e[f] !== undefined && norm(e[f]!) !== '').length;
  }
  sc.bullets.gold = goldEntries.length;
  sc.bullets.said = said.length;
  const matchedG = new Set<number>();
  const matchedS = new Set<number>();
  for (const [gi, si] of pairs) {
    matchedG.add(gi);
    matchedS.add(si);
    const ge = goldEntries[gi];
    const se = said[si];
    const label = `entry "${readings(ge.title)[0] ?? readings(ge.organisation)[0]}"`;
    for (const f of ENTRY_FIELDS) {
      const ok = agrees(ge[f], se[f]);
      if (ok && goldHas(ge[f]) && se[f] !== undefined && norm(se[f]!) !== '') sc[f].hit++;
      if (!ok) mismatches.push({ what: `${label} ${f}`, gold: ge[f] ?? null, said: se[f] ?? null });
    }
    if ([ge.bullets].flat().includes(se.bullets)) sc.bullets.hit++;
    else mismatches.push({ what: `${label} bullets`, gold: ge.bullets, said: se.bullets });
  }
  goldEntries.forEach((e, i) => {
    if (!matchedG.has(i)) mismatches.push({ what: 'entry missed', gold: [e.title, e.organisation, e.start, e.end].map((v) => readings(v)[0]).join(' | '), said: null });
  });
  said.forEach((e, i) => {
    if (!matchedS.has(i)) mismatches.push({ what: `entry not in the résumé (in a ${e.sectionKind} section)`, gold: null, said: [e.title, e.organisation, e.start, e.end].join(' | ') });
  });

  // Sections: the same heading, then the same kind.
  const gs = g.sections;
  // (A section with no heading, the roles of a résumé that prints none, is not compared with the
  // gold's sections, which are only those with a printed heading; its entries are scored as any.)
  const ss = resume.sections.filter((s) => s.title.trim());
  sc.sections.gold = gs.length;
  sc.sections.said = ss.length;
  sc['section kind'].gold = gs.length;
  sc['section kind'].said = ss.length;
  const sUsed = new Set<number>();
  for (const gsec of gs) {
    const gt = norm(gsec.title);
    let k = ss.findIndex((s, i) => !sUsed.has(i) && norm(s.title) === gt);
    if (k < 0) k = ss.findIndex((s, i) => !sUsed.has(i) && gt.length > 2 && (norm(s.title).includes(gt) || (norm(s.title).length > 2 && gt.includes(norm(s.title)))));
    // YAML and JSON sections are keys ("work"), which readers show by their kind ("Experience").
    const structured = resume.format !== 'markdown' && resume.format !== 'text';
    if (k < 0 && structured) k = ss.findIndex((s, i) => !sUsed.has(i) && [gsec.kind].flat().includes(s.kind));
    if (k < 0 && structured && [gsec.kind].flat().includes('summary') && resume.summary) {
      sc.sections.hit++;
      sc['section kind'].hit++;
      sc.sections.said++;
      sc['section kind'].said++;
      continue;
    }
    if (k < 0) {
      mismatches.push({ what: 'section missed', gold: `${gsec.title} (${gsec.kind})`, said: null });
      continue;
    }
    sUsed.add(k);
    sc.sections.hit++;
    const kinds = Array.isArray(gsec.kind) ? gsec.kind : [gsec.kind];
    if (kinds.includes(ss[k].kind)) sc['section kind'].hit++;
    else mismatches.push({ what: `section "${gsec.title}" kind`, gold: gsec.kind, said: ss[k].kind });
  }
  ss.forEach((s, i) => {
    if (!sUsed.has(i)) mismatches.push({ what: 'section not in the résumé', gold: null, said: `${s.title} (${s.kind})` });
  });

  // Contact.
  const c = resume.contact;
  const contactPairs: [StructureField, GoldValue | undefined, string | undefined][] = [
    ['name', g.contact.name, c.name?.value],
    ['email', g.contact.email, c.email?.value],
    ['phone', g.contact.phone, c.phone?.value],
    ['contact location', g.contact.location, c.location?.value],
  ];
  for (const [f, gv, sv] of contactPairs) {
    const gHas = goldHas(gv);
    const sHas = sv !== undefined && norm(sv) !== '';
    if (gHas) sc[f].gold++;
    if (sHas) sc[f].said++;
    const ok = agrees(gv, sv);
    if (ok && gHas && sHas) sc[f].hit++;
    if (!ok) mismatches.push({ what: `contact ${f}`, gold: gv ?? null, said: sv ?? null });
  }
  const gl = new Set((g.contact.links ?? []).map(normLink));
  const sl = new Set(c.links.map((l) => normLink(l.value)));
  sc.links.gold = gl.size;
  sc.links.said = sl.size;
  for (const l of sl) if (gl.has(l)) sc.links.hit++;
  if ([...gl].some((l) => !sl.has(l)) || [...sl].some((l) => !gl.has(l))) mismatches.push({ what: 'contact links', gold: [...gl], said: [...sl] });
  return sc;
}

// --- prose rules -------------------------------------------------------------------------

export const PROSE_RULES = ['spelling', 'weak-verb', 'tense', 'first-person', 'missing-metric'] as const;

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface FindingMiss {
  rule: string;
  line: number;
  kind: 'missed' | 'false alarm';
  text: string;
}

/** The findings a label set is about: per-bullet missing-metric findings, not the role and document totals. */
export function proseFindings(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) => (PROSE_RULES as readonly string[]).includes(f.ruleId) && (f.ruleId !== 'missing-metric' || (f.data as { scope?: string } | undefined)?.scope === 'bullet'),
  );
}

/** Line starts of a text (LF, CRLF and CR all end a line). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) out.push(i + 1);
  }
  return out;
}

/** A character that continues a word (a label must not start or end inside one). */
const WORD_CHAR = /[\p{L}\p{N}'’]/u;

export function scoreFindings(g: GoldFindings, text: string, findings: Finding[], misses: FindingMiss[] = []): Record<string, RuleScore> {
  const starts = lineStarts(text);
  const lineOf = (off: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: Record<string, RuleScore> = {};
  for (const rule of g.rules) out[rule] = { tp: 0, fp: 0, fn: 0 };
  // The same words labelled twice on one line are its first and second occurrence.
  const seen = new Map<string, number>();
  const labels = g.labels.map((l) => {
    const ls = starts[l.line - 1] ?? 0;
    const lineText = text.slice(ls, starts[l.line] ?? text.length);
    const key = `${l.line}\u0000${l.text}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    // The label's words as words: "I" is not the I of "I'm", "us" not the us of "Australian".
    const occurrences = (whole: boolean) => {
      const out: number[] = [];
      for (let i = lineText.indexOf(l.text); i >= 0; i = lineText.indexOf(l.text, i + 1))
        if (!whole || (!WORD_CHAR.test(lineText.charAt(i - 1)) && !WORD_CHAR.test(lineText.charAt(i + l.text.length)))) out.push(i);
      return out;
    };
    const whole = occurrences(true);
    const found = whole.length ? whole : occurrences(false);
    const at = found[Math.min(nth, found.length - 1)] ?? 0;
    return { ...l, start: ls + at, end: ls + at + Math.max(1, l.text.length), used: false, ls, found, any: undefined as [number, number][] | undefined };
  });
  // A label names words on a line, not which of their occurrences ("I" on a line that also says
  // "Level I"): labelled once on its line, any occurrence of its words is the one it means.
  for (const l of labels) {
    if ((seen.get(`${l.line}\u0000${l.text}`) ?? 0) === 1) l.any = l.found.map((a) => [l.ls + a, l.ls + a + Math.max(1, l.text.length)] as [number, number]);
  }
  const covers = (l: (typeof labels)[number], start: number, end: number) => (l.any ?? [[l.start, l.end]]).some(([a, b]) => a < end && start < b);
  for (const f of proseFindings(findings)) {
    if (!out[f.ruleId]) continue;
    const end = Math.max(f.span.end, f.span.start + 1);
    const label = labels.find((l) => l.rule === f.ruleId && covers(l, f.span.start, end) && !l.used) ?? labels.find((l) => l.rule === f.ruleId && covers(l, f.span.start, end));
    if (label) {
      if (!label.used && !label.optional) out[f.ruleId].tp++;
      label.used = true;
    } else {
      out[f.ruleId].fp++;
      misses.push({ rule: f.ruleId, line: lineOf(f.span.start), kind: 'false alarm', text: text.slice(f.span.start, Math.min(f.span.end, f.span.start + 60)) + ` — ${f.message.slice(0, 90)}` });
    }
  }
  for (const l of labels) {
    if (l.used || l.optional || !out[l.rule]) continue;
    out[l.rule].fn++;
    misses.push({ rule: l.rule, line: l.line, kind: 'missed', text: l.text });
  }
  return out;
}

export function readSource(path: string): string {
  return readFileSync(path, 'utf8');
}

export { inputsOf };
