// Settings take effect at once, without reopening the file.
import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { SourcingLensApi } from '../../../src/editor/extension';
import { analysedSeed, codeOf, ourDiagnostics, setSetting, waitFor } from './helpers';

suite('Settings', () => {
  let lens: SourcingLensApi;
  let uri: vscode.Uri;

  suiteSetup(async () => ({ lens, uri } = await analysedSeed()));

  teardown(async () => {
    for (const key of ['severity.unattributed-figure', 'maxFileSizeKB', 'codeLens.enabled', 'include']) await setSetting(key, undefined);
    await waitFor('the seed to be analysed again', () => lens.analysis(uri));
  });

  test('sourcingLens.severity.<code> changes the severity, and "off" hides the code', async () => {
    const isFigure = (d: vscode.Diagnostic) => codeOf(d) === 'unattributed-figure';
    await waitFor('unattributed figures as warnings', () => ourDiagnostics(uri).filter(isFigure).some((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('severity.unattributed-figure', 'error');
    await waitFor('unattributed figures as errors', () => {
      const figures = ourDiagnostics(uri).filter(isFigure);
      return figures.length > 0 && figures.every((d) => d.severity === vscode.DiagnosticSeverity.Error);
    });
    await setSetting('severity.unattributed-figure', 'off');
    await waitFor('unattributed figures gone', () => !ourDiagnostics(uri).some(isFigure));
    assert.ok(ourDiagnostics(uri).length > 0, 'other codes stay');
  });

  test('a document over sourcingLens.maxFileSizeKB is not analysed, and the status bar says why', async () => {
    await setSetting('maxFileSizeKB', 1);
    await waitFor('the analysis to be dropped', () => lens.analysis(uri) === undefined);
    assert.strictEqual(ourDiagnostics(uri).length, 0, 'no diagnostics for a file not analysed');
    assert.match(lens.statusBarText(), /not analysed, file too large/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(lenses.some((l) => /over the 1 KB limit/.test(l.command?.title ?? '')), 'a lens says why');
  });

  test('sourcingLens.include adds files outside seeds/, relative to the workspace folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const note = vscode.Uri.joinPath(folder, 'drafts', 'story.txt');
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode('Officials said at least 40 people were hurt.\n'));
    try {
      const document = await vscode.workspace.openTextDocument(note);
      await vscode.window.showTextDocument(document);
      assert.strictEqual(lens.isAnalysed(note), false, 'not analysed before the setting');
      await setSetting('include', ['drafts/*.txt']);
      const analysis = await waitFor('the draft to be analysed', () => lens.analysis(note));
      assert.ok(analysis.attributions.length > 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(note);
    }
  });

  test('sourcingLens.codeLens.enabled = false removes the lenses', async () => {
    await setSetting('codeLens.enabled', false);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(!lenses.some((l) => l.command?.command === 'sourcingLens.showAttributions'));
  });
});
