// The renderer turns untrusted résumé text into HTML for a webview and for exported files: these
// tests parse its output with a real HTML5 parser (parse5, as a browser would) and assert that no
// payload in any field becomes markup, plus themes, paper sizes, data-line and the timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseHtml, parseFragment } from 'parse5';
import { assertInert, textOf, walk, type Node } from './render-html-check';
import type { Entry, Field, Resume, Section, Span } from '../../server/src/engine/model';
import { renderResume, buildTimeline } from '../../server/src/engine/render/index';
import fc from 'fast-check';
import { resumeOf } from '../util/model-builder';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '[click me](javascript:alert(3))',
  '[mixed case](JaVaScRiPt:alert(4))',
  '[tab](java\tscript:alert(5))',
  '<javascript:alert(6)>',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(8))',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(9)><script>alert(10)</script></svg>',
  '"><script>alert(11)</script>',
  "'><img src=x onerror=alert(12)>",
  '&#60;script&#62;alert(13)&#60;/script&#62;',
  '<a href="javascript:alert(14)">html link</a>',
  '<math><mi xlink:href="javascript:alert(15)">m</mi></math>',
  '![img](https://evil.example/track.png)',
  '<style>body{display:none}</style>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<!-- a comment --><b onclick="alert(16)">bold</b>',
];

/** A résumé whose every field holds every payload, with spans pointing into a matching text. */
function hostileResume(): { text: string; resume: Resume } {
  let text = '';
  const put = (s: string): Span => {
    const start = text.length;
    text += s + '\n';
    return { start, end: start + s.length };
  };
  const field = (prefix: string): Field => {
    const value = `${prefix} ${PAYLOADS.join(' ')}`;
    return { value, span: put(value) };
  };
  const name = field('Jane');
  const email = field('jane@example.com');
  const phone = field('555');
  const location = field('Berlin');
  const links = [field('https://example.com/'), { value: 'javascript:alert(20)', span: put('javascript:alert(20)') }, { value: 'https://ok.example/"><script>alert(21)</script>', span: put('x') }];
  const summary = field('Summary');
  const sections: Section[] = [];
  const entries: Entry[] = [];
  for (const kind of ['work', 'education'] as const) {
    const title = field('Title');
    const organisation = field('Org');
    const loc = field('Loc');
    const dText = `2019 ${PAYLOADS[0]} – present`;
    const dSpan = put(dText);
    const bullets = PAYLOADS.map((p) => {
      const t = `Built ${p} for 5 teams`;
      return { text: t, span: put(t) };
    });
    const allBullet = field('Led');
    bullets.push({ text: allBullet.value, span: allBullet.span });
    entries.push({
      kind,
      title,
      organisation,
      location: loc,
      dates: { start: { year: 2019, precision: 'year', style: { month: 'none' }, text: '2019', span: dSpan }, current: true, span: dSpan, text: dText },
      bullets,
      span: { start: title.span.start, end: text.length },
      headerSpan: { start: title.span.start, end: dSpan.end },
    });
  }
  const sectionTitle = field('Experience');
  sections.push({ title: sectionTitle.value, kind: 'experience', span: { start: sectionTitle.span.start, end: text.length }, headingSpan: sectionTitle.span, entries });
  // A section the parser found no entries in is rendered from its source text.
  const rawHeading = put('## Awards');
  for (const p of PAYLOADS) put(p);
  sections.push({ title: 'Awards ' + PAYLOADS.join(''), kind: 'awards', span: { start: rawHeading.start, end: text.length }, headingSpan: rawHeading, entries: [] });
  const skillsHeading = put('## Skills');
  const skills = PAYLOADS.map((p) => ({ value: p, span: put(p) }));
  sections.push({ title: 'Skills', kind: 'skills', span: { start: skillsHeading.start, end: text.length }, headingSpan: skillsHeading, entries: [] });
  const resume: Resume = { format: 'markdown', contact: { name, email, phone, location, links }, summary, skills, sections, problems: [] };
  return { text, resume };
}

