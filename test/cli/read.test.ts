// Decoding: the offset named in "not valid UTF-8 (bad byte … at offset N)" must be
// where the WHATWG decoder really gives up, and valid text must decode exactly as
// Buffer#toString does (BOM kept), since the scorer reads files that way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode, firstInvalidUtf8 } from '../../src/cli/read';

const strict = new TextDecoder('utf-8', { fatal: true });

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x80000000; };
}

test('firstInvalidUtf8 agrees with TextDecoder on random and tricky bytes', () => {
  const tricky = [
    [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0x80],
    [0xe2, 0x82], [0x61, 0xe2, 0x82, 0xac, 0xff], [0xf0, 0x9f, 0x8e, 0x89],
  ].map((b) => Uint8Array.from(b));
  const next = random(2026);
  const samples: Uint8Array[] = [...tricky];
  for (let i = 0; i < 3000; i++) {
    const bytes = new Uint8Array(1 + Math.floor(next() * 12));
    // Mostly high bytes, so that valid and invalid sequences both turn up often.
    for (let j = 0; j < bytes.length; j++) bytes[j] = next() < 0.3 ? Math.floor(next() * 0x80) : 0x80 + Math.floor(next() * 0x80);
    samples.push(bytes);
  }
  for (const bytes of samples) {
    const at = firstInvalidUtf8(bytes);
    let valid = true;
    try { strict.decode(bytes); } catch { valid = false; }
    assert.equal(at === -1, valid, `bytes ${Buffer.from(bytes).toString('hex')}`);
    if (!valid) {
      // Everything before the reported byte decodes; the reported sequence does not.
      assert.doesNotThrow(() => strict.decode(bytes.subarray(0, at)));
    }
  }
});

test('decode keeps a BOM and matches Buffer#toString for valid text', () => {
  const bytes = Buffer.from('\uFEFFCafé “quoted” 🎉\r\nline', 'utf8');
  const result = decode(bytes);
  assert.ok(result.ok);
  assert.equal(result.text, bytes.toString('utf8'));
  assert.equal(result.text.charCodeAt(0), 0xfeff);
});

test('decode explains empty, binary and non-UTF-8 input', () => {
  assert.deepEqual(decode(new Uint8Array()), { ok: false, reason: 'empty file' });
  assert.match((decode(Uint8Array.from([0x61, 0x00])) as { reason: string }).reason, /NUL byte at offset 1/);
  assert.match((decode(Buffer.from('na\xefve', 'latin1')) as { reason: string }).reason, /bad byte 0xEF at offset 2/);
});
