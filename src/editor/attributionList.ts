// "Sourcing Lens: Show All Attributions": a QuickPick of every attribution, grouped
// anonymous → named → documents, then the unattributed figures. Moving through the
// list previews the spot; choosing an entry selects the source in the editor.
import * as vscode from 'vscode';
import type { Analysis, Attribution, Figure, Span } from '../core';
import type { DocumentCache } from './documentCache';
import { KIND_GROUPS, KIND_GROUP_WORDS, kindGroup, lineOf, rangeOf, sentenceStart, TYPE_ICONS, TYPE_WORDS } from './describe';

interface Item extends vscode.QuickPickItem {
  span?: Span;
}

/** What the command returns, so tests (and other extensions) can see what was shown. */
export interface ShownList {
  title: string;
  items: Array<Pick<vscode.QuickPickItem, 'label' | 'description' | 'detail'> & { separator: boolean }>;
  /** Resolves when the list closes: with the chosen span, or undefined. */
  closed: Promise<Span | undefined>;
}

export class AttributionList {
  constructor(private readonly cache: DocumentCache) {}

  /** Opens the list for `uri` (default: the active editor), optionally one paragraph. */
  async show(uri?: vscode.Uri, paragraph?: number): Promise<ShownList | undefined> {
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Sourcing Lens: open a text or Markdown file first.');
      return undefined;
    }
    const analysis = this.cache.analysis(document);
    if (!analysis) {
      const action = this.cache.canAnalyze(document) ? 'Analyze This File' : undefined;
      const answer = await vscode.window.showInformationMessage('Sourcing Lens is not analysing this file.', ...(action ? [action] : []));
      if (action && answer === action) await vscode.commands.executeCommand('sourcingLens.analyzeFile', document.uri);
      return undefined;
    }

    const items = buildItems(document, analysis, paragraph);
    const name = document.uri.path.split('/').pop() ?? document.uri.toString();
    const title = paragraph === undefined ? `Attributions in ${name}` : `Attributions in paragraph ${paragraph + 1} of ${name}`;
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = title;
    pick.placeholder = 'Type to filter by source, cue, type or sentence';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = items;

    const editor = await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false });
    const before = editor.selection;
    let chosen: Span | undefined;
    const closed = new Promise<Span | undefined>((resolve) => {
      pick.onDidChangeActive(([item]) => {
        if (item?.span) editor.revealRange(rangeOf(document, item.span), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
      pick.onDidAccept(() => {
        chosen = pick.selectedItems[0]?.span;
        pick.hide();
      });
      pick.onDidHide(async () => {
        pick.dispose();
        if (chosen) {
          const range = rangeOf(document, chosen);
          await vscode.window.showTextDocument(document, { selection: range, preview: false });
        } else {
          editor.revealRange(before, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        }
        resolve(chosen);
      });
    });
    pick.show();
    return {
      title,
      items: items.map((i) => ({ label: i.label, description: i.description, detail: i.detail, separator: i.kind === vscode.QuickPickItemKind.Separator })),
      closed,
    };
  }
}

function buildItems(document: vscode.TextDocument, analysis: Analysis, paragraph: number | undefined): Item[] {
  const inScope = (x: { paragraph: number }) => paragraph === undefined || x.paragraph === paragraph;
  const items: Item[] = [];
  for (const group of KIND_GROUPS) {
    const members = analysis.attributions.filter((a) => inScope(a) && kindGroup(a) === group);
    if (!members.length) continue;
    items.push({ label: `${KIND_GROUP_WORDS[group]} (${members.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const a of members) items.push(attributionItem(document, analysis, a));
  }
  const loose = analysis.figures.filter((f) => inScope(f) && f.status === 'unattributed');
  if (loose.length) {
    items.push({ label: `Unattributed figures (${loose.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const f of loose) items.push(figureItem(document, analysis, f));
  }
  return items;
}

function attributionItem(document: vscode.TextDocument, analysis: Analysis, a: Attribution): Item {
  // The antecedent goes last: it can be long, and the label must stay readable.
  const refersTo = a.antecedent ? ` · refers to “${a.antecedent.text}”` : '';
  return {
    label: `$(${TYPE_ICONS[a.type]}) ${a.text}`,
    description: `${a.cue.text} · line ${lineOf(document, a.start)} · ${TYPE_WORDS[a.type]}${refersTo}`,
    detail: sentenceStart(document, analysis, a.sentence),
    span: a,
  };
}

function figureItem(document: vscode.TextDocument, analysis: Analysis, f: Figure): Item {
  return {
    label: `$(symbol-number) ${f.text}`,
    description: `line ${lineOf(document, f.start)} · no attribution in its sentence`,
    detail: sentenceStart(document, analysis, f.sentence),
    span: f,
  };
}
