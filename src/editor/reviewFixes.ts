// Quick fixes of the newsroom workflow: "Ignore this finding here" (a comment in
// Markdown, a record for plain text), "Approve this anonymous source…", "Mark this
// figure verified…" (input boxes for who and why) and "Revoke sign-off". Which fixes
// a flag gets, and what is written, is decided in src/review and src/core.
import * as vscode from 'vscode';
import { CODES, ignoreComment, type Finding, type FindingCode } from '../core';
import { addRecord, anchorOf, fixesFor, FIX_TITLES, newRecord, revokeRecords, type ReviewAction } from '../review';
import type { DocumentCache } from './documentCache';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { ProjectFiles } from './projectConfig';

export const SIGN_OFF = 'sourcingLens.signOff';
export const REVOKE = 'sourcingLens.revokeSignOff';
const LAST_NAME = 'sourcingLens.lastSignOffName';

/** Where a command finds its flag again: the document and the finding's place. */
type FlagRef = [uri: string, code: FindingCode, start: number, end: number];

const QUESTIONS: Record<ReviewAction, { who: string; why: string; placeholder: string }> = {
  approve: { who: 'Who approves this anonymous source?', why: 'Why was anonymity granted? (kept with the approval)', placeholder: 'e.g. They would lose their jobs for speaking.' },
  verify: { who: 'Who verified this figure?', why: 'What confirms it? A URL or a note', placeholder: 'e.g. https://example.org/report, p. 4' },
  ignore: { who: 'Who decides to ignore this finding?', why: 'Why is it ignored here? (optional)', placeholder: 'e.g. the sidebar explains it' },
};

export class ReviewFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: DocumentCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.cache.analysis(document);
    if (!analysis) return [];
    const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'object') continue;
      const code = String(diagnostic.code.value) as FindingCode;
      if (!(code in CODES)) continue;
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = analysis.findings.find((f) => f.code === code && f.start === start && f.end === end);
      if (!finding) continue;
      const ref: FlagRef = [document.uri.toString(), code, start, end];
      for (const fix of fixesFor(finding, format)) {
        // Two flags can share a range (a source and "anonymity not explained"): say which.
        const title = fix === 'ignore-comment' || fix === 'ignore-record' ? `${FIX_TITLES[fix]} (${CODES[code].title})` : FIX_TITLES[fix];
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        if (fix === 'ignore-comment') {
          const { offset, insert } = ignoreComment(document.getText(), finding);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.insert(document.uri, document.positionAt(offset), insert);
        } else if (fix === 'revoke') {
          action.command = { title: action.title, command: REVOKE, arguments: ref };
        } else {
          const kind: ReviewAction = fix === 'ignore-record' ? 'ignore' : fix;
          action.command = { title: action.title, command: SIGN_OFF, arguments: [kind, ...ref] };
        }
        // The sign-off is what a desk wants first; the rest after it.
        if (fix === 'approve' || fix === 'verify') action.isPreferred = true;
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerReviewCommands(cache: DocumentCache, files: ProjectFiles, memento: vscode.Memento): vscode.Disposable[] {
  async function flag(uri: string, code: FindingCode, start: number, end: number): Promise<{ document: vscode.TextDocument; finding: Finding } | undefined> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const analysis = await cache.settled(document).then((s) => (s?.status === 'analysed' ? s.analysis : undefined));
    const finding = analysis?.findings.find((f) => f.code === code && f.start === start && f.end === end);
    if (!finding) void vscode.window.showWarningMessage('Sourcing Lens: that finding is no longer there (the text changed); try again on the new one.');
    return finding && { document, finding };
  }

  async function signOff(action: ReviewAction, uri: string, code: FindingCode, start: number, end: number): Promise<boolean> {
    const found = await flag(uri, code, start, end);
    if (!found) return false;
    const analysis = cache.analysis(found.document)!;
    const anchor = found.finding.review ?? anchorOf(analysis, found.document.getText(), found.finding);
    if (!anchor) return false;
    const q = QUESTIONS[action];
    const by = await vscode.window.showInputBox({
      title: `Sourcing Lens: ${action === 'approve' ? 'approve' : action === 'verify' ? 'verify' : 'ignore'} “${anchor.phrase}”`,
      prompt: q.who,
      value: memento.get<string>(LAST_NAME, ''),
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? null : 'A name is needed: the record says who signed it off.'),
    });
    if (by === undefined) return false; // cancelled: nothing written
    const note = await vscode.window.showInputBox({ title: `Sourcing Lens: “${anchor.phrase}”`, prompt: q.why, placeHolder: q.placeholder, ignoreFocusOut: true });
    if (note === undefined) return false;
    await memento.update(LAST_NAME, by.trim());
    const record = newRecord({ action, ...(action === 'ignore' ? { code } : {}), phrase: anchor.phrase, sentence: anchor.sentence, by, note }, new Date());
    try {
      await files.updateReview(found.document.uri, (review, story) => addRecord(review, story, record));
    } catch (error) {
      void vscode.window.showErrorMessage(`Sourcing Lens: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    return true;
  }

  async function revoke(uri: string, code: FindingCode, start: number, end: number): Promise<boolean> {
    const found = await flag(uri, code, start, end);
    const review = found?.finding.review;
    if (!found || !review) return false;
    // A stale record has another sentence: revoke it by its phrase alone.
    const anchor = review.state === 'stale' ? { phrase: review.phrase } : { phrase: review.phrase, sentence: review.sentence };
    let removed = 0;
    try {
      await files.updateReview(found.document.uri, (file, story) => {
        const r = revokeRecords(file, story, anchor, ['approve', 'verify']);
        removed = r.removed;
        return r.review;
      });
    } catch (error) {
      void vscode.window.showErrorMessage(`Sourcing Lens: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    void vscode.window.setStatusBarMessage(`Sourcing Lens: sign-off of “${review.phrase}” revoked (${removed} record${removed === 1 ? '' : 's'})`, 4000);
    return removed > 0;
  }

  return [
    vscode.commands.registerCommand(SIGN_OFF, signOff),
    vscode.commands.registerCommand(REVOKE, revoke),
  ];
}
