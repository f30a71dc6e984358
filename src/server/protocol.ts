// What LSP has no verb for: the custom requests a client (the VS Code extension's
// list, tree and status bar, or any editor's plugin) sends, with their answers.
// Plain JSON; ranges are LSP ranges of the document's current version.
import type { Range, TextDocumentIdentifier } from 'vscode-languageserver';
import type { FindingCode, FindingReview, SourceGroupKind, SourceType, Summary } from '../core';
import type { ReviewRecord } from '../review';

export interface DocumentParams {
  textDocument: TextDocumentIdentifier;
}

/** `sourcingLens/status`: whether the document is analysed, and its counts (`hidden`:
 *  over maxProblems; `suppressed`: silenced by a comment or an ignore record). */
export const STATUS = 'sourcingLens/status';
export type DocumentStatus =
  | { status: 'analysed'; summary: Summary; summaryLine: string; shown: number; hidden: number; suppressed: number; millis: number; version: number }
  | { status: 'too-large'; sizeKB: number; limitKB: number; version: number }
  | { status: 'failed'; error: string; version: number }
  | { status: 'not-open' };

/** `sourcingLens/attributions`: the list behind Show All Attributions, grouped
 *  anonymous → named → documents, then the unattributed figures. */
export const ATTRIBUTIONS = 'sourcingLens/attributions';
export interface AttributionsParams extends DocumentParams {
  /** Only this paragraph (0-based), as the paragraph lenses ask. */
  paragraph?: number;
}
export interface ListItem {
  /** A heading ("Anonymous sources (3)") rather than an entry. */
  separator: boolean;
  label: string;
  description?: string;
  detail?: string;
  /** A codicon name for the entry ("person", "eye-closed", "symbol-number"). */
  icon?: string;
  range?: Range;
}
export interface AttributionList {
  items: ListItem[];
}

/** `sourcingLens/sources`: the Sources view, sources grouped by type, then mentions. */
export const SOURCES = 'sourcingLens/sources';
export interface SourceNode {
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  kind: 'group' | 'source' | 'mention';
  group?: SourceGroupKind;
  type?: SourceType;
  range?: Range;
  children: SourceNode[];
}

/** `sourcingLens/analysis`: the document's whole Analysis (src/core), its findings
 *  finished (settings, project config, suppressions, sign-off records); null when
 *  the document is not analysed. Large (a copy of every span): for clients that draw
 *  what LSP cannot (the VS Code extension's report panel, its API for tests). */
export const ANALYSIS = 'sourcingLens/analysis';

/** `sourcingLens/report`: the story's section of the sourcing report (src/report),
 *  as HTML for a webview (its marks carry data-start / data-end offsets); null when
 *  the document is not analysed. */
export const REPORT = 'sourcingLens/report';
export interface ReportParams extends DocumentParams {
  /** The heading: the file's name, as the editor shows it. */
  title: string;
}

/** `sourcingLens/flag` (params: a FlagArgs with `textDocument`): the flag the sign-off
 *  commands would act on, with its anchor phrase (a client shows it while asking who
 *  signs off); null when there is no such flag. */
export const FLAG = 'sourcingLens/flag';

/** initializationOptions key: the commands the client carries out itself (its own
 *  UI), left out of executeCommandProvider so the client may register them. */
export const CLIENT_COMMANDS_OPTION = 'clientCommands';

/** A server with no file system (the web worker's) has the client read the project
 *  files for it: it says so with this experimental capability; the client then
 *  sends every config and review file's text (PROJECT_FILES, again on each change)
 *  and writes the review file when the server asks (WRITE_FILE). */
export const PROJECT_FILES_CAPABILITY = 'sourcingLensProjectFiles';
/** client → server notification: project files by URI; `text` null: the file is gone. */
export const PROJECT_FILES = 'sourcingLens/projectFiles';
export interface ProjectFilesParams {
  files: Array<{ uri: string; text: string | null }>;
}
/** server → client request: write this text to the file (a review file after a sign-off). */
export const WRITE_FILE = 'sourcingLens/writeFile';
export interface WriteFileParams {
  uri: string;
  text: string;
}

/** `sourcingLens/serverStats`: how responsive the server's message loop has been
 *  since the last call with `reset` (or since start): the longest stall, in ms. */
export const SERVER_STATS = 'sourcingLens/serverStats';
export interface ServerStats {
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
}

/** Commands the server carries out itself when a client asks (workspace/executeCommand). */
export const SET_SEVERITY = 'sourcingLens.setSeverity';
export const COPY_SOURCE = 'sourcingLens.copySourceDescription';
/** Run by the lenses; a client shows the list (the server has no UI for it). */
export const SHOW_ATTRIBUTIONS = 'sourcingLens.showAttributions';

/** The newsroom workflow's commands (docs/lsp.md): sign off a flag, ignore it in the
 *  review file (plain text), or revoke a sign-off. One argument, a SignOffArgs. */
export const SIGN_OFF_COMMANDS = {
  approve: 'sourcingLens.approve',
  verify: 'sourcingLens.verify',
  ignore: 'sourcingLens.ignore',
  revoke: 'sourcingLens.revokeSignOff',
} as const;

/** Which flag: `code` and `range` (as the diagnostic has them), or `findingIndex`
 *  (its place in the document's latest published diagnostics), or `anchor` (the
 *  phrase, and optionally the sentence fingerprint, of a review record). */
export interface FlagArgs {
  uri: string;
  code?: FindingCode;
  range?: Range;
  findingIndex?: number;
  anchor?: { phrase: string; sentence?: string };
}

/** What the code actions' commands carry is a FlagArgs; a client adds who and why
 *  before executing one (approve, verify, ignore; revoke needs neither). */
export interface SignOffArgs extends FlagArgs {
  /** Who signs off. */
  by?: string;
  /** approve: why anonymity was granted; verify: what confirms the figure (a URL or
   *  a note); ignore: why (optional). */
  note?: string;
}

/** The answer to a sign-off command: the record written, or how many were revoked. */
export interface SignOffResult {
  file: string;
  record?: ReviewRecord;
  removed?: number;
}

/** The flag as the analysis thread finds it (the 'flag' query). */
export interface FoundFlag {
  code: FindingCode;
  anchor: { phrase: string; sentence: string } | null;
  review: FindingReview | null;
}
