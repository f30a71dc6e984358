// Turns argv into a checked `Options` object. Everything the user can get wrong on
// the command line is caught here, so the rest of the CLI never sees a bad value;
// a mistake becomes a `UsageError`, which main() prints as one line and exit 2.
import { availableParallelism } from 'node:os';
// The codes table only: importing the core's index would load the analyzer (and its
// lexicon) on the main thread, which only the worker threads need.
import { ALL_CODES } from '../core/codes';
import type { FindingCode } from '../core/types';
import { FAIL_ON_ALIASES } from '../config/failOn';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'jsonl';
/** What PATH… holds: text files (and folders of them), or JSONL records {id, text, …}. */
export type InputKind = 'files' | 'jsonl';

export interface Options {
  command: 'analyze' | 'help' | 'version';
  paths: string[];
  format: OutputFormat;
  /** Whether --format was given: with --out and no explicit format, stdout stays quiet. */
  formatGiven: boolean;
  out: string | null;
  /** Finding codes that make the run exit 1. */
  failOn: Set<FindingCode>;
  /** Finding codes dropped from every output (and from --fail-on). */
  ignore: Set<FindingCode>;
  jobs: number;
  maxSize: number;
  /** Per-file analysis time limit, in seconds. */
  timeout: number;
  /** null: decide from the terminal and NO_COLOR. */
  color: boolean | null;
  /** --config FILE: one project config for every story (else the nearest one). */
  config: string | null;
  /** --exclude GLOB (repeatable): files a folder walk leaves out, relative to the working folder. */
  exclude: string[];
  input: InputKind;
  /** JSONL output only: pass over ids already in the --out file. */
  resume: boolean;
  /** No progress line and no summary on stderr (errors still go there). */
  quiet: boolean;
}

export class UsageError extends Error {}

/** The friendly names --fail-on takes, besides the raw finding codes (shared with the config). */
export { FAIL_ON_ALIASES };

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
/** Seconds. The analyzer takes milliseconds on a news story and a few seconds on a
 *  file at the size limit; a minute means something is wrong with that file. */
export const DEFAULT_TIMEOUT = 60;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'jsonl'];
const INPUTS: readonly InputKind[] = ['files', 'jsonl'];

/** Options that take a value, with their short forms. */
const VALUE_FLAGS: Record<string, string> = {
  '--format': '--format', '-f': '--format',
  '--out': '--out', '-o': '--out',
  '--fail-on': '--fail-on',
  '--ignore': '--ignore',
  '--jobs': '--jobs', '-j': '--jobs',
  '--max-size': '--max-size',
  '--timeout': '--timeout',
  '--config': '--config',
  '--exclude': '--exclude',
  '--input': '--input',
};

export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    command: 'analyze',
    paths: [],
    format: 'text',
    formatGiven: false,
    out: null,
    failOn: new Set(),
    ignore: new Set(),
    jobs: availableParallelism(),
    maxSize: DEFAULT_MAX_SIZE,
    timeout: DEFAULT_TIMEOUT,
    color: null,
    config: null,
    exclude: [],
    input: 'files',
    resume: false,
    quiet: false,
  };
  // --help and --version win over everything else, even a mistake elsewhere on the
  // line, so a user who is lost can always get the usage. Only flags before `--` count.
  const flags = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (flags.some((a) => a === '--help' || a === '-h')) return { ...opts, command: 'help' };
  if (flags.some((a) => a === '--version' || a === '-v')) return { ...opts, command: 'version' };

  let command: string | null = null;
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // A lone "-" is stdin (--input jsonl), a path like any other.
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      if (command === null) command = arg;
      else opts.paths.push(arg);
      continue;
    }
    if (arg === '--') { onlyPaths = true; continue; }
    if (arg === '--color') { opts.color = true; continue; }
    if (arg === '--no-color') { opts.color = false; continue; }
    if (arg === '--resume') { opts.resume = true; continue; }
    if (arg === '--quiet' || arg === '-q') { opts.quiet = true; continue; }

    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const flag = VALUE_FLAGS[name];
    if (!flag) {
      if (name === '--color' || name === '--no-color') throw new UsageError(`option '${name}' takes no value`);
      throw new UsageError(`unknown option '${name}'`);
    }
    let value: string;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`option '${name}' needs a value`);
      value = argv[++i];
    }
    applyValue(opts, flag, value);
  }

  if (command === null) throw new UsageError('missing command: try `sourcing-lens analyze PATH…`');
  if (command === 'help') return { ...opts, command: 'help' };
  if (command !== 'analyze') {
    throw new UsageError(`unknown command '${command}': did you mean \`sourcing-lens analyze ${[command, ...opts.paths].join(' ')}\`?`);
  }
  if (opts.paths.length === 0) throw new UsageError('no paths given: name the files or folders to analyse');
  checkArchiveOptions(opts);
  return opts;
}

