// The text report: file:line:col positions (also for CRLF and CR files), the
// per-file summary, and colour only when asked for.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { LineIndex } from '../../src/cli/lines';
import { ANONYMOUS, lineCol, run, scratch, UNATTRIBUTED_FIGURE } from './helpers';

interface Result { findings: { start: number; end: number; code: string }[]; attributions: { start: number }[] }

const STORY = ['Bridge to reopen', '', `The mayor met engineers on Monday. ${ANONYMOUS}`, '', `${UNATTRIBUTED_FIGURE} Crews said the work was done.`, ''];

test('LineIndex gives 1-based line:col for LF, CRLF and lone CR', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const index = new LineIndex(text);
  const at = (offset: number): string => { const p = index.position(offset); return `${p.line}:${p.column}`; };
  assert.equal(at(0), '1:1');
  assert.equal(at(2), '1:3');
  assert.equal(at(3), '2:1');
  assert.equal(at(5), '2:3');
  assert.equal(at(7), '3:1');
  assert.equal(at(10), '4:1');
  assert.equal(at(12), '4:3');
  for (let i = 0; i <= text.length; i++) {
    if (text[i - 1] === '\r' && text[i] === '\n') continue; // inside a CRLF pair
    assert.deepEqual(index.position(i), lineCol(text, i), `offset ${i}`);
  }
  assert.deepEqual(new LineIndex('').position(0), { line: 1, column: 1 });
});

test('a BOM takes no column: editors do not show it', () => {
  const index = new LineIndex('\uFEFFab\ncd');
  assert.deepEqual(index.position(0), { line: 1, column: 1 });
  assert.deepEqual(index.position(1), { line: 1, column: 1 });
  assert.deepEqual(index.position(2), { line: 1, column: 2 });
  assert.deepEqual(index.position(5), { line: 2, column: 2 });
});

test('CRLF and CR files report the same line:col as their LF twin', (t) => {
  const dir = scratch(t);
  const positions: string[][] = [];
  for (const [name, eol] of [['lf.txt', '\n'], ['crlf.txt', '\r\n'], ['cr.txt', '\r']] as const) {
    const text = STORY.join(eol);
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const json = JSON.parse(run(['analyze', file, '--format', 'json']).stdout) as Result;
    assert.ok(json.findings.length > 0, `${name} has findings`);
    const report = run(['analyze', file]);
    assert.equal(report.status, 0, report.stderr);
    const expected = json.findings.map((f) => { const p = lineCol(text, f.start); return `${p.line}:${p.column}`; });
    for (const pos of expected) assert.ok(report.stdout.includes(`${file}:${pos}`), `${name}: report names ${file}:${pos}\n${report.stdout}`);
    positions.push(expected);
  }
  assert.deepEqual(positions[1], positions[0]);
  assert.deepEqual(positions[2], positions[0]);
  assert.ok(positions[0].some((p) => p.startsWith('3:')) && positions[0].some((p) => p.startsWith('5:')), 'findings on lines 3 and 5');
});

test('the report groups by paragraph and ends with the file summary and a total', (t) => {
  const dir = scratch(t);
  const file = path.join(dir, 'story.txt');
  writeFileSync(file, STORY.join('\n'));
  const r = run(['analyze', file]);
  assert.equal(r.status, 0);
  const out = r.stdout;
  assert.ok(out.startsWith(`${file}\n`), 'file header first');
  assert.match(out, new RegExp(`¶ 2 {2}${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:1`));
  assert.match(out, /source {5}“Officials”\s+anonymous · unnamed group/);
  assert.match(out, /figure {5}“300 homes.*unattributed/);
  assert.match(out, /\d+ attributions?: \d+ named, \d+ anonymous/);
  assert.match(out, /anonymity: NOT explained/);
  assert.match(out, /1 file analysed · /);
  assert.doesNotMatch(out, /\u001b\[/, 'no colour when piped');
  assert.match(run(['analyze', file, '--color']).stdout, /\u001b\[/, '--color forces it');
});
