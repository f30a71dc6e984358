// The language server's message loop: document sync, settings, debouncing, and a
// thin relay of every feature request to the analysis thread, which does all the
// work. Nothing here is proportional to a document's analysis, so the loop answers
// within milliseconds while a 2 MB story is analysed. The project files (config and
// review file, workflow.ts) are read here and their meaning sent to the thread; the
// sign-off commands write the review file here, then the thread republishes. What
// the platform gives (a worker thread or not, a file system or not) is the host's
// (serverHost.ts): this loop is the same on Node and in a web worker.
import {
  CodeActionKind, DiagnosticSeverity, PublishDiagnosticsNotification, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification, TextDocumentSyncKind,
  type CancellationToken, type CodeAction, type PublishDiagnosticsParams, type CodeLens, type Connection, type Diagnostic, type DocumentSymbol, type Hover, type InitializeResult, type SymbolInformation,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_CODES, CODES } from '../core/codes';
import type { FindingCode } from '../core/types';
import type { SeverityChoice } from '../core/severity';
import { formatProblem, type ConfigProblem } from '../config/types';
import { addRecord, newRecord, revokeRecords, signOffAction, type ReviewRecord } from '../review';
import {
  ANALYSIS, ATTRIBUTIONS, CLIENT_COMMANDS_OPTION, COPY_SOURCE, FLAG, PROJECT_FILES_CAPABILITY, REPORT, SERVER_STATS, SET_SEVERITY, SHOW_ATTRIBUTIONS, SIGN_OFF_COMMANDS, SOURCES, STATUS,
  type FoundFlag, type ServerStats, type SignOffArgs, type SignOffResult,
} from './protocol';
import { parseSettings, SECTION, type ServerSettings } from './settings';
import { isProjectFile } from './projectFiles';
import { Preserialized } from './preserialized';
import type { ServerHost } from './serverHost';
import type { DocWorkflow, QueryMethod } from './threadMessages';

const SEVERITY_CHOICES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Problems of a config or review file listed in one message; the rest are in its diagnostics. */
const MAX_PROBLEM_LINES = 5;
const NO_WORKFLOW: DocWorkflow = { severity: {}, vocabulary: undefined, records: [], inWorkflow: false };

/** A project file's problems as diagnostics on the file itself. */
function problemDiagnostics(text: string, problems: readonly ConfigProblem[]): Diagnostic[] {
  const model = TextDocument.create('', 'json', 0, text);
  return problems.map((p) => ({
    range: { start: model.positionAt(p.start), end: model.positionAt(Math.min(text.length, Math.max(p.end, p.start + 1))) },
    severity: DiagnosticSeverity.Error,
    source: 'Sourcing Lens',
    message: `${p.key ? `${p.key}: ` : ''}${p.message}`,
  }));
}

interface Timer {
  handle: ReturnType<typeof setTimeout>;
  waiters: Array<() => void>;
}

/** The document a request is about, or an InvalidParams error for a malformed one. */
function uriOf(params: unknown): string | ResponseError<void> {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  return typeof uri === 'string' ? uri : new ResponseError(ErrorCodes.InvalidParams, 'expected params.textDocument.uri');
}

