import type { Resume } from '../model';
import { emptyResume } from './empty';

// STUB: replaced by the real parser (issue 3).
export function parseYamlResume(_text: string, format: 'jsonresume' | 'rendercv' | 'yamlresume'): Resume {
  return emptyResume(format);
}
