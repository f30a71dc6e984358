// One verdict on anonymity per story, made by the core: the findings quote it, and
// its quote is the reason the note gives (or its grant when it gives none).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';

const STOCK = 'The plan is dead, officials said.\n\nThe officials spoke on condition of anonymity because they were not authorized to speak publicly.';
const REAL = 'Talks stalled, officials said.\n\nAll the officials spoke on condition of anonymity in order to speak more freely about sensitive matters.';

test('a stock formula is not reported as an explanation', () => {
  const r = analyze(STOCK);
  assert.equal(r.anonymity.status, 'stock-formula');
  assert.equal(r.anonymity.note, 0);
  // the quote is the reason found, not the grant ("spoke on condition of anonymity")
  assert.equal(r.anonymity.quote, r.anonymityNotes[0].reason);
  assert.match(r.anonymity.quote ?? '', /not authorized to speak publicly/);
  const source = r.findings.find((f) => f.code === 'vague-anonymous-source' || f.code === 'anonymous-source');
  assert.ok(source);
  assert.ok(source.message.endsWith(r.anonymity.message), source.message);
  assert.doesNotMatch(source.message, /says why anonymity was granted/);
});

test('a real reason anywhere wins, and is the one quoted', () => {
  const r = analyze(`${STOCK}\n\n${REAL}`);
  assert.equal(r.anonymity.status, 'explained');
  assert.equal(r.anonymityNotes[r.anonymity.note!].boilerplate, false);
  assert.match(r.anonymity.quote ?? '', /speak more freely about sensitive matters/);
  assert.match(r.anonymity.message, /“in order to speak more freely about sensitive matters”/);
  for (const f of r.findings.filter((x) => x.attribution !== null && x.figure === null && x.code !== 'anonymity-unexplained')) {
    assert.ok(f.message.endsWith(r.anonymity.message), f.message);
  }
});

test('a bare grant is quoted as the grant, and says no reason was given', () => {
  const r = analyze('The plan is dead, two officials said. They spoke on condition of anonymity.');
  assert.equal(r.anonymity.status, 'stock-formula');
  assert.equal(r.anonymityNotes[0].reason, null);
  assert.equal(r.anonymity.quote, r.anonymityNotes[0].trigger);
  assert.match(r.anonymity.message, /never says why/);
});

test('no note: unexplained; no anonymous source: nothing to explain', () => {
  const none = analyze('The border was tense, officials said.');
  assert.equal(none.anonymity.status, 'unexplained');
  assert.equal(none.anonymity.note, null);
  assert.ok(none.findings.some((f) => f.code === 'vague-anonymous-source' && f.message.endsWith(none.anonymity.message)));
  assert.equal(analyze('The mayor, Ana Ortiz, said the bridge was closed.').anonymity.status, 'no-anonymous-sources');
});
