// The seed is analysed on open and its findings reach Problems as they should.
import * as assert from 'assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { CODES } from '../../../src/core/codes';
import type { FindingCode } from '../../../src/core/types';
import type { SourcingLensApi } from '../../../src/editor/extension';
import { api, codeOf, openSeed, ourDiagnostics, waitFor } from './helpers';

suite('Analysis on open', () => {
  let lens: SourcingLensApi;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await openSeed();
    lens = await api();
  });

  test('a file under seeds/ is analysed without being asked', async () => {
    const analysis = await waitFor('the analysis', () => lens.settled(editor.document.uri));
    assert.ok(lens.isAnalysed(editor.document.uri));
    assert.strictEqual(analysis.length, editor.document.getText().length, 'analysis is of the current text');
    assert.ok(analysis.attributions.length > 0, 'the seed has attributions');
    assert.ok(analysis.attributions.some((a) => a.kind === 'anonymous'), 'the seed has anonymous sources');
  });

  test('each finding becomes one diagnostic with source, code, docs link and default severity', async () => {
    const uri = editor.document.uri;
    const analysis = (await lens.settled(uri))!;
    const diagnostics = await waitFor('diagnostics', () => {
      const d = ourDiagnostics(uri);
      return d.length === analysis.findings.length && d.length > 0 ? d : undefined;
    });
    const severity = { error: 0, warning: 1, information: 2, hint: 3 } as const;
    for (const finding of analysis.findings) {
      const range = new vscode.Range(editor.document.positionAt(finding.start), editor.document.positionAt(finding.end));
      const match = diagnostics.find((d) => codeOf(d) === finding.code && d.range.isEqual(range));
      assert.ok(match, `no diagnostic for ${finding.code} at ${finding.start}`);
      assert.strictEqual(match.message, finding.message);
      assert.strictEqual(match.severity, severity[CODES[finding.code as FindingCode].defaultSeverity]);
      assert.ok(typeof match.code === 'object' && match.code.target.toString().endsWith(`/docs/rules/${finding.code}.md`), 'code links to the rule page');
    }
  });

  test('the seed’s unattributed figure “hundreds of Palestinians” is in Problems', async () => {
    const uri = editor.document.uri;
    const text = editor.document.getText();
    const offset = text.indexOf('hundreds of Palestinians');
    const diagnostic = await waitFor('the unattributed-figure diagnostic', () =>
      ourDiagnostics(uri).find((d) => codeOf(d) === 'unattributed-figure' && d.range.contains(editor.document.positionAt(offset + 2))));
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('the status bar counts what the analysis found', async () => {
    const analysis = (await lens.settled(editor.document.uri))!;
    const s = analysis.summary;
    assert.strictEqual(lens.statusBarText(), `$(quote) ${s.attributions} · $(eye-closed) ${s.anonymous} anonymous · ${s.unattributedFigures} unattributed`);
  });
});
