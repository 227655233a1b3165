// dist/server.js: what editors start. It runs the language server bundle (dist/server-main.js,
// made from server.ts) with a V8 code cache kept beside it, so a start after the first does not
// compile the ~1 MB bundle again, nor the functions the first diagnostics run (issue 10: 30-50 ms
// of compilation in `require` and more in the first lint).
//
// The cache is bytecode V8 made from this very bundle on an earlier start, with the same Node and
// the same V8 flags; it is written after the first diagnostics are published (or at exit, if that
// comes first), when nothing is waiting. It is only a speed-up: a missing, stale, unreadable or
// rejected cache means the bundle is compiled as usual and a new cache is written; a folder that
// cannot be written (a read-only install) means no cache, nothing else. RESUME_STUDIO_CODE_CACHE=0
// turns it off. It is read only from beside the bundle (never from a shared temporary folder):
// bytecode runs with the bundle's trust, so it must come from where the bundle does.
import { closeSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync, fstatSync } from 'node:fs';
import { join } from 'node:path';
import Module from 'node:module';
import { Script } from 'node:vm';
import { isAscii } from 'node:buffer';
import { setCompileFlags, withCompileTimeFlags, type ServerHooks } from './lsp/v8-flags';
import { dictionaryBeside, prefetchFile } from './prefetch';

const BUNDLE = 'server-main.js';
/** A hash of the bundle this loader was built with (scripts/build.mjs). */
declare const SERVER_BUNDLE_ID: string;
/** The cache header: this magic, then the key's length (uint32 LE) and the key (UTF-8), then V8's data. */
const MAGIC = 'RSCC1';

/** FNV-1a, 32-bit, as 8 hex digits: names the cache after the launch configuration (a short string). */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function start(): void {
  // The server's compile flags before anything is compiled (startServer sets the heap flags once
  // the bundle is loaded); the cache is made under the same flags, since V8 rejects any other.
  setCompileFlags();
  const dir = __dirname;
  // The spelling dictionary, which the first lint needs, is read on libuv's thread pool while this
  // thread reads, compiles and starts the bundle (prefetch.ts): ~10 ms off a start (issue 10).
  const dictionary = prefetchFile(dictionaryBeside(dir));
  const file = join(dir, BUNDLE);
  const fd = openSync(file, 'r');
  let source: string;
  let stat: ReturnType<typeof fstatSync>;
  try {
    stat = fstatSync(fd);
    // The build writes the bundle as ASCII (scripts/ascii-bundle.mjs): read so, it is a one-byte
    // string, half the memory of the two-byte one UTF-8 decoding makes and quicker to make (issue 10).
    const bytes = readFileSync(fd);
    source = typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
  const enabled = process.env.RESUME_STUDIO_CODE_CACHE !== '0';
  // What the cache is valid for: this bundle (the hash of it the build gave this loader, and its
  // size and time, so a rebuilt or replaced bundle never meets an old cache), this Node, these
  // flags. One file per launch configuration (the VS Code client and a terminal may start Node
  // differently), named after it.
  const launch = hash([process.version, process.arch, process.platform, process.execArgv.join(' '), process.env.NODE_OPTIONS ?? ''].join('\n'));
  const key = [SERVER_BUNDLE_ID, source.length, stat.size, stat.mtimeMs, launch].join(' ');
  const cacheFile = join(dir, `${BUNDLE}.${launch}.cache`);
  let cached: Buffer | undefined;
  if (enabled) {
    try {
      const data = readFileSync(cacheFile);
      const keyLength = data.readUInt32LE(MAGIC.length);
      const at = MAGIC.length + 4;
      if (data.toString('latin1', 0, MAGIC.length) === MAGIC && data.toString('utf8', at, at + keyLength) === key) cached = data.subarray(at + keyLength);
    } catch {
      /* no cache yet, or unreadable: compile as usual */
    }
  }
  let script: Script;
  try {
    script = new Script(Module.wrap(source), { filename: file, cachedData: cached });
  } catch (e) {
    // A cache V8 cannot even look at must not stop the server: compile without it.
    if (!cached) throw e;
    cached = undefined;
    script = new Script(Module.wrap(source), { filename: file });
  }
  const needsCache = enabled && (!cached || script.cachedDataRejected === true);

  let written = false;
  const writeCache = (): void => {
    if (written) return;
    written = true;
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      const data = withCompileTimeFlags(() => script.createCachedData());
      const keyBytes = Buffer.from(key, 'utf8');
      const head = Buffer.alloc(MAGIC.length + 4);
      head.write(MAGIC, 0, 'latin1');
      head.writeUInt32LE(keyBytes.length, MAGIC.length);
      const out = openSync(tmp, 'w');
      try {
        writeSync(out, Buffer.concat([head, keyBytes, data]));
      } finally {
        closeSync(out);
      }
      // Atomic: a server starting meanwhile reads the old file or the new one, never half of one.
      renameSync(tmp, cacheFile);
      // Caches for an older bundle are of no use to anyone.
      for (const name of readdirSync(dir)) {
        if (name.startsWith(`${BUNDLE}.`) && name.endsWith('.cache') && name !== `${BUNDLE}.${launch}.cache`) {
          try {
            const other = readFileSync(join(dir, name));
            const at = MAGIC.length + 4;
            const otherKey = other.toString('utf8', at, at + other.readUInt32LE(MAGIC.length));
            if (!otherKey.startsWith(`${SERVER_BUNDLE_ID} `)) unlinkSync(join(dir, name));
          } catch {
            /* another server's, being replaced: leave it */
          }
        }
      }
    } catch {
      // A read-only install, a full disk: the server runs as it would without a cache.
      try {
        unlinkSync(tmp);
      } catch {
        /* never written */
      }
    }
  };
  const hooks: ServerHooks = needsCache
    ? {
        // After the first publish, once the event loop has nothing waiting: the cache then holds the
        // functions a start and a first lint need, and making it (~15 ms) delays no answer.
        firstDiagnostics: () => void setTimeout(writeCache, 50).unref(),
      }
    : {};
  if (needsCache) process.once('exit', writeCache);

  // The bundle runs as the CommonJS module it is (its own module object, require, __dirname).
  const mod = new Module(file, module);
  mod.filename = file;
  const fn = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dir);
  mod.loaded = true;
  (mod.exports as { main(hooks: ServerHooks): void }).main({ ...hooks, dictionary: dictionary.take });
}

start();
