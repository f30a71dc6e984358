// The flag a sign-off command names (protocol.ts's FlagArgs), found in the document's
// finished findings: by code and range, by its place among the published diagnostics,
// or by a record's anchor. Answers with the anchor a record is keyed by.
import { anchorOf } from '../../review';
import type { Finding } from '../../core';
import type { FlagArgs, FoundFlag } from '../protocol';
import { published, type Analysed } from './analysed';

export function flagOf(doc: Analysed, args: FlagArgs): FoundFlag | null {
  const { analysis, document } = doc;
  let finding: Finding | undefined;
  if (typeof args.findingIndex === 'number') {
    finding = published(doc).shown[args.findingIndex];
  } else if (args.range && typeof args.range === 'object') {
    const start = document.offsetAt(args.range.start);
    const end = document.offsetAt(args.range.end);
    finding = analysis.findings.find((f) => (args.code === undefined || f.code === args.code) && f.start === start && f.end === end);
  } else if (args.anchor && typeof args.anchor.phrase === 'string') {
    const { phrase, sentence } = args.anchor;
    finding = analysis.findings.find((f) => {
      if (args.code !== undefined && f.code !== args.code) return false;
      const a = f.review ?? anchorOf(analysis, document.getText(), f);
      return !!a && a.phrase === phrase && (sentence === undefined || a.sentence === sentence);
    });
  }
  if (!finding) return null;
  const anchor = finding.review ? { phrase: finding.review.phrase, sentence: finding.review.sentence } : anchorOf(analysis, document.getText(), finding);
  return { code: finding.code, anchor, review: finding.review ?? null };
}
