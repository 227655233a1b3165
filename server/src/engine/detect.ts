// Which dialect a document is, from its name first and its content second (SPEC §3):
// YAML/JSON keep their own language in the editor, so the server recognises them by content.
import type { ResumeFormat } from './model';

const YAML_OR_JSON = /\.(ya?ml|json|jsonc)$/i;

export function detectFormat(fileName: string, text: string): ResumeFormat | undefined {
  const name = fileName.toLowerCase();
  if (YAML_OR_JSON.test(name)) {
    // Top-level keys only: a line starting at column 0 (YAML) or a key at depth 1 (JSON).
    if (/^cv\s*:/m.test(text) || /^\s{0,4}"cv"\s*:/m.test(text)) return 'rendercv';
    if (/^content\s*:/m.test(text) || /^\s{0,4}"content"\s*:/m.test(text)) return 'yamlresume';
    if (/^(basics|work)\s*:/m.test(text) || /^\s{0,4}"(basics|work)"\s*:/m.test(text)) return 'jsonresume';
    return undefined;
  }
  if (name.endsWith('.txt')) return 'text';
  return 'markdown';
}
