// For a language server with no file system (the web worker's; it says so with the
// PROJECT_FILES_CAPABILITY, protocol.ts): sends it the project files' texts, again
// whenever one changes, and writes the review file when it asks.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PROJECT_FILES, PROJECT_FILES_CAPABILITY, WRITE_FILE, type ProjectFilesParams, type WriteFileParams } from '../server/protocol';
import type { ProjectFiles } from './projectConfig';

export function serveProjectFiles(client: BaseLanguageClient, files: ProjectFiles): vscode.Disposable {
  const experimental = client.initializeResult?.capabilities.experimental as Record<string, unknown> | undefined;
  if (experimental?.[PROJECT_FILES_CAPABILITY] !== true) return new vscode.Disposable(() => undefined);
  let sent = new Set<string>();
  const send = () => {
    const texts = files.texts();
    const changed: ProjectFilesParams['files'] = [...texts].map(([uri, text]) => ({ uri, text }));
    for (const uri of sent) if (!texts.has(uri)) changed.push({ uri, text: null });
    sent = new Set(texts.keys());
    void client.sendNotification(PROJECT_FILES, { files: changed } satisfies ProjectFilesParams);
  };
  send();
  return vscode.Disposable.from(
    files.onDidChange(send),
    client.onRequest(WRITE_FILE, async ({ uri, text }: WriteFileParams) => { await files.write(vscode.Uri.parse(uri), text); }),
  );
}
