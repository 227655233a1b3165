// Where the server and the CLI find the spelling rule's dictionary: `dictionary/en.words` beside
// the bundle (dist/dictionary, made by scripts/build.mjs), else dist/dictionary in a folder above
// (test and benchmark bundles run from out/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setDictionaryLoader, type DictionaryLoader, type LoaderOptions } from './engine/spelling/spelling';
import { DICTIONARY_FILE, dictionaryBeside } from './prefetch';

export { DICTIONARY_FILE };

/** The dictionary file, or undefined when none is found. */
export function findDictionaryFile(from: string = __dirname): string | undefined {
  const beside = dictionaryBeside(from);
  if (existsSync(beside)) return beside;
  for (let dir = from; ; dir = dirname(dir)) {
    const built = join(dir, 'dist', 'dictionary', DICTIONARY_FILE);
    if (existsSync(built)) return built;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * A loader that reads the file only when the spelling rule first needs it. `prefetched`, when
 * given, is the bytes of the file beside `from` read ahead (prefetch.ts), taken when they are in.
 */
export function fileDictionaryLoader(from: string = __dirname, prefetched?: () => Uint8Array | undefined): DictionaryLoader {
  return () => {
    const ahead = prefetched?.();
    if (ahead) return ahead;
    const file = findDictionaryFile(from);
    return file ? readFileSync(file) : undefined;
  };
}

/**
 * Registers the file loader with the engine; cheap (nothing is read until first use). With
 * `deferred`, nothing is read until preloadDictionary() (engine/spelling/spelling.ts) is called.
 */
export function registerDictionary(from: string = __dirname, options: LoaderOptions & { prefetched?: () => Uint8Array | undefined } = {}): void {
  const { prefetched, ...rest } = options;
  setDictionaryLoader(fileDictionaryLoader(from, prefetched), rest);
}
