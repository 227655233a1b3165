// The `resume-studio` command line: lint for CI (stylish/json/sarif/github), parse, render and
// export with the same engine as the editor, and `lsp --stdio` for any LSP editor.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import ignore from 'ignore';
import { parse, type ResolvedConfig, type Today } from './engine/index';
import { Linter } from './engine/linter';
import { rules } from './engine/rules/index';
import { mergeConfig } from './engine/config';
import { findConfigFile, findCspellFile, loadConfigFile, loadCspellWords } from './config-file';
import { LineIndex } from './engine/editor/lines';
import { allFindings, formatGithub, formatJson, formatSarif, formatStylish, FORMATS, type FileReport, type FormatName } from './engine/format/index';
import { renderResume, listThemes } from './engine/render/index';
import { locatedModel } from './engine/editor/located';
import { packageVersion } from './lsp/version';
import { isResumeFileName, RESUME_NAMES_SHOWN } from './lsp/resume-files';
import { fixUntilStable } from './engine/editor/fixes';
// Required, not imported, so esbuild bundles tinyglobby's CommonJS build: the ESM build's fdir
// calls createRequire(import.meta.url), which is undefined in our CommonJS bundles.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { globSync, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');
import { registerDictionary } from './dictionary';
import { DEFAULT_MAX_FILE_SIZE, parseSize, RAISE_IN_CLI, tooLargeMessage } from './size-limit';
import { runMatch } from './cli-match';

export const HELP = `Usage: resume-studio <command> [options]

Reads your résumé the way a recruiter does: flags employment gaps, weak verbs, missing metrics,
wrong tense and more.

Commands:
  lint <files|folders|globs...>  Check résumés. Folders are searched for résumé files
                                 (${RESUME_NAMES_SHOWN}).
                                 Globs: *, **, ?, [abc], {a,b}, @(md|txt); "!glob" leaves files out.
      --fix                      apply each finding's preferred fix to the file, then report what is left
      --stdin                    read one résumé from standard input (with --fix: print the fixed text)
      --stdin-filename <name>    the name it would have (picks the format, the config and ignore rules)
      --ignore-pattern <glob>    leave these files out (.gitignore syntax; repeatable), besides
                                 the patterns in ./.resume-studio-ignore
      --quiet                    report errors only
      --format <name>            stylish (default), json, sarif or github
      --config <file>            use this .resume-studio.json instead of the nearest one
      --max-warnings <n>         also fail when there are more than n warnings
      --max-size <size>          skip files larger than this, as the editor does (default 1 MB;
                                 bytes, or e.g. 512KB, 4MB); a skipped file fails the run (exit 2)
      --strict                   also fail (exit 1) when a file is skipped as not a résumé
      --today <YYYY-MM-DD>       date rules compare with this day (reproducible CI output)
      --color, --no-color        force or turn off colours in stylish output (default: on a terminal)
  parse <file> --json            print the parsed résumé model as JSON; every span also gives
                                 its place as from/to "line:column" (1-based)
  render <file> [-o out.html]    write the résumé as a standalone HTML page (stdout without -o)
      --theme <id>               ${listThemes().join(' or ')}
      --paper <letter|a4>
      --force                    overwrite an existing output file
  export <file> --pdf <out.pdf>  print the résumé to PDF with a locally installed Chrome/Chromium/Edge
      --theme, --paper, --force  as for render
      --chrome <path>            the browser to print with (default: found on this machine)
  match <file> --job <posting>   how much of a job posting the résumé covers: weighted coverage,
                                 missing terms ranked, where each matched term is used
      --format <name>            stylish (default) or json
      --min-coverage <percent>   exit 1 when the coverage is below it, e.g. 70
  lsp --stdio                    run the language server over stdin/stdout (Neovim, Helix, Emacs...)

Options:
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 usage error, a
file that could not be read, or an argument that matched no résumé file.
`;

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--format', '--config', '--max-warnings', '--today', '-o', '--output', '--theme', '--paper', '--pdf', '--chrome', '--stdin-filename', '--ignore-pattern', '--max-size', '--job', '--min-coverage']);
const FLAG_OPTIONS = new Set(['--json', '--force', '--help', '-h', '--version', '-v', '--stdio', '--node-ipc', '--no-color', '--color', '--fix', '--quiet', '--stdin', '--strict']);

