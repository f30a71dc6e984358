// The desk page and CSV: totals are the sums of the stories' analyses, and empty or
// odd input still gives a whole page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { deskCsv, deskPage, storyMeta, totals, deskRow, trends, type StoryRecord } from '../../src/report';

const STORIES: Record<string, string> = {
  'politics/nyt_2016-05-17_one.txt': 'Officials said the talks had stalled. The fire destroyed 300 homes. "We are ready," said John Smith, the mayor.',
  'politics/nyt_2016-06-02_two.txt': 'According to a statement from the ministry, 12 people were hurt. Two senior officials, who spoke on condition of anonymity because they were not authorized to speak publicly, said the plan was dead.',
  'metro/wire_2016-06-20_three.txt': 'The river rose overnight. The bridge is closed.',
};

function records(): StoryRecord[] {
  return Object.entries(STORIES).map(([p, text]) => {
    const analysis = analyze(text);
    return { path: p, analysis, meta: storyMeta(p, text, analysis) };
  });
}

test('totals are the sums of the summaries', () => {
  const rs = records();
  const t = totals(rs.map(deskRow));
  const sum = (f: (r: StoryRecord) => number) => rs.reduce((n, r) => n + f(r), 0);
  assert.equal(t.stories, 3);
  assert.equal(t.attributions, sum((r) => r.analysis.summary.attributions));
  assert.equal(t.anonymous, sum((r) => r.analysis.summary.anonymous));
  assert.equal(t.figures, sum((r) => r.analysis.summary.figures));
  assert.equal(t.unattributed, sum((r) => r.analysis.summary.unattributedFigures));
  assert.equal(t.withAnonymous, rs.filter((r) => r.analysis.summary.anonymous > 0).length);
  assert.equal(t.unexplained, rs.filter((r) => r.analysis.anonymity.status === 'unexplained').length);
});

test('trends group by month, desk and outlet', () => {
  const tr = trends(records().map(deskRow));
  assert.deepEqual(tr.month.map((m) => [m.key, m.stories]), [['2016-05', 1], ['2016-06', 2]]);
  assert.deepEqual(tr.desk.map((m) => [m.key, m.stories]), [['metro', 1], ['politics', 2]]);
  assert.deepEqual(tr.outlet.map((m) => [m.key, m.stories]), [['nyt', 2], ['wire', 1]]);
});

test('the page: one row and one section per story, links between them, its own CSP', () => {
  const rs = records();
  const html = deskPage(rs, { inputs: ['corpus'], nonce: 'abc123', skipped: [] });
  assert.equal((html.match(/<tr data-index=/g) ?? []).length, 3);
  for (let i = 0; i < 3; i++) {
    assert.match(html, new RegExp(`href="#s-${i}"`));
    assert.match(html, new RegExp(`<section class="story" id="s-${i}"`));
  }
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;"/);
  assert.match(html, /<style nonce="abc123">/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /<script nonce="abc123">/);
  assert.doesNotMatch(html, /\ssrc=|\shref="(?!#)/, 'nothing is loaded or linked from elsewhere');
  assert.match(html, /By month/);
  assert.doesNotMatch(html, /NaN|undefined|Infinity/);
});

test('no stories: a clear page that says why', () => {
  const empty = deskPage([], { inputs: ['drafts'], nonce: 'n' });
  assert.match(empty, /id="empty"/);
  assert.match(empty, /No stories to report from drafts: no \.txt, \.md or \.markdown files/);
  const bad = deskPage([], { inputs: ['bad'], nonce: 'n', skipped: [{ path: 'bad/a.txt', reason: 'binary file' }] });
  assert.match(bad, /none of the inputs could be read/);
  assert.match(bad, /<code>bad\/a\.txt<\/code>: binary file/);
});

test('CSV: a header, one line per story, quotes doubled, formulas defused', () => {
  const rs = records();
  rs[0].meta.title = 'Say "hi", =cmd';
  const lines = deskCsv(rs).split('\r\n');
  assert.equal(lines.length, 5, 'header, three stories, final newline');
  assert.match(lines[0], /^file,title,date,desk,outlet,words,attributions,/);
  assert.match(lines[1], /^politics\/nyt_2016-05-17_one\.txt,"Say ""hi"", =cmd",2016-05-17,politics,nyt,\d+,/);
  const row3 = lines[3].split(',');
  assert.equal(row3[6], String(rs[2].analysis.summary.attributions));
  assert.equal(row3[11], '', 'no share of nothing');
  rs[1].meta.title = '=HYPERLINK("x")';
  assert.match(deskCsv(rs).split('\r\n')[2], /,"'=HYPERLINK\(""x""\)",/);
});
