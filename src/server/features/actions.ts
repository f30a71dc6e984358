// textDocument/codeAction: the extension's quick fixes on our diagnostics (see
// src/editor/quickFixes.ts and reviewFixes.ts, whose titles these match): turn the
// code off, copy what the story tells about the source, and the newsroom workflow's
// fixes that src/review's fixesFor() gives the flag: "Ignore this finding here" (an
// edit inserting the core's comment in Markdown; an ignore record for plain text),
// approve, verify and revoke. Sign-off commands carry where the flag is; a client
// adds who and why (LSP has no input box; docs/lsp.md). The server carries out every
// command itself (server.ts).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { CODES, ignoreComment, type FindingCode } from '../../core';
import { describeSource } from '../../common/describe';
import { fixesFor, FIX_TITLES, type FixKind } from '../../review';
import { COPY_SOURCE, SET_SEVERITY, SIGN_OFF_COMMANDS, type FlagArgs } from '../protocol';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { Analysed } from './analysed';

const COMMAND_OF: Record<Exclude<FixKind, 'ignore-comment'>, string> = {
  approve: SIGN_OFF_COMMANDS.approve,
  verify: SIGN_OFF_COMMANDS.verify,
  'ignore-record': SIGN_OFF_COMMANDS.ignore,
  revoke: SIGN_OFF_COMMANDS.revoke,
};

export function actionsOf(doc: Analysed, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const { analysis, document } = doc;
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic?.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string' || !(diagnostic.code in CODES)) continue;
    const code = diagnostic.code as FindingCode;
    // The finding under this diagnostic, matched by code and position.
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const finding = analysis.findings.find((f) => f.code === code && f.start === start && f.end === end);

    const off = `Turn off “${CODES[code].title}” in this workspace`;
    actions.push({ title: off, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: off, command: SET_SEVERITY, arguments: [code, 'off'] } });
    const source = finding?.attribution != null ? analysis.attributions[finding.attribution] : undefined;
    if (source) {
      const copy = 'Copy the source’s description';
      actions.push({ title: copy, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: copy, command: COPY_SOURCE, arguments: [describeSource(source)] } });
    }
    // Then the workflow's, as the extension registers them after the others.
    const flag: FlagArgs = { uri: document.uri, code, range: diagnostic.range };
    for (const fix of finding ? fixesFor(finding, doc.format) : []) {
      // Two flags can share a range (a source and "anonymity not explained"): say which.
      const title = fix === 'ignore-comment' || fix === 'ignore-record' ? `${FIX_TITLES[fix]} (${CODES[code].title})` : FIX_TITLES[fix];
      const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
      if (fix === 'ignore-comment') {
        const { offset, insert } = ignoreComment(document.getText(), finding!);
        const at = document.positionAt(offset);
        action.edit = { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: insert }] } };
      } else {
        action.command = { title, command: COMMAND_OF[fix], arguments: [flag] };
      }
      if (fix === 'approve' || fix === 'verify') action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}
