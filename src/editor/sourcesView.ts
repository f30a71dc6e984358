// The "Sources" view in the Explorer: the active document's sources grouped by type,
// then by source (mentions of the same source merged), each with its mentions.
import * as vscode from 'vscode';
import type { Analysis, Attribution, SourceType } from '../core';
import type { DocumentCache } from './documentCache';
import { lineOf, plural, rangeOf, sentenceStart, TYPE_EXPLAINED, TYPE_GROUP_WORDS, TYPE_ICONS, TYPE_WORDS } from './describe';

export const SOURCES_VIEW = 'sourcingLens.sources';

/** Anonymous first: they are what an editor checks. */
const TYPE_ORDER: readonly SourceType[] = ['unnamed-group', 'unnamed-person', 'person', 'organization', 'document'];

type Node =
  | { kind: 'type'; type: SourceType; sources: Attribution[][] }
  | { kind: 'source'; mentions: Attribution[] }
  | { kind: 'mention'; attribution: Attribution };

export class SourcesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;

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

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    // Keep showing the last document while focus is in a panel or a non-text editor.
    if (!editor) return;
    this.document = editor.document;
    const state = this.cache.state(editor.document);
    this.analysis = state?.status === 'analysed' ? state.analysis : undefined;
    const name = this.document.uri.path.split('/').pop();
    this.view.description = this.analysis ? name : undefined;
    this.view.message = state?.status === 'too-large'
      ? `${name} is ${state.sizeKB} KB, over the ${state.limitKB} KB limit (setting sourcingLens.maxFileSizeKB): not analysed.`
      : undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const analysis = this.analysis;
    if (!analysis) return [];
    if (!node) {
      const clusters = groupBySource(analysis);
      return TYPE_ORDER.map((type) => ({ kind: 'type' as const, type, sources: clusters.filter((c) => representative(c).type === type) }))
        .filter((n) => n.sources.length > 0);
    }
    if (node.kind === 'type') return node.sources.map((mentions) => ({ kind: 'source' as const, mentions }));
    if (node.kind === 'source') return node.mentions.map((attribution) => ({ kind: 'mention' as const, attribution }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const document = this.document!;
    if (node.kind === 'type') {
      const mentions = node.sources.reduce((n, s) => n + s.length, 0);
      const item = new vscode.TreeItem(TYPE_GROUP_WORDS[node.type], vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${plural(node.sources.length, 'source')}, ${mentions}×`;
      item.tooltip = `${plural(node.sources.length, 'source')} cited ${plural(mentions, 'time')}: ${TYPE_EXPLAINED[node.type]}`;
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
      return item;
    }
    if (node.kind === 'source') {
      const first = representative(node.mentions);
      const item = new vscode.TreeItem(first.text, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.mentions.length}×`;
      item.tooltip = `${first.text}: cited ${plural(node.mentions.length, 'time')} (${TYPE_WORDS[first.type]})`;
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

/** Mentions of one source: linked by the core's `sameSource`, or, for named sources,
 *  written the same way. Anonymous descriptions are never merged by their words
 *  alone: two "the officials" may be two different groups. */
function groupBySource(analysis: Analysis): Attribution[][] {
  const parent = analysis.attributions.map((a) => a.id);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  const byText = new Map<string, number>();
  for (const a of analysis.attributions) {
    for (const other of a.sameSource) if (other in parent) union(a.id, other);
    if (a.kind === 'anonymous' || a.antecedent) continue;
    const key = `${a.type}:${a.text.toLowerCase()}`;
    const seen = byText.get(key);
    if (seen === undefined) byText.set(key, a.id);
    else union(a.id, seen);
  }
  const groups = new Map<number, Attribution[]>();
  for (const a of analysis.attributions) {
    const root = find(a.id);
    const group = groups.get(root);
    if (group) group.push(a);
    else groups.set(root, [a]);
  }
  return [...groups.values()];
}

/** The mention to name the source by: its first one that is not a pronoun or an anaphor. */
function representative(mentions: Attribution[]): Attribution {
  return mentions.find((m) => m.antecedent === null) ?? mentions[0];
}
