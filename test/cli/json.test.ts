// --format json and --out: the guide's §4 shape, offsets into the file's own text,
// file naming for the scorer, and the same result whatever --jobs is.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ANONYMOUS, CLI, ROOT, run, scratch, UNATTRIBUTED_FIGURE } from './helpers';

interface Span { start: number; end: number; text?: string }
interface FileJson {
  file: string;
  length: number;
  attributions: (Span & { type: string; kind: string; cue: Span })[];
  figures: (Span & { status: string; sourceKind: string | null })[];
  anonymityNotes: Span[];
  findings: (Span & { code: string; severity: string; message: string; docsUrl: string })[];
  summary: Record<string, unknown>;
}

const TYPES = ['person', 'organization', 'document', 'unnamed-person', 'unnamed-group'];

/** The §4 contract the scorer reads, plus the spans' text matching the file. */
function checkShape(result: FileJson, text: string): void {
  const isSpan = (s: Span, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer start/end`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: ${s.start}..${s.end} inside the text`);
    if (typeof s.text === 'string') assert.equal(text.slice(s.start, s.end), s.text, `${what}: text matches offsets`);
  };
  assert.equal(result.length, text.length);
  for (const a of result.attributions) {
    isSpan(a, 'attribution');
    isSpan(a.cue, 'cue');
    assert.ok(TYPES.includes(a.type), a.type);
    assert.ok(['named', 'anonymous'].includes(a.kind));
  }
  for (const f of result.figures) {
    isSpan(f, 'figure');
    assert.ok(['attributed', 'unattributed'].includes(f.status));
    assert.ok(f.sourceKind === null || ['named', 'anonymous'].includes(f.sourceKind));
  }
  for (const n of result.anonymityNotes) isSpan(n, 'anonymity note');
  for (const f of result.findings) {
    isSpan(f, 'finding');
    assert.match(f.docsUrl, new RegExp(`/docs/rules/${f.code}\\.md$`));
  }
}

test('json over a folder is an array of analyses with "file", in sorted order', () => {
  const r = run(['analyze', 'seeds', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const results = JSON.parse(r.stdout) as FileJson[];
  assert.ok(Array.isArray(results));
  const expected = readdirSync(path.join(ROOT, 'seeds')).filter((n) => /\.(txt|md)$/.test(n)).sort().map((n) => `seeds/${n}`);
  assert.deepEqual(results.map((x) => x.file), expected);
  for (const result of results) checkShape(result, readFileSync(path.join(ROOT, result.file), 'utf8'));
  assert.ok(results.some((x) => x.attributions.length > 0), 'the seeds hold attributions');
});

test('json for one file named on the command line is a single object', () => {
  const seed = readdirSync(path.join(ROOT, 'seeds')).find((n) => n.endsWith('.txt'))!;
  const r = run(['analyze', `seeds/${seed}`, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout) as FileJson;
  assert.equal(result.file, `seeds/${seed}`);
  checkShape(result, readFileSync(path.join(ROOT, 'seeds', seed), 'utf8'));
});

test('offsets count a BOM and non-ASCII text exactly as readFileSync does', (t) => {
  const dir = scratch(t);
  const text = `\uFEFF“Café” owners in Zürich — 🎉\n\n${ANONYMOUS}\n`;
  writeFileSync(path.join(dir, 'bom.txt'), text);
  const r = run(['analyze', path.join(dir, 'bom.txt'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout) as FileJson;
  checkShape(result, readFileSync(path.join(dir, 'bom.txt'), 'utf8'));
  assert.ok(result.attributions.length > 0, 'finds the attribution after the emoji');
});

test('--out writes DIR/<name>.json per file, creating DIR, and keeps stdout quiet', (t) => {
  const dir = scratch(t);
  mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  writeFileSync(path.join(dir, 'in', 'a.txt'), `${ANONYMOUS}\n`);
  writeFileSync(path.join(dir, 'in', 'sub', 'b.md'), `# Heading\n\n${UNATTRIBUTED_FIGURE}\n`);
  writeFileSync(path.join(dir, 'in', 'notes.json'), '{}');
  const out = path.join(dir, 'pred', 'deep');
  const r = run(['analyze', path.join(dir, 'in'), '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.deepEqual(readdirSync(out).sort(), ['a.json', 'b.json']);
  const a = JSON.parse(readFileSync(path.join(out, 'a.json'), 'utf8')) as FileJson;
  assert.equal(a.file, path.join(dir, 'in', 'a.txt'));
  checkShape(a, `${ANONYMOUS}\n`);
  checkShape(JSON.parse(readFileSync(path.join(out, 'b.json'), 'utf8')) as FileJson, `# Heading\n\n${UNATTRIBUTED_FIGURE}\n`);

  // With --format as well, the report still goes to stdout.
  const both = run(['analyze', path.join(dir, 'in'), '--out', out, '--format', 'json']);
  assert.equal(both.status, 0);
  assert.equal((JSON.parse(both.stdout) as FileJson[]).length, 2);
});

test('--out refuses two inputs that would share a name, and a file as DIR', (t) => {
  const dir = scratch(t);
  mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  writeFileSync(path.join(dir, 'in', 'a.txt'), `${ANONYMOUS}\n`);
  writeFileSync(path.join(dir, 'in', 'sub', 'a.md'), `${ANONYMOUS}\n`);
  const r = run(['analyze', path.join(dir, 'in'), '--out', path.join(dir, 'pred')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /skipped .*sub\/a\.md: --out: .*a\.json is already written for .*in\/a\.txt/);
  assert.ok(existsSync(path.join(dir, 'pred', 'a.json')));

  writeFileSync(path.join(dir, 'plain'), 'x');
  const asFile = run(['analyze', path.join(dir, 'in', 'a.txt'), '--out', path.join(dir, 'plain')]);
  assert.equal(asFile.status, 2);
  assert.match(asFile.stderr, /^sourcing-lens: --out .*plain: is a file, not a folder\n$/);
});

test('--jobs does not change the output or its order', (t) => {
  const dir = scratch(t);
  const seed = readFileSync(path.join(ROOT, 'seeds', readdirSync(path.join(ROOT, 'seeds')).find((n) => n.endsWith('.txt'))!), 'utf8');
  for (let i = 0; i < 12; i++) {
    const sub = path.join(dir, `part${i % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `story-${String(i).padStart(2, '0')}.txt`), i % 2 ? seed : `${ANONYMOUS}\n\n${UNATTRIBUTED_FIGURE}\n`);
  }
  const one = run(['analyze', dir, '--format', 'json', '--jobs', '1']);
  const four = run(['analyze', dir, '--format', 'json', '--jobs', '4']);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(four.status, 0, four.stderr);
  assert.equal(four.stdout, one.stdout);
  const files = (JSON.parse(one.stdout) as FileJson[]).map((x) => path.relative(dir, x.file));
  assert.deepEqual(files, [...files].sort());
  assert.equal(files.length, 12);
});

test('without a worker bundle beside it, the CLI analyses on its own thread, same output', (t) => {
  const dir = scratch(t);
  const alone = path.join(dir, 'cli.js');
  copyFileSync(CLI, alone);
  const inline = run(['analyze', 'seeds', '--format', 'json'], ROOT, alone);
  const workers = run(['analyze', 'seeds', '--format', 'json']);
  assert.equal(inline.status, 0, inline.stderr);
  assert.equal(inline.stdout, workers.stdout);
});
