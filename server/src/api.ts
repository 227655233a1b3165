// The public Node API: `require('resume-studio/api')`.
//
//   const { createLinter } = require('resume-studio/api');
//   const linter = createLinter({ rules: { 'bullet-length': 'off' }, words: ['Kubeflow'] });
//   await linter.ready;                          // the spelling dictionary is loaded
//   const { findings, resume } = linter.lint(text, 'resume.md');
//
// Each linter owns its caches: a new one lints cold, re-using one lints warm. The dictionary is
// read once per process and shared by every linter, being immutable. The server and the CLI use
// the same Linter.
import { Linter, type LintResult } from './engine/linter';
import { registerDictionary } from './dictionary';
import { dictionaryReady, preloadDictionary } from './engine/spelling/spelling';
import { checkLayer, mergeConfig, type ConfigLayer, type RuleSetting } from './engine/config';
import type { Today } from './engine/lint';

export type { LintResult, Today, RuleSetting, ConfigLayer };
export type { Resume, Section, Entry, Bullet, Field, Span, ResumeDate, DateRange, Contact, ResumeFormat, SectionKind, EntryKind } from './engine/model';
export type { Finding, Severity, Fix, Edit } from './engine/rule';

export interface CreateLinterOptions {
  /** Rules as in `.resume-studio.json`: `{ "weak-verb": "error", "bullet-length": { "maxWords": 35 } }`. */
  rules?: Record<string, RuleSetting>;
  /** Extra words the spelling rule accepts. */
  words?: string[];
  /** "Today" for the date rules (for stable results); the real date when absent. */
  today?: Today;
  /** false: no spelling dictionary (the spelling rule stays quiet, nothing is read from disk). */
  spelling?: boolean;
}

export interface ResumeLinter {
  /** Resolves once the spelling dictionary is loaded (a few milliseconds; lints before that wait for nothing: they load it themselves). */
  readonly ready: Promise<void>;
  /** Parses and lints one document; undefined when the file is not a résumé (e.g. other YAML). The file name picks the format (.md, .txt, .json, .yaml). */
  lint(text: string, fileName: string): LintResult | undefined;
  /** Only the model: contact, sections, entries with their fields, dates and bullets, each with its span. */
  parse(text: string, fileName: string): LintResult['resume'] | undefined;
}

/** A new linter with caches of its own. Throws a TypeError naming each bad rule setting. */
export function createLinter(options: CreateLinterOptions = {}): ResumeLinter {
  const { config: layer, problems } = checkLayer(options.rules ?? {}, options.words ?? []);
  if (problems.length) throw new TypeError(`createLinter: ${problems.map((p) => p.message).join('; ')}`);
  if (options.spelling !== false && !dictionaryReady()) registerDictionary(__dirname);
  const linter = new Linter({ config: mergeConfig(layer), today: options.today, dictionary: options.spelling === false ? false : undefined });
  const ready = Promise.resolve().then(() => {
    if (options.spelling !== false) preloadDictionary();
  });
  return {
    ready,
    lint: (text, fileName) => linter.lint(text, fileName),
    parse: (text, fileName) => linter.parse(text, fileName),
  };
}
