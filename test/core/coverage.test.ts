// Figure status by clause (guide §2): an attribution covers its own clause and what it
// governs, not a sibling after a semicolon or colon, nor a relative clause or dash
// aside that describes its subject. Sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresOf } from './helpers';

const cases: [string, string, { figure: string; status: string; sourceKind: string | null }[]][] = [
  ['a relative clause about the subject is not covered', 'The mayor, who toured three shelters on Friday, has urged the council to act.',
    [{ figure: 'three shelters', status: 'unattributed', sourceKind: null }]],
  ['a dash aside on the manner is not covered', 'The mayor argued - interrupting the chair four times - that the levy was unfair.',
    [{ figure: 'four times', status: 'unattributed', sourceKind: null }]],
  ['a dash aside inside the content is covered', 'Ms. Okafor noted that the fleet - around 140 buses in April - is too old.',
    [{ figure: 'around 140 buses', status: 'attributed', sourceKind: 'named' }]],
  ['a semicolon ends what the cue governs', 'The storm flooded 300 homes; the agency said repairs would start soon.',
    [{ figure: '300 homes', status: 'unattributed', sourceKind: null }]],
  ['a colon ends it too', 'The outbreak has sickened thousands of people: residents have been warned by the health agency to boil water.',
    [{ figure: 'thousands of people', status: 'unattributed', sourceKind: null }]],
  ['a cue right before a colon governs what follows', 'The ministry said: 40 people died in the fire.',
    [{ figure: '40 people', status: 'attributed', sourceKind: 'named' }]],
  ['a sentence-final cue still covers the whole sentence', 'At least 12 people died after the bridge collapsed, officials said.',
    [{ figure: 'At least 12 people', status: 'attributed', sourceKind: 'anonymous' }]],
  ['a figure between the source and its cue describes the source', 'Dana Ruiz, a member of the five-person board, said the levy would pass.',
    [{ figure: 'five-person board', status: 'unattributed', sourceKind: null }]],
  ['a figure in the subject’s description is covered by no later cue either', 'Dana Ruiz, who sat on the five-person board, said the levy failed, and she singled out the mayor.',
    [{ figure: 'five-person board', status: 'unattributed', sourceKind: null }]],
  ['a poll share that speaks is a figure attributed to the poll', 'In March, 74 percent said the country is on the wrong track.',
    [{ figure: '74 percent', status: 'attributed', sourceKind: 'named' }]],
];

for (const [rule, text, expected] of cases) {
  test(`coverage: ${rule}`, () => assert.deepEqual(figuresOf(text), expected));
}
