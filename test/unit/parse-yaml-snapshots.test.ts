// The YAML/JSON parser against hand-written fixtures in every dialect: a readable snapshot per
// fixture (UPDATE_SNAPSHOTS=1 rewrites them), and checks that every bullet's words and every
// field's span land on the same text in the source, also after converting to CRLF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../util/paths';
import { detectFormat } from '../../server/src/engine/parse/detect';
import { parseYamlResume } from '../../server/src/engine/parse/yaml';
import { allBullets, bulletOffset, type Bullet, type Resume } from '../../server/src/engine/model';
import { formatModel } from './parse-yaml-format';

const dir = join(fixturesDir, 'parse-yaml');
const fixtures = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
const update = process.env.UPDATE_SNAPSHOTS === '1';

function parseFixture(name: string, text: string): Resume {
  const format = detectFormat(name, text);
  assert.ok(format && format !== 'markdown' && format !== 'text', `${name} is recognised as a YAML dialect`);
  return parseYamlResume(text, format);
}

test('there are fixtures in every dialect', () => {
  const formats = new Set(fixtures.map((f) => detectFormat(f, readFileSync(join(dir, f), 'utf8'))));
  assert.deepEqual([...formats].sort(), ['jsonresume', 'rendercv', 'yamlresume']);
  assert.ok(fixtures.length >= 6);
});

