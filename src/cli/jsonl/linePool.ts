// Runs batches of stories on worker threads (dist/jsonl-worker.js). Why batches and
// lines: at 2–3 ms a story, one message each way per story and the analysis'
// JSON made on the main thread cost so much that two jobs ran slower than one on
// a 2-core machine; here a thread gets many stories in one message and sends back
// finished lines, so the main thread only writes. Each story still has its own
// time limit: a thread stuck on one is ended, that story fails, and the rest of
// its batch goes to a new thread.
//
// Memory: each thread's heap is capped (HEAP_CAP_MB), so that two or more threads
// on a long archive stay within a few hundred MB all told: left alone, V8 lets a
// busy thread's heap grow far past what a news story needs. A text too large for
// the cap (well over the default 5 MB limit) ends its thread out of memory; it
// then runs again, with the rest of its batch, on a thread without a cap, which
// ends after it, so its large heap is given back at once.
import { Worker } from 'node:worker_threads';
import type { BatchMessage } from './lineWorker';
import type { Story, StoryResult } from './story';
import type { LineOptions } from './storyLine';

interface Batch {
  stories: Story[];
  results: (StoryResult | undefined)[];
  left: number;
  resolve: (results: StoryResult[]) => void;
}

/** Part of a batch still to run: from `from` to its end. */
interface Piece {
  batch: Batch;
  from: number;
  /** On a thread of its own without the heap cap, after running out of memory. */
  uncapped?: boolean;
}

/** Old-generation heap per thread, in MB: news stories use a few tens, and a
 *  4.5 MB story still fits (a test checks it); only larger texts, with --max-size
 *  raised, run out and are run again without the cap. */
const HEAP_CAP_MB = 96;
/** Young generation per thread, in MB: V8's default (3 × 16 MB semi-spaces) made
 *  each thread some 60 MB larger for no speed that the benchmark could see. */
const YOUNG_CAP_MB = 16;

interface Running {
  piece: Piece;
  uncapped: boolean;
  /** The story in progress. */
  next: number;
  timer?: NodeJS.Timeout;
}

export class LinePool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Running>();
  private readonly waiting: Piece[] = [];

  constructor(private readonly file: string, private readonly size: number, private readonly timeLimitMs: number, private readonly opts: LineOptions) {}

  run(stories: Story[]): Promise<StoryResult[]> {
    if (stories.length === 0) return Promise.resolve([]);
    return new Promise((resolve) => {
      this.waiting.push({ batch: { stories, results: new Array(stories.length), left: stories.length, resolve }, from: 0 });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const uncapped = this.waiting[0].uncapped === true;
      // An uncapped piece gets a new thread, in the place of an idle one.
      if (uncapped && this.busy.size < this.size) this.idle.pop()?.terminate();
      const worker = uncapped ? (this.busy.size < this.size ? this.spawn(true) : undefined) : this.idle.pop() ?? (this.busy.size < this.size ? this.spawn(false) : undefined);
      if (!worker) return;
      const piece = this.waiting.shift()!;
      const running: Running = { piece, uncapped, next: piece.from };
      this.busy.set(worker, running);
      this.arm(worker, running);
      const message: BatchMessage = { stories: piece.batch.stories.slice(piece.from), from: piece.from, opts: this.opts };
      worker.postMessage(message);
    }
  }

  /** (Re)starts the time limit of the story in progress. */
  private arm(worker: Worker, running: Running): void {
    clearTimeout(running.timer);
    // Synchronous analysis cannot be interrupted; only ending the thread stops it.
    running.timer = setTimeout(() => this.abandon(worker, `the analysis took longer than ${this.timeLimitMs / 1000} s and was stopped`), this.timeLimitMs);
  }

  private settle(batch: Batch, index: number, result: StoryResult): void {
    if (batch.results[index] !== undefined) return;
    batch.results[index] = result;
    if (--batch.left === 0) batch.resolve(batch.results as StoryResult[]);
  }

  private receive(worker: Worker, index: number, result: StoryResult): void {
    const running = this.busy.get(worker);
    if (!running) return;
    const { batch } = running.piece;
    this.settle(batch, index, result);
    running.next = index + 1;
    if (running.next < batch.stories.length) { this.arm(worker, running); return; }
    clearTimeout(running.timer);
    this.busy.delete(worker);
    if (running.uncapped) { worker.removeAllListeners(); void worker.terminate(); } else this.idle.push(worker);
    this.dispatch();
  }

  /** Ends a thread that is stuck or died: its story fails, the rest of its piece
   *  goes back to the front of the queue, for a new thread. */
  private abandon(worker: Worker, reason: string, outOfMemory = false): void {
    const running = this.busy.get(worker);
    this.busy.delete(worker);
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    worker.removeAllListeners();
    void worker.terminate();
    if (running) {
      clearTimeout(running.timer);
      const { batch } = running.piece;
      if (outOfMemory && !running.uncapped) this.waiting.unshift({ batch, from: running.next, uncapped: true });
      else {
        this.settle(batch, running.next, { ok: false, reason });
        if (running.next + 1 < batch.stories.length) this.waiting.unshift({ batch, from: running.next + 1 });
      }
    }
    this.dispatch();
  }

  private spawn(uncapped: boolean): Worker {
    const worker = new Worker(this.file, uncapped ? {} : { resourceLimits: { maxOldGenerationSizeMb: HEAP_CAP_MB, maxYoungGenerationSizeMb: YOUNG_CAP_MB } });
    worker.on('message', (m: { index: number; result: StoryResult }) => this.receive(worker, m.index, m.result));
    worker.on('error', (err: NodeJS.ErrnoException) => this.abandon(worker, `the analyzer crashed: ${err.message}`, err.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => this.abandon(worker, `the analyzer thread stopped (exit code ${code})`));
    return worker;
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((w) => { w.removeAllListeners(); return w.terminate(); }));
  }
}
