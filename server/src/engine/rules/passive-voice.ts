// passive-voice: "was developed", "were migrated", "has been built" in bullets. The passive hides
// who did the work; a recruiter wants to see you act. Not "was promoted" (good news) and not
// adjectives after "was" ("was excited", "was based in").
import { defineRule } from '../rule';
import { proseSpan, type ProseSelection, proseMasked, proseMaskedWords } from '../text/prose';
import { checkPiece, proseFor } from '../analysis';
import { ADJECTIVAL, GOOD_NEWS, IRREGULAR, NOT_PARTICIPLES } from '../data/participles';

interface Options extends Record<string, unknown> {
  allow: string[];
}

const BE = new Set(['was', 'were', 'been', 'being']);
/** BE.has(lower case), looking at length and first letter before lower-casing (most words are not). */
function isBe(w: string): boolean {
  if (w.length < 3 || w.length > 5) return false;
  const c = w.charCodeAt(0) | 32;
  return (c === 119 || c === 98) && BE.has(w.toLowerCase());
}

/** The simple past of a participle, for the suggested active rewrite; undefined when not a participle. */
function pastOf(word: string): string | undefined {
  if (!/^\p{Ll}+$/u.test(word)) return undefined;
  if (Object.prototype.hasOwnProperty.call(IRREGULAR, word)) return IRREGULAR[word];
  if (word.length >= 5 && word.endsWith('ed') && !NOT_PARTICIPLES.has(word)) return word;
  return undefined;
}

/** What this rule reads (a module constant: the lint's shared analysis keys on it). */
const PIECES: ProseSelection = { bullets: true, skipSections: ['summary', 'skills', 'publications', 'references'] };

export default defineRule<Options>({
  id: 'passive-voice',
  description: 'Passive voice ("was developed", "were migrated") in bullets, which hides who did the work.',
  defaultSeverity: 'hint',
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description: 'Participles not to flag after was/were (besides the built-in good news such as "promoted", "selected", "awarded").',
      default: [],
    },
  },
  docs: {
    why:
      'In "The pipeline was rebuilt" nobody did anything; in "Rebuilt the pipeline" you did. Recruiters read bullets for ' +
      'what you did, so the active form is both shorter and stronger. Passives that are good news — "was promoted", ' +
      '"was selected", "was awarded" — are not reported, and neither are adjectives such as "was based in".',
    sources: [
      'write-good (passive voice check): https://github.com/btford/write-good',
      'ikoobee/resume-lint passive rule, summarised in research/resume-tools.md §3.1',
      'myperfectresume.com on static verbs (is, was, were): https://www.myperfectresume.com/career-center/resumes/how-to/use-action-verbs-on-your-resume',
    ],
    examples: [
      { bad: '- The billing service was rewritten in Go, cutting p95 latency 60%', good: '- Rewrote the billing service in Go, cutting p95 latency 60%' },
      { bad: '- Onboarding docs were created for 30 new hires', good: '- Created onboarding docs for 30 new hires' },
    ],
  },
  check(ctx) {
    const allow = new Set(ctx.options.allow.map((a) => a.toLowerCase()));
    const pieces = proseFor(ctx, PIECES);
    for (let ix = 0; ix < pieces.length; ix++) {
      const p = pieces[ix];
      if (p.kind !== 'bullet') continue;
      // Reads only the piece (and the options): unchanged pieces replay the last lint's reports.
      checkPiece(ctx, p, '', (report) => {
        const masked = proseMasked(p);
        const ws = proseMaskedWords(p);
        for (let k = 0; k < ws.length; k++) {
          if (!isBe(ws[k].text)) continue;
          // Skip adverbs between: "was quickly adopted", "were later rewritten".
          let j = k + 1;
          while (j < ws.length && j - k <= 2 && /^\p{Ll}+ly$/u.test(ws[j].text) && ws[j].text !== 'only') j++;
          const w = ws[j];
          if (!w || /[.;:!?]/.test(masked.slice(ws[j - 1].end, w.start))) continue;
          const past = pastOf(w.text);
          if (!past || GOOD_NEWS.has(w.text) || ADJECTIVAL.has(w.text) || allow.has(w.text)) continue;
          // "was being developed": report from the first be-word of the chain.
          let s = k;
          while (s > 0 && BE.has(ws[s - 1].text.toLowerCase()) && /^\s+$/.test(masked.slice(ws[s - 1].end, ws[s].start))) s--;
          const said = masked.slice(ws[s].start, w.end);
          const verb = past[0].toUpperCase() + past.slice(1);
          report({
            message: `Passive "${said}" hides who did the work; recruiters read bullets for what you did. Make yourself the actor and open with the verb, e.g. "${verb} …".`,
            span: proseSpan(p, ws[s].start, w.end),
            data: { participle: w.text, active: verb },
          });
          k = j;
        }
      });
    }
  },
});
