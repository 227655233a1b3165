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
  /** The "Job match" part (HTML, escaped, no script) when a job posting is paired with the résumé. */
  jobMatch?: string;
}

export const ParsedModelRequest = 'resumeStudio/parsedModel';
export interface ParsedModelParams {
  uri: string;
}
/**
 * The engine's Resume model as JSON, each span as offsets plus `from`/`to` "line:column" (1-based;
 * engine/editor/located.ts), or null when the file is not a résumé.
 */
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

/**
 * Client -> server: "Compare with Job Description…" paired a résumé with a posting (its text sent
 * along, so an untitled editor works), or unpaired it (no text).
 */
export const JobPostingNotification = 'resumeStudio/jobPosting';
export interface JobPostingParams {
  resumeUri: string;
  postingUri?: string;
  /** Shown in messages: a workspace-relative path or the editor's title. */
  name?: string;
  text?: string | null;
}

/** Server -> client: the job match of these résumés changed without an edit to them (the posting changed). */
export const JobMatchChangedNotification = 'resumeStudio/jobMatchChanged';
export interface JobMatchChangedParams {
  uris: string[];
}

/**
 * The server's memory, after a full garbage collection when the process was started with
 * --expose-gc (the bench does, to tell retained memory from garbage not yet collected).
 */
export const MemoryRequest = 'resumeStudio/memory';
export interface MemoryResult {
  rss: number;
  heapUsed: number;
  /** Heap the engine has reserved (used or not), and memory outside it (buffers). */
  heapTotal: number;
  external: number;
  /** Whether a collection ran before measuring. */
  collected: boolean;
}
