// --out that cannot be written: the run ends, with the reason and the path on
// stderr and exit 2, whatever the error; it never hangs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ANONYMOUS, CLI, ROOT, run, scratch } from './helpers';

/** Well above a normal run of a one-line story; a hang is cut off here (status null). */
const HANG_MS = 15_000;

test('--out under /proc, where no folder can be made, gives up at once with exit 2', { skip: !existsSync('/proc/self') && 'no procfs' }, (t) => {
  const file = path.join(scratch(t), 'story.txt');
  writeFileSync(file, `${ANONYMOUS}\n`);
  // Node's recursive mkdir loops forever on both: ENOENT for a child of an existing folder.
  for (const out of ['/proc/sourcing-lens-test', '/proc/sourcing-lens-test/a/b']) {
    const r = run(['analyze', file, '--out', out], ROOT, CLI, HANG_MS);
    assert.equal(r.status, 2, `--out ${out}: status ${r.status} (null: killed after ${HANG_MS} ms)\n${r.stderr}`);
    assert.equal(r.stderr, `sourcing-lens: --out ${out}: cannot create the folder (the file system does not allow a folder there)\n`);
  }
});

test('--out files that cannot be written are named with the reason, exit 2, and the rest is written', (t) => {
  const dir = scratch(t);
  const inputs = path.join(dir, 'in');
  mkdirSync(inputs);
  for (const name of ['a', 'b', 'c', 'd']) writeFileSync(path.join(inputs, `${name}.txt`), `${ANONYMOUS}\n`);
  const out = path.join(dir, 'pred');
  mkdirSync(path.join(out, 'a.json'), { recursive: true }); // EISDIR
  const full = existsSync('/dev/full');
  if (full) symlinkSync('/dev/full', path.join(out, 'c.json')); // every write: ENOSPC
  const r = run(['analyze', inputs, '--out', out, '--jobs', '2'], ROOT, CLI, HANG_MS);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, new RegExp(`^sourcing-lens: cannot write ${path.join(out, 'a.json')}: is a folder, not a file$`, 'm'));
  if (full) assert.match(r.stderr, new RegExp(`^sourcing-lens: cannot write ${path.join(out, 'c.json')}: ENOSPC: no space left on device`, 'm'));
  for (const name of ['b', 'd']) assert.ok(existsSync(path.join(out, `${name}.json`)), `${name}.json written`);
});

test('a report that cannot be written to stdout ends the run with exit 2', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
  for (const format of ['text', 'json', 'sarif']) {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, 'analyze', 'seeds', '--format', format], {
        cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: HANG_MS,
      });
      assert.equal(r.status, 2, `${format}: status ${r.status}\n${r.stderr}`);
      assert.match(r.stderr, /^sourcing-lens: cannot write the report: ENOSPC: no space left on device/);
      assert.doesNotMatch(r.stderr, /internal error/);
    } finally {
      closeSync(full);
    }
  }
});
