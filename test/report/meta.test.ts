// Dates, desks, outlets and word counts for the desk report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { countWords, frontMatter, normaliseDate, storyMeta } from '../../src/report';

test('dates: ISO, compact, with a time, month only; nonsense is no date', () => {
  assert.equal(normaliseDate('2016-05-17'), '2016-05-17');
  assert.equal(normaliseDate('20160517'), '2016-05-17');
  assert.equal(normaliseDate('"2016-05-17T10:00:00Z"'), '2016-05-17');
  assert.equal(normaliseDate('2016-05'), '2016-05');
  assert.equal(normaliseDate('2016-13-40'), null);
  assert.equal(normaliseDate('yesterday'), null);
});

test('a PolNeAR-style file name gives the outlet and the date; the folder is the desk', () => {
  const text = 'Officials said the bridge would reopen.';
  const meta = storyMeta('corpus/politics/nyt_2016-05-17_a-big-bet.txt', text, analyze(text));
  assert.deepEqual(meta, { title: 'nyt_2016-05-17_a-big-bet', date: '2016-05-17', desk: 'politics', outlet: 'nyt', words: 6 });
});

test('front matter wins over the file name; JSON fields win over both', () => {
  const text = '---\ntitle: "Bridge closed"\ndate: 2020-02-03\noutlet: Daily Planet\ndesk: metro\n---\nOfficials said the bridge would reopen.\n';
  const a = analyze(text, { format: 'markdown' });
  const meta = storyMeta('x/nyt_2016-05-17_b.md', text, a);
  assert.equal(meta.title, 'Bridge closed');
  assert.equal(meta.date, '2020-02-03');
  assert.equal(meta.outlet, 'Daily Planet');
  assert.equal(meta.desk, 'metro');
  assert.equal(meta.words, 6, 'front matter is not counted as words');
  const fromJson = storyMeta('x/b.md', null, a, { date: '2021-07', outlet: 'Wire', words: 250 });
  assert.deepEqual([fromJson.date, fromJson.outlet, fromJson.words, fromJson.desk], ['2021-07', 'Wire', 250, 'x']);
});

test('without text or a words field the length is unknown, not zero', () => {
  const a = analyze('Officials said so.');
  assert.equal(storyMeta('a.txt', null, a).words, null);
  assert.equal(storyMeta('a.txt', null, a, { words: 'many' }).words, null);
});

test('front matter: only a block at the very top, CRLF too', () => {
  assert.equal(frontMatter('---\r\ndate: 2019-01-02\r\n---\r\nText').get('date'), '2019-01-02');
  assert.equal(frontMatter('Text\n---\ndate: 2019-01-02\n---\n').size, 0);
});

test('words are counted in paragraphs: numbers, contractions and hyphenated words are one each', () => {
  const text = "It's a well-known fact: 3.5 million people didn't vote.";
  // It's · a · well-known · fact · 3.5 · million · people · didn't · vote
  assert.equal(countWords(text, analyze(text)), 9);
});
