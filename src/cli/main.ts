// `sourcing-lens`: the command-line shell over the analysis core. It finds the
// files, has them analysed (on worker threads for many files), and streams each
// result, in input order, to one printer and/or the --out folder.
import { statSync } from 'node:fs';
import path from 'node:path';
import { version } from '../../package.json';
import { parseArgs, UsageError, type Options } from './args';
import { palette } from './color';
import { HELP } from './help';
import { withoutIgnored } from './ignore';
import { jsonlCommand } from './jsonl/command';
import { discover, type Input } from './inputs';
import { claimOutNames, prepareOutDir, writeOut } from './out';
import { analyzeInOrder } from './pool';
import { jsonPrinter } from './printers/json';
import { sarifPrinter } from './printers/sarif';
import { textPrinter } from './printers/text';
import { parseReportArgs } from './reportArgs';
import { reportCommand } from './reportCommand';
import { isQueueCommand, queueMain } from '../queue/main';
import { LineIndex } from './lines';
import { arrayRows, type FileResult, type Printer, type Skipped } from './result';
import type { Outcome } from './task';
import { collectGarbage } from './collect';
import { removeSpool, spooledAnalysis, spoolFolder, spoolRows, withoutRows } from './spool';
import { toStream, writeChunks } from './sink';
import { Workflow } from './workflow';

const NAME = 'sourcing-lens';

/** Texts longer than this (characters) are analysed in windows, their rows kept on
 *  disk until printed (spool.ts): a 1 MB story's whole analysis is some tens of MB,
 *  a 50 MB one's hundreds. Shorter ones are analysed whole, with no disk in between.
 *  SOURCING_LENS_WINDOWED_FROM moves the line (the tests run both ways on the same
 *  texts and compare the bytes). */
const WINDOWED_FROM = windowedFrom(process.env.SOURCING_LENS_WINDOWED_FROM);

function windowedFrom(setting: string | undefined): number {
  const n = Number(setting);
  return setting !== undefined && setting.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : 1024 * 1024;
}

/** Writes and waits when the pipe is full, so a slow reader cannot make us buffer
 *  a whole folder's report. */
const write = toStream(process.stdout);

const complain = (message: string): boolean => process.stderr.write(`${NAME}: ${message}\n`);

/** JSON is one object only when the command line names exactly one file: decided
 *  by what was typed, not by how many files a folder happens to hold. */
