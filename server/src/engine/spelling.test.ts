import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, spellChecker } from './spelling';
import { useDictionary } from '../../../test/util/dictionary';

useDictionary();
const checker = spellChecker()!;

test('known: dictionary words, their capitalised and possessive forms', () => {
  for (const w of ['managed', 'Managed', "team's", "Acme's", 'analytics', "don't"]) assert.equal(checker.known(w), true, w);
});

test('known: British spellings the US dictionary lacks', () => {
  for (const w of ['colour', 'behaviour', 'favourite', 'organised', 'optimisation', 'analyse', 'centre', 'travelled', 'modelling', 'catalogue', 'licence', 'programme', 'judgement', 'ageing', 'enrolment', 'paediatric'])
    assert.equal(checker.known(w), true, w);
});

test('known: résumé jargon and technology names, with plurals', () => {
  for (const w of ['microservices', 'onboarding', 'observability', 'Kubernetes', 'kubectl', 'PostgreSQL', 'postgresql', 'readmissions', 'hackathons'])
    assert.equal(checker.known(w), true, w);
});

test('unknown: typos, even ones a British rewrite could touch', () => {
  for (const w of ['managment', 'recieve', 'devloped', 'colur', 'teh', 'infrastucture']) assert.equal(checker.known(w), false, w);
});

test('suggest: best first, in the word\'s own capitalisation, at most max', () => {
  assert.deepEqual(checker.suggest('managment'), ['management']);
  assert.equal(checker.suggest('Devloped')[0], 'Developed');
  assert.ok(checker.suggest('sevices', 1).length === 1);
});

test('editDistance counts a transposition as one edit', () => {
  assert.equal(editDistance('recieve', 'receive'), 1);
  assert.equal(editDistance('managment', 'management'), 1);
  assert.equal(editDistance('shopify', 'showily'), 2);
  assert.equal(editDistance('', 'abc'), 3);
});
