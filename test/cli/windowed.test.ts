// A file analysed in windows prints the same bytes as one analysed whole: run the
// CLI both ways (SOURCING_LENS_WINDOWED_FROM moves the line) on the seed, the shared
// gold texts and long texts made of them (LF, CRLF, Markdown with a suppression
// comment), under a desk config and a review file, in every format and --out.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, run, scratch, CLI } from './helpers';
import { goldTexts } from '../core/helpers';

const seed = readFileSync(path.join(ROOT, 'seeds', '000_12528e0f19a89f36.txt'), 'utf8');

const WHOLE = { SOURCING_LENS_WINDOWED_FROM: String(2 ** 40) };
const WINDOWED = { SOURCING_LENS_WINDOWED_FROM: '0' };

/** stdout, stderr, status and the --out files of one run, to compare two runs by. */
function outputs(args: string[], cwd: string, env: Record<string, string>, out?: string): string {
  const r = run(args, cwd, CLI, 240_000, env);
  const files = out && existsSync(out) ? readdirSync(out).sort().map((f) => `${f}\n${readFileSync(path.join(out, f), 'utf8')}`) : [];
  return JSON.stringify({ status: r.status, stdout: r.stdout, stderr: r.stderr, files });
}

function assertSameBothWays(dir: string, target: string): void {
  for (const format of ['text', 'json', 'sarif']) {
    const args = ['analyze', target, '--format', format];
    const whole = outputs(args, dir, WHOLE);
    assert.equal(outputs(args, dir, WINDOWED), whole, `${target} as ${format}`);
  }
  // The same folder both times: its name is in what the run says.
  const out = path.join(dir, 'out');
  const whole = outputs(['analyze', target, '--out', 'out'], dir, WHOLE, out);
  rmSync(out, { recursive: true });
  const windowed = outputs(['analyze', target, '--out', 'out'], dir, WINDOWED, out);
  assert.equal(windowed, whole, `${target} with --out`);
  assert.ok(JSON.parse(whole).files.length > 0);
}

test('the seed and the gold texts print the same analysed in windows as whole', (t) => {
  const dir = scratch(t);
  mkdirSync(path.join(dir, 'stories'));
  writeFileSync(path.join(dir, 'stories', 'seed.txt'), seed);
  writeFileSync(path.join(dir, 'stories', 'seed-markdown.md'), `# The seed\n\n${seed}`);
  for (const [i, text] of goldTexts().entries()) writeFileSync(path.join(dir, 'stories', `gold-${String(i).padStart(2, '0')}.txt`), text);
  assertSameBothWays(dir, 'stories');
});

test('long texts (LF, CRLF, Markdown) under a desk config and a review file print the same both ways', (t) => {
  const dir = scratch(t);
  mkdirSync(path.join(dir, 'desk'));
  // A severity changed and a code turned off (its fallback then stands in), so the
  // findings the workflow finishes are not the analyzer's own.
  writeFileSync(path.join(dir, 'desk', '.sourcinglens.json'), '{ "severity": { "anonymous-source": "warning", "vague-anonymous-source": "off" } }');
  const long = [seed, ...goldTexts()].join('\n\n').repeat(3);
  writeFileSync(path.join(dir, 'desk', 'long.txt'), long);
  writeFileSync(path.join(dir, 'desk', 'crlf.txt'), long.replace(/\n/g, '\r\n'));
  writeFileSync(path.join(dir, 'desk', 'long.md'), `# Long\n\n<!-- sourcing-lens-disable unattributed-figure -- checked by the desk -->\n\n${long.replace(/\bofficials\b/g, '*officials*')}`);
  // Sign-off records for two of the flags, as an editor's review would leave them.
  const first = JSON.parse(run(['analyze', path.join('desk', 'long.txt'), '--format', 'json'], dir, CLI, 240_000, WHOLE).stdout) as { findings: { review?: { phrase: string; sentence: string } }[] };
  const reviewed = first.findings.filter((f) => f.review).slice(0, 2).map((f, i) => ({ action: i === 0 ? 'approve' : 'verify', phrase: f.review!.phrase, sentence: f.review!.sentence, by: 'A. Editor', note: 'checked', date: '2026-12-01' }));
  assert.equal(reviewed.length, 2);
  writeFileSync(path.join(dir, 'desk', '.sourcing-review.json'), JSON.stringify({ version: 1, stories: { 'long.txt': reviewed } }));
  assertSameBothWays(dir, 'desk');
});
