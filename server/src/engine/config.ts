// Effective configuration for one document: defaults <- settings <- .resume-studio.json <-
// inline directives (the later winning, SPEC §2/§6). Pure: the file is found on disk by
// server/src/config-file.ts; here we only read and merge what we are given. Never throws.
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';  // the ESM build: esbuild cannot bundle the UMD build's dynamic requires
import type { OptionSchema, Rule, SeveritySetting } from './rule';
import type { Span } from './model';
import { rules as registry } from './rules/index';
import { MAX_NESTING, nestingOf } from './parse/nesting';

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

export const severitySettings: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * One rule as users write it in VS Code settings (`resumeStudio.rules.<id>`) and in
 * `.resume-studio.json` (`rules.<id>`): a severity, or an object with an optional severity and
 * the rule's options, e.g. `{ "severity": "info", "minShare": 0.5 }`.
 */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);

/** One configuration layer in the user-facing shape (settings or config file). */
export interface ConfigLayer {
  rules?: Record<string, RuleSetting>;
  words?: string[];
}

export interface ConfigProblem {
  message: string;
  /** Where in the config file (empty span at 0 for settings, which have no text). */
  span: Span;
}

/** Converts one user-facing rule setting to the engine's shape; undefined for junk. */
export function toRuleConfig(setting: RuleSetting | undefined): Partial<RuleConfig> | undefined {
  if (typeof setting === 'string') return severitySettings.includes(setting) ? { severity: setting } : undefined;
  if (!setting || typeof setting !== 'object' || Array.isArray(setting)) return undefined;
  const out: Partial<RuleConfig> = {};
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(setting)) {
    if (k === 'severity') {
      if (typeof v === 'string' && severitySettings.includes(v as SeveritySetting)) out.severity = v as SeveritySetting;
    } else options[k] = v;
  }
  if (Object.keys(options).length) out.options = options;
  return out;
}

/**
 * Merges layers, later winning: pass (settings, configFile, ...). A later severity replaces an
 * earlier one; options merge key by key; words are the union.
 */
export function mergeConfig(...layers: (ConfigLayer | ResolvedConfig | undefined)[]): ResolvedConfig {
  const out: ResolvedConfig = { rules: {}, words: [] };
  const words = new Set<string>();
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      const rc = isRuleConfig(setting) ? setting : toRuleConfig(setting as RuleSetting);
      if (!rc) continue;
      const prev = out.rules[id] ?? {};
      const next: Partial<RuleConfig> = { ...prev };
      if (rc.severity) next.severity = rc.severity;
      if (rc.options) next.options = { ...(prev.options ?? {}), ...rc.options };
      out.rules[id] = next;
    }
    for (const w of layer.words ?? []) if (typeof w === 'string' && w) words.add(w);
  }
  out.words = [...words];
  return out;
}

/** An already-resolved rule config ({severity?, options?}) rather than a user setting. */
function isRuleConfig(v: unknown): v is Partial<RuleConfig> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === 'severity' || k === 'options') && 'options' in v && typeof (v as { options: unknown }).options === 'object';
}

function ruleById(id: string): Rule<any> | undefined {
  return registry.find((r) => r.id === id);
}

function closestRuleId(id: string): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const r of registry) {
    const d = editDistance(id.toLowerCase(), r.id);
    if (d < bestD) {
      bestD = d;
      best = r.id;
    }
  }
  return bestD <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

const SEVERITY_LIST = severitySettings.map((s) => `"${s}"`).join(', ');

/** A value as a message shows it: JSON, except numbers JSON cannot hold (1e400 reads as Infinity, which JSON prints as null). */
function shown(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'a number that is not a number' : 'a number too large to use (beyond ±1.8e308)';
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return String(value);
  }
}

/** Why `value` does not fit `schema`, or undefined when it does. */
export function optionProblem(name: string, schema: OptionSchema, value: unknown): string | undefined {
  const want = schema.type;
  const ok =
    want === 'number' ? typeof value === 'number' && Number.isFinite(value)
    : want === 'integer' ? typeof value === 'number' && Number.isInteger(value)
    : want === 'boolean' ? typeof value === 'boolean'
    : want === 'string' ? typeof value === 'string'
    : Array.isArray(value) && (!schema.items || value.every((x) => typeof x === schema.items!.type));
  const example = JSON.stringify(schema.default);
  if (!ok) {
    const what = want === 'array' && schema.items ? `a list of ${schema.items.type}s` : `a${/^[aeiou]/.test(want) ? 'n' : ''} ${want}`;
    return `Option "${name}" must be ${what} (default ${example}); got ${shown(value)}. Fix the value or remove the option to use the default.`;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `Option "${name}" must be at least ${schema.minimum}; got ${value}. Raise it or remove the option to use the default ${example}.`;
    if (schema.maximum !== undefined && value > schema.maximum) return `Option "${name}" must be at most ${schema.maximum}; got ${value}. Lower it or remove the option to use the default ${example}.`;
  }
  if (schema.enum && !schema.enum.includes(value)) return `Option "${name}" must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}; got ${shown(value)}.`;
  return undefined;
}

