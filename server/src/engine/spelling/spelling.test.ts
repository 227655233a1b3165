import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Dictionary, editDistance, SpellChecker, spellChecker } from './spelling';
import { readFileSync } from 'node:fs';
import { useDictionary } from '../../../../test/util/dictionary';
import { findDictionaryFile } from '../../dictionary';

useDictionary();
const checker = spellChecker()!;

test('known: dictionary words, their capitalised and possessive forms', () => {
  for (const w of ['managed', 'Managed', 'MANAGED', "team's", "Acme's", 'analytics', "don't", "LLM's"]) assert.equal(checker.known(w), true, w);
});

test('known: British and -ize spellings alike', () => {
  for (const w of ['colour', 'behaviour', 'favourite', 'organised', 'organized', 'optimisation', 'optimization', 'analyse', 'centre', 'travelled', 'modelling', 'catalogue', 'licence', 'programme', 'judgement', 'ageing', 'enrolment', 'paediatric', 'containerised', 'containerized'])
    assert.equal(checker.known(w), true, w);
});

test('known: modern words, compounds and the shorthand of the trade', () => {
  for (const w of ['microservices', 'onboarding', 'observability', 'walkthroughs', 'webservers', 'cybersecurity', 'repo', 'repos', 'config', 'dev', 'devs', 'subnets', 'addons', 'agentless', 'serverless', 'hackathons', 'readmissions', 'dashboarding', 'upskilled', 'kubectl', 'Kubernetes', 'Terraform', 'fintech', 'rearchitected', 'subteams', 'standups'])
    assert.equal(checker.known(w), true, w);
});

test('known: a combining form of science or a prefix before a listed word ("phylogeography", "macrofinance", "sinogram")', () => {
  for (const w of ['phylogeography', 'Phylogeography', 'macrofinance', 'Macrofinance', 'sinogram', 'neuroimaging', 'immunotherapies', 'paleoclimate'])
    assert.equal(checker.known(w), true, w);
  // A slip after the prefix stays a slip: "neurofibramatosis" is "neurofibromatosis" mistyped.
  for (const w of ['neurofibramatosis', 'macrofinanse']) assert.equal(checker.known(w), false, w);
});

test('known: a verb made of a listed word by "-ize" or "-ise", in all its forms ("ethnicized", "transnationalized")', () => {
  for (const w of ['ethnicized', 'Ethnicized', 'ethnicization', 'transnationalized', 'Transnationalizing', 'tokenised'])
    assert.equal(checker.known(w), true, w);
  // Not of a stem under four letters, nor of a plural: "advize" is "advise" mistyped.
  for (const w of ['advize', 'advizes']) assert.equal(checker.known(w), false, w);
});

test('names: people, companies and products are known in their own casing', () => {
  for (const w of ['Aaron', 'Nguyen', 'Siobhan', 'Shopify', 'Accenture', 'Deloitte', 'GitHub', 'PostgreSQL', 'Coursera', 'TechCrunch', 'Xbox']) assert.equal(checker.known(w), true, w);
});

test('casing: a listed name written in another case is a casing slip with the right form', () => {
  const casing = (w: string) => {
    const v = checker.check(w);
    return v.kind === 'casing' ? v.canonical : v.kind;
  };
  assert.equal(casing('Github'), 'GitHub');
  assert.equal(casing('postgresql'), 'PostgreSQL');
  assert.equal(casing('Techcrunch'), 'TechCrunch');
  assert.equal(casing('XBox'), 'Xbox');
  assert.equal(casing('coursera'), 'Coursera');
  assert.equal(casing('IOS'), 'iOS');
  // Code identifiers in the software lists are not ways to write a word.
  assert.equal(casing('agentless'), 'known');
  // A person's name is theirs in any case ("deJong" where the lists hold "Dejong"); an everyday
  // word in a programme's own capitals is that word styled ("InSIGHT").
  assert.equal(casing('deJong'), 'known');
  assert.equal(casing('InSIGHT'), 'known');
});

