// Hostile document shapes (issue 13): the inputs that made regular expressions and pairwise loops
// go quadratic, and a generator of more of their kind (runs of one character, of separators, of
// markup openers, of digits and dashes, of directives), each at any size. Shared by the
// adversarial-shape test (time ratios at n, 2n, 4n) and `npm run fuzz` (absolute ms per 100 KB).

export interface Shape {
  name: string;
  /** File name the document is linted under (it picks the format). */
  file: string;
  /** The document, about `n` characters long (never much shorter). */
  make(n: number): string;
  /** Also render it (preview body with the timeline). */
  render?: boolean;
}

/** `unit` repeated until the text is at least n characters. */
export function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
}

const HEAD = '# Jane Doe\njane@fastmail.com | Austin, TX\n\n## Experience\n\n### Engineer, Acme (Jan 2020 – Present)\n';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Roles that all overlap one another: the shape that made pairwise loops explode. */
function overlappingRoles(n: number, md: boolean): string {
  const out = [md ? '# Jane Doe\njane@fastmail.com\n\n## Experience\n' : 'Jane Doe\njane@fastmail.com\n\nEXPERIENCE\n'];
  let len = out[0].length;
  for (let i = 0; len < n; i++) {
    const y = 1990 + (i % 30);
    const role = md
      ? `\n### Engineer ${i}, Company ${i} (${MONTHS[i % 12]} ${y} – Present)\n- Built the thing\n`
      : `\nEngineer ${i}, Company ${i}\n${MONTHS[i % 12]} ${y} – Present\n- Built the thing\n`;
    out.push(role);
    len += role.length;
  }
  return out.join('');
}

/** Bullets of invented capitalised names, all distinct ("Met Qzorvexlun and Qtakmirbri …"). */
function distinctNames(n: number): string {
  const syl = ['qua', 'zor', 'vex', 'mir', 'tak', 'lun', 'bri', 'dov', 'kel', 'pho', 'rin', 'sab', 'tes', 'wim', 'yol', 'gar'];
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i += 2) {
    const name = (k: number) => 'Q' + syl[k % 16] + syl[Math.floor(k / 16) % 16] + syl[Math.floor(k / 256) % 16] + syl[Math.floor(k / 4096) % 16];
    const line = `- Met ${name(i)} and ${name(i + 1)} to review the plant\n`;
    out.push(line);
    len += line.length;
  }
  return out.join('');
}

/** Many short roles one after another (the 240 KB timeline file). */
function shortRoles(n: number): string {
  const out = ['# Jane Doe\njane@fastmail.com\n\n## Experience\n'];
  let len = out[0].length;
  for (let i = 0; len < n; i++) {
    const y = 1900 + Math.floor(i / 12);
    const m = MONTHS[i % 12];
    const role = `\n### Role ${i}, Org ${i % 97} (${m} ${y} – ${MONTHS[(i + 2) % 12]} ${y + 1})\n- Did ${i}\n`;
    out.push(role);
    len += role.length;
  }
  return out.join('');
}

function jsonRoles(n: number, minified: boolean): string {
  const work: unknown[] = [];
  const text = () => JSON.stringify({ basics: { name: 'Jane Doe', email: 'jane@fastmail.com' }, work }, null, minified ? undefined : 2);
  const role = (i: number) => ({ name: `Company ${i}`, position: `Engineer ${i}`, startDate: `${1990 + (i % 30)}-0${1 + (i % 9)}`, highlights: ['Built the thing'] });
  const per = text().length;
  work.push(role(0));
  const each = text().length - per;
  for (let i = 1; i < Math.ceil(n / each) + 1; i++) work.push(role(i));
  return text();
}

