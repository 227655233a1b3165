// Words in a role's header that say it was not a full-time job, so running it alongside another
// job is expected (date-overlap skips such roles).
// Provenance: written for this project from common résumé wording (employment types as LinkedIn
// lists them: part-time, self-employed, freelance, contract, internship, seasonal) plus advisory
// and teaching roles that are usually held beside a main job.
export const PART_TIME_WORDS = [
  'part-time',
  'part time',
  'freelance',
  'freelancer',
  'self-employed',
  'contract',
  'contractor',
  'consultant',
  'consulting',
  'adjunct',
  'advisor',
  'adviser',
  'advisory',
  'board member',
  'mentor',
  'volunteer',
  'side project',
  'moonlighting',
  'seasonal',
  'weekend',
  'hourly',
  'casual',
  'on-call',
  'guest lecturer',
  'teaching assistant',
  'intern',
  'internship',
  'co-founder',
  'founder',
];

/** Matches any of the words as a whole word, case-insensitively. */
export const PART_TIME_MARKERS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PART_TIME_WORDS.map((w) => w.replace(/[-\s]/g, '[-\\s]?')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
