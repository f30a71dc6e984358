// A summary lens on the first line, and one above each paragraph that leans on
// anonymous sources or states figures with no attribution. Clicking opens the
// attributions list (filtered to the paragraph for the paragraph lenses).
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { DocumentCache } from './documentCache';
import { paragraphNotes, summaryLens, tooLargeLens } from '../common/lensText';
import type { Settings } from './settings';
import { publishedFindings, type PublishedFindings } from './published';
import { SHOW_REPORT } from './reportPanel';

export const SHOW_ATTRIBUTIONS = 'sourcingLens.showAttributions';

export class CodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly cache: DocumentCache, private settings: Settings) {
    this.subscription = cache.onDidChange(() => this.changed.fire());
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.changed.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  // Waits for the debounced analysis rather than forcing one: lenses may lag a
  // keystroke, typing must not.
  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!this.settings.codeLens) return [];
    const state = await this.cache.settled(document);
    if (!state || token.isCancellationRequested) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    if (state.status === 'too-large') {
      return [new vscode.CodeLens(top, {
        title: tooLargeLens(state.sizeKB, state.limitKB),
        command: 'workbench.action.openSettings',
        arguments: ['sourcingLens.maxFileSizeKB'],
      })];
    }
    if (state.status === 'failed') {
      return [new vscode.CodeLens(top, { title: 'Sourcing Lens: analysis failed (see Output › Sourcing Lens)', command: 'sourcingLens.showLog' })];
    }
    const published = publishedFindings(state.analysis, this.settings);
    return [
      new vscode.CodeLens(top, { ...summaryLens(state.analysis, published), command: SHOW_ATTRIBUTIONS, arguments: [document.uri] }),
      new vscode.CodeLens(top, { title: '$(graph) Sourcing report', tooltip: 'Show the sourcing report of this story beside it', command: SHOW_REPORT, arguments: [document.uri] }),
      ...paragraphLenses(document, state.analysis, published),
    ];
  }
}

function paragraphLenses(document: vscode.TextDocument, analysis: Analysis, published: PublishedFindings): vscode.CodeLens[] {
  return paragraphNotes(analysis, published).map(({ paragraph, title, tooltip }) => {
    const line = document.positionAt(analysis.paragraphs[paragraph].start).line;
    return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, tooltip, command: SHOW_ATTRIBUTIONS, arguments: [document.uri, paragraph] });
  });
}
