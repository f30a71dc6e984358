// analyze() for documents too long to hold whole: the text is analysed window by
// window (a run of whole paragraphs), and each window's paragraphs, sentences,
// attributions, figures and notes are handed to the caller as soon as they are
// final, then let go. What later windows need is all that is kept: the stretch of
// attributions and sentences resolution can reach back to (REACH), the attributions
// older ones point to, one link key per attribution, the anonymity notes and the
// counts. The findings, which need the story's verdict, are made afterwards in one
// more pass over the rows (`findingsOfRows`), by whoever kept them. Joined up, the
// windows and the end are exactly what analyze() returns (a test holds them to it).
import type { Analysis, AnalyzeOptions, AnonymityNote, Attribution, Figure, Finding, Paragraph, Sentence, Summary } from './types';
import { NameIndex } from './names';
import type { NameMention } from './names';
import { buildBlock } from './blocks';
import { splitParagraphs } from './segment';
import { analyzeParagraph } from './paragraph';
import { REACH, nearestMentions, resolveOne, sourceKey } from './coreference';
import { figureFindings, sortFindings, sourceFindings, summarize } from './findings';
import { proseMask, proseText } from './markdown';
import { anonymityVerdict } from './anonymity';
import { withVocabulary } from './vocabulary';

/** A window's share of the analysis' arrays, with document-wide offsets and ids.
 *  The attributions' `sameSource` is left empty: a link can point to a mention many
 *  windows later, so links come at the end (`sameSourceOf`). */
export interface AnalysisWindow {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  attributions: Attribution[];
  figures: Figure[];
  anonymityNotes: AnonymityNote[];
}

/** Which attributions credit the same source: per attribution, its group (-1: none)
 *  and its place in it; per group, its attributions in order. Plain data, so it can
 *  cross to another thread. */
export interface Links {
  groupOf: number[];
  rank: number[];
  members: number[][];
}

export interface WindowedEnd {
  /** The analysis as analyze() gives it without its rows (paragraphs, sentences,
   *  attributions, figures: the windows had them) and without its findings. */
  head: Analysis;
  links: Links;
  /** Is the text English prose enough to be flagged at all (as analyze() decides)? */
  flagged: boolean;
}

/** Characters of text per window: large enough that the stretch kept for resolution
 *  is a small share of a window, small enough that a window's objects are a few MB. */
export const WINDOW_CHARS = 256 * 1024;

/** The `sameSource` analyze() gives attribution `id`. */
export function sameSourceOf(links: Links, id: number): number[] {
  const group = links.groupOf[id];
  if (group < 0) return [];
  const ids = links.members[group];
  return ids.length < 2 ? [] : nearestMentions(ids, links.rank[id]);
}

/** Analyses `original` window by window, calling `onWindow` with each (its objects
 *  are not changed afterwards, so the caller may keep or write them), and returns
 *  the document-level rest. */
export function analyzeInWindows(original: string, options: AnalyzeOptions, onWindow: (w: AnalysisWindow) => void, windowChars = WINDOW_CHARS): WindowedEnd {
  return withVocabulary(options.vocabulary, () => run(original, options, onWindow, windowChars));
}

