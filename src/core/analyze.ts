// analyze(text): the whole pipeline. Paragraph-level work is cached by content
// (see paragraph.ts); what needs the whole document — pronouns, links between
// mentions of one source, the anonymity verdict, findings — is a cheap linear pass.
import type { Analysis, AnalyzeOptions, Attribution, Figure, AnonymityNote, Paragraph, Sentence, Span } from './types';
import { updateLayout } from './layout';
import { NameIndex } from './names';
import { buildBlock, placeBlock } from './blocks';
import type { Block } from './blocks';
import { splitParagraphs } from './segment';
import { analyzeParagraph } from './paragraph';
import type { ParagraphResult } from './paragraph';
import { resolveSources } from './coreference';
import { buildFindings, summarize } from './findings';
import { proseMask } from './markdown';

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
  let misses = 0;
  return {
    get lastMisses() {
      return misses;
    },
    analyze(original: string, options: AnalyzeOptions = {}): Analysis {
      if (original === prevOriginal && options.format === prevFormat && prevAnalysis) {
        misses = 0;
        return prevAnalysis; // nothing changed (a settings change, a second listener)
      }
      const text = options.format === 'markdown' ? proseMask(original) : original;
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
      // Blocks of paragraphs kept from the last run are moved, not rebuilt. Markdown
      // is excluded: its mask can hide an edit (a link target) that the blocks' text shows.
      const old = prevBlocks;
      const reuse = options.format === 'markdown' ? undefined : (p: number) => (p < layout.keptBefore ? old[p] : p >= n - layout.keptAfter ? old[old.length - (n - p)] : undefined);
      const { analysis, blocks } = assemble(original, text, layout.spans, results, reuse);
      prevText = text;
      prevSpans = layout.spans;
      prevResults = results;
      prevBlocks = blocks;
      prevOriginal = original;
      prevAnalysis = analysis;
      return analysis;
    },
  };
}

export function analyze(original: string, options: AnalyzeOptions = {}): Analysis {
  const text = options.format === 'markdown' ? proseMask(original) : original;
  const spans = splitParagraphs(text);
  return assemble(original, text, spans, spans.map((s) => analyzeParagraph(text.slice(s.start, s.end)))).analysis;
}

/** Absolute offsets and document-level resolution over per-paragraph results.
 *  `reuse(p)` may return the previous run's block for paragraph p (same result). */
function assemble(original: string, text: string, spans: Span[], results: ParagraphResult[], reuse: (p: number) => Block | undefined = () => undefined): { analysis: Analysis; blocks: Block[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const attributions: Attribution[] = [];
  const figures: Figure[] = [];
  const anonymityNotes: AnonymityNote[] = [];
  const heads: string[] = [];
  const blocks: Block[] = [];
  // attributions before this index sit in blocks that neither changed nor moved
  let firstChanged = -1;

  for (let p = 0; p < spans.length; p++) {
    const span = spans[p];
    const r = results[p];
    const at = { base: span.start, paragraph: p, firstSentence: sentences.length, firstAttribution: attributions.length, firstFigure: figures.length };
    let block = reuse(p);
    if (block && block.result === r) {
      if (!placeBlock(block, at, original, firstChanged < 0) && firstChanged < 0) firstChanged = at.firstAttribution;
    } else {
      block = buildBlock(original, r, at);
      if (firstChanged < 0) firstChanged = at.firstAttribution;
    }
    blocks.push(block);
    for (let k = 0; k < block.sentences.length; k++) sentences.push(block.sentences[k]);
    paragraphs.push({ start: span.start, end: span.end, firstSentence: at.firstSentence, endSentence: sentences.length });
    for (let k = 0; k < block.attributions.length; k++) {
      attributions.push(block.attributions[k]);
      heads.push(r.attributions[k].headWord);
    }
    for (let k = 0; k < block.figures.length; k++) figures.push(block.figures[k]);
    for (let k = 0; k < block.notes.length; k++) anonymityNotes.push(block.notes[k]);
  }

  const names = new NameIndex(spans.map((s) => s.start), results.map((r) => r.names));
  resolveSources(text, attributions, heads, sentences, original, names, firstChanged < 0 ? attributions.length : firstChanged);
  for (const f of figures) f.sourceKind = f.attribution === null ? null : attributions[f.attribution].kind;
  const summary = summarize(attributions, figures, anonymityNotes);
  // A document that is mostly not English prose gets no flags, even in the few
  // English-looking lines it may hold (a headline, a quoted English phrase).
  let words = 0;
  let english = 0;
  for (const r of results) { words += r.words; english += r.english; }
  const findings = words >= 40 && english < words * 0.08 ? [] : buildFindings(attributions, figures, summary);
  return { analysis: { length: original.length, paragraphs, sentences, attributions, figures, anonymityNotes, findings, summary }, blocks };
}
