// Where an archive run's stories come from: JSONL records (files, or "-" for
// stdin) or text files found as `analyze PATH…` finds them. Each bad line becomes
// an entry with its reason and line number, so it is reported in its place and
// the rest still runs; ids already done (--resume) are passed over here.
import { createReadStream } from 'node:fs';
import { discover } from '../inputs';
import { readText } from '../read';
import type { Entry } from './inOrder';
import { readLines } from './lineReader';
import { parseRecord } from './records';
import { idKey, type StoryId } from './story';

export interface SourceOptions {
  maxSize: number;
  /** Keys (idKey) of stories not to run again, and where each repeated id is caught. */
  seen: Set<string>;
  /** Ids found in `seen` before this run (--resume): passed over in silence. */
  done: ReadonlySet<string>;
  /** Called for each story passed over by --resume. */
  onResumed?: () => void;
  /** Bytes read so far, for the progress line. */
  onBytes?: (bytes: number) => void;
}

/** A JSON-escaped 5 MB text and its other fields fit well in this. */
const lineLimit = (maxSize: number): number => maxSize * 2 + 1024 * 1024;

export async function* jsonlEntries(paths: readonly string[], opts: SourceOptions): AsyncGenerator<Entry> {
  for (const file of paths) {
    const name = file === '-' ? 'stdin' : file;
    const stream = file === '-' ? process.stdin : createReadStream(file);
    try {
      for await (const line of readLines(counted(stream, opts.onBytes), lineLimit(opts.maxSize))) {
        const where = `${name}:${line.number}`;
        // A blank line (often the last one) is layout, not a record.
        if ('bytes' in line && line.bytes.every((b) => b === 0x20 || b === 0x09)) continue;
        const parsed = parseRecord(line, opts.maxSize);
        if (!parsed.ok) { yield { where, reason: parsed.reason }; continue; }
        const repeated = claim(parsed.story.id, opts);
        if (repeated === 'done') continue;
        if (repeated) { yield { where, reason: repeated }; continue; }
        yield { where, story: parsed.story };
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a JSONL file' : err instanceof Error ? err.message : String(err);
      yield { where: name, reason: `cannot read the input: ${why}` };
    }
  }
}

export async function* fileEntries(paths: readonly string[], opts: SourceOptions): AsyncGenerator<Entry> {
  for await (const input of discover(paths)) {
    if (input.kind === 'skip') { yield { where: input.path, reason: input.reason }; continue; }
    if (claim(input.path, opts) === 'done') continue;
    const read = await readText(input.path, opts.maxSize);
    if (!read.ok) { yield { where: input.path, reason: read.reason }; continue; }
    opts.onBytes?.(read.text.length);
    yield { where: input.path, story: { id: input.path, text: read.text, format: input.format, fields: {} } };
  }
}

/** null for a new id; 'done' for one --resume found in the output; else the reason. */
function claim(id: StoryId, opts: SourceOptions): string | 'done' | null {
  const key = idKey(id);
  if (opts.done.has(key)) { opts.onResumed?.(); return 'done'; }
  if (opts.seen.has(key)) return `repeated id ${JSON.stringify(id)}: only its first record is analysed`;
  opts.seen.add(key);
  return null;
}

async function* counted(stream: AsyncIterable<Buffer | string>, onBytes?: (bytes: number) => void): AsyncGenerator<Buffer | string> {
  for await (const chunk of stream) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}
