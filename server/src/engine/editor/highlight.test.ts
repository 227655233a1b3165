import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlights, type HighlightKind } from './highlight';
import { metricSpans, hasMetric } from '../text/metrics';
import { parse } from '../parse/index';

/** The highlighted texts of a document, as [kind, text] pairs in order. */
function marks(text: string, fileName: string): [HighlightKind, string][] {
  const resume = parse(text, fileName);
  assert.ok(resume, `${fileName} parses`);
  return highlights(resume, text).map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
}
const of = (ms: [HighlightKind, string][], kind: HighlightKind) => ms.filter(([k]) => k === kind).map(([, t]) => t);

test('metricSpans: the numbers hasMetric counts, with their unit, currency or noun; not years, versions or names', () => {
  const spans = (t: string) => metricSpans(t).map((s) => t.slice(s.start, s.end));
  assert.deepEqual(spans('Cut costs by 30% and saved $2M for 40,000 customers'), ['30%', '$2M', '40,000 customers']);
  assert.deepEqual(spans('Made it 10x faster, tripled revenue'), ['tripled', '10x']);
  assert.deepEqual(spans('Moved 14 source systems to S3 with Python 3 in 2019'), ['14 source systems']);
  assert.deepEqual(spans('Shipped HTTP/2 support on IPv6'), []);
  // Markup and links are skipped without moving the offsets.
  const linked = 'Wrote [`v2` docs](https://example.com/100) read by 300 engineers';
  assert.deepEqual(spans(linked), ['300 engineers']);
  for (const t of ['Cut costs by 30%', 'Led a team of five engineers', 'Ported to Python 3']) assert.equal(metricSpans(t).length > 0, hasMetric(t), t);
});

test('Markdown: section headings, roles, date ranges and metrics', () => {
  const md = `# Jane Doe

## Experience

### Senior Engineer, Acme Corp (Mar 2021 – Present)

- Cut checkout failures by 30% for 40,000 customers
- Wrote the style guide
`;
  const ms = marks(md, 'resume.md');
  assert.deepEqual(of(ms, 'section'), ['## Experience']);
  assert.deepEqual(of(ms, 'role'), ['Senior Engineer', 'Acme Corp']);
  assert.deepEqual(of(ms, 'date'), ['Mar 2021 – Present']);
  assert.deepEqual(of(ms, 'metric'), ['30%', '40,000 customers']);
});

test('plain text out of a PDF: capitalised headings and the dates on their own line', () => {
  const txt = `JANE DOE
jane@example.org

WORK EXPERIENCE
Lone Star Grocers
Senior Data Engineer
Mar. 2022 – Present
• Cut the nightly load from 6 hours to 40 minutes
`;
  const ms = marks(txt, 'resume.txt');
  assert.deepEqual(of(ms, 'section'), ['WORK EXPERIENCE']);
  assert.deepEqual(of(ms, 'date'), ['Mar. 2022 – Present']);
  assert.deepEqual(of(ms, 'metric'), ['6 hours', '40 minutes']);
});

test('YAML and JSON: keys of sections, date values and metrics inside quoted values, at their place in the document', () => {
  const yaml = `basics:
  name: Jane Doe
work:
  - name: Acme
    position: Engineer
    startDate: "2021-03"
    endDate: 2023-08
    highlights:
      - "Cut \\"p99\\" latency by 40% for 120 services"
`;
  const ms = marks(yaml, 'jane.resume.yaml');
  assert.deepEqual(of(ms, 'section'), ['work']);
  assert.deepEqual(of(ms, 'date'), ['2021-03', '2023-08']);
  assert.deepEqual(of(ms, 'metric'), ['40%', '120 services'], 'offsets survive the escaped quotes before them');
  const json = JSON.stringify({ basics: { name: 'Jane Doe' }, work: [{ name: 'Acme', position: 'Engineer', startDate: '2019-01', endDate: '2020-12', highlights: ['Saved $2M a year'] }] }, null, 2);
  const js = marks(json, 'resume.json');
  assert.deepEqual(of(js, 'date'), ['2019-01', '2020-12']);
  assert.deepEqual(of(js, 'metric'), ['$2M']);
});

test('highlights never overlap and stay inside the text, whatever the input', () => {
  for (const [text, name] of [['', 'resume.md'], ['## \n- 5', 'resume.md'], ['work: [', 'x.resume.yaml'], ['EXPERIENCE\n\n2020 – 2019\n• 3 3 3%', 'cv.txt']] as const) {
    const resume = parse(text, name);
    if (!resume) continue;
    let end = 0;
    for (const h of highlights(resume, text)) {
      assert.ok(h.span.start >= end && h.span.end > h.span.start && h.span.end <= text.length, `${name}: ${JSON.stringify(h)}`);
      end = h.span.end;
    }
  }
});
