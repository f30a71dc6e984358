// Which documents are analysed, and their latest analysis. Every feature (diagnostics,
// hovers, lenses, the list, the tree, the status bar) reads from this one cache, so a
// document is analysed once per edit however many features show it.
//
// Each document gets its own core Analyzer, which caches per paragraph: re-analysing
// after a keystroke only redoes the paragraph that changed. Edits are debounced;
// providers that need exact offsets (hovers) flush the pending run instead of waiting.
import * as vscode from 'vscode';
import { createAnalyzer, type Analysis, type Analyzer } from '../core';
import type { Settings } from './settings';
import type { CacheWorkflow } from './reviewWorkflow';

/** Files under any `seeds/` folder are analysed without being asked. */
export const SEED_GLOB = '**/seeds/**/*.{txt,md}';
/** Analysed languages; the providers are registered for these only (see extension.ts). */
export const LANGUAGES = new Set(['plaintext', 'markdown']);
/** Schemes of real documents; others (git:, output:, …) are views of something else
 *  and would show the same findings twice. Documents inside a workspace folder are
 *  accepted whatever their scheme, for virtual workspaces. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);
const FORCED_ON = 'sourcingLens.forcedOn';
const FORCED_OFF = 'sourcingLens.forcedOff';

/** Choices about untitled buffers are not kept beyond the buffer's life. */
function persistable(key: string): boolean {
  return !key.startsWith('untitled:');
}

export type DocumentState =
  | { status: 'analysed'; analysis: Analysis; millis: number }
  | { status: 'too-large'; sizeKB: number; limitKB: number }
  | { status: 'failed'; error: string };

interface Entry {
  document: vscode.TextDocument;
  analyzer: Analyzer;
  state?: DocumentState;
  /** Document version the state was computed for. */
  version: number;
  timer?: ReturnType<typeof setTimeout>;
  waiters: Array<() => void>;
}

