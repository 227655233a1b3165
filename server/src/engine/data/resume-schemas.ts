// Keys and enumerated values of the YAML résumé dialects, for key completion in YAML.
//
// Provenance: written from the published schemas — JSON Resume schema v1.0.0
// (https://github.com/jsonresume/resume-schema/blob/master/schema.json) and RenderCV's
// documentation of the `cv`, entry types, `design` and social networks
// (https://docs.rendercv.com/user_guide/structure_of_the_yaml_input_file/), v2.x. Only the keys a
// person writes by hand are listed; descriptions are our own.
//
// Paths: keys joined with '.', '[]' for an item of a list, '*' for any key (RenderCV section names).

export interface KeyDoc {
  key: string;
  doc: string;
}

const k = (key: string, doc: string): KeyDoc => ({ key, doc });

const DATES = [k('startDate', 'YYYY-MM or YYYY-MM-DD'), k('endDate', 'YYYY-MM or YYYY-MM-DD; leave out for a current role')];

export const JSON_RESUME_KEYS: Record<string, KeyDoc[]> = {
  '': [
    k('basics', 'Name, contact details and summary'),
    k('work', 'Jobs, newest first'),
    k('volunteer', 'Volunteering'),
    k('education', 'Degrees and schools'),
    k('awards', 'Awards'),
    k('certificates', 'Certificates'),
    k('publications', 'Publications'),
    k('skills', 'Skills with keywords'),
    k('languages', 'Spoken languages'),
    k('interests', 'Interests'),
    k('references', 'References'),
    k('projects', 'Projects'),
    k('meta', 'Version and theme'),
  ],
  basics: [
    k('name', 'Your full name'),
    k('label', 'Headline, e.g. "Platform Engineer"'),
    k('image', 'Photo URL (leave out for most markets)'),
    k('email', 'E-mail address'),
    k('phone', 'Phone number'),
    k('url', 'Personal website'),
    k('summary', '2–3 sentences on what you do best'),
    k('location', 'City, region, country'),
    k('profiles', 'LinkedIn, GitHub...'),
  ],
  'basics.location': [k('address', 'Street address'), k('postalCode', 'Postal code'), k('city', 'City'), k('countryCode', 'ISO country code, e.g. US'), k('region', 'State or region')],
  'basics.profiles.[]': [k('network', 'e.g. LinkedIn, GitHub'), k('username', 'Your handle'), k('url', 'Profile URL')],
  'work.[]': [
    k('name', 'Company'),
    k('position', 'Your title'),
    k('location', 'City or Remote'),
    k('url', 'Company website'),
    ...DATES,
    k('summary', 'One line on the role'),
    k('highlights', 'Achievements, one per item, with numbers'),
  ],
  'volunteer.[]': [k('organization', 'Organisation'), k('position', 'Your role'), k('url', 'Website'), ...DATES, k('summary', 'One line on the role'), k('highlights', 'Achievements')],
  'education.[]': [
    k('institution', 'University or school'),
    k('url', 'Website'),
    k('area', 'Field of study'),
    k('studyType', 'Degree, e.g. Bachelor'),
    ...DATES,
    k('score', 'GPA or grade'),
    k('courses', 'Relevant courses'),
  ],
  'awards.[]': [k('title', 'Award'), k('date', 'YYYY-MM-DD'), k('awarder', 'Who gave it'), k('summary', 'What it was for')],
  'certificates.[]': [k('name', 'Certificate'), k('date', 'YYYY-MM-DD'), k('issuer', 'Issuer'), k('url', 'Verification URL')],
  'publications.[]': [k('name', 'Title'), k('publisher', 'Publisher'), k('releaseDate', 'YYYY-MM-DD'), k('url', 'URL'), k('summary', 'Summary')],
  'skills.[]': [k('name', 'Skill area, e.g. Backend'), k('level', 'e.g. Advanced'), k('keywords', 'Tools and techniques')],
  'languages.[]': [k('language', 'Language'), k('fluency', 'e.g. Native, Fluent, Professional')],
  'interests.[]': [k('name', 'Interest'), k('keywords', 'Details')],
  'references.[]': [k('name', 'Referee'), k('reference', 'What they said')],
  'projects.[]': [
    k('name', 'Project'),
    k('description', 'What it is'),
    k('highlights', 'Achievements'),
    k('keywords', 'Technologies'),
    ...DATES,
    k('url', 'URL'),
    k('roles', 'Your roles'),
    k('entity', 'Company or organisation'),
    k('type', 'e.g. application, talk'),
  ],
};

