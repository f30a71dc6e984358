// Grouping for the Sources view: one entry per source as a reader counts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, groupSources, type SourceGroup } from '../../src/core';

/** kind → [name, mention texts] */
function shape(groups: SourceGroup[]): Record<string, [string, string[]][]> {
  return Object.fromEntries(groups.map((g) => [g.kind, g.sources.map((s) => [s.name, s.mentions.map((m) => m.text)])]));
}

const STORY = [
  'Officials said the road was shut. The New York Times reported the toll.',
  'Later, officials said 40 people died, The Times said.',
  'Kamel Abu Jamea said his wife was sick. “She can’t walk,” he said.',
].join('\n\n');

test('case does not split a source: “Officials” and “officials”', () => {
  const g = shape(groupSources(analyze(STORY)));
  assert.deepEqual(g['unnamed-group'], [['Officials', ['Officials', 'officials']]]);
});

test('a short form joins the one longer name it fits: “The Times”', () => {
  const g = shape(groupSources(analyze(STORY)));
  assert.deepEqual(g.organization, [['The New York Times', ['The New York Times', 'The Times']]]);
});

test('“U.N.” joins “the United Nations”; a short form that fits two names joins neither', () => {
  const un = shape(groupSources(analyze('The United Nations said 17 shelters closed. Aid is short, the U.N. said.')));
  assert.deepEqual(un.organization, [['The United Nations', ['The United Nations', 'the U.N.']]]);
  const two = groupSources(analyze('The New York Times reported the toll. The Financial Times reported a lower one. The Times said more.'));
  const org = two.find((g) => g.kind === 'organization')!;
  assert.equal(org.sources.length, 3, org.sources.map((s) => s.name).join(' | '));
});

test('a resolved pronoun is listed under what it refers to, even a name no attribution holds', () => {
  const g = shape(groupSources(analyze(STORY)));
  assert.deepEqual(g.person, [['Kamel Abu Jamea', ['Kamel Abu Jamea', 'he']]]);
  const only = groupSources(analyze('John Smith waited at the crossing. He said it was calm. “Then it was not,” he said.'));
  assert.deepEqual(shape(only), { person: [['John Smith', ['He', 'he']]] });
});

test('an unresolved pronoun has its own group, never Named people', () => {
  const groups = groupSources(analyze('“We will rebuild,” he said.'));
  assert.deepEqual(shape(groups), { 'unresolved-pronoun': [['he', ['he']]] });
});

test('two indefinite individuals stay two sources: “an official” … “an official”', () => {
  const g = groupSources(analyze('The plan is dead, an official said. The border is open, an official said.'));
  const people = g.find((x) => x.kind === 'unnamed-person')!;
  assert.equal(people.sources.length, 2);
});

test('every attribution is listed exactly once', () => {
  const a = analyze(STORY);
  const ids = groupSources(a).flatMap((g) => g.sources.flatMap((s) => s.mentions.map((m) => m.id))).sort((x, y) => x - y);
  assert.deepEqual(ids, a.attributions.map((x) => x.id));
});
