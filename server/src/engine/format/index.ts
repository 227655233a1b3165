// The CLI's output formats by name.
export { formatStylish } from './stylish';
export { formatJson, toJsonResults, type JsonFileResult } from './json';
export { formatGithub } from './github';
export { formatSarif, toSarif, ruleDocUrl, SARIF_SCHEMA, INFORMATION_URI, type SarifOptions } from './sarif';
export { allFindings, problemFindings, locate, countBySeverity, type FileReport, type LocatedFinding, type Counts } from './report';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];
