// The workspace folder the e2e test opens in code-server: the bundled sample résumé (or a small
// stand-in while samples/resume.md does not exist yet), hostile HTML appended so the test can
// prove the preview runs none of it, and settings that keep the workbench quiet.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

/** Used only when samples/resume.md is missing; opens a bullet with the weak verb "Helped". */
const STAND_IN = `# Jordan Example

jordan@example.com · +1 555 0100 · Lisbon, Portugal

## Experience

### Senior Engineer, Acme Corp
Jan 2021 – Present

- Led the migration of 40 services to Kubernetes, cutting deploy time by 60%
- Helped build the billing pipeline that processes $2M a month

### Engineer, Globex
Mar 2018 – Dec 2020

- Built a search index serving 3M queries a day

## Education

### BSc Computer Science, University of Lisbon
2014 – 2018
`;

/** Each line tries a different way to run script; `window.__pwned` is set if any works. */
export const HOSTILE_SECTION = `
## Notes

- Wrote <script>window.__pwned=1</script> tests
- Shipped <img src=x onerror="window.__pwned=2"> tools
- Read [the docs](javascript:window.__pwned=3)
- Drew <svg onload="window.__pwned=4"><circle r="1"/></svg> charts
- Embedded <iframe srcdoc="<script>parent.__pwned=5</script>"></iframe> frames
`;
export const SCRIPT_TEXT = '<script>window.__pwned=1</script>';

/** A résumé in Markdown whose name does not say so: read only after "Treat This File as a Résumé". */
export const NOTES_NAME = 'career-notes.md';
export const NOTES_TEXT = `# Sam Example

sam@example.org · Leeds, UK

## Experience

### Analyst, Initech (Feb 2019 – Present)

- Helped with the quarterly reporting for the finance team
`;

/** A YAML résumé with en dashes and curly quotes in its values (VS Code marks them "ambiguous" in YAML by default). */
export const YAML_NAME = 'jane.resume.yaml';
export const YAML_TEXT = `basics:
  name: Jane Okafor
  email: jane.okafor.sre@fastmail.com
work:
  - name: Tidewater Bank
    position: Senior Site Reliability Engineer
    startDate: '2021-04'
    highlights:
      - Cut paging alerts by 70% – from 90 a week to 27 – with SLO burn-rate alerts
      - Wrote the team’s on-call ‘quiet hours’ policy
`;

/** A code file with an en dash: VS Code's ambiguous-character box must show there (the check's control). */
export const CONTROL_NAME = 'notes.js';
export const CONTROL_TEXT = "// Planned for 2019 – 2020\nconst span = '2019 – 2020';\n";

export interface Workspace {
  folder: string;
  file: string;
  /** The résumé text as written to disk. */
  text: string;
  /** The person's name as it should appear in the preview. */
  name: string;
  /** 1-based line of the first bullet opening with "Helped". */
  helpedLine: number;
  /** That bullet's words as the preview should show them (no list marker or Markdown emphasis). */
  helpedText: string;
  usedSample: boolean;
}

/** The name is the first Markdown H1, or a YAML front-matter `name:`. */
export function resumeName(text: string): string {
  const h1 = /^#\s+(.+?)\s*#*\s*$/m.exec(text);
  if (h1) return h1[1]!.replace(/[*_`]/g, '');
  const fm = /^name:\s*["']?(.+?)["']?\s*$/m.exec(text);
  if (fm) return fm[1]!;
  throw new Error('The e2e résumé needs a "# Name" heading or a front-matter "name:" so the test can find it in the preview.');
}

export function writeWorkspace(folder: string): Workspace {
  const sample = join(repoRoot, 'samples/resume.md');
  const usedSample = existsSync(sample);
  let base = usedSample ? readFileSync(sample, 'utf8') : STAND_IN;
  const lines = base.split(/\r?\n/);
  let idx = lines.findIndex((l) => /^\s*[-*+]\s+Helped\b/.test(l));
  if (idx < 0) {
    // The sample lost its "Helped" bullet: add one to the first bullet list so the weak-verb check has a target.
    const firstBullet = lines.findIndex((l) => /^\s*[-*+]\s+/.test(l));
    if (firstBullet < 0) throw new Error('samples/resume.md has no bullet list; the e2e test needs one to edit.');
    lines.splice(firstBullet + 1, 0, '- Helped build the billing pipeline that processes $2M a month');
    idx = firstBullet + 1;
    base = lines.join('\n');
  }
  const text = base.replace(/\s*$/, '\n') + HOSTILE_SECTION;
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  writeFileSync(join(folder, '.vscode/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    // Keep popups from stealing keystrokes while the test types.
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.acceptSuggestionOnCommitCharacter': false,
    // Home/End and Go to Line work on whole lines only without wrapping (Markdown wraps by default).
    'editor.wordWrap': 'off',
    '[markdown]': { 'editor.wordWrap': 'off' },
  }, null, 2));
  const file = join(folder, 'resume.md');
  writeFileSync(file, text);
  writeFileSync(join(folder, NOTES_NAME), NOTES_TEXT);
  writeFileSync(join(folder, YAML_NAME), YAML_TEXT);
  writeFileSync(join(folder, CONTROL_NAME), CONTROL_TEXT);
  const helpedText = lines[idx]!.replace(/^\s*[-*+]\s+/, '').replace(/[*_`]/g, '').trim();
  return { folder, file, text, name: resumeName(text), helpedLine: idx + 1, helpedText, usedSample };
}
