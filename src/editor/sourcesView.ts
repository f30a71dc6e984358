// The "Sources" view in the Explorer: the active document's sources grouped by type,
// then by source, each with its mentions. Which mentions are one source is decided
// by the core's groupSources (pure, unit-tested); this file only renders it.
import * as vscode from 'vscode';
import { groupSources, type Analysis, type Attribution, type SourceCluster, type SourceGroup } from '../core';
import type { DocumentCache } from './documentCache';
import { signOffSummary } from '../review';
import { showsSignOff } from './reviewWorkflow';
import { GROUP_WORDS, lineOf, plural, rangeOf, sentenceStart, TYPE_WORDS } from './describe';

export const SOURCES_VIEW = 'sourcingLens.sources';

type Node =
  | { kind: 'group'; group: SourceGroup }
  | { kind: 'source'; source: SourceCluster }
  | { kind: 'mention'; attribution: Attribution };

/** The view as shown, labels and descriptions, for the tests (a tree view cannot be read back). */
export interface ShownNode {
  label: string;
  description?: string;
  children: ShownNode[];
}

export class SourcesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private groups: SourceGroup[] = [];

  constructor(private readonly cache: DocumentCache) {
    this.view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      cache.onDidChange((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    ];
    this.update();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Everything the view shows now, expanded. */
  shown(): ShownNode[] {
    const walk = (node?: Node): ShownNode[] => this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { label, description: typeof item.description === 'string' ? item.description : undefined, children: walk(child) };
    });
    return walk();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    // Keep showing the last document while focus is in a panel or a non-text editor.
    if (!editor) return;
    this.document = editor.document;
    const state = this.cache.state(editor.document);
    this.analysis = state?.status === 'analysed' ? state.analysis : undefined;
    this.groups = this.analysis ? groupSources(this.analysis) : [];
    const name = this.document.uri.path.split('/').pop();
    // the sign-off counts beside the name: "story.md · Sign-off: 2 pending · 1 approved"
    this.view.description = this.analysis ? [name, showsSignOff(this.analysis) ? signOffSummary(this.analysis.findings) : ''].filter(Boolean).join(' · ') : undefined;
    this.view.message = state?.status === 'too-large'
      ? `${name} is ${state.sizeKB} KB, over the ${state.limitKB} KB limit (setting sourcingLens.maxFileSizeKB): not analysed.`
      : undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups.map((group) => ({ kind: 'group' as const, group }));
    if (node.kind === 'group') return node.group.sources.map((source) => ({ kind: 'source' as const, source }));
    if (node.kind === 'source') return node.source.mentions.map((attribution) => ({ kind: 'mention' as const, attribution }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const document = this.document!;
    if (node.kind === 'group') {
      const { sources } = node.group;
      const words = GROUP_WORDS[node.group.kind];
      const mentions = sources.reduce((n, s) => n + s.mentions.length, 0);
      const item = new vscode.TreeItem(words.heading, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${plural(sources.length, 'source')}, ${mentions}×`;
      item.tooltip = `${plural(sources.length, 'source')} cited ${plural(mentions, 'time')}: ${words.explained}`;
      item.iconPath = new vscode.ThemeIcon(words.icon);
      return item;
    }
    if (node.kind === 'source') {
      const { name, type, mentions } = node.source;
      const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${mentions.length}×`;
      item.tooltip = `${name}: cited ${plural(mentions.length, 'time')} (${TYPE_WORDS[type]})`;
      return item;
    }
    const a = node.attribution;
    const item = new vscode.TreeItem(`${a.text} ${a.cue.text}`, vscode.TreeItemCollapsibleState.None);
    item.description = `line ${lineOf(document, a.start)}`;
    item.tooltip = this.analysis ? sentenceStart(document, this.analysis, a.sentence, 300) : undefined;
    item.command = { title: 'Go to attribution', command: 'vscode.open', arguments: [document.uri, { selection: rangeOf(document, a) }] };
    return item;
  }
}