/** The JSONL mode's combinations: records in means lines out, and --resume needs
 *  the output file it resumes. */
function checkArchiveOptions(opts: Options): void {
  if (opts.input === 'jsonl') {
    if (!opts.formatGiven) opts.format = 'jsonl';
    else if (opts.format !== 'jsonl') throw new UsageError(`--input jsonl writes --format jsonl only (got --format ${opts.format})`);
  }
  if (opts.resume && (opts.format !== 'jsonl' || opts.out === null)) {
    throw new UsageError('--resume needs --format jsonl and --out FILE: it passes over the ids already in FILE');
  }
  if (opts.paths.includes('-') && opts.input !== 'jsonl') throw new UsageError("'-' (stdin) is read with --input jsonl only");
}

function applyValue(opts: Options, flag: string, value: string): void {
  switch (flag) {
    case '--format':
      if (!(FORMATS as readonly string[]).includes(value)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${value}')`);
      }
      opts.format = value as OutputFormat;
      opts.formatGiven = true;
      return;
    case '--input':
      if (!(INPUTS as readonly string[]).includes(value)) throw new UsageError(`--input must be one of ${INPUTS.join(', ')} (got '${value}')`);
      opts.input = value as InputKind;
      return;
    case '--out':
      if (value === '') throw new UsageError('--out needs a folder name');
      opts.out = value;
      return;
    case '--fail-on':
      for (const code of parseCodes(flag, value, true)) opts.failOn.add(code);
      return;
    case '--ignore':
      for (const code of parseCodes(flag, value, false)) opts.ignore.add(code);
      return;
    case '--config':
      if (value === '') throw new UsageError('--config needs a file name');
      opts.config = value;
      return;
    case '--exclude':
      if (value.trim() === '') throw new UsageError('--exclude needs a glob pattern, such as drafts/archive/**');
      opts.exclude.push(value);
      return;
    case '--jobs': {
      if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--jobs must be a whole number from 1 up (got '${value}')`);
      opts.jobs = Number(value);
      return;
    }
    case '--max-size':
      opts.maxSize = parseSize(value);
      return;
    case '--timeout': {
      const seconds = Number(value);
      if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || seconds <= 0) {
        throw new UsageError(`--timeout must be a number of seconds above 0 (got '${value}')`);
      }
      opts.timeout = seconds;
      return;
    }
  }
}

/** A comma list of finding codes; --fail-on also takes the friendlier aliases. */
function parseCodes(flag: string, value: string, aliases: boolean): FindingCode[] {
  const codes: FindingCode[] = [];
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new UsageError(`${flag} needs at least one name`);
  for (const name of names) {
    if (aliases && name in FAIL_ON_ALIASES) codes.push(...FAIL_ON_ALIASES[name]);
    else if ((ALL_CODES as string[]).includes(name)) codes.push(name as FindingCode);
    else {
      const known = [...(aliases ? Object.keys(FAIL_ON_ALIASES) : []), ...ALL_CODES];
      throw new UsageError(`${flag}: unknown name '${name}' (known: ${known.join(', ')})`);
    }
  }
  return codes;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "5MB", "500k", "1048576" → bytes (binary units, as `ls -h` counts). */
export function parseSize(value: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new UsageError(`--max-size must be a size such as 5MB, 500KB or 1048576 (got '${value}')`);
  }
  return Math.floor(Number(m[1]) * unit);
}
