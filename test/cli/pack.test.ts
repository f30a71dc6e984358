// What crosses from a worker thread comes back as it went: the same outcome,
// arrays reassembled in order from their slices, the text to the code unit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { pack, packedBytes, transferList, unpack } from '../../src/cli/pack';
import type { Outcome } from '../../src/cli/task';
import { ROOT } from './helpers';

const roundTrip = (outcome: Outcome): Outcome => unpack(structuredClone(pack(outcome)));

test('an analysis packed in slices unpacks to the same outcome, keys in the same order', () => {
  const seed = readFileSync(path.join(ROOT, 'seeds', '000_12528e0f19a89f36.txt'), 'utf8');
  // Enough paragraphs that every array is cut into several slices.
  const text = `\uFEFF${seed}\n\n${'“Prices rose 5%,” he said. 🎉\n\n'.repeat(5000)}`;
  const outcome: Outcome = { path: 'story.txt', ok: true, text, analysis: analyze(text) };
  assert.ok(outcome.analysis.sentences.length > 10_000);
  const expected = structuredClone(outcome);
  const packed = pack(outcome);
  assert.ok(packed.pieces.length > 10, `${packed.pieces.length} pieces`);
  // pack consumes the analysis as it goes, so it and its bytes are never both whole
  assert.ok(outcome.ok && outcome.analysis.sentences.every((s) => s === null), 'the packed slices were let go');
  const back = unpack(structuredClone(packed));
  assert.deepEqual(back, expected);
  assert.equal(JSON.stringify(back), JSON.stringify(expected));
  assert.equal(packed.pieces.every((p) => p === null), false, 'unpacking a copy leaves the original alone');
});

test('a skipped outcome crosses unchanged; every large buffer is moved, none twice', () => {
  const skipped: Outcome = { path: 'a.txt', ok: false, reason: 'empty file' };
  assert.deepEqual(roundTrip(skipped), skipped);

  const text = 'Officials said the bridge would reopen.\n\n'.repeat(3000);
  const packed = pack({ path: 'b.txt', ok: true, text, analysis: analyze(text) });
  const list = transferList(packed);
  assert.equal(new Set(list).size, list.length);
  assert.equal(list.reduce((n, b) => n + b.byteLength, 0), packedBytes(packed));
  // Moving the buffers, as the worker does, leaves them empty on this side.
  const moved = structuredClone(packed, { transfer: list });
  assert.equal(packed.head.byteLength, 0);
  assert.equal(unpack(moved).ok, true);
});
