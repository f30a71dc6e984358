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
import { contextFree, REACH, resolveSources } from './coreference';
import { buildFindings, summarize } from './findings';
import { createProseMasker, proseMask, proseText } from './markdown';
import { commonEnds, resplitSpans, updateLayout } from './layout';
import { anonymityVerdict } from './anonymity';
import { vocabularyKey, withVocabulary } from './vocabulary';
import { detached } from './detach';
import { drain, STEP, type Steps } from './steps';

export interface Analyzer {
  /** Analyses the document's current text. The objects of the previous result may be
   *  reused (moved) by this call: keep only the latest Analysis of a document. A reused
   *  object covers the same text as before, at its new offsets (callers may remember
   *  what they derive from a sentence's text by the Sentence object). */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Does ahead, while `more()` says there is time, the work analyze(text, options)
   *  would do: the paragraphs not in the cache and, on a first run, the assembly too;
   *  true when it is done. A caller on a thread with messages to answer (the language
   *  server's) calls it between them until it is true; analyze() then has only an
   *  edit's assembly left, or nothing. analyze() gives the same result whether or not
   *  this ran. */
  prepare(text: string, options: AnalyzeOptions, more: () => boolean): boolean;
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
  let prevOriginal: string | null = null;
  /** The last run's result and what the next one reuses of it; null: start afresh. */
  let last: LastRun | null = null;
  let prevFormat: AnalyzeOptions['format'];
  let prevVocabulary = '';
  let misses = 0;
  const masker = createProseMasker();
  // What each attribution's resolution read (see resolveSources), for deciding which
  // kept paragraphs may keep theirs; entries go with the attributions they describe.
  const reads = new WeakMap<Attribution, Attribution[]>();
  /** What prepare() has left to do for the text it was last given. */
  let ahead: { text: string; spans: Span[]; next: number } | null = null;
  /** A first run that prepare() is assembling in slices. */
  let running: { steps: Steps<Analysis>; format: AnalyzeOptions['format'] } | null = null;
  /** Whether the current prepare() slice has time left. */
  let timeLeft: () => boolean = () => true;
  // Paragraph results hold for one vocabulary only: another one starts afresh.
  const useVocabulary = (options: AnalyzeOptions) => {
    const vocabulary = vocabularyKey(options.vocabulary);
    if (vocabulary !== prevVocabulary) { cache = new Map(); prevText = null; last = null; ahead = null; running = null; prevVocabulary = vocabulary; }
  };
  return {
    get lastMisses() {
      return misses;
    },
    prepare(original: string, options: AnalyzeOptions, more: () => boolean): boolean {
      useVocabulary(options);
      if (original === prevOriginal && options.format === prevFormat && last) return true;
      timeLeft = more;
      try {
        return withVocabulary(options.vocabulary, () => prepareSlice(original, options));
      } catch (error) {
        prevText = null; prevOriginal = null; last = null; ahead = null; running = null;
        throw error;
      } finally {
        timeLeft = () => true;
      }
    },
    analyze(original: string, options: AnalyzeOptions = {}): Analysis {
      useVocabulary(options);
      // a first run half assembled has moved nothing of an earlier one: it is dropped
      ahead = null; running = null;
      try {
        return withVocabulary(options.vocabulary, () => drain(runSteps(original, options)));
      } catch (error) {
        // A run moves the last run's spans and blocks in place: after a failure they
        // are neither the old layout nor the new one, so the next run starts afresh.
        prevText = null; prevOriginal = null; last = null;
        throw error;
      }
    },
  };
  function prepareSlice(original: string, options: AnalyzeOptions): boolean {
    // A first run under way goes on to its end whatever the text is now (a newer text
    // is then an edit of it, which analyze() does at once): starting it again on every
    // keystroke could keep a long story from ever being done.
    if (running && running.format === options.format) {
      if (!running.steps.next().done) return false;
      running = null;
      if (original === prevOriginal) return true;
    }
    running = null;
    const text = options.format === 'markdown' ? masker.mask(original) : original;
    if (ahead?.text !== text) ahead = { text, spans: resplitSpans(options.format === prevFormat ? prevText : null, text), next: 0 };
    const { spans } = ahead;
    while (ahead.next < spans.length) {
      if (!timeLeft()) return false;
      const body = text.slice(spans[ahead.next].start, spans[ahead.next].end);
      ahead.next++;
      if (cache.has(body)) continue;
      const own = detached(body);
      cache.set(own, analyzeParagraph(own));
    }
    // After an edit analyze() assembles at once (a keystroke's assembly is short, and
    // it moves the last run's blocks, which a run left half-done would leave neither
    // old nor new). A first run moves nothing: it is assembled here too, in slices.
    if (last !== null) return true;
    // the paragraphs just split are the first run's layout (it has no earlier one)
    const layout = spans;
    ahead = null;
    running = { steps: runSteps(original, options, () => timeLeft(), layout), format: options.format };
    if (!timeLeft()) return false;
    if (!running.steps.next().done) return false;
    running = null;
    return true;
  }
  /** A run of analyze(); with `more`, one that pauses when it says so, and may be given
   *  the spans of a first run's paragraphs (prepare() split them already). */
  function* runSteps(original: string, options: AnalyzeOptions, more?: () => boolean, firstSpans?: Span[]): Steps<Analysis> {
    {
      if (original === prevOriginal && options.format === prevFormat && last) {
        misses = 0;
        return last.analysis; // nothing changed (a settings change, a second listener)
      }
      const markdown = options.format === 'markdown';
      const text = markdown ? masker.mask(original) : original;
      if (options.format !== prevFormat) { prevText = null; prevFormat = options.format; }
      const layout = firstSpans && prevText === null ? { spans: firstSpans, keptBefore: 0, keptAfter: 0 } : updateLayout(prevText, prevSpans, text);
      misses = 0;
      const n = layout.spans.length;
      // Kept paragraphs keep their results by position (the last run's list, reshaped in
      // place); only the re-split ones need the text cache.
      const results = reshaped(prevResults, layout.keptAfter, n);
      for (let i = layout.keptBefore; i < n - layout.keptAfter; i++) {
        if (more !== undefined && i % STEP === 0 && !more()) yield;
        const body = text.slice(layout.spans[i].start, layout.spans[i].end);
        let r = cache.get(body);
        if (!r) {
          // kept as a key and read by the result: a copy, not a view into this text
          const own = detached(body);
          r = analyzeParagraph(own);
          misses++;
          cache.set(own, r);
        }
        results[i] = r;
      }
      // The text cache serves pasted, moved and undone paragraphs; keep it from growing
      // without bound by restarting it from the current paragraphs now and then.
      if (cache.size > 2 * n + 1024) {
        cache = new Map();
        layout.spans.forEach((span, i) => cache.set(detached(text.slice(span.start, span.end)), results[i]));
      }
      // Blocks of paragraphs kept from the last run are moved, not rebuilt. In Markdown
      // the layout follows the mask, which can hide an edit (a link target) that the
      // blocks' text shows: there a kept paragraph's block is reused only if the file's
      // own text of the paragraph is unchanged too (it lies outside the edited stretch).
      let sameBefore = Infinity;
      let sameAfter = -Infinity;
      if (markdown && prevOriginal !== null && layout.keptBefore + layout.keptAfter > 0) {
        const { prefix, suffix } = commonEnds(prevOriginal, original);
        sameBefore = prefix;
        sameAfter = original.length - suffix;
      }
      let unmoved = 0;
      while (unmoved < layout.keptBefore && layout.spans[unmoved].end <= sameBefore) unmoved++;
      last = yield* assembling(original, text, layout.spans, results, { last, keptBefore: layout.keptBefore, keptAfter: layout.keptAfter, sameBefore, sameAfter, unmoved, reads }, more);
      prevText = text;
      prevSpans = layout.spans;
      prevResults = results;
      prevOriginal = original;
      return last.analysis;
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
  return drain(assembling(original, text, spans, (p) => analyzeParagraph(text.slice(spans[p].start, spans[p].end)))).analysis;
}

/** What the editor's analyzer keeps of its last run for the next: the result, the
 *  blocks of its paragraphs, and each attribution's head word (parallel to its list). */
interface LastRun {
  analysis: Analysis;
  blocks: Block[];
  heads: string[];
  words: number;
  english: number;
}

/** How the editor's analyzer's last run serves this one (see createAnalyzer). */
interface Carry {
  last: LastRun | null;
  /** Paragraphs [0, keptBefore) have the last run's first results, the last
   *  `keptAfter` its last ones. */
  keptBefore: number;
  keptAfter: number;
  /** The file's text is unchanged before `sameBefore` and from `sameAfter` on: a kept
   *  paragraph's block serves only if its text lies there (see createAnalyzer). */
  sameBefore: number;
  sameAfter: number;
  /** Paragraphs [0, unmoved) are the last run's first ones, at the same offsets and
   *  of the same file text: their blocks and list entries are taken as they are. */
  unmoved: number;
  reads: WeakMap<Attribution, Attribution[]>;
}

/** Absolute offsets and document-level resolution over per-paragraph results: an
 *  array (the editor's analyzer, with what its last run left: `carry`), or a function
 *  that makes paragraph p's when asked (a one-shot analysis keeps none, and no blocks). */
function* assembling(original: string, text: string, spans: Span[], results: ParagraphResult[] | ((p: number) => ParagraphResult), carry?: Carry, more?: () => boolean): Steps<LastRun> {
  const kept = Array.isArray(results);
  const resultAt = kept ? (p: number) => results[p] : results;
  const last = carry?.last ?? null;
  const unmoved = last ? carry!.unmoved : 0;
  const keptBefore = last ? carry!.keptBefore : 0;
  const keptAfter = last ? carry!.keptAfter : 0;
  const n = spans.length;
  // Sized up front: on a keystroke in a long document, growing these arrays element
  // by element costs more than everything else in this loop. The unmoved head and the
  // kept tail are counted from the last run, so a keystroke reads only the middle.
  let nS = 0, nA = 0, nF = 0, nN = 0;
  let words = 0;
  let english = 0;
  if (kept) {
    for (let p = unmoved; p < n - keptAfter; p++) {
      const r = results[p];
      nS += r.sentences.length; nA += r.attributions.length; nF += r.figures.length; nN += r.notes.length;
      words += r.words; english += r.english;
    }
  }
  // The last run's lists are reshaped in place (their tail moved natively to where it
  // now starts): a keystroke neither allocates them again nor copies the head.
  let tailS = 0, tailA = 0, tailF = 0, tailN = 0;
  if (last) {
    const old = last.blocks;
    // words of the whole last run, less those of its paragraphs not carried over
    words += last.words; english += last.english;
    for (let i = unmoved; i < old.length - keptAfter; i++) { words -= old[i].result.words; english -= old[i].result.english; }
    if (unmoved > 0) {
      const b = old[unmoved - 1];
      nS += b.firstSentence + b.sentences.length; nA += b.firstAttribution + b.attributions.length;
      nF += b.firstFigure + b.figures.length; nN += b.firstNote + b.notes.length;
    }
    if (keptAfter > 0) {
      const b = old[old.length - keptAfter];
      const a = last.analysis;
      tailS = a.sentences.length - b.firstSentence; tailA = a.attributions.length - b.firstAttribution;
      tailF = a.figures.length - b.firstFigure; tailN = a.anonymityNotes.length - b.firstNote;
      nS += tailS; nA += tailA; nF += tailF; nN += tailN;
    }
  }
  const a0 = last?.analysis;
  // where a carried block of the tail now has its first attribution, against the last run
  const tailShift = a0 ? nA - a0.attributions.length : 0;
  const paragraphs: Paragraph[] = a0 ? reshaped(a0.paragraphs, keptAfter, n) : new Array(n);
  const sentences: Sentence[] = a0 ? reshaped(a0.sentences, tailS, nS) : new Array(nS);
  const attributions: Attribution[] = a0 ? reshaped(a0.attributions, tailA, nA) : new Array(nA);
  const figures: Figure[] = a0 ? reshaped(a0.figures, tailF, nF) : new Array(nF);
  const anonymityNotes: AnonymityNote[] = a0 ? reshaped(a0.anonymityNotes, tailN, nN) : new Array(nN);
  const heads: string[] = last ? reshaped(last.heads, tailA, nA) : new Array(nA);
  const blocks: Block[] = last ? reshaped(last.blocks, keptAfter, n) : kept ? new Array(n) : [];
  let keptResolution: Uint8Array = new Uint8Array(nA);
  /** The last run's block of paragraph p if it serves: the reshaped list holds it at p. */
  const carried = (p: number): Block | undefined => {
    if (!last) return undefined;
    if (p < keptBefore) return spans[p].end <= carry!.sameBefore ? blocks[p] : undefined;
    if (p >= n - keptAfter) return spans[p].start >= carry!.sameAfter ? blocks[p] : undefined;
    return undefined;
  };
  const nameLists: ParagraphResult['names'][] = kept ? [] : new Array(n);
  // Markdown: show the prose a reader sees, not the markup inside a span (text is the mask).
  const textOf = text === original ? undefined : (start: number, end: number) => detached(proseText(original, text, start, end));
  let sN = 0, aN = 0, fN = 0, nNo = 0;
  if (last && unmoved > 0) {
    // The head before the edit: same objects in the same places (the reshaping leaves
    // them where they are), resolution kept.
    const b = last.blocks[unmoved - 1];
    sN = b.firstSentence + b.sentences.length;
    aN = b.firstAttribution + b.attributions.length;
    fN = b.firstFigure + b.figures.length;
    nNo = b.firstNote + b.notes.length;
    keptResolution.fill(1, 0, aN);
  }
  // Which attributions keep their resolution from the last run: those before the
  // first change, and those beyond the change's reach (REACH) whose antecedents are too.
  let changed = false;
  let reachEndAttribution = -1; // attributions and sentences up to here may be affected
  let reachEndSentence = -1;
  let farFrom = -1; // old offset where the unaffected stretch after the change begins
  // One place object, overwritten per paragraph (blocks copy its fields).
  const at = { base: 0, paragraph: 0, firstSentence: 0, firstAttribution: 0, firstFigure: 0, firstNote: 0 };

  for (let p = unmoved; p < n; p++) {
    if (more !== undefined && p % STEP === 0 && !more()) yield;
    const span = spans[p];
    const r = resultAt(p);
    if (!kept) {
      nameLists[p] = r.names;
      words += r.words;
      english += r.english;
    }
    at.base = span.start; at.paragraph = p; at.firstSentence = sN; at.firstAttribution = aN; at.firstFigure = fN; at.firstNote = nNo;
    let block = carried(p);
    let keep = false;
    let edited = false; // built anew, or the first paragraph the edit moved
    let headsInPlace = false; // a carried block's head words are where the reshaping left them
    if (block && block.result === r) {
      headsInPlace = block.firstAttribution + (p >= n - keptAfter ? tailShift : 0) === at.firstAttribution;
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
        // Nearer, only a block whose sources resolve from their own paragraph keeps them.
        keep = contextFree(block.attributions) || far && antecedentsFrom(block, farFrom) && carry !== undefined && readsKept(block, carry.reads, attributions, keptResolution);
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
    // A paragraph of the kept tail moves its entry (the reshaping put it here); the others get a new one.
    const moved = last && p >= n - keptAfter ? paragraphs[p] : undefined;
    if (moved) { moved.start = span.start; moved.end = span.end; moved.firstSentence = at.firstSentence; moved.endSentence = sN; paragraphs[p] = moved; }
    else paragraphs[p] = { start: span.start, end: span.end, firstSentence: at.firstSentence, endSentence: sN };
    if (!kept && aN + block.attributions.length > keptResolution.length) keptResolution = grown(keptResolution, aN + block.attributions.length);
    for (let k = 0; k < block.attributions.length; k++) {
      attributions[aN] = block.attributions[k];
      if (!headsInPlace) heads[aN] = r.attributions[k].headWord;
      keptResolution[aN++] = keep ? 1 : 0;
    }
    for (let k = 0; k < block.figures.length; k++) figures[fN++] = block.figures[k];
    for (let k = 0; k < block.notes.length; k++) anonymityNotes[nNo++] = block.notes[k];
    if (edited) {
      reachEndAttribution = aN + REACH.attributions;
      reachEndSentence = sN + REACH.sentences;
    }
  }

  const names = new NameIndex(spans, kept ? (p) => results[p].names : (p) => nameLists[p]);
  yield* resolveSources(text, attributions, heads, sentences, original, names, keptResolution, carry?.reads, more);
  // Antecedents found among name mentions were cut from the file: give them the prose
  // too. A kept attribution's antecedent got it in an earlier run, from file text
  // that has not changed since (it lies before the edit, or in the unchanged tail).
  if (textOf) for (let k = 0; k < aN; k++) { const a = attributions[k]; if (a.antecedent && !keptResolution[k]) a.antecedent.text = textOf(a.antecedent.start, a.antecedent.end); }
  for (const f of figures) f.sourceKind = f.attribution === null ? null : attributions[f.attribution].kind;
  const summary = summarize(attributions, figures, anonymityNotes);
  const anonymity = anonymityVerdict(anonymityNotes, summary.anonymous);
  // A document that is mostly not English prose gets no flags, even in the few
  // English-looking lines it may hold (a headline, a quoted English phrase).
  const findings = words >= 40 && english < words * 0.08 ? [] : buildFindings(attributions, figures, summary, anonymity);
  return { analysis: { length: original.length, paragraphs, sentences, attributions, figures, anonymityNotes, findings, summary, anonymity }, blocks, heads, words, english };
}

/** `list` (the last run's) made `length` long with its last `tail` entries moved to
 *  its end; the entries before them, from where the head ends, are the caller's to
 *  write. copyWithin moves them natively, overlapping or not. */
function reshaped<T>(list: T[], tail: number, length: number): T[] {
  const oldLength = list.length;
  if (length > oldLength) {
    list.length = length;
    list.copyWithin(length - tail, oldLength - tail, oldLength);
  } else if (length < oldLength) {
    list.copyWithin(length - tail, oldLength - tail, oldLength);
    list.length = length;
  }
  return list;
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
