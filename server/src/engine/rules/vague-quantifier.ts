// vague-quantifier: "multiple teams", "significantly reduced", "various projects" in bullets,
// where a recruiter wants the number. Quiet when the number is there anyway ("multiple (4) teams",
// "significantly reduced latency, by 40%").
import { defineRule } from '../rule';
import { proseSpan, type ProseSelection, proseMasked } from '../text/prose';
import { checkPiece, proseFor } from '../analysis';
import { LookbehindScan } from '../text/lookbehind-scan';
import { COUNT_WORDS, MAGNITUDE_WORDS, MULTIPLE_TERMS, SIGNIFICANT_BEFORE } from '../data/vague-quantifiers';

type Options = Record<string, unknown>;

const COUNT = new Set(COUNT_WORDS);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const PHRASES = [...COUNT_WORDS, ...MAGNITUDE_WORDS].sort((a, b) => b.length - a.length);
// Scanned without its leading lookbehind (checked by hand), which would be tried at every position.
const VAGUE = new LookbehindScan(new RegExp(`(?<![\\p{L}\\p{N}'’\\-])(?:${PHRASES.map(escape).join('|')})(?![\\p{L}\\p{N}'’\\-])`, 'giu'));

/** A number that measures something: digits that are not a bare year ("2019") and not part of a name ("S3", "HTTP/2"). */
const METRIC = /(?<![\p{L}\d/.])(?:[$€£]\s?)?\d[\d,.]*(?:\s?(?:%|[kKmMbB]\b|x\b|\+))?(?![\p{L}])/gu;
function hasMetric(s: string): boolean {
  METRIC.lastIndex = 0;
  for (let m = METRIC.exec(s); m; m = METRIC.exec(s)) if (!/^(?:19|20)\d\d$/.test(m[0])) return true;
  return false;
}
const SPELLED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred|thousand|million)s?\b/i;

// The clause around an index: stops at sentence punctuation and semicolons. Looked for within a
// bounded window, so a huge bullet with many matches stays linear.
const WINDOW = 160;
function clauseAfter(s: string, i: number): string {
  const ahead = s.slice(i, i + WINDOW);
  const m = /[.;!?](?:\s|$)/.exec(ahead);
  return m ? ahead.slice(0, m.index) : ahead;
}
function clauseBefore(s: string, i: number): string {
  const head = s.slice(Math.max(0, i - WINDOW), i);
  const m = /[.;!?]\s[^.;!?]*$/.exec(head);
  return m ? head.slice(m.index + 1) : head;
}

/** What this rule reads (a module constant: the lint's shared analysis keys on it). */
const PIECES: ProseSelection = { bullets: true, skipSections: ['summary', 'skills', 'publications', 'references', 'languages', 'interests'] };

export default defineRule<Options>({
  id: 'vague-quantifier',
  description: 'Vague amounts ("multiple", "various", "significantly") where a number belongs.',
  defaultSeverity: 'info',
  options: {},
  docs: {
    why:
      '"Multiple teams" and "significantly reduced" tell the reader that there was an amount but not what it was. ' +
      'Recruiters trust numbers and skim adjectives; a count ("3 teams") or a size ("from 2 s to 300 ms") is both ' +
      'shorter and more convincing. When the number is already in the bullet, the word is not reported.',
    sources: [
      'ResumeDoctor, "Vague résumés lead to hazy prospects": http://www.wheatonjobs.com/employment-resources/detail/vague-resumes-lead-to-hazy-prospects/410',
      'write-good (weasel words): https://github.com/btford/write-good',
      'Resume Worded / resumx.dev on quantified bullets: https://resumx.dev/playbook/resume-wording.html',
    ],
    examples: [
      { bad: '- Worked with multiple teams to significantly reduce deploy time', good: '- Worked with 4 teams to cut deploy time from 40 to 8 minutes' },
      { bad: '- Built various internal tools', good: '- Built 5 internal tools used by 120 support agents' },
    ],
  },
  check(ctx) {
    const pieces = proseFor(ctx, PIECES);
    for (let ix = 0; ix < pieces.length; ix++) {
      const p = pieces[ix];
      if (p.kind !== 'bullet') continue;
      // Reads only the piece (and the options): unchanged pieces replay the last lint's reports.
      checkPiece(ctx, p, '', (report) => {
        const masked = proseMasked(p);
        for (const m of VAGUE.all(masked)) {
          const said = m[0];
          const phrase = said.toLowerCase().replace(/\s+/g, ' ');
          const end = m.index + said.length;
          const after = clauseAfter(masked, end);
          const before = clauseBefore(masked, m.index);
          const isCount = COUNT.has(phrase);
          if (isCount) {
            // The count is given right there: "multiple (4) teams", "several teams (3)", "many customers, 200+".
            const next = after.split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
            if (hasMetric(next) || SPELLED.test(next)) continue;
            const nextWord = /^\s*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
            if (phrase === 'multiple' && nextWord && MULTIPLE_TERMS.has(nextWord)) continue;
            if (/\b(?:how|as|so|too)\s+$/i.test(before) && phrase === 'many') continue; // "as many as", "how many"
          } else {
            // "significantly reduced latency by 40%": the number already says how much.
            if (hasMetric(after) || hasMetric(before)) continue;
            const prevWord = /([\p{L}]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
            if (phrase === 'significant' && prevWord && SIGNIFICANT_BEFORE.has(prevWord)) continue;
          }
          const message = isCount
            ? `"${said}" says there was more than one but not how many; recruiters trust numbers. Write the count, e.g. "3 teams", "12 services", "40+ customers".`
            : `"${said}" claims an effect without its size; recruiters skim adjectives and read numbers. Say by how much, e.g. "cut latency 40%" or "from 2 s to 300 ms".`;
          report({ message, span: proseSpan(p, m.index, end), data: { word: phrase } });
        }
      });
    }
  },
});
