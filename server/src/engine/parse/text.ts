import type { Resume } from '../model';
import { emptyResume } from './empty';

// STUB: replaced by the real parser (issue 3).
export function parseText(_text: string): Resume {
  return emptyResume('text');
}
