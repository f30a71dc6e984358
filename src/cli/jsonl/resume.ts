// --resume: the ids an earlier, interrupted run already wrote to the JSONL output,
// so this run passes over them. Each line is written with its "\n" in one write,
// so a run killed mid-write leaves at most a last line without its "\n": that
// tail is cut off the file here, and its story runs again. The file never holds a
// duplicate or a truncated line.
import { createReadStream, promises as fs } from 'node:fs';
import { describeError } from '../inputs';
import { idKey } from './story';

export type Resumed = { ok: true; done: Set<string>; cutBytes: number } | { ok: false; reason: string };

export async function resumeFrom(file: string): Promise<Resumed> {
  const done = new Set<string>();
  let offset = 0; // bytes read before the current chunk
  let lineStart = 0; // file offset where the line being read starts
  let parts: Buffer[] = [];
  let number = 0;
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
        parts.push(chunk.subarray(start, nl));
        number++;
        const id = idOf(Buffer.concat(parts));
        parts = [];
        // A whole line that is not ours: guessing would lose someone's data.
        if (id === null) return { ok: false, reason: `--resume: line ${number} of ${file} is not a result line of sourcing-lens (no JSON object with an "id")` };
        done.add(id);
        start = nl + 1;
        lineStart = offset + start;
      }
      parts.push(chunk.subarray(start));
      offset += chunk.length;
    }
  } catch (err) {
    // Nothing written yet: a first run with --resume is an ordinary run.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, done, cutBytes: 0 };
    return { ok: false, reason: `--resume: cannot read ${file}: ${describeError(err)}` };
  }
  const cutBytes = offset - lineStart;
  if (cutBytes > 0) {
    try {
      await fs.truncate(file, lineStart);
    } catch (err) {
      return { ok: false, reason: `--resume: cannot cut the unfinished last line of ${file}: ${describeError(err)}` };
    }
  }
  return { ok: true, done, cutBytes };
}

function idOf(bytes: Buffer): string | null {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as { id?: unknown } | null;
    if (value !== null && (typeof value.id === 'string' || typeof value.id === 'number')) return idKey(value.id);
    return null;
  } catch {
    return null;
  }
}
