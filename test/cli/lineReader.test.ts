// The JSONL line splitter: lines across chunk boundaries, CRLF, a last line
// without "\n", and a line over the limit counted without being kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLines, type Line } from '../../src/cli/jsonl/lineReader';

async function lines(chunks: string[], max = 1000): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  async function* source(): AsyncGenerator<Buffer> { for (const c of chunks) yield Buffer.from(c); }
  for await (const line of readLines(source(), max) as AsyncGenerator<Line>) {
    out.push('bytes' in line ? `${line.number}:${line.bytes.toString()}` : -line.tooLong);
  }
  return out;
}

test('lines split across chunks, CRLF and a last line without its newline', async () => {
  assert.deepEqual(await lines(['{"a"', ':1}\r\n{"b":2}\n\n{"c"', ':3}']), ['1:{"a":1}', '2:{"b":2}', '3:', '4:{"c":3}']);
  assert.deepEqual(await lines([]), []);
  assert.deepEqual(await lines(['x\n']), ['1:x']);
});

test('a line over the limit is reported with its size, and the next line still counts', async () => {
  assert.deepEqual(await lines(['ab', 'cdef', 'gh\nok\n', 'x'.repeat(12)], 5), [-8, '2:ok', -12]);
  // Exactly at the limit is kept.
  assert.deepEqual(await lines(['abcde\n'], 5), ['1:abcde']);
});
