// `queue collect`: writes every finished story's line, each id once, to --out (or
// stdout), page by page in the order they finished, so memory stays flat. Failed
// stories are named on stderr with their reasons; the exit status says whether
// the file is the whole archive.
import { promises as fs } from 'node:fs';
import { describeError } from '../cli/inputs';
import { toStream, type Put } from '../cli/sink';
import type { QueueOptions } from './args';
import { openQueue } from './connection';
import type { StoryJob } from './jobs';
import { countJobs } from './status';

const PAGE = 200;

export async function collectCommand(opts: QueueOptions, complain: (message: string) => void): Promise<number> {
  let handle: fs.FileHandle | null = null;
  let put: Put = toStream(process.stdout);
  if (opts.out !== null) {
    try {
      handle = await fs.open(opts.out, 'w');
    } catch (err) {
      complain(`--out ${opts.out}: cannot write it (${describeError(err)})`);
      return 2;
    }
    const h = handle;
    put = async (text) => { await h.write(text); };
  }
  const queue = openQueue<StoryJob, string>(opts.queue, opts.redis);
  try {
    // Oldest first: jobs finishing meanwhile join the end, so no page shifts.
    const written = new Set<string>();
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getJobs(['completed'], start, start + PAGE - 1, true);
      let text = '';
      for (const job of jobs) {
        if (!job?.id || written.has(job.id) || typeof job.returnvalue !== 'string') continue;
        written.add(job.id);
        text += `${job.returnvalue}\n`;
      }
      if (text !== '') await put(text);
      if (jobs.length < PAGE) break;
    }
    let failed = 0;
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getJobs(['failed'], start, start + PAGE - 1, true);
      for (const job of jobs) { failed++; complain(`story ${JSON.stringify(job?.data?.id)} failed: ${job?.failedReason ?? 'no reason recorded'}`); }
      if (jobs.length < PAGE) break;
    }
    await handle?.close();
    handle = null;
    const c = await countJobs(queue);
    const left = c.waiting + c.active;
    if (!opts.quiet) {
      complain(`${written.size} ${written.size === 1 ? 'story' : 'stories'} written${failed > 0 ? ` · ${failed} failed (named above)` : ''}${left > 0 ? ` · ${left} not done yet: collect again when \`queue status\` shows none waiting or active` : ''}`);
    }
    return failed > 0 || left > 0 ? 2 : 0;
  } catch (err) {
    complain(`queue collect: ${describeError(err)}`);
    return 2;
  } finally {
    await handle?.close().catch(() => {});
    await queue.close();
  }
}
