// Re-analysis while typing, the toggle commands, and files outside seeds/.
import * as assert from 'assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { SourcingLensApi } from '../../../src/editor/extension';
import { api, openSeed, ourDiagnostics, sleep, waitFor } from './helpers';

const NEW_PARAGRAPH = '\n\nThree senior officials said at least 40 people were hurt.\n';

suite('Editing and toggling', () => {
  let lens: SourcingLensApi;

  suiteSetup(async () => {
    await openSeed();
    lens = await api();
  });

  test('edits are re-analysed after a pause, not on every keystroke', async () => {
    const editor = await openSeed();
    const { document } = editor;
    const before = (await lens.settled(document.uri))!;
    const end = document.positionAt(document.getText().length);
    try {
      await editor.edit((b) => b.insert(end, NEW_PARAGRAPH));
      // Just after the edit the debounce (300 ms) has not fired: diagnostics are those of the old text.
      assert.strictEqual(ourDiagnostics(document.uri).length, before.findings.length);
      const after = (await lens.settled(document.uri))!;
      assert.strictEqual(after.length, document.getText().length, 'the new text was analysed');
      const added = after.attributions.find((a) => a.start >= before.length);
      assert.ok(added, 'the new attribution was found');
      assert.strictEqual(added.kind, 'anonymous');
      assert.ok(after.figures.some((f) => f.start >= before.length && /40/.test(f.text)), 'the new figure was found');
    } finally {
      // Leave the seed as it was for the other suites.
      await vscode.commands.executeCommand('undo');
      await waitFor('the undo to be analysed', async () => (await lens.settled(document.uri))?.length === before.length);
    }
  });

  test('Stop Analyzing This File clears everything; Analyze This File brings it back', async () => {
    const { document } = await openSeed();
    await vscode.commands.executeCommand('sourcingLens.stopAnalyzingFile');
    assert.strictEqual(lens.isAnalysed(document.uri), false);
    await waitFor('diagnostics to clear', () => ourDiagnostics(document.uri).length === 0);
    await vscode.commands.executeCommand('sourcingLens.analyzeFile');
    assert.strictEqual(lens.isAnalysed(document.uri), true);
    await waitFor('diagnostics to return', () => ourDiagnostics(document.uri).length > 0);
  });

  test('Analyze This File is remembered when the file is closed and reopened; Stop forgets it', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const note = vscode.Uri.joinPath(folder, 'drafts', 'remembered.txt');
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode('Officials said at least 40 people were hurt.\n'));
    const reopen = async () => {
      // Close the tab and wait until VS Code has really closed the document, then open it again.
      const closed = new Promise<void>((resolve) => {
        const sub = vscode.workspace.onDidCloseTextDocument((d) => {
          if (d.uri.toString() === note.toString()) { sub.dispose(); resolve(); }
        });
      });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await Promise.race([closed, sleep(5000)]);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === note.toString()), 'the document was really closed');
      await vscode.commands.executeCommand('vscode.open', note);
      await sleep(400);
    };
    try {
      // Opened as a user would (not with openTextDocument, whose reference would keep
      // the document open in the extension host for minutes after its tab is closed).
      await vscode.commands.executeCommand('vscode.open', note);
      await sleep(400);
      assert.strictEqual(lens.isAnalysed(note), false, 'not analysed before being asked');
      await vscode.commands.executeCommand('sourcingLens.analyzeFile');
      assert.strictEqual(lens.isAnalysed(note), true);
      await reopen();
      assert.strictEqual(lens.isAnalysed(note), true, 'still analysed after closing and reopening');
      await vscode.commands.executeCommand('sourcingLens.stopAnalyzingFile');
      await reopen();
      assert.strictEqual(lens.isAnalysed(note), false, 'Stop Analyzing is remembered too');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(note);
    }
  });

  test('Analyze This File on an untitled buffer ends with it: the next new buffer, of the same name, is not analysed', async () => {
    const first = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Officials said at least 40 people were hurt.\n' });
    await vscode.window.showTextDocument(first);
    await vscode.commands.executeCommand('sourcingLens.analyzeFile');
    assert.strictEqual(lens.isAnalysed(first.uri), true);
    const name = first.uri.toString();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the buffer to close', () => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === name));
    const second = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'A different story, officials said.\n' });
    await vscode.window.showTextDocument(second);
    try {
      assert.strictEqual(second.uri.toString(), name, 'VS Code reuses the name of a closed untitled buffer (the case this test is about)');
      await sleep(400);
      assert.strictEqual(lens.isAnalysed(second.uri), false);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a text file outside seeds/ is left alone until asked', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Officials said at least 40 people were hurt.\n' });
    await vscode.window.showTextDocument(document);
    await sleep(400);
    assert.strictEqual(lens.isAnalysed(document.uri), false);
    await vscode.commands.executeCommand('sourcingLens.analyzeFile');
    const analysis = await waitFor('the analysis', () => lens.settled(document.uri));
    assert.ok(analysis.attributions.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Markdown is analysed as Markdown: code is not prose', async () => {
    const content = '# Report\n\n```\nofficials said 99 people left\n```\n\nOfficials said at least 40 people were hurt.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('sourcingLens.analyzeFile');
    const analysis = await waitFor('the analysis', () => lens.settled(document.uri));
    const fence = content.indexOf('```');
    const fenceEnd = content.lastIndexOf('```');
    assert.ok(!analysis.attributions.some((a) => a.start > fence && a.start < fenceEnd), 'nothing found inside the code block');
    assert.ok(analysis.attributions.some((a) => a.start > fenceEnd), 'the prose is analysed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
