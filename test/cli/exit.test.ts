// --fail-on and --ignore: what makes a run exit 1, and what silences a finding.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ANONYMOUS, run, scratch, UNATTRIBUTED_FIGURE } from './helpers';

interface Result { findings: { code: string }[] }

test('--fail-on exits 1 only when a named finding is present', (t) => {
  const dir = scratch(t);
  const anonymous = path.join(dir, 'anonymous.txt');
  const figure = path.join(dir, 'figure.txt');
  writeFileSync(anonymous, `${ANONYMOUS}\n`);
  writeFileSync(figure, `${UNATTRIBUTED_FIGURE}\n`);

  const codes = (file: string): string[] =>
    (JSON.parse(run(['analyze', file, '--format', 'json']).stdout) as Result).findings.map((f) => f.code);
  assert.ok(codes(anonymous).some((c) => c === 'anonymous-source' || c === 'vague-anonymous-source'), 'an anonymous-source finding');
  assert.ok(codes(anonymous).includes('anonymity-unexplained'));
  assert.ok(codes(figure).includes('unattributed-figure'));

  assert.equal(run(['analyze', anonymous]).status, 0, 'no --fail-on: exit 0');
  assert.equal(run(['analyze', anonymous, '--fail-on', 'anonymous']).status, 1);
  assert.equal(run(['analyze', anonymous, '--fail-on', 'unexplained-anonymity']).status, 1);
  assert.equal(run(['analyze', anonymous, '--fail-on=anonymity-unexplained']).status, 1, 'raw codes work too');
  assert.equal(run(['analyze', figure, '--fail-on', 'unattributed-figure']).status, 1);
  assert.equal(run(['analyze', figure, '--fail-on', 'anonymous,unexplained-anonymity']).status, 0);
  assert.equal(run(['analyze', dir, '--fail-on', 'unattributed-figure']).status, 1, 'a folder fails if any file does');
});

test('--ignore drops findings from the output and from --fail-on', (t) => {
  const dir = scratch(t);
  const file = path.join(dir, 'anonymous.txt');
  writeFileSync(file, `${ANONYMOUS}\n`);
  const ignore = 'anonymous-source,vague-anonymous-source';
  const r = run(['analyze', file, '--format', 'json', '--ignore', ignore]);
  const codes = (JSON.parse(r.stdout) as Result).findings.map((f) => f.code);
  assert.ok(!codes.includes('anonymous-source') && !codes.includes('vague-anonymous-source'));
  assert.equal(run(['analyze', file, '--ignore', ignore, '--fail-on', 'anonymous']).status, 0);
});
