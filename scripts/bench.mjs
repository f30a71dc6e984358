#!/usr/bin/env node
// Benchmark the analysis core (dist/core.js; `npm run bench` builds first).
//
//   npm run bench [-- --json] [-- --corpus DIR] [-- --passes N] [-- --compromise-passes N]
//                 [-- --edits N] [-- --quick] [-- --json-out FILE]
//
// One run, the same texts for every tool, a warm-up pass, then the median of
// repeated timed passes over the whole corpus (every *.txt in
// ../shared/corpora/polnear/train/text relative to the repo root, or --corpus):
//   - ours:                 analyze(text) from dist/core.js (plaintext)
//   - write-good:           require('write-good')(text)
//   - compromise (full):    nlp(text), which tokenizes and tags on construction;
//                           nothing is forced (.json() would add output cost that
//                           our analyzer does not pay)
//   - compromise/one:       nlp.tokenize(text) from the `compromise/one` build, in a
//                           CHILD PROCESS: /one, /two and /three can share one
//                           singleton, and once the full build is loaded in this
//                           process it would no longer be the bare tokenizer. The
//                           full build's nlp.tokenize() is also timed in-process (one
//                           pass) and printed for reference.
// Compromise is ~15x slower than the others, so by default it gets 2 timed passes
// (the median of two is their mean) to keep the whole run under ~5 minutes.
// Then: scaling on single documents of 100 KB, 0.5 MB, 1 MB and 5 MB (articles
// joined by blank lines), incremental re-analysis in a 1 MB document through one
// createAnalyzer() cache (one word changed in one paragraph per edit; the first 10
// edits are the JIT's warm-up, printed apart from the timed ones), peak RSS of
// analysing the 5 MB document in a fresh child process, and the sizes of
// dist/extension.js and of the newest *.vsix at the repo root; and the language server
// (scripts/benchServer.mjs): message-loop stall while a 2 MB story is analysed, edit to
// fresh diagnostics in a 1 MB story; and the web extension's server, the browser bundle
// (scripts/benchWebServer.mjs): its thread's longest stall while a 2 MB story is analysed.
// --json prints ONE JSON object on stdout (progress goes to stderr); --json-out FILE
// also writes it to FILE while printing the table.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { benchServer, serverLines } from './benchServer.mjs';
import { benchWebServer, webServerLine } from './benchWebServer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(join(root, 'package.json'));

const TARGETS = {
  ratioWriteGood: { max: 1.0, label: 'ours / write-good (time)' },
  ratioFullCompromise: { max: 0.25, label: 'ours / full compromise (time)' },
  scaling5MbOverHalfMb: { max: 11, label: '5 MB time / 0.5 MB time (linear = 10)' },
  incrementalMedianMs: { max: 10, label: 'incremental re-analysis median, 1 MB doc (ms)' },
  incrementalP95Ms: { max: 15, label: 'incremental re-analysis p95, 1 MB doc (ms)' },
  incrementalMarkdownOverPlain: { max: 2, label: 'incremental re-analysis median, markdown / plain text, same doc and edits, same run' },
  peakRssMb5Mb: { max: 400, label: 'peak RSS analysing 5 MB (MB)' },
  serverStall2MbMs: { max: 50, label: 'language server: longest message-loop stall while a 2 MB story is analysed (ms)' },
  serverEditOverDebounceP95Ms: { max: 50, label: 'language server: edit to fresh diagnostics beyond the debounce, p95, 1 MB story (ms)' },
  webServerStall2MbMs: { max: 50, label: 'web worker server: longest stall of its event loop while a 2 MB story is analysed (ms)' },
};

