// Which files are résumés by name: the names the extension's `resume` language claims
// (package.json) plus the YAML/JSON names the client selects. Editors other than VS Code attach
// the server to every Markdown/YAML file, so a Markdown or text document is only checked when its
// name (or its language, `resume`) says it is a résumé; YAML/JSON are then decided by content.

const RESUME_NAME = /(^|\.)(resume|cv)\.(md|markdown|txt|json|ya?ml)$|_CV\.ya?ml$/i;
const YAML_OR_JSON = /\.(ya?ml|json|jsonc)$/i;

/** resume.md, cv.txt, jane.resume.md, jane.cv.yaml, resume.json, John_Doe_CV.yaml ... */
export function isResumeFileName(name: string): boolean {
  return RESUME_NAME.test(name);
}

/** Whether the server should read this document at all (YAML/JSON still need résumé content). */
export function mayBeResume(fileName: string, languageId: string): boolean {
  return languageId === 'resume' || isResumeFileName(fileName) || YAML_OR_JSON.test(fileName);
}
