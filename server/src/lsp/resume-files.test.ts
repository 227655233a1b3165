import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isResumeFileName, mayBeResume } from './resume-files';

test('résumé file names', () => {
  for (const n of ['resume.md', 'cv.md', 'CV.md', 'jane.resume.md', 'jane.cv.md', 'resume.txt', 'cv.txt', 'jane.resume.txt', 'resume.json', 'jane.resume.yaml', 'jane.cv.yml', 'John_Doe_CV.yaml'])
    assert.ok(isResumeFileName(n), n);
  for (const n of ['README.md', 'notes.txt', 'resume-tips.md', 'docker-compose.yaml', 'curriculum.md', 'package.json']) assert.ok(!isResumeFileName(n), n);
});

test('Markdown and text need a résumé name or the resume language; YAML/JSON go on to the content check', () => {
  assert.equal(mayBeResume('README.md', 'markdown'), false);
  assert.equal(mayBeResume('README.md', 'resume'), true, 'the user chose "Treat This File as a Résumé"');
  assert.equal(mayBeResume('resume.md', 'markdown'), true);
  assert.equal(mayBeResume('notes.txt', 'plaintext'), false);
  assert.equal(mayBeResume('docker-compose.yaml', 'yaml'), true);
});
