// How deeply a JSON or YAML text nests its brackets, read in one iterative pass before any parser
// sees it. The parsers we use (`yaml`, jsonc-parser) and our own readers recurse once per level:
// thousands of "[" overflow the stack, and in V8 a regular expression compiled at the bottom of a
// nearly full stack aborts the whole process ("RegExpCompiler Allocation failed"), which no
// try/catch can stop (issue 13: "work: " and 20,000 "[" killed the server). A résumé or a config
// file nests a handful of levels; anything past MAX_NESTING is refused with a message instead.

export const MAX_NESTING = 200;

export interface Nesting {
  /** The deepest bracket level reached (capped just past `limit`). */
  depth: number;
  /** Offset of the bracket that first went past `limit`, when one did. */
  tooDeepAt?: number;
}

/**
 * The deepest level of "[" and "{" in `text`, not counting brackets inside quoted strings or (for
 * JSONC) comments, read as the parser that will read the text does:
 * - 'jsonc' (jsonc-parser): "..." strings with backslash escapes, `//` and `/* *\/` comments;
 * - 'yaml' (the `yaml` package, JSON included): "..." and '...' scalars only where a token can
 *   start (a quote inside a plain scalar is a character), read to the end of their line at most,
 *   and no comments skipped. Where this reading is unsure it counts more, never less: a bracket
 *   it counts that the parser does not see can only refuse a freak file, while one it missed
 *   could let a too-deep file through.
 * Unbalanced closers never take the level below zero. Stops at the first bracket past `limit`.
 */
export function nestingOf(text: string, mode: 'jsonc' | 'yaml', limit = MAX_NESTING): Nesting {
  let depth = 0;
  let deepest = 0;
  const yaml = mode === 'yaml';
  // YAML block structure nests by indentation and by "- " written one after another: the
  // columns of the open levels, and how deep the block structure goes at most.
  const columns: number[] = [];
  let blockDeepest = 0;
  for (let i = 0; i < text.length; i++) {
    if (yaml && depth === 0 && (i === 0 || text.charCodeAt(i - 1) === 10)) {
      let j = i;
      while (text.charCodeAt(j) === 32) j++;
      const first = text.charCodeAt(j);
      if (j < text.length && first !== 10 && first !== 13 && first !== 35 /* # */) {
        while (columns.length > 0 && columns[columns.length - 1] >= j - i) columns.pop();
        columns.push(j - i);
        let block = columns.length;
        // "- - - x": each dash opens one more level on the same line.
        while ((text.charCodeAt(j) === 45 /* - */ || text.charCodeAt(j) === 63) /* ? */ && text.charCodeAt(j + 1) === 32) {
          block++;
          j += 2;
          while (text.charCodeAt(j) === 32) j++;
        }
        if (block > blockDeepest) blockDeepest = block;
        if (block > limit) return { depth: block, tooDeepAt: j };
      }
    }
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ || (yaml && c === 39) /* ' */) {
      if (yaml && !tokenStart(text, i)) continue;
      // A string runs to its closing quote or, unterminated, to the end of its line.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 10) break;
        if (c === 34 && d === 92 /* \ */) i++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(i + 1) === 39) i++; // '' inside '...'
          else break;
        }
      }
    } else if (!yaml && c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (!yaml && c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > deepest) deepest = depth;
      // Brackets open inside the block structure: count both (more than the parser may nest, never less).
      if (depth + blockDeepest > limit) return { depth: depth + blockDeepest, tooDeepAt: i };
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && depth > 0) depth--;
  }
  return { depth: deepest + blockDeepest };
}

/** Whether a YAML token can start at `i`: at a line start or after a space, a flow indicator or ":". */
function tokenStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return p <= 32 || p === 91 || p === 123 || p === 44 /* , */ || p === 58; /* : */
}
