// `npm run accuracy`: structure and prose-rule precision/recall on the real résumés of ../shared
// against the hand-written gold of test/gold/.
//   --verbose [substring]   also list every disagreement (for files whose name contains substring)
//   --json FILE             write the figures as JSON
//   --update-floors         raise test/gold/floors.json to today's figures (never lowers one)
//   --set-floors            set them to today's figures, lower ones included (a deliberate trade-off)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldDir, sharedAvailable } from './gold';
import { figures, measure, PROBES } from './measure';
import { precision, PROSE_RULES, recall, STRUCTURE_FIELDS } from './score';
import { measurePostings, printPostingReport } from './postings';

const argv = process.argv.slice(2);
if (!sharedAvailable()) {
  console.error('accuracy: ../shared/corpus and ../shared/pdf-corpus are not beside this checkout; nothing to measure.');
  process.exit(2);
}
const m = measure();
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const pad = (s: string, n: number) => s.padEnd(n);

const structureTable = (groups: string[], label: (g: string) => string) => {
  groups.sort((a, b) => (a.endsWith('all') ? 1 : b.endsWith('all') ? -1 : a.localeCompare(b)));
  console.log(pad('field', 18) + groups.map((g) => pad(label(g), 15)).join(''));
  for (const f of STRUCTURE_FIELDS) {
    const row = groups.map((g) => {
      const t = m.structure[g][f];
      return pad(t.gold || t.said ? `${pct(precision(t))}/${pct(recall(t))}` : '     —', 15);
    });
    console.log(pad(f, 18) + row.join(''));
  }
};
const isProbe = (g: string) => g.startsWith(`${PROBES}/`);
console.log('Structure: precision / recall per field (entries: real / found)\n');
structureTable(Object.keys(m.structure).filter((g) => !isProbe(g)), (g) => g);
const probeGroups = Object.keys(m.structure).filter(isProbe);
if (probeGroups.length) {
  console.log('\nProbes (test/probes): résumés of other professions and shapes, written and labelled blind by a helper\nwho never ran the reader; our own fixtures, not real files, so reported apart\n');
  structureTable(probeGroups, (g) => g.slice(PROBES.length + 1));
}
console.log('\nProse rules: precision / recall (true positives, false alarms, misses)\n');
// The real files' groups, their "all", then the probes (our fixtures, never part of "all").
const rank = (g: string) => (g === PROBES ? 2 : g === 'all' ? 1 : 0);
const rgroups = Object.keys(m.rules).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
console.log(pad('rule', 16) + rgroups.map((g) => pad(g, 32)).join(''));
for (const rule of PROSE_RULES) {
  const row = rgroups.map((g) => {
    const s = m.rules[g][rule];
    if (!s) return pad('—', 32);
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    return pad(`${pct(p)}/${pct(r)} (${s.tp}, ${s.fp}, ${s.fn})`, 32);
  });
  console.log(pad(rule, 16) + row.join(''));
}

const vi = argv.indexOf('--verbose');
if (vi >= 0) {
  const filter = argv[vi + 1] && !argv[vi + 1].startsWith('--') ? argv[vi + 1] : '';
  for (const f of m.files) {
    if (filter && !f.file.includes(filter)) continue;
    if (!f.mismatches.length && !f.misses.length) continue;
    console.log(`\n## ${f.file} (${f.group})`);
    for (const x of f.mismatches) console.log(`  ${x.what}: gold ${JSON.stringify(x.gold)} · said ${JSON.stringify(x.said)}`);
    for (const x of f.misses) console.log(`  ${x.rule} ${x.kind} line ${x.line}: ${x.text}`);
  }
}
// Job match (issue 12): term extraction on the labelled postings of test/gold/postings.
const postings = measurePostings();
printPostingReport(postings, vi >= 0);
const figs = { ...figures(m), 'postings.precision': postings.sets.all.precision, 'postings.recall': postings.sets.all.recall };
const ji = argv.indexOf('--json');
if (ji >= 0 && argv[ji + 1]) writeFileSync(argv[ji + 1], JSON.stringify(figs, null, 2) + '\n');
if (argv.includes('--set-floors')) {
  // A deliberate trade-off: floors become today's figures, lower ones included (say why in the commit).
  writeFileSync(join(goldDir, 'floors.json'), JSON.stringify(Object.fromEntries(Object.entries(figs).sort()), null, 2) + '\n');
  console.log('\nfloors: set to today\'s figures');
} else if (argv.includes('--update-floors')) {
  const path = join(goldDir, 'floors.json');
  const old: Record<string, number> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const next: Record<string, number> = {};
  for (const [k, v] of Object.entries(figs)) next[k] = Math.max(v, old[k] ?? 0);
  writeFileSync(path, JSON.stringify(Object.fromEntries(Object.entries(next).sort()), null, 2) + '\n');
  console.log(`\nfloors: ${path} updated`);
}
