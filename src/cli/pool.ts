// Runs tasks on worker threads and hands the outcomes back in input order. At most
// `window` files are read, analysed or waiting to be printed at any moment, so
// memory stays flat however large the folder; a slow file only holds back the
// printing of the few behind it.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs';
import { runTask, type Outcome, type Task } from './task';

type Run = (task: Task) => Promise<Outcome>;

interface Executor {
  run: Run;
  close(): Promise<void>;
}

/** Analyses on the main thread: for one file, --jobs 1, or when no worker bundle exists. */
const inline: Executor = { run: runTask, close: async () => {} };

class WorkerPool implements Executor {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, { task: Task; resolve: (o: Outcome) => void }>();
  private readonly waiting: { task: Task; resolve: (o: Outcome) => void }[] = [];

  constructor(private readonly file: string, private readonly size: number) {}

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
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.file);
    worker.on('message', (outcome: Outcome) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      job?.resolve(outcome);
      this.dispatch();
    });
    // A crashed worker fails only the file it held; the next file gets a new thread.
    const fail = (reason: string): void => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      if (job) job.resolve({ path: job.task.path, ok: false, reason });
      this.dispatch();
    };
    worker.on('error', (err) => fail(`the analyzer crashed: ${err.message}`));
    worker.on('exit', (code) => fail(`the analyzer thread stopped (exit code ${code})`));
    return worker;
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((w) => { w.removeAllListeners('exit'); return w.terminate(); }));
  }
}

export interface PoolOptions {
  jobs: number;
  maxSize: number;
  /** dist/worker.js; when it is missing the run stays on the main thread. */
  workerFile: string;
}

/** The outcomes of `inputs`, in their order. Skipped inputs pass straight through. */
export async function* analyzeInOrder(inputs: AsyncIterable<Input>, opts: PoolOptions): AsyncGenerator<Outcome> {
  const window = Math.max(2, opts.jobs * 2);
  const source = inputs[Symbol.asyncIterator]();
  let done = false;

  // Look ahead one window before choosing where to run: a single file is analysed
  // here rather than paying for a thread start.
  const ahead: Input[] = [];
  while (ahead.length < window) {
    const next = await source.next();
    if (next.done) { done = true; break; }
    ahead.push(next.value);
  }
  const files = ahead.filter((i) => i.kind === 'file').length;
  const executor: Executor =
    opts.jobs > 1 && (files > 1 || !done) && existsSync(opts.workerFile) ? new WorkerPool(opts.workerFile, opts.jobs) : inline;

  const start = (input: Input): Promise<Outcome> =>
    input.kind === 'skip'
      ? Promise.resolve({ path: input.path, ok: false, reason: input.reason })
      : executor.run({ path: input.path, format: input.format, maxSize: opts.maxSize });

  const queue = ahead.map(start);
  try {
    while (queue.length > 0) {
      const outcome = await queue.shift()!;
      if (!done) {
        const next = await source.next();
        if (next.done) done = true;
        else queue.push(start(next.value));
      }
      yield outcome;
    }
  } finally {
    await executor.close();
  }
}
