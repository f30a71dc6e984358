// Finds the files to analyse: the paths on the command line, folders walked
// recursively in a fixed order. A lazy generator, so a huge tree starts printing at
// once and the list of files is never held whole; only the real paths already seen
// are kept, to skip duplicates and to stop symbolic-link loops.
import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { HouseVocabulary } from '../core/types';

export type TextFormat = 'plaintext' | 'markdown';

/** One entry of the ordered stream: a file to analyse, or a path that cannot be. */
export type Input =
  | { kind: 'file'; path: string; format: TextFormat; vocabulary?: HouseVocabulary }
  | { kind: 'skip'; path: string; reason: string };

const TEXT_EXTENSIONS: Record<string, TextFormat> = { '.txt': 'plaintext', '.md': 'markdown', '.markdown': 'markdown' };

/** Markdown for .md/.markdown, plain text for everything else (a file named on the
 *  command line is analysed whatever its extension). */
export function formatOf(file: string): TextFormat {
  return TEXT_EXTENSIONS[path.extname(file).toLowerCase()] ?? 'plaintext';
}

/** Files a folder walk picks up; other files in the folder are not ours to judge. */
function isTextFile(name: string): boolean {
  return path.extname(name).toLowerCase() in TEXT_EXTENSIONS;
}

/** Folders a walk does not enter: version control, editor state, dependencies. */
function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Plain-words reason for a failed stat/readdir/open, for `skipped PATH: reason`. */
export function describeError(err: unknown, viaLink = false): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return viaLink ? 'broken symbolic link (its target does not exist)' : 'no such file or folder';
    case 'ELOOP': return 'symbolic link loop';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENAMETOOLONG': return 'path too long';
    default: return err instanceof Error ? err.message : String(err);
  }
}

/** Code-unit order, not the locale's: the same tree gives the same order everywhere. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** What a path leads to, links followed, and its real path (the key for duplicates). */
async function resolve(p: string): Promise<{ stats: Stats; real: string } | { error: unknown }> {
  try {
    return { stats: await fs.stat(p), real: await fs.realpath(p) };
  } catch (error) {
    return { error };
  }
}

export async function* discover(paths: readonly string[]): AsyncGenerator<Input> {
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  // `ancestors`: the real paths of the folders above this one, so that a link back
  // up the tree is told apart from a second link to a folder already walked.
  async function* walk(folder: string, real: string, ancestors: ReadonlySet<string>): AsyncGenerator<Input> {
    if (ancestors.has(real)) {
      yield { kind: 'skip', path: folder, reason: `symbolic link loop (leads back to ${real})` };
      return;
    }
    if (seenFolders.has(real)) return; // reached twice through links: analysed once
    seenFolders.add(real);

    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (err) {
      yield { kind: 'skip', path: folder, reason: describeError(err) };
      return;
    }
    entries.sort(byName);
    const below = new Set(ancestors).add(real);
    for (const entry of entries) {
      const child = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        yield* follow(child, below);
      } else if (entry.isDirectory()) {
        if (!isIgnoredFolder(entry.name)) yield* walk(child, path.join(real, entry.name), below);
      } else if (entry.isFile() && isTextFile(entry.name)) {
        yield* file(child, path.join(real, entry.name));
      }
    }
  }

  // A link met during a walk: follow it to a folder or a text file. Hidden and
  // non-text targets are left alone like their unlinked twins.
  async function* follow(link: string, ancestors: ReadonlySet<string>): AsyncGenerator<Input> {
    const name = path.basename(link);
    const target = await resolve(link);
    if ('error' in target) {
      if (isTextFile(name) || (target.error as NodeJS.ErrnoException).code === 'ELOOP') {
        yield { kind: 'skip', path: link, reason: describeError(target.error, true) };
      }
      return;
    }
    const { stats, real } = target;
    if (stats.isDirectory()) {
      if (!isIgnoredFolder(name)) yield* walk(link, real, ancestors);
    } else if (stats.isFile() && isTextFile(name)) {
      yield* file(link, real);
    }
  }

  function* file(file: string, real: string): Generator<Input> {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    yield { kind: 'file', path: file, format: formatOf(file) };
  }

  for (const arg of paths) {
    const target = await resolve(arg);
    if ('error' in target) {
      yield { kind: 'skip', path: arg, reason: describeError(target.error) };
      continue;
    }
    const { stats, real } = target;
    if (stats.isDirectory()) yield* walk(arg, real, new Set());
    else if (stats.isFile()) yield* file(arg, real);
    else yield { kind: 'skip', path: arg, reason: 'not a regular file or folder' };
  }
}
