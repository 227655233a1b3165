import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskNonProse } from '../text/prose';
import { chunkFacts, proseChunks } from './masked-lines';

// Line-by-line masking must give exactly what masking the whole text gives, or decline.
const pieces = ['\n', ' ', '- ', '* ', '-x.com', '+ ', '•', '|', '>', 'Led', 'x', '.', 'a.com', 'www.x.io/p', 'https://x.org', 'jane@x.co', '`code`', '<b>', '<!--', '-->', '$$', '$', 'x$', ']', '(', ')', '[', '](', '][', '"', 'Q', '\\emph', '&amp;', ':', '@', '2019'];

test('masked chunks joined equal maskNonProse whenever the text is cut', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), (t) => {
      const chunks = proseChunks(t);
      if (!chunks) return;
      assert.equal(chunks.map((c) => c.text).join('\n'), t);
      assert.equal(chunks.map((c) => chunkFacts(c.text).masked).join('\n'), maskNonProse(t));
      for (const c of chunks) assert.equal(t.slice(c.start, c.start + c.text.length), c.text);
    }),
    { numRuns: 2000 },
  );
});

test('proseChunks declines when a comment may span lines, and cuts before list items', () => {
  assert.equal(proseChunks('a <!-- x\ny --> b'), undefined);
  assert.deepEqual(proseChunks('# Jane\nsee x.com\n- Led\n  more\n* Ran'), [
    { start: 0, text: '# Jane\nsee x.com' },
    { start: 17, text: '- Led\n  more' },
    { start: 30, text: '* Ran' },
  ]);
});
