#!/usr/bin/env node
// Archive-scale benchmark (`npm run bench:archive`, which builds first):
//
//   node scripts/bench-archive.mjs [--count N] [--corpus DIR] [--json]
//
// N stories (default 10,000: the PolNeAR training texts under ../shared/corpora,
// repeated with varied ids) as one JSONL file, run
//   - bare:    analyze() on each text, one cold pass in a fresh process (the rate
//              the archive paths are held to);
//   - stream:  `sourcing-lens analyze --input jsonl --out FILE` with --jobs 1 and 2;
//   - queue:   `queue add`, then 1 and 2 `worker --drain` processes on a throwaway
//              redis-server (loopback, free port, no persistence), then `queue collect`.
// Each prints stories/s, peak RSS (VmHWM of the process, sampled; for the queue the
// largest worker) and the speed-up over its own 1-job run. All in one run on the
// same machine, so the ratios hold even when the machine is shared.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { startRedis } = require('./scripts/redis-server.cjs');
const CLI = join(root, 'dist', 'cli.js');

const TARGETS = { streamOverBare: 1.3, peakRssMb: 300 };

function parseArgs(argv) {
  const o = { count: 10_000, corpus: join(root, '..', 'shared', 'corpora', 'polnear', 'train', 'text'), json: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--count') o.count = Number(argv[++i]);
    else if (argv[i] === '--corpus') o.corpus = resolve(argv[++i]);
    else if (argv[i] === '--json') o.json = true;
    else { console.error(`unknown argument: ${argv[i]}`); process.exit(2); }
  }
  if (!(o.count > 0)) { console.error('--count must be a number above 0'); process.exit(2); }
  return o;
}

const log = (s) => process.stderr.write(`${s}\n`);

async function writeArchive(file, corpus, count) {
  const names = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort();
  const texts = names.map((n) => readFileSync(join(corpus, n), 'utf8'));
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const k = i % texts.length;
    const line = `${JSON.stringify({ id: `${names[k]}#${Math.floor(i / texts.length)}`, outlet: names[k].split('_')[0], text: texts[k] })}\n`;
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

/** Peak RSS in MB of a running process, from its high-water mark. */
function peakRssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system, all threads) a running process has used so far.
 *  Sampled while it runs: on a machine shared with other work, wall time says
 *  how much CPU we were given, CPU time what the run cost. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Runs node with args; resolves with its wall time, exit code and peak RSS. */
function measure(args, { quietStderr = true } = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', quietStderr ? 'pipe' : 'inherit'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr?.on('data', (d) => { stderr += d; });
    let peak = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, peakRssMb(child.pid));
      cpu = cpuSeconds(child.pid) ?? cpu;
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, cpu, code, peakMb: peak, stdout, stderr });
    });
  });
}

