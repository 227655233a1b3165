// The `resume-studio` command line: lint for CI (stylish/json/sarif/github), parse, render and
// export with the same engine as the editor, and `lsp --stdio` for any LSP editor.
import { existsSync, readFileSync, readdirSync, lstatSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { lint, parse, type ResolvedConfig, type Today } from './engine/index';
import { rules } from './engine/rules/index';
import { mergeConfig } from './engine/config';
import { findConfigFile, loadConfigFile } from './config-file';
import { LineIndex } from './engine/lines';
import { allFindings, formatGithub, formatJson, formatSarif, formatStylish, FORMATS, type FileReport, type FormatName } from './engine/format/index';
import { renderResume, listThemes } from './engine/render/index';
import { packageVersion } from './lsp/version';
import { isResumeFileName } from './lsp/resume-files';
import { registerDictionary } from './dictionary';

export const HELP = `Usage: resume-studio <command> [options]

Reads your résumé the way a recruiter does: flags employment gaps, weak verbs, missing metrics,
wrong tense and more.

Commands:
  lint <files|folders|globs...>  Check résumés. Folders are searched for résumé files
                                 (resume.md, cv.md, *.resume.md, *.resume.{json,yaml,yml}, *_CV.yaml ...).
      --format <name>            stylish (default), json, sarif or github
      --config <file>            use this .resume-studio.json instead of the nearest one
      --max-warnings <n>         also fail when there are more than n warnings
      --today <YYYY-MM-DD>       date rules compare with this day (reproducible CI output)
      --color, --no-color        force or turn off colours in stylish output (default: on a terminal)
  parse <file> --json            print the parsed résumé model as JSON
  render <file> [-o out.html]    write the résumé as a standalone HTML page (stdout without -o)
      --theme <id>               ${listThemes().join(' or ')}
      --paper <letter|a4>
      --force                    overwrite an existing output file
  export <file> --pdf <out.pdf>  print the résumé to PDF with a locally installed Chrome/Chromium/Edge
      --theme, --paper, --force  as for render
      --chrome <path>            the browser to print with (default: found on this machine)
  lsp --stdio                    run the language server over stdin/stdout (Neovim, Helix, Emacs...)

Options:
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 usage error or
a file that could not be read.
`;

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--format', '--config', '--max-warnings', '--today', '-o', '--output', '--theme', '--paper', '--pdf', '--chrome']);
const FLAG_OPTIONS = new Set(['--json', '--force', '--help', '-h', '--version', '-v', '--stdio', '--node-ipc', '--no-color', '--color']);

export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
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
        out.options.set(name === '-o' ? '--output' : name, value);
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
// Finding files: plain paths, folders (searched for résumé files) and globs (*, **, ?, {a,b}).

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]+/)*'; // "**/": any number of folders, including none
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')).join('|') + ')';
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

function isGlob(s: string): boolean {
  return /[*?{]/.test(s);
}

/** Files below `dir`, skipping node_modules, hidden folders and symlinked folders (no loops). */
function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 30) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try {
      st = lstatSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out, depth + 1);
    else if (st.isFile()) out.push(p);
  }
}

function expandGlob(pattern: string, cwd: string): string[] {
  const norm = pattern.replace(/\\/g, '/');
  const segs = norm.split('/');
  let i = 0;
  while (i < segs.length - 1 && !isGlob(segs[i])) i++;
  let base = segs.slice(0, i).join('/');
  if (base === '' && norm.startsWith('/')) base = '/';
  const baseDir = resolve(cwd, base || '.');
  const re = globToRegExp(segs.slice(i).join('/'));
  const files: string[] = [];
  walk(baseDir, files);
  return files.filter((f) => re.test(relative(baseDir, f).split(sep).join('/')));
}

export interface ExpandResult {
  files: string[];
  /** Arguments that matched nothing or do not exist: reported, exit code 2. */
  missing: string[];
}

export function expandInputs(inputs: string[], cwd: string): ExpandResult {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) add(abs);
    else if (st?.isDirectory()) {
      const found: string[] = [];
      walk(abs, found);
      const resumes = found.filter((f) => isResumeFileName(f.split(sep).pop() ?? ''));
      if (resumes.length === 0) missing.push(input);
      resumes.forEach(add);
    } else if (isGlob(input)) {
      const matched = expandGlob(input, cwd);
      if (matched.length === 0) missing.push(input);
      matched.forEach(add);
    } else missing.push(input);
  }
  return { files, missing };
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

function runLint(args: ParsedArgs, io: CliIO): number {
  if (args.positionals.length === 0) throw new UsageError('lint needs at least one file, folder or glob, e.g. resume-studio lint resume.md');
  const format = (args.options.get('--format') ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown --format "${format}": use one of ${FORMATS.join(', ')}.`);
  const maxRaw = args.options.get('--max-warnings');
  let maxWarnings = -1;
  if (maxRaw !== undefined) {
    if (!/^\d+$/.test(maxRaw)) throw new UsageError(`--max-warnings must be a whole number, not "${maxRaw}".`);
    maxWarnings = Number(maxRaw);
  }
  const today = parseToday(args.options.get('--today'));

  let fixedConfig: LoadedConfig | undefined;
  const configArg = args.options.get('--config');
  if (configArg !== undefined) {
    const path = resolve(io.cwd, configArg);
    if (!existsSync(path)) throw new UsageError(`Cannot read the config file ${configArg}: it does not exist. Check the path.`);
    fixedConfig = readConfig(path, showPath(path, io.cwd));
  }

  const { files, missing } = expandInputs(args.positionals, io.cwd);
  for (const m of missing) io.stderr(`resume-studio: no résumé files found for "${m}". Check the path or pattern (folders are searched for resume.md, cv.md, *.resume.{md,txt,json,yaml,yml}, *_CV.yaml).\n`);

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
    if (!loaded) return undefined;
    for (const p of loaded.problems) if (!configProblemsShown.has(p)) {
      configProblemsShown.add(p);
      io.stderr(`${p}\n`);
    }
    return loaded.config;
  };

  const reports: FileReport[] = [];
  let unreadable = 0;
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
    const result = lint(text, file, { config: configFor(file), today });
    if (!result) {
      io.stderr(`resume-studio: ${path} is not a résumé (YAML/JSON needs basics or work, cv, or content at the top); skipped.\n`);
      continue;
    }
    reports.push({ path, text, findings: allFindings(result.resume, result.findings) });
  }

  const version = packageVersion();
  switch (format) {
    case 'json':
      io.stdout(formatJson(reports));
      break;
    case 'sarif':
      io.stdout(formatSarif(reports, { version, rules }));
      break;
    case 'github':
      io.stdout(formatGithub(reports));
      break;
    default:
      io.stdout(formatStylish(reports, { color: args.flags.has('--color') || (io.color && !args.flags.has('--no-color')) }));
  }

  let errors = 0;
  let warnings = 0;
  for (const r of reports)
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  if (unreadable > 0 || missing.length > 0) return 2;
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
  const { resume } = readResume(args, io, 'parse');
  io.stdout(JSON.stringify(resume, null, 2) + '\n');
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
      case 'lsp':
        return await runLsp(args);
      default:
        throw new UsageError(`Unknown command "${args.command}": use lint, parse, render, export or lsp.`);
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

// Run when executed (dist/cli.js), not when imported by tests.
if (require.main === module) {
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

