// The small protocol shared by the client and the server (custom LSP requests). The client never
// parses résumés: it asks the server, so the editor, the preview and the CLI cannot disagree.
// Only plain types and method names here: both bundles import this file.

export const RenderRequest = 'resumeStudio/render';
export interface RenderParams {
  uri: string;
  /** Theme id (see engine/render); the setting's value when absent. */
  theme?: string;
  paper?: 'letter' | 'a4';
}
export interface RenderResult {
  /** Document version the HTML was rendered from. */
  version: number;
  title: string;
  /** The résumé as HTML body content: no script, every text escaped. Elements carry data-line. */
  body: string;
  /** The theme's stylesheet. */
  css: string;
}

export const ParsedModelRequest = 'resumeStudio/parsedModel';
export interface ParsedModelParams {
  uri: string;
}
/** The engine's Resume model as JSON (spans as offsets), or null when the file is not a résumé. */
export type ParsedModelResult = { format: string; model: unknown } | null;

export const StatsRequest = 'resumeStudio/stats';
export interface StatsParams {
  uri: string;
}
export interface StatsResult {
  words: number;
  bullets: number;
  bulletsWithMetric: number;
  /** Estimated printed pages (the preview measures the exact count). */
  pages: number;
}

/** Command the server asks the client to run for "Add to dictionary" (writes workspace config). */
export const AddWordCommand = 'resumeStudio.addWordToDictionary';
