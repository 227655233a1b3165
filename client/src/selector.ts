// Which documents are résumés for the client: language `resume`, plus YAML/JSON résumés by file
// name (they keep their own language so other YAML/JSON tooling still works; SPEC §3), plus the
// user's globs from resumeStudio.files.

/** A document filter in the shape both vscode and vscode-languageclient accept. */
export interface ResumeFilter {
  language?: string;
  scheme?: string;
  pattern?: string;
}

/** YAML/JSON résumé names (JSON Resume, RenderCV, YAMLResume-style). */
export const YAML_JSON_PATTERNS = ['**/resume.json', '**/*.resume.{json,yaml,yml}', '**/*_CV.yaml', '**/*.cv.{yaml,yml}'];

/** Relative globs from settings match anywhere in the workspace, as users expect of "cv/*.md". */
export function normaliseGlob(glob: string): string {
  const g = glob.trim().replace(/\\/g, '/');
  if (!g) return g;
  if (g.startsWith('**/') || g.startsWith('/') || /^[a-z]:\//i.test(g)) return g;
  return `**/${g.replace(/^\.\//, '')}`;
}

export function resumeSelector(userGlobs: readonly string[] = []): ResumeFilter[] {
  // Any scheme: untitled buffers and virtual workspaces are résumés too.
  const filters: ResumeFilter[] = [{ language: 'resume' }];
  for (const pattern of YAML_JSON_PATTERNS) {
    for (const language of ['yaml', 'json', 'jsonc']) filters.push({ language, pattern });
  }
  for (const g of userGlobs) {
    const pattern = normaliseGlob(g);
    if (pattern) filters.push({ pattern });
  }
  return filters;
}

/** Languages a file in resumeStudio.files is switched from to `resume` when opened. */
export const PROSE_LANGUAGES = new Set(['markdown', 'plaintext']);
