// `resume-studio match resume.md --job posting.txt [--format stylish|json] [--min-coverage N]`:
// how much of a job posting the résumé covers, the missing terms ranked, and where each matched
// term is used. Exit 0; with --min-coverage, 1 when the coverage is below it (for scripts).
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parse } from './engine/index';
import { LineIndex } from './engine/editor/lines';
import { JobMatcher } from './engine/match/index';
import { LEVEL_LABEL, USE_LABEL, percent, summaryMessage } from './engine/match/present';
import type { Today } from './engine/lint';
import { todayNow } from './engine/lint';

export interface MatchIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
}

export interface MatchArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/** Thrown for a usage mistake (the CLI prints it with a pointer to --help, exit 2). */
export type UsageErrorCtor = new (message: string) => Error;

export function runMatch(args: MatchArgs, io: MatchIO, UsageError: UsageErrorCtor, today?: Today): number {
  if (args.positionals.length !== 1) throw new UsageError('match needs exactly one résumé file, e.g. resume-studio match resume.md --job posting.txt');
  const jobArg = args.options.get('--job');
  if (!jobArg) throw new UsageError('match needs the job posting: --job <file> (a text or Markdown file with the posting pasted in).');
  const format = args.options.get('--format') ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`match --format must be stylish or json, not "${format}".`);
  let min: number | undefined;
  const minRaw = args.options.get('--min-coverage');
  if (minRaw !== undefined) {
    const n = Number(minRaw.replace(/%$/, ''));
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`--min-coverage must be a percentage from 0 to 100 (or a fraction from 0 to 1), not "${minRaw}".`);
    min = n > 1 || minRaw.endsWith('%') ? n / 100 : n;
  }
  const read = (p: string, what: string): string => {
    try {
      return readFileSync(resolve(io.cwd, p), 'utf8');
    } catch (e) {
      throw new UsageError(`Cannot read the ${what} ${p} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path.`);
    }
  };
  const resumePath = resolve(io.cwd, args.positionals[0]);
  const text = read(args.positionals[0], 'résumé');
  const postingText = read(jobArg, 'job posting');
  const resume = parse(text, resumePath);
  if (!resume) throw new UsageError(`${args.positionals[0]} is not a résumé: YAML/JSON needs basics or work, cv, or content at the top.`);
  const m = new JobMatcher().match(resume, text, postingText, today ?? todayNow());
  const shown = (p: string) => {
    const rel = relative(io.cwd, resolve(io.cwd, p));
    return (rel.startsWith('..') ? resolve(io.cwd, p) : rel).split(sep).join('/');
  };
  const lines = new LineIndex(text);
  const at = (o: number) => {
    const p = lines.positionAt(o);
    return { line: p.line + 1, column: p.character + 1 };
  };

  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          resume: shown(args.positionals[0]),
          posting: shown(jobArg),
          title: m.title ?? null,
          coverage: Math.round(m.coverage * 1000) / 1000,
          experienceYears: m.experienceYears,
          minCoverage: min ?? null,
          pass: min === undefined ? null : m.coverage >= min,
          missing: m.missing.map((x) => ({ term: x.term.name, kind: x.term.kind, level: x.term.level, weight: x.term.weight, ...(x.note ? { note: x.note } : {}) })),
          matched: m.matched.map((x) => ({
            term: x.term.name,
            kind: x.term.kind,
            level: x.term.level,
            weight: x.term.weight,
            credit: x.credit,
            ...(x.note ? { note: x.note } : {}),
            uses: x.uses.map((u) => ({ ...at(u.start), text: u.text, where: u.kind, ...(u.via ? { via: u.via } : {}) })),
          })),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const c = io.color ? { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', reset: '\x1b[0m' } : { bold: '', dim: '', red: '', green: '', yellow: '', reset: '' };
    const pct = Math.round(m.coverage * 100);
    const bar = '█'.repeat(Math.round(pct / 5)) + '░'.repeat(20 - Math.round(pct / 5));
    const tone = pct >= 75 ? c.green : pct >= 50 ? c.yellow : c.red;
    const out: string[] = [];
    out.push(`${c.bold}${shown(args.positionals[0])}${c.reset} against ${c.bold}${shown(jobArg)}${c.reset}${m.title ? ` (${m.title})` : ''}`);
    out.push(`  ${tone}${bar} ${percent(m.coverage)}${c.reset} of the posting's weighted terms, ${m.matched.length} of ${m.terms.length} shown`);
    if (m.missing.length) {
      out.push('', `${c.bold}Missing${c.reset} (heaviest first)`);
      for (const x of m.missing) out.push(`  ${c.red}✗${c.reset} ${x.term.name}  ${c.dim}${LEVEL_LABEL[x.term.level]}${x.note ? ` · ${x.note}` : ''}${c.reset}`);
    }
    if (m.matched.length) {
      out.push('', `${c.bold}In the résumé${c.reset}`);
      for (const x of m.matched) {
        const u = x.uses[0];
        const where = u ? `${shown(args.positionals[0])}:${at(u.start).line}:${at(u.start).column} ${USE_LABEL[u.kind]}${u.text.toLowerCase() !== x.term.name.toLowerCase() ? ` as "${u.text}"` : ''}${x.uses.length > 1 ? `, ${x.uses.length} uses` : ''}` : (x.note ?? '');
        out.push(`  ${c.green}✓${c.reset} ${x.term.name}  ${c.dim}${LEVEL_LABEL[x.term.level]} · ${where}${x.credit < 1 ? (u?.kind === 'skills' ? ' · only listed: show it in an experience bullet' : ' · not in an experience bullet yet') : ''}${c.reset}`);
      }
    }
    out.push('', summaryMessage(m, shown(jobArg)));
    io.stdout(out.join('\n') + '\n');
  }
  if (min !== undefined && m.coverage < min) {
    io.stderr(`resume-studio: coverage ${percent(m.coverage)} is below --min-coverage ${percent(min)}. Add the missing terms you have to your experience bullets.\n`);
    return 1;
  }
  return 0;
}
