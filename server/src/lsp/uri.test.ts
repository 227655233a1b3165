import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFileName, uriFileName, uriToPath } from './uri';

test('file URIs become paths and decoded names', () => {
  assert.equal(uriToPath('file:///home/jane/My%20CV/resume.md'), '/home/jane/My CV/resume.md');
  assert.equal(uriFileName('file:///home/jane/My%20CV/r%C3%A9sum%C3%A9.resume.md'), 'résumé.resume.md');
  assert.equal(uriToPath('untitled:Untitled-1'), undefined);
  assert.equal(uriFileName('vscode-vfs://github/jane/cv/cv.yaml?ref=main'), 'cv.yaml');
});

test('untitled documents borrow an extension from their language', () => {
  assert.equal(documentFileName('untitled:Untitled-1', 'yaml'), 'Untitled-1.yaml');
  assert.equal(documentFileName('untitled:Untitled-2', 'json'), 'Untitled-2.json');
  assert.equal(documentFileName('untitled:Untitled-3', 'resume'), 'Untitled-3.md');
  assert.equal(documentFileName('file:///cv/jane.resume.yaml', 'resume'), 'jane.resume.yaml', 'a real extension wins');
});
