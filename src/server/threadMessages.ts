// Messages between the server's message loop (server.ts) and its analysis thread
// (worker.ts). The analysis, which takes seconds on a 2 MB story, never runs on the
// message loop; the thread keeps each document's analyzer and answers the feature
// requests from it, so only small answers cross back (never a whole Analysis).
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { SeverityLayer } from '../config';
import type { HouseVocabulary } from '../core/types';
import type { ReviewRecord } from '../review/types';
import type { ServerSettings } from './settings';

/** What the project files say about one document (read by the message loop,
 *  workflow.ts): its config's severities and vocabulary, its sign-off records. */
export interface DocWorkflow {
  severity: SeverityLayer;
  vocabulary: HouseVocabulary | undefined;
  records: ReviewRecord[];
  /** A config or a review file applies: only then are flags called "pending". */
  inWorkflow: boolean;
}

/** The requests the thread answers; their params are the LSP (or custom) params. */
export type QueryMethod =
  | 'hover' | 'codeLens' | 'codeAction' | 'documentSymbol' | 'flatDocumentSymbol'
  | 'status' | 'attributions' | 'sources' | 'analysis' | 'report'
  /** The flag a sign-off command is about (features/flag.ts). */
  | 'flag';

export type ToThread =
  | { kind: 'settings'; settings: ServerSettings }
  /** The document's project config and records changed: finish its findings anew. */
  | { kind: 'workflow'; uri: string; workflow: DocWorkflow }
  /** The whole text: on open, and whenever the thread does not have it. */
  | { kind: 'open'; uri: string; languageId: string; version: number; text: string }
  /** The client's edits, passed on as they come (applying them costs little; the
   *  thread keeps its own text model, so a 1 MB story is not copied per keystroke). */
  | { kind: 'edit'; uri: string; version: number; changes: TextDocumentContentChangeEvent[] }
  /** Analyse the current text (after the debounce, or now for a hover). */
  | { kind: 'analyze'; uri: string }
  /** Over the size limit: not analysed; the thread drops its text and paragraph cache. */
  | { kind: 'refuse'; uri: string; version: number; sizeKB: number; limitKB: number }
  | { kind: 'close'; uri: string }
  | { kind: 'query'; id: number; uri: string; method: QueryMethod; params: unknown }
  /** The client cancelled the query: drop it if it has not run yet. */
  | { kind: 'cancel'; id: number };

export type FromThread =
  | { kind: 'diagnostics'; uri: string; version: number; diagnostics: Diagnostic[] }
  /** The same as JSON text: the whole PublishDiagnosticsParams (see preserialized.ts). */
  | { kind: 'diagnosticsJson'; uri: string; version: number; params: string }
  | { kind: 'reply'; id: number; result: unknown }
  | { kind: 'fail'; id: number; message: string }
  | { kind: 'log'; level: 'error' | 'info'; message: string };
