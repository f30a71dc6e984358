// --format sarif: the SARIF 2.1.0 structure GitHub code scanning requires.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ANONYMOUS, ROOT, run, scratch, UNATTRIBUTED_FIGURE } from './helpers';

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number; charOffset: number; charLength: number; snippet: { text: string } }
interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; name: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }[] }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

const CODES = ['anonymous-source', 'vague-anonymous-source', 'anonymity-unexplained', 'unattributed-figure', 'figure-from-anonymous-source'];

test('sarif is valid 2.1.0 with rules, relative locations and consistent regions', () => {
  const r = run(['analyze', 'seeds', '--format', 'sarif']);
  assert.equal(r.status, 0, r.stderr);
  const sarif = JSON.parse(r.stdout) as Sarif;
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  assert.equal(sarif.runs.length, 1);
  const [sarifRun] = sarif.runs;
  const { driver } = sarifRun.tool;
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(driver.name, 'Sourcing Lens');
  assert.equal(driver.version, version);
  assert.match(driver.informationUri, /^https:\/\//);
  assert.deepEqual(driver.rules.map((x) => x.id).sort(), [...CODES].sort());
  for (const rule of driver.rules) {
    assert.match(rule.helpUri, new RegExp(`^https://.*/docs/rules/${rule.id}\\.md$`));
    assert.ok(rule.shortDescription.text.length > 0);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }

  assert.ok(sarifRun.results.length > 0, 'the seeds give findings');
  for (const result of sarifRun.results) {
    assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.ok(result.message.text.length > 0);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.match(artifactLocation.uri, /^seeds\/[^/]+\.(txt|md)$/, 'relative to the working folder');
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
      assert.ok(Number.isInteger(region[key]) && region[key] >= 1, `${key} is a 1-based integer`);
    }
    assert.ok(region.endLine > region.startLine || region.endColumn >= region.startColumn);
    const text = readFileSync(path.join(ROOT, decodeURIComponent(artifactLocation.uri)), 'utf8');
    assert.equal(text.slice(region.charOffset, region.charOffset + region.charLength), region.snippet.text);
    const lineText = text.split(/\r\n|\r|\n/)[region.startLine - 1];
    assert.ok(lineText.slice(region.startColumn - 1).startsWith(region.snippet.text.split(/\r\n|\r|\n/)[0]));
  }
  assert.deepEqual(sarifRun.invocations[0], { executionSuccessful: true, toolExecutionNotifications: [] });
});

test('sarif records skipped files and stays valid when a folder gives no findings', (t) => {
  const dir = scratch(t);
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'story.txt'), `${ANONYMOUS} ${UNATTRIBUTED_FIGURE}\n`);
  const r = run(['analyze', dir, '--format', 'sarif']);
  assert.equal(r.status, 2);
  const sarif = JSON.parse(r.stdout) as Sarif;
  const [invocation] = sarif.runs[0].invocations;
  assert.equal(invocation.executionSuccessful, false);
  assert.match(invocation.toolExecutionNotifications[0].message.text, /empty\.txt: empty file/);
  for (const result of sarif.runs[0].results) assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\/.*story\.txt$/);

  const none = run(['analyze', path.join(dir, 'empty.txt'), '--format', 'sarif']);
  assert.deepEqual((JSON.parse(none.stdout) as Sarif).runs[0].results, []);
});
