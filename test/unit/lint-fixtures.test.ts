// Whole résumés in test/fixtures/lint/ linted with the default configuration: the findings
// (rule id + line) must be EXACTLY the ones marked in each fixture's side file <name>.expect,
// nothing missing and nothing extra. The markers live beside the résumé rather than inside it
// because a marker in the text would itself be read (word counts, spelling, bullet text).
//
// <name>.expect, one line per résumé line that must have findings:
//   22: weak-verb, missing-metric | Responsible for the
// The text after "|" must be the start of that line (trimmed), so the markers cannot silently
// drift when the résumé is edited.
//
// <name>.findings.txt is a readable snapshot of the messages (`line:col severity rule message`)
// so reviewers read the whole output; UPDATE_SNAPSHOTS=1 rewrites it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../util/paths';
import { useDictionary } from '../util/dictionary';
import { lint, LineIndex, type Finding } from '../../server/src/engine/index';

const FIXTURE_TODAY = { year: 2026, month: 11, day: 22 };
// The spelling rule reads the real dictionary, as the CLI and the server do.
useDictionary();
const dir = join(fixturesDir, 'lint');
const update = process.env.UPDATE_SNAPSHOTS === '1';
const resumes = readdirSync(dir)
  .filter((f) => !f.endsWith('.expect') && !f.endsWith('.findings.txt'))
  .sort();

interface Expected {
  /** "line:rule" keys, 1-based lines, one per expected finding. */
  keys: string[];
}

/** Reads <name>.expect and checks each anchor against the résumé's line. */
function readExpect(expectText: string, lines: string[], name: string): Expected {
  const keys: string[] = [];
  expectText.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\d+):\s*([^|]+?)\s*(?:\|\s?(.*))?$/.exec(line);
    assert.ok(m, `${name}.expect:${i + 1}: expected "<line>: rule-id, ... | start of line", got ${JSON.stringify(raw)}`);
    const n = Number(m[1]);
    assert.ok(n >= 1 && n <= lines.length, `${name}.expect:${i + 1}: line ${n} is outside the résumé (1-${lines.length})`);
    const anchor = (m[3] ?? '').trim();
    assert.ok(anchor.length > 0, `${name}.expect:${i + 1}: add "| <start of line ${n}>" so the marker cannot drift`);
    assert.ok(lines[n - 1].trim().startsWith(anchor), `${name}.expect:${i + 1}: line ${n} is ${JSON.stringify(lines[n - 1])}, not starting with ${JSON.stringify(anchor)}: did the résumé change?`);
    for (const item of m[2].split(',')) {
      const r = /^\s*([a-z][a-z-]*)\s*$/.exec(item);
      assert.ok(r, `${name}.expect:${i + 1}: bad rule item ${JSON.stringify(item)}`);
      keys.push(`${n}:${r[1]}`);
    }
  });
  return { keys: keys.sort() };
}

function lintFixture(file: string): { text: string; findings: Finding[]; index: LineIndex } {
  const text = readFileSync(join(dir, file), 'utf8');
  const result = lint(text, file, { today: FIXTURE_TODAY });
  assert.ok(result, `${file} is not recognised as a résumé`);
  assert.deepEqual(result.resume.problems, [], `${file} should parse without problems`);
  return { text, findings: result.findings, index: new LineIndex(text) };
}

/** Multiset difference a − b, readable. */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((k) => {
    const i = left.indexOf(k);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

test('lint fixtures: at least 8 whole résumés in Markdown, text, JSON Resume and RenderCV', () => {
  assert.ok(resumes.length >= 8, `only ${resumes.length} résumés in ${dir}`);
  for (const ext of [/\.md$/, /\.txt$/, /\.resume\.(ya?ml|json)$/, /_CV\.yaml$/]) assert.ok(resumes.some((f) => ext.test(f)), `no fixture matching ${ext}`);
  for (const f of resumes) assert.ok(existsSync(join(dir, `${f}.expect`)), `${f} has no ${f}.expect`);
});

for (const file of resumes) {
  test(`lint fixture: ${file} reports exactly the marked findings`, () => {
    const { text, findings, index } = lintFixture(file);
    const lines = text.split(/\r\n|\r|\n/);
    const expected = readExpect(readFileSync(join(dir, `${file}.expect`), 'utf8'), lines, file);
    const actual = findings.map((f) => `${index.positionAt(f.span.start).line + 1}:${f.ruleId}`).sort();
    const missing = minus(expected.keys, actual);
    const extra = minus(actual, expected.keys);
    const show = (keys: string[]) =>
      keys.map((k) => {
        const [n, rule] = k.split(':');
        const f = findings.find((x) => x.ruleId === rule && index.positionAt(x.span.start).line + 1 === Number(n));
        return `  ${k}  ${JSON.stringify(lines[Number(n) - 1].trim().slice(0, 60))}${f ? `  — ${f.message}` : ''}`;
      });
    assert.ok(
      missing.length === 0 && extra.length === 0,
      `${file}:\n missing (marked, not reported):\n${show(missing).join('\n') || '  none'}\n extra (reported, not marked):\n${show(extra).join('\n') || '  none'}`,
    );
  });

  test(`lint fixture: ${file} messages match ${file}.findings.txt`, () => {
    const { findings, index } = lintFixture(file);
    const actual =
      findings
        .map((f) => {
          const p = index.positionAt(f.span.start);
          return `${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} ${f.message}`;
        })
        .join('\n') + '\n';
    const snap = join(dir, `${file}.findings.txt`);
    if (update || !existsSync(snap)) {
      writeFileSync(snap, actual);
      if (!update) assert.fail(`wrote a new snapshot ${snap}: read it, then run again`);
      return;
    }
    assert.equal(actual, readFileSync(snap, 'utf8'), `${file}: messages differ from ${file}.findings.txt (UPDATE_SNAPSHOTS=1 rewrites it; read the diff)`);
  });
}

test('lint fixtures: the .expect reader rejects drifted anchors and bad rule items', () => {
  const lines = ['# Name', '- Responsible for things'];
  assert.deepEqual(readExpect('2: weak-verb, missing-metric | - Responsible', lines, 'x').keys, ['2:missing-metric', '2:weak-verb']);
  assert.throws(() => readExpect('2: bullet-length (misread) | - Resp', lines, 'x'), /bad rule item/);
  assert.throws(() => readExpect('2: weak-verb | - Helped', lines, 'x'), /not starting with/);
  assert.throws(() => readExpect('2: weak-verb', lines, 'x'), /cannot drift/);
  assert.throws(() => readExpect('9: weak-verb | x', lines, 'x'), /outside/);
  assert.throws(() => readExpect('2: Weak Verb | -', lines, 'x'), /bad rule item/);
});
