// Résumé clichés for the buzzword rule: each with why it is empty and what to write instead.
//
// Provenance: our own list and wording, written for this project from the clichés named in
// /work/shared/research/resume-tools.md §3.3: the CareerBuilder/Harris hiring-manager survey (via
// nexxt.com: best of breed, go-getter, think outside of the box, synergy, go-to person), O2's UK
// CV-jargon study (hrreview.co.uk), ResumeDoctor's count over 160,000 résumés (team player,
// communication skills), LinkedIn's overused-word lists, and axiomchronicles/resume-analyser.
// Words with a technical sense ("dynamic programming", "works out of the box", "motivated the
// team") are matched only in the cliché phrasing.

export interface Buzzword {
  /**
   * Regular-expression source, matched case-insensitively at word boundaries. Write "-" where a
   * hyphen, a space or nothing may stand ("team-player" also matches "team player").
   */
  pattern: string;
  /** How the message names it, e.g. "team player". */
  label: string;
  /** What to write instead (a recruiter's proof for the claim). */
  instead: string;
}

const SHOW_TEAM = 'show it with a shared result, e.g. "Paired with 3 designers to ship onboarding in 6 weeks"';
const SHOW_RESULT = 'state the result itself, e.g. "Cut churn from 9% to 5% in 2 quarters"';
const SHOW_INITIATIVE = 'show something you started unasked, e.g. "Proposed and built the on-call dashboard now used by 4 teams"';
const SHOW_DETAIL = 'show the care in numbers, e.g. "Audited 1,200 invoices and recovered $40K in overbilling"';
const SHOW_LEARNING = 'show the speed, e.g. "Learned Go and shipped the first service in 3 weeks"';
const SHOW_IDEA = 'name the idea and what it changed, e.g. "Replaced nightly batch jobs with streaming, cutting lag from 24 h to 5 min"';
const SHOW_WORK = 'describe the work and its scale instead';
const SHOW_COMMS = 'show who you communicated with and what came of it, e.g. "Presented the migration plan to 40 engineers and 3 VPs"';

export const BUZZWORDS: Buzzword[] = [
  { pattern: 'team-player', label: 'team player', instead: SHOW_TEAM },
  { pattern: 'results?-(?:driven|oriented|orientated|focused)', label: 'results-driven', instead: SHOW_RESULT },
  { pattern: '(?:goal|solutions?|detail)-(?:driven|oriented|orientated)', label: 'x-oriented', instead: SHOW_DETAIL },
  { pattern: 'synerg(?:y|ies|ize|ized|izing|ise|ised|ising|istic)', label: 'synergy', instead: 'say what the teams built together and the result' },
  { pattern: 'go-getter', label: 'go-getter', instead: SHOW_INITIATIVE },
  { pattern: 'self-(?:starter|motivated|driven)', label: 'self-starter', instead: SHOW_INITIATIVE },
  { pattern: '(?:highly|very|extremely) motivated', label: 'highly motivated', instead: SHOW_INITIATIVE },
  { pattern: 'motivated (?:individual|professional|person|team member)', label: 'motivated individual', instead: SHOW_INITIATIVE },
  { pattern: 'think(?:s|ing)? outside(?: of)? the box', label: 'think outside the box', instead: SHOW_IDEA },
  { pattern: 'out-of-the-box (?:thinking|thinker|ideas?|solutions?)', label: 'out-of-the-box thinking', instead: SHOW_IDEA },
  { pattern: 'blue-sky thinking', label: 'blue-sky thinking', instead: SHOW_IDEA },
  { pattern: '(?:paradigm shift|shifting the paradigm)', label: 'paradigm shift', instead: SHOW_IDEA },
  { pattern: 'hard-?(?:working|worker)|hard worker', label: 'hard-working', instead: 'show the output, e.g. "Closed 120 support tickets a week, twice the team average"' },
  { pattern: '(?:fast|quick|rapid) learner', label: 'fast learner', instead: SHOW_LEARNING },
  { pattern: 'dynamic (?:individual|professional|person|leader|team player|self-starter|personality)', label: 'dynamic', instead: SHOW_WORK },
  { pattern: 'passionate(?: about)?', label: 'passionate', instead: 'show the interest through what you did, e.g. "Maintain an open-source parser with 2K GitHub stars"' },
  { pattern: 'go-to (?:person|guy|girl|expert)', label: 'go-to person', instead: 'name what people came to you for and how often' },
  { pattern: 'best of breed', label: 'best of breed', instead: SHOW_WORK },
  { pattern: '(?:proven|strong|demonstrated) track record', label: 'proven track record', instead: 'put the record itself in the bullets: numbers, not the claim' },
  { pattern: 'people person', label: 'people person', instead: SHOW_COMMS },
  { pattern: '(?:excellent|strong|great|good|superb|outstanding) (?:communication|interpersonal|people|organi[sz]ational) skills', label: 'excellent communication skills', instead: SHOW_COMMS },
  { pattern: '(?:strategic|critical|creative) thinker', label: 'strategic thinker', instead: SHOW_IDEA },
  { pattern: 'thought leader(?:ship)?', label: 'thought leader', instead: 'name the talks, posts or standards and their reach' },
  { pattern: 'wear(?:s|ing)? many hats', label: 'wears many hats', instead: 'list the roles you actually covered' },
  { pattern: 'hit the ground running', label: 'hit the ground running', instead: SHOW_LEARNING },
  { pattern: 'move the needle', label: 'move the needle', instead: SHOW_RESULT },
  { pattern: 'low-hanging fruit', label: 'low-hanging fruit', instead: SHOW_RESULT },
  { pattern: 'value-adds?', label: 'value-add', instead: SHOW_RESULT },
  { pattern: 'game-chang(?:er|ing)', label: 'game-changer', instead: SHOW_RESULT },
  { pattern: '(?:world|best)-in-class|world-class', label: 'world-class', instead: 'give the comparison that makes it true, with a number' },
  { pattern: '(?:rock-?star|ninja(?! build)|guru)s?', label: 'rockstar', instead: 'use your real title and show the skill with a result' },
  { pattern: 'think(?:s|ing)? big', label: 'think big', instead: SHOW_IDEA },
  { pattern: 'can-do attitude', label: 'can-do attitude', instead: SHOW_INITIATIVE },
  { pattern: '(?:works? well|calm|thrives?) under pressure', label: 'works well under pressure', instead: 'show a deadline you met, e.g. "Shipped the audit fix in 48 hours"' },
  { pattern: '(?:works? )?independently (?:and|or|as well as) (?:as part of |in )?a team', label: 'works independently and in a team', instead: SHOW_TEAM },
];
