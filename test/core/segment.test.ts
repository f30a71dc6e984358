// Segmentation: abbreviations, quotations, headlines, boilerplate lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';

const sentencesOf = (text: string) => analyze(text).sentences.map((s) => text.slice(s.start, s.end));

test('abbreviations, initials and decimals do not end sentences', () => {
  assert.deepEqual(sentencesOf('Mr. Netanyahu met Gov. Smith on Oct. 7 in the U.S. Army base. Prices rose 3.5 percent. John F. Kennedy spoke.'), [
    'Mr. Netanyahu met Gov. Smith on Oct. 7 in the U.S. Army base.', 'Prices rose 3.5 percent.', 'John F. Kennedy spoke.',
  ]);
});

test('"U.S." before a sentence starter ends the sentence', () => {
  assert.deepEqual(sentencesOf('They came to the U.S. The rest stayed.'), ['They came to the U.S.', 'The rest stayed.']);
});

test('a quotation of several sentences stays with its attribution', () => {
  assert.deepEqual(sentencesOf('“I can’t leave her. I won’t go,” he said. Then he left.'), [
    '“I can’t leave her. I won’t go,” he said.', 'Then he left.',
  ]);
});

test('a sentence ending inside a closing quotation still ends', () => {
  assert.deepEqual(sentencesOf('The network said it was "false." In an ad, he said so.'), ['The network said it was "false."', 'In an ad, he said so.']);
});

test('headline and boilerplate lines are paragraphs of their own; CRLF and NBSP keep offsets', () => {
  const text = 'Negotiators meet in Rome\r\nAdvertisement\r\n\r\nOfficials\u00a0said the talks\u00a0stalled.';
  const r = analyze(text);
  assert.deepEqual(r.paragraphs.map((p) => text.slice(p.start, p.end)), ['Negotiators meet in Rome', 'Advertisement', 'Officials\u00a0said the talks\u00a0stalled.']);
  assert.equal(text.slice(r.attributions[0].cue.start, r.attributions[0].cue.end), 'said');
});

test('hard-wrapped prose is one paragraph', () => {
  const text = 'The meeting in Rome came as Western diplomats scrambled on Sunday to prevent\na surge of fighting along the border, officials said, after a rocket from\nLebanon killed at least 12 people.';
  assert.equal(analyze(text).paragraphs.length, 1);
});

test('a line break inside a sentence does not end it (text extracted from print)', () => {
  const text = 'The old bridge cracked in two places on Sunday morning, and at least 40\ncars fell into the river below it, three officials involved in\nthe rescue said. The rest of the span was closed by the state.';
  assert.deepEqual(sentencesOf(text), ['The old bridge cracked in two places on Sunday morning, and at least 40\ncars fell into the river below it, three officials involved in\nthe rescue said.', 'The rest of the span was closed by the state.']);
  const a = analyze(text).attributions[0];
  assert.equal(a.text, 'three officials involved in\nthe rescue');
});

test('list items keep their line breaks', () => {
  assert.deepEqual(sentencesOf('Officials listed\n- a bridge\n- a road'), ['Officials listed', '- a bridge', '- a road']);
});