export interface ParsedArgs {
  command?: string;
  positionals: string[];
  /** The last value of each option. */
  options: Map<string, string>;
  /** Every value of each option, in order (for repeatable ones such as --ignore-pattern). */
  lists: Map<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], options: new Map(), lists: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUE_OPTIONS.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
        const key = name === '-o' ? '--output' : name;
        out.options.set(key, value);
        out.lists.set(key, [...(out.lists.get(key) ?? []), value]);
      } else if (FLAG_OPTIONS.has(name) && eq < 0) {
        out.flags.add(name === '-h' ? '--help' : name === '-v' ? '--version' : name);
      } else if (name.startsWith('--clientProcessId') || name === '--socket' || name === '--pipe') {
        // Transport options some LSP clients append; the connection reads them itself.
      } else {
        throw new UsageError(`Unknown option ${name}.`);
      }
    } else if (!out.command) out.command = a;
    else out.positionals.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Finding files: plain paths, folders (searched for résumé files), globs in full syntax (*, **,
// ?, [abc], {a,b}, @(md|txt), !negation) through tinyglobby/picomatch, minus what
// .resume-studio-ignore and --ignore-pattern exclude (gitignore syntax, through \`ignore\`).

/** The ignore file read from the working directory, as eslint reads .eslintignore. */
export const IGNORE_FILE = '.resume-studio-ignore';

/** Folders never searched: dependencies and hidden folders (.git, .vscode...). */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.*/**'];

export interface Ignorer {
  /** True when `abs` (an absolute path) is excluded by the ignore file or an --ignore-pattern. */
  ignores(abs: string): boolean;
  /** Problems reading the ignore file, for stderr. */
  problems: string[];
}

/** The ignore rules for `cwd`: its .resume-studio-ignore, then each --ignore-pattern (both gitignore syntax). */
export function loadIgnorer(cwd: string, patterns: readonly string[] = []): Ignorer {
  const ig = ignore();
  const problems: string[] = [];
  const file = join(cwd, IGNORE_FILE);
  if (existsSync(file)) {
    try {
      ig.add(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${IGNORE_FILE} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}), so nothing is ignored by it. Check the file's permissions.`);
    }
  }
  ig.add([...patterns]);
  return {
    problems,
    ignores(abs) {
      const rel = relative(cwd, abs).split(sep).join('/');
      // Paths outside the working directory are not under its ignore file.
      if (!rel || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
      return ig.ignores(rel);
    },
  };
}

export interface ExpandResult {
  files: string[];
  /** Arguments that matched nothing or do not exist: reported, exit code 2. */
  missing: string[];
  /** Folders and globs whose every match is ignored: reported, exit code 2 (as eslint does). */
  allIgnored: string[];
  /** Files named explicitly but ignored: skipped with a warning. */
  ignoredFiles: string[];
}

