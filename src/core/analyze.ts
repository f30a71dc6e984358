// analyze(text): the whole pipeline. Paragraph-level work is cached by content
// (see paragraph.ts); what needs the whole document — pronouns, links between
// mentions of one source, the anonymity verdict, findings — is a cheap linear pass.
import type { Analysis, AnalyzeOptions, Attribution, Figure, AnonymityNote, Paragraph, Sentence } from './types';
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
 *  re-does the paragraphs whose text changed. One per open document. */
export function createAnalyzer(): Analyzer {
  let cache = new Map<string, ParagraphResult>();
  let misses = 0;
  return {
    get lastMisses() {
      return misses;
    },
    analyze(text: string, options: AnalyzeOptions = {}): Analysis {
      const next = new Map<string, ParagraphResult>();
      misses = 0;
      const result = run(text, options, (body) => {
        let r = next.get(body) ?? cache.get(body);
        if (!r) {
          r = analyzeParagraph(body);
          misses++;
        }
        next.set(body, r);
        return r;
      });
      cache = next; // drop paragraphs that no longer exist
      return result;
    },
  };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return run(text, options, analyzeParagraph);
}

function run(original: string, options: AnalyzeOptions, paragraphOf: (body: string) => ParagraphResult): Analysis {
  const text = options.format === 'markdown' ? proseMask(original) : original;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const attributions: Attribution[] = [];
  const figures: Figure[] = [];
  const anonymityNotes: AnonymityNote[] = [];
  const slice = (start: number, end: number) => original.slice(start, end);

  splitParagraphs(text).forEach((span, p) => {
    const base = span.start;
    const r = paragraphOf(text.slice(span.start, span.end));
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
        facets: null, sameSource: [],
      });
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

  resolveSources(text, attributions, sentences, original);
  for (const f of figures) f.sourceKind = f.attribution === null ? null : attributions[f.attribution].kind;
  const summary = summarize(attributions, figures, anonymityNotes);
  const findings = buildFindings(attributions, figures, summary);
  return { length: original.length, paragraphs, sentences, attributions, figures, anonymityNotes, findings, summary };
}