/**
 * Validates one rule's setting. Returns the usable part (bad pieces dropped) and the problems,
 * each with the path of the offending value relative to the setting.
 */
export function checkRuleSetting(id: string, setting: unknown): { value?: RuleSetting; problems: { message: string; path: (string | number)[]; onKey?: boolean }[] } {
  const problems: { message: string; path: (string | number)[]; onKey?: boolean }[] = [];
  const rule = ruleById(id);
  if (!rule) {
    const near = closestRuleId(id);
    problems.push({ message: `Unknown rule "${id}"${near ? `; did you mean "${near}"?` : '.'} See docs/rules/README.md for the rule ids; this entry is ignored.`, path: [] });
    return { problems };
  }
  if (typeof setting === 'string') {
    if (severitySettings.includes(setting as SeveritySetting)) return { value: setting as SeveritySetting, problems };
    problems.push({ message: `Severity "${setting}" for rule "${id}" is not one of ${SEVERITY_LIST}; the rule keeps its default ("${rule.defaultSeverity}").`, path: [] });
    return { problems };
  }
  if (!setting || typeof setting !== 'object' || Array.isArray(setting)) {
    problems.push({ message: `Rule "${id}" must be set to a severity (${SEVERITY_LIST}) or an object like {"severity": "info"}; got ${shown(setting)}. The rule keeps its defaults.`, path: [] });
    return { problems };
  }
  const value: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(setting)) {
    if (k === 'severity') {
      if (typeof v === 'string' && severitySettings.includes(v as SeveritySetting)) value.severity = v;
      else problems.push({ message: `Severity ${shown(v)} for rule "${id}" is not one of ${SEVERITY_LIST}; the rule keeps its default ("${rule.defaultSeverity}").`, path: [k] });
      continue;
    }
    const schema = (rule.options as Record<string, OptionSchema>)[k];
    if (!schema) {
      const known = Object.keys(rule.options);
      problems.push({ message: `Rule "${id}" has no option "${k}"; ${known.length ? `its options are ${known.map((o) => `"${o}"`).join(', ')}` : 'it takes no options, only "severity"'}. This option is ignored.`, path: [k], onKey: true });
      continue;
    }
    const p = optionProblem(k, schema, v);
    if (p) problems.push({ message: `${p} (rule "${id}")`, path: [k] });
    else value[k] = v;
  }
  return { value: value as RuleSetting, problems };
}

/**
 * Validates a whole layer given as plain data (VS Code settings: `resumeStudio.rules` object).
 * Settings have no text, so problems carry an empty span.
 */
export function checkLayer(rulesSetting: unknown, words?: unknown): { config: ConfigLayer; problems: ConfigProblem[] } {
  const config: ConfigLayer = { rules: {} };
  const problems: ConfigProblem[] = [];
  const at: Span = { start: 0, end: 0 };
  if (rulesSetting && typeof rulesSetting === 'object' && !Array.isArray(rulesSetting)) {
    for (const [id, s] of Object.entries(rulesSetting)) {
      const r = checkRuleSetting(id, s);
      if (r.value !== undefined) config.rules![id] = r.value;
      for (const p of r.problems) problems.push({ message: p.message, span: at });
    }
  }
  if (Array.isArray(words)) config.words = words.filter((w): w is string => typeof w === 'string');
  return { config, problems };
}

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/**
 * Reads `.resume-studio.json` (JSONC: comments and trailing commas allowed). Each problem (syntax
 * error, unknown rule id, bad severity, wrong option type, unknown key) comes once with the exact
 * span of what is wrong; everything else is still applied. Never throws.
 */
export function parseConfigFile(text: string): { config: ConfigLayer; problems: ConfigProblem[]; unusable?: boolean } {
  try {
    return readConfigText(text);
  } catch (e) {
    // Nothing here should throw; if something does, the file is set aside, never the server.
    return {
      config: {},
      problems: [{ message: `This file could not be read (${(e as Error)?.message ?? e}), so the default rules apply. Please report it with the file attached.`, span: { start: 0, end: Math.min(text.length, 1) } }],
      unusable: true,
    };
  }
}

