// The stdio writer's encoder: diagnostics the analysis thread serialized go into the
// message verbatim, every other message as vscode-jsonrpc would write it, and a
// Preserialized written by another writer still makes the same message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Preserialized, preserializingEncoder } from '../../src/server/preserialized';

const decode = async (msg: Parameters<typeof preserializingEncoder.encode>[0]) => JSON.parse(Buffer.from(await preserializingEncoder.encode(msg, { charset: 'utf-8' })).toString('utf8'));
const params = { uri: 'file:///story.txt', version: 3, diagnostics: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 9 } }, message: 'Anonymous source “officials” — “quoted”\\n', code: 'anonymous-source' }] };

test('a notification with preserialized params is the message JSON.stringify would make', async () => {
  const raw = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: new Preserialized(JSON.stringify(params)) };
  assert.deepEqual(await decode(raw as never), { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params });
});

test('other messages are written as they are', async () => {
  const request = { jsonrpc: '2.0', id: 4, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.md' }, position: { line: 1, character: 2 } } };
  assert.deepEqual(await decode(request as never), request);
  const response = { jsonrpc: '2.0', id: 4, result: null };
  assert.deepEqual(await decode(response as never), response);
});

test('written by any other writer, Preserialized params parse back to the same object', () => {
  const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: new Preserialized(JSON.stringify(params)) };
  assert.deepEqual(JSON.parse(JSON.stringify(message)), { ...message, params });
});
