// analyze(text): the whole pipeline. Paragraph-level work is cached by content
// (see paragraph.ts); what needs the whole document — pronouns, links between
// mentions of one source, the anonymity verdict, findings — is a cheap linear pass.
import type { Analysis, AnalyzeOptions, Attribution, Figure, AnonymityNote, Paragraph, Sentence, Span } from './types';
import { updateLayout } from './layout';
import { NameIndex } from './names';
import { splitParagraphs } from './segment';
import { analyzeParagraph } from './paragraph';
import type { ParagraphResult } from './paragraph';
import { resolveSources } from './coreference';
import { buildFindings, summarize } from './findings';
import { proseMask } from './markdown';

export interface Analyzer {
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
      prevText = text;
      prevSpans = layout.spans;
      prevResults = results;
      return assemble(original, text, layout.spans, results);
    },
  };
}

export function analyze(original: string, options: AnalyzeOptions = {}): Analysis {
  const text = options.format === 'markdown' ? proseMask(original) : original;
  const spans = splitParagraphs(text);
  return assemble(original, text, spans, spans.map((s) => analyzeParagraph(text.slice(s.start, s.end))));
}

/** Absolute offsets and document-level resolution over per-paragraph results. */
function assemble(original: string, text: string, spans: Span[], results: ParagraphResult[]): Analysis {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const attributions: Attribution[] = [];
  const figures: Figure[] = [];
  const anonymityNotes: AnonymityNote[] = [];
  const heads: string[] = [];
  const slice = (start: number, end: number) => original.slice(start, end);

  spans.forEach((span, p) => {
    const base = span.start;
    const r = results[p];
    const firstSentence = sentences.length;
    for (const s of r.sentences) sentences.push({ start: base + s.start, end: base + s.end, paragraph: p });
    paragraphs.push({ start: span.start, end: span.end, firstSentence, endSentence: sentences.length });
    const firstAttribution = attributions.length;
    for (const a of r.attributions) {
      const start = base + a.source.start;
      const end = base + a.source.end;
      attributions.push({
        id: attributions.length, start, end, text: slice(start, end), type: a.type,
        kind: a.type === 'unnamed-person' || a.type === 'unnamed-group' ? 'anonymous' : 'named',
        cue: { start: base + a.cue.start, end: base + a.cue.end, text: slice(base + a.cue.start, base + a.cue.end) },
        sentence: firstSentence + a.sentence, paragraph: p,
        antecedent: a.relativeAntecedent ? { start: base + a.relativeAntecedent.start, end: base + a.relativeAntecedent.end, text: slice(base + a.relativeAntecedent.start, base + a.relativeAntecedent.end) } : null,
        facets: a.facets, sameSource: [],
      });
      heads.push(a.headWord);
    }
    for (const f of r.figures) {
      const start = base + f.start;
      const end = base + f.end;
      figures.push({
        id: figures.length, start, end, text: slice(start, end), value: f.value, hedge: f.hedge, noun: f.noun,
        status: f.attribution >= 0 ? 'attributed' : 'unattributed',
        attribution: f.attribution >= 0 ? firstAttribution + f.attribution : null,
        sourceKind: null, sentence: firstSentence + f.sentence, paragraph: p,
      });
    }
    for (const n of r.notes) {
      anonymityNotes.push({
        start: base + n.start, end: base + n.end, text: slice(base + n.start, base + n.end), trigger: n.trigger,
        reason: n.reason, boilerplate: n.boilerplate, sentence: firstSentence + n.sentence, paragraph: p,
      });
    }
  });

  const names = new NameIndex(spans.map((s) => s.start), results.map((r) => r.names));
  resolveSources(text, attributions, heads, sentences, original, names);
  for (const f of figures) f.sourceKind = f.attribution === null ? null : attributions[f.attribution].kind;
  const summary = summarize(attributions, figures, anonymityNotes);
  const findings = buildFindings(attributions, figures, summary);
  return { length: original.length, paragraphs, sentences, attributions, figures, anonymityNotes, findings, summary };
}
