// --resume: an interrupted archive run picks up where it stopped, with no story
// twice and no truncated line, whatever the earlier run left behind.
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { CLI, run, scratch } from './helpers';
import { parseLines, writeArchive } from './stories';

const COUNT = 400;

test('a run killed mid-way, plus a half-written line, resumes to the same file as one whole run', async (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'in.jsonl');
  writeArchive(input, COUNT);
  const whole = path.join(dir, 'whole.jsonl');
  assert.equal(run(['analyze', '--input', 'jsonl', input, '--out', whole, '-q']).status, 0);

  // Killed once some lines are out: however far it got, resume must finish it.
  const out = path.join(dir, 'out.jsonl');
  const child = spawn(process.execPath, [CLI, 'analyze', '--input', 'jsonl', input, '--out', out, '--jobs', '1', '-q'], { stdio: 'ignore' });
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      let size = 0;
      try { size = readFileSync(out).length; } catch { /* not created yet */ }
      if (size > 0 || child.exitCode !== null) { clearInterval(timer); child.kill('SIGKILL'); resolve(); }
    }, 20);
  });
  await new Promise((resolve) => { if (child.exitCode !== null || child.signalCode !== null) resolve(null); else child.once('exit', resolve); });
  appendFileSync(out, '{"id":"story-999","analysis":{"length":');

  const r = run(['analyze', '--input', 'jsonl', input, '--out', out, '--resume']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /cut an unfinished last line \(\d+ bytes\)/);
  const ids = parseLines(readFileSync(out, 'utf8')).map((l) => l.id);
  assert.equal(new Set(ids).size, COUNT, 'every id once');
  assert.equal(ids.length, COUNT, 'no id twice');
  // Resumed in input order after the ids already done: the same bytes as one run.
  assert.equal(readFileSync(out, 'utf8'), readFileSync(whole, 'utf8'));

  const again = run(['analyze', '--input', 'jsonl', input, '--out', out, '--resume']);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /0 stories written · 400 already done \(--resume\)/);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(whole, 'utf8'));
});

test('--resume refuses a file whose whole lines are not ours, and leaves it alone', (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'in.jsonl');
  writeArchive(input, 3);
  const out = path.join(dir, 'notes.jsonl');
  writeFileSync(out, 'my notes\n{"id":"story-0","analysis":{}}\n');
  const r = run(['analyze', '--input', 'jsonl', input, '--out', out, '--resume']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--resume: line 1 of .*notes\.jsonl is not a result line of sourcing-lens/);
  assert.equal(readFileSync(out, 'utf8'), 'my notes\n{"id":"story-0","analysis":{}}\n');
});

test('--resume with no output file yet is an ordinary run', (t) => {
  const dir = scratch(t);
  const input = path.join(dir, 'in.jsonl');
  writeArchive(input, 3);
  const out = path.join(dir, 'new.jsonl');
  const r = run(['analyze', '--input', 'jsonl', input, '--out', out, '--resume', '-q']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(parseLines(readFileSync(out, 'utf8')).length, 3);
});
