// The workspace's `.sourcinglens.json` and `.sourcing-review.json` files, read through
// `vscode.workspace.fs` (so it works in VS Code for the Web too). The client asks one
// question of the configs itself: which stories a desk includes or excludes, since it
// decides which documents to analyse (selection.ts). What else they say is the
// language server's, which reads them itself on disk, or, in a web worker, gets
// their texts from here (projectFilesSync.ts) and shows their problems.
import * as vscode from 'vscode';
import { CONFIG_FILE, matchesAny, parseConfig, type ProjectConfig } from '../config';
import { REVIEW_FILE } from '../review/types';

interface FolderConfig {
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
  /** Folder URI string → its config. */
  private readonly configs = new Map<string, FolderConfig>();
  /** File URI string → its text, configs and review files alike. */
  private readonly fileTexts = new Map<string, string>();
  /** Folders already looked in for a config (lookUp); forgotten when a file changes. */
  private readonly lookedIn = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a config was (re-)read: the selection may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const reread = (uri: vscode.Uri) => {
      this.lookedIn.clear();
      void this.read(uri).then(() => this.changed.fire());
    };
    for (const name of [CONFIG_FILE, REVIEW_FILE]) {
      const watcher = vscode.workspace.createFileSystemWatcher(`**/${name}`);
      this.disposables.push(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete((uri) => {
        this.lookedIn.clear();
        this.forget(uri);
        this.changed.fire();
      }));
    }
    // The watcher may be slow or missing (virtual file systems): a save is seen too.
    this.disposables.push(vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.path.endsWith(`/${CONFIG_FILE}`) || d.uri.path.endsWith(`/${REVIEW_FILE}`)) reread(d.uri);
    }));
  }

  /** Every project file read, by URI: what a server with no file system is sent. */
  texts(): ReadonlyMap<string, string> {
    return this.fileTexts;
  }

  /** Writes a project file for the server (a review file after a sign-off). */
  async write(uri: vscode.Uri, text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await this.read(uri);
    this.changed.fire();
  }

  /** Reads every config and review file in the workspace (once, at start). */
  async load(): Promise<void> {
    const found = await vscode.workspace.findFiles(`**/{${CONFIG_FILE},${REVIEW_FILE}}`, '**/node_modules/**', 10_000);
    await Promise.all(found.map((uri) => this.read(uri)));
    this.changed.fire();
  }

  /** Looks for configs above a document just opened, in the folders of its workspace
   *  folder not looked in yet: a watcher can miss a file created with its folder (a
   *  desk folder made a moment ago). Fires onDidChange if one is found. */
  async lookUp(document: vscode.Uri): Promise<void> {
    const root = vscode.workspace.getWorkspaceFolder(document)?.uri.toString();
    if (!root) return;
    let found = false;
    for (let dir = parent(document); dir; dir = parent(dir)) {
      const key = dir.toString();
      if (!this.configs.has(key) && !this.lookedIn.has(key)) {
        this.lookedIn.add(key);
        await this.read(vscode.Uri.joinPath(dir, CONFIG_FILE));
        found ||= this.configs.has(key);
      }
      if (key === root) break;
    }
    if (found) this.changed.fire();
  }

  includes(document: vscode.Uri): boolean {
    const r = this.relative(document);
    return !!r && r.config.include.length > 0 && matchesAny(r.path, r.config.include);
  }

  excludes(document: vscode.Uri): boolean {
    const r = this.relative(document);
    return !!r && matchesAny(r.path, r.config.exclude);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The nearest config above the document, inside its workspace folder, and the
   *  document's path relative to that config's folder. */
  private relative(document: vscode.Uri): { path: string; config: ProjectConfig } | null {
    const root = vscode.workspace.getWorkspaceFolder(document)?.uri.toString();
    for (let dir = parent(document); dir; dir = parent(dir)) {
      const hit = this.configs.get(dir.toString());
      if (hit) return { path: document.path.slice(hit.folder.path.replace(/\/$/, '').length + 1), config: hit.config };
      if (dir.toString() === root) break;
    }
    return null;
  }

  private forget(uri: vscode.Uri): void {
    this.fileTexts.delete(uri.toString());
    if (uri.path.endsWith(`/${CONFIG_FILE}`)) this.configs.delete(parent(uri)?.toString() ?? '');
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const folder = parent(uri);
    if (!folder) return;
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
    this.fileTexts.set(uri.toString(), text);
    // A bad config still gives what it can; its problems are shown by the server.
    if (uri.path.endsWith(`/${CONFIG_FILE}`)) this.configs.set(folder.toString(), { folder, config: parseConfig(text).config });
  }
}
