// Figures for the status item and the CLI: words, bullets, share of bullets with a measurable
// result, estimated pages. Counted from the model so every format counts the same content.
import type { Bullet, Resume } from '../model';
import { words } from '../text/words';

export interface ResumeStats {
  words: number;
  bullets: number;
  bulletsWithMetric: number;
  /** Estimated printed pages (the preview measures the exact count). */
  pages: number;
}

/**
 * About 500 words fill a printed page of a typical one-column résumé (11pt, normal margins);
 * headers and white space take the rest. Only an estimate: the preview measures real pages.
 */
const WORDS_PER_PAGE = 500;

function count(s: string | undefined): number {
  return s ? words(s).length : 0;
}

/** Words a reader sees: name, summary, section titles, entry headers, bullets, skills. */
export function countWords(resume: Resume): number {
  let n = count(resume.contact.name?.value) + count(resume.summary?.value);
  for (const s of resume.skills) n += count(s.value);
  for (const section of resume.sections) {
    n += count(section.title);
    for (const e of section.entries) {
      n += count(e.title?.value) + count(e.organisation?.value) + count(e.location?.value);
      for (const b of e.bullets) n += count(b.text);
    }
  }
  return n;
}

/** `hasMetric` is missing-metric's judgement, so the status item and the diagnostics agree. */
export function computeStats(resume: Resume, hasMetric: (bullet: Bullet) => boolean): ResumeStats {
  let bullets = 0;
  let withMetric = 0;
  for (const section of resume.sections)
    for (const e of section.entries)
      for (const b of e.bullets) {
        bullets++;
        if (hasMetric(b)) withMetric++;
      }
  const n = countWords(resume);
  return { words: n, bullets, bulletsWithMetric: withMetric, pages: Math.max(1, Math.ceil(n / WORDS_PER_PAGE)) };
}
