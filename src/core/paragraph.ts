// Everything that can be computed from one paragraph alone: sentences, attributions
// with their first typing, figures with their same-sentence coverage, anonymity notes.
// The result depends only on the paragraph's text, so the editor caches it by content
// and an edit re-does one paragraph, not the document.
import type { AnonymousFacets, Span, SourceType } from './types';
import { codeSymbols, findQuotes, splitSentences, tokenize, tokenStartingAt } from './segment';
import type { Token } from './segment';
import { appositiveSubject, findAttributions } from './attributions';
import { endsWithName, headWord, leftNP } from './phrases';
import type { FoundAttribution } from './attributions';
import { typeSource } from './sourceType';
import type { PronounSource } from './sourceType';
import { findFigures } from './figures';
import { clausesOf, covers } from './clauses';
import type { Clauses } from './clauses';
import { classOf } from './words';
import { CUE_WORDS, ORG_HEADS } from './lexicon';
import { houseCandidate, houseNote, houseType } from './vocabulary';
import type { FoundFigure } from './figures';
import { facetsOf, findAnonymityNote } from './anonymity';
import { findNameMentions } from './names';
import type { NameMention } from './names';
import type { FoundNote } from './anonymity';

export interface ParagraphAttribution extends FoundAttribution {
  sentence: number;
  type: SourceType;
  pronoun: PronounSource | null;
  /** For "who" sources: the phrase the relative pronoun stands for. */
  relativeAntecedent: Span | null;
  /** Head word of the phrase (for links between mentions), and, for anonymous
   *  sources, what the phrase itself tells: both depend on this paragraph only. */
  headWord: string;
  facets: AnonymousFacets | null;
}

export interface ParagraphFigure extends FoundFigure {
  sentence: number;
  /** Index into the paragraph's attributions, or -1. */
  attribution: number;
}

export interface ParagraphNote extends FoundNote {
  sentence: number;
}

/** Offsets relative to the paragraph's first character. */
export interface ParagraphResult {
  sentences: Span[];
  attributions: ParagraphAttribution[];
  figures: ParagraphFigure[];
  notes: ParagraphNote[];
  names: NameMention[];
  /** Word count and how many of them are common English function words. */
  words: number;
  english: number;
}

// Frequent English function words that are not also frequent in French, Spanish,
// German, Italian or Portuguese ("a", "in", "an", "die" are left out for that reason).
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'are', 'be', 'by', 'this', 'have', 'from', 'or', 'had', 'not', 'but', 'were', 'which', 'their', 'has', 'said', 'would', 'been', 'they', 'he', 'she', 'who', 'will', 'its', 'his', 'her', 'after', 'about', 'than', 'more', 'at', 'we', 'you', 'i', 'there', 'what', 'when', 'into', 'also', 'could', 'says', 'our', 'them', 'if', 'out', 'up']);
const WORD = /[\p{L}'’]+/gu;

export function countWords(text: string): { words: number; english: number } {
  let words = 0;
  let english = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words++;
    if (ENGLISH.has(m[0].toLowerCase())) english++;
  }
  return { words, english };
}

/** English prose: enough English function words, and not symbol-dense like code. */
function isEnglishProse(text: string, words: number, english: number): boolean {
  if (words >= 8 && english < words * 0.08) return false;
  return codeSymbols(text, 0, text.length) <= Math.max(3, text.length * 0.02);
}

// Cheap prefilter: a sentence with none of these can hold no attribution, figure or note.
// The cue words come from the lexicon, so a cue added there is never filtered out here.
const CANDIDATE = new RegExp(`\\d|according|\\b(?:${CUE_WORDS.join('|')}|\\w+(?:ed|es|ing|s)\\b|per|anonym|condition|authorized|permitted|identified|named|background|hundreds|thousands|millions|billions|dozens?|tens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b`, 'i');

export function analyzeParagraph(text: string): ParagraphResult {
  const para = { start: 0, end: text.length };
  const quotes = findQuotes(text, para);
  const sentences = splitSentences(text, para, quotes);
  const { words, english } = countWords(text);
  if (!isEnglishProse(text, words, english)) {
    // Other languages, code, tables pasted as text: nothing to flag (no avalanche of noise).
    return { sentences, attributions: [], figures: [], notes: [], names: [], words, english };
  }
  const attributions: ParagraphAttribution[] = [];
  const figures: ParagraphFigure[] = [];
  const notes: ParagraphNote[] = [];
  sentences.forEach((sentence, s) => {
    const body = text.slice(sentence.start, sentence.end);
    if (!CANDIDATE.test(body) && !houseCandidate(body)) return;
    const toks = tokenize(text, sentence);
    const first = attributions.length;
    for (const found of findAttributions(text, sentence, toks, quotes)) {
      const a = typed(text, toks, found, s, quotes);
      if (a) attributions.push(a);
    }
    const mine = attributions.slice(first);
    // sorted and disjoint, for the binary search in inside()
    // a poll share that speaks ("74 percent said") is still a figure
    const exclude = mergeSpans(quotes, mine.filter((a) => a.pattern !== 'poll').map((a) => a.source));
    // "- 3 large eggs": a bulleted fragment with no verb is a list of things, not a claim
    const verbless = /^\s*[-*•‣▪◦]\s/.test(body) && !toks.some((t, k) => k > 0 && t.kind === 'w' && classOf(t) === 'verb');
    const clauses = mine.length ? clausesOf(toks) : null;
    if (!verbless) for (const f of findFigures(text, toks, exclude)) {
      figures.push({ ...f, sentence: s, attribution: coveringAttribution(f, mine, first, toks, clauses) });
    }
    const note = findAnonymityNote(body) ?? houseNote(body);
    if (note) notes.push({ ...note, start: sentence.start + note.start, end: sentence.start + note.end, sentence: s });
  });
  return { sentences, attributions, figures, notes, names: findNameMentions(text), words, english };
}

