// The language server's part of `npm run bench`: the real server (dist/cli.js lsp
// --stdio) driven over stdio by a JSON-RPC client, as an editor drives it.
//   - while a 2 MB story is analysed: the longest stall of the server's message loop
//     (its own event-loop monitor, sourcingLens/serverStats), and the longest round
//     trip of a request sent every 25 ms meanwhile (what an editor would feel);
//   - in a 1 MB story: the time from an edit (one word changed, a different
//     paragraph each time) to the diagnostics of that version, against the debounce.
// Run alone: node scripts/benchServer.mjs [--edits N] [--corpus DIR]; SERVER_NODE_ARGS="--cpu-prof
// --cpu-prof-dir=DIR" passes Node options to the server process (a profile per thread).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function positionAt(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - lineStart };
}

/** The first edits after opening run the incremental path before the JIT has
 *  compiled it: timed and printed apart (see bench.mjs). */
const WARM_UP_EDITS = 3;

/** Sends `ask()` every 25 ms, one at a time, until stop(), which gives the round trips (ms). */
export function pingEvery25Ms(ask) {
  const rtts = [];
  let done = false;
  const running = (async () => {
    while (!done) {
      const t0 = performance.now();
      await ask();
      rtts.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  return { stop: async () => { done = true; await running; return rtts; } };
}

/** `docOf(size)` gives a story of about `size` characters. */
export async function benchServer({ docOf, edits = 20, log = (...a) => console.error(...a) }) {
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
  const child = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(' ') : []), join(root, 'dist', 'cli.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const w of [...waiting]) if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) { waiting.splice(waiting.indexOf(w), 1); w.resolve(p); }
  });
  connection.listen();
  const diagnostics = (uri, version) => new Promise((resolve) => waiting.push({ uri, version, resolve }));
  const stats = (reset) => connection.sendRequest('sourcingLens/serverStats', { reset });

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const debounceMs = 300; // the default setting

  // A warm-up document, so the analysis thread is up before anything is measured.
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bench/warm.txt', languageId: 'plaintext', version: 1, text: docOf(20 * 1024) } });
  await diagnostics('file:///bench/warm.txt');

  log('language server: analysing a 2 MB story…');
  const big = docOf(2 * 1024 * 1024);
  await stats(true);
  const pinger = pingEvery25Ms(() => stats(false));
  const t0 = performance.now();
  const bigUri = 'file:///bench/2mb.txt';
  const bigDone = diagnostics(bigUri);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'plaintext', version: 1, text: big } });
  const bigDiagnostics = await bigDone;
  const analysis2MbMs = performance.now() - t0;
  const rtts = await pinger.stop();
  const stall2Mb = await stats(true);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });

  log(`language server: ${edits} edits in a 1 MB story…`);
  let text = docOf(1024 * 1024);
  const uri = 'file:///bench/1mb.txt';
  const opened = diagnostics(uri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await opened;
  await stats(true);
  const editMs = [];
  const warmUpMs = [];
  const total = WARM_UP_EDITS + edits;
  for (let k = 0; k < total; k++) {
    const at = text.indexOf(' the ', Math.floor(((k + 0.5) / total) * text.length));
    if (at < 0) continue;
    const version = k + 2;
    const range = { start: positionAt(text, at + 1), end: positionAt(text, at + 4) };
    text = `${text.slice(0, at + 1)}a${text.slice(at + 4)}`;
    const fresh = diagnostics(uri, version);
    const sent = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: 'a' }] });
    await fresh;
    (k < WARM_UP_EDITS ? warmUpMs : editMs).push(performance.now() - sent);
  }
  const stallEdits = await stats(true);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((r) => child.on('exit', r));
  connection.dispose();

  return {
    serverStall2MbMs: +stall2Mb.eventLoopMaxMs.toFixed(1),
    /** The stall against what analysing on the message loop would cost (the whole analysis). */
    serverStallOverAnalysis2Mb: +(stall2Mb.eventLoopMaxMs / analysis2MbMs).toFixed(4),
    /** Wall-clock figures on a shared machine: the 1-minute load average when done. */
    serverLoadAverage: +loadavg()[0].toFixed(1),
    serverRoundTripMax2MbMs: +Math.max(...rtts).toFixed(1),
    serverRoundTrips2Mb: rtts.length,
    serverAnalysis2MbMs: +analysis2MbMs.toFixed(0),
    serverDiagnostics2Mb: bigDiagnostics.diagnostics.length,
    serverStallEditsMs: +stallEdits.eventLoopMaxMs.toFixed(1),
    serverDebounceMs: debounceMs,
    serverEditToDiagnosticsMedianMs: +median(editMs).toFixed(1),
    serverEditToDiagnosticsP95Ms: +pct(editMs, 95).toFixed(1),
    serverEditToDiagnosticsMaxMs: +Math.max(...editMs).toFixed(1),
    /** What the edit costs beyond the debounce: the target is ≤ 50 ms. */
    serverEditOverDebounceP95Ms: +(pct(editMs, 95) - debounceMs).toFixed(1),
    serverEdits: editMs.length,
    serverWarmUpEdits: warmUpMs.length,
    serverWarmUpMaxMs: +Math.max(...warmUpMs).toFixed(1),
  };
}

