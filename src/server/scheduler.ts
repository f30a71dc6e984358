// The analysis side of the server, whatever it runs in (a Node worker thread,
// worker.ts; or the web worker itself, inlineThread.ts). Edits are applied to the
// engine's text models as they arrive; analyses and queries are queued and done one
// per turn of the event loop (`defer`), so that messages arriving meanwhile are seen
// before the next: edits that come during an analysis are all applied, and only the
// newest text is analysed next; a cancelled query is dropped before it runs. A long
// analysis is itself done in slices of SLICE_MS (Analyzer.prepare: the paragraphs,
// then on a first analysis the assembly), so that a 2 MB story opened in the web
// worker does not keep its message loop from hovers and edits for seconds.
import { Engine, type Published } from './engine';
import type { FromThread, ToThread } from './threadMessages';

type Query = Extract<ToThread, { kind: 'query' }>;

/** The longest stretch of paragraph analysis between two turns of the event loop. */
export const SLICE_MS = 20;

/** Returns the function that takes each message from the message loop. */
/** `serialize`: post diagnostics as JSON text (a thread whose server writes them to a
 *  stream: see preserialized.ts), not as objects. */
export function analysisScheduler(post: (message: FromThread) => void, defer: (step: () => void) => void, serialize = false): (message: ToThread) => void {
  const engine = new Engine();
  /** Documents whose analysis the message loop asked for (Set order: oldest first). */
  const requested = new Set<string>();
  const queries: Query[] = [];
  /** Documents analysed whose diagnostics are still to be sent. */
  const analysed = new Set<string>();
  let republish = false;
  /** Documents whose findings are to be finished anew and republished (workflow changed). */
  const refinished = new Set<string>();
  let scheduled = false;

  const send = (p: Published | undefined) => {
    if (!p) return;
    if (serialize) post({ kind: 'diagnosticsJson', uri: p.uri, version: p.version, params: JSON.stringify(p) });
    else post({ kind: 'diagnostics', ...p });
  };

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    defer(step);
  }

  /** Analyses the document if it changed. `sliced`: only a slice of the work if that
   *  does not finish it (the document stays requested); a query's analysis is whole. */
  function analyze(uri: string, sliced: boolean): void {
    if (!engine.isDirty(uri)) { requested.delete(uri); return; }
    if (sliced) {
      const until = Date.now() + SLICE_MS;
      if (!engine.prepare(uri, () => Date.now() < until)) return;
    }
    requested.delete(uri);
    engine.analyze(uri);
    // A query's answer and its document's diagnostics go out together; otherwise the
    // diagnostics are finished and sent in a turn of their own (on a 2 MB story each
    // half is some 100 ms of a web worker's one thread).
    if (sliced) analysed.add(uri);
    else send(engine.publish(uri));
  }

  /** One piece of work: a query first (its document analysed first if edited, so the
   *  answer's offsets are the text's), else sending an analysed document's
   *  diagnostics, else a slice of the oldest requested analysis, else republishing
   *  after a settings change, else after a document's workflow changed. */
  function step(): void {
    scheduled = false;
    try {
      const query = queries.shift();
      if (query) {
        analyze(query.uri, false);
        try {
          post({ kind: 'reply', id: query.id, result: engine.answer(query.method, query.uri, query.params) ?? null });
        } catch (error) {
          post({ kind: 'fail', id: query.id, message: error instanceof Error ? error.message : String(error) });
        }
      } else if (analysed.size > 0) {
        const uri = analysed.values().next().value as string;
        const until = Date.now() + SLICE_MS;
        // taken off first: a finish that throws must not be tried again on every turn
        analysed.delete(uri);
        if (!engine.prepareFinish(uri, () => Date.now() < until)) analysed.add(uri);
        // edited since: a newer analysis is on its way (the message loop asks after the debounce)
        else if (!engine.isDirty(uri)) send(engine.publish(uri));
      } else if (requested.size > 0) {
        analyze(requested.values().next().value as string, true);
      } else if (republish) {
        republish = false;
        refinished.clear();
        for (const p of engine.publishAll()) send(p);
      } else if (refinished.size > 0) {
        const uri = refinished.values().next().value as string;
        refinished.delete(uri);
        if (!engine.isDirty(uri)) send(engine.publish(uri));
      }
    } catch (error) {
      post({ kind: 'log', level: 'error', message: `analysis thread: ${error instanceof Error ? error.stack ?? error.message : String(error)}` });
    }
    if (queries.length > 0 || analysed.size > 0 || requested.size > 0 || republish || refinished.size > 0) schedule();
  }

  return (message) => {
    try {
      switch (message.kind) {
        case 'open': engine.open(message.uri, message.languageId, message.version, message.text); return;
        case 'edit': engine.edit(message.uri, message.version, message.changes); return;
        case 'analyze': requested.add(message.uri); break;
        case 'refuse':
          requested.delete(message.uri);
          send(engine.refuse(message.uri, message.version, message.sizeKB, message.limitKB));
          return;
        case 'close':
          requested.delete(message.uri);
          analysed.delete(message.uri);
          engine.close(message.uri);
          return;
        case 'settings':
          engine.setSettings(message.settings);
          republish = true;
          break;
        case 'workflow':
          engine.setWorkflow(message.uri, message.workflow);
          if (engine.isDirty(message.uri)) requested.add(message.uri);
          else refinished.add(message.uri);
          break;
        case 'query': queries.push(message); break;
        case 'cancel': {
          const at = queries.findIndex((q) => q.id === message.id);
          if (at >= 0) queries.splice(at, 1);
          return;
        }
      }
    } catch (error) {
      // A bad edit (a range past the end) must not take the thread down.
      post({ kind: 'log', level: 'error', message: `analysis thread: ${message.kind}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    schedule();
  };
}
