// Anonymous sources: facets, links between mentions, notes and the verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';

test('facets: count, side and way of knowing', () => {
  const [a] = analyze('Talks stalled, according to seven Israeli officials involved in or briefed on the talks.').attributions;
  assert.equal(a.kind, 'anonymous');
  assert.deepEqual(a.facets, {
    count: 'seven', countValue: 7, affiliation: 'Israeli', role: 'officials',
    knowledge: 'involved in or briefed on the talks', vague: false,
  });
});

test('affiliation after the head: "an official from one of the mediating countries"', () => {
  const [a] = analyze('Israel wants checkpoints, according to an official from one of the mediating countries.').attributions;
  assert.equal(a.type, 'unnamed-person');
  assert.equal(a.facets?.affiliation, 'from one of the mediating countries');
  assert.equal(a.facets?.countValue, 1);
});

test('a bare "officials said" is vague; the story flags it', () => {
  const r = analyze('The border was tense, officials said.');
  assert.equal(r.attributions[0].facets?.vague, true);
  assert.deepEqual(r.findings.map((f) => f.code), ['vague-anonymous-source', 'anonymity-unexplained']);
});

test('"the officials" links to the group described earlier and inherits its description', () => {
  const r = analyze('Talks stalled, according to three officials briefed on the talks. But no agreement has been reached, the officials said.');
  const [first, second] = r.attributions;
  assert.deepEqual(second.antecedent?.text, first.text);
  assert.equal(second.facets?.vague, false);
  assert.deepEqual(second.sameSource, [first.id]);
});

test('anonymity note with a reason is not boilerplate; the verdict is "explained"', () => {
  const r = analyze('Talks stalled, officials said.\n\nAll the officials spoke on condition of anonymity in order to speak more freely about sensitive matters.');
  assert.equal(r.anonymityNotes.length, 1);
  assert.equal(r.anonymityNotes[0].boilerplate, false);
  assert.match(r.anonymityNotes[0].reason ?? '', /speak more freely/);
  assert.equal(r.summary.anonymityExplained, true);
  assert.equal(r.findings.some((f) => f.code === 'anonymity-unexplained'), false);
});

test('a stock formula alone is boilerplate', () => {
  const r = analyze('The plan is dead, said an official who was not authorized to speak publicly.');
  assert.equal(r.anonymityNotes[0].boilerplate, true);
  assert.equal(r.summary.anonymityExplained, true);
});

test('figures resting on an anonymous source are flagged', () => {
  const r = analyze('A rocket killed at least 12 people, officials said.');
  assert.equal(r.findings.some((f) => f.code === 'figure-from-anonymous-source'), true);
});

test('pronouns take the type of their antecedent', () => {
  const r = analyze('The United Nations said 17 shelters closed. Ten facilities have also stopped working, it said.\n\nKamel Abu Jamea said his wife was sick. “She can’t walk,” he said.');
  assert.deepEqual(r.attributions.map((a) => [a.text, a.type]), [
    ['The United Nations', 'organization'], ['it', 'organization'], ['Kamel Abu Jamea', 'person'], ['he', 'person'],
  ]);
  assert.equal(r.attributions[1].antecedent?.text, 'The United Nations');
});
