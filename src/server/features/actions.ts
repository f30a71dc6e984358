// textDocument/codeAction: the extension's quick fixes on our diagnostics (see
// src/editor/quickFixes.ts, whose titles and commands these match): turn the code
// off, and copy what the story tells about the source. The server carries out both
// commands itself for clients that do not (see commands.ts).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { CODES, type FindingCode } from '../../core';
import { describeSource } from '../../common/describe';
import { COPY_SOURCE, SET_SEVERITY } from '../protocol';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { Analysed } from './analysed';

export function actionsOf(doc: Analysed, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const { analysis, document } = doc;
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic?.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string' || !(diagnostic.code in CODES)) continue;
    const code = diagnostic.code as FindingCode;
    const off = `Turn off “${CODES[code].title}” in this workspace`;
    actions.push({ title: off, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: off, command: SET_SEVERITY, arguments: [code, 'off'] } });

    // The finding under this diagnostic, matched by code and position.
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const finding = analysis.findings.find((f) => f.code === code && f.start === start && f.end === end);
    const source = finding?.attribution != null ? analysis.attributions[finding.attribution] : undefined;
    if (source) {
      const copy = 'Copy the source’s description';
      actions.push({ title: copy, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: copy, command: COPY_SOURCE, arguments: [describeSource(source)] } });
    }
  }
  return actions;
}
