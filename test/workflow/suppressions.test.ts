// Inline suppression comments in Markdown: every form, with the offsets they cover,
// and the comment "Ignore this finding here" inserts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applySuppressions, ignoreComment, parseDirectives, suppressedRanges } from '../../src/core';
import type { Finding } from '../../src/core';

const ranges = (text: string) => suppressedRanges(text, parseDirectives(text).directives).map((r) => ({ text: text.slice(r.start, r.end), codes: r.codes }));

test('disable-next-line covers exactly the next line, for the codes named', () => {
  const text = 'Intro.\n<!-- sourcing-lens-disable-next-line unattributed-figure, anonymous-source -->\nThe fire destroyed 300 homes.\nNext line.\n';
  assert.deepEqual(ranges(text), [{ text: 'The fire destroyed 300 homes.', codes: ['unattributed-figure', 'anonymous-source'] }]);
  const crlf = text.replace(/\n/g, '\r\n');
  assert.deepEqual(ranges(crlf), [{ text: 'The fire destroyed 300 homes.', codes: ['unattributed-figure', 'anonymous-source'] }], 'CRLF too');
  const inline = 'Officials said so. <!-- sourcing-lens-disable-next-line -->\nThe fire destroyed 300 homes.';
  assert.deepEqual(ranges(inline), [{ text: 'The fire destroyed 300 homes.', codes: null }], 'at the end of a line, and no codes = all');
});

test('disable … enable, partial enables, a disable left open, and disable-file', () => {
  const text = 'A <!-- sourcing-lens-disable -->B<!-- sourcing-lens-enable --> C';
  assert.deepEqual(ranges(text), [{ text: 'B', codes: null }]);
  const partial = '<!-- sourcing-lens-disable anonymous-source unattributed-figure -->X<!-- sourcing-lens-enable anonymous-source -->Y';
  assert.deepEqual(ranges(partial), [
    { text: 'X', codes: ['anonymous-source', 'unattributed-figure'] },
    { text: 'Y', codes: ['unattributed-figure'] },
  ]);
  const open = 'A<!-- sourcing-lens-disable anonymous-source -->rest of file';
  assert.deepEqual(ranges(open), [{ text: 'rest of file', codes: ['anonymous-source'] }]);
  const file = 'text <!-- sourcing-lens-disable-file unattributed-figure -- figures checked by the data desk --> more';
  assert.deepEqual(ranges(file), [{ text: file, codes: ['unattributed-figure'] }]);
  assert.equal(parseDirectives(file).directives[0].reason, 'figures checked by the data desk');
});

test('an unknown code is a problem, not a silent "all codes"; examples in code are not directives', () => {
  const typo = '<!-- sourcing-lens-disable-next-line anonymous-sauce -->\nOfficials said so.';
  const parsed = parseDirectives(typo);
  assert.equal(parsed.directives.length, 0);
  assert.match(parsed.problems[0].message, /unknown finding code 'anonymous-sauce'/);
  const fenced = '```\n<!-- sourcing-lens-disable-file -->\n```\nOfficials said so.';
  assert.equal(parseDirectives(fenced).directives.length, 0);
  const span = 'Write `<!-- sourcing-lens-disable-file -->` to silence a file.';
  assert.equal(parseDirectives(span).directives.length, 0);
  assert.equal(parseDirectives('<!-- sourcing-lens-disabled -->').directives.length, 0, 'a longer word is not the directive');
});

test('suppressed findings are marked, kept, and in the same order', () => {
  const text = 'Officials said the bridge would reopen.\n\n<!-- sourcing-lens-disable-next-line unattributed-figure -->\nThe fire destroyed 300 homes in the valley.\n';
  const a = analyze(text, { format: 'markdown' });
  const marked = applySuppressions(a.findings, suppressedRanges(text, parseDirectives(text).directives));
  assert.equal(marked.length, a.findings.length);
  const figure = marked.find((f) => f.code === 'unattributed-figure') as Finding;
  assert.equal(figure.suppressed?.kind, 'comment');
  assert.equal(text.slice(figure.suppressed!.at!.start, figure.suppressed!.at!.end), '<!-- sourcing-lens-disable-next-line unattributed-figure -->');
  assert.ok(marked.filter((f) => f.code !== 'unattributed-figure').every((f) => !f.suppressed));
});

test('the ignore comment goes on its own line before a paragraph, at the end of the line before inside one', () => {
  const text = '# Title\n\nFirst line of a paragraph\nand 300 homes on its second line.\n';
  const first = ignoreComment(text, { start: text.indexOf('First'), code: 'anonymous-source' });
  assert.deepEqual(first, { offset: text.indexOf('First'), insert: '<!-- sourcing-lens-disable-next-line anonymous-source -->\n' });
  const second = ignoreComment(text, { start: text.indexOf('300'), code: 'unattributed-figure' });
  assert.deepEqual(second, { offset: text.indexOf('\nand'), insert: ' <!-- sourcing-lens-disable-next-line unattributed-figure -->' });
  for (const fix of [first, second]) {
    const edited = text.slice(0, fix.offset) + fix.insert + text.slice(fix.offset);
    const code = fix === first ? 'anonymous-source' : 'unattributed-figure';
    const at = fix === first ? edited.indexOf('First') : edited.indexOf('300');
    const covered = suppressedRanges(edited, parseDirectives(edited).directives).some((r) => r.start <= at && at < r.end && r.codes?.includes(code));
    assert.ok(covered, `the inserted comment covers the finding (${code})`);
  }
  assert.deepEqual(ignoreComment('300 homes.', { start: 0, code: 'unattributed-figure' }), { offset: 0, insert: '<!-- sourcing-lens-disable-next-line unattributed-figure -->\n' });
  const crlf = 'A.\r\n\r\n300 homes.';
  assert.equal(ignoreComment(crlf, { start: crlf.indexOf('300'), code: 'unattributed-figure' }).insert.endsWith('\r\n'), true, 'the file\'s own line ending');
});

test('an inserted comment changes no analysis: the paragraph is not split', () => {
  const text = 'The mayor spoke.\nOfficials said 300 homes burned.\n';
  const fix = ignoreComment(text, { start: text.indexOf('Officials'), code: 'anonymous-source' });
  const edited = text.slice(0, fix.offset) + fix.insert + text.slice(fix.offset);
  const before = analyze(text, { format: 'markdown' });
  const after = analyze(edited, { format: 'markdown' });
  assert.deepEqual(after.attributions.map((a) => a.text), before.attributions.map((a) => a.text));
  assert.equal(after.paragraphs.length, before.paragraphs.length);
});
