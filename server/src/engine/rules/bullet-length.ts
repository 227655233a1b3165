// bullet-length: role bullets under `minWords` (too thin to hold an action and a result) or over
// `maxWords` (too dense to skim), with the count in the message.
import { defineRule } from '../rule';
import { proseSpan, type ProseSelection, proseMaskedWords } from '../text/prose';
import { checkPiece, proseFor } from '../analysis';

interface Options extends Record<string, unknown> {
  minWords: number;
  maxWords: number;
}

/** What this rule reads (a module constant: the lint's shared analysis keys on it). */
const PIECES: ProseSelection = { bullets: true, entryKinds: ['work', 'volunteer', 'project'], skipSections: ['summary', 'skills'] };

export default defineRule<Options>({
  id: 'bullet-length',
  description: 'Role bullets shorter than `minWords` or longer than `maxWords` words.',
  defaultSeverity: 'info',
  options: {
    minWords: { type: 'integer', description: 'Fewest words a role bullet should have.', default: 8, minimum: 1 },
    maxWords: { type: 'integer', description: 'Most words a role bullet should have.', default: 30, minimum: 1 },
  },
  docs: {
    why:
      'Recruiters skim a résumé in seconds. A bullet of three or four words rarely holds both what you did and what came ' +
      'of it; a bullet of 40 words is a paragraph that gets skipped. One line to two lines — about 8 to 30 words — fits an ' +
      'action, its scope and its result. Only bullets of work, volunteering and projects are counted (not skills lists or ' +
      'education details), and link addresses do not count as words.',
    sources: [
      'ikoobee/resume-lint (bullets over 60 characters), summarised in research/resume-tools.md §2',
      'Extern, résumé bullet points guide: https://www.extern.com/post/resume-bullet-points-guide',
      'TheLadders eye-tracking study (6–7 s first pass), via sourcehire.app: https://sourcehire.app/signal/how-recruiters-actually-read-your-resume-2026',
    ],
    examples: [
      { bad: '- Fixed bugs', good: '- Fixed 40 checkout bugs in 2 sprints, cutting payment errors from 3% to 0.5%' },
      {
        bad: '- Worked closely with product, design, data science and the platform team over many months to plan, build, test and eventually launch a brand new onboarding flow for mobile and web users across all markets',
        good: '- Launched a new onboarding flow on mobile and web, lifting week-1 retention 8%',
      },
    ],
  },
  check(ctx) {
    const { minWords, maxWords } = ctx.options;
    const pieces = proseFor(ctx, PIECES);
    for (let ix = 0; ix < pieces.length; ix++) {
      const p = pieces[ix];
      // A description paragraph is no bullet: its length is not a bullet's.
      if (p.kind !== 'bullet' || p.bullet?.paragraph) continue;
      // Reads only the piece (and the options): unchanged pieces replay the last lint's reports.
      checkPiece(ctx, p, '', (report) => {
        const ws = proseMaskedWords(p);
        const n = ws.length;
        if (n === 0 || (n >= minWords && n <= maxWords)) return;
        const span = proseSpan(p, ws[0].start, ws[n - 1].end);
        // (Past the cap, counted only: no message built.)
        if (ctx.beyondCap?.(span)) return;
        if (n < minWords)
          report({
            message: `Bullet has ${n} word${n === 1 ? '' : 's'} (under ${minWords}): too short to show what you did and what came of it. Add the scope or the result, e.g. "for 40 users", "cutting errors 30%".`,
            span,
            data: { words: n, minWords },
          });
        else
          report({
            message: `Bullet has ${n} words (over ${maxWords}): recruiters skim and skip dense bullets. Cut it to the action and its result, or split it into two bullets.`,
            span,
            data: { words: n, maxWords },
          });
      });
    }
  },
});
