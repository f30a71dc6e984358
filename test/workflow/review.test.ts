// Sign-off records: anchors that survive edits elsewhere and go stale when their
// sentence changes, the states, and bad review files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applySeverities, CODES, ALL_CODES, createAnalyzer } from '../../src/core';
import type { Finding, SeverityMap } from '../../src/core';
import { addRecord, emptyReview, fingerprint, fixesFor, isOpen, newRecord, parseReview, revokeRecords, reviewStory, serializeReview, describeReview, countReview, finishFindings } from '../../src/review';
import type { ReviewRecord } from '../../src/review';

const DEFAULTS = Object.fromEntries(ALL_CODES.map((c) => [c, CODES[c].defaultSeverity])) as SeverityMap;
const STORY = 'The council met on Monday.\n\nThree officials close to the talks said the deal was near. The fire destroyed 300 homes.\n';
const NOW = new Date('2026-12-01T10:00:00Z');

function review(text: string, records: ReviewRecord[]) {
  const a = analyze(text);
  return reviewStory(a, text, applySeverities(a, DEFAULTS), records);
}
const byCode = (fs: Finding[], code: string) => fs.find((f) => f.code === code) as Finding;

function approveAll(text: string): ReviewRecord[] {
  const first = review(text, []);
  const source = byCode(first.findings, 'anonymous-source');
  const figure = byCode(first.findings, 'unattributed-figure');
  return [
    newRecord({ action: 'approve', phrase: source.review!.phrase, sentence: source.review!.sentence, by: ' A. Editor ', note: 'They fear for their jobs.' }, NOW),
    newRecord({ action: 'verify', phrase: figure.review!.phrase, sentence: figure.review!.sentence, by: 'F. Checker', note: 'https://example.org/fire-report' }, NOW),
  ];
}

test('flags start pending; approved and verified once recorded, shown as hints', () => {
  const first = review(STORY, []);
  assert.equal(byCode(first.findings, 'anonymous-source').review?.state, 'pending');
  assert.equal(byCode(first.findings, 'unattributed-figure').review?.state, 'pending');
  assert.equal(byCode(first.findings, 'anonymity-unexplained').review, undefined, 'no sign-off for a missing explanation');
  const records = approveAll(STORY);
  assert.equal(records[0].by, 'A. Editor');
  assert.equal(records[0].date, '2026-12-01');
  const done = review(STORY, records);
  const source = byCode(done.findings, 'anonymous-source');
  assert.equal(source.review?.state, 'approved');
  assert.equal(source.severity, 'hint');
  assert.equal(describeReview(source.review!), 'Approved by A. Editor on 2026-12-01: They fear for their jobs.');
  assert.equal(byCode(done.findings, 'unattributed-figure').review?.state, 'verified');
  assert.equal(isOpen(source), false);
  assert.equal(isOpen(byCode(done.findings, 'anonymity-unexplained')), true);
  assert.deepEqual(done.orphans, []);
  assert.deepEqual(countReview(done.findings), { pending: 0, approved: 1, verified: 1, stale: 0, suppressed: 0 });
});

test('a record survives edits elsewhere: new paragraphs, re-wrapping, other sentences', () => {
  const records = approveAll(STORY);
  const edited = 'A new first paragraph, added later, about the weather.\n\n' + STORY
    .replace('The council met on Monday.', 'The city council met late on Monday night.')
    .replace('said the deal was near.', 'said the deal\nwas near.');
  const r = review(edited, records);
  assert.equal(byCode(r.findings, 'anonymous-source').review?.state, 'approved');
  assert.equal(byCode(r.findings, 'unattributed-figure').review?.state, 'verified');
});

