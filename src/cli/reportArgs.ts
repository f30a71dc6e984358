// The options of `sourcing-lens report`, checked here so the command never sees a
// bad value; a mistake is a UsageError, printed as one line with exit 2.
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, parseSize, UsageError } from './args';

export type ReportFormat = 'html' | 'csv';

export interface ReportOptions {
  paths: string[];
  format: ReportFormat;
  /** The file to write; null writes to stdout. */
  out: string | null;
  jobs: number;
  maxSize: number;
  timeout: number;
}

const VALUE_FLAGS: Record<string, string> = {
  '--format': '--format', '-f': '--format',
  '--out': '--out', '-o': '--out',
  '--jobs': '--jobs', '-j': '--jobs',
  '--max-size': '--max-size',
  '--timeout': '--timeout',
};

/** `argv` is what follows the word `report`. */
export function parseReportArgs(argv: readonly string[]): ReportOptions {
  const opts: ReportOptions = { paths: [], format: 'html', out: null, jobs: availableParallelism(), maxSize: DEFAULT_MAX_SIZE, timeout: DEFAULT_TIMEOUT };
  let formatGiven = false;
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') { opts.paths.push(arg); continue; }
    if (arg === '--') { onlyPaths = true; continue; }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const flag = VALUE_FLAGS[name];
    if (!flag) throw new UsageError(`unknown option '${name}' for report`);
    let value: string;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`option '${name}' needs a value`);
      value = argv[++i];
    }
    switch (flag) {
      case '--format':
        if (value !== 'html' && value !== 'csv') throw new UsageError(`report --format must be html or csv (got '${value}')`);
        opts.format = value;
        formatGiven = true;
        break;
      case '--out':
        if (value === '') throw new UsageError('--out needs a file name');
        opts.out = value;
        break;
      case '--jobs':
        if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--jobs must be a whole number from 1 up (got '${value}')`);
        opts.jobs = Number(value);
        break;
      case '--max-size':
        opts.maxSize = parseSize(value);
        break;
      case '--timeout':
        if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || Number(value) <= 0) throw new UsageError(`--timeout must be a number of seconds above 0 (got '${value}')`);
        opts.timeout = Number(value);
        break;
    }
  }
  if (opts.paths.length === 0) throw new UsageError('no paths given: name the folders, files or JSON/JSONL results to report on');
  // `--out report.csv` alone says which format is wanted.
  if (!formatGiven && opts.out !== null && /\.csv$/i.test(opts.out)) opts.format = 'csv';
  return opts;
}