const BARE = `
const { analyze } = require(${JSON.stringify(join(root, 'dist', 'core.js'))});
const texts = require('fs').readFileSync(process.argv[1], 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text);
const start = performance.now();
for (const t of texts) analyze(t);
process.stdout.write(String((performance.now() - start) / 1000));
`;

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(os.tmpdir(), 'sourcing-lens-bench-archive-'));
  const input = join(dir, 'archive.jsonl');
  try {
    log(`writing ${o.count} stories from ${o.corpus}`);
    await writeArchive(input, o.corpus, o.count);
    const rows = [];
    const rate = (s) => o.count / s;

    log('bare analyze()');
    const bare = await measure(['-e', BARE, input]);
    if (bare.code !== 0) throw new Error(`bare run failed: ${bare.stderr}`);
    const bareSeconds = Number(bare.stdout);
    rows.push({ run: 'bare analyze(), 1 process', seconds: bareSeconds, rate: rate(bareSeconds), peakMb: bare.peakMb, cpu: bare.cpu });

    const stream = {};
    for (const jobs of [1, 2]) {
      log(`streaming CLI, --jobs ${jobs}`);
      const out = join(dir, `stream-${jobs}.jsonl`);
      const r = await measure([CLI, 'analyze', '--input', 'jsonl', input, '--out', out, '--jobs', String(jobs), '--quiet']);
      if (r.code !== 0) throw new Error(`streaming run failed (exit ${r.code}): ${r.stderr}`);
      stream[jobs] = r;
      rows.push({ run: `streaming CLI, --jobs ${jobs}`, seconds: r.seconds, rate: rate(r.seconds), peakMb: r.peakMb, cpu: r.cpu, speedup: stream[1].seconds / r.seconds });
    }

    const redis = await startRedis(dir);
    const queue = {};
    try {
      for (const workers of [1, 2]) {
        const name = `bench-${workers}`;
        log(`queue, ${workers} worker${workers > 1 ? 's' : ''}`);
        const add = await measure([CLI, 'queue', 'add', '--input', 'jsonl', input, '--redis', redis.url, '--queue', name, '-q']);
        if (add.code !== 0) throw new Error(`queue add failed: ${add.stderr}`);
        const start = performance.now();
        const runs = await Promise.all(Array.from({ length: workers }, () => measure([CLI, 'worker', '--redis', redis.url, '--queue', name, '--drain', '-q'])));
        const seconds = (performance.now() - start) / 1000;
        if (runs.some((r) => r.code !== 0)) throw new Error(`a worker failed: ${runs.map((r) => r.stderr).join('\n')}`);
        const out = join(dir, `queue-${workers}.jsonl`);
        const collect = await measure([CLI, 'queue', 'collect', '--redis', redis.url, '--queue', name, '--out', out, '-q']);
        if (collect.code !== 0) throw new Error(`queue collect failed: ${collect.stderr}`);
        const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
        if (lines !== o.count) throw new Error(`queue collect wrote ${lines} lines, not ${o.count}`);
        queue[workers] = { seconds };
        rows.push({
          run: `queue, ${workers} worker${workers > 1 ? 's' : ''}`, seconds, rate: rate(seconds), peakMb: Math.max(...runs.map((r) => r.peakMb)), cpu: runs.reduce((n, r) => n + r.cpu, 0),
          speedup: queue[1].seconds / seconds, note: `add ${add.seconds.toFixed(1)} s, collect ${collect.seconds.toFixed(1)} s`,
        });
      }
    } finally {
      await redis.stop();
    }

    const streamOverBare = stream[1].seconds / bareSeconds;
    const maxRss = Math.max(...rows.slice(1).map((r) => r.peakMb));
    const checks = [
      { label: `streaming --jobs 1 time / bare analyze() time (target ≤ ${TARGETS.streamOverBare})`, value: streamOverBare, ok: streamOverBare <= TARGETS.streamOverBare },
      { label: `peak RSS of any CLI process, MB (target < ${TARGETS.peakRssMb})`, value: maxRss, ok: maxRss < TARGETS.peakRssMb },
    ];
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ count: o.count, cpus: os.availableParallelism(), rows, checks }, null, 2)}\n`);
      return;
    }
    console.log(`${o.count} stories, ${os.availableParallelism()} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`${'run'.padEnd(28)} ${'seconds'.padStart(8)} ${'stories/s'.padStart(10)} ${'peak RSS'.padStart(9)} ${'speed-up'.padStart(9)} ${'CPU s'.padStart(7)}`);
    for (const r of rows) {
      console.log(`${r.run.padEnd(28)} ${r.seconds.toFixed(1).padStart(8)} ${r.rate.toFixed(0).padStart(10)} ${`${r.peakMb.toFixed(0)} MB`.padStart(9)} ${(r.speedup ? `${r.speedup.toFixed(2)}×` : '').padStart(9)} ${r.cpu.toFixed(1).padStart(7)}${r.note ? `  (${r.note})` : ''}`);
    }
    for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'MISS'} ${c.label}: ${c.value.toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
