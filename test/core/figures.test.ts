// Figures: what counts (guide §2), what is excluded, and same-sentence status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { figuresOf } from './helpers';

const found: [string, string, { figure: string; status: string; sourceKind: string | null }[]][] = [
  ['vague magnitude with its noun, unattributed', 'Israeli hostages would be exchanged for hundreds of Palestinians jailed by Israel.',
    [{ figure: 'hundreds of Palestinians', status: 'unattributed', sourceKind: null }]],
  ['hedge, attributed to an anonymous group in the same sentence', 'Western diplomats scrambled, officials said, after a rocket killed at least 12 people in a town.',
    [{ figure: 'at least 12 people', status: 'attributed', sourceKind: 'anonymous' }]],
  ['tens of thousands, attributed to a named organisation', 'Tens of thousands of people have been forced to evacuate, according to the United Nations.',
    [{ figure: 'Tens of thousands of people', status: 'attributed', sourceKind: 'named' }]],
  ['number with comma and hedge', 'About 182,000 people were displaced last week, the United Nations estimates.',
    [{ figure: 'About 182,000 people', status: 'attributed', sourceKind: 'named' }]],
  ['number words with multi-word nouns', 'Twelve distribution points have suspended their operations, the agency said.',
    [{ figure: 'Twelve distribution points', status: 'attributed', sourceKind: 'named' }]],
  ['percentages and money', 'Turnout was about 46% and the brand recorded $2.3 billion in net sales.',
    [{ figure: 'about 46%', status: 'unattributed', sourceKind: null }, { figure: '$2.3 billion', status: 'unattributed', sourceKind: null }]],
  ['percentage points', 'Turnout was up about 19 percentage points.',
    [{ figure: 'about 19 percentage points', status: 'unattributed', sourceKind: null }]],
  ['a score after a name, reported "in the poll" (the poll is its source)', 'Rubio tops Clinton 41-40 in the poll.',
    [{ figure: '41-40', status: 'attributed', sourceKind: 'named' }]],
  ['"and" ends the counted noun after a plural', 'The attack killed 49 people and wounded 53 others.',
    [{ figure: '49 people', status: 'unattributed', sourceKind: null }, { figure: '53 others', status: 'unattributed', sourceKind: null }]],
  ['a vague magnitude counts only "of" something', 'As tens of thousands descend on Brazil, hundreds remained.',
    [{ figure: 'tens of thousands', status: 'unattributed', sourceKind: null }, { figure: 'hundreds', status: 'unattributed', sourceKind: null }]],
  // family 6 of the accuracy issue: sentences of our own
  ['fractions with "of"', 'Roughly half of the 900 nurses have left, and two-thirds of the beds are empty.',
    [{ figure: 'Roughly half', status: 'unattributed', sourceKind: null }, { figure: '900 nurses', status: 'unattributed', sourceKind: null }, { figure: 'two-thirds', status: 'unattributed', sourceKind: null }]],
  ['multipliers and "half that much"', 'Rents rose twice as much as wages, and food half that much.',
    [{ figure: 'twice as much', status: 'unattributed', sourceKind: null }, { figure: 'half that much', status: 'unattributed', sourceKind: null }]],
  ['"a pair of", "a few thousand", "tons of"', 'Police held a pair of hearings, questioned a few thousand drivers and seized tons of cargo.',
    [{ figure: 'a pair of hearings', status: 'unattributed', sourceKind: null }, { figure: 'a few thousand drivers', status: 'unattributed', sourceKind: null }, { figure: 'tons of cargo', status: 'unattributed', sourceKind: null }]],
  ['counts of a definite group larger than one', 'The inspectors visited three of them and four of the reactors.',
    [{ figure: 'three of them', status: 'unattributed', sourceKind: null }, { figure: 'four', status: 'unattributed', sourceKind: null }]],
  ['hyphenated units and counted compounds', 'A 4.5-percent rise was felt along the 1,200-mile canal and by its five-member board.',
    [{ figure: '4.5-percent rise', status: 'unattributed', sourceKind: null }, { figure: '1,200-mile canal', status: 'unattributed', sourceKind: null }, { figure: 'five-member board', status: 'unattributed', sourceKind: null }]],
  ['a four-digit count with a comma is not a year', 'The agency has released 2,016 of the letters.',
    [{ figure: '2,016', status: 'unattributed', sourceKind: null }]],
  ['a definite count with a scale is a figure', 'Aid reached a fraction of the two million residents.',
    [{ figure: 'two million residents', status: 'unattributed', sourceKind: null }]],
  ['money before a time adverbial', 'The firm earned about $600 million last year.',
    [{ figure: 'about $600 million', status: 'unattributed', sourceKind: null }]],
];

