// The status bar and language status wording from StatsRequest numbers: pure (no vscode) so it is unit-tested.
import type { StatsResult } from '../../server/src/protocol';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The language status item's text and detail, and whether the metric share is weak. */
export function describeStats(s: StatsResult, measuredPages?: number): { text: string; detail: string; weak: boolean } {
  const pages = measuredPages ?? s.pages;
  const share = s.bullets ? Math.round((s.bulletsWithMetric / s.bullets) * 100) : 0;
  return {
    text: `${plural(s.words, 'word', 'words')} · ${plural(pages, 'page', 'pages')}`,
    detail: `${plural(s.bullets, 'bullet', 'bullets')}, ${s.bulletsWithMetric} with a measurable result (${share}%)`,
    // Below 40% of bullets with a number reads as duties, not results (missing-metric's minShare).
    weak: s.bullets > 0 && s.bulletsWithMetric / s.bullets < 0.4,
  };
}

/** The status bar item: every figure at a glance, and a tooltip that says what a click does. */
export function statusBarText(s: StatsResult, measuredPages?: number): { text: string; tooltip: string } {
  const pages = measuredPages ?? s.pages;
  const d = describeStats(s, measuredPages);
  const icon = d.weak ? '$(warning)' : '$(book)';
  return {
    text: `${icon} ${plural(s.words, 'word', 'words')} · ${plural(s.bullets, 'bullet', 'bullets')} · ${s.bulletsWithMetric} with metrics · ${plural(pages, 'page', 'pages')}`,
    tooltip:
      `Résumé Studio: ${d.detail}` +
      (d.weak ? '; aim for at least 40%, so the bullets read as results, not duties' : '') +
      `. ${measuredPages === undefined ? 'Pages estimated; the preview measures them' : 'Pages measured by the preview'}. Click to open the preview.`,
  };
}
