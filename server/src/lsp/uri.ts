// Document URIs -> file names: the engine picks the format from the name, and config lookup
// needs a real path (file: URIs only; untitled and virtual documents have none).
import { fileURLToPath } from 'node:url';

/** The local path of a file: URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A file name for format detection: the URI's last path segment, decoded ("untitled:Untitled-1" -> "Untitled-1"). */
export function uriFileName(uri: string): string {
  const path = uriToPath(uri) ?? uri.replace(/^[a-z][\w+.-]*:/i, '').replace(/[?#].*$/, '');
  let name = path.split(/[\\/]/).pop() ?? path;
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep it encoded */
  }
  return name;
}

const EXTENSION_OF_LANGUAGE: Record<string, string> = { yaml: '.yaml', json: '.json', jsonc: '.json', plaintext: '.txt', markdown: '.md', resume: '.md' };

/**
 * The name the engine picks a format from. Untitled and extension-less documents borrow an
 * extension from their language, so an untitled YAML résumé is read as YAML, not Markdown.
 */
export function documentFileName(uri: string, languageId: string): string {
  const name = uriFileName(uri);
  if (/\.[a-z0-9]{1,8}$/i.test(name)) return name;
  return name + (EXTENSION_OF_LANGUAGE[languageId] ?? '');
}
