// Finding and reading the workspace config file (.resume-studio.json) on disk, for the server and
// the CLI. The engine stays pure: it parses and merges the text (engine/config.ts); only this
// module touches the file system.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cspellWords, parseConfigFile, type ConfigLayer, type ConfigProblem } from './engine/config';

export const CONFIG_FILE_NAME = '.resume-studio.json';

/**
 * The nearest .resume-studio.json in the folder of `file` or above it, stopping at `stopAt`
 * (e.g. the workspace folder) when given. Undefined when there is none.
 */
export function findConfigFile(file: string, stopAt?: string, exists: (p: string) => boolean = existsSync): string | undefined {
  let dir = dirname(resolve(file));
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    if (stop && dir === stop) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface LoadedConfigFile {
  path: string;
  text: string;
  config: ConfigLayer;
  /** Problems with spans into `text` (see LineIndex to show line:column). */
  problems: ConfigProblem[];
  /** True when none of the file could be used: the folder is checked with the default rules. */
  unusable?: boolean;
}

/** Reads and validates one config file; a file that cannot be read becomes one problem, not a throw. */
export function loadConfigFile(path: string, read: (p: string) => string = (p) => readFileSync(p, 'utf8')): LoadedConfigFile {
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    return { path, text: '', config: {}, problems: [{ message: `${CONFIG_FILE_NAME} could not be read (${(e as Error).message}); the default rules apply. Check the file's permissions.`, span: { start: 0, end: 0 } }], unusable: true };
  }
  const { config, problems, unusable } = parseConfigFile(text);
  return { path, text, config, problems, unusable };
}

/** cspell's own configuration files, nearest first in a folder (its documented names, JSON ones). */
export const CSPELL_FILE_NAMES = ['.cspell.json', 'cspell.json', '.cSpell.json', 'cSpell.json', 'cspell.config.json', '.vscode/cspell.json'];
/** A file-watcher glob for them. */
export const CSPELL_GLOB = '**/{.cspell.json,cspell.json,.cSpell.json,cSpell.json,cspell.config.json}';

/** The nearest cspell configuration file in the folder of `file` or above it (stopping at `stopAt`), or undefined. */
export function findCspellFile(file: string, stopAt?: string, exists: (p: string) => boolean = existsSync): string | undefined {
  let dir = dirname(resolve(file));
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    for (const name of CSPELL_FILE_NAMES) {
      const candidate = join(dir, name);
      if (exists(candidate)) return candidate;
    }
    if (stop && dir === stop) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The words a cspell file accepts; none when it cannot be read. */
export function loadCspellWords(path: string, read: (p: string) => string = (p) => readFileSync(p, 'utf8')): string[] {
  try {
    return cspellWords(read(path));
  } catch {
    return [];
  }
}
