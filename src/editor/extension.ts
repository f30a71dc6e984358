// Entry point of the Sourcing Lens extension: wires one document cache to the
// features that show it. Runs in the desktop (Node) and web extension hosts alike,
// so nothing here may import a Node built-in.
import * as vscode from 'vscode';
import type { Analysis, FindingCode } from '../core';
import { AttributionList, type ShownList } from './attributionList';
import { CodeLensProvider, SHOW_ATTRIBUTIONS } from './codeLenses';
import { Diagnostics } from './diagnostics';
import { DocumentCache, LANGUAGES } from './documentCache';
import { HoverProvider } from './hovers';
import { COPY_SOURCE, QuickFixProvider, SET_SEVERITY } from './quickFixes';
import { ReportPanel, SHOW_REPORT } from './reportPanel';
import { readSettings, SECTION, setSeverity, type SeveritySetting } from './settings';
import { SourcesView, type ShownNode } from './sourcesView';
import { StatusBar } from './statusBar';
import { ProjectFiles } from './projectConfig';
import { cacheWorkflow } from './reviewWorkflow';
import { registerReviewCommands, ReviewFixProvider } from './reviewFixes';
import { ReviewHoverProvider, ReviewLensProvider } from './reviewHover';

/** Returned by `activate`: what the integration tests (and other extensions) use. */
export interface SourcingLensApi {
  /** The analysis of the document's current text; undefined when not analysed. */
  analysis(uri: vscode.Uri): Analysis | undefined;
  /** Waits for a pending (debounced) re-analysis, then returns the result. */
  settled(uri: vscode.Uri): Promise<Analysis | undefined>;
  isAnalysed(uri: vscode.Uri): boolean;
  statusBarText(): string;
  /** What the Sources view shows now, expanded (labels and descriptions). */
  sourcesView(): ShownNode[];
}

/** Set for the active editor, so menus offer "Analyze" or "Stop Analyzing". */
const ACTIVE_ANALYSED = 'sourcingLens.activeAnalysed';
const HAS_DOCUMENTS = 'sourcingLens.hasDocuments';

export function activate(context: vscode.ExtensionContext): SourcingLensApi {
  const log = vscode.window.createOutputChannel('Sourcing Lens', { log: true });
  let settings = readSettings();
  const cache = new DocumentCache(context.workspaceState, settings, log);
  const diagnostics = new Diagnostics(cache, settings);
  const lenses = new CodeLensProvider(cache, settings);
  const list = new AttributionList(cache);
  const statusBar = new StatusBar(cache, settings);
  const sources = new SourcesView(cache);
  const report = new ReportPanel(cache);
  const selector: vscode.DocumentSelector = [...LANGUAGES].map((language) => ({ language }));
  // The newsroom workflow: project config, suppressions, sign-off (docs/workflow.md).
  const projectFiles = new ProjectFiles(log);
  cache.workflow = cacheWorkflow(projectFiles, () => settings);
  void projectFiles.load();

  const documentFor = async (uri?: vscode.Uri) =>
    uri ? vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;

  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', ACTIVE_ANALYSED, !!document && cache.isTracked(document.uri));
    // The Sources view stays hidden in workspaces where nothing is analysed.
    void vscode.commands.executeCommand('setContext', HAS_DOCUMENTS, cache.trackedDocuments().length > 0);
  };

  context.subscriptions.push(
    log,
    cache,
    diagnostics,
    lenses,
    statusBar,
    sources,
    report,
    vscode.commands.registerCommand(SHOW_REPORT, (uri?: vscode.Uri) => report.show(uri)),
    vscode.languages.registerHoverProvider(selector, new HoverProvider(cache)),
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(cache), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
    projectFiles,
    projectFiles.onDidChange(() => cache.updateSettings(settings)),
    vscode.languages.registerHoverProvider(selector, new ReviewHoverProvider(cache)),
    vscode.languages.registerCodeLensProvider(selector, new ReviewLensProvider(cache, () => settings.codeLens)),
    vscode.languages.registerCodeActionsProvider(selector, new ReviewFixProvider(cache), { providedCodeActionKinds: ReviewFixProvider.kinds }),
    ...registerReviewCommands(cache, projectFiles, context.globalState),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    cache.onDidChange(updateContext),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      settings = readSettings();
      cache.updateSettings(settings);
      diagnostics.updateSettings(settings);
      lenses.updateSettings(settings);
      statusBar.updateSettings(settings);
    }),

    vscode.commands.registerCommand('sourcingLens.analyzeFile', async (uri?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (!document || !cache.canAnalyze(document)) {
        void vscode.window.showInformationMessage('Sourcing Lens analyses plain text and Markdown files.');
        return;
      }
      await cache.setEnabled(document, true);
    }),
    vscode.commands.registerCommand('sourcingLens.stopAnalyzingFile', async (uri?: vscode.Uri) => {
      const document = await documentFor(uri);
      if (document) await cache.setEnabled(document, false);
    }),
    vscode.commands.registerCommand(SHOW_ATTRIBUTIONS, (uri?: vscode.Uri, paragraph?: number): Promise<ShownList | undefined> =>
      list.show(uri, paragraph)),
    vscode.commands.registerCommand(SET_SEVERITY, (code: FindingCode, value: SeveritySetting) => setSeverity(code, value)),
    vscode.commands.registerCommand(COPY_SOURCE, async (text: string) => {
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage('Sourcing Lens: source description copied', 3000);
    }),
    vscode.commands.registerCommand('sourcingLens.showLog', () => log.show()),
  );
  updateContext();

  // Everything is in context.subscriptions, so no deactivate() is needed.
  return {
    analysis: (uri) => {
      const document = cache.find(uri);
      return document && cache.analysis(document);
    },
    settled: async (uri) => {
      const document = cache.find(uri);
      const state = document && (await cache.settled(document));
      return state?.status === 'analysed' ? state.analysis : undefined;
    },
    isAnalysed: (uri) => cache.isTracked(uri),
    statusBarText: () => statusBar.text,
    sourcesView: () => sources.shown(),
  };
}
