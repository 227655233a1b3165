// The spelling rule over the real résumés of ../shared, scored against the hand-written labels of
// test/gold/findings (judged per test/gold/LABELLING.md before the rule ran): the figures issue 9
// asks for, held here so a change to the rule or the dictionary that loses them is noticed.
// `npm run accuracy --verbose` lists each disagreement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type ResolvedConfig } from '../index';
import { rules } from './index';
import { useDictionary } from '../../../../test/util/dictionary';
import { inputsOf, readFindingsGold, sharedAvailable } from '../../../../test/accuracy/gold';
import { readSource, scoreFindings } from '../../../../test/accuracy/score';
import { LABEL_DAY } from '../../../../test/accuracy/measure';

const onlySpelling: ResolvedConfig = { rules: Object.fromEntries(rules.map((r) => [r.id, { severity: r.id === 'spelling' ? undefined : ('off' as const) }])), words: [] };

test('spelling on real résumés: precision >= 0.95 and recall >= 0.90 against the labels', { skip: !sharedAvailable() && 'no ../shared corpus here' }, () => {
  useDictionary();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const g of readFindingsGold())
    for (const input of inputsOf(g)) {
      const text = readSource(input.path);
      const findings = lint(text, input.fileName, { config: onlySpelling, today: LABEL_DAY })?.findings ?? [];
      for (const f of findings) assert.equal(f.data?.word, text.slice(f.span.start, f.span.end).replace(/-\s+/, ''), `${input.fileName}: the word reported is the word underlined`);
      const s = scoreFindings(g, text, findings).spelling;
      if (!s) continue;
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
    }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  assert.ok(precision >= 0.95, `precision ${precision.toFixed(3)} (${tp} right, ${fp} false alarms)`);
  assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)} (${tp} found, ${fn} missed)`);
});
