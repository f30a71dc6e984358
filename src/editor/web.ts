// The web extension's entry (VS Code for the Web): the same language server, bundled
// for a web worker (dist/web/server.js, src/server/browser.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME } from './client';
import { activateWith, type SourcingLensApi } from './extension';

export type { SourcingLensApi };

// The web extension host's globals (the DOM types are not in this project's lib).
type WorkerLike = ConstructorParameters<typeof LanguageClient>[3];
declare const Worker: new (url: string, options?: { name?: string }) => WorkerLike;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

export function activate(context: vscode.ExtensionContext): SourcingLensApi {
  return activateWith(context, async (options) => {
    const main = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, options, await serverWorker(main));
  });
}

/** VS Code refuses to start a worker from a remote extension's URL (code-server,
 *  Codespaces), but the file can be read: the worker starts from a copy of it. */
async function serverWorker(main: vscode.Uri): Promise<WorkerLike> {
  const code = await vscode.workspace.fs.readFile(main);
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  return new Worker(url, { name: 'Sourcing Lens server' });
}
