// tense: bullets of a role that ended should open in the past tense ("Led"), bullets of the
// current role in the present ("Lead"). The role's tense comes from its dates; no dates, no check.
import { defineRule, type Report } from '../rule';
import type { Bullet, Entry } from '../model';
import { bulletsOf, checkBullet } from '../analysis';
import { categoryOfVerb, gerundBase, isPastForm, isPresentForm, isSameInBothTenses, lemma, matchCase, toPast, toPresent } from '../data/verbs';
import { weakPhrases } from '../data/weak-phrases';
import { openingVerbWord, roleTense, type RoleTense } from '../role-tense';
import { describeRange } from '../dates-math';

type Options = Record<string, unknown> & { currentRole: boolean };

/**
 * Verbs that are also common nouns ("Lead engineer for…", "Design system work", "Test automation
 * framework"): only treated as verbs when an object clearly follows (the, a, our, a number…).
 */
const NOUN_TOO = new Set(
  `lead design test support research review report model code release plan budget track profile document draft structure schedule map
  survey benchmark audit edit brief process program champion chair captain head coach guide mentor partner answer hire recruit author
  architect engineer prototype craft launch ship boost scale upgrade double triple speed fix tune monitor pitch lecture present train
  deploy control rollout roll interview award land close sell win drive run own set found`.split(/\s+/),
);
const OBJECT_START = /^(?:the|a|an|our|my|their|its|his|her|all|every|each|both|multiple|several|new|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*[%+kKmMxX]?)$/;

/** Lemmas weak-verb already rewrites, tense included; reporting them twice would be noise. */
const WEAK_LEMMAS = new Set(weakPhrases.filter((p) => p.words[0].startsWith('~')).map((p) => p.words[0].slice(1)));

export default defineRule<Options>({
  id: 'tense',
  description: 'Bullets of a past role in the present tense, or of the current role in the past tense.',
  defaultSeverity: 'warning',
  options: {
    currentRole: {
      type: 'boolean',
      description: 'Also hint at past-tense bullets in the current role (finished projects in a current role may stay in the past tense).',
      default: true,
    },
  },
  docs: {
    why:
      'Tense tells a recruiter what you did and what you still do. A role that has ended reads in the past tense ' +
      '("Led", "Built"); your current role reads in the present ("Lead", "Build"). A present-tense bullet under an ' +
      'old role looks careless, and keyword matching in applicant tracking systems can depend on the exact form. ' +
      'The rule reads the role\'s dates: past when it has an end date, current when it ends "Present" (or later ' +
      'than today); roles without dates are left alone. An ended role\'s bullet that opens with an -ing form ' +
      '("Managing a team of 6") reads as ongoing and is reported too. Verbs whose past and present are spelled the same (Read, ' +
      'Set, Cut, Put) are never reported. Finished projects inside a current role may fairly stay in the past ' +
      'tense, so that case is only a hint.',
    sources: [
      'totalresumes.com.au, "Explaining resume tense": present tense for activities you currently perform, past tense for past activities',
      'womensjoblist.com, "Writing a résumé: be in tense"',
      'mammags.co.za, "Should resumes be written in past tense?": completed work inside the current role may be past tense',
      'Jobscan FAQ: verb tense matters for keyword matching',
    ],
    examples: [
      { bad: '### Engineer, Acme (2018-03 – 2021-06)\n- Lead the migration of 40 services to Kubernetes', good: '### Engineer, Acme (2018-03 – 2021-06)\n- Led the migration of 40 services to Kubernetes' },
      { bad: '### Engineer, Initech (2021-07 – present)\n- Managed a team of 6', good: '### Engineer, Initech (2021-07 – present)\n- Manage a team of 6' },
    ],
  },
  check(ctx) {
    let datesOf: Entry | undefined;
    let dates = '';
    for (const { bullet, entry } of bulletsOf(ctx)) {
      const tense = roleTense(entry, ctx.today);
      if (tense === 'unknown' || (tense === 'present' && !ctx.options.currentRole)) continue;
      if (datesOf !== entry) {
        datesOf = entry;
        // In YAML the range text is one field ("2021-03" for a JSON Resume role with no endDate),
        // which would not say "current" to the reader: show it as "Mar 2021 – Present" there.
        dates = !entry.dates ? '' : ctx.resume.format === 'markdown' || ctx.resume.format === 'text' ? entry.dates.text : describeRange(entry.dates);
      }
      // Reads only the bullet, the role's tense and the dates it quotes: unchanged bullets replay.
      checkBullet(ctx, bullet, `${tense} ${dates}`, (report) => checkOpening(bullet, tense, dates, report));
    }
  },
});

function checkOpening(bullet: Bullet, tense: RoleTense, dates: string, report: (r: Report) => void): void {
  const w = openingVerbWord(bullet);
  if (!w || !/^\p{L}+$/u.test(w.text)) return;
  const next = openingVerbWord(bullet, 1);
  const objectFollows = !!next && /^[*_`~]*\s+[*_`~]*$/.test(next.gap) && OBJECT_START.test(next.text.toLowerCase());
  const gerund = tense === 'past' ? gerundBase(w.text) : undefined;
  if (gerund && !WEAK_LEMMAS.has(gerund) && objectFollows) {
    // "Managing a team of 5" under a role that ended reads as if it were still going on.
    const past = matchCase(toPast(gerund), w.text);
    report({
      message: `"${w.text}" reads as ongoing, but this role has ended (${dates}); describe finished work in the past tense: "${past}".`,
      span: w.span,
      fixes: [{ title: `Change "${w.text}" to "${past}"`, edits: [{ span: w.span, newText: past }], preferred: true }],
    });
    return;
  }
  const base = lemma(w.text);
  if (!base || WEAK_LEMMAS.has(base) || isSameInBothTenses(w.text)) return;
  if (tense === 'past') {
    if (!isPresentForm(w.text) || isPastForm(w.text)) return;
    // Everyday verbs outside the strong list (File, Log, Order, Type) are often nouns too.
    if ((NOUN_TOO.has(base) || !categoryOfVerb(base)) && !objectFollows) return;
    const past = toPast(w.text);
    report({
      message: `"${w.text}" is present tense, but this role has ended (${dates}); describe finished work in the past tense: "${past}".`,
      span: w.span,
      fixes: [{ title: `Change "${w.text}" to "${past}"`, edits: [{ span: w.span, newText: past }], preferred: true }],
    });
  } else {
    if (!isPastForm(w.text) || isPresentForm(w.text)) return;
    const present = toPresent(w.text);
    report({
      message: `"${w.text}" is past tense, but this is your current role (${dates}); use the present tense for ongoing work: "${present}" (finished projects may stay in the past).`,
      span: w.span,
      severity: 'hint',
      fixes: [{ title: `Change "${w.text}" to "${present}"`, edits: [{ span: w.span, newText: present }], preferred: true }],
    });
  }
}
