// The sign-off state of each flag of a story, from the story's records: approved or
// verified (the record's anchor matches), stale (a record for this phrase exists
// but its sentence has changed since), pending (no record). The editor, the CLI and
// (later) the language server all call this, so a state means the same everywhere.
import type { Analysis, Finding, FindingReview, Suppression } from '../core/types';
import { anchorOf, type Anchor } from './anchor';
import { signOffAction, type ReviewRecord } from './types';

export interface ReviewedFinding {
  finding: Finding;
  /** The record the state rests on (approved, verified, stale, ignored), if any. */
  record: ReviewRecord | null;
}

export interface StoryReview {
  /** The findings in their order, with `review` (sign-off codes) and `suppressed`
   *  (ignore records) set; approved and verified flags are shown as hints. */
  findings: Finding[];
  /** Parallel to `findings`. */
  records: (ReviewRecord | null)[];
  /** Records that match no flag of the story (its phrase is gone or no longer flagged). */
  orphans: ReviewRecord[];
}

const resolved = (anchor: Anchor, by: ReviewRecord, state: FindingReview['state']): FindingReview => ({ state, ...anchor, by: by.by, date: by.date, note: by.note });
// field by field, not spread: the server makes one per flag of a story on every keystroke
const pending = (anchor: Anchor): FindingReview => ({ state: 'pending', phrase: anchor.phrase, sentence: anchor.sentence, by: null, date: null, note: null });

export function reviewStory(analysis: Analysis, text: string, findings: readonly Finding[], records: readonly ReviewRecord[]): StoryReview {
  const used = new Set<ReviewRecord>();
  const out: Finding[] = [];
  const outRecords: (ReviewRecord | null)[] = [];
  const anchors = findings.map((f) => anchorOf(analysis, text, f));
  // by phrase: a long story times a long review file must not be a product
  const byPhrase = new Map<string, ReviewRecord[]>();
  for (const r of records) {
    const list = byPhrase.get(r.phrase);
    if (list) list.push(r);
    else byPhrase.set(r.phrase, [r]);
  }
  // Exact matches first, so that a stale record is only one no current flag claims.
  const exact = findings.map((f, i) => {
    const anchor = anchors[i];
    if (!anchor) return null;
    const action = signOffAction(f.code);
    const r = byPhrase.get(anchor.phrase)?.find((x) => x.sentence === anchor.sentence && (x.action === action || x.action === 'ignore' && x.code === f.code));
    if (r) used.add(r);
    return r ?? null;
  });
  findings.forEach((f, i) => {
    const anchor = anchors[i];
    const action = signOffAction(f.code);
    let record = exact[i];
    let next: Finding = f;
    if (record?.action === 'ignore') {
      const suppressed: Suppression = { kind: 'review', at: null, justification: `Ignored by ${record.by} on ${record.date}${record.note ? `: ${record.note}` : ''}` };
      next = f.suppressed ? f : { ...f, suppressed };
      // an ignored flag that could be signed off is still pending sign-off
      if (action && anchor) next = { ...next, review: pending(anchor) };
    } else if (record) {
      next = { ...f, severity: 'hint', review: resolved(anchors[i]!, record, record.action === 'approve' ? 'approved' : 'verified') };
    } else if (action && anchor) {
      const old = byPhrase.get(anchor.phrase)?.find((x) => !used.has(x) && x.action === action);
      if (old) { used.add(old); record = old; }
      next = { ...f, review: old ? resolved(anchor, old, 'stale') : pending(anchor) };
    }
    out.push(next);
    outRecords.push(record ?? null);
  });
  return { findings: out, records: outRecords, orphans: records.filter((r) => !used.has(r)) };
}

/** What a run gates on (--fail-on, the editor's counts of what is left to do): a
 *  flag that is not silenced and not signed off. A stale sign-off is not one: the
 *  sentence it approved is gone. */
export function isOpen(f: Finding): boolean {
  return !f.suppressed && (!f.review || f.review.state === 'pending' || f.review.state === 'stale');
}
