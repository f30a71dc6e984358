// The Sourcing Lens extension: a client of the language server (src/server), which
// analyses and answers every LSP feature (diagnostics, hovers, lenses, quick fixes).
// The client keeps what LSP has no verb for: which documents to analyse, the
// Sources view, the attributions QuickPick, the status bar, the report panel, and
// the commands that need VS Code's UI. node.ts (desktop) and web.ts (web worker)
// only say how the server is started. No Node built-in here: both hosts run this.
import * as vscode from 'vscode';
import { CodeLensRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import type { Analysis, FindingCode } from '../core/types';
import type { SeverityChoice } from '../core/severity';
import { COPY_SOURCE, SET_SEVERITY, SHOW_ATTRIBUTIONS } from '../server/protocol';
import { AttributionList, type ShownList } from './attributionList';
import { clientOptions } from './client';
import { Documents } from './documents';
import { ProjectFiles } from './projectConfig';
import { serveProjectFiles } from './projectFilesSync';
import { ReportPanel, SHOW_REPORT } from './reportPanel';
import { Selection } from './selection';
import { readInclude, SECTION, setSeverity } from './settings';
import { registerSignOffCommands } from './signOff';
import { SourcesView, type ShownNode } from './sourcesView';
import { StatusBar } from './statusBar';

/** Returned by `activate`: what the integration tests (and other extensions) use. */
export interface SourcingLensApi {
  /** The analysis of the document as its latest diagnostics were published (a copy
   *  from the server, kept from the first call on); undefined when not analysed. */
  analysis(uri: vscode.Uri): Analysis | undefined;
  /** Waits for a pending (debounced) re-analysis, then returns the result. */
  settled(uri: vscode.Uri): Promise<Analysis | undefined>;
  isAnalysed(uri: vscode.Uri): boolean;
  statusBarText(): string;
  /** What the Sources view shows now, expanded (labels and descriptions). */
  sourcesView(): ShownNode[];
  /** Activation as VS Code counts it: loading the bundle plus the activate() call, in ms. */
  activationMs: number;
}

/** Set by the bundle's first and last lines (scripts/build.mjs). */
declare const sourcingLensLoading: { started: number; ended: number } | undefined;

/** How the platform makes its client: the server as a Node process, or in a web worker. */
export type ClientFactory = (options: LanguageClientOptions) => Promise<BaseLanguageClient>;

/** Set for the active editor, so menus offer "Analyze" or "Stop Analyzing". */
const ACTIVE_ANALYSED = 'sourcingLens.activeAnalysed';
const HAS_DOCUMENTS = 'sourcingLens.hasDocuments';

/** The server's lenses carry the URI as a string; VS Code's callers pass a Uri. */
const uriOf = (uri: vscode.Uri | string | undefined) => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);

export function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): SourcingLensApi {
  const activateCalled = Date.now();
  const log = vscode.window.createOutputChannel('Sourcing Lens', { log: true });
  const projectFiles = new ProjectFiles(log);
  const selection = new Selection(context.workspaceState, projectFiles);
  selection.include = readInclude();
  const documents = new Documents(selection, log);
  /** Set once the platform has made it (the web one reads the server's bundle first). */
  let client: BaseLanguageClient | undefined;
  const statusBar = new StatusBar(documents);
  const sources = new SourcesView(documents);
  const report = new ReportPanel(documents);
  const list = new AttributionList(documents);

  const documentFor = async (uri?: vscode.Uri) =>
    uri ? vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;

  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', ACTIVE_ANALYSED, !!document && documents.isTracked(document.uri));
    // The Sources view stays hidden in workspaces where nothing is analysed.
    void vscode.commands.executeCommand('setContext', HAS_DOCUMENTS, documents.trackedDocuments().length > 0);
  };
  // New diagnostics come without an edit (settings, project files): ask for new lenses too.
  const refreshLenses = (uri: vscode.Uri) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document) client?.getFeature(CodeLensRequest.method).getProvider(document)?.onDidChangeCodeLensEmitter.fire();
  };

  context.subscriptions.push(
    log,
    documents,
    statusBar,
    sources,
    report,
    projectFiles,
    { dispose: () => void client?.stop() },
    projectFiles.onDidChange(() => documents.refreshAll()),
    vscode.workspace.onDidOpenTextDocument((d) => { if (documents.canAnalyze(d)) void projectFiles.lookUp(d.uri); }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    documents.onDidChange(updateContext),
    documents.onDidChange(refreshLenses),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${SECTION}.include`)) return;
      selection.include = readInclude();
      documents.refreshAll();
    }),

    vscode.commands.registerCommand('sourcingLens.analyzeFile', async (uri?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (!document || !documents.canAnalyze(document)) {
        void vscode.window.showInformationMessage('Sourcing Lens analyses plain text and Markdown files.');
        return;
      }
      await documents.setEnabled(document, true);
    }),
    vscode.commands.registerCommand('sourcingLens.stopAnalyzingFile', async (uri?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (document) await documents.setEnabled(document, false);
    }),
    vscode.commands.registerCommand(SHOW_ATTRIBUTIONS, (uri?: vscode.Uri | string, paragraph?: number): Promise<ShownList | undefined> =>
      list.show(uriOf(uri), paragraph)),
    vscode.commands.registerCommand(SHOW_REPORT, (uri?: vscode.Uri | string) => report.show(uriOf(uri))),
    vscode.commands.registerCommand(SET_SEVERITY, (code: FindingCode, value: SeverityChoice) => setSeverity(code, value)),
    vscode.commands.registerCommand(COPY_SOURCE, async (text: string) => {
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage('Sourcing Lens: source description copied', 3000);
    }),
    vscode.commands.registerCommand('sourcingLens.showLog', () => log.show()),
    ...registerSignOffCommands(() => client, documents, context.globalState),
  );
  updateContext();
  // Not awaited: activation must stay quick. The server is started once there is a
  // story to analyse (a workspace that only opens other text files pays nothing),
  // and the client then syncs the open stories itself.
  void projectFiles.load();
  let starting = false;
  const startServer = () => {
    if (starting || documents.trackedDocuments().length === 0) return;
    starting = true;
    createClient(clientOptions(documents, log))
      .then((created) => {
        client = created;
        documents.connect(created);
        return created.start();
      })
      .then(() => { if (client) context.subscriptions.push(serveProjectFiles(client, projectFiles)); })
      .catch((error: unknown) => log.error(`Sourcing Lens: the language server did not start: ${error instanceof Error ? error.message : String(error)}`));
  };
  context.subscriptions.push(documents.onDidChange(startServer));
  startServer();

  const loadingMs = typeof sourcingLensLoading === 'object' ? sourcingLensLoading.ended - sourcingLensLoading.started : 0;
  const activateMs = Date.now() - activateCalled;
  const activationMs = loadingMs + activateMs;
  log.info(`activated in ${activationMs} ms (loading the bundle ${loadingMs} ms, activate() ${activateMs} ms)`);

  return {
    activationMs,
    analysis: (uri) => documents.analysis(uri),
    settled: (uri) => documents.settled(uri),
    isAnalysed: (uri) => documents.isTracked(uri),
    statusBarText: () => statusBar.text,
    sourcesView: () => sources.shown(),
  };
}
