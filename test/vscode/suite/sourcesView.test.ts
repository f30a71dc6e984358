// The Sources view: one entry per source as a reader counts them (case, short forms,
// resolved pronouns merged), unresolved pronouns in their own group.
import * as assert from 'assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { SourcingLensApi } from '../../../src/editor/extension';
import type { ShownNode } from '../../../src/editor/sourcesView';
import { api, waitFor } from './helpers';

const STORY = [
  'Officials said the road was shut. The New York Times reported the toll.',
  'Later, officials said 40 people died, The Times said.',
  'John Smith waited at the crossing. He said it was calm.',
  '“We will rebuild,” she said.',
].join('\n\n');

/** group heading → source label → mention count */
function table(nodes: ShownNode[]): Record<string, Record<string, number>> {
  return Object.fromEntries(nodes.map((g) => [g.label, Object.fromEntries(g.children.map((s) => [s.label, s.children.length]))]));
}

suite('Sources view', () => {
  let lens: SourcingLensApi;

  suiteSetup(async () => {
    lens = await api();
  });

  test('merges case and short forms, lists a pronoun under its referent, and unresolved pronouns apart', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: STORY });
    await vscode.window.showTextDocument(document);
    try {
      await vscode.commands.executeCommand('sourcingLens.analyzeFile');
      await waitFor('the analysis', () => lens.settled(document.uri));
      const shown = await waitFor('the view', () => {
        const t = table(lens.sourcesView());
        return Object.keys(t).length ? t : undefined;
      });
      assert.deepStrictEqual(shown, {
        'Unnamed groups': { Officials: 2 },
        'Named people': { 'John Smith': 1 },
        'Named organizations': { 'The New York Times': 2 },
        'Unresolved pronouns': { she: 1 },
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
