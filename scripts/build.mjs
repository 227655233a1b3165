// One esbuild script for every bundle: the extension client, the language server, the CLI,
// and (with --tests / --bench) the test and benchmark entry points.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, chmodSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { asciiFile } from './ascii-bundle.mjs';

const argv = process.argv.slice(2);
const args = new Set(argv.filter((a) => a.startsWith('--') && !a.includes('=')));
/** --out=DIR puts test bundles elsewhere (so parallel runs do not wipe each other's). */
const testOut = (argv.find((a) => a.startsWith('--out=')) ?? '--out=out/test').slice(6);
/** Any plain argument filters test entry points by substring of their path. */
const filters = argv.filter((a) => !a.startsWith('--'));
const watch = args.has('--watch');
const root = new URL('..', import.meta.url).pathname;

/** Every file below `dir` whose name ends with one of `suffixes`. */
function find(dir, suffixes) {
  const out = [];
  let names;
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p, suffixes));
    else if (suffixes.some((s) => name.endsWith(s))) out.push(p);
  }
  return out;
}

// Word-list JSON (place names, verbs, skills, common words) as compact JS: a long array of strings
// becomes one string split at load ("a\nb".split("\n")), two bytes a word less than a JSON array,
// which keeps the server bundle inside its size budget.
/**
 * Text compressed for the bundle, as base64: Brotli at its best quality, ~15% smaller than deflate
 * on these word lists (about 19 KB of the server bundle's budget), decoded by Node's zlib in about
 * a millisecond more in all at load.
 */
