// `queue add`: reads stories as `analyze` does (text files, or JSONL records) and
// enqueues them in batches, one Redis round trip per batch. Bad records are named
// on stderr with their line number, as in the JSONL mode, and the rest is added.
import { jsonlEntries, fileEntries } from '../cli/jsonl/sources';
import type { QueueOptions } from './args';
import { openQueue } from './connection';
import { ATTEMPTS, jobIdOf, type StoryJob } from './jobs';

const BATCH = 500;

export async function addCommand(opts: QueueOptions, complain: (message: string) => void): Promise<number> {
  const queue = openQueue<StoryJob>(opts.queue, opts.redis);
  const sourceOpts = { maxSize: opts.maxSize, seen: new Set<string>(), done: new Set<string>() };
  const entries = opts.input === 'jsonl' ? jsonlEntries(opts.paths, sourceOpts) : fileEntries(opts.paths, sourceOpts);
  let batch: StoryJob[] = [];
  let added = 0;
  let bad = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await queue.addBulk(batch.map((story) => ({
      name: 'story',
      data: story,
      opts: { jobId: jobIdOf(story.id), attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1000 } },
    })));
    added += batch.length;
    batch = [];
  };
  try {
    for await (const entry of entries) {
      if (!entry.story) { bad++; complain(`${entry.where}: ${entry.reason}`); continue; }
      batch.push(entry.story);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  // A story already in the queue (same id) is not added again; Redis says so
  // only per job, so the count here is of stories sent.
  if (!opts.quiet) complain(`${added} ${added === 1 ? 'story' : 'stories'} sent to queue '${opts.queue}'${bad > 0 ? ` · ${bad} bad (named above)` : ''}`);
  return bad > 0 ? 2 : 0;
}
