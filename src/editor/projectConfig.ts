// The workspace's `.sourcinglens.json` and `.sourcing-review.json` files, read through
// `vscode.workspace.fs` (so it works in VS Code for the Web too), kept in memory for
// the synchronous look-ups the analysis needs, and re-read when they change on disk.
// A bad config's problems go to the Problems panel on the config file itself. What
// the files mean is decided in src/config and src/review; this only reads and writes.
import * as vscode from 'vscode';
import { CONFIG_FILE, parseConfig, type ProjectConfig } from '../config';
import { locator } from '../config/locate';
import { parseReview, REVIEW_FILE, serializeReview, type ReviewFile, type ReviewRecord } from '../review';

export interface FolderConfig {
  /** The folder that holds the config (globs are relative to it). */
  folder: vscode.Uri;
  config: ProjectConfig;
}

/** One level up, on the URI's path (posix). */
const parent = (uri: vscode.Uri): vscode.Uri | null => {
  const i = uri.path.lastIndexOf('/');
  return i <= 0 ? null : uri.with({ path: uri.path.slice(0, i) });
};
const decoder = new TextDecoder();
const MAX_BYTES = 16 * 1024 * 1024;

export class ProjectFiles implements vscode.Disposable {
  /** Folder URI string → its config / its review file. */
  private readonly configs = new Map<string, FolderConfig>();
  private readonly reviews = new Map<string, ReviewFile>();
  private readonly problems = vscode.languages.createDiagnosticCollection('sourcingLens.config');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a config or review file was (re-)read: re-analyse. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];

  constructor(private readonly log: vscode.LogOutputChannel) {
    for (const name of [CONFIG_FILE, REVIEW_FILE]) {
      const watcher = vscode.workspace.createFileSystemWatcher(`**/${name}`);
      const reread = (uri: vscode.Uri) => void this.read(uri).then(() => this.changed.fire());
      this.disposables.push(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete((uri) => { this.forget(uri); this.changed.fire(); }));
    }
    // An edit is seen when saved (by the watcher); this reads the editor's text on
    // save as well, in case the watcher is slow or not there (virtual file systems).
    this.disposables.push(vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.path.endsWith(`/${CONFIG_FILE}`) || d.uri.path.endsWith(`/${REVIEW_FILE}`)) void this.read(d.uri).then(() => this.changed.fire());
    }));
  }

  /** Reads every config and review file in the workspace (once, at start). */
  async load(): Promise<void> {
    const found = await vscode.workspace.findFiles(`**/{${CONFIG_FILE},${REVIEW_FILE}}`, '**/node_modules/**', 10_000);
    await Promise.all(found.map((uri) => this.read(uri)));
    this.changed.fire();
  }

  /** The nearest config above the document, inside its workspace folder. */
  configFor(document: vscode.Uri): FolderConfig | undefined {
    const root = vscode.workspace.getWorkspaceFolder(document)?.uri.toString();
    for (let dir = parent(document); dir; dir = parent(dir)) {
      const hit = this.configs.get(dir.toString());
      if (hit) return hit;
      if (dir.toString() === root) break;
    }
    return undefined;
  }

  /** The records for this story in the review file of its folder. */
  recordsFor(document: vscode.Uri): ReviewRecord[] {
    const dir = parent(document);
    const review = dir && this.reviews.get(dir.toString());
    return review?.stories[storyName(document)] ?? [];
  }

  /** Is there a review file beside the story? */
  hasReview(document: vscode.Uri): boolean {
    const dir = parent(document);
    return !!dir && this.reviews.has(dir.toString());
  }

  /** Changes the story's records in the review file beside it and writes the file.
   *  A file that cannot be rewritten without loss (invalid JSON, unknown keys) is
   *  left alone: the error says what to fix. */
  async updateReview(document: vscode.Uri, change: (review: ReviewFile, story: string) => ReviewFile): Promise<void> {
    const dir = parent(document);
    if (!dir) throw new Error('the story has no folder to keep a review file in');
    const file = vscode.Uri.joinPath(dir, REVIEW_FILE);
    let text: string | null = null;
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(file));
    } catch {
      text = null; // no review file yet
    }
    const current = text === null ? { review: { version: 1 as const, stories: {} }, writable: true, problems: [] } : parseReview(text);
    if (!current.writable) {
      const p = current.problems[0];
      throw new Error(`${REVIEW_FILE} has a problem at line ${p?.line ?? 1}${p?.key ? ` (${p.key})` : ''}: ${p?.message ?? 'unknown'}. Fix it first; it was not changed, so no record is lost.`);
    }
    const next = change(current.review, storyName(document));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(serializeReview(next)));
    this.reviews.set(dir.toString(), next);
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private forget(uri: vscode.Uri): void {
    const dir = parent(uri)?.toString();
    if (!dir) return;
    if (uri.path.endsWith(`/${CONFIG_FILE}`)) this.configs.delete(dir);
    else this.reviews.delete(dir);
    this.problems.delete(uri);
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const dir = parent(uri)?.toString();
    if (!dir) return;
    let text: string;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) throw new Error(`${Math.round(stat.size / 1024 / 1024)} MB is too large`);
      text = decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      this.forget(uri);
      if ((error as { code?: string }).code !== 'FileNotFound') this.log.warn(`cannot read ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const isConfig = uri.path.endsWith(`/${CONFIG_FILE}`);
    const read = isConfig ? parseConfig(text) : parseReview(text);
    if (isConfig) this.configs.set(dir, { folder: parent(uri)!, config: (read as ReturnType<typeof parseConfig>).config });
    else this.reviews.set(dir, (read as ReturnType<typeof parseReview>).review);
    const at = locator(text);
    this.problems.set(uri, read.problems.map((p) => {
      const end = at(Math.max(p.end, p.start));
      const range = new vscode.Range(p.line - 1, p.column - 1, end.line - 1, Math.max(end.column - 1, p.end === p.start ? p.column : 0));
      const d = new vscode.Diagnostic(range, `${p.key ? `${p.key}: ` : ''}${p.message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'Sourcing Lens';
      return d;
    }));
    if (read.problems.length) this.log.warn(`${uri.toString(true)}: ${read.problems.length} problem(s); see Problems`);
  }
}

export function storyName(document: vscode.Uri): string {
  return document.path.slice(document.path.lastIndexOf('/') + 1);
}
