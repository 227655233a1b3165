// Every Markdown and plain-text fixture in test/fixtures/parse/ is parsed and compared with its
// checked-in readable snapshot (<name>.model.txt: one line per section, entry and bullet).
// UPDATE_SNAPSHOTS=1 rewrites the snapshots; read the diff before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../util/paths';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { parseText } from '../../server/src/engine/parse/text';
import { describeResume } from '../../server/src/engine/parse/describe';
import type { Resume, Span } from '../../server/src/engine/model';

const dir = join(fixturesDir, 'parse');
const update = process.env.UPDATE_SNAPSHOTS === '1';
const inputs = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && !f.endsWith('.model.txt'));

/** Spans inside the text, bullets equal to their slice, field values readable from their spans. */
function assertSpans(resume: Resume, text: string, name: string): void {
  const inside = (s: Span, what: string) => {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${name}: ${what} span ${s.start}-${s.end} outside 0-${text.length}`);
  };
  for (const s of resume.sections) {
    inside(s.span, 'section');
    inside(s.headingSpan, 'heading');
    for (const e of s.entries) {
      inside(e.span, 'entry');
      inside(e.headerSpan, 'header');
      for (const f of [e.title, e.organisation, e.location]) if (f) inside(f.span, `field "${f.value}"`);
      if (e.dates) {
        inside(e.dates.span, 'dates');
        for (const d of [e.dates.start, e.dates.end]) if (d) inside(d.span, `date "${d.text}"`);
      }
      for (const b of e.bullets) {
        inside(b.span, 'bullet');
        assert.equal(b.text, text.slice(b.span.start, b.span.end), `${name}: bullet text must equal its span's slice`);
      }
    }
  }
}

test('parse fixtures: at least 10 Markdown and plain-text fixtures are checked in', () => {
  assert.ok(inputs.length >= 10, `only ${inputs.length} fixtures in ${dir}`);
  assert.ok(inputs.some((f) => f.endsWith('.md')) && inputs.some((f) => f.endsWith('.txt')));
  // CRLF fixtures must really be CRLF (git must not have normalised them).
  for (const f of inputs.filter((n) => n.startsWith('crlf'))) assert.match(readFileSync(join(dir, f), 'utf8'), /\r\n/, `${f} lost its CRLF line ends`);
});

for (const file of inputs) {
  test(`parse snapshot: ${file}`, () => {
    const text = readFileSync(join(dir, file), 'utf8');
    const resume = file.endsWith('.md') ? parseMarkdown(text) : parseText(text);
    assertSpans(resume, text, file);
    const actual = describeResume(resume, text);
    const snap = join(dir, file.replace(/\.(md|txt)$/, '.$1.model.txt'));
    if (update || !existsSync(snap)) {
      writeFileSync(snap, actual);
      if (!update) assert.fail(`wrote a new snapshot ${snap}: read it, then run again`);
      return;
    }
    assert.equal(actual, readFileSync(snap, 'utf8'), `${file}: model differs from its snapshot (UPDATE_SNAPSHOTS=1 rewrites it)`);
  });
}
