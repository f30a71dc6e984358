// The unit of work the worker threads (and the single-thread fallback) run: read
// one file and analyse it. Never throws: every failure becomes a `skipped` outcome,
// so one bad file or one analyzer bug cannot stop a run over a whole folder.
import { analyze, type Analysis, type HouseVocabulary } from '../core';
import type { TextFormat } from './inputs';
import { readText } from './read';

export interface Task {
  path: string;
  format: TextFormat;
  maxSize: number;
  /** The project config's house vocabulary, if it has one. */
  vocabulary?: HouseVocabulary;
}

export type Outcome =
  | { path: string; ok: true; text: string; analysis: Analysis }
  | { path: string; ok: false; reason: string };

export async function runTask(task: Task): Promise<Outcome> {
  const { path } = task;
  const read = await readText(path, task.maxSize);
  if (!read.ok) return { path, ok: false, reason: read.reason };
  try {
    return { path, ok: true, text: read.text, analysis: analyze(read.text, { format: task.format, vocabulary: task.vocabulary }) };
  } catch (err) {
    return { path, ok: false, reason: `the analyzer failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
