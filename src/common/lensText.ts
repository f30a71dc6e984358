// What the code lenses say: a summary above the first line, and a note above each
// paragraph that leans on anonymous sources or states figures with no attribution.
// The extension and the language server both show these titles.
import type { Analysis } from '../core';
import { notShown, plural, summaryLine } from './describe';
import type { PublishedFindings } from './published';

export interface LensText {
  title: string;
  tooltip: string;
}

export function summaryLens(analysis: Analysis, published: PublishedFindings): LensText {
  const held = published.hidden > 0 ? ` · ${notShown(published.hidden)}` : '';
  return {
    title: summaryLine(analysis) + held,
    tooltip: published.hidden > 0
      ? `Show all attributions. Problems shows the ${published.shown.length} most severe findings (setting sourcingLens.maxProblems).`
      : 'Show all attributions',
  };
}

export function tooLargeLens(sizeKB: number, limitKB: number): string {
  return `Sourcing Lens: not analysed, ${sizeKB} KB is over the ${limitKB} KB limit`;
}

export interface ParagraphNote extends LensText {
  paragraph: number;
}

/** Counts what is published (settings applied, before the cap), not the raw analysis:
 *  a paragraph note must never count a source that Problems was told to hide. */
export function paragraphNotes(analysis: Analysis, published: PublishedFindings): ParagraphNote[] {
  const anonymous = new Map<number, number>();
  const unattributed = new Map<number, number>();
  const bump = (m: Map<number, number>, p: number) => m.set(p, (m.get(p) ?? 0) + 1);
  for (const f of published.all) {
    if ((f.code === 'anonymous-source' || f.code === 'vague-anonymous-source') && f.attribution !== null) {
      const a = analysis.attributions[f.attribution];
      if (a) bump(anonymous, a.paragraph);
    } else if (f.code === 'unattributed-figure' && f.figure !== null) {
      const figure = analysis.figures[f.figure];
      if (figure) bump(unattributed, figure.paragraph);
    }
  }
  const notes: ParagraphNote[] = [];
  analysis.paragraphs.forEach((_, paragraph) => {
    const anon = anonymous.get(paragraph) ?? 0;
    const unat = unattributed.get(paragraph) ?? 0;
    if (anon === 0 && unat === 0) return;
    const parts: string[] = [];
    if (anon) parts.push(plural(anon, 'anonymous source'));
    if (unat) parts.push(plural(unat, 'unattributed figure'));
    notes.push({ paragraph, title: parts.join(' · '), tooltip: 'Show the attributions and figures of this paragraph' });
  });
  return notes;
}
