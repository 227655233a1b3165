// Gives tests the real English dictionary (from node_modules/dictionary-en), built once per process.
import { registerDictionary } from '../../server/src/dictionary';
import { dictionaryReady, preloadDictionary } from '../../server/src/engine/spelling';
import { repoRoot } from './paths';

export function useDictionary(): void {
  if (dictionaryReady()) return;
  registerDictionary(repoRoot);
  if (!preloadDictionary()) throw new Error('dictionary-en not found under node_modules');
}
