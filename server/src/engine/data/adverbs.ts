// Adverbs that may open a bullet or sentence before its verb ("Also worked on", "Frequently
// review"), and -ly words that are not such adverbs (adjectives before a noun: "Daily stand-ups").
//
// Provenance: our own lists, written for this project from the openers seen in the labelled corpus
// (../shared/corpus, pdf-corpus) and ordinary English usage. Any other word of 5+ letters ending in
// -ly that is not a verb ("Apply", "Rally") is read as an adverb too (role-tense.ts).

/** Sentence adverbs without the -ly ending that may come before the verb. */
export const OPENING_ADVERBS = new Set(['also', 'often', 'always', 'later', 'then', 'still', 'further', 'again', 'once', 'soon', 'never', 'seldom', 'sometimes']);

/** Words ending in -ly that are adjectives or nouns when they open a line ("Weekly reports", "Assembly line"). */
export const LY_NOT_ADVERBS = new Set([
  'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'hourly', 'nightly', 'biweekly', 'early', 'only', 'friendly',
  'costly', 'likely', 'unlikely', 'timely', 'orderly', 'elderly', 'family', 'assembly', 'anomaly', 'july', 'italy',
  'holy', 'ugly', 'silly', 'lovely', 'lonely', 'lively', 'deadly', 'manly', 'womanly', 'scholarly', 'kindly', 'bodily',
  'homely', 'jelly', 'belly', 'bully', 'ally', 'rally', 'tally', 'folly', 'lily', 'emily', 'kelly', 'molly', 'sally',
  'polly', 'billy', 'holly', 'reilly', 'beverly', 'apply', 'supply', 'reply', 'rely', 'comply', 'multiply', 'imply',
]);
