// Markdown → prose mask.
//
// `proseMask(text)` returns a string of exactly `text.length` UTF-16 code units in
// which everything that is not running prose is replaced by spaces, while '\n' and
// '\r' stay where they are. The analyzer runs on the mask, so every offset it finds
// is also an offset into the original file, and line/paragraph breaks survive.
//
// Pure: no Node built-ins, no I/O (this file is bundled for the browser too).
//
// How it works. markdown-it does the parsing (CommonMark + GFM tables and
// strikethrough, raw HTML recognised). We do not try to blank the non-prose parts
// one by one; we start from an all-blank mask and *reveal* only the inline content of
// paragraphs and headings. Everything else therefore stays blank without a rule of
// its own: YAML/TOML front matter, fenced and indented code, HTML blocks, reference
// definitions, thematic breaks, setext underlines, tables, and the block markers in
// front of the prose (`#`, `>`, list numbers, indentation). One marker is put back:
// the `-`/`*`/`+` bullet of an unordered list item, so a bulleted line reads as it
// does in plain text (see Decisions).
//
// markdown-it tokens carry line maps but no columns. The inline content of a
// paragraph is its source lines with the block prefix (`> `, `- `, indentation)
// removed and the ends trimmed, so each content line is a suffix of its source line;
// that gives an exact content-index → file-offset map without searching. Inside the
// content we then blank what markdown-it's own inline rules consumed: code spans,
// inline HTML, autolinks, images, the `[`, `](destination "title")` / `][ref]`
// parts of links (the link text stays), and emphasis / strikethrough delimiters
// that really became emphasis. Positions come from wrapping those inline rules and
// reading `state.pos` before and after each successful match, so there is no
// guessing about which occurrence of a string was meant.
//
// Decisions:
// - Tables are blanked whole. Cells are not sentences: revealing them would join a
//   table's rows into one long "sentence" full of numbers, each reported as an
//   unattributed figure. A table's source is normally given in a caption or note
//   line, which is a paragraph and stays.
// - Images are blanked whole, alt text included: alt text describes a picture, it is
//   not a sentence of the story.
// - Unordered list bullets are kept (not blanked): the analyzer reads a verbless
//   bulleted fragment ("- 3 large eggs") as a list of things rather than a claim,
//   and Markdown should not be flagged where the same plain text is not. Ordered
//   markers ("1.", "2)") are blanked: they would read as numbers.
// - Backslash escapes and entities (`\*`, `&amp;`) are left as written: harmless.
// - When a content line cannot be matched to its source line (should not happen;
//   it would need a markdown-it change), that line stays blank: less prose, but
//   never a wrong offset.
// - Malformed Markdown never throws: markdown-it is total on any input, and any
//   unexpected internal error falls back to an all-blank mask for the bad block.

import MarkdownIt from 'markdown-it';
import { commonEnds } from './layout';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Tok = any;
type InlineState = any;

/** Content-coordinate ranges to blank, flat [a0, b0, a1, b1, …], keyed by the inline
 *  token's `children` array (which is `state.tokens` while that content is parsed). */
const blankRanges = new WeakMap<object, number[]>();
/** Emphasis / strikethrough delimiter tokens → their position and length in content. */
const delimiters = new WeakMap<object, { key: object; pos: number; len: number }>();

function addRange(key: object, a: number, b: number): void {
  if (b <= a) return;
  let list = blankRanges.get(key);
  if (!list) blankRanges.set(key, (list = []));
  list.push(a, b);
}

type Md = InstanceType<typeof MarkdownIt>;
let parser: Md | null = null;

