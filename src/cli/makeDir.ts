// `mkdir -p` that always ends. Node's own fs.mkdir(dir, { recursive: true }) never
// settles on a path such as /proc/x (Node 20, 22): procfs answers ENOENT for a child
// it will not create although the parent exists, and Node takes each ENOENT to mean
// "make the parent first", makes it (EEXIST: fine), and tries the child again,
// forever. Here a child is retried once, after its parent exists; a second failure
// is final.
import { promises as fs } from 'node:fs';
import path from 'node:path';

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

/** Creates `dir` and any missing parents. Resolves when `dir` exists (as anything:
 *  the caller checks that it is a folder); rejects with the mkdir error otherwise. */
export async function makeDir(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
    return;
  } catch (err) {
    if (code(err) === 'EEXIST') return;
    const parent = path.dirname(dir);
    if (code(err) !== 'ENOENT' || parent === dir) throw err;
    await makeDir(parent);
  }
  try {
    await fs.mkdir(dir);
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err; // made meanwhile by someone else: fine
  }
}
