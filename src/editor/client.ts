// The language client's options, the same for the desktop (a Node server process,
// node.ts) and the web (the server in a web worker, web.ts): prose documents only,
// synced as the selection says (documents.ts's middleware), the commands that need
// VS Code's UI kept here, and the report button added beside the summary lens.
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { CLIENT_COMMANDS_OPTION, COPY_SOURCE, SET_SEVERITY, SHOW_ATTRIBUTIONS } from '../server/protocol';
import type { Documents } from './documents';
import { SHOW_REPORT } from './reportPanel';
import { LANGUAGES } from './selection';
import { SIGN_OFF_CLIENT_COMMANDS } from './signOff';

export const CLIENT_ID = 'sourcingLens';
export const CLIENT_NAME = 'Sourcing Lens';

export function clientOptions(documents: Documents, log: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: LANGUAGES.map((language) => ({ language })),
    outputChannel: log,
    initializationOptions: { [CLIENT_COMMANDS_OPTION]: [SET_SEVERITY, COPY_SOURCE, ...SIGN_OFF_CLIENT_COMMANDS] },
    middleware: {
      ...documents.middleware,
      // Untracked documents are not on the server: no need to ask it about them.
      provideHover: (document, position, token, next) => (documents.isTracked(document.uri) ? next(document, position, token) : undefined),
      provideCodeActions: (document, range, context, token, next) => (documents.isTracked(document.uri) ? next(document, range, context, token) : []),
      provideDocumentSymbols: (document, token, next) => (documents.isTracked(document.uri) ? next(document, token) : []),
      provideCodeLenses: async (document, token, next) =>
        (documents.isTracked(document.uri) ? withReportLens(document, (await next(document, token)) ?? []) : []),
    },
  };
}

/** The report is a webview, the client's own: its button follows the summary lens,
 *  which is first whenever the document is analysed. */
function withReportLens(document: vscode.TextDocument, lenses: vscode.CodeLens[]): vscode.CodeLens[] {
  const summary = lenses[0];
  if (summary?.command?.command !== SHOW_ATTRIBUTIONS) return lenses;
  const report = new vscode.CodeLens(summary.range, {
    title: '$(graph) Sourcing report', tooltip: 'Show the sourcing report of this story beside it', command: SHOW_REPORT, arguments: [document.uri],
  });
  return [summary, report, ...lenses.slice(1)];
}
