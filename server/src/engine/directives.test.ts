import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDirectives, disableEdit, findDirectives } from './directives';
import type { Finding } from './rule';
import { applyEdits } from './editor/fixes';

/** One finding of `rule` at the start of every line that contains "X". */
function findingsOn(text: string, rule = 'weak-verb'): Finding[] {
  const out: Finding[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const i = line.indexOf('X');
    if (i >= 0) out.push({ ruleId: rule, severity: 'warning', message: 'm', span: { start: at + i, end: at + i + 1 } });
    at += line.length + 1;
  }
  return out;
}
const lineOf = (text: string, f: Finding) => text.slice(0, f.span.start).split('\n').length;
const kept = (format: 'markdown' | 'rendercv', text: string, rule = 'weak-verb') => applyDirectives(format, text, findingsOn(text, rule)).map((f) => lineOf(text, f));

test('disable-next-line and disable-line (Markdown), with and without rule ids', () => {
  const text = ['- X one', '<!-- resume-studio-disable-next-line weak-verb -->', '- X two', '- X three <!-- resume-studio-disable-line -->', '<!-- resume-studio-disable-next-line tense -->', '- X four'].join('\n');
  assert.deepEqual(kept('markdown', text), [1, 6]);
});

test('disable … enable regions, per rule; several ids with spaces or commas', () => {
  const text = ['- X 1', '<!-- resume-studio-disable tense, weak-verb -->', '- X 3', '- X 4', '<!-- resume-studio-enable weak-verb -->', '- X 6'].join('\n');
  assert.deepEqual(kept('markdown', text), [1, 6]);
  assert.deepEqual(kept('markdown', text, 'tense'), [1]);
  assert.deepEqual(kept('markdown', text, 'buzzword'), [1, 3, 4, 6]);
});

test('disable-file, anywhere in the file', () => {
  const text = ['- X 1', '- X 2', '<!-- resume-studio-disable-file weak-verb -->'].join('\n');
  assert.deepEqual(kept('markdown', text), []);
  assert.deepEqual(kept('markdown', text, 'tense'), [1, 2]);
});

test('YAML uses # comments; HTML comments do nothing there and vice versa', () => {
  const yaml = ['cv:', '  # resume-studio-disable-next-line weak-verb', '  - X a', '  - X b # resume-studio-disable-line', '  - X c', '  - "<!-- resume-studio-disable-line -->" X d'].join('\n');
  assert.deepEqual(kept('rendercv', yaml), [5, 6]);
  const md = ['# resume-studio-disable-file', '- X a'].join('\n');
  assert.deepEqual(kept('markdown', md), [2]);
});

test('findDirectives reads kinds, ids and lines; CRLF lines count right', () => {
  const text = '- a\r\n<!-- resume-studio-disable-next-line weak-verb tense -->\r\n- X b\r\n';
  const [d] = findDirectives('markdown', text);
  assert.deepEqual([d.kind, d.rules, d.line], ['disable-next-line', ['weak-verb', 'tense'], 1]);
  assert.deepEqual(applyDirectives('markdown', text, [{ ruleId: 'tense', severity: 'hint', message: 'm', span: { start: text.indexOf('X'), end: text.indexOf('X') + 1 } }]), []);
});

test('disableEdit line: a comment above, same indentation, in the host syntax', () => {
  const md = '## Experience\n\n  - Worked on X\n';
  const e = disableEdit('markdown', md, 'weak-verb', md.indexOf('Worked'), 'line')!;
  const out = applyEdits(md, [e]);
  assert.equal(out, '## Experience\n\n  <!-- resume-studio-disable-next-line weak-verb -->\n  - Worked on X\n');
  assert.deepEqual(kept('markdown', out), []);
  // A second rule on the same line is added to the existing comment.
  const e2 = disableEdit('markdown', out, 'tense', out.indexOf('Worked'), 'line')!;
  assert.equal(applyEdits(out, [e2]), '## Experience\n\n  <!-- resume-studio-disable-next-line weak-verb tense -->\n  - Worked on X\n');

  const yaml = 'cv:\n  sections:\n    experience:\n      - highlights:\n          - Worked on X\n';
  const y = applyEdits(yaml, [disableEdit('rendercv', yaml, 'weak-verb', yaml.indexOf('Worked'), 'line')!]);
  assert.equal(y, 'cv:\n  sections:\n    experience:\n      - highlights:\n          # resume-studio-disable-next-line weak-verb\n          - Worked on X\n');
  assert.deepEqual(kept('rendercv', y), []);
});

test('disableEdit file: at the top (after Markdown front matter); CRLF kept; none for JSON', () => {
  const md = '---\ntitle: CV\n---\n# Jane\n- X\n';
  const out = applyEdits(md, [disableEdit('markdown', md, 'weak-verb', 0, 'file')!]);
  assert.equal(out, '---\ntitle: CV\n---\n<!-- resume-studio-disable-file weak-verb -->\n# Jane\n- X\n');
  assert.deepEqual(kept('markdown', out), []);
  const again = applyEdits(out, [disableEdit('markdown', out, 'tense', 0, 'file')!]);
  assert.match(again, /<!-- resume-studio-disable-file weak-verb tense -->/);

  const crlf = 'basics:\r\n  name: Jane\r\n';
  assert.equal(applyEdits(crlf, [disableEdit('jsonresume', crlf, 'tense', 5, 'file')!]), '# resume-studio-disable-file tense\r\nbasics:\r\n  name: Jane\r\n');
  assert.equal(disableEdit('jsonresume', '{"basics": {}}', 'tense', 3, 'line'), undefined);
});
