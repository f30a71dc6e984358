// Measures accuracy: runs the CLI over the texts of ../shared/gold and over the
// PolNeAR training split, then prints the tables of the shared scorers.
// usage: node scripts/eval.mjs [--json] [--verbose]   (SOURCING_SHARED overrides ../shared)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.SOURCING_SHARED ?? path.join(root, '..', 'shared'));
const verbose = process.argv.includes('--verbose');
const json = process.argv.includes('--json');
if (!existsSync(path.join(shared, 'tools', 'score.mjs'))) {
  console.error(`eval: shared material not found at ${shared} (set SOURCING_SHARED)`);
  process.exit(2);
}
const cli = path.join(root, 'dist', 'cli.js');
const out = path.join(root, '.eval');

function analyzeInto(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // exit code 1 only means "findings found"; anything else is a failure
  try {
    execFileSync(process.execPath, [cli, 'analyze', '--format', 'json', '--out', dir, ...files], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  } catch (e) {
    if (e.status !== 1) throw e;
  }
}

function score(args) {
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
}

const goldDir = path.join(shared, 'gold');
const goldTexts = readdirSync(goldDir).filter((f) => f.endsWith('.json'))
  .map((f) => path.join(shared, JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')).text));
analyzeInto(path.join(out, 'gold'), goldTexts);
const seedGold = path.join(out, 'seed-gold');
rmSync(seedGold, { recursive: true, force: true });
mkdirSync(seedGold, { recursive: true });
const seedName = readdirSync(goldDir).find((f) => f.startsWith('000_'));

const results = {};
if (seedName) {
  // the seed alone, scored with the same tool
  execFileSync('cp', [path.join(goldDir, seedName), seedGold]);
  const t = score([path.join(shared, 'tools', 'score.mjs'), '--gold', seedGold, '--pred', path.join(out, 'gold'), '--texts', shared, '--json']);
  results.seed = JSON.parse(t);
  if (!json) {
    console.log('== seed (' + seedName + ')');
    console.log(score([path.join(shared, 'tools', 'score.mjs'), '--gold', seedGold, '--pred', path.join(out, 'gold'), '--texts', shared, ...(verbose ? ['--verbose'] : [])]));
  }
}
results.gold = JSON.parse(score([path.join(shared, 'tools', 'score.mjs'), '--gold', goldDir, '--pred', path.join(out, 'gold'), '--json']));
if (!json) {
  console.log('== shared gold (' + goldTexts.length + ' texts)');
  console.log(score([path.join(shared, 'tools', 'score.mjs'), '--gold', goldDir, '--pred', path.join(out, 'gold'), ...(verbose ? ['--verbose'] : [])]));
}
const polnear = path.join(shared, 'corpora', 'polnear', 'train');
if (existsSync(polnear)) {
  analyzeInto(path.join(out, 'polnear'), [path.join(polnear, 'text')]);
  const t = score([path.join(shared, 'tools', 'polnear.mjs'), '--corpus', polnear, '--pred', path.join(out, 'polnear'), ...(verbose ? ['--verbose'] : [])]);
  const m = /polnear_p=([\d.]+) polnear_r=([\d.]+) polnear_f1=([\d.]+) source_span=([\d.]+)/.exec(t);
  results.polnear = m ? { p: +m[1], r: +m[2], f1: +m[3], sourceSpan: +m[4] } : null;
  if (!json) console.log('== PolNeAR train\n' + t);
}
if (json) console.log(JSON.stringify(results, null, 2));