function yamlRoles(n: number): string {
  const out = ['cv:\n  name: Jane Doe\n  email: jane@fastmail.com\n  sections:\n    experience:\n'];
  let len = out[0].length;
  for (let i = 0; len < n; i++) {
    const e = `      - company: Company ${i}\n        position: Engineer ${i}\n        start_date: ${1990 + (i % 30)}-0${1 + (i % 9)}\n        end_date: present\n        highlights:\n          - Built the thing\n`;
    out.push(e);
    len += e.length;
  }
  return out.join('');
}

/** The shapes issue 13 names, then generated families. */
export function adversarialShapes(): Shape[] {
  const shapes: Shape[] = [
    // Named in the issue.
    { name: '1-2 repeated (email check over the whole text)', file: 'resume.md', make: (n) => fill('1-2', n) },
    { name: 'one letter repeated', file: 'resume.md', make: (n) => fill('a', n), render: true },
    { name: 'one letter repeated in a bullet', file: 'resume.md', make: (n) => HEAD + '- ' + fill('a', n) },
    { name: 'x@y. metric e-mail test', file: 'resume.md', make: (n) => HEAD + '- Led 5 ' + fill('a@', n) },
    { name: '\\S@\\S.\\S run in a bullet', file: 'resume.md', make: (n) => HEAD + '- Grew 40% ' + fill('a.b@', n) },
    { name: 'one long word after a misspelling (spelling link scan)', file: 'resume.md', make: (n) => HEAD + '- Led the qzxvbt migration ' + fill('ab.', n) },
    // (A word broken at a -layout column's edge is looked for on the line above a slip that opens its line.)
    { name: 'a long line of letters over a slip opening the next line (broken-word scan)', file: 'resume.md', make: (n) => HEAD + '- ' + fill('a', n) + '\n  sions recieved the award\n' },
    { name: '[a]( repeated (prose mask)', file: 'resume.md', make: (n) => HEAD + '- ' + fill('[a](', n), render: true },
    { name: 'unclosed <!-- (top-line scan)', file: 'resume.md', make: (n) => '<!--' + fill('a <!-- b\n', n) },
    { name: '*a repeated (emphasis)', file: 'resume.md', make: (n) => HEAD + '- ' + fill('*a', n), render: true },
    { name: 'a pronoun in every sentence of one summary (first-person quote search)', file: 'resume.md', make: (n) => '# Jane Doe\njane@fastmail.com\n\n## Summary\n\n' + fill('I led my team and my project. ', n) },
    { name: '*a repeated heading', file: 'resume.md', make: (n) => '# ' + fill('*a', n) },
    { name: 'inline directives', file: 'resume.md', make: (n) => HEAD + fill('- Responsible for it <!-- resume-studio-disable-line weak-verb -->\n', n) },
    { name: 'unclosed directives', file: 'resume.md', make: (n) => HEAD + fill('<!-- resume-studio-disable weak-verb ', n) },
    { name: 'YAML directives', file: 'resume.yaml', make: (n) => 'basics:\n  name: Jane\n' + fill('# resume-studio-disable-next-line weak-verb\n', n) },
    { name: 'overlapping roles (Markdown)', file: 'resume.md', make: (n) => overlappingRoles(n, true), render: true },
    { name: 'overlapping roles (text)', file: 'resume.txt', make: (n) => overlappingRoles(n, false), render: true },
    { name: 'short roles (timeline)', file: 'resume.md', make: shortRoles, render: true },
    { name: 'JSON Resume roles', file: 'resume.json', make: (n) => jsonRoles(n, false), render: true },
    { name: 'minified JSON Resume roles', file: 'resume.json', make: (n) => jsonRoles(n, true), render: true },
    { name: 'RenderCV roles', file: 'cv.yaml', make: yamlRoles, render: true },
    // Two columns read as a stream, again and again: every role regrouped (parse/interleaved.ts).
    // (Each header line that ends on a joining word was joined to the next by re-reading the whole run.)
    { name: 'long lines ending on a joining word (text)', file: 'resume.txt', make: (n) => 'Jane Doe\njane@fastmail.com\n\nEXPERIENCE\n' + fill('Massachusetts Institute of\n', n) },
    { name: 'header lines ending on a joining word (text)', file: 'resume.txt', make: (n) => 'Jane Doe\njane@fastmail.com\n\nEXPERIENCE\n' + fill('Institute of\n', n) },
    { name: 'interleaved sidebar headings (text)', file: 'resume.txt', make: (n) => 'Jane Doe\njane@fastmail.com\n\n' + fill('EXPERIENCE\n\nSKILLS\n\nEngineer\n\nPython\n\nAcme Corp\n2020 - 2021\n\nBuilt the billing service for the team.\n\n', n), render: true },
    { name: 'deeply nested JSON arrays', file: 'resume.json', make: (n) => '{"basics":{"name":"J"},"work":' + '['.repeat(n) + ']'.repeat(n) + '}' },
    { name: 'deeply nested YAML flow', file: 'resume.yaml', make: (n) => 'work: ' + '['.repeat(n) },
    { name: 'deeply indented YAML list', file: 'resume.yaml', make: (n) => 'work:\n' + Array.from({ length: Math.ceil(Math.sqrt(2 * n)) + 2 }, (_, i) => ' '.repeat(i) + '- a').join('\n') },
    { name: 'YAML comment line (blank once masked)', file: 'resume.yaml', make: (n) => 'basics:\n  name: Jane\n#' + fill(' x', n) + '\nwork: []\n' },
    { name: 'long YAML scalar', file: 'resume.yaml', make: (n) => 'basics:\n  summary: ' + fill('a ', n) },
    { name: 'YAML bullet of 1-2', file: 'resume.yaml', make: (n) => 'work:\n  - name: Acme\n    highlights:\n      - ' + fill('1-2', n) },
    // A table whose every column describes the work: each description cell blanked from the row's header.
    { name: 'wide table of description columns', file: 'resume.md', make: (n) => { const k = Math.max(2, Math.ceil(n / 20)); return '# Jane Doe\njane@fastmail.com\n\n## Projects\n\n| Project | ' + Array(k).fill('About').join(' | ') + ' |\n| --- | ' + Array(k).fill('---').join(' | ') + ' |\n| **Chitter** | ' + Array(k).fill('Built it.').join(' | ') + ' |\n'; } },
    // Thousands of distinct names: each asks the document's words for one a slip away.
    { name: 'distinct capitalised names (spelling)', file: 'resume.md', make: (n) => HEAD + distinctNames(n) },
    { name: 'school "in" places (text)', file: 'resume.txt', make: (n) => 'Jane Doe\njane@fastmail.com\n\nEDUCATION\n2017 Ph.D. in Biology from Vanderbilt University' + fill(' in Nashville', n) + ', TN\n' },
    { name: 'dated run-on lines (text)', file: 'resume.txt', make: (n) => 'Jane Doe\njane@fastmail.com\n\nEXPERIENCE\n' + fill('1998-9 Senior Consultant, PenOp: Developer of signature software. Led it.\n', n) },
    // Thousands of sections, of skills sections and of skill groups: the preview looked up each
    // one's neighbour and its skills by scanning all of them (quadratic in sections).
    { name: 'many section headings (text)', file: 'resume.txt', make: (n) => 'Jane Doe\njane@fastmail.com\n\n' + fill('EXPERIENCE\n\nEDUCATION\n\nSKILLS\n\nPROJECTS\n\nAWARDS\n\n', n), render: true },
    { name: 'many skills sections (Markdown)', file: 'resume.md', make: (n) => '# Jane Doe\njane@fastmail.com\n\n' + fill('## Skills\nPython, Go, Rust\n\n', n), render: true },
    { name: 'many JSON Resume skill groups', file: 'resume.json', make: (n) => JSON.stringify({ basics: { name: 'Jane Doe', email: 'jane@fastmail.com' }, skills: Array.from({ length: Math.ceil(n / 60) }, (_, i) => ({ name: `Group ${i}`, keywords: ['Python', 'Go', 'Rust'] })) }, null, 2), render: true },
    // Short lines that are each a date: every one a role's header.
    // A contact item of long runs of spaces between words, run on into the e-mail line, then a
    // town no list knows with its state: the street search before the town tried every split of
    // every run (fuzz input #54073: 740 characters, 2 s). The item grows with n (up to 4 runs);
    // roles fill the rest.
    { name: 'contact item: runs of spaces before a town (street search)', file: 'resume.md', make: (n) => { const k = Math.max(1, Math.min(4, Math.floor(n / 3000))); const head = '# Jane Doe\n-' + (' '.repeat(200) + '㊀ $2M').repeat(k) + '\njane@fastmail.com | Smallvillé, KS\n\n## Experience\n'; return head + fill('\n### Engineer, Acme (Jan 2020 – Present)\n- Built 3 things\n', Math.max(1, n - head.length)); } },
    { name: 'short dated lines (text)', file: 'resume.txt', make: (n) => 'Jane Doe\njane@fastmail.com\n\nEXPERIENCE\n' + fill('Jan 1990\nFeb 1991\nMar 1992\nApr 1993\nMay 1994\nJun 1995\n', n), render: true },
    // (A run of blank lines: each line's look back for the last line with text, the wrapped-gutter
    // check, once cost the square of the run.)
    { name: 'blank lines (text)', file: 'resume.txt', make: (n) => 'Jane Doe\n' + '\n'.repeat(Math.max(1, n - 40)) + 'Grants and\nAwards\n2008. Prize.\n' },
    // A heading with a long run of spaces (or dashes) inside it: the heading's name was trimmed of its
    // trailing punctuation and parted at slashes by patterns that read the rest of the run from each
    // of its characters. In Markdown, in a text file written in Markdown and in AsciiDoc.
    { name: 'a heading with a run of spaces inside (Markdown)', file: 'resume.md', make: (n) => '## Experience\n## Education\n## a' + ' '.repeat(n) + 'b\n' },
    { name: 'a heading with a run of dashes inside (Markdown)', file: 'resume.md', make: (n) => '# a' + '-'.repeat(n) + 'b\n' },
    { name: 'a heading with a run of spaces inside (text written in Markdown)', file: 'resume.txt', make: (n) => '# Experience\n# Education\n# a' + ' '.repeat(n) + 'b\n' },
    { name: 'a title with a run of spaces inside (AsciiDoc)', file: 'cv.adoc', make: (n) => '== Experience\n== Education\n= a' + ' '.repeat(n) + 'b\n' },
  ];
  // Generated families: each unit as one long line, as one long bullet, and as many lines.
  const runs: [string, string][] = [
    ...[...'a1-. ,|\t#*_[]()<>!`~@$\\&:"\'{}/=+%é'].map((c) => [`char ${JSON.stringify(c)}`, c] as [string, string]),
    ['emoji', '😀'],
    ['separators " | "', ' | '],
    ['separators " · "', ' · '],
    ['separators " – "', ' – '],
    ['separators ", "', ', '],
    ['openers **', '**'],
    ['openers __', '__'],
    ['openers ![', '!['],
    ['openers <a ', '<a '],
    ['openers <!--', '<!--'],
    ['openers ```', '```'],
    ['openers $', '$a'],
    ['openers \\(', '\\('],
    ['openers http://', 'http://'],
    ['openers www.', 'www.'],
    ['openers ](', ']('],
    ['openers {#', '{#'],
    ['openers &', '&a'],
    ['digits 2020-', '2020-'],
    ['digits 2020 – ', '2020 – '],
    ['digits 01/2020', '01/2020 '],
    ['digits 1,', '1,'],
    ['digits 1.', '1.'],
    ['digits 12', '12'],
    ['digits +1 ', '+1 '],
    ['dates Jan 2020 ', 'Jan 2020 '],
    ['word a@b.c', 'a@b.c'],
    ['word A, B ', 'Aa, Bb '],
    ['words Led', 'Led '],
    ['words I ', 'I '],
  ];
  // Every unit as one long bullet (where the prose rules read); the longer units and the key
  // characters also as one long line, and markup openers and digits also as many short bullets.
  for (const [name, unit] of runs) {
    const char = name.startsWith('char ');
    shapes.push({ name: `${name}: one bullet`, file: 'resume.md', make: (n) => HEAD + '- ' + fill(unit, n), render: true });
    if (!char || ' *_[<`@#-1a'.includes(unit)) shapes.push({ name: `${name}: one line`, file: char ? 'resume.md' : 'resume.txt', make: (n) => fill(unit, n) });
    if (/^(?:openers|digits) /.test(name)) shapes.push({ name: `${name}: many lines`, file: 'resume.md', make: (n) => HEAD + fill(`- ${unit}${unit}${unit}\n`, n) });
  }
  return shapes;
}

