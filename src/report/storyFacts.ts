// The numbers a story report shows, read off one Analysis and nothing else: the
// webview, the desk report and the CSV all draw from these, so they cannot disagree
// with the editor's hovers or the CLI (no second analysis path).
import { groupSources, type Analysis, type SourceGroupKind } from '../core';

/** The four disjoint kinds the share bar splits attributions into. */
export type ShareKind = 'named' | 'documents' | 'anonymous' | 'vague';
export const SHARE_KINDS: readonly ShareKind[] = ['anonymous', 'vague', 'named', 'documents'];

export type Shares = Record<ShareKind, number>;

/** What a mark on the paragraph map stands for. */
export type MarkKind = 'anonymous-source' | 'vague-source' | 'unattributed-figure' | 'anonymous-figure';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** The words of the story the mark stands for. */
  text: string;
  /** Where in its paragraph, from 0 (first character) to 1 (last). */
  at: number;
}

export interface ParagraphRow {
  /** 1-based, as the editor's paragraph lenses count. */
  number: number;
  start: number;
  length: number;
  marks: Mark[];
}

export type FigureStatus = 'unattributed' | 'named source' | 'anonymous source';

export interface FigureRow {
  start: number;
  end: number;
  text: string;
  /** "200–999", "12", or null when the figure has no value. */
  value: string | null;
  status: FigureStatus;
  /** The attribution's words, when there is one. */
  source: string | null;
}

export interface SourceRow {
  name: string;
  /** How many times it is cited. */
  mentions: number;
}

export interface TypeRow {
  kind: SourceGroupKind;
  sources: SourceRow[];
  mentions: number;
}

export interface StoryFacts {
  attributions: number;
  shares: Shares;
  types: TypeRow[];
  paragraphs: ParagraphRow[];
  figures: FigureRow[];
  unattributedFigures: number;
  anonymousFigures: number;
  anonymity: Analysis['anonymity'];
}

export function shares(analysis: Analysis): Shares {
  const s = analysis.summary;
  const vague = analysis.attributions.filter((a) => a.kind === 'anonymous' && a.facets?.vague === true).length;
  return { named: s.named - s.documents, documents: s.documents, anonymous: s.anonymous - vague, vague };
}

function valueText(value: { min: number; max: number } | null): string | null {
  if (!value) return null;
  const f = (n: number) => n.toLocaleString('en-US');
  return value.min === value.max ? f(value.min) : `${f(value.min)}–${f(value.max)}`;
}

function figureStatus(kind: 'named' | 'anonymous' | null, status: 'attributed' | 'unattributed'): FigureStatus {
  if (status === 'unattributed') return 'unattributed';
  return kind === 'anonymous' ? 'anonymous source' : 'named source';
}

function paragraphRows(analysis: Analysis): ParagraphRow[] {
  const rows: ParagraphRow[] = analysis.paragraphs.map((p, i) => ({ number: i + 1, start: p.start, length: p.end - p.start, marks: [] }));
  const place = (paragraph: number, kind: MarkKind, span: { start: number; end: number; text: string }) => {
    const row = rows[paragraph];
    if (!row) return;
    const at = row.length > 1 ? Math.min(1, Math.max(0, (span.start - row.start) / (row.length - 1))) : 0;
    row.marks.push({ kind, start: span.start, end: span.end, text: span.text, at });
  };
  for (const a of analysis.attributions) {
    if (a.kind === 'anonymous') place(a.paragraph, a.facets?.vague ? 'vague-source' : 'anonymous-source', a);
  }
  for (const f of analysis.figures) {
    if (f.status === 'unattributed') place(f.paragraph, 'unattributed-figure', f);
    else if (f.sourceKind === 'anonymous') place(f.paragraph, 'anonymous-figure', f);
  }
  for (const row of rows) row.marks.sort((x, y) => x.start - y.start);
  return rows;
}

export function storyFacts(analysis: Analysis): StoryFacts {
  const types = groupSources(analysis).map((group) => {
    const sources = group.sources.map((s) => ({ name: s.name, mentions: s.mentions.length }));
    return { kind: group.kind, sources, mentions: sources.reduce((n, s) => n + s.mentions, 0) };
  });
  const figures = analysis.figures.map((f): FigureRow => {
    const source = f.attribution === null ? null : analysis.attributions[f.attribution]?.text ?? null;
    return { start: f.start, end: f.end, text: f.text, value: valueText(f.value), status: figureStatus(f.sourceKind, f.status), source };
  });
  return {
    attributions: analysis.summary.attributions,
    shares: shares(analysis),
    types,
    paragraphs: paragraphRows(analysis),
    figures,
    unattributedFigures: analysis.summary.unattributedFigures,
    anonymousFigures: analysis.summary.anonymousFigures,
    anonymity: analysis.anonymity,
  };
}
