// The sign-off line of a flag's hover ("Approved by A. Editor on 2026-12-01: …"),
// and the summary lens of what is left to sign off ("2 pending · 3 approved"). The
// words come from src/review/describe.ts, as the CLI's do.
import * as vscode from 'vscode';
import { reviewHoverLines, signOffSummary } from '../review';
import type { DocumentCache } from './documentCache';
import { rangeOf } from './describe';
import { showsSignOff } from './reviewWorkflow';

export class ReviewHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.analysis(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const lines: string[] = [];
    let range: vscode.Range | undefined;
    for (const f of analysis.findings) {
      if (f.start > offset || offset > f.end) continue;
      const mine = reviewHoverLines(f, showsSignOff(analysis));
      if (mine.length) lines.push(...mine);
      range ??= rangeOf(document, f);
    }
    if (!lines.length) return undefined;
    const md = new vscode.MarkdownString(lines.join('\n\n'));
    md.supportHtml = false;
    return new vscode.Hover(md, range);
  }
}

export class ReviewLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly cache: DocumentCache, private readonly enabled: () => boolean) {
    this.subscription = cache.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const analysis = this.enabled() ? this.cache.analysis(document) : undefined;
    if (!analysis) return [];
    const title = analysis && showsSignOff(analysis) ? signOffSummary(analysis.findings) : '';
    if (!title) return [];
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title, command: 'workbench.actions.view.problems', tooltip: 'Flags an editor can approve or verify (quick fixes on each)' })];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
