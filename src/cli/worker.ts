// Worker-thread entry (bundled to dist/worker.js): analyses the files the main thread
// sends, one at a time, and posts each outcome back.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './task';

if (!parentPort) throw new Error('dist/worker.js is meant to run as a worker thread of the sourcing-lens CLI');
const port = parentPort;
port.on('message', (task: Task) => {
  void runTask(task).then((outcome) => port.postMessage(outcome));
});
