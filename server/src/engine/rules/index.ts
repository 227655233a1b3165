// The explicit registry: every rule the engine runs, in the order docs list them.
import type { Rule } from '../rule';
import employmentGap from './employment-gap';
import dateOverlap from './date-overlap';
import dateOrder from './date-order';
import chronologicalOrder from './chronological-order';
import dateFormat from './date-format';
import missingContact from './missing-contact';
import personalInfo from './personal-info';
import resumeLength from './resume-length';
import weakVerb from './weak-verb';
import missingMetric from './missing-metric';
import tense from './tense';
import repeatedVerb from './repeated-verb';
import firstPerson from './first-person';
import buzzword from './buzzword';
import vagueQuantifier from './vague-quantifier';
import passiveVoice from './passive-voice';
import bulletLength from './bullet-length';
import placeholder from './placeholder';
import spelling from './spelling';

export const rules: Rule<any>[] = [
  employmentGap,
  dateOverlap,
  dateOrder,
  chronologicalOrder,
  dateFormat,
  missingContact,
  personalInfo,
  resumeLength,
  weakVerb,
  missingMetric,
  tense,
  repeatedVerb,
  firstPerson,
  buzzword,
  vagueQuantifier,
  passiveVoice,
  bulletLength,
  placeholder,
  spelling,
];
