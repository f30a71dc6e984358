// The shared words (src/common/describe.ts) plus the helpers that need a VS Code
// document: ranges, line numbers and sentence text read through its API.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core';
import { sentencePreview } from '../common/describe';

export * from '../common/describe';

export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** 1-based, as people read line numbers. */
export function lineOf(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}

/** The first words of a sentence, on one line, for the list and the Sources view. */
export function sentenceStart(document: vscode.TextDocument, analysis: Analysis, index: number, max = 90): string {
  const sentence = analysis.sentences[index];
  return sentence ? sentencePreview(document.getText(rangeOf(document, sentence)), max) : '';
}
