// The message loop's handle on the analysis thread (worker.ts): posts work, matches
// replies to queries, and answers a cancelled query at once (the thread drops it if
// it has not run). Should the thread die (out of memory on a pathological file), it
// is started again and told the settings and every open document anew.
import { Worker } from 'node:worker_threads';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { FromThread, QueryMethod, ToThread } from './threadMessages';

/** Restarts allowed before giving up: a file that kills the thread every time must
 *  not keep the machine busy forever. */
const MAX_RESTARTS = 5;

interface Waiting {
  resolve: (value: unknown) => void;
}

export interface ThreadEvents {
  diagnostics(message: Extract<FromThread, { kind: 'diagnostics' }>): void;
  log(level: 'error' | 'info', message: string): void;
  /** The thread was restarted: send it the settings and the open documents. */
  restarted(): void;
}

export class AnalysisThread {
  private worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private restarts = 0;
  private stopped = false;

  constructor(private readonly file: string, private readonly events: ThreadEvents) {
    this.worker = this.start();
  }

  post(message: ToThread): void {
    if (!this.stopped) this.worker.postMessage(message);
  }

  /** The thread's answer, or a RequestCancelled error as soon as the client cancels. */
  query(uri: string, method: QueryMethod, params: unknown, token: CancellationToken): Promise<unknown> {
    if (this.stopped) return Promise.resolve(new ResponseError(ErrorCodes.InternalError, 'Sourcing Lens: the analysis thread has stopped'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      const cancel = token.onCancellationRequested(() => {
        this.waiting.delete(id);
        this.post({ kind: 'cancel', id });
        resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'));
      });
      this.waiting.set(id, { resolve: (value) => { cancel.dispose(); resolve(value); } });
      this.post({ kind: 'query', id, uri, method, params });
    });
  }

  stop(): Promise<number> {
    this.stopped = true;
    return this.worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.file);
    worker.on('message', (message: FromThread) => this.receive(message));
    worker.on('error', (error) => this.events.log('error', `analysis thread failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => {
      if (this.stopped) return;
      for (const [id, w] of this.waiting) {
        this.waiting.delete(id);
        w.resolve(new ResponseError(ErrorCodes.InternalError, `Sourcing Lens: the analysis thread stopped (exit code ${code})`));
      }
      if (this.restarts >= MAX_RESTARTS) {
        this.stopped = true;
        this.events.log('error', `analysis thread stopped ${MAX_RESTARTS + 1} times; not starting it again`);
        return;
      }
      this.restarts++;
      this.events.log('error', `analysis thread stopped (exit code ${code}); starting it again`);
      this.worker = this.start();
      this.events.restarted();
    });
    return worker;
  }

  private receive(message: FromThread): void {
    switch (message.kind) {
      case 'diagnostics': this.events.diagnostics(message); return;
      case 'log': this.events.log(message.level, message.message); return;
      case 'reply':
      case 'fail': {
        const w = this.waiting.get(message.id);
        if (!w) return; // cancelled meanwhile
        this.waiting.delete(message.id);
        w.resolve(message.kind === 'reply' ? message.result : new ResponseError(ErrorCodes.InternalError, message.message));
      }
    }
  }
}
