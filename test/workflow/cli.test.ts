// The CLI over a desk's folder: the config found by walking up, --config, --exclude,
// a bad config, suppression counts, sign-off states in text, JSON and SARIF, and
// --fail-on counting only open flags.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run, scratch } from '../cli/helpers';

interface JsonFinding { code: string; suppressed?: { kind: string }; review?: { state: string; phrase: string; sentence: string; by: string | null } }
const STORY = 'Three officials close to the talks said the deal was near.\n\nThe fire destroyed 300 homes in the valley.\n';

function desk(t: { after(fn: () => void): void }, config: string): string {
  const dir = scratch(t);
  mkdirSync(path.join(dir, 'stories', 'archive'), { recursive: true });
  writeFileSync(path.join(dir, '.sourcinglens.json'), config);
  writeFileSync(path.join(dir, 'stories', 'a.txt'), STORY);
  writeFileSync(path.join(dir, 'stories', 'archive', 'old.txt'), STORY);
  return dir;
}
const findings = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;

test('the nearest config applies: severity, exclude, failOn, house vocabulary', (t) => {
  const dir = desk(t, `{
    // this desk
    "severity": { "anonymous-source": "error" },
    "exclude": ["stories/archive/**"],
    "failOn": ["anonymous"],
    "vocabulary": { "cueVerbs": ["opine"] },
  }`);
  writeFileSync(path.join(dir, 'stories', 'b.txt'), 'The mayor opined that the bridge was safe.\n');
  const r = run(['analyze', 'stories', '--format', 'json'], dir);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 1, 'failOn from the config: an anonymous source is pending');
  const files = JSON.parse(r.stdout) as { file: string; findings: JsonFinding[]; attributions: { cue: { text: string } }[] }[];
  assert.deepEqual(files.map((f) => f.file), [path.join('stories', 'a.txt'), path.join('stories', 'b.txt')], 'the archive is excluded');
  assert.equal(files[0].findings.find((f) => f.code === 'anonymous-source')?.review?.state, 'pending');
  assert.equal((files[0].findings.find((f) => f.code === 'anonymous-source') as unknown as { severity: string }).severity, 'error');
  assert.deepEqual(files[1].attributions.map((a) => a.cue.text), ['opined'], 'the house cue verb');
  // a file named on the command line is analysed even if excluded
  assert.equal(run(['analyze', path.join('stories', 'archive', 'old.txt'), '--format', 'json'], dir).status, 1);
  // --fail-on replaces the config's failOn; --ignore beats its severity
  assert.equal(run(['analyze', 'stories', '--fail-on', 'unexplained-anonymity', '--ignore', 'anonymity-unexplained'], dir).status, 0);
  // --exclude leaves out more
  const one = run(['analyze', 'stories', '--format', 'json', '--exclude', 'stories/b.txt'], dir);
  assert.deepEqual((JSON.parse(one.stdout) as { file: string }[]).map((f) => f.file), [path.join('stories', 'a.txt')]);
});

test('--config names the config; a missing one is a usage error', (t) => {
  const dir = desk(t, '{}');
  writeFileSync(path.join(dir, 'other.json'), '{ "severity": { "unattributed-figure": "off" } }');
  const r = run(['analyze', 'stories/a.txt', '--format', 'json', '--config', 'other.json'], dir);
  assert.equal(r.status, 0);
  assert.ok(!findings(r.stdout).some((f) => f.code === 'unattributed-figure'));
  const missing = run(['analyze', 'stories/a.txt', '--config', 'nope.json'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--config nope.json: no such file or folder/);
});

test('a bad config: file, line and key on stderr, exit 2, and the rest still applies', (t) => {
  const dir = desk(t, '{\n  "severity": { "unattributed-figure": "off", "anonymous-source": 3 },\n  "failon": ["anonymous"]\n}\n');
  const r = run(['analyze', 'stories/a.txt', '--format', 'json'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /sourcing-lens: \.sourcinglens\.json:2:67: severity\.anonymous-source: must be one of error, warning, information, hint, off, not number 3/);
  assert.match(r.stderr, /\.sourcinglens\.json:3:3: failon: unknown key/);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 2, 'each problem once');
  assert.ok(!findings(r.stdout).some((f) => f.code === 'unattributed-figure'), 'the good key still applies');
  const broken = desk(t, '{ "severity": ');
  const b = run(['analyze', 'stories/a.txt'], broken);
  assert.equal(b.status, 2);
  assert.match(b.stderr, /\.sourcinglens\.json:1:\d+: not valid JSON/);
  assert.match(b.stdout, /1 file analysed/, 'the defaults keep working');
});

test('suppression comments: counted in the summary, marked in JSON and SARIF', (t) => {
  const dir = desk(t, '{}');
  writeFileSync(path.join(dir, 'stories', 'c.md'), STORY.replace('The fire', '<!-- sourcing-lens-disable-next-line unattributed-figure -->\nThe fire'));
  const text = run(['analyze', 'stories/c.md'], dir);
  assert.match(text.stdout, /· 1 suppressed\n/);
  assert.doesNotMatch(text.stdout, /warning .*Unattributed figure/, 'not listed among the findings');
  const json = findings(run(['analyze', 'stories/c.md', '--format', 'json'], dir).stdout);
  assert.equal(json.find((f) => f.code === 'unattributed-figure')?.suppressed?.kind, 'comment');
  const sarif = JSON.parse(run(['analyze', 'stories/c.md', '--format', 'sarif'], dir).stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string }[] }[] }[] };
  const result = sarif.runs[0].results.find((x) => x.ruleId === 'unattributed-figure');
  assert.deepEqual(result?.suppressions?.map((s) => s.kind), ['inSource']);
  assert.equal(run(['analyze', 'stories/c.md', '--fail-on', 'unattributed-figure'], dir).status, 0, 'a suppressed flag fails nothing');
  const typo = path.join(dir, 'stories', 'd.md');
  writeFileSync(typo, `<!-- sourcing-lens-disable-file unattributed-figures -->\n${STORY}`);
  const d = run(['analyze', 'stories/d.md'], dir);
  assert.match(d.stderr, /unknown finding code 'unattributed-figures'/);
});

