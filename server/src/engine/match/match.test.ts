import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../index';
import { JobMatcher, findJobDirective, type PostingAnalysis, type PostingTerm } from './index';
import { matchResume, PostingPatterns } from './coverage';
import { stem } from './tokens';

const TODAY = { year: 2026, month: 11, day: 22 };
const matcher = new JobMatcher();

const POSTING = `Senior Platform Engineer

Acme Freight moves pallets across Europe.

Requirements
- 5+ years of experience building backend systems
- Experience with Kubernetes, JavaScript, AWS and PostgreSQL
- Strong stakeholder management and mentoring
- Build dashboards and run A/B testing
- Bachelor's degree in computer science

Nice to have
- Terraform
`;

function resume(body: string) {
  const text = `# Jane Doe\njane@example.com\n\n${body}`;
  const r = parse(text, 'resume.md');
  assert.ok(r, 'the test résumé parses');
  return { text, resume: r };
}

const term = (p: PostingAnalysis, name: string): PostingTerm | undefined => p.terms.find((t) => t.name.toLowerCase() === name.toLowerCase());

test('reads the terms a posting asks for, weighted by where they stand', () => {
  const p = matcher.posting(POSTING);
  for (const name of ['Kubernetes', 'JavaScript', 'AWS', 'PostgreSQL', 'stakeholder management', 'mentoring', 'dashboards', 'A/B testing', "Bachelor's degree", 'computer science', 'Terraform'])
    assert.ok(term(p, name), `"${name}" is extracted; got ${p.terms.map((t) => t.name).join(', ')}`);
  const years = p.terms.find((t) => t.kind === 'years');
  assert.equal(years?.years, 5);
  assert.equal(term(p, 'Kubernetes')!.level, 'required');
  assert.equal(term(p, 'Terraform')!.level, 'preferred');
  assert.ok(term(p, 'Kubernetes')!.weight > term(p, 'Terraform')!.weight, 'a required term weighs more than a nice-to-have one');
  // The employer's own name in the introduction is not a term.
  assert.equal(term(p, 'Acme Freight'), undefined);
  assert.equal(term(p, 'Acme'), undefined);
});

test('a term repeated in the posting weighs more than one said once at the same level', () => {
  const p = matcher.posting('Requirements\n- Python for data pipelines\n- Python and SQL daily\n- Python testing\n- SQL reporting\n- Git\n');
  assert.ok(term(p, 'Python')!.weight > term(p, 'Git')!.weight);
});

test('never calls a term missing when the résumé says it in another form (abbreviation, synonym, inflection)', () => {
  const { text, resume: r } = resume(`## Experience
### Platform Engineer, Globex
Jan 2015 – Present
- Ran K8s clusters and JS services on Amazon Web Services with Postgres
- Built backend services for 3 markets
- Managed stakeholders and mentored four engineers
- Built a dashboard and ran A/B tests on the checkout
- Wrote Terraform modules

## Education
### MSc Computer Science, University of Lisbon
2012 – 2014
`);
  const m = matcher.match(r, text, POSTING, TODAY);
  assert.deepEqual(m.missing.map((x) => x.term.name), [], `nothing is missing; coverage ${m.coverage}`);
  const k8s = m.matched.find((x) => x.term.name === 'Kubernetes')!;
  assert.equal(k8s.uses[0].text, 'K8s');
  assert.equal(k8s.uses[0].kind, 'experience');
  // A Master's answers a Bachelor's requirement, and says so.
  const degree = m.matched.find((x) => x.term.name === "Bachelor's degree")!;
  assert.equal(degree.uses[0].via, "Master's degree");
});

