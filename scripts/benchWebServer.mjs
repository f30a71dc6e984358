// The web extension's language server (dist/web/server.js, the browser bundle: the
// analysis runs in the server's own thread, sliced between messages) in a Node worker
// thread standing in for the web worker: `self` is the thread's port. While a 2 MB
// story is analysed: the longest stall of that thread's event loop (its own monitor),
// and the longest round trip of a request sent every 25 ms meanwhile (a method the
// server does not know, so the answer is the message loop's alone).
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDocs, pingEvery25Ms } from './benchServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

// A web worker's global scope, as far as vscode-languageserver/browser uses it.
const SHIM = `
const { parentPort } = require('node:worker_threads');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let deliver = () => {};
globalThis.self = globalThis;
globalThis.addEventListener = () => {};
globalThis.postMessage = (data) => parentPort.postMessage({ rpc: data });
Object.defineProperty(globalThis, 'onmessage', { set(fn) { deliver = fn; }, get() { return deliver; } });
parentPort.on('message', (m) => {
  if (m.stats) { parentPort.postMessage({ stats: { maxMs: loop.max / 1e6 } }); if (m.reset) loop.reset(); return; }
  deliver({ data: m.rpc });
});
require(process.env.SOURCING_LENS_WEB_SERVER);
`;

export async function benchWebServer({ docOf, log = (...a) => console.error(...a) }) {
  const { createMessageConnection, AbstractMessageReader, AbstractMessageWriter } = require('vscode-jsonrpc');
  const worker = new Worker(SHIM, { eval: true, env: { ...process.env, SOURCING_LENS_WEB_SERVER: join(root, 'dist', 'web', 'server.js') } });
  const statsWaiters = [];
  class Reader extends AbstractMessageReader {
    listen(callback) {
      const on = (m) => { if (m.rpc) callback(m.rpc); else if (m.stats) statsWaiters.shift()?.(m.stats); };
      worker.on('message', on);
      return { dispose: () => worker.off('message', on) };
    }
  }
  class Writer extends AbstractMessageWriter {
    async write(msg) { worker.postMessage({ rpc: msg }); }
    end() {}
  }
  const connection = createMessageConnection(new Reader(), new Writer());
  const waiting = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const w of [...waiting]) if (w.uri === p.uri) { waiting.splice(waiting.indexOf(w), 1); w.resolve(p); }
  });
  connection.onNotification(() => undefined);
  connection.onRequest(() => null); // workspace/configuration and the like
  connection.listen();
  const diagnostics = (uri) => new Promise((resolve) => waiting.push({ uri, resolve }));
  const stats = (reset) => new Promise((resolve) => { statsWaiters.push(resolve); worker.postMessage({ stats: true, reset }); });

  await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const warm = diagnostics('file:///bench/warm.txt');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bench/warm.txt', languageId: 'plaintext', version: 1, text: docOf(20 * 1024) } });
  await warm;

  log('web worker server: analysing a 2 MB story…');
  await stats(true);
  const pinger = pingEvery25Ms(() => connection.sendRequest('sourcingLens/noSuchMethod', {}).catch(() => undefined));
  const uri = 'file:///bench/2mb.txt';
  const t0 = performance.now();
  const published = diagnostics(uri);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: docOf(2 * 1024 * 1024) } });
  const result = await published;
  const analysisMs = performance.now() - t0;
  const rtts = await pinger.stop();
  const stall = await stats(true);
  connection.dispose();
  await worker.terminate();
  return {
    webServerStall2MbMs: +stall.maxMs.toFixed(1),
    webServerAnalysis2MbMs: +analysisMs.toFixed(0),
    webServerRoundTripMax2MbMs: +Math.max(...rtts).toFixed(1),
    webServerRoundTrips2Mb: rtts.length,
    webServerDiagnostics2Mb: result.diagnostics.length,
  };
}

export function webServerLine(r) {
  return `web worker server (browser bundle, analysis sliced in its own thread): 2 MB story analysed in ${r.webServerAnalysis2MbMs} ms (${r.webServerDiagnostics2Mb} diagnostics); meanwhile the longest stall of its event loop ${r.webServerStall2MbMs} ms, longest round trip of ${r.webServerRoundTrips2Mb} requests ${r.webServerRoundTripMax2MbMs} ms`;
}

// Run alone: node scripts/benchWebServer.mjs [--corpus DIR] (after npm run build).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(webServerLine(await benchWebServer({ docOf: corpusDocs(process.argv.slice(2)) })));
}
