// First-person pronouns for the first-person rule, and the words that tell a Roman numeral "I"
// (Engineer I, Phase I, Calculus I) from the pronoun.
//
// Provenance: our own lists. The pronoun set follows the advice collected in
// /work/shared/research/resume-tools.md §3.3 ("I, me, my, mine, myself, we, our, ours, us");
// the numbering nouns are common job levels and sequence words, written for this project.

/** Always first person. Matched case-insensitively except "I", which must be upper case. */
export const SINGULAR = ['i', 'me', 'my', 'mine', 'myself'];
/** Contractions of "I": flagged, never rewritten. */
export const CONTRACTIONS = ["i'm", "i've", "i'd", "i'll", 'i’m', 'i’ve', 'i’d', 'i’ll'];
/** Only with the `strict` option: a team voice is sometimes fine in a summary or a group project. */
export const PLURAL = ['we', 'our', 'ours', 'us', 'ourselves'];

/** Words after which "I" is a Roman numeral: "Engineer I", "Phase I", "Series I". */
export const NUMBERING_NOUNS = new Set([
  'series', 'phase', 'level', 'type', 'tier', 'grade', 'part', 'class', 'chapter', 'stage', 'step', 'war',
  'volume', 'vol', 'book', 'section', 'title', 'round', 'cohort', 'band', 'mark', 'model', 'unit', 'year',
  'engineer', 'analyst', 'developer', 'associate', 'specialist', 'technician', 'scientist', 'consultant',
  'manager', 'representative', 'officer', 'administrator', 'designer', 'programmer', 'assistant',
  'coordinator', 'accountant', 'architect', 'researcher', 'nurse', 'teacher', 'clerk', 'agent', 'tester',
  'writer', 'editor', 'advisor', 'adviser', 'lead', 'fellow', 'instructor', 'lecturer', 'professor',
  'calculus', 'physics', 'chemistry', 'algebra', 'biology', 'statistics', 'economics', 'accounting',
  'programming', 'spanish', 'french', 'german', 'japanese', 'chinese', 'latin', 'mandarin', 'english',
  'henry', 'elizabeth', 'charles', 'james', 'george', 'william', 'louis', 'napoleon',
]);

/** Words after which dropping a leading "I" does not leave a bullet ("I was …" → "Was …"). */
export const AUXILIARIES = new Set([
  'am', 'was', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
  'do', 'did', 'feel', 'believe', 'think', 'hope', 'also', 'then', 'and', 'personally', 'really',
]);
