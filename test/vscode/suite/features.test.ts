// Hovers, code lenses, the attributions list and quick fixes on the seed.
import * as assert from 'assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ShownList } from '../../../src/editor/attributionList';
import type { SourcingLensApi } from '../../../src/editor/extension';
import { analysedSeed, at, codeOf, hoverText, ourDiagnostics, waitFor } from './helpers';

/** Hover Markdown without its backslash escapes, to compare with plain text. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

suite('Hovers, lenses, list, quick fixes', () => {
  let lens: SourcingLensApi;
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;

  suiteSetup(async () => ({ lens, editor, uri } = await analysedSeed()));

  test('hover on an anonymous source gives its facets, anonymity and the standard', async () => {
    const text = await hoverText(uri, at(editor.document, 'three officials involved in or briefed', 6));
    assert.match(text, /Anonymous source/);
    assert.match(text, /How many/);
    assert.match(text, /How they know/);
    assert.match(text, /involved in or briefed on the talks/);
    const { anonymity } = (await lens.settled(uri))!;
    assert.ok(plain(text).includes(anonymity.message), `the core’s verdict, word for word: ${anonymity.message}`);
    assert.match(text, /AP, The New York Times and Reuters/);
    assert.match(text, /docs\/rules\/(vague-)?anonymous-source\.md/);
  });

  test('hover on the cue also describes the source', async () => {
    const text = await hoverText(uri, at(editor.document, 'according to three officials', 3));
    assert.match(text, /Anonymous source/);
  });

  test('hover on a pronoun source says whom it refers to', async () => {
    const text = await hoverText(uri, at(editor.document, 'five meters,” he said', 'five meters,” '.length));
    assert.match(text, /Named source/);
    assert.match(text, /Refers to “Kamel Abu Jamea”/);
    assert.match(text, /Same source also cited/);
  });

  test('hover on an unattributed figure says that nothing covers it', async () => {
    const text = await hoverText(uri, at(editor.document, 'hundreds of Palestinians', 3));
    assert.match(text, /Unattributed figure/);
    assert.match(text, /no attribution in its sentence/);
    assert.match(text, /docs\/rules\/unattributed-figure\.md/);
  });

  test('hover on an attributed figure names its source', async () => {
    const text = await hoverText(uri, at(editor.document, 'About 182,000 people', 8));
    assert.match(text, /182,000/);
    assert.match(text, /attributed to .*United Nations/);
  });

  test('hover on the sentence that explains anonymity gives the reason and the same verdict', async () => {
    const text = await hoverText(uri, at(editor.document, 'spoke on condition of anonymity', 4));
    const { anonymity } = (await lens.settled(uri))!;
    assert.match(text, /Anonymity note/);
    assert.match(plain(text), /Reason:\*\* “in order to speak more freely about sensitive matters”/);
    assert.ok(plain(text).includes(anonymity.message), 'the story’s verdict, as in Problems');
    const problem = ourDiagnostics(uri).find((d) => codeOf(d) === 'anonymous-source')!;
    assert.ok(problem.message.endsWith(anonymity.message), 'the problem ends with the same verdict');
  });

  test('a stock formula: the problem and the hover give the same verdict and quote the same reason', async () => {
    const content = 'The plan is dead, officials said.\n\nThe officials spoke on condition of anonymity because they were not authorized to speak publicly.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(document);
    try {
      await vscode.commands.executeCommand('sourcingLens.analyzeFile');
      const { anonymity } = await waitFor('the analysis', () => lens.settled(document.uri));
      assert.strictEqual(anonymity.status, 'stock-formula');
      const problem = await waitFor('the source’s problem', () => ourDiagnostics(document.uri).find((d) => /anonymous-source/.test(codeOf(d))));
      assert.ok(problem.message.endsWith(anonymity.message), problem.message);
      const hover = plain(await hoverText(document.uri, document.positionAt(content.indexOf('officials said') + 2)));
      assert.ok(hover.includes(anonymity.message), hover);
      assert.match(anonymity.quote ?? '', /not authorized to speak publicly/, 'the quote is the reason found, not the grant');
      assert.ok(hover.includes(`“${anonymity.quote}”`), 'the hover quotes that reason');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('no hover on plain narrative', async () => {
    const text = await hoverText(uri, at(editor.document, 'Advertisement', 3));
    assert.strictEqual(text, '');
  });

  test('code lenses: a summary on line 1, and one per paragraph with anonymous sources or unattributed figures', async () => {
    const analysis = (await lens.settled(uri))!;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const ours = lenses.filter((l) => l.command?.command === 'sourcingLens.showAttributions');
    const summary = ours.find((l) => l.command?.arguments?.length === 1);
    assert.ok(summary, 'summary lens');
    assert.strictEqual(summary.range.start.line, 0);
    assert.match(summary.command!.title, /^\d+ attributions? · \d+ anonymous · \d+ figures? · \d+ unattributed/);
    assert.ok(summary.command!.title.includes(`${analysis.summary.attributions} attribution`));

    const paragraphs = new Set([
      ...analysis.attributions.filter((a) => a.kind === 'anonymous').map((a) => a.paragraph),
      ...analysis.figures.filter((f) => f.status === 'unattributed').map((f) => f.paragraph),
    ]);
    const perParagraph = ours.filter((l) => l.command?.arguments?.length === 2);
    assert.deepStrictEqual(new Set(perParagraph.map((l) => l.command!.arguments![1])), paragraphs);
    const first = at(editor.document, 'Senior officials from Israel');
    const lensHere = perParagraph.find((l) => l.range.start.line === first.line);
    assert.ok(lensHere, 'a lens above the paragraph with “three officials”');
    assert.match(lensHere.command!.title, /anonymous source/);
  });

  test('Show All Attributions: anonymous, then named, then documents; choosing selects the source', async () => {
    const shown = await vscode.commands.executeCommand<ShownList>('sourcingLens.showAttributions', uri);
    assert.ok(shown, 'the list opened');
    const separators = shown.items.filter((i) => i.separator).map((i) => i.label.replace(/ \(\d+\)$/, ''));
    const order = ['Anonymous sources', 'Named sources', 'Documents', 'Unattributed figures'];
    assert.deepStrictEqual(separators, order.filter((s) => separators.includes(s)), 'groups in order');
    assert.strictEqual(separators[0], 'Anonymous sources');
    const first = shown.items.find((i) => !i.separator)!;
    assert.match(first.description ?? '', /line \d+ · unnamed (group|person)/);
    assert.ok(first.detail && first.detail.length > 10, 'shows the start of the sentence');

    // Accept the highlighted (first) entry as a user pressing Enter would.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const span = await shown.closed;
    assert.ok(span, 'an entry was chosen');
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), uri.toString());
    assert.strictEqual(active.document.offsetAt(active.selection.start), span.start);
    assert.strictEqual(active.document.offsetAt(active.selection.end), span.end);
  });

  test('a paragraph lens opens the list filtered to its paragraph', async () => {
    const analysis = (await lens.settled(uri))!;
    const paragraph = analysis.attributions.find((a) => a.kind === 'anonymous')!.paragraph;
    const shown = await vscode.commands.executeCommand<ShownList>('sourcingLens.showAttributions', uri, paragraph);
    assert.match(shown.title, new RegExp(`paragraph ${paragraph + 1}`));
    const entries = shown.items.filter((i) => !i.separator).length;
    const expected = analysis.attributions.filter((a) => a.paragraph === paragraph).length
      + analysis.figures.filter((f) => f.paragraph === paragraph && f.status === 'unattributed').length;
    assert.strictEqual(entries, expected);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await shown.closed, undefined);
  });

  test('quick fixes: turn the code off, copy the source’s description', async () => {
    const diagnostic = await waitFor('an anonymous-source diagnostic', () =>
      ourDiagnostics(uri).find((d) => codeOf(d) === 'anonymous-source' || codeOf(d) === 'vague-anonymous-source'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const off = actions.find((a) => a.title.startsWith('Turn off'));
    const copy = actions.find((a) => a.title.startsWith('Copy the source'));
    assert.ok(off && copy, `quick fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepStrictEqual(off.command?.arguments, [codeOf(diagnostic), 'off']);

    await vscode.commands.executeCommand(copy.command!.command, ...(copy.command!.arguments ?? []));
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /anonymous source/);

    const code = codeOf(diagnostic);
    try {
      await vscode.commands.executeCommand(off.command!.command, ...(off.command!.arguments ?? []));
      await waitFor(`${code} to disappear`, () => !ourDiagnostics(uri).some((d) => codeOf(d) === code));
      assert.strictEqual(vscode.workspace.getConfiguration('sourcingLens').get(`severity.${code}`), 'off');
    } finally {
      await vscode.workspace.getConfiguration('sourcingLens').update(`severity.${code}`, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(`${code} to come back`, () => ourDiagnostics(uri).some((d) => codeOf(d) === code));
  });
});
