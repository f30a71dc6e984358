// The command lines of the job-queue commands: `queue add|status|collect` and
// `worker`. Kept apart from the analyze options (src/cli/args.ts): these talk to
// Redis, and share only --input, --max-size and --quiet with it.
import { parseSize, UsageError, type InputKind } from '../cli/args';
import { DEFAULT_MAX_SIZE } from '../cli/args';

export type QueueCommand = 'add' | 'status' | 'collect' | 'worker';

export interface QueueOptions {
  command: QueueCommand;
  paths: string[];
  input: InputKind;
  redis: string;
  queue: string;
  out: string | null;
  concurrency: number;
  /** Worker: exit once nothing is waiting or running (a batch job, a benchmark). */
  drain: boolean;
  /** Seconds a worker holds a job's lock; a worker silent that long is presumed dead. */
  stallSeconds: number;
  maxSize: number;
  quiet: boolean;
}

export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'sourcing-lens';

const VALUE_FLAGS = new Set(['--redis', '--queue', '--out', '-o', '--concurrency', '--stall-seconds', '--max-size', '--input']);

/** `argv` starts with "queue" or "worker". */
export function parseQueueArgs(argv: readonly string[], env: NodeJS.ProcessEnv): QueueOptions {
  const opts: QueueOptions = {
    command: 'worker',
    paths: [],
    input: 'files',
    redis: env.SOURCING_LENS_REDIS ?? DEFAULT_REDIS,
    queue: DEFAULT_QUEUE,
    out: null,
    concurrency: 2,
    drain: false,
    stallSeconds: 30,
    maxSize: DEFAULT_MAX_SIZE,
    quiet: false,
  };
  let rest = argv.slice(1);
  if (argv[0] === 'queue') {
    const sub = rest[0];
    if (sub !== 'add' && sub !== 'status' && sub !== 'collect') {
      throw new UsageError(`queue needs a subcommand: add, status or collect${sub ? ` (got '${sub}')` : ''}`);
    }
    opts.command = sub;
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '-' || !arg.startsWith('-')) { opts.paths.push(arg); continue; }
    if (arg === '--drain') { opts.drain = true; continue; }
    if (arg === '--quiet' || arg === '-q') { opts.quiet = true; continue; }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown option '${name}' for ${argv[0] === 'queue' ? `queue ${opts.command}` : 'worker'}`);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= rest.length) throw new UsageError(`option '${name}' needs a value`);
      value = rest[++i];
    }
    applyValue(opts, name, value);
  }
  if (opts.command === 'add' && opts.paths.length === 0) throw new UsageError('queue add: name the files, folders or (with --input jsonl) JSONL files to enqueue');
  if (opts.command !== 'add' && opts.paths.length > 0) throw new UsageError(`${opts.command === 'worker' ? 'worker' : `queue ${opts.command}`} takes no paths (got '${opts.paths[0]}')`);
  if (opts.paths.includes('-') && opts.input !== 'jsonl') throw new UsageError("'-' (stdin) is read with --input jsonl only");
  return opts;
}

function applyValue(opts: QueueOptions, name: string, value: string): void {
  switch (name) {
    case '--redis':
      if (!/^rediss?:\/\//.test(value)) throw new UsageError(`--redis must be a URL such as redis://host:6379 (got '${value}')`);
      opts.redis = value;
      return;
    case '--queue':
      if (!/^[A-Za-z0-9_.-]+$/.test(value)) throw new UsageError(`--queue must be letters, digits, '-', '_' or '.' (got '${value}')`);
      opts.queue = value;
      return;
    case '--out':
    case '-o':
      if (value === '') throw new UsageError('--out needs a file name');
      opts.out = value;
      return;
    case '--concurrency':
      if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--concurrency must be a whole number from 1 up (got '${value}')`);
      opts.concurrency = Number(value);
      return;
    case '--stall-seconds':
      if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || Number(value) < 1) throw new UsageError(`--stall-seconds must be a number of seconds, 1 or more (got '${value}')`);
      opts.stallSeconds = Number(value);
      return;
    case '--max-size':
      opts.maxSize = parseSize(value);
      return;
    case '--input':
      if (value !== 'files' && value !== 'jsonl') throw new UsageError(`--input must be one of files, jsonl (got '${value}')`);
      opts.input = value;
      return;
  }
}
