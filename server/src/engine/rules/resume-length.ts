// resume-length: a résumé with too few or too many words for a recruiter's first read.
import { defineRule } from '../rule';
import type { Resume, Span } from '../model';
import { words } from '../words';
import { maskNonProse } from '../prose';

interface Options extends Record<string, unknown> {
  minWords: number;
  maxWords: number;
}

// Jekyll/Pandoc front matter at the very top is settings, not résumé text.
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/;

/** Words a reader sees. Markdown/text: the text minus comments, links and front matter; YAML: the model's fields (keys and settings are not read). */
export function countWords(resume: Resume, text: string): number {
  if (resume.format === 'markdown' || resume.format === 'text') {
    const fm = FRONT_MATTER.exec(text);
    const body = fm ? ' '.repeat(fm[0].length) + text.slice(fm[0].length) : text;
    return words(maskNonProse(body)).length;
  }
  let n = 0;
  const add = (s: string | undefined) => {
    if (s) n += words(s).length;
  };
  const c = resume.contact;
  add(c.name?.value);
  add(c.location?.value);
  add(resume.summary?.value);
  for (const s of resume.skills) add(s.value);
  for (const section of resume.sections) {
    add(section.title);
    for (const e of section.entries) {
      add(e.title?.value);
      add(e.organisation?.value);
      add(e.location?.value);
      for (const b of e.bullets) add(b.text);
    }
  }
  return n;
}

function topSpan(text: string): Span {
  const m = /\S[^\n]*/.exec(text);
  return m ? { start: m.index, end: m.index + m[0].trimEnd().length } : { start: 0, end: 0 };
}

const fmt = (n: number) => n.toLocaleString('en-US');

export default defineRule<Options>({
  id: 'resume-length',
  description: 'A résumé shorter or longer than recruiters read well (300–800 words by default).',
  defaultSeverity: 'info',
  options: {
    minWords: { type: 'integer', description: 'Fewer words than this is reported as too thin.', default: 300, minimum: 0 },
    maxWords: { type: 'integer', description: 'More words than this is reported as too long.', default: 800, minimum: 1 },
  },
  docs: {
    why:
      'Recruiters give a résumé seconds on the first pass. In a study of 6,000+ applications, résumés of 475–600 words ' +
      'got the most interviews and those over 600 did much worse; very short ones look thin. The count covers what a ' +
      'reader sees: comments, link addresses and front matter are left out, and in YAML only the résumé\'s text ' +
      'fields count, not keys or theme settings. Academic CVs are longer by convention: raise `maxWords` for them.',
    sources: [
      'TalentWorks, "The Ideal Resume Length" (6,000+ applications): 475–600 words best',
      'Optimcareers study of 2,200 résumés: 300–500 words best, successful average 474',
      'RezScore: median 578 words; over 900 rated worse',
    ],
    examples: [
      { bad: 'A 1,100-word résumé with eight bullets per role back to 2005', good: 'About 550 words: 3–5 bullets for recent roles, 1–2 for older ones' },
    ],
  },
  check(ctx) {
    const { minWords, maxWords } = ctx.options;
    if (ctx.text.trim() === '') return;
    const n = countWords(ctx.resume, ctx.text);
    if (n > maxWords)
      ctx.report({
        message:
          `${fmt(n)} words, over the ${fmt(maxWords)} recruiters read well: long résumés get skimmed, not read. ` +
          `Cut about ${fmt(n - maxWords)} words: keep 1–2 bullets for older roles and drop bullets without a result.`,
        span: topSpan(ctx.text),
        data: { words: n },
      });
    else if (n < minWords)
      ctx.report({
        message:
          `${fmt(n)} words, under the ${fmt(minWords)} a recruiter expects: the résumé looks thin. ` +
          `Add about ${fmt(minWords - n)} words: 3–5 bullets with results for recent roles, and a skills line.`,
        span: topSpan(ctx.text),
        data: { words: n },
      });
  },
});
