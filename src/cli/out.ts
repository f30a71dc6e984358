// --out DIR: one JSON file per input, named after the input without its extension
// (seeds/a.txt → DIR/a.json), which is how the scorer pairs predictions with gold.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeError, type Input } from './inputs';
import { makeDir } from './makeDir';
import { fileJsonChunks } from './printers/json';
import type { FileResult } from './result';
import { toFile, writeChunks } from './sink';

export function outName(file: string): string {
  return `${path.parse(file).name}.json`;
}

/** Creates DIR if needed; a message when it cannot be a folder we write into. */
export async function prepareOutDir(dir: string): Promise<string | null> {
  try {
    await makeDir(dir);
    if (!(await fs.stat(dir)).isDirectory()) return `--out ${dir}: is a file, not a folder`;
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') return `--out ${dir}: is a file, not a folder`;
    // ENOENT once the parent exists (makeDir retried): a place such as /proc that
    // holds no folders of ours.
    const why = code === 'ENOENT' ? 'the file system does not allow a folder there' : describeError(err);
    return `--out ${dir}: cannot create the folder (${why})`;
  }
}

/** Two inputs with the same name would overwrite each other's DIR/<name>.json; the
 *  later one is skipped (and named on stderr) rather than silently lost. */
export async function* claimOutNames(inputs: AsyncIterable<Input>, dir: string): AsyncGenerator<Input> {
  const owners = new Map<string, string>();
  for await (const input of inputs) {
    if (input.kind === 'file') {
      const name = outName(input.path);
      const owner = owners.get(name);
      if (owner !== undefined) {
        yield { kind: 'skip', path: input.path, reason: `--out: ${path.join(dir, name)} is already written for ${owner}` };
        continue;
      }
      owners.set(name, input.path);
    }
    yield input;
  }
}

/** Streams the file's JSON into DIR/<name>.json. Any error (a folder in the way,
 *  a full disk, no permission) comes back as a message naming the file. */
export async function writeOut(dir: string, result: FileResult): Promise<string | null> {
  const target = path.join(dir, outName(result.path));
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(target, 'w');
    await writeChunks(fileJsonChunks(result), toFile(handle));
    await handle.close(); // close reports a late write error (e.g. on NFS)
    return null;
  } catch (err) {
    await handle?.close().catch(() => {}); // the write error is the one to report
    return `cannot write ${target}: ${describeError(err)}`;
  }
}
