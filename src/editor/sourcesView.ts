// The "Sources" view in the Explorer: the active document's sources grouped by type,
// then by source, each with its mentions, as the language server groups them
// (sourcingLens/sources, over the core's groupSources). This file only draws it.
import * as vscode from 'vscode';
import { SOURCES, type SourceNode } from '../server/protocol';
import type { Documents } from './documents';
import { toRange } from './ranges';

export const SOURCES_VIEW = 'sourcingLens.sources';

/** The view as shown, labels and descriptions, for the tests (a tree view cannot be read back). */
export interface ShownNode {
  label: string;
  description?: string;
  children: ShownNode[];
}

export class SourcesView implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<SourceNode>;
  private readonly disposables: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;
  private groups: SourceNode[] = [];
  /** Counts the updates, so an old answer arriving late is dropped. */
  private asked = 0;

  constructor(private readonly documents: Documents) {
    this.view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      documents.onDidChange((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.update();
      }),
    ];
    void this.update();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Everything the view shows now, expanded. */
  shown(): ShownNode[] {
    const walk = (nodes: SourceNode[]): ShownNode[] => nodes.map((n) => ({ label: n.label, description: n.description, children: walk(n.children) }));
    return walk(this.groups);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    // Keep showing the last document while focus is in a panel or a non-text editor.
    if (!editor) return;
    const document = editor.document;
    const turn = ++this.asked;
    const status = this.documents.status(document.uri);
    const groups = this.documents.isTracked(document.uri) && status?.status === 'analysed'
      ? await this.documents.ask<SourceNode[]>(SOURCES, document.uri).catch(() => null)
      : null;
    if (turn !== this.asked) return;
    this.document = document;
    this.groups = groups ?? [];
    const name = document.uri.path.split('/').pop();
    this.view.description = groups ? name : undefined;
    this.view.message = status?.status === 'too-large'
      ? `${name} is ${status.sizeKB} KB, over the ${status.limitKB} KB limit (setting sourcingLens.maxFileSizeKB): not analysed.`
      : undefined;
    this.changed.fire();
  }

  getChildren(node?: SourceNode): SourceNode[] {
    return node ? node.children : this.groups;
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const state = node.kind === 'group' ? vscode.TreeItemCollapsibleState.Expanded
      : node.kind === 'source' ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.description = node.description;
    item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.range && this.document) {
      item.command = { title: 'Go to attribution', command: 'vscode.open', arguments: [this.document.uri, { selection: toRange(node.range) }] };
    }
    return item;
  }
}
