// Which documents Sourcing Lens analyses: plain text and Markdown under any `seeds/`
// folder, or matched by the setting `sourcingLens.include` or a project config's
// `include` (and not its `exclude`), or turned on with Analyze This File. The
// client decides, so the server only ever sees stories (documents.ts syncs these).
import * as vscode from 'vscode';
import type { ProjectFiles } from './projectConfig';

/** Files under any `seeds/` folder are analysed without being asked. */
export const SEED_GLOB = '**/seeds/**/*.{txt,md}';
/** Analysed languages; the client's document selector (client.ts) is these. */
export const LANGUAGES = ['plaintext', 'markdown'];
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

export class Selection {
  private readonly forcedOn: Set<string>;
  private readonly forcedOff: Set<string>;
  /** `sourcingLens.include`, relative to each workspace folder unless it says otherwise. */
  include: string[] = [];

  constructor(private readonly memento: vscode.Memento, private readonly files: ProjectFiles) {
    this.forcedOn = new Set(memento.get<string[]>(FORCED_ON, []).filter(persistable));
    this.forcedOff = new Set(memento.get<string[]>(FORCED_OFF, []).filter(persistable));
  }

  /** Can the toggle commands apply to this document at all? */
  canAnalyze(document: vscode.TextDocument): boolean {
    if (!SCHEMES.has(document.uri.scheme) && !vscode.workspace.getWorkspaceFolder(document.uri)) return false;
    return LANGUAGES.includes(document.languageId);
  }

  wanted(document: vscode.TextDocument): boolean {
    if (!this.canAnalyze(document)) return false;
    const key = document.uri.toString();
    if (this.forcedOff.has(key)) return false;
    if (this.forcedOn.has(key)) return true;
    if (this.files.excludes(document.uri)) return false;
    return vscode.languages.match({ pattern: SEED_GLOB }, document) > 0 || this.matchesInclude(document) || this.files.includes(document.uri);
  }

  /** The toggle commands: analyse this document or not, whatever the globs say.
   *  Remembered for the workspace (files), or while the buffer is open (untitled). */
  async setEnabled(document: vscode.TextDocument, on: boolean): Promise<void> {
    const key = document.uri.toString();
    (on ? this.forcedOff : this.forcedOn).delete(key);
    (on ? this.forcedOn : this.forcedOff).add(key);
    await this.memento.update(FORCED_ON, [...this.forcedOn].filter(persistable));
    await this.memento.update(FORCED_OFF, [...this.forcedOff].filter(persistable));
  }

  /** "Untitled-1" names a buffer, not a file: the next new buffer gets the same
   *  name, and must not inherit a closed one's choice. */
  closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (persistable(key)) return;
    this.forcedOn.delete(key);
    this.forcedOff.delete(key);
  }

  private matchesInclude(document: vscode.TextDocument): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return this.include.some((glob) => {
      const pattern = folder && !glob.startsWith('**') && !glob.startsWith('/')
        ? new vscode.RelativePattern(folder, glob)
        : glob;
      return vscode.languages.match({ pattern }, document) > 0;
    });
  }
}
