// Words about sign-off, shared by the editor's hovers, lenses and Sources view, and
// the CLI's report, so each says the same thing about a flag.
import type { Finding, FindingReview } from '../core/types';
import { signOffAction } from './types';

/** "Approved by A. Editor on 2026-12-01: …" (the hover's line about sign-off). */
export function describeReview(r: FindingReview): string {
  const note = r.note ? `: ${r.note}` : '';
  switch (r.state) {
    case 'approved': return `Approved by ${r.by} on ${r.date}${note}`;
    case 'verified': return `Verified by ${r.by} on ${r.date}${note}`;
    case 'stale': return `Sign-off stale: signed off by ${r.by} on ${r.date}${note}, but the sentence has changed since; sign it off again`;
    case 'pending': return 'Pending: not yet signed off';
  }
}

/** A flag's sign-off and suppression lines for a hover, in Markdown: "pending" only
 *  where the desk uses sign-off (`inWorkflow`); a record, and a suppression, wherever
 *  there is one. The extension and the language server both show these. */
export function reviewHoverLines(f: Finding, inWorkflow: boolean): string[] {
  const lines: string[] = [];
  if (f.review && !f.suppressed && (f.review.state !== 'pending' || inWorkflow)) lines.push(`**Sign-off** (${f.code}): ${describeReview(f.review)}`);
  if (f.suppressed) lines.push(`**Suppressed** (${f.code}): ${f.suppressed.justification}`);
  return lines.map((l) => l.replace(/\n/g, ' '));
}

export interface ReviewCounts {
  pending: number;
  approved: number;
  verified: number;
  stale: number;
  suppressed: number;
}

export function countReview(findings: readonly Finding[]): ReviewCounts {
  const c: ReviewCounts = { pending: 0, approved: 0, verified: 0, stale: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) c.suppressed++;
    else if (f.review) c[f.review.state]++;
  }
  return c;
}

/** "2 pending · 3 approved · 1 verified · 1 stale · 3 suppressed", the parts that are not 0. */
export function countsLine(c: ReviewCounts): string {
  return (['pending', 'approved', 'verified', 'stale', 'suppressed'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`).join(' · ');
}

/** "Sign-off: 2 pending · 3 approved" for a lens or a view title; '' when the story
 *  has no flag an editor can sign off. */
export function signOffSummary(findings: readonly Finding[]): string {
  const c = countReview(findings);
  if (c.pending + c.approved + c.verified + c.stale === 0) return '';
  return `Sign-off: ${countsLine(c)}`;
}

export type FixKind = 'ignore-comment' | 'ignore-record' | 'approve' | 'verify' | 'revoke';

/** The quick fixes a flag offers, in menu order. Markdown is silenced by a comment,
 *  plain text (where a comment would be printed) by an ignore record. */
export function fixesFor(f: Finding, format: 'plaintext' | 'markdown'): FixKind[] {
  const fixes: FixKind[] = [];
  const action = signOffAction(f.code);
  if (!f.suppressed) {
    if (action && f.review?.state !== 'approved' && f.review?.state !== 'verified') fixes.push(action);
    fixes.push(format === 'markdown' ? 'ignore-comment' : 'ignore-record');
  }
  if (f.review && f.review.state !== 'pending') fixes.push('revoke');
  return fixes;
}

export const FIX_TITLES: Record<FixKind, string> = {
  'ignore-comment': 'Ignore this finding here',
  'ignore-record': 'Ignore this finding here, in the review file',
  approve: 'Approve this anonymous source…',
  verify: 'Mark this figure verified…',
  revoke: 'Revoke sign-off',
};
