// A paragraph's results with absolute offsets and document-wide indices. The editor's
// analyzer keeps the blocks of the last run and, after an edit, moves the blocks of
// unchanged paragraphs in place (new offsets and indices) instead of allocating them
// again: on a 1 MB document that is most of the cost of a keystroke.
import type { AnonymityNote, Attribution, Figure, Sentence } from './types';
import type { ParagraphResult } from './paragraph';
import { detached } from './detach';

export interface Block {
  result: ParagraphResult;
  base: number;
  paragraph: number;
  firstSentence: number;
  firstAttribution: number;
  firstFigure: number;
  firstNote: number;
  sentences: Sentence[];
  attributions: Attribution[];
  figures: Figure[];
  notes: AnonymityNote[];
}

export interface Place {
  base: number;
  paragraph: number;
  firstSentence: number;
  firstAttribution: number;
  firstFigure: number;
  /** Index of its first anonymity note in the document's list (notes carry no index). */
  firstNote: number;
}

/** The text to show for a span (see TextSpan.text): the file's own text by default. */
export type TextOf = (start: number, end: number) => string;

export function buildBlock(original: string, r: ParagraphResult, at: Place, textOf?: TextOf): Block {
  const { base, paragraph: p, firstSentence, firstAttribution, firstFigure, firstNote } = at;
  const slice = textOf ?? ((start: number, end: number) => detached(original.slice(start, end)));
  const attributions = listOf(r.attributions, (a, k): Attribution => {
    const start = base + a.source.start;
    const end = base + a.source.end;
    return {
      id: firstAttribution + k, start, end, text: slice(start, end), type: a.type, kind: 'named',
      cue: { start: base + a.cue.start, end: base + a.cue.end, text: slice(base + a.cue.start, base + a.cue.end) },
      sentence: firstSentence + a.sentence, paragraph: p, antecedent: null, facets: null, sameSource: [],
    };
  });
  const block: Block = {
    result: r, base, paragraph: p, firstSentence, firstAttribution, firstFigure, firstNote,
    sentences: listOf(r.sentences, (s) => ({ start: base + s.start, end: base + s.end, paragraph: p })),
    attributions,
    figures: listOf(r.figures, (f, k): Figure => ({
      id: firstFigure + k, start: base + f.start, end: base + f.end, text: slice(base + f.start, base + f.end),
      value: f.value, hedge: f.hedge, noun: f.noun, status: f.attribution >= 0 ? 'attributed' : 'unattributed',
      attribution: f.attribution >= 0 ? firstAttribution + f.attribution : null,
      sourceKind: null, sentence: firstSentence + f.sentence, paragraph: p,
    })),
    notes: listOf(r.notes, (n) => ({
      start: base + n.start, end: base + n.end, text: slice(base + n.start, base + n.end), trigger: n.trigger,
      reason: n.reason, boilerplate: n.boilerplate, sentence: firstSentence + n.sentence, paragraph: p,
    })),
  };
  resetDocumentFields(block, slice);
  return block;
}

/** `xs.map(make)`, but every list from one array literal. A block's lists are walked
 *  on every keystroke (placeBlock), and V8 compiles those loops for the kinds of
 *  array it has seen: an empty list from map() is a list of small integers to it, a
 *  full one a list of objects, and each kind it meets late throws the compiled loop
 *  away (a keystroke run unoptimized, 20-40 ms on 1 MB). Arrays from one literal
 *  site take the kind the site has seen (V8's allocation sites), empty ones too. */
function listOf<T, U extends object>(xs: readonly T[], make: (x: T, k: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < xs.length; k++) out.push(make(xs[k], k));
  return out;
}

/** Moves a block to its new place (offsets and indices) and clears what the
 *  document-level pass computes, so that pass can run again — unless `keep`: a block
 *  before the edit, or far enough after it, keeps its resolved sources (moved with
 *  it), because resolution only looks back a bounded way. */
export function placeBlock(b: Block, at: Place, original: string, keep: boolean): void {
  const d = at.base - b.base;
  const dp = at.paragraph - b.paragraph;
  const ds = at.firstSentence - b.firstSentence;
  const da = at.firstAttribution - b.firstAttribution;
  const df = at.firstFigure - b.firstFigure;
  if (d || dp || ds) {
    for (const s of b.sentences) { s.start += d; s.end += d; s.paragraph += dp; }
    for (const n of b.notes) { n.start += d; n.end += d; n.sentence += ds; n.paragraph += dp; }
  }
  if (d || dp || ds || da) {
    for (const a of b.attributions) {
      a.start += d; a.end += d; a.cue.start += d; a.cue.end += d;
      a.id += da; a.sentence += ds; a.paragraph += dp;
    }
  }
  if (d || dp || ds || da || df) {
    for (const f of b.figures) {
      f.start += d; f.end += d; f.id += df; f.sentence += ds; f.paragraph += dp;
      if (f.attribution !== null) f.attribution += da;
    }
  }
  // field by field: the analyzer passes one Place object, overwritten per paragraph
  b.base = at.base; b.paragraph = at.paragraph; b.firstSentence = at.firstSentence;
  b.firstAttribution = at.firstAttribution; b.firstFigure = at.firstFigure; b.firstNote = at.firstNote;
  if (!keep) resetDocumentFields(b, (start, end) => detached(original.slice(start, end)));
  else if (d) for (const a of b.attributions) if (a.antecedent) { a.antecedent.start += d; a.antecedent.end += d; }
}

/** Can this block keep its resolved sources when moved? Only if every antecedent it
 *  points to lies at or after `from` (old offsets): resolution there was not affected. */
export function antecedentsFrom(b: Block, from: number): boolean {
  for (const a of b.attributions) if (a.antecedent && a.antecedent.start < from) return false;
  return true;
}

/** Shared empty list: the document pass assigns a new array where there are links. */
const NO_LINKS: number[] = [];

function resetDocumentFields(b: Block, slice: TextOf): void {
  const locals = b.result.attributions;
  for (let k = 0; k < locals.length; k++) {
    const local = locals[k];
    const a = b.attributions[k];
    a.type = local.type;
    a.kind = local.type === 'unnamed-person' || local.type === 'unnamed-group' ? 'anonymous' : 'named';
    const rel = local.relativeAntecedent;
    a.antecedent = rel ? { start: b.base + rel.start, end: b.base + rel.end, text: slice(b.base + rel.start, b.base + rel.end) } : null;
    a.facets = local.facets;
    a.sameSource = NO_LINKS;
  }
  for (const f of b.figures) f.sourceKind = null;
}
