// The web extension's entry (VS Code for the Web): the same language server, bundled
// for a web worker (dist/web/server.js, src/server/browser.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME } from './client';
import { activateWith, type SourcingLensApi } from './extension';

export type { SourcingLensApi };

type WorkerLike = ConstructorParameters<typeof LanguageClient>[3];
/** The web extension host's Worker (the DOM types are not in this project's lib). */
declare const Worker: new (url: string, options?: { name?: string }) => WorkerLike;

export function activate(context: vscode.ExtensionContext): SourcingLensApi {
  return activateWith(context, (options) => {
    const main = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, options, new Worker(main.toString(true), { name: 'Sourcing Lens server' }));
  });
}