const squeeze = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  const P = zlibConstants;
  const packed = brotliCompressSync(bytes, { params: { [P.BROTLI_PARAM_QUALITY]: 11, [P.BROTLI_PARAM_LGWIN]: 22, [P.BROTLI_PARAM_MODE]: P.BROTLI_MODE_TEXT, [P.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  return `${JSON.stringify(z85(packed))},${packed.length}`;
};

// Z85 (ZeroMQ's base 85): five characters for four bytes where base64 takes 5.33, and none of them
// a quote or a backslash, so the text goes into a string literal as it is. The word lists' ~110 KB of
// base64 was the largest share of the server bundle's size budget (SPEC §9); this is ~7 KB of it.
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
function z85(bytes) {
  const padded = Buffer.alloc(Math.ceil(bytes.length / 4) * 4);
  bytes.copy(padded);
  let out = '';
  for (let i = 0; i < padded.length; i += 4) {
    let v = padded.readUInt32BE(i);
    let five = '';
    for (let k = 0; k < 5; k++) {
      five = Z85[v % 85] + five;
      v = Math.floor(v / 85);
    }
    out += five;
  }
  return out;
}
// The decoder every packed list shares (one module, not a copy in each list's).
const COMPACT_RUNTIME = `import{brotliDecompressSync as d}from"node:zlib";const A=${JSON.stringify(Z85)};export function $inflate(s,n){const t=new Uint8Array(128);for(let i=0;i<85;i++)t[A.charCodeAt(i)]=i;const o=Buffer.alloc(s.length/5*4);for(let i=0,j=0;i<s.length;i+=5,j+=4){let v=0;for(let k=0;k<5;k++)v=v*85+t[s.charCodeAt(i+k)];o.writeUInt32BE(v,j)}return d(o.subarray(0,n)).toString("utf8")}export function $front(s){const o=s.split("\\n");let p="";for(let i=0;i<o.length;i++){const l=o[i];p=p.slice(0,parseInt(l[0],36))+l.slice(1);o[i]=p}return o}`;

const compactJsonPlugin = (whole) => ({
  name: 'compact-json',
  setup(build) {
    build.onResolve({ filter: /^compact-json-runtime$/ }, (args) => ({ path: args.path, namespace: 'compact-json-runtime' }));
    build.onLoad({ filter: /.*/, namespace: 'compact-json-runtime' }, () => ({ contents: COMPACT_RUNTIME, loader: 'js' }));
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      let frontCoded = false;
      // A word list of 4 KB or more (the world's cities, verbs, skills, tech names) goes in
      // compressed (Brotli), as base64, and is decompressed once at load by Node's zlib (about a millisecond): text
      // compresses about threefold, which keeps the server bundle inside its size budget (SPEC §9)
      // as the lists grow.
      let deflated = false;
      const packed = (text) => {
        if (text.length < 4096) return JSON.stringify(text);
        deflated = true;
        return `$inflate(${squeeze(text)})`;
      };
      const ser = (v) => {
        if (Array.isArray(v)) {
          if (v.length > 64 && v.every((x) => typeof x === 'string' && !x.includes('\n'))) {
            // A sorted list (city names, common words) is front-coded: each word as how many
            // letters it shares with the word before (one base-36 digit) and the rest, about a
            // quarter smaller; decoded once at load.
            if (v.every((x, i) => i === 0 || v[i - 1] <= x)) {
              frontCoded = true;
              let prev = '';
              const coded = v.map((w) => {
                let n = 0;
                while (n < 35 && n < prev.length && n < w.length && prev[n] === w[n]) n++;
                prev = w;
                return n.toString(36) + w.slice(n);
              });
              return `$front(${packed(coded.join('\n'))})`;
            }
            return `${packed(v.join('\n'))}.split("\\n")`;
          }
          return `[${v.map(ser).join(',')}]`;
        }
        // ("$comment": a data file's provenance, for the people who maintain it; nothing reads it at
        // run time, and the five files' notes were ~2.5 KB of the server bundle's budget.)
        if (v && typeof v === 'object') return `{${Object.entries(v).filter(([k]) => k !== '$comment').map(([k, x]) => `${JSON.stringify(k)}:${ser(x)}`).join(',')}}`;
        return JSON.stringify(v);
      };
      // An ES module's default export: imported as is. As `module.exports=`, every import went through
      // esbuild's CommonJS interop, which copies each own property as a getter: every index of the
      // word-list arrays, ~25,000 properties defined at every server start (issue 10).
      let body = ser(data);
      // An object of many small lists (section names by kind) packs no list on its own: the whole
      // file deflated and parsed at load is smaller, and is taken where it is.
      // (Only in the server's bundle, whose budget is its size on disk: deflated text zips no
      // further, so in the CLI's bundle, which only the .vsix's budget counts, JSON packs better.)
      const json = whole ? JSON.stringify(data, (k, v) => (k === '$comment' ? undefined : v)) : '';
      if (json.length >= 4096) {
        const parsed = `JSON.parse($inflate(${squeeze(json)}))`;
        if (parsed.length < body.length) {
          body = parsed;
          deflated = true;
          frontCoded = body.includes('$front(');
        }
      }
      const names = [deflated && '$inflate', frontCoded && '$front'].filter(Boolean);
      const runtime = names.length ? `import{${names.join(',')}}from"compact-json-runtime";` : '';
      return { contents: `${runtime}export default ${body};`, loader: 'js' };
    });
  },
});
const compactJson = compactJsonPlugin(false);

// vscode-jsonrpc and vscode-languageserver require `crypto` and `child_process` when loaded, for
// what a server over stdio or IPC never does (naming a pipe, asking npm for its global folder);
// loading those Node modules was ~5-15 ms of every server start. They get a stand-in that loads the
// real module on first use. (They use them only as `x.fn(...)`, which the stand-in serves.)
const lazyNodeBuiltins = {
  name: 'lazy-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(crypto|child_process)$/ }, (args) =>
      // Not vscode-languageclient: the client forks the server with `cp.fork`, read through an
      // import namespace the stand-in has no keys for ("rr.fork is not a function" in VS Code).
      /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path.replace(/^node:/, ''), namespace: 'lazy-node-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-node-builtin' }, (args) => ({
      contents: `let m;module.exports=new Proxy({},{get:(_,k)=>(m??=require(${JSON.stringify(`node:${args.path}`)}))[k]});`,
      loader: 'js',
    }));
  },
};

// markdown-it builds a linkify-it instance in its constructor, but reads it only with the
// `linkify` option, which the renderer never sets (render/inline.ts): a stand-in that finds no
// links keeps ~11 KB of URL grammar out of the server and CLI bundles (SPEC §9 bundle budget).
const noLinkify = {
  name: 'no-linkify',
  setup(build) {
    build.onResolve({ filter: /^linkify-it$/ }, (args) => ({ path: args.path, namespace: 'no-linkify' }));
    build.onLoad({ filter: /.*/, namespace: 'no-linkify' }, () => ({
      contents: 'export class LinkifyIt { test() { return false; } pretest() { return false; } match() { return null; } matchAtStart() { return null; } }',
      loader: 'js',
    }));
  },
};

