// Splits a byte stream into numbered lines without ever holding more than one
// line (and never more than `maxBytes` of it): a 50 MB line in a JSONL archive is
// counted and reported, not buffered, so one bad record cannot blow the memory.
// A line ends at "\n"; a "\r" before it (CRLF files) is dropped.

export type Line =
  | { number: number; bytes: Buffer }
  | { number: number; tooLong: number };

export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const finish = (): Line => {
    const line: Line = size > maxBytes ? { number, tooLong: size } : { number, bytes: trimCr(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    number++;
    return line;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    take(chunk.subarray(start));
  }
  // A last line without its "\n" still counts; an empty tail is no line at all.
  if (size > 0) yield finish();

  function take(piece: Buffer): void {
    // Past the limit only the count grows: the bytes are dropped as they come.
    if (size + piece.length <= maxBytes) parts.push(piece);
    else parts = [];
    size += piece.length;
  }
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes;
}
