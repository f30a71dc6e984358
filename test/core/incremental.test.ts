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

// The document pass reads earlier attributions' resolved state; the keystroke path keeps
// the resolved state of unchanged paragraphs. Both must see the same thing: before, a
// pronoun read an earlier source before a later step of the pass had resolved it when
// analysing afresh, and after that step when the source was kept from the last run.
const senator = [
  'Sen. Marco Rubio campaigned in Miami on Tuesday. The Florida senator said the race was far from over.',
  '“We are going to win this state,” he said to supporters.',
].join('\n\n');
const aides = 'Two aides, who spoke on condition of anonymity, said the campaign was short of money.';

test('a paragraph added after a pronoun whose antecedent the pass made a named person (fuzz seed 4242, case 2231)', () => {
  agreesAfter([senator, senator + '\n\n' + aides]);
  // and what both agree on: "he" is the Florida senator, a named person
  const he = analyze(senator + '\n\n' + aides).attributions.find((a) => a.text === 'he');
  assert.equal(he?.kind, 'named');
  assert.equal(he?.antecedent?.text, 'The Florida senator');
});

test('an edit inside the pronoun’s paragraph, the antecedent’s kept (fuzz seed 4242, case 797)', () => {
  agreesAfter([senator, senator.replace('to supporters.', 'to supporters.\n\n' + aides), senator.replace('to supporters.', 'to supporters. ' + aides)]);
});

test('a pronoun after pronouns the anaphor step linked', () => {
  // the second "They" gets its antecedent from the anaphor step; the third reads it
  const chain = ['They said the talks had stalled.', 'The meeting ran late. They said no deal was close.', 'Nothing was signed. They said the sides would meet again.'].join('\n\n');
  agreesAfter([chain, chain + ' An official said 40 people attended.', chain.replace('ran late', 'ran very late')]);
});

test('facets merged along a chain of links that reaches back past REACH to the edit', () => {
  // "They" (in paragraphs beyond REACH from the edit, its antecedent near) takes the
  // count from the root of "the officials", the first paragraph: editing that count
  // must reach it.
  const paras = ['Three officials briefed on the talks said the deal was close.'];
  for (let i = 0; i < 600; i++) {
    paras.push(`Mr. Smith${i} said the talks went on.`);
    if (i % 100 === 99) paras.push('The officials said the deal was near.', 'They said it would be signed soon.');
  }
  const long = paras.join('\n\n');
  agreesAfter([long, long.replace('Three officials', 'Four officials'), long.replace('Three officials briefed on the talks', 'Mr. Jones')]);
  const last = analyze(long.replace('Three officials', 'Four officials')).attributions.filter((a) => a.text === 'They').pop();
  assert.equal(last?.facets?.count, 'Four');
});

// What a keystroke takes from the last run instead of recomputing (analyze.ts): the
// paragraphs before the edit as they are, the counts and word totals of the head and
// the tail, the tail's paragraph entries and head words, name links and messages.

test('word totals carried over an edit: a mostly foreign document that an edit makes English, and back', () => {
  const foreign = Array.from({ length: 12 }, (_, i) => `Le ministre a déclaré ${i} que les négociations continuent sans accord entre les parties.`);
  const english = 'Three officials said 40 people were hurt, according to the police.';
  // one English sentence with a flag, which the foreign rest keeps from being shown
  const before = [...foreign, 'Officials said 300 people died.', 'Les parties se retrouvent demain.', ...foreign].join('\n\n');
  const after = before.replace('Les parties se retrouvent demain.', Array(12).fill(english).join('\n\n'));
  agreesAfter([before, after, before]);
  // the edit crosses the line both ways (else this tests nothing)
  assert.equal(analyze(before).findings.length, 0);
  assert.ok(analyze(after).findings.length > 0);
  // and the other way round: the foreign words an edit removes leave the totals
  const mostlyForeign = ['Officials said 300 people died.', ...foreign, ...foreign, english].join('\n\n');
  const nowEnglish = ['Officials said 300 people died.', 'Les parties se retrouvent demain.', english].join('\n\n');
  agreesAfter([mostlyForeign, nowEnglish, mostlyForeign]);
  assert.equal(analyze(mostlyForeign).findings.length, 0);
  assert.ok(analyze(nowEnglish).findings.length > 0);
});

test('anonymity notes counted in the kept head and tail when an edit adds one between them', () => {
  const note = 'The official spoke on condition of anonymity because he was not authorized to speak publicly.';
  const source = 'A senior official said 300 troops would leave.';
  const other = 'Two aides, who spoke on condition of anonymity, said the campaign was short of money.';
  const paras = [source, note, other, ...Array.from({ length: 30 }, (_, i) => `Mr. Brown${i} said the talks went on.`), source, note];
  const before = paras.join('\n\n');
  const after = before.replace('Mr. Brown15 said', `${note}\n\nMr. Brown15 said`);
  agreesAfter([before, after, before]);
  assert.equal(analyze(after).anonymityNotes.length, analyze(before).anonymityNotes.length + 1);
});

