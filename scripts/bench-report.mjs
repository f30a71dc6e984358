#!/usr/bin/env node
// Benchmark the desk report (`npm run bench:report` builds first): the wall time of
//   sourcing-lens report CORPUS --out FILE          (analysis + report)
//   sourcing-lens report CORPUS.json --out FILE     (report from saved results)
//   sourcing-lens analyze CORPUS --format json      (the analysis alone, for scale)
// over every story in CORPUS (default ../shared/corpora/polnear/train/text, the 840
// PolNeAR training articles), the median of --passes runs (default 3) each, and the
// ratio of the report to the analysis alone, and the report's size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const corpus = path.resolve(root, arg('--corpus', '../shared/corpora/polnear/train/text'));
const passes = Number(arg('--passes', '3'));
const cli = path.join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sourcing-lens-bench-report-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function time(args, stdoutFile) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1024 ** 3 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (stdoutFile) writeFileSync(stdoutFile, r.stdout);
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stories = readdirSync(corpus).filter((f) => /\.(txt|md)$/.test(f)).length;
const out = path.join(tmp, 'report.html');
const json = path.join(tmp, 'results.json');

const analyse = [], full = [], fromJson = [];
for (let i = 0; i < passes; i++) {
  analyse.push(time(['analyze', corpus, '--format', 'json'], json));
  full.push(time(['report', corpus, '--out', out]));
  fromJson.push(time(['report', json, '--out', path.join(tmp, 'from-json.html')]));
}
const mb = (file) => (statSync(file).size / 1024 ** 2).toFixed(1);
console.log(`corpus: ${path.relative(root, corpus)} (${stories} stories), ${os.availableParallelism()} CPUs, median of ${passes} passes`);
console.log(`analyze --format json      ${median(analyse).toFixed(2)} s  (${mb(json)} MB of JSON)`);
console.log(`report CORPUS --out        ${median(full).toFixed(2)} s  (${mb(out)} MB of HTML)`);
console.log(`report results.json --out  ${median(fromJson).toFixed(2)} s`);
console.log(`ratio report / analyze     ${(median(full) / median(analyse)).toFixed(2)}`);
