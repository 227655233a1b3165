// The client's pure helpers around the preview: which documents are résumés, which links may open
// outside, the status item's wording, and "add to dictionary" edits of .resume-studio.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import { normaliseGlob, resumeSelector, YAML_JSON_PATTERNS } from '../../client/src/selector';
import { isOpenableLink } from '../../client/src/links';
import { describeStats } from '../../client/src/statsText';
import { addWordToConfigText } from '../../client/src/configText';
import { standaloneHtml, withoutTimeline } from '../../server/src/engine/render/document';
import { renderResume } from '../../server/src/engine/render/index';
import { resumeOf } from '../util/model-builder';

test('selector: language resume, YAML/JSON résumé names in their own languages, user globs anywhere', () => {
  const sel = resumeSelector(['cv/*.md', '**/career.yaml', '']);
  assert.deepEqual(sel[0], { language: 'resume' });
  for (const pattern of YAML_JSON_PATTERNS) {
    assert.ok(sel.some((f) => f.language === 'yaml' && f.pattern === pattern));
    assert.ok(sel.some((f) => f.language === 'json' && f.pattern === pattern));
  }
  assert.ok(sel.some((f) => f.pattern === '**/cv/*.md' && !f.language));
  assert.ok(sel.some((f) => f.pattern === '**/career.yaml'));
  assert.equal(sel.filter((f) => f.pattern === '').length, 0, 'empty globs are dropped');
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
