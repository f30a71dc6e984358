// Messages between the server's message loop (server.ts) and its analysis thread
// (worker.ts). The analysis, which takes seconds on a 2 MB story, never runs on the
// message loop; the thread keeps each document's analyzer and answers the feature
// requests from it, so only small answers cross back (never a whole Analysis).
import type { Diagnostic } from 'vscode-languageserver';
import type { ServerSettings } from './settings';

/** The requests the thread answers; their params are the LSP (or custom) params. */
export type QueryMethod =
  | 'hover' | 'codeLens' | 'codeAction' | 'documentSymbol' | 'flatDocumentSymbol'
  | 'status' | 'attributions' | 'sources';

export type ToThread =
  | { kind: 'settings'; settings: ServerSettings }
  | { kind: 'analyze'; uri: string; languageId: string; version: number; text: string }
  /** Over the size limit: not analysed, and its paragraph cache dropped. */
  | { kind: 'refuse'; uri: string; version: number; sizeKB: number; limitKB: number }
  | { kind: 'close'; uri: string }
  | { kind: 'query'; id: number; uri: string; method: QueryMethod; params: unknown }
  /** The client cancelled the query: drop it if it has not run yet. */
  | { kind: 'cancel'; id: number };

export type FromThread =
  | { kind: 'diagnostics'; uri: string; version: number; diagnostics: Diagnostic[] }
  | { kind: 'reply'; id: number; result: unknown }
  | { kind: 'fail'; id: number; message: string }
  | { kind: 'log'; level: 'error' | 'info'; message: string };