test('unknown: typos, even ones that split into two short words or a British rewrite could touch', () => {
  for (const w of ['managment', 'recieve', 'devloped', 'colur', 'infrastucture', 'mainted', 'managable', 'sofware', 'Activites']) assert.equal(checker.known(w), false, w);
});

test('suggest: a sensible first suggestion, in the word\'s own capitalisation, at most max', () => {
  const first: [string, string][] = [
    ['managment', 'management'],
    ['recieve', 'receive'],
    ['Devloped', 'Developed'],
    ['paymnet', 'payment'],
    ['expereince', 'experience'],
    ['strategiy', 'strategy'],
    ['inisght', 'insight'],
    ['sofware', 'software'],
    ['workfows', 'workflows'],
    ['Experiened', 'Experienced'],
    ['Activites', 'Activities'],
    ['Jaiascript', 'JavaScript'],
    ['infrastucture', 'infrastructure'],
    ['acheived', 'achieved'],
    ['enviroment', 'environment'],
    ['stakeholdres', 'stakeholders'],
  ];
  for (const [typo, want] of first) assert.equal(checker.suggest(typo)[0], want, typo);
  assert.deepEqual(checker.suggest('managment'), ['management']);
  assert.ok(checker.suggest('sevices', 1).length === 1);
});

test('evidence: a typo has a close common word; names and terms the lists lack do not', () => {
  for (const [w, capital] of [['managment', false], ['sofware', false], ['Activites', true], ['Coypright', true]] as const) assert.equal(checker.isTypo(w, capital), true, w);
  // Short or capitalised unknown words one slip from a word are names as often: "Tema", "Hoseo", "Ephox".
  for (const [w, capital] of [['Tema', true], ['Hoseo', true], ['Ephox', true], ['gcov', false], ['jdoe', false], ['Zephyrix', true]] as const)
    assert.equal(checker.isTypo(w, capital), false, w);
});

test('each checker keeps its own caches over the one shared dictionary', () => {
  const other = new SpellChecker(checker.dictionary);
  assert.equal(other.dictionary, checker.dictionary);
  assert.deepEqual(other.suggest('managment'), checker.suggest('managment'));
  let calls = 0;
  const f = (w: string) => (calls++, w.length);
  other.memo('abc', f);
  other.memo('abc', f);
  checker.memo('abc', f);
  assert.equal(calls, 2);
});

test('the common words searched first change no verdict and no suggestion (against the whole search alone)', () => {
  const d = checker.dictionary;
  assert.ok(d.common, 'the dictionary file carries its common words');
  // The first graph alone: a dictionary without the common list searches every word every time.
  const whole = new Dictionary(readFileSync(findDictionaryFile()!).subarray(0, d.graph.byteLength));
  assert.equal(whole.common, undefined);
  const words = ['consectetur', 'sagittis', 'rendercv', 'automa', 'tincidunt', 'easytouse', 'logros', 'managment', 'infrastucture', 'stakeholdres', 'acheived', 'Coypright', 'TIZEN', 'Pilani', 'atere', 'smmets', 'toghe', 'Siebl', 'delivred', 'recieved', 'commodo', 'numeri', 'applica', 'migra', 'Zephyrix', 'kubernets', 'platfrom', 'optimzation', 'colaborated'];
  for (const order of ['typo first', 'suggest first'])
    for (const capital of [false, true]) {
      const a = new SpellChecker(d);
      const b = new SpellChecker(whole);
      for (const w of words) {
        const run = (c: SpellChecker) => (order === 'typo first' ? [c.isTypo(w, capital), c.suggest(w), c.suggest(w, 1), c.isTypo(w, capital)] : [c.suggest(w, 2), c.isTypo(w, capital), c.suggest(w, 5)]);
        assert.deepEqual(run(a), run(b), `${w} (${order}, capital ${capital})`);
      }
    }
});

