// What the server's message loop (server.ts) needs from the platform it runs on:
// Node (nodeHost.ts: a worker thread, the project files on disk, an event-loop
// monitor) or a web worker (browser.ts: analysis in the worker, no file system).
import type { CancellationToken } from 'vscode-languageserver';
import type { ConfigProblem } from '../config/types';
import type { ReviewFile } from '../review/types';
import type { DocWorkflow, FromThread, QueryMethod, ToThread } from './threadMessages';

export interface ThreadEvents {
  diagnostics(message: Extract<FromThread, { kind: 'diagnostics' | 'diagnosticsJson' }>): void;
  log(level: 'error' | 'info', message: string): void;
  /** The thread was restarted: send it the settings and the open documents. */
  restarted(): void;
}

/** The analysis side: posts work, answers queries (see threadMessages.ts). */
export interface AnalysisPort {
  post(message: ToThread): void;
  query(uri: string, method: QueryMethod, params: unknown, token: CancellationToken): Promise<unknown>;
  stop(): Promise<void>;
}

/** A project file's problems, each time they change (none: they are gone); `uri` is the file's. */
export type ProblemsListener = (file: string, uri: string, text: string, problems: ConfigProblem[]) => void;

/** The project config and review files (workflow.ts on Node). */
export interface WorkflowFiles {
  /** What applies to the document; null when it is not a file on disk. */
  forDocument(uri: string): DocWorkflow | null;
  /** Forget what was read: a file changed. */
  invalidate(): void;
  /** Changes the story's records in the review file beside it; returns the file's
   *  name (a path on disk, or a URI where the client writes it). */
  updateReview(storyUri: string, change: (review: ReviewFile, story: string) => ReviewFile): string | Promise<string>;
}

export interface LoopDelay {
  maxMs(): number;
  p99Ms(): number;
  reset(): void;
}

export interface ServerHost {
  startAnalysis(events: ThreadEvents): AnalysisPort;
  /** The project files; `changed` is for hosts told of changes other than by the
   *  client's file watcher (the web worker's, whose client sends the files). */
  workflowFiles?(onProblems: ProblemsListener, changed: () => void): WorkflowFiles;
  /** The client reads and writes the project files for this server (protocol.ts's
   *  PROJECT_FILES_CAPABILITY): no file watcher is registered. */
  projectFilesFromClient?: boolean;
  /** How long the message loop stalled, where the platform can tell. */
  loopDelay?: LoopDelay;
}
