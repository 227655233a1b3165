// Template leftovers for the placeholder rule: text that résumé templates ship with and a real
// résumé never contains.
//
// Provenance: our own patterns, written for this project from what résumé templates and samples
// ship with (the public samples in /work/shared/corpus use example.com addresses, "(555) 555-5555"
// and "123-456-7890" phones, "youremail@yourdomain.com"), the research notes' placeholder-text
// idea (/work/shared/research/resume-tools.md §3, offlinecv redacted-date detection, "20XX"), the
// domains RFC 2606 reserves for examples, and the 555-0100…0199 range reserved for fiction.

export interface Placeholder {
  /** Regular-expression source (flags: g, u; plus i when `ignoreCase`). */
  pattern: string;
  ignoreCase?: boolean;
  /** What it is, for the message: "filler text". */
  what: string;
  /** What to do: "Replace it with your own text". */
  todo: string;
  /** Lower-case fragments one of which must occur for the pattern to match (a cheap pre-check). */
  hints?: string[];
  /** The pattern can only match near a hint: run it on a window around each hint, not the whole text. */
  nearHints?: boolean;
}

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
// Template field names, when written as a value (Title Case or CAPS) rather than as a label ("Job Title: …").
const FIELDS = [
  'Company Name', 'Job Title', 'Your Name', 'Full Name', 'First Name Last Name', 'Firstname Lastname', 'Position Title',
  'School Name', 'University Name', 'Degree Name', 'Institution Name', 'Project Name', 'Street Address',
  'Your Email', 'Your Phone', 'Your Title', 'Your Address', 'Your Website', 'City, State', 'City, Country', 'City, ST',
];
const fieldAlternatives = FIELDS.flatMap((f) => [f, f.toUpperCase()]).map((f) => f.replace(/ /g, '\\s+'));

export const PLACEHOLDERS: Placeholder[] = [
  { pattern: `${B}(?:lorem\\s+ipsum|dolor\\s+sit\\s+amet|consectetur\\s+adipiscing)${E}`, ignoreCase: true, what: 'filler text', todo: 'Replace it with your own text', hints: ['lorem', 'dolor', 'consectetur'] },
  { pattern: `${B}(?:19|20)(?:XX|xx|\\?\\?)${E}`, what: 'a placeholder year', todo: 'Write the real year', hints: ['xx', '??'] },
  // "Accomplishment 2" as a whole bullet: the numbered stubs templates ship (FRESH/JSON Resume samples).
  { pattern: `${B}(?:Accomplishment|Achievement|Responsibility|Highlight|Bullet)\\s+\\d{1,2}(?=[ \\t]*(?:["',\\]\\r\\n]|$))`, what: 'a numbered stub bullet', todo: 'Replace it with what you did and its result', hints: ['accomplishment', 'achievement', 'responsibility', 'highlight', 'bullet'] },
  { pattern: `${B}(?:TODO|FIXME|TBD)${E}`, what: 'a to-do marker', todo: 'Finish the line or delete the marker', hints: ['todo', 'fixme', 'tbd'] },
  { pattern: `${B}X{3,}${E}|${B}X{1,3}%|[$€£]X+(?:[KkMm])?${E}`, what: 'a placeholder value', todo: 'Fill in the real number', hints: ['xxx', 'x%', '$x', '€x', '£x'] },
  { pattern: `${B}(?:MM|DD)[/.-](?:MM[/.-])?(?:YYYY|YY)${E}|${B}YYYY${E}|${B}Month\\s+(?:Year|YYYY)${E}`, what: 'a date placeholder', todo: 'Write the real date', hints: ['yy', 'month'] },
  { pattern: `${B}(?:${fieldAlternatives.join('|')})${E}(?!\\s*:)`, what: 'a template field name', todo: 'Replace it with the real value', hints: ['name', 'title', 'address', 'city, ', 'your'] },
  {
    // ("[First key responsibility or achievement in this role.]": a template's numbered slot too.)
    pattern: `\\[\\s*(?:your|insert|enter|add|company|job|position|title|date|city|state|name|phone|email|address|university|school|degree|number|describe|(?:first|second|third|another)\\s+(?:key\\s+)?(?:responsibility|achievement|accomplishment|bullet|point))${E}[^\\]\\n]{0,60}\\](?![([])|<\\s*(?:your|insert|enter)${E}[^>\\n]{0,40}>|\\{\\{[^}\\n]{1,40}\\}\\}`,
    ignoreCase: true,
    what: 'a template slot',
    todo: 'Replace it with the real value',
    hints: ['[', '<', '{{'],
  },
  {
    pattern: `${B}(?:insert|enter|add|type|write|put)\\s+(?:your|the|a)\\s+[\\p{L} ]{1,30}?\\s+here${E}`,
    ignoreCase: true,
    what: 'a template instruction',
    todo: 'Replace it with your own text',
    hints: [' here'],
    nearHints: true,
  },
  {
    pattern: `(?<![\\w.+-])[\\w.+-]+@(?:[\\w-]+\\.)*(?:example\\.(?:com|org|net)|(?:your)?domain\\.com|email\\.com|company\\.com|[\\w-]+\\.(?:example|test|invalid))${E}|${B}(?:your[._-]?(?:name|email)|firstname[._-]?lastname)@[\\w.-]+`,
    ignoreCase: true,
    what: 'a placeholder e-mail address',
    todo: 'Write the address recruiters should use',
    hints: ['@'],
    nearHints: true,
  },
  {
    pattern: `${B}(?:https?:\\/\\/)?(?:[\\w-]+\\.)*(?:example\\.(?:com|org|net)|yourdomain\\.com|yourwebsite\\.com|yoursite\\.com)(?:\\/[^\\s)>\\]"']*)?|(?:linkedin\\.com\\/in|github\\.com|twitter\\.com|x\\.com)\\/(?:your-?(?:name|profile|username|handle)|username|user|yourname)${E}`,
    ignoreCase: true,
    what: 'a placeholder link',
    todo: 'Link your real profile or site, or remove it',
    hints: ['example.', 'yourdomain', 'yourwebsite', 'yoursite', '/your', '/user'],
    nearHints: true,
  },
  {
    pattern: `(?<![\\d./])(?:\\(?555\\)?[\\s.-]*\\d{3}[\\s.-]*\\d{4}|\\(?\\d{3}\\)?[\\s.-]*555[\\s.-]*01\\d\\d|\\(?123\\)?[\\s.-]*456[\\s.-]*7890|\\(?(\\d)\\1\\1\\)?[\\s.-]*\\1\\1\\1[\\s.-]*\\1\\1\\1\\1)(?![\\d])`,
    what: 'a placeholder phone number',
    todo: 'Write the number recruiters should call',
    hints: ['555', '123', '000', '111', '222', '333', '444', '666', '777', '888', '999'],
  },
];