const RC_DATES = [k('start_date', 'YYYY-MM or YYYY-MM-DD'), k('end_date', 'YYYY-MM, YYYY-MM-DD or present'), k('date', 'A single date or free text')];

export const RENDERCV_KEYS: Record<string, KeyDoc[]> = {
  '': [k('cv', 'The résumé content'), k('design', 'Theme and layout'), k('locale', 'Language and date formats'), k('settings', 'Rendering settings')],
  cv: [
    k('name', 'Your full name'),
    k('headline', 'Headline under the name'),
    k('location', 'City, Country'),
    k('email', 'E-mail address'),
    k('phone', 'Phone number with country code'),
    k('website', 'Personal website'),
    k('social_networks', 'LinkedIn, GitHub...'),
    k('sections', 'Your sections, each a list of entries'),
  ],
  'cv.social_networks.[]': [k('network', 'One of the supported networks'), k('username', 'Your handle')],
  'cv.sections': [
    k('summary', 'A few sentences'),
    k('experience', 'Jobs (ExperienceEntry: company, position)'),
    k('education', 'Degrees (EducationEntry: institution, area)'),
    k('projects', 'Projects (NormalEntry: name)'),
    k('skills', 'Skills (OneLineEntry: label, details)'),
    k('publications', 'Publications (PublicationEntry: title, authors)'),
    k('awards', 'Awards'),
    k('volunteering', 'Volunteering'),
  ],
  'cv.sections.*.[]': [
    k('company', 'ExperienceEntry: company'),
    k('position', 'ExperienceEntry: your title'),
    k('institution', 'EducationEntry: university or school'),
    k('area', 'EducationEntry: field of study'),
    k('degree', 'EducationEntry: e.g. BS'),
    k('name', 'NormalEntry: name'),
    k('label', 'OneLineEntry: label'),
    k('details', 'OneLineEntry: details'),
    k('title', 'PublicationEntry: title'),
    k('authors', 'PublicationEntry: authors'),
    k('journal', 'PublicationEntry: journal'),
    k('doi', 'PublicationEntry: DOI'),
    k('location', 'City, Country or Remote'),
    ...RC_DATES,
    k('summary', 'One line'),
    k('highlights', 'Achievements, one per item, with numbers'),
  ],
  design: [k('theme', 'classic, sb2nov, moderncv, engineeringresumes, engineeringclassic')],
};

export const RENDERCV_VALUES: Record<string, string[]> = {
  'cv.social_networks.[].network': ['LinkedIn', 'GitHub', 'GitLab', 'Instagram', 'ORCID', 'Mastodon', 'StackOverflow', 'ResearchGate', 'YouTube', 'Google Scholar', 'Telegram', 'X'],
  'design.theme': ['classic', 'sb2nov', 'moderncv', 'engineeringresumes', 'engineeringclassic'],
};

/** Keys known at `path` (e.g. ['work', '[]']) in a dialect; '*' in a schema path matches any key. */
export function keysAt(table: Record<string, KeyDoc[]>, path: readonly string[]): KeyDoc[] | undefined {
  const direct = table[path.join('.')];
  if (direct) return direct;
  for (const [pattern, keys] of Object.entries(table)) {
    const parts = pattern === '' ? [] : pattern.split('.');
    if (parts.length === path.length && parts.every((p, i) => p === '*' || p === path[i])) return keys;
  }
  return undefined;
}
