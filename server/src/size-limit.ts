// One size cap and one message for the editor and the CLI (issue 13): a file over the limit is not
// read at all (50 MB took the CLI 52 s and 3.6 GB). The server takes the limit from the setting
// resumeStudio.maxFileSize, the CLI from --max-size; both default to DEFAULT_MAX_FILE_SIZE.
import { DEFAULT_MAX_FILE_SIZE, formatBytes } from './lsp/settings';

export { DEFAULT_MAX_FILE_SIZE, formatBytes };

/** What to say about a file of `size` bytes over `limit`; `raise` names how to raise the limit where the user is. */
export function tooLargeMessage(size: number, limit: number, raise: string): string {
  return `This file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit, so Résumé Studio did not check it. ${raise} to check it anyway.`;
}

export const RAISE_IN_EDITOR = 'Raise the setting resumeStudio.maxFileSize';
export const RAISE_IN_CLI = 'Raise the limit with --max-size <bytes>';

/** A --max-size value: bytes, or a number with KB or MB ("2MB", "512KB"); undefined when it is not one. */
export function parseSize(s: string): number | undefined {
  const m = /^(\d{1,12})(?:\s?(k|kb|m|mb))?$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const n = Number(m[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1);
  return n > 0 ? n : undefined;
}