test('head words of the kept tail when an edit inserts attributions before an anaphor that reads them', () => {
  const paras = ['Seven officials involved in the talks said the deal was close.'];
  for (let i = 0; i < 40; i++) paras.push(`Mr. Grey${i} said the talks went on.`);
  paras.push('The officials said the deal was near.');
  const before = paras.join('\n\n');
  const after = before.replace('Mr. Grey20 said', 'Two diplomats said so, and a spokesman said so. Mr. Grey20 said');
  agreesAfter([before, after, before]);
  const anaphor = analyze(after).attributions.find((a) => a.text === 'The officials');
  assert.equal(anaphor?.antecedent?.text, 'Seven officials involved in the talks');
});

test('name links when an edit adds and removes a mention of a linked source', () => {
  const paras = ['Mr. Smith said the plan worked.', ...Array.from({ length: 20 }, (_, i) => `The weather on day ${i} was fine.`), 'Mr. Smith said it again.'];
  const before = paras.join('\n\n');
  const added = before.replace('day 10 was fine.', 'day 10 was fine, Mr. Smith said.');
  // an attribution added at the top moves every id: the lists keep their lengths
  const shifted = `A spokesman said so.\n\n${before}`;
  agreesAfter([before, added, before, added, shifted, before]);
  const links = (text: string) => analyze(text).attributions.filter((a) => a.text === 'Mr. Smith').map((a) => a.sameSource.length);
  assert.deepEqual(links(before), [1, 1]);
  assert.deepEqual(links(added), [2, 2, 2]);
});

test('the message of a kept anonymous source follows a verdict that an edit elsewhere changes', () => {
  const source = 'A senior official said the strike was planned for weeks.';
  const filler = Array.from({ length: 20 }, (_, i) => `The market on day ${i} was calm.`);
  const before = [source, ...filler].join('\n\n');
  const after = [source, ...filler, 'He spoke on condition of anonymity because he was not authorized to discuss the plan.'].join('\n\n');
  agreesAfter([before, after, before]);
  const message = (text: string) => analyze(text).findings.find((f) => f.code.includes('anonymous-source'))?.message;
  assert.notEqual(message(before), message(after));
});

test('prepare() analyses ahead in slices; analyze() then only assembles, with the same result', () => {
  const long = Array.from({ length: 40 }, (_, i) => story.replace('Rome', `Rome ${i}`)).join('\n\n');
  for (const format of ['plaintext', 'markdown'] as const) {
    const an = createAnalyzer();
    let slices = 0;
    // five paragraphs a slice
    for (let budget = 0; ; slices++) {
      budget = 0;
      if (an.prepare(long, { format }, () => budget++ < 5)) break;
      assert.ok(slices < 1000, 'prepare() finishes');
    }
    assert.ok(slices >= 20, `${format}: done in slices (${slices})`);
    assert.deepEqual(an.analyze(long, { format }), analyze(long, { format }));
    assert.equal(an.lastMisses, 0, `${format}: every paragraph was ready`);
    // after an edit, only the paragraphs around it are left to do
    const edited = long.replace('Rome 17', 'Paris 17');
    let asked = 0;
    assert.equal(an.prepare(edited, { format }, () => (asked++, true)), true);
    assert.ok(asked <= 3, `${format}: one paragraph re-split, not the story (${asked})`);
    assert.deepEqual(an.analyze(edited, { format }), analyze(edited, { format }));
    assert.equal(an.lastMisses, 0);
    // a text prepare() never saw is analysed whole, as ever
    assert.deepEqual(an.analyze(edited + '\n\nHe said 12 people died.', { format }), analyze(edited + '\n\nHe said 12 people died.', { format }));
  }
});

test('prepare() with another vocabulary starts afresh, as analyze() does', () => {
  const an = createAnalyzer();
  const vocabulary = { cueVerbs: ['opine'], anonymityFormulas: [], organizations: ['Rome Council'], people: [], neverCues: [] };
  assert.equal(an.prepare(story, {}, () => true), true);
  assert.equal(an.prepare(story, { vocabulary }, () => true), true);
  assert.deepEqual(an.analyze(story, { vocabulary }), analyze(story, { vocabulary }));
  assert.equal(an.lastMisses, 0);
});

test('prepare(): a first run stopped in its assembly goes on when the text changes; the edit is then analysed', () => {
  const long = Array.from({ length: 300 }, (_, i) => story.replace('Rome', `Rome ${i}`)).join('\n\n');
  let asked = 0;
  assert.equal(createAnalyzer().prepare(long, {}, () => (asked++, true)), true);
  const an = createAnalyzer();
  let left = asked - 2; // the last few asks are the assembly's (one per 128 paragraphs or attributions)
  assert.equal(an.prepare(long, {}, () => left-- > 0), false, 'stopped before the end');
  const edited = long.replace('Rome 150', 'Paris 150');
  assert.equal(an.prepare(edited, {}, () => true), true);
  assert.deepEqual(an.analyze(edited), analyze(edited));
  assert.ok(an.lastMisses <= 1, `only the edited paragraph was left (${an.lastMisses})`);
});
