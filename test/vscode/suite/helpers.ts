// Shared by the in-host tests: find the seed, open it, wait for the extension.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcingLensApi } from '../../../src/editor/extension';

export const SEED = '000_12528e0f19a89f36.txt';
export const EXTENSION_ID = 'sourcing-lens.sourcing-lens';

export async function api(): Promise<SourcingLensApi> {
  const extension = vscode.extensions.getExtension<SourcingLensApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function seedUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder holding seeds/');
  return vscode.Uri.joinPath(folder.uri, 'seeds', SEED);
}

export async function openSeed(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seedUri());
  return vscode.window.showTextDocument(document, { preview: false });
}

export interface Seed {
  lens: SourcingLensApi;
  editor: vscode.TextEditor;
  uri: vscode.Uri;
}

/** Opens the seed and waits for its first analysis: every suite starts here. */
export async function analysedSeed(): Promise<Seed> {
  const editor = await openSeed();
  const lens = await api();
  await waitFor('the analysis of the seed', () => lens.settled(editor.document.uri));
  return { lens, editor, uri: editor.document.uri };
}

/** Polls until `check` returns a truthy value (diagnostics and lenses arrive async). */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The position of the first occurrence of `snippet` (plus `delta` characters). */
export function at(document: vscode.TextDocument, snippet: string, delta = 0): vscode.Position {
  const index = document.getText().indexOf(snippet);
  assert.ok(index >= 0, `"${snippet}" not in ${document.uri.path}`);
  return document.positionAt(index + delta);
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Sourcing Lens');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Hover text at a position, all parts joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Sets a sourcingLens setting in the workspace and waits for the change to apply. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('sourcingLens').update(key, value, vscode.ConfigurationTarget.Workspace);
}
