// The job queue on a real redis-server (started here, on a free loopback port, no
// persistence): 2,000 stories, two worker processes, one killed with SIGKILL
// mid-run. Every id must come out exactly once, with the line the single-machine
// CLI writes for it. And a story no worker can take fails once, with its reason.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, run, scratch } from './helpers';
import { startRedis } from './redis';
import { writeArchive } from './stories';

const COUNT = 2000;
/** A dead worker's jobs go back to the queue after this: short, so the test is,
 *  but long enough that a worker starved of CPU on a loaded machine keeps its locks. */
const STALL_SECONDS = '5';

function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function counts(url: string, queue: string): Record<string, number> {
  const r = cli(['queue', 'status', '--redis', url, '--queue', queue]);
  assert.equal(r.status, 0, r.stderr);
  return Object.fromEntries([...r.stdout.matchAll(/(\w+) (\d+)/g)].map((m) => [m[1], Number(m[2])]));
}

function startWorker(url: string, queue: string, extra: readonly string[] = []): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', url, '--queue', queue, '--stall-seconds', STALL_SECONDS, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

const until = async (what: string, ok: () => boolean, timeoutMs: number): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

test('2,000 stories, two workers, one SIGKILLed mid-run: every id once, as the CLI analyses it', { timeout: 240_000 }, async (t) => {
  const dir = scratch(t);
  const redis = await startRedis(dir);
  t.after(() => redis.stop());
  const input = path.join(dir, 'in.jsonl');
  writeArchive(input, COUNT);
  const reference = path.join(dir, 'reference.jsonl');
  assert.equal(run(['analyze', '--input', 'jsonl', input, '--out', reference, '-q'], undefined, undefined, 180_000).status, 0);

  const add = cli(['queue', 'add', '--input', 'jsonl', input, '--redis', redis.url, '--queue', 'archive']);
  assert.equal(add.status, 0, add.stderr);
  // Adding again adds nothing: the job id is the story id.
  assert.equal(cli(['queue', 'add', '--input', 'jsonl', input, '--redis', redis.url, '--queue', 'archive', '-q']).status, 0);
  assert.deepEqual(counts(redis.url, 'archive'), { waiting: COUNT, active: 0, done: 0, failed: 0 });

  const doomed = startWorker(redis.url, 'archive', ['--concurrency', '4']);
  const survivor = startWorker(redis.url, 'archive', ['--drain']);
  t.after(() => { doomed.child.kill('SIGKILL'); survivor.child.kill('SIGKILL'); });
  // Killed while both are busy, a fifth of the way in.
  await until('both workers to start', () => /on queue/.test(doomed.stderr()) && /on queue/.test(survivor.stderr()), 60_000);
  await until('a fifth of the stories done', () => counts(redis.url, 'archive').done >= COUNT / 5, 120_000);
  doomed.child.kill('SIGKILL');
  assert.equal(await survivor.exited, 0, survivor.stderr());

  assert.deepEqual(counts(redis.url, 'archive'), { waiting: 0, active: 0, done: COUNT, failed: 0 });
  const out = path.join(dir, 'results.jsonl');
  const collect = cli(['queue', 'collect', '--redis', redis.url, '--queue', 'archive', '--out', out]);
  assert.equal(collect.status, 0, collect.stderr);
  const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
  const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
  assert.equal(ids.length, COUNT, 'no id twice');
  assert.equal(new Set(ids).size, COUNT, 'every id');
  // Same analysis, byte for byte, as `analyze --input jsonl` on one machine.
  const expected = new Map(readFileSync(reference, 'utf8').split('\n').filter((l) => l !== '').map((l) => [(JSON.parse(l) as { id: string }).id, l]));
  for (const line of lines) assert.equal(line, expected.get((JSON.parse(line) as { id: string }).id));
});

test('a story no worker can take fails once, with its reason; collect names it and exits 2', { timeout: 120_000 }, async (t) => {
  const dir = scratch(t);
  const redis = await startRedis(dir);
  t.after(() => redis.stop());
  const input = path.join(dir, 'in.jsonl');
  writeFileSync(input, [
    JSON.stringify({ id: 'small', text: 'Officials said the bridge would reopen.' }),
    JSON.stringify({ id: 'large', text: 'The fire destroyed 300 homes. '.repeat(200) }),
  ].join('\n'));
  assert.equal(cli(['queue', 'add', '--input', 'jsonl', input, '--redis', redis.url, '--queue', 'q', '-q']).status, 0);
  const worker = startWorker(redis.url, 'q', ['--drain', '--max-size', '2KB']);
  t.after(() => worker.child.kill('SIGKILL'));
  assert.equal(await worker.exited, 0, worker.stderr());
  assert.match(worker.stderr(), /story "large" failed: the text is over this worker's 2 KB limit/);
  assert.deepEqual(counts(redis.url, 'q'), { waiting: 0, active: 0, done: 1, failed: 1 });
  const collect = cli(['queue', 'collect', '--redis', redis.url, '--queue', 'q']);
  assert.equal(collect.status, 2);
  assert.equal(collect.stdout.split('\n').filter((l) => l !== '').length, 1);
  assert.match(collect.stderr, /story "large" failed: the text is over this worker's 2 KB limit/);
});

test('queue commands: a Redis that is not there, and bad options, are one clear line, exit 2', () => {
  const down = cli(['queue', 'status', '--redis', 'redis://127.0.0.1:1']);
  assert.equal(down.status, 2);
  assert.match(down.stderr, /queue status: .*\(Redis at redis:\/\/127\.0\.0\.1:1\)/);
  assert.doesNotMatch(down.stderr, /\n\s+at /, 'no stack trace');
  const bad = cli(['queue', 'frobnicate']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /queue needs a subcommand: add, status or collect/);
  assert.match(cli(['worker', '--concurrency', '0']).stderr, /--concurrency must be a whole number/);
});