test('every way the vocabulary writes a name, and its inflections, count as that name', () => {
  // For each entry: a posting asking for the canonical name, a résumé bullet with each alias.
  const failures: string[] = [];
  for (const e of matcher.vocab.entries) {
    const t: PostingTerm = { key: `v:${e.id}`, name: e.name, kind: 'skill', level: 'required', weight: 2, mentions: [], entry: e, source: 'vocabulary' };
    const posting: PostingAnalysis = { terms: [t] };
    const patterns = new PostingPatterns(posting);
    const forms = new Set<string>(e.aliases);
    // Inflections of one-word names: plural and singular, -ing and -ed.
    for (const a of e.aliases) {
      if (!/^[a-z]{4,}$/.test(a)) continue;
      if (a.endsWith('ing')) forms.add(`${a.slice(0, -3)}ed`);
      else if (/(?:ss|ics|less|ness|us|is|y|ed)$/.test(a)) continue;
      else forms.add(a.endsWith('ies') ? `${a.slice(0, -3)}y` : a.endsWith('s') ? a.slice(0, -1) : `${a}s`);
    }
    for (const form of forms) {
      const { text, resume: r } = resume(`## Experience\n### Engineer, Globex\nJan 2020 – Present\n- Delivered ${form} work for the team\n`);
      const m = matchResume(r, text, posting, patterns, matcher.vocab, TODAY);
      if (m.missing.length) failures.push(`${e.name} <- "${form}"`);
    }
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} forms not recognised`);
});

test('light stemming joins inflections and nothing more', () => {
  assert.equal(stem('dashboards'), stem('dashboard'));
  assert.equal(stem('managing'), stem('managed'));
  assert.equal(stem('planning'), stem('planned'));
  assert.equal(stem('studies'), stem('study'));
  assert.notEqual(stem('communication'), stem('community'));
  assert.notEqual(stem('university'), stem('universe'));
});

test('a longer name is something else: React Native does not answer React', () => {
  const { text, resume: r } = resume('## Experience\n### Engineer, Globex\nJan 2020 – Present\n- Shipped React Native apps\n');
  const m = matcher.match(r, text, 'Requirements\n- React\n', TODAY);
  assert.deepEqual(m.missing.map((x) => x.term.name), ['React']);
});

test('a term shown in an experience bullet counts more than one listed only under skills', () => {
  const posting = 'Requirements\n- Kubernetes\n- Terraform\n';
  const inBullet = resume('## Experience\n### Engineer, Globex\nJan 2020 – Present\n- Ran Kubernetes and Terraform for 40 services\n');
  const inSkills = resume('## Experience\n### Engineer, Globex\nJan 2020 – Present\n- Ran 40 services\n\n## Skills\nKubernetes, Terraform\n');
  const a = matcher.match(inBullet.resume, inBullet.text, posting, TODAY);
  const b = matcher.match(inSkills.resume, inSkills.text, posting, TODAY);
  assert.equal(a.coverage, 1);
  assert.ok(b.coverage > 0 && b.coverage < a.coverage, `skills only: ${b.coverage}`);
  assert.equal(b.matched[0].uses[0].kind, 'skills');
});

test('years of experience come from the dated roles, overlaps counted once', () => {
  const posting = 'Requirements\n- 5+ years of experience in operations\n';
  const long = resume('## Experience\n### Lead, Globex\nJan 2018 – Present\n- Ran shifts\n### Clerk, Initech\nJan 2019 – Dec 2020\n- Filed\n');
  const short = resume('## Experience\n### Lead, Globex\nJan 2024 – Present\n- Ran shifts\n');
  assert.equal(matcher.match(long.resume, long.text, posting, TODAY).missing.length, 0);
  const m = matcher.match(short.resume, short.text, posting, TODAY);
  assert.equal(m.missing[0]?.term.kind, 'years');
  assert.match(m.missing[0].note ?? '', /^2 years of dated roles/);
});

test('the directive names the posting in Markdown and YAML comments', () => {
  const md = findJobDirective('# Jane\n<!-- resume-studio-job: postings/acme.md -->\n');
  assert.equal(md?.path, 'postings/acme.md');
  const yml = findJobDirective('basics:\n  name: Jane\n# resume-studio-job: "jobs/acme posting.txt"\n');
  assert.equal(yml?.path, 'jobs/acme posting.txt');
  assert.equal(findJobDirective('# Jane\n'), undefined);
});

test('a posting is read once per text; the matcher keeps only a few', () => {
  const m = new JobMatcher();
  const a = m.posting(POSTING);
  assert.equal(m.posting(POSTING), a);
  for (let i = 0; i < 6; i++) m.posting(`Requirements\n- Skill ${i}\n`);
  assert.notEqual(m.posting(POSTING), a, 'an old posting was forgotten and read again');
});
