// `worker`: analyses queued stories, on as many machines as point at the same
// Redis. The analysis is the streaming CLI's own (storyLine), so a result is the
// same line `analyze --format jsonl` writes. BullMQ gives the recovery: a worker
// that dies holds its jobs' locks only `--stall-seconds`, after which another
// worker takes them again; a job found stalled twice fails (it may be the story
// that kills workers), as does a story the analyzer cannot take, with its reason.
import { formatSize } from '../cli/read';
import { storyLine } from '../cli/jsonl/storyLine';
import type { QueueOptions } from './args';
import { connect, loadBullMQ, openQueue } from './connection';
import type { StoryJob } from './jobs';
import { countJobs } from './status';

/** How often --drain asks whether anything is left. */
const DRAIN_POLL_MS = 500;

export async function workerCommand(opts: QueueOptions, complain: (message: string) => void): Promise<number> {
  const { Worker, UnrecoverableError } = loadBullMQ();
  const lockMs = opts.stallSeconds * 1000;
  let done = 0;
  let failed = 0;
  const worker = new Worker<StoryJob, string>(opts.queue, async (job) => {
    const story = job.data;
    if (typeof story?.text !== 'string') throw new UnrecoverableError('the job holds no story text (not added by `sourcing-lens queue add`?)');
    if (Buffer.byteLength(story.text, 'utf8') > opts.maxSize) {
      throw new UnrecoverableError(`the text is over this worker's ${formatSize(opts.maxSize)} limit (raise it with --max-size)`);
    }
    const result = storyLine(story, { ignore: [], failOn: [] });
    if (!result.ok) throw new UnrecoverableError(result.reason);
    return result.line;
  }, {
    connection: connect(opts.redis, true),
    concurrency: opts.concurrency,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: 1,
  });
  worker.on('completed', () => { done++; });
  worker.on('failed', (job, err) => {
    const id = JSON.stringify(job?.data?.id);
    // BullMQ reports each failed attempt; only the last one is the story's end.
    const final = err instanceof UnrecoverableError || !job || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) failed++;
    complain(final ? `story ${id} failed: ${err.message}` : `story ${id}: attempt ${job.attemptsMade} failed (${err.message}); it will be retried`);
  });
  worker.on('error', (err) => complain(`worker: ${err.message}`));

  // SIGTERM (a scheduler stopping the machine) or Ctrl-C: finish the jobs in hand,
  // hand nothing back half done.
  const stopped = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  const drained = opts.drain ? untilEmpty(openQueue(opts.queue, opts.redis, true)) : new Promise<void>(() => {});
  await worker.waitUntilReady();
  if (!opts.quiet) complain(`worker ${process.pid} on queue '${opts.queue}' (concurrency ${opts.concurrency})`);
  await Promise.race([stopped, drained]);
  await worker.close();
  if (!opts.quiet) complain(`worker ${process.pid}: ${done} done, ${failed} failed`);
  return 0;
}

/** Resolves once nothing is waiting, delayed or running anywhere: the jobs of a
 *  worker that died count as running until the stall check hands them back, so
 *  a draining worker waits for them too. */
async function untilEmpty(queue: { getJobCounts(...types: string[]): Promise<Record<string, number>>; close(): Promise<void> }): Promise<void> {
  for (;;) {
    await new Promise((r) => setTimeout(r, DRAIN_POLL_MS));
    const c = await countJobs(queue);
    if (c.waiting === 0 && c.active === 0) { await queue.close(); return; }
  }
}
