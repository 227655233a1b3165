// Reading a file on libuv's thread pool while this thread does other work (issue 10). The language
// server's loader starts reading the spelling dictionary (2.6 MB: 9-15 ms read synchronously on
// the bench machine) before it reads and compiles the bundle, so the bytes are in by the first
// lint, which takes them instead of reading the file itself. Kept apart from dictionary.ts so the
// loader does not bundle the engine.
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { join } from 'node:path';

/** The dictionary's file name, in a `dictionary` folder beside the bundle (dist/dictionary). */
export const DICTIONARY_FILE = 'en.words';

/** Where a bundle in `dir` finds its dictionary. */
export const dictionaryBeside = (dir: string): string => join(dir, 'dictionary', DICTIONARY_FILE);

export interface Prefetch {
  /** The whole file once the read has finished; undefined while it runs, or when it failed. */
  take(): Buffer | undefined;
  /** Settles when the read has finished or failed (for tests). */
  readonly done: Promise<void>;
}

/**
 * Starts reading `path` in one read on the thread pool (its size taken now). Nothing throws: a
 * missing or unreadable file leaves take() undefined, and the caller reads it as before.
 */
export function prefetchFile(path: string): Prefetch {
  let bytes: Buffer | undefined;
  let settle!: () => void;
  const done = new Promise<void>((r) => (settle = r));
  let fd: number | undefined;
  const finish = (): void => {
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      /* already gone */
    }
    settle();
  };
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    read(fd, buf, 0, size, 0, (err, n) => {
      try {
        // (A regular file is read whole in one go; a short read is finished here.)
        let at = err ? -1 : n;
        while (at >= 0 && at < size) {
          const k = readSync(fd!, buf, at, size - at, at);
          at = k > 0 ? at + k : -1;
        }
        if (at === size) bytes = buf;
      } catch {
        /* the caller reads the file itself */
      }
      finish();
    });
  } catch {
    finish();
  }
  return { take: () => bytes, done };
}