test('editDistance counts a transposition as one edit', () => {
  assert.equal(editDistance('recieve', 'receive'), 1);
  assert.equal(editDistance('managment', 'management'), 1);
  assert.equal(editDistance('shopify', 'showily'), 2);
  assert.equal(editDistance('', 'abc'), 3);
});

test('known: the American spelling where only the British one is listed, and the words of other trades', () => {
  // The American lists lack many medical words the British have ("haemodynamic" but no "hemodynamic").
  for (const w of ['hemodynamic', 'hemodynamics', 'Hemodynamic', 'preop', 'postop', 'megger', 'replen', 'merch', 'brunoise', 'bono', 'takt', 'limine', 'ute', 'utes'])
    assert.equal(checker.known(w), true, w);
  // Not a licence to drop letters: "ges" is "goes" less an "o", and a slip stays a slip.
  for (const w of ['ges', 'recieve', 'seperate']) assert.equal(checker.known(w), false, w);
});

test('known: small capitals whose "i" the PDF gives in lower case ("HiLLS", "CHRiSTiAN"), and degrees in their own mixed case ("MArch", "MSc")', () => {
  for (const w of ['HiLLS', 'HiGH', 'CHRiSTiAN', 'PROFiLE', 'MArch', 'BArch', 'MSc', 'PharmD', 'BVSc']) assert.equal(checker.check(w).kind, 'known', w);
  // Still a slip: a misspelt word in small capitals, and the month miswritten.
  assert.notEqual(checker.check('HiLSS').kind, 'known');
  assert.equal(checker.check('march').kind, 'known');
});

test('known: an acronym in the plural is no miscased name ("VMs" is not "VMS")', () => {
  assert.equal(checker.check('VMs').kind, 'known');
  assert.equal(checker.check('APIs').kind, 'known');
  // The name written in lower case is still a casing slip.
  assert.equal(checker.check('Github').kind, 'casing');
});

test('typo evidence: a capitalised word among other names is a slip only of a product or company name', () => {
  // "SDL Trados Studio": one edit from "trades", but a name among names.
  assert.equal(checker.isTypo('Trados', true, true), false);
  assert.equal(checker.isTypo('Trados', true), true);
  // "Glasfish" and "Jetty" among tool names are still slips of GlassFish.
  assert.equal(checker.isTypo('Glasfish', true, true), true);
  // A consonant and "-ys" is no plural: "agencies".
  assert.equal(checker.known('agencys'), false);
  assert.deepEqual(checker.suggest('agencys', 3)[0], 'agencies');
});

test('derived words: where the listed form doubles the last consonant ("occurred"), the single one is a slip; where it does not, both stand', () => {
  for (const w of ['occured', 'refering', 'controled']) assert.equal(checker.known(w), false, w);
  assert.equal(checker.suggest('occured', 3)[0], 'occurred');
  for (const w of ['visited', 'targeted', 'budgeted', 'developed', 'offered', 'listened', 'travelled', 'traveled', 'labeled', 'focused', 'occurred'])
    assert.equal(checker.known(w), true, w);
});

test('typo evidence: a capitalised slip of a verb résumés open bullets with is a typo, however rare the verb in general English', () => {
  assert.equal(checker.isTypo('Colaborated', true), true);
  assert.equal(checker.suggest('Colaborated', 3)[0], 'Collaborated');
});

test('typo evidence: a capitalised word with two neighbouring letters of an English word swapped is that word mistyped, a proper adjective or place too', () => {
  for (const [w, meant] of [['Spainsh', 'Spanish'], ['Copmuting', 'Computing'], ['Cirmea', 'Crimea']]) {
    assert.equal(checker.isTypo(w, true), true, w);
    assert.equal(checker.isTypo(w, true, true), true, `${w} among names`);
    assert.equal(checker.suggest(w, 1)[0], meant, w);
  }
  // Not a swap of a person's name: "Roberston", "Krishan" are names of their own.
  for (const w of ['Roberston', 'Krishan', 'Bahram']) assert.equal(checker.isTypo(w, true), false, w);
});
