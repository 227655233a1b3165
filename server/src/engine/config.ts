// Effective configuration for one document: defaults <- settings <- .resume-studio.json <-
// inline directives (the later winning, SPEC §2/§6).
import type { SeveritySetting } from './rule';

export interface RuleConfig {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Per rule id; a rule missing here runs with its defaults. */
  rules: Record<string, Partial<RuleConfig>>;
  /** Extra words the spelling rule accepts (workspace dictionary). */
  words: string[];
}

export const defaultConfig: ResolvedConfig = { rules: {}, words: [] };
