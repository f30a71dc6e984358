// What reaches Problems: the cap (VS Code drops problems past 1,000 per file without
// a word, so we cap, most severe first, and say how many are held back) and the
// fallback of a silenced specific code to its general one, in step with the lenses.
import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { SourcingLensApi } from '../../../src/editor/extension';
import { analysedSeed, at, codeOf, ourDiagnostics, setSetting, waitFor } from './helpers';

const RANK = { [vscode.DiagnosticSeverity.Error]: 0, [vscode.DiagnosticSeverity.Warning]: 1, [vscode.DiagnosticSeverity.Information]: 2, [vscode.DiagnosticSeverity.Hint]: 3 };

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return all.filter((l) => l.command?.command === 'sourcingLens.showAttributions');
}

suite('Problems: cap and fallback', () => {
  let lens: SourcingLensApi;
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;

  suiteSetup(async () => ({ lens, editor, uri } = await analysedSeed()));

  teardown(async () => {
    for (const key of ['maxProblems', 'severity.vague-anonymous-source', 'severity.anonymous-source']) await setSetting(key, undefined);
    const analysis = (await lens.settled(uri))!;
    await waitFor('the seed’s problems to come back', () => ourDiagnostics(uri).length === analysis.findings.length);
  });

  test('sourcingLens.maxProblems: warnings first, then by position; status bar and summary lens say how many are not shown', async () => {
    const analysis = (await lens.settled(uri))!;
    const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
    assert.ok(warnings > 0 && analysis.findings.length > warnings + 2, 'the seed has warnings and more information');
    const max = warnings + 2;
    await setSetting('maxProblems', max);
    const shown = await waitFor('the cap', () => {
      const d = ourDiagnostics(uri);
      return d.length === max ? d : undefined;
    });
    for (let i = 1; i < shown.length; i++) {
      const [x, y] = [shown[i - 1], shown[i]];
      assert.ok(RANK[x.severity] < RANK[y.severity] || RANK[x.severity] === RANK[y.severity] && !y.range.start.isBefore(x.range.start), `ordered at ${i}`);
    }
    assert.strictEqual(shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length, warnings, 'every warning is shown');
    const hidden = analysis.findings.length - max;
    assert.match(lens.statusBarText(), new RegExp(`${hidden} problems not shown`));
    const summary = (await lenses(uri)).find((l) => l.command?.command === 'sourcingLens.showAttributions' && l.command.arguments?.length === 1)!;
    assert.match(summary.command!.title, new RegExp(`${hidden} problems not shown$`));
  });

  test('a story with more findings than VS Code keeps: capped at 1,000, every warning in, the rest counted', async () => {
    const story = editor.document.getText();
    const content = Array.from({ length: 100 }, () => story).join('\n\n');
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(document);
    try {
      await vscode.commands.executeCommand('sourcingLens.analyzeFile');
      const analysis = await waitFor('the long story’s analysis', () => lens.settled(document.uri), 30_000);
      assert.ok(analysis.findings.length > 1000, `${analysis.findings.length} findings`);
      const shown = await waitFor('its problems', () => {
        const d = ourDiagnostics(document.uri);
        return d.length > 0 ? d : undefined;
      });
      assert.strictEqual(shown.length, 1000);
      const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
      assert.strictEqual(shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length, warnings);
      assert.match(lens.statusBarText(), new RegExp(`${(analysis.findings.length - 1000).toLocaleString('en-US')} problems not shown`));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('vague-anonymous-source off: the source stays in Problems as anonymous-source, and the lens agrees', async () => {
    const document = editor.document;
    const officials = at(document, 'border, officials said, after', 'border, '.length + 2);
    const isVague = (d: vscode.Diagnostic) => codeOf(d) === 'vague-anonymous-source';
    await waitFor('the vague source', () => ourDiagnostics(uri).some((d) => isVague(d) && d.range.contains(officials)));
    await setSetting('severity.vague-anonymous-source', 'off');
    const fallback = await waitFor('the fallback', () =>
      ourDiagnostics(uri).find((d) => codeOf(d) === 'anonymous-source' && d.range.contains(officials)));
    assert.strictEqual(fallback.severity, vscode.DiagnosticSeverity.Information);
    assert.match(fallback.message, /^Anonymous source “officials”/);
    assert.ok(!ourDiagnostics(uri).some(isVague));

    // Each paragraph lens counts as many anonymous sources as Problems shows there.
    const analysis = (await lens.settled(uri))!;
    const check = async () => {
      const anonymous = ourDiagnostics(uri).filter((d) => codeOf(d) === 'anonymous-source' || isVague(d));
      for (const [index, paragraph] of analysis.paragraphs.entries()) {
        const range = new vscode.Range(document.positionAt(paragraph.start), document.positionAt(paragraph.end));
        const inProblems = anonymous.filter((d) => range.contains(d.range)).length;
        const note = (await lenses(uri)).find((l) => l.command?.arguments?.[1] === index);
        const counted = Number(/(\d+) anonymous sources?/.exec(note?.command?.title ?? '')?.[1] ?? 0);
        assert.strictEqual(counted, inProblems, `paragraph ${index + 1}: lens “${note?.command?.title}”, ${inProblems} in Problems`);
      }
    };
    await check();
    await setSetting('severity.anonymous-source', 'off');
    await waitFor('anonymous sources to leave Problems', () => !ourDiagnostics(uri).some((d) => codeOf(d) === 'anonymous-source'));
    await check();
  });
});
