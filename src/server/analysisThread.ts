// The Node server's analysis side: a worker thread (worker.ts), so the message loop
// answers within milliseconds while a 2 MB story is analysed. Should the thread die
// (out of memory on a pathological file), it is started again and told the settings
// and every open document anew.
import { Worker } from 'node:worker_threads';
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { Replies } from './replies';
import type { AnalysisPort, ThreadEvents } from './serverHost';
import type { FromThread, QueryMethod, ToThread } from './threadMessages';

/** Restarts allowed before giving up: a file that kills the thread every time must
 *  not keep the machine busy forever. */
const MAX_RESTARTS = 5;

export class AnalysisThread implements AnalysisPort {
  private worker: Worker;
  private readonly replies = new Replies();
  private restarts = 0;
  private stopped = false;

  constructor(private readonly file: string, private readonly events: ThreadEvents) {
    this.worker = this.start();
  }

  post(message: ToThread): void {
    if (!this.stopped) this.worker.postMessage(message);
  }

  query(uri: string, method: QueryMethod, params: unknown, token: CancellationToken): Promise<unknown> {
    if (this.stopped) return Promise.resolve(new ResponseError(ErrorCodes.InternalError, 'Sourcing Lens: the analysis thread has stopped'));
    return this.replies.ask((m) => this.post(m), uri, method, params, token);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.file);
    worker.on('message', (message: FromThread) => this.receive(message));
    worker.on('error', (error) => this.events.log('error', `analysis thread failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => {
      if (this.stopped) return;
      this.replies.failAll(`Sourcing Lens: the analysis thread stopped (exit code ${code})`);
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
    this.replies.receive(message, this.events);
  }
}
