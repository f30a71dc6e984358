// The JSONL archive mode: records in, one line per story out, in input order, the
// record's other fields carried through, the same analysis the core gives.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { CLI, ROOT, run, scratch } from './helpers';
import { parseLines, writeArchive } from './stories';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { analyze } = require(path.join(ROOT, 'dist', 'core.js')) as { analyze(text: string): unknown };

test('--input jsonl: one line per record, in input order, other fields carried, the core\'s analysis', (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'in.jsonl');
  const records = writeArchive(input, 150);
  const r = run(['analyze', '--input', 'jsonl', input, '--jobs', '2']);
  assert.equal(r.status, 0, r.stderr);
  const lines = parseLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.id), records.map((x) => x.id));
  assert.deepEqual(lines.map((l) => l.outlet), records.map((x) => x.outlet));
  for (const i of [0, 77, 149]) assert.deepEqual(lines[i].analysis, analyze(records[i].text));
  assert.ok(!('text' in lines[0]), 'the text is not copied into the output');
  assert.match(r.stderr, /^sourcing-lens: 150 stories written · [0-9.]+ s/m, 'a final summary');
  assert.doesNotMatch(r.stderr, /\r/, 'no progress line when stderr is not a terminal');
});

test('--jobs 1 and --jobs 3 write the same bytes; --quiet leaves stderr empty', (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'in.jsonl');
  writeArchive(input, 140);
  const one = run(['analyze', '--input', 'jsonl', input, '--jobs', '1', '--quiet']);
  const three = run(['analyze', '--input', 'jsonl', input, '--jobs', '3', '-q']);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(one.stdout, three.stdout);
  assert.equal(one.stderr, '');
});

test('stdin ("-") and CRLF lines read as a file does', (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'in.jsonl');
  writeArchive(input, 5);
  const crlf = readFileSync(input, 'utf8').replace(/\n/g, '\r\n');
  const r = spawnSync(process.execPath, [CLI, 'analyze', '--input', 'jsonl', '-', '-q'], { input: crlf, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, run(['analyze', '--input', 'jsonl', input, '-q']).stdout);
});

test('text files with --format jsonl: one line each, the path as id', (t) => {
  const dir = scratch(t);
  writeFileSync(path.join(dir, 'a.txt'), 'Officials said the bridge would reopen.');
  writeFileSync(path.join(dir, 'b.md'), '# Title\n\nThe fire destroyed 300 homes.');
  const r = run(['analyze', dir, '--format', 'jsonl', '-q']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(parseLines(r.stdout).map((l) => path.basename(l.id)), ['a.txt', 'b.md']);
});

test('bad records: each named with its line number on stderr, the rest written, exit 2', (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'bad.jsonl');
  const good = (id: string): string => JSON.stringify({ id, text: 'Officials said the bridge would reopen next month.' });
  writeFileSync(input, [
    good('a'),
    '{"id": "b", "text": "unterminated',
    JSON.stringify({ id: 'c', body: 'no text here' }),
    JSON.stringify({ id: 'd', text: 'x'.repeat(50 * 1024 * 1024) }),
    good('a'),
    '[1, 2]',
    JSON.stringify({ text: 'no id' }),
    good('e'),
  ].join('\n'));
  const r = run(['analyze', '--input', 'jsonl', input], ROOT, CLI, 120_000);
  assert.equal(r.status, 2, r.stderr);
  assert.deepEqual(parseLines(r.stdout).map((l) => l.id), ['a', 'e']);
  const name = input;
  assert.match(r.stderr, new RegExp(`${name}:2: not JSON`));
  assert.match(r.stderr, new RegExp(`${name}:3: no "text" \\(story "c"\\)`));
  assert.match(r.stderr, new RegExp(`${name}:4: the line is 50 MB, over the 5 MB limit`));
  assert.match(r.stderr, new RegExp(`${name}:5: repeated id "a"`));
  assert.match(r.stderr, new RegExp(`${name}:6: not a JSON object`));
  assert.match(r.stderr, new RegExp(`${name}:7: no "id"`));
  assert.match(r.stderr, /2 stories written · 6 failed/);
});

test('a missing input file is named, exit 2', () => {
  const r = run(['analyze', '--input', 'jsonl', '/nonexistent/archive.jsonl']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\/nonexistent\/archive\.jsonl: cannot read the input: no such file/);
});

test('usage: --input jsonl with another format, --resume without --out, stdin without --input jsonl', () => {
  for (const [args, message] of [
    [['analyze', '--input', 'jsonl', 'x.jsonl', '--format', 'text'], /--input jsonl writes --format jsonl only/],
    [['analyze', '--input', 'jsonl', 'x.jsonl', '--resume'], /--resume needs --format jsonl and --out FILE/],
    [['analyze', '-'], /'-' \(stdin\) is read with --input jsonl only/],
    [['analyze', '--input', 'xml', 'x'], /--input must be one of files, jsonl/],
  ] as const) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
});

test('a story near the 5 MB limit comes out whole under the threads\' heap cap, in its place', (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'big.jsonl');
  const seed = readFileSync(path.join(ROOT, 'seeds', '000_12528e0f19a89f36.txt'), 'utf8');
  // About 4.5 MB, under the 5 MB limit: the heap cap of linePool.ts must leave
  // room for it (larger stories, with --max-size raised, run again uncapped).
  const big = `${seed}\n\n`.repeat(Math.ceil(4.5e6 / (seed.length + 2)));
  writeFileSync(input, [{ id: 'before', text: seed }, { id: 'big', text: big }, { id: 'after', text: seed }].map((r) => JSON.stringify(r)).join('\n'));
  const r = run(['analyze', '--input', 'jsonl', input, '--jobs', '1', '-q'], ROOT, CLI, 240_000);
  assert.equal(r.status, 0, r.stderr);
  const lines = parseLines(r.stdout) as { id: string; analysis: { length: number } }[];
  assert.deepEqual(lines.map((l) => l.id), ['before', 'big', 'after']);
  assert.equal(lines[1].analysis.length, big.length);
  assert.equal(JSON.stringify(lines[1].analysis), JSON.stringify(analyze(big)), 'the same analysis as the core gives');
});
