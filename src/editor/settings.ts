// The `sourcingLens.*` settings the client itself needs: which files to analyse
// (`include`) and where the quick fix writes a severity. Everything else (size limit,
// debounce, lenses, problems cap, severities) the language server reads itself.
import * as vscode from 'vscode';
import type { FindingCode } from '../core/types';
import type { SeverityChoice } from '../core/severity';

export const SECTION = 'sourcingLens';

/** `sourcingLens.include`: extra globs (besides any `seeds/` folder) analysed on open. */
export function readInclude(): string[] {
  return vscode.workspace.getConfiguration(SECTION).get<string[]>('include', []).filter((g) => typeof g === 'string' && g.trim() !== '');
}

/** Writes `sourcingLens.severity.<code>` where the user will find it: the
 *  workspace when one is open, else the user settings. */
export async function setSeverity(code: FindingCode, value: SeverityChoice): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION).update(`severity.${code}`, value, target);
}
