// The `resumeStudio.*` settings the server reads (pulled per document with workspace/configuration),
// with defaults for clients that send none (Neovim, Helix...).

export interface ServerSettings {
  /** Lint only when the file is saved, not on every change. */
  lintOnSave: boolean;
  /** Files larger than this many bytes are skipped with one info diagnostic. */
  maxFileSize: number;
  /** `resumeStudio.rules.<id>`: a severity or an object with severity and options. */
  rules: Record<string, unknown>;
  /** Extra words the spelling rule accepts. */
  words: string[];
  preview: { theme?: string; paper?: 'letter' | 'a4' };
  /** `resumeStudio.jobDescription`: a job posting to compare every résumé with (job match). */
  jobDescription?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export const defaultSettings: ServerSettings = { lintOnSave: false, maxFileSize: DEFAULT_MAX_FILE_SIZE, rules: {}, words: [], preview: {} };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whatever the client sent (possibly null, partial or mistyped) -> complete settings. */
export function normaliseSettings(raw: unknown): ServerSettings {
  if (!isObject(raw)) return defaultSettings;
  const preview = isObject(raw.preview) ? raw.preview : {};
  const size = raw.maxFileSize;
  const words = Array.isArray(raw.words) ? raw.words : Array.isArray(raw.dictionary) ? raw.dictionary : [];
  return {
    lintOnSave: raw.lintOnSave === true,
    maxFileSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_MAX_FILE_SIZE,
    rules: isObject(raw.rules) ? raw.rules : {},
    words: words.filter((w): w is string => typeof w === 'string'),
    preview: {
      theme: typeof preview.theme === 'string' ? preview.theme : undefined,
      paper: preview.paper === 'a4' || preview.paper === 'letter' ? preview.paper : undefined,
    },
    jobDescription: typeof raw.jobDescription === 'string' && raw.jobDescription.trim() ? raw.jobDescription.trim() : undefined,
  };
}

/** "1.4 MB" for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * Settings with the Code Spell Checker's `cSpell.words` added to the accepted words, so a word list
 * kept for cspell counts here too (`raw` is that setting as the client sent it; junk is ignored).
 */
export function withCspellWords(settings: ServerSettings, raw: unknown): ServerSettings {
  const extra = Array.isArray(raw) ? raw.filter((w): w is string => typeof w === 'string' && w !== '') : [];
  return extra.length ? { ...settings, words: [...settings.words, ...extra] } : settings;
}