function namesOneFile(paths: readonly string[]): boolean {
  try {
    return paths.length === 1 && statSync(paths[0], { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

function choosePrinter(opts: Options): Printer | null {
  // With --out alone the files are the product; stdout stays quiet for scripts.
  if (opts.out !== null && !opts.formatGiven) return null;
  switch (opts.format) {
    case 'jsonl': return null; // written by jsonlCommand, not by a printer
    case 'json': return jsonPrinter(namesOneFile(opts.paths));
    case 'sarif': return sarifPrinter(version, process.cwd());
    case 'text': return textPrinter(palette(opts.color, process.stdout.isTTY === true, process.env));
  }
}

/** A file's result as the printers read it, its findings finished by the workflow.
 *  A windowed file's findings are made from its spool first; what they needed of
 *  its rows is let go before the printers read the rows again. */
function finishFile(workflow: Workflow, outcome: Extract<Outcome, { ok: true }>): { result: FileResult; fails: boolean } {
  const { spool } = outcome;
  const finished = workflow.finish(outcome.path, outcome.text, spool ? spooledAnalysis(outcome.analysis, spool) : outcome.analysis);
  const analysis = spool ? withoutRows(finished.analysis) : finished.analysis;
  const rows = spool ? spoolRows(spool) : arrayRows(analysis);
  const result = { path: outcome.path, text: outcome.text, analysis, rows, lines: new LineIndex(outcome.text), orphans: finished.orphans, signOff: finished.signOff };
  return { result, fails: finished.fails };
}

async function analyzeCommand(opts: Options): Promise<number> {
  if (opts.out !== null) {
    const problem = await prepareOutDir(opts.out);
    if (problem) { complain(problem); return 2; }
  }
  const workflow = new Workflow(opts);
  const badConfig = workflow.configs.checkExplicit();
  if (badConfig) { complain(badConfig); return 2; }
  const printer = choosePrinter(opts);
  const spools = spoolFolder();
  // Spools of files not yet printed when the run stops early (a closed pipe) go too.
  process.on('exit', () => removeSpool(spools));
  const skipped: Skipped[] = [];
  let failed = false;

  let inputs: AsyncIterable<Input> = workflow.select(discover(opts.paths));
  if (opts.out !== null) inputs = claimOutNames(inputs, opts.out);
  const outcomes = analyzeInOrder(inputs, {
    jobs: opts.jobs,
    maxSize: opts.maxSize,
    timeLimitMs: opts.timeout * 1000,
    workerFile: path.join(__dirname, 'worker.js'),
    windowed: { from: WINDOWED_FROM, under: spools },
  });

  if (printer) await write(printer.begin());
  let seen = 0;
  for await (const outcome of outcomes) {
    seen++;
    for (const line of workflow.newProblems()) complain(line);
    if (!outcome.ok) {
      skipped.push({ path: outcome.path, reason: outcome.reason });
      complain(`skipped ${outcome.path}: ${outcome.reason}`);
      continue;
    }
    try {
      const { result, fails } = finishFile(workflow, outcome);
      for (const line of workflow.newProblems()) complain(line);
      // What finishing a windowed file's findings left behind goes before the long
      // printing from its spool starts (collect.ts).
      if (outcome.spool) collectGarbage();
      if (opts.out !== null) {
        const problem = await writeOut(opts.out, result);
        if (problem) { skipped.push({ path: outcome.path, reason: problem }); complain(problem); }
      }
      if (printer) await writeChunks(printer.file(result), write);
      if (fails) failed = true;
    } finally {
      if (outcome.spool) removeSpool(outcome.spool.dir);
    }
  }
  if (printer) await write(printer.end(skipped));
  // Not an error (an empty drafts folder is normal), but a mistyped folder should
  // not pass in silence.
  if (seen === 0) complain(`no .txt, .md or .markdown files found in ${opts.paths.join(', ')}`);
  for (const line of workflow.newProblems()) complain(line);
  // Unreadable input outranks --fail-on: the run did not see everything it was asked
  // to. So does a bad config or review file: it did not check what the desk set.
  return skipped.length > 0 || workflow.hadProblems ? 2 : failed ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number | null> {
  // The language server speaks JSON-RPC on stdio, not the analyze options. Loaded
  // only here, so `analyze` starts no slower for it.
  if (argv[0] === 'lsp') return (await import('../server/stdio')).runLanguageServer(argv.slice(1));
  if (isQueueCommand(argv) && !argv.includes('--help') && !argv.includes('-h')) return queueMain(argv, write, complain);
  let opts: Options;
  try {
    // `report` has options of its own; --help still shows the usage of both.
    if (argv[0] === 'report' && !argv.some((a) => a === '--help' || a === '-h')) {
      return await reportCommand(parseReportArgs(argv.slice(1)), write, complain);
    }
    opts = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    complain(`${err.message} (see ${NAME} --help)`);
    return 2;
  }
  if (opts.command === 'help') { await write(HELP); return 0; }
  if (opts.command === 'version') { await write(`${version}\n`); return 0; }
  if (opts.format === 'jsonl') return jsonlCommand(opts, complain);
  return analyzeCommand(opts);
}

// A reader that stops early (`| head`) is not an error of ours; a full disk is.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  complain(`cannot write the report: ${err.message}`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => { if (code !== null) process.exitCode = code; },
  (err: unknown) => {
    complain(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
