// The documents Sourcing Lens analyses, and what the language server last said about
// each. The selection (selection.ts) decides which open documents are tracked; only
// those are synced to the server (the client's middleware: didOpen, didChange,
// didClose), and toggling one sends it or takes it back. When the server publishes a
// document's diagnostics, its status (and, once the API is used, its whole Analysis)
// is asked first and all three change together: the status bar, the API and Problems
// never disagree. Every feature that is not plain LSP reads from here.
import * as vscode from 'vscode';
import {
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, State,
  type BaseLanguageClient, type Middleware,
} from 'vscode-languageclient';
import type { Analysis } from '../core/types';
import { isProjectFile } from '../server/projectFiles';
import { ANALYSIS, STATUS, type DocumentStatus } from '../server/protocol';
import type { Selection } from './selection';

export class Documents implements vscode.Disposable {
  private readonly tracked = new Map<string, vscode.TextDocument>();
  /** Tracked documents the server has been sent (didOpen) and not yet closed. */
  private readonly sent = new Set<string>();
  private readonly states = new Map<string, DocumentStatus>();
  /** Copies of the analyses, kept only once the API asks for them (they are large). */
  private readonly analyses = new Map<string, Analysis>();
  private keepingAnalyses = false;
  /** Per document, the publication being handled: handled in the order they come. */
  private readonly publishing = new Map<string, Promise<void>>();
  private client: BaseLanguageClient | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** A document's state changed, or it stopped being tracked. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly selection: Selection, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // The client's didClose (middleware below) tells the server.
        this.untrack(d.uri.toString());
        this.selection.closed(d);
      }),
    );
    this.refreshAll();
  }

  /** What the client does with documents: only tracked ones reach the server. */
  readonly middleware: Middleware = {
    didOpen: (document, next) => {
      const key = document.uri.toString();
      if (!this.tracked.has(key) || this.sent.has(key)) return Promise.resolve();
      this.sent.add(key);
      return next(document);
    },
    didChange: (event, next) => (this.sent.has(event.document.uri.toString()) ? next(event) : Promise.resolve()),
    didClose: (document, next) => (this.sent.delete(document.uri.toString()) ? next(document) : Promise.resolve()),
    handleDiagnostics: (uri, diagnostics, next) => this.published(uri, diagnostics, next),
  };

  /** The client, once created: toggles and restarts sync documents through it. */
  connect(client: BaseLanguageClient): void {
    this.client = client;
    this.disposables.push(client.onDidChangeState(({ newState }) => {
      // A restarted server knows nothing: everything is sent again.
      if (newState === State.Running) for (const document of this.tracked.values()) this.send(document);
      else this.sent.clear();
    }));
  }

  isTracked(uri: vscode.Uri): boolean {
    return this.tracked.has(uri.toString());
  }

  trackedDocuments(): vscode.TextDocument[] {
    return [...this.tracked.values()];
  }

  canAnalyze(document: vscode.TextDocument): boolean {
    return this.selection.canAnalyze(document);
  }

  /** What the server last said about the document (with its latest diagnostics). */
  status(uri: vscode.Uri): DocumentStatus | undefined {
    return this.states.get(uri.toString());
  }

  /** The copy of the document's analysis that came with its latest diagnostics. */
  analysis(uri: vscode.Uri): Analysis | undefined {
    this.keepAnalyses();
    return this.analyses.get(uri.toString());
  }

  /** The analysis of the document's current text, asked of the server (which waits
   *  for its debounce); undefined when the document is not analysed. */
  async settled(uri: vscode.Uri): Promise<Analysis | undefined> {
    this.keepAnalyses();
    if (!this.tracked.has(uri.toString())) return undefined;
    return (await this.ask<Analysis>(ANALYSIS, uri)) ?? undefined;
  }

  /** A custom request about a tracked document (protocol.ts); null when the server
   *  is not there yet or does not have the document. */
  async ask<R>(method: string, uri: vscode.Uri, params: object = {}): Promise<R | null> {
    const client = this.client;
    if (!client || !this.sent.has(uri.toString())) return null;
    return client.sendRequest<R | null>(method, { textDocument: { uri: uri.toString() }, ...params });
  }

  async setEnabled(document: vscode.TextDocument, on: boolean): Promise<void> {
    await this.selection.setEnabled(document, on);
    this.refresh(document);
  }

  /** The settings or a project config changed: the selection may have too. */
  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private refresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const wanted = this.selection.wanted(document);
    if (wanted && !this.tracked.has(key)) {
      this.tracked.set(key, document);
      this.send(document);
      this.changed.fire(document.uri);
    } else if (!wanted && this.tracked.has(key)) {
      this.untrack(key);
      if (this.sent.delete(key)) void this.client?.sendNotification(DidCloseTextDocumentNotification.type, this.client.code2ProtocolConverter.asCloseTextDocumentParams(document));
    }
  }

  private untrack(key: string): void {
    const document = this.tracked.get(key);
    if (!document) return;
    this.tracked.delete(key);
    this.states.delete(key);
    this.analyses.delete(key);
    this.changed.fire(document.uri);
  }

  /** didOpen, unless the server has it or the client is not running yet (it sends
   *  the open documents itself when it starts, through the middleware). */
  private send(document: vscode.TextDocument): void {
    const client = this.client;
    const key = document.uri.toString();
    if (!client?.isRunning() || this.sent.has(key)) return;
    this.sent.add(key);
    void client.sendNotification(DidOpenTextDocumentNotification.type, client.code2ProtocolConverter.asOpenTextDocumentParams(document));
  }

  private keepAnalyses(): void {
    if (this.keepingAnalyses) return;
    this.keepingAnalyses = true;
    for (const document of this.tracked.values()) this.enqueue(document.uri, () => this.refetch(document.uri));
  }

  private async refetch(uri: vscode.Uri): Promise<void> {
    const analysis = await this.ask<Analysis>(ANALYSIS, uri);
    if (analysis && this.tracked.has(uri.toString())) this.analyses.set(uri.toString(), analysis);
  }

  private published(uri: vscode.Uri, diagnostics: vscode.Diagnostic[], next: (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void): void {
    const key = uri.toString();
    // A config or review file's own problems: shown as they are.
    if (isProjectFile(key)) return next(uri, diagnostics);
    this.enqueue(uri, async () => {
      if (!this.tracked.has(key)) return next(uri, []);
      const [status, analysis] = await Promise.all([
        this.ask<DocumentStatus>(STATUS, uri),
        this.keepingAnalyses ? this.ask<Analysis>(ANALYSIS, uri) : Promise.resolve(null),
      ]);
      // Untracked while we asked: its problems must not come back.
      if (!this.tracked.has(key)) return next(uri, []);
      if (status) this.states.set(key, status);
      if (analysis) this.analyses.set(key, analysis);
      else this.analyses.delete(key);
      next(uri, diagnostics);
      this.changed.fire(uri);
    });
  }

  private enqueue(uri: vscode.Uri, work: () => Promise<void> | void): void {
    const key = uri.toString();
    const run = (this.publishing.get(key) ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => this.log.error(`Sourcing Lens: ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`));
    this.publishing.set(key, run);
    void run.then(() => { if (this.publishing.get(key) === run) this.publishing.delete(key); });
  }
}
