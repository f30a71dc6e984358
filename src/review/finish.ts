// From the analyzer's findings to what a shell shows: the chosen severities, then
// the story's suppression comments (Markdown), then its sign-off records. Written
// once for the CLI and the editor, so a flag ends up the same in both.
import type { Analysis, Finding } from '../core/types';
import { applySeverities, type SeverityMap } from '../core/severity';
import { applySuppressions, parseDirectives, suppressedRanges, type DirectiveProblem } from '../core/suppressions';
import { reviewStory } from './states';
import type { ReviewRecord } from './types';

export interface Finished {
  analysis: Analysis;
  /** Parallel to `analysis.findings`: the record each rests on. */
  records: (ReviewRecord | null)[];
  /** Records that match no flag any more. */
  orphans: ReviewRecord[];
  /** Suppression comments we could not use (an unknown code). */
  directiveProblems: DirectiveProblem[];
}

export function finishFindings(analysis: Analysis, text: string, format: 'plaintext' | 'markdown', severity: SeverityMap, records: readonly ReviewRecord[]): Finished {
  let findings: Finding[] = applySeverities(analysis, severity);
  let directiveProblems: DirectiveProblem[] = [];
  if (format === 'markdown') {
    const parsed = parseDirectives(text);
    directiveProblems = parsed.problems;
    findings = applySuppressions(findings, suppressedRanges(text, parsed.directives));
  }
  const reviewed = reviewStory(analysis, text, findings, records);
  return { analysis: { ...analysis, findings: reviewed.findings }, records: reviewed.records, orphans: reviewed.orphans, directiveProblems };
}
