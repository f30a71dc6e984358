// The review file kept beside the stories of a folder (`.sourcing-review.json`):
// who approved which anonymous source, who verified which figure, which flags a
// plain-text story ignores. Plain JSON, sorted, so a diff and a code review read it.
import type { FindingCode } from '../core/types';

export const REVIEW_FILE = '.sourcing-review.json';

/** approve: an anonymous source (the reason anonymity was granted is the note);
 *  verify: a figure (the note is the source that confirms it, a URL or a line);
 *  ignore: one flag silenced, for plain text where a comment would be printed. */
export type ReviewAction = 'approve' | 'verify' | 'ignore';

export interface ReviewRecord {
  action: ReviewAction;
  /** Only for ignore: the code silenced. */
  code?: FindingCode;
  phrase: string;
  /** The sentence fingerprint (anchor.ts). */
  sentence: string;
  by: string;
  note: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface ReviewFile {
  version: 1;
  /** Story file name (relative to the review file's folder, `/` separators) → records. */
  stories: Record<string, ReviewRecord[]>;
}

/** Which action signs off which codes. anonymity-unexplained has none: the remedy
 *  is a sentence in the story saying why, which an approval kept outside cannot be. */
export const ACTION_CODES: Record<Exclude<ReviewAction, 'ignore'>, readonly FindingCode[]> = {
  approve: ['anonymous-source', 'vague-anonymous-source'],
  verify: ['unattributed-figure', 'figure-from-anonymous-source'],
};

export function signOffAction(code: FindingCode): 'approve' | 'verify' | null {
  if (ACTION_CODES.approve.includes(code)) return 'approve';
  if (ACTION_CODES.verify.includes(code)) return 'verify';
  return null;
}
