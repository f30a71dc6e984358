// `analyze --format jsonl`: the archive mode. Stories (JSONL records or text
// files) stream through the worker threads and out, one line per story in input
// order, to stdout or the --out file; a bad record is named on stderr with its
// line number and the rest still runs.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Options } from '../args';
import { describeError } from '../inputs';
import { toStream, type Put } from '../sink';
import { analyzeInOrder, type Entry } from './inOrder';
import { Progress, type Tally } from './progress';
import { resumeFrom } from './resume';
import { fileEntries, jsonlEntries, type SourceOptions } from './sources';

export async function jsonlCommand(opts: Options, complain: (message: string) => void): Promise<number> {
  let done = new Set<string>();
  if (opts.resume && opts.out !== null) {
    const resumed = await resumeFrom(opts.out);
    if (!resumed.ok) { complain(resumed.reason); return 2; }
    done = resumed.done;
    if (resumed.cutBytes > 0) complain(`--resume: cut an unfinished last line (${resumed.cutBytes} bytes) from ${opts.out}; its story runs again`);
  }

  let handle: fs.FileHandle | null = null;
  let put: Put = toStream(process.stdout);
  if (opts.out !== null) {
    try {
      // Appending is what makes --resume safe; without it the file starts afresh.
      handle = await fs.open(opts.out, opts.resume ? 'a' : 'w');
    } catch (err) {
      complain(`--out ${opts.out}: cannot write it (${describeError(err)})`);
      return 2;
    }
    const h = handle;
    put = async (text) => { await h.write(text); };
  }

  const tally: Tally = { written: 0, failed: 0, resumed: 0 };
  let bytesRead = 0;
  const progress = new Progress(process.stderr, process.stderr.isTTY === true && !opts.quiet, await totalBytes(opts));
  const sourceOpts: SourceOptions = {
    maxSize: opts.maxSize,
    seen: new Set(),
    done,
    onResumed: () => { tally.resumed++; },
    onBytes: (n) => { bytesRead += n; },
  };
  const entries: AsyncIterable<Entry> = opts.input === 'jsonl' ? jsonlEntries(opts.paths, sourceOpts) : fileEntries(opts.paths, sourceOpts);
  let flagged = false;
  try {
    for await (const { where, result } of analyzeInOrder(entries, {
      jobs: opts.jobs,
      timeLimitMs: opts.timeout * 1000,
      workerFile: path.join(__dirname, 'jsonl-worker.js'),
      ignore: [...opts.ignore],
      failOn: [...opts.failOn],
    })) {
      if (result.ok) {
        // One write per line, "\n" included: a run killed mid-write leaves at
        // most one unfinished last line, which --resume cuts off.
        await put(`${result.line}\n`);
        tally.written++;
        flagged ||= result.flagged;
      } else {
        tally.failed++;
        progress.clear();
        complain(`${where}: ${result.reason}`);
      }
      progress.update(tally, bytesRead);
    }
  } catch (err) {
    progress.clear();
    complain(`cannot write ${opts.out ?? 'the output'}: ${describeError(err)}`);
    await handle?.close().catch(() => {});
    return 2;
  }
  try {
    await handle?.close();
  } catch (err) {
    complain(`cannot write ${opts.out}: ${describeError(err)}`);
    return 2;
  }
  progress.clear();
  if (!opts.quiet) complain(progress.summary(tally));
  return tally.failed > 0 ? 2 : flagged ? 1 : 0;
}

/** The input's size when it is known up front, for the ETA. */
async function totalBytes(opts: Options): Promise<number | null> {
  if (opts.input !== 'jsonl') return null;
  let total = 0;
  for (const p of opts.paths) {
    if (p === '-') return null;
    try { total += (await fs.stat(p)).size; } catch { return null; }
  }
  return total;
}
