// textDocument/documentSymbol: every source, grouped by type as the Sources view
// groups them (the core's groupSources), each with its mentions, so an editor's
// Outline and symbol picker list who speaks. Flat SymbolInformation for clients
// without hierarchical symbols.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { groupSources, type Attribution, type SourceType } from '../../core';
import { GROUP_WORDS, plural, TYPE_WORDS } from '../../common/describe';
import { lineOf, rangeOf, type Analysed } from './analysed';

const KIND: Record<SourceType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  document: SymbolKind.File,
  'unnamed-person': SymbolKind.Variable,
  'unnamed-group': SymbolKind.Array,
};

export function symbolsOf(doc: Analysed): DocumentSymbol[] {
  const { document } = doc;
  const span = (mentions: Attribution[]) => {
    let start = Infinity, end = -Infinity;
    for (const m of mentions) { start = Math.min(start, m.start); end = Math.max(end, m.end); }
    return rangeOf(document, { start, end });
  };
  return groupSources(doc.analysis).map((group): DocumentSymbol => {
    const words = GROUP_WORDS[group.kind];
    const all = group.sources.flatMap((s) => s.mentions);
    return {
      name: words.heading,
      detail: `${plural(group.sources.length, 'source')}, ${all.length}×`,
      kind: SymbolKind.Namespace,
      range: span(all),
      selectionRange: rangeOf(document, all[0]),
      children: group.sources.map((source): DocumentSymbol => ({
        name: source.name,
        detail: `${source.mentions.length}× · ${TYPE_WORDS[source.type]}`,
        kind: KIND[source.type],
        range: span(source.mentions),
        selectionRange: rangeOf(document, source.mentions[0]),
        children: source.mentions.map((a): DocumentSymbol => ({
          name: `${a.text} ${a.cue.text}`,
          detail: `line ${lineOf(document, a.start)}`,
          kind: SymbolKind.Event,
          range: rangeOf(document, a),
          selectionRange: rangeOf(document, a),
        })),
      })),
    };
  });
}

/** The same sources, flat: each mention under its source, each source under its group. */
export function flatSymbolsOf(doc: Analysed): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const uri = doc.document.uri;
  for (const group of symbolsOf(doc)) {
    for (const source of group.children ?? []) {
      out.push({ name: source.name, kind: source.kind, containerName: group.name, location: { uri, range: source.range } });
      for (const mention of source.children ?? []) out.push({ name: mention.name, kind: mention.kind, containerName: source.name, location: { uri, range: mention.range } });
    }
  }
  return out;
}
