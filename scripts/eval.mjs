// Measures accuracy: runs the CLI over the texts of ../shared/gold and over the
// PolNeAR training split, then prints the tables of the shared scorers.
// usage: node scripts/eval.mjs [--json] [--verbose] [--verbose-held-out]   (SOURCING_SHARED overrides ../shared)
// Gold groups (original, worked-on, held-out) are named in scripts/gold-splits.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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

const results = {};
const scorer = path.join(shared, 'tools', 'score.mjs');
const predDir = path.join(out, 'gold');
// Scores one group of gold files with the shared scorer (copied into a folder of their own).
function scoreGroup(key, title, names, { showErrors }) {
  const dir = path.join(out, 'groups', key);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const n of names) copyFileSync(path.join(goldDir, n), path.join(dir, n));
  results[key] = JSON.parse(score([scorer, '--gold', dir, '--pred', predDir, '--texts', shared, '--json']));
  if (!json) {
    console.log(`== ${title} (${names.length} texts)`);
    console.log(score([scorer, '--gold', dir, '--pred', predDir, '--texts', shared, ...(verbose && showErrors ? ['--verbose'] : [])]));
  }
}
const goldNames = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
const splits = JSON.parse(readFileSync(path.join(root, 'scripts', 'gold-splits.json'), 'utf8'));
const heldOut = new Set(splits.heldOut);
const original = new Set(splits.original);
const seedName = goldNames.find((f) => f.startsWith('000_'));
// --verbose lists errors, but never those of the held-out texts unless asked by name:
// their errors are read only at the end, so that they measure the rules honestly.
const showHeldOut = process.argv.includes('--verbose-held-out');
if (seedName) scoreGroup('seed', `seed ${seedName}`, [seedName], { showErrors: true });
scoreGroup('original', 'original gold', goldNames.filter((f) => original.has(f)), { showErrors: true });
scoreGroup('dev', 'new gold, worked on', goldNames.filter((f) => !original.has(f) && !heldOut.has(f)), { showErrors: true });
scoreGroup('heldOut', 'new gold, held out', goldNames.filter((f) => heldOut.has(f)), { showErrors: showHeldOut });
scoreGroup('gold', 'all shared gold', goldNames, { showErrors: false });
const polnear = path.join(shared, 'corpora', 'polnear', 'train');
if (existsSync(polnear)) {
  analyzeInto(path.join(out, 'polnear'), [path.join(polnear, 'text')]);
  const t = score([path.join(shared, 'tools', 'polnear.mjs'), '--corpus', polnear, '--pred', path.join(out, 'polnear'), ...(verbose ? ['--verbose'] : [])]);
  const m = /polnear_p=([\d.]+) polnear_r=([\d.]+) polnear_f1=([\d.]+) source_span=([\d.]+)/.exec(t);
  results.polnear = m ? { p: +m[1], r: +m[2], f1: +m[3], sourceSpan: +m[4] } : null;
  if (!json) console.log('== PolNeAR train\n' + t);
}
if (json) console.log(JSON.stringify(results, null, 2));
