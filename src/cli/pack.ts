// An Outcome as many small byte buffers, to cross from a worker thread to the
// main thread without a copy (the buffers are moved) and without one buffer the
// size of the whole analysis: serializing a 50 MB story's analysis at once grows
// a buffer of hundreds of MB by doubling it, and decoding it needs that buffer
// and the decoded objects at the same time. In slices, each piece is freed as it
// is decoded. Decoding gives the same values (not the same shared references,
// which no printer relies on).
import { deserialize, serialize } from 'node:v8';
import type { Analysis } from '../core';
import type { Outcome } from './task';

/** Array elements per piece: tens of KB of bytes, enough that the per-piece cost
 *  does not show. */
const SLICE = 2048;

type ArrayKey = { [K in keyof Analysis]: Analysis[K] extends unknown[] ? K : never }[keyof Analysis];

export interface Packed {
  /** The outcome, with the analysis' arrays empty and without the text. */
  head: Uint8Array;
  /** The file's text as UTF-8: half the bytes of the string, for most stories. */
  text: Uint8Array | null;
  /** Slices of the analysis' arrays, in order. Taken out (set to null) as decoded. */
  pieces: ({ key: ArrayKey; bytes: Uint8Array } | null)[];
  /** Analysed in windows (its rows are on disk): the result is small, but the
   *  thread's heap is as large as a long text made it. */
  windowed: boolean;
}

/** Consumes the outcome: each slice of the analysis is dropped from its array once it
 *  is bytes, so the analysis and its bytes are never both whole in the worker's heap
 *  (for a 50 MB story each is some hundreds of MB). The worker sends the result and
 *  never reads it again. */
export function pack(outcome: Outcome): Packed {
  if (!outcome.ok) return { head: serialize(outcome), text: null, pieces: [], windowed: false };
  const { analysis, text } = outcome;
  const bare: Record<string, unknown> = {};
  const pieces: Packed['pieces'] = [];
  for (const [key, value] of Object.entries(analysis)) {
    if (!Array.isArray(value)) { bare[key] = value; continue; }
    bare[key] = []; // keeps the key's place, so the JSON's key order does not change
    for (let i = 0; i < value.length; i += SLICE) {
      const end = Math.min(i + SLICE, value.length);
      pieces.push({ key: key as ArrayKey, bytes: serialize(value.slice(i, end)) });
      value.fill(null, i, end);
    }
  }
  return { head: serialize({ ...outcome, text: '', analysis: bare }), text: Buffer.from(text, 'utf8'), pieces, windowed: outcome.spool !== undefined };
}

export function unpack(packed: Packed): Outcome {
  const outcome = deserialize(packed.head) as Outcome;
  if (!outcome.ok) return outcome;
  // The text came from a strict UTF-8 decode (read.ts), so it holds no lone
  // surrogate and comes back unchanged.
  const text = packed.text ?? new Uint8Array(0);
  outcome.text = Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8');
  packed.text = null;
  for (let i = 0; i < packed.pieces.length; i++) {
    const piece = packed.pieces[i]!;
    packed.pieces[i] = null;
    const target: unknown[] = outcome.analysis[piece.key];
    // A loop, not push(...slice): that is a call with one argument per element.
    for (const item of deserialize(piece.bytes) as unknown[]) target.push(item);
  }
  return outcome;
}

/** The buffers that can be moved: a Buffer cut from Node's shared pool cannot
 *  (moving it would take the pool's memory away from the thread), and is copied. */
export function transferList(packed: Packed): ArrayBuffer[] {
  const all = [packed.head, packed.text, ...packed.pieces.map((p) => p?.bytes ?? null)];
  const list: ArrayBuffer[] = [];
  for (const bytes of all) {
    if (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) list.push(bytes.buffer);
  }
  return list;
}

export function packedBytes(packed: Packed): number {
  let n = packed.head.byteLength + (packed.text?.byteLength ?? 0);
  for (const p of packed.pieces) n += p?.bytes.byteLength ?? 0;
  return n;
}