test('no payload in any field becomes executable markup (preview body, every format and theme, with timeline)', () => {
  const { text, resume } = hostileResume();
  for (const theme of ['classic', 'modern'])
  for (const format of ['markdown', 'text', 'jsonresume', 'rendercv'] as const) {
    const out = renderResume({ ...resume, format }, text, { theme, today: { year: 2026, month: 11 } });
    assertInert(out.body, `${theme}/${format}`);
    // Text may say "javascript:" (escaped, harmless); a tag may never open.
    assert.doesNotMatch(out.body, /<(script|iframe|img|object|embed|style|math|form|base|meta|link)\b/i);
  }
});

test('payloads stay readable as text: the name and a bullet show literally', () => {
  const { text, resume } = hostileResume();
  const out = renderResume(resume, text, {});
  const frag = parseFragment(out.body) as unknown as Node;
  let h1 = '';
  const lis: string[] = [];
  walk(frag, (n) => {
    if (n.tagName === 'h1') h1 = textOf(n);
    if (n.tagName === 'li') lis.push(textOf(n));
  });
  assert.ok(h1.startsWith('Jane <script>alert(1)</script> <img src=x onerror=alert(2)>'), h1);
  assert.ok(lis.includes('Built <iframe src="https://evil.example/"></iframe> for 5 teams'), lis.join('\n'));
  // A refused link stays visible as the text the author wrote.
  assert.ok(lis.includes('Built [click me](javascript:alert(3)) for 5 teams'), 'refused javascript: link is kept as text');
});

test('the standalone document has a script-free CSP and no executable markup', () => {
  const { text, resume } = hostileResume();
  const out = renderResume(resume, text, { standalone: true, paper: 'a4' });
  assert.ok(out.html);
  const doc = parseHtml(out.html) as unknown as Node;
  let csp = '';
  let bodyHtmlSeen = false;
  walk(doc, (n, ancestors) => {
    if (n.tagName === 'meta' && n.attrs?.some((a) => a.name === 'http-equiv' && /content-security-policy/i.test(a.value)))
      csp = n.attrs.find((a) => a.name === 'content')?.value ?? '';
    if (n.tagName === 'body') bodyHtmlSeen = true;
    assert.notEqual(n.tagName, 'script', 'no <script> anywhere in the document');
    assert.notEqual(n.tagName, 'iframe');
    if (ancestors.some((a) => a.tagName === 'body')) for (const a of n.attrs ?? []) assert.ok(!/^on/i.test(a.name), `event handler ${a.name}`);
  });
  assert.ok(bodyHtmlSeen);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src/);
  assert.doesNotMatch(csp, /https:/, 'no remote images unless allowed');
  assert.match(renderResume(resume, text, { standalone: true, allowRemoteImages: true }).html!, /img-src data: https:/);
  // No timeline in an export unless asked for.
  assert.doesNotMatch(out.body, /rs-timeline/);
});