export function startServer(connection: Connection, host: ServerHost): void {
  const timers = new Map<string, Timer>();
  /** Documents already told they are over the size limit (one message each). */
  const warned = new Set<string>();
  /** The open documents, as the client's edits make them. */
  const documents = new Map<string, TextDocument>();
  /** Documents whose text the analysis thread has (it gets every edit of these). */
  const synced = new Set<string>();
  let fromClient: unknown; // the `sourcingLens` section as the client last sent it
  /** Codes turned off with the quick fix in clients that leave the command to us: this session only. */
  const overrides: Partial<Record<FindingCode, SeverityChoice>> = {};
  let settings: ServerSettings = parseSettings(undefined);
  let pullConfiguration = false;
  let hierarchicalSymbols = false;
  let watchFiles = false;

  // A notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
  const show = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message });

  // A bad config or review file: a warning naming file, line and key, and its problems
  // on the file itself (cleared once fixed); the defaults keep working meanwhile.
  const files = host.workflowFiles?.((file, uri, text, problems) => {
    void connection.sendDiagnostics({ uri, diagnostics: problemDiagnostics(text, problems) });
    if (!problems.length) return;
    const lines = problems.slice(0, MAX_PROBLEM_LINES).map((p) => formatProblem(file, p));
    if (problems.length > MAX_PROBLEM_LINES) lines.push(`and ${problems.length - MAX_PROBLEM_LINES} more`);
    show(MessageType.Warning, `Sourcing Lens: ${lines.join('; ')}. What is wrong is left at its default; the rest is used.`);
  }, () => rereadProjectFiles());
  /** Per open document, the workflow last sent to the thread (as JSON, to send changes only). */
  const sentWorkflows = new Map<string, string>();

  /** Sends the thread what the project files say about the document, if it changed. */
  function sendWorkflow(uri: string): void {
    const workflow = files?.forDocument(uri) ?? NO_WORKFLOW;
    const key = JSON.stringify(workflow);
    if (sentWorkflows.get(uri) === key) return;
    sentWorkflows.set(uri, key);
    thread.post({ kind: 'workflow', uri, workflow });
  }

  /** A config or review file changed (or was written): read them again for every
   *  open story; the thread finishes (or re-analyses) those it concerns and republishes. */
  function rereadProjectFiles(): void {
    files?.invalidate();
    for (const uri of documents.keys()) sendWorkflow(uri);
  }

  const thread = host.startAnalysis({
    diagnostics: (message) => {
      // An answer for a document closed meanwhile must not bring its problems back.
      if (!documents.has(message.uri)) return;
      if (message.kind === 'diagnostics') void connection.sendDiagnostics({ uri: message.uri, version: message.version, diagnostics: message.diagnostics });
      else void connection.sendNotification(PublishDiagnosticsNotification.type, new Preserialized(message.params) as unknown as PublishDiagnosticsParams);
    },
    log: (level, message) => (level === 'error' ? connection.console.error(message) : connection.console.info(message)),
    restarted: () => {
      synced.clear();
      sentWorkflows.clear();
      thread.post({ kind: 'settings', settings });
      for (const document of documents.values()) {
        sendWorkflow(document.uri);
        send(document);
      }
    },
  });

  const applySettings = (raw: unknown) => {
    fromClient = raw;
    const parsed = parseSettings(raw);
    settings = { ...parsed, severity: { ...parsed.severity, ...overrides } };
    thread.post({ kind: 'settings', settings });
    // The size limit may have changed: every document is sent again (an unchanged
    // text costs the analyzer nothing) and its diagnostics republished.
    for (const document of documents.values()) send(document);
  };

  const pullSettings = async () => {
    if (!pullConfiguration) return;
    try {
      applySettings(await connection.workspace.getConfiguration(SECTION));
    } catch (error) {
      connection.console.error(`Sourcing Lens: could not read the settings: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  /** Asks the thread to analyse the document's current text now (giving it the whole
   *  text if it has none), or refuses the document when it is over the size limit. */
  function send(document: TextDocument): void {
    const timer = timers.get(document.uri);
    if (timer) {
      clearTimeout(timer.handle);
      timers.delete(document.uri);
    }
    const text = document.getText();
    const sizeKB = text.length / 1024;
    if (sizeKB > settings.maxFileSizeKB) {
      const limitKB = settings.maxFileSizeKB;
      synced.delete(document.uri);
      thread.post({ kind: 'refuse', uri: document.uri, version: document.version, sizeKB: Math.ceil(sizeKB), limitKB });
      if (!warned.has(document.uri)) {
        warned.add(document.uri);
        show(MessageType.Warning,
          `Sourcing Lens: ${document.uri.split('/').pop()} is not analysed: ${Math.ceil(sizeKB)} KB is over the limit of ${limitKB} KB (setting sourcingLens.maxFileSizeKB).`);
      }
    } else {
      warned.delete(document.uri);
      if (!synced.has(document.uri)) {
        thread.post({ kind: 'open', uri: document.uri, languageId: document.languageId, version: document.version, text });
        synced.add(document.uri);
      }
      thread.post({ kind: 'analyze', uri: document.uri });
    }
    timer?.waiters.forEach((resolve) => resolve());
  }

  function schedule(document: TextDocument): void {
    const timer = timers.get(document.uri);
    if (timer) clearTimeout(timer.handle);
    const handle = setTimeout(() => send(document), settings.debounceMs);
    timers.set(document.uri, { handle, waiters: timer?.waiters ?? [] });
  }

  /** Resolves when the pending (debounced) analysis has been handed over; at once when none is. */
  const settled = (uri: string) => new Promise<void>((resolve) => {
    const timer = timers.get(uri);
    if (timer) timer.waiters.push(resolve);
    else resolve();
  });

  /** Providers that need exact offsets (hover, actions) send a pending edit now;
   *  the others (lenses, symbols, status) wait for the debounce, as the extension does. */
  // The thread answers with the type LSP expects for the method (see engine.ts).
  const relay = <R>(method: QueryMethod, flush: boolean) => async (params: unknown, token: CancellationToken): Promise<R | ResponseError<void>> => {
    const uri = uriOf(params);
    if (typeof uri !== 'string') return uri;
    const document = documents.get(uri);
    if (!document) return (method === 'status' ? { status: 'not-open' } : null) as R;
    if (flush && timers.has(uri)) send(document);
    else await settled(uri);
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return thread.query(uri, method, params, token) as Promise<R | ResponseError<void>>;
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullConfiguration = caps.workspace?.configuration === true;
    hierarchicalSymbols = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    watchFiles = !!files && !host.projectFilesFromClient && caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // Clients without workspace/configuration may pass the settings here.
    const options = params.initializationOptions as Record<string, unknown> | undefined;
    applySettings(options?.[SECTION] ?? options);
    // A client with its own UI for a command (the VS Code extension asks who signs
    // off, writes settings, uses the clipboard) runs it itself, and may then ask us.
    const clientCommands = Array.isArray(options?.[CLIENT_COMMANDS_OPTION]) ? options[CLIENT_COMMANDS_OPTION] as unknown[] : [];
    const commands = [SET_SEVERITY, COPY_SOURCE, ...Object.values(SIGN_OFF_COMMANDS)].filter((c) => !clientCommands.includes(c));
    return {
      capabilities: {
        // didSave: a saved config or review file is read again (also without a watcher).
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: { label: 'Sources' },
        executeCommandProvider: { commands },
        ...(host.projectFilesFromClient ? { experimental: { [PROJECT_FILES_CAPABILITY]: true } } : {}),
      },
      serverInfo: { name: 'sourcing-lens' },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.sourcinglens.json' }, { globPattern: '**/.sourcing-review.json' }],
      }).catch(() => undefined);
    }
    if (!pullConfiguration) return;
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
    void pullSettings();
  });

  connection.onDidChangeConfiguration((change) => {
    if (pullConfiguration) void pullSettings();
    else applySettings((change.settings as Record<string, unknown> | null)?.[SECTION] ?? fromClient);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (Array.isArray(changes) && changes.some((c) => typeof c?.uri === 'string' && isProjectFile(c.uri))) rereadProjectFiles();
  });
  connection.onDidSaveTextDocument(({ textDocument: t }) => {
    if (typeof t?.uri === 'string' && isProjectFile(t.uri)) rereadProjectFiles();
  });

  // Text sync by hand rather than with TextDocuments: the thread needs the client's
  // edits themselves, to keep its own copy of the text without receiving it whole.
  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    if (typeof t?.uri !== 'string' || typeof t.text !== 'string') return;
    // A config or review file opened with this server is read, not analysed as prose.
    if (isProjectFile(t.uri)) return;
    const document = TextDocument.create(t.uri, String(t.languageId ?? ''), Number(t.version) || 0, t.text);
    documents.set(t.uri, document);
    synced.delete(t.uri); // reopened: the thread gets the new text
    sendWorkflow(t.uri); // before the text, so the first analysis has the vocabulary
    send(document);
  });
  connection.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => {
    const document = typeof t?.uri === 'string' ? documents.get(t.uri) : undefined;
    if (!document || !Array.isArray(contentChanges)) return;
    TextDocument.update(document, contentChanges, Number(t.version) || document.version + 1);
    if (synced.has(document.uri)) thread.post({ kind: 'edit', uri: document.uri, version: document.version, changes: contentChanges });
    schedule(document);
  });
  connection.onDidCloseTextDocument(({ textDocument: t }) => {
    const uri = t?.uri;
    if (typeof uri !== 'string' || !documents.has(uri)) return;
    const timer = timers.get(uri);
    if (timer) clearTimeout(timer.handle);
    timers.delete(uri);
    warned.delete(uri);
    synced.delete(uri);
    sentWorkflows.delete(uri);
    documents.delete(uri);
    thread.post({ kind: 'close', uri });
    timer?.waiters.forEach((resolve) => resolve());
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(relay<Hover | null>('hover', true));
  connection.onCodeAction(relay<CodeAction[]>('codeAction', true));
  connection.onCodeLens(relay<CodeLens[]>('codeLens', false));
  connection.onDocumentSymbol((params, token) => relay<DocumentSymbol[] | SymbolInformation[]>(hierarchicalSymbols ? 'documentSymbol' : 'flatDocumentSymbol', false)(params, token));
  connection.onRequest(STATUS, relay('status', false));
  connection.onRequest(ATTRIBUTIONS, relay('attributions', true));
  connection.onRequest(SOURCES, relay('sources', true));
  connection.onRequest(ANALYSIS, relay('analysis', false));
  connection.onRequest(FLAG, relay('flag', true));
  connection.onRequest(REPORT, relay('report', true));
  const loop = host.loopDelay;
  if (loop) {
    connection.onRequest(SERVER_STATS, (params: { reset?: boolean } | null): ServerStats => {
      const stats = { eventLoopMaxMs: loop.maxMs(), eventLoopP99Ms: loop.p99Ms() };
      if (params?.reset) loop.reset();
      return stats;
    });
  }

  connection.onExecuteCommand(async (params, token) => {
    const args = params.arguments ?? [];
    switch (params.command) {
      case SET_SEVERITY: {
        const [code, value] = args;
        if (!ALL_CODES.includes(code as FindingCode) || !SEVERITY_CHOICES.includes(value as string)) {
          return new ResponseError(ErrorCodes.InvalidParams, `${SET_SEVERITY} takes a finding code and one of ${SEVERITY_CHOICES.join(', ')}`);
        }
        overrides[code as FindingCode] = value as SeverityChoice;
        applySettings(fromClient);
        show(MessageType.Info,
          `Sourcing Lens: “${CODES[code as FindingCode].title}” is ${value} for this session; set sourcingLens.severity.${code} in your editor's settings to keep it.`);
        return null;
      }
      case COPY_SOURCE:
        // The server has no clipboard: show the text, which the editor lets one copy.
        if (typeof args[0] !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `${COPY_SOURCE} takes the text to show`);
        show(MessageType.Info, args[0]);
        return null;
      case SHOW_ATTRIBUTIONS: {
        // A lens clicked in an editor with no list of its own: answer with the list.
        const uri = typeof args[0] === 'string' ? args[0] : undefined;
        if (!uri) return new ResponseError(ErrorCodes.InvalidParams, `${SHOW_ATTRIBUTIONS} takes a document URI`);
        const paragraph = typeof args[1] === 'number' ? args[1] : undefined;
        return relay('attributions', true)({ textDocument: { uri }, paragraph }, token);
      }
      case SIGN_OFF_COMMANDS.approve: return signOff('approve', args[0], token);
      case SIGN_OFF_COMMANDS.verify: return signOff('verify', args[0], token);
      case SIGN_OFF_COMMANDS.ignore: return signOff('ignore', args[0], token);
      case SIGN_OFF_COMMANDS.revoke: return signOff('revoke', args[0], token);
      default:
        return new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
    }
  });

  /** approve / verify / ignore a flag, or revoke its sign-off: the record is written
   *  to the review file beside the story (src/review's record functions), then every
   *  open story is finished anew and republished. */
  async function signOff(kind: 'approve' | 'verify' | 'ignore' | 'revoke', raw: unknown, token: CancellationToken): Promise<SignOffResult | ResponseError<void>> {
    const command = SIGN_OFF_COMMANDS[kind];
    const fail = (message: string) => new ResponseError<void>(ErrorCodes.InvalidParams, `${command}: ${message}`);
    const args = (typeof raw === 'object' && raw !== null ? raw : {}) as SignOffArgs;
    if (typeof args.uri !== 'string') return fail('takes one argument { uri, code and range | findingIndex | anchor, by, note } (see docs/lsp.md)');
    const by = typeof args.by === 'string' ? args.by.trim() : '';
    if (kind !== 'revoke' && !by) return fail('`by` is needed: the record says who signed it off (LSP has no input box: the client asks and adds it to the arguments)');
    const document = documents.get(args.uri);
    if (!document) return fail(`${args.uri} is not open`);
    if (!files) return fail('this server has no file system to keep a review file in');
    if (timers.has(args.uri)) send(document);
    const found = await thread.query(args.uri, 'flag', args, token) as FoundFlag | null | ResponseError<void>;
    if (found instanceof ResponseError) return found;
    if (!found?.anchor) return fail('no such flag in the document now (the text changed?); ask again with the new diagnostics');
    let result: SignOffResult;
    try {
      if (kind === 'revoke') {
        const review = found.review;
        if (!review || review.state === 'pending') return fail('that flag has no sign-off to revoke');
        // A stale record has another sentence: revoke it by its phrase alone.
        const anchor = review.state === 'stale' ? { phrase: review.phrase } : { phrase: review.phrase, sentence: review.sentence };
        let removed = 0;
        const file = await files.updateReview(args.uri, (current, story) => {
          const r = revokeRecords(current, story, anchor, ['approve', 'verify']);
          removed = r.removed;
          return r.review;
        });
        result = { file, removed };
        show(MessageType.Info, `Sourcing Lens: sign-off of “${review.phrase}” revoked (${removed} record${removed === 1 ? '' : 's'} removed from ${file}).`);
      } else {
        if (kind !== 'ignore' && signOffAction(found.code) !== kind) {
          return fail(`a ${found.code} flag cannot be ${kind === 'approve' ? 'approved (approve is for anonymous sources)' : 'verified (verify is for figures)'}`);
        }
        const note = typeof args.note === 'string' ? args.note : '';
        const record: ReviewRecord = newRecord({ action: kind, ...(kind === 'ignore' ? { code: found.code } : {}), phrase: found.anchor.phrase, sentence: found.anchor.sentence, by, note }, new Date());
        const file = await files.updateReview(args.uri, (current, story) => addRecord(current, story, record));
        result = { file, record };
        const done = kind === 'approve' ? 'approved' : kind === 'verify' ? 'verified' : 'ignored';
        show(MessageType.Info, `Sourcing Lens: “${record.phrase}” ${done} by ${record.by}, recorded in ${file}.`);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      show(MessageType.Error, `Sourcing Lens: ${message}`);
      return new ResponseError(ErrorCodes.InternalError, `${command}: ${message}`);
    }
    rereadProjectFiles();
    return result;
  }

  connection.onShutdown(async () => {
    for (const timer of timers.values()) clearTimeout(timer.handle);
    timers.clear();
    await thread.stop();
  });

  connection.listen();
}
