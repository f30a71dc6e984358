// The analysis side's scheduler (scheduler.ts), driven step by step: a long analysis
// is done in slices, and what arrives meanwhile is seen between them: a query on
// another story is answered before the long one is done, and an edit made during it
// is what gets analysed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysisScheduler } from '../../src/server/scheduler';
import type { FromThread, ToThread } from '../../src/server/threadMessages';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A scheduler whose deferred steps run only when `step()` is called. */
function drive() {
  const out: FromThread[] = [];
  const pending: Array<() => void> = [];
  const receive = analysisScheduler((m) => out.push(m), (s) => pending.push(s));
  const step = () => { const s = pending.shift(); s?.(); return s !== undefined; };
  return { out, receive, step };
}

// A story of about 1 MB (the bundled seed, numbered so that no two paragraphs are the
// same): seconds of analysis, so many slices of 20 ms.
const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');
const SEED = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SEEDS, f), 'utf8'))[0];
const BIG = Array.from({ length: Math.ceil(1_000_000 / SEED.length) }, (_, i) => SEED.trim().replace(/\n\n/g, ` (${i})\n\n`)).join('\n\n');
const SMALL = 'Three officials close to the talks said 300 homes were hit.';

test('a query on a short story is answered between the slices of a long analysis', () => {
  const { out, receive, step } = drive();
  receive({ kind: 'open', uri: 'file:///big.txt', languageId: 'plaintext', version: 1, text: BIG });
  receive({ kind: 'analyze', uri: 'file:///big.txt' });
  receive({ kind: 'open', uri: 'file:///small.txt', languageId: 'plaintext', version: 1, text: SMALL });
  step(); // the first slice of the long story
  receive({ kind: 'query', id: 1, uri: 'file:///small.txt', method: 'status', params: { textDocument: { uri: 'file:///small.txt' } } });
  let steps = 1;
  while (step()) steps++;
  const reply = out.findIndex((m) => m.kind === 'reply' && m.id === 1);
  const big = out.findIndex((m) => (m.kind === 'diagnostics' || m.kind === 'diagnosticsJson') && m.uri === 'file:///big.txt');
  assert.ok(reply >= 0 && big >= 0, JSON.stringify(out.map((m) => m.kind)));
  assert.ok(reply < big, 'the query did not wait for the long analysis');
  assert.ok(steps > 3, `the long analysis took ${steps} steps: sliced`);
});

test('an edit made during a long analysis is the text analysed', () => {
  const { out, receive, step } = drive();
  receive({ kind: 'open', uri: 'file:///big.txt', languageId: 'plaintext', version: 1, text: BIG });
  receive({ kind: 'analyze', uri: 'file:///big.txt' });
  step();
  step();
  // the story gains a sentence at its start, then is asked for again (after the debounce)
  receive({ kind: 'edit', uri: 'file:///big.txt', version: 2, changes: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Two aides said 41 people were hurt.\n\n' }] });
  receive({ kind: 'analyze', uri: 'file:///big.txt' });
  while (step());
  const published = out.filter((m) => m.kind === 'diagnostics');
  assert.equal(published.length, 1, 'one analysis, of the newest text');
  const [first] = published;
  assert.equal(first.kind === 'diagnostics' && first.version, 2);
  assert.ok(first.kind === 'diagnostics' && first.diagnostics.some((d) => d.range.start.line === 0 && d.code === 'figure-from-anonymous-source'), 'the new sentence is flagged');
});
