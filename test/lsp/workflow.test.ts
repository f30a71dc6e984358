// The newsroom workflow through the language server, driven over stdio on a temp
// folder: a project config (severities over the client's settings, a bad key's
// message, the house vocabulary, re-read on a watched-file change and on save), a
// suppression comment, a review file's approval (a hint, and the hover says so), the
// ignore quick fix's edit, and the sign-off commands writing the review file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, Diagnostic, Hover, Position, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../src/core';
import { anchorOf, type ReviewFile } from '../../src/review';
import { CAPABILITIES, Session } from './session';
import { positionAt, SUITE_TIMEOUT, TIMEOUT } from './helpers';

const uriOf = (file: string) => pathToFileURL(file).toString();
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const severityOf = (p: PublishDiagnosticsParams, code: string) => p.diagnostics.find((d) => d.code === code)?.severity;

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
  return text;
}

// With the desk's "opine" a cue verb, the figure is attributed; without it, it is not.
const DESK_STORY = 'Officials said the truce would hold.\n\nThe mayor opined that 300 people were hurt.\n';
const CONFIG = `{
  // the desk's policy
  "severity": { "vague-anonymous-source": "error" },
  "vocabulary": { "cueVerbs": ["opine"] },
  "severty": { "anonymous-source": "off" }
}
`;
const MARKDOWN = '# Truce\n\nOfficials said the truce would hold.\n\nThe fire destroyed 40 homes.\n';
const SUPPRESSED = '# Truce\n\nOfficials said the truce would hold.\n\n<!-- sourcing-lens-disable-next-line unattributed-figure -->\nThe fire destroyed 40 homes.\n';
const PLAIN = 'Officials said the truce would hold.\n';

