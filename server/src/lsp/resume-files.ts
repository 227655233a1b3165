// Which files are résumés by name, in one place for the server, the CLI and the VS Code client
// (which selects documents by these globs: résumés keep their own language, SPEC §2). Editors
// other than VS Code attach the server to every Markdown/YAML file, so a Markdown or text
// document is only checked when its name says it is a résumé (or the client says it selected
// it); YAML/JSON are then decided by content. No node or vscode imports: the client bundles it.

const RESUME_NAME = /(^|\.)(resume|cv)\.(md|markdown|txt|json|ya?ml)$|_CV\.ya?ml$/i;
const YAML_OR_JSON = /\.(ya?ml|json|jsonc)$/i;

/** The names isResumeFileName accepts, as globs (VS Code matches globs case-sensitively, so the usual spellings are listed). */
export const RESUME_GLOBS: readonly string[] = [
  '**/{resume,Resume,RESUME,cv,CV,Cv}.{md,markdown,txt,json,yaml,yml}',
  '**/*.{resume,Resume,RESUME,cv,CV,Cv}.{md,markdown,txt,json,yaml,yml}',
  '**/*_CV.{yaml,yml}',
];

/** The same names for messages and help, shortest first. */
export const RESUME_NAMES_SHOWN = 'resume.md, cv.md, resume.txt, cv.txt, resume.json, *.resume.{md,txt,json,yaml,yml}, *.cv.{md,txt,yaml,yml}, *_CV.yaml';

/** resume.md, cv.txt, jane.resume.md, jane.cv.yaml, resume.json, John_Doe_CV.yaml ... */
export function isResumeFileName(name: string): boolean {
  return RESUME_NAME.test(name);
}

/**
 * Whether the server should read this document at all (YAML/JSON still need résumé content).
 * `clientSelected`: the VS Code client sends only documents it selected as résumés (by these
 * names, resumeStudio.files or "Treat This File as a Résumé"), so any name is then accepted.
 */
export function mayBeResume(fileName: string, languageId: string, clientSelected = false): boolean {
  return clientSelected || languageId === 'resume' || isResumeFileName(fileName) || YAML_OR_JSON.test(fileName);
}