function parseArgs(argv) {
  const o = { jsonOut: null, json: false, corpus: null, passes: 3, compromisePasses: 2, edits: 60, quick: false, child: null, size: 0, core: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--json') o.json = true;
    else if (a === '--json-out') o.jsonOut = next();
    else if (a === '--corpus') o.corpus = next();
    else if (a === '--passes') o.passes = Number(next());
    else if (a === '--compromise-passes') o.compromisePasses = Number(next());
    else if (a === '--edits') o.edits = Number(next());
    else if (a === '--quick') o.quick = true;
    else if (a === '--core') o.core = next();
    else if (a === '--child') o.child = next();
    else if (a === '--size') o.size = Number(next());
    else if (a === '--help' || a === '-h') {
      console.log('usage: node --expose-gc scripts/bench.mjs [--json] [--json-out FILE] [--corpus DIR] [--passes N] [--compromise-passes N] [--edits N] [--quick]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  o.corpus = resolve(o.corpus ?? join(root, '..', 'shared', 'corpora', 'polnear', 'train', 'text'));
  o.core = resolve(o.core ?? join(root, 'dist', 'core.js'));
  if (o.quick) {
    o.passes = 1;
    o.compromisePasses = 1;
    o.edits = 10;
  }
  return o;
}

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function loadCorpus(dir) {
  if (!existsSync(dir)) throw new Error(`corpus not found: ${dir} (use --corpus DIR)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt files in ${dir}`);
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Articles joined by blank lines, cut at a paragraph break at or below `size` chars. */
function bigDoc(texts, size) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = texts[i % texts.length].trim();
    parts.push(t);
    n += t.length + 2;
  }
  let doc = parts.join('\n\n');
  if (doc.length > size) {
    const cut = doc.lastIndexOf('\n\n', size);
    doc = doc.slice(0, cut > 0 ? cut : size);
  }
  return doc;
}

/** Time one pass of `fn` over all texts, ms. */
function pass(fn, texts) {
  gc();
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
}

// ---------------------------------------------------------------- children
// Incremental: one createAnalyzer cache, one word changed per edit in a 1 MB doc, in a
// child process of its own (as an editor's server holds only its documents, not the
// other tools this bench loads). The same edit sequence is replayed in the markdown
// format, whose median is compared with plain text's in the same run.
// The first edits after opening run the incremental path's code before the JIT has
// compiled it: they are timed and printed apart, as a warm-up, and the target is
// on the typing that follows (what a writer feels keystroke after keystroke).
const WARM_UP_EDITS = 10;
function incremental(core, base1mb, format, edits) {
  let doc = base1mb;
  const an = core.createAnalyzer();
  gc();
  let t0 = performance.now();
  an.analyze(doc, { format });
  const coldMs = performance.now() - t0;
  t0 = performance.now();
  an.analyze(doc, { format });
  const unchangedMs = performance.now() - t0;
  const paraStarts = [0];
  for (let i = doc.indexOf('\n\n'); i >= 0; i = doc.indexOf('\n\n', i + 2)) paraStarts.push(i + 2);
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const replacements = ['officials', 'said', 'Smith', 'hundreds', 'reportedly', 'anonymity', 'the', '300'];
  const editMs = [];
  const warmUpMs = [];
  for (let e = 0; e < WARM_UP_EDITS + edits; e++) {
    // A paragraph, then the first word of 3+ letters from its start; the paragraph
    // starts drift a little as words change length, which does not matter here.
    const p = paraStarts[Math.floor(rnd() * paraStarts.length)];
    const re = /[A-Za-z]{3,}/g;
    re.lastIndex = Math.min(p, doc.length);
    const m = re.exec(doc);
    if (!m) continue;
    const w = replacements[Math.floor(rnd() * replacements.length)];
    doc = doc.slice(0, m.index) + w + doc.slice(m.index + m[0].length);
    t0 = performance.now();
    an.analyze(doc, { format });
    (e < WARM_UP_EDITS ? warmUpMs : editMs).push(performance.now() - t0);
  }
  const agrees = isDeepStrictEqual(an.analyze(doc, { format }), core.analyze(doc, { format }));
  return { coldMs, unchangedMs, editMs, warmUpMs, agrees };
}

function childMain(o) {
  if (o.child === 'rss') {
    const core = require(o.core);
    const texts = loadCorpus(o.corpus);
    const doc = bigDoc(texts, o.size);
    texts.length = 0;
    gc();
    const before = process.resourceUsage().maxRSS / 1024;
    const t0 = performance.now();
    const a = core.analyze(doc, { format: 'plaintext' });
    const ms = performance.now() - t0;
    const peak = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(JSON.stringify({ peakRssMb: peak, rssBeforeMb: before, ms, chars: doc.length, attributions: a.attributions.length }));
    return;
  }
  if (o.child === 'incremental') {
    const core = require(o.core);
    const base1mb = bigDoc(loadCorpus(o.corpus), 1024 * 1024);
    const plain = incremental(core, base1mb, 'plaintext', o.edits);
    const markdown = incremental(core, base1mb, 'markdown', o.edits);
    process.stdout.write(JSON.stringify({ plain, markdown }));
    return;
  }
  if (o.child === 'tokenize') {
    const nlp = require('compromise/one');
    const texts = loadCorpus(o.corpus);
    for (const t of texts.slice(0, 50)) nlp.tokenize(t);
    const passes = [];
    for (let p = 0; p < Math.max(1, o.passes); p++) passes.push(pass((t) => nlp.tokenize(t), texts));
    process.stdout.write(JSON.stringify({ passes }));
    return;
  }
  throw new Error(`unknown child ${o.child}`);
}

function runChild(o, kind, extra = []) {
  const args = ['--expose-gc', '--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', kind, '--corpus', o.corpus, '--core', o.core, ...extra];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`child ${kind} failed (${r.status} ${r.signal ?? ''}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout);
}

// ---------------------------------------------------------------- main
async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) return childMain(o);
  const log = (...a) => console.error(...a);
  if (!existsSync(o.core)) {
    console.error(`${o.core} not found: run 'npm run build' first (npm run bench does).`);
    process.exit(2);
  }
  if (typeof globalThis.gc !== 'function') log('note: run with node --expose-gc for steadier numbers (npm run bench does)');
  const started = performance.now();
  const core = require(o.core);
  const writeGood = require('write-good');
  const nlp = require('compromise');

  const texts = loadCorpus(o.corpus);
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  log(`corpus: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${(bytes / 1024).toFixed(0)} KB, from ${o.corpus}`);

  // Corpus throughput: warm-up, then interleaved timed passes.
  const tools = {
    ours: (t) => core.analyze(t, { format: 'plaintext' }),
    writeGood: (t) => writeGood(t),
    compromiseFull: (t) => nlp(t),
    compromiseFullTokenize: (t) => nlp.tokenize(t),
  };
  const warm = texts.slice(0, 60);
  for (const [name, fn] of Object.entries(tools)) {
    log(`warm-up ${name}…`);
    pass(fn, warm);
  }
  const passes = { ours: [], writeGood: [], compromiseFull: [], compromiseFullTokenize: [] };
  for (let p = 0; p < o.passes; p++) {
    for (const name of p === 0 ? ['ours', 'writeGood', 'compromiseFullTokenize'] : ['ours', 'writeGood']) {
      passes[name].push(pass(tools[name], texts));
      log(`pass ${p + 1}/${o.passes} ${name}: ${passes[name].at(-1).toFixed(0)} ms`);
    }
    if (p < o.compromisePasses) {
      passes.compromiseFull.push(pass(tools.compromiseFull, texts));
      log(`pass ${p + 1}/${o.compromisePasses} compromiseFull: ${passes.compromiseFull.at(-1).toFixed(0)} ms`);
    }
  }
  log('compromise/one tokenize in a child process…');
  const tok = runChild(o, 'tokenize', ['--passes', String(o.passes)]);
  passes.compromiseOneTokenize = tok.passes;

  const perTool = {};
  for (const [name, ps] of Object.entries(passes)) {
    const ms = median(ps);
    perTool[name] = { passesMs: ps.map((x) => +x.toFixed(1)), totalMs: +ms.toFixed(1), msPerArticle: +(ms / texts.length).toFixed(3), kbPerSecond: +(bytes / 1024 / (ms / 1000)).toFixed(0) };
  }
  // Per-article distribution for ours (one extra pass, timing each article).
  const perArticle = texts.map((t) => {
    const t0 = performance.now();
    core.analyze(t);
    return performance.now() - t0;
  });
  perTool.ours.medianArticleMs = +median(perArticle).toFixed(3);
  perTool.ours.p95ArticleMs = +pct(perArticle, 95).toFixed(3);
  perTool.ours.maxArticleMs = +Math.max(...perArticle).toFixed(3);

  // Scaling.
  const scaling = {};
  for (const [label, size, reps] of [['100KB', 100 * 1024, 5], ['0.5MB', 512 * 1024, 3], ['1MB', 1024 * 1024, 3], ['5MB', 5 * 1024 * 1024, o.quick ? 1 : 3]]) {
    const doc = bigDoc(texts, size);
    const times = [];
    for (let k = 0; k < reps; k++) {
      gc();
      const t0 = performance.now();
      core.analyze(doc, { format: 'plaintext' });
      times.push(performance.now() - t0);
    }
    scaling[label] = { chars: doc.length, ms: +median(times).toFixed(1), runsMs: times.map((x) => +x.toFixed(1)) };
    log(`scaling ${label}: ${scaling[label].ms} ms`);
  }
  const scaling5MbOverHalfMb = scaling['5MB'].ms / scaling['0.5MB'].ms;

  log('incremental re-analysis in a child process…');
  const { plain: inc, markdown: incMd } = runChild(o, 'incremental', ['--edits', String(o.edits)]);
  const { coldMs, unchangedMs, editMs } = inc;
  const incrementalAgrees = inc.agrees;
  log(`incremental: median ${median(editMs).toFixed(2)} ms, p95 ${pct(editMs, 95).toFixed(2)} ms`);
  log(`incremental (markdown): median ${median(incMd.editMs).toFixed(2)} ms, ${(median(incMd.editMs) / median(editMs)).toFixed(2)}x plain text`);

  // The language server, as a separate process over stdio (scripts/benchServer.mjs).
  const server = await benchServer({ docOf: (size) => bigDoc(texts, size), edits: o.quick ? 5 : 20, log });
  // The web extension's server, the browser bundle in a thread standing in for the web worker.
  const webServer = await benchWebServer({ docOf: (size) => bigDoc(texts, size), log });

  // Memory, in a fresh process.
  log('peak RSS for 5 MB in a child process…');
  const rss = runChild(o, 'rss', ['--size', String(5 * 1024 * 1024)]);

  // Sizes.
  const size = (p) => (existsSync(p) ? statSync(p).size : null);
  const vsixes = readdirSync(root).filter((f) => f.endsWith('.vsix')).map((f) => ({ f, t: statSync(join(root, f)).mtimeMs })).sort((a, b) => b.t - a.t);
  const sizes = {
    extensionJsBytes: size(join(root, 'dist', 'extension.js')),
    webExtensionJsBytes: size(join(root, 'dist', 'web', 'extension.js')),
    coreJsBytes: size(join(root, 'dist', 'core.js')),
    vsixFile: vsixes.length ? vsixes[0].f : null,
    vsixBytes: vsixes.length ? statSync(join(root, vsixes[0].f)).size : null,
  };

  const result = {
    articles: texts.length,
    corpusChars: chars,
    corpusKB: +(bytes / 1024).toFixed(0),
    msPerArticle: perTool.ours.msPerArticle,
    kbPerSecond: perTool.ours.kbPerSecond,
    ratioWriteGood: +(perTool.ours.totalMs / perTool.writeGood.totalMs).toFixed(3),
    ratioFullCompromise: +(perTool.ours.totalMs / perTool.compromiseFull.totalMs).toFixed(3),
    ratioCompromiseOneTokenize: +(perTool.ours.totalMs / perTool.compromiseOneTokenize.totalMs).toFixed(3),
    scaling5MbOverHalfMb: +scaling5MbOverHalfMb.toFixed(2),
    incrementalColdMs: +coldMs.toFixed(1),
    incrementalUnchangedMs: +unchangedMs.toFixed(2),
    incrementalMedianMs: +median(editMs).toFixed(2),
    incrementalP95Ms: +pct(editMs, 95).toFixed(2),
    incrementalEdits: editMs.length,
    incrementalWarmUpEdits: inc.warmUpMs.length,
    incrementalWarmUpMedianMs: +median(inc.warmUpMs).toFixed(2),
    incrementalWarmUpMaxMs: +Math.max(...inc.warmUpMs).toFixed(2),
    incrementalAgreesWithFresh: incrementalAgrees,
    incrementalMarkdownMedianMs: +median(incMd.editMs).toFixed(2),
    incrementalMarkdownP95Ms: +pct(incMd.editMs, 95).toFixed(2),
    incrementalMarkdownAgreesWithFresh: incMd.agrees,
    incrementalMarkdownOverPlain: +(median(incMd.editMs) / median(editMs)).toFixed(2),
    peakRssMb5Mb: +rss.peakRssMb.toFixed(0),
    rssBeforeAnalysisMb5Mb: +rss.rssBeforeMb.toFixed(0),
    analyze5MbChildMs: +rss.ms.toFixed(0),
    ...server,
    ...webServer,
    // What the server adds to an edit beyond the debounce, against the core's own
    // incremental re-analysis in this run (1 = the server costs nothing more).
    serverEditOverCoreIncremental: +((server.serverEditToDiagnosticsMedianMs - server.serverDebounceMs) / median(editMs)).toFixed(2),
    tools: perTool,
    scaling,
    ...sizes,
    node: process.version,
    passes: o.passes,
    compromisePasses: o.compromisePasses,
    gcExposed: typeof globalThis.gc === 'function',
    seconds: +((performance.now() - started) / 1000).toFixed(1),
  };
  result.targets = {};
  for (const [k, t] of Object.entries(TARGETS)) result.targets[k] = { value: result[k], max: t.max, pass: Number.isFinite(result[k]) && result[k] <= t.max };

  if (o.jsonOut) writeFileSync(o.jsonOut, JSON.stringify(result, null, 2) + '\n');
  if (o.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const f = (x, d = 1) => (x === null || x === undefined ? '—' : typeof x === 'number' ? x.toFixed(d) : String(x));
  const rows = [
    ['tool (corpus, median of passes)', 'ms/article', 'KB/s', 'total ms'],
    ['ours: analyze()', f(perTool.ours.msPerArticle, 2), f(perTool.ours.kbPerSecond, 0), f(perTool.ours.totalMs, 0)],
    ['write-good', f(perTool.writeGood.msPerArticle, 2), f(perTool.writeGood.kbPerSecond, 0), f(perTool.writeGood.totalMs, 0)],
    ['compromise full: nlp(text)', f(perTool.compromiseFull.msPerArticle, 2), f(perTool.compromiseFull.kbPerSecond, 0), f(perTool.compromiseFull.totalMs, 0)],
    ['compromise/one tokenize (child)', f(perTool.compromiseOneTokenize.msPerArticle, 2), f(perTool.compromiseOneTokenize.kbPerSecond, 0), f(perTool.compromiseOneTokenize.totalMs, 0)],
    ['compromise full nlp.tokenize', f(perTool.compromiseFullTokenize.msPerArticle, 2), f(perTool.compromiseFullTokenize.kbPerSecond, 0), f(perTool.compromiseFullTokenize.totalMs, 0)],
  ];
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((x, c) => (c === 0 ? x.padEnd(w[c]) : x.padStart(w[c]))).join('  ');
  console.log(`Sourcing Lens bench — ${texts.length} articles, ${(bytes / 1024).toFixed(0)} KB, node ${process.version}`);
  console.log('');
  for (const r of rows) console.log(line(r));
  console.log(`ours per article: median ${f(perTool.ours.medianArticleMs, 2)} ms, p95 ${f(perTool.ours.p95ArticleMs, 2)} ms, max ${f(perTool.ours.maxArticleMs, 1)} ms`);
  console.log('');
  console.log('scaling (single document, plaintext):');
  for (const [k, v] of Object.entries(scaling)) console.log(`  ${k.padEnd(6)} ${String(v.chars).padStart(8)} chars  ${f(v.ms, 1).padStart(8)} ms  ${f(v.chars / 1024 / (v.ms / 1000), 0).padStart(6)} KB/s`);
  console.log(`  5MB / 0.5MB time ratio: ${f(result.scaling5MbOverHalfMb, 2)} (linear = 10)`);
  console.log('');
  console.log(`incremental (1 MB doc, one createAnalyzer cache): cold ${f(coldMs, 0)} ms, unchanged ${f(unchangedMs, 2)} ms; first ${result.incrementalWarmUpEdits} one-word edits (JIT warm-up) median ${f(result.incrementalWarmUpMedianMs, 2)} ms, max ${f(result.incrementalWarmUpMaxMs, 2)} ms; the ${editMs.length} edits after them median ${f(result.incrementalMedianMs, 2)} ms, p95 ${f(result.incrementalP95Ms, 2)} ms; agrees with fresh analyze: ${incrementalAgrees}`);
  console.log(`incremental, markdown format (same doc and edits, ${incMd.editMs.length} edits): edit median ${f(result.incrementalMarkdownMedianMs, 2)} ms (${f(result.incrementalMarkdownOverPlain, 2)}x plain text in this run), p95 ${f(result.incrementalMarkdownP95Ms, 2)} ms; agrees with fresh analyze: ${incMd.agrees}`);
  console.log(`memory: peak RSS analysing 5 MB in a fresh process: ${f(result.peakRssMb5Mb, 0)} MB (${f(result.rssBeforeAnalysisMb5Mb, 0)} MB before the analysis; analysis took ${f(result.analyze5MbChildMs, 0)} ms)`);
  for (const l of serverLines(server)) console.log(l);
  console.log(webServerLine(webServer));
  console.log(`language server: edit to diagnostics beyond the debounce / the core's incremental median in this run: ${f(result.serverEditOverCoreIncremental, 2)} (1 = the server adds nothing to the analysis)`);
  console.log(`sizes: dist/extension.js ${sizes.extensionJsBytes ?? '—'} B, dist/web/extension.js ${sizes.webExtensionJsBytes ?? '—'} B, dist/core.js ${sizes.coreJsBytes ?? '—'} B, vsix ${sizes.vsixFile ? `${sizes.vsixFile} ${sizes.vsixBytes} B` : '— (none at repo root)'}`);
  console.log('');
  console.log('targets:');
  for (const [k, t] of Object.entries(result.targets)) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${TARGETS[k].label}: ${f(t.value, 2)} (target ≤ ${t.max})`);
  console.log(`(ratios: ours/write-good ${f(result.ratioWriteGood, 3)}, ours/full compromise ${f(result.ratioFullCompromise, 3)}, ours/compromise-one tokenize ${f(result.ratioCompromiseOneTokenize, 3)}; ${result.seconds} s)`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
