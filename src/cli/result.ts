// What the printers receive for each analysed file.
import type { Analysis } from '../core';
import type { LineIndex } from './lines';
import type { ReviewRecord } from '../review';

export interface FileResult {
  /** The path as the user wrote it, joined with the names found under a folder. */
  path: string;
  text: string;
  analysis: Analysis;
  lines: LineIndex;
  /** Review records beside the story that match no flag of it any more. */
  orphans?: ReviewRecord[];
  /** Show sign-off states (the story is under a config or beside a review file). */
  signOff?: boolean;
}

export interface Skipped {
  path: string;
  reason: string;
}

/** A printer turns results into chunks of stdout, one file at a time. A file's
 *  report comes in pieces, taken as they are written: a large file's report (or
 *  its JSON) is never built as one string. */
export interface Printer {
  begin(): string;
  file(result: FileResult): Iterable<string>;
  end(skipped: readonly Skipped[]): string;
}
