// The project files of a server with no file system (the web worker's): the client
// sends their texts (protocol.ts's PROJECT_FILES) and writes the review file for it
// (WRITE_FILE). Found as on disk (workflow.ts): the nearest `.sourcinglens.json`
// walking up the story's URI, the `.sourcing-review.json` beside it; what they mean
// is src/config's and src/review's.
import { CONFIG_FILE, MAX_CONFIG_CHARS, parseConfig } from '../config';
import { emptyReview, MAX_REVIEW_CHARS, parseReview, REVIEW_FILE, serializeReview, type ReviewFile } from '../review';
import type { ProjectFilesParams } from './protocol';
import type { ProblemsListener, WorkflowFiles } from './serverHost';
import type { DocWorkflow } from './threadMessages';

/** The URI one level up; null at the root of its authority. */
function parentOf(uri: string): string | null {
  const slash = uri.lastIndexOf('/');
  return slash <= uri.indexOf('//') + 1 ? null : uri.slice(0, slash);
}

const nameOf = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export class PushedFiles implements WorkflowFiles {
  private readonly texts = new Map<string, string>();
  /** The problems last reported per file, to report each change once. */
  private readonly reported = new Map<string, string>();

  constructor(private readonly onProblems: ProblemsListener, private readonly write: (uri: string, text: string) => Promise<void>) {}

  /** The client's files: new texts, and files that are gone. */
  receive({ files }: ProjectFilesParams): void {
    for (const { uri, text } of Array.isArray(files) ? files : []) {
      if (typeof uri !== 'string') continue;
      if (typeof text === 'string') this.texts.set(uri, text);
      else this.texts.delete(uri);
    }
  }

  forDocument(uri: string): DocWorkflow | null {
    const folder = parentOf(uri);
    if (folder === null) return null;
    let configUri: string | undefined;
    for (let dir: string | null = folder; dir && !configUri; dir = parentOf(dir)) {
      if (this.texts.has(`${dir}/${CONFIG_FILE}`)) configUri = `${dir}/${CONFIG_FILE}`;
    }
    const config = configUri === undefined ? null : this.read(configUri, MAX_CONFIG_CHARS, (t) => parseConfig(t)).parsed.config;
    const reviewUri = `${folder}/${REVIEW_FILE}`;
    const review = this.texts.has(reviewUri) ? this.read(reviewUri, MAX_REVIEW_CHARS, (t) => parseReview(t)).parsed.review : null;
    return {
      severity: config?.severity ?? {},
      vocabulary: config?.vocabulary,
      records: review?.stories[nameOf(uri)] ?? [],
      inWorkflow: config !== null || review !== null,
    };
  }

  /** Nothing is kept but the texts; files that are gone have their problems cleared. */
  invalidate(): void {
    for (const uri of [...this.reported.keys()]) if (!this.texts.has(uri)) this.report(uri, '', []);
  }

  async updateReview(storyUri: string, change: (review: ReviewFile, story: string) => ReviewFile): Promise<string> {
    const folder = parentOf(storyUri);
    if (folder === null) throw new Error('the story has no folder to keep a review file in');
    const uri = `${folder}/${REVIEW_FILE}`;
    const text = this.texts.get(uri);
    const current = text === undefined ? { review: emptyReview(), writable: true, problems: [] } : parseReview(text);
    if (!current.writable) {
      const p = current.problems[0];
      throw new Error(`${uri} has a problem at line ${p?.line ?? 1}${p?.key ? ` (${p.key})` : ''}: ${p?.message ?? 'unknown'}. Fix it first; it was not changed, so no record is lost.`);
    }
    const next = serializeReview(change(current.review, nameOf(storyUri)));
    await this.write(uri, next);
    this.texts.set(uri, next);
    return uri;
  }

  private read<T extends { problems: Parameters<ProblemsListener>[3] }>(uri: string, maxChars: number, parse: (text: string) => T): { parsed: T } {
    const text = this.texts.get(uri) ?? '';
    // Too large to be a project file: its defaults, and a problem saying why.
    const parsed = parse(text.length > maxChars ? '{}' : text);
    const problems = text.length > maxChars
      ? [{ line: 1, column: 1, key: '', message: `${Math.round(text.length / 1024)} KB is too large (limit ${Math.round(maxChars / 1024)} KB); defaults are used`, start: 0, end: 0 }]
      : parsed.problems;
    this.report(uri, text, problems);
    return { parsed };
  }

  private report(uri: string, text: string, problems: Parameters<ProblemsListener>[3]): void {
    const key = JSON.stringify(problems);
    if ((this.reported.get(uri) ?? '[]') === key) return;
    if (problems.length) this.reported.set(uri, key);
    else this.reported.delete(uri);
    this.onProblems(uri, uri, text, problems);
  }
}