function typed(text: string, toks: Token[], found: FoundAttribution, sentence: number, quotes: Span[]): ParagraphAttribution | null {
  const phrase = text.slice(found.source.start, found.source.end);
  let t = houseType(phrase) ?? typeSource(phrase);
  if (t.notASource) return null;
  let relativeAntecedent: Span | null = null;
  if (t.pronoun === 'who') {
    // "X, who added that…": the relative pronoun takes the type of X.
    const k = tokenStartingAt(toks, found.source.start);
    if (k > 1 && toks[k - 1].text === ',') {
      // skip appositives: "Sen. Dianne Feinstein, the ranking Democrat …, who said"; the
      // antecedent is the phrase before the comma, not the name that opens the sentence
      relativeAntecedent = appositiveSubject(toks, k - 1, quotes, false);
      // "with the help of Mr. Trump's adult children, who believed": people after "of"
      // are who, when the phrase before them names no one ("the help", "the plight")
      if (relativeAntecedent) relativeAntecedent = peopleAfterOf(text, toks, relativeAntecedent);
    } else if (k > 0 && toks[k - 1].kind === 'w') {
      // "aides who applauded him": the phrase right before, not past a preposition
      const np = leftNP(toks, k - 1, quotes);
      if (np) {
        let from = np[0];
        for (let m = k - 1; m > np[0]; m--) if (classOf(toks[m - 1]) === 'prep') { from = m; break; }
        relativeAntecedent = { start: toks[from].start, end: toks[np[1]].end };
        // "Harold Doley, a banker and former official who has suggested": the role is an
        // appositive of the name before it, and the name beats the role (guide §1)
        const named = from === np[0] && /^(a|an)$/i.test(toks[from].text) && from > 1 && toks[from - 1].text === ',' && endsWithName(toks, from - 2) ? leftNP(toks, from - 2, quotes) : null;
        if (named && typeSource(text.slice(toks[named[0]].start, toks[named[1]].end)).type === 'person') relativeAntecedent = { start: toks[named[0]].start, end: toks[named[1]].end };
      }
    }
    if (relativeAntecedent) t = { ...typeSource(text.slice(relativeAntecedent.start, relativeAntecedent.end)), pronoun: 'who' };
  }
  const head = headWord(phrase);
  const anonymous = t.type === 'unnamed-person' || t.type === 'unnamed-group';
  const sentenceEnd = toks.length ? toks[toks.length - 1].end : found.source.end;
  const facets = anonymous ? facetsOf(phrase, head, text.slice(found.source.end, sentenceEnd)) : null;
  return { ...found, sentence, type: t.type, pronoun: t.pronoun, relativeAntecedent, headWord: head, facets };
}

/** The attribution whose cue is nearest the figure in its sentence among those whose
 *  clause holds it (guide §2: an attribution in the same sentence covers the clause
 *  that holds the figure, not a sibling clause; see clauses.ts). Cues are sorted: a
 *  binary search finds the neighbours, and the search widens from there (bounded, so a
 *  sentence of thousands of cues stays linear). */
const NEIGHBOURS = 24;

function coveringAttribution(f: Span, inSentence: ParagraphAttribution[], offset: number, toks: Token[], clauses: Clauses | null): number {
  if (!inSentence.length) return -1;
  let lo = 0;
  let hi = inSentence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inSentence[mid].cue.start < f.start) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, lo - NEIGHBOURS);
  const to = Math.min(inSentence.length, lo + NEIGHBOURS);
  // "Bill Ruiz, a member of the three-man board, said…": between a source and its cue, a
  // figure describes the source, and no attribution of the sentence vouches for it
  for (let k = lo; k < to; k++) if (inSentence[k].source.end <= f.start && f.end <= inSentence[k].cue.start) return -1;
  const fig = clauses ? tokenStartingAt(toks, f.start) : -1;
  let best = -1;
  let bestDistance = Infinity;
  for (let k = from; k < to; k++) {
    const a = inSentence[k];
    const distance = a.cue.start >= f.end ? a.cue.start - f.end : Math.abs(f.start - a.cue.end);
    if (distance > bestDistance) continue;
    if (clauses && !covers(clauses, toks, tokenStartingAt(toks, a.cue.start), fig)) continue;
    best = k;
    bestDistance = distance;
  }
  return best < 0 ? -1 : offset + best;
}

/** Union of two span lists as one sorted list of disjoint spans. */
function mergeSpans(a: Span[], b: Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function peopleAfterOf(text: string, toks: Token[], span: Span): Span {
  let of = -1;
  for (let m = tokenStartingAt(toks, span.start); m < toks.length && toks[m].end <= span.end; m++) if (toks[m].lower === 'of') of = m;
  if (of < 0 || of + 1 >= toks.length || toks[of + 1].start >= span.end) return span;
  const whole = typeSource(text.slice(span.start, span.end)).type;
  const tail = { start: toks[of + 1].start, end: span.end };
  const t = typeSource(text.slice(tail.start, tail.end)).type;
  return whole === 'organization' && (t === 'person' || t === 'unnamed-person' || t === 'unnamed-group') && !ORG_HEADS.has(toks[of - 1]?.lower ?? '') ? tail : span;
}
