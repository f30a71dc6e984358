// Entry of the queue commands, called by the CLI's main for `queue …` and
// `worker`: parses their options and runs one.
import { UsageError } from '../cli/args';
import type { Put } from '../cli/sink';
import { addCommand } from './add';
import { parseQueueArgs, type QueueOptions } from './args';
import { collectCommand } from './collect';
import { disconnectAll, QueueSetupError } from './connection';
import { statusCommand } from './status';
import { workerCommand } from './worker';

export const isQueueCommand = (argv: readonly string[]): boolean => argv[0] === 'queue' || argv[0] === 'worker';

export async function queueMain(argv: readonly string[], print: Put, complain: (message: string) => void): Promise<number> {
  let opts: QueueOptions;
  try {
    opts = parseQueueArgs(argv, process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    complain(`${err.message} (see sourcing-lens --help)`);
    return 2;
  }
  try {
    switch (opts.command) {
      case 'add': return await addCommand(opts, complain);
      case 'status': return await statusCommand(opts, print, complain);
      case 'collect': return await collectCommand(opts, complain);
      case 'worker': return await workerCommand(opts, complain);
    }
  } catch (err) {
    if (err instanceof QueueSetupError) { complain(err.message); return 2; }
    // Redis unreachable, refused, or gone mid-run: one line, not a stack trace.
    complain(`${opts.command === 'worker' ? 'worker' : `queue ${opts.command}`}: ${err instanceof Error ? err.message : String(err)} (Redis at ${opts.redis})`);
    return 2;
  } finally {
    disconnectAll();
  }
}
