// weak-verb: a bullet that opens with a duty phrase or a weak verb ("Responsible for", "Helped",
// "Worked on") instead of saying what the person did. Fixes rewrite the opening with a strong
// verb in the tense the role needs, keeping the rest of the bullet.
import { scoped } from '../cache/state';
import { defineRule, type Fix, type Report, type RuleContext } from '../rule';
import { bulletOffset, type Bullet } from '../model';
import { bulletsOf, checkBullet } from '../analysis';
import { weakPhrases } from '../data/weak-phrases';
import { categoryOfVerb, gerundBase, lemma, toPast, toPresent, verbsByCategory } from '../data/verbs';
import { openingVerbWord, openingVerbWords, roleTense, sentencesOf, type RoleTense } from '../text/role-tense';
import { joined, mayOpenWeakPhrase, opensWeak, weakPhraseAt } from '../text/weak-openers';

type Options = Record<string, unknown> & { ignore: string[] };

/** "Co-led" → "Co-lead", "Contributed to" → "Contribute to": only the verb changes. */
function inTense(phrase: string, tense: RoleTense): string {
  if (tense !== 'present') return phrase;
  const [first, ...rest] = phrase.split(' ');
  const m = /^(co-)(.*)$/i.exec(first);
  const verb = m ? m[1] + toPresent(m[2]) : toPresent(first);
  return [verb, ...rest].join(' ');
}

/** "Partnered with" + "closely" → "Partnered closely with": an adverb the writer put after the verb stays there. */
function withAdverb(replacement: string, adverb: string | undefined): string {
  if (!adverb) return replacement;
  const sp = replacement.indexOf(' ');
  return sp < 0 ? replacement : `${replacement.slice(0, sp)} ${adverb}${replacement.slice(sp)}`;
}

function pastOf(base: string): string {
  return toPast(base.charAt(0).toUpperCase() + base.slice(1));
}

/** Up to `n` other strong verbs of the same category as `base`, in the past tense (memoised: a pure function of its arguments). */
// Per linter (state.ts), like every cache: a new linter starts without it.
const sameCategoryMemo = scoped(() => new Map<string, readonly string[]>());
function sameCategory(base: string, n: number): readonly string[] {
  const key = `${n}:${base}`;
  const memo = sameCategoryMemo();
  let out = memo.get(key);
  if (!out) {
    const c = categoryOfVerb(base);
    out = c ? verbsByCategory[c].filter((v) => v.present.toLowerCase() !== base).slice(0, n).map((v) => v.past) : [];
    if (memo.size >= 2000) memo.clear();
    memo.set(key, out);
  }
  return out;
}

/** Ideas for a folded verb that is weak itself ("Responsible for helping" → not "Helped"). */
function ideasFor(base: string): string[] {
  const p = weakPhrases.find((x) => x.words.length === 1 && x.words[0] === `~${base}`);
  return p ? (p.ideas ?? p.replacements) : [];
}