// A rule's docs.sources and docs.examples feed the generated docs (scripts/generate.ts) and the
// tests, never the server or the CLI at run time (hover shows docs.why): ~11 KB of the server's
// bundle budget (SPEC §9). The minified bundles get each rule file with those two arrays emptied;
// the tests, the generator and the Node API keep them.
const ruleDocsForPeople = {
  name: 'rule-docs-for-people',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]engine[\\/]rules[\\/][a-z0-9-]+\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const src = await readFile(args.path, 'utf8');
      return { contents: emptyArrays(src, ['sources', 'examples']), loader: 'ts' };
    });
  },
};

/** `src` with the array after each `key: [` replaced by `[]` (strings, templates and comments read as such). */
function emptyArrays(src, keys) {
  let out = src;
  for (const key of keys) {
    const re = new RegExp(`(^|[\\s{,])${key}:\\s*\\[`, 'g');
    let m;
    while ((m = re.exec(out))) {
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(out, open);
      if (close < 0) break;
      out = out.slice(0, open) + '[]' + out.slice(close + 1);
      re.lastIndex = open + 2;
    }
  }
  return out;
}

/** Index of the `]` closing the `[` at `open`, skipping strings, templates and comments; -1 when none. */
function matchingBracket(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\') i++;
    } else if (c === '/' && s[i + 1] === '/') i = s.indexOf('\n', i) < 0 ? s.length : s.indexOf('\n', i);
    else if (c === '/' && s[i + 1] === '*') i = s.indexOf('*/', i + 2) + 1;
    else if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') if (--depth === 0) return c === ']' ? i : -1;
  }
  return -1;
}

