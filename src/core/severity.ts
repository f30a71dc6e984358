// The user's severities applied to an analysis's findings, and the order and cap of
// what an editor publishes. Shared by the editor (settings) and the CLI (--ignore),
// so a code turned off means the same in both.
import type { Analysis, Finding, FindingCode, Severity } from './types';
import { CODES } from './codes';
import { anonymousSourceFinding } from './findings';

export type SeverityChoice = Severity | 'off';
export type SeverityMap = Record<FindingCode, SeverityChoice>;

/** The findings with the chosen severities. A finding whose code is off is dropped,
 *  unless its code has a more general fallback that is on: a vague anonymous source
 *  turned off is still reported as an anonymous source, so the source does not
 *  vanish while the paragraph lens still counts it. Position order is kept. */
export function applySeverities(analysis: Analysis, severity: SeverityMap): Finding[] {
  const out: Finding[] = [];
  for (const f of analysis.findings) {
    const own = severity[f.code];
    if (own !== 'off') {
      out.push(own === f.severity ? f : { ...f, severity: own });
      continue;
    }
    const general = fallbackOf(f, analysis, severity);
    if (general) out.push(general);
  }
  return out;
}

function fallbackOf(f: Finding, analysis: Analysis, severity: SeverityMap): Finding | null {
  let code = CODES[f.code].fallback;
  // Follow the chain to the first code that is on (one step today).
  while (code && severity[code] === 'off') code = CODES[code].fallback;
  if (code !== 'anonymous-source' || f.attribution === null) return null;
  const a = analysis.attributions[f.attribution];
  if (!a) return null;
  return { ...anonymousSourceFinding(a, analysis.anonymity, code), severity: severity[code] as Severity };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface Published {
  /** What to show, most severe first, then by position; at most `max`. */
  shown: Finding[];
  /** How many were left out by the cap. */
  hidden: number;
}

/** VS Code keeps only the first 1,000 problems of a file and drops the rest without
 *  a word; so the editor caps them itself, keeping the most severe, and says how
 *  many it left out. */
export function limitFindings(findings: readonly Finding[], max: number): Published {
  const sorted = inPositionOrder(findings) ? bySeverity(findings) : [...findings].sort((x, y) => RANK[x.severity] - RANK[y.severity] || x.start - y.start || x.end - y.end);
  const keep = Math.max(0, Math.floor(max));
  return { shown: sorted.length > keep ? sorted.slice(0, keep) : sorted, hidden: Math.max(0, sorted.length - keep) };
}

function inPositionOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) {
    const x = findings[i - 1], y = findings[i];
    if (x.start > y.start || x.start === y.start && x.end > y.end) return false;
  }
  return true;
}

/** Findings already in position order (as the analyzer gives them), most severe
 *  first: one pass per severity instead of a sort, since the server does this on
 *  every keystroke of a long story. Ties keep their order, as the stable sort would. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const severity of SEVERITIES) for (const f of findings) if (f.severity === severity) out.push(f);
  return out;
}
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
