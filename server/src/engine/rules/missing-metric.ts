// missing-metric: bullets with no measurable result, roles where no bullet has one, and the
// document's share of bullets with a number below a target.
import { OPENS_VERB, openingKindOf } from './tense';
import { defineRule } from '../rule';
import { bulletOffset, type Bullet, type Entry, type Section, type Span } from '../model';
import { hasMetric, isMeasurable } from '../text/metrics';
import type { LintAnalysis } from '../analysis';
import { isKnownVerb } from '../data/verbs';

type Options = Record<string, unknown> & {
  minShare: number;
  perBullet: boolean;
  perRole: boolean;
  minWords: number;
  minBullets: number;
  entryKinds: string[];
};


function trimmedSpan(b: Bullet): Span {
  // trimEnd removes what \s matches (WhiteSpace and LineTerminator), without a regex tried at every position.
  const end = b.text.trimEnd().length;
  return { start: bulletOffset(b, 0), end: bulletOffset(b, end) };
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

// A sentence that opens on a determiner or a scene-setting phrase and says what something is.
const DESCRIBES = /^[\s*_]*(?:(?:The|This|These|Our|Its|There|It)\s|In\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,\s)(?:\S+\s+){0,8}?(?:is|are|was|were)\s+(?:a|an|the|one|many|several)\s/u;
// "ABOUT: Huntress is a cyber-security platform …", "TaskRabbit, a subsidiary of IKEA, is a two-sided
// marketplace …", "Wonolo (Work Now Locally) is a gig work marketplace …": a company named and said
// what it is, under the role, describes the employer, not the work.
// (No case-insensitive flag, under which \p{Lu} takes any letter; not "I was the …", a person.)
const NAMES_EMPLOYER = /^[\s*_]*(?:(?:About|ABOUT)\s*:\s*)?(?!(?:I|We|They|He|She)\s)\p{Ll}?\p{Lu}[\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&.'’-]*){0,4}(?:\s*\([^()]{1,40}\))?(?:,[^,]{1,60},)?\s+(?:is|are|was|were)\s+(?:a|an|the|one)\s/u;
// "Groovy Glasses Eyewear, http://groovyglasses.co.nz/": a client or a site named with its address, no claim.
const NAME_AND_LINK = /^[^.!?]{0,60}?(?:https?:\/\/|www\.)\S+\s*$/;
// "As of March 2012, the agency merged with …": a dated note on the employer's history, no claim.
const AS_OF = /^[\s*_]*As of\s+(?:\p{L}+\s+)?\d{4},/u;
// What DESCRIBES and NAMES_EMPLOYER both need ("is", "are", "was" or "were" between spaces), and
// NAME_AND_LINK an address: most bullets have neither, and are passed over without the patterns.
const SAYS_WHAT_IS = /\s(?:is|are|was|were)\s/;
const describesPlace = (t: string) => SAYS_WHAT_IS.test(t) && (DESCRIBES.test(t) || NAMES_EMPLOYER.test(t));
const namesWithLink = (t: string) => (t.includes('://') || t.includes('www.')) && NAME_AND_LINK.test(t);
const WHAT = 'users, %, $, time saved or team size';

// "Department of Agricultural Economics", "Supervisor: Matthew G. Interis", "iGEM Competition (Grand
// Jamboree) Global": a line of capitalised names (a role's unit, its supervisor, an event) under an
// academic's role says where, not what was done; a Title Case duty opens with its verb ("Managed Key Accounts").
const NAME_WORD_G = /[\p{L}][\p{L}'’.-]*/gu;
const JOINING = /^(?:of|and|the|for|in|on|at|to|de|du|la|von|van|y|e)$/;
const HAS_UPPER = /\p{Lu}/u;
function namesOnly(t: string): boolean {
  const ws = t.match(NAME_WORD_G);
  if (!ws || ws.length > 12) return false;
  let named = 0;
  for (const w of ws) {
    if (JOINING.test(w)) continue;
    // ("iGEM", "eBay": a brand's capitals anywhere in the word.)
    if (!HAS_UPPER.test(w)) return false;
    named++;
  }
  // (Nor a duty in Title Case: "Scope and Manage …", "Commissioning TrueBeam …".)
  const first = ws[0];
  return named >= 2 && !isKnownVerb(first) && !(first.length > 5 && first.endsWith('ing')) && !(ws[1] === 'and' && !!ws[2] && isKnownVerb(ws[2]));
}
// ("[First key responsibility or achievement in this role.]": a template's placeholder, wholly in
// brackets, is no bullet of the person's; the placeholder rule says to fill it in.)
const BRACKETED_ALL = /^\s*\[[^[\]]{3,200}\]\s*$/;
// "Supervisors: Prof. Jane Citizen", "References: Eng. Eduardo Tano (…)": who oversaw the work, no claim of it.
const PERSON_LABEL = /^[\s*_]*(?:references?|referees?|directors?|supervisors?|co-?supervisors?|advis[oe]rs?|co-?advis[oe]rs?|mentors?|reporting to|reports to|thesis (?:advis[oe]r|supervisor|director))\s*:/i;
const claimsNothingOf = (t: string) => describesPlace(t) || namesWithLink(t) || AS_OF.test(t) || namesOnly(t) || BRACKETED_ALL.test(t) || PERSON_LABEL.test(t);
/**
 * claimsNothingOf the bullet's text, kept on its piece record: this rule reads every bullet on every
 * lint (its counts are the document's), and a re-lint of an unchanged résumé ran these patterns
 * over each again (a fiftieth of such a lint, measured).
 */
function claimsNothing(b: Bullet, analysis: LintAnalysis | undefined): boolean {
  if (!analysis) return claimsNothingOf(b.text);
  const r = analysis.bulletRecord(b);
  return (r.claimsNothing ??= claimsNothingOf(b.text));
}

export default defineRule<Options>({
  id: 'missing-metric',
  description: 'Bullets with no measurable result, roles with no such bullet, and a document where too few bullets have one.',
  defaultSeverity: 'info',
  options: {
    minShare: {
      type: 'number',
      description: 'Share of bullets (0–1) that should carry a measurable result; below it the document gets one finding. 0 turns that check off.',
      default: 0.4,
      minimum: 0,
      maximum: 1,
    },
    perBullet: { type: 'boolean', description: 'Report each bullet without a measurable result.', default: true },
    perRole: { type: 'boolean', description: 'Report a role none of whose bullets has a measurable result (on the role title).', default: true },
    minWords: { type: 'integer', description: 'Bullets shorter than this many words are not checked (tool lists, one-liners).', default: 4, minimum: 0 },
    minBullets: { type: 'integer', description: 'The document share is only reported when at least this many bullets are checked.', default: 5, minimum: 1 },
    entryKinds: {
      type: 'array',
      items: { type: 'string' },
      description: 'Kinds of entries whose bullets are checked: work, volunteer, project, education, other.',
      default: ['work'],
    },
  },
  docs: {
    why:
      'A number is what makes a bullet believable and memorable: "Cut build time from 20 to 5 minutes" tells a ' +
      'recruiter what changed; "Improved the build" does not. Counts (users, customers, engineers, services), ' +
      'percentages, money ($, €, £, "$4 million"), multipliers (10x), sizes (5K, 2M, 1.2B) and time saved all ' +
      'count, and so does a rank ("2nd prize", "placed 3rd"). Years, versions, telephone numbers ("our 1-888 line") and ' +
      'names with digits (HTTP/2, S3, IPv6, Web3, Python 3, K8s, 5G, Windows 10) do not. Description paragraphs and ' +
      'lines of fewer than `minWords` words ("CI/CD" is one word) are not checked. ' +
      'Not every bullet needs a number, so single bullets are only info; a role with none at all, and a résumé ' +
      'where fewer than `minShare` (40%) of bullets have one, are worth fixing first.',
    sources: [
      'offlinecv (resumelint-org/resumelint, src/lib/score/score.ts): specificity credit from the share of bullets with a metric, target 60%',
      'ikoobee/resume-lint: quantification rule fires below 40% of bullets with numbers',
      'VMock scoring guide (bu-beyond.blog, 2019): Impact = action verbs, specificity, outcomes',
      'extern.com résumé guide: every role should show at least one measurable result',
    ],
    examples: [
      { bad: '- Improved the deployment process', good: '- Cut deployment time from 3 days to 4 hours' },
      { bad: '- Migrated the API to HTTP/2 and Python 3', good: '- Migrated 40 services to HTTP/2, cutting p95 latency 30%' },
      { bad: '- Managed the support team', good: '- Managed a team of 6 handling 2K tickets a month' },
    ],
  },
  check(ctx) {
    const o = ctx.options;
    const kinds = new Set(o.entryKinds);
    let checked = 0;
    let withMetric = 0;
    let firstSection: Section | undefined;
    let firstBullet: Bullet | undefined;
    for (let ix = 0; ix < ctx.resume.sections.length; ix++) {
      const section = ctx.resume.sections[ix];
      for (let iy = 0; iy < section.entries.length; iy++) {
        const entry = section.entries[iy];
        if (!kinds.has(entry.kind)) continue;
        // Lines under a role's section that name no role at all (no title, employer or dates), none
        // of them opening with a verb (a sidebar's list, a quote, a note read into the section), claim
        // no work done. (Duties straight under the heading, "Managed the front office", still owe one.)
        if (!entry.title && !entry.organisation && !entry.dates && !entry.bullets.some((b) => (openingKindOf(b) & OPENS_VERB) !== 0)) continue;
        let roleChecked = 0;
        let roleWith = 0;
        for (let iz = 0; iz < entry.bullets.length; iz++) {
          const b = entry.bullets[iz];
          // A description paragraph (Markdown prose under a role) is not a bullet that owes a number.
          // Nor is a sentence that describes the place ("The Communications Design Group is a research
          // group within …", "In cosmology, there are many cases where …"): it claims no result.
          if (b.paragraph || claimsNothing(b, ctx.analysis) || !isMeasurable(b.text, o.minWords)) continue;
          roleChecked++;
          firstSection ??= section;
          firstBullet ??= b;
          if (hasMetric(b.text)) {
            roleWith++;
            continue;
          }
          if (o.perBullet)
            ctx.report({
              message: `No measurable result in this bullet; add the number that shows the outcome (${WHAT}), e.g. "cutting build time from 20 to 5 minutes".`,
              span: trimmedSpan(b),
              data: { scope: 'bullet' },
            });
        }
        checked += roleChecked;
        withMetric += roleWith;
        if (o.perRole && roleChecked >= 2 && roleWith === 0) reportRole(entry, roleChecked);
      }
    }
    if (firstSection && o.minShare > 0 && checked >= o.minBullets && withMetric / checked < o.minShare) {
      ctx.report({
        message: `${withMetric} of ${checked} bullets have a measurable result (${pct(withMetric / checked)}); aim for at least ${pct(o.minShare)}: add numbers (${WHAT}) to your strongest bullets.`,
        // (A section with no heading, the page's first lines read as one, has an empty heading span:
        // then the first bullet counted, so the finding shows somewhere.)
        span: firstSection.headingSpan.end > firstSection.headingSpan.start || !firstBullet ? firstSection.headingSpan : trimmedSpan(firstBullet),
        data: { scope: 'document', withMetric, checked, minShare: o.minShare },
      });
    }

    function reportRole(entry: Entry, n: number): void {
      const field = entry.title ?? entry.organisation;
      // (A role with no title or employer may have no header text at all, dates alone: then its
      // dates, or its first bullet, carry the finding, never an empty place.)
      const header = entry.headerSpan.end > entry.headerSpan.start ? entry.headerSpan : (entry.dates?.span ?? (entry.bullets[0] ? trimmedSpan(entry.bullets[0]) : entry.headerSpan));
      const span = field ? field.span : header;
      const name = field ? `"${field.value}"` : 'this role';
      ctx.report({
        message: `None of the ${n} bullets in ${name} shows a measurable result; give at least one a number (${WHAT}) so a recruiter sees what changed.`,
        span,
        data: { scope: 'role' },
      });
    }
  },
});