export function expandInputs(inputs: string[], cwd: string, ignorer: Pick<Ignorer, 'ignores'> = { ignores: () => false }): ExpandResult {
  const result: ExpandResult = { files: [], missing: [], allIgnored: [], ignoredFiles: [] };
  const seen = new Set<string>();
  // "!pattern" arguments take files away from what the other arguments find, as in markdownlint-cli2.
  const negations = inputs.filter((i) => i.startsWith('!') && i.length > 1).map((i) => i.slice(1));
  const negated = negations.length ? picomatch(negations, { dot: true }) : undefined;
  const excluded = (abs: string) => ignorer.ignores(abs) || (negated !== undefined && negated(relative(cwd, abs).split(sep).join('/')));
  const addAll = (input: string, found: string[]) => {
    if (found.length === 0) return void result.missing.push(input);
    const kept = found.filter((f) => !excluded(f));
    if (kept.length === 0) return void result.allIgnored.push(input);
    for (const f of kept.sort()) {
      if (seen.has(f)) continue;
      seen.add(f);
      result.files.push(f);
    }
  };
  const glob = (patterns: string[], globCwd: string) =>
    globSync(patterns, { cwd: globCwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false, ignore: ALWAYS_SKIPPED }).map((f) => resolve(f));
  for (const input of inputs) {
    if (input.startsWith('!') && input.length > 1) continue;
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) {
      if (excluded(abs)) result.ignoredFiles.push(input);
      else if (!seen.has(abs)) {
        seen.add(abs);
        result.files.push(abs);
      }
    } else if (st?.isDirectory()) {
      addAll(input, glob(['**/*'], abs).filter((f) => isResumeFileName(basename(f))));
    } else if (isDynamicPattern(input)) {
      addAll(input, glob([input], cwd));
    } else result.missing.push(input);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Configuration: --config, else the nearest .resume-studio.json above each file.

interface LoadedConfig {
  config: ResolvedConfig;
  /** Problems in the config file, already formatted for stderr. */
  problems: string[];
}

function readConfig(path: string, shown: string): LoadedConfig {
  const loaded = loadConfigFile(path);
  const lines = new LineIndex(loaded.text);
  return {
    config: mergeConfig(loaded.config),
    problems: loaded.problems.map((p) => {
      const pos = lines.positionAt(p.span.start);
      return `${shown}:${pos.line + 1}:${pos.character + 1}: ${p.message}`;
    }),
  };
}

// ---------------------------------------------------------------------------------------------

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  /** Standard input, read whole (lint --stdin). */
  stdin?: () => string;
}

function showPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