const common = {
  plugins: [compactJson, lazyNodeBuiltins, noLinkify],
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild (0.28) believes Node 20 lacks \p{...} escapes and rewrites each such regex literal as
  // `new RegExp(...)`, built again on every call: in hot rule code that was a measurable share of a
  // lint. Node 20 has them (V8 since Node 10).
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

const products = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], minify: true },
  // The command: dist/cli.js chooses between the language server's loader (`lsp --stdio`) and the
  // CLI bundle, dist/cli-main.js (cli-entry.ts).
  { ...common, entryPoints: ['server/src/cli-entry.ts'], outfile: 'dist/cli.js', minify: true, banner: { js: '#!/usr/bin/env node' } },
  { ...common, plugins: [...common.plugins, ruleDocsForPeople], entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js', minify: true },
  // The Node API (`require('resume-studio/api')`), not minified: people read it in their debugger.
  { ...common, entryPoints: ['server/src/api.ts'], outfile: 'dist/api.js' },
];
// The language server: dist/server.js is a small loader (server-loader.ts) that runs the bundle,
// dist/server-main.js, with the V8 code cache it keeps beside it (dist/server-main.js.*.cache).
// The loader carries a hash of the bundle it was built with, so no cache outlives its bundle.
// The `yaml` package (~100 KB) is read only for YAML and JSON résumés: the server loads it from a
// file of its own, dist/yaml-lib.js, the first time it reads one, instead of carrying it in the
// bundle every start parses (SPEC §9's server-bundle budget is what every start pays).
// markdown-it (~75 KB) likewise renders only the preview and the export: dist/markdown-lib.js, loaded
// at the first render, so a start that only lints never parses it.
const yamlLibApart = {
  name: 'yaml-lib-apart',
  setup(build) {
    build.onResolve({ filter: /(?:^|\/)(yaml-lib|markdown-lib)$/ }, (args) => ({ path: `./${/markdown-lib$/.test(args.path) ? 'markdown-lib' : 'yaml-lib'}.js`, external: true }));
  },
};
const serverBundle = { ...common, plugins: [compactJsonPlugin(true), ...common.plugins.filter((p) => p !== compactJson), ruleDocsForPeople, yamlLibApart], entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', minify: true };
const yamlLibBundle = { ...common, entryPoints: ['server/src/engine/parse/yaml-lib.ts'], outfile: 'dist/yaml-lib.js', minify: true };
const markdownLibBundle = { ...common, entryPoints: ['server/src/engine/render/markdown-lib.ts'], outfile: 'dist/markdown-lib.js', minify: true };
const serverLoader = (bundleId) => ({ ...common, entryPoints: ['server/src/server-loader.ts'], outfile: 'dist/server.js', minify: true, define: { SERVER_BUNDLE_ID: JSON.stringify(bundleId) } });
async function buildServer() {
  await esbuild.build(yamlLibBundle);
  await esbuild.build(markdownLibBundle);
  await esbuild.build(serverBundle);
  // ASCII, so the loader reads it into a one-byte string (scripts/ascii-bundle.mjs).
  await asciiFile(join(root, serverBundle.outfile));
  const { createHash } = await import('node:crypto');
  const { readFileSync } = await import('node:fs');
  await esbuild.build(serverLoader(createHash('sha1').update(readFileSync(join(root, serverBundle.outfile))).digest('hex')));
}

const builds = [];
if (args.has('--tests')) {
  rmSync(join(root, testOut), { recursive: true, force: true });
  // Unit tests live beside the code they test (server/src/**/*.test.ts) and under test/.
  const entries = [...find(join(root, 'server/src'), ['.test.ts']), ...find(join(root, 'test'), ['.test.ts'])]
    .filter((p) => !p.includes('/e2e/') || args.has('--e2e'))
    .filter((p) => filters.length === 0 || filters.some((f) => p.includes(f)));
  builds.push({ ...common, entryPoints: entries.map((p) => relative(root, p)), outdir: testOut, outbase: '.', external: ['vscode', 'playwright-core'] });
}
if (args.has('--bench')) {
  // Peers stay unbundled: write-good relies on sloppy-mode globals, harper.js is ESM with wasm.
  builds.push({ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench/bench.js', external: ['write-good', 'harper.js', 'esbuild'] });
  builds.push({ ...common, entryPoints: ['test/bench/rule-profile.ts'], outfile: 'out/bench/rule-profile.js' });
  builds.push({ ...common, entryPoints: ['test/bench/cold-profile.ts'], outfile: 'out/bench/cold-profile.js' });
  builds.push({ ...common, entryPoints: ['test/bench/cold-rules.ts'], outfile: 'out/bench/cold-rules.js' });
  builds.push({ ...common, entryPoints: ['test/bench/hostile-profile.ts'], outfile: 'out/bench/hostile-profile.js' });
}
if (args.has('--accuracy')) {
  builds.push({ ...common, entryPoints: ['test/accuracy/report.ts'], outfile: 'out/accuracy/report.js' });
  builds.push({ ...common, entryPoints: ['test/accuracy/themes.ts'], outfile: 'out/accuracy/themes.js' });
}
if (args.has('--electron')) {
  builds.push({ ...common, entryPoints: ['test/electron/run.ts'], outfile: 'out/electron/run.js' });
  builds.push({ ...common, entryPoints: ['test/electron/suite.ts'], outfile: 'out/electron/suite.js', external: ['vscode'] });
}
if (!args.has('--tests-only')) builds.unshift(...products);

if (watch) {
  // Watching, the loader keeps the first bundle's hash: the bundle's size and time still tell it apart.
  if (!args.has('--tests-only')) builds.push(serverBundle, serverLoader(`watch-${Date.now()}`));
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all([...builds.map((b) => esbuild.build(b)), ...(args.has('--tests-only') ? [] : [buildServer()])]);
  try { chmodSync(join(root, 'dist/cli.js'), 0o755); } catch { /* not built in this mode */ }
}
// The spelling rule's dictionary ships beside the bundles (server/src/dictionary.ts looks there, and
// tests find it in dist/ from out/): built from the word-list packages by scripts/build-dictionary.ts,
// only when missing or older than what it is made from (building takes a few seconds).
await ensureDictionary();

async function ensureDictionary() {
  const outDir = join(root, 'dist/dictionary');
  const target = join(outDir, 'en.words');
  const inputs = [
    'scripts/build-dictionary.ts',
    'server/src/engine/spelling/word-graph.ts',
    'server/src/engine/spelling/word-graph-build.ts',
    'server/src/engine/data/spelling-words.ts',
    'server/src/engine/data/tech-names.ts',
    'server/src/engine/data/word-kinds.ts',
    'package-lock.json',
  ].map((p) => join(root, p));
  const newest = Math.max(...inputs.map((p) => statSync(p).mtimeMs));
  if (existsSync(target) && statSync(target).mtimeMs >= newest) return;
  const script = join(root, 'out/gen/build-dictionary.mjs');
  await esbuild.build({ ...common, format: 'esm', entryPoints: ['scripts/build-dictionary.ts'], outfile: script, packages: 'external', sourcemap: false });
  execFileSync(process.execPath, [script, outDir], { stdio: 'inherit' });
  // What the nspell dictionary left behind in older checkouts.
  for (const f of ['index.aff', 'index.dic', 'license']) rmSync(join(outDir, f), { force: true });
}
