// Where the server and the CLI find the spelling rule's dictionary: `dictionary/en.words` beside
// the bundle (dist/dictionary, made by scripts/build.mjs), else dist/dictionary in a folder above
// (test and benchmark bundles run from out/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setDictionaryLoader, type DictionaryLoader, type LoaderOptions } from './engine/spelling/spelling';

export const DICTIONARY_FILE = 'en.words';

/** The dictionary file, or undefined when none is found. */
export function findDictionaryFile(from: string = __dirname): string | undefined {
  const beside = join(from, 'dictionary', DICTIONARY_FILE);
  if (existsSync(beside)) return beside;
  for (let dir = from; ; dir = dirname(dir)) {
    const built = join(dir, 'dist', 'dictionary', DICTIONARY_FILE);
    if (existsSync(built)) return built;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A loader that reads the file only when the spelling rule first needs it. */
export function fileDictionaryLoader(from: string = __dirname): DictionaryLoader {
  return () => {
    const file = findDictionaryFile(from);
    return file ? readFileSync(file) : undefined;
  };
}

/**
 * Registers the file loader with the engine; cheap (nothing is read until first use). With
 * `deferred`, nothing is read until preloadDictionary() (engine/spelling/spelling.ts) is called.
 */
export function registerDictionary(from: string = __dirname, options: LoaderOptions = {}): void {
  setDictionaryLoader(fileDictionaryLoader(from), options);
}