function getParser(): Md {
  if (parser) return parser;
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  const ruler = md.inline.ruler as any;
  const rules: { name: string; fn: (state: InlineState, silent: boolean) => boolean }[] = ruler.__rules__ ?? [];

  const wrapWhole = (orig: (s: InlineState, silent: boolean) => boolean) => (state: InlineState, silent: boolean) => {
    const start = state.pos;
    const ok = orig(state, silent);
    if (ok && !silent) addRange(state.tokens, start, state.pos);
    return ok;
  };
  const wrapLink = (orig: (s: InlineState, silent: boolean) => boolean) => (state: InlineState, silent: boolean) => {
    const start = state.pos;
    const ok = orig(state, silent);
    if (ok && !silent) {
      const end = state.pos;
      // Same call the link rule made; parseLinkLabel restores state.pos itself.
      const labelEnd: number = state.md.helpers.parseLinkLabel(state, start, true);
      state.pos = end;
      if (labelEnd > start && labelEnd < end) {
        addRange(state.tokens, start, start + 1); // '['
        addRange(state.tokens, labelEnd, end); // '](dest "title")', '][ref]' or ']'
      } else {
        addRange(state.tokens, start, end);
      }
    }
    return ok;
  };
  const wrapDelims = (orig: (s: InlineState, silent: boolean) => boolean) => (state: InlineState, silent: boolean) => {
    const start = state.pos;
    const before = state.tokens.length;
    const ok = orig(state, silent);
    if (ok && !silent) {
      // The rule pushed one text token per delimiter (after a possible pending-text
      // token): walk back from the end assigning positions.
      let end = state.pos;
      for (let t = state.tokens.length - 1; t >= before && end > start; t--) {
        const tok = state.tokens[t];
        const len = String(tok.content ?? '').length;
        if (len <= 0) break;
        delimiters.set(tok, { key: state.tokens, pos: end - len, len });
        end -= len;
      }
    }
    return ok;
  };

  for (const rule of rules) {
    const orig = rule.fn;
    let fn: ((s: InlineState, silent: boolean) => boolean) | null = null;
    switch (rule.name) {
      case 'backticks':
      case 'autolink':
      case 'html_inline':
      case 'image':
        fn = wrapWhole(orig);
        break;
      case 'link':
        fn = wrapLink(orig);
        break;
      case 'emphasis':
      case 'strikethrough':
        fn = wrapDelims(orig);
        break;
    }
    if (fn) ruler.at(rule.name, fn);
  }

  // After emphasis/strikethrough post-processing decided which delimiters matched,
  // and before fragments_join merges the unmatched ones back into text.
  const markDelims = (state: InlineState) => {
    for (const tok of state.tokens as Tok[]) {
      const rec = delimiters.get(tok);
      if (rec && (tok.type !== 'text' || tok.content === '')) addRange(rec.key, rec.pos, rec.pos + rec.len);
    }
  };
  const ruler2 = md.inline.ruler2 as any;
  try {
    ruler2.before('fragments_join', 'sourcing_lens_delims', markDelims);
  } catch {
    ruler2.push('sourcing_lens_delims', markDelims);
  }
  parser = md;
  return md;
}

interface Lines {
  /** Offset of each line's first character. */
  start: number[];
  /** Offset just past each line's last character, terminator excluded. */
  end: number[];
}

/** Lines as markdown-it counts them: '\r\n', '\r' and '\n' each end a line. */
function splitLines(text: string): Lines {
  const start: number[] = [0];
  const end: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      end.push(i);
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start.push(i + 1);
    }
  }
  end.push(n);
  return { start, end };
}

const FM_OPEN = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*$/;

interface FrontMatter {
  /** Lines taken by YAML (`---` … `---`/`...`) or TOML (`+++` … `+++`) front matter at
   *  the very start of the file; 0 when there is none (no closing line, or lines
   *  inside that are not YAML/TOML entries). */
  lines: number;
  /** Offset where the text after the front matter begins (0 without front matter). */
  end: number;
  /** Offset past the last character the decision read (its line's terminator
   *  included, or length + 1 at the end of the text): an edit at or beyond it cannot
   *  change the front matter. */
  decided: number;
}

/** End of the line starting at `pos`: the offset of its terminator, or the length. */
function lineEndAt(text: string, pos: number): number {
  LINE_BREAK.lastIndex = pos;
  return LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
}
const LINE_BREAK = /[\r\n]/g;

