// The client's pure helpers around the preview: which documents are résumés, which links may open
// outside, the status item's wording, and "add to dictionary" edits of .resume-studio.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import { normaliseGlob, resumeSelector } from '../../client/src/selector';
import { isOpenableLink } from '../../client/src/links';
import { describeStats, statusBarText } from '../../client/src/statsText';
import { RESUME_GLOBS } from '../../server/src/lsp/resume-files';
import { addWordToConfigText } from '../../client/src/configText';
import { standaloneHtml, withoutTimeline } from '../../server/src/engine/render/document';
import { renderResume } from '../../server/src/engine/render/index';
import { resumeOf } from '../util/model-builder';

test('selector: résumé names in any language, user globs anywhere, treated files by their exact path', () => {
  const sel = resumeSelector(['cv/*.md', '**/career.yaml', ''], [{ scheme: 'file', path: '/home/jane/notes [2024].md' }, { scheme: 'untitled', path: 'Untitled-1' }]);
  for (const pattern of RESUME_GLOBS) assert.ok(sel.some((f) => f.pattern === pattern && !f.language), pattern);
  assert.ok(!sel.some((f) => f.language === 'resume'), 'no language of our own');
  assert.ok(sel.some((f) => f.pattern === '**/cv/*.md' && !f.language));
  assert.ok(sel.some((f) => f.pattern === '**/career.yaml'));
  assert.equal(sel.filter((f) => f.pattern === '').length, 0, 'empty globs are dropped');
  assert.deepEqual(sel.slice(-2), [{ scheme: 'file', pattern: '/home/jane/notes [2024].md' }, { scheme: 'untitled', pattern: 'Untitled-1' }]);
  assert.equal(normaliseGlob('./docs/cv.md'), '**/docs/cv.md');
  assert.equal(normaliseGlob('C:\\cv\\me.md'), 'C:/cv/me.md');
});

test('links: only http(s) and mailto open outside', () => {
  for (const ok of ['https://example.com', 'http://a.b/c?d=1', 'mailto:jane@example.com', 'HTTPS://EXAMPLE.COM']) assert.ok(isOpenableLink(ok), ok);
  for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'command:workbench.action.quit', 'vscode://x', 'https://a\nb', '/relative', '']) assert.ok(!isOpenableLink(bad), bad);
});

test('status wording: words, pages, bullets with a metric and their share', () => {
  const d = describeStats({ words: 412, bullets: 14, bulletsWithMetric: 6, pages: 2 });
  assert.equal(d.text, '412 words · 2 pages');
  assert.equal(d.detail, '14 bullets, 6 with a measurable result (43%)');
  assert.equal(d.weak, false);
  const measured = describeStats({ words: 1, bullets: 1, bulletsWithMetric: 0, pages: 2 }, 1);
  assert.equal(measured.text, '1 word · 1 page', 'the preview’s measured page count wins');
  assert.equal(measured.weak, true);
  assert.equal(describeStats({ words: 0, bullets: 0, bulletsWithMetric: 0, pages: 1 }).detail, '0 bullets, 0 with a measurable result (0%)');
});

test('status bar item: words, bullets, bullets with metrics and pages at a glance; the tooltip says a click opens the preview', () => {
  const b = statusBarText({ words: 412, bullets: 14, bulletsWithMetric: 6, pages: 2 });
  assert.equal(b.text, '$(book) 412 words · 14 bullets · 6 with metrics · 2 pages');
  assert.match(b.tooltip, /14 bullets, 6 with a measurable result \(43%\)/);
  assert.match(b.tooltip, /Pages estimated; the preview measures them/);
  assert.match(b.tooltip, /Click to open the preview\.$/);
  const weak = statusBarText({ words: 1, bullets: 1, bulletsWithMetric: 0, pages: 2 }, 1);
  assert.equal(weak.text, '$(warning) 1 word · 1 bullet · 0 with metrics · 1 page', 'the measured page count wins; a weak share is flagged');
  assert.match(weak.tooltip, /aim for at least 40%/);
  assert.match(weak.tooltip, /Pages measured by the preview/);
});

test('add to dictionary: creates "words", keeps comments, sorts, skips duplicates', () => {
  const created = addWordToConfigText('', 'Kubernetes')!;
  assert.deepEqual(parseJsonc(created), { words: ['Kubernetes'] });

  const withComment = '{\n  // my rules\n  "rules": { "weak-verb": "error" },\n  "words": ["Zig"],\n}\n';
  const next = addWordToConfigText(withComment, 'Ansible')!;
  assert.match(next, /\/\/ my rules/);
  assert.deepEqual(parseJsonc(next, [], { allowTrailingComma: true }), { rules: { 'weak-verb': 'error' }, words: ['Ansible', 'Zig'] });
  assert.equal(addWordToConfigText(next, 'Zig'), undefined, 'a word already there changes nothing');
  assert.throws(() => addWordToConfigText('[1, 2]', 'x'), /not a valid JSON object/);
  assert.throws(() => addWordToConfigText('{ "words": [', 'x'), /not a valid JSON object/);
});

test('exports leave the preview-only timeline out and keep the résumé', () => {
  const { text, resume } = resumeOf([{ title: 'Engineer', org: 'Acme', dates: ['2019-03', 'present'], bullets: ['Led a team of 5'] }]);
  const body = renderResume(resume, text, {}).body;
  assert.match(body, /^<figure class="rs-timeline/);
  const stripped = withoutTimeline(body);
  assert.match(stripped, /^<article class="rs-resume/);
  assert.doesNotMatch(stripped, /rs-timeline/);
  assert.match(stripped, /Led a team of 5/);
  assert.equal(withoutTimeline(stripped), stripped);
});

test('the editor’s export (preview parts, timeline removed) equals the CLI’s standalone document byte for byte', () => {
  const { text, resume } = resumeOf([
    { title: 'Engineer', org: 'Acme', dates: ['2019-03', 'present'], bullets: ['Led a team of 5'] },
    { title: 'Intern', org: 'Beta', dates: ['2017-01', '2018-06'], bullets: ['Wrote 3 tools'] },
  ]);
  const today = { year: 2026, month: 11 };
  for (const theme of ['classic', 'modern'])
    for (const paper of ['letter', 'a4'] as const) {
      const preview = renderResume(resume, text, { theme, paper, today });
      const cli = renderResume(resume, text, { theme, paper, today, standalone: true });
      assert.equal(standaloneHtml({ title: preview.title, body: withoutTimeline(preview.body), css: preview.css }), cli.html);
    }
});