test('a record goes stale when its sentence changes, and matches nothing when its phrase goes', () => {
  const records = approveAll(STORY);
  const changed = STORY.replace('the deal was near', 'the deal had collapsed');
  const r = review(changed, records);
  const source = byCode(r.findings, 'anonymous-source');
  assert.equal(source.review?.state, 'stale');
  assert.match(describeReview(source.review!), /^Sign-off stale: signed off by A. Editor on 2026-12-01/);
  assert.equal(isOpen(source), true, 'stale counts as open for --fail-on');
  assert.equal(byCode(r.findings, 'unattributed-figure').review?.state, 'verified', 'the other sentence is untouched');
  const gone = review(STORY.replace('300 homes', 'homes'), records);
  assert.deepEqual(gone.orphans.map((o) => o.phrase), ['300 homes']);
});

test('an ignore record silences one flag of a plain-text story, kept and marked', () => {
  const first = review(STORY, []);
  const f = byCode(first.findings, 'anonymity-unexplained');
  const a = analyze(STORY);
  const subject = a.attributions[f.attribution!];
  const sentence = fingerprint(STORY.slice(a.sentences[subject.sentence].start, a.sentences[subject.sentence].end));
  const ignore = newRecord({ action: 'ignore', code: 'anonymity-unexplained', phrase: subject.text, sentence, by: 'A. Editor', note: 'explained in the sidebar' }, NOW);
  const r = review(STORY, [ignore]);
  const silenced = byCode(r.findings, 'anonymity-unexplained');
  assert.equal(silenced.suppressed?.kind, 'review');
  assert.equal(silenced.suppressed?.justification, 'Ignored by A. Editor on 2026-12-01: explained in the sidebar');
  assert.equal(r.findings.length, first.findings.length, 'nothing dropped');
  assert.equal(byCode(r.findings, 'anonymous-source').review?.state, 'pending', 'the ignore of one code leaves the others');
});

test('fixes offered: sign-off for its codes, the ignore form for the format, revoke once signed off', () => {
  const first = review(STORY, []);
  assert.deepEqual(fixesFor(byCode(first.findings, 'anonymous-source'), 'markdown'), ['approve', 'ignore-comment']);
  assert.deepEqual(fixesFor(byCode(first.findings, 'unattributed-figure'), 'plaintext'), ['verify', 'ignore-record']);
  assert.deepEqual(fixesFor(byCode(first.findings, 'anonymity-unexplained'), 'plaintext'), ['ignore-record']);
  const done = review(STORY, approveAll(STORY));
  assert.deepEqual(fixesFor(byCode(done.findings, 'anonymous-source'), 'markdown'), ['ignore-comment', 'revoke']);
});

test('the review file: written sorted and stable, read back the same, revoke removes', () => {
  const records = approveAll(STORY);
  let file = emptyReview();
  file = addRecord(file, 'story.txt', records[1]);
  file = addRecord(file, 'story.txt', records[0]);
  file = addRecord(file, 'story.txt', { ...records[0], note: 'updated' });
  const text = serializeReview(file);
  assert.equal(serializeReview(parseReview(text).review), text, 'round trip');
  assert.deepEqual(parseReview(text).problems, []);
  assert.equal(parseReview(text).review.stories['story.txt'].length, 2, 'signing off again replaces');
  assert.equal(parseReview(text).review.stories['story.txt'].find((r) => r.action === 'approve')?.note, 'updated');
  const { review: less, removed } = revokeRecords(file, 'story.txt', { phrase: records[0].phrase, sentence: records[0].sentence }, ['approve']);
  assert.equal(removed, 1);
  assert.equal(less.stories['story.txt'].length, 1);
});

