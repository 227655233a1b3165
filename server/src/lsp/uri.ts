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
