// A linter: the engine's one entry point for hosts that lint more than once (the server, the CLI,
// the Node API, the bench). It owns every cache the engine keeps between lints (an EngineState)
// and its spell checker's caches; loaded immutable data (the dictionary, word lists) is shared by
// all linters. A new linter lints cold; re-using one lints warm.
import type { Resume } from './model';
import type { Finding } from './rule';
import { parse } from './parse/index';
import { runRules, type Today } from './lint';
import { defaultConfig, type ResolvedConfig } from './config';
import { EngineState, withState } from './cache/state';
import { dictionary, SpellChecker, type Dictionary } from './spelling/spelling';

export interface LinterOptions {
  /** Rule settings, words and the like (defaults when absent); a lint call may pass its own. */
  config?: ResolvedConfig;
  /** "Today" for the date rules (injectable so results are stable); the real date when absent. */
  today?: Today;
  /** The spelling dictionary: the host-registered one when absent, none (rule quiet) when false. */
  dictionary?: Dictionary | false;
}

export interface LintCallOptions {
  config?: ResolvedConfig;
  today?: Today;
}

export interface LintResult {
  resume: Resume;
  findings: Finding[];
}

export class Linter {
  private readonly state = new EngineState();
  private checker: SpellChecker | undefined;

  constructor(private readonly options: LinterOptions = {}) {}

  /** This linter's spell checker (its caches are its own), over the shared dictionary; null when there is none. */
  private spelling(): SpellChecker | null {
    // null, not undefined: the rule must not fall back to the process-wide dictionary.
    if (this.options.dictionary === false) return null;
    const d = this.options.dictionary ?? dictionary();
    if (!d) return null;
    if (this.checker?.dictionary !== d) this.checker = new SpellChecker(d);
    return this.checker;
  }

  /** Parses and lints one document; undefined when the file is not a résumé (e.g. other YAML). */
  lint(text: string, fileName: string, call: LintCallOptions = {}): LintResult | undefined {
    return withState(this.state, () => {
      const resume = parse(text, fileName);
      if (!resume) return undefined;
      const config = call.config ?? this.options.config ?? defaultConfig;
      const today = call.today ?? this.options.today;
      const findings = runRules(resume, text, config, today, this.spelling());
      return { resume, findings };
    });
  }

  /** Only the model (what the preview, the outline and `parse --json` show). */
  parse(text: string, fileName: string): Resume | undefined {
    return withState(this.state, () => parse(text, fileName));
  }

  /** Runs `fn` with this linter's caches (for engine calls beyond lint and parse: render, complete, hover). */
  run<T>(fn: () => T): T {
    return withState(this.state, fn);
  }
}
