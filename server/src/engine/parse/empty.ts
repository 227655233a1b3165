import type { Resume, ResumeFormat } from '../model';

/** A model with nothing in it, the start of every parser's output. */
export function emptyResume(format: ResumeFormat): Resume {
  return { format, contact: { links: [] }, skills: [], sections: [], problems: [] };
}