function parseToday(s: string | undefined): Today | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new UsageError(`--today must be a date like 2026-03-31, not "${s}".`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function runLint(args: ParsedArgs, io: CliIO): number {
  const fromStdin = args.flags.has('--stdin');
  const stdinName = args.options.get('--stdin-filename');
  if (fromStdin && args.positionals.length > 0)
    throw new UsageError(`--stdin reads one résumé from standard input, so give no files (got ${args.positionals.join(' ')}). Name it with --stdin-filename instead.`);
  if (!fromStdin && stdinName !== undefined) throw new UsageError('--stdin-filename names the text read with --stdin: add --stdin, or pass the file itself.');
  if (!fromStdin && args.positionals.length === 0) throw new UsageError('lint needs at least one file, folder or glob, e.g. resume-studio lint resume.md (or --stdin)');
  const format = (args.options.get('--format') ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown --format "${format}": use one of ${FORMATS.join(', ')}.`);
  const maxRaw = args.options.get('--max-warnings');
  let maxWarnings = -1;
  if (maxRaw !== undefined) {
    if (!/^\d+$/.test(maxRaw)) throw new UsageError(`--max-warnings must be a whole number, not "${maxRaw}".`);
    maxWarnings = Number(maxRaw);
  }
  const today = parseToday(args.options.get('--today'));
  const fix = args.flags.has('--fix');
  const strict = args.flags.has('--strict');
  const sizeRaw = args.options.get('--max-size');
  const maxSize = sizeRaw === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(sizeRaw);
  if (maxSize === undefined) throw new UsageError(`--max-size must be a size in bytes, or with KB or MB (e.g. 2MB), not "${sizeRaw}".`);
  let tooLarge = 0;
  let notResume = 0;
  const quiet = args.flags.has('--quiet');

  let fixedConfig: LoadedConfig | undefined;
  const configArg = args.options.get('--config');
  if (configArg !== undefined) {
    const path = resolve(io.cwd, configArg);
    if (!existsSync(path)) throw new UsageError(`Cannot read the config file ${configArg}: it does not exist. Check the path.`);
    fixedConfig = readConfig(path, showPath(path, io.cwd));
  }

  const ignorer = loadIgnorer(io.cwd, args.lists.get('--ignore-pattern'));
  for (const p of ignorer.problems) io.stderr(`resume-studio: ${p}\n`);

  const configCache = new Map<string, LoadedConfig>();
  const configProblemsShown = new Set<string>();
  const configFor = (file: string): ResolvedConfig | undefined => {
    const loaded = fixedConfig ?? (() => {
      const path = findConfigFile(file);
      if (!path) return undefined;
      let c = configCache.get(path);
      if (!c) {
        c = readConfig(path, showPath(path, io.cwd));
        configCache.set(path, c);
      }
      return c;
    })();
    // Words kept for cspell (the nearest cspell.json or .cspell.json) are accepted too.
    const cspellPath = findCspellFile(file);
    let cspell = cspellPath ? cspellCache.get(cspellPath) : undefined;
    if (cspellPath && !cspell) cspellCache.set(cspellPath, (cspell = loadCspellWords(cspellPath)));
    const extra = cspell?.length ? { words: cspell } : undefined;
    if (!loaded) return extra ? mergeConfig(extra) : undefined;
    for (const p of loaded.problems) if (!configProblemsShown.has(p)) {
      configProblemsShown.add(p);
      io.stderr(`${p}\n`);
    }
    return extra ? mergeConfig(loaded.config, extra) : loaded.config;
  };
  const cspellCache = new Map<string, string[]>();
  // One linter for the run (the Node API's): files share its caches, nothing else does.
  const linter = new Linter();

  /** Lints one text (fixing it first with --fix); undefined when it is not a résumé. */
  const check = (text: string, file: string, path: string): { report: FileReport; text: string; fixed: number } => {
    // Same cap and message as the editor (size-limit.ts): a file over it is not read at all.
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxSize) {
      tooLarge++;
      const error = tooLargeMessage(size, maxSize, RAISE_IN_CLI);
      io.stderr(`resume-studio: ${path}: ${error}\n`);
      return { report: { path, text: '', findings: [], error }, text, fixed: 0 };
    }
    const options = { config: configFor(file), today };
    let fixed = 0;
    if (fix) {
      const r = fixUntilStable(text, (t) => linter.lint(t, file, options)?.findings);
      text = r.text;
      fixed = r.fixed;
    }
    const result = linter.lint(text, file, options);
    if (!result) {
      // Reported in the output too, so CI shows it; --strict makes it fail the run.
      notResume++;
      io.stderr(`resume-studio: ${path} is not a résumé (YAML/JSON needs basics or work, cv, or content at the top); skipped.\n`);
      const error = `Not checked: this is not a résumé (YAML/JSON needs basics or work, cv, or content at the top). Add those keys if it is one, or leave it out${strict ? '' : '; --strict makes this fail the run'}.`;
      return { report: { path, text: '', findings: [], error }, text, fixed: 0 };
    }
    return { report: { path, text, findings: allFindings(result.resume, result.findings) }, text, fixed };
  };

  const reports: FileReport[] = [];
  let unreadable = 0;
  let missingCount = 0;
  /** With --stdin --fix the fixed text goes to stdout, so the report goes to stderr. */
  let out = io.stdout;

  if (fromStdin) {
    const file = resolve(io.cwd, stdinName ?? 'stdin.md');
    const path = stdinName !== undefined ? showPath(file, io.cwd) : '<stdin>';
    const text = (io.stdin ?? (() => readFileSync(0, 'utf8')))();
    if (fix) out = io.stderr;
    if (stdinName !== undefined && ignorer.ignores(file)) {
      io.stderr(`resume-studio: ${path} is ignored (${IGNORE_FILE} or --ignore-pattern), so it was not checked.\n`);
      if (fix) io.stdout(text);
      return 0;
    }
    const checked = check(text, file, path);
    if (fix) io.stdout(checked?.text ?? text);
    if (checked) {
      reports.push(checked.report);
      if (checked.fixed) io.stderr(`resume-studio: fixed ${plural(checked.fixed, 'problem')} in ${path}.\n`);
    }
  } else {
    const { files, missing, allIgnored, ignoredFiles } = expandInputs(args.positionals, io.cwd, ignorer);
    for (const m of missing) io.stderr(`resume-studio: no résumé files found for "${m}". Check the path or pattern (folders are searched for ${RESUME_NAMES_SHOWN}).\n`);
    for (const m of allIgnored) io.stderr(`resume-studio: every file "${m}" matches is ignored (${IGNORE_FILE}, --ignore-pattern or a "!" pattern). Remove the ignore rule, or name other files.\n`);
    for (const m of ignoredFiles) io.stderr(`resume-studio: ${m} is ignored (${IGNORE_FILE}, --ignore-pattern or a "!" pattern), so it was not checked.\n`);
    missingCount = missing.length + allIgnored.length;
    for (const file of files) {
      const path = showPath(file, io.cwd);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        unreadable++;
        reports.push({ path, text: '', findings: [], error: `Cannot read this file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check that it exists and you may read it.` });
        continue;
      }
      const checked = check(text, file, path);
      if (!checked) continue;
      if (checked.text !== text) {
        try {
          writeFileSync(file, checked.text, 'utf8');
          io.stderr(`resume-studio: fixed ${plural(checked.fixed, 'problem')} in ${path}.\n`);
        } catch (e) {
          unreadable++;
          io.stderr(`resume-studio: could not write the fixes to ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check that you may write the file.\n`);
          continue;
        }
      }
      reports.push(checked.report);
    }
  }

  let errors = 0;
  let warnings = 0;
  for (const r of reports)
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }

  // --quiet shows errors only; warnings still count for --max-warnings.
  const shown = quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  const version = packageVersion();
  switch (format) {
    case 'json':
      out(formatJson(shown));
      break;
    case 'sarif':
      out(formatSarif(shown, { version, rules }));
      break;
    case 'github':
      out(formatGithub(shown));
      break;
    default:
      out(formatStylish(shown, { color: args.flags.has('--color') || (io.color && !args.flags.has('--no-color')) }));
  }

  if (unreadable > 0 || missingCount > 0 || tooLarge > 0) return 2;
  if (strict && notResume > 0) {
    io.stderr(`resume-studio: ${plural(notResume, 'file')} skipped as not a résumé, and --strict is on.\n`);
    return 1;
  }
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`resume-studio: ${warnings} warnings, more than --max-warnings ${maxWarnings}. Fix some, or raise the limit.\n`);
    return 1;
  }
  return 0;
}

/** Reads and parses the one résumé a command names. */
function readResume(args: ParsedArgs, io: CliIO, command: string) {
  if (args.positionals.length !== 1) throw new UsageError(`${command} needs exactly one résumé file, e.g. resume-studio ${command} resume.md`);
  const file = resolve(io.cwd, args.positionals[0]);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read ${args.positionals[0]} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path.`);
  }
  const sizeRaw = args.options.get('--max-size');
  const maxSize = sizeRaw === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(sizeRaw);
  if (maxSize === undefined) throw new UsageError(`--max-size must be a size in bytes, or with KB or MB (e.g. 2MB), not "${sizeRaw}".`);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxSize) throw new UsageError(`${args.positionals[0]}: ${tooLargeMessage(size, maxSize, RAISE_IN_CLI)}`);
  const resume = parse(text, file);
  if (!resume) throw new UsageError(`${args.positionals[0]} is not a résumé: YAML/JSON needs basics or work, cv, or content at the top.`);
  return { file, text, resume };
}

