// Cheap, offset-exact segmentation: paragraphs, sentences, quotations, tokens.
// Regular expressions only — no tagger — so it runs over whole documents at the
// speed of a linter; the rules that need more look at single sentences.
import type { Span } from './types';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon';

// A line break is \n, \r\n or a lone \r (old Mac and some PDF exports).
// (a CRLF is one break: "\r(?!\n)" keeps the regex from reading it as two)
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0\f\v\u2000-\u200b\u3000]*(?:\r\n|\r(?!\n)|\n)/g;
const LINE_BREAK = /\r\n?|\n/g;

/** Blocks separated by blank lines; a block whose lines are not hard-wrapped prose is
 *  split into one paragraph per line (headlines, "Advertisement", wire copy). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let blockStart = 0;
  const pushBlock = (start: number, end: number) => {
    // decide on the block without the white space around it, so that a block reads the
    // same whether or not a caller's range includes a trailing line break
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    if (looksLikeCode(text, start, end)) return; // source code pasted into a story is not prose
    const lines = lineSpans(text, start, end);
    if (lines.length > 1 && !isHardWrapped(text, lines)) for (const l of lines) pushTrimmed(text, l.start, l.end, out);
    else pushTrimmed(text, start, end, out);
  };
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    pushBlock(blockStart, m.index);
    blockStart = m.index + m[0].length;
    // the closing break may open the next blank line; always move forward
    BLANK_LINE.lastIndex = Math.max(m.index + 1, blockStart - (m[0].endsWith('\r\n') ? 2 : 1));
  }
  pushBlock(blockStart, text.length);
  return out;
}

/** How many characters in [start, end) are symbols rare in prose and everywhere in
 *  code: { } ; = < > ` | \\ (parentheses are not counted: party labels and asides use them). */
export function codeSymbols(text: string, start: number, end: number): number {
  let symbols = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 125 || c === 59 || c === 61 || c === 60 || c === 62 || c === 96 || c === 124 || c === 92) symbols++;
  }
  return symbols;
}

function looksLikeCode(text: string, start: number, end: number): boolean {
  return end - start >= 40 && codeSymbols(text, start, end) > (end - start) * 0.03;
}

function lineSpans(text: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let s = start;
  LINE_BREAK.lastIndex = start;
  for (let m = LINE_BREAK.exec(text); m && m.index < end; m = LINE_BREAK.exec(text)) {
    lines.push({ start: s, end: m.index });
    s = m.index + m[0].length;
  }
  lines.push({ start: s, end });
  return lines;
}

/** Prose wrapped at a fixed width: most lines long and ending mid-sentence. */
function isHardWrapped(text: string, lines: Span[]): boolean {
  let wrapped = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = text.slice(lines[i].start, lines[i].end).trimEnd();
    if (line.length >= 30 && !/[.!?:"”’)\]]$/.test(line)) wrapped++;
  }
  return wrapped >= Math.max(1, (lines.length - 1) * 0.6);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]) {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x85 || c === 0x180e;
}

/** Quotations inside one paragraph: curly pairs, straight quotes toggled. An
 *  unclosed quotation runs to the end of the paragraph (news style for quotes that
 *  continue in the next paragraph). */
export interface Quote extends Span {
  closed: boolean;
}

export function findQuotes(text: string, para: Span): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let openChar = '';
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (ch === "'" && text[i + 1] === "'") {
      // ''…'' — doubled apostrophes, the quotation marks of some wire and archive copy
      if (open < 0) { open = i; openChar = "''"; }
      else if (openChar === "''") { out.push({ start: open, end: i + 2, closed: true }); open = -1; }
      i++;
      continue;
    }
    if (open < 0) {
      if (ch === '“' || ch === '"' || ch === '«' || ch === '„') {
        open = i;
        openChar = ch;
      }
    } else if (openChar === "''") {
      continue;
    } else if (ch === '"' || ch === '”' || ch === '»' || ch === '“' && (openChar === '„' || closesLikeCurly(text, i, para.end))) {
      // Any closing mark closes: copy often mixes “curly” and "straight" quotes.
      out.push({ start: open, end: i + 1, closed: true });
      open = -1;
    } else if (openChar !== '"' && ch === '“') {
      open = i; // a stray opener: restart from the newer one
    }
  }
  if (open >= 0) out.push({ start: open, end: para.end, closed: false });
  return out;
}

/** An opening mark typed where a closing one belongs: “…here,“ said Jim Clyburn —
 *  right after the quotation's last punctuation and before a space. */
function closesLikeCurly(text: string, i: number, end: number): boolean {
  return /[,.!?]/.test(text[i - 1] ?? '') && (i + 1 >= end || /\s/.test(text[i + 1]));
}

const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s)|\r\n?|\n/g;

/** Sentences of one paragraph. A period after an abbreviation or an initial does not end
 *  a sentence; nor does one inside a closed quotation (the quote and its attribution
 *  stay together: “…. …,” he said.). */
