// Weak bullet openers and duty phrases, with the strong verbs that can replace them.
//
// Provenance: our own list, written for this project from the weak openers named in
// /work/shared/research/resume-tools.md §3.3 (candidate.so glossary: "Responsible for", "Assisted
// with", "Helped with", "Was involved in", "Worked on", "Duties included"; offlinecv's excluded
// weak leads worked/helped/supported/responsible/assisted/participated; resumx.dev on
// "Responsible for"). Replacements are our own choice of verbs that keep the sentence grammatical.

export interface WeakPhrase {
  /**
   * The opening words, lower case. A word written "~help" matches any form of that verb
   * (help, helps, helped); other words match literally.
   */
  words: string[];
  /**
   * What may follow and be folded into the replacement:
   * 'gerund' = "Responsible for managing" → "Managed";
   * 'base' = "Helped build" / "Helped to build" → "Built".
   */
  folds?: 'gerund' | 'base';
  /** With a folded verb: also offer "Co-<verb>" ("Co-built"), for phrases that say the work was shared. */
  coVerb?: boolean;
  /**
   * Strong replacements in the past tense, used when no verb is folded. They must read well
   * followed by the rest of the bullet; empty = no safe rewrite, so no fix (alternatives still shown).
   */
  replacements: string[];
  /** Shown when there is no fix: verbs to consider, in the past tense. */
  ideas?: string[];
  /** Why it is weak, for the message: "describes a duty, not a result". */
  why: string;
}

// Matching (rules/weak-verb.ts): each word may be followed by a line break (a wrapped line of PDF
// text), a "~verb" also matches the verb's -ing form ("Assisting with", "Working on"), and one
// adverb may stand after the verb ("Worked closely with", "Assisted directly in"); the adverb is
// kept in the rewrite ("Partnered closely with").

const DUTY = 'describes a duty, not what you achieved';
const VAGUE = 'hides what you did yourself';

/** "<words> include / included / includes" for each of `heads`: a list of duties introduced by a form of "include". */
function dutiesIncluded(...heads: string[][]): WeakPhrase[] {
  return heads.flatMap((head) => ['include', 'included', 'includes'].map((form): WeakPhrase => ({ words: [...head, form], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY })));
}

