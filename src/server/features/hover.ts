// textDocument/hover: the extension's hover text (src/common/hoverText.ts), one
// Markdown block per thing under the cursor, separated by rules as VS Code shows them,
// then the sign-off lines of the flags there ("Approved by A. Editor on 2026-12-01: …",
// the words of src/review/describe.ts), as the extension's review hover shows them.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Span } from '../../core';
import { hoverAt } from '../../common/hoverText';
import { reviewHoverLines } from '../../review';
import { lineOf, rangeOf, type Analysed } from './analysed';

export function hoverOf(doc: Analysed, position: Position): Hover | null {
  const { document, analysis } = doc;
  const offset = document.offsetAt(position);
  const hover = hoverAt(analysis, offset, (o) => lineOf(document, o));
  const review = reviewLines(doc, offset);
  const span: Span | undefined = hover?.span ?? review.span;
  if (!span) return null;
  const parts = [...(hover?.parts ?? [])];
  if (review.lines.length) parts.push(review.lines.join('\n\n'));
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: rangeOf(document, span),
  };
}

/** The sign-off and suppression lines of the flags at `offset` (src/review wording). */
function reviewLines(doc: Analysed, offset: number): { lines: string[]; span?: Span } {
  const lines: string[] = [];
  let span: Span | undefined;
  for (const f of doc.analysis.findings) {
    if (f.start > offset || offset > f.end) continue;
    lines.push(...reviewHoverLines(f, doc.inWorkflow));
    span ??= f;
  }
  return { lines, span: lines.length ? span : undefined };
}
