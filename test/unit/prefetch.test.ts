// The language server's loader reads the spelling dictionary ahead on libuv's thread pool
// (server/src/prefetch.ts) and the first lint takes those bytes instead of reading the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prefetchFile } from '../../server/src/prefetch';
import { fileDictionaryLoader } from '../../server/src/dictionary';

test('a prefetched file is handed over whole once read, and not before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rs-prefetch-'));
  try {
    const file = join(dir, 'data.bin');
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 'abc');
    writeFileSync(file, data);
    const p = prefetchFile(file);
    // The read completes on the thread pool; its bytes are taken only after this thread sees it done.
    assert.equal(p.take(), undefined);
    await p.done;
    assert.ok(p.take()?.equals(data));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing file prefetches nothing, and nothing throws', async () => {
  const p = prefetchFile(join(tmpdir(), 'rs-prefetch-missing', 'none.words'));
  await p.done;
  assert.equal(p.take(), undefined);
});

test('the dictionary loader takes the prefetched bytes when they are in, and reads the file when not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rs-prefetch-dict-'));
  try {
    const ahead = new Uint8Array([1, 2, 3]);
    // No dictionary beside `dir` or above it: only the prefetched bytes can answer.
    assert.equal(fileDictionaryLoader(dir, () => ahead)(), ahead);
    // Not in yet: the loader finds and reads the file itself (the repository's dist/dictionary here).
    const fromRepo = fileDictionaryLoader(__dirname, () => undefined)();
    const direct = fileDictionaryLoader(__dirname)();
    assert.ok(fromRepo && direct && Buffer.from(fromRepo).equals(Buffer.from(direct)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
