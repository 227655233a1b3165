import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, type CompletionProposal } from './complete';
import { emptyResume } from '../parse/empty';
import { verbCategories } from '../data/verbs';
import { resumeOf } from '../../../../test/util/model-builder';

const TODAY = { year: 2026, month: 11, day: 22 };

/** Inserts `typed` at `at` and completes at its end; the model stays the one of the original text (as in an editor, a keystroke behind). */
function completeAfter(text: string, at: number, typed: string, resume = resumeOf([]).resume): CompletionProposal[] {
  const t = text.slice(0, at) + typed + text.slice(at);
  return complete(t, at + typed.length, resume, { today: TODAY });
}

/** Two roles, each ending with a bullet being typed (`typedNow` in the current role, `typedThen` in the ended one). */
function roles(typedNow = '', typedThen = '') {
  return resumeOf([
    { title: 'Staff Engineer', org: 'Acme', dates: ['2021-03', 'present'], bullets: ['Led a team of 5 engineers', 'Build the billing platform', typedNow] },
    { title: 'Engineer', org: 'Globex', dates: ['2017-01', '2020-12'], bullets: ['Built the data pipeline for 3 teams', typedThen] },
  ]);
}

/** Completes at the end of the last bullet of role `i` (the one being typed). */
function atTypedBullet(r: ReturnType<typeof roles>, i: number): CompletionProposal[] {
  const e = r.resume.sections[0].entries[i];
  return complete(r.text, e.bullets[e.bullets.length - 1].span.end, r.resume, { today: TODAY });
}

const labels = (ps: CompletionProposal[]) => ps.map((p) => p.label);

test('a bullet start in an ended role offers past-tense verbs', () => {
  const ps = atTypedBullet(roles(), 1);
  const ls = labels(ps);
  assert.ok(ls.includes('Led') && ls.includes('Built') && ls.includes('Reduced'), ls.slice(0, 10).join());
  assert.ok(!ls.includes('Lead') && !ls.includes('Reduce'));
  assert.ok(ps.every((p) => p.kind === 'verb'));
});

test('a bullet start in the current role offers present-tense verbs', () => {
  const ls = labels(atTypedBullet(roles(), 0));
  assert.ok(ls.includes('Lead') && ls.includes('Build') && ls.includes('Reduce'), ls.slice(0, 10).join());
  assert.ok(!ls.includes('Led') && !ls.includes('Reduced'));
});

test('verbs already opening a bullet in the role sort last; every verb names its category', () => {
  const ps = atTypedBullet(roles(), 0);
  const sort = (l: string) => ps.find((p) => p.label === l)!.sortText;
  // "Led" and "Build" open bullets in the Acme role (any tense counts).
  assert.ok(sort('Lead') > sort('Manage'));
  assert.ok(sort('Build') > sort('Design'));
  assert.match(ps.find((p) => p.label === 'Lead')!.documentation ?? '', /Already opens a bullet/);
  assert.ok(ps.every((p) => (verbCategories as readonly string[]).includes(p.detail)));
  // The Globex role's "Built" is that role's, not this one's.
  const then = atTypedBullet(roles(), 1);
  assert.ok(then.find((p) => p.label === 'Built')!.sortText > then.find((p) => p.label === 'Designed')!.sortText);
  assert.ok(then.find((p) => p.label === 'Led')!.sortText < then.find((p) => p.label === 'Built')!.sortText);
});

test('the list opens with one verb from each category the role has not used yet, then varies', () => {
  const bySort = (ps: CompletionProposal[]) => [...ps].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  // The Acme role opens with "Led" (lead) and "Build" (build): the six other categories come first, one verb each.
  const now = bySort(atTypedBullet(roles(), 0));
  const unused = verbCategories.filter((c) => c !== 'lead' && c !== 'build');
  assert.deepEqual(now.slice(0, unused.length).map((p) => p.detail), unused, now.slice(0, 8).map((p) => `${p.label} (${p.detail})`).join(', '));
  assert.match(now[0].documentation ?? '', /No bullet of this role shows "improve" yet/);
  // A role with no bullets yet: the first eight are eight categories; the first twenty span them all, at most three from one.
  const empty = resumeOf([{ title: 'Engineer', org: 'Initech', dates: ['2019-01', '2020-12'], bullets: [''] }]);
  const fresh = bySort(atTypedBullet(empty, 0));
  assert.deepEqual(new Set(fresh.slice(0, verbCategories.length).map((p) => p.detail)).size, verbCategories.length);
  const first20 = fresh.slice(0, 20).map((p) => p.detail);
  for (const c of verbCategories) assert.ok(first20.filter((d) => d === c).length <= 3, `${c} in the first 20: ${fresh.slice(0, 20).map((p) => p.label).join(', ')}`);
  assert.ok(!fresh.slice(0, 20).every((p) => p.detail === 'lead'));
});

