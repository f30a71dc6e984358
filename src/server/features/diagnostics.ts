// Findings → publishDiagnostics: the published findings (finished: silenced ones left
// out, a signed-off flag a hint; most severe first, capped), each with its code, a
// link to the code's page and related information: the source behind a figure, the
// note the anonymity verdict rests on, and the other mentions of the same anonymous group.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Severity } from '../../core';
import { published, rangeOf, type Analysed } from './analysed';

export const DIAGNOSTIC_SOURCE = 'Sourcing Lens';

/** Other mentions listed per diagnostic: enough to find them, not a wall of links. */
const MAX_RELATED = 5;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The code of a suppression comment that cannot be used (the CLI prints these on stderr). */
export const DIRECTIVE_CODE = 'suppression-comment';

export function diagnosticsOf(doc: Analysed): Diagnostic[] {
  const comments: Diagnostic[] = doc.directiveProblems.map((p) => ({
    range: rangeOf(doc.document, p), severity: DiagnosticSeverity.Warning, code: DIRECTIVE_CODE, source: DIAGNOSTIC_SOURCE, message: p.message,
  }));
  return [...findingDiagnostics(doc), ...comments];
}

function findingDiagnostics(doc: Analysed): Diagnostic[] {
  return published(doc).shown.map((finding) => ({
    range: rangeOf(doc.document, finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: related(doc, finding),
  }));
}

function related(doc: Analysed, finding: Finding): DiagnosticRelatedInformation[] | undefined {
  const { analysis, document } = doc;
  const at = (span: { start: number; end: number }, message: string): DiagnosticRelatedInformation =>
    ({ location: { uri: document.uri, range: rangeOf(document, span) }, message });
  const out: DiagnosticRelatedInformation[] = [];
  const source = finding.attribution === null ? undefined : analysis.attributions[finding.attribution];
  if (finding.figure !== null) {
    if (source) out.push(at(source, `Source: ${source.text} (${source.cue.text})`));
  } else if (source?.kind === 'anonymous') {
    for (const id of source.sameSource.slice(0, MAX_RELATED)) {
      const other = analysis.attributions[id];
      if (other) out.push(at(other, `Same group: ${other.text} ${other.cue.text}`));
    }
  }
  if (finding.code !== 'unattributed-figure' && (source?.kind === 'anonymous' || finding.code === 'anonymity-unexplained')) {
    const note = analysis.anonymity.note === null ? undefined : analysis.anonymityNotes[analysis.anonymity.note];
    if (note) out.push(at(note, `Anonymity note: ${analysis.anonymity.label}`));
  }
  return out.length ? out : undefined;
}
