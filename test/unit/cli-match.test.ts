// `resume-studio match` run as a process (dist/cli.js) on test/fixtures/job-match/: the stylish and
// JSON reports, --min-coverage's exit code, and usage errors that say what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

const cli = join(repoRoot, 'dist', 'cli.js');
const RESUME = 'test/fixtures/job-match/resume.md';
const POSTING = 'test/fixtures/job-match/posting.md';

function run(...args: string[]) {
  assert.ok(existsSync(cli), `${cli} is missing: run "node scripts/build.mjs" first`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface MatchJson {
  coverage: number;
  title: string;
  pass: boolean | null;
  missing: { term: string; level: string }[];
  matched: { term: string; uses: { line: number; column: number; text: string; where: string }[] }[];
}

test('match --format json: coverage, missing terms ranked, and where each matched term is used', () => {
  const r = run('match', RESUME, '--job', POSTING, '--format', 'json', '--today', '2026-11-22');
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout) as MatchJson;
  assert.equal(j.title, 'Senior Platform Engineer');
  assert.ok(j.coverage > 0.4 && j.coverage < 0.9, `coverage ${j.coverage}`);
  const missing = j.missing.map((m) => m.term);
  assert.ok(missing.includes('Go') && missing.includes('distributed systems'), missing.join(', '));
  // Said another way in the résumé, so not missing: K8s, Amazon Web Services, Postgres, "Mentored".
  for (const t of ['Kubernetes', 'AWS', 'PostgreSQL', 'mentoring']) assert.ok(!missing.includes(t), `${t} is not missing`);
  const k8s = j.matched.find((m) => m.term === 'Kubernetes')!;
  assert.deepEqual({ line: k8s.uses[0].line, text: k8s.uses[0].text, where: k8s.uses[0].where }, { line: 14, text: 'K8s', where: 'experience' });
  // Heaviest first: the required terms before the nice-to-have one.
  assert.equal(j.missing[j.missing.length - 1].level, 'preferred');
});

test('match (stylish): the figure, the missing terms and what to do; exit 0', () => {
  const r = run('match', RESUME, '--job', POSTING, '--today', '2026-11-22');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\d+% of the posting's weighted terms/);
  assert.match(r.stdout, /✗ Go {2}required/);
  assert.match(r.stdout, /✓ Kubernetes .* as "K8s"/);
  assert.match(r.stdout, /Add the ones you have to an experience bullet/);
});

test('--min-coverage exits 1 below it and 0 at or above it', () => {
  const low = run('match', RESUME, '--job', POSTING, '--min-coverage', '95');
  assert.equal(low.code, 1);
  assert.match(low.stderr, /below --min-coverage 95%/);
  const ok = run('match', RESUME, '--job', POSTING, '--min-coverage', '0.2', '--format', 'json');
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as MatchJson).pass, true);
});

test('usage errors say what is missing and exit 2', () => {
  const noJob = run('match', RESUME);
  assert.equal(noJob.code, 2);
  assert.match(noJob.stderr, /match needs the job posting: --job <file>/);
  const badFile = run('match', RESUME, '--job', 'no/such/posting.txt');
  assert.equal(badFile.code, 2);
  assert.match(badFile.stderr, /Cannot read the job posting no\/such\/posting\.txt \(ENOENT\)\. Check the path\./);
  const badMin = run('match', RESUME, '--job', POSTING, '--min-coverage', 'lots');
  assert.equal(badMin.code, 2);
  assert.match(badMin.stderr, /--min-coverage must be a percentage/);
});
