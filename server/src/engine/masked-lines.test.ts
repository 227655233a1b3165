import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskNonProse } from './prose';
import { maskedLines } from './masked-lines';

// Line-by-line masking must give exactly what masking the whole text gives, or decline.
const pieces = ['\n', ' ', '- ', 'Led', 'x', '.', 'a.com', 'www.x.io/p', 'https://x.org', 'jane@x.co', '`code`', '<b>', '<!--', '-->', '$$', '$', 'x$', ']', '(', ')', '[', '](', '][', '"', 'Q', '\\emph', '&amp;', ':', '@', '2019'];

test('maskedLines joined equals maskNonProse whenever it answers', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), (t) => {
      const lines = maskedLines(t);
      if (lines) assert.equal(lines.join('\n'), maskNonProse(t));
    }),
    { numRuns: 2000 },
  );
});

test('maskedLines declines when a comment may span lines', () => {
  assert.equal(maskedLines('a <!-- x\ny --> b'), undefined);
  assert.deepEqual(maskedLines('see x.com\n- Led'), ['see      \n'.slice(0, 9), '- Led']);
});
