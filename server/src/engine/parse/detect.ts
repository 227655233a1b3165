// Which dialect a document is, from its name first and its content second (SPEC §3):
// YAML/JSON keep their own language in the editor, so the server recognises them by content.
// Content is read by structure, not layout: a top-level key counts whether it starts a line
// (block YAML, pretty JSON) or sits in a one-line `{...}` (minified JSON, YAML flow style), so
// the same résumé is recognised however it is formatted (issue 13).
import type { ResumeFormat } from '../model';
import { looseKeyKind } from './yaml-entries';

const YAML_OR_JSON = /\.(ya?ml|json|jsonc)$/i;

/** Top-level keys of a block YAML document or of pretty-printed JSON (at most 4 spaces in). */
const SECTION_LIST_ITEM = /^-[ \t]+title[ \t]*:/m;
const SECTION_CONTENTS = /^[ \t]{1,8}contents[ \t]*:/m;
const TAGGED_LIST = /^\s*(?:\[\s*\{|-[ \t])/;
const TAGGED_SECTION = /^[ \t]*(?:-[ \t]+)?["']?section["']?[ \t]*:[ \t]*["']?\S/m;
const TAGGED_ROLE = /^[ \t]*(?:-[ \t]+)?["']?(?:org|organization|company|employer)["']?[ \t]*:/m;
// A document that is a list, after any comment lines ("# Employment data file" / "- title: …").
const LIST_DOCUMENT = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:\[\s*\{|-[ \t])/;
// A list of roles, each a post and where it was held ("- title: Associate Professor" / "  institution: Cornell").
const LISTED_POST = /^(?:-[ \t]+|[ \t]+(?:-[ \t]+)?)["']?(?:title|role|position|job_?title)["']?[ \t]*:/m;
const LISTED_ORG = /^[ \t]*(?:-[ \t]+)?["']?(?:company|employer|institution|organi[sz]ation|org)["']?[ \t]*:[ \t]*\S/m;
const LISTED_DATE = /^[ \t]+(?:-[ \t]+)?["']?(?:start_?date|startDate|date_start|year_start|start_year|start|from|year|years|dates?|period)["']?[ \t]*:[ \t]*["']?\d/m;
const NESTED_SECTION_ROLES = /^[ \t]+(?:-[ \t]+)?["']?title["']?[ \t]*:[ \t]*["']?[^"'\n]*(?:experience|employment|education|work)/im;
const NESTED_SECTION_ITEMS = /^[ \t]+["']?(?:items|entries|contents)["']?[ \t]*:/m;
const SECTION_LIST_ROLES = /^-[ \t]+title[ \t]*:[ \t]*["']?[^"'\n]*(?:experience|employment|education|work)/im;

function blockKeys(text: string): Set<string> {
  const keys = new Set<string>();
  const re = /^(?:\s{0,4}"(cv|content|basics|work|employment)"|(cv|content|basics|work|employment))[ \t]*:/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) keys.add(m[1] ?? m[2]);
  return keys;
}

/**
 * The keys of the outermost `{...}` when the document is one (JSON, minified or not; YAML flow
 * style), read in one pass: strings skipped, keys taken at depth 1 only.
 */
export function flowKeys(text: string): Set<string> {
  const keys = new Set<string>();
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i++;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text[i] !== '{') return keys;
  let depth = 0;
  let expectKey = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      depth++;
      expectKey = depth === 1 && c === '{';
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth <= 0) break;
    } else if (c === ',') expectKey = depth === 1;
    else if (c === '"' || (c === "'" && ' \t\r\n{[,:'.includes(text[i - 1]))) {
      const start = i + 1;
      for (i++; i < text.length && text[i] !== c; i++) if (c === '"' && text[i] === '\\') i++;
      if (expectKey) {
        let j = i + 1;
        while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n')) j++;
        if (text[j] === ':') keys.add(text.slice(start, i));
        expectKey = false;
      }
    } else if (expectKey && !/\s/.test(c)) {
      // A plain YAML key: up to the ":" (or the end of the entry when it is not a key).
      const start = i;
      while (i < text.length && !':,{}[]\n'.includes(text[i])) i++;
      if (text[i] === ':') keys.add(text.slice(start, i).trim());
      expectKey = false;
      i--;
    }
  }
  return keys;
}

/** Every top-level key of a block YAML document, and the shallow keys of pretty JSON. */
function topKeys(text: string): string[] {
  const out: string[] = [];
  // (A key of a few words, "professional experience:", as a generator's data file writes them.)
  const re = /^(?:[ \t]{0,4}"([^"\n]{1,40})"|([A-Za-z_][\w-]{0,39}(?: [A-Za-z][\w-]{0,39}){0,3}))[ \t]*:/gm;
  for (let m = re.exec(text); m && out.length < 200; m = re.exec(text)) out.push(m[1] ?? m[2]);
  return out;
}

const NAME_KEYS = new Set(['name', 'meta', 'sidebar', 'profile', 'personal_info', 'personalInfo', 'firstName', 'first_name', 'firstname', 'lastName', 'last_name', 'fullName', 'full_name', 'contact', 'email', 'personal']);

/**
 * A résumé of its own shape: a person's name (or contact) and a list of roles, with a list of
 * degrees or skills beside it, whatever each key is called ("experience", "clinicalWork",
 * "work_history"; "educationList").
 */
export function ownShape(keys: Iterable<string>): boolean {
  let named = false;
  let roles = false;
  let more = false;
  const kinds = new Set<string>();
  for (const k of keys) {
    if (NAME_KEYS.has(k)) named = true;
    const kind = looseKeyKind(k);
    if (kind) kinds.add(kind);
    if (kind === 'experience' || kind === 'volunteer') roles = true;
    else if (kind === 'education' || kind === 'skills') more = true;
  }
  // (No name at the top, "about_me: { phone_number, introduction }", but roles, schooling and
  // three kinds of sections or more ("career", "education", "skills", "honors"): a résumé all the same.)
  // (Or a summary of the person beside them, "bio" / "experience" / "education": a résumé too.)
  return roles && more && (named || kinds.size >= OWN_KINDS_WITHOUT_NAME || (kinds.has('summary') && kinds.size >= OWN_KINDS_WITHOUT_NAME - 1));
}
/** Kinds of sections a data file's top keys name that make it a résumé with no name key. */
const OWN_KINDS_WITHOUT_NAME = 4;

export function detectFormat(fileName: string, text: string): ResumeFormat | undefined {
  const name = fileName.toLowerCase();
  if (YAML_OR_JSON.test(name)) {
    const keys = blockKeys(text);
    for (const k of flowKeys(text)) keys.add(k);
    if (keys.has('cv')) return 'rendercv';
    if (keys.has('content')) return 'yamlresume';
    // (FRESH, HackMyResume's format, names its roles `employment`: read as a dialect of JSON Resume.)
    if (keys.has('basics') || keys.has('work') || keys.has('employment')) return 'jsonresume';
    // A résumé in a shape of its own ("name", "experience": [{ "role", "company", … }], "education";
    // a site's data file: "firstName", "clinicalWork", "educationList"): read with JSON Resume's
    // reader, which knows the usual words for the same things.
    for (const k of topKeys(text)) keys.add(k);
    if (ownShape(keys)) return 'jsonresume';
    // al-folio's CV data file: the document a list of sections ("- title: Experience" / "  contents:").
    if (SECTION_LIST_ITEM.test(text) && SECTION_CONTENTS.test(text) && SECTION_LIST_ROLES.test(text)) return 'jsonresume';
    // ("header: { name, email }" / "sections:" / "  - title: Education and Training" / "    items:"): a
    // site's data file listing its sections under one key, a section of roles or degrees among them.
    if (keys.has('sections') && NESTED_SECTION_ROLES.test(text) && NESTED_SECTION_ITEMS.test(text)) return 'jsonresume';
    // A site's data file that is one list of items, each naming its section ("section": "Earlier"),
    // some of them roles ("title", "org", "date").
    if (TAGGED_LIST.test(text) && TAGGED_SECTION.test(text) && TAGGED_ROLE.test(text)) return 'jsonresume';
    // A site's data file that is one list of roles (_data/employment.yml: "- title", "institution",
    // "year_start"; "- company" / "roles: [ - role, startDate ]"): the roles of one unnamed section.
    if (LIST_DOCUMENT.test(text) && LISTED_POST.test(text) && LISTED_ORG.test(text) && LISTED_DATE.test(text)) return 'jsonresume';
    return undefined;
  }
  // (".text" too: plain text saved under its long name, "resume.text".)
  if (name.endsWith('.txt') || name.endsWith('.text')) return 'text';
  return 'markdown';
}
