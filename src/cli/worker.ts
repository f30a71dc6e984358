// Worker-thread entry (bundled to dist/worker.js): analyses the files the main thread
// sends, one at a time, and posts each outcome back.
import { parentPort } from 'node:worker_threads';
import { pack, transferList } from './pack';
import { runTask, type Outcome, type Task } from './task';

if (!parentPort) throw new Error('dist/worker.js is meant to run as a worker thread of the sourcing-lens CLI');
const port = parentPort;

/** The outcome as bytes, moved rather than copied: the main thread can then end
 *  this thread (and free its heap, as large as the analysis made it) before it
 *  decodes a large result into its own heap (see pool.ts and pack.ts). */
function send(outcome: Outcome): void {
  const packed = pack(outcome);
  port.postMessage(packed, transferList(packed));
}

port.on('message', (task: Task) => {
  void runTask(task)
    .then(send)
    // Always answer: a file without a reply would hold its place in the output
    // order until its time limit, and then be reported as too slow.
    .catch((err: unknown) => send({ path: task.path, ok: false, reason: `the analyzer failed: ${err instanceof Error ? err.message : String(err)}` }));
});
