// The unit of work the worker threads (and the single-thread fallback) run: read
// one file and analyse it. Never throws: every failure becomes a `skipped` outcome,
// so one bad file or one analyzer bug cannot stop a run over a whole folder.
import { analyze, type Analysis, type HouseVocabulary } from '../core';
import { analyzeInWindows } from '../core/windows';
import type { TextFormat } from './inputs';
import { readText } from './read';
import { collectEvery, collectGarbage } from './collect';
import { createSpool, type Spool } from './spool';

/** Text analysed in windows between two full collections (collect.ts). Every 1M
 *  characters: the 200,000-line file (1.8M) then peaks at 0.33 GB instead of 0.40;
 *  the 50 MB story pays about 15% more time for 50 collections instead of 12. */
const COLLECT_CHARS = 1024 * 1024;

export interface Task {
  path: string;
  format: TextFormat;
  maxSize: number;
  /** The project config's house vocabulary, if it has one. */
  vocabulary?: HouseVocabulary;
  /** Texts longer than `from` characters are analysed in windows and their rows
   *  spooled to disk (spool.ts), in a folder under `under`; unset: never. */
  windowed?: Windowed;
}

export interface Windowed {
  from: number;
  under: string;
}

export type Outcome =
  /** With `spool`, `analysis` is the head of a windowed analysis (no rows, no
   *  findings yet: see spool.ts). */
  | { path: string; ok: true; text: string; analysis: Analysis; spool?: Spool }
  | { path: string; ok: false; reason: string };

export async function runTask(task: Task): Promise<Outcome> {
  const { path } = task;
  const read = await readText(path, task.maxSize);
  if (!read.ok) return { path, ok: false, reason: read.reason };
  const options = { format: task.format, vocabulary: task.vocabulary };
  try {
    if (!task.windowed || read.text.length <= task.windowed.from) {
      return { path, ok: true, text: read.text, analysis: analyze(read.text, options) };
    }
    const spool = createSpool(task.windowed.under);
    try {
      const collect = collectEvery(COLLECT_CHARS);
      const end = analyzeInWindows(read.text, options, (w) => {
        spool.add(w);
        collect(w.paragraphs[w.paragraphs.length - 1].end);
      });
      // The last windows' garbage goes before the result is turned into bytes.
      collectGarbage();
      return { path, ok: true, text: read.text, analysis: end.head, spool: spool.close(end) };
    } catch (err) {
      spool.discard();
      throw err;
    }
  } catch (err) {
    return { path, ok: false, reason: `the analyzer failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
