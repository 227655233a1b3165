// Where the server and the CLI find the English dictionary for the spelling rule: `dictionary/`
// beside the bundle (scripts/build.mjs copies it to dist/dictionary), else the dictionary-en
// package in a node_modules above (running from source or from test bundles).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setDictionaryLoader, type DictionaryLoader, type LoaderOptions } from './engine/spelling';

/** The folder holding index.aff and index.dic, or undefined when none is found. */
export function findDictionaryDir(from: string = __dirname): string | undefined {
  const beside = join(from, 'dictionary');
  if (existsSync(join(beside, 'index.aff'))) return beside;
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'node_modules', 'dictionary-en');
    if (existsSync(join(pkg, 'index.aff'))) return pkg;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A loader that reads the files only when the spelling rule first needs them. */
export function fileDictionaryLoader(from: string = __dirname): DictionaryLoader {
  return () => {
    const dir = findDictionaryDir(from);
    if (!dir) return undefined;
    return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
  };
}

/**
 * Registers the file loader with the engine; cheap (nothing is read until first use). With
 * `deferred`, nothing is read until preloadDictionary() (engine/spelling.ts) is called.
 */
export function registerDictionary(from: string = __dirname, options: LoaderOptions = {}): void {
  setDictionaryLoader(fileDictionaryLoader(from), options);
}