function readConfigText(text: string): { config: ConfigLayer; problems: ConfigProblem[]; unusable?: boolean } {
  const problems: ConfigProblem[] = [];
  const config: ConfigLayer = { rules: {} };
  // A UTF-8 byte order mark (Windows editors write one) is not part of the JSON: read it as a space, so offsets stay put.
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  if (text.trim() === '') {
    problems.push({ message: 'This file is empty, so the default rules apply. Write an object like {"rules": {"weak-verb": "warning"}} to change them, or delete the file.', span: { start: 0, end: 0 } });
    return { config, problems };
  }
  // Read depth first, without recursion: the parser and the checks below recurse once per level (nesting.ts).
  const nesting = nestingOf(text, 'jsonc');
  if (nesting.tooDeepAt !== undefined) {
    problems.push({
      message: `This file nests lists or objects more than ${MAX_NESTING} levels deep here (a configuration needs three), so none of it was read and the default rules apply. Look for unclosed "[" or "{" brackets above this point.`,
      span: { start: nesting.tooDeepAt, end: nesting.tooDeepAt + 1 },
    });
    return { config, problems, unusable: true };
  }
  let root: Node | undefined;
  try {
    const errors: ParseError[] = [];
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    for (const e of errors)
      problems.push({
        message: `This is not valid JSON here (${printParseErrorCode(e.error)}); fix the syntax so the whole file is read.`,
        span: { start: Math.min(e.offset, text.length), end: Math.min(e.offset + Math.max(1, e.length), text.length) },
      });
  } catch {
    root = undefined;
  }
  if (!root) {
    problems.push({ message: 'This file could not be read as JSON, so the default rules apply; write an object like {"rules": {"weak-verb": "warning"}}.', span: { start: 0, end: Math.min(text.length, 1) } });
    return { config, problems, unusable: true };
  }
  if (root.type !== 'object') {
    problems.push({ message: 'The configuration must be a JSON object like {"rules": {"weak-verb": "warning"}, "words": []}, so the default rules apply.', span: spanOf(root) });
    return { config, problems, unusable: true };
  }
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode) continue;
    const key = String(keyNode.value);
    if (key === '$schema') continue;
    if (key === 'rules') {
      if (!valueNode || valueNode.type !== 'object') {
        problems.push({ message: '"rules" must be an object mapping rule ids to a severity or an options object, e.g. {"weak-verb": "warning"}.', span: valueNode ? spanOf(valueNode) : spanOf(keyNode) });
        continue;
      }
      for (const rp of valueNode.children ?? []) {
        const [idNode, settingNode] = rp.children ?? [];
        if (!idNode || !settingNode) continue;
        const id = String(idNode.value);
        const r = checkRuleSetting(id, nodeValue(settingNode));
        if (r.value !== undefined) config.rules![id] = r.value;
        for (const p of r.problems) {
          // Unknown rule → the key; bad severity string → the value; bad option → that option's value.
          const valueAt = findNodeAtLocation(settingNode, p.path);
          const target = p.path.length === 0 ? (ruleById(id) ? settingNode : idNode) : (p.onKey ? valueAt?.parent?.children?.[0] : valueAt) ?? settingNode;
          problems.push({ message: p.message, span: spanOf(target) });
        }
      }
      continue;
    }
    if (key === 'words') {
      if (!valueNode || valueNode.type !== 'array') {
        problems.push({ message: '"words" must be a list of words the spelling check accepts, e.g. ["Kubernetes", "Terraform"].', span: valueNode ? spanOf(valueNode) : spanOf(keyNode) });
        continue;
      }
      const words: string[] = [];
      for (const item of valueNode.children ?? []) {
        if (item.type === 'string' && typeof item.value === 'string') words.push(item.value);
        else problems.push({ message: `Each entry of "words" must be a string; ${shown(nodeValue(item))} is ignored.`, span: spanOf(item) });
      }
      config.words = words;
      continue;
    }
    problems.push({ message: `Unknown key "${key}"; this file takes "rules" and "words". It is ignored.`, span: spanOf(keyNode) });
  }
  return { config, problems };
}

/** The plain value of a node (jsonc-parser's getNodeValue, without throwing on partial trees). */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) o[String(k.value)] = nodeValue(v);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/**
 * The words a cspell configuration accepts (`words` and `ignoreWords` of cspell.json or
 * .cspell.json, comments allowed), so people who keep a word list for the Code Spell Checker keep
 * it here. Anything else in the file is cspell's business and is not read; a file that cannot be
 * parsed gives no words.
 */
export function cspellWords(text: string): string[] {
  let root: Node | undefined;
  try {
    root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const key of ['words', 'ignoreWords']) {
    const list = root ? findNodeAtLocation(root, [key]) : undefined;
    if (list?.type === 'array') for (const item of list.children ?? []) if (item.type === 'string' && typeof item.value === 'string' && item.value) out.push(item.value);
  }
  return out;
}
