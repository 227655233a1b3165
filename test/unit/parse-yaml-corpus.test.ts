// The YAML parser over every real-world YAML/JSON résumé in ../shared/corpus (when present):
// no throw, every span inside the text, every entry that has a date value in its source has dates,
// and the one file with broken YAML gives one problem at the right line and column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../util/paths';
import { detectFormat } from '../../server/src/engine/parse/detect';
import { parseYamlResume, parseYamlResumeWith } from '../../server/src/engine/parse/yaml';
import { LineIndex } from '../../server/src/engine/editor/lines';
import { parse } from '../../server/src/engine/index';
import { spansOf } from './parse-yaml-format';

const DIALECT_DIRS = ['jsonresume', 'rendercv', 'yamlresume'];
const files = existsSync(corpusDir)
  ? DIALECT_DIRS.flatMap((d) => (existsSync(join(corpusDir, d)) ? readdirSync(join(corpusDir, d)).map((f) => join(corpusDir, d, f)) : []))
  : [];
const skip = files.length === 0 ? 'no ../shared/corpus beside this checkout' : false;

// A date key with a value that starts like a date (a year, a month name, "present").
const DATE_VALUE = /^\s*"?(startDate|endDate|start_date|end_date|date|releaseDate)"?\s*:\s*["']?(\d{4}|[A-Z][a-z]{2,8}\.? \d|present)/m;

test('corpus: every YAML/JSON résumé parses, spans inside, entries with dates have them', { skip }, () => {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const format = detectFormat(file, text);
    assert.ok(format === 'jsonresume' || format === 'rendercv' || format === 'yamlresume', `${file}: detected as ${format}`);
    const r = parseYamlResume(text, format);
    for (const s of spansOf(r)) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${file}: span ${s.start}-${s.end}`);
    let dated = 0;
    for (const s of r.sections)
      for (const e of s.entries) {
        const src = text.slice(e.span.start, e.span.end);
        if (DATE_VALUE.test(src)) {
          assert.ok(e.dates, `${file}: entry "${e.title?.value ?? e.organisation?.value}" has a date in its source but none was read`);
          dated++;
        }
      }
    if (!file.includes('invalid-yaml')) assert.ok(dated > 0, `${file}: some entry has dates`);
    if (text.trimStart().startsWith('{')) assert.deepEqual(r, parseYamlResumeWith(text, format, false), `${file}: JSON fast path reads as yaml does`);
    const unreadable = r.problems.filter((p) => p.code === 'date-unreadable');
    assert.deepEqual(unreadable.map((p) => text.slice(p.span.start, p.span.end)), [], `${file}: every date value is readable`);
  }
});

test('corpus: the invalid YAML file gives one syntax problem at the misindented key', { skip }, () => {
  const file = files.find((f) => f.endsWith('invalid-yaml.yml'));
  assert.ok(file, 'invalid-yaml.yml is in the corpus');
  const text = readFileSync(file, 'utf8');
  const r = parseYamlResume(text, 'yamlresume');
  assert.equal(r.problems.length, 1);
  const [p] = r.problems;
  assert.equal(p.code, 'yaml-syntax');
  assert.equal(p.severity, 'error');
  const lines = new LineIndex(text);
  const at = lines.positionAt(p.span.start);
  const lineText = text.split('\n')[at.line];
  assert.match(lineText, /^\s+headline: Engineer/, 'the problem is on the misindented line');
  assert.equal(at.character, lineText.indexOf('headline'), 'and starts at the key');
  assert.equal(text.slice(p.span.start, p.span.end), 'headline:');
  assert.equal(r.contact.name?.value, 'John Doe', 'what comes before the error is still read');
});

test('corpus: RenderCV and YAMLResume quirks read as their tools print them', { skip }, () => {
  const read = (suffix: string) => {
    const file = files.find((f) => f.endsWith(suffix))!;
    const text = readFileSync(file, 'utf8');
    return { text, r: parseYamlResume(text, detectFormat(file, text) as 'rendercv') };
  };
  const sb2nov = read('Sb2novTheme_CV.yaml').r;
  const custom = sb2nov.sections.find((s) => s.kind === 'projects')!.entries.find((e) => e.title?.value === 'Custom Operating System');
  assert.equal(custom?.dates?.start?.year, 2002, 'unquoted integer date');
  const eng = read('EngineeringresumesTheme_CV.yaml').r;
  const udemy = eng.sections.find((s) => s.kind === 'projects')!.entries[1];
  assert.equal(udemy.dates?.start?.season, 'fall');
  const classic = read('ClassicTheme_CV.yaml').r;
  const deepmind = classic.sections.find((s) => s.kind === 'experience')!.entries[2];
  assert.equal(deepmind.bullets.length, 5, 'folded "nested bullets" are split back into bullets');
  const se = read('software-engineer.yml').r;
  const job = se.sections.find((s) => s.kind === 'experience')!.entries[0];
  assert.equal(job.dates?.current, true, 'empty endDate is present');
  assert.equal(job.dates?.start?.month, 12);
  assert.equal(job.bullets.length, 5, 'Markdown list summary becomes bullets');
});

test('YAMLResume: a role summary written as a paragraph, a blank line and a list gives the paragraph as the description and the list as bullets', () => {
  const text = [
    'content:',
    '  basics:',
    '    name: Sam Lee',
    '  work:',
    '    - name: Plooto Inc.',
    '      position: Staff Front-end Developer',
    '      startDate: Jan 2023',
    '      endDate: Mar 2024',
    '      summary: |',
    '        Overhauled the front-end architecture of a 9-year-old application.',
    '',
    '        - **Led migration to React** including new build tooling',
    '        - **Grew test coverage from ~2% to over 30%** via new testing standards',
    '    - name: RBC',
    '      position: Senior Front-End Developer',
    '      startDate: Oct 2016',
    '      endDate: Feb 2019',
    '      summary: |',
    '        Built the bank\'s design system - used by 12 teams - and its docs site.',
    '',
  ].join('\n');
  const [plooto, rbc] = parse(text, 'resume.yml')!.sections.find((s) => s.kind === 'experience')!.entries;
  assert.deepEqual(plooto.bullets.map((b) => b.text.slice(0, 26)), ['**Led migration to React**', '**Grew test coverage from ']);
  assert.equal(plooto.description?.text, 'Overhauled the front-end architecture of a 9-year-old application.');
  // A paragraph with no list is what the page prints under the role: one paragraph item, no claim owing a number.
  assert.deepEqual(rbc.bullets.map((b) => [b.text.slice(0, 30), b.paragraph]), [["Built the bank's design system", true]]);
  assert.equal(rbc.description, undefined);
});

test('JSON Resume: a location of only an address and a country reads as both; a url written "null" is no link', () => {
  const r = parse(JSON.stringify({ basics: { name: 'Ana', url: 'null', location: { address: 'Richmond, VA 23223', countryCode: 'US' } }, work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }] }, null, 2), 'resume.json')!;
  assert.equal(r.contact.location?.value, 'Richmond, VA 23223, US');
  assert.deepEqual(r.contact.links, []);
});
