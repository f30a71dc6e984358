// Reads one input file as text, or says in plain words why it cannot. The text is
// exactly what `fs.readFileSync(file, 'utf8')` gives for a valid file (a BOM is kept),
// so every offset the CLI prints or writes matches what the scorer computes.
import { constants, promises as fs } from 'node:fs';
import { describeError } from './inputs';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

// fatal: refuse bad bytes instead of turning them into U+FFFD, which would shift
// nothing but silently change the text. ignoreBOM: keep the BOM in the string, as
// Buffer#toString does, so offsets count it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export async function readText(file: string, maxSize: number): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    // O_NONBLOCK: opening a FIFO or device would otherwise hang until a writer comes.
    const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
      if (!stats.isFile()) return { ok: false, reason: 'not a regular file' };
      if (stats.size > maxSize) {
        return { ok: false, reason: `${formatSize(stats.size)} is over the ${formatSize(maxSize)} limit (raise it with --max-size)` };
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { ok: false, reason: describeError(err) };
  }
  return decode(bytes);
}

export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at offset ${nul}), not text` };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` (bad byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at})` : '';
    return { ok: false, reason: `not valid UTF-8${where}; save the file as UTF-8 and try again` };
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. Follows the
 *  WHATWG decoder's rules (no overlongs, no surrogates, nothing above U+10FFFF), so it
 *  points where TextDecoder gave up. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}
