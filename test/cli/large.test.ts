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
