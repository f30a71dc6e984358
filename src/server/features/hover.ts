// textDocument/hover: the extension's hover text (src/common/hoverText.ts), one
// Markdown block per thing under the cursor, separated by rules as VS Code shows them.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { hoverAt } from '../../common/hoverText';
import { lineOf, rangeOf, type Analysed } from './analysed';

export function hoverOf(doc: Analysed, position: Position): Hover | null {
  const { document, analysis } = doc;
  const hover = hoverAt(analysis, document.offsetAt(position), (offset) => lineOf(document, offset));
  if (!hover) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hover.parts.join('\n\n---\n\n') },
    range: rangeOf(document, hover.span),
  };
}
