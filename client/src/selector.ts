// Which documents are résumés for the client (SPEC §2, §3). Every résumé keeps its own language
// (markdown, plaintext, yaml, json) so the user's other tools keep working on it; the client
// selects résumés by file name (the names the server and the CLI know, resume-files.ts), by the
// user's globs in resumeStudio.files, and by the files the user chose with "Treat This File as a
// Résumé". Pure (no vscode import) so it is unit-tested.
import { RESUME_GLOBS } from '../../server/src/lsp/resume-files';

/** A document filter in the shape both vscode and vscode-languageclient accept. */
export interface ResumeFilter {
  language?: string;
  scheme?: string;
  pattern?: string;
}

/** A file chosen with "Treat This File as a Résumé": its URI scheme and its path as VS Code matches it (fsPath for files). */
export interface TreatedFile {
  scheme: string;
  path: string;
}

/** Relative globs from settings match anywhere in the workspace, as users expect of "cv/*.md". */
export function normaliseGlob(glob: string): string {
  const g = glob.trim().replace(/\\/g, '/');
  if (!g) return g;
  if (g.startsWith('**/') || g.startsWith('/') || /^[a-z]:\//i.test(g)) return g;
  return `**/${g.replace(/^\.\//, '')}`;
}

export function resumeSelector(userGlobs: readonly string[] = [], treated: readonly TreatedFile[] = []): ResumeFilter[] {
  // Any scheme and any language: untitled buffers and virtual workspaces are résumés too, and a
  // resume.md the user switched to another language is still one.
  const filters: ResumeFilter[] = RESUME_GLOBS.map((pattern) => ({ pattern }));
  for (const g of userGlobs) {
    const pattern = normaliseGlob(g);
    if (pattern) filters.push({ pattern });
  }
  // VS Code matches a pattern equal to the document's path before trying it as a glob, so a path
  // with [ or { in it still matches itself.
  for (const t of treated) filters.push({ scheme: t.scheme, pattern: t.path });
  return filters;
}

/** A `when` clause regex for résumé file names (menus and keybindings), the same names as RESUME_GLOBS. */
export const RESUME_NAME_WHEN = '/^(resume|cv)\\.(md|markdown|txt|json|ya?ml)$|\\.(resume|cv)\\.(md|markdown|txt|json|ya?ml)$|_CV\\.ya?ml$/i';

/** Context key: paths of open résumés that are not résumés by name (resumeStudio.files, "Treat This File as a Résumé"). */
export const EXTRA_RESUMES_KEY = 'resumeStudio.extraResumes';
