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
  let prevFormat: AnalyzeOptions['format'];
  let misses = 0;
  return {
    get lastMisses() {
      return misses;
    },
    analyze(original: string, options: AnalyzeOptions = {}): Analysis {
      const text = options.format === 'markdown' ? proseMask(original) : original;
      if (options.format !== prevFormat) { prevText = null; prevFormat = options.format; }
      const layout = updateLayout(prevText, prevSpans, text);
      const next = new Map<string, ParagraphResult>();
      const results: ParagraphResult[] = [];
      misses = 0;
      const n = layout.spans.length;
      layout.spans.forEach((span, i) => {
        let r: ParagraphResult | undefined;
        if (i < layout.keptBefore) r = prevResults[i];
        else if (i >= n - layout.keptAfter) r = prevResults[prevResults.length - (n - i)];
        if (!r) {
          const body = text.slice(span.start, span.end);
          r = next.get(body) ?? cache.get(body);
          if (!r) {
            r = analyzeParagraph(body);
            misses++;
          }
          next.set(body, r);
        }
        results.push(r);
      });
      // keep the cache to what the kept and re-split paragraphs need; kept paragraphs
      // are found by position, so the map only serves moved and re-typed text
      for (const [k, v] of cache) if (next.size < 4096 && !next.has(k)) next.set(k, v);
      cache = next;
      // Blocks of paragraphs kept from the last run are moved, not rebuilt. Markdown
      // is excluded: its mask can hide an edit (a link target) that the blocks' text shows.
      const old = prevBlocks;
      const reuse = options.format === 'markdown' ? undefined : (p: number) => (p < layout.keptBefore ? old[p] : p >= n - layout.keptAfter ? old[old.length - (n - p)] : undefined);
      const { analysis, blocks } = assemble(original, text, layout.spans, results, reuse);
      prevText = text;
      prevSpans = layout.spans;
      prevResults = results;
      prevBlocks = blocks;
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

  spans.forEach((span, p) => {
    const r = results[p];
    const at = { base: span.start, paragraph: p, firstSentence: sentences.length, firstAttribution: attributions.length, firstFigure: figures.length };
    let block = reuse(p);
    if (block && block.result === r) placeBlock(block, at, original);
    else block = buildBlock(original, r, at);
    blocks.push(block);
    for (const s of block.sentences) sentences.push(s);
    paragraphs.push({ start: span.start, end: span.end, firstSentence: at.firstSentence, endSentence: sentences.length });
    for (const a of block.attributions) attributions.push(a);
    for (const a of r.attributions) heads.push(a.headWord);
    for (const f of block.figures) figures.push(f);
    for (const n of block.notes) anonymityNotes.push(n);
  });

  const names = new NameIndex(spans.map((s) => s.start), results.map((r) => r.names));
  resolveSources(text, attributions, heads, sentences, original, names);
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
