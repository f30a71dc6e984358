// JSON.stringify(value, null, 2), byte for byte, in pieces: the outer `depth`
// levels of objects and arrays are written member by member, deeper values one
// piece each. A 50 MB story's analysis is a few hundred MB of JSON text; as one
// string (and its UTF-8 copy on the way out) it would need several times that.

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** An array whose elements are read from `items` as it is written, so they need
 *  never be in memory all at once (a long file's rows, read from its spool). */
export class StreamedArray {
  constructor(readonly items: () => Iterable<unknown>) {}
}

export function* jsonChunks(value: unknown, depth = 2, indent = ''): Generator<string> {
  if (value instanceof StreamedArray) { yield* streamedChunks(value, depth, indent); return; }
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // A string in JSON never holds a raw line break, so every "\n" here is layout
    // and takes the indent of the level this value sits at.
    const text = JSON.stringify(value, null, 2) as string | undefined;
    if (text !== undefined) yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) { yield '[]'; return; }
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      const item: unknown = value[i];
      if (skipped(item)) yield 'null';
      else yield* jsonChunks(item, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (skipped(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(member, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** What the array branch above writes, from an iterable. */
function* streamedChunks(value: StreamedArray, depth: number, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of value.items()) {
    yield `${first ? '[' : ','}\n${inner}`;
    first = false;
    if (skipped(item)) yield 'null';
    else yield* jsonChunks(item, depth - 1, inner);
  }
  yield first ? '[]' : `\n${indent}]`;
}
