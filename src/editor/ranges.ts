// LSP ranges (in the custom requests' answers, protocol.ts) as VS Code ranges; both
// count UTF-16 code units, so this is a change of type only.
import * as vscode from 'vscode';
import type { Range } from 'vscode-languageserver-types';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
