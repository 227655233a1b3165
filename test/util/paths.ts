// Where things are, from a bundled test file in out/test/... or from source.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`No project root above ${from}`);
    dir = up;
  }
}

export const repoRoot = findRoot(__dirname);
/** ../shared/corpus beside the checkout (present on CI and developer machines, not in the vsix). */
export const corpusDir = join(repoRoot, '..', 'shared', 'corpus');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
/** ../shared/pdf-corpus beside the checkout: real PDFs and the four text shapes of each. */
export const pdfCorpusDir = join(repoRoot, '..', 'shared', 'pdf-corpus');
