// Incremental paragraph layout for editors: after an edit, only the blank-line block(s)
// around the changed characters are split again; the paragraphs before keep their
// spans, the ones after are shifted. This keeps a one-word edit in a 1 MB document
// from re-scanning (and re-hashing) the whole text.
import type { Span } from './types';
import { splitParagraphs } from './segment';

export interface Layout {
  spans: Span[];
  /** Paragraphs [0, keptBefore) are the previous layout's first paragraphs, unchanged. */
  keptBefore: number;
  /** The last `keptAfter` paragraphs are the previous layout's last ones, shifted. */
  keptAfter: number;
}

// The same blank characters as segment.ts's BLANK_LINE (plus \r, which ends CRLF lines).
const BLANK = /^[ \t\u00a0\f\v\u2000-\u200b\u3000\r]*$/;

/** The layout of `text` after `prevText`, whose layout was `prevSpans`: those spans
 *  are moved into the new layout (changed in place), so the caller keeps only the new one. */
export function updateLayout(prevText: string | null, prevSpans: Span[], text: string): Layout {
  if (prevText === text) return { spans: prevSpans, keptBefore: prevSpans.length, keptAfter: 0 };
  if (prevText === null || !prevSpans.length) return { spans: splitParagraphs(text), keptBefore: 0, keptAfter: 0 };
  const { prefix, suffix } = commonEnds(prevText, text);
  // Lone CRs make line breaks this module does not track: start over (rare). Only the
  // changed stretch (and a character around it) can have brought one in.
  const changed = text.slice(Math.max(0, prefix - 1), text.length - suffix + 1);
  if (changed.includes('\r') && /\r(?!\n)/.test(changed) || hasLoneCR(prevText)) {
    return { spans: splitParagraphs(text), keptBefore: 0, keptAfter: 0 };
  }
  const delta = text.length - prevText.length;
  const regionStart = blockStartBefore(text, prefix);
  const regionEnd = blockEndAfter(text, text.length - suffix);
  const oldRegionEnd = regionEnd - delta;
  let before = 0;
  while (before < prevSpans.length && prevSpans[before].end <= regionStart) before++;
  let afterFrom = prevSpans.length;
  while (afterFrom > before && prevSpans[afterFrom - 1].start >= oldRegionEnd) afterFrom--;
  const middle = splitParagraphs(text.slice(regionStart, regionEnd));
  for (const s of middle) { s.start += regionStart; s.end += regionStart; }
  // The spans after the region are moved in place, not copied: the previous layout is
  // the caller's to give up (a keystroke must not allocate per paragraph).
  if (delta) for (let i = afterFrom; i < prevSpans.length; i++) { prevSpans[i].start += delta; prevSpans[i].end += delta; }
  const spans = prevSpans.slice(0, before).concat(middle, prevSpans.slice(afterFrom));
  return { spans, keptBefore: before, keptAfter: prevSpans.length - afterFrom };
}

/** The paragraphs of `text` that updateLayout(prevText, …, text) splits anew (all of
 *  them without a previous text), as fresh spans: nothing of the previous layout is
 *  touched. For analysing those paragraphs ahead (Analyzer.prepare); a lone CR, which
 *  makes updateLayout start over, is not looked for: only the cache is filled here. */
export function resplitSpans(prevText: string | null, text: string): Span[] {
  if (prevText === null) return splitParagraphs(text);
  if (prevText === text) return [];
  const { prefix, suffix } = commonEnds(prevText, text);
  const regionStart = blockStartBefore(text, prefix);
  const regionEnd = blockEndAfter(text, text.length - suffix);
  const spans = splitParagraphs(text.slice(regionStart, regionEnd));
  for (const s of spans) { s.start += regionStart; s.end += regionStart; }
  return spans;
}

/** Lengths of the common prefix and (not overlapping it) common suffix of a and b. */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  // Compare in shrinking chunks: string equality runs natively, a char loop over 1 MB does not.
  let prefix = 0;
  for (let chunk = 65536; chunk >= 1; chunk >>= 2) {
    while (prefix + chunk <= max && a.slice(prefix, prefix + chunk) === b.slice(prefix, prefix + chunk)) prefix += chunk;
  }
  let suffix = 0;
  const room = max - prefix;
  for (let chunk = 65536; chunk >= 1; chunk >>= 2) {
    while (suffix + chunk <= room && a.slice(a.length - suffix - chunk, a.length - suffix) === b.slice(b.length - suffix - chunk, b.length - suffix)) suffix += chunk;
  }
  return { prefix, suffix };
}

let loneCRText: string | null = null;
let loneCR = false;
/** Whether a text has a lone CR, remembered for the last text asked about. */
function hasLoneCR(t: string): boolean {
  if (t !== loneCRText) {
    loneCRText = t;
    loneCR = t.includes('\r') && /\r(?!\n)/.test(t);
  }
  return loneCR;
}

/** Start of the blank-line block holding `pos`: just after the nearest blank line before it. */
function blockStartBefore(text: string, pos: number): number {
  let lineEnd = text.lastIndexOf('\n', pos - 1);
  while (lineEnd > 0) {
    const prevBreak = text.lastIndexOf('\n', lineEnd - 1);
    // a blank line separates blocks only between two breaks (as BLANK_LINE does):
    // whitespace before the first break of the text is part of the first block
    if (prevBreak < 0) return 0;
    if (BLANK.test(text.slice(prevBreak + 1, lineEnd))) return lineEnd + 1;
    lineEnd = prevBreak;
  }
  return 0;
}

/** End of the blank-line block holding `pos`: the line break that opens the next blank line. */
function blockEndAfter(text: string, pos: number): number {
  let lineStart = text.indexOf('\n', pos);
  while (lineStart !== -1) {
    const next = text.indexOf('\n', lineStart + 1);
    if (next !== -1 && BLANK.test(text.slice(lineStart + 1, next))) return lineStart > 0 && text[lineStart - 1] === '\r' ? lineStart - 1 : lineStart;
    lineStart = next;
  }
  return text.length;
}
