// The engine's public face: what the server, the CLI and the tests call. Pure TypeScript,
// no vscode, no LSP types: text -> parse -> model -> rules -> findings.
import type { Resume } from './model';
import type { Finding } from './rule';
import { parse, parseAs } from './parse/index';
import { runRules, type Today } from './lint';
import { defaultConfig, type ResolvedConfig } from './config';
import type { SpellChecker } from './spelling/spelling';

export * from './model';
export * from './rule';
export { parse, parseAs, defaultConfig, type ResolvedConfig, type Today };
export { detectFormat } from './parse/detect';
export { LineIndex } from './editor/lines';

export interface LintResult {
  resume: Resume;
  findings: Finding[];
}

export interface LintOptions {
  config?: ResolvedConfig;
  today?: Today;
  /** The spell checker (and so the caches) to use; the process-wide one when absent. */
  spelling?: SpellChecker;
}

/** Parses and lints one document. Undefined when the file is not a résumé (e.g. other YAML). */
export function lint(text: string, fileName: string, options: LintOptions = {}): LintResult | undefined {
  const resume = parse(text, fileName);
  if (!resume) return undefined;
  const findings = runRules(resume, text, options.config ?? defaultConfig, options.today, options.spelling);
  return { resume, findings };
}
