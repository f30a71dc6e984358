// Large inputs: a report with hundreds of thousands of rows must print whole, not
// end in a stack overflow from spreading an unbounded array into a call.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run, scratch } from './helpers';

// 200,000 one-line paragraphs, each an attribution: 1.8 MB, under the 5 MB limit,
// and far more rows than a call can take as arguments.
const LINES = 200_000;

test('a text report of 200,000 attributions prints in full, with its summary', (t) => {
  const file = path.join(scratch(t), 'said.txt');
  writeFileSync(file, 'He said.\n'.repeat(LINES));
  const r = run(['analyze', file]);
  assert.doesNotMatch(r.stderr, /internal error/);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`\\n    ${LINES}:1 +source `), 'the last row is printed');
  // How "He" is typed is the analyzer's business; that all of them are counted is ours.
  assert.match(r.stdout, new RegExp(`\\n  ${LINES} attributions: `));
  assert.match(r.stdout, new RegExp(`\\n1 file analysed · ${LINES} attributions \\(\\d+ anonymous\\) · [^\\n]*\\n$`));
});

test('results large enough to end their thread come back whole and in order, with more files than threads', (t) => {
  const dir = scratch(t);
  // 40,000 attributions a file: well over the size at which the pool ends a thread
  // after its result (pool.ts), so every file after the first two needs a new one.
  for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `${i}.txt`), `Story ${i}.\n\n${'She said.\n'.repeat(40_000)}`);
  const r = run(['analyze', dir, '--format', 'json', '--jobs', '2']);
  assert.equal(r.status, 0, r.stderr);
  const results = JSON.parse(r.stdout) as { file: string; attributions: unknown[]; length: number }[];
  assert.deepEqual(results.map((x) => path.basename(x.file)), ['0.txt', '1.txt', '2.txt', '3.txt', '4.txt']);
  for (const x of results) assert.equal(x.attributions.length, 40_000);
  assert.equal(results[4].length, 'Story 4.\n\n'.length + 'She said.\n'.length * 40_000);
});
