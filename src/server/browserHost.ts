// The web worker server's platform (browser.ts): the analysis in the worker itself
// (inlineThread.ts), and the project files as the client sends them, the review file
// written by the client (pushedFiles.ts), since a web worker has no file system.
import type { Connection } from 'vscode-languageserver';
import { InlineThread } from './inlineThread';
import { PROJECT_FILES, WRITE_FILE, type ProjectFilesParams, type WriteFileParams } from './protocol';
import { PushedFiles } from './pushedFiles';
import type { ServerHost } from './serverHost';

export function browserHost(connection: Connection): ServerHost {
  return {
    startAnalysis: (events) => new InlineThread(events),
    projectFilesFromClient: true,
    workflowFiles: (onProblems, changed) => {
      const files = new PushedFiles(onProblems, async (uri, text) => {
        await connection.sendRequest(WRITE_FILE, { uri, text } satisfies WriteFileParams);
      });
      connection.onNotification(PROJECT_FILES, (params: ProjectFilesParams) => {
        files.receive(params);
        changed();
      });
      return files;
    },
  };
}
