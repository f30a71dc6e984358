// A summary lens on the first line, and one above each paragraph that leans on
// anonymous sources or states figures with no attribution. Clicking opens the
// attributions list (filtered to the paragraph for the paragraph lenses).
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { DocumentCache } from './documentCache';
import { notShown, plural, summaryLine } from './describe';
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
        title: `Sourcing Lens: not analysed, ${state.sizeKB} KB is over the ${state.limitKB} KB limit`,
        command: 'workbench.action.openSettings',
        arguments: ['sourcingLens.maxFileSizeKB'],
      })];
    }
    if (state.status === 'failed') {
      return [new vscode.CodeLens(top, { title: 'Sourcing Lens: analysis failed (see Output › Sourcing Lens)', command: 'sourcingLens.showLog' })];
    }
    const published = publishedFindings(state.analysis, this.settings);
    const held = published.hidden > 0 ? ` · ${notShown(published.hidden)}` : '';
    return [
      new vscode.CodeLens(top, {
        title: summaryLine(state.analysis) + held,
        tooltip: published.hidden > 0
          ? `Show all attributions. Problems shows the ${published.shown.length} most severe findings (setting sourcingLens.maxProblems).`
          : 'Show all attributions',
        command: SHOW_ATTRIBUTIONS,
        arguments: [document.uri],
      }),
      new vscode.CodeLens(top, { title: '$(graph) Sourcing report', tooltip: 'Show the sourcing report of this story beside it', command: SHOW_REPORT, arguments: [document.uri] }),
      ...paragraphLenses(document, state.analysis, published),
    ];
  }
}

/** Counts what is published (settings applied, before the cap), not the raw analysis:
 *  a paragraph note must never count a source that Problems was told to hide. */
function paragraphLenses(document: vscode.TextDocument, analysis: Analysis, published: PublishedFindings): vscode.CodeLens[] {
  const anonymous = new Map<number, number>();
  const unattributed = new Map<number, number>();
  const bump = (m: Map<number, number>, p: number) => m.set(p, (m.get(p) ?? 0) + 1);
  for (const f of published.all) {
    if ((f.code === 'anonymous-source' || f.code === 'vague-anonymous-source') && f.attribution !== null) {
      const a = analysis.attributions[f.attribution];
      if (a) bump(anonymous, a.paragraph);
    } else if (f.code === 'unattributed-figure' && f.figure !== null) {
      const figure = analysis.figures[f.figure];
      if (figure) bump(unattributed, figure.paragraph);
    }
  }

  const lenses: vscode.CodeLens[] = [];
  analysis.paragraphs.forEach((paragraph, index) => {
    const anon = anonymous.get(index) ?? 0;
    const unat = unattributed.get(index) ?? 0;
    if (anon === 0 && unat === 0) return;
    const parts: string[] = [];
    if (anon) parts.push(plural(anon, 'anonymous source'));
    if (unat) parts.push(plural(unat, 'unattributed figure'));
    const line = document.positionAt(paragraph.start).line;
    lenses.push(new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
      title: parts.join(' · '),
      tooltip: 'Show the attributions and figures of this paragraph',
      command: SHOW_ATTRIBUTIONS,
      arguments: [document.uri, index],
    }));
  });
  return lenses;
}
