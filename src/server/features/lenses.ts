// textDocument/codeLens: the extension's summary above the first line and its notes
// above paragraphs (src/common/lensText.ts), and the sign-off counts; the commands are the extension's, which
// a client runs (other editors show the titles).
import type { CodeLens } from 'vscode-languageserver';
import { paragraphNotes, summaryLens, tooLargeLens } from '../../common/lensText';
import { signOffSummary } from '../../review';
import { SHOW_ATTRIBUTIONS } from '../protocol';
import { published as publishedOf, type Analysed } from './analysed';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function lensesOf(doc: Analysed): CodeLens[] {
  const { analysis, document } = doc;
  const published = publishedOf(doc);
  const summary = summaryLens(analysis, published);
  const lenses: CodeLens[] = [{ range: TOP, command: { title: summary.title, command: SHOW_ATTRIBUTIONS, arguments: [document.uri] } }];
  // What is left to sign off, where the desk uses the workflow (src/editor/reviewHover.ts's lens).
  const signOff = doc.inWorkflow ? signOffSummary(analysis.findings) : '';
  if (signOff) lenses.push({ range: TOP, command: { title: signOff, command: SHOW_ATTRIBUTIONS, arguments: [document.uri] } });
  for (const note of paragraphNotes(analysis, published)) {
    const line = document.positionAt(analysis.paragraphs[note.paragraph].start).line;
    const at = { line, character: 0 };
    lenses.push({ range: { start: at, end: at }, command: { title: note.title, command: SHOW_ATTRIBUTIONS, arguments: [document.uri, note.paragraph] } });
  }
  return lenses;
}

export function tooLargeLenses(sizeKB: number, limitKB: number): CodeLens[] {
  return [{ range: TOP, command: { title: tooLargeLens(sizeKB, limitKB), command: 'workbench.action.openSettings', arguments: ['sourcingLens.maxFileSizeKB'] } }];
}

export function failedLenses(): CodeLens[] {
  return [{ range: TOP, command: { title: 'Sourcing Lens: analysis failed (see the language server log)', command: 'sourcingLens.showLog' } }];
}
