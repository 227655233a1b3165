// Never crash, bounded output (issue 13): the files that broke the server or the CLI, each with
// what must now happen. Sizes and counts are asserted, never times (the time side is
// adversarial-shapes.test.ts, as ratios).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, parse } from '../../server/src/engine/index';
import { renderResume } from '../../server/src/engine/render/index';
import { parseConfigFile } from '../../server/src/engine/config';
import { loadConfigFile } from '../../server/src/config-file';
import { detectFormat } from '../../server/src/engine/parse/detect';
import { nestingOf, MAX_NESTING } from '../../server/src/engine/parse/nesting';
import { FINDINGS_PER_RULE } from '../../server/src/engine/finding-cap';
import { hasEmailAddress, isAddressToken } from '../../server/src/engine/text/email-scan';
import { overlappingPairs } from '../../server/src/engine/intervals';
import { blankComments } from '../../server/src/engine/text/top-line';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../util/paths';
import { adversarialShapes } from '../util/adversarial';

/** The bundled CLI (dist/cli.js, built by scripts/build.mjs) run in `cwd`. Not imported: its entry code would run in this process. */
function main(argv: string[], io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void; color: boolean }): Promise<number> {
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...argv], { cwd: io.cwd, encoding: 'utf8' });
  io.stdout(r.stdout);
  io.stderr(r.stderr);
  return Promise.resolve(r.status ?? -1);
}

const today = { year: 2026, month: 11, day: 22 };
const shape = (name: string) => adversarialShapes().find((s) => s.name.startsWith(name))!;

test('250 roles that all overlap give at most 50 overlap findings and one summary with the exact rest', () => {
  const text = shape('overlapping roles (Markdown)').make(20_000);
  const roles = (text.match(/^### /gm) ?? []).length;
  assert.ok(roles >= 250, `${roles} roles`);
  const found = lint(text, 'resume.md', { today })!.findings.filter((f) => f.ruleId === 'date-overlap');
  const listed = found.filter((f) => f.message.startsWith('Overlaps by'));
  const summary = found.filter((f) => f.message.startsWith('And '));
  assert.equal(listed.length, 50);
  assert.equal(summary.length, 1);
  // Every pair of roles overlaps by years (all run to Present); the summary counts the rest exactly.
  const pairs = (roles * (roles - 1)) / 2;
  assert.match(summary[0].message, new RegExp(`^And ${pairs - 50} more overlapping pairs of full-time roles`));
});

test('the sweep counts exactly the pairs a comparison of every pair finds, skipping one group', () => {
  const items = Array.from({ length: 300 }, (_, i) => ({ from: (i * 37) % 101, to: ((i * 37) % 101) + ((i * 13) % 29), group: i % 7 === 0 ? 'same' : undefined }));
  let brute = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a.group && a.group === b.group) continue;
      if (Math.min(a.to, b.to) - Math.max(a.from, b.from) > 2) brute++;
    }
  const swept = overlappingPairs(items, 2, 10);
  assert.equal(swept.total, brute);
  assert.equal(swept.pairs.length, 10);
  for (const p of swept.pairs) assert.ok(p.overlap > 2 && items[p.earlier].from <= items[p.later].from);
});

