// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers).
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import type { Rule, Severity, SeveritySetting } from '../rule';
import { locate, type FileReport } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/resume-studio/resume-studio';

export function ruleDocUrl(ruleId: string): string {
  return `${INFORMATION_URI}/blob/main/docs/rules/${ruleId}.md`;
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'none' };

function level(s: SeveritySetting): string {
  return s === 'off' ? 'none' : LEVEL[s];
}

export interface SarifOptions {
  version: string;
  rules: readonly Pick<Rule, 'id' | 'description' | 'defaultSeverity'>[];
}

/** Percent-encodes each path segment so the URI is valid (spaces, #, non-ASCII). */
function pathToUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

export function toSarif(reports: FileReport[], opts: SarifOptions): Record<string, unknown> {
  const driverRules: Record<string, unknown>[] = [];
  const index = new Map<string, number>();
  const addRule = (id: string, description: string, defaultSeverity: SeveritySetting, helpUri?: string) => {
    index.set(id, driverRules.length);
    driverRules.push({
      id,
      shortDescription: { text: description },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: level(defaultSeverity) },
    });
  };
  for (const r of opts.rules) addRule(r.id, r.description, r.defaultSeverity, ruleDocUrl(r.id));

  const results: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const report of reports) {
    const uri = pathToUri(report.path);
    if (report.error) {
      notifications.push({ level: 'error', message: { text: report.error }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] });
      continue;
    }
    for (const f of locate(report)) {
      // Structure problems (YAML syntax...) are not registry rules: describe them on first sight.
      if (!index.has(f.ruleId)) addRule(f.ruleId, 'A problem reading the résumé file itself (syntax or structure).', 'error');
      results.push({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
      });
    }
  }
  const run: Record<string, unknown> = {
    tool: { driver: { name: 'resume-studio', version: opts.version, informationUri: INFORMATION_URI, rules: driverRules } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (notifications.length) run.invocations = [{ executionSuccessful: false, toolExecutionNotifications: notifications }];
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

export function formatSarif(reports: FileReport[], opts: SarifOptions): string {
  return JSON.stringify(toSarif(reports, opts), null, 2) + '\n';
}
