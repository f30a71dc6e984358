// One status bar item for the active document: its counts (click: the list), or why
// it is not analysed, as the language server's sourcingLens/status gives them
// (documents.ts asks with each publication). Hidden for documents not tracked.
import * as vscode from 'vscode';
import { notShown, plural } from '../common/describe';
import { SHOW_ATTRIBUTIONS } from '../server/protocol';
import type { Documents } from './documents';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcingLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly documents: Documents) {
    this.item.name = 'Sourcing Lens';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      documents.onDidChange((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    ];
    this.update();
  }

  /** The text shown now (for tests; the item itself cannot be read back). */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && this.documents.isTracked(document.uri) ? this.documents.status(document.uri) : undefined;
    if (!state || state.status === 'not-open') {
      this.item.hide();
      return;
    }
    this.item.backgroundColor = undefined;
    if (state.status === 'too-large') {
      this.item.text = `$(warning) Sourcing Lens: not analysed, file too large`;
      this.item.tooltip = `This file is ${state.sizeKB} KB, over the limit of ${state.limitKB} KB (setting sourcingLens.maxFileSizeKB). Click to change the limit.`;
      this.item.command = { title: 'Change the size limit', command: 'workbench.action.openSettings', arguments: ['sourcingLens.maxFileSizeKB'] };
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (state.status === 'failed') {
      this.item.text = '$(error) Sourcing Lens: analysis failed';
      this.item.tooltip = state.error;
      this.item.command = 'sourcingLens.showLog';
    } else {
      const { summary: s, shown, hidden } = state;
      const held = hidden > 0 ? ` · $(warning) ${notShown(hidden)}` : '';
      this.item.text = `$(quote) ${s.attributions} · $(eye-closed) ${s.anonymous} anonymous · ${s.unattributedFigures} unattributed${held}`;
      this.item.tooltip = [
        `Sourcing Lens: ${plural(s.attributions, 'attribution')}, ${s.anonymous} to anonymous sources, ${plural(s.documents, 'document')} cited`,
        `${plural(s.figures, 'figure')}, ${s.unattributedFigures} without attribution, ${s.anonymousFigures} from anonymous sources`,
        ...(hidden > 0 ? [`Problems shows the ${shown} most severe findings; ${notShown(hidden)} (setting sourcingLens.maxProblems).`] : []),
        `Analysed in ${state.millis} ms. Click to show all attributions.`,
      ].join('\n');
      this.item.command = { title: 'Show All Attributions', command: SHOW_ATTRIBUTIONS };
    }
    this.item.show();
  }
}
