// The whole engine (parse + every rule) over the public résumés in ../shared/corpus: no throw,
// every span inside the text, the same findings twice, and the dated roles a reader sees found.
// The YAML dialects' field-by-field checks live in parse-yaml-corpus.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lint, allEntries, type Span } from '../../server/src/engine/index';
import { corpusDir } from '../util/paths';

const today = { year: 2026, month: 11, day: 22 };

function corpusFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(corpusDir)) {
    const p = join(corpusDir, dir);
    if (dir.endsWith('.md') && !dir.includes('__')) continue; // SOURCES.md
    try {
      for (const f of readdirSync(p)) out.push(join(p, f));
    } catch {
      /* a file at the top level */
    }
  }
  return out.sort();
}

/**
 * Markdown and text files: how many roles with a date range a careful reader finds in each
 * (counted by hand from the files; SOURCES.md says what is odd in them).
 */
const DATED_ENTRIES: Record<string, number> = {
  // Four "### <span>role</span> <span>dates</span>" headings: Dec 2013 -- Dec 2014, July 2013 --
  // Dec 2013, Aug 2016 (single date), 2011 -- 2014.
  'mikepqr__resume.md__resume.md': 4,
  // Definition-list terms "2010-2014 (expected)" and "2007-2010"; the two jobs carry no dates.
  'mszep__pandoc_resume__resume.md': 2,
  // 2012年至今, the typo 2010年至年2012年, 2006年至2010年.
  'there4__markdown-resume__zhsample.md': 3,
  // One comma-separated line per entry: Jan 2022 - Present, Jun 2020 - Dec 2021, 2016 - 2020.
  'rendercv__rendercv__sample_cv_text.txt': 3,
};

function inside(span: Span, len: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= len;
}

/** Every object with a start/end pair in the model, found by walking it. */
function spansOf(value: unknown, out: Span[] = []): Span[] {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.start === 'number' && typeof v.end === 'number') out.push(v as unknown as Span);
    for (const child of Object.values(v)) if (child && typeof child === 'object') spansOf(child, out);
  }
  return out;
}

const present = existsSync(corpusDir);

test('the shared corpus is beside the checkout', { skip: present ? false : `no corpus at ${corpusDir}` }, () => {
  assert.ok(corpusFiles().length >= 20, 'expected the 23 corpus files');
});

for (const file of present ? corpusFiles() : []) {
  const name = basename(file);
  test(`corpus: ${name} parses and lints without a crash, spans inside, deterministic`, () => {
    const text = readFileSync(file, 'utf8');
    const result = lint(text, name, { today });
    assert.ok(result, `${name} was not recognised as a résumé`);
    for (const s of spansOf(result.resume)) assert.ok(inside(s, text.length), `model span ${JSON.stringify(s)} outside ${text.length} chars`);
    for (const f of result.findings) assert.ok(inside(f.span, text.length), `${f.ruleId} span outside the text`);
    const again = lint(text, name, { today });
    assert.deepEqual(again!.findings.map((f) => [f.ruleId, f.span.start, f.span.end, f.message]), result.findings.map((f) => [f.ruleId, f.span.start, f.span.end, f.message]));
    // CRLF is absent from the corpus (SOURCES.md): the same file with CRLF must read the same roles.
    const crlf = lint(text.replace(/\n/g, '\r\n'), name, { today });
    assert.equal(allEntries(crlf!.resume).length, allEntries(result.resume).length, 'CRLF changed the number of entries');
    const expected = DATED_ENTRIES[name];
    if (expected !== undefined) {
      const dated = allEntries(result.resume).filter((e) => e.dates?.start || e.dates?.end);
      assert.equal(dated.length, expected, `dated entries in ${name}: ${dated.map((e) => e.dates!.text).join(' | ')}`);
    }
  });
}
