// The analysis thread of the Node server (analysisThread.ts starts it): the
// scheduler (scheduler.ts) on this thread's port, one piece of work per setImmediate.
import { parentPort } from 'node:worker_threads';
import { analysisScheduler } from './scheduler';

const port = parentPort;
if (!port) throw new Error('the analysis thread must be started as a worker thread');

// Diagnostics go as JSON text: the server writes them to stdout as they are (stdio.ts).
port.on('message', analysisScheduler((message) => port.postMessage(message), setImmediate, true));