for (const name of fixtures) {
  test(`snapshot: ${name}`, () => {
    const text = readFileSync(join(dir, name), 'utf8');
    const actual = formatModel(parseFixture(name, text), text);
    const snap = join(dir, `${name}.snap.txt`);
    if (update || !existsSync(snap)) {
      writeFileSync(snap, actual);
      if (!update) assert.fail(`wrote missing snapshot ${snap}; check it by eye and run again`);
      return;
    }
    assert.equal(actual, readFileSync(snap, 'utf8'));
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Each word of the bullet is the same word at its mapped place in the source. */
function assertWordsMap(source: string, b: Bullet, where: string): void {
  assert.equal(b.offsets ? b.offsets.length : b.text.length + 1, b.text.length + 1, `${where}: offsets length`);
  for (const m of b.text.matchAll(WORD)) {
    const a = bulletOffset(b, m.index);
    const z = bulletOffset(b, m.index + m[0].length - 1) + 1;
    assert.equal(source.slice(a, z), m[0], `${where}: word "${m[0]}" of "${b.text}"`);
  }
  if (b.offsets) for (let i = 1; i < b.offsets.length; i++) assert.ok(b.offsets[i] >= b.offsets[i - 1], `${where}: offsets never go back`);
  if (!b.offsets) assert.equal(source.slice(b.span.start, b.span.end), b.text, `${where}: verbatim bullet is the source slice`);
}

function assertFieldsPoint(source: string, r: Resume, where: string): void {
  const fields = [r.contact.name, r.contact.email, r.contact.phone, ...r.contact.links, ...r.skills];
  for (const s of r.sections) for (const e of s.entries) fields.push(e.title, e.organisation, e.location);
  for (const f of fields) {
    if (!f || !f.value) continue;
    const slice = source.slice(f.span.start, f.span.end);
    if (slice.includes('\\')) {
      // Escaped ("Tom\u00e1s"): at least its first and last characters are where the span says.
      assert.ok(slice.startsWith(f.value[0]) && slice.endsWith(f.value[f.value.length - 1]), `${where}: field "${f.value}" spans "${slice}"`);
      continue;
    }
    // Joined fields ("MSc in Informatics", "Leeds, West Yorkshire") cover all their parts.
    for (const w of f.value.match(WORD) ?? []) if (w !== 'in') assert.ok(slice.includes(w), `${where}: field "${f.value}" spans "${slice}"`);
  }
  for (const s of r.sections) {
    // The heading span is the section's key, followed (after an optional quote) by its colon.
    const after = source.slice(s.headingSpan.end, s.headingSpan.end + 2);
    assert.ok(s.headingSpan.end > s.headingSpan.start && /^["']?\s*:/.test(after), `${where}: heading of "${s.title}" is its key`);
  }
}

for (const name of fixtures) {
  test(`every bullet word and field maps to the source: ${name}`, () => {
    const text = readFileSync(join(dir, name), 'utf8');
    const resume = parseFixture(name, text);
    for (const { bullet } of allBullets(resume)) assertWordsMap(text, bullet, name);
    assertFieldsPoint(text, resume, name);
  });

  test(`CRLF line endings read the same: ${name}`, () => {
    const lf = readFileSync(join(dir, name), 'utf8');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseFixture(name, lf);
    const b = parseFixture(name, crlf);
    const texts = (r: Resume) => allBullets(r).map((x) => x.bullet.text.replace(/\r/g, ''));
    assert.deepEqual(texts(b), texts(a));
    assert.deepEqual(
      b.sections.map((s) => s.entries.map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.current])),
      a.sections.map((s) => s.entries.map((e) => [e.title?.value, e.dates?.start?.year, e.dates?.current])),
    );
    for (const { bullet } of allBullets(b)) assertWordsMap(crlf, bullet, `${name} (CRLF)`);
  });
}

test('quoted, escaped, folded and block bullets keep each character at its place', () => {
  const text = [
    'work:',
    '  - name: X',
    '    highlights:',
    '      - "Saved \\u20ac5K \\"fast\\"\\ttoday"',
    "      - 'It''s done'",
    '      - |',
    '        Line one',
    '        line two',
    '      - Folded plain',
    '        scalar text',
    '',
  ].join('\n');
  const r = parseYamlResume(text, 'jsonresume');
  const bullets = allBullets(r).map((x) => x.bullet);
  assert.deepEqual(
    bullets.map((b) => b.text),
    ['Saved €5K "fast"\ttoday', "It's done", 'Line one\nline two', 'Folded plain scalar text'],
  );
  const euro = bullets[0];
  assert.equal(text.slice(bulletOffset(euro, 6), bulletOffset(euro, 6) + 6), '\\u20ac');
  assert.equal(text[bulletOffset(euro, 10)], '\\', 'the quote inside maps to its escape');
  assert.equal(text.slice(bulletOffset(bullets[1], 3), bulletOffset(bullets[1], 3) + 1), 's');
  assert.equal(text.slice(bulletOffset(bullets[2], 9), bulletOffset(bullets[2], 9) + 4), 'line');
  assert.equal(text.slice(bulletOffset(bullets[3], 13), bulletOffset(bullets[3], 13) + 6), 'scalar');
});

test('dates: precision, ongoing rules per dialect, and unreadable values reported on the value', () => {
  const text = readFileSync(join(dir, 'jsonresume.resume.yaml'), 'utf8');
  const r = parseFixture('jsonresume.resume.yaml', text);
  const work = r.sections.find((s) => s.kind === 'experience')!.entries;
  assert.equal(work[0].dates?.current, true, 'endDate: present');
  assert.equal(work[0].dates?.currentText, 'present');
  assert.equal(work[1].dates?.start?.precision, 'day');
  assert.equal(work[1].dates?.end?.day, 28);
  assert.equal(work[2].dates?.current, true, 'empty endDate is ongoing');
  assert.equal(work[3].dates?.start, undefined, 'unreadable start is dropped...');
  assert.equal(work[3].dates?.end?.month, 12, '...the end is kept');
  const bad = r.problems.filter((p) => p.code === 'date-unreadable');
  assert.equal(bad.length, 1);
  assert.equal(text.slice(bad[0].span.start, bad[0].span.end), 'Febtember 2015');
  assert.match(bad[0].message, /Febtember 2015.*YYYY-MM/);
  const education = r.sections.find((s) => s.kind === 'education')!.entries;
  assert.equal(education[1].dates?.current, false, 'JSON Resume: a degree with no endDate is not ongoing');
  assert.equal(education[1].dates?.end, undefined);
  const volunteer = r.sections.find((s) => s.kind === 'volunteer')!.entries;
  assert.equal(volunteer[0].dates?.current, true, 'volunteering with no endDate is ongoing');

  const yr = readFileSync(join(dir, 'yamlresume.yml'), 'utf8');
  const y = parseFixture('yamlresume.yml', yr);
  const degree = y.sections.find((s) => s.kind === 'education')!.entries[1];
  assert.equal(degree.dates?.current, true, 'YAMLResume: a missing endDate is "present", education too');
  assert.equal(y.sections[0].entries[0].dates?.start?.precision, 'day');
  assert.equal(y.sections[0].entries[1].dates?.start?.style.month, 'short');
});

test('syntax errors: one problem at the parser range, the rest still read', () => {
  const text = readFileSync(join(dir, 'syntax-error.resume.yaml'), 'utf8');
  const r = parseFixture('syntax-error.resume.yaml', text);
  const errors = r.problems.filter((p) => p.code === 'yaml-syntax');
  assert.ok(errors.length >= 1);
  assert.ok(errors.every((e) => e.severity === 'error' && e.span.start >= 0 && e.span.end <= text.length));
  assert.match(errors[0].message, /^YAML syntax error: .+\. Fix it/);
  assert.equal(r.contact.name?.value, 'Jo Bloggs');
  assert.equal(r.sections[0].entries[0].title?.value, 'Engineer');
});

test('RenderCV: a link in the free-text date is quiet, a link as a start date is reported', () => {
  const text = [
    'cv:',
    '  sections:',
    '    projects:',
    "      - name: A",
    "        date: '[repo](https://example.invalid)'",
    "      - name: B",
    "        start_date: '[repo](https://example.invalid)'",
    '        end_date: 2020-05',
    '',
  ].join('\n');
  const r = parseYamlResume(text, 'rendercv');
  const [a, b] = r.sections[0].entries;
  assert.equal(a.dates, undefined);
  assert.equal(b.dates?.end?.month, 5);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].code, 'date-unreadable');
  assert.equal(text.slice(r.problems[0].span.start, r.problems[0].span.end), '[repo](https://example.invalid)');
});

test('dates: a day the month lacks ("2021-06-31") is read as its month and reported, with the month\'s last day to write instead', () => {
  const text = ['{', '  "basics": { "name": "Jo Bloggs" },', '  "work": [{ "name": "Acme", "position": "Analyst", "startDate": "2020-09-01", "endDate": "2021-06-31" }]', '}', ''].join('\n');
  const r = parseYamlResume(text, 'jsonresume');
  const [e] = r.sections[0].entries;
  assert.deepEqual([e.dates?.end?.year, e.dates?.end?.month, e.dates?.end?.precision], [2021, 6, 'month']);
  assert.deepEqual(r.problems.map((p) => [p.code, text.slice(p.span.start, p.span.end), p.message]), [
    ['date-no-such-day', '2021-06-31', '"2021-06-31" is no day: June 2021 has 30 days. It is read as June 2021; write 2021-06-30 or 2021-06.'],
  ]);
});
