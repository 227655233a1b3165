// scripts/zip-max.mjs: the packaged .vsix rewritten with every entry at zlib's best level must keep
// its entries, their order and their contents, and come out no larger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, inflateRawSync, crc32 } from 'node:zlib';
// @ts-expect-error: a plain ES module script, without types.
import { maximise } from '../../scripts/zip-max.mjs';

/** A zip of the given entries, deflated at level 1 (as a quick writer would) with data descriptors. */
function makeZip(entries: [string, Buffer][]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data, { level: 1 });
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x08, 6); // sizes in a data descriptor after the data
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(n.length, 26);
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc, 4);
    desc.writeUInt32LE(packed.length, 8);
    desc.writeUInt32LE(data.length, 12);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x08, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(packed.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(local, n, packed, desc);
    central.push(c, n);
    offset += local.length + n.length + packed.length + desc.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

/** The entries of a zip, read through its central directory. */
function readZip(zip: Buffer): [string, Buffer][] {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = zip.readUInt32LE(eocd + 16);
  const out: [string, Buffer][] = [];
  for (let k = 0; k < zip.readUInt16LE(eocd + 10); k++) {
    const nameLen = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const size = zip.readUInt32LE(at + 20);
    const lh = zip.readUInt32LE(at + 42);
    const dataAt = lh + 30 + zip.readUInt16LE(lh + 26) + zip.readUInt16LE(lh + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    const raw = zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data;
    assert.equal(crc32(raw) >>> 0, zip.readUInt32LE(at + 16), `${name}: CRC`);
    out.push([name, raw]);
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

test('zip-max: entries, order and contents kept; no larger; no data descriptors left', () => {
  const text = Buffer.from(Array.from({ length: 4000 }, (_, i) => `word${i % 97} line ${i % 13}\n`).join(''));
  const entries: [string, Buffer][] = [['[Content_Types].xml', Buffer.from('<Types/>')], ['extension/dist/a.js', text], ['extension/readme.md', Buffer.from('# Résumé Studio\n'.repeat(50))]];
  const before = makeZip(entries);
  const after = maximise(before) as Buffer;
  assert.ok(after.length <= before.length, `${after.length} > ${before.length}`);
  assert.deepEqual(readZip(after), entries);
  // (The local headers carry their sizes: no entry still says a data descriptor follows.)
  let at = 0;
  for (const [name, raw] of readZip(after)) {
    assert.equal(after.readUInt32LE(at), 0x04034b50, name);
    assert.equal(after.readUInt16LE(at + 6) & 0x08, 0, name);
    const size = after.readUInt32LE(at + 18);
    assert.equal(after.readUInt32LE(at + 22), raw.length, name);
    at += 30 + after.readUInt16LE(at + 26) + after.readUInt16LE(at + 28) + size;
  }
});
