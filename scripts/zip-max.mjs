// Rewrites a zip file (the packaged .vsix) with every entry deflated at zlib's best level.
// `vsce package` writes through yazl at zlib's default level; the same entries at level 9 are
// ~1.5% smaller, which keeps the .vsix inside SPEC §9's 2 MB. Names, order, times, modes and
// contents are kept; only the compressed bytes (and the offsets that follow from them) change.
//
//   node scripts/zip-max.mjs resume-studio.vsix
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync, crc32 } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function crc(buf) {
  if (typeof crc32 === 'function') return crc32(buf) >>> 0;
  // (Node before 20.15 has no zlib.crc32.)
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export function maximise(zip) {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('bad central directory entry');
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const central = Buffer.from(zip.subarray(at, at + 46 + nameLen + extraLen + commentLen));
    at += central.length;
    const lh = central.readUInt32LE(42);
    if (zip.readUInt32LE(lh) !== LOCAL) throw new Error('bad local header');
    const method = central.readUInt16LE(10);
    const lNameLen = zip.readUInt16LE(lh + 26);
    const lExtraLen = zip.readUInt16LE(lh + 28);
    const dataAt = lh + 30 + lNameLen + lExtraLen;
    const compressedSize = central.readUInt32LE(20);
    if (method !== 8 && method !== 0) throw new Error(`entry compressed by method ${method}: only stored and deflated entries are read`);
    const raw = method === 8 ? inflateRawSync(zip.subarray(dataAt, dataAt + compressedSize)) : zip.subarray(dataAt, dataAt + compressedSize);
    if (crc(raw) !== central.readUInt32LE(16)) throw new Error('CRC mismatch reading the zip');
    let data = zip.subarray(dataAt, dataAt + compressedSize);
    let newMethod = method;
    // (zlib's memory level changes which is smaller, file by file: the smaller of the two is kept.)
    const a = deflateRawSync(raw, { level: 9 });
    const b = deflateRawSync(raw, { level: 9, memLevel: 9 });
    const best = a.length <= b.length ? a : b;
    if (best.length < compressedSize) {
      data = best;
      newMethod = 8;
    }
    // The local header, without a data descriptor: sizes and CRC written in it.
    const local = Buffer.from(zip.subarray(lh, lh + 30 + lNameLen + lExtraLen));
    local.writeUInt16LE(local.readUInt16LE(6) & ~0x08, 6);
    local.writeUInt16LE(newMethod, 8);
    local.writeUInt32LE(central.readUInt32LE(16), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    central.writeUInt16LE(central.readUInt16LE(8) & ~0x08, 8);
    central.writeUInt16LE(newMethod, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(offset, 42);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

// (Run as a command; imported by its test, it only exports maximise.)
if (/zip-max\.mjs$/.test(process.argv[1] ?? '')) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/zip-max.mjs <file.zip|file.vsix>');
    process.exit(2);
  }
  const before = readFileSync(file);
  const after = maximise(before);
  writeFileSync(file, after);
  console.log(`  ${file}: ${(before.length / 1024).toFixed(0)} KB -> ${(after.length / 1024).toFixed(0)} KB (entries deflated at level 9)`);
}
