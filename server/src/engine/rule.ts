// What a rule is: one plain object with its metadata and a pure `check` of the model.
// The registry (rules/index.ts) lists them; docs, settings and the config schema are generated
// from this metadata (scripts/generate.ts).

import type { Resume, Span, ResumeFormat } from './model';
import type { LintAnalysis } from './analysis';
import type { PieceCache } from './cache/piece-cache';
import type { SpellChecker } from './spelling/spelling';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A text edit in document offsets. */
export interface Edit {
  span: Span;
  newText: string;
}

export interface Fix {
  /** Shown as the quick-fix title, e.g. 'Replace "Helped build" with "Built"'. */
  title: string;
  edits: Edit[];
  /** The one fix `fix all` and `source.fixAll` apply; alternatives are quick fixes only. */
  preferred?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Says what is wrong and what to do, with the numbers. */
  message: string;
  span: Span;
  fixes?: Fix[];
  /** Extra data for hover (e.g. the strong alternatives for a weak verb). */
  data?: Record<string, unknown>;
}

/** What `check` reports: the engine fills in ruleId and the configured severity. */
export interface Report {
  message: string;
  span: Span;
  fixes?: Fix[];
  /** Overrides the configured severity for this one finding (e.g. a gap over 6 months). */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface RuleContext<O> {
  resume: Resume;
  text: string;
  options: O;
  /** The configured severity of this rule (never 'off': off rules are not run). */
  severity: Severity;
  /** "Today" for rules that compare with the present (injectable so tests are stable). */
  today: { year: number; month: number; day: number };
  /** Extra words the spelling rule accepts (ResolvedConfig.words: settings and the workspace dictionary). */
  words?: readonly string[];
  /**
   * Facts several rules read (bullets, prose pieces), computed on first use and shared by all rules
   * of one lint. Absent when a rule is run on its own: use bulletsOf/proseFor (analysis.ts), which fall back.
   */
  analysis?: LintAnalysis;
  /** The spell checker to use (it owns its caches); the process-wide one when absent; null: none (only tech-name casing is checked). */
  spelling?: SpellChecker | null;
  /** This rule's reports per unchanged piece from earlier lints (checkPiece in analysis.ts); absent when run alone. */
  pieceCache?: PieceCache;
  /** Called unbound (rules pass it on as a function), so it must not rely on `this`. */
  report(r: Report): void;
  /**
   * Whether a finding at `span` (with this severity, the rule's when absent) is sure to be left out
   * of the list (finding-cap.ts): this rule has reported its cap of findings at or before it, in
   * document order, and the text holds no directive that could silence one of them. When true the
   * linter has counted it (the summary's number, place and severity) and the rule builds no message
   * or fix for it; when false it is reported as usual. Absent when a rule is run on its own.
   */
  beyondCap?(span: Span, severity?: Severity): boolean;
}

export interface RuleExample {
  bad: string;
  good: string;
}

export interface RuleDocs {
  /** Why a recruiter cares, a paragraph. */
  why: string;
  /** Where the advice comes from: names and URLs. */
  sources: string[];
  examples: RuleExample[];
}

/** JSON schema for one option (draft-07 subset, used for settings and the config schema). */
export interface OptionSchema {
  type: 'number' | 'integer' | 'boolean' | 'string' | 'array';
  description: string;
  default: unknown;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  items?: { type: string };
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  options: { [K in keyof O]: OptionSchema };
  docs: RuleDocs;
  /** Formats the rule applies to; all when absent. */
  formats?: ResumeFormat[];
  check(ctx: RuleContext<O>): void;
}

/** Helps rule files keep their option types without repeating them. */
export function defineRule<O extends Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}
