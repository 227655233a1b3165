// The career timeline as the preview shows it, measured in a real Chromium with the preview's own
// stylesheet: every label (years on the axis, roles on their bars) lies inside the figure, a label
// inside a bar stays inside that bar, and a label set beside its bar covers no other bar or label.
// The SVG clips whatever crosses its edge, so a label outside it is a label cut in half.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { renderResume } from '../../server/src/engine/render/index';
import { labelWidth } from '../../server/src/engine/render/timeline';
import { findChrome } from '../../server/src/pdf';
import { resumeOf, type RoleSpec } from '../util/model-builder';
import { repoRoot } from '../util/paths';

const chrome = findChrome().path;
let browser: Browser | undefined;

before(async () => {
  assert.ok(chrome, 'Chromium is needed to measure the timeline: apt-get install chromium (.ci/run installs it).');
  browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
});
after(async () => {
  await browser?.close();
});

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  outside: boolean;
  bar?: { x: number; y: number; width: number; height: number };
}

/** Renders the roles' timeline in a page styled as the preview and returns the SVG size, the bars and every label's box. */
async function measure(roles: RoleSpec[], theme: string) {
  const { text, resume } = resumeOf(roles);
  const out = renderResume(resume, text, { theme, paper: 'letter', timeline: true, today: { year: 2026, month: 11 } });
  const previewCss = readFileSync(join(repoRoot, 'media/preview.css'), 'utf8');
  const page = await browser!.newPage({ viewport: { width: 900, height: 700 } });
  try {
    await page.setContent(`<!doctype html><html><head><style>${previewCss}</style><style>${out.css}</style></head><body>${out.body}</body></html>`);
    return await page.evaluate(() => {
      const svg = document.querySelector('svg.rs-timeline-svg') as SVGSVGElement;
      const vb = svg.viewBox.baseVal;
      const boxOf = (el: SVGGraphicsElement) => {
        const b = el.getBBox();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      };
      const labels: Box[] = Array.from(svg.querySelectorAll('text')).map((t) => {
        const rect = t.parentElement?.querySelector('rect');
        return { text: t.textContent ?? '', ...boxOf(t), outside: t.classList.contains('rs-tl-out'), bar: t.classList.contains('rs-tl-year') || !rect ? undefined : boxOf(rect) };
      });
      const bars = Array.from(svg.querySelectorAll('g.rs-tl-bar rect')).map((r) => boxOf(r as SVGGraphicsElement));
      return { width: vb.width, height: vb.height, labels, bars, years: Array.from(svg.querySelectorAll('text.rs-tl-year')).length };
    });
  } finally {
    await page.close();
  }
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

const CAREERS: Record<string, RoleSpec[]> = {
  // Starts in January and ends in December: the first and last year ticks sit at the figure's edges.
  'edge years': [
    { title: 'Principal Software Engineer', org: 'Very Long Company Name Incorporated', dates: ['2021-01', '2025-12'] },
    { title: 'Senior Engineer', org: 'Beta Industries', dates: ['2017-01', '2020-09'] },
    { title: 'Engineer', org: 'Gamma', dates: ['2012-01', '2016-12'] },
    { title: 'Intern', org: 'Delta', dates: ['2011-01', '2011-09'] },
  ],
  // Short roles at both ends (the current one overlaps the last, so it has a lane of its own), with
  // wide capitals that an average letter width underestimates.
  'short bars at the edges': [
    { title: 'WEB MARKETING MANAGER', org: 'MWM Worldwide', dates: ['2026-03', 'present'] },
    { title: 'Analyst', org: 'Northwind', dates: ['2019-02', '2026-04'] },
    { title: 'Summer Intern', org: 'Wide Widgets Ltd', dates: ['2018-06', '2018-08'] },
  ],
  // Overlapping roles in two lanes, one of them current.
  overlaps: [
    { title: 'Founder', org: 'Side Project Co', dates: ['2020-03', 'present'] },
    { title: 'Staff Engineer', org: 'Acme', dates: ['2019-01', '2024-06'] },
    { title: 'Engineer', org: 'Initech', dates: ['2015-04', '2019-02'] },
  ],
  // Forty years: ticks every few years, many short bars.
  'long career': Array.from({ length: 14 }, (_, i): RoleSpec => ({
    title: `Role number ${i + 1}`,
    org: `Company ${String.fromCharCode(65 + i)}`,
    dates: [`${1986 + i * 3}-0${1 + (i % 9)}`, `${1988 + i * 3}-1${i % 3}`],
  })),
  'one role': [{ title: 'Engineer', org: 'Acme', dates: ['2025-10', '2026-02'] }],
};

for (const theme of ['classic', 'modern']) {
  for (const [name, roles] of Object.entries(CAREERS)) {
    test(`timeline labels are not clipped (${name}, ${theme})`, async () => {
      const m = await measure(roles, theme);
      assert.ok(m.years > 0, 'the axis has year labels');
      for (const l of m.labels) {
        const what = `"${l.text}" at x ${l.x.toFixed(1)}–${(l.x + l.width).toFixed(1)} of ${m.width}`;
        assert.ok(l.x >= 0 && l.x + l.width <= m.width, `${what}: crosses the figure's edge`);
        assert.ok(l.y >= 0 && l.y + l.height <= m.height, `${what}: crosses the top or bottom`);
        if (!l.bar) continue;
        if (!l.outside) assert.ok(l.x >= l.bar.x && l.x + l.width <= l.bar.x + l.bar.width, `${what}: runs out of its bar (${l.bar.x}–${l.bar.x + l.bar.width})`);
        else for (const b of m.bars) if (b !== l.bar) assert.ok(!overlaps(l, b) || (b.x === l.bar.x && b.y === l.bar.y), `${what}: covers another bar`);
      }
      const roleLabels = m.labels.filter((l) => l.bar);
      for (let i = 0; i < roleLabels.length; i++)
        for (let j = i + 1; j < roleLabels.length; j++) assert.ok(!overlaps(roleLabels[i], roleLabels[j]), `"${roleLabels[i].text}" and "${roleLabels[j].text}" overlap`);
      // A label shown whole or shortened, never a stray letter or two.
      for (const l of roleLabels) assert.ok(l.text.length >= 4, `"${l.text}"`);
    });
  }
}

test('timeline: a role too short for its label inside gets it beside the bar, whole', async () => {
  const m = await measure(CAREERS['short bars at the edges'], 'classic');
  const current = m.labels.find((l) => l.text.startsWith('WEB MARKETING'));
  assert.ok(current, `the six-month current role is labelled: ${m.labels.map((l) => l.text).join(' | ')}`);
  assert.equal(current.text, 'WEB MARKETING MANAGER, MWM Worldwide');
  assert.equal(current.outside, true);
  // The estimate used for placing labels is never narrower than what the browser draws.
  for (const l of m.labels) if (!l.text.endsWith('…')) assert.ok(labelWidth(l.text) >= l.width, `"${l.text}": estimated ${labelWidth(l.text)}, drawn ${l.width.toFixed(1)}`);
});
