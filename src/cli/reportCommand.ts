// `sourcing-lens report`: analyses the stories (on the same worker pool as
// `analyze`) or reads back results the CLI wrote (JSON, JSONL), and writes one desk
// report: a self-contained HTML page, or the same table as CSV. The drawing is the
// pure renderer's (src/report); this file only gathers inputs and writes the output.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deskCsv, deskPage, storyMeta, type Skipped, type StoryRecord } from '../report';
import { discover, type Input } from './inputs';
import { analyzeInOrder } from './pool';
import { decode, formatSize } from './read';
import type { ReportOptions } from './reportArgs';
import { isResultFile, parseRecords } from './reportRecords';

/** JSON results are larger than the stories they describe (13 MB for 840 articles). */
const MAX_RESULT_BYTES = 512 * 1024 * 1024;

type Complain = (message: string) => void;

async function readResults(file: string, records: StoryRecord[], skipped: Skipped[]): Promise<void> {
  let bytes: Buffer;
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) { skipped.push({ path: file, reason: 'not a regular file' }); return; }
    if (stats.size > MAX_RESULT_BYTES) { skipped.push({ path: file, reason: `${formatSize(stats.size)} is over the ${formatSize(MAX_RESULT_BYTES)} limit for results` }); return; }
    bytes = await fs.readFile(file);
  } catch (err) {
    skipped.push({ path: file, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((err as Error).message) });
    return;
  }
  const read = decode(bytes);
  if (!read.ok) { skipped.push({ path: file, reason: read.reason }); return; }
  for (const result of parseRecords(read.text, file)) {
    if (!result.ok) { skipped.push({ path: result.where, reason: result.reason }); continue; }
    const { record } = result;
    records.push({ path: record.path, analysis: record.analysis, meta: storyMeta(record.path, record.text, record.analysis, record.fields) });
  }
}

async function analyseStories(paths: readonly string[], opts: ReportOptions, records: StoryRecord[], skipped: Skipped[]): Promise<void> {
  const inputs: AsyncIterable<Input> = discover(paths);
  const outcomes = analyzeInOrder(inputs, {
    jobs: opts.jobs,
    maxSize: opts.maxSize,
    timeLimitMs: opts.timeout * 1000,
    workerFile: path.join(__dirname, 'worker.js'),
  });
  for await (const outcome of outcomes) {
    if (!outcome.ok) { skipped.push({ path: outcome.path, reason: outcome.reason }); continue; }
    // The text is needed only for its metadata and word count: not kept.
    records.push({ path: outcome.path, analysis: outcome.analysis, meta: storyMeta(outcome.path, outcome.text, outcome.analysis) });
  }
}

/** The records in command-line order: runs of story paths go to the pool together. */
async function gather(opts: ReportOptions): Promise<{ records: StoryRecord[]; skipped: Skipped[] }> {
  const records: StoryRecord[] = [];
  const skipped: Skipped[] = [];
  let stories: string[] = [];
  const flush = async () => {
    if (stories.length > 0) await analyseStories(stories, opts, records, skipped);
    stories = [];
  };
  for (const p of opts.paths) {
    if (isResultFile(p)) { await flush(); await readResults(p, records, skipped); }
    else stories.push(p);
  }
  await flush();
  return { records, skipped };
}

export async function reportCommand(opts: ReportOptions, write: (text: string) => Promise<void>, complain: Complain): Promise<number> {
  if (opts.out !== null) {
    const stats = await fs.stat(opts.out).catch(() => null);
    if (stats?.isDirectory()) { complain(`--out ${opts.out} is a folder; name the report file, e.g. ${path.join(opts.out, 'report.html')}`); return 2; }
  }
  const { records, skipped } = await gather(opts);
  for (const s of skipped) complain(`skipped ${s.path}: ${s.reason}`);
  if (records.length === 0) complain(`no stories to report in ${opts.paths.join(', ')}`);
  const output = opts.format === 'csv'
    ? deskCsv(records)
    : deskPage(records, { inputs: opts.paths, nonce: randomBytes(16).toString('base64'), skipped });
  if (opts.out === null) await write(output);
  else {
    try {
      await fs.writeFile(opts.out, output);
    } catch (err) {
      complain(`cannot write ${opts.out}: ${(err as Error).message}`);
      return 2;
    }
    complain(`wrote ${opts.out} (${formatSize(Buffer.byteLength(output))}): ${records.length} ${records.length === 1 ? 'story' : 'stories'}`);
  }
  return skipped.length > 0 ? 2 : 0;
}