const excluded: [string, string][] = [
  ['a number in a name', 'Leaders met at a Group of 20 summit.'],
  ['an address', 'Protesters marched to 1600 Pennsylvania Avenue.'],
  ['a code after a colon', 'The player failed with Ecode: 11.'],
  ['a handle', 'Follow the account @harbor_news_7 for updates.'],
  ['hyphenated time units', 'Nurses worked 12-hour shifts.'],
  ['dates and years', 'The Oct. 7 attack in 2023 changed everything.'],
  ['durations', 'Civilians have faced nearly a year of war and three weeks ago fled again.'],
  ['ages', 'Kamel Abu Jamea, 73, a resident, was too sick to walk.'],
  ['numbers in names', 'COVID-19 spread along Route 60.'],
  ['definite references', 'Mediators between the two sides met one of the mediating countries.'],
  ['times of day', 'The meeting began at 5 p.m. on Sunday.'],
  ['inside a quotation', '“My wife can’t even walk five meters,” he said.'],
  ['identifiers and links', 'See #2 and http://on.wsj.com/1lHHbkb about 9/11 and Teamsters Local 294 while it lasts.'],
];

for (const [rule, text, expected] of found) {
  test(`figure: ${rule}`, () => assert.deepEqual(figuresOf(text), expected));
}
for (const [rule, text] of excluded) {
  test(`not a figure: ${rule}`, () => assert.deepEqual(figuresOf(text), []));
}

test('counts that describe the sources themselves are not figures', () => {
  const r = analyze('Israel wants checkpoints, according to four Israeli officials and an official from one of the mediating countries.');
  assert.deepEqual(r.figures, []);
  assert.equal(r.attributions.length >= 1, true);
});

test('attribution in a neighbouring sentence does not cover a figure', () => {
  const r = analyze('The United Nations said the camp was full. Tens of thousands of people have been heading toward it.');
  assert.equal(r.figures[0].status, 'unattributed');
});

test('vague magnitudes parse to ranges', () => {
  const [f] = analyze('Officials said hundreds remained stranded.').figures;
  assert.deepEqual(f.value, { min: 200, max: 999 });
  const [g] = analyze('About 182,000 people were displaced, the agency said.').figures;
  assert.deepEqual({ value: g.value, hedge: g.hedge, noun: g.noun }, { value: { min: 182000, max: 182000 }, hedge: 'about', noun: 'people' });
});

test('every new kind of figure has a value range (fractions, multipliers, vague magnitudes, compounds)', () => {
  const text = 'They seized tons of cargo and scores of boxes; roughly half of the nurses left, two-thirds of the beds, a third of the staff, twice as much money, a pair of hearings, a few thousand drivers, several million dollars, a five-member board and a 1,200-mile canal.';
  const figures = analyze(text).figures;
  assert.ok(figures.length >= 10, `${figures.length} figures`);
  for (const f of figures) assert.ok(f.value && Number.isFinite(f.value.min) && Number.isFinite(f.value.max) && f.value.min <= f.value.max, `${f.text}: ${JSON.stringify(f.value)}`);
});
