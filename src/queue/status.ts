// `queue status`: how far the queue is, in the four numbers an operator watches.
import type { QueueOptions } from './args';
import { openQueue } from './connection';

export interface Counts {
  waiting: number;
  active: number;
  done: number;
  failed: number;
}

export async function countJobs(queue: { getJobCounts(...types: string[]): Promise<Record<string, number>> }): Promise<Counts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'paused', 'active', 'completed', 'failed');
  // Delayed jobs are retries waiting for their back-off: still to do.
  return { waiting: c.waiting + c.prioritized + c.delayed + c.paused, active: c.active, done: c.completed, failed: c.failed };
}

export async function statusCommand(opts: QueueOptions, print: (text: string) => Promise<void>, complain: (message: string) => void): Promise<number> {
  const queue = openQueue(opts.queue, opts.redis);
  try {
    const c = await countJobs(queue);
    await print(`waiting ${c.waiting}  active ${c.active}  done ${c.done}  failed ${c.failed}\n`);
    return 0;
  } finally {
    await queue.close();
  }
}
