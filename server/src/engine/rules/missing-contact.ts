// missing-contact: the contact details a recruiter needs to reach you: name and email (error),
// phone, location and a profile link (info, one each).
import { defineRule, type Severity } from '../rule';
import type { ResumeFormat, Span } from '../model';
import { topLineSpan } from '../text/top-line';
import { hasEmailAddress } from '../text/email-scan';
import { perText } from '../cache/state';

interface Options extends Record<string, unknown> {
  phone: boolean;
  location: boolean;
  link: boolean;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const lowerOf = (a: Severity, b: Severity): Severity => (RANK[a] <= RANK[b] ? a : b);

// Safety nets for what a parser may have missed: when the text plainly has it, say nothing.
// They read the whole document, so each is linear in it (issue 13): e-mail by reading around each
// "@" (email-scan.ts), the place patterns with bounded runs.
// Phone: optional country code, then groups of digits separated by spaces, dots, dashes or
// parentheses; 9–15 digits in all (checked below), so "2016 - 2020" is not one.
const PHONE = /(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,5}(?:[\s.\-]\d{2,5}){1,4}|\btel:\+?[\d\-]{7,}/g;
// Every match of LINK holds a "/" or a "www.": plain substring searches first, since the pattern
// would otherwise scan the whole résumé on every lint of one that has no link.
const mayHoldLink = (text: string) => (text.includes('/') || text.includes('www.') || text.includes('WWW.') || text.includes('Www.')) && LINK.test(text);
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|orcid\.org|scholar\.google\.com)\/\S+/i;

// A place as written in a header line: "Menlo Park, CA", "Berlin, Germany", or a remote arrangement.
const PLACE = /\p{Lu}[\p{L}.'\-]{1,40}(?:\s\p{Lu}[\p{L}.'\-]{1,40}){0,5},\s*\p{Lu}\p{L}/u;
const LABELLED_PLACE = /(?<!\p{L})(?:address|location|based in|lives in)\s*(?:[-:–]\s*)?\p{L}/iu;
const REMOTE = /(?<!\p{L})(?:remote|hybrid)(?!\p{L})/iu;
const NOT_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** What the rule found by scanning the whole text (filled as asked). */
interface TextScans {
  email?: boolean;
  phone?: boolean;
  link?: boolean;
  top?: Span;
}
/**
 * The last lint's scans, kept by the linter (state.ts): a re-lint of an unchanged résumé scanned
 * the whole text for an address, a phone number and a link, and for the top line, every time (a
 * twenty-fifth of such a lint, measured). Anything else the text changes starts them afresh.
 */
const scansOf = perText<TextScans>(() => ({}));

function hasPhone(text: string): boolean {
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    // Years and ISO dates ("2016-2020 2018", "2019-03-15") are not phone numbers.
    if (digits.length < 9 || digits.length > 15) continue;
    const groups = m[0].match(/\d+/g) ?? [];
    const year = (g: string) => /^(?:19|20)\d{2}$/.test(g);
    if (groups.length > 0 && year(groups[0]!) && groups.every((g) => year(g) || g.length <= 2)) continue;
    return true;
  }
  return false;
}

function where(format: ResumeFormat, field: 'name' | 'email' | 'phone' | 'location' | 'profiles'): string {
  switch (format) {
    case 'jsonresume':
      return `basics.${field === 'location' ? 'location.city' : field}`;
    case 'rendercv':
      return `cv.${field === 'profiles' ? 'social_networks' : field}`;
    case 'yamlresume':
      return `content.basics.${field === 'location' ? 'location' : field}`;
    default:
      return '';
  }
}

