// The numbers of the desk report: one row per story, the totals across them, and
// the trends by month, desk and outlet. All are sums of the stories' own Analysis
// summaries, so a row always equals what `analyze` says of that story.
import type { Analysis } from '../core';
import { shares } from './storyFacts';
import type { StoryMeta } from './storyMeta';

export interface StoryRecord {
  path: string;
  analysis: Analysis;
  meta: StoryMeta;
}

export interface DeskRow {
  /** Position in input order, which is also the section id. */
  index: number;
  path: string;
  meta: StoryMeta;
  attributions: number;
  named: number;
  /** All anonymous attributions; `vague` counts those of them with only a bare role. */
  anonymous: number;
  vague: number;
  documents: number;
  anonymity: Analysis['anonymity']['status'];
  figures: number;
  unattributed: number;
  anonymousFigures: number;
  /** Unattributed figures per 1,000 words; null when the length is not known. */
  unattributedPer1000: number | null;
}

export interface Tally {
  stories: number;
  words: number;
  /** Stories whose length is known (the words and the rate cover only them). */
  storiesWithWords: number;
  attributions: number;
  named: number;
  anonymous: number;
  vague: number;
  documents: number;
  /** Stories with anonymous sources, and those of them that never say why. */
  withAnonymous: number;
  unexplained: number;
  figures: number;
  unattributed: number;
  /** Unattributed figures in the stories whose length is known. */
  unattributedInCounted: number;
}

export interface TrendRow extends Tally {
  key: string;
}

export interface Trends {
  month: TrendRow[];
  desk: TrendRow[];
  outlet: TrendRow[];
}

export function deskRow(record: StoryRecord, index: number): DeskRow {
  const s = record.analysis.summary;
  const split = shares(record.analysis);
  const words = record.meta.words;
  return {
    index,
    path: record.path,
    meta: record.meta,
    attributions: s.attributions,
    named: s.named,
    anonymous: s.anonymous,
    vague: split.vague,
    documents: s.documents,
    anonymity: record.analysis.anonymity.status,
    figures: s.figures,
    unattributed: s.unattributedFigures,
    anonymousFigures: s.anonymousFigures,
    unattributedPer1000: words ? (s.unattributedFigures / words) * 1000 : null,
  };
}

export function emptyTally(): Tally {
  return { stories: 0, words: 0, storiesWithWords: 0, attributions: 0, named: 0, anonymous: 0, vague: 0, documents: 0, withAnonymous: 0, unexplained: 0, figures: 0, unattributed: 0, unattributedInCounted: 0 };
}

export function addRow(t: Tally, r: DeskRow): void {
  t.stories++;
  if (r.meta.words !== null) { t.words += r.meta.words; t.storiesWithWords++; t.unattributedInCounted += r.unattributed; }
  t.attributions += r.attributions;
  t.named += r.named;
  t.anonymous += r.anonymous;
  t.vague += r.vague;
  t.documents += r.documents;
  if (r.anonymous > 0) t.withAnonymous++;
  if (r.anonymity === 'unexplained') t.unexplained++;
  t.figures += r.figures;
  t.unattributed += r.unattributed;
}

export function totals(rows: readonly DeskRow[]): Tally {
  const t = emptyTally();
  for (const r of rows) addRow(t, r);
  return t;
}

function groupBy(rows: readonly DeskRow[], key: (r: DeskRow) => string | null): TrendRow[] {
  const groups = new Map<string, TrendRow>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, ...emptyTally() }));
    addRow(g, r);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function trends(rows: readonly DeskRow[]): Trends {
  return {
    month: groupBy(rows, (r) => r.meta.date?.slice(0, 7) ?? null),
    desk: groupBy(rows, (r) => r.meta.desk),
    outlet: groupBy(rows, (r) => r.meta.outlet),
  };
}

/** Unattributed figures per 1,000 words over the stories whose length is known. */
export function tallyRate(t: Tally): number | null {
  return t.words > 0 ? (t.unattributedInCounted / t.words) * 1000 : null;
}
