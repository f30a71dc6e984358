// What the printers receive for each analysed file.
import type { Analysis } from '../core';
import type { LineIndex } from './lines';
import type { ReviewRecord } from '../review';

/** The analysis' long arrays, which a printer reads in order, one pass at a time. */
export type RowKey = 'paragraphs' | 'sentences' | 'attributions' | 'figures';
export type Rows = <K extends RowKey>(key: K) => Iterable<Analysis[K][number]>;

/** A whole analysis' rows are its arrays. */
export const arrayRows = (analysis: Analysis): Rows => (key) => analysis[key];

export interface FileResult {
  /** The path as the user wrote it, joined with the names found under a folder. */
  path: string;
  text: string;
  /** Whole, or (a file analysed in windows) all but the rows: its paragraphs,
   *  sentences, attributions and figures hold only what the findings point to. */
  analysis: Analysis;
  /** Where printers read the paragraphs, sentences, attributions and figures. */
  rows: Rows;
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
