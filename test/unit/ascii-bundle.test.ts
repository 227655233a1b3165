// The server bundle is written as ASCII (scripts/ascii-bundle.mjs) so the loader reads it as a
// one-byte string: the escaped program must be the same program, and its source map must still
// point at the same code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAscii } from 'node:buffer';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore: a build script, plain JavaScript
import { asciiOnly } from '../../scripts/ascii-bundle.mjs';
import { repoRoot } from '../util/paths';

const escape = asciiOnly as (code: string, mappings?: string) => { code: string; mappings?: string; escaped: number };

const SOURCE = [
  'const dash = /[\\s\\-–—:.|/]+$/u, identity = /x\\–y/, word = /(?<!\\p{L})(至|到)(?!\\p{L})/u;',
  'const str = "é\\é", astral = "😀", astralRe = /^😀$/u, astralPlain = /^😀$/, tmpl = `a–${1}`, slash = "\\\\–";',
  'module.exports = { dash, identity, word, str, astral, astralRe, astralPlain, tmpl, slash };',
].join('\n');

const load = (code: string): Record<string, unknown> => {
  const m = { exports: {} as Record<string, unknown> };
  new Function('module', code)(m);
  return m.exports;
};

test('the ASCII bundle is the same program: strings equal, regular expressions match the same', () => {
  const { code, escaped } = escape(SOURCE);
  assert.ok(isAscii(Buffer.from(code)));
  assert.ok(escaped > 0);
  const a = load(SOURCE);
  const b = load(code);
  for (const k of ['str', 'astral', 'tmpl', 'slash']) assert.equal(b[k], a[k], k);
  assert.equal(b.slash, '\\–');
  const inputs = ['a – b —', 'x–y', 'x\\–y', '至', 'a至b', ' 到', '😀', '\ud83d', 'e', '|/'];
  for (const k of ['dash', 'identity', 'word', 'astralRe', 'astralPlain']) {
    const ra = a[k] as RegExp;
    const rb = b[k] as RegExp;
    assert.equal(rb.flags, ra.flags, k);
    for (const s of inputs) assert.deepEqual(rb.exec(s)?.slice(), ra.exec(s)?.slice(), `${k} on ${JSON.stringify(s)}`);
  }
});

test('the source map moves with the escapes: a mapping after an escaped character keeps its place', () => {
  // Line 0: "/–/;x" with mappings at column 0 ("/") and column 4 ("x"); line 1 untouched.
  const code = '/–/;x\ny';
  // AAAA = column 0; IAAA = +4 (the delta, as source maps write columns); line 1: AACA.
  const { code: out, mappings } = escape(code, 'AAAA,IAAA;AACA');
  assert.equal(out, '/\\u2013/;x\ny');
  // "x" is now at column 9: the second segment's delta is 9 ("SAAA"); the other line is as it was.
  assert.equal(mappings, 'AAAA,SAAA;AACA');
  assert.equal(out.split('\n')[0][9], 'x');
  // ASCII code comes back untouched.
  assert.deepEqual(escape('const a = 1;', 'AAAA'), { code: 'const a = 1;', mappings: 'AAAA', escaped: 0 });
});

test('the built server bundle is ASCII (what the loader reads as a one-byte string)', (t) => {
  const bundle = join(repoRoot, 'dist/server-main.js');
  if (!existsSync(bundle)) return t.skip('dist/server-main.js not built');
  assert.ok(isAscii(readFileSync(bundle)), 'dist/server-main.js holds a non-ASCII byte: the build no longer escapes them');
});
