// The server's side of the newsroom workflow: for a document with a `file:` URI, the
// nearest `.sourcinglens.json` walking up from its folder (as the CLI finds it) and the
// `.sourcing-review.json` beside it, read from disk and kept until one of them changes;
// and writing that review file when a sign-off command asks. What the files mean is
// decided in src/config and src/review; this only finds, reads and writes them.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_CONFIG_CHARS, parseConfig, type ConfigProblem, type ProjectConfig } from '../config';
import { emptyReview, MAX_REVIEW_CHARS, parseReview, REVIEW_FILE, serializeReview, type ReviewFile } from '../review';
import type { DocWorkflow } from './threadMessages';
import type { ProblemsListener, WorkflowFiles } from './serverHost';
import { isFile, NearestConfig } from '../cli/nearestConfig';

interface Read<T> {
  value: T;
  text: string;
  problems: ConfigProblem[];
}

/** The file's path for a `file:` URI; null for any other scheme (untitled, virtual). */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export const fileUriOf = (file: string): string => pathToFileURL(file).toString();

export { isProjectFile } from './projectFiles';


export class ProjectFiles implements WorkflowFiles {
  /** Folder → the config file that applies there (null: none up to the root). */
  private readonly nearest = new NearestConfig();
  private readonly configs = new Map<string, Read<ProjectConfig>>();
  /** Review file path → its contents (null: there is none). */
  private readonly reviews = new Map<string, Read<ReviewFile> | null>();
  /** The problems last reported per file, to report each change once. */
  private readonly reported = new Map<string, string>();

  constructor(private readonly onProblems: ProblemsListener) {}

  /** What applies to the document; null when it is not a file on disk. */
  forDocument(uri: string): DocWorkflow | null {
    const story = filePathOf(uri);
    if (story === null) return null;
    const configFile = this.nearest.find(path.dirname(story));
    const config = configFile === null ? null : this.config(configFile).value;
    const review = this.review(path.join(path.dirname(story), REVIEW_FILE));
    return {
      severity: config?.severity ?? {},
      vocabulary: config?.vocabulary,
      records: review?.value.stories[path.basename(story)] ?? [],
      inWorkflow: config !== null || review !== null,
    };
  }

  /** Forget what was read, so the next look-up reads the files again. A file that is
   *  gone has its problems cleared. */
  invalidate(): void {
    this.nearest.forget();
    this.configs.clear();
    this.reviews.clear();
    for (const file of [...this.reported.keys()]) if (!isFile(file)) this.report(file, '', []);
  }

  /** Changes the story's records in the review file beside it, and writes it. A file
   *  that cannot be rewritten without loss (invalid JSON, unknown keys) is left alone:
   *  the error says what to fix. Returns the file written. */
  updateReview(storyUri: string, change: (review: ReviewFile, story: string) => ReviewFile): string {
    const story = filePathOf(storyUri);
    if (story === null) throw new Error('sign-off records are kept beside the story on disk: this document is not a file: URI');
    const file = path.join(path.dirname(story), REVIEW_FILE);
    let current = { review: emptyReview(), writable: true, problems: [] as ConfigProblem[] };
    if (isFile(file)) {
      if (statSync(file).size > MAX_REVIEW_CHARS * 4) throw new Error(`${file} is too large to be a review file; it was not changed`);
      current = parseReview(readFileSync(file, 'utf8'));
    }
    if (!current.writable) {
      const p = current.problems[0];
      throw new Error(`${file} has a problem at line ${p?.line ?? 1}${p?.key ? ` (${p.key})` : ''}: ${p?.message ?? 'unknown'}. Fix it first; it was not changed, so no record is lost.`);
    }
    const text = serializeReview(change(current.review, path.basename(story)));
    writeFileSync(file, text);
    this.reviews.delete(file);
    return file;
  }

  private config(file: string): Read<ProjectConfig> {
    let read = this.configs.get(file);
    if (!read) {
      const text = this.text(file, MAX_CONFIG_CHARS);
      const parsed = typeof text === 'string' ? parseConfig(text) : { config: parseConfig('{}').config, problems: [text.problem] };
      read = { value: parsed.config, text: typeof text === 'string' ? text : '', problems: parsed.problems };
      this.configs.set(file, read);
      this.report(file, read.text, read.problems);
    }
    return read;
  }

  private review(file: string): Read<ReviewFile> | null {
    let read = this.reviews.get(file);
    if (read === undefined) {
      if (!isFile(file)) {
        read = null;
      } else {
        const text = this.text(file, MAX_REVIEW_CHARS);
        const parsed = typeof text === 'string' ? parseReview(text) : { review: emptyReview(), problems: [text.problem] };
        read = { value: parsed.review, text: typeof text === 'string' ? text : '', problems: parsed.problems };
        this.report(file, read.text, read.problems);
      }
      this.reviews.set(file, read);
    }
    return read;
  }

  /** The file's text, or the problem that kept it from being read. */
  private text(file: string, maxChars: number): string | { problem: ConfigProblem } {
    const problem = (message: string) => ({ problem: { line: 1, column: 1, key: '', message, start: 0, end: 0 } });
    try {
      // bytes ≥ characters: a file over the limit in bytes may still be under it in characters
      const size = statSync(file).size;
      if (size > maxChars * 4) return problem(`${Math.round(size / 1024)} KB is too large (limit ${Math.round(maxChars / 1024)} KB); defaults are used`);
      return readFileSync(file, 'utf8');
    } catch (error) {
      return problem(`cannot read it (${error instanceof Error ? error.message : String(error)}); defaults are used`);
    }
  }

  private report(file: string, text: string, problems: ConfigProblem[]): void {
    const key = JSON.stringify(problems);
    if ((this.reported.get(file) ?? '[]') === key) return;
    if (problems.length) this.reported.set(file, key);
    else this.reported.delete(file);
    this.onProblems(file, fileUriOf(file), text, problems);
  }
}