describe('the newsroom workflow in the language server', { timeout: SUITE_TIMEOUT }, () => {
  let s: Session;
  let root: string;
  const dir = (name: string) => {
    const d = path.join(root, name);
    mkdirSync(d, { recursive: true });
    return d;
  };

  before(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'sourcing-lens-lsp-workflow-'));
    s = new Session();
    // Client settings below the config: the config's code wins, the others still apply.
    s.config = { severity: { 'vague-anonymous-source': 'information', 'anonymity-unexplained': 'hint' } };
    await s.initialize({ ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } });
  });

  after(() => {
    s.kill();
    rmSync(root, { recursive: true, force: true });
  });

  describe('a project config', () => {
    let config: string;
    let story: string;

    before(() => {
      const desk = dir('desk');
      config = path.join(desk, '.sourcinglens.json');
      writeFileSync(config, CONFIG);
      mkdirSync(path.join(desk, 'news'));
      story = uriOf(path.join(desk, 'news', 'truce.txt'));
    });

    it('applies its severities over the client’s settings, and its vocabulary', async () => {
      assert.ok(analyze(DESK_STORY).findings.some((f) => f.code === 'unattributed-figure'), 'without the vocabulary the figure is flagged');
      await s.open(story, DESK_STORY);
      const p = await s.waitForDiagnostics(story, (x) => severityOf(x, 'vague-anonymous-source') === 1 && severityOf(x, 'anonymity-unexplained') === 4, TIMEOUT);
      assert.deepEqual(codes(p), ['vague-anonymous-source', 'anonymity-unexplained'], 'the house cue verb attributes the figure');
    });

    it('warns about a bad key with the file, line and key, on the file itself too', async () => {
      const m = await s.waitForMessage((x) => /severty/.test(x.message), TIMEOUT);
      assert.equal(m.type, 2, 'a warning');
      assert.ok(m.message.includes(`${config}:5:3: severty: unknown key`), m.message);
      const own = await s.waitForDiagnostics(uriOf(config), (x) => x.diagnostics.length > 0, TIMEOUT);
      assert.equal(own.diagnostics.length, 1);
      assert.match(own.diagnostics[0].message, /^severty: unknown key/);
      assert.equal(own.diagnostics[0].range.start.line, 4);
      assert.equal(own.diagnostics[0].severity, 1);
    });

    it('registers a watcher and reads the config again when it changes', async () => {
      const watch = s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.ok(watch, 'a file watcher is registered');
      assert.deepEqual((watch!.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern),
        ['**/.sourcinglens.json', '**/.sourcing-review.json']);
      const from = s.diagnostics.length;
      writeFileSync(config, '{ "severity": { "vague-anonymous-source": "hint" } }\n');
      await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
      const p = await s.waitForDiagnostics(story, (x) => severityOf(x, 'vague-anonymous-source') === 4, TIMEOUT, from);
      assert.ok(codes(p).includes('unattributed-figure'), 'without the vocabulary the figure is flagged again');
      await s.waitForDiagnostics(uriOf(config), (x) => x.diagnostics.length === 0, TIMEOUT, from);
    });

    it('and when it is saved', async () => {
      const from = s.diagnostics.length;
      writeFileSync(config, '{ "severity": { "vague-anonymous-source": "error" } }\n');
      await s.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uriOf(config) } });
      await s.waitForDiagnostics(story, (x) => severityOf(x, 'vague-anonymous-source') === 1, TIMEOUT, from);
    });
  });

  it('leaves out a finding silenced by a suppression comment, and says so over it', async () => {
    const story = path.join(dir('comments'), 'story.md');
    const uri = uriOf(story);
    await s.open(uri, SUPPRESSED, 1, 'markdown');
    const p = await s.waitForDiagnostics(uri, () => true, TIMEOUT);
    assert.ok(analyze(SUPPRESSED, { format: 'markdown' }).findings.some((f) => f.code === 'unattributed-figure'), 'the analyzer flags it');
    assert.deepEqual(codes(p), ['vague-anonymous-source', 'anonymity-unexplained']);
    const status = await s.connection.sendRequest<{ suppressed: number }>('sourcingLens/status', { textDocument: { uri } });
    assert.equal(status.suppressed, 1, 'counted');
    const hover = await s.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAt(SUPPRESSED, SUPPRESSED.indexOf('40 homes') + 1) });
    assert.match((hover.contents as { value: string }).value, /\*\*Suppressed\*\* \(unattributed-figure\): /);
  });

  it('shows an approved flag as a hint, and its hover and lens say so', async () => {
    const folder = dir('approved');
    const uri = uriOf(path.join(folder, 'brief.txt'));
    const analysis = analyze(PLAIN);
    const flag = analysis.findings.find((f) => f.code === 'vague-anonymous-source')!;
    const anchor = anchorOf(analysis, PLAIN, flag)!;
    const review: ReviewFile = { version: 1, stories: { 'brief.txt': [{ action: 'approve', ...anchor, by: 'A. Editor', note: 'They would lose their jobs.', date: '2026-12-01' }] } };
    writeFileSync(path.join(folder, '.sourcing-review.json'), JSON.stringify(review, null, 2));
    await s.open(uri, PLAIN);
    const p = await s.waitForDiagnostics(uri, () => true, TIMEOUT);
    assert.equal(severityOf(p, 'vague-anonymous-source'), 4, 'a hint');
    assert.equal(severityOf(p, 'anonymity-unexplained'), 4, 'the client’s setting (hint): no config here');
    const hover = await s.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAt(PLAIN, 2) });
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /\*\*Anonymous source\*\*/, 'the analysis hover first');
    assert.ok(text.includes('**Sign-off** (vague-anonymous-source): Approved by A. Editor on 2026-12-01: They would lose their jobs.'), text);
    const lenses = await s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.some((l) => l.command?.title === 'Sign-off: 1 approved'), JSON.stringify(lenses.map((l) => l.command?.title)));
  });

  it('reports a stale sign-off when the sentence has changed', async () => {
    const folder = dir('stale');
    const uri = uriOf(path.join(folder, 'brief.txt'));
    const analysis = analyze(PLAIN);
    const anchor = anchorOf(analysis, PLAIN, analysis.findings.find((f) => f.code === 'vague-anonymous-source')!)!;
    const review: ReviewFile = { version: 1, stories: { 'brief.txt': [{ action: 'approve', phrase: anchor.phrase, sentence: '00000000', by: 'A. Editor', note: '', date: '2026-11-30' }] } };
    writeFileSync(path.join(folder, '.sourcing-review.json'), JSON.stringify(review, null, 2));
    await s.open(uri, PLAIN);
    const p = await s.waitForDiagnostics(uri, () => true, TIMEOUT);
    assert.equal(severityOf(p, 'vague-anonymous-source'), 3, 'not resolved: the client’s setting (information), no config here');
    const hover = await s.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAt(PLAIN, 2) });
    assert.match((hover.contents as { value: string }).value, /Sign-off stale: signed off by A\. Editor on 2026-11-30/);
  });

  it('inserts the suppression comment with “Ignore this finding here”, and the finding goes', async () => {
    const uri = uriOf(path.join(dir('ignore'), 'story.md'));
    await s.open(uri, MARKDOWN, 1, 'markdown');
    const p = await s.waitForDiagnostics(uri, () => true, TIMEOUT);
    const d = p.diagnostics.find((x) => x.code === 'unattributed-figure')!;
    assert.ok(d);
    const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const ignore = actions.find((a) => a.title === 'Ignore this finding here (Unattributed figure)');
    assert.ok(ignore?.edit?.changes, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === 'Mark this figure verified…' && a.isPreferred));
    const text = applyEdits(MARKDOWN, ignore!.edit!.changes![uri]);
    assert.equal(text, '# Truce\n\nOfficials said the truce would hold.\n\n<!-- sourcing-lens-disable-next-line unattributed-figure -->\nThe fire destroyed 40 homes.\n');
    const from = s.diagnostics.length;
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const next = await s.waitForDiagnostics(uri, (x) => x.version === 2, TIMEOUT, from);
    assert.deepEqual(codes(next), ['vague-anonymous-source', 'anonymity-unexplained']);
  });

  it('reports a bad review file and an unusable suppression comment, and never writes over the file', async () => {
    const folder = dir('broken');
    const reviewFile = path.join(folder, '.sourcing-review.json');
    const broken = '{ "version": 1, "stories": { "story.md": [\n';
    writeFileSync(reviewFile, broken);
    const uri = uriOf(path.join(folder, 'story.md'));
    const text = '# Truce\n\n<!-- sourcing-lens-disable-next-line no-such-code -->\nOfficials said the truce would hold.\n';
    await s.open(uri, text, 1, 'markdown');
    const m = await s.waitForMessage((x) => x.message.includes(reviewFile), TIMEOUT);
    assert.match(m.message, /\.sourcing-review\.json:2:1: not valid JSON/);
    const p = await s.waitForDiagnostics(uri, () => true, TIMEOUT);
    const comment = p.diagnostics.find((d) => d.code === 'suppression-comment');
    assert.match(comment?.message ?? '', /unknown finding code 'no-such-code'/);
    assert.equal(comment!.range.start.line, 2);
    assert.ok(codes(p).includes('vague-anonymous-source'), 'an unusable comment silences nothing');
    const flag = p.diagnostics.find((d) => d.code === 'vague-anonymous-source')!;
    await assert.rejects(s.connection.sendRequest('workspace/executeCommand', { command: 'sourcingLens.approve', arguments: [{ uri, code: flag.code, range: flag.range, by: 'A. Editor' }] }), /Fix it first/);
    assert.equal(readFileSync(reviewFile, 'utf8'), broken, 'left as it was');
  });

  describe('the sign-off commands', () => {
    let folder: string;
    let uri: string;
    let flag: Diagnostic;
    const reviewFile = () => path.join(folder, '.sourcing-review.json');

    before(async () => {
      folder = dir('memo');
      uri = uriOf(path.join(folder, 'memo.txt'));
      await s.open(uri, PLAIN);
      flag = (await s.waitForDiagnostics(uri, () => true, TIMEOUT)).diagnostics.find((d) => d.code === 'vague-anonymous-source')!;
      assert.ok(flag);
    });

    it('refuses what it cannot do, with a reason, and writes nothing', async () => {
      const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: flag.range, context: { diagnostics: [flag] } });
      const approve = actions.find((a) => a.title === 'Approve this anonymous source…')!;
      assert.equal(approve.command!.command, 'sourcingLens.approve');
      assert.deepEqual(approve.command!.arguments, [{ uri, code: 'vague-anonymous-source', range: flag.range }]);
      await assert.rejects(s.connection.sendRequest('workspace/executeCommand', approve.command), /`by` is needed/);
      await assert.rejects(s.connection.sendRequest('workspace/executeCommand', { command: 'sourcingLens.verify', arguments: [{ ...approve.command!.arguments![0], by: 'B' }] }), /cannot be verified/);
      await assert.rejects(s.connection.sendRequest('workspace/executeCommand', { command: 'sourcingLens.approve', arguments: [{ uri, findingIndex: 99, by: 'B' }] }), /no such flag/);
      assert.throws(() => readFileSync(reviewFile()), /ENOENT/);
    });

    it('approve writes the record beside the story, and the flag becomes a hint', async () => {
      const from = s.diagnostics.length;
      const result = await s.connection.sendRequest<{ file: string; record: { by: string } }>('workspace/executeCommand', {
        command: 'sourcingLens.approve', arguments: [{ uri, code: 'vague-anonymous-source', range: flag.range, by: ' A. Editor ', note: 'Fear of reprisal.' }],
      });
      assert.equal(result.file, reviewFile());
      const written = JSON.parse(readFileSync(reviewFile(), 'utf8')) as ReviewFile;
      const analysis = analyze(PLAIN);
      const anchor = anchorOf(analysis, PLAIN, analysis.findings.find((f) => f.code === 'vague-anonymous-source')!)!;
      assert.deepEqual(written, { version: 1, stories: { 'memo.txt': [{ action: 'approve', ...anchor, by: 'A. Editor', note: 'Fear of reprisal.', date: new Date().toISOString().slice(0, 10) }] } });
      assert.deepEqual(result.record, written.stories['memo.txt'][0]);
      const p = await s.waitForDiagnostics(uri, (x) => severityOf(x, 'vague-anonymous-source') === 4, TIMEOUT, from);
      assert.equal(p.diagnostics.length, 2);
      const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: flag.range, context: { diagnostics: [p.diagnostics[0]] } });
      assert.ok(actions.some((a) => a.title === 'Revoke sign-off' && a.command?.command === 'sourcingLens.revokeSignOff'));
      assert.ok(!actions.some((a) => a.title === 'Approve this anonymous source…'), 'approved: no second approval offered');
    });

    it('revoke removes it, and the flag is pending again', async () => {
      const from = s.diagnostics.length;
      const result = await s.connection.sendRequest<{ removed: number }>('workspace/executeCommand', { command: 'sourcingLens.revokeSignOff', arguments: [{ uri, code: 'vague-anonymous-source', range: flag.range }] });
      assert.equal(result.removed, 1);
      assert.deepEqual(JSON.parse(readFileSync(reviewFile(), 'utf8')), { version: 1, stories: {} });
      await s.waitForDiagnostics(uri, (x) => severityOf(x, 'vague-anonymous-source') === 3, TIMEOUT, from);
    });

    it('ignore (plain text) records it, and the flag is gone', async () => {
      const from = s.diagnostics.length;
      await s.connection.sendRequest('workspace/executeCommand', { command: 'sourcingLens.ignore', arguments: [{ uri, anchor: { phrase: 'Officials' }, code: 'anonymity-unexplained', by: 'A. Editor' }] });
      const written = JSON.parse(readFileSync(reviewFile(), 'utf8')) as ReviewFile;
      assert.equal(written.stories['memo.txt'][0].action, 'ignore');
      assert.equal(written.stories['memo.txt'][0].code, 'anonymity-unexplained');
      const p = await s.waitForDiagnostics(uri, (x) => !codes(x).includes('anonymity-unexplained'), TIMEOUT, from);
      assert.deepEqual(codes(p), ['vague-anonymous-source']);
    });
  });

  it('shuts down and exits with status 0', async () => {
    assert.equal(await s.stop(), 0);
  });
});
