// Bad inputs in a folder (binary, empty, invalid UTF-8, links that loop or lead
// nowhere, a folder named like a file): each is named on stderr, the rest is
// analysed, and the run exits 2.
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ANONYMOUS, CLI, ROOT, run, scratch, UNATTRIBUTED_FIGURE } from './helpers';

test('bad files are skipped with a reason; good ones are still analysed', (t) => {
  const dir = scratch(t);
  const folder = path.join(dir, 'articles');
  mkdirSync(path.join(folder, 'sub'), { recursive: true });
  mkdirSync(path.join(folder, 'folder.txt'));
  writeFileSync(path.join(folder, 'a-good.txt'), `${ANONYMOUS}\n`);
  writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
  writeFileSync(path.join(folder, 'empty.txt'), '');
  writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.\n', 'latin1'));
  writeFileSync(path.join(folder, 'folder.txt', 'inside.md'), `${UNATTRIBUTED_FIGURE}\n`);
  writeFileSync(path.join(folder, 'sub', 'z-good.md'), `# Title\n\n${UNATTRIBUTED_FIGURE}\n`);
  writeFileSync(path.join(folder, 'image.png'), Buffer.from([0x00, 0x01]));
  symlinkSync('..', path.join(folder, 'sub', 'loop'));
  symlinkSync('nowhere.txt', path.join(folder, 'dangling.txt'));
  symlinkSync('self.txt', path.join(folder, 'self.txt'));
  const locked = path.join(folder, 'locked.txt');
  writeFileSync(locked, `${ANONYMOUS}\n`);
  chmodSync(locked, 0);
  // root reads whatever the mode says, so only an ordinary user sees permission errors.
  const canLock = typeof process.getuid === 'function' && process.getuid() !== 0;

  const missing = path.join(dir, 'missing.txt');
  const fileAsFolder = `${path.join(folder, 'a-good.txt')}/`;
  const r = run(['analyze', folder, missing, fileAsFolder, '--format', 'json', '--jobs', '3']);
  assert.equal(r.status, 2, r.stderr);

  const analysed = (JSON.parse(r.stdout) as { file: string }[]).map((x) => path.relative(folder, x.file));
  const expected = ['a-good.txt', 'folder.txt/inside.md', ...(canLock ? [] : ['locked.txt']), 'sub/z-good.md'];
  assert.deepEqual(analysed, expected);

  const said = (name: string, reason: RegExp): void => {
    const line = r.stderr.split('\n').find((l) => l.startsWith(`sourcing-lens: skipped ${name}: `));
    assert.ok(line, `stderr names ${name}:\n${r.stderr}`);
    assert.match(line, reason);
  };
  said(path.join(folder, 'binary.txt'), /binary file/);
  said(path.join(folder, 'empty.txt'), /empty file/);
  said(path.join(folder, 'latin1.txt'), /not valid UTF-8 \(bad byte 0xE9 at offset 3\)/);
  said(path.join(folder, 'dangling.txt'), /broken symbolic link/);
  said(path.join(folder, 'self.txt'), /symbolic link loop/);
  said(path.join(folder, 'sub', 'loop'), /symbolic link loop/);
  said(missing, /no such file or folder/);
  said(fileAsFolder, /a part of the path is a file, not a folder/);
  if (canLock) said(locked, /permission denied/);
  assert.doesNotMatch(r.stderr, /image\.png/, 'files of other types in a folder are not ours');
});

test('a file over --max-size is skipped with the limit named', (t) => {
  const dir = scratch(t);
  const big = path.join(dir, 'big.txt');
  writeFileSync(big, `${ANONYMOUS} `.repeat(100));
  const r = run(['analyze', big, '--max-size', '1KB']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /skipped .*big\.txt: 5(\.\d)? KB is over the 1 KB limit \(raise it with --max-size\)/);
  assert.equal(run(['analyze', big, '--max-size', '1MB']).status, 0);
});

test('a file named twice, or reached through a link, is analysed once', (t) => {
  const dir = scratch(t);
  mkdirSync(path.join(dir, 'a'));
  const file = path.join(dir, 'a', 'story.txt');
  writeFileSync(file, `${ANONYMOUS}\n`);
  symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
  const r = run(['analyze', dir, file, path.join(dir, 'b'), path.join(dir, 'b', 'story.txt'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file), [file]);
});

test('a folder with no text files is noted on stderr, not an error', (t) => {
  const dir = scratch(t);
  writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50]));
  const r = run(['analyze', dir, '--format', 'json']);
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout), []);
  assert.match(r.stderr, /^sourcing-lens: no \.txt, \.md or \.markdown files found in /);
});

test('a file whose analysis outlasts --timeout is stopped and skipped', () => {
  // No story hangs the analyzer on purpose, so the limit is set below what any
  // analysis (thread start included) can take.
  const r = run(['analyze', 'seeds', '--timeout', '0.001', '--format', 'json']);
  assert.equal(r.status, 2);
  assert.deepEqual(JSON.parse(r.stdout), []);
  assert.match(r.stderr, /skipped seeds\/.*: the analysis took longer than 0\.001 s and was stopped/);
});

test('a crashing analyzer thread fails each file with a reason, and the run ends', (t) => {
  const dir = scratch(t);
  copyFileSync(CLI, path.join(dir, 'cli.js'));
  writeFileSync(path.join(dir, 'worker.js'), "throw new Error('boom');\n");
  const r = run(['analyze', 'seeds', '--format', 'json'], ROOT, path.join(dir, 'cli.js'));
  assert.equal(r.status, 2);
  assert.deepEqual(JSON.parse(r.stdout), []);
  assert.match(r.stderr, /skipped seeds\/.*: the analyzer crashed: boom/);
});
