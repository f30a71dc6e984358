// Feeds a stream of entries (stories, and input lines already found bad) to the
// line pool in batches and gives the results back in input order. At most
// `window` batches are read, analysed or waiting to be written at any moment, so
// memory stays flat however many stories the archive holds.
import { existsSync } from 'node:fs';
import { LinePool } from './linePool';
import type { Story, StoryResult } from './story';
import { storyLine, type LineOptions } from './storyLine';

/** `where` names the entry for messages: "archive.jsonl:12" or a file's path. */
export type Entry = { where: string; story: Story } | { where: string; story?: undefined; reason: string };

export interface Done {
  where: string;
  story?: Story;
  result: StoryResult;
}

export interface RunOptions extends LineOptions {
  jobs: number;
  timeLimitMs: number;
  /** dist/jsonl-worker.js; when it is missing the run stays on this thread. */
  workerFile: string;
}

/** Stories per message: enough that the per-message cost does not show, few
 *  enough that a batch of news stories stays around a megabyte. */
const BATCH_STORIES = 64;
const BATCH_CHARS = 1024 * 1024;

export async function* analyzeInOrder(entries: AsyncIterable<Entry>, opts: RunOptions): AsyncGenerator<Done> {
  const pool = existsSync(opts.workerFile) ? new LinePool(opts.workerFile, opts.jobs, opts.timeLimitMs, opts) : null;
  const run = (stories: Story[]): Promise<StoryResult[]> =>
    pool ? pool.run(stories) : Promise.resolve(stories.map((s) => storyLine(s, opts)));
  const window = opts.jobs * 2;
  const source = batches(entries)[Symbol.asyncIterator]();
  const queue: { entries: Entry[]; results: Promise<StoryResult[]> }[] = [];
  let done = false;
  const refill = async (): Promise<void> => {
    while (!done && queue.length < window) {
      const next = await source.next();
      if (next.done) { done = true; break; }
      const stories = next.value.flatMap((e) => (e.story ? [e.story] : []));
      queue.push({ entries: next.value, results: run(stories) });
    }
  };
  try {
    await refill();
    while (queue.length > 0) {
      const head = queue.shift()!;
      const results = await head.results;
      await refill();
      let k = 0;
      for (const entry of head.entries) {
        if (entry.story) yield { where: entry.where, story: entry.story, result: results[k++] };
        else yield { where: entry.where, result: { ok: false, reason: entry.reason } };
      }
    }
  } finally {
    await pool?.close();
  }
}

async function* batches(entries: AsyncIterable<Entry>): AsyncGenerator<Entry[]> {
  let batch: Entry[] = [];
  let stories = 0;
  let chars = 0;
  for await (const entry of entries) {
    batch.push(entry);
    if (entry.story) { stories++; chars += entry.story.text.length; }
    if (stories >= BATCH_STORIES || chars >= BATCH_CHARS) {
      yield batch;
      batch = [];
      stories = 0;
      chars = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
