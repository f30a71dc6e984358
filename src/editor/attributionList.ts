// "Sourcing Lens: Show All Attributions": a QuickPick of the list the language server
// gives (sourcingLens/attributions: grouped anonymous → named → documents, then the
// unattributed figures). Moving through the list previews the spot; choosing an
// entry selects the source in the editor.
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import { ATTRIBUTIONS, type AttributionList as ListAnswer, type ListItem } from '../server/protocol';
import type { Documents } from './documents';
import { toRange } from './ranges';

interface Item extends vscode.QuickPickItem {
  range?: vscode.Range;
}

/** What the command returns, so tests (and other extensions) can see what was shown. */
export interface ShownList {
  title: string;
  items: Array<Pick<vscode.QuickPickItem, 'label' | 'description' | 'detail'> & { separator: boolean }>;
  /** Resolves when the list closes: with the chosen span, or undefined. */
  closed: Promise<Span | undefined>;
}

export class AttributionList {
  constructor(private readonly documents: Documents) {}

  /** Opens the list for `uri` (default: the active editor), optionally one paragraph. */
  async show(uri?: vscode.Uri, paragraph?: number): Promise<ShownList | undefined> {
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Sourcing Lens: open a text or Markdown file first.');
      return undefined;
    }
    const list = this.documents.isTracked(document.uri)
      ? await this.documents.ask<ListAnswer>(ATTRIBUTIONS, document.uri, paragraph === undefined ? {} : { paragraph })
      : null;
    if (!list) {
      const action = this.documents.canAnalyze(document) && !this.documents.isTracked(document.uri) ? 'Analyze This File' : undefined;
      const message = action ? 'Sourcing Lens is not analysing this file.' : 'Sourcing Lens has no analysis of this file (yet).';
      const answer = await vscode.window.showInformationMessage(message, ...(action ? [action] : []));
      if (action && answer === action) await vscode.commands.executeCommand('sourcingLens.analyzeFile', document.uri);
      return undefined;
    }

    const items = list.items.map(toItem);
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
    let chosen: vscode.Range | undefined;
    const closed = new Promise<Span | undefined>((resolve) => {
      pick.onDidChangeActive(([item]) => {
        if (item?.range) editor.revealRange(item.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
      pick.onDidAccept(() => {
        chosen = pick.selectedItems[0]?.range;
        pick.hide();
      });
      pick.onDidHide(async () => {
        pick.dispose();
        if (chosen) {
          await vscode.window.showTextDocument(document, { selection: chosen, preview: false });
        } else {
          editor.revealRange(before, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        }
        resolve(chosen && { start: document.offsetAt(chosen.start), end: document.offsetAt(chosen.end) });
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

function toItem(item: ListItem): Item {
  if (item.separator) return { label: item.label, kind: vscode.QuickPickItemKind.Separator };
  return {
    label: item.icon ? `$(${item.icon}) ${item.label}` : item.label,
    description: item.description,
    detail: item.detail,
    range: item.range && toRange(item.range),
  };
}
