// The server against what a client may get wrong, or throw at it: unknown methods,
// malformed params and bytes, a cancelled request, edits faster than analyses, and a
// 50 MB document. Each gets an error response or a clear refusal; the server keeps
// answering and exits cleanly afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { Session } from './session';
import { SEED_TEXT, SEED_URI, SUITE_TIMEOUT, TIMEOUT } from './helpers';

/** A story of about `size` characters: the seed repeated, paragraphs apart. */
function story(size: number): string {
  return Array.from({ length: Math.ceil(size / (SEED_TEXT.length + 2)) }, () => SEED_TEXT).join('\n\n');
}

const code = (error: unknown) => (error as { code?: number }).code;

describe('language server robustness', { timeout: SUITE_TIMEOUT }, () => {
  let s: Session;

  before(async () => {
    s = new Session();
    await s.initialize();
    await s.open(SEED_URI, SEED_TEXT);
    await s.waitForDiagnostics(SEED_URI); // the analysis thread is up
  });

  after(() => s.kill());

  const alive = async () => {
    const stats = await s.connection.sendRequest<{ eventLoopMaxMs: number }>('sourcingLens/serverStats', {});
    assert.equal(typeof stats.eventLoopMaxMs, 'number');
  };

  it('answers an unknown method with MethodNotFound', async () => {
    await assert.rejects(s.connection.sendRequest('sourcingLens/noSuchThing', {}), (e) => code(e) === -32601);
    await s.connection.sendNotification('sourcingLens/noSuchNotification', {});
    await alive();
  });

  it('answers malformed params with InvalidParams', async () => {
    await assert.rejects(s.connection.sendRequest('textDocument/hover', {}), (e) => code(e) === -32602);
    await assert.rejects(s.connection.sendRequest('textDocument/codeLens', null), (e) => code(e) === -32602);
    await assert.rejects(s.connection.sendRequest('sourcingLens/attributions', { textDocument: { uri: 42 } }), (e) => code(e) === -32602);
    const actions = await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: SEED_URI }, range: null, context: { diagnostics: [null, { source: 'Sourcing Lens', code: 7 }] } });
    assert.deepEqual(actions, []);
    await alive();
  });

  it('takes an edit past the end of the document, and ignores edits to documents it does not have', async () => {
    const uri = 'file:///tmp/past-the-end.txt';
    await s.open(uri, 'Short.');
    await s.waitForDiagnostics(uri);
    const from = s.diagnostics.length;
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: 120, character: 5 } }, text: ' Officials said 300 people were hurt.' }],
    });
    const fresh = await s.waitForDiagnostics(uri, (p) => p.version === 2, TIMEOUT, from);
    assert.ok(fresh.diagnostics.some((d) => d.code === 'vague-anonymous-source'), 'the text was appended and analysed');
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await alive();
  });

  it('survives malformed bytes: bad JSON, a header without a length', async () => {
    const stdin = s.child.stdin!;
    stdin.write('Content-Length: 12\r\n\r\n{not json!!}');
    stdin.write('Content-Length: 2\r\n\r\n[]');
    stdin.write('X-No-Length: yes\r\n\r\n');
    // vscode-jsonrpc's reader stops at a header without a length and reads what is left
    // in its buffer only when more bytes come: on a loaded machine our next request can
    // arrive in the same chunk and wait there. Later bytes (a notification the server
    // ignores) let it through; the server must still answer the request itself.
    const nudge = setInterval(() => void s.connection.sendNotification('sourcingLens/noSuchNotification', {}), 1000);
    try { await alive(); } finally { clearInterval(nudge); }
    assert.equal(s.child.exitCode, null, 'still running');
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    const uri = 'file:///tmp/cancel-me.txt';
    await s.open(uri, story(1.5 * 1024 * 1024));
    const source = new CancellationTokenSource();
    // The hover must wait for the 1.5 MB analysis, so it is still pending when cancelled.
    const hover = s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }, source.token);
    setTimeout(() => source.cancel(), 20);
    await assert.rejects(hover, (e) => code(e) === -32800);
    await s.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, TIMEOUT);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('analyses only the newest of edits that arrive during an analysis', async () => {
    s.config = { debounceMs: 0 };
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///tmp/fast-typing.txt';
    const text = story(1.5 * 1024 * 1024);
    const from = s.diagnostics.length;
    await s.open(uri, text);
    await new Promise((resolve) => setTimeout(resolve, 50)); // its analysis is running
    for (const version of [2, 3, 4]) {
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
    }
    await s.waitForDiagnostics(uri, (p) => p.version === 4, TIMEOUT, from);
    const versions = s.diagnostics.slice(from).filter((p) => p.uri === uri).map((p) => p.version);
    assert.ok(!versions.includes(2) && !versions.includes(3), `versions analysed: ${versions.join(', ')}`);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    s.config = {};
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('refuses a 50 MB document with a message, and keeps answering', async () => {
    const uri = 'file:///tmp/huge.txt';
    const from = s.diagnostics.length;
    await s.open(uri, 'Officials said 300 people were hurt. '.repeat(Math.ceil(50 * 1024 * 1024 / 37)));
    const message = await s.waitForMessage((m) => m.message.includes('huge.txt'), TIMEOUT);
    assert.match(message.message, /is not analysed: \d+ KB is over the limit of 2048 KB/);
    assert.equal(message.type, 2, 'a warning');
    const published = await s.waitForDiagnostics(uri, () => true, TIMEOUT, from);
    assert.deepEqual(published.diagnostics, []);
    const status = await s.connection.sendRequest<{ status: string; limitKB: number }>('sourcingLens/status', { textDocument: { uri } });
    assert.equal(status.status, 'too-large');
    assert.equal(await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await alive();
  });

  it('still shuts down cleanly', async () => {
    assert.equal(await s.stop(), 0);
  });
});

describe('lsp command line', { timeout: SUITE_TIMEOUT }, () => {
  it('the sourcing-lens-lsp alias is the same server', async () => {
    const alias = new Session([require.resolve('../../../dist/lsp.js'), '--stdio']);
    const init = await alias.initialize();
    assert.equal(init.serverInfo?.name, 'sourcing-lens');
    await alias.open(SEED_URI, SEED_TEXT);
    const published = await alias.waitForDiagnostics(SEED_URI, (p) => p.diagnostics.length > 0, TIMEOUT);
    assert.ok(published.diagnostics.every((d) => d.source === 'Sourcing Lens'));
    assert.equal(await alias.stop(), 0);
  });

  it('refuses a transport it does not speak', async () => {
    const child = new Session([require.resolve('../../../dist/cli.js'), 'lsp', '--socket=5000']);
    const status = await child.exited;
    assert.equal(status, 2);
    assert.match(child.stderr, /only --stdio is supported/);
    child.kill();
  });
});
