// Turns one JSONL input line into a Story, or a reason it cannot be one. The
// checks are the ones a user can act on: the line is not JSON, not an object,
// has no usable id or text, or its text is over the size limit.
import { decode, formatSize } from '../read';
import type { Line } from './lineReader';
import type { Story } from './story';

export type Parsed = { ok: true; story: Story } | { ok: false; reason: string };

export function parseRecord(line: Line, maxSize: number): Parsed {
  if ('tooLong' in line) {
    return { ok: false, reason: `the line is ${formatSize(line.tooLong)}, over the ${formatSize(maxSize)} limit (raise it with --max-size)` };
  }
  const read = decode(line.bytes);
  if (!read.ok) return { ok: false, reason: read.reason === 'empty file' ? 'empty line' : read.reason };
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (err) {
    return { ok: false, reason: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a JSON object: each line must be {"id": …, "text": …}' };
  const { id, text, ...fields } = value as Record<string, unknown>;
  if (id === undefined) return { ok: false, reason: 'no "id"' };
  if (!(typeof id === 'string' && id !== '') && !(typeof id === 'number' && Number.isFinite(id))) {
    return { ok: false, reason: `"id" must be a non-empty string or a number (got ${JSON.stringify(id)})` };
  }
  if (text === undefined) return { ok: false, reason: `no "text" (story ${JSON.stringify(id)})` };
  if (typeof text !== 'string') return { ok: false, reason: `"text" must be a string (story ${JSON.stringify(id)})` };
  if (text.trim() === '') return { ok: false, reason: `empty "text" (story ${JSON.stringify(id)})` };
  if (Buffer.byteLength(text, 'utf8') > maxSize) {
    return { ok: false, reason: `the text of story ${JSON.stringify(id)} is over the ${formatSize(maxSize)} limit (raise it with --max-size)` };
  }
  return { ok: true, story: { id, text, format: 'plaintext', fields } };
}
