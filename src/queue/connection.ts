// Loads BullMQ and opens Redis connections. BullMQ (and its Redis client, ioredis)
// stay outside the bundle, as runtime dependencies: they are loaded only by the
// queue commands, so `analyze` and the extension never pay for them, and a
// missing install gives one clear message instead of a stack trace.
import type * as BullMQ from 'bullmq';
import type { Redis, RedisOptions } from 'ioredis';

export type Bull = typeof BullMQ;

export class QueueSetupError extends Error {}

export function loadBullMQ(): Bull {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('bullmq') as Bull;
  } catch (err) {
    throw new QueueSetupError(`the queue commands need the bullmq package (npm install in the sourcing-lens folder): ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** One connection per Queue or Worker. maxRetriesPerRequest: null is what BullMQ
 *  requires of a worker's connection (its blocking commands must not time out).
 *  A Redis that cannot be reached ends the command after a few tries (a worker,
 *  which outlives a Redis restart, tries for about a minute); the command's own
 *  error names it, so the client's repeated connection errors are not printed. */
export function connect(url: string, patient = false): Redis {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const IORedis = (require('ioredis') as { default: new (url: string, opts: RedisOptions) => Redis }).default;
  const tries = patient ? 30 : 3;
  const redis = new IORedis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (n) => (n > tries ? null : Math.min(n * 200, 2000)),
  });
  redis.on('error', () => {});
  opened.add(redis);
  return redis;
}

/** BullMQ leaves a connection it was given open (it may be shared), and an open
 *  one keeps the process alive: the command closes them all when it is done. */
const opened = new Set<Redis>();

export function disconnectAll(): void {
  for (const redis of opened) redis.disconnect();
  opened.clear();
}

/** A Queue whose connection errors end the command through its own calls
 *  (BullMQ would also print each one to the console). */
export function openQueue<Data = unknown, Result = unknown>(name: string, url: string, patient = false): BullMQ.Queue<Data, Result> {
  const { Queue } = loadBullMQ();
  const queue = new Queue<Data, Result>(name, { connection: connect(url, patient) });
  queue.on('error', () => {});
  return queue;
}
