// Runs tasks on worker threads and hands the outcomes back in input order. At most
// `window` files are read, analysed or waiting to be printed at any moment, so
// memory stays flat however large the folder; a slow file only holds back the
// printing of the few behind it. Each file has a time limit: a worker stuck on one
// file is stopped, the file is reported as skipped, and the run goes on.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs';
import { packedBytes, unpack, type Packed } from './pack';
import type { Outcome, Task, Windowed } from './task';

interface Executor {
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** The fallback when no worker bundle sits beside this file: analyse on this
 *  thread, with no time limit. Loaded lazily, so the main thread of a worker run
 *  never pays for loading the analyzer. */
const inline: Executor = {
  run: async (task) => (await import('./task')).runTask(task),
  close: async () => {},
};

/** Results whose bytes are larger than this (a file of some MB) end their thread
 *  before they are decoded: V8 keeps a heap at its largest, so a thread that has
 *  analysed a 50 MB file holds some hundreds of MB until it ends, and decoding the
 *  result beside it would add the two. A new thread costs a fraction of a second. */
const RECYCLE_BYTES = 8 * 1024 * 1024;

function decode(path: string, packed: Packed): Outcome {
  try {
    return unpack(packed);
  } catch (err) {
    return { path, ok: false, reason: `the analyzer's result could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}

interface Job {
  task: Task;
  resolve: (outcome: Outcome) => void;
  timer?: NodeJS.Timeout;
}

class WorkerPool implements Executor {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly waiting: Job[] = [];

  constructor(private readonly file: string, private readonly size: number, private readonly timeLimitMs: number) {}

  run(task: Task): Promise<Outcome> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      // Workers start only when there is work for them: a run over three files
      // does not pay for eight threads loading the analyzer.
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.waiting.shift()!;
      job.timer = setTimeout(() => {
        // Synchronous analysis cannot be interrupted; only ending the thread stops it.
        this.finish(worker, { path: job.task.path, ok: false, reason: `the analysis took longer than ${this.timeLimitMs / 1000} s and was stopped` });
        worker.removeAllListeners();
        void worker.terminate();
      }, this.timeLimitMs);
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  /** Settles the worker's job, takes the worker off the books, and moves the queue. */
  private finish(worker: Worker, outcome: Outcome, reusable = false): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    if (reusable) this.idle.push(worker);
    if (job) {
      clearTimeout(job.timer);
      job.resolve(outcome);
    }
    this.dispatch();
  }

  private receive(worker: Worker, packed: Packed): void {
    const job = this.busy.get(worker);
    const path = job?.task.path ?? '';
    if (packedBytes(packed) <= RECYCLE_BYTES && !packed.windowed) { this.finish(worker, decode(path, packed), true); return; }
    // Still counted as busy until it has ended, so no new thread starts meanwhile.
    clearTimeout(job?.timer);
    worker.removeAllListeners();
    void worker.terminate().then(() => this.finish(worker, decode(path, packed)));
  }

  private spawn(): Worker {
    const worker = new Worker(this.file);
    worker.on('message', (packed: Packed) => this.receive(worker, packed));
    // A crashed worker fails only the file it held; the next file gets a new thread.
    const fail = (reason: string): void => {
      const job = this.busy.get(worker);
      this.finish(worker, { path: job?.task.path ?? '', ok: false, reason });
    };
    worker.on('error', (err) => fail(`the analyzer crashed: ${err.message}`));
    worker.on('exit', (code) => fail(`the analyzer thread stopped (exit code ${code})`));
    return worker;
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((w) => { w.removeAllListeners(); return w.terminate(); }));
  }
}

export interface PoolOptions {
  jobs: number;
  maxSize: number;
  /** Per file, in milliseconds. */
  timeLimitMs: number;
  /** dist/worker.js; when it is missing the run stays on the main thread. */
  workerFile: string;
  /** See Task.windowed. */
  windowed?: Windowed;
}

/** The outcomes of `inputs`, in their order. Skipped inputs pass straight through. */
export async function* analyzeInOrder(inputs: AsyncIterable<Input>, opts: PoolOptions): AsyncGenerator<Outcome> {
  // Even one file goes to a worker: starting one costs about what loading the
  // analyzer here would, and only a worker can be stopped when a file hangs.
  const executor: Executor = existsSync(opts.workerFile) ? new WorkerPool(opts.workerFile, opts.jobs, opts.timeLimitMs) : inline;
  const window = Math.max(2, opts.jobs * 2);
  const start = (input: Input): Promise<Outcome> =>
    input.kind === 'skip'
      ? Promise.resolve({ path: input.path, ok: false, reason: input.reason })
      : executor.run({ path: input.path, format: input.format, maxSize: opts.maxSize, vocabulary: input.vocabulary, windowed: opts.windowed });

  const source = inputs[Symbol.asyncIterator]();
  const queue: Promise<Outcome>[] = [];
  let done = false;
  const refill = async (): Promise<void> => {
    while (!done && queue.length < window) {
      const next = await source.next();
      if (next.done) done = true;
      else queue.push(start(next.value));
    }
  };
  try {
    await refill();
    while (queue.length > 0) {
      const outcome = await queue.shift()!;
      await refill();
      yield outcome;
    }
  } finally {
    await executor.close();
  }
}