export function splitSentences(text: string, para: Span, quotes: Quote[]): Span[] {
  const out: Span[] = [];
  const body = text.slice(para.start, para.end);
  let start = 0;
  let q = 0; // quotes are in order; boundaries too
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '\n' || m[0][0] === '\r') {
      if (wrapsSentence(body, m.index, end)) continue;
    } else {
      if (!endsSentence(body, m.index, end)) continue;
      const abs = para.start + m.index;
      while (q < quotes.length && quotes[q].end <= abs) q++;
      // inside a quotation that goes on after this point: not the end of our sentence
      const quote = quotes[q];
      if (quote && quote.closed && quote.start < abs && para.start + end < quote.end) continue;
    }
    pushTrimmed(text, para.start + start, para.start + end, out);
    start = end;
  }
  pushTrimmed(text, para.start + start, para.end, out);
  return out;
}

const FUNCTION_WORD_END = /(?:^|[\s(])(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|that|who|which|than|as|his|her|their|its|our|is|are|was|were|has|have|had|be|been|will|would|said|says|told|according)$/i;

/** A line break inside a sentence, as in text extracted from print or PDF ("at least 40
 *  / cars fell", "officials involved in / the rescue said"): the line before does not end
 *  a sentence and the next line goes on in lower case, or the line before stops on a
 *  word or a comma that cannot end one. Headlines, bylines and list items keep their break. */
function wrapsSentence(body: string, br: number, after: number): boolean {
  let e = br;
  while (e > 0 && /[ \t\u00a0]/.test(body[e - 1])) e--;
  if (e === 0 || /[.!?…:;"”’')\]]/.test(body[e - 1])) return false;
  let n = after;
  while (n < body.length && /[ \t\u00a0]/.test(body[n])) n++;
  const next = body[n] ?? '';
  if (!next || /[-*•‣▪◦#>|]/.test(next)) return false;
  if (/[\p{Ll}\d]/u.test(next)) return true;
  return body[e - 1] === ',' || FUNCTION_WORD_END.test(body.slice(Math.max(0, e - 12), e));
}

function endsSentence(body: string, punct: number, after: number): boolean {
  if (body[punct] !== '.') return true;
  // the word before the period
  let w = punct;
  while (w > 0 && /[\p{L}\p{N}.'’-]/u.test(body[w - 1])) w--;
  const word = body.slice(w, punct);
  let n = after;
  while (n < body.length && /\s/.test(body[n])) n++;
  const next = body.slice(n, n + 20).match(/^[\p{L}\p{N}'’]+/u)?.[0] ?? '';
  const nextLower = next.toLowerCase();
  if (next && next[0] === next[0].toLowerCase() && /\p{L}/u.test(next[0])) return false; // "Oct. 7", "a.m. on"
  if (/^\p{Lu}$/u.test(word)) return false; // initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word.toLowerCase())) return /^\d/.test(next) ? false : SENTENCE_STARTERS.has(nextLower) && !/^(mr|mrs|ms|dr|sen|rep|gov|gen|st|no)$/i.test(word);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextLower); // "U.S. The" vs "U.S. Army"
  if (/^\d+$/.test(word) && /^\d/.test(next)) return false;
  return true;
}

export interface Token extends Span {
  text: string;
  lower: string;
  /** w = word, n = number, p = punctuation */
  kind: 'w' | 'n' | 'p';
}

const TOKEN = /\$?\d[\d,.]*\d%?|\$?\d%?|(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[’'\-&][\p{L}\p{M}\p{N}]+)*(?:[’']s?(?![\p{L}]))?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Word, number and punctuation tokens of one span. Possessive 's stays on its word;
 *  an abbreviation's period joins the word ("Mr.", "U.S."). */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const body = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    let t = m[0];
    let end = m.index + t.length;
    const kind: Token['kind'] = /^\$?\d/.test(t) ? 'n' : /^[\p{L}\p{M}\p{N}]/u.test(t) ? 'w' : 'p';
    if (kind === 'n' && /[.,]$/.test(t)) { t = t.slice(0, -1); end--; TOKEN.lastIndex = end; }
    if (kind === 'w' && body[end] === '.' && (ABBREVIATIONS.has(t.toLowerCase()) || /^\p{Lu}$/u.test(t))) {
      t += '.';
      end++;
      TOKEN.lastIndex = end;
    }
    out.push({ start: span.start + m.index, end: span.start + end, text: t, lower: t.toLowerCase().replace(/’/g, "'"), kind });
  }
  return out;
}

/** Is `pos` inside one of `spans`? The spans must be sorted by start and must not
 *  overlap (quotations, sources): a binary search keeps long sentences linear. */
export function inside(pos: number, spans: Span[]): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Index of the token that starts at `pos`, or -1 (tokens are sorted). */
export function tokenStartingAt(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else if (toks[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