/** Start of the line after the one that ends at `end` (a terminator or the length). */
function nextLineStart(text: string, end: number): number {
  if (end >= text.length) return text.length + 1;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

function frontMatter(text: string): FrontMatter {
  const firstEnd = lineEndAt(text, 0);
  const m = FM_OPEN.exec(text.slice(0, firstEnd));
  if (!m) return { lines: 0, end: 0, decided: nextLineStart(text, firstEnd) };
  const yaml = m[1] === '---';
  const close = yaml ? /^(---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  // Every line inside must look like YAML (key: value, list item, comment, indented
  // continuation) or TOML (key = value, [table]); otherwise the opening '---' is a
  // thematic break and what follows is prose that must not be hidden.
  const entry = yaml ? /^(?:[ \t]|#|-(?:[ \t]|$)|[^\s:#][^:]*:(?:[ \t]|$)|$)/ : /^(?:[ \t]|#|\[|[\w".'-]+[ \t]*=|$)/;
  let start = nextLineStart(text, firstEnd);
  for (let l = 1; start <= text.length; l++) {
    const end = lineEndAt(text, start);
    const line = text.slice(start, end);
    const after = nextLineStart(text, end);
    if (close.test(line)) return { lines: l + 1, end: Math.min(after, text.length), decided: after };
    if (!entry.test(line)) return { lines: 0, end: 0, decided: after };
    start = after;
  }
  return { lines: 0, end: 0, decided: text.length + 1 };
}

function isAsciiTrimmable(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** One content line mapped to the file: content [c, c + len) ↔ file [src, src + len). */
interface Segment {
  c: number;
  len: number;
  src: number;
}

/** a[ai, ai+n) equals b[bi, bi+n), where a NUL in b matches the U+FFFD that
 *  markdown-it put in its place (same length, so offsets are unaffected). */
function regionEquals(a: string, ai: number, b: string, bi: number, n: number): boolean {
  for (let j = 0; j < n; j++) {
    const x = a.charCodeAt(ai + j);
    const y = b.charCodeAt(bi + j);
    if (x !== y && !(y === 0 && x === 0xfffd)) return false;
  }
  return true;
}

/** Map an inline token's content lines onto the file and reveal them. Each content
 *  line, minus leading blanks (which may be synthesized from a partly consumed tab),
 *  is a suffix of its source line (of the ASCII-trimmed line for the last one); ATX
 *  heading content sits after the opening '#' run. */
function mapInline(text: string, lines: Lines, tok: Tok, atxHeading: boolean, keep: Uint8Array): Segment[] {
  const segs: Segment[] = [];
  const map: [number, number] | null = tok.map;
  if (!map) return segs;
  const content: string = tok.content ?? '';
  const nLines = lines.start.length;
  let c = 0;
  for (let k = 0; c <= content.length; k++) {
    let nl = content.indexOf('\n', c);
    const last = nl < 0;
    if (last) nl = content.length;
    const line = map[0] + k;
    if (line >= nLines || line >= map[1]) break;
    let r = c;
    while (r < nl && (content.charCodeAt(r) === 32 || content.charCodeAt(r) === 9)) r++;
    const len = nl - r;
    if (len > 0) {
      const ls = lines.start[line];
      const le = lines.end[line];
      let at = -1;
      if (atxHeading) {
        let p = ls;
        while (p < le && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
        while (p < le && text.charCodeAt(p) === 35) p++;
        for (let q = p; q + len <= le; q++) {
          if (regionEquals(content, r, text, q, len)) {
            at = q;
            break;
          }
        }
      } else {
        let e = le;
        if (last) while (e > ls && isAsciiTrimmable(text.charCodeAt(e - 1))) e--;
        if (e - len >= ls && regionEquals(content, r, text, e - len, len)) at = e - len;
        else {
          // Not expected with markdown-it 15; search the line rather than guess.
          for (let q = le - len; q >= ls; q--) {
            if (regionEquals(content, r, text, q, len)) {
              at = q;
              break;
            }
          }
        }
      }
      if (at >= 0) {
        segs.push({ c: r, len, src: at });
        keep.fill(1, at, at + len);
      }
    }
    if (last) break;
    c = nl + 1;
  }
  return segs;
}

/** Blank content range [a, b) through the segment map. */
function blankContent(segs: Segment[], a: number, b: number, keep: Uint8Array): void {
  // Segments are few per block and sorted; binary search the first one ending after a.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].c + segs[mid].len <= a) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i];
    if (s.c >= b) break;
    const from = Math.max(a, s.c) - s.c;
    const to = Math.min(b, s.c + s.len) - s.c;
    if (to > from) keep.fill(0, s.src + from, s.src + to);
  }
}

/**
 * Replace everything in a Markdown text that is not prose by spaces, keeping the
 * length and every '\n' / '\r'. See the header comment for what counts as prose.
 */
export function proseMask(text: string): string {
  const n = text.length;
  if (n === 0) return '';
  // Editors re-analyse unchanged text (settings change, reopened view): reuse the last
  // mask. One entry, so memory stays at one extra copy of the document.
  if (text === lastText) return lastMask;
  const keep = new Uint8Array(n);
  try {
    revealProse(text, keep, true);
  } catch {
    // Never let a parser surprise break the analysis: fall back to what we have.
  }
  const mask = maskOf(text, keep);
  lastText = text;
  lastMask = mask;
  return mask;
}

let lastText = '';
let lastMask = '';

/** The mask of `text` where `keep` marks the characters revealed. */
function maskOf(text: string, keep: Uint8Array): string {
  const n = text.length;
  const parts: string[] = [];
  let i = 0;
  while (i < n) {
    const v = keep[i];
    let j = i + 1;
    while (j < n && keep[j] === v) j++;
    const chunk = text.slice(i, j);
    if (v) parts.push(chunk);
    else if (chunk.indexOf('\n') < 0 && chunk.indexOf('\r') < 0) parts.push(' '.repeat(j - i));
    else parts.push(chunk.replace(/[^\r\n]/g, ' '));
    i = j;
  }
  return parts.join('');
}

// ------------------------------------------------------------------ incremental
//
// An editor re-masks after every keystroke; parsing the whole of a 1 MB story each
// time costs several times the rest of the analysis. A masker keeps the last parse's
// top-level blocks (their first and last line as offsets) and, after an edit,
// re-parses only a region of whole top-level blocks around the change, copying the
// rest of the mask. That is exact when the blocks outside the region parse as they
// did, and the region parses alone as it does inside the document. Markdown-it's
// block parser reads forward: a top-level block depends only on the lines from its
// first one on, and it stops at a blank line unless it is a container that may go on
// after one (a list, an indented code block, a block quote, a table: OPEN below), or
// an unclosed fence / HTML block, which runs to the end of the file. So the region
//   - starts at a block with a blank line before it (or the top of the file, after
//     the front matter), whose previous block is not OPEN;
//   - ends at the last line of a paragraph, heading or thematic break (SAFE) with a
//     blank line after it (or at the end of the file), and the re-parsed region must
//     end in such a block too (an unclosed fence ends the region otherwise);
// and, because inline parsing reads the document's reference definitions, a
// document with any (before or after the edit) is masked whole, as is an edit that
// can change the front matter. Whenever one of these cannot be shown, the whole text
// is parsed again: the result is always the mask proseMask() gives.

/** Paragraph, heading, thematic break: ends at the first blank line, reads no further. */
const SAFE = 0;
/** Fence or HTML block that ended before the file did: reads nothing after its end. */
const CLOSED = 1;
/** Lists, block quotes, indented code, tables, anything else: may read on past a blank line. */
const OPEN = 2;

function blockKind(type: string): number {
  switch (type) {
    case 'paragraph_open':
    case 'heading_open':
    case 'hr':
      return SAFE;
    case 'fence':
    case 'html_block':
      return CLOSED;
    default:
      return OPEN;
  }
}

/** Top-level blocks: offsets of the first character of the first line, of the end of
 *  the last line (terminator excluded), and the kind. */
interface Blocks {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
}

interface Parse {
  blocks: Blocks;
  /** The text defines link references (inline parsing reads them document-wide). */
  references: boolean;
  fm: FrontMatter;
}

interface MaskState extends Parse {
  text: string;
  mask: string;
}

export interface ProseMasker {
  /** proseMask(text), re-parsing only around what changed since the last call. */
  mask(text: string): string;
  /** How the last call was answered (for tests and the bench). */
  readonly lastPath: 'same' | 'region' | 'full';
}

/** A prose masker for one document being edited: same results as proseMask. */
export function createProseMasker(): ProseMasker {
  let prev: MaskState | null = null;
  let path: ProseMasker['lastPath'] = 'full';
  return {
    get lastPath() {
      return path;
    },
    mask(text: string): string {
      if (prev && text === prev.text) {
        path = 'same';
        return prev.mask;
      }
      const next = prev ? remask(prev, text) : null;
      path = next ? 'region' : 'full';
      prev = next ?? fullMask(text);
      return prev.mask;
    },
  };
}

function fullMask(text: string): MaskState {
  const keep = new Uint8Array(text.length);
  let parse: Parse | null = null;
  try {
    parse = revealProse(text, keep, true);
  } catch {
    // as in proseMask; with no block map, the next call parses the whole text again
  }
  const mask = maskOf(text, keep);
  const none: Parse = { blocks: { start: new Int32Array(0), end: new Int32Array(0), kind: new Uint8Array(0) }, references: true, fm: { lines: 0, end: 0, decided: text.length + 1 } };
  return { text, mask, ...(parse ?? none) };
}

/** The mask of `text` from the last state by re-parsing a region; null when that
 *  cannot be shown to give proseMask(text). */
function remask(prev: MaskState, text: string): MaskState | null {
  const old = prev.text;
  if (prev.references || old.length === 0 || text.length === 0) return null;
  const { prefix, suffix } = commonEnds(old, text);
  let fm = prev.fm;
  if (prefix < fm.decided) {
    // The edit may change the front matter, unless there is none before or after it
    // because neither first line opens one (an edit of a title line).
    if (fm.lines > 0 || FM_OPEN.test(old.slice(0, lineEndAt(old, 0))) || FM_OPEN.test(text.slice(0, lineEndAt(text, 0)))) return null;
    fm = frontMatter(text);
  }
  const delta = text.length - old.length;
  const oldEnd = old.length - suffix;
  const { start: bs, end: be, kind: bk } = prev.blocks;
  const nb = bs.length;
  // Region start: the block holding the change's first character (the last one
  // starting at or before it), moved back while it cannot be a safe start.
  let k = lastAtOrBefore(bs, prefix);
  while (k >= 0 && !(blankBefore(old, bs[k], fm.end) && (k === 0 || bk[k - 1] !== OPEN))) k--;
  const a = k >= 0 ? bs[k] : fm.end;
  // Region end: the first block ending at or after the change's last character, moved
  // on until it is SAFE with a blank line after it.
  let j = firstEndingAtOrAfter(be, oldEnd, Math.max(k, 0));
  while (j < nb && !(bk[j] === SAFE && blankAfter(old, be[j]))) j++;
  const bOld = j < nb ? be[j] : old.length;
  const bNew = bOld + delta;
  if (a > prefix || bNew < a) return null;
  // The edit joined a CR and an LF at a region edge: one line break where there were two.
  if (a > 0 && old.charCodeAt(a - 1) === 13 && text.charCodeAt(a) === 10) return null;
  if (bNew > a && bNew < text.length && text.charCodeAt(bNew) === 10 && text.charCodeAt(bNew - 1) === 13) return null;
  const region = text.slice(a, bNew);
  const keep = new Uint8Array(region.length);
  let parse: Parse;
  try {
    parse = revealProse(region, keep, false);
  } catch {
    return null;
  }
  if (parse.references) return null;
  const rb = parse.blocks;
  const nr = rb.start.length;
  if (bNew < text.length && nr > 0 && rb.kind[nr - 1] !== SAFE) return null;
  const mask = prev.mask.slice(0, a) + maskOf(region, keep) + prev.mask.slice(bOld);
  if (mask.length !== text.length) return null;
  // The new block map: the blocks before the region, the region's, the ones after shifted.
  const before = Math.max(k, 0);
  const after = j < nb ? j + 1 : nb;
  const total = before + nr + (nb - after);
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  const kind = new Uint8Array(total);
  start.set(bs.subarray(0, before));
  end.set(be.subarray(0, before));
  kind.set(bk.subarray(0, before));
  for (let r = 0; r < nr; r++) {
    start[before + r] = rb.start[r] + a;
    end[before + r] = rb.end[r] + a;
  }
  kind.set(rb.kind, before);
  for (let q = after, w = before + nr; q < nb; q++, w++) {
    start[w] = bs[q] + delta;
    end[w] = be[q] + delta;
  }
  kind.set(bk.subarray(after), before + nr);
  return { text, mask, blocks: { start, end, kind }, references: false, fm };
}

/** Index of the last value <= x in the sorted `a`, or -1. */
function lastAtOrBefore(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first value >= x in the sorted `a` at or after `from`, or a.length. */
function firstEndingAtOrAfter(a: Int32Array, x: number, from: number): number {
  let lo = from;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BLANK_LINE = /^[ \t]*$/;

/** Is the line before the one starting at `pos` blank as markdown-it sees it (spaces
 *  and tabs only), or is there none (the top of the file or of what follows the
 *  front matter, whose lines the parser sees as empty)? */
function blankBefore(text: string, pos: number, fmEnd: number): boolean {
  if (pos <= fmEnd) return true;
  let le = pos - 1; // the terminator before pos
  if (text.charCodeAt(le) === 10 && le > 0 && text.charCodeAt(le - 1) === 13) le--;
  const ls = Math.max(text.lastIndexOf('\n', le - 1), text.lastIndexOf('\r', le - 1)) + 1;
  return ls >= fmEnd && BLANK_LINE.test(text.slice(ls, le));
}

/** Is the line after the one ending at `pos` (a terminator or the end) blank, or is
 *  there none? */
function blankAfter(text: string, pos: number): boolean {
  const next = nextLineStart(text, pos);
  if (next >= text.length) return true;
  return BLANK_LINE.test(text.slice(next, lineEndAt(text, next)));
}

/** Parse `text` (front matter recognised only when `withFrontMatter`) and reveal its
 *  prose in `keep`; returns its top-level blocks. */
function revealProse(text: string, keep: Uint8Array, withFrontMatter: boolean): Parse {
  const lines = splitLines(text);
  const fm = withFrontMatter ? frontMatter(text) : { lines: 0, end: 0, decided: 0 };
  // Front matter lines become empty lines, so markdown-it's line numbers still match.
  const src = fm.lines > 0 ? '\n'.repeat(fm.lines) + (fm.lines < lines.start.length ? text.slice(lines.start[fm.lines]) : '') : text;
  const md = getParser();
  const env: { references?: Record<string, Tok> } = {};
  const tokens: Tok[] = md.parse(src, env);
  const nLines = lines.start.length;
  const top: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const map: [number, number] | null = tok.map;
    if (tok.level !== 0 || !map || map[1] <= map[0] || map[0] >= nLines) continue;
    top.push(lines.start[map[0]], lines.end[Math.min(map[1], nLines) - 1], blockKind(tok.type));
  }
  const nb = top.length / 3;
  const blocks: Blocks = { start: new Int32Array(nb), end: new Int32Array(nb), kind: new Uint8Array(nb) };
  for (let b = 0; b < nb; b++) {
    blocks.start[b] = top[3 * b];
    blocks.end[b] = top[3 * b + 1];
    blocks.kind[b] = top[3 * b + 2];
  }
  const work: { segs: Segment[]; key: object }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type !== 'inline') continue;
    const parent = tokens[i - 1];
    if (parent.type !== 'paragraph_open' && parent.type !== 'heading_open') continue;
    const atx = parent.type === 'heading_open' && String(parent.markup ?? '').charAt(0) === '#';
    try {
      const segs = mapInline(text, lines, tok, atx, keep);
      if (tok.children) work.push({ segs, key: tok.children });
      // The bullet of an unordered list item whose text starts on the bullet's line
      // stays, so "- 3 large eggs" reads as it does in plain text (the analyzer
      // treats verbless bulleted fragments as lists of things, not claims).
      const item = i >= 2 ? tokens[i - 2] : null;
      if (item && item.type === 'list_item_open' && segs.length > 0 && item.map && parent.map && item.map[0] === parent.map[0]) {
        const bullet = String(item.markup ?? '');
        const line = item.map[0];
        const first = segs[0].src;
        if (/^[-*+]$/.test(bullet) && line < lines.start.length && first >= lines.start[line] && first <= lines.end[line]) {
          let q = first - 1;
          while (q >= lines.start[line] && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
          if (q >= lines.start[line] && text[q] === bullet) keep[q] = 1;
        }
      }
    } catch {
      // leave this block blank
    }
  }
  // Blank the non-prose inline parts only after every block was revealed.
  for (const { segs, key } of work) {
    const ranges = blankRanges.get(key);
    if (!ranges) continue;
    for (let r = 0; r < ranges.length; r += 2) blankContent(segs, ranges[r], ranges[r + 1], keep);
  }
  return { blocks, references: env.references !== undefined && Object.keys(env.references).length > 0, fm };
}

/** The prose a reader sees in [start, end) of a Markdown file whose mask is `mask`:
 *  the characters the mask kept, the markup between them left out ("A [police
 *  spokesman" gives "A police spokesman"), and no double space where a dropped
 *  part (a code span, an image) stood between two spaces. */
export function proseText(original: string, mask: string, start: number, end: number): string {
  let same = true;
  for (let i = start; i < end && same; i++) same = mask.charCodeAt(i) === original.charCodeAt(i);
  if (same) return original.slice(start, end);
  let out = '';
  let dropped = false;
  for (let i = start; i < end; i++) {
    const c = original[i];
    if (mask[i] !== c) {
      dropped = true;
      continue;
    }
    if (dropped && /\s/.test(c) && /\s$/.test(out)) continue;
    dropped = false;
    out += c;
  }
  return out;
}
