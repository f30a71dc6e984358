// The analysis thread. Work is queued and done one piece per turn of this thread's
// event loop, so that messages arriving meanwhile are seen before the next piece:
// a newer edit of a document replaces its queued analysis (only the latest text is
// analysed), and a cancelled query is dropped before it runs.
import { parentPort } from 'node:worker_threads';
import { Engine, type Published } from './engine';
import type { FromThread, ToThread } from './threadMessages';

type Analyze = Extract<ToThread, { kind: 'analyze' }>;
type Query = Extract<ToThread, { kind: 'query' }>;

const port = parentPort;
if (!port) throw new Error('the analysis thread must be started as a worker thread');

const engine = new Engine();
/** Latest text per document, waiting to be analysed (Map order: oldest first). */
const pending = new Map<string, Analyze>();
const queries: Query[] = [];
let republish = false;
let scheduled = false;

const post = (message: FromThread) => port.postMessage(message);
const send = (p: Published) => post({ kind: 'diagnostics', ...p });

port.on('message', (message: ToThread) => {
  switch (message.kind) {
    case 'analyze':
      pending.delete(message.uri); // re-inserted last: its place is its newest edit's
      pending.set(message.uri, message);
      break;
    case 'refuse':
      pending.delete(message.uri);
      send(engine.refuse(message.uri, message.version, message.sizeKB, message.limitKB));
      return;
    case 'close':
      pending.delete(message.uri);
      engine.close(message.uri);
      return;
    case 'settings':
      engine.setSettings(message.settings);
      republish = true;
      break;
    case 'query':
      queries.push(message);
      break;
    case 'cancel': {
      const at = queries.findIndex((q) => q.id === message.id);
      if (at >= 0) queries.splice(at, 1);
      return;
    }
  }
  schedule();
});

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(step);
}

function run(job: Analyze): void {
  pending.delete(job.uri);
  send(engine.analyze(job.uri, job.languageId, job.version, job.text));
}

/** One piece of work: a query first (after its document's pending analysis, so it
 *  sees the text it was asked about), else the oldest analysis, else republishing. */
function step(): void {
  scheduled = false;
  try {
    const query = queries.shift();
    if (query) {
      const job = pending.get(query.uri);
      if (job) run(job);
      try {
        post({ kind: 'reply', id: query.id, result: engine.answer(query.method, query.uri, query.params) ?? null });
      } catch (error) {
        post({ kind: 'fail', id: query.id, message: error instanceof Error ? error.message : String(error) });
      }
    } else if (pending.size > 0) {
      run(pending.values().next().value as Analyze);
    } else if (republish) {
      republish = false;
      for (const p of engine.publishAll()) send(p);
    }
  } catch (error) {
    post({ kind: 'log', level: 'error', message: `analysis thread: ${error instanceof Error ? error.stack ?? error.message : String(error)}` });
  }
  if (queries.length > 0 || pending.size > 0 || republish) schedule();
}
