// Reading back the CLI's JSON and JSONL results: what is accepted, and what is
// refused with a reason instead of crashing the renderer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { analysisProblem, parseRecords } from '../../src/cli/reportRecords';

const analysis = analyze('Officials said the bridge would reopen. The fire destroyed 300 homes.');
const record = { file: 'a.txt', ...analysis };

test('the JSON of analyze: one object, or an array', () => {
  const one = parseRecords(JSON.stringify(record, null, 2), 'one.json');
  assert.equal(one.length, 1);
  assert.ok(one[0].ok && one[0].record.path === 'a.txt');
  const many = parseRecords(JSON.stringify([record, { ...record, file: 'b.txt' }]), 'many.json');
  assert.deepEqual(many.map((r) => r.ok && r.record.path), ['a.txt', 'b.txt']);
});

test('JSONL: one record per line, blank lines and CRLF allowed, the analysis nested or not, extra fields kept', () => {
  const lines = [
    JSON.stringify(record),
    '',
    JSON.stringify({ path: 'b.txt', date: '2016-05-17', outlet: 'nyt', text: 'Officials said so.', analysis }),
    '{"file": "c.txt", oops',
    JSON.stringify({ file: 'd.txt', attributions: [] }),
    '',
  ].join('\r\n');
  const results = parseRecords(lines, 'r.jsonl');
  assert.equal(results.length, 4);
  assert.ok(results[0].ok);
  assert.ok(results[1].ok && results[1].record.path === 'b.txt' && results[1].record.fields.date === '2016-05-17' && results[1].record.text === 'Officials said so.');
  assert.ok(!results[2].ok && results[2].where === 'r.jsonl:4' && /not JSON/.test(results[2].reason));
  assert.ok(!results[3].ok && results[3].where === 'r.jsonl:5' && /no "paragraphs" list/.test(results[3].reason));
});

test('malformed analyses are refused with the reason', () => {
  const broken = (patch: (a: Record<string, unknown>) => void): string | null => {
    const copy = JSON.parse(JSON.stringify(analysis)) as Record<string, unknown>;
    patch(copy);
    return analysisProblem(copy);
  };
  assert.equal(analysisProblem(analysis), null);
  assert.match(broken((a) => { (a.attributions as unknown[])[0] = null; }) ?? '', /attributions\[0\] is not an object/);
  assert.match(broken((a) => { ((a.attributions as Record<string, unknown>[])[0]).kind = 'secret'; }) ?? '', /unknown kind/);
  assert.match(broken((a) => { ((a.attributions as Record<string, unknown>[])[0]).id = 7; }) ?? '', /id is 7, not its index 0/);
  assert.match(broken((a) => { ((a.figures as Record<string, unknown>[])[0]).value = 'lots'; }) ?? '', /value is malformed/);
  assert.match(broken((a) => { delete a.summary; }) ?? '', /summary/);
  assert.match(broken((a) => { (a.anonymity as Record<string, unknown>).status = 'maybe'; }) ?? '', /anonymity/);
  assert.match(analysisProblem([1, 2]) ?? '', /not a JSON object/);
});

test('an empty file is one clear refusal', () => {
  const r = parseRecords('  \n', 'e.jsonl');
  assert.equal(r.length, 1);
  assert.ok(!r[0].ok && r[0].reason === 'empty file');
});
