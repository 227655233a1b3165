// Gives tests the real dictionary (dist/dictionary/en.words, made by scripts/build.mjs), built once per process.
import { registerDictionary } from '../../server/src/dictionary';
import { dictionaryReady, preloadDictionary } from '../../server/src/engine/spelling/spelling';
import { repoRoot } from './paths';

export function useDictionary(): void {
  if (dictionaryReady()) return;
  registerDictionary(repoRoot);
  if (!preloadDictionary()) throw new Error('dist/dictionary/en.words not found: run node scripts/build.mjs');
}