function renderOptions(args: ParsedArgs) {
  const theme = args.options.get('--theme');
  if (theme !== undefined && !listThemes().includes(theme)) throw new UsageError(`Unknown theme "${theme}": use ${listThemes().join(' or ')}.`);
  const paper = args.options.get('--paper');
  if (paper !== undefined && paper !== 'letter' && paper !== 'a4') throw new UsageError(`Unknown paper "${paper}": use letter or a4.`);
  return { theme, paper: paper as 'letter' | 'a4' | undefined };
}

function refuseOverwrite(path: string, shown: string, args: ParsedArgs): void {
  if (existsSync(path) && !args.flags.has('--force')) throw new UsageError(`${shown} already exists. Pass --force to overwrite it, or choose another name.`);
}

function runParse(args: ParsedArgs, io: CliIO): number {
  const { resume, text } = readResume(args, io, 'parse');
  // Each span also as line:column, so a misread field is easy to find and to report.
  io.stdout(JSON.stringify(locatedModel(resume, text), null, 2) + '\n');
  return 0;
}

function runRender(args: ParsedArgs, io: CliIO): number {
  const { resume, text } = readResume(args, io, 'render');
  const out = renderResume(resume, text, { ...renderOptions(args), standalone: true });
  const target = args.options.get('--output');
  if (!target) {
    io.stdout(out.html ?? '');
    return 0;
  }
  const path = resolve(io.cwd, target);
  refuseOverwrite(path, target, args);
  writeFileSync(path, out.html ?? '', 'utf8');
  io.stderr(`Wrote ${target}\n`);
  return 0;
}

