// Editing .resume-studio.json text for "Add to dictionary": pure (no vscode) so it is unit-tested;
// jsonc-parser keeps the user's comments and formatting.
import { applyEdits, modify, parse as parseJsonc, type ParseError } from 'jsonc-parser/lib/esm/main.js'; // the ESM build: esbuild cannot bundle the UMD build's dynamic requires

export const CONFIG_FILE = '.resume-studio.json';

/** The config text with `word` added to "words" (sorted, no duplicates); undefined when already there. */
export function addWordToConfigText(text: string, word: string): string | undefined {
  const errors: ParseError[] = [];
  const source = text.trim() ? text : '{}\n';
  const data = parseJsonc(source, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length || typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${CONFIG_FILE} is not a valid JSON object, so the word was not added. Fix the file (it is shown with its errors) and try again.`);
  }
  const current = (data as { words?: unknown }).words;
  const words = Array.isArray(current) ? current.filter((w): w is string => typeof w === 'string') : [];
  if (words.includes(word)) return undefined;
  const next = [...words, word].sort((a, b) => a.localeCompare(b));
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(source, ['words'], next, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return applyEdits(source, edits);
}
