// Every real-world résumé in ../shared/corpus (when present) renders without throwing, shows the
// person's name as text, and produces HTML with nothing that can run (several files carry raw
// HTML, comments and Markdown links).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { parse } from '../../server/src/engine/parse/index';
import { renderResume } from '../../server/src/engine/render/index';
import { corpusDir } from '../util/paths';
import { assertInert, textOf, walk, type Node } from './render-html-check';

const files = existsSync(corpusDir)
  ? readdirSync(corpusDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(corpusDir, d.name)).map((f) => join(corpusDir, d.name, f)))
  : [];

test('corpus: every résumé renders to inert HTML showing its name', { skip: files.length ? false : `no corpus at ${corpusDir}` }, () => {
  let rendered = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const resume = parse(text, file);
    if (!resume) continue; // not a résumé by its name and content
    for (const theme of ['classic', 'modern']) {
      const out = renderResume(resume, text, { theme, standalone: true, today: { year: 2026, month: 11 } });
      assertInert(out.body, file);
      assert.ok(out.html?.startsWith('<!DOCTYPE html>'), file);
      const name: string | undefined = resume.contact.name?.value.trim();
      if (name) {
        let h1 = '';
        walk(parseFragment(out.body) as unknown as Node, (n) => {
          if (n.tagName === 'h1' && !h1) h1 = textOf(n);
        });
        assert.equal(h1, name, `${file}: the name heads the page`);
      }
    }
    rendered++;
  }
  assert.ok(rendered >= files.length - 2, `rendered ${rendered} of ${files.length}`);
});
