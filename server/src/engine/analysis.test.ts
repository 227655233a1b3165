import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LintAnalysis, pieceLanguage, proseFor } from './analysis';
import { parse } from './parse/index';
import { Linter } from './linter';
import { countLanguage } from './text/language';
import { proseMaskedWords, type ProseSelection } from './text/prose';

const SEL: ProseSelection = { bullets: true, summary: true, descriptions: true };
const TEXT = [
  '# Ana Ruiz',
  'ana@example.org',
  '',
  '## Summary',
  'Ingeniera de software con experiencia en sistemas de pagos y en la mejora de procesos.',
  '',
  '## Experience',
  '### Engineer, Acme',
  '2019-01 – 2021-06',
  '- Led the migration of 40 services to the new platform with the data team',
  '- Responsable de la mejora de procesos administrativos con el equipo',
  '- Led the migration of 40 services to the new platform with the data team',
].join('\n');

test('analysis: a piece\'s language count kept with its record is the count of its words, in this lint and the next', () => {
  const linter = new Linter();
  for (let round = 0; round < 2; round++)
    linter.run(() => {
      const resume = parse(TEXT, 'resume.md')!;
      const analysis = new LintAnalysis(resume, TEXT);
      const pieces = proseFor({ resume, text: TEXT, analysis }, SEL);
      assert.ok(pieces.length >= 4);
      for (const p of pieces) {
        const kept = pieceLanguage({ resume, text: TEXT, analysis }, p);
        assert.deepEqual(kept, countLanguage(proseMaskedWords(p)), p.text);
        // Without an analysis (a rule run alone), the same count, computed.
        assert.deepEqual(pieceLanguage({ resume, text: TEXT }, p), kept);
      }
    });
});
