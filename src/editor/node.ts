// The desktop extension's entry: the language server as a Node process (dist/lsp.js,
// the same binary as `sourcing-lens-lsp`) on stdio, with its analysis thread.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME } from './client';
import { activateWith, type SourcingLensApi } from './extension';

export type { SourcingLensApi };

export function activate(context: vscode.ExtensionContext): SourcingLensApi {
  return activateWith(context, (options) => {
    const module = context.asAbsolutePath('dist/lsp.js');
    const server = { module, transport: TransportKind.stdio };
    return Promise.resolve(new LanguageClient(CLIENT_ID, CLIENT_NAME, { run: server, debug: server }, options));
  });
}
