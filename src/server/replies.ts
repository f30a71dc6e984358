// Queries to the analysis side and their replies, matched by id; a cancelled query is
// answered at once (the analysis side drops it if it has not run). Shared by the
// worker thread (analysisThread.ts) and the in-process analysis (inlineThread.ts).
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { ThreadEvents } from './serverHost';
import type { FromThread, QueryMethod, ToThread } from './threadMessages';

export class Replies {
  private readonly waiting = new Map<number, (value: unknown) => void>();
  private nextId = 1;

  /** Posts the query; resolves with the reply, or a RequestCancelled error on cancel. */
  ask(post: (message: ToThread) => void, uri: string, method: QueryMethod, params: unknown, token: CancellationToken): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const cancel = token.onCancellationRequested(() => {
        this.waiting.delete(id);
        post({ kind: 'cancel', id });
        resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'));
      });
      this.waiting.set(id, (value) => { cancel.dispose(); resolve(value); });
      post({ kind: 'query', id, uri, method, params });
    });
  }

  /** A message from the analysis side: diagnostics and log lines go to `events`, replies to their queries. */
  receive(message: FromThread, events: ThreadEvents): void {
    switch (message.kind) {
      case 'diagnostics':
      case 'diagnosticsJson': events.diagnostics(message); return;
      case 'log': events.log(message.level, message.message); return;
      case 'reply':
      case 'fail': this.settle(message);
    }
  }

  settle(message: Extract<FromThread, { kind: 'reply' | 'fail' }>): void {
    const resolve = this.waiting.get(message.id);
    if (!resolve) return; // cancelled meanwhile
    this.waiting.delete(message.id);
    resolve(message.kind === 'reply' ? message.result : new ResponseError(ErrorCodes.InternalError, message.message));
  }

  /** The analysis side is gone: every open query fails with this message. */
  failAll(message: string): void {
    for (const [id, resolve] of this.waiting) {
      this.waiting.delete(id);
      resolve(new ResponseError(ErrorCodes.InternalError, message));
    }
  }
}