export default defineRule<Options>({
  id: 'weak-verb',
  description: 'Bullets that open with a duty phrase or weak verb ("Responsible for", "Helped", "Worked on") instead of what you did.',
  defaultSeverity: 'warning',
  options: {
    ignore: {
      type: 'array',
      items: { type: 'string' },
      description: 'Opening phrases not to report, lower case (e.g. ["handled"]).',
      default: [],
    },
  },
  docs: {
    why:
      'Recruiters skim the first word of each bullet. "Responsible for", "Duties included" and "Tasked with" describe ' +
      'the job ad, not what you achieved; "Helped", "Assisted with", "Worked on" and "Participated in" hide your own ' +
      'part in the work. Open with a strong verb that names what you did ("Built", "Led", "Cut") and the rest of ' +
      'the bullet can show the result. The quick fix rewrites the opening in the tense the role needs: past for a ' +
      'role that ended, present for your current one.',
    sources: [
      'candidate.so, "Action verbs" glossary (weak openers: Responsible for, Assisted with, Helped with, Was involved in, Worked on, Duties included)',
      'offlinecv (resumelint-org/resumelint, src/lib/score/score.ts): worked/helped/supported/responsible/assisted/participated deliberately excluded from action verbs',
      'resumx.dev, "Resume wording" playbook: bullets opening with "Responsible for" fare worst in ATS scans',
      'VMock scoring guide (bu-beyond.blog, 2019): "Responsible for answering phones" vs "Answered 100+ phone inquiries per day"',
    ],
    examples: [
      { bad: '- Responsible for managing a team of 5 engineers', good: '- Managed a team of 5 engineers' },
      { bad: '- Helped build the billing API used by 40 teams', good: '- Built the billing API used by 40 teams' },
      { bad: '- Worked on the checkout redesign', good: '- Delivered the checkout redesign, lifting conversion 12%' },
    ],
  },
  check(ctx) {
    const ignore = new Set(ctx.options.ignore.map((s) => s.toLowerCase().trim()));
    for (let ix = 0, ixs = bulletsOf(ctx); ix < ixs.length; ix++) {
      const { bullet, entry } = ixs[ix];
      const tense = roleTense(entry, ctx.today);
      // Reads only the bullet and its role's tense: unchanged bullets replay the last lint's reports.
      // Every sentence of it: "… data flow graphs. Worked on APIs …".
      checkBullet(ctx, bullet, tense, (report) => {
        for (const s of sentencesOf(bullet)) checkSentence(ctx, s, tense, ignore, report);
      });
    }
    // Role descriptions (JSON Resume and RenderCV `summary`): each sentence's opening.
    for (let ix = 0; ix < ctx.resume.sections.length; ix++)
      for (let iy = 0, section = ctx.resume.sections[ix]; iy < section.entries.length; iy++) {
        const entry = section.entries[iy];
        const d = entry.description;
        if (!d) continue;
        const tense = roleTense(entry, ctx.today);
        checkBullet(ctx, d, `description ${tense}`, (report) => {
          for (const s of sentencesOf(d)) checkSentence(ctx, s, tense, ignore, report);
        });
      }
  },
});

// "During this summer internship, I helped improve …": a short introductory phrase and its comma
// before "I"; the sentence's own opening is after them.
const INTRO_THEN_I = /^[^,.;:!?\n]{3,60},[ \t]+(?=I[ \t])/;

/** A sentence's opening, and after a short introductory phrase, the opening that follows it. */
function checkSentence(ctx: RuleContext<Options>, s: Bullet, tense: RoleTense, ignore: Set<string>, report: (r: Report) => void): void {
  if (checkOpening(ctx, s, tense, ignore, report) || s.offsets) return;
  const m = INTRO_THEN_I.exec(s.text);
  if (!m) return;
  const at = m[0].length;
  checkOpening(ctx, { text: s.text.slice(at), span: { start: s.span.start + at, end: s.span.end } }, tense, ignore, report);
}

// "Duties: answering questions about …": a list of duties run in after its label (a label alone on
// its line over bullets, "Duties:", names the list and is left alone).
// (Or run on to the next line, where the label follows a sentence on its own line: "… Department.
// Duties:" / "answering questions …".)
// (Not where a sentence of its own follows, "**Duties:** I assisted in …": its opening is read as any.)
const RUN_IN_DUTIES = /^([ \t*_]*)((?:duties|responsibilities|main duties|key responsibilities)[ \t]*:)(?![ \t*_]*(?:I|We|My|Our)\s)(?=([ \t*_]*[\p{L}\d])|\s*\n[ \t]*[\p{L}])/iu;
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;
// (Why a list of duties is weak, said as "Duties included" says it: one wording for both.)
const DUTIES_WHY = weakPhrases.find((x) => x.words.join(' ') === 'duties included')!.why;

/** "Duties: answering …": reported at the label, where no weak phrase opens what follows it. */
function runInDuties(ctx: RuleContext<Options>, bullet: Bullet, tense: RoleTense, ignore: Set<string>, report: (r: Report) => void): boolean {
  const runIn = RUN_IN_DUTIES.exec(bullet.text);
  const at = runIn ? bulletOffset(bullet, runIn[1].length) : 0;
  const sameLine = !!runIn?.[3] || (!!runIn && !LINE_START_BEFORE.test(ctx.text.slice(Math.max(0, at - 80), at)));
  if (runIn && sameLine && !ignore.has(runIn[2].replace(/\s*:$/, '').toLowerCase())) {
    const start = at;
    const shown = runIn[2];
    const ideas = ['Managed', 'Owned', 'Ran'].map((r) => inTense(r, tense));
    report({
      message: `"${shown}" introduces a list of duties, which ${DUTIES_WHY}; open each with what you did, e.g. ${ideas.map((a) => `"${a}"`).join(', ')}, then the result.`,
      span: { start, end: bulletOffset(bullet, runIn[1].length + shown.length - 1) + 1 },
      data: { alternatives: ideas, phrase: shown },
    });
    return true;
  }
  return false;
}

