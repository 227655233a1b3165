// The language status item's wording from StatsRequest numbers: pure (no vscode) so it is unit-tested.
import type { StatsResult } from '../../server/src/protocol';

/** The item's text and detail; pure so it can be tested without VS Code. */
export function describeStats(s: StatsResult, measuredPages?: number): { text: string; detail: string; weak: boolean } {
  const pages = measuredPages ?? s.pages;
  const share = s.bullets ? Math.round((s.bulletsWithMetric / s.bullets) * 100) : 0;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    text: `${plural(s.words, 'word', 'words')} · ${plural(pages, 'page', 'pages')}`,
    detail: `${plural(s.bullets, 'bullet', 'bullets')}, ${s.bulletsWithMetric} with a measurable result (${share}%)`,
    // Below 40% of bullets with a number reads as duties, not results (missing-metric's minShare).
    weak: s.bullets > 0 && s.bulletsWithMetric / s.bullets < 0.4,
  };
}
