// The names --fail-on and a config's `failOn` take: the finding codes, and friendlier
// aliases for what a desk gates on. One table for the CLI and the config reader.
import { ALL_CODES } from '../core/codes';
import type { FindingCode } from '../core/types';

export const FAIL_ON_ALIASES: Record<string, FindingCode[]> = {
  anonymous: ['anonymous-source', 'vague-anonymous-source'],
  'unattributed-figure': ['unattributed-figure'],
  'unexplained-anonymity': ['anonymity-unexplained'],
};

export const FAIL_ON_NAMES: readonly string[] = [...new Set([...Object.keys(FAIL_ON_ALIASES), ...ALL_CODES])];

/** The codes a --fail-on name stands for, or null for a name we do not know. */
export function failOnCodes(name: string): FindingCode[] | null {
  if (name in FAIL_ON_ALIASES) return FAIL_ON_ALIASES[name];
  return (ALL_CODES as string[]).includes(name) ? [name as FindingCode] : null;
}
