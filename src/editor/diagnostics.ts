// Findings → Problems. Severity comes from `sourcingLens.severity.<code>`, so a user
// can silence a code (or raise it to an error for CI-like strictness) per workspace;
// which findings are published, and how many are held back, is published.ts's call.
import * as vscode from 'vscode';
import type { Analysis, Finding, Severity } from '../core';
import type { DocumentCache } from './documentCache';
import { rangeOf } from './describe';
import type { Settings } from './settings';
import { publishedFindings } from './published';

export const DIAGNOSTIC_SOURCE = 'Sourcing Lens';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcingLens');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly cache: DocumentCache, private settings: Settings) {
    this.subscription = cache.onDidChange((uri) => this.render(uri));
    for (const document of cache.trackedDocuments()) this.render(document.uri);
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    for (const document of this.cache.trackedDocuments()) this.render(document.uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }

  private render(uri: vscode.Uri): void {
    const document = this.cache.find(uri);
    const analysis = document && this.cache.analysis(document);
    if (!document || !analysis) {
      this.collection.delete(uri);
      return;
    }
    this.collection.set(uri, this.toDiagnostics(document, analysis));
  }

  private toDiagnostics(document: vscode.TextDocument, analysis: Analysis): vscode.Diagnostic[] {
    const out: vscode.Diagnostic[] = [];
    for (const finding of publishedFindings(analysis, this.settings).shown) {
      const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITY[finding.severity]);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = { value: finding.code, target: vscode.Uri.parse(finding.docsUrl) };
      diagnostic.relatedInformation = related(document, analysis, finding);
      out.push(diagnostic);
    }
    return out;
  }
}

/** For a figure credited to an anonymous source, point at that source. */
function related(document: vscode.TextDocument, analysis: Analysis, finding: Finding): vscode.DiagnosticRelatedInformation[] | undefined {
  if (finding.figure === null || finding.attribution === null) return undefined;
  const source = analysis.attributions[finding.attribution];
  if (!source) return undefined;
  const location = new vscode.Location(document.uri, rangeOf(document, source));
  return [new vscode.DiagnosticRelatedInformation(location, `Source: ${source.text} (${source.cue.text})`)];
}