export function serverLines(r) {
  const f = (x) => (typeof x === 'number' ? x.toFixed(1) : String(x));
  return [
    `language server (stdio, analysis thread; load average ${f(r.serverLoadAverage)}): 2 MB story analysed in ${f(r.serverAnalysis2MbMs)} ms (${r.serverDiagnostics2Mb} diagnostics); meanwhile the longest stall of the server's message loop ${f(r.serverStall2MbMs)} ms (${(r.serverStallOverAnalysis2Mb * 100).toFixed(1)}% of the analysis, which would all be stall on the loop), longest round trip of ${r.serverRoundTrips2Mb} requests ${f(r.serverRoundTripMax2MbMs)} ms; extension host: no analysis there since the extension is this server's client (its own stall needs a running VS Code, not measured here)`,
    `language server, 1 MB story, ${r.serverEdits} one-word edits after ${r.serverWarmUpEdits} of warm-up (their slowest ${f(r.serverWarmUpMaxMs)} ms): edit to fresh diagnostics median ${f(r.serverEditToDiagnosticsMedianMs)} ms, p95 ${f(r.serverEditToDiagnosticsP95Ms)} ms, max ${f(r.serverEditToDiagnosticsMaxMs)} ms (debounce ${r.serverDebounceMs} ms: p95 ${f(r.serverEditOverDebounceP95Ms)} ms over it); longest message-loop stall during the edits ${f(r.serverStallEditsMs)} ms`,
  ];
}

/** For a script run alone: `docOf(size)` of the corpus articles joined by blank
 *  lines, as bench.mjs builds its big documents (--corpus DIR, or PolNeAR's train texts). */
export function corpusDocs(args) {
  const at = args.indexOf('--corpus');
  const dir = resolve(at >= 0 ? args[at + 1] : join(root, '..', 'shared', 'corpora', 'polnear', 'train', 'text'));
  if (!existsSync(dir)) { console.error(`corpus not found: ${dir}`); process.exit(2); }
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trim());
  return (size) => {
    const parts = [];
    for (let i = 0, n = 0; n < size; i++) { parts.push(texts[i % texts.length]); n += texts[i % texts.length].length + 2; }
    const doc = parts.join('\n\n');
    const cut = doc.lastIndexOf('\n\n', size);
    return doc.slice(0, cut > 0 ? cut : size);
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const edits = args.includes('--edits') ? Number(args[args.indexOf('--edits') + 1]) : 20;
  const r = await benchServer({ docOf: corpusDocs(args), edits });
  for (const l of serverLines(r)) console.log(l);
}
