// The built-in print themes and paper sizes. CSS only (no web fonts, no remote loads): the same
// sheet styles the preview, the exported HTML and the PDF.

export type Paper = 'letter' | 'a4';

export interface PaperSize {
  width: string;
  height: string;
  /** CSS pixels at 96 dpi, for the preview's page-break arithmetic. */
  widthPx: number;
  heightPx: number;
  margin: string;
  marginPx: number;
}

export const PAPERS: Record<Paper, PaperSize> = {
  letter: { width: '8.5in', height: '11in', widthPx: 816, heightPx: 1056, margin: '0.6in', marginPx: 57.6 },
  a4: { width: '210mm', height: '297mm', widthPx: 793.7, heightPx: 1122.5, margin: '15mm', marginPx: 56.7 },
};

export const THEMES = ['classic', 'modern'] as const;
export type ThemeId = (typeof THEMES)[number];

export function themeId(theme: string | undefined): ThemeId {
  return (THEMES as readonly string[]).includes(theme ?? '') ? (theme as ThemeId) : 'classic';
}

export function paperId(paper: string | undefined): Paper {
  return paper === 'a4' ? 'a4' : 'letter';
}

const BASE = `
.rs-resume { box-sizing: border-box; color: #1b1b1b; background: #fff; font-size: 10.5pt; line-height: 1.38;
  width: var(--rs-paper-width); padding: var(--rs-margin); margin: 0 auto; overflow-wrap: anywhere; }
.rs-resume *, .rs-resume *::before, .rs-resume *::after { box-sizing: border-box; }
.rs-resume h1, .rs-resume h2, .rs-resume h3, .rs-resume p, .rs-resume ul { margin: 0; }
.rs-resume a { color: inherit; text-decoration: underline; text-decoration-thickness: 0.06em; }
.rs-resume code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
.rs-header { margin-bottom: 0.9em; }
.rs-name { font-size: 22pt; line-height: 1.15; font-weight: 700; }
.rs-contact { margin-top: 0.25em; font-size: 9.5pt; color: #333; }
.rs-contact .rs-sep { color: #888; padding: 0 0.45em; }
.rs-contact > a, .rs-contact > span:not(.rs-sep) { white-space: nowrap; }
.rs-section { margin-top: 1em; }
.rs-section-title { font-size: 11pt; margin-bottom: 0.45em; break-after: avoid; page-break-after: avoid; }
.rs-entry { margin-bottom: 0.7em; break-inside: avoid; page-break-inside: avoid; }
.rs-entry-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.5em; }
.rs-entry-what { flex: 1 1 auto; }
.rs-entry-title { font-weight: 700; }
.rs-entry-dates { margin-left: auto; white-space: nowrap; font-variant-numeric: tabular-nums; color: #333; }
.rs-entry-location { color: #555; font-size: 9.5pt; }
.rs-bullets { padding-left: 1.2em; margin-top: 0.2em; }
.rs-bullets li { margin: 0.12em 0; }
.rs-skill-line { margin: 0.1em 0; }
.rs-skill-group { font-weight: 700; }
.rs-skills { padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; }
.rs-skills li::after { content: "·"; color: #999; margin-left: 0.5em; }
.rs-skills li:last-child::after { content: ""; }
.rs-raw p + p, .rs-raw ul { margin-top: 0.3em; }
.rs-raw ul { padding-left: 1.2em; }
/* Text no field holds, printed where it stands so nothing the author wrote is lost. */
.rs-resume p.rs-extra { margin: 0.12em 0; }
.rs-header p.rs-extra { margin-top: 0.2em; font-size: 9.5pt; color: #333; }
.rs-timeline { margin: 0 auto 16px; width: var(--rs-paper-width); max-width: 100%; box-sizing: border-box; padding: 10px 14px; background: #fff;
  color: #222; font: 12px/1.4 system-ui, sans-serif; border-radius: 4px; }
.rs-timeline figcaption { margin-top: 4px; }
.rs-timeline figcaption ul { margin: 2px 0 0; padding-left: 1.2em; }
.rs-tl-tick { stroke: #ddd; stroke-width: 1; }
.rs-tl-year { fill: #666; font-size: 10px; }
.rs-tl-bar rect { fill: #4a78b5; }
.rs-tl-education rect { fill: #7a9a55; }
.rs-tl-volunteer rect { fill: #9a7ab5; }
.rs-tl-bar text { fill: #fff; font-size: 10px; pointer-events: none; }
.rs-tl-bar text.rs-tl-out { fill: #333; }
.rs-tl-bar { cursor: pointer; }
.rs-tl-gap { fill: #d9534f; fill-opacity: 0.18; stroke: #d9534f; stroke-dasharray: 3 2; }
.rs-tl-overlap { fill: #f0ad4e; fill-opacity: 0.35; }
.rs-tl-note-gap { color: #b52b27; }
.rs-tl-note-overlap { color: #8a5a00; }
@media print {
  .rs-timeline { display: none; }
  .rs-resume { width: auto; padding: 0; }
}
`;

const THEME_CSS: Record<ThemeId, string> = {
  classic: `
.rs-theme-classic { font-family: "Georgia", "Times New Roman", "Liberation Serif", serif; }
.rs-theme-classic .rs-header { text-align: center; }
/* No letter-spacing with small caps: the gap it puts after a title's capital makes PDF text read "E xperience". */
.rs-theme-classic .rs-section-title { font-variant: small-caps; font-size: 12.5pt;
  border-bottom: 1px solid #222; padding-bottom: 1px; }
.rs-theme-classic .rs-entry-org { font-style: italic; }
`,
  modern: `
.rs-theme-modern { font-family: "Inter", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 10pt; }
.rs-theme-modern .rs-name { color: #0b4f8a; font-weight: 800; letter-spacing: -0.01em; }
.rs-theme-modern .rs-header { border-left: 4px solid #0b4f8a; padding-left: 0.7em; }
.rs-theme-modern .rs-section-title { color: #0b4f8a; text-transform: uppercase; letter-spacing: 0.12em; font-size: 9.5pt; }
.rs-theme-modern .rs-entry-org { color: #444; }
.rs-theme-modern .rs-entry-sep { color: #999; }
.rs-theme-modern .rs-entry-dates { color: #0b4f8a; font-size: 9.5pt; }
.rs-theme-modern .rs-bullets li::marker { color: #0b4f8a; }
`,
};

/** The whole stylesheet for one theme on one paper size. */
export function themeCss(theme: ThemeId, paper: Paper): string {
  const p = PAPERS[paper];
  return (
    `:root { --rs-paper-width: ${p.width}; --rs-paper-height: ${p.height}; --rs-margin: ${p.margin}; ` +
    `--rs-page-px: ${p.heightPx}; --rs-margin-px: ${p.marginPx}; }\n` +
    `@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; margin: ${p.margin}; }\n` +
    BASE +
    THEME_CSS[theme]
  );
}
