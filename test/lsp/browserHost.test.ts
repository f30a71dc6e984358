// The server as the web extension runs it (browserHost.ts: analysis in the same
// thread, no file system), here over in-memory streams in this process: the client
// sends the project files, the server applies the desk's config and writes the
// review file through the client when a flag is approved.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { browserHost } from '../../src/server/browserHost';
import { PROJECT_FILES, SIGN_OFF_COMMANDS, WRITE_FILE, type WriteFileParams } from '../../src/server/protocol';
import { startServer } from '../../src/server/server';
import { TIMEOUT } from './helpers';

const DESK = 'vscode-remote://host/work/desk';
const STORY_URI = `${DESK}/story.md`;
const STORY = '# Bridge\n\nThree officials close to the talks said the deal was near.\n\nThe fire destroyed 300 homes in the valley.\n';

function connect() {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, browserHost(server));
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    waiters.splice(0).forEach((w) => w());
  });
  client.onNotification('window/showMessage', () => undefined);
  const written: WriteFileParams[] = [];
  client.onRequest(WRITE_FILE, (p: WriteFileParams) => { written.push(p); return null; });
  client.listen();
  /** Resolves with the first publication for the story that passes `check`. */
  const diagnostics = async (check: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> => {
    for (;;) {
      const hit = published.find((p) => p.uri === STORY_URI && check(p.diagnostics));
      if (hit) return hit.diagnostics;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { client, diagnostics, written };
}

describe('the web worker server (browserHost.ts)', { timeout: TIMEOUT }, () => {
  it('asks for the project files, applies the config sent, and writes a sign-off through the client', async () => {
    const { client, diagnostics, written } = connect();
    const init = await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }) as { capabilities: { experimental?: Record<string, unknown> } };
    assert.equal(init.capabilities.experimental?.sourcingLensProjectFiles, true);
    client.sendNotification('initialized', {});
    client.sendNotification(PROJECT_FILES, { files: [{ uri: `${DESK}/.sourcinglens.json`, text: '{ "severity": { "unattributed-figure": "error" } }' }] });
    client.sendNotification('textDocument/didOpen', { textDocument: { uri: STORY_URI, languageId: 'markdown', version: 1, text: STORY } });

    const first = await diagnostics((d) => d.some((x) => x.code === 'unattributed-figure' && x.severity === 1));
    const source = first.find((d) => d.code === 'anonymous-source');
    assert.ok(source, first.map((d) => d.code).join(', '));

    const result = await client.sendRequest('workspace/executeCommand', {
      command: SIGN_OFF_COMMANDS.approve,
      arguments: [{ uri: STORY_URI, code: 'anonymous-source', range: source.range, by: 'A. Editor', note: 'They fear reprisals.' }],
    }) as { file: string };
    assert.equal(result.file, `${DESK}/.sourcing-review.json`);
    assert.equal(written.length, 1);
    const review = JSON.parse(written[0].text) as { stories: Record<string, Array<{ action: string; by: string }>> };
    assert.deepEqual(review.stories['story.md'].map((r) => [r.action, r.by]), [['approve', 'A. Editor']]);
    // Approved: a hint now, from the record the server keeps until the client sends the file again.
    await diagnostics((d) => d.some((x) => x.code === 'anonymous-source' && x.severity === 4));
    client.dispose();
  });
});
