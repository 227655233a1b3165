// The server bundle as ASCII: esbuild escapes non-ASCII characters in strings but leaves them in
// regular-expression literals ("–", "•", "至"...), and one such character makes Node read the whole
// ~1 MB bundle as UTF-8 into a two-byte string (2 MB, copied again when compiled). As ASCII, the
// loader (server/src/server-loader.ts) reads it as Latin-1 into a one-byte string instead: about
// 7 ms less of every server start (issue 10, measured), and the same program.
//
// Each non-ASCII UTF-16 unit becomes \uXXXX, which means the same character in a string, a template,
// an identifier and a regular expression with or without the u flag (a surrogate pair written as
// two escapes is one code point under u). A backslash escaping the character ("\–", an identity
// escape) is dropped, since "\\u2013" would be a backslash and "u2013". The source map's generated
// columns move with the text.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first Base64 VLQ value of a source-map segment, and how many characters it takes. */
function readVlq(s) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = BASE64.indexOf(s[i++]);
    if (digit < 0) throw new Error(`bad VLQ in source map segment "${s}"`);
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return { value: value & 1 ? -(value >>> 1) : value >>> 1, length: i };
}

function writeVlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += BASE64[digit];
  } while (v);
  return out;
}

/**
 * `code` with every non-ASCII character escaped, and `mappings` (a source map's "mappings") with
 * the generated columns moved to match; both unchanged when the code is ASCII already.
 */
export function asciiOnly(code, mappings) {
  if (!/[^\x00-\x7f]/.test(code)) return { code, mappings, escaped: 0 };
  const lines = code.split('\n');
  /** Per changed line: the original columns where characters were escaped, and the growth at each. */
  const moves = new Map();
  let escaped = 0;
  const out = lines.map((line, li) => {
    if (!/[^\x00-\x7f]/.test(line)) return line;
    let s = '';
    const at = [];
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c < 128) {
        s += line[i];
        continue;
      }
      let slashes = 0;
      for (let j = s.length - 1; j >= 0 && s[j] === '\\'; j--) slashes++;
      let grow = 5;
      if (slashes % 2 === 1) {
        s = s.slice(0, -1);
        grow = 4;
      }
      s += `\\u${c.toString(16).padStart(4, '0')}`;
      at.push([i, grow]);
      escaped++;
    }
    moves.set(li, at);
    return s;
  });
  let newMappings = mappings;
  if (mappings !== undefined) {
    newMappings = mappings
      .split(';')
      .map((segments, li) => {
        const at = moves.get(li);
        if (!at || !segments) return segments;
        // Generated columns are deltas from the previous segment's on the same line.
        let col = 0;
        let newPrev = 0;
        return segments
          .split(',')
          .map((seg) => {
            const { value, length } = readVlq(seg);
            col += value;
            let moved = col;
            for (const [c, grow] of at) if (c < col) moved += grow;
            const delta = moved - newPrev;
            newPrev = moved;
            return writeVlq(delta) + seg.slice(length);
          })
          .join(',');
      })
      .join(';');
  }
  return { code: out.join('\n'), mappings: newMappings, escaped };
}

/** Rewrites a built file (and the source map beside it, `file.map`) as ASCII. */
export async function asciiFile(file) {
  const { readFileSync, writeFileSync, existsSync } = await import('node:fs');
  const code = readFileSync(file, 'utf8');
  const mapFile = `${file}.map`;
  const map = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : undefined;
  const r = asciiOnly(code, map?.mappings);
  if (!r.escaped) return;
  writeFileSync(file, r.code);
  if (map) writeFileSync(mapFile, JSON.stringify({ ...map, mappings: r.mappings }));
}
