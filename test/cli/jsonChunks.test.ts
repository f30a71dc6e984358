// The streamed JSON must be exactly what JSON.stringify(value, null, 2) writes:
// scripts and the scorer read it, and a diff of two runs should show only changes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { jsonChunks } from '../../src/cli/printers/jsonChunks';
import { ROOT } from './helpers';

const joined = (value: unknown, depth?: number): string => [...jsonChunks(value, depth)].join('');

test('jsonChunks matches JSON.stringify on awkward values at every depth', () => {
  const values: unknown[] = [
    null, 0, -1.5, 'line\nbreak "quoted" \u2028', true, [], {}, [[]], [{}], { a: [] },
    { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }, [undefined, () => 1, Symbol('s'), NaN, Infinity],
    { nested: { deeper: [1, { x: [2, 3] }], empty: {} }, date: new Date(0), list: [1, 'two', null] },
    { toJSON: () => ({ replaced: true }) }, [{ toJSON: () => 'x' }],
    // Holes read as undefined, which JSON.stringify writes as null.
    [1, , 3],
  ];
  for (const value of values) {
    for (const depth of [0, 1, 2, 3, 5]) {
      assert.equal(joined(value, depth), JSON.stringify(value, null, 2), `${String(JSON.stringify(value))} at depth ${depth}`);
    }
  }
});

test('jsonChunks writes an analysis byte for byte as JSON.stringify does, in many pieces', () => {
  const text = readFileSync(path.join(ROOT, 'seeds', '000_12528e0f19a89f36.txt'), 'utf8');
  const value = { file: 'seeds/x.txt', ...analyze(text) };
  const pieces = [...jsonChunks(value)];
  assert.equal(pieces.join(''), JSON.stringify(value, null, 2));
  // One piece per array element at least: no piece holds a whole array of them.
  assert.ok(pieces.length > value.attributions.length + value.figures.length + value.sentences.length);
  const longest = pieces.reduce((most, p) => Math.max(most, p.length), 0);
  assert.ok(longest < 2000, `longest piece ${longest} characters`);
});
