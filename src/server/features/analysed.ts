// What every feature reads: one document's text model, its latest analysis and the
// settings, plus LSP ranges and line numbers for the core's offsets (UTF-16, as LSP's).
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Span } from '../../core';
import type { ServerSettings } from '../settings';

export interface Analysed {
  document: TextDocument;
  analysis: Analysis;
  settings: ServerSettings;
}

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** 1-based, as people read line numbers. */
export function lineOf(document: TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}
