// Writes a report's pieces in batches: the printers yield many small pieces (one
// JSON array element, one report line), and a write per piece would cost more
// than making them. Each batch is awaited before the next is made, so a slow
// reader or disk holds the printing back instead of letting it pile up in memory.
import { once } from 'node:events';
import type { FileHandle } from 'node:fs/promises';

/** About what a pipe or a file write takes at once. */
const BATCH = 64 * 1024;

export type Put = (text: string) => Promise<void>;

export async function writeChunks(chunks: Iterable<string>, put: Put): Promise<void> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= BATCH) { await put(batch); batch = ''; }
  }
  if (batch !== '') await put(batch);
}

/** Waits for 'drain' when the stream's buffer is full. An error while waiting
 *  rejects (events.once does so on 'error') rather than waiting forever. */
export const toStream = (stream: NodeJS.WritableStream): Put => async (text) => {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
};

export const toFile = (handle: FileHandle): Put => async (text) => {
  await handle.write(text);
};
