// Vague quantifiers for the vague-quantifier rule: words that stand where a number belongs.
//
// Provenance: our own list, written for this project. The core words ("substantial",
// "significant", "various", "many", "multiple") are those named in SPEC §5; the rest are their
// common synonyms in résumé bullets ("numerous", "a lot of", "dramatically"). The technical
// collocations that are not vague ("multiple regression", "statistically significant") are our own.

/** Stand for a count: "multiple teams" → "3 teams". Multi-word entries are matched as phrases. */
export const COUNT_WORDS = [
  'many', 'multiple', 'numerous', 'several', 'various', 'countless', 'myriad',
  'a lot of', 'lots of', 'a number of', 'a variety of', 'a wide variety of', 'a wide range of',
  'a large number of', 'a host of', 'a plethora of', 'a myriad of', 'a handful of', 'a multitude of',
];

/** Stand for a size of effect: "significantly reduced latency" → "reduced latency 40%". */
export const MAGNITUDE_WORDS = [
  'substantial', 'substantially', 'significant', 'significantly', 'considerable', 'considerably',
  'dramatic', 'dramatically', 'drastic', 'drastically', 'greatly', 'vastly', 'tremendous', 'tremendously',
  'massively', 'hugely', 'immensely', 'a great deal',
];

/** "multiple X" where the phrase is a term of art, not a vague count. */
export const MULTIPLE_TERMS = new Set([
  'regression', 'regressions', 'inheritance', 'choice', 'sclerosis', 'myeloma', 'imputation', 'comparison',
  'comparisons', 'testing', 'hypothesis', 'correlation', 'dispatch', 'linear', 'personality', 'alignment',
  'instance', 'sequence', 'intelligences',
]);

/** "X significant" where the phrase is a term of art: "statistically significant", "most significant bit". */
export const SIGNIFICANT_BEFORE = new Set(['statistically', 'most', 'least', 'clinically']);
