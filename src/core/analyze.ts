// analyze(text): the whole pipeline. Paragraph-level work is cached by content
// (see paragraph.ts); what needs the whole document — pronouns, links between
// mentions of one source, the anonymity verdict, findings — is a cheap linear pass.
import type { Analysis, AnalyzeOptions, Attribution, Figure, AnonymityNote, Paragraph, Sentence, Span } from './types';
import { NameIndex } from './names';
import { antecedentsFrom, buildBlock, placeBlock } from './blocks';
import type { Block } from './blocks';
import { splitParagraphs } from './segment';
import { analyzeParagraph } from './paragraph';
import type { ParagraphResult } from './paragraph';
import { REACH, resolveSources } from './coreference';
import { buildFindings, summarize } from './findings';
import { createProseMasker, proseMask, proseText } from './markdown';
import { commonEnds, updateLayout } from './layout';
import { anonymityVerdict } from './anonymity';
import { vocabularyKey, withVocabulary } from './vocabulary';

export interface Analyzer {
  /** Analyses the document's current text. The objects of the previous result may be
   *  reused (moved) by this call: keep only the latest Analysis of a document. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Number of paragraphs analysed (not served from the cache) by the last call. */
  readonly lastMisses: number;
}

/** An analyzer with a per-paragraph cache: re-analysing an edited document only
 *  re-does the paragraphs whose text changed, and only re-splits the blocks around
 *  the edit. One per open document. */
export function createAnalyzer(): Analyzer {
  let cache = new Map<string, ParagraphResult>();
  let prevText: string | null = null;
  let prevSpans: Span[] = [];
  let prevResults: ParagraphResult[] = [];
  let prevBlocks: Block[] = [];
  let prevOriginal: string | null = null;
  let prevAnalysis: Analysis | null = null;
  let prevFormat: AnalyzeOptions['format'];
  let prevVocabulary = '';
  let misses = 0;
  const masker = createProseMasker();
  // What each attribution's resolution read (see resolveSources), for deciding which
  // kept paragraphs may keep theirs; entries go with the attributions they describe.
  const reads = new WeakMap<Attribution, Attribution[]>();
  return {
    get lastMisses() {
      return misses;
    },
    analyze(original: string, options: AnalyzeOptions = {}): Analysis {
      // Paragraph results hold for one vocabulary only: another one starts afresh.
      const vocabulary = vocabularyKey(options.vocabulary);
      if (vocabulary !== prevVocabulary) { cache = new Map(); prevText = null; prevAnalysis = null; prevVocabulary = vocabulary; }
      return withVocabulary(options.vocabulary, () => run(original, options));
    },
  };
  function run(original: string, options: AnalyzeOptions): Analysis {
    {
      if (original === prevOriginal && options.format === prevFormat && prevAnalysis) {
        misses = 0;
        return prevAnalysis; // nothing changed (a settings change, a second listener)
      }
      const markdown = options.format === 'markdown';
      const text = markdown ? masker.mask(original) : original;
      if (options.format !== prevFormat) { prevText = null; prevFormat = options.format; }
      const layout = updateLayout(prevText, prevSpans, text);
      const results: ParagraphResult[] = new Array(layout.spans.length);
      misses = 0;
      const n = layout.spans.length;
      for (let i = 0; i < n; i++) {
        // kept paragraphs are found by position; only re-split ones need the text cache
        let r = i < layout.keptBefore ? prevResults[i] : i >= n - layout.keptAfter ? prevResults[prevResults.length - (n - i)] : undefined;
        if (!r) {
          const body = text.slice(layout.spans[i].start, layout.spans[i].end);
          r = cache.get(body);
          if (!r) {
            r = analyzeParagraph(body);
            misses++;
            cache.set(body, r);
          }
        }
        results[i] = r;
      }
      // The text cache serves pasted, moved and undone paragraphs; keep it from growing
      // without bound by restarting it from the current paragraphs now and then.
      if (cache.size > 2 * n + 1024) {
        cache = new Map();
        layout.spans.forEach((span, i) => cache.set(text.slice(span.start, span.end), results[i]));
      }
      // Blocks of paragraphs kept from the last run are moved, not rebuilt. In Markdown
      // the layout follows the mask, which can hide an edit (a link target) that the
      // blocks' text shows: there a kept paragraph's block is reused only if the file's
      // own text of the paragraph is unchanged too (it lies outside the edited stretch).
      const old = prevBlocks;
      let sameBefore = Infinity;
      let sameAfter = -Infinity;
      if (markdown && prevOriginal !== null && layout.keptBefore + layout.keptAfter > 0) {
        const { prefix, suffix } = commonEnds(prevOriginal, original);
        sameBefore = prefix;
        sameAfter = original.length - suffix;
      }
      const reuse = (p: number) => {
        const span = layout.spans[p];
        if (p < layout.keptBefore) return span.end <= sameBefore ? old[p] : undefined;
        if (p >= n - layout.keptAfter) return span.start >= sameAfter ? old[old.length - (n - p)] : undefined;
        return undefined;
      };
      const { analysis, blocks } = assemble(original, text, layout.spans, results, reuse, reads);
      prevText = text;
      prevSpans = layout.spans;
      prevResults = results;
      prevBlocks = blocks;
      prevOriginal = original;
      prevAnalysis = analysis;
      return analysis;
    }
  }
}