test('themes: classic by default, modern on request, unknown falls back to classic', () => {
  const { text, resume } = resumeOf([{ title: 'Engineer', org: 'Acme', dates: ['2019-03', 'present'], bullets: ['Led a team of 5'] }]);
  const classic = renderResume(resume, text, {});
  const modern = renderResume(resume, text, { theme: 'modern' });
  const unknown = renderResume(resume, text, { theme: 'no-such-theme' });
  assert.match(classic.body, /class="rs-resume rs-theme-classic/);
  assert.match(modern.body, /class="rs-resume rs-theme-modern/);
  assert.match(unknown.body, /rs-theme-classic/);
  assert.notEqual(classic.css, modern.css);
  assert.match(modern.css, /\.rs-theme-modern/);
  assert.equal(classic.title, 'Jane Doe — Résumé');
});

test('paper sizes: Letter by default, A4 on request, in CSS and @page', () => {
  const { text, resume } = resumeOf([{ bullets: ['Shipped 3 releases'] }]);
  const letter = renderResume(resume, text, {});
  const a4 = renderResume(resume, text, { paper: 'a4' });
  assert.match(letter.css, /--rs-paper-width: 8\.5in/);
  assert.match(letter.css, /@page \{ size: letter/);
  assert.match(a4.css, /--rs-paper-width: 210mm/);
  assert.match(a4.css, /@page \{ size: A4/);
  assert.match(a4.body, /data-paper="a4"/);
});

test('data-line: every bullet and entry points at its 0-based source line', () => {
  const { text, resume } = resumeOf([
    { title: 'Engineer', org: 'Acme', dates: ['2019-03', 'present'], bullets: ['Led a team of 5', 'Cut costs by 20%'] },
    { title: 'Intern', org: 'Beta', dates: ['2018-01', '2019-02'], bullets: ['Wrote **3** tools'] },
  ]);
  const out = renderResume(resume, text, { timeline: false });
  const lines = text.split('\n');
  const frag = parseFragment(out.body) as unknown as Node;
  const seen: [number, string][] = [];
  walk(frag, (n) => {
    if (n.tagName !== 'li') return;
    const line = Number(n.attrs?.find((a) => a.name === 'data-line')?.value);
    seen.push([line, textOf(n)]);
  });
  assert.equal(seen.length, 3);
  for (const [line, t] of seen) assert.equal(lines[line].replace(/^- /, '').replace(/\*\*/g, ''), t);
  assert.match(out.body, /<strong>3<\/strong>/, 'inline Markdown emphasis is rendered');
});

test('plain-text résumés are not read as Markdown', () => {
  const { text, resume } = resumeOf([{ bullets: ['Cut *build* time by 40%'] }]);
  const out = renderResume({ ...resume, format: 'text' }, text, {});
  assert.match(out.body, /Cut \*build\* time by 40%/);
});

test('timeline: a 7-month gap is marked, contiguous roles are not, year-only dates stay quiet', () => {
  const { resume } = resumeOf([
    { title: 'Lead', org: 'Gamma', dates: ['2018-12', 'present'] },
    { title: 'Engineer', org: 'Beta', dates: ['2016-06', '2018-05'] },
    { title: 'Junior', org: 'Alpha', dates: ['2014-01', '2016-05'] },
  ]);
  const t = buildTimeline(resume, { today: { year: 2026, month: 11 } });
  assert.equal(t.bars.length, 3);
  assert.equal(t.gaps.length, 1);
  assert.equal(t.gaps[0].months, 7);
  assert.equal(t.gaps[0].label, '7-month gap: May 2018 – Dec 2018');
  assert.equal(t.overlaps.length, 0);

  const years = resumeOf([
    { title: 'B', dates: ['2019', 'present'] },
    { title: 'A', dates: ['2014', '2016'] },
  ]);
  assert.equal(buildTimeline(years.resume, { today: { year: 2026, month: 11 } }).gaps.length, 0, 'year-only dates never imply a gap');
});

test('timeline: overlapping full-time roles are marked and drawn in separate lanes', () => {
  const { text, resume } = resumeOf([
    { title: 'Consultant', org: 'Own', dates: ['2020-01', '2021-06'] },
    { title: 'Engineer', org: 'Acme', dates: ['2021-01', '2022-12'] },
    { title: 'Engineer', org: 'Beta', dates: ['2022-12', '2023-06'] },
  ]);
  const t = buildTimeline(resume, { today: { year: 2026, month: 11 } });
  assert.equal(t.overlaps.length, 1, 'a one-month handover is not an overlap');
  assert.equal(t.overlaps[0].months, 6);
  assert.notEqual(t.bars[0].lane, t.bars[1].lane);
  const out = renderResume(resume, text, { today: { year: 2026, month: 11 } });
  assert.match(out.body, /class="rs-tl-overlap"/);
  assert.match(out.body, /6-month overlap: Consultant, Own and Engineer, Acme/);
  assertInert(out.body, 'timeline');
});

test('timeline can be turned off, and an empty résumé renders without throwing', () => {
  const { text, resume } = resumeOf([{ dates: ['2019-01', 'present'] }]);
  assert.doesNotMatch(renderResume(resume, text, { timeline: false }).body, /rs-timeline/);
  const empty: Resume = { format: 'markdown', contact: { links: [] }, skills: [], sections: [], problems: [] };
  const out = renderResume(empty, '', { standalone: true });
  assert.equal(out.title, 'Résumé');
  assert.match(out.html!, /<article class="rs-resume/);
});

test('YAML/JSON dates print as a reader expects; prose dates print as written', () => {
  const { text, resume } = resumeOf([
    { title: 'Lead', org: 'Gamma', dates: ['2021-04', 'present'] },
    { title: 'Engineer', org: 'Beta', dates: ['2018-01-15', '2020-06'] },
    { title: 'Intern', org: 'Alpha', dates: ['2016', '2016'] },
  ]);
  const yaml = renderResume({ ...resume, format: 'jsonresume' }, text, { timeline: false }).body;
  assert.match(yaml, />Apr 2021 – Present</);
  assert.match(yaml, />Jan 2018 – Jun 2020</);
  assert.match(yaml, />2016</);
  const md = renderResume(resume, text, { timeline: false }).body;
  assert.match(md, />2021-04 – present</);
});

test('a YAML/JSON date written in words ("January 2025", "Sept 2020") prints as written, so no word of it is lost', async () => {
  const { parseYamlResume } = await import('../../server/src/engine/parse/yaml');
  const text = 'basics:\n  name: Jo Park\nwork:\n  - name: Gamma\n    position: Lead\n    startDate: January 2025\n  - name: Beta\n    position: Engineer\n    startDate: Sept 2020\n    endDate: 2024-12\n';
  const body = renderResume(parseYamlResume(text, 'jsonresume'), text, { timeline: false }).body;
  assert.match(body, />January 2025 – Present</);
  assert.match(body, />Sept 2020 – Dec 2024</);
});

test('skills groups (name + keywords) print as "Group: a, b" inside their own section, once', () => {
  const text = 'skills:\n  - name: Platform\n    keywords: [Kubernetes, Terraform]\n';
  const at = (s: string) => ({ value: s, span: { start: text.indexOf(s), end: text.indexOf(s) + s.length } });
  const entry: Entry = { kind: 'other', title: at('Platform'), bullets: [], span: { start: text.indexOf('- name'), end: text.length }, headerSpan: { start: text.indexOf('- name'), end: text.length } };
  const resume: Resume = {
    format: 'jsonresume',
    contact: { links: [] },
    skills: [at('Platform'), at('Kubernetes'), at('Terraform')],
    sections: [{ title: 'Skills', kind: 'skills', span: { start: 0, end: text.length }, headingSpan: { start: 0, end: 6 }, entries: [entry] }],
    problems: [],
  };
  const body = renderResume(resume, text, { timeline: false }).body;
  assert.match(body, /<span class="rs-skill-group">Platform<\/span>: Kubernetes, Terraform<\/p>/);
  assert.equal(body.match(/rs-section-title/g)?.length, 1, 'no second Skills section');
});

test('a section without entries is rendered from its Markdown with true data-line values and no HTML', () => {
  const text = '# Jane Doe\n\n## Awards\n\n<!-- note\nto self -->\n- Best paper, ICSE 2021\n- <b>Bold</b> claim\n';
  const start = text.indexOf('## Awards');
  const resume: Resume = {
    format: 'markdown',
    contact: { name: { value: 'Jane Doe', span: { start: 2, end: 10 } }, links: [] },
    skills: [],
    sections: [{ title: 'Awards', kind: 'awards', span: { start, end: text.length }, headingSpan: { start, end: start + 9 }, entries: [] }],
    problems: [],
  };
  const body = renderResume(resume, text, { timeline: false }).body;
  const lines = text.split('\n');
  const items = [...body.matchAll(/<li data-line="(\d+)">([^<]*)/g)].map((m) => [Number(m[1]), m[2]] as const);
  assert.equal(items.length, 2);
  assert.equal(lines[items[0][0]], '- Best paper, ICSE 2021');
  assert.equal(lines[items[1][0]], '- <b>Bold</b> claim');
  assert.match(body, /&lt;b&gt;Bold&lt;\/b&gt; claim/);
  assert.doesNotMatch(body, /note|to self/, 'HTML comments never print');
});

test('RenderCV-style Markdown in entry fields renders as a link, safely', () => {
  const { text, resume } = resumeOf([{ title: '[FlashInfer](https://github.com/flashinfer)', org: '[x](javascript:alert(1))', bullets: [] }]);
  const body = renderResume({ ...resume, format: 'rendercv' }, text, { timeline: false }).body;
  assert.match(body, /<a href="https:\/\/github.com\/flashinfer" rel="noopener noreferrer">FlashInfer<\/a>/);
  assertInert(body, 'rendercv fields');
  const md = renderResume(resume, text, { timeline: false }).body;
  assert.match(md, /\[FlashInfer\]\(https:\/\/github.com\/flashinfer\)/, 'prose parsers already stripped markup: shown as written');
});

test('property: any text in any field renders without throwing and stays inert', () => {
  const piece = fc.oneof(
    fc.string(),
    fc.constantFrom(...PAYLOADS, '<', '>', '"', "'", '&', '](', '[', ')', 'javascript:', '<!--', '-->', '`', '*', '_', '\u202e', '\u0000', '😀', '\r\n'),
  );
  const str = fc.array(piece, { maxLength: 6 }).map((a) => a.join(''));
  fc.assert(
    fc.property(str, str, str, fc.array(str, { maxLength: 4 }), fc.constantFrom('markdown', 'text', 'jsonresume', 'rendercv') as fc.Arbitrary<Resume['format']>, (name, title, section, bullets, format) => {
      const { text, resume } = resumeOf([{ title: title || 'T', org: section || 'O', dates: ['2019-01', 'present'], bullets: bullets.map((b) => b || 'x') }]);
      const hostile: Resume = { ...resume, format, contact: { ...resume.contact, name: { value: name, span: { start: 0, end: 0 } }, links: [{ value: section, span: { start: 0, end: 0 } }] }, summary: { value: title, span: { start: 0, end: 0 } } };
      hostile.sections = [...hostile.sections, { title: section, kind: 'awards', span: { start: 0, end: text.length }, headingSpan: { start: 0, end: 0 }, entries: [] }];
      const out = renderResume(hostile, text + section, { standalone: true, timeline: true, today: { year: 2026, month: 11 } });
      assertInert(out.body, 'property');
    }),
    { numRuns: 150 },
  );
});

test('RenderCV: a name written as a Markdown link is the name in the model and still a link on the page', async () => {
  const { parse } = await import('../../server/src/engine/parse/index');
  const src = ['cv:', '  name: Ada Stone', '  sections:', '    projects:', '      - name: "[NeuralPrune](https://github.com/ada/neuralprune)"', '        highlights:', '          - Pruned 80% of weights with no loss in accuracy', ''].join('\n');
  const resume = parse(src, 'Ada_CV.yaml')!;
  const title = resume.sections[0].entries[0].title!;
  assert.equal(title.value, 'NeuralPrune');
  assert.equal(src.slice(title.span.start, title.span.end), '[NeuralPrune](https://github.com/ada/neuralprune)');
  const body = renderResume(resume, src).body;
  assert.match(body, /<a href="https:\/\/github\.com\/ada\/neuralprune"[^>]*>NeuralPrune<\/a>/);
  assert.ok(!body.includes('[NeuralPrune]'));
});
