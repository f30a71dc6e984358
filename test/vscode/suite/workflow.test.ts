// The newsroom workflow in a real extension host: a project config changes severity
// at once, a bad one is shown on the file itself, the ignore quick fix inserts its
// comment and the flag goes, sign-off records in the review file show in the hover
// and the lens, and a cancelled approval writes nothing.
import * as assert from 'assert';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { SourcingLensApi } from '../../../src/editor/extension';
import { analysedSeed, at, codeOf, hoverText, ourDiagnostics, sleep, waitFor } from './helpers';

const encode = (s: string) => new TextEncoder().encode(s);
const STORY = '# Bridge\n\nThree officials close to the talks said the deal was near.\n\nThe fire destroyed 300 homes in the valley.\n';
const LONG = 20_000; // file watchers are slow on a loaded machine

suite('Newsroom workflow', () => {
  let lens: SourcingLensApi;
  let seed: vscode.Uri;
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const desk = () => vscode.Uri.joinPath(folder(), 'desk');
  const rootConfig = () => vscode.Uri.joinPath(folder(), '.sourcinglens.json');

  suiteSetup(async () => {
    ({ lens, uri: seed } = await analysedSeed());
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(desk(), '.sourcinglens.json'), encode('{ "include": ["*.md"] }\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(desk(), 'story.md'), encode(STORY));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [desk(), rootConfig()]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  async function openStory(): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(desk(), 'story.md'));
    await vscode.window.showTextDocument(document, { preview: false });
    await waitFor('the desk config to include the story', () => lens.analysis(document.uri), LONG);
    return document;
  }

  test('a .sourcinglens.json in the workspace changes severity live, and its removal undoes it', async () => {
    const isFigure = (d: vscode.Diagnostic) => codeOf(d) === 'unattributed-figure';
    await waitFor('figures as warnings', () => ourDiagnostics(seed).filter(isFigure).some((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await vscode.workspace.fs.writeFile(rootConfig(), encode('{\n  // the desk wants figures fixed\n  "severity": { "unattributed-figure": "error" },\n}\n'));
    await waitFor('figures as errors', () => {
      const figures = ourDiagnostics(seed).filter(isFigure);
      return figures.length > 0 && figures.every((d) => d.severity === vscode.DiagnosticSeverity.Error);
    }, LONG);
    await vscode.workspace.fs.delete(rootConfig());
    await waitFor('figures as warnings again', () => ourDiagnostics(seed).filter(isFigure).every((d) => d.severity === vscode.DiagnosticSeverity.Warning), LONG);
  });

  test('a bad config is shown on the file itself, with its key, and the defaults keep working', async () => {
    await vscode.workspace.fs.writeFile(rootConfig(), encode('{\n  "severity": { "unattributed-figure": "loud" }\n}\n'));
    const problems = await waitFor('the config problem', () => {
      const found = vscode.languages.getDiagnostics(rootConfig()).filter((d) => d.source === 'Sourcing Lens');
      return found.length ? found : null;
    }, LONG);
    assert.match(problems[0].message, /^severity\.unattributed-figure: must be one of error, warning, information, hint, off/);
    assert.strictEqual(problems[0].range.start.line, 1);
    assert.ok(ourDiagnostics(seed).some((d) => codeOf(d) === 'unattributed-figure' && d.severity === vscode.DiagnosticSeverity.Warning), 'the default applies');
    await vscode.workspace.fs.delete(rootConfig());
    await waitFor('the config problem to go', () => vscode.languages.getDiagnostics(rootConfig()).length === 0, LONG);
  });

  test('"Ignore this finding here" inserts the comment and the flag disappears', async () => {
    const document = await openStory();
    const figure = await waitFor('the figure flag', () => ourDiagnostics(document.uri).find((d) => codeOf(d) === 'unattributed-figure'), LONG);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, figure.range);
    const ignore = actions.find((a) => a.title === 'Ignore this finding here (Unattributed figure)');
    assert.ok(ignore?.edit, `offered: ${actions.map((a) => a.title).join(' / ')}`);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.ok(document.getText().includes('<!-- sourcing-lens-disable-next-line unattributed-figure -->\nThe fire destroyed'));
    await waitFor('the figure flag to go', () => !ourDiagnostics(document.uri).some((d) => codeOf(d) === 'unattributed-figure'), LONG);
    assert.ok(ourDiagnostics(document.uri).some((d) => codeOf(d) === 'anonymous-source'), 'the other flags stay');
    await document.save();
  });

  test('a sign-off in the review file shows in the hover and the lens as resolved; a cancelled approval writes nothing', async () => {
    const document = await openStory();
    const source = await waitFor('the anonymous source flag', () => ourDiagnostics(document.uri).find((d) => codeOf(d) === 'anonymous-source'), LONG);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, source.range);
    const approve = actions.find((a) => a.title === 'Approve this anonymous source…');
    assert.ok(approve?.command, `offered: ${actions.map((a) => a.title).join(' / ')}`);
    // Cancel the first input box: nothing may be written.
    const running = vscode.commands.executeCommand(approve.command.command, ...(approve.command.arguments ?? []));
    await sleep(1000);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await running, false);
    const reviewFile = vscode.Uri.joinPath(desk(), '.sourcing-review.json');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(reviewFile)), 'no review file after a cancel');

    const analysis = lens.analysis(document.uri)!;
    const flag = analysis.findings.find((f) => f.code === 'anonymous-source')!;
    assert.strictEqual(flag.review?.state, 'pending');
    const record = { action: 'approve', phrase: flag.review.phrase, sentence: flag.review.sentence, by: 'A. Editor', note: 'They fear reprisals.', date: '2026-12-01' };
    await vscode.workspace.fs.writeFile(reviewFile, encode(JSON.stringify({ version: 1, stories: { 'story.md': [record] } }, null, 2)));
    await waitFor('the approval to apply', () => lens.analysis(document.uri)?.findings.find((f) => f.code === 'anonymous-source')?.review?.state === 'approved', LONG);
    await waitFor('a hint instead of a warning', () => ourDiagnostics(document.uri).find((d) => codeOf(d) === 'anonymous-source')?.severity === vscode.DiagnosticSeverity.Hint, LONG);
    const hover = await hoverText(document.uri, at(document, 'officials close', 3));
    assert.match(hover, /Approved by A\. Editor on 2026-12-01: They fear reprisals\./);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    assert.ok(lenses.some((l) => /^Sign-off: .*1 approved/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(' / '));

    // Revoke sign-off takes the record out of the file.
    const hint = ourDiagnostics(document.uri).find((d) => codeOf(d) === 'anonymous-source')!;
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, hint.range);
    const revoke = again.find((a) => a.title === 'Revoke sign-off');
    assert.ok(revoke?.command);
    assert.strictEqual(await vscode.commands.executeCommand(revoke.command.command, ...(revoke.command.arguments ?? [])), true);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewFile));
    assert.deepStrictEqual(JSON.parse(text).stories, {});
    await waitFor('pending again', () => lens.analysis(document.uri)?.findings.find((f) => f.code === 'anonymous-source')?.review?.state === 'pending', LONG);
  });
});