test('sign-off records: approved, verified, stale and pending in text, JSON and SARIF; --fail-on counts only open flags', (t) => {
  const dir = desk(t, '{ "failOn": ["anonymous", "unattributed-figure"] }');
  const first = findings(run(['analyze', 'stories/a.txt', '--format', 'json'], dir).stdout);
  const source = first.find((f) => f.code === 'anonymous-source')!.review!;
  const figure = first.find((f) => f.code === 'unattributed-figure')!.review!;
  const record = (action: string, a: { phrase: string; sentence: string }, by: string, note: string) => ({ action, phrase: a.phrase, sentence: a.sentence, by, note, date: '2026-12-01' });
  const reviewFile = path.join(dir, 'stories', '.sourcing-review.json');
  writeFileSync(reviewFile, JSON.stringify({ version: 1, stories: { 'a.txt': [record('approve', source, 'A. Editor', 'fear of reprisal'), record('verify', figure, 'F. Checker', 'https://example.org/report')] } }));
  const text = run(['analyze', 'stories/a.txt'], dir);
  assert.equal(text.status, 0, 'everything the gate names is signed off');
  assert.match(text.stdout, /anonymous-source {2}\[approved\]\n {11}Approved by A\. Editor on 2026-12-01: fear of reprisal/);
  assert.match(text.stdout, /\[verified\]\n {11}Verified by F\. Checker on 2026-12-01: https:\/\/example\.org\/report/);
  const sarif = JSON.parse(run(['analyze', 'stories/a.txt', '--format', 'sarif'], dir).stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string }[]; properties?: { reviewState: string } }[] }[] };
  const approved = sarif.runs[0].results.find((x) => x.ruleId === 'anonymous-source')!;
  assert.equal(approved.properties?.reviewState, 'approved');
  assert.deepEqual(approved.suppressions?.map((s) => s.kind), ['external']);
  // the sentence changes: stale, and the gate fails again
  writeFileSync(path.join(dir, 'stories', 'a.txt'), STORY.replace('was near', 'had collapsed'));
  const stale = run(['analyze', 'stories/a.txt'], dir);
  assert.equal(stale.status, 1);
  assert.match(stale.stdout, /\[stale\]\n {11}Sign-off stale: signed off by A\. Editor/);
  assert.match(stale.stdout, /1 verified · 1 stale/);
  const json = findings(run(['analyze', 'stories/a.txt', '--format', 'json'], dir).stdout);
  assert.equal(json.find((f) => f.code === 'anonymous-source')?.review?.state, 'stale');
});

test('a bad review file: its problems on stderr (exit 2), its good records still used', (t) => {
  const dir = desk(t, '{}');
  const first = findings(run(['analyze', 'stories/a.txt', '--format', 'json'], dir).stdout);
  const source = first.find((f) => f.code === 'anonymous-source')!.review!;
  const good = { action: 'approve', phrase: source.phrase, sentence: source.sentence, by: 'A. Editor', note: '', date: '2026-12-01' };
  writeFileSync(path.join(dir, 'stories', '.sourcing-review.json'), JSON.stringify({ version: 1, stories: { 'a.txt': [good, { ...good, action: 'bless' }] } }, null, 2));
  const r = run(['analyze', 'stories/a.txt', '--format', 'json'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /stories\/\.sourcing-review\.json:\d+:\d+: stories\.a\.txt\[1\]\.action: must be one of approve, verify, ignore/);
  assert.equal(findings(r.stdout).find((f) => f.code === 'anonymous-source')?.review?.state, 'approved');
  writeFileSync(path.join(dir, 'stories', '.sourcing-review.json'), '{"version": 1, "stories": {"a.txt": [');
  const broken = run(['analyze', 'stories/a.txt'], dir);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /not valid JSON/);
});

test('a story with no config and no review file: no sign-off tags in the report, the states still in JSON', (t) => {
  const dir = scratch(t);
  writeFileSync(path.join(dir, 'a.txt'), STORY);
  const text = run(['analyze', 'a.txt'], dir);
  assert.equal(text.status, 0);
  assert.doesNotMatch(text.stdout, /\[pending\]|pending/);
  const json = findings(run(['analyze', 'a.txt', '--format', 'json'], dir).stdout);
  assert.equal(json.find((f) => f.code === 'anonymous-source')?.review?.state, 'pending');
  assert.equal(run(['analyze', 'a.txt', '--fail-on', 'anonymous'], dir).status, 1, 'pending fails the gate');
});