function run(original: string, options: AnalyzeOptions, onWindow: (w: AnalysisWindow) => void, windowChars: number): WindowedEnd {
  const text = options.format === 'markdown' ? proseMask(original) : original;
  const textOf = text === original ? undefined : (start: number, end: number) => proseText(original, text, start, end);
  const spans = splitParagraphs(text);
  const back: Lookback = { all: [], heads: [], sentences: [], nameLists: [], byStart: new Map(), cleared: { attributions: 0, sentences: 0, paragraphs: 0 } };
  const { all, heads, sentences, nameLists } = back;
  // (the index reads the names of analysed paragraphs only; later ones have none yet, and
  // those behind the lookback are dropped)
  const names = new NameIndex(spans, (p) => (nameLists[p] as NameMention[] | undefined) ?? []);
  const links: Links = { groupOf: [], rank: [], members: [] };
  const groups = new Map<string, number>();
  const notes: AnonymityNote[] = [];
  let counts: Summary | null = null;
  let figureTotal = 0;
  let words = 0;
  let english = 0;

  for (let first = 0; first < spans.length;) {
    const w: AnalysisWindow = { paragraphs: [], sentences: [], attributions: [], figures: [], anonymityNotes: [] };
    const windowEnd = spans[first].start + windowChars;
    let p = first;
    for (; p < spans.length && (p === first || spans[p].end <= windowEnd); p++) {
      const span = spans[p];
      const r = analyzeParagraph(text.slice(span.start, span.end));
      nameLists[p] = r.names;
      words += r.words;
      english += r.english;
      const at = { base: span.start, paragraph: p, firstSentence: sentences.length, firstAttribution: all.length, firstFigure: figureTotal, firstNote: notes.length };
      const block = buildBlock(original, r, at, textOf);
      for (const s of block.sentences) { sentences.push(s); w.sentences.push(s); }
      w.paragraphs.push({ start: span.start, end: span.end, firstSentence: at.firstSentence, endSentence: sentences.length });
      block.attributions.forEach((a, k) => {
        all.push(a);
        heads.push(r.attributions[k].headWord);
        w.attributions.push(a);
        if (!back.byStart.has(a.start)) back.byStart.set(a.start, a);
      });
      for (const f of block.figures) w.figures.push(f);
      figureTotal += block.figures.length;
      for (const n of block.notes) { w.anonymityNotes.push(n); notes.push(n); }
    }
    first = p;

    for (const a of w.attributions) {
      resolveOne(text, a, all, heads, sentences, original, back.byStart, names);
      const key = sourceKey(a);
      let group = key === null ? -1 : groups.get(key);
      if (group === undefined) { group = links.members.length; groups.set(key as string, group); links.members.push([]); }
      links.groupOf.push(group);
      links.rank.push(group < 0 ? -1 : links.members[group].push(a.id) - 1);
    }
    for (const f of w.figures) f.sourceKind = f.attribution === null ? null : all[f.attribution].kind;
    counts = added(counts, summarize(w.attributions, w.figures, w.anonymityNotes));
    onWindow(textOf ? { ...w, attributions: w.attributions.map((a) => withProse(a, textOf)) } : w);

    forgetBehind(back);
  }

  const summary = counts ?? summarize([], [], []);
  // summarize() decides this from the notes, which no single window has all of.
  summary.anonymityExplained = summary.anonymous === 0 ? null : notes.length > 0;
  const anonymity = anonymityVerdict(notes, summary.anonymous);
  return {
    head: { length: original.length, paragraphs: [], sentences: [], attributions: [], figures: [], anonymityNotes: notes, findings: [], summary, anonymity },
    links,
    // As analyze(): a document that is mostly not English prose gets no flags.
    flagged: !(words >= 40 && english < words * 0.08),
  };
}

/** The findings of a windowed analysis, from its rows read once more in order, and
 *  the analysis to finish them on: `head` with the findings, and in its rows only
 *  what the findings point to, at their ids (the rest are holes): enough for what
 *  reads findings (severities, suppressions, sign-off anchors), a fraction of the whole. */
export function findingsOfRows(end: WindowedEnd, rows: { attributions: Iterable<Attribution>; figures: Iterable<Figure>; sentences: Iterable<Sentence> }): Analysis {
  const { head } = end;
  const attributions: Attribution[] = [];
  const figures: Figure[] = [];
  const anonymous: Attribution[] = [];
  const wanted = new Set<number>(); // sentences of what is flagged
  for (const a of rows.attributions) {
    if (a.kind !== 'anonymous') continue;
    anonymous.push(a);
    attributions[a.id] = a;
    wanted.add(a.sentence);
  }
  let flags: Finding[] = [];
  if (end.flagged) {
    // figureFindings reads a figure's attribution only when it is anonymous: kept above.
    const batch: Figure[] = [];
    const flush = (): void => {
      for (const flag of figureFindings(batch, attributions)) {
        flags.push(flag);
        const f = batch[(flag.figure as number) - batch[0].id];
        figures[f.id] = f;
        wanted.add(f.sentence);
      }
      batch.length = 0;
    };
    for (const f of rows.figures) { batch.push(f); if (batch.length >= 4096) flush(); }
    if (batch.length) flush();
    flags = sortFindings([...sourceFindings(anonymous, head.summary, head.anonymity), ...flags]);
  }
  const sentences: Sentence[] = [];
  if (wanted.size) {
    let k = 0;
    for (const s of rows.sentences) { if (wanted.has(k)) sentences[k] = s; k++; }
  }
  return { ...head, sentences, attributions, figures, findings: flags };
}