export const weakPhrases: WeakPhrase[] = [
  { words: ['was', 'responsible', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  { words: ['were', 'responsible', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  { words: ['responsible', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  // ("be responsible for day-to-day performance …", "responsibility for training of new team
  // members": the infinitive and the noun of the same duty, as lists of duties write them.)
  { words: ['be', 'responsible', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  { words: ['responsibility', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  // ("Main responsibility for the annual budget": the noun's duty, picked out first.)
  { words: ['main', 'responsibility', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  { words: ['primary', 'responsibility', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  // ("Accountable for daily outgoing payments …": the same duty phrase in other words.)
  { words: ['was', 'accountable', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  { words: ['accountable', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  // ("Responsible to maintain the fleet": "responsible for" with a verb after "to", as writers of
  // other first languages put it; the verb is what was done.)
  { words: ['responsible', 'to'], folds: 'base', replacements: [], ideas: ['Owned', 'Managed', 'Led'], why: DUTY },
  // ("Primary responsibility was to scale purification …": the duty named, the verb after "to" what was done.)
  { words: ['primary', 'responsibility', 'was', 'to'], folds: 'base', replacements: [], ideas: ['Owned', 'Managed', 'Led'], why: DUTY },
  { words: ['main', 'responsibility', 'was', 'to'], folds: 'base', replacements: [], ideas: ['Owned', 'Managed', 'Led'], why: DUTY },
  // ("I am responsible for …", "I am also involved in …": after the pronoun the first-person rule reports.)
  { words: ['am', 'responsible', 'for'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Led', 'Ran'], why: DUTY },
  { words: ['duties', 'included'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  { words: ['duties', 'include'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  // ("Duties involved supervising all volunteers": the same list, introduced by "involve".)
  { words: ['duties', 'involved'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  { words: ['duties', 'involve'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  { words: ['responsibilities', 'included'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  { words: ['responsibilities', 'include'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  // ("Primary roles include …", "Main duties included …": the same list of duties, named another way.)
  // ("Tasks included: sample collection, …", "Main tasks include …": a list of tasks, the same thing.)
  // ("My responsibilities include …", "My duties included …": the list again, named as the writer's own.)
  ...dutiesIncluded(['roles'], ['primary', 'roles'], ['main', 'duties'], ['main', 'responsibilities'], ['key', 'responsibilities'], ['tasks'], ['main', 'tasks'], ['key', 'tasks'], ['my', 'responsibilities'], ['my', 'duties'], ['my', 'tasks']),
  // ("Duties includes:", "Areas of responsibility include …": the same list, the verb's number slipped
  // or the duties named another way.)
  { words: ['duties', 'includes'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  // ("Duties consisted of answering …": the same list, introduced another way.)
  { words: ['duties', 'consisted', 'of'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  { words: ['responsibilities', 'consisted', 'of'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  { words: ['responsibilities', 'includes'], folds: 'gerund', replacements: ['Owned', 'Managed', 'Ran'], why: DUTY },
  ...dutiesIncluded(['areas', 'of', 'responsibility']),
  { words: ['was', 'tasked', 'with'], folds: 'gerund', replacements: ['Owned', 'Led', 'Delivered'], why: DUTY },
  { words: ['tasked', 'with'], folds: 'gerund', replacements: ['Owned', 'Led', 'Delivered'], why: DUTY },
  { words: ['was', 'in', 'charge', 'of'], folds: 'gerund', replacements: ['Led', 'Managed', 'Owned', 'Ran', 'Directed'], why: DUTY },
  { words: ['in', 'charge', 'of'], folds: 'gerund', replacements: ['Led', 'Managed', 'Owned', 'Ran', 'Directed'], why: DUTY },
  { words: ['~work', 'with'], replacements: ['Partnered with', 'Collaborated with'], why: VAGUE },
  { words: ['~work', 'on'], folds: 'gerund', replacements: ['Built', 'Developed', 'Delivered'], why: VAGUE },
  { words: ['~help', 'with'], folds: 'gerund', coVerb: true, replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['~help', 'to'], folds: 'base', coVerb: true, replacements: [], ideas: ['Enabled', 'Guided', 'Coached'], why: VAGUE },
  { words: ['~help'], folds: 'base', coVerb: true, replacements: [], ideas: ['Enabled', 'Guided', 'Coached'], why: VAGUE },
  { words: ['~assist', 'with'], folds: 'gerund', coVerb: true, replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['~assist', 'in'], folds: 'gerund', coVerb: true, replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['~assist'], replacements: [], ideas: ['Advised', 'Guided', 'Coached', 'Trained'], why: VAGUE },
  { words: ['~participate', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['~participate', 'on'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  // ("I participated as a student volunteer in …": the role named, what was done not.)
  { words: ['~participate', 'as'], replacements: [], ideas: ['Organised', 'Ran', 'Coordinated'], why: VAGUE },
  { words: ['participation', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  // ("Partook in weekly safety walks": "partake" is irregular, so its forms are listed.)
  { words: ['partook', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['partake', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['partaking', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['~take', 'part', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['was', 'involved', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['were', 'involved', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['involved', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['am', 'involved', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['was', 'involved', 'with'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['involved', 'with'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['involvement', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['involvement', 'with'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['assistance', 'with'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['assistance', 'in'], folds: 'gerund', replacements: ['Contributed to', 'Co-led', 'Drove'], why: VAGUE },
  { words: ['~handle'], replacements: ['Managed', 'Resolved', 'Processed', 'Owned'], why: 'is vague about what you did and how well' },
];
