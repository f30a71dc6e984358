// The workspace's `.sourcinglens.json` files, read through `vscode.workspace.fs` (so it
// works in VS Code for the Web too), for one question only: which stories a desk's
// config includes or excludes, since the client decides which documents to analyse
// (selection.ts). Everything else in them (severities, vocabulary) and the review
// files are the language server's, which reads them itself and shows their problems.
import * as vscode from 'vscode';
import { CONFIG_FILE, matchesAny, parseConfig, type ProjectConfig } from '../config';

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
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a config was (re-)read: the selection may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reread = (uri: vscode.Uri) => void this.read(uri).then(() => this.changed.fire());
    this.disposables.push(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete((uri) => {
      this.configs.delete(parent(uri)?.toString() ?? '');
      this.changed.fire();
    }));
    // The watcher may be slow or missing (virtual file systems): a save is seen too.
    this.disposables.push(vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.path.endsWith(`/${CONFIG_FILE}`)) reread(d.uri);
    }));
  }

  /** Reads every config in the workspace (once, at start). */
  async load(): Promise<void> {
    const found = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, '**/node_modules/**', 10_000);
    await Promise.all(found.map((uri) => this.read(uri)));
    this.changed.fire();
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

  private async read(uri: vscode.Uri): Promise<void> {
    const folder = parent(uri);
    if (!folder) return;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) throw new Error(`${Math.round(stat.size / 1024 / 1024)} MB is too large`);
      // A bad config still gives what it can; its problems are shown by the server.
      this.configs.set(folder.toString(), { folder, config: parseConfig(decoder.decode(await vscode.workspace.fs.readFile(uri))).config });
    } catch (error) {
      this.configs.delete(folder.toString());
      if ((error as { code?: string }).code !== 'FileNotFound') this.log.warn(`cannot read ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
