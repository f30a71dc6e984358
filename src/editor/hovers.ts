// Hovers over sources, cues and figures. The words are src/common/hoverText.ts, which
// the language server shows too; this file only adapts them to VS Code.
import * as vscode from 'vscode';
import type { DocumentCache } from './documentCache';
import { hoverAt } from '../common/hoverText';
import { lineOf, rangeOf } from './describe';

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.analysis(document);
    if (!analysis) return undefined;
    const hover = hoverAt(analysis, document.offsetAt(position), (offset) => lineOf(document, offset));
    if (!hover) return undefined;
    // Untrusted: only plain links, no command URIs; the text comes from the document.
    const parts = hover.parts.map((text) => {
      const m = new vscode.MarkdownString(text);
      m.supportHtml = false;
      return m;
    });
    return new vscode.Hover(parts, rangeOf(document, hover.span));
  }
}
