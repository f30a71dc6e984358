// The language server over stdio, driven by a real JSON-RPC client: initialize,
// open, diagnostics, incremental edits, hover, lenses, actions, symbols, settings,
// the custom requests, shutdown and exit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { analyze, docsUrl, groupSources } from '../../src/core';
import { hoverAt } from '../../src/common/hoverText';
import { paragraphNotes, summaryLens } from '../../src/common/lensText';
import { publishedFindings } from '../../src/common/published';
import { GROUP_WORDS } from '../../src/common/describe';
import { parseSettings } from '../../src/server/settings';
import { Session } from './session';
import { positionAt, rangeAt, SEED_TEXT, SEED_URI, SUITE_TIMEOUT, TIMEOUT } from './helpers';

const defaults = parseSettings(undefined);

describe('language server protocol', { timeout: SUITE_TIMEOUT }, () => {
  let s: Session;
  let first: Diagnostic[];
  const analysis = analyze(SEED_TEXT);

  before(async () => {
    s = new Session();
    const init = await s.initialize();
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } }, 'incremental sync, and didSave (for the project files)');
    assert.ok(init.capabilities.hoverProvider && init.capabilities.codeLensProvider && init.capabilities.codeActionProvider && init.capabilities.documentSymbolProvider);
    await s.open(SEED_URI, SEED_TEXT);
    first = (await s.waitForDiagnostics(SEED_URI)).diagnostics;
  });

  after(() => s.kill());

  it('publishes every finding with its code, severity, link, range and related information', () => {
    const expected = publishedFindings(analysis, defaults).shown;
    assert.ok(expected.length > 5, 'the seed story has findings');
    assert.equal(first.length, expected.length);
    const severity = { error: 1, warning: 2, information: 3, hint: 4 };
    expected.forEach((f, i) => {
      const d = first[i];
      assert.equal(d.code, f.code);
      assert.equal(d.severity, severity[f.severity]);
      assert.equal(d.source, 'Sourcing Lens');
      assert.equal(d.message, f.message);
      assert.deepEqual(d.codeDescription, { href: docsUrl(f.code) });
      assert.deepEqual(d.range, rangeAt(SEED_TEXT, f));
    });
    const anonymous = first.find((d) => d.code === 'anonymous-source' && d.relatedInformation?.some((r) => r.message.startsWith('Anonymity note')));
    assert.ok(anonymous, 'an anonymous source points at the anonymity note');
    const note = analysis.anonymityNotes[analysis.anonymity.note!];
    assert.deepEqual(anonymous!.relatedInformation!.find((r) => r.message.startsWith('Anonymity note'))!.location.range, rangeAt(SEED_TEXT, note));
    assert.ok(first.some((d) => d.relatedInformation?.some((r) => r.message.startsWith('Same group'))), 'and at the other mentions of its group');
  });

  it('hovers with the extension’s Markdown', async () => {
    const offset = SEED_TEXT.indexOf('three officials involved in or briefed') + 6;
    const hover = await s.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: positionAt(SEED_TEXT, offset) });
    const expected = hoverAt(analysis, offset, (o) => positionAt(SEED_TEXT, o).line + 1)!;
    assert.deepEqual(hover.contents, { kind: 'markdown', value: expected.parts.join('\n\n---\n\n') });
    assert.match((hover.contents as { value: string }).value, /\*\*Anonymous source\*\*/);
    assert.deepEqual(hover.range, rangeAt(SEED_TEXT, expected.span));
    const none = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: SEED_URI }, position: positionAt(SEED_TEXT, SEED_TEXT.indexOf('Advertisement') + 3) });
    assert.equal(none, null, 'no hover on plain narrative');
  });

  it('gives the summary lens and one per paragraph with anonymous sources or loose figures', async () => {
    const lenses = await s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: SEED_URI } });
    const published = publishedFindings(analysis, defaults);
    assert.equal(lenses[0].command!.title, summaryLens(analysis, published).title);
    assert.deepEqual(lenses[0].range.start, { line: 0, character: 0 });
    const notes = paragraphNotes(analysis, published);
    assert.ok(notes.length > 0);
    assert.deepEqual(lenses.slice(1).map((l) => [l.range.start.line, l.command!.title]),
      notes.map((n) => [positionAt(SEED_TEXT, analysis.paragraphs[n.paragraph].start).line, n.title]));
  });

  it('offers the quick fixes on a diagnostic', async () => {
    const d = first.find((x) => x.code === 'vague-anonymous-source' || x.code === 'anonymous-source')!;
    const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: SEED_URI }, range: d.range, context: { diagnostics: [d] } });
    const title = d.code === 'anonymous-source' ? 'Anonymous source' : 'Vague anonymous source';
    assert.deepEqual(actions.map((a) => a.title), [`Turn off “${title}” in this workspace`, 'Copy the source’s description',
      'Approve this anonymous source…', `Ignore this finding here, in the review file (${title})`], 'the workflow’s fixes after the others, as the extension registers them');
    assert.deepEqual(actions[0].command!.arguments, [d.code, 'off']);
    assert.equal(actions[0].kind, 'quickfix');
    assert.match(String(actions[1].command!.arguments![0]), /anonymous source/);
    const foreign = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: SEED_URI }, range: d.range, context: { diagnostics: [{ ...d, source: 'other' }] } });
    assert.deepEqual(foreign, [], 'nothing for another tool’s diagnostics');
  });

  it('lists every source grouped by type as document symbols', async () => {
    const symbols = await s.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    const groups = groupSources(analysis);
    assert.deepEqual(symbols.map((g) => g.name), groups.map((g) => GROUP_WORDS[g.kind].heading));
    assert.deepEqual(symbols.map((g) => g.children!.map((c) => c.name)), groups.map((g) => g.sources.map((c) => c.name)));
    const mention = symbols[0].children![0].children![0];
    const a = groups[0].sources[0].mentions[0];
    assert.equal(mention.name, `${a.text} ${a.cue.text}`);
    assert.deepEqual(mention.range, rangeAt(SEED_TEXT, a));
  });

  it('answers the custom requests behind the list, the Sources view and the status bar', async () => {
    const status = await s.connection.sendRequest<{ status: string; summary: { attributions: number } }>('sourcingLens/status', { textDocument: { uri: SEED_URI } });
    assert.equal(status.status, 'analysed');
    assert.equal(status.summary.attributions, analysis.summary.attributions);
    const list = await s.connection.sendRequest<{ items: Array<{ separator: boolean; label: string }> }>('sourcingLens/attributions', { textDocument: { uri: SEED_URI } });
    assert.equal(list.items.filter((i) => !i.separator).length, analysis.attributions.length + analysis.figures.filter((f) => f.status === 'unattributed').length);
    assert.match(list.items[0].label, /^Anonymous sources \(\d+\)$/);
    const sources = await s.connection.sendRequest<Array<{ label: string; children: unknown[] }>>('sourcingLens/sources', { textDocument: { uri: SEED_URI } });
    assert.deepEqual(sources.map((g) => g.label), groupSources(analysis).map((g) => GROUP_WORDS[g.kind].heading));
    const closed = await s.connection.sendRequest<{ status: string }>('sourcingLens/status', { textDocument: { uri: 'file:///not/open.txt' } });
    assert.equal(closed.status, 'not-open');
  });

  it('re-analyses after an incremental edit and publishes the new version', async () => {
    const insert = 'Officials said 300 people were hurt.\n\n';
    const at = SEED_TEXT.indexOf('The length of the truce');
    const text = SEED_TEXT.slice(0, at) + insert + SEED_TEXT.slice(at);
    const from = s.diagnostics.length;
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: SEED_URI, version: 2 },
      contentChanges: [{ range: { start: positionAt(SEED_TEXT, at), end: positionAt(SEED_TEXT, at) }, text: insert }],
    });
    const fresh = await s.waitForDiagnostics(SEED_URI, (p) => p.version === 2, TIMEOUT, from);
    const expected = publishedFindings(analyze(text), defaults).shown;
    assert.deepEqual(fresh.diagnostics.map((d) => [d.code, d.range]), expected.map((f) => [f.code, rangeAt(text, f)]));
    const line = positionAt(text, at).line;
    assert.ok(fresh.diagnostics.some((d) => d.code === 'vague-anonymous-source' && d.range.start.line === line), 'the inserted bare “Officials said” is flagged where it was typed');
    // back to the seed text with a full-text change (a client without incremental sync)
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SEED_URI, version: 3 }, contentChanges: [{ text: SEED_TEXT }] });
    const back = await s.waitForDiagnostics(SEED_URI, (p) => p.version === 3, TIMEOUT, from);
    assert.deepEqual(back.diagnostics, first);
  });

  it('follows a configuration change and the turn-off command', async () => {
    const from = s.diagnostics.length;
    s.config = { severity: { 'unattributed-figure': 'off' } };
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const quiet = await s.waitForDiagnostics(SEED_URI, (p) => !p.diagnostics.some((d) => d.code === 'unattributed-figure'), TIMEOUT, from);
    assert.ok(quiet.diagnostics.length > 0 && quiet.diagnostics.length < first.length);
    const lenses = await s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: SEED_URI } });
    assert.ok(!lenses.some((l) => /unattributed figure/.test(l.command!.title)), 'the paragraph lenses follow the severity setting');

    const next = s.diagnostics.length;
    await s.connection.sendRequest('workspace/executeCommand', { command: 'sourcingLens.setSeverity', arguments: ['anonymity-unexplained', 'off'] });
    await s.waitForDiagnostics(SEED_URI, (p) => !p.diagnostics.some((d) => d.code === 'anonymity-unexplained'), TIMEOUT, next);
    await assert.rejects(s.connection.sendRequest('workspace/executeCommand', { command: 'sourcingLens.setSeverity', arguments: ['no-such-code', 'off'] }), /finding code/);

    s.config = {};
    const last = s.diagnostics.length;
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const restored = await s.waitForDiagnostics(SEED_URI, (p) => p.diagnostics.some((d) => d.code === 'unattributed-figure'), TIMEOUT, last);
    assert.ok(!restored.diagnostics.some((d) => d.code === 'anonymity-unexplained'), 'the session override stays');
  });

  it('refuses a document over the size limit with a message, and analyses it again under a larger one', async () => {
    const from = s.diagnostics.length;
    s.config = { maxFileSizeKB: 1 };
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics(SEED_URI, (p) => p.diagnostics.length === 0, TIMEOUT, from);
    const message = await s.waitForMessage((m) => /not analysed/.test(m.message));
    assert.match(message.message, /over the limit of 1 KB \(setting sourcingLens\.maxFileSizeKB\)/);
    const lenses = await s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: SEED_URI } });
    assert.match(lenses[0].command!.title, /not analysed, \d+ KB is over the 1 KB limit/);
    s.config = {};
    const next = s.diagnostics.length;
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics(SEED_URI, (p) => p.diagnostics.length > 0, TIMEOUT, next);
  });

  it('clears the diagnostics of a closed document', async () => {
    const from = s.diagnostics.length;
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: SEED_URI } });
    await s.waitForDiagnostics(SEED_URI, (p) => p.diagnostics.length === 0, TIMEOUT, from);
  });

  it('shuts down and exits with status 0', async () => {
    assert.equal(await s.stop(), 0);
  });
});