test('the typed prefix is replaced, and the inserted verb is followed by a space', () => {
  const r = roles('', 'Re');
  const bullet = r.resume.sections[0].entries[1].bullets[1];
  const reduced = atTypedBullet(r, 1).find((p) => p.label === 'Reduced')!;
  assert.deepEqual(reduced.replace, { start: bullet.span.start, end: bullet.span.end });
  assert.equal(reduced.insertText, 'Reduced ');
});

test('no verbs in a skills section, nor in the middle of a bullet', () => {
  const r = resumeOf([{ title: 'Skills', kind: 'skills', roles: [{ title: 'Languages', org: 'Tools', bullets: ['TypeScript, Go'] }] }]);
  assert.deepEqual(completeAfter(r.text, r.text.indexOf('TypeScript, Go') + 15, '- ', r.resume), []);
  const two = roles();
  assert.deepEqual(complete(two.text, two.text.indexOf('a team') + 2, two.resume, { today: TODAY }), []);
});

test('section names after "## ", the ones the résumé already has last', () => {
  const r = roles();
  const ps = completeAfter(r.text, r.text.length, '## ', r.resume);
  const ls = labels(ps);
  assert.ok(ls.includes('Education') && ls.includes('Skills') && ls.includes('Experience'));
  const sort = (l: string) => ps.find((p) => p.label === l)!.sortText;
  assert.ok(sort('Experience') > sort('Education'), 'Experience is already there');
  assert.ok(ps.every((p) => p.kind === 'heading'));
});

test('plain-text résumés: section names in the document\'s own case after a blank line', () => {
  const text = 'JANE DOE\n\nEXPERIENCE\n\nAcme\n\nEd';
  const resume = { ...emptyResume('text'), sections: [{ title: 'EXPERIENCE', kind: 'experience' as const, span: { start: 10, end: 26 }, headingSpan: { start: 10, end: 20 }, entries: [] }] };
  const ls = labels(complete(text, text.length, resume, { today: TODAY }));
  assert.ok(ls.includes('EDUCATION'), ls.join());
});