export function analyze(original: string, options: AnalyzeOptions = {}): Analysis {
  return withVocabulary(options.vocabulary, () => analyzeOnce(original, options));
}

function analyzeOnce(original: string, options: AnalyzeOptions): Analysis {
  const text = options.format === 'markdown' ? proseMask(original) : original;
  const spans = splitParagraphs(text);
  // Each paragraph is analysed as the assembly reaches it, and its result dropped once
  // its block is built: on a 50 MB story the per-paragraph results would otherwise
  // all be alive at once, more memory than the analysis itself.
  return assemble(original, text, spans, (p) => analyzeParagraph(text.slice(spans[p].start, spans[p].end))).analysis;
}

/** Absolute offsets and document-level resolution over per-paragraph results: an
 *  array (the editor's analyzer keeps them for the next run), or a function that
 *  makes paragraph p's when asked (a one-shot analysis keeps none, and no blocks).
 *  `reuse(p)` may return the previous run's block for paragraph p (same result). */
function assemble(original: string, text: string, spans: Span[], results: ParagraphResult[] | ((p: number) => ParagraphResult), reuse: (p: number) => Block | undefined = () => undefined, reads?: WeakMap<Attribution, Attribution[]>): { analysis: Analysis; blocks: Block[] } {
  const kept = Array.isArray(results);
  const resultAt = kept ? (p: number) => results[p] : results;
  // Sized up front: on a keystroke in a long document, growing these arrays element
  // by element costs more than everything else in this loop.
  let nS = 0, nA = 0, nF = 0, nN = 0;
  if (kept) for (const r of results) { nS += r.sentences.length; nA += r.attributions.length; nF += r.figures.length; nN += r.notes.length; }
  const paragraphs: Paragraph[] = new Array(spans.length);
  const sentences: Sentence[] = new Array(nS);
  const attributions: Attribution[] = new Array(nA);
  const figures: Figure[] = new Array(nF);
  const anonymityNotes: AnonymityNote[] = new Array(nN);
  const heads: string[] = new Array(nA);
  let keptResolution: Uint8Array = new Uint8Array(nA);
  const blocks: Block[] = kept ? new Array(spans.length) : [];
  const nameLists: ParagraphResult['names'][] = new Array(spans.length);
  let words = 0;
  let english = 0;
  // Markdown: show the prose a reader sees, not the markup inside a span (text is the mask).
  const textOf = text === original ? undefined : (start: number, end: number) => proseText(original, text, start, end);
  let sN = 0, aN = 0, fN = 0, nNo = 0;
  // Which attributions keep their resolution from the last run: those before the
  // first change, and those beyond the change's reach (REACH) whose antecedents are too.
  let changed = false;
  let reachEndAttribution = -1; // attributions and sentences up to here may be affected
  let reachEndSentence = -1;
  let farFrom = -1; // old offset where the unaffected stretch after the change begins

  for (let p = 0; p < spans.length; p++) {
    const span = spans[p];
    const r = resultAt(p);
    nameLists[p] = r.names;
    words += r.words;
    english += r.english;
    const at = { base: span.start, paragraph: p, firstSentence: sN, firstAttribution: aN, firstFigure: fN };
    let block = reuse(p);
    let keep = false;
    let edited = false; // built anew, or the first paragraph the edit moved
    if (block && block.result === r) {
      const moves = block.base !== at.base || block.paragraph !== at.paragraph || block.firstSentence !== at.firstSentence ||
        block.firstAttribution !== at.firstAttribution || block.firstFigure !== at.firstFigure;
      if (moves && !changed) {
        changed = true; // the edit removed text between paragraphs: this is the first one it moved
        edited = true;
      } else if (changed) {
        const far = at.firstAttribution >= reachEndAttribution && at.firstSentence >= reachEndSentence;
        if (far && farFrom < 0) farFrom = block.base;
        // Beyond REACH no window of resolution looks back to the change, but links
        // chain: keep only if every attribution read in resolving this block's was kept
        // too (then it reads the same states as last time, which a fresh run also sees).
        keep = far && antecedentsFrom(block, farFrom) && reads !== undefined && readsKept(block, reads, attributions, keptResolution);
      } else {
        keep = true; // before the edit, unmoved
      }
      placeBlock(block, at, original, keep);
    } else {
      block = buildBlock(original, r, at, textOf);
      changed = true;
      edited = true;
    }
    if (kept) blocks[p] = block;
    for (let k = 0; k < block.sentences.length; k++) sentences[sN++] = block.sentences[k];
    paragraphs[p] = { start: span.start, end: span.end, firstSentence: at.firstSentence, endSentence: sN };
    if (!kept && aN + block.attributions.length > keptResolution.length) keptResolution = grown(keptResolution, aN + block.attributions.length);
    for (let k = 0; k < block.attributions.length; k++) {
      attributions[aN] = block.attributions[k];
      heads[aN] = r.attributions[k].headWord;
      keptResolution[aN++] = keep ? 1 : 0;
    }
    for (let k = 0; k < block.figures.length; k++) figures[fN++] = block.figures[k];
    for (let k = 0; k < block.notes.length; k++) anonymityNotes[nNo++] = block.notes[k];
    if (edited) {
      reachEndAttribution = aN + REACH.attributions;
      reachEndSentence = sN + REACH.sentences;
    }
  }

  const names = new NameIndex(spans.map((s) => s.start), nameLists);
  resolveSources(text, attributions, heads, sentences, original, names, keptResolution, reads);
  // Antecedents found among name mentions were cut from the file: give them the prose too.
  if (textOf) for (const a of attributions) if (a.antecedent) a.antecedent.text = textOf(a.antecedent.start, a.antecedent.end);
  for (const f of figures) f.sourceKind = f.attribution === null ? null : attributions[f.attribution].kind;
  const summary = summarize(attributions, figures, anonymityNotes);
  const anonymity = anonymityVerdict(anonymityNotes, summary.anonymous);
  // A document that is mostly not English prose gets no flags, even in the few
  // English-looking lines it may hold (a headline, a quoted English phrase).
  const findings = words >= 40 && english < words * 0.08 ? [] : buildFindings(attributions, figures, summary, anonymity);
  return { analysis: { length: original.length, paragraphs, sentences, attributions, figures, anonymityNotes, findings, summary, anonymity }, blocks };
}

/** Were all the attributions that resolving `b`'s read kept in this run (or are they
 *  `b`'s own, kept with it)? Earlier blocks are placed already: their attributions
 *  carry this run's ids, and one whose block was rebuilt is no longer in the list. */
function readsKept(b: Block, reads: WeakMap<Attribution, Attribution[]>, attributions: Attribution[], kept: Uint8Array): boolean {
  for (const a of b.attributions) {
    const list = reads.get(a);
    if (!list) continue;
    for (const r of list) {
      if (attributions[r.id] === r ? kept[r.id] === 1 : b.attributions.includes(r)) continue;
      return false;
    }
  }
  return true;
}

/** A larger copy of `a` (doubling, so appends stay linear). */
function grown(a: Uint8Array, need: number): Uint8Array {
  const b = new Uint8Array(Math.max(need, a.length * 2, 1024));
  b.set(a);
  return b;
}
