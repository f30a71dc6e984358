// Inline suppression comments in Markdown, in the manner of markdownlint and cspell:
//   <!-- sourcing-lens-disable-next-line CODE… -->   the next line only
//   <!-- sourcing-lens-disable CODE… -->  …  <!-- sourcing-lens-enable CODE… -->
//   <!-- sourcing-lens-disable-file CODE… -->        the whole file
// No codes means all codes. Text after ` -- ` is the reason, kept with the finding.
// Plain text has no comments (they would be printed): there the review file's
// "ignore" records do the same (src/review).
import type { Finding, FindingCode, Span, Suppression } from './types';
import { ALL_CODES } from './codes';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** null: every code. */
  codes: FindingCode[] | null;
  reason: string | null;
  /** The comment as written. */
  text: string;
}

/** A comment we could not use all of: an unknown code, say. Shown, never ignored. */
export interface DirectiveProblem extends Span {
  message: string;
}

/** A stretch of the file where some codes (null: all) are off. */
export interface SuppressedRange extends Span {
  codes: FindingCode[] | null;
  directive: Directive;
}

const COMMENT = /<!--\s*sourcing-lens-(disable-next-line|disable-file|disable|enable)(?![\w-])([\s\S]*?)-->/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Offsets of the lines that are inside fenced code blocks, where a comment is
 *  an example, not a directive. */
function fencedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { start: number; marker: string } | null = null;
  let at = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const m = FENCE.exec(line);
    if (m) {
      if (!open) open = { start: at, marker: m[1] };
      else if (m[1][0] === open.marker[0] && m[1].length >= open.marker.length && line.trim() === m[1]) { spans.push({ start: open.start, end: at + line.length }); open = null; }
    }
    at += line.length;
  }
  if (open) spans.push({ start: open.start, end: text.length });
  return spans;
}

/** Inside a code span on its own line: an odd number of backticks before it. */
function inCodeSpan(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return (text.slice(lineStart, offset).match(/`/g)?.length ?? 0) % 2 === 1;
}

export function parseDirectives(text: string): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  if (!text.includes('sourcing-lens-')) return { directives, problems };
  const fenced = fencedSpans(text);
  for (const m of text.matchAll(COMMENT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (fenced.some((s) => s.start <= start && start < s.end) || inCodeSpan(text, start)) continue;
    const [body, ...why] = m[2].split(/\s--\s/);
    const codes: FindingCode[] = [];
    for (const name of body.split(/[\s,]+/).filter(Boolean)) {
      if ((ALL_CODES as string[]).includes(name)) codes.push(name as FindingCode);
      else problems.push({ start, end, message: `unknown finding code '${name}' in a sourcing-lens-${m[1]} comment (known: ${ALL_CODES.join(', ')})` });
    }
    // A comment whose every code is unknown silences nothing: better one flag too
    // many than a typo that turns every flag off.
    if (codes.length === 0 && body.trim() !== '') continue;
    const reason = why.join(' -- ').trim();
    directives.push({ start, end, kind: m[1] as DirectiveKind, codes: codes.length ? codes : null, reason: reason || null, text: m[0] });
  }
  return { directives, problems };
}

/** End of the line after the one `offset` is on (exclusive of its line break). */
function nextLine(text: string, offset: number): Span {
  const eol = text.slice(offset).search(/\r\n|\r|\n/);
  if (eol < 0) return { start: text.length, end: text.length };
  const from = offset + eol + (text.startsWith('\r\n', offset + eol) ? 2 : 1);
  const after = text.slice(from).search(/\r\n|\r|\n/);
  return { start: from, end: after < 0 ? text.length : from + after };
}

export function suppressedRanges(text: string, directives: readonly Directive[]): SuppressedRange[] {
  const ranges: SuppressedRange[] = [];
  // `disable` comments still open: from where, for which codes (null: all)
  let open: { from: number; codes: FindingCode[] | null; directive: Directive }[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-file') ranges.push({ start: 0, end: text.length, codes: d.codes, directive: d });
    else if (d.kind === 'disable-next-line') ranges.push({ ...nextLine(text, d.end), codes: d.codes, directive: d });
    else if (d.kind === 'disable') open.push({ from: d.end, codes: d.codes, directive: d });
    else {
      const still: typeof open = [];
      for (const o of open) {
        const ends = d.codes === null || o.codes === null || o.codes.some((c) => d.codes!.includes(c));
        if (!ends) { still.push(o); continue; }
        ranges.push({ start: o.from, end: d.start, codes: o.codes, directive: o.directive });
        // an enable of some codes leaves the disable's other codes off
        const rest = d.codes === null ? [] : (o.codes ?? ALL_CODES).filter((c) => !d.codes!.includes(c));
        if (rest.length) still.push({ from: d.end, codes: rest, directive: o.directive });
      }
      open = still;
    }
  }
  for (const o of open) ranges.push({ start: o.from, end: text.length, codes: o.codes, directive: o.directive });
  return ranges;
}

/** The findings, each one inside a range for its code marked `suppressed`; order and
 *  count unchanged. For Markdown only: plain text has no comments. */
export function applySuppressions(findings: readonly Finding[], ranges: readonly SuppressedRange[]): Finding[] {
  if (ranges.length === 0) return [...findings];
  return findings.map((f) => {
    if (f.suppressed) return f;
    const r = ranges.find((x) => x.start <= f.start && f.start < Math.max(x.end, x.start + 1) && (x.codes === null || x.codes.includes(f.code)));
    if (!r) return f;
    const suppressed: Suppression = { kind: 'comment', at: { start: r.directive.start, end: r.directive.end }, justification: r.directive.reason ?? r.directive.text };
    return { ...f, suppressed };
  });
}

/** The comment "Ignore this finding here" inserts, and where: on its own line before
 *  the finding's line when that line opens a paragraph (a comment line there is its
 *  own HTML block and changes nothing), else at the end of the line before (inline
 *  HTML inside the paragraph), so the paragraph is never split. */
export function ignoreComment(text: string, finding: Pick<Finding, 'start' | 'code'>): { offset: number; insert: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', finding.start - 1), text.lastIndexOf('\r', finding.start - 1)) + 1;
  const comment = `<!-- sourcing-lens-disable-next-line ${finding.code} -->`;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  if (lineStart === 0) return { offset: 0, insert: comment + eol };
  const prevEnd = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const prevStart = Math.max(text.lastIndexOf('\n', prevEnd - 1), text.lastIndexOf('\r', prevEnd - 1)) + 1;
  const previous = text.slice(prevStart, prevEnd);
  if (previous.trim() === '') return { offset: lineStart, insert: comment + eol };
  return { offset: prevEnd, insert: ` ${comment}` };
}
