// The web worker server's analysis side: the same scheduler as the Node server's
// thread (scheduler.ts), run in the worker itself. A web worker is already off the
// editor's UI thread; one piece of work per setTimeout turn lets edits and
// cancellations that arrive meanwhile be seen before the next.
import type { CancellationToken } from 'vscode-languageserver';
import { Replies } from './replies';
import { analysisScheduler } from './scheduler';
import type { AnalysisPort, ThreadEvents } from './serverHost';
import type { FromThread, QueryMethod, ToThread } from './threadMessages';

export class InlineThread implements AnalysisPort {
  private readonly replies = new Replies();
  private readonly receive: (message: ToThread) => void;
  private stopped = false;

  constructor(private readonly events: ThreadEvents) {
    this.receive = analysisScheduler((m) => this.fromScheduler(m), (step) => setTimeout(step, 0));
  }

  post(message: ToThread): void {
    if (!this.stopped) this.receive(message);
  }

  query(uri: string, method: QueryMethod, params: unknown, token: CancellationToken): Promise<unknown> {
    return this.replies.ask((m) => this.post(m), uri, method, params, token);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.replies.failAll('Sourcing Lens: the server is shutting down');
  }

  private fromScheduler(message: FromThread): void {
    this.replies.receive(message, this.events);
  }
}
