// The editor's analyzer (createAnalyzer) re-does only what an edit touches; after any
// edit its result must equal a fresh analysis of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../src/core';
import type { AnalyzeOptions } from '../../src/core';

function agreesAfter(steps: string[], options: AnalyzeOptions = {}): void {
  const an = createAnalyzer();
  for (const text of steps) assert.deepEqual(an.analyze(text, options), analyze(text, options));
}

const story = [
  'Officials met in Rome, according to three officials briefed on the talks.',
  'But no agreement has been reached, the officials said.',
  'Kamel Abu Jamea, 73, a resident, said his wife was sick. “She can’t walk,” he said.',
  'About 182,000 people were displaced, the United Nations estimates.',
].join('\n\n');

test('editing a word, adding and joining paragraphs', () => {
  agreesAfter([
    story,
    story.replace('Rome', 'Cairo'),
    story.replace('Rome', 'Cairo').replace('\n\nBut', ' But'),
    story.replace('Rome', 'Cairo').replace('\n\nBut', ' But') + '\n\nHe said 12 people died.',
    'He said so.\n\n' + story,
  ]);
});

test('a line break inserted before a blank line, after a block that looks like code', () => {
  const before = 'Intro.\r\n\r\n<div>\ntwo people familiar with the matter denied about 2,000 ci\n\nilians.';
  agreesAfter([before, before.replace('ci\n\n', 'ci---\n\n\n')]);
});

test('white space before the first line break is not a block separator', () => {
  agreesAfter([' \n' + ' '.repeat(29) + '.', ' \n' + ' '.repeat(29) + '|\n.']);
});

test('CRLF, lone CR and Markdown', () => {
  agreesAfter([story.replace(/\n/g, '\r\n'), story.replace(/\n/g, '\r\n').replace('Rome', 'Paris'), story.replace(/\n\n/g, '\r\r')]);
  agreesAfter(['# Title\n\n' + story, '# Title\n\n```\ncode\n' + story, '# Title\n\n' + story + '\n\n[link](https://x.org)'], { format: 'markdown' });
});

test('edits far from later paragraphs keep their resolved pronouns right', () => {
  const long = Array.from({ length: 150 }, (_, i) => `Mr. Smith${i} spoke on day ${i}. He said the talks went on, officials said.`).join('\n\n');
  agreesAfter([long, long.replace('day 3.', 'day 3. The officials said so.'), long.replace('Mr. Smith2 spoke', 'Ms. Lee spoke')]);
});