export class DocumentCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly forcedOn: Set<string>;
  private readonly forcedOff: Set<string>;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's state changes, or when it stops being analysed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** The project config and review files (projectConfig.ts), once loaded. */
  workflow: CacheWorkflow | undefined;

  constructor(
    private readonly memento: vscode.Memento,
    private settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.forcedOn = new Set(memento.get<string[]>(FORCED_ON, []).filter(persistable));
    this.forcedOff = new Set(memento.get<string[]>(FORCED_OFF, []).filter(persistable));
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.remove(d.uri);
        // "Untitled-1" names a buffer, not a file: the next new buffer gets the same
        // name, and must not inherit this one's choice.
        if (!persistable(d.uri.toString())) this.forget(d.uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
    );
    this.refreshAll();
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    // The size limit or include globs may have changed: start over.
    for (const entry of this.entries.values()) entry.version = -1;
    this.refreshAll();
  }

  /** Is this document analysed (or would it be, were it small enough)? */
  isTracked(uri: vscode.Uri): boolean {
    return this.entries.has(uri.toString());
  }

  /** The tracked document with this URI, if any. */
  find(uri: vscode.Uri): vscode.TextDocument | undefined {
    return this.entries.get(uri.toString())?.document;
  }

  trackedDocuments(): vscode.TextDocument[] {
    return [...this.entries.values()].map((e) => e.document);
  }

  /** Can the toggle commands apply to this document at all? */
  canAnalyze(document: vscode.TextDocument): boolean {
    if (!SCHEMES.has(document.uri.scheme) && !vscode.workspace.getWorkspaceFolder(document.uri)) return false;
    return LANGUAGES.has(document.languageId);
  }

  /** The state for the document's current text, analysing now if an edit is pending. */
  state(document: vscode.TextDocument): DocumentState | undefined {
    const entry = this.entries.get(document.uri.toString());
    if (!entry) return undefined;
    if (entry.version !== document.version) this.run(entry);
    return entry.state;
  }

  analysis(document: vscode.TextDocument): Analysis | undefined {
    const state = this.state(document);
    return state?.status === 'analysed' ? state.analysis : undefined;
  }

  /** Resolves once the debounced analysis of the current text has run (at once when
   *  nothing is pending). For providers that may wait, like code lenses. */
  async settled(document: vscode.TextDocument): Promise<DocumentState | undefined> {
    const entry = this.entries.get(document.uri.toString());
    if (!entry) return undefined;
    if (entry.timer !== undefined) await new Promise<void>((resolve) => entry.waiters.push(resolve));
    return this.state(document);
  }

  /** The toggle commands: analyse this document or not, whatever the globs say.
   *  Remembered for the workspace (files), or while the buffer is open (untitled). */
  async setEnabled(document: vscode.TextDocument, on: boolean): Promise<void> {
    const key = document.uri.toString();
    (on ? this.forcedOff : this.forcedOn).delete(key);
    (on ? this.forcedOn : this.forcedOff).add(key);
    await this.save();
    this.refresh(document);
  }

  private forget(key: string): void {
    this.forcedOn.delete(key);
    this.forcedOff.delete(key);
  }

  private async save(): Promise<void> {
    await this.memento.update(FORCED_ON, [...this.forcedOn].filter(persistable));
    await this.memento.update(FORCED_OFF, [...this.forcedOff].filter(persistable));
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  dispose(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }

  private wanted(document: vscode.TextDocument): boolean {
    if (!this.canAnalyze(document)) return false;
    const key = document.uri.toString();
    if (this.forcedOff.has(key)) return false;
    if (this.forcedOn.has(key)) return true;
    if (this.workflow?.excludes(document)) return false;
    return vscode.languages.match({ pattern: SEED_GLOB }, document) > 0 || this.matchesInclude(document) || this.workflow?.includes(document) === true;
  }

  private matchesInclude(document: vscode.TextDocument): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return this.settings.include.some((glob) => {
      // Globs are relative to the document's workspace folder unless they say otherwise.
      const pattern = folder && !glob.startsWith('**') && !glob.startsWith('/')
        ? new vscode.RelativePattern(folder, glob)
        : glob;
      return vscode.languages.match({ pattern }, document) > 0;
    });
  }

  private refresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (!this.wanted(document)) {
      if (entry) this.remove(document.uri);
      return;
    }
    if (!entry) {
      this.entries.set(key, { document, analyzer: createAnalyzer(), version: -1, waiters: [] });
      this.run(this.entries.get(key)!);
    } else if (entry.version === -1) {
      this.run(entry);
    }
  }

  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(key);
    this.release(entry);
    this.changed.fire(uri);
  }

  private schedule(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.run(entry), this.settings.debounceMs);
  }

  private run(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const { document } = entry;
    entry.version = document.version;
    // Measure without copying the text: a huge file is refused before getText().
    const lastLine = document.lineAt(document.lineCount - 1);
    const sizeKB = document.offsetAt(lastLine.range.end) / 1024;
    if (sizeKB > this.settings.maxFileSizeKB) {
      entry.state = { status: 'too-large', sizeKB: Math.ceil(sizeKB), limitKB: this.settings.maxFileSizeKB };
      // Drop the paragraph cache too: it would hold the whole text.
      entry.analyzer = createAnalyzer();
    } else {
      const started = Date.now();
      try {
        const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
        const raw = entry.analyzer.analyze(document.getText(), { format, vocabulary: this.workflow?.vocabulary(document) });
        const analysis = this.workflow ? this.workflow.finish(document, raw) : raw;
        entry.state = { status: 'analysed', analysis, millis: Date.now() - started };
        this.log.debug(`analysed ${document.uri.toString(true)} v${document.version} in ${Date.now() - started} ms`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        entry.state = { status: 'failed', error: message.split('\n')[0] };
        this.log.error(`analysis of ${document.uri.toString(true)} failed: ${message}`);
      }
    }
    this.release(entry);
    this.changed.fire(document.uri);
  }

  private release(entry: Entry): void {
    const waiters = entry.waiters.splice(0);
    for (const resolve of waiters) resolve();
  }
}