function checkOpening(ctx: RuleContext<Options>, bullet: Bullet, tense: RoleTense, ignore: Set<string>, report: (r: Report) => void): boolean {
  return checkPhrase(ctx, bullet, tense, ignore, report) || runInDuties(ctx, bullet, tense, ignore, report);
}

function checkPhrase(ctx: RuleContext<Options>, bullet: Bullet, tense: RoleTense, ignore: Set<string>, report: (r: Report) => void): boolean {
  // The first word rules most bullets out; the rest of the opening is read only for candidates.
  const first = openingVerbWord(bullet);
  if (!first || !mayOpenWeakPhrase(first.text)) return false;
  const ws = openingVerbWords(bullet, 7);
  const m = weakPhraseAt(ws);
  if (!m) return false;
  const { phrase } = m;
  const matched = ws.slice(0, m.used);
  // "Working With Children Check", "Assisted Living Facility": a name in Title Case (every word of
  // the phrase capitalised, the next word too) is a licence's or a place's name, not a duty.
  if (m.used >= 2 && [...matched, ws[m.used]].every((w) => !!w && /^\p{Lu}/u.test(w.text))) return true;
  const verbWords = matched.filter((_, i) => i !== m.adverb);
  const adverb = m.adverb >= 0 ? ws[m.adverb].text : undefined;
  const phraseText = verbWords.map((w) => w.text).join(' ');
  if (ignore.has(phraseText.toLowerCase()) || ignore.has(phrase.words.map((w) => w.replace('~', '')).join(' '))) return true;
  const last = matched[matched.length - 1];
  const next = ws[m.used];
  const nextJoined = !!next && joined(next.gap);
  // Nothing safe to rewrite when markup or punctuation closes the phrase ("**Responsible for** x").
  const endsClean = next ? nextJoined : /^\s*$/.test(bullet.text.slice(last.end));

  let folded: string | undefined;
  if (next && nextJoined && phrase.folds === 'gerund') folded = gerundBase(next.text);
  else if (next && nextJoined && phrase.folds === 'base' && /^[a-z]/.test(next.text) && lemma(next.text) === next.text.toLowerCase()) folded = next.text.toLowerCase();

  let replacements: string[];
  let ideas: string[] | undefined;
  let end = last.span.end;
  if (folded && opensWeak(folded)) {
    // "Responsible for helping …": the folded verb is weak itself, so no rewrite to "Helped".
    end = next!.span.end;
    replacements = [];
    ideas = ideasFor(folded);
  } else if (folded) {
    end = next!.span.end;
    const past = pastOf(folded);
    replacements = [past];
    if (phrase.coVerb) replacements.push('Co-' + past.toLowerCase());
    else replacements.push(...sameCategory(folded, 3));
  } else if (phrase.folds === 'gerund' && next && nextJoined && /^\p{L}{2,}ing$/u.test(next.text)) {
    // An -ing verb we do not know ("Responsible for liaising"): "Owned liaising" would not read; no fix.
    replacements = [];
  } else replacements = endsClean ? phrase.replacements.map((r) => withAdverb(r, adverb)) : [];

  const start = matched[0].span.start;
  const shown = ctx.text.slice(start, end);
  // After a leading adverb ("Actively participated in") the replacement is mid-sentence.
  const lower = /^\p{Ll}/u.test(matched[0].text);
  const cased = (r: string) => (lower ? r.charAt(0).toLowerCase() + r.slice(1) : r);
  // A fix never offers what this rule reports ("Helped", "Worked with").
  const offer = (list: readonly string[]) => list.map((r) => cased(inTense(r, tense))).filter((r) => !opensWeak(r));
  const fixTexts = offer(replacements);
  const alternatives = replacements.length ? fixTexts : offer(ideas ?? phrase.ideas ?? (folded ? [] : phrase.replacements));
  const fixes: Fix[] = fixTexts.map((newText, i) => ({ title: `Replace "${shown}" with "${newText}"`, edits: [{ span: { start, end }, newText }], preferred: i === 0 }));
  const suggestion = alternatives.length ? `; open with what you did, e.g. ${alternatives.slice(0, 3).map((a) => `"${a}"`).join(', ')}` : '; open with a strong verb that says what you did';
  report({
    message: `"${shown}" ${phrase.why}${suggestion}${folded && !ideas ? '' : ', then the result'}.`,
    span: { start, end },
    fixes: fixes.length ? fixes : undefined,
    data: { alternatives, phrase: shown },
  });
  return true;
}
