// The command line itself: help, version, and one-line usage errors with exit 2.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, run } from './helpers';

test('--help prints the usage with examples and exits 0', () => {
  for (const args of [['--help'], ['-h'], ['analyze', '--help'], ['analyze', '--bogus', '--help'], ['help']]) {
    const r = run(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /Usage/);
    assert.match(r.stdout, /sourcing-lens analyze PATH/);
    assert.match(r.stdout, /Examples/);
    assert.match(r.stdout, /--fail-on/);
    assert.equal(r.stderr, '');
  }
});

test('--version prints the package version', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-v']) {
    const r = run([flag]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${version}\n`);
  }
});

test('usage errors exit 2 with one line on stderr and nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [['analyze'], /no paths/],
    [['seeds'], /unknown command 'seeds': did you mean `sourcing-lens analyze seeds`\?/],
    [['analyze', 'seeds', '--color=always'], /option '--color' takes no value/],
    [['analyze', 'seeds', '--bogus'], /unknown option '--bogus'/],
    [['analyze', 'seeds', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['analyze', 'seeds', '--format=xml'], /--format must be one of/],
    [['analyze', 'seeds', '--format'], /needs a value/],
    [['analyze', 'seeds', '--jobs', '0'], /--jobs must be a whole number/],
    [['analyze', 'seeds', '--jobs', 'many'], /--jobs must be a whole number/],
    [['analyze', 'seeds', '--fail-on', 'gossip'], /--fail-on: unknown name 'gossip'/],
    [['analyze', 'seeds', '--fail-on', ','], /--fail-on needs at least one name/],
    [['analyze', 'seeds', '--ignore', 'anonymous'], /--ignore: unknown name 'anonymous'/],
    [['analyze', 'seeds', '--max-size', 'huge'], /--max-size must be a size/],
    [['analyze', 'seeds', '--timeout', '0'], /--timeout must be a number of seconds above 0/],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assert.equal(r.status, 2, `exit status for: ${args.join(' ')}`);
    assert.equal(r.stdout, '', `stdout for: ${args.join(' ')}`);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, `one line for: ${args.join(' ')}:\n${r.stderr}`);
    assert.match(lines[0], /^sourcing-lens: /);
    assert.match(lines[0], message);
  }
});

test('a path after -- may start with a dash', () => {
  const r = run(['analyze', '--', '-no-such-file.txt']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /skipped -no-such-file\.txt: no such file or folder/);
});
