// buzzword: clichés ("team player", "results-driven", "synergy") in bullets, the summary and
// skills. They claim a trait instead of showing it, and recruiters skim past them.
import { defineRule } from '../rule';
import { proseSpan, type ProseSelection, proseMasked } from '../text/prose';
import { checkPiece, proseFor } from '../analysis';
import { BUZZWORDS } from '../data/buzzwords';
import { LookbehindScan } from '../text/lookbehind-scan';

interface Options extends Record<string, unknown> {
  allow: string[];
}

// One alternation with a group per entry, so each piece of text is scanned once; scanned without
// the leading lookbehind (checked by hand), which would otherwise be tried at every position.
const COMBINED = new LookbehindScan(new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${BUZZWORDS.map((b) => `(${b.pattern.replace(/-/g, '[\\s\\-‐]*')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
));

/** What this rule reads (a module constant: the lint's shared analysis keys on it). */
const PIECES: ProseSelection = { bullets: true, summary: true, skills: true, skipSections: ['publications', 'references'] };

export default defineRule<Options>({
  id: 'buzzword',
  description: 'Clichés such as "team player", "results-driven" or "synergy" that claim a trait without showing it.',
  defaultSeverity: 'info',
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description: 'Phrases not to flag, as written in the résumé (case-insensitive), e.g. "passionate".',
      default: [],
    },
  },
  docs: {
    why:
      'Hiring managers name the same clichés in survey after survey: "team player", "go-getter", "think outside the box", ' +
      '"results-driven". Every résumé claims them, so they carry no information and make the reader skim. Replace the ' +
      'claim with the evidence: a result, a number, a thing you started.',
    sources: [
      'CareerBuilder/Harris survey of 2,200 hiring managers, via nexxt.com: https://www.nexxt.com/articles/use-action-words-on-your-resume-for-greater-effect-15552-article.html',
      'O2 UK study of CV jargon, via HR Review: https://hrreview.co.uk/hr-news/recruitment/out-of-the-box-thinkers-72-percent-less-likely-to-get-a-job/60367',
      'ResumeDoctor count over 160,000 résumés: http://www.wheatonjobs.com/employment-resources/detail/vague-resumes-lead-to-hazy-prospects/410',
    ],
    examples: [
      { bad: 'Results-driven team player with a passion for clean code.', good: 'Backend engineer who cut checkout latency 40% and mentored 4 juniors.' },
      { bad: '- Thought outside the box to improve reporting', good: '- Replaced 12 manual spreadsheets with one dashboard, saving 6 hours a week' },
    ],
  },
  check(ctx) {
    const allow = new Set(ctx.options.allow.map((a) => a.toLowerCase().replace(/[\s\-‐]+/g, ' ')));
    const pieces = proseFor(ctx, PIECES);
    for (let ix = 0; ix < pieces.length; ix++) {
      const p = pieces[ix];
      // Reads only the piece (and the options): unchanged pieces replay the last lint's reports.
      checkPiece(ctx, p, '', (report) => {
        const masked = proseMasked(p);
        for (const m of COMBINED.all(masked)) {
          const said = m[0];
          if (allow.has(said.toLowerCase().replace(/[\s\-‐]+/g, ' '))) continue;
          const entry = BUZZWORDS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
          report({
            message: `"${said}" is a cliché: every résumé claims it, so recruiters skim past it. Instead, ${entry.instead}.`,
            span: proseSpan(p, m.index, m.index + said.length),
            data: { buzzword: entry.label },
          });
        }
      });
    }
  },
});
