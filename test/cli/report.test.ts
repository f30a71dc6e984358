// `sourcing-lens report` as a user runs it: folders, JSON and JSONL results, CSV,
// and the inputs that must give a clear page rather than a crash.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ANONYMOUS, ROOT, run, scratch, UNATTRIBUTED_FIGURE } from './helpers';

const SEEDS = path.join(ROOT, 'seeds');

test('report on a folder writes one HTML file with a row and a section per story', (t) => {
  const dir = scratch(t);
  mkdirSync(path.join(dir, 'metro'));
  writeFileSync(path.join(dir, 'metro', 'wire_2016-05-17_one.txt'), `${ANONYMOUS} ${UNATTRIBUTED_FIGURE}\n`);
  writeFileSync(path.join(dir, 'metro', 'two.md'), `---\ndate: 2016-06-01\n---\n${ANONYMOUS}\n`);
  const out = path.join(dir, 'report.html');
  const r = run(['report', dir, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /wrote .*report\.html \([0-9.]+ KB\): 2 stories/);
  const html = readFileSync(out, 'utf8');
  assert.equal((html.match(/<tr data-index=/g) ?? []).length, 2);
  assert.equal((html.match(/<section class="story"/g) ?? []).length, 2);
  assert.match(html, /<th scope="row" data-v="2016-05">/);
  assert.match(html, /<th scope="row" data-v="2016-06">/);
  assert.match(html, /<th scope="row" data-v="metro">/);
});

test('the JSON and the JSONL of analyze give the same table as the folder (but for the word count)', (t) => {
  const dir = scratch(t);
  const json = run(['analyze', SEEDS, ROOT + '/test/fixtures/odd/legal.txt', '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  writeFileSync(path.join(dir, 'all.json'), json.stdout);
  const jsonl = (JSON.parse(json.stdout) as unknown[]).map((o) => JSON.stringify(o)).join('\n');
  writeFileSync(path.join(dir, 'all.jsonl'), `${jsonl}\n`);
  const fromText = run(['report', SEEDS, ROOT + '/test/fixtures/odd/legal.txt', '--format', 'csv']);
  const fromJson = run(['report', path.join(dir, 'all.json'), '--format', 'csv']);
  const fromJsonl = run(['report', path.join(dir, 'all.jsonl'), '--format', 'csv']);
  for (const r of [fromText, fromJson, fromJsonl]) assert.equal(r.status, 0, r.stderr);
  const withoutWords = (csv: string) => csv.split('\r\n').map((line) => line.split(',').filter((_, i) => i !== 5 && i !== 16).join(','));
  assert.deepEqual(withoutWords(fromJson.stdout), withoutWords(fromText.stdout));
  assert.equal(fromJsonl.stdout, fromJson.stdout);
  assert.ok(fromText.stdout.split('\r\n').length >= 3);
});

test('--out FILE.csv writes CSV; a folder as --out is refused', (t) => {
  const dir = scratch(t);
  const out = path.join(dir, 'desk.csv');
  assert.equal(run(['report', SEEDS, '--out', out]).status, 0);
  assert.match(readFileSync(out, 'utf8'), /^file,title,date,desk,outlet,words,/);
  const r = run(['report', SEEDS, '--out', dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is a folder; name the report file/);
});

test('an empty folder gives a page that says so', (t) => {
  const dir = scratch(t);
  const out = path.join(dir, 'r.html');
  mkdirSync(path.join(dir, 'empty'));
  const r = run(['report', path.join(dir, 'empty'), '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /no stories to report/);
  assert.match(readFileSync(out, 'utf8'), /No stories to report from .*empty: no \.txt, \.md or \.markdown files/);
});

test('a folder of bad files: each is named on the page and on stderr, exit 2', (t) => {
  const dir = scratch(t);
  const bad = path.join(dir, 'bad');
  mkdirSync(bad);
  writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  writeFileSync(path.join(bad, 'empty.txt'), '');
  writeFileSync(path.join(bad, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  writeFileSync(path.join(dir, 'broken.jsonl'), '{"file":"x"}\nnot json\n');
  const out = path.join(dir, 'r.html');
  const r = run(['report', bad, path.join(dir, 'broken.jsonl'), '--out', out]);
  assert.equal(r.status, 2);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /none of the inputs could be read/);
  for (const what of [/binary\.txt<\/code>: binary file/, /empty\.txt<\/code>: empty file/, /latin1\.txt<\/code>: not valid UTF-8/, /broken\.jsonl:1<\/code>: no &quot;paragraphs&quot; list/, /broken\.jsonl:2<\/code>: not JSON/]) {
    assert.match(html, what);
  }
  assert.equal((r.stderr.match(/skipped /g) ?? []).length, 5);
});

test('usage mistakes are one line and exit 2', () => {
  for (const [args, message] of [
    [['report'], /no paths given/],
    [['report', 'x', '--format', 'pdf'], /report --format must be html or csv/],
    [['report', 'x', '--colour'], /unknown option '--colour' for report/],
  ] as const) {
    const r = run(args);
    assert.equal(r.status, 2);
    assert.match(r.stderr, message);
  }
  assert.match(run(['report', '--help']).stdout, /sourcing-lens report PATH\.\.\./);
});