/** Pieces the generator strings together: markup openers, separators, digits and dashes, directives, words. */
const TOKENS = [
  '*', '**', '_', '[', '](', '![', '<', '<!--', '-->', '`', '$', '\\', '&', '#', '@', '.', ',', ':', '|', '·', '–', '-', '/', '(', ')', '{', '}', '"', "'",
  ' ', '  ', '\t', '\n', '\n- ', '\n## ', '1', '12', '2020', '2020-', 'Jan', 'Present', 'a', 'Led', 'I', 'x@y', 'http://', 'www.', 'é', '😀',
  '<!-- resume-studio-disable weak-verb -->', '# resume-studio-disable-next-line', ' – ', ' | ', ', ',
];

/** Small deterministic PRNG (mulberry32), so a generated shape can be named and replayed by its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRAPS: [string, string, (body: string) => string][] = [
  ['line', 'resume.md', (b) => b],
  ['bullet', 'resume.md', (b) => HEAD + '- ' + b],
  ['text', 'resume.txt', (b) => 'JANE DOE\n' + b],
  ['yaml', 'resume.yaml', (b) => 'basics:\n  name: Jane\nwork:\n  - name: Acme\n    highlights:\n      - ' + JSON.stringify(b)],
];

/** `count` more shapes: a unit of one to three random tokens, repeated, in a random setting. */
export function generatedShapes(seed: number, count: number): Shape[] {
  const random = rng(seed);
  const out: Shape[] = [];
  for (let i = 0; i < count; i++) {
    const parts = 1 + Math.floor(random() * 3);
    let unit = '';
    for (let k = 0; k < parts; k++) unit += TOKENS[Math.floor(random() * TOKENS.length)];
    const [where, file, wrap] = WRAPS[Math.floor(random() * WRAPS.length)];
    out.push({ name: `generated ${seed}/${i} ${JSON.stringify(unit)} (${where})`, file, make: (n) => wrap(fill(unit, n)), render: true });
  }
  return out;
}

/**
 * Hostile inputs whose hostile part cannot grow past a cap (a contact line is read to its first
 * 1,000 characters), so time ratios at n, 2n, 4n do not see them, each beside a peer of the same
 * size and shape with ordinary words where the hostile part is: its cost must stay near the peer's.
 */
export function boundedShapes(): { name: string; file: string; text: string; peer: string }[] {
  const item = (run: string) => '# Jane Doe\n-' + (run + '㊀ $2M').repeat(4) + '\njane@fastmail.com | Smallvillé, KS\n\n## Experience\n\n### Engineer, Acme (Jan 2020 – Present)\n- Built 3 things\n';
  return [
    // Fuzz input #54073 (740 characters, 2 s): runs of spaces before a town no list knows, where
    // the street search before the town tried every split of every run.
    { name: 'contact item: runs of spaces before a town (street search)', file: 'resume.md', text: item(' '.repeat(200)), peer: item(fill('Volunteered at the food bank ', 200).slice(0, 200)) },
  ];
}

