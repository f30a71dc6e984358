// What every feature reads: one document's text model, its latest analysis with its
// findings finished (settings < project config severities, suppression comments,
// sign-off records: src/review/finish.ts, as the CLI and the extension do) and the
// settings, plus LSP ranges and line numbers for the core's offsets (UTF-16, as LSP's).
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, DirectiveProblem, Span } from '../../core';
import { publishedFindings, type PublishedFindings } from '../../common/published';
import type { ServerSettings } from '../settings';

export interface Analysed {
  document: TextDocument;
  /** Finished: `findings` hold every flag, the silenced ones marked `suppressed`. */
  analysis: Analysis;
  settings: ServerSettings;
  format: 'markdown' | 'plaintext';
  /** A project config or a review file applies to the document. */
  inWorkflow: boolean;
  /** Suppression comments that could not be used (an unknown code). */
  directiveProblems: DirectiveProblem[];
}

const unsilenced = (analysis: Analysis) => analysis.findings.filter((f) => !f.suppressed);

/** What Problems shows: the finished findings as they are, less the silenced ones. */
export function published(doc: Analysed): PublishedFindings {
  return publishedFindings(doc.analysis, doc.settings, unsilenced);
}

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** 1-based, as people read line numbers. */
export function lineOf(document: TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}
