// The anchor of a flag: the flagged phrase and a fingerprint of its sentence. A
// record keyed by it survives any edit elsewhere in the story (offsets move, the
// anchor does not) and goes stale when the sentence itself is rewritten.
import type { Analysis, Finding, Span } from '../core/types';
import { detached } from '../core/detach';

export interface Anchor {
  /** The phrase as the reader sees it, whitespace collapsed. */
  phrase: string;
  /** fingerprint() of the sentence that holds it. */
  sentence: string;
}

/** The sentence with what does not change its meaning left out: runs of spaces and
 *  line breaks (a re-wrapped paragraph), and HTML comments (a suppression comment
 *  added to a line of the sentence). */
export function normalizeSentence(sentence: string): string {
  return sentence.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32 bits, as 8 hex digits: short enough to read in a diff, and a changed
 *  sentence that keeps its fingerprint is a one-in-four-billion accident. */
export function fingerprint(sentence: string): string {
  const s = normalizeSentence(sentence);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The anchor of a finding: its source's phrase (anonymous-source findings) or its
 *  figure's (figure findings), and the sentence of that phrase. */
export function anchorOf(analysis: Analysis, text: string, finding: Finding): Anchor | null {
  const subject = finding.figure !== null ? analysis.figures[finding.figure] : finding.attribution !== null ? analysis.attributions[finding.attribution] : null;
  if (!subject) return null;
  const sentence = analysis.sentences[subject.sentence];
  if (!sentence) return null;
  // most phrases have no white space to collapse: testing is cheaper than replacing
  const phrase = /\s\s|[^\S ]|^\s|\s$/.test(subject.text) ? subject.text.replace(/\s+/g, ' ').trim() : subject.text;
  return { phrase, sentence: sentencePrint(text, sentence) };
}

// The language server finishes the findings of a story on every keystroke, and all but
// a few flags are in sentences it has seen. The editor's analyzer moves a kept
// paragraph's Sentence objects to their new offsets rather than making new ones, and
// a moved sentence holds the same text (analyze.ts): so a fingerprint is remembered
// by the Sentence object, checked against its length, and by the sentence's text (a
// copy: a view would keep that version of the story alive), a bounded number of them.
const byObject = new WeakMap<Span, { length: number; print: string }>();
const byText = new Map<string, string>();
const MAX_PRINTS = 20_000;
function sentencePrint(text: string, span: Span): string {
  const length = span.end - span.start;
  const known = byObject.get(span);
  if (known && known.length === length) return known.print;
  const sentence = text.slice(span.start, span.end);
  let print = byText.get(sentence);
  if (print === undefined) {
    print = fingerprint(sentence);
    if (byText.size >= MAX_PRINTS) byText.clear();
    byText.set(detached(sentence), print);
  }
  byObject.set(span, { length, print });
  return print;
}