test('in a role heading: the document\'s "present" and months after a start date, months for a partial word, range skeletons at a delimiter', () => {
  const r = roles();
  const heading = '### Engineer, Initech (Mar 2019 – ';
  const after = completeAfter(r.text, r.text.length, heading, r.resume);
  assert.equal(after[0].label, 'present', 'written as the résumé writes it');
  assert.equal(after[0].kind, 'present');
  assert.ok(after.some((p) => p.kind === 'month'));

  const partial = completeAfter(r.text, r.text.length, '### Engineer, Initech (Se', r.resume);
  assert.deepEqual(labels(partial.filter((p) => p.kind === 'month')), ['Sep']);

  const open = completeAfter(r.text, r.text.length, '### Engineer, Initech (', r.resume);
  const ranges = open.filter((p) => p.kind === 'date-range');
  assert.equal(ranges.length, 2);
  assert.ok(ranges.every((p) => p.snippet && /\$\{1:/.test(p.insertText)));
  assert.match(ranges[0].label, /2026 – present$/);
});

test('date proposals follow the document\'s own month style', () => {
  const text = '## Experience\n\n### Engineer, Acme\nSeptember 2019 – Present\n\n### Analyst, Initech (';
  const sept = { year: 2019, month: 9, precision: 'month' as const, style: { month: 'long' as const }, text: 'September 2019', span: { start: 34, end: 48 } };
  const resume = {
    ...emptyResume('markdown'),
    sections: [
      {
        title: 'Experience',
        kind: 'experience' as const,
        span: { start: 0, end: text.length },
        headingSpan: { start: 0, end: 13 },
        entries: [
          { kind: 'work' as const, bullets: [], span: { start: 15, end: 60 }, headerSpan: { start: 15, end: 58 }, dates: { start: sept, current: true, currentText: 'Present', separator: '–', span: { start: 34, end: 58 }, text: 'September 2019 – Present' } },
        ],
      },
    ],
  };
  const ps = complete(text + 'Ma', text.length + 2, resume, { today: TODAY });
  assert.deepEqual(labels(ps.filter((p) => p.kind === 'month')), ['March', 'May']);
});

test('YAML: verbs in a highlights item, tense from the role; dates and "present" for RenderCV end dates', () => {
  const yaml = 'cv:\n  sections:\n    experience:\n      - company: Acme\n        end_date: \n        highlights:\n          - \n';
  const resume = { ...emptyResume('rendercv'), sections: [] };
  const verbs = complete(yaml, yaml.indexOf('          - ') + 12, resume, { today: TODAY });
  assert.ok(verbs.length > 20 && verbs.every((p) => p.kind === 'verb'));
  const end = complete(yaml, yaml.indexOf('end_date: ') + 10, resume, { today: TODAY });
  assert.equal(end[0].label, 'present');
  assert.ok(end.some((p) => p.label === '2026-11'));
  // A "- " item under another key is not a bullet: it starts an entry, so entry keys are offered.
  const skills = 'cv:\n  sections:\n    skills:\n      - ';
  const ks = complete(skills, skills.length, resume, { today: TODAY });
  assert.ok(ks.length > 0 && ks.every((p) => p.kind === 'key') && labels(ks).includes('label'));
});

test('JSON: verbs inside a highlights string', () => {
  const json = '{\n  "work": [\n    {\n      "name": "Acme",\n      "highlights": [\n        "Shipped it",\n        "';
  const resume = { ...emptyResume('jsonresume'), sections: [] };
  const ps = complete(json, json.length, resume, { today: TODAY });
  assert.ok(ps.length > 20 && ps.every((p) => p.kind === 'verb'));
  const other = '{\n  "skills": [\n    "';
  assert.deepEqual(complete(other, other.length, resume, { today: TODAY }), []);
});

test('never throws at the edges', () => {
  for (const [text, offset] of [
    ['', 0],
    ['- ', 2],
    ['- ', 99],
    ['\r\n- ', 4],
    ['### (', -1],
  ] as [string, number][]) {
    assert.doesNotThrow(() => complete(text, offset, emptyResume('markdown'), { today: TODAY }));
  }
});

test('YAML keys: JSON Resume keys for the mapping being written, the ones already there left out', () => {
  const resume = { ...emptyResume('jsonresume'), sections: [] };
  const yaml = 'basics:\n  name: Jane\n  \nwork:\n  - name: Acme\n    position: Engineer\n    \n';
  const at = (marker: string, n = 0) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = yaml.indexOf(marker, i + 1);
    return i + marker.length;
  };
  const basics = complete(yaml, at('Jane\n  '), resume, { today: TODAY });
  assert.ok(basics.every((p) => p.kind === 'key'));
  assert.ok(labels(basics).includes('email') && !labels(basics).includes('name'), labels(basics).join());
  const work = labels(complete(yaml, at('Engineer\n    '), resume, { today: TODAY }));
  assert.ok(work.includes('startDate') && work.includes('highlights') && !work.includes('position'), work.join());
  assert.equal(complete(yaml, at('Engineer\n    '), resume, { today: TODAY })[0].insertText.endsWith(': '), true);
  // A new list item under work: every work key again.
  const item = 'work:\n  - name: Acme\n  - ';
  assert.ok(labels(complete(item, item.length, resume, { today: TODAY })).includes('name'));
  const profiles = 'basics:\n  profiles:\n    - network: GitHub\n      u';
  assert.deepEqual(labels(complete(profiles, profiles.length, resume, { today: TODAY })), ['username', 'url']);
});

test('YAML values: RenderCV social networks and themes', () => {
  const resume = { ...emptyResume('rendercv'), sections: [] };
  const yaml = 'cv:\n  name: Jane\n  social_networks:\n    - network: Li';
  const ps = complete(yaml, yaml.length, resume, { today: TODAY });
  assert.ok(labels(ps).includes('LinkedIn'));
  assert.deepEqual(ps[0].replace, { start: yaml.length - 2, end: yaml.length });
  const design = 'cv:\n  name: Jane\ndesign:\n  theme: ';
  assert.ok(labels(complete(design, design.length, resume, { today: TODAY })).includes('engineeringresumes'));
  const entry = 'cv:\n  sections:\n    experience:\n      - company: Acme\n        ';
  const keys = labels(complete(entry, entry.length, resume, { today: TODAY }));
  assert.ok(keys.includes('position') && keys.includes('start_date') && !keys.includes('company'), keys.join());
});