/** What resolution reads, by document-wide ids (as resolveOne indexes them);
 *  entries behind its reach are cleared (set to undefined), so only a stretch lives. */
interface Lookback {
  all: Attribution[];
  heads: string[];
  sentences: Sentence[];
  nameLists: (NameMention[] | undefined)[];
  byStart: Map<number, Attribution>;
  cleared: { attributions: number; sentences: number; paragraphs: number };
}

/** Lets go of what the next window's resolution cannot read: pronouns look back some
 *  sentences (and stop at the first attribution beyond them, which must be there to
 *  be seen), anaphors a number of attributions, titles the names in the paragraphs
 *  of the last sentences. */
function forgetBehind(back: Lookback): void {
  const { all, heads, sentences, nameLists, cleared } = back;
  const nextSentence = sentences.length - REACH.sentences;
  let keepFrom = Math.max(0, all.length - REACH.attributions);
  while (keepFrom > 0 && all[keepFrom].sentence >= nextSentence) keepFrom--;
  for (; cleared.attributions < keepFrom; cleared.attributions++) {
    all[cleared.attributions] = undefined as unknown as Attribution;
    heads[cleared.attributions] = undefined as unknown as string;
  }
  const keepSentences = Math.max(0, nextSentence - 1);
  const keepParagraph = sentences[keepSentences]?.paragraph ?? cleared.paragraphs;
  for (; cleared.sentences < keepSentences; cleared.sentences++) sentences[cleared.sentences] = undefined as unknown as Sentence;
  for (; cleared.paragraphs < keepParagraph; cleared.paragraphs++) nameLists[cleared.paragraphs] = undefined;
  back.byStart = reachable(back.byStart, all, keepFrom);
}

function added(a: Summary | null, b: Summary): Summary {
  if (!a) return b;
  return {
    attributions: a.attributions + b.attributions, named: a.named + b.named, anonymous: a.anonymous + b.anonymous,
    documents: a.documents + b.documents, figures: a.figures + b.figures, unattributedFigures: a.unattributedFigures + b.unattributedFigures,
    anonymousFigures: a.anonymousFigures + b.anonymousFigures, anonymityExplained: null,
  };
}

/** Markdown: an antecedent found by resolution shows the prose, as analyze() gives it
 *  after its pass. A copy: the live one is read, as it was found, by later windows. */
function withProse(a: Attribution, textOf: (start: number, end: number) => string): Attribution {
  return a.antecedent ? { ...a, antecedent: { ...a.antecedent, text: textOf(a.antecedent.start, a.antecedent.end) } } : a;
}

/** The attributions resolution can still look up by offset: those it reaches, and
 *  (following antecedents, which are copied forward from mention to mention) every
 *  attribution an antecedent of theirs points to, however old. */
function reachable(byStart: Map<number, Attribution>, all: Attribution[], from: number): Map<number, Attribution> {
  const kept = new Map<number, Attribution>();
  const wanted: number[] = [];
  for (let k = from; k < all.length; k++) {
    wanted.push(all[k].start);
    if (all[k].antecedent) wanted.push(all[k].antecedent!.start);
  }
  while (wanted.length > 0) {
    const start = wanted.pop() as number;
    if (kept.has(start)) continue;
    const a = byStart.get(start);
    if (!a) continue;
    kept.set(start, a);
    if (a.antecedent) wanted.push(a.antecedent.start);
  }
  return kept;
}