test('the 240 KB timeline file renders a bounded preview that says what it left out', () => {
  const text = shape('short roles (timeline)').make(240_000);
  const result = lint(text, 'resume.md', { today })!;
  const out = renderResume(result.resume, text, { timeline: true, today: { year: 2026, month: 11 } });
  const figure = out.body.slice(0, out.body.indexOf('</figure>'));
  assert.ok(figure.length < 400_000, `timeline is ${figure.length} characters`);
  assert.ok((figure.match(/class="rs-tl-bar/g) ?? []).length <= 300);
  assert.match(figure, /and \d+ more overlaps/);
  assert.match(figure, /roles are not drawn: the timeline shows at most 300 roles/);
  // The whole preview stays proportional to the text, not to the number of pairs of roles.
  assert.ok(out.body.length < 20 * text.length, `body ${out.body.length} for ${text.length} characters of text`);
});

test('a fix shared by many findings is not copied onto every one of them: the JSON of 200 KB of roles out of order stays proportional to the text', () => {
  // Every role runs to Present and starts later than the one above it: each is out of order, and
  // each finding carried the same "sort the section" fix, a copy of the whole section (22 MB of JSON).
  const text = shape('overlapping roles (text)').make(200_000);
  const dir = mkdtempSync(join(tmpdir(), 'rs-fixcap-'));
  try {
    writeFileSync(join(dir, 'resume.txt'), text);
    let out = '';
    main(['lint', '--format', 'json', '--today', '2026-11-22', 'resume.txt'], { cwd: dir, stdout: (s) => (out += s), stderr: () => undefined, color: false });
    assert.ok(out.length < 5 * text.length, `${out.length} characters of JSON for ${text.length} of text`);
    const messages = JSON.parse(out)[0].messages as { ruleId: string; fixes?: { title: string; edits: { newText: string }[] }[] }[];
    const order = messages.filter((m) => m.ruleId === 'chronological-order');
    assert.ok(order.length > 50, `${order.length} chronological-order findings`);
    // The first still offers the sort, whole; the fix is not lost, only not repeated.
    assert.match(order[0].fixes?.[0].title ?? '', /^Sort the EXPERIENCE entries newest first$/);
    assert.ok(order[0].fixes![0].edits[0].newText.length > 0.9 * text.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('on a résumé of normal size every finding keeps the shared fix', () => {
  const text = '# Jane Doe\njane@fastmail.com\n\n## Experience\n\n### Developer, Initech (2016-01 – 2018-12)\n- Built it\n\n### Engineer, Acme (2019-01 – 2020-01)\n- Built it\n\n### Lead, Globex (2021-01 – Present)\n- Built it\n';
  const order = lint(text, 'resume.md', { today })!.findings.filter((f) => f.ruleId === 'chronological-order');
  assert.equal(order.length, 2);
  assert.ok(order.every((f) => f.fixes?.[0]?.title === 'Sort the Experience entries newest first'));
});

test('two columns read as a stream, one paragraph of 300,000 lines under the sidebar: regrouped without overflowing the stack', () => {
  // A spread of the paragraph's blocks into one push call threw "Maximum call stack size exceeded".
  const text = 'Jane Doe\n\nEXPERIENCE\n\nSKILLS\n\nAcme 2019 - 2021\n' + 'a\n'.repeat(300_000);
  const r = parse(text, 'resume.txt')!;
  assert.deepEqual(r.sections.map((s) => s.kind), ['experience', 'skills']);
});

test('no rule lists more than its cap; one summary says how many more and is as severe as they are', () => {
  const text = '# Jane Doe\njane@fastmail.com\n\n## Experience\n\n### Engineer, Acme (Jan 2020 – Present)\n' + '- Responsible for helping with the thing\n'.repeat(400);
  const findings = lint(text, 'resume.md', { today })!.findings;
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  for (const [rule, n] of byRule) assert.ok(n <= FINDINGS_PER_RULE + 1, `${rule}: ${n}`);
  const summaries = findings.filter((f) => typeof f.data?.more === 'number' && / more "/.test(f.message));
  assert.ok(summaries.length >= 1, 'at least one rule was capped');
  for (const s of summaries) assert.match(s.message, new RegExp(`are not listed: each check lists at most ${FINDINGS_PER_RULE} per document\\. Fix the ones listed`));
});

test('a YAML or JSON file nested thousands of levels deep is refused with a message, never handed to the parser', () => {
  for (const text of ['work: ' + '['.repeat(20_000), 'work: ' + '{a: '.repeat(5000), 'work:\n' + '- '.repeat(5000) + 'a', '{"basics":{"name":"J"},"work":' + '['.repeat(5000) + ']'.repeat(5000) + '}']) {
    // Twice: the second parse is the one that aborted the process (warm code, deeper frames).
    for (let i = 0; i < 2; i++) {
      const r = parse(text, 'resume.yaml')!;
      const p = r.problems.find((x) => x.code === 'too-deep');
      assert.ok(p, text.slice(0, 20));
      assert.match(p!.message, new RegExp(`more than ${MAX_NESTING} levels deep`));
      // The preview's own reading of the source's words refuses it too (it recursed once per level).
      assert.doesNotThrow(() => renderResume(r, text, { today: { year: 2026, month: 11 } }));
    }
  }
  // Quoted brackets are text, not nesting; a normal résumé is far below the limit.
  assert.equal(nestingOf('a: "' + '['.repeat(500) + '"\n', 'yaml').tooDeepAt, undefined);
  assert.equal(nestingOf('{"a": "' + '['.repeat(500) + '"} // ' + '{'.repeat(500), 'jsonc').tooDeepAt, undefined);
  assert.ok(nestingOf('work:\n  - name: Acme\n    highlights:\n      - [a, {b: c}]\n', 'yaml').depth < 10);
});

test('config: deep nesting, a BOM, 1e400 and an empty file each get a clear message; nothing throws', () => {
  const deep = parseConfigFile('{"rules": {"weak-verb": {"allow": ' + '['.repeat(5000) + ']'.repeat(5000) + '}}}');
  assert.equal(deep.unusable, true);
  assert.match(deep.problems[0].message, /nests lists or objects more than 200 levels deep here .* the default rules apply/);

  const bom = parseConfigFile('\ufeff{"rules": {"weak-verb": "off"}}');
  assert.deepEqual(bom.problems, []);
  assert.deepEqual(bom.config.rules, { 'weak-verb': 'off' });

  const big = parseConfigFile('{"rules": {"bullet-length": {"maxWords": 1e400}}}');
  assert.equal(big.problems.length, 1);
  assert.match(big.problems[0].message, /got a number too large to use/);
  assert.doesNotMatch(big.problems[0].message, /got null/);

  const empty = parseConfigFile('  \n');
  assert.equal(empty.problems.length, 1);
  assert.match(empty.problems[0].message, /^This file is empty, so the default rules apply/);
  assert.notEqual(empty.unusable, true);
});

test('the CLI lints with the default rules beside a config file it cannot use, and says why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rs-hostile-'));
  try {
    writeFileSync(join(dir, '.resume-studio.json'), '{"rules": ' + '['.repeat(4000));
    writeFileSync(join(dir, 'resume.md'), '# Jane Doe\njane@fastmail.com\n\n## Experience\n\n### Engineer, Acme (Jan 2020 – Present)\n- Responsible for the build\n');
    assert.equal(loadConfigFile(join(dir, '.resume-studio.json')).unusable, true);
    let out = '';
    let err = '';
    const code = await main(['lint', '--format', 'json', 'resume.md'], { cwd: dir, stdout: (s) => (out += s), stderr: (s) => (err += s), color: false });
    assert.equal(code, 0, err);
    assert.match(err, /levels deep/);
    const results = JSON.parse(out) as { messages: { ruleId: string }[] }[];
    assert.ok(results[0].messages.some((m) => m.ruleId === 'weak-verb'), 'linted with the defaults');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a minified or one-line JSON Resume and RenderCV read as the same résumé as their pretty form', () => {
  const json = { basics: { name: 'Jane Doe', email: 'jane@fastmail.com' }, work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01', highlights: ['Built the billing platform for 40,000 customers'] }] };
  const shapeOf = (text: string, file: string) => {
    const r = parse(text, file);
    return r && { format: r.format, name: r.contact.name?.value, entries: r.sections.flatMap((s) => s.entries.map((e) => [e.title?.value, e.organisation?.value, e.bullets.map((b) => b.text)])) };
  };
  const pretty = shapeOf(JSON.stringify(json, null, 2), 'resume.json');
  assert.equal(pretty?.format, 'jsonresume');
  assert.deepEqual(shapeOf(JSON.stringify(json), 'resume.json'), pretty);
  assert.deepEqual(shapeOf(`{"work": [], "basics": {"name": "Jane Doe"}}`, 'cv.json')?.format, 'jsonresume');
  const cv = { cv: { name: 'Jane Doe', email: 'jane@fastmail.com', sections: { experience: [{ company: 'Acme', position: 'Engineer', start_date: '2020-01', end_date: 'present', highlights: ['Built it'] }] } } };
  const prettyCv = shapeOf(JSON.stringify(cv, null, 2), 'Jane_CV.yaml');
  assert.equal(prettyCv?.format, 'rendercv');
  assert.deepEqual(shapeOf(JSON.stringify(cv), 'Jane_CV.yaml'), prettyCv);
  assert.equal(detectFormat('cv.yaml', '{cv: {name: Jane Doe}}'), 'rendercv', 'YAML flow style');
  // A key deeper down is not a top-level key.
  assert.equal(detectFormat('x.json', '{"meta": {"work": 1}}'), undefined);
  assert.equal(detectFormat('x.yaml', 'name: x\n'), undefined);
});

test('the CLI reports a file it skips as not a résumé, and --strict fails the run for it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rs-hostile-'));
  try {
    writeFileSync(join(dir, 'other.yaml'), 'name: x\nversion: 2\n');
    const run = async (...argv: string[]) => {
      let out = '';
      let err = '';
      const code = await main(argv, { cwd: dir, stdout: (s) => (out += s), stderr: (s) => (err += s), color: false });
      return { code, out, err };
    };
    const plain = await run('lint', '--format', 'json', 'other.yaml');
    assert.equal(plain.code, 0);
    assert.match(JSON.parse(plain.out)[0].error, /^Not checked: this is not a résumé/);
    const strict = await run('lint', '--strict', 'other.yaml');
    assert.equal(strict.code, 1);
    assert.match(strict.err, /1 file skipped as not a résumé, and --strict is on/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI has the editor\'s size cap and message; --max-size changes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rs-hostile-'));
  try {
    writeFileSync(join(dir, 'resume.md'), '# Jane Doe\njane@fastmail.com\n\n' + '- Built it\n'.repeat(110_000));
    const run = async (...argv: string[]) => {
      let out = '';
      let err = '';
      const code = await main(argv, { cwd: dir, stdout: (s) => (out += s), stderr: (s) => (err += s), color: false });
      return { code, out, err };
    };
    const capped = await run('lint', '--format', 'json', 'resume.md');
    assert.equal(capped.code, 2);
    assert.match(JSON.parse(capped.out)[0].error, /^This file is 1\.2 MB, over the 1 MB limit, so Résumé Studio did not check it\. Raise the limit with --max-size <bytes> to check it anyway\.$/);
    assert.equal((await run('lint', '--max-size', '2MB', '--format', 'json', 'resume.md')).code !== 2, true);
    assert.equal((await run('lint', '--max-size', 'lots', 'resume.md')).code, 2);
    const render = await run('render', 'resume.md');
    assert.equal(render.code, 2);
    assert.match(render.err, /over the 1 MB limit/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the linear scans agree with the patterns they replace', () => {
  const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/;
  for (const s of ['jane@fastmail.com', 'a@b.c', 'a@b.cd', '@b.cd', 'a@.cd', 'a@b..cd', 'x a+b@c-d.e1.fg y', 'a@b', 'mail: jo@x.io.', 'a@b.c1.de', '1-2'.repeat(50), 'a@a@b.cc'])
    assert.equal(hasEmailAddress(s), EMAIL.test(s), s);
  const TOKEN = /^\S+@\S+\.\S+$/;
  for (const t of ['a@b.c', '@b.c', 'a@.c', 'a@b.', 'a@@b.c', 'x@y', 'a.b@c', 'a@b.c.d', '@a@b.c'])
    assert.equal(isAddressToken(t), TOKEN.test(t), t);
  for (const s of ['a <!-- b --> c', '<!-- x', 'a <!-- b\n c --> d <!-- e', '<!----><!-- -->'])
    assert.equal(blankComments(s), s.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')), s);
});
