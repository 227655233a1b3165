// Test documents for the writing-style rules: roles (via model-builder), plus an optional summary
// and skills, linted through the engine's runRules; and re-building a document after a fix so a
// test can check that the fix made its finding go away.
import { resumeOf, type RoleSpec, type SectionSpec } from './model-builder';
import { applyEdits } from './apply-edits';
import { runRules } from '../../server/src/engine/lint';
import { rules } from '../../server/src/engine/rules/index';
import type { Resume, Span } from '../../server/src/engine/model';
import type { Edit, Finding } from '../../server/src/engine/rule';
import type { ResolvedConfig } from '../../server/src/engine/config';

export interface ProseDoc {
  roles?: RoleSpec[] | SectionSpec[];
  summary?: string;
  skills?: string[];
}

export interface Built {
  text: string;
  resume: Resume;
}

export function buildDoc(doc: ProseDoc): Built {
  const { text: base, resume } = resumeOf(doc.roles ?? []);
  let text = base;
  if (doc.summary !== undefined) {
    text += '## Summary\n\n';
    const start = text.length;
    text += doc.summary + '\n';
    resume.summary = { value: doc.summary, span: { start, end: start + doc.summary.length } };
  }
  if (doc.skills) {
    text += '## Skills\n\n';
    for (const s of doc.skills) {
      const start = text.length;
      text += s + '\n';
      resume.skills.push({ value: s, span: { start, end: start + s.length } });
    }
  }
  return { text, resume };
}

export interface LintOf extends Built {
  findings: Finding[];
}

/** Findings of one rule on a document, with that rule's options and extra dictionary words. */
export function lintRule(ruleId: string, doc: ProseDoc, options: Record<string, unknown> = {}, words: string[] = []): LintOf {
  const built = buildDoc(doc);
  // Only the rule under test runs: faster, and no other rule's behaviour leaks into the table.
  const config: ResolvedConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, { severity: 'off' as const }])), words };
  config.rules[ruleId] = { options };
  const today = { year: 2026, month: 6, day: 15 };
  const findings = runRules(built.resume, built.text, config, today).filter((f) => f.ruleId === ruleId);
  return { ...built, findings };
}

const inside = (e: Edit, s: Span) => e.span.start >= s.start && e.span.end <= s.end;

/** The document after applying edits, which must each fall inside one bullet, entry header field or description, the summary or a skill. */
export function applyToDoc(doc: ProseDoc, built: Built, edits: Edit[]): ProseDoc {
  const roles = structuredClone(doc.roles ?? []) as RoleSpec[] | SectionSpec[];
  const sections: RoleSpec[][] = roles.length && 'roles' in roles[0] ? (roles as SectionSpec[]).map((s) => s.roles) : [roles as RoleSpec[]];
  const pieces: { span: Span; set(v: string): void }[] = [];
  built.resume.sections.forEach((section, si) =>
    section.entries.forEach((entry, ei) =>
      entry.bullets.forEach((b, bi) => pieces.push({ span: b.span, set: (v) => (sections[si][ei].bullets![bi] = v) })),
    ),
  );
  const out: ProseDoc = { ...doc, roles, skills: doc.skills ? [...doc.skills] : undefined };
  built.resume.sections.forEach((section, si) =>
    section.entries.forEach((entry, ei) => {
      if (entry.title) pieces.push({ span: entry.title.span, set: (v) => (sections[si][ei].title = v) });
      if (entry.organisation) pieces.push({ span: entry.organisation.span, set: (v) => (sections[si][ei].org = v) });
      if (entry.description) pieces.push({ span: entry.description.span, set: (v) => (sections[si][ei].description = v) });
    }),
  );
  if (built.resume.summary) pieces.push({ span: built.resume.summary.span, set: (v) => (out.summary = v) });
  built.resume.skills.forEach((f, i) => pieces.push({ span: f.span, set: (v) => (out.skills![i] = v) }));
  for (const piece of pieces) {
    const mine = edits.filter((e) => inside(e, piece.span));
    if (!mine.length) continue;
    const local = mine.map((e) => ({ newText: e.newText, span: { start: e.span.start - piece.span.start, end: e.span.end - piece.span.start } }));
    piece.set(applyEdits(built.text.slice(piece.span.start, piece.span.end), local));
  }
  const placed = edits.filter((e) => pieces.some((p) => inside(e, p.span))).length;
  if (placed !== edits.length) throw new Error('An edit falls outside every bullet, header field, summary and skill');
  return out;
}