export default defineRule<Options>({
  id: 'missing-contact',
  description: 'No name or email (error); no phone, location or profile link (info).',
  defaultSeverity: 'error',
  options: {
    phone: { type: 'boolean', description: 'Report a missing phone number.', default: true },
    location: { type: 'boolean', description: 'Report a missing location (city, region or "Remote").', default: true },
    link: { type: 'boolean', description: 'Report a missing profile link (LinkedIn, GitHub, personal site).', default: true },
  },
  docs: {
    why:
      'A résumé without a name or an email address cannot be answered, and applicant tracking systems file it under ' +
      'nothing. Phone, location and a profile link are what recruiters check next: many call before they write, filter ' +
      'candidates by city or remote eligibility, and look you up on LinkedIn or GitHub. The name and email are reported ' +
      'with the rule\'s severity (error); the others as info, each one once, and each can be turned off.',
    sources: [
      'JSON Resume registry ATS check contactInfo.js: name and email critical, phone and location warnings (jsonresume/jsonresume.org)',
      'Tech Interview Handbook résumé guide: name, phone, city/state, email and LinkedIn are must-haves (yangshun/tech-interview-handbook)',
    ],
    examples: [
      { bad: '# Jane Doe\n\n## Experience', good: '# Jane Doe\njane@example.com · +1 555 010 0199 · Berlin, Germany · linkedin.com/in/janedoe\n\n## Experience' },
    ],
  },
  check(ctx) {
    const { text, resume } = ctx;
    // An empty new file is not a résumé missing its contact details yet.
    if (text.trim() === '') return;
    // A file that could not be read (YAML syntax error) shows that error; a model built from part of it would mislead.
    if (ctx.resume.problems.some((p) => p.severity === 'error')) return;
    const c = resume.contact;
    const scans = scansOf(text, resume.format);
    // Where the findings go; found only when there is one (it scans the whole text). (A copy per
    // lint of the one kept: this lint's findings share it, as they did, and no other lint's.)
    let top: Span | undefined;
    const topLine = () => (top ??= { ...(scans.top ??= topLineSpan(text, resume.format)) });
    const yaml = resume.format !== 'markdown' && resume.format !== 'text';
    const at = (field: Parameters<typeof where>[1], prose: string) => (yaml ? ` (${where(resume.format, field)})` : prose);
    const info = lowerOf(ctx.severity, 'info');
    if (!c.name?.value.trim())
      ctx.report({
        message: `No name found${yaml ? '' : ' at the top'}. Recruiters and their tracking systems file a résumé under the name on it; add your full name${at('name', ' as the first line')}.`,
        span: topLine(),
      });
    if (!c.email?.value.trim() && !(scans.email ??= hasEmailAddress(text)))
      ctx.report({
        message: `No email address. It is how recruiters reply; add one${at('email', ' next to your name')}.`,
        span: topLine(),
      });
    if (ctx.options.phone && !c.phone?.value.trim() && !(scans.phone ??= hasPhone(text)))
      ctx.report({
        message: `No phone number. Many recruiters call before they write; add one${at('phone', ' next to your name')}, or turn this check off if you prefer email only.`,
        span: topLine(),
        severity: info,
      });
    // The lines above the first section are where a location goes (or a labelled line anywhere, as
    // in résumés that end with their contact block); a parser may not have split it out. Places
    // in scripts other than Latin cannot be recognised, so a head in them is given the benefit of the doubt.
    // Read only when the parser found no location (the scans cost more than the rest of the rule).
    const placed = () => {
      const head = text.slice(0, resume.sections[0]?.span.start ?? Math.min(text.length, 400));
      return PLACE.test(head) || REMOTE.test(head) || LABELLED_PLACE.test(text) || NOT_LATIN.test(head);
    };
    if (ctx.options.location && !c.location?.value.trim() && (yaml || !placed()))
      ctx.report({
        message: `No location. Recruiters filter candidates by city and remote eligibility; add "City, Country" or "Remote"${at('location', ' next to your name')}.`,
        span: topLine(),
        severity: info,
      });
    if (ctx.options.link && c.links.length === 0 && !(scans.link ??= mayHoldLink(text)))
      ctx.report({
        message: `No profile link (LinkedIn, GitHub or a personal site). Recruiters look candidates up; add one${at('profiles', ' next to your name')}.`,
        span: topLine(),
        severity: info,
      });
  },
});