async function runExport(args: ParsedArgs, io: CliIO): Promise<number> {
  const target = args.options.get('--pdf');
  if (!target) throw new UsageError('export needs --pdf <out.pdf>, e.g. resume-studio export resume.md --pdf resume.pdf');
  const { resume, text } = readResume(args, io, 'export');
  const path = resolve(io.cwd, target);
  refuseOverwrite(path, target, args);
  const out = renderResume(resume, text, { ...renderOptions(args), standalone: true });
  // Loaded only here: the rest of the CLI has no use for the browser finder.
  const { exportPdf } = await import('./pdf');
  try {
    await exportPdf(out.html ?? '', path, { chromePath: args.options.get('--chrome') });
  } catch (e) {
    io.stderr(`resume-studio: ${(e as Error).message}\n`);
    return 1;
  }
  io.stderr(`Wrote ${target}\n`);
  return 0;
}

async function runLsp(args: ParsedArgs): Promise<number> {
  if (!args.flags.has('--stdio') && !args.flags.has('--node-ipc')) throw new UsageError('lsp needs a transport: resume-studio lsp --stdio');
  const { createConnection } = await import('vscode-languageserver/node');
  const { startServer } = await import('./lsp/start');
  // createConnection reads --stdio / --node-ipc from process.argv itself.
  startServer(createConnection());
  return new Promise<number>(() => {
    /* runs until the client sends exit */
  });
}

/** Runs one command; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('--version')) {
      io.stdout(packageVersion() + '\n');
      return 0;
    }
    if (args.flags.has('--help') || !args.command || args.command === 'help') {
      io.stdout(HELP);
      return args.command || args.flags.has('--help') ? 0 : 2;
    }
    switch (args.command) {
      case 'lint':
        return runLint(args, io);
      case 'parse':
        return runParse(args, io);
      case 'render':
        return runRender(args, io);
      case 'export':
        return await runExport(args, io);
      case 'match':
        return runMatch(args, io, UsageError, parseToday(args.options.get('--today')));
      case 'lsp':
        return await runLsp(args);
      default:
        throw new UsageError(`Unknown command "${args.command}": use lint, parse, render, export, match or lsp.`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`resume-studio: ${e.message}\nRun "resume-studio --help" for usage.\n`);
      return 2;
    }
    io.stderr(`resume-studio: unexpected failure: ${(e as Error)?.stack ?? String(e)}\nPlease report it with the file attached.\n`);
    return 2;
  }
}

/** Runs this process's command line: what dist/cli.js (cli-entry.ts) calls. */
export function run(): void {
  // The spelling rule reads dist/dictionary lazily, on first use.
  registerDictionary();
  void main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  }).then((code) => {
    // Let stdout drain before exiting (piped output would be cut off by process.exit).
    process.exitCode = code;
  });
}

// Run when executed itself, not when imported by tests (dist/cli-main.js is loaded by dist/cli.js, which calls run()).
if (require.main === module) run();

