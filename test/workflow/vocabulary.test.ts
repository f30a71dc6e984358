// The house vocabulary reaches the core's rules, only while its call lasts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, createAnalyzer } from '../../src/core';
import type { HouseVocabulary } from '../../src/core';

const none: HouseVocabulary = { cueVerbs: [], anonymityFormulas: [], organizations: [], people: [], neverCues: [] };
const vocab = (v: Partial<HouseVocabulary>): HouseVocabulary => ({ ...none, ...v });
const sources = (text: string, v?: HouseVocabulary) => analyze(text, { vocabulary: v }).attributions.map((a) => `${a.text}|${a.cue.text}|${a.type}`);

test('an extra cue verb is a cue in all its forms, only with the vocabulary', () => {
  const text = 'The mayor opined that the bridge was safe.';
  assert.deepEqual(sources(text), []);
  assert.deepEqual(sources(text, vocab({ cueVerbs: ['opine'] })), ['The mayor|opined|person']);
  assert.deepEqual(sources('Critics opine that the plan will fail.', vocab({ cueVerbs: ['opine'] })), ['Critics|opine|unnamed-group'], 'the base form passes the prefilter');
  assert.deepEqual(sources(text), [], 'the lexicon is restored after the call');
});

test('a never-cue word, given as a lemma, stops all its forms', () => {
  const text = 'The senator slammed the proposal as reckless.';
  assert.ok(sources(text).length > 0, 'a cue by default');
  assert.deepEqual(sources(text, vocab({ neverCues: ['slam'] })), []);
  assert.ok(sources(text).length > 0, 'and a cue again after');
});

test('known names type a source: organization, person', () => {
  const text = 'Kestrel Quay said the council had voted. Quill Nnamdi said it was late.';
  const plain = sources(text);
  const house = sources(text, vocab({ organizations: ['Kestrel Quay'], people: ['Quill Nnamdi'] }));
  assert.deepEqual(house, ['Kestrel Quay|said|organization', 'Quill Nnamdi|said|person']);
  assert.notDeepEqual(plain, house, 'the names change the typing');
  const longer = vocab({ people: ['Ada Quill'], organizations: ['Ada Quill Foundation'] });
  assert.deepEqual(sources('The Ada Quill Foundation said the grant was late.', longer), ['The Ada Quill Foundation|said|organization'], 'the longer name wins');
});

test('a house formula explains anonymity, with the formula as the reason', () => {
  const text = 'Two officials said the talks had stalled. They spoke under the desk\'s rule 4 for sensitive sources.';
  const v = vocab({ anonymityFormulas: ["under the desk's rule 4"] });
  assert.equal(analyze(text).anonymity.status, 'unexplained');
  const a = analyze(text, { vocabulary: v });
  assert.equal(a.anonymity.status, 'explained');
  assert.equal(a.anonymityNotes[0].reason, "under the desk's rule 4");
  assert.ok(!a.findings.some((f) => f.code === 'anonymity-unexplained'));
});

test('an editor analyzer starts afresh when the vocabulary changes, and matches analyze()', () => {
  const text = 'The mayor opined that the bridge was safe.\n\nOfficials said so.';
  const analyzer = createAnalyzer();
  const v = vocab({ cueVerbs: ['opine'] });
  assert.equal(analyzer.analyze(text).attributions.length, 1);
  assert.deepEqual(analyzer.analyze(text, { vocabulary: v }), analyze(text, { vocabulary: v }));
  assert.equal(analyzer.analyze(text, { vocabulary: v }).attributions.length, 2);
  assert.deepEqual(analyzer.analyze(text), analyze(text), 'and back');
});

test('an empty vocabulary changes nothing', () => {
  const text = 'Officials said 300 homes burned, according to a report.';
  assert.deepEqual(analyze(text, { vocabulary: none }), analyze(text));
});
