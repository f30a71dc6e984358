// Quick fixes on Sourcing Lens problems: silence a code for the workspace (the
// setting stays visible and reversible in Settings), or copy what the story tells
// about the source, e.g. to paste into a note to the reporter.
import * as vscode from 'vscode';
import { CODES, type FindingCode } from '../core';
import type { DocumentCache } from './documentCache';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { describeSource } from './describe';

export const SET_SEVERITY = 'sourcingLens.setSeverity';
export const COPY_SOURCE = 'sourcingLens.copySourceDescription';

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: DocumentCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.cache.analysis(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'object') continue;
      const code = String(diagnostic.code.value) as FindingCode;
      if (!(code in CODES)) continue;

      const off = new vscode.CodeAction(`Turn off “${CODES[code].title}” in this workspace`, vscode.CodeActionKind.QuickFix);
      off.diagnostics = [diagnostic];
      off.command = { title: off.title, command: SET_SEVERITY, arguments: [code, 'off'] };
      actions.push(off);

      // The finding under this diagnostic, matched by code and position.
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = analysis?.findings.find((f) => f.code === code && f.start === start && f.end === end);
      const source = finding?.attribution != null ? analysis?.attributions[finding.attribution] : undefined;
      if (source) {
        const copy = new vscode.CodeAction('Copy the source’s description', vscode.CodeActionKind.QuickFix);
        copy.diagnostics = [diagnostic];
        copy.command = { title: copy.title, command: COPY_SOURCE, arguments: [describeSource(source)] };
        actions.push(copy);
      }
    }
    return actions;
  }
}