test('bad review files: clear problems with line and key, good records kept, broken JSON never rewritten', () => {
  const good = { action: 'approve', phrase: 'officials', sentence: '0123abcd', by: 'A. Editor', note: '', date: '2026-12-01' };
  const text = JSON.stringify({ version: 1, stories: { 'a.md': [good, { ...good, by: 7 }, { ...good, date: 'yesterday', extra: 1 }, 'x'] }, more: true }, null, 2);
  const r = parseReview(text);
  assert.equal(r.review.stories['a.md'].length, 1, 'the good record is used');
  assert.deepEqual(r.problems.map((p) => p.key), ['stories.a.md[1].by', 'stories.a.md[2].extra', 'stories.a.md[2].date', 'stories.a.md[3]', 'more']);
  assert.ok(r.problems.every((p) => p.line > 1));
  assert.equal(r.writable, false, 'a rewrite would drop what we could not read');
  const broken = parseReview('{ "version": 1, "stories": { "a.md": [ ');
  assert.equal(broken.writable, false);
  assert.match(broken.problems[0].message, /not valid JSON/);
  assert.match(parseReview('{"version": 2, "stories": {}}').problems[0].message, /must be 1/);
  assert.match(parseReview('').problems[0].message, /empty/);
  const huge = parseReview(' '.repeat(16 * 1024 * 1024 + 1));
  assert.match(huge.problems[0].message, /over the 16 MB/);
  assert.equal(parseReview(serializeReview(emptyReview())).writable, true);
});

test('finishFindings: severities, then comments (Markdown), then records, in one call', () => {
  const md = STORY.replace('The fire', '<!-- sourcing-lens-disable unattributed-figure -->The fire');
  const a = analyze(md, { format: 'markdown' });
  const severity = { ...DEFAULTS, 'anonymous-source': 'error' } as SeverityMap;
  const done = finishFindings(a, md, 'markdown', severity, []);
  assert.equal(byCode(done.analysis.findings, 'anonymous-source').severity, 'error');
  assert.equal(byCode(done.analysis.findings, 'unattributed-figure').suppressed?.kind, 'comment');
  const plain = finishFindings(analyze(md), md, 'plaintext', severity, []);
  assert.equal(byCode(plain.analysis.findings, 'unattributed-figure').suppressed, undefined, 'plain text has no comments');
});

test('anchors: a phrase spaced out (tabs, runs of spaces) reads as one line; the sentence fingerprint follows each edit of it', () => {
  const source = (text: string) => byCode(review(text, []).findings, 'anonymous-source').review!;
  const plain = source(STORY);
  assert.equal(plain.phrase, 'Three officials close to the talks');
  assert.deepEqual(source(STORY.replace('close to', 'close\tto')).phrase, plain.phrase);
  assert.deepEqual(source(STORY.replace('close to', 'close  to')).phrase, plain.phrase);
  // seen once, then changed, then back: each time the fingerprint of the sentence as it is
  const changed = source(STORY.replace('was near', 'was far'));
  assert.notEqual(changed.sentence, plain.sentence);
  assert.equal(source(STORY).sentence, plain.sentence);
  assert.equal(changed.sentence, fingerprint('Three officials close to the talks said the deal was far.'));
});

test('anchors through the editor\'s analyzer, whose kept sentences move, are those of a fresh analysis', () => {
  const analyzer = createAnalyzer();
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: two officials close to the talks said ${100 + i} homes were hit. The fire spread, residents said.`);
  let text = paragraphs.join('\n\n');
  const anchors = (a: ReturnType<typeof analyze>, t: string) => reviewStory(a, t, applySeverities(a, DEFAULTS), []).findings.map((f) => f.review && [f.start, f.review.phrase, f.review.sentence]);
  assert.deepEqual(anchors(analyzer.analyze(text), text), anchors(analyze(text), text));
  for (const [at, from, to] of [[3, 'homes', 'houses'], [0, 'two', 'three'], [11, 'spread', 'grew'], [5, 'were hit', 'burned down']] as const) {
    // the edited sentence is rewritten (a new fingerprint); the others keep theirs, moved
    const start = text.indexOf(`Paragraph ${at}:`);
    text = text.slice(0, start) + text.slice(start).replace(from, to);
    assert.deepEqual(anchors(analyzer.analyze(text), text), anchors(analyze(text), text), `after ${from} → ${to}`);
  }
});
